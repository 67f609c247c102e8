//! Leadbridge's secrets in the operating system's keyring (Secret Service on Linux, Keychain
//! on macOS, Credential Manager on Windows), shared by the app and the command line tool.
//!
//! Each secret is one entry of the service [`SERVICE`], named after its environment and kind
//! (e.g. `test/europace-client-secret`). Secrets are only written, read for a request, checked
//! for presence or deleted; nothing here prints them. The non-secret half (client ids,
//! partnerIds, the Berater list) is in [`settings`].

pub mod access;
pub mod settings;

use std::fmt;

use europace::environment::Environment;
use zeroize::Zeroizing;

/// The keyring service all of Leadbridge's entries belong to.
pub const SERVICE: &str = "leadbridge";

/// The secrets Leadbridge keeps per environment; the app's bindings name them with the
/// `specta` feature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum SecretKind {
    /// The OAuth client secret for Europace's Authorization API.
    EuropaceClientSecret,
    /// The JWT the Dr. Klein lead API expects in `X-Authentication`.
    DrKleinJwt,
}

impl SecretKind {
    fn slug(self) -> &'static str {
        match self {
            Self::EuropaceClientSecret => "europace-client-secret",
            Self::DrKleinJwt => "drklein-jwt",
        }
    }
}

/// Why the keyring could not be used. Messages are German and never contain a secret.
#[derive(Debug, thiserror::Error)]
pub enum CredentialError {
    #[error(
        "Der Schlüsselbund des Systems ist nicht erreichbar oder gesperrt. \
         Bitte entsperren Sie ihn (z. B. GNOME-Schlüsselbund) und versuchen Sie es erneut."
    )]
    NoStorage(#[source] keyring::Error),
    #[error("Der Schlüsselbund des Systems hat den Zugriff abgelehnt: {0}")]
    Platform(#[source] keyring::Error),
    #[error("Der Eintrag „{0}“ im Schlüsselbund ist beschädigt. Bitte legen Sie ihn neu an.")]
    Corrupt(String),
}

impl From<keyring::Error> for CredentialError {
    fn from(error: keyring::Error) -> Self {
        match error {
            keyring::Error::NoStorageAccess(_) => Self::NoStorage(error),
            other => Self::Platform(other),
        }
    }
}

/// A secret read from the keyring: wiped from memory on drop, never printed.
pub struct StoredSecret(Zeroizing<String>);

impl StoredSecret {
    /// The secret itself, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for StoredSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("StoredSecret(***)")
    }
}

/// Leadbridge's entries in the OS keyring.
#[derive(Debug, Clone)]
pub struct Keyring {
    service: String,
}

impl Default for Keyring {
    fn default() -> Self {
        Self::new(SERVICE)
    }
}

/// The entry name of the drafts' encryption key.
const DRAFT_KEY: &str = "drafts/encryption-key";

impl Keyring {
    /// Entries under another service name; tests use their own so they never touch a user's.
    pub fn new(service: impl Into<String>) -> Self {
        Self {
            service: service.into(),
        }
    }

    fn entry(&self, name: &str) -> Result<keyring::Entry, CredentialError> {
        Ok(keyring::Entry::new(&self.service, name)?)
    }

    fn secret_entry(
        &self,
        environment: Environment,
        kind: SecretKind,
    ) -> Result<keyring::Entry, CredentialError> {
        self.entry(&format!("{}/{}", environment.slug(), kind.slug()))
    }

    /// Stores (or replaces) a secret.
    pub fn set(
        &self,
        environment: Environment,
        kind: SecretKind,
        secret: &str,
    ) -> Result<(), CredentialError> {
        Ok(self.secret_entry(environment, kind)?.set_password(secret)?)
    }

    /// The secret, if one is stored.
    pub fn get(
        &self,
        environment: Environment,
        kind: SecretKind,
    ) -> Result<Option<StoredSecret>, CredentialError> {
        match self.secret_entry(environment, kind)?.get_password() {
            Ok(secret) => Ok(Some(StoredSecret(Zeroizing::new(secret)))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(keyring::Error::BadEncoding(_)) => {
                Err(CredentialError::Corrupt(kind.slug().into()))
            }
            Err(other) => Err(other.into()),
        }
    }

    /// Whether a secret is stored, without handing it out.
    pub fn is_set(
        &self,
        environment: Environment,
        kind: SecretKind,
    ) -> Result<bool, CredentialError> {
        Ok(self.get(environment, kind)?.is_some())
    }

    /// Removes a secret; removing one that is not there is no error.
    pub fn delete(
        &self,
        environment: Environment,
        kind: SecretKind,
    ) -> Result<(), CredentialError> {
        delete_entry(self.secret_entry(environment, kind)?)
    }

    /// The drafts' encryption key, if one was stored.
    pub fn draft_key(&self) -> Result<Option<Zeroizing<Vec<u8>>>, CredentialError> {
        match self.entry(DRAFT_KEY)?.get_secret() {
            Ok(key) => Ok(Some(Zeroizing::new(key))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(other) => Err(other.into()),
        }
    }

    /// Stores the drafts' encryption key (on first start).
    pub fn set_draft_key(&self, key: &[u8]) -> Result<(), CredentialError> {
        Ok(self.entry(DRAFT_KEY)?.set_secret(key)?)
    }

    /// Removes the drafts' encryption key (tests, and a user resetting the app).
    pub fn delete_draft_key(&self) -> Result<(), CredentialError> {
        delete_entry(self.entry(DRAFT_KEY)?)
    }
}

fn delete_entry(entry: keyring::Entry) -> Result<(), CredentialError> {
    match entry.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(other) => Err(other.into()),
    }
}
