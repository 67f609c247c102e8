//! The one error type that crosses the command boundary: a stable code for the UI to branch
//! on and a German message to show. Every crate's own error is mapped here, once.

use serde::Serialize;

/// What went wrong inside the shell, before it is shown to the user.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("data directory unavailable: {0}")]
    DataDir(String),
    #[error(transparent)]
    Store(#[from] store::StoreError),
    #[error(transparent)]
    Credentials(#[from] credentials::CredentialError),
    #[error(transparent)]
    Settings(#[from] credentials::settings::SettingsError),
    /// The drafts could not be opened at start; the message explains why, in German.
    #[error("{0}")]
    DraftsUnavailable(String),
    /// The drafts database at this path exists, but its key is gone from the keyring.
    #[error("drafts key missing for {0}")]
    DraftsKeyMissing(std::path::PathBuf),
    /// The draft has this many Fehler; sending needs the user's explicit override.
    #[error("{0} Fehler block sending")]
    BlockedByFehler(usize),
    /// The environment has no credentials yet; the message names what to enter where.
    #[error("{0}")]
    CredentialsMissing(String),
    /// The connection to the environment could not even be set up (bad URL, TLS, the
    /// embedded sandbox); German.
    #[error("{0}")]
    Connection(String),
    /// The user declined the confirmation before Echtgeschäft.
    #[error("Echtgeschäft not confirmed")]
    NotConfirmed,
    /// A Baufinanzierung for Produktion, and the Berater has not confirmed that the customer
    /// received the privacy statement.
    #[error(transparent)]
    DatenschutzhinweisFehlt(#[from] outbox::rules::DatenschutzhinweisFehlt),
    /// A send stopped with the draft still Wartend; the message is the outbox's German text.
    #[error("{1}")]
    Held(outbox::Hold, String),
    #[error(transparent)]
    Outbox(#[from] outbox::OutboxError),
    /// The system browser could not be started for `url`.
    #[error("browser for {url}: {reason}")]
    Browser { url: String, reason: String },
    /// Input the user can correct; the message is German.
    #[error("{0}")]
    InvalidInput(String),
}

/// Machine-readable error codes; the UI never matches on message text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
pub enum ErrorCode {
    DataDir,
    Store,
    Keyring,
    Settings,
    DraftsUnavailable,
    DraftsKeyMissing,
    BlockedByFehler,
    CredentialsMissing,
    Connection,
    NotConfirmed,
    /// The Berater must confirm the customer received the privacy statement first; the UI
    /// asks and sends again with the confirmation.
    DatenschutzhinweisFehlt,
    /// The server was not reached; the draft waits and is sent later by itself.
    Offline,
    RateLimited,
    ServerUnavailable,
    /// Europace refused the credentials; sending waits for new ones.
    CredentialsRefused,
    Outbox,
    /// The system browser did not start; the message names the address to open by hand.
    Browser,
    InvalidInput,
}

impl From<credentials::access::AccessError> for AppError {
    fn from(error: credentials::access::AccessError) -> Self {
        match error {
            credentials::access::AccessError::Missing { environment, .. } => {
                Self::CredentialsMissing(format!(
                    "Für die Umgebung „{}“ fehlen Client-ID oder Client-Secret: bitte unter \
                     Einstellungen → Zugangsdaten eintragen.",
                    environment.name()
                ))
            }
            credentials::access::AccessError::Keyring(error) => Self::Credentials(error),
        }
    }
}

impl From<outbox::rules::DraftNotCleared> for AppError {
    fn from(error: outbox::rules::DraftNotCleared) -> Self {
        match error {
            outbox::rules::DraftNotCleared::Blocked(blocked) => {
                Self::BlockedByFehler(blocked.fehler)
            }
            outbox::rules::DraftNotCleared::DatenschutzhinweisFehlt(missing) => {
                Self::DatenschutzhinweisFehlt(missing)
            }
            outbox::rules::DraftNotCleared::Store(error) => Self::Store(error),
        }
    }
}

impl From<outbox::Hold> for ErrorCode {
    fn from(hold: outbox::Hold) -> Self {
        match hold {
            outbox::Hold::Offline => Self::Offline,
            outbox::Hold::RateLimited => Self::RateLimited,
            outbox::Hold::ServerUnavailable => Self::ServerUnavailable,
            outbox::Hold::CredentialsRefused => Self::CredentialsRefused,
        }
    }
}

/// An error as the UI receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct CommandError {
    pub code: ErrorCode,
    /// German, ready to show.
    pub message: String,
}

impl From<AppError> for CommandError {
    fn from(error: AppError) -> Self {
        let (code, message) = match error {
            AppError::DataDir(detail) => (
                ErrorCode::DataDir,
                format!(
                    "Das Datenverzeichnis von Leadbridge ist nicht verfügbar ({detail}). \
                     Bitte prüfen Sie Speicherplatz und Zugriffsrechte."
                ),
            ),
            AppError::Store(error) => (ErrorCode::Store, error.to_string()),
            AppError::Credentials(error) => (ErrorCode::Keyring, error.to_string()),
            AppError::Settings(error) => (ErrorCode::Settings, format!("{error}.")),
            AppError::DraftsUnavailable(message) => (ErrorCode::DraftsUnavailable, message),
            AppError::DraftsKeyMissing(path) => (
                ErrorCode::DraftsKeyMissing,
                format!(
                    "Der Schlüssel für Ihre Entwürfe fehlt im Schlüsselbund des Systems. Ohne ihn \
                     lassen sich die gespeicherten Entwürfe nicht öffnen; sie bleiben unverändert \
                     in {} erhalten. Stellen Sie den Schlüsselbund wieder her (z. B. aus einer \
                     Sicherung) und starten Sie Leadbridge neu, oder beginnen Sie neu: dann wird \
                     die Datei beiseitegelegt, nicht gelöscht.",
                    path.display()
                ),
            ),
            AppError::BlockedByFehler(count) => (
                ErrorCode::BlockedByFehler,
                format!(
                    "Der Entwurf hat {count} Fehler; diese Angaben gingen beim Senden verloren oder \
                     führen zur Ablehnung. Bitte korrigieren oder ausdrücklich trotzdem senden."
                ),
            ),
            AppError::CredentialsMissing(message) => (ErrorCode::CredentialsMissing, message),
            AppError::Connection(message) => (ErrorCode::Connection, message),
            AppError::NotConfirmed => (
                ErrorCode::NotConfirmed,
                "Nicht gesendet: Echtgeschäft wurde nicht bestätigt.".to_owned(),
            ),
            AppError::DatenschutzhinweisFehlt(missing) => {
                (ErrorCode::DatenschutzhinweisFehlt, missing.to_string())
            }
            AppError::Held(hold, message) => (hold.into(), message),
            AppError::Outbox(outbox::OutboxError::Store(error)) => {
                (ErrorCode::Store, error.to_string())
            }
            AppError::Outbox(error) => (ErrorCode::Outbox, error.to_string()),
            AppError::Browser { url, reason } => (
                ErrorCode::Browser,
                format!(
                    "Der Browser ließ sich nicht öffnen ({reason}). Bitte diese Adresse von Hand \
                     öffnen: {url}"
                ),
            ),
            AppError::InvalidInput(message) => (ErrorCode::InvalidInput, message),
        };
        Self { code, message }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_as_code_and_german_message() {
        let error = CommandError::from(AppError::DataDir("Zugriff verweigert".into()));
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(json["code"], "DataDir");
        assert!(
            json["message"]
                .as_str()
                .unwrap()
                .starts_with("Das Datenverzeichnis von Leadbridge ist nicht verfügbar")
        );
    }

    #[test]
    fn store_errors_keep_their_german_message() {
        let error = CommandError::from(AppError::Store(store::StoreError::WrongKey));
        assert_eq!(error.code, ErrorCode::Store);
        assert!(
            error
                .message
                .starts_with("Der Schlüssel für die Entwürfe fehlt")
        );
    }

    #[test]
    fn a_held_send_keeps_why_as_its_code() {
        for (hold, code) in [
            (outbox::Hold::Offline, ErrorCode::Offline),
            (outbox::Hold::RateLimited, ErrorCode::RateLimited),
            (
                outbox::Hold::ServerUnavailable,
                ErrorCode::ServerUnavailable,
            ),
            (
                outbox::Hold::CredentialsRefused,
                ErrorCode::CredentialsRefused,
            ),
        ] {
            let error = CommandError::from(AppError::Held(hold, "Später erneut".into()));
            assert_eq!(
                (error.code, error.message.as_str()),
                (code, "Später erneut")
            );
        }
    }

    #[test]
    fn a_missing_datenschutzhinweis_has_its_code_and_says_what_to_confirm() {
        let error = CommandError::from(AppError::from(
            outbox::rules::DraftNotCleared::DatenschutzhinweisFehlt(
                outbox::rules::DatenschutzhinweisFehlt,
            ),
        ));
        assert_eq!(error.code, ErrorCode::DatenschutzhinweisFehlt);
        assert!(
            error.message.contains("Datenschutzhinweise des Beraters"),
            "{}",
            error.message
        );
    }
}
