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
    let mut value = match schema::parse_object(text) {
        Ok(value) => value,
        Err(finding) => return vec![finding],
    };
    let mut findings = crate::json_file::duplicate_keys(text);
    schema::walk(crate::catalog::kex_import(), &mut value, &mut findings);
    match schema::read_typed::<Vorgang>(value) {
        Ok(body) => findings.extend(validate_on(&body, today)),
        Err(finding) => findings.push(finding),
    }
    findings
}
