//! Checks a JSON body against the OpenAPI document the model is generated from: unknown
//! properties, values the API would drop for their type or format, unknown enum values and
//! `@type`s, and the document's constraints (required, sizes, ranges, patterns).
//!
//! It reads the document at run time rather than the model because the model is tolerant by
//! design: it reads exactly what a check must complain about.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde_json::Value;

use crate::finding::Finding;
use crate::unknown::unknown_property;

fn document() -> &'static Value {
    static DOCUMENT: OnceLock<Value> = OnceLock::new();
    DOCUMENT.get_or_init(|| {
        serde_json::from_str(contracts::kundenangaben_openapi())
            .expect("the embedded OpenAPI document is JSON")
    })
}

fn schema(name: &str) -> &'static Value {
    &document()["components"]["schemas"][name]
}

fn ref_name(reference: &str) -> &str {
    reference
        .strip_prefix("#/components/schemas/")
        .unwrap_or(reference)
}

/// Joins a JSON path the way the API names fields: `a.b[0].c`.
pub(crate) fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// Checks `value` against the component schema `root`. Values the API would drop are removed
/// from `value`, so that what is left reads into the model as the API would read it.
pub(crate) fn check(value: &mut Value, root: &str, findings: &mut Vec<Finding>) {
    check_object(value, schema(root), "", findings);
}

/// An object schema with its `allOf` parts merged in.
struct Shape {
    properties: BTreeMap<&'static str, &'static Value>,
    required: Vec<&'static str>,
}

fn shape(schema: &'static Value) -> Shape {
    fn collect(schema: &'static Value, shape: &mut Shape) {
        if let Some(r) = schema["$ref"].as_str() {
            return collect(self::schema(ref_name(r)), shape);
        }
        for part in schema["allOf"].as_array().into_iter().flatten() {
            collect(part, shape);
        }
        for (key, property) in schema["properties"].as_object().into_iter().flatten() {
            shape.properties.insert(key, property);
        }
        for key in schema["required"].as_array().into_iter().flatten() {
            shape.required.extend(key.as_str());
        }
    }
    let mut shape = Shape {
        properties: BTreeMap::new(),
        required: Vec::new(),
    };
    collect(schema, &mut shape);
    shape
}

/// `@type` -> variant schema name for a base schema's discriminator.
fn mapping(base: &'static Value) -> Option<BTreeMap<&'static str, &'static str>> {
    let mapping = base["discriminator"]["mapping"].as_object()?;
    Some(
        mapping
            .iter()
            .filter_map(|(tag, r)| Some((tag.as_str(), ref_name(r.as_str()?))))
            .collect(),
    )
}

/// `@type` -> variant for a `oneOf` list of variants, from the discriminators of their bases.
fn one_of_mapping(variants: &'static [Value]) -> BTreeMap<&'static str, &'static str> {
    let names: Vec<&str> = variants
        .iter()
        .filter_map(|v| v["$ref"].as_str().map(ref_name))
        .collect();
    let all = document()["components"]["schemas"]
        .as_object()
        .into_iter()
        .flatten();
    all.filter_map(|(_, base)| mapping(base))
        .flatten()
        .filter(|(_, variant)| names.contains(variant))
        .collect()
}

/// Checks one value; false when the API would drop it.
fn check_value(
    value: &mut Value,
    property: &'static Value,
    path: &str,
    findings: &mut Vec<Finding>,
) -> bool {
    if value.is_null() {
        return true;
    }
    if let Some(r) = property["$ref"].as_str() {
        let target = schema(ref_name(r));
        return match mapping(target) {
            Some(mapping) => check_polymorphic(value, &mapping, path, findings),
            None => check_object(value, target, path, findings),
        };
    }
    if let Some(variants) = property["oneOf"].as_array() {
        return check_polymorphic(value, &one_of_mapping(variants), path, findings);
    }
    if property.get("properties").is_some() {
        return check_object(value, property, path, findings);
    }
    match property["type"].as_str() {
        Some("array") => check_array(value, property, path, findings),
        Some("string") => check_string(value, property, path, findings),
        Some("number") => check_number(value, property, path, findings, false),
        Some("integer") => check_number(value, property, path, findings, true),
        Some("boolean") if value.is_boolean() => true,
        Some("boolean") => {
            findings.push(Finding::fehler(
                path,
                format!(
                    "Ja/Nein-Wert erwartet (true oder false), nicht {value}: die API verwirft ihn."
                ),
            ));
            false
        }
        _ => true,
    }
}

fn check_polymorphic(
    value: &mut Value,
    mapping: &BTreeMap<&'static str, &'static str>,
    path: &str,
    findings: &mut Vec<Finding>,
) -> bool {
    if !value.is_object() {
        findings.push(Finding::fehler(
            path,
            format!("Objekt mit `@type` erwartet, nicht {value}: die API verwirft den Wert."),
        ));
        return false;
    }
    let known: Vec<&str> = mapping.keys().copied().collect();
    let tag = match value.get("@type") {
        Some(Value::String(tag)) => tag.clone(),
        Some(other) => {
            findings.push(Finding::fehler(
                join(path, "@type"),
                format!(
                    "`@type` muss Text sein, nicht {other}: die API verwirft das Objekt. Mögliche Typen: {}.",
                    known.join(", ")
                ),
            ));
            return true;
        }
        None => {
            findings.push(Finding::fehler(
                join(path, "@type"),
                format!(
                    "`@type` fehlt: die API kann das Objekt keinem Typ zuordnen und verwirft es. Mögliche Typen: {}.",
                    known.join(", ")
                ),
            ));
            return true;
        }
    };
    match mapping.get(tag.as_str()) {
        Some(variant) => check_object(value, schema(variant), path, findings),
        None => {
            findings.push(Finding::fehler(
                join(path, "@type"),
                format!(
                    "Unbekannter Typ `{tag}`: die API verwirft das ganze Objekt. Mögliche Typen: {}.",
                    known.join(", ")
                ),
            ));
            // Kept: the model holds it as an unknown variant, the finding already says it all.
            true
        }
    }
}

fn check_object(
    value: &mut Value,
    schema: &'static Value,
    path: &str,
    findings: &mut Vec<Finding>,
) -> bool {
    let Value::Object(object) = value else {
        findings.push(Finding::fehler(
            path,
            format!("Objekt mit Feldern erwartet, nicht {value}: die API verwirft den Wert."),
        ));
        return false;
    };
    let shape = shape(schema);
    let known: Vec<&str> = shape.properties.keys().copied().collect();
    let mut dropped = Vec::new();
    for (key, child) in object.iter_mut() {
        match shape.properties.get(key.as_str()) {
            // The discriminator was read by the caller.
            Some(_) if key == "@type" => {}
            Some(property) => {
                if !check_value(child, property, &join(path, key), findings) {
                    dropped.push(key.clone());
                }
            }
            None => {
                let mut finding = unknown_property(path, key, &known);
                let lost = leaves(child);
                if lost > 1 {
                    finding
                        .message
                        .push_str(&format!(" Damit gehen {lost} Angaben verloren."));
                }
                findings.push(finding);
                dropped.push(key.clone());
            }
        }
    }
    for key in dropped {
        object.remove(&key);
    }
    for (key, child) in object.iter() {
        if let Some(property) = shape.properties.get(key.as_str())
            && property["deprecated"] == true
            && !child.is_null()
        {
            deprecated(object, key, property, path, findings);
        }
    }
    if schema["deprecated"] == true {
        findings.push(Finding::hinweis(
            path,
            format!(
                "Veraltet laut API: {}",
                schema["description"].as_str().unwrap_or_default().trim()
            ),
        ));
    }
    for required in &shape.required {
        if *required != "@type" && object.get(*required).is_none_or(Value::is_null) {
            findings.push(Finding::fehler(
                join(path, required),
                format!("Pflichtfeld `{required}` fehlt: ohne es lehnt die API den Body ab."),
            ));
        }
    }
    true
}

/// A deprecated property: the API copies it into its successor only while that is empty.
fn deprecated(
    object: &serde_json::Map<String, Value>,
    key: &str,
    property: &Value,
    path: &str,
    findings: &mut Vec<Finding>,
) {
    let description = property["description"].as_str().unwrap_or_default();
    let successor = ["Ersetzt durch '", "ins Feld '"]
        .iter()
        .find_map(|marker| description.split_once(marker))
        .and_then(|(_, rest)| rest.split_once('\''))
        .map(|(name, _)| name);
    let path = join(path, key);
    match successor {
        Some(successor) if object.get(successor).is_some_and(|v| !v.is_null()) => {
            findings.push(Finding::fehler(
                path,
                format!(
                    "Veraltetes Feld `{key}`: die API übernimmt es nur, wenn `{successor}` leer ist. Hier ist `{successor}` gesetzt, `{key}` geht verloren."
                ),
            ));
        }
        Some(successor) => findings.push(Finding::hinweis(
            path,
            format!("Veraltetes Feld `{key}`: die API übernimmt es nach `{successor}`; besser gleich `{successor}` füllen."),
        )),
        None => findings.push(Finding::hinweis(
            path,
            format!("Veraltetes Feld `{key}`: {}", description.trim()),
        )),
    }
}

/// How many values (strings, numbers, booleans) a dropped property takes with it.
fn leaves(value: &Value) -> usize {
    match value {
        Value::Object(object) => object.values().map(leaves).sum(),
        Value::Array(items) => items.iter().map(leaves).sum(),
        Value::Null => 0,
        _ => 1,
    }
}

fn check_array(
    value: &mut Value,
    property: &'static Value,
    path: &str,
    findings: &mut Vec<Finding>,
) -> bool {
    let Value::Array(items) = value else {
        findings.push(Finding::fehler(
            path,
            format!("Liste erwartet, nicht {value}: die API verwirft den Wert."),
        ));
        return false;
    };
    let count = items.len() as u64;
    if let Some(max) = property["maxItems"].as_u64().filter(|max| count > *max) {
        findings.push(Finding::fehler(
            path,
            format!("Höchstens {max} Einträge erlaubt, hier {count}: die API lehnt den Body ab."),
        ));
    }
    if let Some(min) = property["minItems"].as_u64().filter(|min| count < *min) {
        findings.push(Finding::fehler(
            path,
            format!("Mindestens {min} Einträge nötig, hier {count}: die API lehnt den Body ab."),
        ));
    }
    let mut index = 0;
    items.retain_mut(|item| {
        let kept = check_value(
            item,
            &property["items"],
            &format!("{path}[{index}]"),
            findings,
        );
        index += 1;
        kept
    });
    true
}

fn check_string(
    value: &mut Value,
    property: &'static Value,
    path: &str,
    findings: &mut Vec<Finding>,
) -> bool {
    let Value::String(text) = value else {
        findings.push(Finding::fehler(
            path,
            format!("Text erwartet, nicht {value}: die API verwirft den Wert."),
        ));
        return false;
    };
    if let Some(values) = property["enum"].as_array() {
        if !values.iter().any(|v| v == text.as_str()) {
            let allowed: Vec<&str> = values.iter().filter_map(Value::as_str).collect();
            findings.push(Finding::fehler(
                path,
                format!(
                    "Unbekannter Wert `{text}`: die API verwirft ihn. Erlaubt: {}.",
                    allowed.join(", ")
                ),
            ));
        }
        return true;
    }
    if property["format"] == "date" && !is_iso_date(text) {
        let hint =
            german_date(text).map_or_else(String::new, |date| format!(", richtig wäre `{date}`"));
        findings.push(Finding::fehler(
            path,
            format!("Datum `{text}` nicht im Format JJJJ-MM-TT{hint}: die API verwirft es."),
        ));
        return false;
    }
    if property["format"] == "date" {
        date_rules(text, property, path, findings);
    }
    if let Some(pattern) = property["pattern"].as_str()
        && !matches_pattern(pattern, text)
    {
        findings.push(Finding::fehler(
            path,
            format!("`{text}` ist keine fünfstellige Postleitzahl: die API verwirft sie."),
        ));
        return false;
    }
    let length = text.chars().count() as u64;
    if let Some(min) = property["minLength"].as_u64().filter(|min| length < *min) {
        findings.push(Finding::fehler(
            path,
            format!("Mindestens {min} Zeichen nötig, hier {length}: die API lehnt den Body ab."),
        ));
    }
    if let Some(max) = property["maxLength"].as_u64().filter(|max| length > *max) {
        findings.push(Finding::fehler(
            path,
            format!("Höchstens {max} Zeichen erlaubt, hier {length}: die API lehnt den Body ab."),
        ));
    }
    true
}

/// The rules the document states in a date's description, e.g. "Das Geburtsdatum muss in der
/// Vergangenheit liegen."
fn date_rules(text: &str, property: &Value, path: &str, findings: &mut Vec<Finding>) {
    let (Ok(date), Some(description)) = (
        NaiveDate::parse_from_str(text, "%Y-%m-%d"),
        property["description"].as_str(),
    ) else {
        return;
    };
    // The document asks a future date of `ausstellungsdatum`, a slip: IDs are issued in the past.
    if description.starts_with("Das Ausstellungsdatum") {
        return;
    }
    let today = chrono::Local::now().date_naive();
    let shown = date.format("%d.%m.%Y");
    if description.contains("in der Vergangenheit liegen") && date >= today {
        findings.push(Finding::fehler(
            path,
            format!("{shown} liegt nicht in der Vergangenheit: bitte Datum prüfen."),
        ));
    } else if description.contains("maximal 60 Tage in der Zukunft")
        && date > today + chrono::Days::new(60)
    {
        findings.push(Finding::fehler(
            path,
            format!("{shown} liegt mehr als 60 Tage in der Zukunft: die API lässt das nicht zu."),
        ));
    } else if description.contains("nicht mehr als ein Jahr in der Zukunft")
        && date > today + chrono::Days::new(366)
    {
        findings.push(Finding::fehler(
            path,
            format!("{shown} liegt mehr als ein Jahr in der Zukunft: die API lässt das nicht zu."),
        ));
    } else if (description.contains("muss in der Zukunft liegen")
        || description.contains("muss gültig sein"))
        && date < today
    {
        // The document's own example carries such past dates; BaufiSmart keeps them.
        findings.push(Finding::hinweis(
            path,
            format!(
                "{shown} liegt in der Vergangenheit: BaufiSmart erwartet hier ein künftiges Datum."
            ),
        ));
    }
}

fn is_iso_date(text: &str) -> bool {
    text.len() == 10 && NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok()
}

/// `21.07.1988` as `1988-07-21`, the form a German user most likely meant.
fn german_date(text: &str) -> Option<String> {
    NaiveDate::parse_from_str(text, "%d.%m.%Y")
        .ok()
        .map(|date| date.format("%Y-%m-%d").to_string())
}

/// The document's only pattern is the five-digit PLZ; the API reads it as the whole value.
pub(crate) fn matches_pattern(pattern: &str, text: &str) -> bool {
    match pattern {
        r"\d{5}" => text.len() == 5 && text.bytes().all(|b| b.is_ascii_digit()),
        _ => true,
    }
}

fn check_number(
    value: &mut Value,
    property: &'static Value,
    path: &str,
    findings: &mut Vec<Finding>,
    integer: bool,
) -> bool {
    let Value::Number(number) = value else {
        let hint = match value {
            Value::String(text) if text.trim().replace(',', ".").parse::<f64>().is_ok() => {
                " (Zahl ohne Anführungszeichen senden)"
            }
            _ => "",
        };
        findings.push(Finding::fehler(
            path,
            format!("Zahl erwartet, nicht {value}{hint}: die API verwirft den Wert."),
        ));
        return false;
    };
    // With arbitrary precision the number's text is exact; f64 is only for the range checks.
    let text = number.to_string();
    let amount = text.parse::<f64>().unwrap_or(f64::NAN);
    if integer && text.parse::<i32>().is_err() {
        findings.push(Finding::fehler(
            path,
            format!("Ganze Zahl erwartet, nicht {text}: die API verwirft den Wert."),
        ));
        return false;
    }
    let exclusive = property["exclusiveMaximum"] == true;
    let minimum = property["minimum"].as_f64();
    let maximum = property["maximum"].as_f64();
    if let Some(min) = minimum.filter(|min| amount < *min) {
        findings.push(Finding::fehler(
            path,
            format!("Mindestens {min} erlaubt, hier {text}: die API lehnt den Body ab."),
        ));
    } else if minimum.is_none() && amount < 0.0 {
        findings.push(Finding::fehler(
            path,
            format!("Negativer Wert {text}: hier sind nur Beträge ab 0 sinnvoll."),
        ));
    }
    if let Some(max) = maximum.filter(|max| amount > *max || (exclusive && amount >= *max)) {
        findings.push(Finding::fehler(
            path,
            format!("Höchstens {max} erlaubt, hier {text}: die API lehnt den Body ab."),
        ));
    }
    true
}

/// Every `(schema, property)` of the document that has a pattern, for the test that
/// [`matches_pattern`] knows them all.
#[cfg(test)]
fn patterns() -> Vec<String> {
    let mut found = Vec::new();
    fn walk(value: &Value, found: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(p)) = map.get("pattern") {
                    found.push(p.clone());
                }
                map.values().for_each(|v| walk(v, found));
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, found)),
            _ => {}
        }
    }
    walk(&document()["components"], &mut found);
    found
}

/// Names of the properties a schema knows.
#[cfg(test)]
fn known(name: &str) -> Vec<&'static str> {
    shape(schema(name)).properties.keys().copied().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn findings(mut body: Value, root: &str) -> (Vec<Finding>, Value) {
        let mut out = Vec::new();
        check(&mut body, root, &mut out);
        (out, body)
    }

    #[test]
    fn every_pattern_of_the_document_is_understood() {
        assert_eq!(patterns(), [r"\d{5}"]);
        assert!(matches_pattern(r"\d{5}", "10557"));
        assert!(!matches_pattern(r"\d{5}", "105570"));
        assert!(!matches_pattern(r"\d{5}", "1055"));
    }

    #[test]
    fn variants_know_their_parents_properties() {
        assert!(known("BestehendesPrivatdarlehen").contains(&"restschuld"));
        assert!(known("Kunde").contains(&"personendaten"));
    }

    #[test]
    fn wrong_types_are_dropped_and_named() {
        let (found, kept) = findings(
            json!({ "kaufpreis": "358000", "@type": "KAUF", "nebenkosten": [] }),
            "Kauf",
        );
        let paths: Vec<&str> = found.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, ["kaufpreis", "nebenkosten"], "{found:#?}");
        assert!(found[0].message.contains("ohne Anführungszeichen"));
        assert_eq!(kept, json!({ "@type": "KAUF" }));
    }

    #[test]
    fn number_ranges_of_the_document_hold() {
        let (found, _) = findings(json!({ "grundstuecksgroesse": -1 }), "Einfamilienhaus");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(found[0].message.contains("Mindestens 0"));
        let (found, _) = findings(
            json!({ "type": "https://x", "title": "t", "status": 600 }),
            "Problem",
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(found[0].message.contains("Höchstens 600"));
    }

    #[test]
    fn integers_must_be_whole() {
        let (found, kept) = findings(json!({ "baujahr": 2018.5 }), "Gebaeude");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(kept, json!({}));
    }

    #[test]
    fn arrays_and_booleans_have_their_type() {
        let (found, _) = findings(
            json!({ "kunden": {}, "erfahrungImmobilienFinanzierung": "ja" }),
            "Haushalt",
        );
        let paths: Vec<&str> = found.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, ["erfahrungImmobilienFinanzierung", "kunden"]);
    }

    #[test]
    fn deprecated_fields_are_taken_over_only_into_an_empty_successor() {
        let (found, _) = findings(json!({ "kinder": [{}] }), "Haushalt");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].severity, crate::finding::Severity::Hinweis);
        assert!(
            found[0].message.contains("`kinderErfassung`"),
            "{}",
            found[0].message
        );
        let (found, _) = findings(
            json!({ "kinder": [{}], "kinderErfassung": { "@type": "KEINE_KINDER" } }),
            "Haushalt",
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].severity, crate::finding::Severity::Fehler);
    }

    #[test]
    fn deprecated_types_are_named() {
        let (found, _) = findings(
            json!({ "programm": { "@type": "KFW_PROGRAMM_153", "laufzeitInJahren": 20, "tilgungsfreieAnlaufjahre": 1, "zinsbindungInJahren": 10 } }),
            "KfwDarlehen",
        );
        let paths: Vec<(&str, crate::finding::Severity)> = found
            .iter()
            .map(|f| (f.path.as_str(), f.severity))
            .collect();
        assert!(
            paths.contains(&("programm", crate::finding::Severity::Hinweis)),
            "{found:#?}"
        );
    }

    #[test]
    fn text_lengths_of_the_document_hold() {
        let (found, _) = findings(json!({ "referenzId": "" }), "Kunde");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(found[0].message.contains("Mindestens 1 Zeichen"));
    }

    #[test]
    fn side_job_begins_within_a_year() {
        let (found, _) = findings(
            json!({ "beginnDerTaetigkeit": "2999-01-01" }),
            "EinkuenfteAusNebentaetigkeit",
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(found[0].message.contains("ein Jahr"));
    }

    #[test]
    fn an_object_where_text_belongs_is_dropped() {
        let (found, kept) = findings(json!({ "ort": { "name": "Berlin" } }), "Anschrift");
        assert_eq!(found.len(), 1);
        assert_eq!(kept, json!({}));
    }
}
