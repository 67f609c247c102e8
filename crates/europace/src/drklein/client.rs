//! Client of the Dr. Klein lead API, authenticated with a JWT in `X-Authentication`.

use reqwest::header::{ACCEPT, CONTENT_TYPE};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::auth::Secret;
use crate::error::ApiError;
use crate::transport::{Transport, check_status, read_json};

/// Request header carrying the JWT Dr. Klein support hands out.
pub const AUTH_HEADER: &str = "X-Authentication";

/// Submits leads to Dr. Klein.
#[derive(Debug, Clone)]
pub struct DrKleinClient {
    transport: Transport,
    jwt: Secret,
}

impl DrKleinClient {
    /// A client sending `jwt` through `transport`.
    pub fn new(transport: &Transport, jwt: Secret) -> Self {
        Self {
            transport: transport.clone(),
            jwt,
        }
    }

    /// `POST /vorgang`, with `environment=PRODUCTION` exactly in Produktion; answers 201
    /// with `vorgangsId`, `europaceVorgangsnummer` and `messages`.
    ///
    /// Never retried: the JWT is fixed, so even a 401 would fail again, and any other
    /// failure could hide a created lead.
    pub async fn create_lead<B, R>(&self, lead: &B) -> Result<R, ApiError>
    where
        B: Serialize + ?Sized,
        R: DeserializeOwned,
    {
        let site = self.transport.site();
        let url = site
            .environment()
            .mark_production(site.endpoints().drklein_vorgang());
        let trace_id = self.transport.trace_id();
        let bytes = serde_json::to_vec(lead).map_err(|e| ApiError::Encode {
            trace_id: trace_id.clone(),
            message: e.to_string(),
        })?;
        let mut jwt = reqwest::header::HeaderValue::from_str(self.jwt.expose()).map_err(|_| {
            ApiError::Encode {
                trace_id: trace_id.clone(),
                message: "Der Dr.-Klein-Zugangsschlüssel enthält ungültige Zeichen".to_owned(),
            }
        })?;
        jwt.set_sensitive(true);
        let request = self
            .transport
            .http()
            .post(url)
            .header(AUTH_HEADER, jwt)
            .header(CONTENT_TYPE, "application/json;charset=utf-8")
            .header(ACCEPT, "application/json")
            .body(bytes);
        let response = self.transport.send(&trace_id, request).await?;
        let response = check_status(response, &trace_id).await?;
        read_json(response, &trace_id).await
    }
}
