//! What a failed call to Europace means for the user: a code the UI branches on, a German
//! message that names what was tried, and the X-TraceId to quote to Europace's support. One
//! mapping for reading a Vorgang, writing comments and uploading documents.

use europace::auth::scope;
use europace::error::ApiError;
use german::io_reason;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{AppError, CommandError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub enum EuropaceFehlercode {
    /// 401: credentials refused.
    NichtAngemeldet,
    /// 403 or "Insufficient access rights": the client or the organisation may not do this.
    KeineBerechtigung,
    /// 404: no Vorgang with this number.
    NichtGefunden,
    /// 410: the Vorgang was deleted.
    Geloescht,
    /// 413: the server found the document too large.
    ZuGross,
    /// 415: the server refused the kind of content.
    Dateityp,
    /// 400 or 422: the server refused what was sent.
    Abgelehnt,
    /// Status 200 with GraphQL `errors`.
    GraphQl,
    /// 429 or 503: try again later.
    Ueberlastet,
    /// No answer in time, before anything was sent whole.
    Zeitueberschreitung,
    /// No connection, or it broke before anything was sent whole.
    KeinNetz,
    /// A document was sent whole, but no answer came: Europace may or may not have it.
    Unklar,
    /// The answer could not be read.
    UnlesbareAntwort,
    /// The file could not be read while uploading.
    Datei,
    /// Credentials are missing or the keyring is unusable.
    Zugang,
    /// What the user typed cannot be sent (no Vorgangsnummer, an empty comment).
    Eingabe,
    Sonstiges,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct EuropaceFehler {
    pub code: EuropaceFehlercode,
    /// German, ready to show.
    pub message: String,
    /// To quote to Europace's support.
    pub trace_id: Option<String>,
}

impl EuropaceFehler {
    pub fn new(code: EuropaceFehlercode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            trace_id: None,
        }
    }

    /// No client could be had: credentials missing, keyring unusable.
    pub fn zugang(error: AppError) -> Self {
        Self::new(
            EuropaceFehlercode::Zugang,
            CommandError::from(error).message,
        )
    }
}

impl From<EuropaceFehler> for CommandError {
    fn from(fehler: EuropaceFehler) -> Self {
        AppError::InvalidInput(fehler.message).into()
    }
}

/// What the failed call was to do; it words the message.
#[derive(Debug, Clone, Copy)]
pub enum Vorhaben<'a> {
    /// Reading a Vorgang (export API).
    Lesen,
    /// Adding comments to a Vorgang (update API).
    Kommentieren,
    /// Uploading the document `name` (update API); `ganz_gesendet` once its whole body was
    /// handed to the connection, which makes a missing answer unclear.
    Hochladen { name: &'a str, ganz_gesendet: bool },
    /// Reading a BaufiSmart case's Kundenangaben.
    KundenangabenLesen,
    /// Replacing a BaufiSmart case's Kundenangaben (read again, then written).
    KundenangabenErsetzen,
}

impl Vorhaben<'_> {
    /// The permission it needs: its label in Partnermanagement and its scope.
    fn berechtigung(self) -> (&'static str, &'static str) {
        match self {
            Self::Lesen => (
                "KreditSmart-Vorgänge lesen",
                scope::PRIVATKREDIT_VORGANG_LESEN,
            ),
            Self::Kommentieren | Self::Hochladen { .. } => (
                "KreditSmart-Vorgänge schreiben",
                scope::PRIVATKREDIT_VORGANG_SCHREIBEN,
            ),
            Self::KundenangabenLesen => (
                "BaufiSmart-Vorgänge lesen",
                scope::BAUFINANZIERUNG_VORGANG_LESEN,
            ),
            Self::KundenangabenErsetzen => (
                "BaufiSmart-Vorgänge schreiben",
                scope::BAUFINANZIERUNG_VORGANG_SCHREIBEN,
            ),
        }
    }

    /// Completes "Keine Berechtigung, …".
    fn erlaubnis(self) -> &'static str {
        match self {
            Self::Lesen => "diesen Vorgang zu lesen",
            Self::Kommentieren => "diesem Vorgang Kommentare hinzuzufügen",
            Self::Hochladen { .. } => "diesem Vorgang Dokumente hinzuzufügen",
            Self::KundenangabenLesen => "die Kundenangaben dieses Vorgangs zu lesen",
            Self::KundenangabenErsetzen => {
                "die Kundenangaben dieses Vorgangs zu ersetzen (nur der Bearbeiter darf das)"
            }
        }
    }

    /// What Europace was handed, as in "Europace hat … abgelehnt".
    fn gegenstand(self) -> String {
        match self {
            Self::Lesen => "die Anfrage".to_owned(),
            Self::Kommentieren => "die Kommentare".to_owned(),
            Self::Hochladen { name, .. } => format!("„{name}“"),
            Self::KundenangabenLesen => "die Anfrage".to_owned(),
            Self::KundenangabenErsetzen => "die Kundenangaben".to_owned(),
        }
    }

    /// Said after a failure that left nothing at Europace, where that is not obvious.
    fn folge(self) -> &'static str {
        match self {
            Self::Hochladen { .. } => " Das Dokument ist nicht angekommen.",
            Self::Lesen
            | Self::Kommentieren
            | Self::KundenangabenLesen
            | Self::KundenangabenErsetzen => "",
        }
    }
}

fn problem_detail(problem: Option<&europace::problem::Problem>) -> String {
    match problem.map(europace::problem::Problem::summary) {
        Some(summary) if !summary.is_empty() => format!(" Europace: „{summary}“."),
        _ => String::new(),
    }
}

/// What GraphQL `errors` (status 200) mean: a refusal or an unknown Vorgang hide in them.
fn graphql(errors: &[europace::error::GraphQlError]) -> (EuropaceFehlercode, String) {
    let code_of = |e: &europace::error::GraphQlError| {
        e.extensions
            .as_ref()
            .and_then(|x| x.get("code"))
            .and_then(Value::as_u64)
    };
    if errors
        .iter()
        .any(|e| code_of(e) == Some(403) || e.message.contains("Insufficient access rights"))
    {
        (
            EuropaceFehlercode::KeineBerechtigung,
            "Ihre Vertriebsorganisation darf diesen Vorgang nicht lesen (403: Insufficient access \
             rights)."
                .to_owned(),
        )
    } else if errors
        .iter()
        .any(|e| code_of(e) == Some(404) || e.message.contains("not found"))
    {
        (
            EuropaceFehlercode::NichtGefunden,
            "Europace kennt keinen Vorgang mit dieser Nummer. Bitte die Nummer prüfen.".to_owned(),
        )
    } else {
        let messages: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
        (
            EuropaceFehlercode::GraphQl,
            format!("Europace meldet einen Fehler: {}.", messages.join("; ")),
        )
    }
}

/// The German meaning of `error`, a failure of `vorhaben`, with the request's trace id.
pub fn fehler(error: &ApiError, vorhaben: Vorhaben<'_>) -> EuropaceFehler {
    use EuropaceFehlercode::*;
    let folge = vorhaben.folge();
    let gegenstand = vorhaben.gegenstand();
    let (code, message) = match error {
        ApiError::Unauthorized { .. } | ApiError::TokenRejected { .. } => (
            NichtAngemeldet,
            format!(
                "Europace hat die Anmeldung abgelehnt (401).{folge} Bitte Client-ID und \
                 Client-Secret unter Zugangsdaten prüfen."
            ),
        ),
        ApiError::Forbidden {
            insufficient_scope: true,
            ..
        } => {
            let (label, scope) = vorhaben.berechtigung();
            (
                KeineBerechtigung,
                format!(
                    "Dem API-Zugang fehlt die Berechtigung „{label}“ (Scope {scope}) (403).{folge} \
                     Bitte im Partnermanagement von Europace freigeben."
                ),
            )
        }
        ApiError::Forbidden { .. } => (
            KeineBerechtigung,
            format!("Keine Berechtigung, {} (403).{folge}", vorhaben.erlaubnis()),
        ),
        ApiError::NotFound { .. } => (
            NichtGefunden,
            format!(
                "Europace kennt keinen Vorgang mit dieser Nummer (404).{folge} Bitte die Nummer \
                 prüfen."
            ),
        ),
        ApiError::Gone { .. } => (
            Geloescht,
            format!(
                "Der Vorgang wurde bei Europace gelöscht (410).{folge} Der Entwurf, aus dem er \
                 entstand, bleibt unter „Entwürfe“ erhalten: Sie können ihn duplizieren und neu \
                 senden."
            ),
        ),
        ApiError::UnexpectedStatus {
            status: 413,
            problem,
            ..
        } => (
            ZuGross,
            format!(
                "Europace hat {gegenstand} als zu groß abgelehnt (413).{} Bitte verkleinern oder \
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
                "Europace hat {gegenstand} abgelehnt (400).{}",
                problem_detail(problem.as_deref())
            ),
        ),
        ApiError::Unprocessable {
            messages, problem, ..
        } => (
            Abgelehnt,
            if messages.is_empty() {
                format!(
                    "Europace kann {gegenstand} nicht verarbeiten (422).{}",
                    problem_detail(problem.as_deref())
                )
            } else {
                format!(
                    "Europace kann {gegenstand} nicht verarbeiten (422): {}.",
                    messages.join("; ")
                )
            },
        ),
        ApiError::GraphQl { errors, .. } => graphql(errors),
        ApiError::TooManyRequests { retry_after, .. }
        | ApiError::ServiceUnavailable { retry_after, .. } => (
            Ueberlastet,
            format!(
                "Europace ist gerade überlastet ({}).{folge} Bitte {} erneut versuchen.",
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
        ApiError::Timeout { .. } | ApiError::ConnectionLost { .. }
            if matches!(
                vorhaben,
                Vorhaben::Hochladen {
                    ganz_gesendet: true,
                    ..
                }
            ) =>
        {
            (
                Unklar,
                format!(
                    "{gegenstand} wurde vollständig gesendet, aber Europace hat nicht geantwortet. \
                     Ob das Dokument angekommen ist, ist unklar: bitte im Vorgang bei Europace \
                     nachsehen, bevor Sie es erneut senden."
                ),
            )
        }
        ApiError::Timeout { .. } => (
            Zeitueberschreitung,
            format!("Europace hat nicht rechtzeitig geantwortet.{folge} Bitte erneut versuchen."),
        ),
        ApiError::ConnectFailed { .. } | ApiError::ConnectionReset { .. } => (
            KeinNetz,
            format!(
                "Europace ist nicht erreichbar: keine Netzwerkverbindung.{folge} Bitte erneut \
                 versuchen, sobald das Netz wieder da ist."
            ),
        ),
        ApiError::ConnectionLost { .. } => (
            KeinNetz,
            format!("Die Verbindung zu Europace ist abgebrochen.{folge} Bitte erneut versuchen."),
        ),
        ApiError::Decode { path, message, .. } => (
            UnlesbareAntwort,
            format!("Die Antwort von Europace ist unlesbar (an `{path}`: {message})."),
        ),
        ApiError::Document { source, .. } => (
            Datei,
            format!(
                "{gegenstand} ließ sich während des Hochladens nicht lesen ({}); nichts wurde \
                 gespeichert.",
                io_reason(source)
            ),
        ),
        ApiError::UnexpectedStatus { status, .. } => (
            Sonstiges,
            format!("Europace hat unerwartet geantwortet (HTTP {status}).{folge}"),
        ),
        other => (Sonstiges, other.to_string()),
    };
    EuropaceFehler {
        code,
        message,
        trace_id: Some(error.trace_id().to_string()),
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use europace::trace::TraceId;

    use super::*;

    fn forbidden(insufficient_scope: bool) -> ApiError {
        ApiError::Forbidden {
            trace_id: TraceId::generate("fehler-test"),
            insufficient_scope,
            problem: None,
        }
    }

    #[test]
    fn a_missing_scope_names_the_permission_the_call_needed() {
        for (vorhaben, label, scope) in [
            (
                Vorhaben::Lesen,
                "„KreditSmart-Vorgänge lesen“",
                "privatkredit:vorgang:lesen",
            ),
            (
                Vorhaben::Kommentieren,
                "„KreditSmart-Vorgänge schreiben“",
                "privatkredit:vorgang:schreiben",
            ),
            (
                Vorhaben::Hochladen {
                    name: "Lohn.pdf",
                    ganz_gesendet: false,
                },
                "„KreditSmart-Vorgänge schreiben“",
                "privatkredit:vorgang:schreiben",
            ),
        ] {
            let fehler = fehler(&forbidden(true), vorhaben);
            assert_eq!(fehler.code, EuropaceFehlercode::KeineBerechtigung);
            assert!(
                fehler.message.contains(label) && fehler.message.contains(scope),
                "{vorhaben:?}: {}",
                fehler.message
            );
            assert!(fehler.trace_id.unwrap().starts_with("fehler-test"));
        }
        assert_eq!(
            fehler(&forbidden(false), Vorhaben::Kommentieren).message,
            "Keine Berechtigung, diesem Vorgang Kommentare hinzuzufügen (403)."
        );
    }

    #[test]
    fn only_a_document_sent_whole_without_an_answer_is_unclear() {
        let timeout = || ApiError::Timeout {
            trace_id: TraceId::generate("fehler-test"),
        };
        let hochladen = |ganz_gesendet| Vorhaben::Hochladen {
            name: "Lohn.pdf",
            ganz_gesendet,
        };
        let unklar = fehler(&timeout(), hochladen(true));
        assert_eq!(unklar.code, EuropaceFehlercode::Unklar);
        assert!(
            unklar
                .message
                .starts_with("„Lohn.pdf“ wurde vollständig gesendet")
        );
        let nicht_angekommen = fehler(&timeout(), hochladen(false));
        assert_eq!(
            nicht_angekommen.message,
            "Europace hat nicht rechtzeitig geantwortet. Das Dokument ist nicht angekommen. Bitte \
             erneut versuchen."
        );
        assert_eq!(
            fehler(&timeout(), Vorhaben::Lesen).code,
            EuropaceFehlercode::Zeitueberschreitung
        );
        let ueberlastet = ApiError::TooManyRequests {
            trace_id: TraceId::generate("fehler-test"),
            retry_after: Some(Duration::from_secs(7)),
            problem: None,
        };
        assert_eq!(
            fehler(&ueberlastet, Vorhaben::Lesen).message,
            "Europace ist gerade überlastet (429). Bitte in 7 Sekunden erneut versuchen."
        );
    }
}
