//! Helpers for the contract tests: the shared specs, the official schema as a validator,
//! a maximal instance of the schema, and the JSON examples of the prose specs.

#![allow(dead_code)] // each test binary uses a different part

use std::collections::HashMap;
use std::fs;

use serde_json::{Value, json};

pub const SPEC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/spec");
const BASE: &str = "http://kex-schema.test/";

pub fn read_spec(relative: &str) -> String {
    fs::read_to_string(format!("{SPEC}/{relative}")).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

/// Every official schema file (crate `contracts`) by file name, parsed here rather than by
/// the crate's own schema reader.
pub fn schema_files() -> HashMap<String, Value> {
    contracts::kex_import_schema_files()
        .map(|(name, text)| (name.to_owned(), serde_json::from_str(text).unwrap()))
        .collect()
}

/// Validates `instance` against the official `Vorgang.json` with the `jsonschema` crate,
/// every file registered as a resource so cross-file `$ref`s resolve.
pub fn assert_schema_valid(instance: &Value) {
    let errors = schema_errors(instance);
    assert!(
        errors.is_empty(),
        "schema violations: {errors:#?}\n{instance:#}"
    );
}

/// The official schema's violations by `instance`.
pub fn schema_errors(instance: &Value) -> Vec<String> {
    let mut builder = jsonschema::Registry::new();
    let mut root = Value::Null;
    for (name, mut schema) in schema_files() {
        // Give each file an absolute id so `"$ref": "Partner.json"` resolves to its sibling.
        schema["id"] = json!(format!("{BASE}{name}"));
        if name == "Vorgang.json" {
            root = schema.clone();
        }
        builder = builder.add(format!("{BASE}{name}"), schema).unwrap();
    }
    let registry = builder.prepare().unwrap();
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft4)
        .with_registry(&registry)
        .build(&root)
        .expect("official schema compiles");
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// A value for every property of `node` (resolving `$ref` and `extends` across the folder):
/// the first enum value, a date for `format: date`, one element per array.
pub fn maximal(files: &HashMap<String, Value>, node: &Value) -> Value {
    let node = resolve(files, node);
    if let Some(first) = node.get("enum").and_then(|e| e.get(0)) {
        return first.clone();
    }
    match node.get("type").and_then(Value::as_str).unwrap_or("object") {
        "string" if node.get("format").and_then(Value::as_str) == Some("date") => {
            json!("2019-03-15")
        }
        "string" => json!("Text"),
        "number" => serde_json::from_str("1234.56").unwrap(),
        "integer" => json!(7),
        "boolean" => json!(true),
        "array" => json!([maximal(files, &node["items"])]),
        _ => {
            let mut object = serde_json::Map::new();
            for (key, child) in properties(files, node) {
                object.insert(key, maximal(files, &child));
            }
            Value::Object(object)
        }
    }
}

fn resolve<'a>(files: &'a HashMap<String, Value>, mut node: &'a Value) -> &'a Value {
    while let Some(target) = node.get("$ref").and_then(Value::as_str) {
        node = files
            .get(target)
            .unwrap_or_else(|| panic!("unresolved $ref {target}"));
    }
    node
}

fn properties(files: &HashMap<String, Value>, node: &Value) -> Vec<(String, Value)> {
    let node = resolve(files, node);
    let mut props = node
        .get("extends")
        .map(|parent| properties(files, parent))
        .unwrap_or_default();
    if let Some(own) = node.get("properties").and_then(Value::as_object) {
        props.extend(own.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    props
}

/// The first path where `expected` has something `actual` lacks or differs, if any.
pub fn first_difference(expected: &Value, actual: &Value, path: &str) -> Option<String> {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (key, value) in e {
                let p = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                match a.get(key) {
                    None => return Some(format!("{p}: missing in the model's output")),
                    Some(other) => {
                        if let Some(d) = first_difference(value, other, &p) {
                            return Some(d);
                        }
                    }
                }
            }
            a.keys()
                .find(|k| !e.contains_key(*k))
                .map(|k| format!("{path}.{k}: not in the input"))
        }
        (Value::Array(e), Value::Array(a)) if e.len() == a.len() => e
            .iter()
            .zip(a)
            .enumerate()
            .find_map(|(i, (x, y))| first_difference(x, y, &format!("{path}[{i}]"))),
        _ if expected == actual => None,
        _ => Some(format!("{path}: expected {expected}, got {actual}")),
    }
}

/// Every JSON object in a markdown text that starts on a line of its own: fenced ```json
/// blocks and the indented examples of the Europace READMEs alike. Type sketches such as
/// `"kundenbetreuer": Partner` are not JSON and are skipped.
pub fn json_examples(markdown: &str) -> Vec<Value> {
    let mut found = Vec::new();
    let mut offset = 0;
    // End of the last example found: objects nested in it are not examples of their own.
    let mut end = 0;
    for line in markdown.split_inclusive('\n') {
        if offset >= end && (line.trim() == "{" || line.trim_start().starts_with("{\"")) {
            let start = offset + line.find('{').unwrap();
            let mut stream =
                serde_json::Deserializer::from_str(&markdown[start..]).into_iter::<Value>();
            if let Some(Ok(value @ Value::Object(_))) = stream.next() {
                found.push(value);
                end = start + stream.byte_offset();
            }
        }
        offset += line.len();
    }
    found
}

/// `value` with an unknown property added to every object.
pub fn with_unknown_fields(value: &Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut out: serde_json::Map<String, Value> = map
                .iter()
                .map(|(k, v)| (k.clone(), with_unknown_fields(v)))
                .collect();
            out.insert(
                "zukuenftigesFeld".into(),
                json!({"verschachtelt": [1, "x"]}),
            );
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(with_unknown_fields).collect()),
        other => other.clone(),
    }
}

/// `value` with every all-caps string (the enum values) replaced by an unknown one.
pub fn with_unknown_enum_values(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), with_unknown_enum_values(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(with_unknown_enum_values).collect()),
        Value::String(s)
            if s.len() > 2 && s.chars().all(|c| c.is_ascii_uppercase() || c == '_') =>
        {
            json!(format!("{s}_NEU"))
        }
        other => other.clone(),
    }
}
