//! Problem JSON (RFC 7807) answers and the `X-TraceId` every request carries.

use axum::{
    Json,
    extract::Request,
    http::{HeaderName, HeaderValue, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use serde::Serialize;

/// The header Europace uses to follow a request through its systems.
pub static TRACE_ID: HeaderName = HeaderName::from_static("x-traceid");

/// The trace id of the current request: the caller's `X-TraceId`, or one the sandbox made up.
#[derive(Clone, Debug)]
pub struct TraceId(pub String);

/// One field-level finding, as Europace reports it in `violations`.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Violation {
    /// Path of the offending field, e.g. `haushalte[0].kunden`.
    pub field: String,
    /// What is wrong with it.
    pub message: String,
}

/// A problem JSON body with Europace's extensions `traceId` and `violations`.
#[derive(Clone, Debug, Serialize)]
pub struct Problem {
    #[serde(rename = "type")]
    type_uri: String,
    title: String,
    status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<String>,
    #[serde(rename = "traceId")]
    trace_id: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    violations: Vec<Violation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    messages: Vec<String>,
}

impl Problem {
    /// A problem with the given status; the title is the status' reason phrase.
    pub fn new(status: StatusCode, trace: &TraceId) -> Self {
        let slug = status
            .canonical_reason()
            .unwrap_or("error")
            .to_lowercase()
            .replace(' ', "-");
        Self {
            type_uri: format!("https://api.europace.de/problem/{slug}"),
            title: status.canonical_reason().unwrap_or("Error").to_owned(),
            status: status.as_u16(),
            detail: None,
            trace_id: trace.0.clone(),
            violations: Vec::new(),
            messages: Vec::new(),
        }
    }

    /// A 400 constraint violation listing each offending field.
    pub fn constraint_violation(trace: &TraceId, violations: Vec<Violation>) -> Self {
        Self {
            type_uri: "https://api.europace.de/problem/constraint-violation".to_owned(),
            title: "Constraint Violation".to_owned(),
            violations,
            ..Self::new(StatusCode::BAD_REQUEST, trace)
        }
    }

    /// Sets the human-readable detail.
    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    /// Adds the KEX import's `messages`, which name what went wrong as its 201 answer names
    /// what was dropped.
    pub fn messages(mut self, messages: Vec<String>) -> Self {
        self.messages = messages;
        self
    }

    /// Sets the status (keeping type and title), for constraint violations answered with 422.
    pub fn status(mut self, status: StatusCode) -> Self {
        self.status = status.as_u16();
        self
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = (status, Json(&self)).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        response
    }
}

/// Middleware: takes or makes the trace id, hands it to the handlers and echoes it on the answer.
pub async fn trace_id(mut request: Request, next: Next) -> Response {
    let trace = request
        .headers()
        .get(&TRACE_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
        .unwrap_or_else(|| format!("sandbox-{}", uuid::Uuid::new_v4().simple()));
    request.extensions_mut().insert(TraceId(trace.clone()));
    let mut response = next.run(request).await;
    if let Ok(value) = HeaderValue::from_str(&trace) {
        response.headers_mut().insert(TRACE_ID.clone(), value);
    }
    response
}
