//! Client of the KEX update API: documents and comments for an existing Vorgang.

use std::path::Path;
use std::sync::Arc;

use reqwest::header::{CONTENT_LENGTH, CONTENT_TYPE};

use super::upload::{ProgressFn, UploadProgress, document_body};
use crate::auth::{TokenProvider, scope};
use crate::error::ApiError;
use crate::transport::Prepare;

/// Adds documents and comments (scope `privatkredit:vorgang:schreiben`).
#[derive(Debug, Clone)]
pub struct KexUpdateClient {
    tokens: TokenProvider,
}

impl KexUpdateClient {
    /// A client authorized by `tokens`, sending through their transport.
    pub fn new(tokens: TokenProvider) -> Self {
        Self { tokens }
    }

    /// `POST /vorgang/{vorgangsnummer}/dokument`: uploads the file at `path` as `filename`.
    ///
    /// The body is streamed: the file is read and base64-encoded a chunk at a time, so a
    /// 50 MB PDF never sits in memory whole. `progress` is told every piece handed to the
    /// connection and ends with `sent == total`. On a 401 the upload restarts once with a
    /// fresh token, re-reading the file (progress then starts over).
    pub async fn upload_dokument(
        &self,
        vorgangsnummer: &str,
        path: &Path,
        filename: &str,
        progress: impl Fn(UploadProgress) + Send + Sync + 'static,
    ) -> Result<(), ApiError> {
        let transport = self.tokens.transport();
        let url = transport
            .site()
            .endpoints()
            .kex_update(vorgangsnummer, "dokument");
        let progress: Arc<ProgressFn> = Arc::new(progress);
        self.tokens
            .send(&[scope::PRIVATKREDIT_VORGANG_SCHREIBEN], |http| {
                let file = std::fs::File::open(path).map_err(Prepare::Document)?;
                let (stream, length) = document_body(file, filename, Arc::clone(&progress))
                    .map_err(Prepare::Document)?;
                Ok(http
                    .post(url.clone())
                    .header(CONTENT_TYPE, "application/json;charset=utf-8")
                    .header(CONTENT_LENGTH, length)
                    .timeout(transport.upload_timeout(length))
                    .body(reqwest::Body::wrap_stream(stream)))
            })
            .await?;
        Ok(())
    }

    /// `POST /vorgang/{vorgangsnummer}/kommentare`: each string becomes one comment.
    pub async fn add_kommentare(
        &self,
        vorgangsnummer: &str,
        kommentare: &[String],
    ) -> Result<(), ApiError> {
        let url = self
            .tokens
            .transport()
            .site()
            .endpoints()
            .kex_update(vorgangsnummer, "kommentare");
        self.tokens
            .post_json(&[scope::PRIVATKREDIT_VORGANG_SCHREIBEN], &url, kommentare)
            .await?;
        Ok(())
    }
}
