//! Client of the KEX Vorgang Import API: creates a KreditSmart Vorgang.

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::auth::{TokenProvider, scope};
use crate::error::ApiError;
use crate::transport::read_json;

/// Creates Vorgänge (scope `privatkredit:vorgang:schreiben`).
#[derive(Debug, Clone)]
pub struct KexImportClient {
    tokens: TokenProvider,
}

impl KexImportClient {
    /// A client authorized by `tokens`, sending through their transport.
    pub fn new(tokens: TokenProvider) -> Self {
        Self { tokens }
    }

    /// `POST /vorgang`, with `environment=PRODUCTION` exactly when the transport targets
    /// Produktion. Answers 201 with the Vorgangsnummer and hints in `messages`.
    ///
    /// Never retried except once after a 401 with a fresh token (a 401 proves nothing was
    /// created): on a timeout or lost connection the error's
    /// [`outcome`](ApiError::outcome) is unknown and the caller decides.
    pub async fn create_vorgang<B, R>(&self, vorgang: &B) -> Result<R, ApiError>
    where
        B: Serialize + ?Sized,
        R: DeserializeOwned,
    {
        let site = self.tokens.transport().site();
        let url = site
            .environment()
            .mark_production(site.endpoints().kex_import_vorgang());
        let (response, trace_id) = self
            .tokens
            .post_json(&[scope::PRIVATKREDIT_VORGANG_SCHREIBEN], &url, vorgang)
            .await?;
        read_json(response, &trace_id).await
    }
}
