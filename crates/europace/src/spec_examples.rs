//! Contract tests: every JSON example of the export and update specs (copied verbatim to
//! `tests/spec/`) goes through the models, and the export query, model and spec agree on
//! every field name.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use crate::kex_export::client::GraphQlResponse;
use crate::kex_export::model::{Datenkontext, VorgangData};
use crate::kex_export::query;

const EXPORT_SPEC: &str = include_str!("../tests/spec/kex-vorgang-export-api.md");
const UPDATE_SPEC: &str = include_str!("../tests/spec/kex-vorgang-update-api.md");
const FULL_VORGANG: &str = include_str!("../tests/fixtures/kex_export_vorgang_voll.json");

/// JSON examples in a spec: code blocks (fenced or indented, an HTTP message's body from its
/// first `{` or `[` line) and curl `-d '…'` payloads. Type skeletons such as
/// `"partnerId": String` are not JSON and drop out.
fn json_examples(text: &str) -> Vec<Value> {
    let mut candidates: Vec<String> = Vec::new();
    let mut block: Vec<&str> = Vec::new();
    let mut fenced = false;
    let is_indented = |l: &str| l.starts_with("    ") || l.starts_with('\t');
    let mut flush = |block: &mut Vec<&str>| {
        if let Some(start) = block.iter().position(|l| {
            let t = l.trim_start();
            t.starts_with('{') || t.starts_with('[')
        }) {
            candidates.push(block[start..].join("\n"));
        }
        block.clear();
    };
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            if fenced {
                flush(&mut block);
            }
            fenced = !fenced;
        } else if fenced || is_indented(line) || (!block.is_empty() && line.trim().is_empty()) {
            block.push(line);
        } else {
            flush(&mut block);
        }
    }
    flush(&mut block);
    let mut rest = text;
    while let Some(start) = rest.find("-d '") {
        let payload = &rest[start + 4..];
        let end = payload.find('\'').expect("closing quote of a curl payload");
        candidates.push(payload[..end].to_owned());
        rest = &payload[end..];
    }
    candidates
        .iter()
        .filter_map(|c| serde_json::from_str(&escape_raw_newlines(c)).ok())
        .collect()
}

/// The export spec writes its GraphQL query as a string across lines; JSON wants `\n`.
fn escape_raw_newlines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        match c {
            '\n' if in_string => out.push_str("\\n"),
            '"' if !escaped => {
                in_string = !in_string;
                out.push(c);
            }
            _ => out.push(c),
        }
        escaped = c == '\\' && !escaped;
    }
    out
}

/// Leaf paths of the `vorgang` selection of a GraphQL document, e.g. `vorgang.bearbeiter.partnerId`.
fn selection_paths(document: &str) -> BTreeSet<String> {
    let start = document.find("vorgang(").expect("a vorgang field");
    let chars: Vec<char> = document[start..].chars().collect();
    let (mut stack, mut last, mut out) = (Vec::<String>::new(), None::<String>, BTreeSet::new());
    let leaf = |stack: &[String], name: String| {
        let mut path = stack.join(".");
        path.push('.');
        path.push_str(&name);
        path
    };
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '(' => {
                while chars[i] != ')' {
                    i += 1;
                }
            }
            '{' => stack.push(last.take().expect("a field before `{`")),
            '}' => {
                if let Some(name) = last.take() {
                    out.insert(leaf(&stack, name));
                }
                stack.pop();
                if stack.is_empty() {
                    break;
                }
            }
            c if c.is_alphanumeric() || c == '_' => {
                let mut name = String::new();
                while chars[i].is_alphanumeric() || chars[i] == '_' {
                    name.push(chars[i]);
                    i += 1;
                }
                if let Some(previous) = last.replace(name) {
                    out.insert(leaf(&stack, previous));
                }
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Leaf paths of a JSON value; arrays are transparent.
fn json_paths(value: &Value, path: &str, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let child_path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                json_paths(child, &child_path, out);
            }
        }
        Value::Array(items) if items.iter().any(Value::is_object) => {
            for item in items {
                json_paths(item, path, out);
            }
        }
        _ => {
            out.insert(path.to_owned());
        }
    }
}

/// Every field name the export spec's type skeletons declare, quoted or not.
fn skeleton_field_names(spec: &str) -> BTreeSet<String> {
    let start = spec.find("## Vorgang").expect("Vorgang section");
    let end = spec.find("## Response Format").expect("Response section");
    let mut names = BTreeSet::new();
    for line in spec[start..end].lines() {
        let t = line.trim().trim_start_matches('"');
        let name: String = t
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let after = t[name.len()..].trim_start_matches('"').trim_start();
        if !name.is_empty() && after.starts_with(':') && line.starts_with(char::is_whitespace) {
            names.insert(name);
        }
    }
    names
}

fn parse_export(value: &Value) -> GraphQlResponse<VorgangData> {
    serde_json::from_value(value.clone()).expect("parses into the export model")
}

fn add_unknown_fields(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.values_mut().for_each(add_unknown_fields);
            map.insert("feldAusDerZukunft".into(), json!({"a": [1, "b"]}));
        }
        Value::Array(items) => items.iter_mut().for_each(add_unknown_fields),
        _ => {}
    }
}

/// Replaces every enum-looking value (`UPPER_CASE`) with one no version knows.
fn replace_enum_values(value: &mut Value) {
    match value {
        Value::Object(map) => map.values_mut().for_each(replace_enum_values),
        Value::Array(items) => items.iter_mut().for_each(replace_enum_values),
        Value::String(s)
            if s.len() > 2 && s.chars().all(|c| c.is_ascii_uppercase() || c == '_') =>
        {
            *s = "NEU_IM_JAHR_2030".into();
        }
        _ => {}
    }
}

#[test]
fn export_spec_examples_round_trip() {
    let examples = json_examples(EXPORT_SPEC);
    assert_eq!(
        examples.len(),
        2,
        "request and response example: {examples:#?}"
    );
    for example in examples {
        if example.get("data").is_some() {
            let parsed = parse_export(&example);
            assert_eq!(serde_json::to_value(&parsed).unwrap(), example);
            let mut extended = example.clone();
            add_unknown_fields(&mut extended);
            assert_eq!(parse_export(&extended), parsed);
        } else {
            let example_query = example["query"].as_str().expect("a GraphQL request");
            let ours = selection_paths(query::VORGANG);
            let missing: Vec<_> = selection_paths(example_query)
                .into_iter()
                .filter(|p| !ours.contains(p))
                .collect();
            assert!(missing.is_empty(), "not in our query: {missing:?}");
            let keys: Vec<_> = example["variables"].as_object().unwrap().keys().collect();
            assert_eq!(keys, ["vorgangsnummer"]);
            assert!(query::VORGANG.starts_with("query getVorgang($vorgangsnummer: String!)"));
        }
    }
}

#[test]
fn update_spec_examples_match_the_bodies_we_send() {
    let examples = json_examples(UPDATE_SPEC);
    assert_eq!(examples.len(), 2, "dokument and kommentare: {examples:#?}");
    for example in examples {
        match &example {
            Value::Array(_) => {
                let kommentare: Vec<String> = serde_json::from_value(example.clone()).unwrap();
                assert_eq!(serde_json::to_value(&kommentare).unwrap(), example);
            }
            Value::Object(map) => {
                let keys: BTreeSet<_> = map.keys().map(String::as_str).collect();
                assert_eq!(keys, BTreeSet::from(["filename", "base64Content"]));
                assert!(map.values().all(Value::is_string));
            }
            other => panic!("unexpected example {other}"),
        }
    }
}

#[test]
fn full_vorgang_round_trips_and_tolerates_the_future() {
    let full: Value = serde_json::from_str(FULL_VORGANG).unwrap();
    let parsed = parse_export(&full);
    assert_eq!(serde_json::to_value(&parsed).unwrap(), full);

    let mut extended = full.clone();
    add_unknown_fields(&mut extended);
    assert_eq!(parse_export(&extended), parsed);

    let mut renamed = full.clone();
    replace_enum_values(&mut renamed);
    let future = parse_export(&renamed);
    let vorgang = future.data.unwrap().vorgang.unwrap();
    assert_eq!(
        vorgang.datenkontext,
        Some(Datenkontext::Unknown("NEU_IM_JAHR_2030".into()))
    );
    assert_eq!(
        serde_json::to_value(parse_export(&renamed)).unwrap(),
        renamed
    );
}

#[test]
fn query_model_and_spec_name_the_same_fields() {
    let full: Value = serde_json::from_str(FULL_VORGANG).unwrap();
    let mut fixture = BTreeSet::new();
    json_paths(&full["data"], "", &mut fixture);
    let queried = selection_paths(query::VORGANG);
    let only_queried: Vec<_> = queried.difference(&fixture).collect();
    let only_in_fixture: Vec<_> = fixture.difference(&queried).collect();
    assert!(
        only_queried.is_empty() && only_in_fixture.is_empty(),
        "only queried: {only_queried:?}, only in the fixture: {only_in_fixture:?}"
    );

    let in_query: BTreeSet<String> = fixture
        .iter()
        .flat_map(|p| p.split('.').map(str::to_owned).collect::<Vec<_>>())
        .collect();
    let in_spec = skeleton_field_names(EXPORT_SPEC);
    assert!(in_spec.len() > 100, "{in_spec:?}");
    let missing: Vec<_> = in_spec.difference(&in_query).collect();
    assert!(missing.is_empty(), "spec fields not queried: {missing:?}");
}
