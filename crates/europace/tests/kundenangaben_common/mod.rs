//! Test helpers that read the official Kundenangaben OpenAPI document on their own, independent
//! of the generator and the validator: a JSON Schema for the `jsonschema` crate, maximal
//! instances and a structural diff.

#![allow(dead_code, reason = "each test file uses a part of these helpers")]

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value, json};

pub const SPEC_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/spec");

pub fn openapi() -> Value {
    serde_json::from_str(contracts::kundenangaben_openapi()).unwrap()
}

fn schemas(doc: &Value) -> &Map<String, Value> {
    doc["components"]["schemas"].as_object().unwrap()
}

fn ref_name(reference: &str) -> &str {
    reference.strip_prefix("#/components/schemas/").unwrap()
}

/// `@type` values per variant schema, read from the discriminators of the base schemas.
fn variant_tags(doc: &Value) -> BTreeMap<String, BTreeSet<String>> {
    let mut tags: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for schema in schemas(doc).values() {
        for (tag, target) in schema["discriminator"]["mapping"]
            .as_object()
            .into_iter()
            .flatten()
        {
            tags.entry(ref_name(target.as_str().unwrap()).to_owned())
                .or_default()
                .insert(tag.clone());
        }
    }
    tags
}

/// Properties and required names of a schema with its `allOf` parts merged in.
fn merged(doc: &Value, schema: &Value) -> (Map<String, Value>, BTreeSet<String>) {
    let mut properties = Map::new();
    let mut required = BTreeSet::new();
    fn collect(
        doc: &Value,
        schema: &Value,
        properties: &mut Map<String, Value>,
        required: &mut BTreeSet<String>,
    ) {
        if let Some(r) = schema["$ref"].as_str() {
            return collect(doc, &schemas(doc)[ref_name(r)], properties, required);
        }
        for part in schema["allOf"].as_array().into_iter().flatten() {
            collect(doc, part, properties, required);
        }
        for (k, v) in schema["properties"].as_object().into_iter().flatten() {
            properties.insert(k.clone(), v.clone());
        }
        for k in schema["required"].as_array().into_iter().flatten() {
            required.insert(k.as_str().unwrap().to_owned());
        }
    }
    collect(doc, schema, &mut properties, &mut required);
    (properties, required)
}

fn is_base(schema: &Value) -> bool {
    schema.get("discriminator").is_some()
}

/// The OpenAPI 3.0 components as a draft-04 JSON Schema rooted at `root`, strict where OpenAPI is
/// loose: each object is flattened (`allOf` merged) and closed with `additionalProperties: false`,
/// a variant's `@type` is fixed to its discriminator values (so `oneOf` picks exactly one), a
/// direct reference to a base schema accepts any of its variants, and `nullable` admits null.
pub fn json_schema(doc: &Value, root: &str) -> Value {
    let tags = variant_tags(doc);
    let mut converted = Map::new();
    for (name, schema) in schemas(doc) {
        let value = if is_base(schema) {
            let variants: Vec<Value> = schema["discriminator"]["mapping"]
                .as_object()
                .unwrap()
                .values()
                .map(|r| json!({ "$ref": r }))
                .collect();
            json!({ "oneOf": variants })
        } else {
            let mut object = closed_object(doc, schema);
            if let Some(tags) = tags.get(name) {
                object["properties"]["@type"] = json!({ "type": "string", "enum": tags });
                let required = object["required"].as_array_mut().unwrap();
                required.push(json!("@type"));
            }
            if object["required"].as_array().unwrap().is_empty() {
                object.as_object_mut().unwrap().remove("required");
            }
            object
        };
        converted.insert(name.clone(), value);
    }
    json!({
        "$ref": format!("#/components/schemas/{root}"),
        "components": { "schemas": converted },
    })
}

fn closed_object(doc: &Value, schema: &Value) -> Value {
    let (properties, required) = merged(doc, schema);
    let properties: Map<String, Value> = properties
        .into_iter()
        .filter(|(k, _)| k != "@type")
        .map(|(k, v)| (k, convert_property(doc, &v)))
        .collect();
    json!({
        "type": "object",
        "properties": properties,
        "required": required.into_iter().filter(|r| r != "@type").collect::<Vec<_>>(),
        "additionalProperties": false,
    })
}

fn convert_property(doc: &Value, property: &Value) -> Value {
    if property.get("properties").is_some() {
        return closed_object(doc, property);
    }
    let mut out = property.clone();
    let object = out.as_object_mut().unwrap();
    if let Some(items) = property.get("items") {
        object.insert("items".into(), convert_property(doc, items));
    }
    if object.remove("nullable") == Some(Value::Bool(true)) {
        let ty = object["type"].clone();
        object.insert("type".into(), json!([ty, "null"]));
    }
    out
}

pub fn validator(doc: &Value, root: &str) -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft4)
        .build(&json_schema(doc, root))
        .expect("the converted schema compiles")
}

/// Every violation of `instance` against the schema, one line each.
pub fn violations(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

/// Maximal instances of `root`: every property filled with a valid value, arrays of one
/// element. One instance cannot show every `@type` at a polymorphic place, so instances are
/// built until each variant reachable from `root` appeared in one. A schema already twice on the
/// way down is left out, which bounds recursion.
pub fn maximal_instances(doc: &Value, root: &str) -> Vec<Value> {
    maximal_instances_covering(doc, root).0
}

/// [`maximal_instances`] and the (base schema, variant) pairs they show.
pub fn maximal_instances_covering(
    doc: &Value,
    root: &str,
) -> (Vec<Value>, BTreeSet<(String, String)>) {
    let mut builder = Builder {
        doc,
        covered: BTreeSet::new(),
        stack: Vec::new(),
        round: 0,
        tags: variant_tags(doc),
    };
    // Once a place has shown all its variants it rotates through them, so that places below a
    // variant are reached again; a full rotation without news ends the search.
    let rotation = all_variants(doc)
        .iter()
        .fold(BTreeMap::<&str, usize>::new(), |mut sizes, (base, _)| {
            *sizes.entry(base).or_default() += 1;
            sizes
        })
        .into_values()
        .max()
        .unwrap_or(1);
    let mut instances = Vec::new();
    let mut rounds_without_news = 0;
    while rounds_without_news <= rotation {
        let before = builder.covered.len();
        let instance = builder.schema(root).expect("root is buildable");
        builder.round += 1;
        if builder.covered.len() > before || instances.is_empty() {
            instances.push(instance);
            rounds_without_news = 0;
        } else {
            rounds_without_news += 1;
        }
    }
    (instances, builder.covered)
}

/// Every (base schema, variant) pair the document's discriminators name.
pub fn all_variants(doc: &Value) -> BTreeSet<(String, String)> {
    schemas(doc)
        .iter()
        .flat_map(|(base, schema)| {
            schema["discriminator"]["mapping"]
                .as_object()
                .into_iter()
                .flatten()
                .map(move |(_, r)| (base.clone(), ref_name(r.as_str().unwrap()).to_owned()))
        })
        .collect()
}

struct Builder<'a> {
    doc: &'a Value,
    /// (base schema, variant) pairs already built.
    covered: BTreeSet<(String, String)>,
    stack: Vec<String>,
    /// How many instances were built before this one.
    round: usize,
    tags: BTreeMap<String, BTreeSet<String>>,
}

impl Builder<'_> {
    fn schema(&mut self, name: &str) -> Option<Value> {
        if self.stack.iter().filter(|s| *s == name).count() >= 2 {
            return None;
        }
        let schema = &schemas(self.doc)[name];
        if is_base(schema) {
            let variants: Vec<String> = schema["discriminator"]["mapping"]
                .as_object()
                .unwrap()
                .values()
                .map(|r| ref_name(r.as_str().unwrap()).to_owned())
                .collect();
            return self.one_of(name, &variants);
        }
        self.stack.push(name.to_owned());
        let (properties, _) = merged(self.doc, schema);
        let mut object = Map::new();
        for (key, property) in &properties {
            if key == "@type" {
                continue;
            }
            if let Some(value) = self.value(property) {
                object.insert(key.clone(), value);
            }
        }
        self.stack.pop();
        Some(Value::Object(object))
    }

    /// A variant of a polymorphic place, the first one not built before, with its `@type`.
    fn one_of(&mut self, base: &str, variants: &[String]) -> Option<Value> {
        let pick = variants
            .iter()
            .find(|v| !self.covered.contains(&(base.to_owned(), (*v).clone())))
            .unwrap_or(&variants[self.round % variants.len()])
            .clone();
        let mut value = self.schema(&pick)?;
        self.covered.insert((base.to_owned(), pick.clone()));
        let tag = schemas(self.doc)[base]["discriminator"]["mapping"]
            .as_object()
            .unwrap()
            .iter()
            .find(|(_, r)| ref_name(r.as_str().unwrap()) == pick)
            .map(|(tag, _)| tag.clone())
            .unwrap();
        value["@type"] = Value::String(tag);
        Some(value)
    }

    fn value(&mut self, property: &Value) -> Option<Value> {
        if let Some(r) = property["$ref"].as_str() {
            let name = ref_name(r);
            // A variant referenced directly still carries its `@type`.
            if let Some(tag) = self.tags.get(name).and_then(|t| t.first()).cloned() {
                let mut value = self.schema(name)?;
                value["@type"] = Value::String(tag);
                return Some(value);
            }
            return self.schema(name);
        }
        if let Some(variants) = property["oneOf"].as_array() {
            let names: Vec<String> = variants
                .iter()
                .map(|v| ref_name(v["$ref"].as_str().unwrap()).to_owned())
                .collect();
            let base = self.base_of(&names);
            return self.one_of(&base, &names);
        }
        if let Some(values) = property["enum"].as_array() {
            return Some(values[values.len() - 1].clone());
        }
        if property.get("properties").is_some() {
            let (properties, _) = merged(self.doc, property);
            let object = properties
                .iter()
                .filter_map(|(k, p)| Some((k.clone(), self.value(p)?)))
                .collect();
            return Some(Value::Object(object));
        }
        let minimum = property["minimum"].as_f64();
        Some(match property["type"].as_str().unwrap() {
            "array" => Value::Array(vec![self.value(&property["items"])?]),
            "string" => match property["format"].as_str() {
                Some("date") => json!("2031-02-03"),
                Some("date-time") => json!("2031-02-03T04:05:06+01:00"),
                Some("uri") => json!("https://example.org/problem"),
                _ if property.get("pattern").is_some() => json!("10557"),
                _ => json!("Text"),
            },
            "number" => match minimum {
                Some(m) if m >= 100.0 => json!(503),
                _ => serde_json::from_str("1234.5").unwrap(),
            },
            "integer" => json!(minimum.map_or(7, |m| m as i64 + 1)),
            "boolean" => json!(true),
            other => panic!("unexpected type {other}"),
        })
    }

    fn base_of(&self, variants: &[String]) -> String {
        let wanted: BTreeSet<&str> = variants.iter().map(String::as_str).collect();
        schemas(self.doc)
            .iter()
            .find(|(_, s)| {
                s["discriminator"]["mapping"].as_object().is_some_and(|m| {
                    m.values()
                        .map(|r| ref_name(r.as_str().unwrap()))
                        .collect::<BTreeSet<_>>()
                        == wanted
                })
            })
            .map(|(name, _)| name.clone())
            .expect("oneOf lists a base's variants")
    }
}

/// Where `actual` differs from `expected`, as JSON paths with what is wrong there.
pub fn diff(expected: &Value, actual: &Value, path: &str, out: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, v) in e {
                let p = format!("{path}.{k}");
                match a.get(k) {
                    Some(av) => diff(v, av, &p, out),
                    None => out.push(format!(
                        "{p}: fehlt nach dem Round-Trip (Modell kennt es nicht)"
                    )),
                }
            }
            for k in a.keys().filter(|k| !e.contains_key(*k)) {
                out.push(format!("{path}.{k}: vom Modell hinzugefügt"));
            }
        }
        (Value::Array(e), Value::Array(a)) if e.len() == a.len() => {
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                diff(ev, av, &format!("{path}[{i}]"), out);
            }
        }
        _ if expected == actual => {}
        _ => out.push(format!("{path}: erwartet {expected}, bekommen {actual}")),
    }
}

/// A JSON body of the prose spec, and whether the spec left parts of it out (`...`).
pub struct Example {
    pub text: String,
    pub elided: bool,
}

/// The JSON bodies of `kundenangaben-api.md`. The file has no code fences: a body is a line
/// `{` at the top level up to its closing brace. Annotations (`<-- …`) are cut off.
pub fn kundenangaben_examples() -> Vec<Example> {
    let text = std::fs::read_to_string(format!("{SPEC_DIR}/kundenangaben-api.md")).unwrap();
    let mut examples = Vec::new();
    let mut current: Option<(String, i64)> = None;
    for line in text.lines() {
        let line = line.split(" <--").next().unwrap_or_default();
        match current.as_mut() {
            None if line.trim() == "{" => current = Some((String::from("{\n"), 1)),
            None => {}
            Some((body, depth)) => {
                body.push_str(line);
                body.push('\n');
                *depth += braces(line);
                if *depth <= 0 {
                    let (body, _) = current.take().unwrap();
                    let elided = body.lines().any(|l| {
                        let l = l.trim();
                        l == "..."
                            || l.starts_with('[') && l.ends_with(']') && l.contains("Body as in")
                    }) || body.contains("[ ...");
                    examples.push(Example { text: body, elided });
                }
            }
        }
    }
    // A body the spec breaks off ("Body as in create case") never closes.
    if let Some((text, _)) = current {
        examples.push(Example { text, elided: true });
    }
    examples
}

/// Net `{`/`[` minus `}`/`]` outside strings.
fn braces(line: &str) -> i64 {
    let mut depth = 0;
    let mut in_string = false;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '{' | '[' if !in_string => depth += 1,
            '}' | ']' if !in_string => depth -= 1,
            _ => {}
        }
    }
    depth
}
