//! The Vorgänge list: every Vorgang sent from this app (the drafts' outcome) and every one
//! opened by number, in the app's environment, with what was last read about it.

use std::collections::BTreeMap;
use std::sync::Mutex;

use europace::kex_export::model::{Vorgangsstatus, VorgangsstatusWert};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use store::{Environment, LeadKind, ListQuery, OutboxStatus, Store};

use super::abruf::{Record, view_of};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct VorgangListeneintrag {
    pub vorgangsnummer: String,
    /// From the last read, else the title of the draft it was sent from; `None` if neither.
    pub antragsteller: Option<String>,
    /// Last known status (German), `None` before the first read.
    pub status: Option<String>,
    /// Latest change Europace reported, "03.12.2026, 14:05".
    pub letzte_aenderung: Option<String>,
    /// When it was last read (RFC 3339).
    pub stand: Option<String>,
    /// Changed since the user last looked.
    pub news: bool,
    pub geloescht: bool,
    /// The last read found it archived at Europace.
    pub archiviert: bool,
    /// Sent from this app (RFC 3339 of the send), `None` when only opened by number.
    pub gesendet_am: Option<String>,
    /// RFC 3339: sending or first opening, for sorting.
    pub seit: String,
}

/// The list, newest first. Kundenangaben (BaufiSmart) Vorgänge are not in the KreditSmart
/// export and are left out.
pub fn liste(
    store: &Mutex<Store>,
    environment: Environment,
) -> Result<Vec<VorgangListeneintrag>, store::StoreError> {
    let store = store
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let mut entries: BTreeMap<String, VorgangListeneintrag> = BTreeMap::new();
    for draft in store.list(&ListQuery::default())? {
        if draft.environment != environment || draft.kind == LeadKind::Kundenangaben {
            continue;
        }
        let Some(meta) = draft.meta.ok() else {
            continue;
        };
        let OutboxStatus::Gesendet { vorgangsnummer } = &meta.status else {
            continue;
        };
        entries.insert(
            vorgangsnummer.clone(),
            VorgangListeneintrag {
                vorgangsnummer: vorgangsnummer.clone(),
                antragsteller: Some(meta.title.clone()).filter(|t| !t.is_empty()),
                status: None,
                letzte_aenderung: None,
                stand: None,
                news: false,
                geloescht: false,
                archiviert: false,
                gesendet_am: Some(draft.updated_at.to_rfc3339()),
                seit: draft.updated_at.to_rfc3339(),
            },
        );
    }
    for entry in store.vorgaenge(environment)? {
        let record: Record = entry
            .record
            .ok()
            .and_then(|v| serde_json::from_value(v.clone()).ok())
            .unwrap_or_default();
        let view = record.latest.as_ref().and_then(|raw| view_of(raw, None));
        let item = entries
            .entry(entry.vorgangsnummer.clone())
            .or_insert_with(|| VorgangListeneintrag {
                vorgangsnummer: entry.vorgangsnummer.clone(),
                antragsteller: None,
                status: None,
                letzte_aenderung: None,
                stand: None,
                news: false,
                geloescht: false,
                archiviert: false,
                gesendet_am: None,
                seit: entry.opened_at.to_rfc3339(),
            });
        if let Some(view) = view {
            if !view.antragsteller.is_empty() {
                item.antragsteller = Some(view.antragsteller);
            }
            item.status = Some(view.status);
            item.letzte_aenderung = view.letzte_aenderung;
        }
        item.stand = entry.fetched_at.map(|t| t.to_rfc3339());
        item.news = entry.news;
        item.geloescht = record.geloescht;
        item.archiviert = record.latest.as_ref().is_some_and(archiviert);
    }
    let mut list: Vec<_> = entries.into_values().collect();
    list.sort_by(|a, b| b.seit.cmp(&a.seit));
    Ok(list)
}

/// Whether the export's answer `raw` says the Vorgang is archived.
fn archiviert(raw: &Value) -> bool {
    raw.get("vorgangsstatus")
        .and_then(|s| Vorgangsstatus::deserialize(s).ok())
        .and_then(|s| s.status)
        == Some(VorgangsstatusWert::Archiviert)
}
