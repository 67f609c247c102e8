//! Which Europace environment the app talks to.

use serde::{Deserialize, Serialize};

/// The variable that picks the environment at start; the embedded Sandbox when unset.
pub const ENV_VAR: &str = "LEADBRIDGE_ENV";

/// Sandbox is the embedded local stand-in, Test is Europace's test mode, Produktion is
/// Echtgeschäft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub enum Environment {
    Sandbox,
    Test,
    Produktion,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("Unbekannte Umgebung „{0}“ in {ENV_VAR}: erlaubt sind sandbox, test und produktion.")]
pub struct UnknownEnvironment(String);

impl Environment {
    pub fn parse(value: &str) -> Result<Self, UnknownEnvironment> {
        match value.trim().to_lowercase().as_str() {
            "sandbox" => Ok(Self::Sandbox),
            "test" => Ok(Self::Test),
            "produktion" => Ok(Self::Produktion),
            _ => Err(UnknownEnvironment(value.to_owned())),
        }
    }

    pub fn from_process_env() -> Result<Self, UnknownEnvironment> {
        match std::env::var(ENV_VAR) {
            Ok(value) if !value.is_empty() => Self::parse(&value),
            _ => Ok(Self::Sandbox),
        }
    }

    /// The keyring stage of this environment; the Sandbox needs no credentials.
    pub fn stage(self) -> Option<credentials::Stage> {
        match self {
            Self::Sandbox => None,
            Self::Test => Some(credentials::Stage::Test),
            Self::Produktion => Some(credentials::Stage::Produktion),
        }
    }
}

impl From<Environment> for store::Environment {
    fn from(environment: Environment) -> Self {
        match environment {
            Environment::Sandbox => Self::Sandbox,
            Environment::Test => Self::Test,
            Environment::Produktion => Self::Produktion,
        }
    }
}

impl From<store::Environment> for Environment {
    fn from(environment: store::Environment) -> Self {
        match environment {
            store::Environment::Sandbox => Self::Sandbox,
            store::Environment::Test => Self::Test,
            store::Environment::Produktion => Self::Produktion,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_environment_case_insensitively() {
        assert_eq!(Environment::parse("sandbox"), Ok(Environment::Sandbox));
        assert_eq!(Environment::parse("Test"), Ok(Environment::Test));
        assert_eq!(
            Environment::parse(" PRODUKTION "),
            Ok(Environment::Produktion)
        );
    }

    #[test]
    fn rejects_an_unknown_environment_in_german() {
        let error = Environment::parse("prod").unwrap_err();
        assert!(error.to_string().contains("Unbekannte Umgebung „prod“"));
    }

    #[test]
    fn only_real_environments_have_keyring_entries() {
        assert_eq!(Environment::Sandbox.stage(), None);
        assert_eq!(Environment::Test.stage(), Some(credentials::Stage::Test));
        assert_eq!(
            Environment::Produktion.stage(),
            Some(credentials::Stage::Produktion)
        );
    }
}
