//! An app state for unit tests: a temporary data directory and a keyring service of its own,
//! so no test touches a user's drafts or credentials.

use std::time::Instant;

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
