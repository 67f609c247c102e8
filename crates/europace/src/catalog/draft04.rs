//! The schema files as jsonschema2pojo writes them (draft-04 with `$ref: "Foo.json"`,
//! draft-03 `extends`, `javaType`), read as they are. Unknown keywords are refused, so a
//! new shape in a future version of the schema is noticed instead of read wrongly.

use std::collections::HashMap;

use indexmap::IndexMap;
use serde::Deserialize;
use serde::de::IgnoredAny;

/// One schema node: a whole file or a property inside one.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub(crate) struct RawNode {
    #[serde(rename = "$schema")]
    _schema: Option<IgnoredAny>,
    /// The Java class jsonschema2pojo generates; the JSON type says all the catalog needs.
    _java_type: Option<IgnoredAny>,
    /// Always `YYYY-MM-DD`, as `format: date` already says.
    #[serde(rename = "customDateTimePatter")]
    _custom_date_time_pattern: Option<IgnoredAny>,
    pub id: Option<String>,
    #[serde(rename = "type")]
    pub json_type: Option<String>,
    #[serde(rename = "$ref")]
    pub reference: Option<String>,
    pub extends: Option<Box<RawNode>>,
    #[serde(default)]
    pub properties: IndexMap<String, RawNode>,
    #[serde(default)]
    pub required: Vec<String>,
    pub items: Option<Box<RawNode>>,
    pub max_items: Option<u32>,
    /// Alternatives of a value that may take several kinds.
    pub any_of: Option<Vec<RawNode>>,
    #[serde(rename = "enum")]
    pub values: Option<Vec<String>>,
    pub format: Option<String>,
    pub description: Option<String>,
    #[serde(default)]
    pub deprecated: bool,
}

impl RawNode {
    /// True for a node that holds properties.
    pub fn is_object(&self) -> bool {
        self.json_type.as_deref() == Some("object")
            || !self.properties.is_empty()
            || self.extends.is_some()
    }
}

/// Schema files by file name (`Anschrift.json`).
pub(crate) type Files = HashMap<String, RawNode>;

/// Parses `(file name, text)` pairs. Panics on a file that is not a schema this module
/// reads: the files are embedded, so that is a build-time fact, not an input error.
pub(crate) fn parse<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Files {
    files
        .into_iter()
        .map(|(name, text)| {
            let node = serde_json::from_str(text)
                .unwrap_or_else(|e| panic!("schema file {name} is not readable: {e}"));
            (name.to_owned(), node)
        })
        .collect()
}
