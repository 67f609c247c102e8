//! A document upload holds a few chunks in memory, not the document: measured with a
//! counting allocator over a 32 MiB upload to a server that checks the body as it streams in.
//! A binary of its own, so no other test's allocations blur the peak.

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Write as _;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::extract::{Request, State};
use axum::http::StatusCode;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use europace::auth::{ClientCredentials, Secret, TokenProvider};
use europace::environment::Site;
use europace::kex_update::client::KexUpdateClient;
use europace::transport::{Transport, TransportOptions};
use futures_util::StreamExt as _;

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded unchanged to the system allocator; only sizes are counted.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let pointer = unsafe { System.alloc(layout) };
        if !pointer.is_null() {
            let now = CURRENT.fetch_add(layout.size(), Ordering::SeqCst) + layout.size();
            PEAK.fetch_max(now, Ordering::SeqCst);
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        unsafe { System.dealloc(pointer, layout) };
        CURRENT.fetch_sub(layout.size(), Ordering::SeqCst);
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let moved = unsafe { System.realloc(pointer, layout, new_size) };
        if !moved.is_null() {
            let now = CURRENT.fetch_add(new_size, Ordering::SeqCst) + new_size;
            PEAK.fetch_max(now, Ordering::SeqCst);
            CURRENT.fetch_sub(layout.size(), Ordering::SeqCst);
        }
        moved
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const SIZE: usize = 32 * 1024 * 1024;

/// The document's byte at `index`, so neither side needs the document in memory.
fn byte_at(index: usize) -> u8 {
    (index.wrapping_mul(2_654_435_761) >> 13) as u8
}

/// Checks the upload body as it arrives; answers 201 when it holds exactly the document.
async fn receive(State(checked): State<Arc<AtomicUsize>>, request: Request) -> StatusCode {
    const MARKER: &[u8] = br#""base64Content":""#;
    let mut stream = request.into_body().into_data_stream();
    let (mut head, mut carry, mut decoded, mut tail) = (Vec::new(), Vec::new(), 0, Vec::new());
    let mut in_content = false;
    while let Some(chunk) = stream.next().await {
        let mut chunk: &[u8] = &chunk.unwrap();
        if !in_content {
            head.extend_from_slice(chunk);
            let Some(at) = head.windows(MARKER.len()).position(|w| w == MARKER) else {
                continue;
            };
            in_content = true;
            carry = head.split_off(at + MARKER.len());
            chunk = &[];
        }
        if !tail.is_empty() {
            tail.extend_from_slice(chunk);
            continue;
        }
        carry.extend_from_slice(chunk);
        let end = carry.iter().position(|b| *b == b'"');
        let usable = match end {
            Some(end) => end,
            None => carry.len() / 4 * 4,
        };
        for byte in STANDARD.decode(&carry[..usable]).unwrap() {
            if byte != byte_at(decoded) {
                return StatusCode::UNPROCESSABLE_ENTITY;
            }
            decoded += 1;
        }
        match end {
            Some(end) => tail = carry.split_off(end),
            None => {
                carry.drain(..usable);
            }
        }
    }
    if head.starts_with(br#"{"filename":"gross.pdf","#) && tail == br#""}"# && decoded == SIZE {
        checked.store(decoded, Ordering::SeqCst);
        StatusCode::CREATED
    } else {
        StatusCode::BAD_REQUEST
    }
}

#[tokio::test]
async fn an_upload_holds_chunks_not_the_document() {
    let checked = Arc::new(AtomicUsize::new(0));
    let app = axum::Router::new()
        .route(
            "/auth/token",
            axum::routing::post(|| async {
                axum::Json(
                    serde_json::json!({"access_token": "tok", "token_type": "Bearer",
                                              "expires_in": 3600, "scope": ""}),
                )
            }),
        )
        .route(
            "/kreditsmart/kex/vorgang/{nummer}/dokument",
            axum::routing::post(receive),
        )
        .with_state(Arc::clone(&checked));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });

    let path = std::env::temp_dir().join(format!("europace-gross-{}.pdf", uuid::Uuid::new_v4()));
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    for index in 0..SIZE {
        file.write_all(&[byte_at(index)]).unwrap();
    }
    drop(file);

    let environment = Site::sandbox_under(&base).unwrap();
    let transport = Transport::new(environment, TransportOptions::default()).unwrap();
    let tokens = TokenProvider::new(
        &transport,
        ClientCredentials {
            client_id: "c".into(),
            client_secret: Secret::new("s"),
        },
    );
    let client = KexUpdateClient::new(tokens);

    let before = CURRENT.load(Ordering::SeqCst);
    PEAK.store(before, Ordering::SeqCst);
    let result = client
        .upload_dokument("123456", &path, "gross.pdf", |_| {})
        .await;
    let peak = PEAK.load(Ordering::SeqCst) - before;
    let _ = std::fs::remove_file(&path);

    result.unwrap();
    assert_eq!(checked.load(Ordering::SeqCst), SIZE, "arrived intact");
    // Whole-body buffering would need 32 MiB of file plus 43 MiB of base64.
    assert!(
        peak < 8 * 1024 * 1024,
        "peak {peak} bytes while uploading {SIZE}"
    );
}
