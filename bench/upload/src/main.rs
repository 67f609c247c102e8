//! Upload benchmark: a generated 50 MiB document uploaded two ways against
//! `curl --data-binary @file` posting the same body, pre-encoded into a temporary file:
//! - the library path, `europace::kex_update::client::KexUpdateClient::upload_dokument`
//!   (streamed, base64 encoded on the fly);
//! - the app's own path, the documents service behind the app's commands
//!   (`leadbridge_desktop::dokumente::dienst::Dokumente`): the checks, the encrypted store
//!   keeping the upload, and progress to a watcher serialized to JSON as the Tauri channel
//!   does it for the webview.
//!
//! All go to an axum server in this process that reads every byte of the body. Prints the
//! throughput of each and its ratio to curl, and the peak RSS growth of each upload against
//! the file size. It prints; it does not fail.
//!
//! Each upload of ours runs in a child process (this binary with `CHILD` or `CHILD_APP` as its
//! first argument) so its peak RSS is its own: the child fetches its token and opens its
//! connection with a comment first, resets the kernel's peak-RSS mark, notes its RSS, uploads,
//! and reports its peak RSS minus that baseline.

use std::fs::{self, File};
use std::io::{BufWriter, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use axum::routing::post;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use europace::auth::{ClientCredentials, Secret, TokenProvider};

use europace::kex_update::client::KexUpdateClient;
use europace::transport::{Transport, TransportOptions};
use futures_util::StreamExt as _;

const CHILD: &str = "--child-upload";
const CHILD_APP: &str = "--child-app-upload";
const SIZE: usize = 50 * 1024 * 1024;
const ROUNDS: usize = 3;
const VORGANGSNUMMER: &str = "AB1234";
const FILENAME: &str = "Kontoauszug.pdf";
const TOKEN: &str = r#"{"access_token":"bench-token","token_type":"Bearer","expires_in":3600,"scope":"privatkredit:vorgang:schreiben"}"#;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some(CHILD) => child(&args[2], Path::new(&args[3])),
        Some(CHILD_APP) => child_app(&args[2], Path::new(&args[3])),
        _ => parent(),
    }
}

/// A temporary folder removed when the benchmark ends.
struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn parent() {
    let dir = TempDir(std::env::temp_dir().join(format!("upload-bench-{}", std::process::id())));
    fs::create_dir_all(&dir.0).expect("the temp folder is writable");
    let document = dir.0.join(FILENAME);
    let body = dir.0.join("body.json");
    let body_len = write_files(&document, &body);

    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime starts");
    let received = Arc::new(AtomicU64::new(0));
    let base = runtime.block_on(serve(Arc::clone(&received)));
    let url = format!("{base}/kreditsmart/kex/vorgang/{VORGANGSNUMMER}/dokument");

    let mut europace = Vec::new();
    let mut app = Vec::new();
    let mut curl = Vec::new();
    let mut growth = Vec::new();
    let mut app_growth = Vec::new();
    // Warm-up of every path (page cache, server), then alternating rounds.
    upload_in_child(CHILD, &base, &document);
    upload_in_child(CHILD_APP, &base, &document);
    post_with_curl(&url, &body);
    for _ in 0..ROUNDS {
        let (elapsed, grown) = upload_in_child(CHILD, &base, &document);
        check_received(&received, body_len, "europace");
        europace.push(elapsed);
        growth.push(grown);
        let (elapsed, grown) = upload_in_child(CHILD_APP, &base, &document);
        check_received(&received, body_len, "app");
        app.push(elapsed);
        app_growth.push(grown);
        curl.push(post_with_curl(&url, &body));
        check_received(&received, body_len, "curl");
    }

    let europace = median(&mut europace);
    let app = median(&mut app);
    let curl = median(&mut curl);
    let mib = |d: Duration| body_len as f64 / d.as_secs_f64() / (1024.0 * 1024.0);
    println!(
        "upload benchmark: {} MiB document ({} bytes of JSON body), {ROUNDS} uploads each, medians",
        SIZE / (1024 * 1024),
        body_len
    );
    println!("{:<34} {:>10} {:>12}", "side", "time [ms]", "body [MiB/s]");
    for (side, time) in [
        ("europace streamed upload", europace),
        ("app documents service + progress", app),
        ("curl --data-binary @file", curl),
    ] {
        println!("{side:<34} {:>10} {:>12.1}", time.as_millis(), mib(time));
    }
    for (side, time, growth) in [("europace", europace, &growth), ("app", app, &app_growth)] {
        let peak_growth = growth.iter().copied().max().unwrap_or(0);
        println!(
            "ratio throughput {side}/curl: {:.2} (goal >= 0.80)",
            mib(time) / mib(curl)
        );
        println!(
            "peak RSS growth of the {side} upload: {:.1} MiB = {:.2} x file size (goal <= 1.50)",
            peak_growth as f64 / 1024.0,
            (peak_growth * 1024) as f64 / SIZE as f64
        );
    }
}

/// Writes the document (incompressible pseudo-random bytes, like a scanned PDF) and the
/// request body curl sends, encoded exactly as the client streams it; returns the body length.
fn write_files(document: &Path, body: &Path) -> u64 {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut content = Vec::with_capacity(SIZE);
    while content.len() < SIZE {
        // xorshift64: fast and enough to defeat any compression on the way.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        content.extend_from_slice(&state.to_le_bytes());
    }
    content.truncate(SIZE);
    fs::write(document, &content).expect("the document is written");
    let mut out = BufWriter::new(File::create(body).expect("the body file is created"));
    write!(
        out,
        r#"{{"filename":"{FILENAME}","base64Content":"{}"}}"#,
        STANDARD.encode(&content)
    )
    .expect("the body file is written");
    out.flush().expect("the body file is written");
    fs::metadata(body).expect("the body file exists").len()
}

/// The server: a token endpoint, comments, and a document endpoint that reads the whole
/// body and notes its length in `received`.
async fn serve(received: Arc<AtomicU64>) -> String {
    let app = Router::new()
        .route(
            "/auth/token",
            post(|| async { ([(CONTENT_TYPE, "application/json")], TOKEN) }),
        )
        .route(
            "/kreditsmart/kex/vorgang/{vorgangsnummer}/kommentare",
            post(|| async { StatusCode::OK }),
        )
        .route(
            "/kreditsmart/kex/vorgang/{vorgangsnummer}/dokument",
            post(
                |State(received): State<Arc<AtomicU64>>, body: Body| async move {
                    let mut stream = body.into_data_stream();
                    let mut length = 0;
                    while let Some(chunk) = stream.next().await {
                        match chunk {
                            Ok(chunk) => length += chunk.len() as u64,
                            Err(_) => return StatusCode::BAD_REQUEST,
                        }
                    }
                    received.store(length, Ordering::SeqCst);
                    StatusCode::CREATED
                },
            ),
        )
        .with_state(received);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a local port is free");
    let address = listener
        .local_addr()
        .expect("a bound socket has an address");
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{address}")
}

fn check_received(received: &AtomicU64, expected: u64, side: &str) {
    let got = received.swap(0, Ordering::SeqCst);
    if got != expected {
        println!("warning: the server received {got} of {expected} body bytes from {side}");
    }
}

/// Runs one upload (`kind`: [`CHILD`] or [`CHILD_APP`]) in a child process: its time and
/// peak RSS growth in KiB.
fn upload_in_child(kind: &str, base: &str, document: &Path) -> (Duration, u64) {
    let exe = std::env::current_exe().expect("the benchmark knows its binary");
    let output = Command::new(exe)
        .arg(kind)
        .arg(base)
        .arg(document)
        .stderr(Stdio::inherit())
        .output()
        .expect("the child process starts");
    let text = String::from_utf8_lossy(&output.stdout);
    let numbers: Vec<u64> = text
        .split_whitespace()
        .filter_map(|n| n.parse().ok())
        .collect();
    match numbers[..] {
        [nanos, growth_kib] => (Duration::from_nanos(nanos), growth_kib),
        _ => panic!("the child upload failed: {text}"),
    }
}

/// Posts the pre-encoded body with curl; the transfer time curl reports.
fn post_with_curl(url: &str, body: &Path) -> Duration {
    let output = Command::new("curl")
        .args(["--silent", "--show-error", "--output", "/dev/null"])
        .args(["--write-out", "%{time_total}"])
        .args(["--header", "Content-Type: application/json;charset=utf-8"])
        .args(["--header", "Authorization: Bearer bench-token"])
        // Without this curl waits for a 100 Continue before sending a large body.
        .args(["--header", "Expect:"])
        .arg("--data-binary")
        .arg(format!("@{}", body.display()))
        .arg(url)
        .output()
        .expect("curl is installed (make bench installs it)");
    let seconds: f64 = String::from_utf8_lossy(&output.stdout)
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("curl failed: {}", String::from_utf8_lossy(&output.stderr)));
    Duration::from_secs_f64(seconds)
}

/// A client of the bench server with its token fetched and its connection open, so the
/// measurement holds only the upload.
async fn warm_client(base: &str) -> KexUpdateClient {
    let environment = europace::environment::Site::sandbox_under(base)
        .expect("the server's address is a base URL");
    let transport = Transport::new(environment, TransportOptions::default())
        .expect("the TLS backend initialises");
    let tokens = TokenProvider::new(
        &transport,
        ClientCredentials {
            client_id: "bench".to_owned(),
            client_secret: Secret::new("bench"),
        },
    );
    let client = KexUpdateClient::new(tokens);
    client
        .add_kommentare(VORGANGSNUMMER, &["Benchmark".to_owned()])
        .await
        .expect("the comment is accepted");
    client
}

/// The app's child: one upload through the documents service, with a store and a watcher
/// that serializes every progress message as the command's channel does; prints as [`child`].
fn child_app(base: &str, document: &Path) {
    use leadbridge_desktop::dokumente::dienst::{Dokumente, UploadZustand};

    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime starts");
    runtime.block_on(async {
        let client = warm_client(base).await;
        let dir =
            TempDir(std::env::temp_dir().join(format!("upload-bench-app-{}", std::process::id())));
        fs::create_dir_all(&dir.0).expect("the temp folder is writable");
        let key = store::DraftKey::generate().expect("a key is generated");
        let store = Arc::new(std::sync::Mutex::new(
            store::Store::open(dir.0.join("drafts.sqlite"), &key).expect("the store opens"),
        ));
        let dokumente = Arc::new(Dokumente::default());
        let (ended, mut end) = tokio::sync::mpsc::unbounded_channel();
        dokumente
            .beobachten(
                &store,
                store::Environment::Sandbox,
                VORGANGSNUMMER,
                Arc::new(move |stand| {
                    let json = serde_json::to_string(&stand).expect("a stand serializes");
                    std::hint::black_box(json);
                    if let Some(row) = stand.zeilen.last()
                        && !matches!(row.zustand, UploadZustand::Wartet | UploadZustand::Laeuft)
                    {
                        let _ = ended.send(row.clone());
                    }
                }),
            )
            .expect("the watcher is set");
        let baseline = reset_peak_rss();
        let start = Instant::now();
        dokumente.hinzufuegen(&Ok(client), &store, &[document.to_owned()]);
        let row = end.recv().await.expect("the upload ends");
        let elapsed = start.elapsed();
        assert_eq!(row.zustand, UploadZustand::Hochgeladen, "{row:?}");
        let peak = status_kib("VmHWM");
        println!("{} {}", elapsed.as_nanos(), peak.saturating_sub(baseline));
    });
}

/// The child: one upload; prints its duration in nanoseconds and its peak RSS growth in KiB.
fn child(base: &str, document: &Path) {
    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime starts");
    runtime.block_on(async {
        let client = warm_client(base).await;
        let baseline = reset_peak_rss();
        let start = Instant::now();
        client
            .upload_dokument(VORGANGSNUMMER, document, FILENAME, |_| {})
            .await
            .expect("the upload is accepted");
        let elapsed = start.elapsed();
        let peak = status_kib("VmHWM");
        println!("{} {}", elapsed.as_nanos(), peak.saturating_sub(baseline));
    });
}

/// Resets the peak-RSS mark to the current RSS (Linux `clear_refs` 5) and returns that RSS.
/// Where the reset is refused, the old peak is the baseline: growth can only be understated
/// by what the warm-up used beyond the current RSS.
fn reset_peak_rss() -> u64 {
    if fs::write("/proc/self/clear_refs", "5").is_ok() {
        status_kib("VmRSS")
    } else {
        status_kib("VmHWM")
    }
}

/// A `kB` field of `/proc/self/status`.
fn status_kib(field: &str) -> u64 {
    let status = fs::read_to_string("/proc/self/status").expect("Linux /proc is readable");
    status
        .lines()
        .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or_else(|| panic!("{field} missing in /proc/self/status"))
}

fn median(samples: &mut [Duration]) -> Duration {
    samples.sort_unstable();
    samples[samples.len() / 2]
}
