//! The Vorgänge commands: adapters over [`super::abruf`] and [`super::liste`].

use europace::kex_export::client::KexExportClient;
use europace::kex_update::client::KexUpdateClient;
use tauri::State;

use super::abruf::{self, VorgangAbruf};
use super::kommentare::{self, KommentarEintrag, KommentarErgebnis};
use super::liste::{self, VorgangListeneintrag};
use crate::error::{AppError, CommandError};
use crate::europace_fehler::EuropaceFehler;
use crate::state::AppState;

async fn tokens(state: &AppState) -> Result<europace::auth::TokenProvider, EuropaceFehler> {
    crate::target::access(state, state.environment)
        .await
        .map(|access| access.tokens)
        .map_err(EuropaceFehler::zugang)
}

/// Reads a Vorgang from Europace; on failure the last answer with its time and the reason.
#[tauri::command]
#[specta::specta]
pub async fn vorgang_abrufen(
    state: State<'_, AppState>,
    vorgangsnummer: String,
) -> Result<VorgangAbruf, CommandError> {
    let store = state.drafts_handle()?;
    let client = tokens(&state).await.map(KexExportClient::new);
    Ok(abruf::abrufen(client, &store, state.environment, &vorgangsnummer).await)
}

/// The user has looked at the Vorgang; later changes are marked against what they saw.
#[tauri::command]
#[specta::specta]
pub async fn vorgang_gesehen(
    state: State<'_, AppState>,
    vorgangsnummer: String,
) -> Result<(), CommandError> {
    let store = state.drafts_handle()?;
    abruf::gesehen(&store, state.environment, &vorgangsnummer).map_err(CommandError::from)
}

/// Every Vorgang sent from this app or opened by number, in this environment.
#[tauri::command]
#[specta::specta]
pub async fn vorgaenge_liste(
    state: State<'_, AppState>,
) -> Result<Vec<VorgangListeneintrag>, CommandError> {
    let store = state.drafts_handle()?;
    Ok(liste::liste(&store, state.environment).map_err(AppError::from)?)
}

/// The comments written on a Vorgang in this app, newest first.
#[tauri::command]
#[specta::specta]
pub async fn vorgang_kommentare(
    state: State<'_, AppState>,
    vorgangsnummer: String,
) -> Result<Vec<KommentarEintrag>, CommandError> {
    let store = state.drafts_handle()?;
    kommentare::liste(&store, state.environment, &vorgangsnummer).map_err(CommandError::from)
}

/// Sends several comments at once; each is kept with its result.
#[tauri::command]
#[specta::specta]
pub async fn vorgang_kommentieren(
    state: State<'_, AppState>,
    vorgangsnummer: String,
    texte: Vec<String>,
) -> Result<KommentarErgebnis, CommandError> {
    let store = state.drafts_handle()?;
    let client = tokens(&state).await.map(KexUpdateClient::new);
    kommentare::senden(client, &store, state.environment, &vorgangsnummer, texte)
        .await
        .map_err(CommandError::from)
}
