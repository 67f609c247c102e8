//! Lead bodies read from files, and their validation.

use std::path::Path;

use europace::finding::{Finding, Severity};
use serde_json::Value;

use crate::error::CliError;
use europace::lead::LeadKind;

/// A lead body as read: the text (validation reads it as the API would) and its JSON.
pub struct Lead {
    pub text: String,
    pub body: Value,
}

impl Lead {
    /// Reads `path` as the app's import does (a UTF-8 byte order mark is fine); a missing
    /// file, another encoding or broken JSON is an input error, not a finding, so every
    /// command reports it the same way.
    pub fn read(path: &Path) -> Result<Self, CliError> {
        let bytes = std::fs::read(path).map_err(|e| CliError::read_file(path, &e))?;
        let file = europace::json_file::read(bytes).map_err(|e| {
            CliError::new(
                crate::error::Exit::Eingabe,
                e.code(),
                format!("Datei „{}“ {e}.", path.display()),
            )
        })?;
        Ok(Self {
            text: file.text,
            body: file.value,
        })
    }

    /// `origin` names the source in messages (a file, or a CSV row).
    pub fn parse(text: String, origin: &str) -> Result<Self, CliError> {
        let body = serde_json::from_str(&text).map_err(|e| {
            CliError::input(format!(
                "{origin} ist kein gültiges JSON (Zeile {}, Spalte {}).",
                e.line(),
                e.column()
            ))
        })?;
        Ok(Self { text, body })
    }

    pub fn findings(&self, kind: LeadKind) -> Vec<Finding> {
        kind.validate_json(&self.text)
    }
}

pub fn fehler_count(findings: &[Finding]) -> usize {
    findings
        .iter()
        .filter(|f| f.severity == Severity::Fehler)
        .count()
}
