//! State shared by all commands, built once the app's data directory is known.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
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
    /// The drafts, or why they could not be opened (shown in German, never a crash).
    /// Opened on first use, off the start-up path: the keyring may take a while to answer.
    /// Emptied again only by [`AppState::start_fresh`].
    drafts: Mutex<Option<Result<Arc<Mutex<Store>>, Unopened>>>,
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
            drafts: Mutex::new(None),
            flusher: crate::queue::Flusher::default(),
            sandbox: tokio::sync::OnceCell::new(),
        }
    }

    /// Opens the drafts now if nobody has yet (called once in the background at start).
    pub fn open_drafts(&self) {
        // A failure is kept and shown when the UI first asks for the drafts.
        let _ = self.drafts_handle();
    }

    /// The drafts store itself, opened on first use; also for the outbox that shares it.
    pub fn drafts_handle(&self) -> Result<Arc<Mutex<Store>>, AppError> {
        let mut slot = self.drafts.lock().unwrap_or_else(PoisonError::into_inner);
        let drafts = slot.get_or_insert_with(|| {
            open_drafts(&self.data_dir, &self.keyring)
                .map(|store| Arc::new(Mutex::new(store)))
                .map_err(Unopened::from)
        });
        drafts.clone().map_err(AppError::from)
    }

    /// When the drafts key is lost: moves the unreadable database aside (kept, so a restored
    /// key can still open it) and starts with a new key and no drafts. Returns where the old
    /// database now lies.
    pub fn start_fresh(&self) -> Result<PathBuf, AppError> {
        let mut slot = self.drafts.lock().unwrap_or_else(PoisonError::into_inner);
        if !matches!(slot.as_ref(), Some(Err(Unopened::KeyMissing(_)))) {
            return Err(AppError::InvalidInput(
                "Neu beginnen ist nur nötig, wenn der Schlüssel der Entwürfe fehlt.".into(),
            ));
        }
        let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
        let aside = self
            .data_dir
            .join(format!("drafts-ohne-schluessel-{stamp}.sqlite"));
        let current = self.data_dir.join(DRAFTS_FILE);
        // The WAL and its index belong to the database: SQLite finds them by name.
        for suffix in ["", "-wal", "-shm"] {
            let from = PathBuf::from(format!("{}{suffix}", current.display()));
            if from.exists() {
                let to = PathBuf::from(format!("{}{suffix}", aside.display()));
                std::fs::rename(&from, &to)
                    .map_err(|e| AppError::DataDir(german::io_reason(&e)))?;
            }
        }
        *slot = None;
        drop(slot);
        self.drafts_handle()?;
        Ok(aside)
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
                    AppError::Connection(format!("Die Sandbox ließ sich nicht starten: {e}"))
                })
            })
            .await
    }

    /// Runs `f` on the drafts store.
    pub fn with_drafts<T>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, AppError>,
    ) -> Result<T, AppError> {
        let drafts = self.drafts_handle()?;
        // A panic while holding the lock cannot leave SQLite half-written; carry on.
        let mut store = drafts.lock().unwrap_or_else(PoisonError::into_inner);
        f(&mut store)
    }
}

/// Why the drafts could not be opened, kept for every later command.
#[derive(Debug, Clone)]
enum Unopened {
    KeyMissing(PathBuf),
    Other(String),
}

impl From<AppError> for Unopened {
    fn from(error: AppError) -> Self {
        match error {
            AppError::DraftsKeyMissing(path) => Self::KeyMissing(path),
            other => Self::Other(crate::error::CommandError::from(other).message),
        }
    }
}

impl From<Unopened> for AppError {
    fn from(shown: Unopened) -> Self {
        match shown {
            Unopened::KeyMissing(path) => Self::DraftsKeyMissing(path),
            Unopened::Other(message) => Self::DraftsUnavailable(message),
        }
    }
}

/// Opens the drafts with the key from the OS keyring, creating both on first start.
fn open_drafts(data_dir: &Path, keyring: &Keyring) -> Result<Store, AppError> {
    let path = data_dir.join(DRAFTS_FILE);
    let key = match keyring.draft_key()? {
        Some(bytes) => DraftKey::from_slice(&bytes)?,
        None if path.exists() => return Err(AppError::DraftsKeyMissing(path)),
        None => {
            let key = DraftKey::generate()?;
            keyring.set_draft_key(key.as_bytes())?;
            key
        }
    };
    Ok(Store::open(&path, &key)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A keyring of its own on the real Secret Service, emptied afterwards.
    struct TestKeyring(Keyring);

    impl Drop for TestKeyring {
        fn drop(&mut self) {
            let _ = self.0.delete_draft_key();
        }
    }

    fn app_state(dir: &Path, service: &str) -> (AppState, TestKeyring) {
        let mut state = AppState::new(Environment::Sandbox, Instant::now(), dir.to_owned());
        state.keyring = Keyring::new(service);
        (state, TestKeyring(Keyring::new(service)))
    }

    #[test]
    fn a_lost_key_is_explained_and_starting_fresh_keeps_the_old_drafts() {
        let dir = tempfile::tempdir().unwrap();
        let service = format!("leadbridge-test-{}", uuid::Uuid::new_v4().simple());
        let (state, keyring) = app_state(dir.path(), &service);
        state.drafts_handle().unwrap();
        assert!(
            matches!(state.start_fresh(), Err(AppError::InvalidInput(_))),
            "nothing to start afresh from while the drafts open"
        );
        drop(state);
        keyring.0.delete_draft_key().unwrap();

        let (state, _keyring) = app_state(dir.path(), &service);
        let Err(error) = state.drafts_handle() else {
            panic!("the drafts opened without their key");
        };
        let error = crate::error::CommandError::from(error);
        assert_eq!(error.code, crate::error::ErrorCode::DraftsKeyMissing);
        assert!(
            error.message.contains("fehlt im Schlüsselbund"),
            "{}",
            error.message
        );

        let aside = state.start_fresh().unwrap();
        assert!(
            aside.exists(),
            "the old database is kept at {}",
            aside.display()
        );
        assert!(dir.path().join(DRAFTS_FILE).exists(), "a new database");
        let listed = state.with_drafts(|store| Ok(store.list(&store::ListQuery::default())?));
        assert!(listed.unwrap().is_empty());
        assert!(state.keyring.draft_key().unwrap().is_some(), "a new key");
    }
}
