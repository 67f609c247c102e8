//! A real sandbox on an ephemeral port and a real store in a temporary directory.

#![allow(dead_code)] // each test binary uses its own subset

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use europace::auth::{ClientCredentials, Secret, TokenProvider};
use europace::drklein::client::DrKleinClient;

use europace::transport::{Timeouts, Transport, TransportOptions};
use outbox::{Outbox, RetryPolicy, Target};
use sandbox::{FaultKind, FaultRule, RunningSandbox};
use serde_json::{Value, json};
use store::{
    DraftHeader, DraftId, DraftKey, Environment, HistoryEvent, LeadKind, OutboxState, OutboxStatus,
    Store,
};
use tempfile::TempDir;

/// How long a test client waits for an answer; latency faults go beyond it.
pub const REQUEST_TIMEOUT: Duration = Duration::from_millis(800);

pub const KEX_ROUTE: &str = "/kex-vorgang-import/vorgang";
pub const KUNDENANGABEN_ROUTE: &str = "/baufinanzierung/kundenangaben";
pub const DRKLEIN_ROUTE: &str = "/drklein/vorgang";

pub struct Harness {
    pub sandbox: RunningSandbox,
    pub store: Arc<Mutex<Store>>,
    pub outbox: Outbox,
    pub store_path: PathBuf,
    _dirs: Vec<TempDir>,
}

pub fn store_key() -> DraftKey {
    DraftKey::from_bytes([7; 32])
}

pub struct Options {
    /// Keep the sandbox's state in a file (as the app does) rather than in memory.
    pub state_file: bool,
    /// Put the store on a RAM disk when there is one, for many fsyncs.
    pub store_in_memory_fs: bool,
    pub faults: Vec<FaultRule>,
    pub seed: u64,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            state_file: true,
            store_in_memory_fs: false,
            faults: Vec::new(),
            seed: 0,
        }
    }
}

pub fn retry_policy() -> RetryPolicy {
    RetryPolicy {
        attempts: 4,
        first_delay: Duration::from_millis(10),
        max_delay: Duration::from_secs(2),
    }
}

pub async fn harness(options: Options) -> Harness {
    let sandbox_dir = tempfile::tempdir().unwrap();
    let store_dir = if options.store_in_memory_fs && Path::new("/dev/shm").is_dir() {
        tempfile::tempdir_in("/dev/shm").unwrap()
    } else {
        tempfile::tempdir().unwrap()
    };
    let sandbox = sandbox::start(sandbox::Config {
        state_file: options
            .state_file
            .then(|| sandbox_dir.path().join("sandbox-state.json")),
        faults: options.faults,
        seed: options.seed,
        ..Default::default()
    })
    .await
    .unwrap();
    let store_path = store_dir.path().join("drafts.sqlite");
    let store = Store::open(&store_path, &store_key()).unwrap();
    let store = Arc::new(Mutex::new(store));
    let outbox = Outbox::new(store.clone())
        .with_target(Environment::Sandbox, target(&sandbox.base_url()))
        .with_retry(retry_policy());
    Harness {
        sandbox,
        store,
        outbox,
        store_path,
        _dirs: vec![sandbox_dir, store_dir],
    }
}

impl Harness {
    /// The app stops and starts again on the same files: the store is closed (its lock
    /// released) and opened anew, with a new outbox; the sandbox keeps running.
    pub fn restart(self) -> Harness {
        let Harness {
            sandbox,
            store,
            outbox,
            store_path,
            _dirs,
        } = self;
        drop(outbox);
        drop(store);
        let store = Arc::new(Mutex::new(Store::open(&store_path, &store_key()).unwrap()));
        let outbox = Outbox::new(store.clone())
            .with_target(Environment::Sandbox, target(&sandbox.base_url()))
            .with_retry(retry_policy());
        Harness {
            sandbox,
            store,
            outbox,
            store_path,
            _dirs,
        }
    }
}

/// Clients for the sandbox at `base`, as the app builds them.
pub fn target(base: &str) -> Target {
    let transport = Transport::new(
        europace::environment::Site::sandbox_under(base).unwrap(),
        TransportOptions {
            app_name: "outbox-test".to_owned(),
            timeouts: Timeouts {
                connect: Duration::from_millis(500),
                request: REQUEST_TIMEOUT,
                ..Timeouts::default()
            },
        },
    )
    .unwrap();
    let tokens = TokenProvider::new(
        &transport,
        ClientCredentials {
            client_id: "sandbox".to_owned(),
            client_secret: Secret::new("sandbox"),
        },
    );
    Target::new(
        tokens,
        Some(DrKleinClient::new(
            &transport,
            Secret::new(sandbox::DEFAULT_DRKLEIN_TOKEN),
        )),
    )
    .with_sandbox_listing(base)
    .unwrap()
}

pub fn rule(route: &str, fault: FaultKind) -> FaultRule {
    FaultRule {
        route: route.to_owned(),
        method: Some("POST".to_owned()),
        fault,
        probability: None,
        every_nth: None,
        times: Some(1),
    }
}

pub fn content(kind: LeadKind, name: &str) -> Value {
    let kex = json!({
        "kundenbetreuer": { "partnerId": "ABC12" },
        "antragsteller1": { "personendaten": { "vorname": name, "nachname": "Mustermann" } }
    });
    match kind {
        LeadKind::KexImport => kex,
        LeadKind::DrKlein => {
            let mut lead = kex;
            lead["tippgeber"] = json!({ "vorname": "Tina", "nachname": "Tipp", "anrede": "FRAU" });
            lead
        }
        LeadKind::Kundenangaben => json!({
            "kundenangaben": { "haushalte": [ { "kunden": [ {
                "referenzId": "kunde1",
                "personendaten": { "person": { "vorname": name, "nachname": "Mustermann" } }
            } ] } ] }
        }),
    }
}

/// A new draft of `kind` with `content`, queued.
pub fn queue_draft(h: &Harness, kind: LeadKind, content: &Value) -> DraftId {
    queue_draft_for(h, kind, content, None)
}

/// A new draft of `kind` with `content` for `berater`, queued.
pub fn queue_draft_for(
    h: &Harness,
    kind: LeadKind,
    content: &Value,
    berater: Option<store::Berater>,
) -> DraftId {
    let id = DraftId::new();
    let header = DraftHeader {
        kind,
        environment: Environment::Sandbox,
        title: "Mustermann, Max".to_owned(),
        berater,
    };
    let mut store = h.store.lock().unwrap();
    store.save(id, &header, content).unwrap();
    store.enqueue(id).unwrap();
    id
}

pub fn state(h: &Harness, id: DraftId) -> OutboxState {
    h.store.lock().unwrap().get(id).unwrap().summary.state
}

pub fn status(h: &Harness, id: DraftId) -> OutboxStatus {
    h.store
        .lock()
        .unwrap()
        .get(id)
        .unwrap()
        .summary
        .meta
        .ok()
        .unwrap()
        .status
        .clone()
}

pub fn events(h: &Harness, id: DraftId) -> Vec<HistoryEvent> {
    h.store
        .lock()
        .unwrap()
        .get(id)
        .unwrap()
        .history
        .into_iter()
        .map(|entry| entry.event.ok().cloned().unwrap())
        .collect()
}

/// Every client reference the draft's sends carried.
pub fn references(h: &Harness, id: DraftId) -> Vec<String> {
    events(h, id)
        .into_iter()
        .filter_map(|event| match event {
            HistoryEvent::Sent { client_reference } => Some(client_reference),
            _ => None,
        })
        .collect()
}

/// The sandbox's own view: Vorgangsnummer by client reference, all of them.
pub fn vorgaenge_by_reference(sandbox: &RunningSandbox) -> BTreeMap<String, Vec<String>> {
    let state = sandbox.state().unwrap();
    let mut by_reference: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (nummer, vorgang) in &state.vorgaenge {
        if let Some(reference) = vorgang.daten["eigeneVorgangsnummer"].as_str() {
            by_reference
                .entry(reference.to_owned())
                .or_default()
                .push(nummer.clone());
        }
    }
    for (nummer, case) in &state.kundenangaben {
        if let Some(reference) = case.import_metadaten["externeVorgangsId"].as_str() {
            by_reference
                .entry(reference.to_owned())
                .or_default()
                .push(nummer.clone());
        }
    }
    by_reference
}

/// The Vorgänge the sandbox holds for any send of the draft.
pub fn vorgaenge_of(h: &Harness, id: DraftId) -> Vec<String> {
    let by_reference = vorgaenge_by_reference(&h.sandbox);
    references(h, id)
        .iter()
        .flat_map(|reference| by_reference.get(reference).cloned().unwrap_or_default())
        .collect()
}

pub async fn flush(h: &Harness) -> outbox::FlushReport {
    h.outbox.flush(|_| {}).await.unwrap()
}

/// Writes a reliability test's figures to `test-output/reliability/<name>.json`, from which
/// `make reliability` renders the README's Reliability table.
pub fn record_reliability(name: &str, figures: &serde_json::Value) {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test-output/reliability");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join(format!("{name}.json")),
        serde_json::to_string_pretty(figures).unwrap(),
    )
    .unwrap();
}
