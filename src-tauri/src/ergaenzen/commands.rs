//! The "Kundenangaben ergänzen" commands: adapters over [`super::dienst`].

use europace::kundenangaben::client::KundenangabenClient;
use tauri::State;

use super::dienst::{self, Aenderung, Entscheidung, ErsetzenErgebnis};
use crate::drafts::{DraftListItem, list_item, parse_id};
use crate::error::{AppError, CommandError, ErrorCode};
use crate::europace_fehler::{EuropaceFehler, EuropaceFehlercode};
use crate::state::AppState;

fn fehler(error: AppError) -> EuropaceFehler {
    let error = CommandError::from(error);
    let code = match error.code {
        ErrorCode::InvalidInput => EuropaceFehlercode::Eingabe,
        ErrorCode::CredentialsMissing
        | ErrorCode::Keyring
        | ErrorCode::Settings
        | ErrorCode::Connection => EuropaceFehlercode::Zugang,
        _ => EuropaceFehlercode::Sonstiges,
    };
    EuropaceFehler::new(code, error.message)
}

async fn client(state: &AppState) -> Result<KundenangabenClient, EuropaceFehler> {
    crate::target::access(state, state.environment)
        .await
        .map(|access| KundenangabenClient::new(access.tokens))
        .map_err(fehler)
}

/// Reads a BaufiSmart case's Kundenangaben into a new draft.
#[tauri::command]
#[specta::specta]
pub async fn kundenangaben_laden(
    state: State<'_, AppState>,
    vorgangsnummer: String,
) -> Result<DraftListItem, EuropaceFehler> {
    let store = state.drafts_handle().map_err(fehler)?;
    let id = dienst::laden(
        client(&state).await,
        &store,
        state.environment,
        &vorgangsnummer,
    )
    .await?;
    let draft = state
        .with_drafts(|store| Ok(store.get(id)?))
        .map_err(fehler)?;
    Ok(list_item(&draft.summary))
}

/// What replacing the case with the draft would change against the version loaded.
#[tauri::command]
#[specta::specta]
pub async fn kundenangaben_aenderungen(
    state: State<'_, AppState>,
    id: String,
) -> Result<Vec<Aenderung>, EuropaceFehler> {
    let id = parse_id(&id).map_err(fehler)?;
    let store = state.drafts_handle().map_err(fehler)?;
    dienst::aenderungen(&store, id)
}

/// Replaces the case's Kundenangaben with the draft's, unless the case changed meanwhile.
#[tauri::command]
#[specta::specta]
pub async fn kundenangaben_ersetzen(
    state: State<'_, AppState>,
    id: String,
    entscheidung: Option<Entscheidung>,
) -> Result<ErsetzenErgebnis, EuropaceFehler> {
    let id = parse_id(&id).map_err(fehler)?;
    let store = state.drafts_handle().map_err(fehler)?;
    dienst::ersetzen_mit(client(&state).await, &store, id, entscheidung).await
}
