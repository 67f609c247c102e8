//! One round of the Statuswache over the store: which Vorgänge are due, reading each through
//! the export API exactly as the viewer does (the same record, the same "seen" marker), and
//! what changed since the previous read. Knows nothing of Tauri.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use europace::error::ApiError;
use europace::kex_export::client::KexExportClient;
use store::{Environment, Store};

use super::aenderungen::{Aenderung, aenderungen};
use super::takt::Ausgang;
use crate::europace_fehler::{self, Vorhaben};
use crate::vorgaenge::abruf::{self, VorgangAbruf, view_of};
use crate::vorgaenge::liste::liste;

/// A Vorgang the round read, with what changed since the read before.
#[derive(Debug, Clone)]
pub struct Gelesen {
    pub abruf: VorgangAbruf,
    /// Empty after the first read (nothing to compare with) and when nothing that matters
    /// to a Berater changed.
    pub aenderungen: Vec<Aenderung>,
}

#[derive(Debug, Clone)]
pub struct Runde {
    /// The Vorgänge read successfully, in the order read.
    pub gelesen: Vec<Gelesen>,
    pub ausgang: Ausgang,
}

/// How long an archived Vorgang counts as fresh: it rarely changes again, so it is read once
/// a day and the round's requests go to the live ones.
pub const ARCHIVIERT_FRISCH: Duration = Duration::from_secs(24 * 60 * 60);

/// The Vorgänge sent from this app that are due: not deleted, and not read within
/// `frisch` (the viewer may just have read one; reading it again tells nothing new), an
/// archived one not within [`ARCHIVIERT_FRISCH`].
pub fn faellig(
    store: &Mutex<Store>,
    environment: Environment,
    jetzt: DateTime<Utc>,
    frisch: Duration,
) -> Result<Vec<String>, store::StoreError> {
    let dauer = |d: Duration| chrono::Duration::from_std(d).unwrap_or(chrono::Duration::MAX);
    Ok(liste(store, environment)?
        .into_iter()
        .filter(|v| v.gesendet_am.is_some() && !v.geloescht)
        .filter(|v| {
            let frisch = dauer(if v.archiviert {
                frisch.max(ARCHIVIERT_FRISCH)
            } else {
                frisch
            });
            v.stand
                .as_deref()
                .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
                .is_none_or(|stand| jetzt.signed_duration_since(stand) >= frisch)
        })
        .map(|v| v.vorgangsnummer)
        .collect())
}

/// How a failed read affects the rest of the round: `None` goes on with the next Vorgang.
fn abbruch(error: &ApiError) -> Option<Ausgang> {
    match error {
        ApiError::TooManyRequests { retry_after, .. }
        | ApiError::ServiceUnavailable { retry_after, .. } => Some(Ausgang::Ueberlastet {
            retry_after: *retry_after,
        }),
        ApiError::ConnectFailed { .. }
        | ApiError::ConnectionReset { .. }
        | ApiError::ConnectionLost { .. }
        | ApiError::Timeout { .. } => Some(Ausgang::Netzfehler),
        ApiError::Unauthorized { .. }
        | ApiError::TokenRejected { .. }
        | ApiError::Forbidden {
            insufficient_scope: true,
            ..
        } => Some(Ausgang::Zugang),
        _ => None,
    }
}

/// Reads `nummern` one after the other, `abstand` apart, and keeps each answer. Stops at the
/// first answer that says Europace should be left alone for a while (429, 503, no network,
/// refused credentials).
pub async fn runde(
    client: &KexExportClient,
    store: &Arc<Mutex<Store>>,
    environment: Environment,
    nummern: &[String],
    abstand: Duration,
) -> Runde {
    let mut gelesen = Vec::new();
    for (i, nr) in nummern.iter().enumerate() {
        if i > 0 {
            tokio::time::sleep(abstand).await;
        }
        let vorher = abruf::record(store, environment, nr)
            .ok()
            .and_then(|(record, _)| record.latest)
            .and_then(|raw| view_of(&raw, None));
        let answer = client.vorgang_document(nr).await;
        let stop = answer.as_ref().err().and_then(abbruch);
        let read = abruf::aufnehmen(
            store,
            environment,
            nr.clone(),
            answer
                .map(|document| document.raw)
                .map_err(|e| europace_fehler::fehler(&e, Vorhaben::Lesen)),
        );
        if read.aktuell {
            let found = match (&vorher, &read.ansicht) {
                (Some(vorher), Some(jetzt)) => aenderungen(vorher, jetzt),
                _ => Vec::new(),
            };
            gelesen.push(Gelesen {
                abruf: read,
                aenderungen: found,
            });
        }
        if let Some(ausgang) = stop {
            return Runde { gelesen, ausgang };
        }
    }
    Runde {
        gelesen,
        ausgang: Ausgang::Gelesen,
    }
}
