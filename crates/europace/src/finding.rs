//! What validation reports: a finding at a JSON path, with a severity, a kind and a German
//! message. Code branches on severity and kind; the message is for people.

use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

/// How much the user would lose if the body were sent as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum Severity {
    /// The value is irrelevant in its constellation; nothing the user meant is lost.
    Hinweis,
    /// The value is broken or would be dropped by the server: the user meant to send it.
    Fehler,
}

/// What a finding is about.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    /// The body is no JSON object, or no JSON at all.
    Syntax,
    /// A property the contract does not know.
    UnknownField,
    /// A value the field's list (enum, `@type`s, countries) does not name.
    UnknownValue,
    /// A value of the wrong JSON type, or a null where a value belongs.
    Type,
    /// A field the API needs is missing.
    Required,
    /// A value in the wrong form for its field (date, e-mail, phone, BIC, IBAN, Partner-ID).
    Format,
    /// A check digit does not fit (IBAN, Steuer-ID).
    Checksum,
    /// A value that does not match the contract's pattern.
    Pattern,
    /// A number, a length or a list size outside its range.
    Bounds,
    /// A field the contract keeps for old clients only.
    Deprecated,
    /// A rule between values: dates in order, references, ids, values irrelevant where they
    /// stand.
    #[default]
    Rule,
    /// Europace's own words about a value it refused.
    Server,
}

/// One finding of a validation run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Finding {
    /// JSON path as the API names it, e.g. `antragsteller1.personendaten.geburtsdatum`
    /// or `haushalte[0].kunden[1].personendaten`.
    pub path: String,
    pub severity: Severity,
    /// Absent in findings recorded before kinds existed: those read as [`FindingKind::Rule`].
    #[serde(default)]
    pub kind: FindingKind,
    /// German message a Finanzierungsberater understands.
    pub message: String,
}

impl Finding {
    /// A Fehler about a [`FindingKind::Rule`]; [`Finding::of`] names another kind.
    pub fn fehler(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            severity: Severity::Fehler,
            kind: FindingKind::Rule,
            message: message.into(),
        }
    }

    /// A Hinweis about a [`FindingKind::Rule`]; [`Finding::of`] names another kind.
    pub fn hinweis(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Hinweis,
            ..Self::fehler(path, message)
        }
    }

    /// This finding as one of `kind`.
    pub fn of(self, kind: FindingKind) -> Self {
        Self { kind, ..self }
    }
}

/// `path.key`, or `key` at the root: a JSON path the way the APIs name fields (`a.b[0].c`).
pub(crate) fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// True when any finding is a [`Severity::Fehler`].
pub fn has_fehler(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.severity == Severity::Fehler)
}

/// A JSON path a validator builds on the stack while it walks a body: the walk allocates
/// nothing, and a path becomes a string only when a finding names it.
pub(crate) struct Path<'a> {
    parent: Option<&'a Path<'a>>,
    /// A property, written after a dot unless the path starts with it.
    key: Option<&'a str>,
    /// A position in the array the property (or the parent) holds.
    index: Option<usize>,
}

impl Path<'_> {
    /// The top-level property `key`.
    pub(crate) fn root(key: &str) -> Path<'_> {
        Path {
            parent: None,
            key: Some(key),
            index: None,
        }
    }

    /// The property `key` below this path.
    pub(crate) fn key<'b>(&'b self, key: &'b str) -> Path<'b> {
        Path {
            parent: Some(self),
            key: Some(key),
            index: None,
        }
    }

    /// Position `index` of the array at this path.
    pub(crate) fn index(&self, index: usize) -> Path<'_> {
        Path {
            parent: Some(self),
            key: None,
            index: Some(index),
        }
    }

    /// Position `index` of the array property `key` below this path.
    pub(crate) fn item<'b>(&'b self, key: &'b str, index: usize) -> Path<'b> {
        Path {
            parent: Some(self),
            key: Some(key),
            index: Some(index),
        }
    }

    fn write_to(&self, out: &mut String) {
        if let Some(parent) = self.parent {
            parent.write_to(out);
        }
        if let Some(key) = self.key {
            if self.parent.is_some() {
                out.push('.');
            }
            out.push_str(key);
        }
        if let Some(index) = self.index {
            // Writing to a String cannot fail.
            let _ = write!(out, "[{index}]");
        }
    }
}

impl From<&Path<'_>> for String {
    fn from(path: &Path<'_>) -> Self {
        // Room for nearly every path, so writing it allocates once.
        let mut out = String::with_capacity(64);
        path.write_to(&mut out);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_as_the_api_names_them() {
        let root = Path::root("haushalt");
        let list = root.key("verbindlichkeiten");
        let item = list.item("ratenkredite", 2);
        assert_eq!(
            String::from(&item.key("iban")),
            "haushalt.verbindlichkeiten.ratenkredite[2].iban"
        );
        assert_eq!(
            String::from(&root.key("kinder").index(0)),
            "haushalt.kinder[0]"
        );
        assert_eq!(
            String::from(&Path::root("data").index(3).key("key")),
            "data[3].key"
        );
        assert_eq!(String::from(&root), "haushalt");
    }
}
