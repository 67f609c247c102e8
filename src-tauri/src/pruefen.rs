//! "Prüfen": Leadbridge's validation of a draft and, where the kind's API offers one and the
//! draft's environment can be reached, Europace's own check of the body. Both land at their
//! fields; when Europace's check cannot run, a German note says why and the local findings
//! stand alone.

use europace::finding::Finding;
use europace::lead::Berater;
use outbox::ServerCheck;
use serde::Serialize;
use serde_json::Value;
use store::{DraftId, Environment, LeadKind, Part};
use tauri::State;

use crate::drafts;
use crate::error::{AppError, CommandError};
use crate::state::AppState;

/// What "Prüfen" found.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DraftCheck {
    /// Leadbridge's own findings.
    pub findings: Vec<Finding>,
    /// What Europace's check refused, at the paths the form uses; empty when it accepted the
    /// body, did not run or is not offered.
    pub europace: Vec<Finding>,
    /// Whether Europace checked the body (false: not offered for the kind, or did not run).
    pub europace_checked: bool,
    /// Why Europace's check did not run, in German; `None` when it ran or is not offered.
    pub europace_note: Option<String>,
}

/// The draft as "Prüfen" needs it.
struct Checked {
    kind: LeadKind,
    /// The draft completes a case: its body is a replace, which Europace's check does not take.
    ergaenzt: bool,
    environment: Environment,
    berater: Option<Berater>,
    content: Value,
}

/// Checks the draft `id`: locally, then at Europace; records the number of findings in its
/// history.
pub async fn check(state: &AppState, id: DraftId) -> Result<DraftCheck, AppError> {
    let (draft, findings) = state.with_drafts(|store| {
        let draft = store.get(id)?;
        let findings = drafts::local_findings(store, &draft)?;
        let Part::Ok(content) = draft.content else {
            return Err(store::StoreError::Damaged { id, part: "Inhalt" }.into());
        };
        let checked = Checked {
            kind: draft.summary.kind,
            ergaenzt: draft.summary.ergaenzt.is_some(),
            environment: draft.summary.environment,
            berater: draft.summary.meta.ok().and_then(|m| m.berater.clone()),
            content,
        };
        Ok((checked, findings))
    })?;
    let server = at_europace(state, &draft).await;
    let (europace, europace_checked, europace_note) = match server {
        ServerCheck::NotOffered => (Vec::new(), false, None),
        ServerCheck::Checked(refused) => (refused, true, None),
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
    if draft.ergaenzt || !draft.kind.offers_check() {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_state;
    use serde_json::json;

    fn draft(
        state: &AppState,
        environment: Environment,
        kind: LeadKind,
        content: Value,
    ) -> DraftId {
        state
            .with_drafts(|store| {
                let id = DraftId::new();
                let header = store::DraftHeader {
                    kind,
                    environment,
                    title: "Mustermann, Max".to_owned(),
                    berater: None,
                };
                store.save(id, &header, &content)?;
                Ok(id)
            })
            .unwrap()
    }

    /// A Kunde without the `referenzId` the contract requires.
    fn without_referenz_id() -> Value {
        json!({"kundenangaben": {"haushalte": [{"kunden": [
            {"personendaten": {"person": {"vorname": "Max", "nachname": "Mustermann"}}}
        ]}]}})
    }

    const REFERENZ_ID: &str = "kundenangaben.haushalte[0].kunden[0].referenzId";

    #[tokio::test]
    async fn the_sandbox_checks_a_baufinanzierung_and_its_violations_land_at_their_fields() {
        let f = test_state::fixture(Environment::Sandbox);
        let id = draft(
            &f.state,
            Environment::Sandbox,
            LeadKind::Kundenangaben,
            without_referenz_id(),
        );
        let checked = check(&f.state, id).await.unwrap();
        assert!(checked.europace_checked, "{:?}", checked.europace_note);
        assert_eq!(checked.europace_note, None);
        let at: Vec<_> = checked
            .europace
            .iter()
            .map(|f| (f.path.as_str(), f.kind, f.message.as_str()))
            .collect();
        assert_eq!(
            at,
            [(
                REFERENZ_ID,
                europace::finding::FindingKind::Server,
                "must not be null"
            )]
        );
        // Leadbridge's own check names the field too, in its own words.
        assert!(
            checked
                .findings
                .iter()
                .any(|f| f.path == REFERENZ_ID && f.kind != europace::finding::FindingKind::Server),
            "{:?}",
            checked.findings
        );
        let history = f
            .state
            .with_drafts(|store| Ok(store.get(id)?.history))
            .unwrap();
        let recorded = history
            .iter()
            .filter_map(|e| e.event.ok())
            .find_map(|e| match e {
                store::HistoryEvent::Validated { findings } => Some(*findings),
                _ => None,
            });
        let all = checked.findings.len() + checked.europace.len();
        assert_eq!(recorded, Some(u32::try_from(all).unwrap()));

        let mut complete = without_referenz_id();
        complete["kundenangaben"]["haushalte"][0]["kunden"][0]["referenzId"] = json!("kunde1");
        let fine = draft(
            &f.state,
            Environment::Sandbox,
            LeadKind::Kundenangaben,
            complete,
        );
        let checked = check(&f.state, fine).await.unwrap();
        assert!(checked.europace_checked);
        assert!(checked.europace.is_empty(), "{:?}", checked.europace);
    }

    #[tokio::test]
    async fn without_credentials_the_local_findings_stand_and_a_note_says_why() {
        let f = test_state::fixture(Environment::Test);
        let id = draft(
            &f.state,
            Environment::Test,
            LeadKind::Kundenangaben,
            without_referenz_id(),
        );
        let checked = check(&f.state, id).await.unwrap();
        assert!(!checked.europace_checked);
        assert!(checked.europace.is_empty());
        let note = checked.europace_note.unwrap();
        assert!(
            note.starts_with(
                "Die Prüfung bei Europace ist nicht gelaufen: Für die Umgebung „Test“"
            ) && note.contains("Zugangsdaten"),
            "{note}"
        );
        assert!(checked.findings.iter().any(|f| f.path == REFERENZ_ID));
    }

    #[tokio::test]
    async fn a_draft_completing_a_case_is_checked_as_a_replace_without_europace() {
        let f = test_state::fixture(Environment::Sandbox);
        let geladen =
            json!({"haushalte": [{"id": "h1", "kunden": [{"id": "k1", "referenzId": "r1"}]}]});
        // The Kunde lost its id: as a replace, BaufiSmart would create it anew.
        let content = json!({"kundenangaben": {"haushalte": [{"id": "h1", "kunden": [{"referenzId": "r1"}]}]}});
        let id = f
            .state
            .with_drafts(|store| {
                let header = store::DraftHeader {
                    kind: LeadKind::Kundenangaben,
                    environment: Environment::Sandbox,
                    title: "Vorgang YX4MDU".to_owned(),
                    berater: None,
                };
                Ok(store
                    .start_ergaenzung(&header, "YX4MDU", &geladen, &content)?
                    .id)
            })
            .unwrap();
        let checked = check(&f.state, id).await.unwrap();
        assert!(
            checked
                .findings
                .iter()
                .any(|f| f.path == "kundenangaben.haushalte[0].kunden[0].id"),
            "{:?}",
            checked.findings
        );
        assert!(!checked.europace_checked);
        assert_eq!(checked.europace_note, None);
    }

    #[tokio::test]
    async fn a_ratenkredit_has_no_europace_check_and_no_note() {
        let f = test_state::fixture(Environment::Test);
        let id = draft(&f.state, Environment::Test, LeadKind::KexImport, json!({}));
        let checked = check(&f.state, id).await.unwrap();
        assert!(!checked.europace_checked);
        assert_eq!(checked.europace_note, None);
        assert!(!checked.findings.is_empty());
    }
}
