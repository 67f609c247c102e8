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

use crate::drafts::{self, DraftState};
use crate::environment::Environment;
use crate::error::{AppError, CommandError};
use crate::state::AppState;

/// What became of a submit.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct SubmitResult {
    pub state: DraftState,
    pub vorgangsnummer: Option<String>,
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
            return Err(AppError::InvalidInput(format!(
                "Der Entwurf hat {} Fehler; diese Angaben gingen beim Senden verloren oder führen zur Ablehnung. Bitte korrigieren oder ausdrücklich trotzdem senden.",
                fehler.len()
            ))
            .into());
        }
        state.with_drafts(|store| Ok(store.record_override(id, fehler)?))?;
    }
    if state.environment == Environment::Produktion && !confirm_produktion(&app, &title) {
        return Ok(SubmitResult {
            state: DraftState::Entwurf,
            vorgangsnummer: None,
            messages: vec!["Nicht gesendet: Echtgeschäft wurde nicht bestätigt.".into()],
        });
    }
    state.with_drafts(|store| Ok(store.enqueue(id)?))?;
    let report = outbox(&state)
        .await?
        .flush(|_| {})
        .await
        .map_err(|e| AppError::InvalidInput(e.to_string()))?;
    let summary = state.with_drafts(|store| Ok(store.get(id)?.summary))?;
    let mut messages = match summary.meta.ok().map(|m| &m.status) {
        Some(store::OutboxStatus::Abgelehnt { messages }) => messages.clone(),
        _ => Vec::new(),
    };
    messages.extend(report.stopped);
    let vorgangsnummer = match summary.meta.ok().map(|m| &m.status) {
        Some(store::OutboxStatus::Gesendet { vorgangsnummer }) => Some(vorgangsnummer.clone()),
        _ => None,
    };
    Ok(SubmitResult {
        state: summary.state.into(),
        vorgangsnummer,
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
