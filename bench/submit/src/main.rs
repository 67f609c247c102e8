//! Submit benchmark: what the lead API layer adds to a POST, for the largest KEX import
//! body (the maximal instance of the official schema, `vorgang-maximal.json`), against a
//! bare reqwest POST of the same pre-serialized bytes.
//!
//! The outbox keeps a queued lead as JSON, checked by the send rules when it was queued.
//! Each attempt takes that body out of the store's ticket (moved, not copied), puts the
//! attempt's client reference and the Kundenbetreuer in (a few map insertions, left out
//! here) and hands it to `LeadKind::create`, which serializes it and POSTs it through
//! `KexImportClient` with a cached token, a trace id and the error mapping. That is what is
//! measured against the bare POST. Serialization alone and the send rules' check (what
//! `outbox::rules::clear` runs on the body's text, once per lead, so not in the ratio) are
//! printed too, to show where time goes. The outbox's own work per attempt (reading the
//! ticket, the store's commits) is `bench/outbox-flush`'s.
//!
//! Both sides go to a minimal axum server in this process that reads the body and answers
//! 201 with a `VorgangResponse`; the sandbox would add its schema validation to both sides
//! and hide the client's share. The client runs in the Sandbox environment with its token
//! endpoint on the same server; the token is fetched during warm-up and cached, so no token
//! request is measured. The two sides alternate, `ROUNDS` times each, and the p50/p99 of
//! both and their ratios are printed. It prints; it does not fail.

use std::hint::black_box;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::http::StatusCode;
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::routing::post;
use europace::auth::{ClientCredentials, Secret, TokenProvider};
use europace::drklein::client::DrKleinClient;
use europace::error::ApiError;
use europace::lead::{LeadClients, LeadKind};
use europace::transport::{Transport, TransportOptions};
use serde_json::Value;

const VORGANG: &str = include_str!("../vorgang-maximal.json");
const CREATED: &str = r#"{"vorgangsnummer":"AB1234","messages":[],"antragsteller1":{"id":"abcd123-xyz"},"antragsteller2":{"id":"efgh456-xyz"}}"#;
const TOKEN: &str = r#"{"access_token":"bench-token","token_type":"Bearer","expires_in":3600,"scope":"privatkredit:vorgang:schreiben"}"#;
const WARM_UP: usize = 100;
const ROUNDS: usize = 1000;

#[tokio::main]
async fn main() {
    let base = serve().await;
    // As the outbox holds it: checked once when queued, stored as JSON.
    let stored: Value = serde_json::from_str(VORGANG).expect("the embedded body is JSON");
    // Leaked once so the bare POST sends the bytes without copying them per request.
    let bytes: &'static [u8] = Vec::leak(serde_json::to_vec(&stored).expect("JSON serializes"));

    let environment = europace::environment::Site::sandbox_under(&base)
        .expect("the local server's address is a base URL");
    let transport = Transport::new(environment, TransportOptions::default())
        .expect("the TLS backend initialises");
    let tokens = TokenProvider::new(
        &transport,
        ClientCredentials {
            client_id: "bench".to_owned(),
            client_secret: Secret::new("bench"),
        },
    );
    let clients = Tokens(tokens);
    let bare = reqwest::Client::new();
    let url = format!("{base}/kex-vorgang-import/vorgang");

    let send_attempt = async || {
        let start = Instant::now();
        let created = LeadKind::KexImport
            .create(&clients, black_box(&stored))
            .await
            .expect("the local server creates the Vorgang");
        black_box(created);
        start.elapsed()
    };
    let bare_post = async || {
        let start = Instant::now();
        let response = bare
            .post(&url)
            .header(CONTENT_TYPE, "application/json;charset=utf-8")
            .header(AUTHORIZATION, "Bearer bench-token")
            .body(bytes)
            .send()
            .await
            .expect("the local server answers");
        black_box(response.bytes().await.expect("the answer arrives"));
        start.elapsed()
    };

    // Warm-up: token, connection pools, allocator and caches.
    for _ in 0..WARM_UP {
        send_attempt().await;
        bare_post().await;
    }
    let mut attempts = Vec::with_capacity(ROUNDS);
    let mut reqwest = Vec::with_capacity(ROUNDS);
    // Alternating which side goes first spreads drift of the machine evenly over both.
    for round in 0..ROUNDS {
        if round % 2 == 0 {
            attempts.push(send_attempt().await);
            reqwest.push(bare_post().await);
        } else {
            reqwest.push(bare_post().await);
            attempts.push(send_attempt().await);
        }
    }

    // The steps alone, to show where time goes.
    let mut checking = Vec::with_capacity(ROUNDS);
    let mut serializing = Vec::with_capacity(ROUNDS);
    for _ in 0..ROUNDS {
        let start = Instant::now();
        black_box(LeadKind::KexImport.validate_json(&black_box(&stored).to_string()));
        checking.push(start.elapsed());
        let start = Instant::now();
        black_box(serde_json::to_vec(black_box(&stored)).expect("JSON serializes"));
        serializing.push(start.elapsed());
    }

    let (e50, e99) = percentiles(&mut attempts);
    let (r50, r99) = percentiles(&mut reqwest);
    println!(
        "submit benchmark: largest KEX import body ({} bytes), {ROUNDS} requests each, cached token",
        bytes.len()
    );
    println!("{:<34} {:>10} {:>10}", "side", "p50 [µs]", "p99 [µs]");
    println!(
        "{:<34} {:>10} {:>10}",
        "send attempt (serialize+POST)",
        micros(e50),
        micros(e99)
    );
    let (s50, s99) = percentiles(&mut serializing);
    println!(
        "{:<34} {:>10} {:>10}",
        "  of which serialize",
        micros(s50),
        micros(s99)
    );
    println!(
        "{:<34} {:>10} {:>10}",
        "bare reqwest POST (pre-serialized)",
        micros(r50),
        micros(r99)
    );
    let (c50, c99) = percentiles(&mut checking);
    println!(
        "{:<34} {:>10} {:>10}",
        "not in the ratio: send rules",
        micros(c50),
        micros(c99)
    );
    println!(
        "ratio p50 attempt/bare: {:.2} (goal <= 1.50)",
        e50.as_secs_f64() / r50.as_secs_f64()
    );
    println!(
        "ratio p99 attempt/bare: {:.2} (goal <= 2.00)",
        e99.as_secs_f64() / r99.as_secs_f64()
    );
}

/// The clients of a send attempt: Europace tokens only, as for a KEX import.
struct Tokens(TokenProvider);

impl LeadClients for Tokens {
    type Error = ApiError;

    fn tokens(&self) -> Result<TokenProvider, ApiError> {
        Ok(self.0.clone())
    }

    fn drklein(&self) -> Result<DrKleinClient, ApiError> {
        unreachable!("a KEX import needs no Dr. Klein client")
    }
}

/// Starts the server on a free local port and returns its base URL.
async fn serve() -> String {
    let json = || [(CONTENT_TYPE, "application/json")];
    let app = Router::new()
        .route("/auth/token", post(move || async move { (json(), TOKEN) }))
        .route(
            "/kex-vorgang-import/vorgang",
            post(move |body: Bytes| async move {
                black_box(body);
                (StatusCode::CREATED, json(), CREATED)
            }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a local port is free");
    let address = listener
        .local_addr()
        .expect("a bound socket has an address");
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{address}")
}

/// p50 and p99 of `samples`.
fn percentiles(samples: &mut [Duration]) -> (Duration, Duration) {
    samples.sort_unstable();
    let at = |p: usize| samples[(samples.len() * p / 100).min(samples.len() - 1)];
    (at(50), at(99))
}

fn micros(d: Duration) -> String {
    format!("{:.0}", d.as_secs_f64() * 1e6)
}
