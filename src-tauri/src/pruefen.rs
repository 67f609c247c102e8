//! "Prüfen": Leadbridge's validation of a draft and, where the kind's API offers one and the
//! draft's environment can be reached, Europace's own check of the body. Both land at their
//! fields; when Europace's check cannot run, a German note says why and the local findings
//! stand alone.

use europace::lead::Berater;
use outbox::ServerCheck;
use serde::Serialize;
use serde_json::Value;
use store::{DraftId, Environment, LeadKind, Part};
use tauri::State;

use crate::drafts::{self, FindingItem};
use crate::error::{AppError, CommandError};
use crate::state::AppState;

/// What "Prüfen" found.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DraftCheck {
    /// Leadbridge's own findings.
    pub findings: Vec<FindingItem>,
    /// What Europace's check refused, at the paths the form uses; empty when it accepted the
    /// body, did not run or is not offered.
    pub europace: Vec<FindingItem>,
    /// Whether Europace checked the body (false: not offered for the kind, or did not run).
    pub europace_checked: bool,
    /// Why Europace's check did not run, in German; `None` when it ran or is not offered.
    pub europace_note: Option<String>,
}

/// The draft as "Prüfen" needs it.
struct Checked {
    kind: LeadKind,
    environment: Environment,
    berater: Option<Berater>,
    content: Value,
}

/// Checks the draft `id`: locally, then at Europace; records the number of findings in its
/// history.
pub async fn check(state: &AppState, id: DraftId) -> Result<DraftCheck, AppError> {
    let draft = state.with_drafts(|store| {
        let draft = store.get(id)?;
        let Part::Ok(content) = draft.content else {
            return Err(store::StoreError::Damaged { id, part: "Inhalt" }.into());
        };
        Ok(Checked {
            kind: draft.summary.kind,
            environment: draft.summary.environment,
            berater: draft.summary.meta.ok().and_then(|m| m.berater.clone()),
            content,
        })
    })?;
    let findings = drafts::validate(draft.kind, &draft.content.to_string());
    let server = at_europace(state, &draft).await;
    let (europace, europace_checked, europace_note) = match server {
        ServerCheck::NotOffered => (Vec::new(), false, None),
        ServerCheck::Checked(refused) => (
            refused
                .iter()
                .map(|f| drafts::server_item(&f.path, &f.message))
                .collect(),
            true,
            None,
        ),
        ServerCheck::NotRun(note) => (Vec::new(), false, Some(note)),
    };
    let count = u32::try_from(findings.len() + europace.len()).unwrap_or(u32::MAX);
    state.with_drafts(|store| Ok(store.record_validated(id, count)?))?;
    Ok(DraftCheck {
        findings,
        europace,
        europace_checked,
        europace_note,
    })
}

/// Europace's check of the draft in its own environment; what keeps the environment from
/// being reached (no credentials, no connection) is a reason it did not run.
async fn at_europace(state: &AppState, draft: &Checked) -> ServerCheck {
    if !draft.kind.offers_check() {
        return ServerCheck::NotOffered;
    }
    match crate::target::target_for(state, draft.environment).await {
        Ok(target) => {
            target
                .check(draft.kind, &draft.content, draft.berater.as_ref())
                .await
        }
        Err(error) => ServerCheck::not_run(CommandError::from(error).message),
    }
}

/// "Prüfen" of the draft `id`.
#[tauri::command]
#[specta::specta]
pub async fn draft_check(
    state: State<'_, AppState>,
    id: String,
) -> Result<DraftCheck, CommandError> {
    let id = drafts::parse_id(&id)?;
    Ok(check(&state, id).await?)
}
