//! The sandbox's data: Vorgänge, Kundenangaben and Dr. Klein leads, optionally kept in a JSON file.
//!
//! With a file (`sandbox.json`, shared by the app and the CLI), every operation takes the lock
//! file beside it (shared to read, exclusive to change), reads the file under the lock, and a
//! change is written atomically (temp file, fsync, rename, fsync of the directory) before the
//! lock is released. So several sandbox processes on the same file see the same Vorgänge and
//! no change is lost when they write at the same instant.

use std::{
    collections::BTreeMap,
    fs::{File, OpenOptions},
    io::Write,
    path::{Path, PathBuf},
    sync::{
        Mutex,
        atomic::{AtomicU64, Ordering},
    },
};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::SandboxError;

/// Everything the sandbox stores.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct State {
    /// KreditSmart Vorgänge by Vorgangsnummer (created by the KEX import or a Dr. Klein lead).
    #[serde(default)]
    pub vorgaenge: BTreeMap<String, Vorgang>,
    /// BaufiSmart cases of the Kundenangaben API by Vorgangsnummer.
    #[serde(default)]
    pub kundenangaben: BTreeMap<String, KundenangabenCase>,
    /// Dr. Klein leads by `vorgangsId`.
    #[serde(default)]
    pub drklein_leads: BTreeMap<String, DrKleinLead>,
}

impl State {
    /// Whether a Vorgangsnummer is taken by any API (they share one number space, as on Europace).
    pub fn is_taken(&self, vorgangsnummer: &str) -> bool {
        self.vorgaenge.contains_key(vorgangsnummer)
            || self.kundenangaben.contains_key(vorgangsnummer)
    }
}

/// A KreditSmart Vorgang.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Vorgang {
    /// The Vorgangsnummer.
    pub vorgangsnummer: String,
    /// Who may read and change it: the token's subject if impersonating, else its client id.
    pub owner: String,
    /// `ECHTGESCHAEFT` for `?environment=PRODUCTION`, else `TESTUMGEBUNG`.
    pub datenkontext: String,
    /// The imported body after dropping what the import could not process, with Antragsteller ids.
    pub daten: Value,
    /// Creation time, `yyyy-MM-dd'T'HH:mm:ss.SSS`.
    pub angelegt_am: String,
    /// Last change of the Vorgang data.
    pub letzte_aenderung_am: String,
    /// Last event (document, comment, Antrag change).
    pub letztes_ereignis_am: String,
    /// Set once deleted: the APIs then answer 410 Gone.
    #[serde(default)]
    pub geloescht: bool,
    /// Uploaded documents (metadata only; the content is checked, counted and dropped).
    #[serde(default)]
    pub dokumente: Vec<Dokument>,
    /// Comments from the import and the update API.
    #[serde(default)]
    pub kommentare: Vec<Kommentar>,
    /// Anträge in the export API's shape.
    #[serde(default)]
    pub antraege: Vec<Value>,
    /// Merged into the export's answer after the query ran: fields and enum values the
    /// spec does not (yet) know, to test tolerant readers. Set through the admin API only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub export_extras: Option<Value>,
}

/// An uploaded document.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Dokument {
    /// File name as sent.
    pub filename: String,
    /// Decoded size in bytes.
    pub groesse: usize,
    /// SHA-256 of the decoded content (hex), so tests can check what arrived byte for byte.
    #[serde(default)]
    pub sha256: String,
    /// Upload time.
    pub hochgeladen_am: String,
}

/// A comment on a Vorgang.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Kommentar {
    /// The text.
    pub text: String,
    /// When it was added.
    pub erstellt_am: String,
}

/// A BaufiSmart case created through the Kundenangaben API.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct KundenangabenCase {
    /// The Vorgangsnummer.
    pub vorgangsnummer: String,
    /// Who may read and change it.
    pub owner: String,
    /// `importMetadaten` of the create call.
    pub import_metadaten: Value,
    /// `updateMetadaten` of the last replace, if any.
    #[serde(default)]
    pub update_metadaten: Option<Value>,
    /// The Kundenangaben with their ids, unknown properties removed.
    pub kundenangaben: Value,
}

/// A lead received by the Dr. Klein lead API.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct DrKleinLead {
    /// The lead's id.
    pub vorgangs_id: String,
    /// The KreditSmart Vorgang created for it.
    pub europace_vorgangsnummer: String,
    /// The Tippgeber block as sent.
    pub tippgeber: Value,
    /// The custom `data` key/value pairs as sent.
    pub data: Value,
    /// Whether it was sent with `?environment=PRODUCTION`.
    pub produktion: bool,
}

/// The store: in memory, or backed by a JSON file.
pub struct Store {
    path: Option<PathBuf>,
    memory: Mutex<State>,
    writes: AtomicU64,
}

impl Store {
    /// A store on `path` (created on first write), or in memory only.
    pub fn new(path: Option<PathBuf>) -> Result<Self, SandboxError> {
        let store = Self {
            path,
            memory: Mutex::new(State::default()),
            writes: AtomicU64::new(0),
        };
        // Fail at start, not at the first request, when the file is unreadable.
        store.read(|_| ())?;
        Ok(store)
    }

    /// Runs `f` on the current state.
    pub fn read<R>(&self, f: impl FnOnce(&State) -> R) -> Result<R, SandboxError> {
        let mut memory = self.memory.lock().unwrap_or_else(|e| e.into_inner());
        let _lock = self.lock_file(false)?;
        self.load(&mut memory)?;
        Ok(f(&memory))
    }

    /// Runs `f` on the current state and saves the result.
    ///
    /// The file is re-read under the exclusive lock, so `f` always changes what another
    /// process wrote last, never a stale copy.
    pub fn update<R>(&self, f: impl FnOnce(&mut State) -> R) -> Result<R, SandboxError> {
        let mut memory = self.memory.lock().unwrap_or_else(|e| e.into_inner());
        let _lock = self.lock_file(true)?;
        self.load(&mut memory)?;
        let result = f(&mut memory);
        self.save(&memory)?;
        Ok(result)
    }

    /// Locks `<state file>.lock` (a separate file, because the state file itself is replaced
    /// by every write); released when the returned file is dropped. `None` in memory.
    fn lock_file(&self, exclusive: bool) -> Result<Option<File>, SandboxError> {
        let Some(path) = &self.path else {
            return Ok(None);
        };
        let mut lock_path = path.clone().into_os_string();
        lock_path.push(".lock");
        let lock_path = PathBuf::from(lock_path);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| state_error(&lock_path, german::io_reason(&e)))?;
        if exclusive {
            file.lock()
        } else {
            file.lock_shared()
        }
        .map_err(|e| state_error(&lock_path, german::io_reason(&e)))?;
        Ok(Some(file))
    }

    fn load(&self, memory: &mut State) -> Result<(), SandboxError> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        match std::fs::read(path) {
            Ok(bytes) => {
                *memory = serde_json::from_slice(&bytes).map_err(|e| {
                    state_error(
                        path,
                        format!(
                            "kein gültiger Sandbox-Zustand (Zeile {}, Spalte {})",
                            e.line(),
                            e.column()
                        ),
                    )
                })?;
                Ok(())
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                *memory = State::default();
                Ok(())
            }
            Err(e) => Err(state_error(path, german::io_reason(&e))),
        }
    }

    fn save(&self, state: &State) -> Result<(), SandboxError> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        let bytes = serde_json::to_vec_pretty(state)
            .map_err(|_| state_error(path, "Zustand nicht als JSON darstellbar"))?;
        // A unique temp name beside the target: rename is atomic only within one file system,
        // and two processes must not write the same temp file.
        let n = self.writes.fetch_add(1, Ordering::Relaxed);
        let mut tmp = path.clone().into_os_string();
        tmp.push(format!(".tmp-{}-{n}", std::process::id()));
        let tmp = PathBuf::from(tmp);
        write_durably(&tmp, &bytes, path).map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            state_error(path, german::io_reason(&e))
        })
    }
}

/// Writes `bytes` to `tmp`, flushes them to disk, and renames `tmp` over `path`; then flushes
/// the directory so the rename itself survives a power loss (Unix; Windows has no directory
/// handles to flush).
fn write_durably(tmp: &Path, bytes: &[u8], path: &Path) -> std::io::Result<()> {
    let mut file = File::create(tmp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(tmp, path)?;
    #[cfg(unix)]
    if let Some(dir) = path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
        File::open(dir)?.sync_all()?;
    }
    Ok(())
}

fn state_error(path: &Path, reason: impl std::fmt::Display) -> SandboxError {
    SandboxError::State(format!("{}: {reason}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Set in a re-executed copy of this test binary: the state file it writes to.
    const WRITER_ENV: &str = "SANDBOX_STATE_WRITER";
    const ROUNDS: usize = 150;

    /// One change a writer makes: a Dr. Klein lead under a key of its own.
    fn add_lead(store: &Store, key: String) {
        store
            .update(|state| {
                state.drklein_leads.insert(
                    key.clone(),
                    DrKleinLead {
                        vorgangs_id: key,
                        europace_vorgangsnummer: String::new(),
                        tippgeber: Value::Null,
                        data: Value::Null,
                        produktion: false,
                    },
                )
            })
            .unwrap();
    }

    /// The other process: a writer like the CLI's, on the file named in `WRITER_ENV`. In a
    /// normal run it returns at once.
    #[test]
    fn writer_process() {
        let Ok(path) = std::env::var(WRITER_ENV) else {
            return;
        };
        let store = Store::new(Some(PathBuf::from(path))).unwrap();
        for round in 0..ROUNDS {
            add_lead(&store, format!("process-{}-{round}", std::process::id()));
        }
    }

    fn spawn_writer_process(path: &Path) -> std::process::Child {
        std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "state::tests::writer_process",
                "--test-threads=1",
            ])
            .env(WRITER_ENV, path)
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap()
    }

    #[test]
    fn concurrent_writers_in_threads_and_processes_lose_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sandbox.json");
        let processes = [spawn_writer_process(&path), spawn_writer_process(&path)];
        // Two stores in this process stand for the app's sandbox (one per start), each written
        // from two threads.
        std::thread::scope(|scope| {
            for store_no in 0..2 {
                let store = std::sync::Arc::new(Store::new(Some(path.clone())).unwrap());
                for thread_no in 0..2 {
                    let store = store.clone();
                    scope.spawn(move || {
                        for round in 0..ROUNDS {
                            add_lead(&store, format!("thread-{store_no}-{thread_no}-{round}"));
                        }
                    });
                }
            }
        });
        let pids: Vec<u32> = processes
            .into_iter()
            .map(|mut child| {
                assert!(child.wait().unwrap().success(), "a writer process failed");
                child.id()
            })
            .collect();

        let after = Store::new(Some(path.clone())).unwrap();
        let keys = after.read(|state| state.drklein_leads.len()).unwrap();
        assert_eq!(keys, 6 * ROUNDS, "writes were lost");
        after
            .read(|state| {
                for round in 0..ROUNDS {
                    for pid in &pids {
                        assert!(
                            state
                                .drklein_leads
                                .contains_key(&format!("process-{pid}-{round}"))
                        );
                    }
                    for owner in ["0-0", "0-1", "1-0", "1-1"] {
                        assert!(
                            state
                                .drklein_leads
                                .contains_key(&format!("thread-{owner}-{round}"))
                        );
                    }
                }
            })
            .unwrap();
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name().into_string().unwrap())
            .filter(|name| name.contains(".tmp-"))
            .collect();
        assert!(leftovers.is_empty(), "temp files left: {leftovers:?}");
        let figures = serde_json::json!({
            "test": "crates/sandbox/src/state.rs concurrent_writers_in_threads_and_processes_lose_nothing",
            "proves": "The app and the CLI writing sandbox.json at the same time lose no change",
            "figures": format!(
                "{} writes from 4 threads and 2 processes at once, {keys} present, 0 lost",
                6 * ROUNDS
            ),
        });
        let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test-output/reliability");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("sandbox-state.json"), figures.to_string()).unwrap();
    }
}
