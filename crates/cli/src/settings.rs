//! Where Leadbridge keeps its files, and the small settings file with the non-secret part of
//! the credentials (the OAuth client id). The directory is the desktop app's data directory
//! (Tauri's `app_data_dir` for the identifier `de.leadbridge.desktop`), so app and CLI share
//! the sandbox state and settings: on Linux `$XDG_DATA_HOME/de.leadbridge.desktop`
//! (default `~/.local/share/de.leadbridge.desktop`).

use std::collections::BTreeMap;
use std::path::PathBuf;

use credentials::Stage;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

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
            "Datenverzeichnis „{}“ nicht anlegbar: {e}",
            dir.display()
        ))
    })?;
    Ok(dir)
}

/// The embedded sandbox's state, shared by every `--env sandbox` process.
pub fn sandbox_state_file() -> Result<PathBuf, CliError> {
    Ok(data_dir()?.join("sandbox.json"))
}

/// `settings.json`: `{"europaceClientId": {"test": "…", "produktion": "…"}}`. Keys this
/// version does not know are kept, so the app can add its own.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    europace_client_id: BTreeMap<String, String>,
    #[serde(flatten)]
    other: Map<String, Value>,
}

pub fn stage_slug(stage: Stage) -> &'static str {
    match stage {
        Stage::Test => "test",
        Stage::Produktion => "produktion",
    }
}

impl Settings {
    fn path() -> Result<PathBuf, CliError> {
        Ok(data_dir()?.join("settings.json"))
    }

    pub fn load() -> Result<Self, CliError> {
        let path = Self::path()?;
        match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
                CliError::local(format!("Einstellungen „{}“ unlesbar: {e}", path.display()))
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => Err(CliError::local(format!(
                "Einstellungen „{}“ unlesbar: {e}",
                path.display()
            ))),
        }
    }

    pub fn save(&self) -> Result<(), CliError> {
        let path = Self::path()?;
        let write_error = |e: std::io::Error| {
            CliError::local(format!(
                "Einstellungen „{}“ nicht speicherbar: {e}",
                path.display()
            ))
        };
        // Written beside and renamed, so the app never reads a half-written file.
        let tmp = path.with_extension("json.tmp");
        let bytes = serde_json::to_vec_pretty(self).map_err(|e| CliError::local(e.to_string()))?;
        std::fs::write(&tmp, bytes).map_err(write_error)?;
        std::fs::rename(&tmp, &path).map_err(write_error)
    }

    pub fn client_id(&self, stage: Stage) -> Option<&str> {
        self.europace_client_id
            .get(stage_slug(stage))
            .map(String::as_str)
    }

    pub fn set_client_id(&mut self, stage: Stage, client_id: Option<String>) {
        let key = stage_slug(stage).to_owned();
        match client_id {
            Some(id) => self.europace_client_id.insert(key, id),
            None => self.europace_client_id.remove(&key),
        };
    }
}
