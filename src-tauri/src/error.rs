//! The one error type that crosses the command boundary: a stable code for the UI to branch
//! on and a German message to show. Every crate's own error is mapped here, once.

use serde::Serialize;

/// What went wrong inside the shell, before it is shown to the user.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("data directory unavailable: {0}")]
    DataDir(String),
}

/// Machine-readable error codes; the UI never matches on message text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
pub enum ErrorCode {
    DataDir,
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
        match error {
            AppError::DataDir(detail) => Self {
                code: ErrorCode::DataDir,
                message: format!(
                    "Das Datenverzeichnis von Leadbridge ist nicht verfügbar ({detail}). \
                     Bitte prüfen Sie Speicherplatz und Zugriffsrechte."
                ),
            },
        }
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
}
