//! What validation reports: a finding at a JSON path, with a severity and a German message.

use serde::{Deserialize, Serialize};

/// How much the user would lose if the body were sent as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Severity {
    /// The value is irrelevant in its constellation; nothing the user meant is lost.
    Hinweis,
    /// The value is broken or would be dropped by the server: the user meant to send it.
    Fehler,
}

/// One finding of a validation run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// JSON path as the API names it, e.g. `antragsteller1.personendaten.geburtsdatum`
    /// or `haushalte[0].kunden[1].personendaten`.
    pub path: String,
    pub severity: Severity,
    /// German message a Finanzierungsberater understands.
    pub message: String,
}

impl Finding {
    pub fn fehler(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            severity: Severity::Fehler,
            message: message.into(),
        }
    }

    pub fn hinweis(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            severity: Severity::Hinweis,
            message: message.into(),
        }
    }
}

/// True when any finding is a [`Severity::Fehler`].
pub fn has_fehler(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.severity == Severity::Fehler)
}
