//! Flushes N queued drafts against the embedded sandbox, once fault-free and once with 20 %
//! injected faults, and prints both times and their ratio. It measures and prints; it never
//! fails on a number.
//!
//! `outbox-flush-bench [N]` (default 500).

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use europace::auth::{ClientCredentials, Secret, TokenProvider};
use europace::drklein::client::DrKleinClient;

use europace::transport::{Timeouts, Transport, TransportOptions};
use outbox::{Outbox, RetryPolicy, Target};
use sandbox::{FaultKind, FaultRule};
use serde_json::json;
use store::{DraftHeader, DraftId, DraftKey, Environment, LeadKind, Store};

/// Faults that do not wait: the ratio then shows what retries and unclear bookkeeping cost,
/// not injected sleeps.
fn faults() -> Vec<FaultRule> {
    [
        FaultKind::Status { status: 502 },
        FaultKind::TooManyRequests {
            retry_after_secs: 0,
        },
        FaultKind::ServiceUnavailable,
        FaultKind::ResetBeforeProcessing,
        FaultKind::DropAfterProcessing,
        FaultKind::MalformedBody,
    ]
    .into_iter()
    .map(|fault| FaultRule {
        route: "/kex-vorgang-import/vorgang".to_owned(),
        method: Some("POST".to_owned()),
        fault,
        probability: Some(0.2 / 6.0),
        every_nth: None,
        times: None,
    })
    .collect()
}

/// Seconds to flush `n` drafts with `faults` in force, and how many ended unclear.
async fn run(n: usize, faults: Vec<FaultRule>) -> Result<(Duration, usize), String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let sandbox = sandbox::start(sandbox::Config {
        faults,
        seed: 7,
        ..Default::default()
    })
    .await
    .map_err(|e| e.to_string())?;
    let base = sandbox.base_url();
    let transport = Transport::new(
        europace::environment::Site::sandbox_under(&base).map_err(|e| e.to_string())?,
        TransportOptions {
            app_name: "outbox-bench".to_owned(),
            timeouts: Timeouts {
                request: Duration::from_secs(2),
                ..Timeouts::default()
            },
        },
    )
    .map_err(|e| e.to_string())?;
    let tokens = TokenProvider::new(
        &transport,
        ClientCredentials {
            client_id: "sandbox".to_owned(),
            client_secret: Secret::new("sandbox"),
        },
    );
    let target = Target::new(
        tokens,
        Some(DrKleinClient::new(
            &transport,
            Secret::new(sandbox::DEFAULT_DRKLEIN_TOKEN),
        )),
    );
    let mut store = Store::open(
        dir.path().join("drafts.sqlite"),
        &DraftKey::from_bytes([1; 32]),
    )
    .map_err(|e| e.to_string())?;
    let header = DraftHeader {
        kind: LeadKind::KexImport,
        environment: Environment::Sandbox,
        title: "Mustermann, Max".to_owned(),
        berater: None,
    };
    for i in 0..n {
        let id = DraftId::new();
        let content = json!({
            "kundenbetreuer": { "partnerId": "ABC12" },
            "antragsteller1": { "personendaten": { "vorname": format!("Kunde {i}"), "nachname": "Mustermann" } }
        });
        store
            .save(id, &header, &content)
            .and_then(|_| store.enqueue(id))
            .map_err(|e| e.to_string())?;
    }
    let outbox = Outbox::new(Arc::new(Mutex::new(store)))
        .with_target(Environment::Sandbox, target)
        .with_retry(RetryPolicy {
            attempts: 4,
            first_delay: Duration::from_millis(10),
            max_delay: Duration::from_secs(1),
        });
    let started = Instant::now();
    let mut unclear = 0;
    // A flush that gives up leaves drafts queued; the next one sends them, as in the app.
    for _ in 0..20 {
        let report = outbox.flush(|_| {}).await.map_err(|e| e.to_string())?;
        unclear += report.unclear.len();
        if report.stopped.is_none() {
            break;
        }
    }
    let elapsed = started.elapsed();
    sandbox.stop().await;
    Ok((elapsed, unclear))
}

#[tokio::main]
async fn main() {
    let n = std::env::args()
        .nth(1)
        .and_then(|arg| arg.parse().ok())
        .unwrap_or(500);
    let clean = run(n, Vec::new()).await;
    let faulty = run(n, faults()).await;
    match (clean, faulty) {
        (Ok((clean, _)), Ok((faulty, unclear))) => {
            println!("outbox-flush: {n} Entwürfe");
            println!("  ohne Fehler:      {:>8.3} s", clean.as_secs_f64());
            println!(
                "  mit 20 % Fehlern: {:>8.3} s ({unclear} unklar)",
                faulty.as_secs_f64()
            );
            println!(
                "  Verhältnis fehlerhaft / fehlerfrei: {:.2}",
                faulty.as_secs_f64() / clean.as_secs_f64()
            );
        }
        (clean, faulty) => {
            println!("outbox-flush: nicht gemessen");
            for error in [clean.err(), faulty.err()].into_iter().flatten() {
                println!("  {error}");
            }
        }
    }
}
