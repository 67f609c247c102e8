//! The model against the official JSON Schema: completeness via a maximal instance, and
//! every serialized body valid against the schema.

mod common;

use common::*;
use europace::finding::Severity;
use europace::kex_import::{Vorgang, validate_json};
use serde_json::{Value, json};

/// The maximal instance of `Vorgang.json` plus what the current README adds to the schema.
fn maximal_vorgang() -> Value {
    let files = schema_files();
    let mut value = maximal(&files, &files["Vorgang.json"]);
    for applicant in ["antragsteller1", "antragsteller2"] {
        value[applicant]["herkunft"]["weitereStaatsangehoerigkeiten"] = json!(["AT"]);
    }
    value
}

#[test]
fn the_model_holds_every_property_of_the_schema() {
    let input = maximal_vorgang();
    let body: Vorgang = serde_json::from_value(input.clone()).expect("maximal instance parses");
    let output = serde_json::to_value(&body).unwrap();
    if let Some(diff) = first_difference(&input, &output, "") {
        panic!("the model loses or changes a property: {diff}");
    }
    assert_eq!(input, output);
}

#[test]
fn the_maximal_instance_is_valid_against_the_official_schema() {
    let body: Vorgang = serde_json::from_value(maximal_vorgang()).unwrap();
    assert_schema_valid(&serde_json::to_value(&body).unwrap());
}

#[test]
fn the_schema_walk_knows_every_property_of_the_maximal_instance() {
    let text = maximal_vorgang().to_string();
    let unknown: Vec<_> = validate_json(&text)
        .into_iter()
        .filter(|f| f.message.starts_with("Unbekanntes Feld"))
        .collect();
    assert!(unknown.is_empty(), "{unknown:#?}");
}

#[test]
fn the_schema_walk_reports_format_drops_of_the_maximal_instance_only_where_due() {
    let findings = validate_json(&maximal_vorgang().to_string());
    let drops: Vec<_> = findings
        .iter()
        .filter(|f| f.severity == Severity::Fehler && f.message.contains("verwirft den Wert"))
        .collect();
    assert!(drops.is_empty(), "{drops:#?}");
}

#[test]
// Properties inherited through `extends` (a draft-03 keyword) are not checked by a
// draft-04 validator, so the cases use own properties of referenced files.
fn the_schema_check_resolves_refs_across_files() {
    let wrong = json!({"antragsteller1": {"personendaten": {"geburtsland": "Deutschland"}}});
    assert!(!schema_errors(&wrong).is_empty());
    let wrong = json!({"haushalt": {"kinder": [{"kindergeldFuer": "ALLE"}]}});
    assert!(!schema_errors(&wrong).is_empty());
}
