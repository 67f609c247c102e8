//! Dr. Klein lead API (`POST /lead`, `X-Authentication` JWT): the lead body, its response,
//! and validation.
//!
//! - [`Lead`]: request body; [`LeadResponse`]: response body.
//! - [`validate`]: findings for a typed lead; [`validate_json`]: findings for raw JSON.

pub mod client;
mod model;
mod validate;

use chrono::{Local, NaiveDate};

pub use model::{CustomData, DataValue, Lead, LeadResponse, Tippgeber, Vertriebspartner};
pub use validate::{validate, validate_on};

use crate::finding::Finding;
use crate::kex_import::schema;

/// Dr. Klein's additions to the KEX import body, as schema files in the KEX schema's
/// dialect: `Lead.json` extends `Vorgang.json`.
pub(crate) const LEAD_SCHEMA: &str = include_str!("lead.schema.json");

/// Findings for a raw JSON lead, judged against today.
pub fn validate_json(text: &str) -> Vec<Finding> {
    validate_json_on(text, Local::now().date_naive())
}

/// Findings for a raw JSON lead: a non-object body, every unknown property, every value the
/// API would drop for its format, then [`validate_on`] on what remains.
pub fn validate_json_on(text: &str, today: NaiveDate) -> Vec<Finding> {
    let (mut findings, lead) = schema::read_checked::<Lead>(text, crate::catalog::drklein());
    if let Some(lead) = lead {
        findings.extend(validate_on(&lead, today));
    }
    findings
}
