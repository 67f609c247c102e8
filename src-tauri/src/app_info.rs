//! `app_info`: what the Einstellungen page shows about this installation.

use serde::Serialize;
use tauri::{AppHandle, Manager, State};

use crate::environment::Environment;
use crate::error::{AppError, CommandError};
use crate::state::AppState;

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    pub version: String,
    /// Where drafts and settings are kept; created if missing.
    pub data_dir: String,
    pub environment: Environment,
}

#[tauri::command]
#[specta::specta]
pub fn app_info(app: AppHandle, state: State<'_, AppState>) -> Result<AppInfo, CommandError> {
    let data_dir = app
        .path()
        .app_data_dir()
        .map_err(|e| AppError::DataDir(e.to_string()))?;
    std::fs::create_dir_all(&data_dir).map_err(|e| AppError::DataDir(e.to_string()))?;
    Ok(AppInfo {
        version: app.package_info().version.to_string(),
        data_dir: data_dir.display().to_string(),
        environment: state.environment,
    })
}
