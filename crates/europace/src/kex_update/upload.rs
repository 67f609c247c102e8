//! The streamed body of a document upload: `{"filename":…,"base64Content":"…"}` written piece
//! by piece, the file read and base64-encoded one chunk at a time, so memory stays at a few
//! chunks however large the document is.

use std::fs::File;
use std::io;
use std::sync::Arc;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use futures_util::Stream;
use tokio::io::AsyncReadExt as _;

use crate::transport::DocumentReadError;

/// File bytes per chunk; a multiple of 3, so every chunk but the last encodes without
/// padding and the pieces concatenate to one valid base64 string. 192 KiB: fewer file reads
/// and socket writes per document (measured faster than 48 KiB in `bench/upload`), while a
/// piece in flight stays at 256 KiB of base64.
const CHUNK: usize = 3 * 64 * 1024;

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
    impl Stream<Item = Result<Vec<u8>, DocumentReadError>> + Send + 'static,
    u64,
)> {
    let file_len = file.metadata()?.len();
    // A `&str` always serializes.
    let name = serde_json::to_string(filename).map_err(io::Error::other)?;
    let prefix = format!(r#"{{"filename":{name},"base64Content":""#).into_bytes();
    const SUFFIX: &[u8] = b"\"}";
    let total = prefix.len() as u64 + file_len.div_ceil(3) * 4 + SUFFIX.len() as u64;

    struct State {
        file: tokio::fs::File,
        buffer: Vec<u8>,
        remaining: u64,
        prefix: Option<Vec<u8>>,
        suffix_sent: bool,
        sent: u64,
    }
    let state = State {
        file: tokio::fs::File::from_std(file),
        buffer: vec![0; CHUNK],
        remaining: file_len,
        prefix: Some(prefix),
        suffix_sent: false,
        sent: 0,
    };
    let stream = futures_util::stream::try_unfold(state, move |mut s| {
        let progress = Arc::clone(&progress);
        async move {
            let piece = if let Some(prefix) = s.prefix.take() {
                prefix
            } else if s.remaining > 0 {
                // Bounded by CHUNK, so it fits a usize.
                let want = CHUNK.min(s.remaining as usize);
                // A file that shrank while uploading ends the body early: the server gets an
                // incomplete request and processes nothing.
                s.file
                    .read_exact(&mut s.buffer[..want])
                    .await
                    .map_err(DocumentReadError)?;
                s.remaining -= want as u64;
                STANDARD.encode(&s.buffer[..want]).into_bytes()
            } else if !s.suffix_sent {
                s.suffix_sent = true;
                SUFFIX.to_vec()
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

#[cfg(test)]
mod tests {
    use super::*;
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
        let pieces: Vec<Vec<u8>> = stream.try_collect().await.unwrap();
        assert!(
            pieces.iter().all(|p| p.len() <= CHUNK / 3 * 4),
            "bounded pieces"
        );
        let body = pieces.concat();
        assert_eq!(body.len() as u64, total);
        let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(json["filename"], "Gehalt \"März\".pdf");
        let decoded = STANDARD
            .decode(json["base64Content"].as_str().unwrap())
            .unwrap();
        assert_eq!(decoded, content);
        let seen = seen.lock().unwrap();
        assert_eq!(seen.last().unwrap().sent, total);
        assert!(seen.windows(2).all(|w| w[0].sent < w[1].sent));
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
        let result: Result<Vec<Vec<u8>>, _> = stream.try_collect().await;
        assert!(result.is_err());
    }
}
