//! Reading a raw JSON body of the KEX import or the Dr. Klein lead: parsed as an object,
//! checked and pruned along its catalog (`catalog::check`), then read into the typed model.

use serde_json::Value;

use crate::catalog::Catalog;
use crate::catalog::check::{check, kind};
use crate::finding::{Finding, FindingKind};

/// The findings of reading `text` as a body of `catalog`'s contract, and the typed body
/// when what is left after pruning reads into `T`.
pub(crate) fn read_checked<T: serde::de::DeserializeOwned>(
    text: &str,
    catalog: &Catalog,
) -> (Vec<Finding>, Option<T>) {
    let mut value = match parse_object(text) {
        Ok(value) => value,
        Err(finding) => return (vec![finding], None),
    };
    let mut findings = crate::json_file::duplicate_keys(text);
    check(catalog, &catalog.root, &mut value, &mut findings);
    match read_typed(value) {
        Ok(body) => (findings, Some(body)),
        Err(finding) => {
            findings.push(finding);
            (findings, None)
        }
    }
}

/// Parses `text` as a JSON object or reports why it is none.
fn parse_object(text: &str) -> Result<Value, Finding> {
    match serde_json::from_str::<Value>(text) {
        Ok(value @ Value::Object(_)) => Ok(value),
        Ok(other) => Err(Finding::fehler(
            "",
            format!(
                "Der Inhalt muss ein JSON-Objekt sein, gefunden: {}.",
                kind(&other)
            ),
        )
        .of(FindingKind::Syntax)),
        Err(e) => Err(Finding::fehler(
            "",
            format!(
                "Kein gültiges JSON (Zeile {}, Spalte {}).",
                e.line(),
                e.column()
            ),
        )
        .of(FindingKind::Syntax)),
    }
}

/// Reads the pruned body into `T`, naming the path of a value that still does not fit.
fn read_typed<T: serde::de::DeserializeOwned>(value: Value) -> Result<T, Finding> {
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
        .of(FindingKind::Type)
    })
}
