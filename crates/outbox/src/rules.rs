//! The send rules the app and the command line share: a lead with Fehler is not sent unless
//! the user overrides, and an override names what the API will drop or refuse. For a draft the
//! override and that list are recorded in its history before it is queued.

use europace::finding::{Finding, Severity};
use europace::lead::LeadKind;
use serde_json::Value;
use store::{DraftId, Store, StoreError};

/// A lead that may be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleared {
    /// Every finding, Hinweise included.
    pub findings: Vec<Finding>,
    /// The Fehler sent anyway, each as "path: message". Empty unless overridden.
    pub lost: Vec<String>,
}

/// A lead with Fehler and no override: it is not sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("Nicht gesendet: {fehler} Fehler.")]
pub struct Blocked {
    /// Every finding, Hinweise included.
    pub findings: Vec<Finding>,
    /// How many of them are Fehler.
    pub fehler: usize,
}

/// Why a draft was not cleared for sending.
#[derive(Debug, thiserror::Error)]
pub enum DraftNotCleared {
    /// Fehler and no override.
    #[error(transparent)]
    Blocked(#[from] Blocked),
    /// The override could not be recorded.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The rules applied to a lead `body` (raw JSON, so unknown properties count) of `kind`.
pub fn clear(kind: LeadKind, body: &str, override_fehler: bool) -> Result<Cleared, Blocked> {
    let findings = kind.validate_json(body);
    let lost: Vec<String> = findings
        .iter()
        .filter(|f| f.severity == Severity::Fehler)
        .map(|f| format!("{}: {}", f.path, f.message))
        .collect();
    if !lost.is_empty() && !override_fehler {
        return Err(Blocked {
            fehler: lost.len(),
            findings,
        });
    }
    Ok(Cleared { findings, lost })
}

/// [`clear`] for the draft `id` with its `kind` and `content`; an override is recorded with
/// its loss list.
pub fn clear_draft(
    store: &mut Store,
    id: DraftId,
    kind: LeadKind,
    content: &Value,
    override_fehler: bool,
) -> Result<Cleared, DraftNotCleared> {
    let cleared = clear(kind, &content.to_string(), override_fehler)?;
    if !cleared.lost.is_empty() {
        store.record_override(id, cleared.lost.clone())?;
    }
    Ok(cleared)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fehler_block_unless_overridden_and_then_name_what_is_lost() {
        let body = r#"{"unbekannt": 1}"#;
        let blocked = clear(LeadKind::KexImport, body, false).unwrap_err();
        assert!(blocked.fehler > 0);
        assert_eq!(
            blocked.fehler,
            blocked
                .findings
                .iter()
                .filter(|f| f.severity == Severity::Fehler)
                .count()
        );
        let cleared = clear(LeadKind::KexImport, body, true).unwrap();
        assert_eq!(cleared.lost.len(), blocked.fehler);
        assert!(cleared.lost[0].contains("unbekannt"), "{:?}", cleared.lost);
    }

    #[test]
    fn a_lead_without_fehler_is_cleared_with_nothing_lost() {
        let body = r#"{"kundenbetreuer": {"partnerId": "ABC12"}}"#;
        let cleared = clear(LeadKind::KexImport, body, false).unwrap();
        assert!(cleared.lost.is_empty());
    }
}
