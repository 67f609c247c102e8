//! The non-secret half of the credentials, shared by the app and the command line tool: per
//! environment the OAuth client id and the Kundenbetreuer's partnerId, and the Berater a team
//! assistant works for. Kept as `settings.json` in the app's data directory; the secrets
//! themselves live only in the keyring.

use std::path::{Path, PathBuf};

use europace::environment::Environment;
use europace::lead::Berater;
use serde::{Deserialize, Serialize};

const FILE: &str = "settings.json";

/// Europace access of one environment, without its secrets.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AccessSettings {
    /// OAuth client id for Europace's Authorization API; empty when not set.
    #[serde(default)]
    pub client_id: String,
    /// partnerId of the Kundenbetreuer (the user's own, the `actor` when impersonating).
    #[serde(default)]
    pub partner_id: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    #[serde(default)]
    pub test: AccessSettings,
    #[serde(default)]
    pub produktion: AccessSettings,
    #[serde(default)]
    pub berater: Vec<Berater>,
    /// Seconds between two background reads of the Vorgänge sent from this app (the
    /// Statuswache); `None` until the user chose one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statuswache_sekunden: Option<u32>,
}

/// The Statuswache's interval when the user chose none: every five minutes.
pub const STATUSWACHE_STANDARD: u32 = 300;
/// Europace is asked at most once a minute per Vorgang, however the user sets it.
pub const STATUSWACHE_MINIMUM: u32 = 60;
/// Once a day at the least, or the watch watches nothing.
pub const STATUSWACHE_MAXIMUM: u32 = 24 * 60 * 60;

/// Reads the Statuswache interval the user typed (seconds); German when it is no whole
/// number between [`STATUSWACHE_MINIMUM`] and [`STATUSWACHE_MAXIMUM`].
pub fn statuswache_sekunden(text: &str) -> Result<u32, String> {
    let refused = || {
        format!(
            "Bitte eine ganze Zahl von Sekunden zwischen {STATUSWACHE_MINIMUM} und \
             {STATUSWACHE_MAXIMUM} eingeben (z. B. 300 für alle fünf Minuten)."
        )
    };
    let seconds: u32 = text.trim().parse().map_err(|_| refused())?;
    if (STATUSWACHE_MINIMUM..=STATUSWACHE_MAXIMUM).contains(&seconds) {
        Ok(seconds)
    } else {
        Err(refused())
    }
}

/// The settings file could not be read or written. German, names the file.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("Die Einstellungen in „{path}“ sind unlesbar: {detail}")]
    Unreadable { path: PathBuf, detail: String },
    #[error("Die Einstellungen in „{path}“ ließen sich nicht speichern: {detail}")]
    Unwritable { path: PathBuf, detail: String },
}

impl Settings {
    pub fn path(data_dir: &Path) -> PathBuf {
        data_dir.join(FILE)
    }

    /// The settings in `data_dir`, or defaults when none were saved yet. A broken file is an
    /// error, never silently replaced.
    pub fn load(data_dir: &Path) -> Result<Self, SettingsError> {
        let path = Self::path(data_dir);
        let unreadable = |detail: String| SettingsError::Unreadable {
            path: path.clone(),
            detail,
        };
        match std::fs::read(&path) {
            Ok(bytes) => {
                serde_json::from_slice(&bytes).map_err(|e| unreadable(german::json_reason(&e)))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => Err(unreadable(german::io_reason(&e))),
        }
    }

    /// Writes atomically (temp file + rename), so a crash or the other program never sees
    /// half a file.
    pub fn save(&self, data_dir: &Path) -> Result<(), SettingsError> {
        let path = Self::path(data_dir);
        let unwritable = |detail: String| SettingsError::Unwritable {
            path: path.clone(),
            detail,
        };
        let temp = path.with_extension("json.tmp");
        let json =
            serde_json::to_vec_pretty(self).map_err(|e| unwritable(german::json_reason(&e)))?;
        std::fs::write(&temp, json).map_err(|e| unwritable(german::io_reason(&e)))?;
        std::fs::rename(&temp, &path).map_err(|e| unwritable(german::io_reason(&e)))
    }

    /// The access of `environment`; none for the Sandbox, which needs no credentials.
    pub fn access(&self, environment: Environment) -> Option<&AccessSettings> {
        match environment {
            Environment::Sandbox => None,
            Environment::Test => Some(&self.test),
            Environment::Produktion => Some(&self.produktion),
        }
    }

    pub fn access_mut(&mut self, environment: Environment) -> Option<&mut AccessSettings> {
        match environment {
            Environment::Sandbox => None,
            Environment::Test => Some(&mut self.test),
            Environment::Produktion => Some(&mut self.produktion),
        }
    }

    /// The Statuswache's interval in seconds: the user's choice kept within bounds (a file
    /// edited by hand cannot make the app ask Europace more often than allowed).
    pub fn statuswache(&self) -> u32 {
        self.statuswache_sekunden
            .unwrap_or(STATUSWACHE_STANDARD)
            .clamp(STATUSWACHE_MINIMUM, STATUSWACHE_MAXIMUM)
    }

    pub fn berater_by_partner_id(&self, partner_id: &str) -> Option<&Berater> {
        self.berater.iter().find(|b| b.partner_id == partner_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("leadbridge-settings-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn missing_file_gives_defaults_and_saved_settings_load_back() {
        let dir = temp_dir("roundtrip");
        assert_eq!(Settings::load(&dir).unwrap(), Settings::default());
        let mut settings = Settings::default();
        settings.access_mut(Environment::Test).unwrap().client_id = "client-test".into();
        settings.access_mut(Environment::Test).unwrap().partner_id = "ABC12".into();
        settings.berater.push(Berater {
            name: "Anna Beraterin".into(),
            partner_id: "XYZ98".into(),
        });
        settings.save(&dir).unwrap();
        let loaded = Settings::load(&dir).unwrap();
        assert_eq!(loaded, settings);
        assert_eq!(
            loaded.access(Environment::Test).unwrap().client_id,
            "client-test"
        );
        assert_eq!(
            loaded.access(Environment::Produktion).unwrap().client_id,
            ""
        );
        assert_eq!(
            loaded.berater_by_partner_id("XYZ98").unwrap().name,
            "Anna Beraterin"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_statuswache_interval_is_validated_and_kept_within_bounds() {
        assert_eq!(Settings::default().statuswache(), STATUSWACHE_STANDARD);
        assert_eq!(statuswache_sekunden(" 120 "), Ok(120));
        for refused in ["59", "0", "-5", "zehn", "", "1,5", "86401"] {
            let message = statuswache_sekunden(refused).unwrap_err();
            assert!(
                message.starts_with("Bitte eine ganze Zahl"),
                "{refused}: {message}"
            );
        }
        let edited = Settings {
            statuswache_sekunden: Some(1),
            ..Settings::default()
        };
        assert_eq!(edited.statuswache(), STATUSWACHE_MINIMUM);

        let dir = temp_dir("statuswache");
        let chosen = Settings {
            statuswache_sekunden: Some(600),
            ..Settings::default()
        };
        chosen.save(&dir).unwrap();
        assert_eq!(Settings::load(&dir).unwrap().statuswache(), 600);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_broken_file_is_an_error_not_a_reset() {
        let dir = temp_dir("broken");
        std::fs::write(Settings::path(&dir), b"{kaputt").unwrap();
        let error = Settings::load(&dir).unwrap_err().to_string();
        assert!(
            error.starts_with("Die Einstellungen in")
                && error.ends_with("sind unlesbar: kein gültiges JSON (Zeile 1, Spalte 2)"),
            "{error}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
