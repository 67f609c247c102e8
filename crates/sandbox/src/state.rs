//! The sandbox's data: Vorgänge, Kundenangaben and Dr. Klein leads, optionally kept in a JSON file.
//!
//! With a file, every operation reads the file first and writes it back atomically (temp file +
//! rename), so several sandbox processes on the same file see the same Vorgänge. There is no
//! file lock: two processes writing at the same instant keep only one of the two changes.

use std::{
    collections::BTreeMap,
    path::PathBuf,
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
        self.load(&mut memory)?;
        Ok(f(&memory))
    }

    /// Runs `f` on the current state and saves the result.
    pub fn update<R>(&self, f: impl FnOnce(&mut State) -> R) -> Result<R, SandboxError> {
        let mut memory = self.memory.lock().unwrap_or_else(|e| e.into_inner());
        self.load(&mut memory)?;
        let result = f(&mut memory);
        self.save(&memory)?;
        Ok(result)
    }

    fn load(&self, memory: &mut State) -> Result<(), SandboxError> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        match std::fs::read(path) {
            Ok(bytes) => {
                *memory = serde_json::from_slice(&bytes)
                    .map_err(|e| SandboxError::State(format!("{}: {e}", path.display())))?;
                Ok(())
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                *memory = State::default();
                Ok(())
            }
            Err(e) => Err(SandboxError::State(format!("{}: {e}", path.display()))),
        }
    }

    fn save(&self, state: &State) -> Result<(), SandboxError> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        let bytes = serde_json::to_vec_pretty(state)
            .map_err(|e| SandboxError::State(format!("{}: {e}", path.display())))?;
        // A unique temp name beside the target: rename is atomic only within one file system,
        // and two processes must not write the same temp file.
        let n = self.writes.fetch_add(1, Ordering::Relaxed);
        let mut tmp = path.clone().into_os_string();
        tmp.push(format!(".tmp-{}-{n}", std::process::id()));
        let tmp = PathBuf::from(tmp);
        std::fs::write(&tmp, bytes)
            .and_then(|()| std::fs::rename(&tmp, path))
            .map_err(|e| SandboxError::State(format!("{}: {e}", path.display())))
    }
}
