//! Reading a Vorgang from the export API and keeping what was read: the last answer and the
//! one the user last looked at, sealed in the drafts store. Offline, the last answer is shown
//! with its time ("Stand"). Knows nothing of Tauri.

use std::sync::{Arc, Mutex, PoisonError};

use europace::kex_export::client::KexExportClient;
use europace::kex_export::model::Vorgang;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use store::{Environment, Store};

use super::ansicht::{VorgangAnsicht, ansicht};
use crate::europace_fehler::{self, EuropaceFehler, EuropaceFehlercode, Vorhaben};

/// The outcome of a read: the Vorgang as fresh as it could be had, and what went wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct VorgangAbruf {
    pub vorgangsnummer: String,
    /// The Vorgang, fresh or, after a failure, as last read.
    pub ansicht: Option<VorgangAnsicht>,
    /// When `ansicht` was read from Europace (RFC 3339).
    pub stand: Option<String>,
    /// `ansicht` comes from this very read.
    pub aktuell: bool,
    pub fehler: Option<EuropaceFehler>,
}

/// What the store keeps of a Vorgang (sealed).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Record {
    /// `vorgang` as the export last sent it.
    #[serde(default)]
    pub latest: Option<Value>,
    /// The answer the user last looked at; changes are marked against it.
    #[serde(default)]
    pub seen: Option<Value>,
    /// Europace answered 410.
    #[serde(default)]
    pub geloescht: bool,
    /// Comments written in the app, oldest first.
    #[serde(default)]
    pub kommentare: Vec<super::kommentare::KommentarEintrag>,
}

/// Trimmed, inner blanks removed (a pasted "N94 L7T"), in capitals as Europace writes it.
pub fn normalize(vorgangsnummer: &str) -> Result<String, EuropaceFehler> {
    let nr: String = vorgangsnummer
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase();
    if nr.is_empty() {
        return Err(EuropaceFehler::new(
            EuropaceFehlercode::Eingabe,
            "Bitte eine Vorgangsnummer eingeben, z. B. N94L7T.",
        ));
    }
    if !nr
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(EuropaceFehler::new(
            EuropaceFehlercode::Eingabe,
            format!(
                "„{}“ ist keine Vorgangsnummer: erwartet werden Buchstaben und Ziffern, z. B. N94L7T.",
                vorgangsnummer.trim()
            ),
        ));
    }
    Ok(nr)
}

fn lock(store: &Mutex<Store>) -> std::sync::MutexGuard<'_, Store> {
    // A panic while holding the lock cannot leave SQLite half-written; carry on.
    store.lock().unwrap_or_else(PoisonError::into_inner)
}

fn store_error(error: &store::StoreError) -> EuropaceFehler {
    EuropaceFehler::new(EuropaceFehlercode::Sonstiges, error.to_string())
}

/// The record of a Vorgang and when it was last read.
pub(crate) fn record(
    store: &Mutex<Store>,
    environment: Environment,
    nr: &str,
) -> Result<(Record, Option<String>), EuropaceFehler> {
    let entry = lock(store)
        .vorgang(environment, nr)
        .map_err(|e| store_error(&e))?;
    Ok(match entry {
        None => (Record::default(), None),
        Some(entry) => (
            entry
                .record
                .ok()
                .and_then(|v| serde_json::from_value(v.clone()).ok())
                .unwrap_or_default(),
            entry.fetched_at.map(|t| t.to_rfc3339()),
        ),
    })
}

/// Keeps `record` without touching the time of the last read or the news flag.
pub(crate) fn save(
    store: &Mutex<Store>,
    environment: Environment,
    nr: &str,
    record: &Record,
) -> Result<(), EuropaceFehler> {
    let value = serde_json::to_value(record)
        .map_err(|e| EuropaceFehler::new(EuropaceFehlercode::Sonstiges, e.to_string()))?;
    let mut store = lock(store);
    let news = store
        .vorgang(environment, nr)
        .map_err(|e| store_error(&e))?
        .is_some_and(|e| e.news);
    store
        .put_vorgang(environment, nr, &value, false, news)
        .map_err(|e| store_error(&e))
}

/// The viewer's form of a stored document; `None` if it no longer reads.
pub(crate) fn view_of(raw: &Value, seen: Option<&Value>) -> Option<VorgangAnsicht> {
    let vorgang: Vorgang = serde_json::from_value(raw.clone()).ok()?;
    let seen = seen.and_then(|s| view_of(s, None));
    Some(ansicht(&vorgang, raw, seen.as_ref()))
}

/// Whether `view` shows anything marked as changed.
pub(crate) fn has_news(view: &VorgangAnsicht) -> bool {
    view.kopf
        .iter()
        .chain(view.abschnitte.iter().flat_map(|a| &a.angaben))
        .chain(&view.unbekannt)
        .any(|a| a.changed)
        || view.antraege.iter().any(|a| {
            a.changed
                || a.status_changed
                || a.unterlagen.iter().any(|u| u.changed)
                || a.konditionen.iter().chain(&a.angaben).any(|k| k.changed)
        })
}

/// Reads Vorgang `vorgangsnummer` with `client` (or shows why no client could be had),
/// keeps the answer and returns it with its changes since the user last looked.
pub async fn abrufen(
    client: Result<KexExportClient, EuropaceFehler>,
    store: &Arc<Mutex<Store>>,
    environment: Environment,
    vorgangsnummer: &str,
) -> VorgangAbruf {
    let nr = match normalize(vorgangsnummer) {
        Ok(nr) => nr,
        Err(fehler) => {
            return VorgangAbruf {
                vorgangsnummer: vorgangsnummer.trim().to_owned(),
                ansicht: None,
                stand: None,
                aktuell: false,
                fehler: Some(fehler),
            };
        }
    };
    let answer = match client {
        Ok(client) => client
            .vorgang_document(&nr)
            .await
            .map_err(|e| europace_fehler::fehler(&e, Vorhaben::Lesen)),
        Err(fehler) => Err(fehler),
    };
    aufnehmen(store, environment, nr, answer.map(|document| document.raw))
}

/// Keeps the answer to a read of Vorgang `nr` (already normalized) and returns it with its
/// changes since the user last looked; shared by the viewer and the Statuswache.
pub(crate) fn aufnehmen(
    store: &Mutex<Store>,
    environment: Environment,
    nr: String,
    answer: Result<Value, EuropaceFehler>,
) -> VorgangAbruf {
    let (mut record, stand) = match record(store, environment, &nr) {
        Ok(found) => found,
        Err(fehler) => {
            return VorgangAbruf {
                vorgangsnummer: nr,
                ansicht: None,
                stand: None,
                aktuell: false,
                fehler: Some(fehler),
            };
        }
    };
    match answer {
        Ok(raw) => {
            record.latest = Some(raw.clone());
            record.geloescht = false;
            if record.seen.is_none() {
                record.seen = Some(raw.clone());
            }
            let view = view_of(&raw, record.seen.as_ref());
            let news = view.as_ref().is_some_and(has_news);
            let saved = serde_json::to_value(&record)
                .map_err(|e| EuropaceFehler::new(EuropaceFehlercode::Sonstiges, e.to_string()))
                .and_then(|value| {
                    lock(store)
                        .put_vorgang(environment, &nr, &value, true, news)
                        .map_err(|e| store_error(&e))
                });
            VorgangAbruf {
                vorgangsnummer: nr,
                ansicht: view,
                stand: Some(chrono::Utc::now().to_rfc3339()),
                aktuell: true,
                fehler: saved.err(),
            }
        }
        Err(fehler) => {
            if fehler.code == EuropaceFehlercode::Geloescht && !record.geloescht {
                record.geloescht = true;
                if let Ok(value) = serde_json::to_value(&record) {
                    // The deletion is shown now; keeping it is a courtesy for the list.
                    let _ = lock(store).put_vorgang(environment, &nr, &value, false, true);
                }
            }
            let view = record
                .latest
                .as_ref()
                .and_then(|raw| view_of(raw, record.seen.as_ref()));
            VorgangAbruf {
                vorgangsnummer: nr,
                stand: view.as_ref().and(stand),
                ansicht: view,
                aktuell: false,
                fehler: Some(fehler),
            }
        }
    }
}

/// The user has looked at the Vorgang: later changes are marked against this answer.
pub fn gesehen(
    store: &Mutex<Store>,
    environment: Environment,
    vorgangsnummer: &str,
) -> Result<(), EuropaceFehler> {
    let nr = normalize(vorgangsnummer)?;
    let (mut record, _) = record(store, environment, &nr)?;
    if record.latest.is_none() {
        return Ok(());
    }
    record.seen.clone_from(&record.latest);
    let value = serde_json::to_value(&record)
        .map_err(|e| EuropaceFehler::new(EuropaceFehlercode::Sonstiges, e.to_string()))?;
    lock(store)
        .put_vorgang(environment, &nr, &value, false, false)
        .map_err(|e| store_error(&e))
}
