//! A real sandbox on an ephemeral port with a temporary state file, and the real europace
//! clients pointed at it with the sandbox's default credentials.

// Each test binary uses a different part of the harness.
#![allow(dead_code)]

use std::time::Duration;

use europace::auth::{ClientCredentials, Secret, TokenProvider};
use europace::drklein::client::DrKleinClient;
use europace::environment::Site;
use europace::error::{ApiError, Outcome};
use europace::kex_export::client::KexExportClient;
use europace::kex_import::client::KexImportClient;
use europace::kex_update::client::KexUpdateClient;
use europace::kundenangaben::client::KundenangabenClient;
use europace::transport::{Timeouts, Transport, TransportOptions};
use sandbox::{ClientConfig, Config, FaultKind, FaultRule, RunningSandbox, State};
use serde_json::Value;

/// `shared/spec` beside the repository.
pub const SPEC_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/spec");

/// The request timeout of [`Harness::quick`]: short, so latency faults beyond it keep tests
/// fast, yet long enough for an ordinary request on a busy machine.
pub const QUICK_TIMEOUT: Duration = Duration::from_millis(1500);

/// A client registered in the sandbox with only the KEX read scope.
pub const READ_ONLY_CLIENT: &str = "nur-lesen";

pub struct Harness {
    pub sandbox: RunningSandbox,
    pub transport: Transport,
    pub tokens: TokenProvider,
    config: Config,
    _dir: tempfile::TempDir,
}

impl Harness {
    /// A sandbox with default timeouts on the client side.
    pub async fn start() -> Self {
        Self::with(Timeouts::default(), |_| {}).await
    }

    /// A sandbox whose clients give up after [`QUICK_TIMEOUT`].
    pub async fn quick() -> Self {
        let timeouts = Timeouts {
            request: QUICK_TIMEOUT,
            ..Timeouts::default()
        };
        Self::with(timeouts, |_| {}).await
    }

    /// A sandbox started from a config `adjust` changed, clients with `timeouts`.
    pub async fn with(timeouts: Timeouts, adjust: impl FnOnce(&mut Config)) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let mut config = Config {
            state_file: Some(dir.path().join("sandbox-state.json")),
            ..Config::default()
        };
        config.clients.push(ClientConfig {
            client_id: READ_ONLY_CLIENT.to_owned(),
            client_secret: READ_ONLY_CLIENT.to_owned(),
            scopes: vec!["privatkredit:vorgang:lesen".to_owned()],
        });
        adjust(&mut config);
        let sandbox = sandbox::start(config.clone()).await.unwrap();
        let transport = transport(&sandbox.base_url(), timeouts);
        let tokens = tokens(&transport, "sandbox");
        Self {
            sandbox,
            transport,
            tokens,
            config,
            _dir: dir,
        }
    }

    /// Stops the sandbox and starts it again on the same port and state file: the state stays,
    /// every issued token is forgotten (tokens live in memory only), the clients keep theirs.
    pub async fn restart(self) -> Self {
        let config = Config {
            port: self.sandbox.addr().port(),
            ..self.config
        };
        self.sandbox.stop().await;
        Self {
            sandbox: sandbox::start(config.clone()).await.unwrap(),
            config,
            ..self
        }
    }

    pub fn kex_import(&self) -> KexImportClient {
        KexImportClient::new(self.tokens.clone())
    }

    pub fn kex_export(&self) -> KexExportClient {
        KexExportClient::new(self.tokens.clone())
    }

    pub fn kex_update(&self) -> KexUpdateClient {
        KexUpdateClient::new(self.tokens.clone())
    }

    pub fn kundenangaben(&self) -> KundenangabenClient {
        KundenangabenClient::new(self.tokens.clone())
    }

    pub fn drklein(&self) -> DrKleinClient {
        DrKleinClient::new(&self.transport, Secret::new(sandbox::DEFAULT_DRKLEIN_TOKEN))
    }

    /// One fault on `route` for POST requests, firing `times` times.
    pub fn fault(&self, route: &str, fault: FaultKind, times: u64) {
        self.fault_on(route, "POST", fault, times);
    }

    pub fn fault_on(&self, route: &str, method: &str, fault: FaultKind, times: u64) {
        self.sandbox.set_faults(
            vec![FaultRule {
                route: route.to_owned(),
                method: Some(method.to_owned()),
                fault,
                probability: None,
                every_nth: None,
                times: Some(times),
            }],
            Some(7),
        );
    }

    pub fn no_faults(&self) {
        self.sandbox.set_faults(Vec::new(), None);
    }

    pub fn state(&self) -> State {
        self.sandbox.state().unwrap()
    }
}

pub fn transport(base_url: &str, timeouts: Timeouts) -> Transport {
    Transport::new(
        Site::sandbox_under(base_url).unwrap(),
        TransportOptions {
            app_name: "integration".to_owned(),
            timeouts,
        },
    )
    .unwrap()
}

/// A token provider for the sandbox client `id` whose secret equals its id.
pub fn tokens(transport: &Transport, id: &str) -> TokenProvider {
    TokenProvider::new(
        transport,
        ClientCredentials {
            client_id: id.to_owned(),
            client_secret: Secret::new(id),
        },
    )
}

/// Asserts the error's case by its code, that it carries the trace id the client sent
/// (`integration-…`), and what it says about the request's effect.
pub fn assert_error(error: &ApiError, code: &str, outcome: Outcome) {
    assert_eq!(error.code(), code, "{error:?}");
    assert!(
        error.trace_id().as_str().starts_with("integration-"),
        "{error:?}"
    );
    assert_eq!(error.outcome(), outcome, "{error:?}");
    assert_eq!(error.is_safe_to_retry(), outcome == Outcome::NotProcessed);
}

/// The server's Problem carries the trace id of the request.
pub fn assert_problem_traced(error: &ApiError) {
    let problem = error.problem().unwrap_or_else(|| panic!("{error:?}"));
    assert_eq!(
        problem.trace_id.as_deref(),
        Some(error.trace_id().as_str()),
        "{error:?}"
    );
}

pub fn read_spec(name: &str) -> String {
    std::fs::read_to_string(format!("{SPEC_DIR}/{name}")).unwrap()
}

/// JSON bodies of a spec: every top-level `{` line up to its closing brace, annotations
/// (`<-- …`) cut off; bodies the spec shortens with `...` are left out.
pub fn json_bodies(spec: &str) -> Vec<Value> {
    let text = read_spec(spec);
    let mut bodies = Vec::new();
    let mut current: Option<(String, i64)> = None;
    for line in text.lines() {
        let line = line.split(" <--").next().unwrap_or_default();
        match current.as_mut() {
            None if line.trim() == "{" => current = Some((String::from("{\n"), 1)),
            None => {}
            Some((body, depth)) => {
                body.push_str(line);
                body.push('\n');
                *depth += braces(line);
                if *depth <= 0 {
                    let (body, _) = current.take().unwrap();
                    if let Ok(value) = serde_json::from_str(&body) {
                        bodies.push(value);
                    }
                }
            }
        }
    }
    bodies
}

/// Net `{`/`[` minus `}`/`]` outside strings.
fn braces(line: &str) -> i64 {
    let (mut depth, mut in_string, mut escaped) = (0, false, false);
    for c in line.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '{' | '[' if !in_string => depth += 1,
            '}' | ']' if !in_string => depth -= 1,
            _ => {}
        }
    }
    depth
}

/// Every leaf of `sent` must come back in `received` at the same path with the same value;
/// returns the paths that differ.
pub fn differences(sent: &Value, received: &Value, path: &str) -> Vec<String> {
    match (sent, received) {
        (Value::Object(a), Value::Object(b)) => a
            .iter()
            .flat_map(|(k, v)| {
                let child = format!("{path}.{k}");
                match b.get(k) {
                    Some(w) => differences(v, w, &child),
                    None => vec![format!("{child}: missing")],
                }
            })
            .collect(),
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => a
            .iter()
            .zip(b)
            .enumerate()
            .flat_map(|(i, (v, w))| differences(v, w, &format!("{path}[{i}]")))
            .collect(),
        (Value::Number(a), Value::Number(b)) if numerically_equal(a, b) => Vec::new(),
        (a, b) if a == b => Vec::new(),
        (a, b) => vec![format!("{path}: sent {a}, received {b}")],
    }
}

/// `3250.5` and `3250.50` are the same amount.
fn numerically_equal(a: &serde_json::Number, b: &serde_json::Number) -> bool {
    let parse = |n: &serde_json::Number| n.to_string().parse::<rust_decimal::Decimal>().ok();
    matches!((parse(a), parse(b)), (Some(x), Some(y)) if x == y)
}

/// The `-d '…'` payloads of a spec's curl examples.
pub fn curl_payloads(spec: &str) -> Vec<Value> {
    let text = read_spec(spec);
    text.split("-d '")
        .skip(1)
        .map(|rest| serde_json::from_str(&rest[..rest.find('\'').unwrap()]).unwrap())
        .collect()
}
