//! Every JSON example of the prose specs and the current README: parsed into the models,
//! serialized back equal, tolerant of unknown fields and enum values, valid against the
//! official schema, and free of Fehler in validation.

mod common;

use common::*;
use europace::finding::has_fehler;
use europace::{drklein, kex_import};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

const KEX_SPECS: [&str; 2] = [
    "kex-vorgang-import-api.md",
    "official/kex-vorgang-import-README-current.md",
];
const DRKLEIN_SPEC: &str = "drklein-lead-api.md";

/// Parses `example` into `T`, checks the round trip, then the tolerant reading.
fn round_trip<T: Serialize + DeserializeOwned>(example: &Value) -> T {
    let model: T = serde_json::from_value(example.clone()).expect("example parses");
    let back = serde_json::to_value(&model).unwrap();
    assert_eq!(&back, example, "round trip changed the example");

    let extended = with_unknown_fields(example);
    let tolerant: T = serde_json::from_value(extended).expect("unknown fields are ignored");
    assert_eq!(&serde_json::to_value(&tolerant).unwrap(), example);

    let renamed = with_unknown_enum_values(example);
    let tolerant: T = serde_json::from_value(renamed.clone()).expect("unknown enum values parse");
    assert_eq!(
        serde_json::to_value(&tolerant).unwrap(),
        renamed,
        "unknown enum values are kept"
    );
    model
}

#[test]
fn kex_examples_round_trip_and_validate() {
    for spec in KEX_SPECS {
        let examples = json_examples(&read_spec(spec));
        let (requests, responses): (Vec<_>, Vec<_>) = examples
            .iter()
            .partition(|e| e.get("kundenbetreuer").is_some());
        assert!(!requests.is_empty(), "{spec}: no request example found");
        assert!(!responses.is_empty(), "{spec}: no response example found");
        for example in requests {
            let body: kex_import::Vorgang = round_trip(example);
            assert_schema_valid(&serde_json::to_value(&body).unwrap());
            let findings = kex_import::validate(&body);
            assert!(!has_fehler(&findings), "{spec}: {findings:#?}");
            let findings = kex_import::validate_json(&example.to_string());
            assert!(!has_fehler(&findings), "{spec}: {findings:#?}");
        }
        for example in responses {
            round_trip::<kex_import::VorgangResponse>(example);
        }
    }
}

#[test]
fn drklein_examples_round_trip_and_validate() {
    let examples = json_examples(&read_spec(DRKLEIN_SPEC));
    let (requests, responses): (Vec<_>, Vec<_>) = examples
        .iter()
        .partition(|e| e.get("kundenbetreuer").is_some());
    assert!(
        !requests.is_empty() && !responses.is_empty(),
        "{examples:#?}"
    );
    for example in requests {
        let lead: drklein::Lead = round_trip(example);
        assert_schema_valid(&serde_json::to_value(&lead).unwrap());
        let findings = drklein::validate(&lead);
        assert!(!has_fehler(&findings), "{findings:#?}");
        let findings = drklein::validate_json(&example.to_string());
        assert!(!has_fehler(&findings), "{findings:#?}");
    }
    for example in responses {
        round_trip::<drklein::LeadResponse>(example);
    }
}
