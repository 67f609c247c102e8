//! A value-level pass over a raw JSON body along the official schema: names every unknown
//! property and every value the import API would drop for its format, and removes both so
//! the rest can be read into the typed model.

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::schema_files::FILES;
use crate::country::is_iso_alpha2;
use crate::finding::Finding;
use crate::unknown::unknown_property;

/// The schema files by name, with the properties the current README adds to the schema.
pub(crate) struct Schema {
    files: HashMap<&'static str, Value>,
    countries: Countries,
}

/// The codes of `Country.json`. Validation looks up every country of a body, so the
/// two-letter codes are bits of a table indexed by their letters.
struct Countries {
    /// Bit `26 * a + b` for the code of the letters `a` and `b`, counted from `A`.
    alpha2: [u64; 11],
    /// The codes that are not two capital letters (`SONSTIGE`).
    others: Vec<String>,
}

impl Countries {
    fn new<'a>(codes: impl IntoIterator<Item = &'a str>) -> Self {
        let mut countries = Self {
            alpha2: [0; 11],
            others: Vec::new(),
        };
        for code in codes {
            match Self::bit(code) {
                Some(bit) => countries.alpha2[bit / 64] |= 1 << (bit % 64),
                None => countries.others.push(code.to_owned()),
            }
        }
        countries
    }

    fn bit(code: &str) -> Option<usize> {
        match *code.as_bytes() {
            [a @ b'A'..=b'Z', b @ b'A'..=b'Z'] => {
                Some(usize::from(a - b'A') * 26 + usize::from(b - b'A'))
            }
            _ => None,
        }
    }

    fn contains(&self, code: &str) -> bool {
        match Self::bit(code) {
            Some(bit) => self.alpha2[bit / 64] & (1 << (bit % 64)) != 0,
            None => self.others.iter().any(|other| other == code),
        }
    }
}

/// The embedded schema, parsed once.
pub(crate) fn schema() -> &'static Schema {
    static SCHEMA: OnceLock<Schema> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let mut files: HashMap<&'static str, Value> = FILES
            .iter()
            .map(|(name, text)| {
                let value = serde_json::from_str(text).expect("embedded schema file is JSON");
                (*name, value)
            })
            .collect();
        // The current README documents this property; the published schema lacks it.
        if let Some(props) = files
            .get_mut("Herkunft.json")
            .and_then(|h| h.get_mut("properties"))
            .and_then(Value::as_object_mut)
        {
            props.insert(
                "weitereStaatsangehoerigkeiten".into(),
                json!({"type": "array", "items": {"type": "string", "$ref": "Country.json"}}),
            );
        }
        let countries = Countries::new(
            files["Country.json"]["enum"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str),
        );
        Schema { files, countries }
    })
}

impl Schema {
    /// The root node of the import body, `Vorgang.json`.
    pub(crate) fn vorgang(&self) -> &Value {
        &self.files["Vorgang.json"]
    }

    /// True when the API's `Country` enum lists `code`.
    pub(crate) fn country_listed(&self, code: &str) -> bool {
        self.countries.contains(code)
    }

    /// The node a `$ref` points to (file names only, as the schema uses them).
    fn resolve<'a>(&'a self, mut node: &'a Value) -> &'a Value {
        while let Some(target) = node.get("$ref").and_then(Value::as_str) {
            match self.files.get(target) {
                Some(next) => node = next,
                None => break,
            }
        }
        node
    }

    /// Properties of an object node, including those it `extends`.
    pub(crate) fn properties<'a>(&'a self, node: &'a Value) -> Vec<(&'a str, &'a Value)> {
        let node = self.resolve(node);
        let mut props: Vec<(&str, &Value)> = node
            .get("extends")
            .map(|parent| self.properties(parent))
            .unwrap_or_default();
        if let Some(own) = node.get("properties").and_then(Value::as_object) {
            props.extend(own.iter().map(|(k, v)| (k.as_str(), v)));
        }
        props
    }

    /// Checks `value` against `node` at `path`; returns false when the server would drop it.
    /// Unknown properties and dropped values below are removed from `value`.
    pub(crate) fn walk(
        &self,
        value: &mut Value,
        node: &Value,
        path: &str,
        findings: &mut Vec<Finding>,
    ) -> bool {
        let resolved = self.resolve(node);
        if value.is_null() {
            // null is no value of any type the schema declares: the model reads it as
            // absent, so whatever the user meant to say here would not arrive.
            findings.push(Finding::fehler(
                path,
                format!(
                    "Leerer Wert (null), wo die API {} erwartet; der Eintrag wird verworfen. \
                     Bitte einen Wert angeben oder den Eintrag weglassen.",
                    expected(resolved)
                ),
            ));
            return false;
        }
        let types: Vec<&str> = match resolved.get("type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
            _ => vec!["object"],
        };
        if types.len() > 1 {
            return self.walk_any_scalar(value, &types, path, findings);
        }
        match types.first().copied().unwrap_or("object") {
            "object" => self.walk_object(value, resolved, path, findings),
            "array" => self.walk_array(value, resolved, path, findings),
            "string" => self.check_string(value, resolved, path, findings),
            "number" => check_number(value, false, path, findings),
            "integer" => check_number(value, true, path, findings),
            "boolean" => check_boolean(value, path, findings),
            _ => true,
        }
    }

    fn walk_object(
        &self,
        value: &mut Value,
        node: &Value,
        path: &str,
        findings: &mut Vec<Finding>,
    ) -> bool {
        let Some(object) = value.as_object_mut() else {
            findings.push(Finding::fehler(
                path,
                format!(
                    "Hier erwartet die API ein Objekt, gefunden: {}; der Wert wird verworfen.",
                    kind(value)
                ),
            ));
            return false;
        };
        let props = self.properties(node);
        let known: Vec<&str> = props.iter().map(|(k, _)| *k).collect();
        let mut drop = Vec::new();
        for (key, child) in object.iter_mut() {
            match props.iter().find(|(k, _)| k == key) {
                Some((_, child_node)) => {
                    if !self.walk(child, child_node, &join(path, key), findings) {
                        drop.push(key.clone());
                    }
                }
                None => {
                    findings.push(unknown_property(path, key, &known));
                    drop.push(key.clone());
                }
            }
        }
        for key in drop {
            object.remove(&key);
        }
        true
    }

    fn walk_array(
        &self,
        value: &mut Value,
        node: &Value,
        path: &str,
        findings: &mut Vec<Finding>,
    ) -> bool {
        let Some(items) = value.as_array_mut() else {
            findings.push(Finding::fehler(
                path,
                format!(
                    "Hier erwartet die API eine Liste, gefunden: {}; der Wert wird verworfen.",
                    kind(value)
                ),
            ));
            return false;
        };
        let item_node = node.get("items").cloned().unwrap_or(Value::Null);
        let mut keep = Vec::with_capacity(items.len());
        for (i, item) in items.iter_mut().enumerate() {
            let item_path = format!("{path}[{i}]");
            if item.is_null() {
                // A list element cannot be absent: the model has no place for it.
                findings.push(Finding::fehler(
                    item_path,
                    "Leerer Listeneintrag (null); der Eintrag wird verworfen.",
                ));
                keep.push(false);
            } else {
                keep.push(self.walk(item, &item_node, &item_path, findings));
            }
        }
        let mut flags = keep.into_iter();
        items.retain(|_| flags.next().unwrap_or(true));
        true
    }

    fn check_string(
        &self,
        value: &Value,
        node: &Value,
        path: &str,
        findings: &mut Vec<Finding>,
    ) -> bool {
        let Some(text) = value.as_str() else {
            findings.push(Finding::fehler(
                path,
                format!(
                    "Hier erwartet die API Text, gefunden: {}; der Wert wird verworfen.",
                    kind(value)
                ),
            ));
            return false;
        };
        if node.get("id").and_then(Value::as_str) == Some("Country") {
            return match country_problem(text, self) {
                Some(message) => {
                    findings.push(Finding::fehler(path, message));
                    false
                }
                None => true,
            };
        }
        if let Some(allowed) = node.get("enum").and_then(Value::as_array) {
            let allowed: Vec<&str> = allowed.iter().filter_map(Value::as_str).collect();
            if !allowed.contains(&text) {
                findings.push(Finding::fehler(path, unknown_value_message(text, &allowed)));
                return false;
            }
        }
        if node.get("format").and_then(Value::as_str) == Some("date")
            && let Some(message) = date_problem(text)
        {
            findings.push(Finding::fehler(path, message));
            return false;
        }
        true
    }

    /// A value of one of several scalar types (Dr. Klein's `data[].value`).
    fn walk_any_scalar(
        &self,
        value: &Value,
        types: &[&str],
        path: &str,
        findings: &mut Vec<Finding>,
    ) -> bool {
        let fits = match value {
            Value::Bool(_) => types.contains(&"boolean"),
            Value::String(_) => types.contains(&"string"),
            Value::Number(n) => {
                types.contains(&"number") || (types.contains(&"integer") && n.as_i64().is_some())
            }
            _ => false,
        };
        if !fits {
            findings.push(Finding::fehler(
                path,
                format!(
                    "Erlaubt sind hier Wahrheitswert, ganze Zahl, Datum oder Text, gefunden: {}; der Wert wird verworfen.",
                    kind(value)
                ),
            ));
        }
        fits
    }
}

/// Why the API would drop `code` as a country, if it would.
pub(crate) fn country_problem(code: &str, schema: &Schema) -> Option<String> {
    if schema.country_listed(code) {
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

fn check_number(value: &Value, integer: bool, path: &str, findings: &mut Vec<Finding>) -> bool {
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
                return true;
            }
            format!("Die Zahl {n} ist zu groß oder zu genau; der Wert wird verworfen.")
        }
        Value::Number(n) => match n.as_i64() {
            Some(i) if i32::try_from(i).is_ok() => return true,
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
    push(findings, path, message)
}

fn check_boolean(value: &Value, path: &str, findings: &mut Vec<Finding>) -> bool {
    if value.is_boolean() {
        return true;
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
    push(findings, path, message)
}

/// Records a Fehler and answers false: the value is dropped.
fn push(findings: &mut Vec<Finding>, path: &str, message: String) -> bool {
    findings.push(Finding::fehler(path, message));
    false
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

/// What a schema node declares, in German, for a message.
fn expected(node: &Value) -> &'static str {
    match node.get("type") {
        Some(Value::String(t)) => match t.as_str() {
            "array" => "eine Liste",
            "string" => "einen Text",
            "number" | "integer" => "eine Zahl",
            "boolean" => "einen Wahrheitswert",
            _ => "ein Objekt",
        },
        Some(Value::Array(_)) => "einen Wert",
        _ => "ein Objekt",
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
    fn the_country_table_holds_exactly_the_listed_codes() {
        let schema = schema();
        let listed = schema.files["Country.json"]["enum"].as_array().unwrap();
        assert!(listed.len() > 100);
        for code in listed {
            assert!(schema.country_listed(code.as_str().unwrap()), "{code}");
        }
        for code in ["HK", "de", "D", "DEU", "", "SONSTIG", "ÄÖ"] {
            assert!(!schema.country_listed(code), "{code}");
        }
    }
}
