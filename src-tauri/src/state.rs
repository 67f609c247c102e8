//! State shared by all commands.

use std::time::Instant;

use crate::environment::Environment;

pub struct AppState {
    /// The environment every network call of this run goes to.
    pub environment: Environment,
    /// When the process started, for the start-up time the UI reports.
    pub started: Instant,
}

impl AppState {
    pub fn new(environment: Environment) -> Self {
        Self {
            environment,
            started: Instant::now(),
        }
    }
}
