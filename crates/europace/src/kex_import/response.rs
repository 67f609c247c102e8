//! The response body of `POST /vorgang` (201 CREATED).

use serde::{Deserialize, Serialize};

/// What the server answers for a created Vorgang.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VorgangResponse {
    /// Number of the new Vorgang, e.g. `AB1234`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vorgangsnummer: Option<String>,
    /// Hints and adaptions the server made, e.g. values it could not process.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<String>>,
    /// Id of Antragsteller 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub antragsteller1: Option<AntragstellerRef>,
    /// Id of Antragsteller 2; only present for a Vorgang with two applicants.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub antragsteller2: Option<AntragstellerRef>,
}

/// The server's id of an applicant.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AntragstellerRef {
    /// Applicant id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
