//! A scripted local HTTP server for client tests: records every request and answers with
//! queued replies per path; the token endpoint issues `tok-1`, `tok-2`, … unless scripted.

use std::collections::{HashMap, VecDeque};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::HeaderMap;
use axum::response::Response;
use europace::auth::{ClientCredentials, Secret, TokenProvider};
use europace::environment::Site;
use europace::transport::{Timeouts, Transport, TransportOptions};

pub const TOKEN: &str = "/auth/token";
pub const KEX_IMPORT: &str = "/kex-vorgang-import/vorgang";
pub const KEX_EXPORT: &str = "/kreditsmart/kex/vorgaenge";
pub const DRKLEIN: &str = "/drklein/vorgang";

pub const CLIENT_ID: &str = "client-1";
pub const CLIENT_SECRET: &str = "geheim";

#[derive(Debug, Clone)]
pub struct Reply {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: String,
    delay: Duration,
}

impl Reply {
    pub fn json(status: u16, body: serde_json::Value) -> Self {
        Self::status(status)
            .header("content-type", "application/json")
            .body(body.to_string())
    }

    pub fn status(status: u16) -> Self {
        Self {
            status,
            headers: Vec::new(),
            body: String::new(),
            delay: Duration::ZERO,
        }
    }

    pub fn header(mut self, name: &'static str, value: &str) -> Self {
        self.headers.push((name, value.to_owned()));
        self
    }

    pub fn body(mut self, body: impl Into<String>) -> Self {
        self.body = body.into();
        self
    }

    pub fn delay(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }
}

#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub query: Option<String>,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("a JSON body")
    }

    /// The form body as ordered (key, value) pairs.
    pub fn form(&self) -> Vec<(String, String)> {
        form_urlencoded::parse(&self.body)
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    }
}

#[derive(Default)]
struct Shared {
    recorded: Mutex<Vec<Recorded>>,
    scripts: Mutex<HashMap<String, VecDeque<Reply>>>,
    tokens_issued: AtomicU64,
    token_lifetime: AtomicU64,
}

pub struct TestServer {
    pub base: String,
    shared: Arc<Shared>,
}

impl TestServer {
    pub async fn start() -> Self {
        let shared = Arc::new(Shared::default());
        shared.token_lifetime.store(3600, Ordering::SeqCst);
        let app = axum::Router::new()
            .fallback(handle)
            .with_state(Arc::clone(&shared));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        Self { base, shared }
    }

    /// Queues `reply` as the next answer for `path`.
    pub fn script(&self, path: &str, reply: Reply) {
        self.shared
            .scripts
            .lock()
            .unwrap()
            .entry(path.to_owned())
            .or_default()
            .push_back(reply);
    }

    /// Lifetime (`expires_in`) of the tokens issued from now on.
    pub fn token_lifetime(&self, seconds: u64) {
        self.shared.token_lifetime.store(seconds, Ordering::SeqCst);
    }

    pub fn requests(&self, path: &str) -> Vec<Recorded> {
        self.shared
            .recorded
            .lock()
            .unwrap()
            .iter()
            .filter(|r| r.path == path)
            .cloned()
            .collect()
    }

    pub fn environment(&self) -> Site {
        Site::sandbox_under(&self.base).unwrap()
    }

    pub fn transport(&self) -> Transport {
        transport(self.environment(), Timeouts::default())
    }

    pub fn tokens(&self) -> TokenProvider {
        tokens(&self.transport())
    }
}

pub fn transport(environment: Site, timeouts: Timeouts) -> Transport {
    Transport::new(
        environment,
        TransportOptions {
            app_name: "leadbridge".into(),
            timeouts,
        },
    )
    .unwrap()
}

pub fn tokens(transport: &Transport) -> TokenProvider {
    TokenProvider::new(
        transport,
        ClientCredentials {
            client_id: CLIENT_ID.into(),
            client_secret: Secret::new(CLIENT_SECRET),
        },
    )
}

async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, usize::MAX).await.unwrap();
    let path = parts.uri.path().to_owned();
    shared.recorded.lock().unwrap().push(Recorded {
        method: parts.method.to_string(),
        path: path.clone(),
        query: parts.uri.query().map(str::to_owned),
        headers: parts.headers,
        body,
    });
    let scripted = shared
        .scripts
        .lock()
        .unwrap()
        .get_mut(&path)
        .and_then(VecDeque::pop_front);
    let reply = match scripted {
        Some(reply) => reply,
        None if path == TOKEN => {
            let n = shared.tokens_issued.fetch_add(1, Ordering::SeqCst) + 1;
            let lifetime = shared.token_lifetime.load(Ordering::SeqCst);
            Reply::json(
                200,
                serde_json::json!({
                    "access_token": format!("tok-{n}"),
                    "token_type": "Bearer",
                    "expires_in": lifetime,
                    "scope": "privatkredit:vorgang:schreiben",
                }),
            )
        }
        None => Reply::status(599).body(format!("no reply scripted for {path}")),
    };
    tokio::time::sleep(reply.delay).await;
    let mut response = Response::builder().status(reply.status);
    for (name, value) in reply.headers {
        response = response.header(name, value);
    }
    response.body(Body::from(reply.body)).unwrap()
}

/// A file removed when dropped.
pub struct TempFile(pub PathBuf);

impl TempFile {
    pub fn with(content: &[u8]) -> Self {
        let path = std::env::temp_dir().join(format!("europace-test-{}", uuid::Uuid::new_v4()));
        std::fs::write(&path, content).unwrap();
        Self(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}
