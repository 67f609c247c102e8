//! The uploads of this session and those kept from earlier ones: one row per file, checked,
//! sent streamed a few at a time, with progress published to whoever watches (the viewer, over
//! a channel). Rows that reached the uploader are kept in the store, so after a restart an
//! interrupted upload is offered again ("Fortsetzen", sent whole) and a finished one stays in
//! the Vorgang's history. Knows nothing of Tauri.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use europace::kex_update::client::KexUpdateClient;
use europace::kex_update::upload::UploadProgress;
use serde::{Deserialize, Serialize};
use store::{DokumentUploadState, Environment, Store};
use tokio::task::AbortHandle;

use super::pruefung::{self, Befund};
use crate::europace_fehler::{self, EuropaceFehler, EuropaceFehlercode, Vorhaben};

/// Uploads under way at once; more wait their turn, so a dropped folder does not open dozens
/// of connections.
const GLEICHZEITIG: usize = 2;

/// Progress reaches the UI at most this often per upload (and always at 100 %).
const TAKT: Duration = Duration::from_millis(100);

/// Where a row stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub enum UploadZustand {
    /// Waits for the user's yes (an odd kind of file, or dropped twice).
    Rueckfrage,
    /// Cannot be uploaded (empty, unreadable, too large).
    Abgelehnt,
    /// Waits for its turn.
    Wartet,
    Laeuft,
    /// Europace answered 201.
    Hochgeladen,
    Fehlgeschlagen,
    /// Sent whole, no answer: Europace may have it.
    Unklar,
    /// Stopped by the user.
    Abgebrochen,
    /// Cut off by a restart or crash.
    Unterbrochen,
}

/// One file as the viewer shows it.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct UploadZeile {
    pub id: String,
    /// The file name as the user named it.
    pub name: String,
    /// Bytes of the file.
    pub groesse: f64,
    pub zustand: UploadZustand,
    /// Bytes of the file sent so far.
    pub gesendet: f64,
    /// File bytes per second since the upload started.
    pub rate: f64,
    /// The check's question or refusal (German).
    pub hinweis: Option<String>,
    pub fehler: Option<EuropaceFehler>,
    /// When the file was handed over, or when its upload ended (RFC 3339).
    pub am: String,
}

/// What the viewer of one Vorgang shows of its documents.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct UploadStand {
    pub vorgangsnummer: String,
    /// Files are being dragged over the window.
    pub ziehen: bool,
    /// Oldest first.
    pub zeilen: Vec<UploadZeile>,
}

/// Told every change of the watched Vorgang's rows.
pub type Melder = Arc<dyn Fn(UploadStand) + Send + Sync>;

/// What the store keeps of a row (sealed).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Eintrag {
    pfad: PathBuf,
    name: String,
    groesse: u64,
    am: String,
    fehler: Option<EuropaceFehler>,
}

struct Zeile {
    sicht: UploadZeile,
    environment: Environment,
    vorgangsnummer: String,
    pfad: PathBuf,
    task: Option<AbortHandle>,
    begonnen: Option<Instant>,
    gemeldet: Option<Instant>,
}

#[derive(Default)]
struct Inner {
    zeilen: Vec<Zeile>,
    /// The Vorgang whose viewer is open: drops and chosen files go there.
    beobachtet: Option<(Environment, String)>,
    melder: Option<Melder>,
    ziehen: bool,
    /// Files handed over in this session, per Vorgang, to notice a second drop.
    gesehen: HashMap<(String, PathBuf), String>,
}

/// The document uploads of the app.
pub struct Dokumente {
    inner: Mutex<Inner>,
    plaetze: tokio::sync::Semaphore,
}

impl Default for Dokumente {
    fn default() -> Self {
        Self {
            inner: Mutex::default(),
            plaetze: tokio::sync::Semaphore::new(GLEICHZEITIG),
        }
    }
}

fn jetzt() -> String {
    chrono::Utc::now().to_rfc3339()
}

fn gespeichert(zustand: UploadZustand) -> Option<DokumentUploadState> {
    Some(match zustand {
        UploadZustand::Rueckfrage | UploadZustand::Abgelehnt => return None,
        UploadZustand::Wartet | UploadZustand::Laeuft => DokumentUploadState::Laeuft,
        UploadZustand::Hochgeladen => DokumentUploadState::Hochgeladen,
        UploadZustand::Fehlgeschlagen => DokumentUploadState::Fehlgeschlagen,
        UploadZustand::Unklar => DokumentUploadState::Unklar,
        UploadZustand::Abgebrochen => DokumentUploadState::Abgebrochen,
        UploadZustand::Unterbrochen => DokumentUploadState::Unterbrochen,
    })
}

fn zustand_aus(state: DokumentUploadState) -> UploadZustand {
    match state {
        // Only while the store was open elsewhere; it recovers them when opened.
        DokumentUploadState::Laeuft | DokumentUploadState::Unterbrochen => {
            UploadZustand::Unterbrochen
        }
        DokumentUploadState::Hochgeladen => UploadZustand::Hochgeladen,
        DokumentUploadState::Fehlgeschlagen => UploadZustand::Fehlgeschlagen,
        DokumentUploadState::Unklar => UploadZustand::Unklar,
        DokumentUploadState::Abgebrochen => UploadZustand::Abgebrochen,
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // Rows are plain data: a panic elsewhere cannot leave them half-changed in a harmful way.
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

fn nicht_gefunden() -> EuropaceFehler {
    EuropaceFehler::new(
        EuropaceFehlercode::Sonstiges,
        "Diese Datei ist nicht mehr in der Liste.",
    )
}

impl Dokumente {
    /// The viewer of Vorgang `nr` is open: its rows (also those kept from earlier sessions)
    /// go to `melder` now and after every change; drops and chosen files go to this Vorgang.
    pub fn beobachten(
        &self,
        store: &Mutex<Store>,
        environment: Environment,
        nr: &str,
        melder: Melder,
    ) -> Result<(), EuropaceFehler> {
        let gespeichert = lock(store)
            .dokument_uploads(environment, nr)
            .map_err(|e| EuropaceFehler::new(EuropaceFehlercode::Sonstiges, e.to_string()))?;
        {
            let mut inner = lock(&self.inner);
            for upload in gespeichert {
                if inner.zeilen.iter().any(|z| z.sicht.id == upload.id) {
                    continue;
                }
                let Some(eintrag) = upload
                    .record
                    .ok()
                    .and_then(|v| serde_json::from_value::<Eintrag>(v.clone()).ok())
                else {
                    continue;
                };
                let zustand = zustand_aus(upload.state);
                inner.zeilen.push(Zeile {
                    sicht: UploadZeile {
                        id: upload.id,
                        name: eintrag.name,
                        groesse: eintrag.groesse as f64,
                        zustand,
                        gesendet: if zustand == UploadZustand::Hochgeladen {
                            eintrag.groesse as f64
                        } else {
                            0.0
                        },
                        rate: 0.0,
                        hinweis: None,
                        fehler: eintrag.fehler,
                        am: eintrag.am,
                    },
                    environment,
                    vorgangsnummer: nr.to_owned(),
                    pfad: eintrag.pfad,
                    task: None,
                    begonnen: None,
                    gemeldet: None,
                });
            }
            inner.beobachtet = Some((environment, nr.to_owned()));
            inner.melder = Some(melder);
        }
        self.melden();
        Ok(())
    }

    /// The viewer of `nr` closed: drops go nowhere until another opens.
    pub fn loslassen(&self, nr: &str) {
        let mut inner = lock(&self.inner);
        if inner.beobachtet.as_ref().is_some_and(|(_, n)| n == nr) {
            inner.beobachtet = None;
            inner.melder = None;
        }
    }

    /// The Vorgang files would go to now, if a viewer is open.
    pub fn ziel(&self) -> Option<(Environment, String)> {
        lock(&self.inner).beobachtet.clone()
    }

    /// Files are dragged over the window (or no longer).
    pub fn ziehen(&self, ziehen: bool) {
        let changed = {
            let mut inner = lock(&self.inner);
            std::mem::replace(&mut inner.ziehen, ziehen) != ziehen
        };
        if changed {
            self.melden();
        }
    }

    /// Files dropped or chosen for the watched Vorgang: each checked and, if fine, uploaded.
    /// Returns how many rows were added (none when no viewer is open).
    pub fn hinzufuegen(
        self: &Arc<Self>,
        client: &Result<KexUpdateClient, EuropaceFehler>,
        store: &Arc<Mutex<Store>>,
        pfade: &[PathBuf],
    ) -> usize {
        let Some((environment, nr)) = self.ziel() else {
            return 0;
        };
        let kandidaten = pruefung::sammeln(pfade);
        let mut bereit = Vec::new();
        {
            let mut inner = lock(&self.inner);
            for kandidat in &kandidaten {
                let id = uuid::Uuid::new_v4().to_string();
                let am = jetzt();
                let (zustand, hinweis) = match &kandidat.befund {
                    Befund::Abgelehnt(warum) => (UploadZustand::Abgelehnt, Some(warum.clone())),
                    befund => {
                        let schluessel = (
                            nr.clone(),
                            std::fs::canonicalize(&kandidat.pfad)
                                .unwrap_or_else(|_| kandidat.pfad.clone()),
                        );
                        let zuvor = inner.gesehen.insert(schluessel, am.clone());
                        match (zuvor, befund) {
                            (Some(zuvor), _) => (
                                UploadZustand::Rueckfrage,
                                Some(format!(
                                    "„{}“ wurde in dieser Sitzung schon hinzugefügt (um {} Uhr). \
                                     Noch einmal hochladen?",
                                    kandidat.name,
                                    uhrzeit(&zuvor)
                                )),
                            ),
                            (None, Befund::Rueckfrage(frage)) => {
                                (UploadZustand::Rueckfrage, Some(frage.clone()))
                            }
                            (None, _) => (UploadZustand::Wartet, None),
                        }
                    }
                };
                if zustand == UploadZustand::Wartet {
                    bereit.push(id.clone());
                }
                inner.zeilen.push(Zeile {
                    sicht: UploadZeile {
                        id,
                        name: kandidat.name.clone(),
                        groesse: kandidat.groesse as f64,
                        zustand,
                        gesendet: 0.0,
                        rate: 0.0,
                        hinweis,
                        fehler: None,
                        am,
                    },
                    environment,
                    vorgangsnummer: nr.clone(),
                    pfad: kandidat.pfad.clone(),
                    task: None,
                    begonnen: None,
                    gemeldet: None,
                });
            }
        }
        for id in bereit {
            self.starten(client, store, &id);
        }
        self.melden();
        kandidaten.len()
    }

    /// The user said yes to a Rückfrage: the file is uploaded.
    pub fn bestaetigen(
        self: &Arc<Self>,
        client: &Result<KexUpdateClient, EuropaceFehler>,
        store: &Arc<Mutex<Store>>,
        id: &str,
    ) -> Result<(), EuropaceFehler> {
        self.zustand_von(id, &[UploadZustand::Rueckfrage])?;
        self.starten(client, store, id);
        self.melden();
        Ok(())
    }

    /// Sends a file again whole: after a failure, a cancel, an unclear outcome (the user
    /// checked it did not arrive) or an interruption ("Fortsetzen"). The file is checked again
    /// first: it may have changed or gone since.
    pub fn wiederholen(
        self: &Arc<Self>,
        client: &Result<KexUpdateClient, EuropaceFehler>,
        store: &Arc<Mutex<Store>>,
        id: &str,
    ) -> Result<(), EuropaceFehler> {
        let pfad = self.zustand_von(
            id,
            &[
                UploadZustand::Fehlgeschlagen,
                UploadZustand::Abgebrochen,
                UploadZustand::Unklar,
                UploadZustand::Unterbrochen,
            ],
        )?;
        let kandidat = pruefung::pruefen(&pfad);
        if let Befund::Abgelehnt(warum) = kandidat.befund {
            self.beenden(
                store,
                id,
                UploadZustand::Fehlgeschlagen,
                Some(EuropaceFehler::new(EuropaceFehlercode::Datei, warum)),
            );
            return Ok(());
        }
        self.aendern(id, |z| z.sicht.groesse = kandidat.groesse as f64);
        self.starten(client, store, id);
        self.melden();
        Ok(())
    }

    /// Stops an upload waiting or under way; nothing of it is kept by Europace (the request
    /// ends before its body does).
    pub fn abbrechen(&self, store: &Mutex<Store>, id: &str) -> Result<(), EuropaceFehler> {
        self.zustand_von(id, &[UploadZustand::Wartet, UploadZustand::Laeuft])?;
        if let Some(task) = self.aendern(id, |z| z.task.take()).flatten() {
            task.abort();
        }
        self.beenden(store, id, UploadZustand::Abgebrochen, None);
        Ok(())
    }

    /// Removes a row that is not under way (a refused file, a declined Rückfrage, an old
    /// upload) from the list and the store.
    pub fn entfernen(&self, store: &Mutex<Store>, id: &str) -> Result<(), EuropaceFehler> {
        self.zustand_von(
            id,
            &[
                UploadZustand::Rueckfrage,
                UploadZustand::Abgelehnt,
                UploadZustand::Hochgeladen,
                UploadZustand::Fehlgeschlagen,
                UploadZustand::Unklar,
                UploadZustand::Abgebrochen,
                UploadZustand::Unterbrochen,
            ],
        )?;
        lock(store)
            .delete_dokument_upload(id)
            .map_err(|e| EuropaceFehler::new(EuropaceFehlercode::Sonstiges, e.to_string()))?;
        lock(&self.inner).zeilen.retain(|z| z.sicht.id != id);
        self.melden();
        Ok(())
    }

    /// The row's path if it is in one of `erlaubt`.
    fn zustand_von(&self, id: &str, erlaubt: &[UploadZustand]) -> Result<PathBuf, EuropaceFehler> {
        let inner = lock(&self.inner);
        let zeile = inner
            .zeilen
            .iter()
            .find(|z| z.sicht.id == id)
            .ok_or_else(nicht_gefunden)?;
        if erlaubt.contains(&zeile.sicht.zustand) {
            Ok(zeile.pfad.clone())
        } else {
            Err(EuropaceFehler::new(
                EuropaceFehlercode::Sonstiges,
                format!("„{}“ ist gerade nicht in diesem Zustand.", zeile.sicht.name),
            ))
        }
    }

    fn aendern<T>(&self, id: &str, change: impl FnOnce(&mut Zeile) -> T) -> Option<T> {
        lock(&self.inner)
            .zeilen
            .iter_mut()
            .find(|z| z.sicht.id == id)
            .map(change)
    }

    /// Queues the upload of row `id`, kept in the store first so a crash leaves it
    /// Unterbrochen rather than forgotten.
    fn starten(
        self: &Arc<Self>,
        client: &Result<KexUpdateClient, EuropaceFehler>,
        store: &Arc<Mutex<Store>>,
        id: &str,
    ) {
        let client = match client {
            Ok(client) => client.clone(),
            Err(fehler) => {
                self.beenden(
                    store,
                    id,
                    UploadZustand::Fehlgeschlagen,
                    Some(fehler.clone()),
                );
                return;
            }
        };
        self.aendern(id, |z| {
            z.sicht.zustand = UploadZustand::Wartet;
            z.sicht.gesendet = 0.0;
            z.sicht.rate = 0.0;
            z.sicht.hinweis = None;
            z.sicht.fehler = None;
            z.begonnen = None;
        });
        self.speichern(store, id);
        let this = Arc::clone(self);
        let store = Arc::clone(store);
        let task_id = id.to_owned();
        let task = tokio::spawn(async move { this.senden(client, &store, &task_id).await });
        self.aendern(id, |z| z.task = Some(task.abort_handle()));
    }

    async fn senden(self: Arc<Self>, client: KexUpdateClient, store: &Mutex<Store>, id: &str) {
        // Never closed, so acquiring cannot fail.
        let Ok(_platz) = self.plaetze.acquire().await else {
            return;
        };
        let Some((nr, pfad, name)) = self.aendern(id, |z| {
            z.sicht.zustand = UploadZustand::Laeuft;
            z.begonnen = Some(Instant::now());
            (
                z.vorgangsnummer.clone(),
                z.pfad.clone(),
                z.sicht.name.clone(),
            )
        }) else {
            return;
        };
        self.melden();
        let alles_gesendet = Arc::new(AtomicBool::new(false));
        let fortschritt = {
            let this = Arc::clone(&self);
            let id = id.to_owned();
            let alles_gesendet = Arc::clone(&alles_gesendet);
            move |p: UploadProgress| {
                if p.sent == p.total {
                    alles_gesendet.store(true, Ordering::Relaxed);
                }
                this.fortschritt(&id, p);
            }
        };
        let result = client.upload_dokument(&nr, &pfad, &name, fortschritt).await;
        let (zustand, fehler) = match result {
            Ok(()) => (UploadZustand::Hochgeladen, None),
            Err(error) => {
                let fehler = europace_fehler::fehler(
                    &error,
                    Vorhaben::Hochladen {
                        name: &name,
                        ganz_gesendet: alles_gesendet.load(Ordering::Relaxed),
                    },
                );
                let zustand = if fehler.code == EuropaceFehlercode::Unklar {
                    UploadZustand::Unklar
                } else {
                    UploadZustand::Fehlgeschlagen
                };
                (zustand, Some(fehler))
            }
        };
        self.beenden(store, id, zustand, fehler);
    }

    fn fortschritt(&self, id: &str, p: UploadProgress) {
        let melden = self
            .aendern(id, |z| {
                // Body bytes are base64 and JSON; the user thinks in bytes of the file.
                let anteil = p.sent as f64 / p.total.max(1) as f64;
                z.sicht.gesendet = (z.sicht.groesse * anteil).round();
                if let Some(begonnen) = z.begonnen {
                    let sekunden = begonnen.elapsed().as_secs_f64();
                    if sekunden > 0.0 {
                        z.sicht.rate = z.sicht.gesendet / sekunden;
                    }
                }
                let jetzt = Instant::now();
                let faellig = p.sent == p.total || z.gemeldet.is_none_or(|g| jetzt - g >= TAKT);
                if faellig {
                    z.gemeldet = Some(jetzt);
                }
                faellig
            })
            .unwrap_or(false);
        if melden {
            self.melden();
        }
    }

    /// Ends row `id` in `zustand` unless the user cancelled it meanwhile; kept in the store.
    fn beenden(
        &self,
        store: &Mutex<Store>,
        id: &str,
        zustand: UploadZustand,
        fehler: Option<EuropaceFehler>,
    ) {
        let geaendert = self.aendern(id, |z| {
            if z.sicht.zustand == UploadZustand::Abgebrochen {
                return false;
            }
            z.sicht.zustand = zustand;
            if zustand == UploadZustand::Hochgeladen {
                z.sicht.gesendet = z.sicht.groesse;
            }
            z.sicht.fehler = fehler;
            z.sicht.am = jetzt();
            z.task = None;
            true
        });
        if geaendert == Some(true) {
            self.speichern(store, id);
            self.melden();
        }
    }

    /// Keeps row `id` in the store; if that fails, the row says so.
    fn speichern(&self, store: &Mutex<Store>, id: &str) {
        let Some(Some((state, environment, nr, eintrag))) = self.aendern(id, |z| {
            let state = gespeichert(z.sicht.zustand)?;
            Some((
                state,
                z.environment,
                z.vorgangsnummer.clone(),
                Eintrag {
                    pfad: z.pfad.clone(),
                    name: z.sicht.name.clone(),
                    groesse: z.sicht.groesse as u64,
                    am: z.sicht.am.clone(),
                    fehler: z.sicht.fehler.clone(),
                },
            ))
        }) else {
            return;
        };
        let result = serde_json::to_value(&eintrag)
            .map_err(|e| e.to_string())
            .and_then(|record| {
                lock(store)
                    .put_dokument_upload(id, environment, &nr, state, &record)
                    .map_err(|e| e.to_string())
            });
        if let Err(warum) = result {
            self.aendern(id, |z| {
                z.sicht.hinweis = Some(format!(
                    "Der Stand dieses Uploads konnte nicht gespeichert werden ({warum}); nach \
                     einem Neustart fehlt er in der Liste."
                ));
            });
        }
    }

    /// Tells the watcher the watched Vorgang's rows.
    fn melden(&self) {
        let (melder, stand) = {
            let inner = lock(&self.inner);
            let (Some(melder), Some((environment, nr))) = (&inner.melder, &inner.beobachtet) else {
                return;
            };
            let stand = UploadStand {
                vorgangsnummer: nr.clone(),
                ziehen: inner.ziehen,
                zeilen: inner
                    .zeilen
                    .iter()
                    .filter(|z| z.environment == *environment && z.vorgangsnummer == *nr)
                    .map(|z| z.sicht.clone())
                    .collect(),
            };
            (Arc::clone(melder), stand)
        };
        melder(stand);
    }
}

/// "16:42" of an RFC 3339 time, in local time.
fn uhrzeit(rfc3339: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(rfc3339).map_or_else(
        |_| rfc3339.to_owned(),
        |t| t.with_timezone(&chrono::Local).format("%H:%M").to_string(),
    )
}
