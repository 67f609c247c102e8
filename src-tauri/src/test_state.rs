//! What the shell's tests share: an app state on a temporary data directory with a keyring
//! service of its own (so no test touches a user's drafts or credentials), and tokens for a
//! test sandbox.

use std::time::{Duration, Instant};

use europace::auth::{ClientCredentials, Secret, TokenProvider};

use europace::transport::{Timeouts, Transport, TransportOptions};

use crate::environment::Environment;
use crate::state::AppState;

pub struct Fixture {
    pub state: AppState,
    _dir: tempfile::TempDir,
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = self.state.keyring.delete_draft_key();
    }
}

pub fn fixture(environment: Environment) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let mut state = AppState::new(environment, Instant::now(), dir.path().to_owned());
    let service = format!("leadbridge-test-{}", uuid::Uuid::new_v4().simple());
    state.keyring = credentials::Keyring::new(&service);
    Fixture { state, _dir: dir }
}

/// Tokens for `sandbox` as client `id`; `app_name` starts every trace id the requests carry.
pub fn sandbox_tokens(
    sandbox: &sandbox::RunningSandbox,
    app_name: &str,
    id: &str,
    secret: &str,
    request: Duration,
) -> TokenProvider {
    let apis = europace::environment::Site::sandbox_under(&sandbox.base_url()).unwrap();
    let transport = Transport::new(
        apis,
        TransportOptions {
            app_name: app_name.to_owned(),
            timeouts: Timeouts {
                request,
                ..Timeouts::default()
            },
        },
    )
    .unwrap();
    TokenProvider::new(
        &transport,
        ClientCredentials {
            client_id: id.to_owned(),
            client_secret: Secret::new(secret),
        },
    )
}
