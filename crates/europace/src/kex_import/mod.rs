//! KreditSmart Vorgang import (`POST /vorgang`): the full request body, the response, and
//! validation that predicts what the API would reject or silently drop.
//!
//! - [`Vorgang`]: request body; [`VorgangResponse`]: response body.
//! - [`validate`]: findings for a typed body; [`validate_json`]: findings for raw JSON,
//!   including unknown properties and values in a format the API drops.

pub mod client;
mod enums;
mod model;
mod response;
pub(crate) mod schema;
mod validate;

pub use model::*;
pub use response::{AntragstellerRef, VorgangResponse};
pub(crate) use validate::{Checker, Parts};
pub use validate::{validate, validate_on};

use chrono::{Local, NaiveDate};

use crate::finding::Finding;

/// Findings for a raw JSON import body (e.g. read from a file), judged against today.
pub fn validate_json(text: &str) -> Vec<Finding> {
    validate_json_on(text, Local::now().date_naive())
}

/// Findings for a raw JSON import body: a non-object body, every unknown property (with a
/// near-miss suggestion), every value the API would drop for its format, then [`validate_on`]
/// on what remains.
pub fn validate_json_on(text: &str, today: NaiveDate) -> Vec<Finding> {
    let (mut findings, body) = schema::read_checked::<Vorgang>(text, crate::catalog::kex_import());
    if let Some(body) = body {
        findings.extend(validate_on(&body, today));
    }
    findings
}
