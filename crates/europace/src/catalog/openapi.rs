//! Normalizes the Kundenangaben OpenAPI 3.0 document into a [`Catalog`]: component schemas
//! become definitions with their `allOf` parts merged in, a base with a discriminator keeps
//! its `@type` mapping, a `oneOf` list of variants becomes an object whose discriminator
//! maps the variants' types. Anything else makes the reader panic, so a new shape in a
//! future version of the document is noticed instead of read wrongly.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use regex::Regex;
use serde_json::Value;

use super::format::{Scalar, format_of};
use super::node::*;

/// The catalog of the document `openapi`, every component schema a definition; `root` is
/// the body it starts at.
pub(crate) fn build(openapi: &Value, root: &str) -> Catalog {
    let schemas = openapi["components"]["schemas"]
        .as_object()
        .expect("the OpenAPI document has component schemas");
    let mut reader = Reader {
        schemas,
        defs: BTreeMap::new(),
    };
    for name in schemas.keys() {
        reader.def(name);
    }
    Catalog {
        contract: Contract::Kundenangaben,
        root: root.to_owned(),
        defs: reader.defs,
    }
}

struct Reader<'a> {
    schemas: &'a serde_json::Map<String, Value>,
    defs: BTreeMap<String, Node>,
}

fn ref_name(reference: &str) -> &str {
    reference
        .strip_prefix("#/components/schemas/")
        .unwrap_or_else(|| panic!("unsupported $ref {reference}"))
}

fn common(schema: &Value) -> Common {
    Common {
        description: schema["description"].as_str().map(str::to_owned),
        deprecated: schema["deprecated"] == true,
    }
}

fn size(schema: &Value, key: &str) -> Option<u32> {
    schema[key].as_u64().and_then(|n| u32::try_from(n).ok())
}

impl<'a> Reader<'a> {
    fn schema(&self, name: &str) -> &'a Value {
        self.schemas
            .get(name)
            .unwrap_or_else(|| panic!("$ref to {name}, which is no component schema"))
    }

    /// The definition of the component schema `name`, built on first use; its name.
    fn def(&mut self, name: &str) -> String {
        if claim(&mut self.defs, name) {
            let schema = self.schema(name);
            let mut node = object(schema);
            self.merge(schema, &mut node);
            self.retire_named(schema, &mut node);
            if let Some(mapping) = schema["discriminator"]["mapping"].as_object() {
                let property = schema["discriminator"]["propertyName"]
                    .as_str()
                    .unwrap_or("@type");
                let tags = mapping
                    .iter()
                    .map(|(tag, r)| (tag.as_str(), ref_name(r.as_str().unwrap_or_default())));
                node.discriminator = Some(self.discriminator(property, tags));
            }
            self.defs.insert(name.to_owned(), Node::Object(node));
        }
        name.to_owned()
    }

    /// Adds the properties and required names of `schema`, its `allOf` parts first.
    fn merge(&mut self, schema: &'a Value, node: &mut ObjectNode) {
        if let Some(r) = schema["$ref"].as_str() {
            let target = self.schema(ref_name(r));
            return self.merge(target, node);
        }
        for part in schema["allOf"].as_array().into_iter().flatten() {
            self.merge(part, node);
        }
        for (name, property) in schema["properties"].as_object().into_iter().flatten() {
            let child = self.node(property, name);
            node.properties.insert(name.clone(), child);
        }
        let required = schema["required"].as_array().into_iter().flatten();
        node.required
            .extend(required.filter_map(Value::as_str).map(str::to_owned));
    }

    /// Marks the properties an object's own description retires ("Bitte Feld 'kinder' nicht mehr
    /// verwenden. Falls mitgeschickt, werden die Angaben ins Feld 'kinderErfassung' kopiert …")
    /// as deprecated, with their successor: OpenAPI 3.0 lets a `$ref` property carry no
    /// `deprecated` of its own, so for some the description is the only place that says so. One
    /// whose referenced schema is deprecated already says so there.
    fn retire_named(&self, schema: &Value, node: &mut ObjectNode) {
        static SENTENCES: OnceLock<(Regex, Regex, Regex)> = OnceLock::new();
        let (retired, successors, quoted) = SENTENCES.get_or_init(|| {
            let regex = |pattern| Regex::new(pattern).expect("a valid pattern");
            (
                regex(r"Bitte Felde?r? (.*?) nicht mehr verwenden"),
                regex(r"in(?:s| die) Felde?r? (.*?) kopiert"),
                regex(r"'([A-Za-z]+)'"),
            )
        });
        let Some(description) = schema["description"].as_str() else {
            return;
        };
        let names = |sentence: &Regex| -> Vec<String> {
            sentence
                .captures(description)
                .map(|c| {
                    quoted
                        .captures_iter(&c[1])
                        .map(|q| q[1].to_owned())
                        .collect()
                })
                .unwrap_or_default()
        };
        let successors = names(successors);
        for (i, name) in names(retired).iter().enumerate() {
            // Named in the same order, or as "'...Erfassung'" where the name says it.
            let successor = successors
                .get(i)
                .cloned()
                .or_else(|| Some(format!("{name}Erfassung")))
                .filter(|s| node.properties.contains_key(s));
            let retired_there = |property: &Node| match property {
                Node::Ref(r) => self.schema(&r.target)["deprecated"] == true,
                _ => false,
            };
            if let Some(property) = node
                .properties
                .get_mut(name)
                .filter(|property| !retired_there(property))
            {
                let common = property.common_mut();
                if !common.deprecated {
                    common.deprecated = true;
                    if common.description.is_none() {
                        common.description = successor.map(|s| format!("Ersetzt durch '{s}'"));
                    }
                }
            }
        }
    }

    /// `@type` -> definition, sorted by type name as messages list them.
    fn discriminator<'t>(
        &mut self,
        property: &str,
        tags: impl Iterator<Item = (&'t str, &'t str)>,
    ) -> Discriminator {
        let sorted: BTreeMap<&str, &str> = tags.collect();
        Discriminator {
            property: property.to_owned(),
            mapping: sorted
                .into_iter()
                .map(|(tag, variant)| (tag.to_owned(), self.def(variant)))
                .collect(),
        }
    }

    /// The node for the property `name` described by `schema`.
    fn node(&mut self, schema: &'a Value, name: &str) -> Node {
        if let Some(r) = schema["$ref"].as_str() {
            return Node::Ref(RefNode {
                target: self.def(ref_name(r)),
                common: common(schema),
            });
        }
        if let Some(variants) = schema["oneOf"].as_array() {
            let names: Vec<&str> = variants
                .iter()
                .map(|v| ref_name(v["$ref"].as_str().expect("oneOf lists $refs")))
                .collect();
            // Each variant's type, as the discriminators of the bases map it.
            let schemas = self.schemas;
            let tags: Vec<(&str, &str)> = schemas
                .values()
                .filter_map(|base| base["discriminator"]["mapping"].as_object())
                .flatten()
                .filter_map(|(tag, r)| Some((tag.as_str(), ref_name(r.as_str()?))))
                .filter(|(_, variant)| names.contains(variant))
                .collect();
            let mut node = object(schema);
            node.discriminator = Some(self.discriminator("@type", tags.into_iter()));
            return Node::Object(node);
        }
        if schema.get("properties").is_some() {
            let mut node = object(schema);
            self.merge(schema, &mut node);
            return Node::Object(node);
        }
        let json_type = schema["type"]
            .as_str()
            .unwrap_or_else(|| panic!("the property {name} has no type"));
        if json_type == "array" {
            return Node::Array(ArrayNode {
                kind: ArrayType::Array,
                common: common(schema),
                items: Box::new(self.node(&schema["items"], name)),
                min_items: size(schema, "minItems"),
                max_items: size(schema, "maxItems"),
            });
        }
        Node::Scalar(scalar(schema, json_type, name))
    }
}

fn object(schema: &Value) -> ObjectNode {
    ObjectNode::new(common(schema))
}

fn scalar(schema: &Value, json_type: &str, name: &str) -> ScalarNode {
    let kind = ScalarType::of(json_type, name);
    let values: Option<Vec<String>> = schema["enum"].as_array().map(|values| {
        values
            .iter()
            .map(|v| v.as_str().expect("enums are strings").to_owned())
            .collect()
    });
    let format = format_of(&Scalar {
        json_type,
        schema_id: None,
        has_enum: values.is_some(),
        schema_format: schema["format"].as_str(),
        name,
        description: schema["description"].as_str(),
    });
    ScalarNode {
        kind,
        common: common(schema),
        format,
        values,
        minimum: schema["minimum"].as_f64(),
        maximum: schema["maximum"].as_f64(),
        exclusive_maximum: schema["exclusiveMaximum"] == true,
        min_length: size(schema, "minLength"),
        max_length: size(schema, "maxLength"),
        pattern: schema["pattern"].as_str().map(str::to_owned),
    }
}
