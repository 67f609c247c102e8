//! proptest: bodies generated from the official schema round-trip through the models, stay
//! valid against the schema, and never make a validator panic, even with junk values.

mod common;

use std::collections::HashMap;

use common::*;
use europace::{drklein, kex_import};
use proptest::prelude::*;
use serde_json::{Map, Value, json};

/// Values for `node`; with `junk`, any leaf may be a value of the wrong kind.
fn strategy(files: &HashMap<String, Value>, node: &Value, junk: bool) -> BoxedStrategy<Value> {
    let mut node = node;
    while let Some(target) = node.get("$ref").and_then(Value::as_str) {
        node = &files[target];
    }
    let leaf = leaf(node);
    let value = match leaf {
        Some(leaf) => leaf,
        None if node.get("type").and_then(Value::as_str) == Some("array") => {
            prop::collection::vec(strategy(files, &node["items"], junk), 0..3)
                .prop_map(Value::Array)
                .boxed()
        }
        None => {
            let fields: Vec<BoxedStrategy<Option<(String, Value)>>> = properties(files, node)
                .into_iter()
                .map(|(key, child)| {
                    prop::option::of(strategy(files, &child, junk))
                        .prop_map(move |v| v.map(|v| (key.clone(), v)))
                        .boxed()
                })
                .collect();
            fields
                .prop_map(|pairs| Value::Object(pairs.into_iter().flatten().collect::<Map<_, _>>()))
                .boxed()
        }
    };
    if junk {
        prop_oneof![9 => value, 1 => junk_value()].boxed()
    } else {
        value
    }
}

/// Values of a scalar node, or None for objects and arrays.
fn leaf(node: &Value) -> Option<BoxedStrategy<Value>> {
    if let Some(values) = node.get("enum").and_then(Value::as_array) {
        return Some(prop::sample::select(values.clone()).boxed());
    }
    Some(match node.get("type").and_then(Value::as_str)? {
        "string" if node.get("format").and_then(Value::as_str) == Some("date") => {
            (1900i32..2040, 1u32..=12, 1u32..=28)
                .prop_map(|(y, m, d)| json!(format!("{y:04}-{m:02}-{d:02}")))
                .boxed()
        }
        "string" => "[A-Za-z0-9 äöüß.@+-]{0,12}".prop_map(Value::from).boxed(),
        "number" => (-10_000_000i64..10_000_000, 0u32..4)
            .prop_map(|(m, s)| {
                let d = rust_decimal::Decimal::new(m, s);
                serde_json::from_str(&d.to_string()).unwrap()
            })
            .boxed(),
        "integer" => (-10i32..1000).prop_map(Value::from).boxed(),
        "boolean" => any::<bool>().prop_map(Value::from).boxed(),
        _ => return None,
    })
}

fn junk_value() -> BoxedStrategy<Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        ".{0,10}".prop_map(Value::from),
        Just(json!("21.07.1988")),
        Just(json!([1, {"a": "b"}])),
        Just(json!({"unbekannt": 1})),
    ]
    .boxed()
}

fn properties(files: &HashMap<String, Value>, node: &Value) -> Vec<(String, Value)> {
    let mut node = node;
    while let Some(target) = node.get("$ref").and_then(Value::as_str) {
        node = &files[target];
    }
    let mut props = node
        .get("extends")
        .map(|parent| properties(files, parent))
        .unwrap_or_default();
    if let Some(own) = node.get("properties").and_then(Value::as_object) {
        props.extend(own.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    props
}

fn vorgang(junk: bool) -> BoxedStrategy<Value> {
    let files = schema_files();
    strategy(&files, &files["Vorgang.json"], junk)
}

/// A lead: a generated Vorgang with Dr. Klein's Tippgeber, partner and data.
fn lead() -> impl Strategy<Value = Value> {
    let data_value = prop_oneof![
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        Just(json!("2024-02-29")),
        "[a-z ]{0,8}".prop_map(Value::from),
    ];
    (
        vorgang(false),
        prop::option::of((
            "[A-Z][a-z]{1,8}",
            prop::sample::select(vec!["HERR", "FRAU"]),
        )),
        prop::collection::vec(("[a-z]{1,6}", data_value), 0..3),
    )
        .prop_map(|(mut body, tippgeber, data)| {
            match tippgeber {
                Some((name, anrede)) => {
                    body["tippgeber"] = json!({"nachname": name, "anrede": anrede})
                }
                None => {
                    body.as_object_mut().unwrap().remove("tippgeber");
                }
            }
            body["data"] = data
                .into_iter()
                .map(|(k, v)| json!({"key": k, "value": v}))
                .collect();
            body["partner"] = json!({"vertriebsschlüssel": "VS-1"});
            body
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn generated_bodies_round_trip_and_match_the_schema(value in vorgang(false)) {
        let body: kex_import::Vorgang = serde_json::from_value(value.clone()).unwrap();
        let back = serde_json::to_value(&body).unwrap();
        prop_assert_eq!(&back, &value);
        let again: kex_import::Vorgang = serde_json::from_value(back.clone()).unwrap();
        prop_assert_eq!(&again, &body);
        assert_schema_valid(&back);
        kex_import::validate(&body);
        kex_import::validate_json(&back.to_string());
    }

    #[test]
    fn generated_leads_round_trip(value in lead()) {
        let lead: drklein::Lead = serde_json::from_value(value.clone()).unwrap();
        let back = serde_json::to_value(&lead).unwrap();
        prop_assert_eq!(&back, &value);
        drklein::validate(&lead);
        let findings = drklein::validate_json(&back.to_string());
        prop_assert!(findings.iter().all(|f| !f.message.starts_with("Unbekanntes Feld")), "{:#?}", findings);
    }

    #[test]
    fn validators_never_panic_on_junk(value in vorgang(true)) {
        let text = value.to_string();
        kex_import::validate_json(&text);
        drklein::validate_json(&text);
        if let Ok(body) = serde_json::from_value::<kex_import::Vorgang>(value.clone()) {
            kex_import::validate(&body);
        }
    }

    #[test]
    fn validators_never_panic_on_any_text(text in ".{0,64}") {
        kex_import::validate_json(&text);
        drklein::validate_json(&text);
    }
}
