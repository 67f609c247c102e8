//! "In Europace öffnen": a sent Baufinanzierung's case in Europace's web application, opened
//! in the system browser (tauri-plugin-opener; `xdg-open` on Linux).
//!
//! Debug builds with [`RECORD_VAR`] naming a file append each URL there, one a line, instead
//! of starting a browser: the end-to-end suite reads what would have opened. Release builds
//! always open.

use store::{DraftId, OutboxStatus};
use tauri::AppHandle;
use tauri_plugin_opener::OpenerExt;

use crate::drafts;
use crate::error::{AppError, CommandError};
use crate::state::AppState;

/// Names the file that takes the URLs in a debug build.
#[cfg(debug_assertions)]
pub const RECORD_VAR: &str = "LEADBRIDGE_TEST_BROWSER";

/// The portal URL of the Vorgang the draft `id` created; only a sent draft of a kind whose
/// spec names such a URL (Baufinanzierung) has one.
pub fn url_of(state: &AppState, id: DraftId) -> Result<String, AppError> {
    let summary = state.with_drafts(|store| Ok(store.get(id)?.summary))?;
    let vorgangsnummer = match summary.meta.ok().map(|m| &m.status) {
        Some(OutboxStatus::Gesendet { vorgangsnummer }) => vorgangsnummer.clone(),
        _ => {
            return Err(AppError::InvalidInput(
                "Dieser Entwurf hat noch keinen Vorgang bei Europace: erst nach dem Senden \
                 lässt er sich dort öffnen."
                    .into(),
            ));
        }
    };
    summary
        .kind
        .portal_url(&vorgangsnummer)
        .map(String::from)
        .ok_or_else(|| {
            AppError::InvalidInput(
                "In Europace öffnen gibt es nur für Baufinanzierungen (BaufiSmart).".into(),
            )
        })
}

/// Opens `url` in the system browser.
fn open(app: &AppHandle, url: &str) -> Result<(), AppError> {
    #[cfg(debug_assertions)]
    if let Some(file) = std::env::var_os(RECORD_VAR) {
        use std::io::Write as _;
        return std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(file)
            .and_then(|mut file| writeln!(file, "{url}"))
            .map_err(|e| AppError::Browser {
                url: url.to_owned(),
                reason: german::io_reason(&e),
            });
    }
    app.opener()
        .open_url(url, None::<&str>)
        .map_err(|e| AppError::Browser {
            url: url.to_owned(),
            reason: e.to_string(),
        })
}

/// "In Europace öffnen" for the sent draft `id`.
#[tauri::command]
#[specta::specta]
pub async fn draft_open_in_europace(
    app: AppHandle,
    state: tauri::State<'_, AppState>,
    id: String,
) -> Result<(), CommandError> {
    let url = url_of(&state, drafts::parse_id(&id)?)?;
    Ok(open(&app, &url)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::environment::Environment;
    use crate::test_state;
    use store::LeadKind;

    fn sent(state: &AppState, kind: LeadKind) -> DraftId {
        state
            .with_drafts(|store| {
                let id = DraftId::new();
                let header = store::DraftHeader {
                    kind,
                    environment: Environment::Sandbox,
                    title: "Mustermann, Max".to_owned(),
                    berater: None,
                };
                store.save(id, &header, &serde_json::json!({}))?;
                store.enqueue(id)?;
                store.begin_send(id)?;
                store.finish_sent(id, "YX4MDU", Vec::new())?;
                Ok(id)
            })
            .unwrap()
    }

    #[test]
    fn a_sent_baufinanzierung_opens_at_its_portal_url_and_nothing_else_does() {
        let f = test_state::fixture(Environment::Sandbox);
        let baufi = sent(&f.state, LeadKind::Kundenangaben);
        assert_eq!(
            url_of(&f.state, baufi).unwrap(),
            "https://www.europace2.de/vorgang/oeffne/YX4MDU"
        );
        let kex = sent(&f.state, LeadKind::KexImport);
        let error = CommandError::from(url_of(&f.state, kex).unwrap_err());
        assert!(
            error.message.contains("nur für Baufinanzierungen"),
            "{}",
            error.message
        );

        let unsent = f
            .state
            .with_drafts(|store| {
                let id = DraftId::new();
                let header = store::DraftHeader {
                    kind: LeadKind::Kundenangaben,
                    environment: Environment::Sandbox,
                    title: "Mustermann, Max".to_owned(),
                    berater: None,
                };
                store.save(id, &header, &serde_json::json!({}))?;
                Ok(id)
            })
            .unwrap();
        let error = CommandError::from(url_of(&f.state, unsent).unwrap_err());
        assert!(
            error.message.contains("erst nach dem Senden"),
            "{}",
            error.message
        );
    }
}
