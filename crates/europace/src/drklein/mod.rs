//! Dr. Klein lead API (`POST /lead`, `X-Authentication` JWT): the lead body, its response,
//! and validation.
//!
//! - [`Lead`]: request body; [`LeadResponse`]: response body.
//! - [`validate`]: findings for a typed lead; [`validate_json`]: findings for raw JSON.

pub mod client;
mod model;
mod validate;

use std::sync::OnceLock;

use chrono::{Local, NaiveDate};
use serde_json::{Value, json};

pub use model::{CustomData, DataValue, Lead, LeadResponse, Tippgeber, Vertriebspartner};
pub use validate::{validate, validate_on};

use crate::finding::Finding;
use crate::kex_import::schema::{self, schema};

/// The lead body's schema: the KEX import's `Vorgang` with Dr. Klein's additions.
fn lead_schema() -> &'static Value {
    static NODE: OnceLock<Value> = OnceLock::new();
    NODE.get_or_init(|| {
        let mut node = schema().vorgang().clone();
        let props = node["properties"]
            .as_object_mut()
            .expect("Vorgang.json has properties");
        props.insert(
            "tippgeber".into(),
            json!({"type": "object", "properties": {
                "externeMitarbeiternummer": {"type": "string"},
                "vorname": {"type": "string"},
                "nachname": {"type": "string"},
                "anrede": {"type": "string", "$ref": "Anrede.json"},
                "telefon": {"type": "string"},
                "email": {"type": "string"}
            }}),
        );
        props.insert(
            "partner".into(),
            json!({"type": "object", "properties": {"vertriebsschlüssel": {"type": "string"}}}),
        );
        props.insert(
            "data".into(),
            json!({"type": "array", "items": {"type": "object", "properties": {
                "key": {"type": "string"},
                "value": {"type": ["boolean", "integer", "string"]}
            }}}),
        );
        node
    })
}

/// Findings for a raw JSON lead, judged against today.
pub fn validate_json(text: &str) -> Vec<Finding> {
    validate_json_on(text, Local::now().date_naive())
}

/// Findings for a raw JSON lead: a non-object body, every unknown property, every value the
/// API would drop for its format, then [`validate_on`] on what remains.
pub fn validate_json_on(text: &str, today: NaiveDate) -> Vec<Finding> {
    let mut value = match schema::parse_object(text) {
        Ok(value) => value,
        Err(finding) => return vec![finding],
    };
    let mut findings = crate::json_file::duplicate_keys(text);
    schema().walk(&mut value, lead_schema(), "", &mut findings);
    match schema::read_typed::<Lead>(value) {
        Ok(lead) => findings.extend(validate_on(&lead, today)),
        Err(finding) => findings.push(finding),
    }
    findings
}
