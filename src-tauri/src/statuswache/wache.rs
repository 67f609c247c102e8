//! The Statuswache in the app: the background task started in the app's setup, the desktop
//! notification, the messages to the window (badge count, fresh reads for an open viewer,
//! "open this Vorgang" after a click on a notification) and the interval setting.

use std::sync::Mutex;
use std::sync::atomic::{AtomicI32, Ordering};
use std::time::Duration;

use credentials::settings::{self, Settings};
use europace::kex_export::client::KexExportClient;
use serde::Serialize;
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, State};
use tauri_plugin_notification::NotificationExt;
use tokio::sync::Notify;

use super::aenderungen::benachrichtigung;
use super::runde::{Runde, faellig, runde};
use super::takt::{self, ABSTAND, Ausgang};
use crate::error::{AppError, CommandError};
use crate::state::AppState;
use crate::vorgaenge::abruf::VorgangAbruf;
use crate::vorgaenge::liste::liste;

/// The notification's payload key naming its Vorgang.
const VORGANG_KEY: &str = "vorgangsnummer";

/// What the window hears from the Statuswache.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(tag = "art", rename_all = "camelCase")]
pub enum StatuswacheNachricht {
    /// How many Vorgänge changed since the user last looked (the badge on "Vorgänge").
    #[serde(rename_all = "camelCase")]
    Neuigkeiten { anzahl: u32 },
    /// A Vorgang the watch read: an open viewer shows it instead of reading it itself.
    #[serde(rename_all = "camelCase")]
    Gelesen { abruf: Box<VorgangAbruf> },
    /// The user clicked the notification about this Vorgang.
    #[serde(rename_all = "camelCase")]
    Oeffnen { vorgangsnummer: String },
}

/// The running watch's handles, managed by Tauri beside [`AppState`].
#[derive(Default)]
pub struct Statuswache {
    wecker: Notify,
    beobachter: Mutex<Option<Channel<StatuswacheNachricht>>>,
    /// Notification ids, so a second notification does not replace the first.
    naechste_id: AtomicI32,
}

impl Statuswache {
    /// New credentials were saved: read now instead of waiting out a backoff after refusals.
    pub fn zugang_geaendert(&self) {
        self.wecker.notify_one();
    }

    fn senden(&self, nachricht: StatuswacheNachricht) {
        if let Some(channel) = self
            .beobachter
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
        {
            // A window that went away has nobody to tell.
            let _ = channel.send(nachricht);
        }
    }
}

fn intervall(state: &AppState) -> Duration {
    // An unreadable settings file is explained under Einstellungen; the watch keeps the default.
    let gewaehlt = Settings::load(&state.data_dir)
        .map(|s| s.statuswache())
        .unwrap_or(settings::STATUSWACHE_STANDARD);
    takt::intervall(
        state.environment,
        gewaehlt,
        std::env::var(takt::TEST_VAR).ok().as_deref(),
    )
}

/// How many Vorgänge of this environment have news; 0 when the drafts cannot be read.
fn neuigkeiten(state: &AppState) -> u32 {
    state
        .drafts_handle()
        .ok()
        .and_then(|store| liste(&store, state.environment).ok())
        .map_or(0, |list| {
            u32::try_from(list.iter().filter(|v| v.news).count()).unwrap_or(u32::MAX)
        })
}

/// One round: reads the due Vorgänge; connects nowhere when none is due.
async fn eine_runde(state: &AppState, frisch: Duration) -> Runde {
    let nichts = Runde {
        gelesen: Vec::new(),
        ausgang: Ausgang::Gelesen,
    };
    // Drafts that cannot be opened are explained where the user works with them.
    let Ok(store) = state.drafts_handle() else {
        return nichts;
    };
    let environment = state.environment;
    let Ok(nummern) = faellig(&store, environment, chrono::Utc::now(), frisch) else {
        return nichts;
    };
    if nummern.is_empty() {
        return nichts;
    }
    let Ok(access) = crate::target::access(state, state.environment).await else {
        return Runde {
            gelesen: Vec::new(),
            ausgang: Ausgang::Zugang,
        };
    };
    let client = KexExportClient::new(access.tokens);
    runde(&client, &store, environment, &nummern, ABSTAND).await
}

fn melden(app: &AppHandle, wache: &Statuswache, runde: &Runde) {
    for gelesen in &runde.gelesen {
        if !gelesen.aenderungen.is_empty() {
            let abruf = &gelesen.abruf;
            let antragsteller = abruf
                .ansicht
                .as_ref()
                .map(|a| a.antragsteller.as_str())
                .unwrap_or_default();
            let (title, body) =
                benachrichtigung(&abruf.vorgangsnummer, antragsteller, &gelesen.aenderungen);
            let shown = app
                .notification()
                .builder()
                .id(wache.naechste_id.fetch_add(1, Ordering::Relaxed))
                .title(title)
                .body(body)
                .extra(VORGANG_KEY, &abruf.vorgangsnummer)
                .show();
            if let Err(error) = shown {
                // Without a notification server the badge and the viewer still tell it.
                eprintln!("Statuswache: Benachrichtigung nicht angezeigt: {error}");
            }
        }
        wache.senden(StatuswacheNachricht::Gelesen {
            abruf: Box::new(gelesen.abruf.clone()),
        });
    }
}

/// A click on a notification: the window comes to the front and opens that Vorgang.
fn bei_klick(app: &AppHandle, performed: &tauri_plugin_notification::ActionPerformed) {
    if performed.action_id() != "tap" {
        return;
    }
    let Some(nr) = performed
        .notification()
        .and_then(|n| n.extra().get(VORGANG_KEY))
        .and_then(|v| v.as_str())
    else {
        return;
    };
    crate::single_instance::raise(app);
    app.state::<Statuswache>()
        .senden(StatuswacheNachricht::Oeffnen {
            vorgangsnummer: nr.to_owned(),
        });
}

/// Starts the watch: registers the notification click handler and runs the rounds on the
/// async runtime for as long as the app runs.
pub fn starten(app: &AppHandle) {
    app.manage(Statuswache::default());
    let clicked = app.clone();
    // Never fails on desktop; the notification server decides whether clicks arrive.
    let _ = app
        .notification()
        .on_action(move |performed| bei_klick(&clicked, performed));
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let state = app.state::<AppState>();
        let wache = app.state::<Statuswache>();
        takt::wachen(
            &wache.wecker,
            || intervall(&state),
            || async {
                // A Vorgang read within half an interval (by the viewer) is not read again.
                let runde = eine_runde(&state, intervall(&state) / 2).await;
                melden(&app, &wache, &runde);
                wache.senden(StatuswacheNachricht::Neuigkeiten {
                    anzahl: neuigkeiten(&state),
                });
                runde.ausgang
            },
        )
        .await;
    });
}

/// The window listens here; it hears the current badge count at once.
#[tauri::command]
#[specta::specta]
pub async fn statuswache_beobachten(
    state: State<'_, AppState>,
    wache: State<'_, Statuswache>,
    on_nachricht: Channel<StatuswacheNachricht>,
) -> Result<(), CommandError> {
    *wache.beobachter.lock().unwrap_or_else(|p| p.into_inner()) = Some(on_nachricht);
    wache.senden(StatuswacheNachricht::Neuigkeiten {
        anzahl: neuigkeiten(&state),
    });
    Ok(())
}

/// The badge count again, after the user looked at a Vorgang.
#[tauri::command]
#[specta::specta]
pub async fn statuswache_neuigkeiten(state: State<'_, AppState>) -> Result<u32, CommandError> {
    Ok(neuigkeiten(&state))
}

/// The interval setting as Einstellungen shows it.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct StatuswacheEinstellung {
    pub sekunden: u32,
    pub minimum: u32,
    pub maximum: u32,
}

fn einstellung(settings: &Settings) -> StatuswacheEinstellung {
    StatuswacheEinstellung {
        sekunden: settings.statuswache(),
        minimum: settings::STATUSWACHE_MINIMUM,
        maximum: settings::STATUSWACHE_MAXIMUM,
    }
}

#[tauri::command]
#[specta::specta]
pub async fn statuswache_einstellung(
    state: State<'_, AppState>,
) -> Result<StatuswacheEinstellung, CommandError> {
    Ok(einstellung(
        &Settings::load(&state.data_dir).map_err(AppError::from)?,
    ))
}

/// Saves the interval the user typed (seconds); the watch reads with it from now on.
#[tauri::command]
#[specta::specta]
pub async fn statuswache_einstellen(
    state: State<'_, AppState>,
    wache: State<'_, Statuswache>,
    sekunden: String,
) -> Result<StatuswacheEinstellung, CommandError> {
    let sekunden = settings::statuswache_sekunden(&sekunden).map_err(AppError::InvalidInput)?;
    let mut settings = Settings::load(&state.data_dir).map_err(AppError::from)?;
    settings.statuswache_sekunden = Some(sekunden);
    settings.save(&state.data_dir).map_err(AppError::from)?;
    wache.wecker.notify_one();
    Ok(einstellung(&settings))
}
