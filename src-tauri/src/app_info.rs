//! `app_info`: what the Einstellungen page shows about this installation.

use serde::Serialize;
use tauri::{AppHandle, State};

use crate::environment::Environment;
use crate::error::CommandError;
use crate::state::AppState;

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    pub version: String,
    /// Where drafts and settings are kept.
    pub data_dir: String,
    pub environment: Environment,
}

#[tauri::command]
#[specta::specta]
pub fn app_info(app: AppHandle, state: State<'_, AppState>) -> Result<AppInfo, CommandError> {
    Ok(AppInfo {
        version: app.package_info().version.to_string(),
        data_dir: state.data_dir.display().to_string(),
        environment: state.environment,
    })
}
