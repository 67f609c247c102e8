//! The outbox as the user sees it (Postausgang): the queue and the progress of a flush,
//! pushed to the UI over a channel; the background flush that sends Wartend drafts once the
//! network is back; and the deliberate resolution of Unklar drafts.

use std::sync::Mutex;
use std::time::Duration;

use outbox::{FlushReport, Outbox, Progress};
use serde::Serialize;
use store::{ListQuery, OutboxState, Resolution};
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, State};

use crate::drafts::{DraftListItem, list_item, parse_id};
use crate::environment::Environment;
use crate::error::{AppError, CommandError, ErrorCode};
use crate::state::AppState;

/// Seconds between automatic attempts to send what is Wartend (default 15).
pub const RETRY_VAR: &str = "LEADBRIDGE_RETRY_SECONDS";
const RETRY_DEFAULT: Duration = Duration::from_secs(15);

/// What the Postausgang shows.
#[derive(Debug, Clone, Default, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct QueueStatus {
    /// The flush under way, if any.
    pub progress: Option<FlushProgress>,
    /// Why the last flush stopped before the queue was empty (German); cleared by the next
    /// flush that gets through.
    pub stopped: Option<String>,
    /// Automatic sending pauses until new credentials are saved.
    pub waits_for_credentials: bool,
    /// Wartend drafts of this environment, in sending order.
    pub waiting: Vec<DraftListItem>,
    /// Unklar drafts of this environment, each waiting for the user's decision.
    pub unclear: Vec<DraftListItem>,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct FlushProgress {
    pub done: u32,
    pub total: u32,
    /// Title of the draft being sent.
    pub current: Option<String>,
}

/// The app's single sender.
#[derive(Default)]
pub struct Flusher {
    /// One flush at a time: the outbox would stay exactly-once with two, but the progress
    /// would not add up.
    running: tokio::sync::Mutex<()>,
    /// `progress` and `stopped`; the lists are read fresh from the store on each publish.
    status: Mutex<QueueStatus>,
    watcher: Mutex<Option<Channel<QueueStatus>>>,
    /// Wakes the background flush early (new credentials).
    wake: tokio::sync::Notify,
}

impl Flusher {
    /// New credentials were saved: send what waits.
    pub fn credentials_changed(&self) {
        self.set(|s| s.waits_for_credentials = false);
        self.wake.notify_one();
    }

    /// After refused credentials automatic sending waits for new ones instead of asking
    /// Europace again and again with the wrong ones.
    fn waits_for_credentials(&self) -> bool {
        self.status
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .waits_for_credentials
    }

    fn set(&self, change: impl FnOnce(&mut QueueStatus)) {
        change(&mut self.status.lock().unwrap_or_else(|p| p.into_inner()));
    }
}

fn retry_interval() -> Duration {
    std::env::var(RETRY_VAR)
        .ok()
        .and_then(|s| s.parse().ok())
        .map_or(RETRY_DEFAULT, Duration::from_secs)
}

/// Sends the queue's current state to the UI, if it watches.
fn publish(state: &AppState) {
    let watcher = state
        .flusher
        .watcher
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    let Some(channel) = watcher.as_ref() else {
        return;
    };
    let mut status = state
        .flusher
        .status
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone();
    let environment = state.environment;
    // Unreadable drafts are explained in the drafts list; here the queue just stays empty.
    let _ = state.with_drafts(|store| {
        status.waiting = waiting_here(store, environment)?
            .iter()
            .map(list_item)
            .collect();
        status.unclear = store
            .list(&ListQuery {
                state: Some(OutboxState::Unklar),
                ..ListQuery::default()
            })?
            .iter()
            .filter(|d| d.environment == environment)
            .map(list_item)
            .collect();
        Ok(())
    });
    // A closed window has nobody to tell.
    let _ = channel.send(status);
}

async fn outbox(state: &AppState) -> Result<Outbox, AppError> {
    Ok(Outbox::new(state.drafts_handle()?)
        .with_target(state.environment, crate::target::target(state).await?))
}

fn title_of(state: &AppState, id: store::DraftId) -> Option<String> {
    state
        .with_drafts(|store| Ok(store.get(id)?.summary))
        .ok()
        .and_then(|summary| summary.meta.ok().map(|m| m.title.clone()))
}

/// Whether a draft of this environment waits to be sent.
fn anything_waits(state: &AppState) -> bool {
    let environment = state.environment;
    state
        .with_drafts(|store| Ok(!waiting_here(store, environment)?.is_empty()))
        .unwrap_or(false)
}

/// The queue as far as this environment's outbox sends it.
fn waiting_here(
    store: &store::Store,
    environment: Environment,
) -> Result<Vec<store::DraftSummary>, store::StoreError> {
    let mut queue = store.queue()?;
    queue.retain(|d| d.environment == environment);
    Ok(queue)
}

/// Sends every Wartend draft of this environment, one flush at a time, publishing progress.
/// With nothing waiting it connects nowhere.
pub async fn flush(state: &AppState) -> Result<FlushReport, CommandError> {
    let _running = state.flusher.running.lock().await;
    if !anything_waits(state) {
        let mut cleared = false;
        state.flusher.set(|s| cleared = s.stopped.take().is_some());
        if cleared {
            publish(state);
        }
        return Ok(FlushReport::default());
    }
    let flushed = match outbox(state).await {
        Ok(outbox) => outbox
            .flush(|p: Progress| {
                let progress = p.current.map(|id| FlushProgress {
                    done: u32::try_from(p.done).unwrap_or(u32::MAX),
                    total: u32::try_from(p.total).unwrap_or(u32::MAX),
                    current: title_of(state, id),
                });
                state.flusher.set(|s| s.progress = progress);
                publish(state);
            })
            .await
            .map_err(|e| CommandError::from(AppError::from(e))),
        Err(error) => Err(error.into()),
    };
    // Whatever happened, the Postausgang must not show a flush that is over as running.
    state.flusher.set(|s| {
        s.progress = None;
        match &flushed {
            Ok(report) => {
                s.stopped = report.stopped.clone();
                s.waits_for_credentials = report.waits_for_credentials();
            }
            Err(error) => {
                s.stopped = Some(error.message.clone());
                s.waits_for_credentials = error.code == ErrorCode::CredentialsMissing;
            }
        }
    });
    publish(state);
    flushed
}

/// Sends what waits at start and then every [`RETRY_VAR`] seconds, so drafts queued
/// offline go out once the network is back.
pub fn spawn_background(app: AppHandle) {
    tauri::async_runtime::spawn(async move {
        let state = app.state::<AppState>();
        let interval = retry_interval();
        loop {
            if !state.flusher.waits_for_credentials() {
                // What went wrong is published to the Postausgang.
                let _ = flush(&state).await;
            }
            tokio::select! {
                () = state.flusher.wake.notified() => {}
                () = tokio::time::sleep(interval) => {}
            }
        }
    });
}

/// The UI's Postausgang subscribes here; it gets the state now and after every change.
/// Async, like every command here that reads the drafts: off the main thread, so a keyring
/// slow to open them never freezes the window.
#[tauri::command]
#[specta::specta]
pub async fn queue_watch(
    state: State<'_, AppState>,
    on_status: Channel<QueueStatus>,
) -> Result<(), CommandError> {
    *state
        .flusher
        .watcher
        .lock()
        .unwrap_or_else(|p| p.into_inner()) = Some(on_status);
    publish(&state);
    Ok(())
}

/// "Jetzt senden": sends what waits now, also after refused credentials.
#[tauri::command]
#[specta::specta]
pub async fn queue_flush(state: State<'_, AppState>) -> Result<(), CommandError> {
    flush(&state).await?;
    Ok(())
}

/// Takes a Wartend draft back into editing.
#[tauri::command]
#[specta::specta]
pub async fn draft_dequeue(state: State<'_, AppState>, id: String) -> Result<(), CommandError> {
    let id = parse_id(&id)?;
    state.with_drafts(|store| Ok(store.dequeue(id)?))?;
    publish(&state);
    Ok(())
}

/// Searches for an Unklar draft's Vorgang by the reference its send carried; the answer is
/// one German sentence.
#[tauri::command]
#[specta::specta]
pub async fn draft_lookup(state: State<'_, AppState>, id: String) -> Result<String, CommandError> {
    let id = parse_id(&id)?;
    let lookup = outbox(&state)
        .await?
        .resolve_by_lookup(id)
        .await
        .map_err(AppError::from)?;
    publish(&state);
    Ok(lookup.message())
}

/// The user found the Vorgang of an Unklar draft (e.g. in the Europace portal).
#[tauri::command]
#[specta::specta]
pub async fn draft_resolve_found(
    state: State<'_, AppState>,
    id: String,
    vorgangsnummer: String,
) -> Result<(), CommandError> {
    let id = parse_id(&id)?;
    let vorgangsnummer = vorgangsnummer.trim().to_owned();
    if vorgangsnummer.is_empty() {
        return Err(AppError::InvalidInput("Bitte die Vorgangsnummer eintragen.".into()).into());
    }
    state.with_drafts(|store| {
        Ok(store.resolve_unclear(id, Resolution::Found { vorgangsnummer })?)
    })?;
    publish(&state);
    Ok(())
}

/// Sends an Unklar draft again, only with the risk of a second Vorgang acknowledged and,
/// for Produktion, confirmed once more naming the Antragsteller.
#[tauri::command]
#[specta::specta]
pub async fn draft_send_again(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    risk_acknowledged: bool,
) -> Result<(), CommandError> {
    let id = parse_id(&id)?;
    if state.environment.is_produktion() {
        let title = title_of(&state, id).unwrap_or_default();
        if !crate::submit::confirm_produktion(&app, &title) {
            return Err(AppError::NotConfirmed.into());
        }
    }
    outbox(&state)
        .await?
        .resend_after_confirmation(id, risk_acknowledged)
        .map_err(AppError::from)?;
    flush(&state).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_state;

    #[tokio::test]
    async fn a_send_without_credentials_says_so_with_its_code_and_waits_for_them() {
        let f = test_state::fixture(Environment::Test);
        let id = f
            .state
            .with_drafts(|store| {
                let id = store::DraftId::new();
                let header = store::DraftHeader {
                    kind: store::LeadKind::KexImport,
                    environment: store::Environment::Test,
                    title: "Lead ohne Zugangsdaten".to_owned(),
                    berater: None,
                };
                store.save(id, &header, &serde_json::json!({}))?;
                store.enqueue(id)?;
                Ok(id)
            })
            .unwrap();
        let error = flush(&f.state).await.unwrap_err();
        assert_eq!(error.code, ErrorCode::CredentialsMissing);
        assert!(error.message.contains("Zugangsdaten"), "{}", error.message);
        assert!(f.state.flusher.waits_for_credentials());
        let state = f
            .state
            .with_drafts(|store| Ok(store.get(id)?.summary.state));
        assert_eq!(state.unwrap(), store::OutboxState::Wartend);
    }
}
