//! Everything a call can fail with, one case per status the specs name, each with the
//! `X-TraceId` of the request so support can find it.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::auth::OAuthErrorCode;
use crate::problem::Problem;
use crate::trace::TraceId;

/// What an error proves about the request's effect on the server. An outbox decides with
/// this whether sending again could create a second Vorgang.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The server did not act on the request (never reached it, or rejected it): sending
    /// again cannot duplicate anything.
    NotProcessed,
    /// The server accepted the request, but its answer could not be read: the effect
    /// happened, its result (e.g. the Vorgangsnummer) is unknown.
    Processed,
    /// The request may or may not have been acted on (timeout, connection lost, a 5xx
    /// that promises nothing): resolve deliberately, do not resend blindly.
    Unknown,
}

/// An entry of a GraphQL response's `errors`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GraphQlError {
    /// What went wrong, e.g. "Insufficient access rights".
    #[serde(default)]
    pub message: String,
    /// Where in the query document, as `{line, column}` objects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locations: Option<Vec<serde_json::Value>>,
    /// Which response field failed, as names and list indices.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<Vec<serde_json::Value>>,
    /// Server-specific details, e.g. a status code such as 403.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extensions: Option<serde_json::Map<String, serde_json::Value>>,
}

/// A failed call to one of the APIs.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// 400: the body does not match the expected format or required fields are missing.
    #[error("Europace hat die Anfrage als fehlerhaft abgelehnt (400){}. Trace-ID: {trace_id}", detail(problem.as_deref()))]
    BadRequest {
        trace_id: TraceId,
        problem: Option<Box<Problem>>,
    },
    /// 401: the token or JWT was not accepted (after one token refresh, for OAuth).
    #[error("Die Anmeldung wurde abgelehnt (401). Bitte Zugangsdaten prüfen. Trace-ID: {trace_id}")]
    Unauthorized {
        trace_id: TraceId,
        /// The `WWW-Authenticate` header, if the server sent one.
        www_authenticate: Option<String>,
    },
    /// 403: the client lacks the permission (scope) or the access right to the Vorgang.
    #[error("{}{}. Trace-ID: {trace_id}", if *insufficient_scope { "Dem API-Zugang fehlt die nötige Berechtigung (Scope) (403)" } else { "Keine Berechtigung für diese Aktion (403)" }, detail(problem.as_deref()))]
    Forbidden {
        trace_id: TraceId,
        /// The server named a missing OAuth scope (`error="insufficient_scope"`).
        insufficient_scope: bool,
        problem: Option<Box<Problem>>,
    },
    /// 404: no Vorgang with this number.
    #[error("Vorgang nicht gefunden (404){}. Trace-ID: {trace_id}", detail(problem.as_deref()))]
    NotFound {
        trace_id: TraceId,
        problem: Option<Box<Problem>>,
    },
    /// 409: Kundenbetreuer or Bearbeiter cannot be set (missing rights or no such Plakette).
    #[error("Kundenbetreuer oder Bearbeiter können nicht festgelegt werden (409){}. Trace-ID: {trace_id}", detail(problem.as_deref()))]
    Conflict {
        trace_id: TraceId,
        problem: Option<Box<Problem>>,
    },
    /// 410: the Vorgang was deleted.
    #[error("Der Vorgang{} wurde gelöscht (410). Trace-ID: {trace_id}", vorgangsnummer.as_ref().map(|n| format!(" {n}")).unwrap_or_default())]
    Gone {
        trace_id: TraceId,
        vorgangsnummer: Option<String>,
        problem: Option<Box<Problem>>,
    },
    /// 422: syntactically fine, but the content cannot be processed.
    #[error("Europace kann die Angaben nicht verarbeiten (422){}. Trace-ID: {trace_id}", detail_with_messages(problem.as_deref(), messages))]
    Unprocessable {
        trace_id: TraceId,
        /// The server's `messages`, e.g. "A valid Kundenbetreuer-Partner-ID is missing".
        messages: Vec<String>,
        problem: Option<Box<Problem>>,
    },
    /// 429: rate limit reached.
    #[error("Zu viele Anfragen (429){}. Trace-ID: {trace_id}", retry_hint(*retry_after))]
    TooManyRequests {
        trace_id: TraceId,
        /// How long the server asks to wait (`Retry-After`).
        retry_after: Option<Duration>,
        problem: Option<Box<Problem>>,
    },
    /// 503: the service cannot process requests right now.
    #[error("Der Dienst ist vorübergehend nicht erreichbar (503){}. Trace-ID: {trace_id}", retry_hint(*retry_after))]
    ServiceUnavailable {
        trace_id: TraceId,
        retry_after: Option<Duration>,
        problem: Option<Box<Problem>>,
    },
    /// Any status the specs do not name (500, 502, …).
    #[error("Unerwartete Antwort von Europace (HTTP {status}){}. Trace-ID: {trace_id}", detail(problem.as_deref()))]
    UnexpectedStatus {
        trace_id: TraceId,
        status: u16,
        problem: Option<Box<Problem>>,
    },
    /// A GraphQL response with status 200 whose `errors` are not empty.
    #[error("Europace meldet einen Fehler: {}. Trace-ID: {trace_id}", errors.iter().map(|e| e.message.as_str()).collect::<Vec<_>>().join("; "))]
    GraphQl {
        trace_id: TraceId,
        errors: Vec<GraphQlError>,
    },
    /// The token endpoint refused the client credentials or the requested scopes.
    #[error("Europace hat keinen Zugang erteilt ({status}): {} ({error}{}). Trace-ID: {trace_id}", oauth_hint(error), description.as_ref().map(|d| format!(": {d}")).unwrap_or_default())]
    TokenRejected {
        trace_id: TraceId,
        status: u16,
        error: OAuthErrorCode,
        description: Option<String>,
    },
    /// No answer in time; the request may have reached the server.
    #[error(
        "Zeitüberschreitung: keine Antwort erhalten. Ob die Anfrage verarbeitet wurde, ist unbekannt. Trace-ID: {trace_id}"
    )]
    Timeout { trace_id: TraceId },
    /// No connection could be established (refused, DNS, TLS): nothing was sent.
    #[error(
        "Keine Verbindung zum Server ({reason}). Es wurde nichts gesendet. Trace-ID: {trace_id}"
    )]
    ConnectFailed { trace_id: TraceId, reason: String },
    /// The server reset the connection before answering (TCP RST): it aborted the request
    /// before reading it whole, so it processed nothing. A server that read a request and
    /// then went away closes with FIN, which is [`ConnectionLost`](Self::ConnectionLost).
    #[error(
        "Der Server hat die Verbindung abgebrochen, bevor er die Anfrage verarbeitet hat ({reason}). Es wurde nichts angelegt. Trace-ID: {trace_id}"
    )]
    ConnectionReset { trace_id: TraceId, reason: String },
    /// The connection broke after the request may have reached the server.
    #[error(
        "Die Verbindung ist abgebrochen ({reason}). Ob die Anfrage verarbeitet wurde, ist unbekannt. Trace-ID: {trace_id}"
    )]
    ConnectionLost { trace_id: TraceId, reason: String },
    /// A success response whose body does not match the model.
    #[error("Die Antwort von Europace ist unlesbar an `{path}`: {message}. Trace-ID: {trace_id}")]
    Decode {
        trace_id: TraceId,
        /// JSON path of the value that failed, e.g. `data.vorgang.antraege[0].angenommenAm`.
        path: String,
        message: String,
    },
    /// The request body could not be serialized; nothing was sent.
    #[error("Die Anfrage konnte nicht erstellt werden: {message}. Trace-ID: {trace_id}")]
    Encode { trace_id: TraceId, message: String },
    /// The document to upload could not be read; the upload was not completed.
    #[error("Das Dokument konnte nicht gelesen werden: {source}. Trace-ID: {trace_id}")]
    Document {
        trace_id: TraceId,
        source: std::io::Error,
    },
}

fn detail(problem: Option<&Problem>) -> String {
    match problem.map(Problem::summary) {
        Some(s) if !s.is_empty() => format!(": {s}"),
        _ => String::new(),
    }
}

fn detail_with_messages(problem: Option<&Problem>, messages: &[String]) -> String {
    if messages.is_empty() {
        detail(problem)
    } else {
        format!(": {}", messages.join("; "))
    }
}

fn oauth_hint(code: &OAuthErrorCode) -> &'static str {
    match code {
        OAuthErrorCode::InvalidClient => {
            "Client-ID oder Client-Secret ist unbekannt, deaktiviert oder abgelaufen"
        }
        OAuthErrorCode::InvalidScope => {
            "eine angeforderte Berechtigung (Scope) ist unbekannt oder nicht freigegeben"
        }
        OAuthErrorCode::UnauthorizedClient => {
            "der Client darf das nicht, z. B. ist der Partner für die Vertretung unbekannt"
        }
        OAuthErrorCode::InvalidRequest | OAuthErrorCode::Unknown(_) => {
            "die Token-Anfrage wurde abgelehnt"
        }
    }
}

fn retry_hint(retry_after: Option<Duration>) -> String {
    retry_after
        .map(|d| format!("; erneut versuchen in {} s", d.as_secs()))
        .unwrap_or_default()
}

impl ApiError {
    /// The `X-TraceId` of the request that failed.
    pub fn trace_id(&self) -> &TraceId {
        match self {
            Self::BadRequest { trace_id, .. }
            | Self::Unauthorized { trace_id, .. }
            | Self::Forbidden { trace_id, .. }
            | Self::NotFound { trace_id, .. }
            | Self::Conflict { trace_id, .. }
            | Self::Gone { trace_id, .. }
            | Self::Unprocessable { trace_id, .. }
            | Self::TooManyRequests { trace_id, .. }
            | Self::ServiceUnavailable { trace_id, .. }
            | Self::UnexpectedStatus { trace_id, .. }
            | Self::GraphQl { trace_id, .. }
            | Self::TokenRejected { trace_id, .. }
            | Self::Timeout { trace_id }
            | Self::ConnectFailed { trace_id, .. }
            | Self::ConnectionReset { trace_id, .. }
            | Self::ConnectionLost { trace_id, .. }
            | Self::Decode { trace_id, .. }
            | Self::Encode { trace_id, .. }
            | Self::Document { trace_id, .. } => trace_id,
        }
    }

    /// A stable machine-readable name of the case, e.g. `"too_many_requests"`, so a UI can
    /// react without matching on the German message.
    pub fn code(&self) -> &'static str {
        match self {
            Self::BadRequest { .. } => "bad_request",
            Self::Unauthorized { .. } => "unauthorized",
            Self::Forbidden { .. } => "forbidden",
            Self::NotFound { .. } => "not_found",
            Self::Conflict { .. } => "conflict",
            Self::Gone { .. } => "gone",
            Self::Unprocessable { .. } => "unprocessable",
            Self::TooManyRequests { .. } => "too_many_requests",
            Self::ServiceUnavailable { .. } => "service_unavailable",
            Self::UnexpectedStatus { .. } => "unexpected_status",
            Self::GraphQl { .. } => "graphql",
            Self::TokenRejected { .. } => "token_rejected",
            Self::Timeout { .. } => "timeout",
            Self::ConnectFailed { .. } => "connect_failed",
            Self::ConnectionReset { .. } => "connection_reset",
            Self::ConnectionLost { .. } => "connection_lost",
            Self::Decode { .. } => "decode",
            Self::Encode { .. } => "encode",
            Self::Document { .. } => "document",
        }
    }

    /// The server's Problem JSON, if it sent one.
    pub fn problem(&self) -> Option<&Problem> {
        match self {
            Self::BadRequest { problem, .. }
            | Self::Forbidden { problem, .. }
            | Self::NotFound { problem, .. }
            | Self::Conflict { problem, .. }
            | Self::Gone { problem, .. }
            | Self::Unprocessable { problem, .. }
            | Self::TooManyRequests { problem, .. }
            | Self::ServiceUnavailable { problem, .. }
            | Self::UnexpectedStatus { problem, .. } => problem.as_deref(),
            _ => None,
        }
    }

    /// What the error proves about the request's effect.
    pub fn outcome(&self) -> Outcome {
        match self {
            // Rejections: Europace imports nothing when it answers with an error status, and
            // documents 503 as "cannot process the request".
            Self::BadRequest { .. }
            | Self::Unauthorized { .. }
            | Self::Forbidden { .. }
            | Self::NotFound { .. }
            | Self::Conflict { .. }
            | Self::Gone { .. }
            | Self::Unprocessable { .. }
            | Self::TooManyRequests { .. }
            | Self::ServiceUnavailable { .. }
            | Self::GraphQl { .. }
            | Self::TokenRejected { .. }
            | Self::ConnectFailed { .. }
            | Self::ConnectionReset { .. }
            | Self::Encode { .. } => Outcome::NotProcessed,
            Self::UnexpectedStatus { status, .. } if (400..500).contains(status) => {
                Outcome::NotProcessed
            }
            // A document that fails to read aborts the body mid-stream: the server never
            // receives a complete request.
            Self::Document { .. } => Outcome::NotProcessed,
            Self::Decode { .. } => Outcome::Processed,
            Self::UnexpectedStatus { .. } | Self::Timeout { .. } | Self::ConnectionLost { .. } => {
                Outcome::Unknown
            }
        }
    }

    /// True when the error proves the request was not processed, so sending it again is safe.
    pub fn is_safe_to_retry(&self) -> bool {
        self.outcome() == Outcome::NotProcessed
    }
}

/// Parses `Retry-After`: delta seconds or an HTTP date.
pub(crate) fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let wait = at.signed_duration_since(chrono::Utc::now());
    Some(wait.to_std().unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trace() -> TraceId {
        TraceId::generate("test")
    }

    #[test]
    fn retry_after_forms() {
        assert_eq!(parse_retry_after("120"), Some(Duration::from_secs(120)));
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(Duration::ZERO)
        );
        let later = (chrono::Utc::now() + chrono::Duration::seconds(100)).to_rfc2822();
        let wait = parse_retry_after(&later).unwrap();
        assert!(wait > Duration::from_secs(95) && wait <= Duration::from_secs(100));
        assert_eq!(parse_retry_after("soon"), None);
    }

    #[test]
    fn outcome_per_case() {
        let t = trace();
        let rejected = ApiError::Unprocessable {
            trace_id: t.clone(),
            messages: vec!["A valid Kundenbetreuer-Partner-ID is missing".into()],
            problem: None,
        };
        assert!(rejected.is_safe_to_retry());
        assert!(rejected.to_string().contains("Kundenbetreuer-Partner-ID"));
        assert!(rejected.to_string().contains(t.as_str()));
        assert_eq!(rejected.code(), "unprocessable");
        let lost = ApiError::Timeout {
            trace_id: t.clone(),
        };
        assert_eq!(lost.outcome(), Outcome::Unknown);
        assert_eq!(lost.code(), "timeout");
        let reset = ApiError::ConnectionReset {
            trace_id: t.clone(),
            reason: "Connection reset by peer".into(),
        };
        assert!(reset.is_safe_to_retry());
        assert_eq!(reset.code(), "connection_reset");
        let bad_gateway = ApiError::UnexpectedStatus {
            trace_id: t.clone(),
            status: 502,
            problem: None,
        };
        assert_eq!(bad_gateway.outcome(), Outcome::Unknown);
        let teapot = ApiError::UnexpectedStatus {
            trace_id: t.clone(),
            status: 418,
            problem: None,
        };
        assert_eq!(teapot.outcome(), Outcome::NotProcessed);
        let rejected = ApiError::TokenRejected {
            trace_id: t.clone(),
            status: 401,
            error: OAuthErrorCode::InvalidClient,
            description: Some("Client authentication failed".into()),
        };
        assert!(rejected.to_string().contains("Client-Secret"), "{rejected}");
        let unreadable = ApiError::Decode {
            trace_id: t,
            path: "vorgangsnummer".into(),
            message: "invalid type".into(),
        };
        assert_eq!(unreadable.outcome(), Outcome::Processed);
    }
}
