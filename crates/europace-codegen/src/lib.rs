//! Generates the Rust model of the Kundenangaben API from its OpenAPI 3.0 document.
//!
//! The document is small in shapes: objects with properties, `allOf` inheritance from
//! `@type`-discriminated base schemas, `oneOf` lists of a base's variants, inline string
//! enums, arrays. Anything else makes the generator panic, so a new shape in a future
//! version of the document is noticed instead of generated wrongly.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Write as _;
use std::process::{Command, Stdio};

use serde_json::{Map, Value};

pub mod catalog;

/// The command that regenerates the checked-in model, named in the staleness test.
pub const REGENERATE: &str = "cargo run -p europace-codegen";

/// The official Kundenangaben OpenAPI document the model is generated from.
pub fn openapi() -> Value {
    serde_json::from_str(contracts::kundenangaben_openapi())
        .expect("the official OpenAPI document is JSON")
}

/// The generated model file, relative to this crate.
pub const MODEL_PATH: &str = "../europace/src/kundenangaben/model.rs";

/// Generates the model source, formatted with rustfmt.
pub fn generate(openapi: &Value) -> String {
    rustfmt(&Generator::new(openapi).source())
}

fn rustfmt(source: &str) -> String {
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2024", "--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("rustfmt must be installed (rustup component add rustfmt)");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(source.as_bytes())
        .expect("write to rustfmt");
    let output = child.wait_with_output().expect("rustfmt runs");
    assert!(
        output.status.success(),
        "rustfmt rejected the generated source"
    );
    String::from_utf8(output.stdout).expect("rustfmt writes UTF-8")
}

struct Generator<'a> {
    version: &'a str,
    schemas: &'a Map<String, Value>,
    /// Base schema name -> (`@type` value -> variant schema name).
    bases: BTreeMap<&'a str, BTreeMap<&'a str, &'a str>>,
    /// Variant schema name -> its base schemas.
    variant_bases: BTreeMap<&'a str, Vec<&'a str>>,
    /// (owner schema, property) -> name of the inline string enum.
    enum_names: BTreeMap<(String, String), String>,
    /// Inline string enum name -> its values.
    enums: BTreeMap<String, Vec<String>>,
}

const DECIMAL: &str = "rust_decimal::Decimal";

fn ref_name(reference: &str) -> &str {
    reference
        .strip_prefix("#/components/schemas/")
        .unwrap_or_else(|| panic!("unsupported $ref {reference}"))
}

fn pascal(name: &str) -> String {
    let mut out = String::new();
    for part in name.split('_').filter(|p| !p.is_empty()) {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.extend(chars.flat_map(char::to_lowercase));
        }
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    out
}

fn upper_first(name: &str) -> String {
    let mut chars = name.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn snake(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    const KEYWORDS: &[&str] = &["type", "match", "ref", "mod", "use", "impl", "fn", "loop"];
    if KEYWORDS.contains(&out.as_str()) {
        format!("r#{out}")
    } else {
        out
    }
}

fn doc(out: &mut String, description: Option<&str>, deprecated: bool) {
    let mut lines: Vec<String> = description
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    if deprecated {
        lines.push("Veraltet laut API (deprecated).".to_owned());
    }
    for line in lines {
        // Backslashes and backticks in descriptions would otherwise start rustdoc markup.
        let line = line.replace('\\', "\\\\").replace('`', "'");
        let _ = writeln!(out, "/// {line}");
    }
}

impl<'a> Generator<'a> {
    fn new(openapi: &'a Value) -> Self {
        let schemas = openapi["components"]["schemas"]
            .as_object()
            .expect("components.schemas");
        let mut bases = BTreeMap::new();
        let mut variant_bases: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for (name, schema) in schemas {
            if let Some(mapping) = schema["discriminator"]["mapping"].as_object() {
                assert_eq!(schema["discriminator"]["propertyName"], "@type");
                let mapping: BTreeMap<&str, &str> = mapping
                    .iter()
                    .map(|(tag, r)| (tag.as_str(), ref_name(r.as_str().expect("mapping ref"))))
                    .collect();
                for variant in mapping.values() {
                    variant_bases.entry(variant).or_default().push(name);
                }
                bases.insert(name.as_str(), mapping);
            }
        }
        let mut generator = Self {
            version: openapi["info"]["version"].as_str().unwrap_or_default(),
            schemas,
            bases,
            variant_bases,
            enum_names: BTreeMap::new(),
            enums: BTreeMap::new(),
        };
        generator.name_enums();
        generator
    }

    /// Properties of a schema including everything it inherits through `allOf`, without `@type`
    /// (the enum of the base schema writes and reads the discriminator).
    fn properties(&self, schema: &'a Value) -> (BTreeMap<&'a str, &'a Value>, BTreeSet<&'a str>) {
        let mut properties = BTreeMap::new();
        let mut required = BTreeSet::new();
        self.collect_properties(schema, &mut properties, &mut required);
        properties.remove("@type");
        required.remove("@type");
        (properties, required)
    }

    fn collect_properties(
        &self,
        schema: &'a Value,
        properties: &mut BTreeMap<&'a str, &'a Value>,
        required: &mut BTreeSet<&'a str>,
    ) {
        if let Some(r) = schema["$ref"].as_str() {
            return self.collect_properties(&self.schemas[ref_name(r)], properties, required);
        }
        for part in schema["allOf"].as_array().into_iter().flatten() {
            self.collect_properties(part, properties, required);
        }
        for (key, value) in schema["properties"].as_object().into_iter().flatten() {
            properties.insert(key, value);
        }
        for key in schema["required"].as_array().into_iter().flatten() {
            required.insert(key.as_str().expect("required name"));
        }
    }

    /// Inline string enums are named after their property; where one property name carries
    /// different value sets (or clashes with a schema), the owning schema's name goes first.
    fn name_enums(&mut self) {
        let mut by_property: BTreeMap<String, BTreeMap<Vec<String>, Vec<String>>> = BTreeMap::new();
        for (owner, schema) in self.schemas {
            let (properties, _) = self.properties(schema);
            for (key, property) in properties {
                let property = if property["type"] == "array" {
                    &property["items"]
                } else {
                    property
                };
                if let Some(values) = property["enum"].as_array() {
                    let values = values
                        .iter()
                        .map(|v| v.as_str().expect("string enum").to_owned())
                        .collect();
                    by_property
                        .entry(key.to_owned())
                        .or_default()
                        .entry(values)
                        .or_default()
                        .push(owner.clone());
                }
            }
        }
        for (key, sets) in by_property {
            let plain = upper_first(&key);
            let shared = sets.len() == 1
                && !self.schemas.contains_key(&plain)
                && !self.enums.contains_key(&plain);
            for (values, owners) in sets {
                let name = if shared {
                    plain.clone()
                } else {
                    format!("{}{plain}", owners[0])
                };
                for owner in owners {
                    self.enum_names.insert((owner, key.clone()), name.clone());
                }
                let previous = self.enums.insert(name.clone(), values);
                assert!(previous.is_none(), "enum name {name} used twice");
            }
        }
    }

    /// The Rust type of a schema reference: a base's enum, or the struct.
    fn named_type(&self, name: &str) -> String {
        if let Some(bases) = self.variant_bases.get(name) {
            // A variant referenced on its own still travels with its `@type`: the base's enum
            // keeps it.
            assert_eq!(
                bases.len(),
                1,
                "{name} referenced directly has several bases"
            );
            return bases[0].to_owned();
        }
        name.to_owned()
    }

    fn rust_type(
        &self,
        owner: &str,
        key: &str,
        property: &'a Value,
        inline: &mut Vec<(String, &'a Value)>,
    ) -> String {
        if let Some(r) = property["$ref"].as_str() {
            return self.named_type(ref_name(r));
        }
        if let Some(variants) = property["oneOf"].as_array() {
            let set: BTreeSet<&str> = variants
                .iter()
                .map(|v| ref_name(v["$ref"].as_str().expect("oneOf of refs")))
                .collect();
            return self
                .bases
                .iter()
                .find(|(_, mapping)| mapping.values().copied().collect::<BTreeSet<_>>() == set)
                .map(|(base, _)| (*base).to_owned())
                .unwrap_or_else(|| panic!("{owner}.{key}: oneOf matches no discriminated base"));
        }
        match property["type"].as_str() {
            Some("array") => format!(
                "Vec<{}>",
                self.rust_type(owner, key, &property["items"], inline)
            ),
            Some("string") if property.get("enum").is_some() => {
                self.enum_names[&(owner.to_owned(), key.to_owned())].clone()
            }
            Some("string") => match property["format"].as_str() {
                Some("date") => "chrono::NaiveDate".to_owned(),
                Some("date-time") => "chrono::DateTime<chrono::FixedOffset>".to_owned(),
                None | Some("uri") => "String".to_owned(),
                Some(other) => panic!("{owner}.{key}: string format {other}"),
            },
            Some("number") => DECIMAL.to_owned(),
            Some("integer") => match property["format"].as_str() {
                Some("int32") => "i32".to_owned(),
                _ => "i64".to_owned(),
            },
            Some("boolean") => "bool".to_owned(),
            Some("object") if property.get("properties").is_some() => {
                let name = format!("{owner}{}", upper_first(key));
                inline.push((name.clone(), property));
                name
            }
            other => panic!("{owner}.{key}: unsupported type {other:?}"),
        }
    }

    fn source(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "//! The Kundenangaben API's model, generated from the official OpenAPI\n\
             //! document (`crates/contracts/official/kundenangaben-openapi.json`, version {}).\n\
             //! Do not edit: regenerate with `{REGENERATE}`.\n",
            self.version
        );
        out.push_str("use serde::{Deserialize, Serialize};\n\n");
        for (name, schema) in self.schemas {
            if let Some(mapping) = self.bases.get(name.as_str()) {
                self.write_tagged_enum(&mut out, name, schema, mapping);
            } else {
                self.write_struct(&mut out, name, schema);
            }
        }
        for (name, values) in &self.enums {
            let _ = writeln!(out, "crate::tolerant_enum! {{");
            let _ = writeln!(
                out,
                "#[allow(clippy::enum_variant_names, reason = \"values are named as the API names them\")]"
            );
            let _ = writeln!(out, "pub enum {name} {{");
            let mut seen = BTreeSet::new();
            for value in values {
                let variant = pascal(value);
                assert!(
                    seen.insert(variant.clone()),
                    "{name}: variant {variant} twice"
                );
                let _ = writeln!(out, "{variant} => {value:?},");
            }
            out.push_str("}\n}\n\n");
        }
        out
    }

    fn write_tagged_enum(
        &self,
        out: &mut String,
        name: &str,
        schema: &Value,
        mapping: &BTreeMap<&str, &str>,
    ) {
        out.push_str("crate::kundenangaben::tagged::tagged_enum! {\n");
        doc(
            out,
            schema["description"].as_str(),
            schema["deprecated"] == true,
        );
        let _ = writeln!(out, "pub enum {name} {{");
        for (tag, variant) in mapping {
            let _ = writeln!(out, "{variant} => {tag:?},");
        }
        out.push_str("}\n}\n\n");
    }

    fn write_struct(&self, out: &mut String, name: &str, schema: &'a Value) {
        let (properties, required) = self.properties(schema);
        let mut inline = Vec::new();
        doc(
            out,
            schema["description"].as_str(),
            schema["deprecated"] == true,
        );
        out.push_str("#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]\n");
        let _ = writeln!(out, "pub struct {name} {{");
        for (key, property) in &properties {
            let mut description = property["description"]
                .as_str()
                .unwrap_or_default()
                .to_owned();
            if required.contains(key) {
                if !description.is_empty() {
                    description.push('\n');
                }
                description.push_str("Pflichtfeld.");
            }
            doc(out, Some(&description), property["deprecated"] == true);
            let ty = self.rust_type(name, key, property, &mut inline);
            // rust_decimal writes strings by default; the API wants JSON numbers, exactly.
            let with = if ty == DECIMAL {
                "default, with = \"rust_decimal::serde::arbitrary_precision_option\", "
            } else if ty == format!("Vec<{DECIMAL}>") {
                "default, with = \"crate::kundenangaben::numbers::decimal_list\", "
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "#[serde(rename = {key:?}, {with}skip_serializing_if = \"Option::is_none\")]\npub {}: Option<{ty}>,",
                snake(key)
            );
        }
        out.push_str("}\n\n");
        for (inline_name, inline_schema) in inline {
            self.write_struct(out, &inline_name, inline_schema);
        }
    }
}
