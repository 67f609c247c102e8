//! "JSON importieren" reads files as the CLI does: a byte order mark is fine, a key given
//! twice is refused with its path, a `null` where a value belongs is a Fehler of the draft,
//! and every refusal is German.

use super::import_bytes;
use crate::environment::Environment;
use crate::error::{CommandError, ErrorCode};
use crate::state::AppState;
use crate::test_state::{self, Fixture};
use europace::finding::Severity;
use europace::lead::LeadKind;

fn fixture() -> Fixture {
    test_state::fixture(Environment::Sandbox)
}

fn stored_content(state: &AppState, id: &str) -> serde_json::Value {
    let id: store::DraftId = id.parse().unwrap();
    state
        .with_drafts(|store| Ok(store.get(id)?.content.ok().cloned().unwrap()))
        .unwrap()
}

#[test]
fn a_file_with_a_byte_order_mark_is_imported() {
    let f = fixture();
    let bytes = "\u{FEFF}{\"kundenbetreuer\": {\"partnerId\": \"ABC12\"}, \"antragsteller1\": {\"personendaten\": {\"nachname\": \"Größe\"}}}"
        .as_bytes()
        .to_vec();
    let saved = import_bytes(&f.state, LeadKind::KexImport, bytes).unwrap();
    let content = stored_content(&f.state, &saved.id);
    assert_eq!(
        content["antragsteller1"]["personendaten"]["nachname"],
        "Größe"
    );
}

#[test]
fn a_key_given_twice_is_refused_with_its_path() {
    let f = fixture();
    let bytes =
        br#"{"kundenbetreuer": {"partnerId": "ABC12"}, "kundenbetreuer": {"partnerId": "XYZ99"}}"#;
    let error = CommandError::from(
        import_bytes(&f.state, LeadKind::KexImport, bytes.to_vec()).unwrap_err(),
    );
    assert_eq!(error.code, ErrorCode::InvalidInput);
    assert!(
        error.message.starts_with("Die Datei wurde nicht importiert, 1 Fehler: kundenbetreuer: „kundenbetreuer“ steht hier mehrfach"),
        "{}",
        error.message
    );
}

#[test]
fn a_null_value_is_a_fehler_when_the_imported_draft_is_validated() {
    let f = fixture();
    let bytes = br#"{"kundenbetreuer": {"partnerId": "ABC12"}, "antragsteller1": {"personendaten": {"vorname": null}}}"#;
    let saved = import_bytes(&f.state, LeadKind::KexImport, bytes.to_vec()).unwrap();
    let content = stored_content(&f.state, &saved.id);
    let findings = LeadKind::KexImport.validate_json(&content.to_string());
    assert!(
        findings.iter().any(|f| f.severity == Severity::Fehler
            && f.path == "antragsteller1.personendaten.vorname"
            && f.message.contains("null")),
        "{findings:?}"
    );
}

#[test]
fn unreadable_files_are_refused_in_german() {
    let f = fixture();
    for (bytes, expected) in [
        (
            b"{\"ort\": \"K\xF6ln\"}".to_vec(),
            "Die Datei ist nicht UTF-8-kodiert",
        ),
        (
            b"{\"ort\": ".to_vec(),
            "Die Datei ist kein gültiges JSON (Zeile 1, Spalte 8).",
        ),
    ] {
        let error =
            CommandError::from(import_bytes(&f.state, LeadKind::KexImport, bytes).unwrap_err());
        assert!(error.message.starts_with(expected), "{}", error.message);
        for english in ["expected", "invalid", "EOF", "error"] {
            assert!(!error.message.contains(english), "{}", error.message);
        }
    }
}
