//! Where the app's sends go: the embedded sandbox, or Europace with the credentials from the
//! keyring and the settings file. `LEADBRIDGE_API_URL` points Test and Produktion at a
//! Leadbridge sandbox instead (`leadbridge sandbox --port …`), to try credentials and the
//! outbox without touching Europace.

use credentials::access::{AccessError, StoredAccess};
use credentials::settings::Settings;
use europace::auth::{ClientCredentials, Secret, TokenProvider};
use europace::drklein::client::DrKleinClient;
use europace::environment::Site;
use europace::transport::{Transport, TransportOptions};
use outbox::Target;

use crate::environment::Environment;
use crate::error::AppError;
use crate::state::AppState;

/// Replaces Europace's URLs for Test and Produktion with a sandbox's base URL.
pub const API_URL_VAR: &str = "LEADBRIDGE_API_URL";

/// Everything needed to talk to one environment.
pub struct Access {
    pub apis: Site,
    pub tokens: TokenProvider,
    /// Without a JWT, Dr. Klein leads stay Wartend.
    pub drklein: Option<DrKleinClient>,
    /// The user's own partnerId (the Kundenbetreuer in Einstellungen), if set.
    pub own_partner_id: Option<String>,
    /// The sandbox's base URL, which lets Unklar drafts be looked up.
    pub sandbox_base: Option<String>,
}

fn unavailable(detail: impl std::fmt::Display) -> AppError {
    AppError::Connection(format!("Keine Verbindung möglich: {detail}"))
}

/// The sandbox named by [`API_URL_VAR`], if any.
fn api_url_override() -> Option<String> {
    std::env::var(API_URL_VAR)
        .ok()
        .filter(|url| !url.is_empty())
}

fn under(base: &str) -> Result<Site, AppError> {
    Site::sandbox_under(base).map_err(unavailable)
}

/// Opens `environment`: credentials from the keyring and settings, or the embedded sandbox's
/// own. Missing credentials are an error naming what to enter where.
pub async fn access(state: &AppState, environment: Environment) -> Result<Access, AppError> {
    // The Sandbox needs no settings: a broken settings file must not stop it.
    let settings = if environment.needs_credentials() {
        Some(Settings::load(&state.data_dir)?)
    } else {
        None
    };
    let stored = settings
        .as_ref()
        .and_then(|settings| StoredAccess::of(settings, state.keyring.clone(), environment));
    let (apis, credentials, jwt, own_partner_id, sandbox_base) = match stored {
        None => {
            let base = state.sandbox().await?.base_url();
            let client = sandbox::ClientConfig::sandbox_default();
            (
                under(&base)?,
                ClientCredentials {
                    client_id: client.client_id,
                    client_secret: Secret::new(client.client_secret),
                },
                Some(Secret::new(sandbox::DEFAULT_DRKLEIN_TOKEN)),
                None,
                Some(base),
            )
        }
        Some(stored) => {
            let credentials = stored.europace_client()?;
            let base = api_url_override();
            let apis = match &base {
                Some(base) => under(base)?,
                None => Site::europace(environment),
            };
            (
                apis,
                credentials,
                AccessError::or_none(stored.drklein_jwt())?,
                stored.partner_id().map(str::to_owned),
                base,
            )
        }
    };
    let transport =
        Transport::new(apis.clone(), TransportOptions::default()).map_err(unavailable)?;
    Ok(Access {
        tokens: TokenProvider::new(&transport, credentials),
        drklein: jwt.map(|jwt| DrKleinClient::new(&transport, jwt)),
        apis,
        own_partner_id,
        sandbox_base,
    })
}

/// The outbox's target for the app's environment.
pub async fn target(state: &AppState) -> Result<Target, AppError> {
    target_for(state, state.environment).await
}

/// The outbox's target for `environment`.
pub async fn target_for(state: &AppState, environment: Environment) -> Result<Target, AppError> {
    let access = access(state, environment).await?;
    let mut target = Target::new(access.tokens, access.drklein);
    if let Some(partner_id) = access.own_partner_id {
        target = target.with_own_partner_id(partner_id);
    }
    match access.sandbox_base {
        Some(base) => target.with_sandbox_listing(&base).map_err(unavailable),
        None => Ok(target),
    }
}
