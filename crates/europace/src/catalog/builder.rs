//! Normalizes schema files into a [`Catalog`]: `$ref`s to object schemas become named
//! definitions, `extends` is flattened into the properties, scalar schemas (enums,
//! countries) are inlined at their use, formats and variants are derived.

use std::collections::BTreeMap;

use indexmap::IndexMap;

use super::draft04::{Files, RawNode};
use super::format::{Scalar, format_of};
use super::node::*;

/// Objects in which an enum property chooses which sibling object holds the data, as the
/// import README states: (schema id, selector property).
/// - `Beschaeftigung`: "The `beschaeftigungsart` determines which data is used."
/// - `Finanzbedarf`: "`fahrzeugkauf` is only processed if the `finanzierungszweck` is set
///   to `FAHRZEUGKAUF`."
const VARIANTS: &[(&str, &str)] = &[
    ("Beschaeftigung", "beschaeftigungsart"),
    ("Finanzbedarf", "finanzierungszweck"),
];

/// jsonschema2pojo keeps a replaced type under the name `…Old` (`RatenschutzOld`, replaced
/// by `ratenschutzAntragsteller1/2` in the current README); its uses are deprecated.
fn superseded(schema_id: &str) -> bool {
    schema_id.ends_with("Old")
}

/// The catalog of `contract` whose body is the schema file `root`.
pub(crate) fn build(contract: Contract, files: &Files, root: &str) -> Catalog {
    let mut builder = Builder {
        files,
        defs: BTreeMap::new(),
    };
    let root = builder.def(root);
    Catalog {
        contract,
        root,
        defs: builder.defs,
    }
}

struct Builder<'a> {
    files: &'a Files,
    defs: BTreeMap<String, Node>,
}

/// `Anschrift` for `Anschrift.json`.
fn def_name(file: &str) -> String {
    file.strip_suffix(".json").unwrap_or(file).to_owned()
}

impl<'a> Builder<'a> {
    fn file(&self, file: &str) -> &'a RawNode {
        self.files
            .get(file)
            .unwrap_or_else(|| panic!("$ref to {file}, which is no schema file"))
    }

    /// The definition of the object schema `file`, built on first use; its name.
    fn def(&mut self, file: &str) -> String {
        let name = def_name(file);
        if claim(&mut self.defs, &name) {
            let raw = self.file(file);
            let properties = self.properties(raw);
            let mut node = object(raw, properties);
            node.variant = variant(raw, &node);
            self.defs.insert(name.clone(), Node::Object(node));
        }
        name
    }

    /// The properties of an object schema, those it `extends` first; an own property of
    /// the same name replaces the inherited one in its place.
    fn properties(&mut self, raw: &'a RawNode) -> IndexMap<String, Node> {
        let mut props = match &raw.extends {
            Some(parent) => {
                let parent = match &parent.reference {
                    Some(file) => self.file(file),
                    None => parent,
                };
                self.properties(parent)
            }
            None => IndexMap::new(),
        };
        for (name, child) in &raw.properties {
            let node = self.node(child, name);
            props.insert(name.clone(), node);
        }
        props
    }

    /// The node for `raw`, found under the property `name`.
    fn node(&mut self, raw: &'a RawNode, name: &str) -> Node {
        let common = Common {
            description: raw.description.clone(),
            deprecated: raw.deprecated,
        };
        if let Some(file) = &raw.reference {
            let target = self.file(file);
            if target.is_object() {
                let deprecated = common.deprecated
                    || target.id.as_deref().is_some_and(superseded)
                    || target.deprecated;
                return Node::Ref(RefNode {
                    target: self.def(file),
                    common: Common {
                        description: common.description.or(target.description.clone()),
                        deprecated,
                    },
                });
            }
            // A scalar schema (an enum, the countries): inlined, the use site's text first.
            let mut node = self.node(target, name);
            let inlined = match &mut node {
                Node::Scalar(s) => &mut s.common,
                Node::Union(u) => &mut u.common,
                _ => unreachable!("a schema that is no object is a scalar"),
            };
            if common.description.is_some() {
                inlined.description = common.description;
            }
            inlined.deprecated |= common.deprecated;
            return node;
        }
        if let Some(options) = &raw.any_of {
            return Node::Union(UnionNode {
                kind: UnionType::Union,
                common,
                options: options.iter().map(|o| self.node(o, name)).collect(),
            });
        }
        if raw.is_object() {
            let properties = self.properties(raw);
            let mut node = object(raw, properties);
            node.variant = variant(raw, &node);
            return Node::Object(node);
        }
        match raw.json_type.as_deref() {
            Some("array") => {
                let items = raw
                    .items
                    .as_deref()
                    .unwrap_or_else(|| panic!("the list {name} has no items"));
                Node::Array(ArrayNode {
                    kind: ArrayType::Array,
                    common,
                    items: Box::new(self.node(items, name)),
                    min_items: None,
                    max_items: raw.max_items,
                })
            }
            Some(json_type) => Node::Scalar(scalar(raw, json_type, name, common)),
            None => panic!("the property {name} has no type"),
        }
    }
}

fn object(raw: &RawNode, properties: IndexMap<String, Node>) -> ObjectNode {
    ObjectNode {
        properties,
        required: raw.required.clone(),
        ..ObjectNode::new(Common {
            description: raw.description.clone(),
            deprecated: raw.deprecated,
        })
    }
}

fn scalar(raw: &RawNode, json_type: &str, name: &str, common: Common) -> ScalarNode {
    let kind = ScalarType::of(json_type, name);
    let format = format_of(&Scalar {
        json_type,
        schema_id: raw.id.as_deref(),
        has_enum: raw.values.is_some(),
        schema_format: raw.format.as_deref(),
        name,
        description: raw.description.as_deref(),
    });
    ScalarNode {
        kind,
        common,
        format,
        values: raw.values.clone(),
        minimum: None,
        maximum: None,
        exclusive_maximum: false,
        min_length: None,
        max_length: None,
        pattern: None,
    }
}

/// The variant of an object named in [`VARIANTS`]: each value of the selector maps to the
/// sibling object property of the same name in lower case, if there is one.
fn variant(raw: &RawNode, node: &ObjectNode) -> Option<Variant> {
    let id = raw.id.as_deref()?;
    let (_, selector) = VARIANTS.iter().find(|(schema, _)| *schema == id)?;
    let values = match node.properties.get(*selector) {
        Some(Node::Scalar(ScalarNode {
            values: Some(values),
            ..
        })) => values,
        _ => panic!("{id}.{selector} is no enum property"),
    };
    let cases = values
        .iter()
        .map(|value| {
            let property = value.to_lowercase();
            let own = matches!(
                node.properties.get(&property),
                Some(Node::Ref(_) | Node::Object(_))
            );
            (value.clone(), own.then_some(property))
        })
        .collect();
    Some(Variant {
        selector: (*selector).to_owned(),
        cases,
    })
}
