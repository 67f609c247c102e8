//! Settings that are not secret: per environment the OAuth client id and the partnerId of the
//! Kundenbetreuer, and the list of Berater a team assistant works for. Kept as JSON in the data
//! directory; secrets live in the OS keyring only (see the `credentials` crate).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::AppError;

const FILE: &str = "settings.json";

/// Europace access of one environment, without its secrets.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct EnvironmentSettings {
    /// OAuth client id for Europace's Authorization API.
    pub client_id: String,
    /// partnerId of the Kundenbetreuer (the user's own, the `actor` when impersonating).
    pub partner_id: String,
}

/// A Berater the user captures leads for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Berater {
    pub name: String,
    pub partner_id: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    #[serde(default)]
    pub test: EnvironmentSettings,
    #[serde(default)]
    pub produktion: EnvironmentSettings,
    #[serde(default)]
    pub berater: Vec<Berater>,
}

impl Settings {
    pub fn path(data_dir: &Path) -> PathBuf {
        data_dir.join(FILE)
    }

    /// The settings in `data_dir`, or defaults when none were saved yet.
    pub fn load(data_dir: &Path) -> Result<Self, AppError> {
        match std::fs::read(Self::path(data_dir)) {
            Ok(bytes) => {
                serde_json::from_slice(&bytes).map_err(|e| AppError::Settings(e.to_string()))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => Err(AppError::Settings(e.to_string())),
        }
    }

    /// Writes atomically (temp file + rename), so a crash never leaves half a file.
    pub fn save(&self, data_dir: &Path) -> Result<(), AppError> {
        let path = Self::path(data_dir);
        let temp = path.with_extension("json.tmp");
        let json =
            serde_json::to_vec_pretty(self).map_err(|e| AppError::Settings(e.to_string()))?;
        std::fs::write(&temp, json).map_err(|e| AppError::Settings(e.to_string()))?;
        std::fs::rename(&temp, &path).map_err(|e| AppError::Settings(e.to_string()))
    }

    pub fn berater_by_partner_id(&self, partner_id: &str) -> Option<&Berater> {
        self.berater.iter().find(|b| b.partner_id == partner_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_file_gives_defaults_and_saved_settings_load_back() {
        let dir = std::env::temp_dir().join(format!("leadbridge-settings-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        assert_eq!(Settings::load(&dir).unwrap(), Settings::default());
        let settings = Settings {
            test: EnvironmentSettings {
                client_id: "client-test".into(),
                partner_id: "ABC12".into(),
            },
            produktion: EnvironmentSettings::default(),
            berater: vec![Berater {
                name: "Anna Beraterin".into(),
                partner_id: "XYZ98".into(),
            }],
        };
        settings.save(&dir).unwrap();
        assert_eq!(Settings::load(&dir).unwrap(), settings);
        assert_eq!(
            settings.berater_by_partner_id("XYZ98").unwrap().name,
            "Anna Beraterin"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_broken_file_is_an_error_not_a_reset() {
        let dir =
            std::env::temp_dir().join(format!("leadbridge-settings-bad-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(Settings::path(&dir), b"{kaputt").unwrap();
        assert!(matches!(Settings::load(&dir), Err(AppError::Settings(_))));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
