//! What is stored for an environment that needs credentials (Test, Produktion): the OAuth
//! client id and the user's partnerId from the settings, the client secret and the Dr. Klein
//! JWT from the keyring. The app and the command line open an environment through this and say
//! in their own words what is missing.

use europace::auth::{ClientCredentials, Secret};
use europace::environment::Environment;

use crate::settings::Settings;
use crate::{CredentialError, Keyring, SecretKind};

/// A credential an environment lacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    ClientId,
    ClientSecret,
    DrKleinJwt,
}

/// Why a credential of an environment cannot be had.
#[derive(Debug, thiserror::Error)]
pub enum AccessError {
    #[error("{missing:?} missing for {environment:?}")]
    Missing {
        environment: Environment,
        missing: Missing,
    },
    #[error(transparent)]
    Keyring(#[from] CredentialError),
}

impl AccessError {
    /// A missing credential as `None`, for what works without it.
    pub fn or_none<T>(result: Result<T, Self>) -> Result<Option<T>, CredentialError> {
        match result {
            Ok(value) => Ok(Some(value)),
            Err(Self::Missing { .. }) => Ok(None),
            Err(Self::Keyring(error)) => Err(error),
        }
    }
}

/// The credentials stored for one environment; secrets are read when asked for.
#[derive(Debug, Clone)]
pub struct StoredAccess {
    environment: Environment,
    client_id: String,
    partner_id: String,
    keyring: Keyring,
}

impl StoredAccess {
    /// What `settings` and `keyring` hold for `environment`; `None` for the Sandbox, which
    /// needs no credentials.
    pub fn of(settings: &Settings, keyring: Keyring, environment: Environment) -> Option<Self> {
        settings.access(environment).map(|access| Self {
            environment,
            client_id: access.client_id.clone(),
            partner_id: access.partner_id.clone(),
            keyring,
        })
    }

    fn missing(&self, missing: Missing) -> AccessError {
        AccessError::Missing {
            environment: self.environment,
            missing,
        }
    }

    /// The OAuth client for Europace's Authorization API.
    pub fn europace_client(&self) -> Result<ClientCredentials, AccessError> {
        if self.client_id.is_empty() {
            return Err(self.missing(Missing::ClientId));
        }
        let secret = self
            .keyring
            .get(self.environment, SecretKind::EuropaceClientSecret)?
            .ok_or_else(|| self.missing(Missing::ClientSecret))?;
        Ok(ClientCredentials {
            client_id: self.client_id.clone(),
            client_secret: Secret::new(secret.expose()),
        })
    }

    /// The JWT the Dr. Klein lead API expects.
    pub fn drklein_jwt(&self) -> Result<Secret, AccessError> {
        self.keyring
            .get(self.environment, SecretKind::DrKleinJwt)?
            .map(|jwt| Secret::new(jwt.expose()))
            .ok_or_else(|| self.missing(Missing::DrKleinJwt))
    }

    /// The user's own partnerId (the Kundenbetreuer), if set.
    pub fn partner_id(&self) -> Option<&str> {
        Some(self.partner_id.as_str()).filter(|id| !id.is_empty())
    }
}
