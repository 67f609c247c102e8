//! Client of the KEX export GraphQL endpoint.

use serde::{Deserialize, Serialize};

use super::model::{Vorgang, VorgangData};
use super::query;
use crate::auth::{TokenProvider, scope};
use crate::error::{ApiError, GraphQlError};
use crate::transport::read_json;

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
        let url = self
            .tokens
            .transport()
            .environment()
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
        let answer: GraphQlResponse<VorgangData> = read_json(response, &trace_id).await?;
        match answer.errors {
            Some(errors) if !errors.is_empty() => Err(ApiError::GraphQl { trace_id, errors }),
            _ => answer
                .data
                .and_then(|d| d.vorgang)
                .ok_or(ApiError::NotFound {
                    trace_id,
                    problem: None,
                }),
        }
    }
}
