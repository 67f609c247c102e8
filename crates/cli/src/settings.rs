//! Where Leadbridge keeps its files, and the settings file with the non-secret part of the
//! credentials (the OAuth client id), in the `credentials` crate's format. The directory is the desktop app's data directory
//! (Tauri's `app_data_dir` for the identifier `de.leadbridge.desktop`), so app and CLI share
//! the sandbox state and settings: on Linux `$XDG_DATA_HOME/de.leadbridge.desktop`
//! (default `~/.local/share/de.leadbridge.desktop`).

use std::path::PathBuf;

use credentials::settings::Settings;

use crate::error::CliError;

/// The desktop app's identifier (tauri.conf.json).
const APP_IDENTIFIER: &str = "de.leadbridge.desktop";

/// The data directory, created if missing.
pub fn data_dir() -> Result<PathBuf, CliError> {
    let dir = dirs::data_dir()
        .ok_or_else(|| {
            CliError::local("Kein Datenverzeichnis des Benutzers gefunden (HOME nicht gesetzt?).")
        })?
        .join(APP_IDENTIFIER);
    std::fs::create_dir_all(&dir).map_err(|e| {
        CliError::local(format!(
            "Datenverzeichnis „{}“ nicht anlegbar: {}.",
            dir.display(),
            german::io_reason(&e)
        ))
    })?;
    Ok(dir)
}

/// The embedded sandbox's state, shared by every `--env sandbox` process.
pub fn sandbox_state_file() -> Result<PathBuf, CliError> {
    Ok(data_dir()?.join("sandbox.json"))
}

/// The shared `settings.json` (client ids, partnerIds, Berater), also written by the app.
pub fn load() -> Result<Settings, CliError> {
    Settings::load(&data_dir()?).map_err(|e| CliError::local(e.to_string()))
}

pub fn save(settings: &Settings) -> Result<(), CliError> {
    settings
        .save(&data_dir()?)
        .map_err(|e| CliError::local(e.to_string()))
}
