//! The documents commands and the window's drag-and-drop: adapters over [`super::dienst`].
//! Files reach Rust as paths (Tauri's native drop event, or the dialog called from Rust), so
//! the webview never reads their bytes and needs no file-system permission.

use std::path::PathBuf;
use std::sync::Arc;

use europace::kex_update::client::KexUpdateClient;
use tauri::ipc::Channel;
use tauri::{AppHandle, DragDropEvent, Manager, State, Window, WindowEvent};
use tauri_plugin_dialog::DialogExt as _;

use super::dienst::{Dokumente, UploadStand};
use crate::error::{AppError, CommandError};
use crate::europace_fehler::EuropaceFehler;
use crate::state::AppState;
use crate::vorgaenge::abruf;

async fn client(state: &AppState) -> Result<KexUpdateClient, EuropaceFehler> {
    crate::target::access(state, state.environment)
        .await
        .map(|access| KexUpdateClient::new(access.tokens))
        .map_err(EuropaceFehler::zugang)
}

/// Hands `pfade` to the watched Vorgang's uploads; nothing happens without an open viewer.
async fn hinzufuegen(app: &AppHandle, pfade: Vec<PathBuf>) -> Result<(), CommandError> {
    let dokumente = app.state::<Arc<Dokumente>>();
    if pfade.is_empty() || dokumente.ziel().is_none() {
        return Ok(());
    }
    let state = app.state::<AppState>();
    let store = state.drafts_handle()?;
    let client = client(&state).await;
    dokumente.hinzufuegen(&client, &store, &pfade);
    Ok(())
}

/// The main window's events: files dragged over it and dropped onto it.
pub fn fenster_ereignis(window: &Window, event: &WindowEvent) {
    if let WindowEvent::DragDrop(event) = event {
        ablegen(window.app_handle(), event);
    }
}

/// What Tauri's drag-and-drop event means for the uploads.
pub fn ablegen(app: &AppHandle, event: &DragDropEvent) {
    let dokumente = app.state::<Arc<Dokumente>>();
    match event {
        DragDropEvent::Enter { .. } | DragDropEvent::Over { .. } => dokumente.ziehen(true),
        DragDropEvent::Drop { paths, .. } => {
            dokumente.ziehen(false);
            let app = app.clone();
            let paths = paths.clone();
            tauri::async_runtime::spawn(async move {
                // A failure to open the store is shown by the viewer, which needs it too.
                let _ = hinzufuegen(&app, paths).await;
            });
        }
        _ => dokumente.ziehen(false),
    }
}

/// The viewer of a Vorgang opened: its uploads come over `on_stand` now and after every
/// change, and files dropped onto the window go to it.
#[tauri::command]
#[specta::specta]
pub async fn dokumente_beobachten(
    state: State<'_, AppState>,
    dokumente: State<'_, Arc<Dokumente>>,
    vorgangsnummer: String,
    on_stand: Channel<UploadStand>,
) -> Result<(), CommandError> {
    let nr = abruf::normalize(&vorgangsnummer).map_err(CommandError::from)?;
    let store = state.drafts_handle()?;
    dokumente
        .beobachten(
            &store,
            state.environment,
            &nr,
            Arc::new(move |stand| {
                // A closed viewer has nobody to tell.
                let _ = on_stand.send(stand);
            }),
        )
        .map_err(CommandError::from)
}

/// The viewer closed: dropped files go nowhere until another opens.
#[tauri::command]
#[specta::specta]
pub async fn dokumente_loslassen(
    dokumente: State<'_, Arc<Dokumente>>,
    vorgangsnummer: String,
) -> Result<(), CommandError> {
    if let Ok(nr) = abruf::normalize(&vorgangsnummer) {
        dokumente.loslassen(&nr);
    }
    Ok(())
}

/// "Dateien wählen": the system's file dialog, opened from Rust; the chosen files go the way
/// of a drop. Files the dialog names by URL are not taken; the error says how many.
#[tauri::command]
#[specta::specta]
pub async fn dokumente_waehlen(app: AppHandle) -> Result<(), CommandError> {
    let (pfade, abgelehnt) = waehlen(&app).await;
    hinzufuegen(&app, pfade).await?;
    abgelehnt.map_or(Ok(()), |e| Err(e.into()))
}

/// The chosen files on this computer, and the refusal of any the dialog named by URL.
async fn waehlen(app: &AppHandle) -> (Vec<PathBuf>, Option<AppError>) {
    #[cfg(debug_assertions)]
    if let Some(pfade) = super::testzugang::dialog_antwort() {
        return (pfade, None);
    }
    let (sender, chosen) = tokio::sync::oneshot::channel();
    app.dialog()
        .file()
        .set_title("Dokumente für den Vorgang wählen")
        .pick_files(move |files| {
            let _ = sender.send(files);
        });
    crate::dateiwahl::local_paths(chosen.await.ok().flatten().unwrap_or_default())
}

async fn mit_client(
    state: &AppState,
    dokumente: &Arc<Dokumente>,
    id: &str,
    action: impl FnOnce(
        &Arc<Dokumente>,
        &Result<KexUpdateClient, EuropaceFehler>,
        &Arc<std::sync::Mutex<store::Store>>,
        &str,
    ) -> Result<(), EuropaceFehler>,
) -> Result<(), CommandError> {
    let store = state.drafts_handle()?;
    let client = client(state).await;
    action(dokumente, &client, &store, id).map_err(CommandError::from)
}

/// "Trotzdem hochladen" after a Rückfrage.
#[tauri::command]
#[specta::specta]
pub async fn dokument_bestaetigen(
    state: State<'_, AppState>,
    dokumente: State<'_, Arc<Dokumente>>,
    id: String,
) -> Result<(), CommandError> {
    mit_client(&state, &dokumente, &id, Dokumente::bestaetigen).await
}

/// "Erneut versuchen" or "Fortsetzen": the file is sent again whole.
#[tauri::command]
#[specta::specta]
pub async fn dokument_wiederholen(
    state: State<'_, AppState>,
    dokumente: State<'_, Arc<Dokumente>>,
    id: String,
) -> Result<(), CommandError> {
    mit_client(&state, &dokumente, &id, Dokumente::wiederholen).await
}

/// "Abbrechen" of an upload waiting or under way.
#[tauri::command]
#[specta::specta]
pub async fn dokument_abbrechen(
    state: State<'_, AppState>,
    dokumente: State<'_, Arc<Dokumente>>,
    id: String,
) -> Result<(), CommandError> {
    let store = state.drafts_handle()?;
    dokumente.abbrechen(&store, &id).map_err(CommandError::from)
}

/// "Entfernen" of a row not under way.
#[tauri::command]
#[specta::specta]
pub async fn dokument_entfernen(
    state: State<'_, AppState>,
    dokumente: State<'_, Arc<Dokumente>>,
    id: String,
) -> Result<(), CommandError> {
    let store = state.drafts_handle()?;
    dokumente.entfernen(&store, &id).map_err(CommandError::from)
}
