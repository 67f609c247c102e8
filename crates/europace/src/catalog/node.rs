//! The catalog's types: what the form engine renders and the validators walk.

use std::collections::BTreeMap;

use indexmap::IndexMap;
use serde::Serialize;

/// The field tree of one contract: named node definitions and the one the body starts at.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Catalog {
    pub contract: Contract,
    /// Name of the definition the request body is.
    pub root: String,
    /// Object types by schema name (`Anschrift`, `Partner` …); a `ref` node points here.
    pub defs: BTreeMap<String, Node>,
}

/// The contracts a catalog is generated for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
pub enum Contract {
    /// KreditSmart's KEX Vorgang import.
    KexImport,
    /// The Dr. Klein lead: the KEX import body with Dr. Klein's additions.
    Drklein,
    /// BaufiSmart's Kundenangaben (OpenAPI 3.0 with `@type` discriminators).
    Kundenangaben,
}

/// One field or group. A reference has no `type`; every other node names its JSON type.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(untagged)]
pub enum Node {
    Ref(RefNode),
    Object(ObjectNode),
    Array(ArrayNode),
    Scalar(ScalarNode),
    Union(UnionNode),
}

/// A use of a named definition of the catalog's `defs`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RefNode {
    #[serde(rename = "ref")]
    pub target: String,
    #[serde(flatten)]
    pub common: Common,
}

/// What every node may carry.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Common {
    /// German help text, where the contract has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The contract keeps the field for old clients only.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub deprecated: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum ObjectType {
    Object,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum ArrayType {
    Array,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum UnionType {
    Union,
}

/// The JSON type of a scalar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum ScalarType {
    String,
    Integer,
    Number,
    Boolean,
}

/// A group of named properties, in the order of the schema file.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct ObjectNode {
    #[serde(rename = "type")]
    pub kind: ObjectType,
    #[serde(flatten)]
    pub common: Common,
    pub properties: IndexMap<String, Node>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub required: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variant: Option<Variant>,
    /// Set on a polymorphic base: the property naming the type, and the definitions it picks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discriminator: Option<Discriminator>,
}

/// Which definition a polymorphic object is, by the value of one of its properties.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Discriminator {
    /// The property that names the type (`@type`).
    pub property: String,
    /// Each type name to the definition of `defs` that holds its properties.
    pub mapping: IndexMap<String, String>,
}

/// An enum property that chooses which sibling object property holds the data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Variant {
    /// The enum property that chooses.
    pub selector: String,
    /// Each enum wire value, in schema order, to the property it selects (none: no own data).
    pub cases: IndexMap<String, Option<String>>,
}

/// A list.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct ArrayNode {
    #[serde(rename = "type")]
    pub kind: ArrayType,
    #[serde(flatten)]
    pub common: Common,
    pub items: Box<Node>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_items: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_items: Option<u32>,
}

/// A single value.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct ScalarNode {
    #[serde(rename = "type")]
    pub kind: ScalarType,
    #[serde(flatten)]
    pub common: Common,
    pub format: Format,
    /// The wire values, in schema order.
    #[serde(rename = "enum", skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maximum: Option<f64>,
    /// The maximum itself is not allowed.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub exclusive_maximum: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_length: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
}

/// A value of one of several scalar kinds, the user picks which (Dr. Klein's `data[].value`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct UnionNode {
    #[serde(rename = "type")]
    pub kind: UnionType,
    #[serde(flatten)]
    pub common: Common,
    /// The kinds allowed, each a scalar node.
    pub options: Vec<Node>,
}

/// How a scalar is entered and shown (derived by the rules in `catalog/format.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Amount,
    Integer,
    Percent,
    Date,
    Iban,
    Country,
    Email,
    Phone,
    Plz,
    Boolean,
    Enum,
}

impl ScalarType {
    /// The type of a schema's `type`. Panics on another: a new shape in a future contract
    /// must be noticed, not read wrongly.
    pub(crate) fn of(json_type: &str, property: &str) -> Self {
        match json_type {
            "string" => Self::String,
            "integer" => Self::Integer,
            "number" => Self::Number,
            "boolean" => Self::Boolean,
            other => panic!("the property {property} has the unsupported type {other}"),
        }
    }
}

impl ObjectNode {
    /// An object without properties yet.
    pub(crate) fn new(common: Common) -> Self {
        Self {
            kind: ObjectType::Object,
            common,
            properties: IndexMap::new(),
            required: Vec::new(),
            variant: None,
            discriminator: None,
        }
    }
}

/// True when `name` was not yet defined in `defs`; it then holds an empty placeholder until
/// the caller builds it, so a definition that refers to itself ends.
pub(crate) fn claim(defs: &mut BTreeMap<String, Node>, name: &str) -> bool {
    if defs.contains_key(name) {
        return false;
    }
    defs.insert(
        name.to_owned(),
        Node::Object(ObjectNode::new(Common::default())),
    );
    true
}

impl Node {
    pub fn common(&self) -> &Common {
        match self {
            Node::Ref(n) => &n.common,
            Node::Object(n) => &n.common,
            Node::Array(n) => &n.common,
            Node::Scalar(n) => &n.common,
            Node::Union(n) => &n.common,
        }
    }

    pub(crate) fn common_mut(&mut self) -> &mut Common {
        match self {
            Node::Ref(n) => &mut n.common,
            Node::Object(n) => &mut n.common,
            Node::Array(n) => &mut n.common,
            Node::Scalar(n) => &mut n.common,
            Node::Union(n) => &mut n.common,
        }
    }
}

impl Catalog {
    /// The definition `name` points to. Panics on a name the catalog lacks: the builder
    /// adds every definition it references.
    pub fn def(&self, name: &str) -> &Node {
        &self.defs[name]
    }

    /// The root definition.
    pub fn root(&self) -> &Node {
        self.def(&self.root)
    }

    /// `node`, with a reference replaced by the definition it points to.
    pub fn resolve<'a>(&'a self, node: &'a Node) -> &'a Node {
        match node {
            Node::Ref(r) => self.def(&r.target),
            other => other,
        }
    }

    /// The path of every scalar the body can hold, lists marked `[]`
    /// (`haushalt.kinder[].name`), in catalog order.
    pub fn leaf_paths(&self) -> Vec<String> {
        let mut paths = Vec::new();
        self.collect_leaves(self.root(), String::new(), &mut paths);
        paths
    }

    fn collect_leaves(&self, node: &Node, path: String, out: &mut Vec<String>) {
        match self.resolve(node) {
            Node::Object(object) => {
                for (name, child) in &object.properties {
                    let child_path = if path.is_empty() {
                        name.clone()
                    } else {
                        format!("{path}.{name}")
                    };
                    self.collect_leaves(child, child_path, out);
                }
            }
            Node::Array(array) => self.collect_leaves(&array.items, format!("{path}[]"), out),
            Node::Scalar(_) | Node::Union(_) => out.push(path),
            Node::Ref(_) => unreachable!("resolve follows references"),
        }
    }
}
