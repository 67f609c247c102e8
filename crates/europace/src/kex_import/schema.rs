//! A value-level pass over a raw JSON body along a contract's catalog (the same tree the
//! forms are generated from): names every unknown property and every value the import API
//! would drop for its format, and removes both so the rest can be read into the typed model.

use std::collections::HashSet;
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde_json::Value;

use crate::catalog::{self, Catalog, Format, Node, ScalarNode, ScalarType};
use crate::country::is_iso_alpha2;
use crate::finding::Finding;
use crate::unknown::unknown_property;

/// The codes of the API's `Country` enum, as every country field of the catalog lists them.
fn countries() -> &'static HashSet<String> {
    static CODES: OnceLock<HashSet<String>> = OnceLock::new();
    CODES.get_or_init(|| {
        let kex = catalog::kex_import();
        kex.defs
            .values()
            .filter_map(|def| match def {
                Node::Object(object) => Some(object.properties.values()),
                _ => None,
            })
            .flatten()
            .find_map(|node| match node {
                Node::Scalar(s) if s.format == Format::Country => s.values.as_ref(),
                _ => None,
            })
            .expect("the KEX catalog has a country field")
            .iter()
            .cloned()
            .collect()
    })
}

/// What a node expects, for the message about a null in its place.
fn expected(node: &Node) -> &'static str {
    match node {
        Node::Array(_) => "eine Liste",
        Node::Scalar(scalar) => match scalar.kind {
            ScalarType::String => "einen Text",
            ScalarType::Number | ScalarType::Integer => "eine Zahl",
            ScalarType::Boolean => "einen Wahrheitswert",
        },
        Node::Union(_) => "einen Wert",
        Node::Object(_) | Node::Ref(_) => "ein Objekt",
    }
}

/// True when the API's `Country` enum lists `code`.
pub(crate) fn country_listed(code: &str) -> bool {
    countries().contains(code)
}

/// Checks `value` against the root of `catalog`; unknown properties and dropped values are
/// removed from `value`.
pub(crate) fn walk(catalog: &Catalog, value: &mut Value, findings: &mut Vec<Finding>) {
    Walker { catalog, findings }.walk(value, catalog.root(), "");
}

struct Walker<'a> {
    catalog: &'a Catalog,
    findings: &'a mut Vec<Finding>,
}

impl Walker<'_> {
    /// Checks `value` against `node` at `path`; returns false when the server would drop it.
    /// Unknown properties and dropped values below are removed from `value`.
    fn walk(&mut self, value: &mut Value, node: &Node, path: &str) -> bool {
        let resolved = self.catalog.resolve(node);
        if value.is_null() {
            // null is no value of any type the contract declares: the model reads it as
            // absent, so whatever the user meant to say here would not arrive.
            self.findings.push(Finding::fehler(
                path,
                format!(
                    "Leerer Wert (null), wo die API {} erwartet; der Eintrag wird verworfen. \
                     Bitte einen Wert angeben oder den Eintrag weglassen.",
                    expected(resolved)
                ),
            ));
            return false;
        }
        match resolved {
            Node::Object(object) => self.walk_object(value, &object.properties, path),
            Node::Array(array) => self.walk_array(value, &array.items, path),
            Node::Scalar(scalar) => self.check_scalar(value, scalar, path),
            Node::Union(union) => self.walk_any_scalar(value, &union.options, path),
            Node::Ref(_) => unreachable!("resolve follows references"),
        }
    }

    fn walk_object(
        &mut self,
        value: &mut Value,
        props: &indexmap::IndexMap<String, Node>,
        path: &str,
    ) -> bool {
        let Some(object) = value.as_object_mut() else {
            return self.push(
                path,
                format!(
                    "Hier erwartet die API ein Objekt, gefunden: {}; der Wert wird verworfen.",
                    kind(value)
                ),
            );
        };
        let mut drop = Vec::new();
        for (key, child) in object.iter_mut() {
            match props.get(key) {
                Some(child_node) => {
                    if !self.walk(child, child_node, &join(path, key)) {
                        drop.push(key.clone());
                    }
                }
                None => {
                    let known: Vec<&str> = props.keys().map(String::as_str).collect();
                    self.findings.push(unknown_property(path, key, &known));
                    drop.push(key.clone());
                }
            }
        }
        for key in drop {
            object.remove(&key);
        }
        true
    }

    fn walk_array(&mut self, value: &mut Value, item_node: &Node, path: &str) -> bool {
        let Some(items) = value.as_array_mut() else {
            return self.push(
                path,
                format!(
                    "Hier erwartet die API eine Liste, gefunden: {}; der Wert wird verworfen.",
                    kind(value)
                ),
            );
        };
        let mut keep = Vec::with_capacity(items.len());
        for (i, item) in items.iter_mut().enumerate() {
            let item_path = format!("{path}[{i}]");
            if item.is_null() {
                // A list element cannot be absent: the model has no place for it.
                self.findings.push(Finding::fehler(
                    item_path,
                    "Leerer Listeneintrag (null); der Eintrag wird verworfen.",
                ));
                keep.push(false);
            } else {
                keep.push(self.walk(item, item_node, &item_path));
            }
        }
        let mut flags = keep.into_iter();
        items.retain(|_| flags.next().unwrap_or(true));
        true
    }

    fn check_scalar(&mut self, value: &Value, node: &ScalarNode, path: &str) -> bool {
        let problem = match node.kind {
            ScalarType::String => string_problem(value, node),
            ScalarType::Number => number_problem(value, false),
            ScalarType::Integer => number_problem(value, true),
            ScalarType::Boolean => boolean_problem(value),
        };
        match problem {
            Some(message) => self.push(path, message),
            None => true,
        }
    }

    /// A value of one of several scalar kinds (Dr. Klein's `data[].value`).
    fn walk_any_scalar(&mut self, value: &Value, options: &[Node], path: &str) -> bool {
        let kinds: Vec<&ScalarNode> = options
            .iter()
            .filter_map(|option| match option {
                Node::Scalar(s) => Some(s),
                _ => None,
            })
            .collect();
        let fits = kinds.iter().any(|option| match (value, option.kind) {
            (Value::Bool(_), ScalarType::Boolean) | (Value::String(_), ScalarType::String) => true,
            (Value::Number(_), ScalarType::Number) => true,
            (Value::Number(n), ScalarType::Integer) => n.as_i64().is_some(),
            _ => false,
        });
        if fits {
            return true;
        }
        let names: Vec<&str> = kinds
            .iter()
            .map(|option| format_name(option.format))
            .collect();
        let allowed = match names.split_last() {
            Some((last, [])) => (*last).to_owned(),
            Some((last, rest)) => format!("{} oder {last}", rest.join(", ")),
            None => String::new(),
        };
        self.push(
            path,
            format!(
                "Erlaubt sind hier {allowed}, gefunden: {}; der Wert wird verworfen.",
                kind(value)
            ),
        )
    }

    /// Records a Fehler and answers false: the value is dropped.
    fn push(&mut self, path: &str, message: String) -> bool {
        self.findings.push(Finding::fehler(path, message));
        false
    }
}

/// German name of a value kind, for messages.
fn format_name(format: Format) -> &'static str {
    match format {
        Format::Boolean => "Wahrheitswert",
        Format::Integer => "ganze Zahl",
        Format::Amount | Format::Percent => "Zahl",
        Format::Date => "Datum",
        _ => "Text",
    }
}

/// Why the API would drop `value` as the string `node`, if it would.
fn string_problem(value: &Value, node: &ScalarNode) -> Option<String> {
    let Some(text) = value.as_str() else {
        return Some(format!(
            "Hier erwartet die API Text, gefunden: {}; der Wert wird verworfen.",
            kind(value)
        ));
    };
    if node.format == Format::Country {
        return country_problem(text);
    }
    if let Some(allowed) = &node.values {
        let allowed: Vec<&str> = allowed.iter().map(String::as_str).collect();
        if !allowed.contains(&text) {
            return Some(unknown_value_message(text, &allowed));
        }
    }
    if node.format == Format::Date {
        return date_problem(text);
    }
    None
}

/// Why the API would drop `code` as a country, if it would.
pub(crate) fn country_problem(code: &str) -> Option<String> {
    if country_listed(code) {
        None
    } else if is_iso_alpha2(code) {
        Some(format!(
            "Den Ländercode `{code}` kennt KreditSmart nicht; für andere Länder `SONSTIGE` angeben. Die API verwirft den Wert."
        ))
    } else {
        Some(format!(
            "`{code}` ist kein Ländercode nach ISO 3166 (zwei Großbuchstaben, z. B. `DE`); die API verwirft den Wert."
        ))
    }
}

/// Message for an enum value the API does not know, with the nearest allowed value.
pub(crate) fn unknown_value_message(value: &str, allowed: &[&str]) -> String {
    let upper = value.to_uppercase();
    let nearest = allowed
        .iter()
        .map(|a| (strsim::damerau_levenshtein(&upper, a), *a))
        .filter(|(d, a)| *d <= 2.max(a.len() / 4))
        .min_by_key(|(d, _)| *d);
    let hint = nearest
        .map(|(_, a)| format!(" Meinten Sie `{a}`?"))
        .unwrap_or_default();
    format!(
        "Unbekannter Wert `{value}`; erlaubt: {}. Die API verwirft den Wert.{hint}",
        allowed.join(", ")
    )
}

/// Why `text` is not a date the API reads (`YYYY-MM-DD`), if it is not.
fn date_problem(text: &str) -> Option<String> {
    if text.len() == 10 && NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok() {
        return None;
    }
    let suggestion = ["%d.%m.%Y", "%d/%m/%Y", "%Y/%m/%d", "%d-%m-%Y"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(text, f).ok())
        .map(|d| format!(" Gemeint ist wohl `{}`.", d.format("%Y-%m-%d")))
        .unwrap_or_default();
    Some(format!(
        "Datum `{text}` hat nicht das Format JJJJ-MM-TT; die API verwirft den Wert.{suggestion}"
    ))
}

/// Why the API would drop `value` as a number (`integer`: a whole one), if it would.
fn number_problem(value: &Value, integer: bool) -> Option<String> {
    let what = if integer {
        "eine ganze Zahl"
    } else {
        "eine Zahl"
    };
    let message = match value {
        Value::Number(n) if !integer => {
            let text = n.to_string();
            let fits = rust_decimal::Decimal::from_str_exact(&text).is_ok()
                || rust_decimal::Decimal::from_scientific(&text).is_ok();
            if fits {
                return None;
            }
            format!("Die Zahl {n} ist zu groß oder zu genau; der Wert wird verworfen.")
        }
        Value::Number(n) => match n.as_i64() {
            Some(i) if i32::try_from(i).is_ok() => return None,
            Some(_) => format!("Die Zahl {n} ist zu groß; die API verwirft den Wert."),
            None => {
                format!("Hier erwartet die API {what}, gefunden: {n}; der Wert wird verworfen.")
            }
        },
        Value::String(s) if s.trim().replace(',', ".").parse::<f64>().is_ok() => format!(
            "Zahl als Text (`\"{s}\"`): die API erwartet {what} ohne Anführungszeichen und verwirft den Wert."
        ),
        other => format!(
            "Hier erwartet die API {what}, gefunden: {}; der Wert wird verworfen.",
            kind(other)
        ),
    };
    Some(message)
}

/// Why the API would drop `value` as a boolean, if it would.
fn boolean_problem(value: &Value) -> Option<String> {
    if value.is_boolean() {
        return None;
    }
    let message = match value {
        Value::String(s) => format!(
            "Wahrheitswert als Text (`\"{s}\"`): die API erwartet true oder false und verwirft den Wert."
        ),
        other => format!(
            "Hier erwartet die API true oder false, gefunden: {}; der Wert wird verworfen.",
            kind(other)
        ),
    };
    Some(message)
}

/// German name of a JSON value's kind, for messages.
fn kind(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("Wahrheitswert {b}"),
        Value::Number(n) => format!("Zahl {n}"),
        Value::String(s) => format!("Text \"{s}\""),
        Value::Array(_) => "Liste".into(),
        Value::Object(_) => "Objekt".into(),
    }
}

/// `path.key`, or `key` at the root.
pub(crate) fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// Parses `text` as a JSON object or reports why it is none.
pub(crate) fn parse_object(text: &str) -> Result<Value, Finding> {
    match serde_json::from_str::<Value>(text) {
        Ok(value @ Value::Object(_)) => Ok(value),
        Ok(other) => Err(Finding::fehler(
            "",
            format!(
                "Der Inhalt muss ein JSON-Objekt sein, gefunden: {}.",
                kind(&other)
            ),
        )),
        Err(e) => Err(Finding::fehler(
            "",
            format!(
                "Kein gültiges JSON (Zeile {}, Spalte {}).",
                e.line(),
                e.column()
            ),
        )),
    }
}

/// Reads the pruned body into `T`, naming the path of a value that still does not fit.
pub(crate) fn read_typed<T: serde::de::DeserializeOwned>(value: Value) -> Result<T, Finding> {
    // Through text: with arbitrary precision, numbers read from a `Value` that exceed u64
    // reach `Decimal` as u128, which it does not take.
    let text = value.to_string();
    let mut deserializer = serde_json::Deserializer::from_str(&text);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." { String::new() } else { path };
        Finding::fehler(
            path,
            format!("Der Wert passt nicht zum Modell: {}.", e.inner()),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exactly_the_listed_countries_are_listed() {
        for code in ["DE", "AT", "XK", "SONSTIGE"] {
            assert!(country_listed(code), "{code}");
        }
        for code in ["HK", "de", "D", "DEU", "", "SONSTIG", "ÄÖ"] {
            assert!(!country_listed(code), "{code}");
        }
    }
}
