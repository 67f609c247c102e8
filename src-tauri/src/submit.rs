//! Sending drafts: validation first (with an explicit, recorded override), a confirmation
//! naming the Antragsteller before Echtgeschäft, then the outbox, which never creates a
//! Vorgang twice. In the Sandbox environment the embedded sandbox serves every API.

use serde::Serialize;
use store::{DraftId, Part};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::{DialogExt, MessageDialogButtons, MessageDialogKind};

use crate::drafts::{self, DraftListItem};
use crate::error::{AppError, CommandError};
use crate::state::AppState;

/// What became of a submit.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SubmitResult {
    /// The draft as it now stands (state, Vorgangsnummer, whether it is still editable).
    pub item: DraftListItem,
    /// The server's messages on a refusal (German).
    pub messages: Vec<String>,
    /// The fields the server refused, at the paths the form uses.
    pub violations: Vec<europace::finding::Finding>,
    /// Why the draft still waits in the Postausgang (offline, credentials missing or
    /// refused, rate limit …), with the code the UI branches on.
    pub waiting: Option<CommandError>,
}

/// Validates, confirms Echtgeschäft, queues and sends one draft. With `override_findings`
/// the user accepts what the Fehler would lose; that is recorded in the draft's history. With
/// `datenschutzhinweis_erteilt` the Berater confirms the customer received the privacy
/// statement, which a Baufinanzierung needs once before it goes to Produktion (recorded too).
#[tauri::command]
#[specta::specta]
pub async fn draft_submit(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    override_findings: bool,
    datenschutzhinweis_erteilt: bool,
) -> Result<SubmitResult, CommandError> {
    let id: DraftId = id
        .parse()
        .map_err(|_| AppError::InvalidInput(format!("„{id}“ ist keine gültige Entwurfsnummer.")))?;
    let (kind, environment, title, content) = state.with_drafts(|store| {
        let draft = store.get(id)?;
        let Part::Ok(content) = draft.content else {
            return Err(store::StoreError::Damaged { id, part: "Inhalt" }.into());
        };
        let title = draft
            .summary
            .meta
            .ok()
            .map(|m| m.title.clone())
            .unwrap_or_default();
        Ok((
            draft.summary.kind,
            draft.summary.environment,
            title,
            content,
        ))
    })?;
    state.with_drafts(|store| {
        outbox::rules::clear_draft(store, id, kind, &content, override_findings)?;
        outbox::rules::clear_draft_datenschutzhinweis(
            store,
            id,
            kind,
            environment,
            datenschutzhinweis_erteilt,
        )?;
        Ok(())
    })?;
    if state.environment.is_produktion() && !confirm_produktion(&app, &title) {
        return Err(AppError::NotConfirmed.into());
    }
    state.with_drafts(|store| Ok(store.enqueue(id)?))?;
    let held = match crate::queue::flush(&state).await {
        Ok(report) => report
            .hold
            .zip(report.stopped)
            .map(|(hold, message)| AppError::Held(hold, message).into()),
        Err(error) => Some(error),
    };
    let summary = state.with_drafts(|store| Ok(store.get(id)?.summary))?;
    let messages = match summary.meta.ok().map(|m| &m.status) {
        Some(store::OutboxStatus::Abgelehnt { messages, .. }) => messages.clone(),
        _ => Vec::new(),
    };
    Ok(SubmitResult {
        item: drafts::list_item(&summary),
        messages,
        violations: drafts::server_findings(&summary),
        // A flush that stopped over a later draft says nothing about this one.
        waiting: held.filter(|_| summary.state == store::OutboxState::Wartend),
    })
}

/// Asks before Echtgeschäft, naming the Antragsteller so the wrong lead is not sent.
pub(crate) fn confirm_produktion(app: &AppHandle, title: &str) -> bool {
    app.dialog()
        .message(format!(
            "Den Lead „{title}“ jetzt an Europace Produktion senden? Das ist Echtgeschäft und lässt sich nicht zurücknehmen."
        ))
        .title("Echtgeschäft senden")
        .kind(MessageDialogKind::Warning)
        .buttons(MessageDialogButtons::OkCancelCustom("Senden".into(), "Abbrechen".into()))
        .blocking_show()
}
