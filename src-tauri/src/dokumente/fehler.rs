//! What a failed upload means, in German, with the X-TraceId to quote to Europace and a code
//! the UI branches on (retry offered or not, outcome unclear).

use europace::error::ApiError;
use serde::{Deserialize, Serialize};

use german::io_reason;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub enum DokumentFehlercode {
    /// 401: credentials refused.
    NichtAngemeldet,
    /// 403: the client may not write to Vorgänge, or not to this one.
    KeineBerechtigung,
    /// 404: no Vorgang with this number.
    NichtGefunden,
    /// 410: the Vorgang was deleted.
    Geloescht,
    /// 413: the server found the document too large.
    ZuGross,
    /// 415: the server refused the kind of content.
    Dateityp,
    /// 400 or 422: the server refused the document.
    Abgelehnt,
    /// 429 or 503: try again later.
    Ueberlastet,
    /// No answer in time before the document was sent whole: it did not arrive.
    Zeitueberschreitung,
    /// No connection, or it broke before the document was sent whole.
    KeinNetz,
    /// Sent whole, but no answer: Europace may or may not have the document.
    Unklar,
    /// The file could not be read while uploading.
    Datei,
    /// Credentials are missing or the keyring is unusable.
    Zugang,
    Sonstiges,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DokumentFehler {
    pub code: DokumentFehlercode,
    /// German, ready to show.
    pub message: String,
    /// To quote to Europace's support.
    pub trace_id: Option<String>,
}

impl DokumentFehler {
    pub fn new(code: DokumentFehlercode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            trace_id: None,
        }
    }
}

fn problem_detail(problem: Option<&europace::problem::Problem>) -> String {
    match problem.map(europace::problem::Problem::summary) {
        Some(summary) if !summary.is_empty() => format!(" Europace: „{summary}“."),
        _ => String::new(),
    }
}

/// The German meaning of a failed upload of `name`; `alles_gesendet` says whether the whole
/// body had been handed to the connection, which makes a missing answer unclear.
pub fn fehler(error: &ApiError, name: &str, alles_gesendet: bool) -> DokumentFehler {
    use DokumentFehlercode::*;
    let (code, message) = match error {
        ApiError::Unauthorized { .. } | ApiError::TokenRejected { .. } => (
            NichtAngemeldet,
            "Europace hat die Anmeldung abgelehnt (401). Bitte Client-ID und Client-Secret unter \
             Zugangsdaten prüfen; danach „Erneut versuchen“."
                .to_owned(),
        ),
        ApiError::Forbidden {
            insufficient_scope: true,
            ..
        } => (
            KeineBerechtigung,
            "Dem API-Zugang fehlt die Berechtigung „KreditSmart-Vorgänge schreiben“ (Scope \
             privatkredit:vorgang:schreiben) (403). Bitte im Partnermanagement von Europace \
             freigeben."
                .to_owned(),
        ),
        ApiError::Forbidden { .. } => (
            KeineBerechtigung,
            "Keine Berechtigung, diesem Vorgang Dokumente hinzuzufügen (403).".to_owned(),
        ),
        ApiError::NotFound { .. } => (
            NichtGefunden,
            "Europace kennt diesen Vorgang nicht (404); das Dokument wurde nicht hochgeladen."
                .to_owned(),
        ),
        ApiError::Gone { .. } => (
            Geloescht,
            "Der Vorgang wurde bei Europace gelöscht (410); Dokumente lassen sich nicht mehr \
             hinzufügen."
                .to_owned(),
        ),
        ApiError::UnexpectedStatus {
            status: 413,
            problem,
            ..
        } => (
            ZuGross,
            format!(
                "Europace hat „{name}“ als zu groß abgelehnt (413).{} Bitte verkleinern oder \
                 aufteilen.",
                problem_detail(problem.as_deref())
            ),
        ),
        ApiError::UnexpectedStatus {
            status: 415,
            problem,
            ..
        } => (
            Dateityp,
            format!(
                "Europace nimmt diese Art von Datei nicht an (415).{} Bitte als PDF oder Bild \
                 hochladen.",
                problem_detail(problem.as_deref())
            ),
        ),
        ApiError::BadRequest { problem, .. } => (
            Abgelehnt,
            format!(
                "Europace hat „{name}“ abgelehnt (400).{}",
                problem_detail(problem.as_deref())
            ),
        ),
        ApiError::Unprocessable {
            messages, problem, ..
        } => (
            Abgelehnt,
            if messages.is_empty() {
                format!(
                    "Europace kann „{name}“ nicht verarbeiten (422).{}",
                    problem_detail(problem.as_deref())
                )
            } else {
                format!(
                    "Europace kann „{name}“ nicht verarbeiten (422): {}.",
                    messages.join("; ")
                )
            },
        ),
        ApiError::TooManyRequests { retry_after, .. }
        | ApiError::ServiceUnavailable { retry_after, .. } => (
            Ueberlastet,
            format!(
                "Europace ist gerade überlastet ({}); das Dokument wurde nicht angenommen. \
                 Bitte {} erneut versuchen.",
                if matches!(error, ApiError::TooManyRequests { .. }) {
                    "429"
                } else {
                    "503"
                },
                retry_after.map_or_else(
                    || "später".to_owned(),
                    |d| format!("in {} Sekunden", d.as_secs())
                )
            ),
        ),
        ApiError::Timeout { .. } | ApiError::ConnectionLost { .. } if alles_gesendet => (
            Unklar,
            format!(
                "„{name}“ wurde vollständig gesendet, aber Europace hat nicht geantwortet. Ob \
                 das Dokument angekommen ist, ist unklar: bitte im Vorgang bei Europace \
                 nachsehen, bevor Sie es erneut senden."
            ),
        ),
        ApiError::Timeout { .. } => (
            Zeitueberschreitung,
            "Europace hat das Dokument nicht rechtzeitig angenommen; es ist nicht angekommen. \
             Bitte erneut versuchen."
                .to_owned(),
        ),
        ApiError::ConnectFailed { .. }
        | ApiError::ConnectionReset { .. }
        | ApiError::ConnectionLost { .. } => (
            KeinNetz,
            "Die Verbindung zu Europace ist abgebrochen oder nicht möglich; das Dokument ist \
             nicht angekommen. Bitte erneut versuchen, sobald das Netz wieder da ist."
                .to_owned(),
        ),
        ApiError::Document { source, .. } => (
            Datei,
            format!(
                "„{name}“ ließ sich während des Hochladens nicht lesen ({}); nichts wurde \
                 gespeichert.",
                io_reason(source)
            ),
        ),
        ApiError::UnexpectedStatus { status, .. } => (
            Sonstiges,
            format!(
                "Europace hat unerwartet geantwortet (HTTP {status}); das Dokument wurde nicht angenommen."
            ),
        ),
        other => (Sonstiges, other.to_string()),
    };
    DokumentFehler {
        code,
        message,
        trace_id: Some(error.trace_id().to_string()),
    }
}
