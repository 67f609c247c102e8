//! Which environment the app talks to, chosen at start.

pub use europace::environment::Environment;

/// The variable that picks the environment at start; the embedded Sandbox when unset.
pub const ENV_VAR: &str = "LEADBRIDGE_ENV";

/// [`ENV_VAR`] names no environment.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{ENV_VAR}: {0}")]
pub struct UnknownEnvironment(#[from] europace::environment::UnknownEnvironment);

/// The environment [`ENV_VAR`] names; the Sandbox when it is unset or empty.
pub fn from_process_env() -> Result<Environment, UnknownEnvironment> {
    match std::env::var(ENV_VAR) {
        Ok(value) if !value.is_empty() => Ok(Environment::parse(&value)?),
        _ => Ok(Environment::Sandbox),
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
        let error = UnknownEnvironment::from(Environment::parse("prod").unwrap_err());
        assert!(error.to_string().contains("Unbekannte Umgebung „prod“"));
    }

    #[test]
    fn only_real_environments_have_keyring_entries() {
        assert!(!Environment::Sandbox.needs_credentials());
        assert!(Environment::Test.needs_credentials());
        assert!(Environment::Produktion.needs_credentials());
    }
}
