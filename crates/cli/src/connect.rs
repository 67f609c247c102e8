//! Opening an environment: the embedded sandbox (started in-process on the shared state
//! file) or Europace with the credentials from `leadbridge login`.

use credentials::Keyring;
use credentials::access::StoredAccess;
use europace::auth::{ClientCredentials, Secret, TokenProvider};
use europace::drklein::client::DrKleinClient;
use europace::environment::{Environment, Site};
use europace::lead::LeadClients;
use europace::transport::{Transport, TransportOptions};
use sandbox::RunningSandbox;
use std::sync::OnceLock;

use crate::cli::{Target, WriteTarget};
use crate::error::{CliError, Exit};
use crate::settings;

/// The keyring shared with the app. `LEADBRIDGE_KEYRING_SERVICE` lets tests use their own
/// entries so they never touch a user's.
pub fn keyring() -> Keyring {
    std::env::var("LEADBRIDGE_KEYRING_SERVICE").map_or_else(|_| Keyring::default(), Keyring::new)
}

/// A transport to one environment and the credentials to use there.
pub struct Connection {
    transport: Transport,
    environment: Environment,
    // One provider per process, so a batch fetches one token, not one per lead.
    tokens: OnceLock<TokenProvider>,
    // Serves the embedded sandbox for as long as the command runs.
    _sandbox: Option<RunningSandbox>,
}

impl WriteTarget {
    /// The target, unless it is Produktion without `--yes-produktion`: Echtgeschäft is
    /// confirmed per call, never by default.
    pub fn confirmed(&self) -> Result<&Target, CliError> {
        if self.target.env.is_produktion() && !self.yes_produktion {
            return Err(CliError::new(
                Exit::Bestaetigung,
                "confirmation_required",
                "Produktion ist Echtgeschäft: bitte mit --yes-produktion bestätigen. Nichts gesendet.",
            ));
        }
        Ok(&self.target)
    }
}

impl Connection {
    pub async fn open(target: &Target) -> Result<Self, CliError> {
        let (site, embedded) = match target.env {
            Environment::Sandbox => {
                let (base, embedded) = match &target.sandbox_url {
                    Some(url) => (url.clone(), None),
                    None => {
                        let running = start_sandbox(sandbox::Config::default()).await?;
                        (running.base_url(), Some(running))
                    }
                };
                let site =
                    Site::sandbox_under(&base).map_err(|e| CliError::input(e.to_string()))?;
                (site, embedded)
            }
            europace => (Site::europace(europace), None),
        };
        let transport = Transport::new(site, TransportOptions::default()).map_err(|_| {
            CliError::local("HTTP-Client nicht initialisierbar (TLS-Zertifikate des Systems?).")
        })?;
        Ok(Self {
            transport,
            environment: target.env,
            tokens: OnceLock::new(),
            _sandbox: embedded,
        })
    }

    /// German name of the environment for messages.
    pub fn name(&self) -> &'static str {
        self.environment.name()
    }

    /// What is stored for the environment; `None` for the Sandbox, which needs none.
    fn stored(&self) -> Result<Option<StoredAccess>, CliError> {
        if !self.environment.needs_credentials() {
            return Ok(None);
        }
        Ok(StoredAccess::of(
            &settings::load()?,
            keyring(),
            self.environment,
        ))
    }

    /// OAuth tokens for Europace: the sandbox's built-in client, or the stored one.
    pub fn tokens(&self) -> Result<TokenProvider, CliError> {
        if let Some(tokens) = self.tokens.get() {
            return Ok(tokens.clone());
        }
        let credentials = match self.stored()? {
            None => {
                let client = sandbox::ClientConfig::sandbox_default();
                ClientCredentials {
                    client_id: client.client_id,
                    client_secret: Secret::new(client.client_secret),
                }
            }
            Some(stored) => stored.europace_client()?,
        };
        Ok(self
            .tokens
            .get_or_init(|| TokenProvider::new(&self.transport, credentials))
            .clone())
    }

    /// The Dr. Klein JWT: the sandbox's, or the stored one.
    pub fn drklein_jwt(&self) -> Result<Secret, CliError> {
        match self.stored()? {
            None => Ok(Secret::new(sandbox::DEFAULT_DRKLEIN_TOKEN)),
            Some(stored) => Ok(stored.drklein_jwt()?),
        }
    }
}

impl LeadClients for Connection {
    type Error = CliError;

    fn tokens(&self) -> Result<TokenProvider, CliError> {
        Connection::tokens(self)
    }

    fn drklein(&self) -> Result<DrKleinClient, CliError> {
        Ok(DrKleinClient::new(&self.transport, self.drklein_jwt()?))
    }
}

/// The sandbox of `config` on the state file the app and every CLI process share.
pub async fn start_sandbox(config: sandbox::Config) -> Result<RunningSandbox, CliError> {
    let port = config.port;
    let config = sandbox::Config {
        state_file: Some(settings::sandbox_state_file()?),
        ..config
    };
    sandbox::start(config).await.map_err(|e| match e {
        sandbox::SandboxError::Io(io) if io.kind() == std::io::ErrorKind::AddrInUse => {
            CliError::local(format!(
                "Sandbox nicht startbar: Port {port} ist schon belegt."
            ))
        }
        other => CliError::local(format!("Sandbox nicht startbar: {other}")),
    })
}
