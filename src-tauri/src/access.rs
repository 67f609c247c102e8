//! Einstellungen for Europace and Dr. Klein access per environment: client id and partnerId in
//! the settings file, the client secret and the JWT in the OS keyring. The UI writes secrets and
//! learns only whether one is set; no command ever returns a secret.

use credentials::settings::{AccessSettings, Settings};
use credentials::{Keyring, SecretKind};
use europace::lead::Berater;
use serde::{Deserialize, Serialize};
use tauri::State;

use crate::environment::Environment;
use crate::error::{AppError, CommandError};
use crate::state::AppState;

/// What Einstellungen show of one environment.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct EnvironmentAccess {
    pub client_id: String,
    pub partner_id: String,
    pub client_secret_set: bool,
    pub dr_klein_jwt_set: bool,
}

#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct AccessOverview {
    pub test: EnvironmentAccess,
    pub produktion: EnvironmentAccess,
    pub berater: Vec<Berater>,
}

/// What the user entered for one environment. A secret left empty stays as it is.
#[derive(Debug, Clone, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct AccessInput {
    pub client_id: String,
    pub partner_id: String,
    pub client_secret: Option<String>,
    pub dr_klein_jwt: Option<String>,
}

/// `environment` if it needs credentials; the Sandbox has none.
pub(crate) fn credentialed(environment: Environment) -> Result<Environment, AppError> {
    Some(environment)
        .filter(|environment| environment.needs_credentials())
        .ok_or_else(|| AppError::InvalidInput("Die Sandbox braucht keine Zugangsdaten.".into()))
}

/// A Europace partnerId: capital letters and digits, e.g. `ABC12` (test partners have others,
/// such as `TEST`, so the length is not fixed).
fn check_partner_id(partner_id: &str) -> Result<(), AppError> {
    let valid = (3..=10).contains(&partner_id.len())
        && partner_id
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    if partner_id.is_empty() || valid {
        Ok(())
    } else {
        Err(AppError::InvalidInput(format!(
            "„{partner_id}“ ist keine Partner-ID: erwartet werden Großbuchstaben und Ziffern, z. B. ABC12."
        )))
    }
}

fn environment_access(
    keyring: &Keyring,
    environment: Environment,
    settings: &AccessSettings,
) -> Result<EnvironmentAccess, AppError> {
    Ok(EnvironmentAccess {
        client_id: settings.client_id.clone(),
        partner_id: settings.partner_id.clone(),
        client_secret_set: keyring.is_set(environment, SecretKind::EuropaceClientSecret)?,
        dr_klein_jwt_set: keyring.is_set(environment, SecretKind::DrKleinJwt)?,
    })
}

fn overview(state: &AppState) -> Result<AccessOverview, AppError> {
    let settings = Settings::load(&state.data_dir)?;
    Ok(AccessOverview {
        test: environment_access(&state.keyring, Environment::Test, &settings.test)?,
        produktion: environment_access(
            &state.keyring,
            Environment::Produktion,
            &settings.produktion,
        )?,
        berater: settings.berater,
    })
}

// Keyring calls talk to the Secret Service over D-Bus: they run off the main thread.
#[tauri::command]
#[specta::specta]
pub async fn access_overview(state: State<'_, AppState>) -> Result<AccessOverview, CommandError> {
    Ok(overview(&state)?)
}

#[tauri::command]
#[specta::specta]
pub async fn access_save(
    state: State<'_, AppState>,
    wache: State<'_, crate::statuswache::wache::Statuswache>,
    environment: Environment,
    input: AccessInput,
) -> Result<AccessOverview, CommandError> {
    let environment = credentialed(environment)?;
    let partner_id = input.partner_id.trim().to_owned();
    check_partner_id(&partner_id)?;
    let secrets = [
        (SecretKind::EuropaceClientSecret, input.client_secret),
        (SecretKind::DrKleinJwt, input.dr_klein_jwt),
    ];
    for (kind, secret) in secrets {
        if let Some(secret) = secret.filter(|s| !s.trim().is_empty()) {
            state
                .keyring
                .set(environment, kind, secret.trim())
                .map_err(AppError::from)?;
        }
    }
    let mut settings = Settings::load(&state.data_dir).map_err(AppError::from)?;
    if let Some(access) = settings.access_mut(environment) {
        *access = AccessSettings {
            client_id: input.client_id.trim().to_owned(),
            partner_id,
        };
    }
    settings.save(&state.data_dir).map_err(AppError::from)?;
    state.flusher.credentials_changed();
    wache.zugang_geaendert();
    Ok(overview(&state)?)
}

#[tauri::command]
#[specta::specta]
pub async fn access_delete_secret(
    state: State<'_, AppState>,
    environment: Environment,
    secret: SecretKind,
) -> Result<AccessOverview, CommandError> {
    state
        .keyring
        .delete(credentialed(environment)?, secret)
        .map_err(AppError::from)?;
    Ok(overview(&state)?)
}

/// Replaces the list of Berater the user works for.
#[tauri::command]
#[specta::specta]
pub async fn berater_save(
    state: State<'_, AppState>,
    berater: Vec<Berater>,
) -> Result<AccessOverview, CommandError> {
    let mut cleaned = Vec::with_capacity(berater.len());
    for b in berater {
        let (name, partner_id) = (b.name.trim().to_owned(), b.partner_id.trim().to_owned());
        if name.is_empty() || partner_id.is_empty() {
            return Err(AppError::InvalidInput(
                "Jeder Berater braucht einen Namen und eine Partner-ID.".into(),
            )
            .into());
        }
        check_partner_id(&partner_id)?;
        if cleaned.iter().any(|c: &Berater| c.partner_id == partner_id) {
            return Err(AppError::InvalidInput(format!(
                "Die Partner-ID {partner_id} steht doppelt in der Liste."
            ))
            .into());
        }
        cleaned.push(Berater { name, partner_id });
    }
    let mut settings = Settings::load(&state.data_dir).map_err(AppError::from)?;
    settings.berater = cleaned;
    settings.save(&state.data_dir).map_err(AppError::from)?;
    Ok(overview(&state)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partner_ids_have_the_europace_shape() {
        for good in ["ABC12", "TEST", ""] {
            assert!(check_partner_id(good).is_ok(), "{good}");
        }
        for bad in ["abc12", "AB 12", "ÄBC12", "AB", "ABCDEFGHIJK"] {
            assert!(check_partner_id(bad).is_err(), "{bad}");
        }
    }
}
