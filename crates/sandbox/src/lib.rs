//! A local stand-in for the five APIs Leadbridge talks to: Europace's OAuth token endpoint, the
//! KreditSmart import (REST), export (GraphQL) and update (REST) APIs, the BaufiSmart
//! Kundenangaben API and the Dr. Klein lead API, with fault injection.
//!
//! One port serves every API under its own path prefix; a client configured with the base URL
//! of an API appends the same paths it would append on Europace:
//!
//! | API | base URL | paths |
//! |---|---|---|
//! | Authorization | `{base}/auth` | `POST /token` |
//! | KEX import | `{base}/kex-vorgang-import` | `POST /vorgang[?environment=PRODUCTION]` |
//! | KEX export + update (`www.europace2.de`) | `{base}` | `POST /kreditsmart/kex/vorgaenge` (GraphQL), `POST /kreditsmart/kex/vorgang/{nr}/dokument`, `POST /kreditsmart/kex/vorgang/{nr}/kommentare` |
//! | Kundenangaben | `{base}/baufinanzierung` | `POST /kundenangaben`, `GET`/`PUT /kundenangaben/{nr}`, `POST /kundenangaben/body-validation` |
//! | Dr. Klein | `{base}/drklein` | `POST /lead`, `POST /vorgang[?environment=PRODUCTION]` |
//! | Sandbox admin | `{base}/_admin` | `POST /reset`, `GET /state`, `POST /vorgang/{nr}/antraege/advance`, `POST /vorgang/{nr}/antraege`, `PUT /vorgang/{nr}/export-extras`, `POST /vorgang/{nr}/delete`, `GET`/`PUT`/`DELETE /faults` |
//!
//! [`ApiUrls`] spells these out for a running sandbox.

#![warn(missing_docs)]

mod admin;
mod auth;
mod drklein;
mod faults;
mod kex_export;
mod kex_import;
mod kex_update;
mod kundenangaben;
mod problem;
mod server;
pub mod state;

use std::{net::SocketAddr, path::PathBuf, sync::Arc, time::Duration};

use axum::{
    Router,
    extract::DefaultBodyLimit,
    middleware,
    routing::{get, post, put},
};
use tokio::{net::TcpListener, sync::watch, task::JoinHandle};

pub use admin::FaultsBody;
pub use auth::{ClientConfig, KNOWN_SCOPES};
pub use faults::{FaultKind, FaultRule};
pub use state::State;

/// The Dr. Klein `X-Authentication` token the sandbox accepts when none is configured.
pub const DEFAULT_DRKLEIN_TOKEN: &str = "sandbox-drklein-jwt";

/// Why the sandbox could not start or an admin operation failed.
#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    /// Binding or serving the port failed (the io error is kept for logs, not shown: English).
    #[error("Die Sandbox kann ihren Netzwerkanschluss nicht öffnen.")]
    Io(#[from] std::io::Error),
    /// The state file could not be read, parsed or written; the detail is German.
    #[error("Sandbox-Zustandsdatei {0}.")]
    State(String),
    /// A bundled contract (JSON Schema, OpenAPI) could not be loaded: a defect of this build.
    #[error("Eine mitgelieferte Schnittstellenbeschreibung der Sandbox ist fehlerhaft ({0}).")]
    Contract(String),
    /// No Vorgang with this number.
    #[error("Die Sandbox kennt keinen Vorgang {0}.")]
    UnknownVorgang(String),
    /// The Anträge of this Vorgang are already in their final status.
    #[error("Die Anträge von Vorgang {0} haben schon ihren letzten Status.")]
    AlreadyFinal(String),
}

/// How to start the sandbox.
#[derive(Clone, Debug)]
pub struct Config {
    /// Port on 127.0.0.1; 0 picks a free one.
    pub port: u16,
    /// JSON file holding the state; `None` keeps it in memory only.
    pub state_file: Option<PathBuf>,
    /// OAuth clients the token endpoint accepts.
    pub clients: Vec<ClientConfig>,
    /// Lifetime of issued bearer tokens.
    pub token_ttl: Duration,
    /// `X-Authentication` tokens the Dr. Klein API accepts.
    pub drklein_tokens: Vec<String>,
    /// Fault rules in force from the start.
    pub faults: Vec<FaultRule>,
    /// Seed of the generator deciding probabilistic faults.
    pub seed: u64,
}

impl Default for Config {
    /// Ephemeral port, in-memory state, the default sandbox client and Dr. Klein token, no faults.
    fn default() -> Self {
        Self {
            port: 0,
            state_file: None,
            clients: vec![ClientConfig::sandbox_default()],
            token_ttl: Duration::from_secs(3600),
            drklein_tokens: vec![DEFAULT_DRKLEIN_TOKEN.to_owned()],
            faults: Vec::new(),
            seed: 0,
        }
    }
}

/// What every handler shares.
pub(crate) struct Shared {
    pub(crate) store: state::Store,
    pub(crate) tokens: auth::Tokens,
    pub(crate) faults: faults::Faults,
    pub(crate) kex_schema: kex_import::KexSchema,
    pub(crate) kex_export: async_graphql::dynamic::Schema,
    pub(crate) kundenangaben_schema: kundenangaben::Contract,
    pub(crate) drklein_tokens: Vec<String>,
}

pub(crate) type AppState = Arc<Shared>;

/// The base URL of each API of a running sandbox (no trailing slash).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiUrls {
    /// Authorization API: append `/token`.
    pub auth: String,
    /// KEX import: append `/vorgang`.
    pub kex_import: String,
    /// KEX export and update (Europace's `www.europace2.de`), at the sandbox the base URL
    /// itself: append `/kreditsmart/kex/...`.
    pub europace2: String,
    /// Kundenangaben (`baufinanzierung.api.europace.de`): append `/kundenangaben...`.
    pub kundenangaben: String,
    /// Dr. Klein lead API: append `/lead` or `/vorgang`.
    pub drklein: String,
    /// Sandbox admin endpoints.
    pub admin: String,
}

/// A started sandbox: its address and the operations the CLI and tests need. Dropping it stops
/// the server as well, without waiting for it.
pub struct RunningSandbox {
    addr: SocketAddr,
    shared: AppState,
    shutdown: watch::Sender<bool>,
    task: JoinHandle<()>,
}

impl RunningSandbox {
    /// `http://127.0.0.1:{port}`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL of each API.
    pub fn urls(&self) -> ApiUrls {
        let base = self.base_url();
        ApiUrls {
            auth: format!("{base}/auth"),
            kex_import: format!("{base}/kex-vorgang-import"),
            europace2: base.clone(),
            kundenangaben: format!("{base}/baufinanzierung"),
            drklein: format!("{base}/drklein"),
            admin: format!("{base}/_admin"),
        }
    }

    /// Forgets every Vorgang, Kundenangaben case and lead.
    pub fn reset(&self) -> Result<(), SandboxError> {
        admin::reset(&self.shared)
    }

    /// Moves the Anträge of a Vorgang one status further; returns them in the export shape.
    pub fn advance_antraege(
        &self,
        vorgangsnummer: &str,
    ) -> Result<serde_json::Value, SandboxError> {
        admin::advance(&self.shared, vorgangsnummer)
    }

    /// Appends an Antrag in the export shape to a Vorgang.
    pub fn add_antrag(
        &self,
        vorgangsnummer: &str,
        antrag: serde_json::Value,
    ) -> Result<(), SandboxError> {
        admin::add_antrag(&self.shared, vorgangsnummer, antrag)
    }

    /// Makes the export merge `extras` into its answer for this Vorgang: unknown fields and
    /// enum values for testing tolerant readers. `None` stops it.
    pub fn set_export_extras(
        &self,
        vorgangsnummer: &str,
        extras: Option<serde_json::Value>,
    ) -> Result<(), SandboxError> {
        admin::set_export_extras(&self.shared, vorgangsnummer, extras)
    }

    /// Marks a Vorgang deleted: the APIs then answer 410 for it.
    pub fn delete_vorgang(&self, vorgangsnummer: &str) -> Result<(), SandboxError> {
        admin::delete(&self.shared, vorgangsnummer)
    }

    /// Replaces the fault rules; reseeds the generator if `seed` is given.
    pub fn set_faults(&self, rules: Vec<FaultRule>, seed: Option<u64>) {
        self.shared.faults.set(rules, seed);
    }

    /// A copy of the whole state.
    pub fn state(&self) -> Result<State, SandboxError> {
        self.shared.store.read(Clone::clone)
    }

    /// Stops accepting, ends open connections and waits for the server task.
    pub async fn stop(self) {
        let _ = self.shutdown.send(true);
        let _ = self.task.await;
    }
}

/// Starts the sandbox on 127.0.0.1 and serves until [`RunningSandbox::stop`].
pub async fn start(config: Config) -> Result<RunningSandbox, SandboxError> {
    let shared = Arc::new(Shared {
        store: state::Store::new(config.state_file)?,
        tokens: auth::Tokens::new(config.clients, config.token_ttl),
        faults: faults::Faults::new(config.faults, config.seed),
        kex_schema: kex_import::KexSchema::load()?,
        kex_export: kex_export::schema()?,
        kundenangaben_schema: kundenangaben::Contract::load()?,
        drklein_tokens: config.drklein_tokens,
    });
    let listener = TcpListener::bind(("127.0.0.1", config.port)).await?;
    let addr = listener.local_addr()?;
    let (shutdown, receiver) = watch::channel(false);
    let task = tokio::spawn(server::serve(listener, router(shared.clone()), receiver));
    Ok(RunningSandbox {
        addr,
        shared,
        shutdown,
        task,
    })
}

fn router(shared: AppState) -> Router {
    let kex = "/kreditsmart/kex";
    let apis = Router::new()
        .route("/auth/token", post(auth::token))
        .route("/kex-vorgang-import/vorgang", post(kex_import::create))
        .route(&format!("{kex}/vorgaenge"), post(kex_export::graphql))
        .route(
            &format!("{kex}/vorgang/{{vorgangsnummer}}/dokument"),
            // Documents of 50 MB and more arrive as base64 (4/3 the size), far above axum's
            // default limit of 2 MB.
            post(kex_update::dokument).layer(DefaultBodyLimit::max(kex_update::MAX_BODY)),
        )
        .route(
            &format!("{kex}/vorgang/{{vorgangsnummer}}/kommentare"),
            post(kex_update::kommentare),
        )
        .route(
            "/baufinanzierung/kundenangaben",
            post(kundenangaben::create),
        )
        .route(
            "/baufinanzierung/kundenangaben/body-validation",
            post(kundenangaben::body_validation),
        )
        .route(
            "/baufinanzierung/kundenangaben/{vorgangsnummer}",
            get(kundenangaben::get).put(kundenangaben::replace),
        )
        .route("/drklein/lead", post(drklein::lead))
        .route("/drklein/vorgang", post(drklein::lead))
        .route("/_admin/reset", post(admin::reset_handler))
        .route("/_admin/state", get(admin::state_handler))
        .route(
            "/_admin/vorgang/{vorgangsnummer}/antraege/advance",
            post(admin::advance_handler),
        )
        .route(
            "/_admin/vorgang/{vorgangsnummer}/antraege",
            post(admin::add_antrag_handler),
        )
        .route(
            "/_admin/vorgang/{vorgangsnummer}/export-extras",
            put(admin::export_extras_put),
        )
        .route(
            "/_admin/vorgang/{vorgangsnummer}/delete",
            post(admin::delete_handler),
        )
        .route(
            "/_admin/faults",
            get(admin::faults_get)
                .put(admin::faults_put)
                .delete(admin::faults_delete),
        )
        .route_layer(middleware::from_fn_with_state(
            shared.clone(),
            faults::inject,
        ));
    apis.layer(middleware::from_fn(problem::trace_id))
        .with_state(shared)
}

/// Current time in Europace's export format `yyyy-MM-dd'T'HH:mm:ss.SSS`.
pub(crate) fn now() -> String {
    chrono::Local::now()
        .naive_local()
        .format("%Y-%m-%dT%H:%M:%S%.3f")
        .to_string()
}

/// A new Vorgangsnummer in Europace's style (six characters, e.g. `N94L7T`), unique in `state`.
pub(crate) fn new_vorgangsnummer(state: &State) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    loop {
        let bytes = uuid::Uuid::new_v4().into_bytes();
        let nr: String = bytes[..6]
            .iter()
            .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
            .collect();
        if !state.is_taken(&nr) {
            return nr;
        }
    }
}
