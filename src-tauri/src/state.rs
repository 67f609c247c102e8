//! State shared by all commands, built once the app's data directory is known.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Instant;

use credentials::Keyring;
use store::{DraftKey, Store};

use crate::environment::Environment;
use crate::error::AppError;

/// The drafts database inside the data directory.
const DRAFTS_FILE: &str = "drafts.sqlite";
/// The embedded sandbox's state, shared with `leadbridge --env sandbox`.
const SANDBOX_FILE: &str = "sandbox.json";

pub struct AppState {
    /// The environment every network call of this run goes to.
    pub environment: Environment,
    /// When the process started, for the start-up time the UI reports.
    pub started: Instant,
    /// Where drafts and settings are kept.
    pub data_dir: PathBuf,
    pub keyring: Keyring,
    /// The drafts, or the German reason they could not be opened (shown, never a crash).
    /// Opened on first use, off the start-up path: the keyring may take a while to answer.
    drafts: OnceLock<Result<Arc<Mutex<Store>>, String>>,
    /// The one sender of the outbox, with what the Postausgang shows.
    pub flusher: crate::queue::Flusher,
    /// The embedded sandbox, started on the first send in the Sandbox environment.
    sandbox: tokio::sync::OnceCell<sandbox::RunningSandbox>,
}

impl AppState {
    pub fn new(environment: Environment, started: Instant, data_dir: PathBuf) -> Self {
        Self {
            environment,
            started,
            data_dir,
            keyring: Keyring::default(),
            drafts: OnceLock::new(),
            flusher: crate::queue::Flusher::default(),
            sandbox: tokio::sync::OnceCell::new(),
        }
    }

    /// Opens the drafts now if nobody has yet (called once in the background at start).
    pub fn open_drafts(&self) {
        self.drafts();
    }

    fn drafts(&self) -> &Result<Arc<Mutex<Store>>, String> {
        self.drafts.get_or_init(|| {
            open_drafts(&self.data_dir, &self.keyring)
                .map(|store| Arc::new(Mutex::new(store)))
                .map_err(|e| crate::error::CommandError::from(e).message)
        })
    }

    /// The drafts store itself, for the outbox that shares it.
    pub fn drafts_handle(&self) -> Result<Arc<Mutex<Store>>, AppError> {
        self.drafts().clone().map_err(AppError::DraftsUnavailable)
    }

    /// The embedded sandbox on the state file the CLI shares, started on first use.
    pub async fn sandbox(&self) -> Result<&sandbox::RunningSandbox, AppError> {
        self.sandbox
            .get_or_try_init(|| async {
                sandbox::start(sandbox::Config {
                    port: 0,
                    state_file: Some(self.data_dir.join(SANDBOX_FILE)),
                    ..Default::default()
                })
                .await
                .map_err(|e| {
                    AppError::InvalidInput(format!("Die Sandbox ließ sich nicht starten: {e}"))
                })
            })
            .await
    }

    /// Runs `f` on the drafts store.
    pub fn with_drafts<T>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, AppError>,
    ) -> Result<T, AppError> {
        let drafts = self
            .drafts()
            .as_ref()
            .map_err(|reason| AppError::DraftsUnavailable(reason.clone()))?;
        // A panic while holding the lock cannot leave SQLite half-written; carry on.
        let mut store = drafts
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&mut store)
    }
}

/// Opens the drafts with the key from the OS keyring, creating both on first start.
fn open_drafts(data_dir: &Path, keyring: &Keyring) -> Result<Store, AppError> {
    let path = data_dir.join(DRAFTS_FILE);
    let key = match keyring.draft_key()? {
        Some(bytes) => DraftKey::from_slice(&bytes)?,
        None if path.exists() => {
            return Err(AppError::DraftsUnavailable(format!(
                "Der Schlüssel für Ihre Entwürfe fehlt im Schlüsselbund des Systems. Ohne ihn \
                 lassen sich die gespeicherten Entwürfe nicht öffnen; sie bleiben unverändert in \
                 {} erhalten. Stellen Sie den Schlüsselbund wieder her (z. B. aus einer \
                 Sicherung) und starten Sie Leadbridge neu.",
                path.display()
            )));
        }
        None => {
            let key = DraftKey::generate()?;
            keyring.set_draft_key(key.as_bytes())?;
            key
        }
    };
    Ok(Store::open(&path, &key)?)
}
