//! The streamed body of a document upload: `{"filename":…,"base64Content":"…"}` written piece
//! by piece, the file read and base64-encoded one chunk at a time, so memory stays at a few
//! chunks however large the document is.
//!
//! A blocking thread reads and encodes up to two chunks ahead of the connection, so
//! encoding overlaps with sending instead of alternating with it. The buffers of sent
//! pieces go back to that thread, so an upload allocates a handful of buffers, not one per
//! chunk (each fresh one would also cost its page faults).

use std::fs::File;
use std::io::{self, Read as _};
use std::sync::{Arc, Mutex};

use base64_simd::STANDARD;
use bytes::Bytes;
use futures_util::Stream;
use tokio::sync::mpsc;

use crate::transport::DocumentReadError;

/// File bytes per chunk; a multiple of 3, so every chunk but the last encodes without
/// padding and the pieces concatenate to one valid base64 string. 384 KiB: fewer hand-offs
/// between the threads and fewer socket writes than smaller chunks (measured in
/// `bench/upload`), while a piece in flight stays at 512 KiB of base64.
const CHUNK: usize = 3 * 128 * 1024;

/// Encoded chunks waiting for the connection at most.
const AHEAD: usize = 2;

/// How far an upload has come, in bytes of the request body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UploadProgress {
    /// Bytes handed to the connection so far.
    pub sent: u64,
    /// Size of the whole body; `sent` reaches it when the upload is complete.
    pub total: u64,
}

/// Called with each piece of the body handed to the connection.
pub type ProgressFn = dyn Fn(UploadProgress) + Send + Sync;

/// The JSON body for `file` under `filename` as a stream, and its exact length.
pub(crate) fn document_body(
    file: File,
    filename: &str,
    progress: Arc<ProgressFn>,
) -> io::Result<(
    impl Stream<Item = Result<Bytes, DocumentReadError>> + Send + 'static,
    u64,
)> {
    let file_len = file.metadata()?.len();
    // A `&str` always serializes.
    let name = serde_json::to_string(filename).map_err(io::Error::other)?;
    let prefix = Bytes::from(format!(r#"{{"filename":{name},"base64Content":""#));
    const SUFFIX: &[u8] = b"\"}";
    let total = prefix.len() as u64 + file_len.div_ceil(3) * 4 + SUFFIX.len() as u64;

    struct State {
        /// The file and the channel's sender until the first poll starts the reader, so no
        /// byte is read before the body is sent.
        start: Option<(File, mpsc::Sender<io::Result<Bytes>>)>,
        pieces: mpsc::Receiver<io::Result<Bytes>>,
        prefix: Option<Bytes>,
        suffix_sent: bool,
        sent: u64,
    }
    let (sender, pieces) = mpsc::channel(AHEAD);
    let state = State {
        start: Some((file, sender)),
        pieces,
        prefix: Some(prefix),
        suffix_sent: false,
        sent: 0,
    };
    let stream = futures_util::stream::try_unfold(state, move |mut s| {
        let progress = Arc::clone(&progress);
        async move {
            if let Some((file, sender)) = s.start.take() {
                tokio::task::spawn_blocking(move || read_chunks(file, file_len, &sender));
            }
            let piece = if let Some(prefix) = s.prefix.take() {
                prefix
            } else if let Some(next) = s.pieces.recv().await {
                next.map_err(DocumentReadError)?
            } else if !s.suffix_sent {
                s.suffix_sent = true;
                Bytes::from_static(SUFFIX)
            } else {
                return Ok(None);
            };
            s.sent += piece.len() as u64;
            progress(UploadProgress {
                sent: s.sent,
                total,
            });
            Ok(Some((piece, s)))
        }
    });
    Ok((stream, total))
}

/// Reads `length` bytes of `file` a chunk at a time and sends each encoded; stops at the
/// first read error (sent on, so the body fails) or when the body was dropped.
fn read_chunks(mut file: File, length: u64, pieces: &mpsc::Sender<io::Result<Bytes>>) {
    let mut buffer = vec![0; CHUNK];
    let pool = Pool::default();
    let mut remaining = length;
    while remaining > 0 {
        // Bounded by CHUNK, so it fits a usize.
        let want = CHUNK.min(remaining as usize);
        // A file that shrank while uploading ends the body early: the server gets an
        // incomplete request and processes nothing.
        let piece = file.read_exact(&mut buffer[..want]).map(|()| {
            let mut encoded = pool.take(STANDARD.encoded_length(CHUNK));
            // SIMD: the scalar encoder made the upload CPU-bound (`bench/upload`).
            STANDARD.encode_append(&buffer[..want], &mut encoded);
            Bytes::from_owner(Recycled {
                buffer: encoded,
                pool: pool.clone(),
            })
        });
        let failed = piece.is_err();
        if pieces.blocking_send(piece).is_err() || failed {
            return;
        }
        remaining -= want as u64;
    }
}

/// Buffers of pieces the connection is done with, for the reader to fill again.
#[derive(Clone, Default)]
struct Pool(Arc<Mutex<Vec<Vec<u8>>>>);

impl Pool {
    /// An empty buffer of at least `capacity` bytes: a returned one if there is any.
    fn take(&self, capacity: usize) -> Vec<u8> {
        self.0
            .lock()
            .ok()
            .and_then(|mut buffers| buffers.pop())
            .unwrap_or_else(|| Vec::with_capacity(capacity))
    }
}

/// An encoded piece whose buffer goes back to its pool when the connection drops it.
struct Recycled {
    buffer: Vec<u8>,
    pool: Pool,
}

impl AsRef<[u8]> for Recycled {
    fn as_ref(&self) -> &[u8] {
        &self.buffer
    }
}

impl Drop for Recycled {
    fn drop(&mut self) {
        let mut buffer = std::mem::take(&mut self.buffer);
        buffer.clear();
        // A poisoned pool only means this buffer is freed instead of reused.
        if let Ok(mut buffers) = self.pool.0.lock() {
            buffers.push(buffer);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine as _;
    use futures_util::TryStreamExt as _;
    use std::path::PathBuf;
    use std::sync::Mutex;

    struct TempFile(PathBuf);

    impl TempFile {
        fn with(content: &[u8]) -> Self {
            let path = std::env::temp_dir().join(format!("europace-{}", uuid::Uuid::new_v4()));
            std::fs::write(&path, content).unwrap();
            Self(path)
        }
    }

    impl Drop for TempFile {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.0);
        }
    }

    #[tokio::test]
    async fn pieces_form_the_json_document() {
        let content: Vec<u8> = (0..CHUNK * 2 + 5).map(|i| (i % 251) as u8).collect();
        let file = TempFile::with(&content);
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&seen);
        let (stream, total) = document_body(
            File::open(&file.0).unwrap(),
            "Gehalt \"März\".pdf",
            Arc::new(move |p| log.lock().unwrap().push(p)),
        )
        .unwrap();
        let pieces: Vec<Bytes> = stream.try_collect().await.unwrap();
        assert!(
            pieces.iter().all(|p| p.len() <= CHUNK / 3 * 4),
            "bounded pieces"
        );
        let body = pieces.concat();
        assert_eq!(body.len() as u64, total);
        let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(json["filename"], "Gehalt \"März\".pdf");
        // An independent decoder checks the SIMD encoder.
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(json["base64Content"].as_str().unwrap())
            .unwrap();
        assert_eq!(decoded, content);
        let seen = seen.lock().unwrap();
        assert_eq!(seen.last().unwrap().sent, total);
        assert!(seen.windows(2).all(|w| w[0].sent < w[1].sent));
    }

    #[test]
    fn a_dropped_piece_returns_its_buffer() {
        let pool = Pool::default();
        let mut buffer = pool.take(16);
        buffer.extend_from_slice(b"QUJD");
        let address = buffer.as_ptr();
        let piece = Bytes::from_owner(Recycled {
            buffer,
            pool: pool.clone(),
        });
        assert_eq!(&piece[..], b"QUJD");
        drop(piece);
        let again = pool.take(16);
        assert_eq!(again.as_ptr(), address, "the same allocation");
        assert!(again.is_empty());
    }

    #[tokio::test]
    async fn a_file_that_shrinks_fails_the_body() {
        let file = TempFile::with(&[1; 100]);
        let (stream, _) =
            document_body(File::open(&file.0).unwrap(), "a.pdf", Arc::new(|_| {})).unwrap();
        File::options()
            .write(true)
            .open(&file.0)
            .unwrap()
            .set_len(10)
            .unwrap();
        let result: Result<Vec<Bytes>, _> = stream.try_collect().await;
        assert!(result.is_err());
    }
}
