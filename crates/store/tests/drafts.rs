//! Drafts: open, save, get, list, duplicate, delete, export/import, damage.

mod common;

use std::path::Path;

use common::{content, header, new_draft, reopen, temp_store};
use rusqlite::Connection;
use serde_json::json;
use store::{
    Damaged, DraftId, DraftKey, Environment, HistoryEvent, LeadKind, ListQuery, OutboxState,
    OutboxStatus, Part, SortKey, SortOrder, Store, StoreError,
};

fn raw(path: &Path) -> Connection {
    Connection::open(path).unwrap()
}

fn history(store: &Store, id: DraftId) -> Vec<HistoryEvent> {
    store
        .get(id)
        .unwrap()
        .history
        .into_iter()
        .map(|entry| entry.event.ok().cloned().unwrap())
        .collect()
}

fn titles(summaries: &[store::DraftSummary]) -> Vec<String> {
    summaries
        .iter()
        .map(|s| s.meta.ok().unwrap().title.clone())
        .collect()
}

#[test]
fn reopens_with_the_same_key_and_refuses_another() {
    let (_dir, path, mut store) = temp_store();
    let id = new_draft(&mut store, "Anna Muster");
    drop(store);

    let store = reopen(&path);
    assert_eq!(
        store.get(id).unwrap().content,
        Part::Ok(content("Anna Muster"))
    );
    drop(store);

    let err = Store::open(&path, &DraftKey::from_bytes([7; 32]))
        .err()
        .expect("a wrong key must not open the store");
    assert!(matches!(err, StoreError::WrongKey));
    assert_eq!(err.code(), "wrong_key");
    assert!(
        err.to_string()
            .starts_with("Der Schlüssel für die Entwürfe fehlt oder passt nicht")
    );
}

#[test]
fn generated_keys_differ_and_open_a_new_store() {
    let a = DraftKey::generate().unwrap();
    let b = DraftKey::generate().unwrap();
    assert_ne!(a.as_bytes(), b.as_bytes());
    let dir = tempfile::tempdir().unwrap();
    Store::open(dir.path().join("x.sqlite"), &a).unwrap();
}

#[test]
fn pragmas_are_in_force() {
    let (_dir, path, _store) = temp_store();
    let conn = raw(&path);
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        version, 4,
        "drafts, the Vorgänge the app follows, document uploads, then Ergänzungen"
    );
}

#[test]
fn save_and_get_round_trip() {
    let (_dir, _path, mut store) = temp_store();
    let id = DraftId::new();
    let saved = store
        .save(id, &header("Anna Muster"), &content("Anna"))
        .unwrap();
    assert_eq!((saved.id, saved.revision), (id, 1));

    let draft = store.get(id).unwrap();
    assert_eq!(draft.content, Part::Ok(content("Anna")));
    let summary = &draft.summary;
    assert_eq!(summary.kind, LeadKind::KexImport);
    assert_eq!(summary.environment, Environment::Sandbox);
    assert_eq!(summary.state, OutboxState::Entwurf);
    assert_eq!(summary.revision, 1);
    assert_eq!(summary.created_at, saved.updated_at);
    assert_eq!(summary.updated_at, saved.updated_at);
    let meta = summary.meta.ok().unwrap();
    assert_eq!(meta.title, "Anna Muster");
    assert_eq!(meta.berater, header("x").berater);
    assert_eq!(meta.status, OutboxStatus::Entwurf);
    assert_eq!(
        history(&store, id),
        vec![HistoryEvent::Saved { revision: 1 }]
    );
}

#[test]
fn saving_again_bumps_the_revision_and_keeps_one_saved_entry() {
    let (_dir, _path, mut store) = temp_store();
    let id = new_draft(&mut store, "Anna");
    let created = store.get(id).unwrap().summary.created_at;

    let mut changed = header("Anna Neu");
    changed.environment = Environment::Test;
    changed.kind = LeadKind::DrKlein; // the kind of an existing draft stays
    let saved = store.save(id, &changed, &content("Anna Neu")).unwrap();
    assert_eq!(saved.revision, 2);

    let draft = store.get(id).unwrap();
    assert_eq!(draft.summary.revision, 2);
    assert_eq!(draft.summary.created_at, created);
    assert!(draft.summary.updated_at >= created);
    assert_eq!(draft.summary.kind, LeadKind::KexImport);
    assert_eq!(draft.summary.environment, Environment::Test);
    assert_eq!(draft.summary.meta.ok().unwrap().title, "Anna Neu");
    assert_eq!(draft.content, Part::Ok(content("Anna Neu")));
    assert_eq!(
        history(&store, id),
        vec![HistoryEvent::Saved { revision: 2 }]
    );
}

#[test]
fn saving_unchanged_content_writes_nothing() {
    let (_dir, _path, mut store) = temp_store();
    let id = new_draft(&mut store, "Anna");
    let before = store.get(id).unwrap();
    let again = store.save(id, &header("Anna"), &content("Anna")).unwrap();
    assert_eq!(again.revision, 1);
    assert_eq!(again.updated_at, before.summary.updated_at);
    assert_eq!(store.get(id).unwrap(), before);
}

#[test]
fn list_searches_titles_case_insensitively() {
    let (_dir, _path, mut store) = temp_store();
    new_draft(&mut store, "Müller, Anna");
    new_draft(&mut store, "Schmidt, Jörg");
    new_draft(&mut store, "MÜLLERSCHÖN, Eva");

    let search = |s: &str| {
        let mut found = titles(
            &store
                .list(&ListQuery {
                    search: Some(s.to_owned()),
                    ..ListQuery::default()
                })
                .unwrap(),
        );
        found.sort();
        found
    };
    assert_eq!(search("müller"), vec!["MÜLLERSCHÖN, Eva", "Müller, Anna"]);
    assert_eq!(search("  JÖRG "), vec!["Schmidt, Jörg"]);
    assert_eq!(search("niemand"), Vec::<String>::new());
    assert_eq!(search("").len(), 3);
}

#[test]
fn list_filters_by_state_and_sorts_by_dates() {
    let (_dir, _path, mut store) = temp_store();
    // Apart by more than the clock's resolution, so no two times tie.
    let tick = || std::thread::sleep(std::time::Duration::from_millis(5));
    let a = new_draft(&mut store, "A");
    tick();
    let b = new_draft(&mut store, "B");
    tick();
    let c = new_draft(&mut store, "C");
    tick();
    // A changes last, so it leads by update time but not by creation time.
    store.enqueue(b).unwrap();
    tick();
    store.save(a, &header("A"), &content("A2")).unwrap();

    let list = |sort, order, state| {
        store
            .list(&ListQuery {
                search: None,
                state,
                sort,
                order,
            })
            .unwrap()
            .into_iter()
            .map(|s| s.id)
            .collect::<Vec<_>>()
    };
    use SortKey::*;
    use SortOrder::*;
    assert_eq!(list(Created, Ascending, None), vec![a, b, c]);
    assert_eq!(list(Created, Descending, None), vec![c, b, a]);
    assert_eq!(list(Updated, Descending, None), vec![a, b, c]);
    assert_eq!(list(Updated, Ascending, None), vec![c, b, a]);
    assert_eq!(
        list(Created, Ascending, Some(OutboxState::Wartend)),
        vec![b]
    );
    assert_eq!(
        list(Created, Ascending, Some(OutboxState::Entwurf)),
        vec![a, c]
    );
    assert_eq!(
        list(Created, Ascending, Some(OutboxState::Gesendet)),
        vec![]
    );
}

#[test]
fn duplicate_starts_a_fresh_draft() {
    let (_dir, _path, mut store) = temp_store();
    let id = new_draft(&mut store, "Anna");
    store.record_validated(id, 0).unwrap();
    store.enqueue(id).unwrap();
    store.begin_send(id).unwrap();
    store.finish_sent(id, "AB1234", vec![]).unwrap();

    let copy = store.duplicate(id).unwrap();
    assert_ne!(copy.id, id);
    assert_eq!(copy.revision, 1);
    let draft = store.get(copy.id).unwrap();
    assert_eq!(draft.content, Part::Ok(content("Anna")));
    assert_eq!(draft.summary.state, OutboxState::Entwurf);
    let meta = draft.summary.meta.ok().unwrap();
    assert_eq!(meta.title, "Anna");
    assert_eq!(meta.status, OutboxStatus::Entwurf);
    assert_eq!(
        history(&store, copy.id),
        vec![HistoryEvent::Saved { revision: 1 }]
    );
    // The original is untouched.
    assert_eq!(store.get(id).unwrap().summary.state, OutboxState::Gesendet);
    assert!(matches!(
        store.duplicate(DraftId::new()),
        Err(StoreError::NotFound(_))
    ));
}

#[test]
fn delete_removes_draft_and_history() {
    let (_dir, path, mut store) = temp_store();
    let keep = new_draft(&mut store, "Bleibt");
    let gone = new_draft(&mut store, "Geht");
    store.record_validated(gone, 3).unwrap();
    store.delete(gone).unwrap();

    assert!(matches!(store.get(gone), Err(StoreError::NotFound(id)) if id == gone));
    assert!(matches!(store.delete(gone), Err(StoreError::NotFound(_))));
    let listed: Vec<_> = store
        .list(&ListQuery::default())
        .unwrap()
        .iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(listed, vec![keep]);
    let events: i64 = raw(&path)
        .query_row(
            "SELECT COUNT(*) FROM draft_events WHERE draft_id = ?1",
            [gone.to_string()],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(events, 0);
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn sealed_blobs(path: &Path, id: DraftId) -> Vec<Vec<u8>> {
    let conn = raw(path);
    let mut blobs: Vec<Vec<u8>> = conn
        .query_row(
            "SELECT meta_sealed, content_sealed FROM drafts WHERE id = ?1",
            [id.to_string()],
            |r| Ok(vec![r.get(0)?, r.get(1)?]),
        )
        .unwrap();
    let mut stmt = conn
        .prepare("SELECT sealed FROM draft_events WHERE draft_id = ?1")
        .unwrap();
    let events = stmt
        .query_map([id.to_string()], |r| r.get::<_, Vec<u8>>(0))
        .unwrap();
    blobs.extend(events.map(Result::unwrap));
    blobs
}

#[test]
fn deleted_draft_leaves_no_trace_in_db_wal_or_shm() {
    let (_dir, path, mut store) = temp_store();
    let keep = new_draft(&mut store, "Bleibt");
    let id = DraftId::new();
    // Long enough to spill into overflow pages, which are freed separately.
    let secret = format!("Geheimname-{}", "Zeichenkette".repeat(600));
    let mut ciphertexts = Vec::new();
    for revision in 0..3 {
        let body = json!({ "name": secret, "revision": revision });
        store.save(id, &header(&secret), &body).unwrap();
        ciphertexts.extend(sealed_blobs(&path, id));
    }
    store.record_override(id, vec![secret.clone()]).unwrap();
    ciphertexts.extend(sealed_blobs(&path, id));
    // Unrelated writes after the draft, so its pages sit in the middle.
    store
        .save(keep, &header("Bleibt"), &content("neu"))
        .unwrap();

    store.delete(id).unwrap();

    let wal = path.with_extension("sqlite-wal");
    let shm = path.with_extension("sqlite-shm");
    assert!(wal.exists() && shm.exists(), "checked with the store open");
    for file in [&path, &wal, &shm] {
        let bytes = std::fs::read(file).unwrap();
        let name = file.display();
        assert!(!contains(&bytes, b"Geheimname"), "plaintext in {name}");
        assert!(!contains(&bytes, id.to_string().as_bytes()), "id in {name}");
        for sealed in &ciphertexts {
            // Nonce, middle and tail: any surviving piece would show.
            let mid = sealed.len() / 2;
            for piece in [
                &sealed[..24],
                &sealed[mid..mid + 24],
                &sealed[sealed.len() - 24..],
            ] {
                assert!(!contains(&bytes, piece), "ciphertext in {name}");
            }
        }
    }
    assert_eq!(std::fs::metadata(&wal).unwrap().len(), 0);
    let ok: String = raw(&path)
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
}

#[test]
fn export_and_import_round_trip() {
    let (_dir, _path, mut store) = temp_store();
    let id = new_draft(&mut store, "Anna");
    let exported = store.export_json(id).unwrap();
    assert!(exported.contains('\n'), "pretty-printed for people");

    let mut import_header = header("Anna (Import)");
    import_header.kind = LeadKind::Kundenangaben;
    let imported = store.import_json(&exported, &import_header).unwrap();
    assert_ne!(imported.id, id);
    let draft = store.get(imported.id).unwrap();
    assert_eq!(draft.content, Part::Ok(content("Anna")));
    assert_eq!(draft.summary.kind, LeadKind::Kundenangaben);
    assert_eq!(draft.summary.meta.ok().unwrap().title, "Anna (Import)");

    let err = store.import_json("{ kaputt", &import_header).unwrap_err();
    assert!(matches!(err, StoreError::InvalidJson(_)));
    assert!(
        err.to_string()
            .starts_with("Die Datei enthält kein gültiges JSON")
    );
    assert!(matches!(
        store.export_json(DraftId::new()),
        Err(StoreError::NotFound(_))
    ));
}

#[test]
fn exact_numbers_survive_the_round_trip() {
    let (_dir, _path, mut store) = temp_store();
    let id = DraftId::new();
    let body: serde_json::Value =
        serde_json::from_str(r#"{"betrag": 12345678901234567890.123456789, "n": 0.1}"#).unwrap();
    store.save(id, &header("Zahlen"), &body).unwrap();
    let exported = store.export_json(id).unwrap();
    assert!(exported.contains("12345678901234567890.123456789"));
    assert_eq!(store.get(id).unwrap().content, Part::Ok(body));
}

#[test]
fn damaged_parts_are_reported_not_dropped() {
    let (_dir, path, mut store) = temp_store();
    let tampered = new_draft(&mut store, "Anna");
    let swapped = new_draft(&mut store, "Bernd");
    let conn = raw(&path);
    // Flip a bit in one ciphertext and move another into a foreign row.
    let mut bytes: Vec<u8> = conn
        .query_row(
            "SELECT content_sealed FROM drafts WHERE id = ?1",
            [tampered.to_string()],
            |r| r.get(0),
        )
        .unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    conn.execute(
        "UPDATE drafts SET content_sealed = ?2 WHERE id = ?1",
        rusqlite::params![tampered.to_string(), bytes],
    )
    .unwrap();
    conn.execute(
        "UPDATE drafts SET meta_sealed = (SELECT meta_sealed FROM drafts WHERE id = ?2)
         WHERE id = ?1",
        [swapped.to_string(), tampered.to_string()],
    )
    .unwrap();
    drop(conn);

    let draft = store.get(tampered).unwrap();
    assert_eq!(
        draft.content,
        Part::Damaged(Damaged::Undecryptable { raw: bytes })
    );
    assert_eq!(draft.summary.meta.ok().unwrap().title, "Anna");
    let err = store.export_json(tampered).unwrap_err();
    assert!(matches!(err, StoreError::Damaged { part: "Inhalt", .. }));
    assert!(matches!(
        store.duplicate(tampered),
        Err(StoreError::Damaged { .. })
    ));

    let other = store.get(swapped).unwrap();
    assert!(matches!(
        other.summary.meta,
        Part::Damaged(Damaged::Undecryptable { .. })
    ));
    assert_eq!(other.content, Part::Ok(content("Bernd")));
    // Still listed, even under a search its unreadable title cannot match.
    let found = store
        .list(&ListQuery {
            search: Some("anna".to_owned()),
            ..ListQuery::default()
        })
        .unwrap();
    let mut ids: Vec<_> = found.iter().map(|s| s.id).collect();
    ids.sort();
    let mut expected = vec![tampered, swapped];
    expected.sort();
    assert_eq!(ids, expected);
    // A transition needs the meta and refuses cleanly.
    assert!(matches!(
        store.enqueue(swapped),
        Err(StoreError::Damaged {
            part: "Titel und Status",
            ..
        })
    ));
    // A damaged history entry is reported in place; the others stay readable.
    let conn = raw(&path);
    conn.execute(
        "UPDATE draft_events SET sealed = X'00' WHERE draft_id = ?1",
        [tampered.to_string()],
    )
    .unwrap();
    store.record_validated(tampered, 1).unwrap();
    let history = store.get(tampered).unwrap().history;
    assert!(matches!(
        history[0].event,
        Part::Damaged(Damaged::Undecryptable { ref raw }) if raw == &[0]
    ));
    assert_eq!(
        history[1].event,
        Part::Ok(HistoryEvent::Validated { findings: 1 })
    );
    // Saving fresh content over damage repairs the draft.
    store
        .save(tampered, &header("Anna"), &content("Anna"))
        .unwrap();
    assert_eq!(
        store.get(tampered).unwrap().content,
        Part::Ok(content("Anna"))
    );
}

#[test]
fn history_records_validation_and_override() {
    let (_dir, _path, mut store) = temp_store();
    let id = new_draft(&mut store, "Anna");
    store.record_validated(id, 2).unwrap();
    store
        .record_override(id, vec!["antragsteller1.beruf".to_owned()])
        .unwrap();
    store.save(id, &header("Anna"), &content("Anna 2")).unwrap();
    assert_eq!(
        history(&store, id),
        vec![
            HistoryEvent::Saved { revision: 1 },
            HistoryEvent::Validated { findings: 2 },
            HistoryEvent::Override {
                lost: vec!["antragsteller1.beruf".to_owned()]
            },
            HistoryEvent::Saved { revision: 2 },
        ]
    );
    let at: Vec<_> = store
        .get(id)
        .unwrap()
        .history
        .iter()
        .map(|e| e.at)
        .collect();
    assert!(at.windows(2).all(|w| w[0] <= w[1]));
    assert!(matches!(
        store.record_validated(DraftId::new(), 1),
        Err(StoreError::NotFound(_))
    ));
}

#[test]
fn a_key_from_keyring_bytes_opens_the_store() {
    let (_dir, path, mut store) = temp_store();
    let id = new_draft(&mut store, "Anna");
    drop(store);
    let from_keyring = DraftKey::from_slice(&common::KEY).unwrap();
    assert!(Store::open(&path, &from_keyring).unwrap().get(id).is_ok());
}

#[test]
fn delete_reports_a_blocked_clean_up_and_open_finishes_it() {
    let (_dir, path, mut store) = temp_store();
    let id = new_draft(&mut store, "Geheimname");
    let mut reader = raw(&path);
    let snapshot = reader.transaction().unwrap();
    let _: i64 = snapshot
        .query_row("SELECT COUNT(*) FROM drafts", [], |r| r.get(0))
        .unwrap();

    // The reader's snapshot pins the WAL until the busy timeout gives up.
    let err = store.delete(id).unwrap_err();
    assert!(matches!(err, StoreError::CheckpointBusy));
    assert_eq!(err.code(), "checkpoint_busy");
    assert!(matches!(store.get(id), Err(StoreError::NotFound(_))));
    drop(snapshot);
    drop(store);
    // The reader's connection stays, so closing the store did not clean up.
    let wal = path.with_extension("sqlite-wal");
    assert!(std::fs::metadata(&wal).unwrap().len() > 0);

    let _store = reopen(&path);
    assert_eq!(std::fs::metadata(&wal).unwrap().len(), 0);
    drop(reader);
}
