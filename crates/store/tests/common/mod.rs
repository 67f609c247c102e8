//! Helpers shared by the integration tests.

#![allow(dead_code)] // each test binary uses its own subset

use std::path::{Path, PathBuf};

use serde_json::json;
use store::{Berater, DraftHeader, DraftId, DraftKey, Environment, LeadKind, Store};
use tempfile::TempDir;

pub const KEY: [u8; 32] = [42; 32];

pub fn key() -> DraftKey {
    DraftKey::from_bytes(KEY)
}

/// A store in a fresh temporary directory; keep the `TempDir` alive.
pub fn temp_store() -> (TempDir, PathBuf, Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("drafts.sqlite");
    let store = Store::open(&path, &key()).unwrap();
    (dir, path, store)
}

pub fn reopen(path: &Path) -> Store {
    Store::open(path, &key()).unwrap()
}

pub fn header(title: &str) -> DraftHeader {
    DraftHeader {
        kind: LeadKind::KexImport,
        environment: Environment::Sandbox,
        title: title.to_owned(),
        berater: Some(Berater {
            partner_id: "ABC12".to_owned(),
            name: "Berta Beraterin".to_owned(),
        }),
    }
}

pub fn content(name: &str) -> serde_json::Value {
    json!({
        "antragsteller1": { "personendaten": { "vorname": name, "nachname": "Mustermann" } },
        "finanzbedarf": { "kreditbetrag": 12500.5 }
    })
}

/// Saves a new draft and returns its id.
pub fn new_draft(store: &mut Store, title: &str) -> DraftId {
    let id = DraftId::new();
    store.save(id, &header(title), &content(title)).unwrap();
    id
}

/// Writes a reliability test's figures to `test-output/reliability/<name>.json`, from which
/// `make reliability` renders the README's Reliability table.
pub fn record_reliability(name: &str, figures: &serde_json::Value) {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test-output/reliability");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join(format!("{name}.json")),
        serde_json::to_string_pretty(figures).unwrap(),
    )
    .unwrap();
}
