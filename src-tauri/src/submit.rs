//! Sending drafts: validation first (with an explicit, recorded override), a confirmation
//! naming the Antragsteller before Echtgeschäft, then the outbox, which never creates a
//! Vorgang twice. In the Sandbox environment the embedded sandbox serves every API.

use credentials::SecretKind;
use credentials::settings::Settings;
use europace::auth::{ClientCredentials, Secret, TokenProvider};
use europace::drklein::client::DrKleinClient;
use europace::environment::{Endpoints, Environment as Apis};
use europace::kex_import::client::KexImportClient;
use europace::kundenangaben::client::KundenangabenClient;
use europace::transport::{Transport, TransportOptions};
use outbox::{Outbox, Target};
use serde::Serialize;
use store::{DraftId, Part};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::{DialogExt, MessageDialogButtons, MessageDialogKind};

use crate::drafts::{self, DraftListItem};
use crate::environment::Environment;
use crate::error::{AppError, CommandError};
use crate::state::AppState;

/// What became of a submit.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SubmitResult {
    /// The draft as it now stands (state, Vorgangsnummer, whether it is still editable).
    pub item: DraftListItem,
    /// The server's messages, or why the draft was not sent (German).
    pub messages: Vec<String>,
}

/// The outbox's target for the app's environment: the embedded sandbox, or Europace with the
/// credentials from the keyring and settings.
async fn target(state: &AppState) -> Result<Target, AppError> {
    let unavailable = |e: String| AppError::InvalidInput(format!("Senden ist nicht möglich: {e}"));
    let (apis, credentials, jwt, sandbox_base) = match state.environment.stage() {
        None => {
            let sandbox = state.sandbox().await?;
            let base = sandbox.base_url();
            let endpoints = Endpoints::under(&base).map_err(|e| unavailable(e.to_string()))?;
            let client = sandbox::ClientConfig::sandbox_default();
            (
                Apis::Sandbox(Box::new(endpoints)),
                ClientCredentials {
                    client_id: client.client_id,
                    client_secret: Secret::new(client.client_secret),
                },
                Some(Secret::new(sandbox::DEFAULT_DRKLEIN_TOKEN)),
                Some(base),
            )
        }
        Some(stage) => {
            let settings = Settings::load(&state.data_dir)?;
            let client_id = settings.access(stage).client_id.clone();
            let secret = state.keyring.get(stage, SecretKind::EuropaceClientSecret)?;
            let (false, Some(secret)) = (client_id.is_empty(), secret) else {
                return Err(AppError::InvalidInput(format!(
                    "Für {} fehlen Client-ID oder Client-Secret: bitte unter Einstellungen eintragen.",
                    stage.slug()
                )));
            };
            let jwt = state.keyring.get(stage, SecretKind::DrKleinJwt)?;
            let apis = match stage {
                credentials::Stage::Test => Apis::Test,
                credentials::Stage::Produktion => Apis::Produktion,
            };
            (
                apis,
                ClientCredentials {
                    client_id,
                    client_secret: Secret::new(secret.expose()),
                },
                jwt.map(|jwt| Secret::new(jwt.expose())),
                None,
            )
        }
    };
    let transport = Transport::new(apis, TransportOptions::default())
        .map_err(|e| unavailable(e.to_string()))?;
    let tokens = TokenProvider::new(&transport, credentials);
    let drklein = jwt.map(|jwt| DrKleinClient::new(&transport, jwt));
    let target = Target::new(
        KexImportClient::new(tokens.clone()),
        KundenangabenClient::new(tokens),
        drklein,
    );
    match sandbox_base {
        Some(base) => target
            .with_sandbox_listing(&base)
            .map_err(|e| unavailable(e.to_string())),
        None => Ok(target),
    }
}

async fn outbox(state: &AppState) -> Result<Outbox, AppError> {
    let store = state.drafts_handle()?;
    Ok(Outbox::new(store).with_target(state.environment.into(), target(state).await?))
}

/// Validates, confirms Echtgeschäft, queues and sends one draft. With `override_findings`
/// the user accepts what the Fehler would lose; that is recorded in the draft's history.
#[tauri::command]
#[specta::specta]
pub async fn draft_submit(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
    override_findings: bool,
) -> Result<SubmitResult, CommandError> {
    let id: DraftId = id
        .parse()
        .map_err(|_| AppError::InvalidInput(format!("„{id}“ ist keine gültige Entwurfsnummer.")))?;
    let (kind, title, content) = state.with_drafts(|store| {
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
        Ok((draft.summary.kind, title, content))
    })?;
    let fehler: Vec<String> = drafts::validate(kind.into(), &content.to_string())
        .into_iter()
        .filter(|f| f.fehler)
        .map(|f| format!("{}: {}", f.path, f.message))
        .collect();
    if !fehler.is_empty() {
        if !override_findings {
            return Err(AppError::BlockedByFehler(fehler.len()).into());
        }
        state.with_drafts(|store| Ok(store.record_override(id, fehler)?))?;
    }
    let mut messages = Vec::new();
    if state.environment == Environment::Produktion && !confirm_produktion(&app, &title) {
        messages.push("Nicht gesendet: Echtgeschäft wurde nicht bestätigt.".to_owned());
    } else {
        state.with_drafts(|store| Ok(store.enqueue(id)?))?;
        let report = outbox(&state)
            .await?
            .flush(|_| {})
            .await
            .map_err(|e| AppError::InvalidInput(e.to_string()))?;
        messages.extend(report.stopped);
    }
    let summary = state.with_drafts(|store| Ok(store.get(id)?.summary))?;
    if let Some(store::OutboxStatus::Abgelehnt { messages: refused }) =
        summary.meta.ok().map(|m| &m.status)
    {
        messages.splice(0..0, refused.iter().cloned());
    }
    Ok(SubmitResult {
        item: drafts::list_item(&summary),
        messages,
    })
}

/// Asks before Echtgeschäft, naming the Antragsteller so the wrong lead is not sent.
fn confirm_produktion(app: &AppHandle, title: &str) -> bool {
    app.dialog()
        .message(format!(
            "Den Lead „{title}“ jetzt an Europace Produktion senden? Das ist Echtgeschäft und lässt sich nicht zurücknehmen."
        ))
        .title("Echtgeschäft senden")
        .kind(MessageDialogKind::Warning)
        .buttons(MessageDialogButtons::OkCancelCustom("Senden".into(), "Abbrechen".into()))
        .blocking_show()
}
