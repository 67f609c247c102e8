//! The one error type of the command line: a German message, a machine-readable code and the
//! process exit code, so scripts can branch without reading the text.

use std::fmt;
use std::io;
use std::path::Path;

use europace::error::{ApiError, Outcome};

/// Exit codes, documented in the README. Distinct per cause so scripts can react.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Validation found at least one Fehler; nothing was sent.
    Fehler = 1,
    /// The command line itself is wrong (unknown command, kind or option).
    Aufruf = 2,
    /// An input file is missing, unreadable or not valid JSON/CSV.
    Eingabe = 3,
    /// Credentials are missing or the keyring cannot be used.
    Zugang = 4,
    /// The service answered and rejected the request: nothing was created.
    Abgelehnt = 5,
    /// The service could not be reached: nothing was sent.
    Netzwerk = 6,
    /// The request may or may not have been processed: check before sending again.
    Unklar = 7,
    /// Produktion was addressed without `--yes-produktion`.
    Bestaetigung = 8,
    /// A local problem: data directory, sandbox, settings file.
    Lokal = 9,
}

#[derive(Debug)]
pub struct CliError {
    pub exit: Exit,
    /// Stable name of the case for `--json` output, e.g. `input` or an [`ApiError::code`].
    pub code: &'static str,
    pub message: String,
}

impl CliError {
    pub fn new(exit: Exit, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            exit,
            code,
            message: message.into(),
        }
    }

    pub fn input(message: impl Into<String>) -> Self {
        Self::new(Exit::Eingabe, "input", message)
    }

    pub fn local(message: impl Into<String>) -> Self {
        Self::new(Exit::Lokal, "local", message)
    }

    /// A file that could not be read, said in German (io errors print in English).
    pub fn read_file(path: &Path, error: &io::Error) -> Self {
        Self::input(format!(
            "Datei „{}“: {}.",
            path.display(),
            german::io_reason(error)
        ))
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// Which exit code an API failure gets: whether anything may have happened matters more to
/// the caller than the HTTP status.
pub fn api_exit(error: &ApiError) -> Exit {
    match error {
        ApiError::ConnectFailed { .. } => Exit::Netzwerk,
        ApiError::Document { .. } => Exit::Eingabe,
        e if e.outcome() == Outcome::NotProcessed => Exit::Abgelehnt,
        _ => Exit::Unklar,
    }
}

impl From<ApiError> for CliError {
    fn from(error: ApiError) -> Self {
        Self::new(api_exit(&error), error.code(), error.to_string())
    }
}

impl From<credentials::access::AccessError> for CliError {
    fn from(error: credentials::access::AccessError) -> Self {
        use credentials::access::{AccessError, Missing};
        match error {
            AccessError::Missing {
                environment,
                missing,
            } => {
                let missing = match missing {
                    Missing::ClientId => "Keine OAuth-Client-ID",
                    Missing::ClientSecret => "Kein Client-Secret",
                    Missing::DrKleinJwt => "Kein Dr.-Klein-JWT",
                };
                let slug = environment.slug();
                Self::new(
                    Exit::Zugang,
                    "credentials_missing",
                    format!(
                        "{missing} für {slug} hinterlegt: bitte zuerst `leadbridge login --env \
                         {slug}` ausführen."
                    ),
                )
            }
            AccessError::Keyring(error) => error.into(),
        }
    }
}

impl From<credentials::CredentialError> for CliError {
    fn from(error: credentials::CredentialError) -> Self {
        Self::new(Exit::Zugang, "keyring", error.to_string())
    }
}
