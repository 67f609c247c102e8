//! Client of the KEX export GraphQL endpoint.

use serde::{Deserialize, Serialize};

use super::model::{Vorgang, VorgangData};
use super::query;
use crate::auth::{TokenProvider, scope};
use crate::error::{ApiError, GraphQlError};
use crate::trace::TraceId;
use crate::transport::{decode, success_body};

/// A GraphQL response: `data` and `errors`, as the server sends them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GraphQlResponse<D> {
    /// The requested fields; `null` or absent when the query failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<D>,
    /// Errors of the query; the API sends `[]` when there were none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<GraphQlError>>,
}

#[derive(Serialize)]
struct GraphQlRequest<'a, V> {
    query: &'a str,
    variables: V,
}

#[derive(Serialize)]
struct VorgangVariables<'a> {
    vorgangsnummer: &'a str,
}

/// A Vorgang as read, with the document the server sent, so that fields this version does not
/// model can still be shown ([`super::extra::extra_fields`]).
#[derive(Debug, Clone, PartialEq)]
pub struct VorgangDocument {
    pub vorgang: Vorgang,
    /// `data.vorgang` exactly as the server sent it.
    pub raw: serde_json::Value,
    pub trace_id: TraceId,
}

/// Reads Vorgänge (scope `privatkredit:vorgang:lesen`).
#[derive(Debug, Clone)]
pub struct KexExportClient {
    tokens: TokenProvider,
}

impl KexExportClient {
    /// A client authorized by `tokens`, sending through their transport.
    pub fn new(tokens: TokenProvider) -> Self {
        Self { tokens }
    }

    /// The Vorgang `vorgangsnummer` with every field the spec documents.
    ///
    /// GraphQL reports most failures with status 200 and `errors`: those become
    /// [`ApiError::GraphQl`]; a deleted Vorgang is [`ApiError::Gone`]; a Vorgang the server
    /// answers with `null` and no error is [`ApiError::NotFound`].
    pub async fn vorgang(&self, vorgangsnummer: &str) -> Result<Vorgang, ApiError> {
        Ok(self.vorgang_document(vorgangsnummer).await?.vorgang)
    }

    /// Like [`Self::vorgang`], keeping the raw document and the request's trace id.
    pub async fn vorgang_document(
        &self,
        vorgangsnummer: &str,
    ) -> Result<VorgangDocument, ApiError> {
        let url = self
            .tokens
            .transport()
            .site()
            .endpoints()
            .kex_export()
            .clone();
        let body = GraphQlRequest {
            query: query::VORGANG,
            variables: VorgangVariables { vorgangsnummer },
        };
        let (response, trace_id) = self
            .tokens
            .post_json(&[scope::PRIVATKREDIT_VORGANG_LESEN], &url, &body)
            .await?;
        let bytes = success_body(response, &trace_id).await?;
        let answer: GraphQlResponse<VorgangData> = decode(&bytes, &trace_id)?;
        if let Some(errors) = answer.errors.filter(|e| !e.is_empty()) {
            return Err(ApiError::GraphQl { trace_id, errors });
        }
        let Some(vorgang) = answer.data.and_then(|d| d.vorgang) else {
            return Err(ApiError::NotFound {
                trace_id,
                problem: None,
            });
        };
        // The typed read succeeded, so the same bytes are valid JSON.
        let raw: GraphQlResponse<serde_json::Value> = decode(&bytes, &trace_id)?;
        let raw = raw
            .data
            .and_then(|mut d| d.get_mut("vorgang").map(serde_json::Value::take))
            .unwrap_or_default();
        Ok(VorgangDocument {
            vorgang,
            raw,
            trace_id,
        })
    }
}
