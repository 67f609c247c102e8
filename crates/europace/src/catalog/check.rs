//! The one walk of a JSON body along a contract's catalog (the tree the forms are generated
//! from): names every unknown property, every value of the wrong type, format or size, and
//! the constraints the contract states; removes what the API would drop, so the rest reads
//! into the typed model as the API would read it.
//!
//! The two API families read a body differently, and the walk follows each ([`Dialect`]):
//! the KEX import drops a null, an unknown enum value and a value of the wrong type;
//! BaufiSmart reads a null as absent, drops an unknown enum value (the model still holds it),
//! refuses the whole body for a wrong type, and checks required fields and deprecations its
//! document states. A check says what is wrong in the same words for both; only what the API
//! then does differs.

use std::collections::HashSet;
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde_json::Value;

use super::{
    ArrayNode, Catalog, Contract, Discriminator, Format, Node, ObjectNode, ScalarNode, ScalarType,
};
use crate::country::is_iso_alpha2;
use crate::finding::{Finding, FindingKind, join};
use crate::unknown::unknown_property;

/// The property a polymorphic object names its type in; whoever picks the variant reads it.
const TYPE: &str = "@type";

/// How an API family reads a body (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dialect {
    /// KreditSmart's KEX import and the Dr. Klein lead on top of it.
    Kex,
    /// BaufiSmart's Kundenangaben (OpenAPI 3.0).
    OpenApi,
}

impl Dialect {
    fn of(contract: Contract) -> Self {
        match contract {
            Contract::KexImport | Contract::Drklein => Self::Kex,
            Contract::Kundenangaben => Self::OpenApi,
        }
    }

    /// What the API does with a value of the wrong type: the KEX import drops it, BaufiSmart
    /// answers 400 for the whole body.
    fn wrong_type_outcome(self) -> &'static str {
        match self {
            Self::Kex => "der Wert wird verworfen",
            Self::OpenApi => "die API lehnt den Body ab",
        }
    }

    /// The message for a value of the wrong JSON type; `what` names what the API expects.
    fn wrong_type(self, what: &str, value: &Value) -> String {
        format!(
            "Hier erwartet die API {what}, gefunden: {}; {}.",
            kind(value),
            self.wrong_type_outcome()
        )
    }
}

/// Checks `value` against the definition `def` of `catalog`; what the API would drop is
/// removed from `value`.
pub(crate) fn check(catalog: &Catalog, def: &str, value: &mut Value, findings: &mut Vec<Finding>) {
    let mut walker = Walker {
        catalog,
        dialect: Dialect::of(catalog.contract),
        findings,
    };
    walker.walk(value, catalog.def(def), "");
}

struct Walker<'a> {
    catalog: &'a Catalog,
    dialect: Dialect,
    findings: &'a mut Vec<Finding>,
}

impl Walker<'_> {
    /// Checks `value` against `node` at `path`; false when the API would drop it.
    fn walk(&mut self, value: &mut Value, node: &Node, path: &str) -> bool {
        let node = self.catalog.resolve(node);
        if value.is_null() {
            return match self.dialect {
                Dialect::OpenApi => true,
                // null is no value of any type the contract declares: the model reads it as
                // absent, so whatever the user meant to say here would not arrive.
                Dialect::Kex => self.drop(
                    FindingKind::Type,
                    path,
                    format!(
                        "Leerer Wert (null), wo die API {} erwartet; der Eintrag wird verworfen. \
                         Bitte einen Wert angeben oder den Eintrag weglassen.",
                        expected(node)
                    ),
                ),
            };
        }
        match node {
            Node::Object(object) => match &object.discriminator {
                Some(discriminator) => self.tagged(value, discriminator, path),
                None => self.object(value, object, path),
            },
            Node::Array(array) => self.array(value, array, path),
            Node::Scalar(scalar) => self.scalar(value, scalar, path),
            Node::Union(union) => self.any_scalar(value, &union.options, path),
            Node::Ref(_) => unreachable!("resolve follows references"),
        }
    }

    /// Records a Fehler and answers false: the value is dropped.
    fn drop(&mut self, kind: FindingKind, path: &str, message: String) -> bool {
        self.findings.push(Finding::fehler(path, message).of(kind));
        false
    }

    fn object(&mut self, value: &mut Value, node: &ObjectNode, path: &str) -> bool {
        let Value::Object(object) = value else {
            let message = self.dialect.wrong_type("ein Objekt", value);
            return self.drop(FindingKind::Type, path, message);
        };
        let mut dropped = Vec::new();
        for (key, child) in object.iter_mut() {
            match node.properties.get(key) {
                Some(_) if key == TYPE => {}
                Some(child_node) => {
                    if !self.walk(child, child_node, &join(path, key)) {
                        dropped.push(key.clone());
                    }
                }
                None => {
                    let known: Vec<&str> = node.properties.keys().map(String::as_str).collect();
                    let mut finding = unknown_property(path, key, &known);
                    let lost = leaves(child);
                    if lost > 1 {
                        finding
                            .message
                            .push_str(&format!(" Damit gehen {lost} Angaben verloren."));
                    }
                    self.findings.push(finding);
                    dropped.push(key.clone());
                }
            }
        }
        for key in dropped {
            object.remove(&key);
        }
        if self.dialect == Dialect::OpenApi {
            self.deprecations(object, node, path);
            for required in &node.required {
                if required != TYPE && object.get(required).is_none_or(Value::is_null) {
                    self.findings.push(
                        Finding::fehler(
                            join(path, required),
                            format!(
                                "Pflichtfeld `{required}` fehlt: ohne es lehnt die API den Body ab."
                            ),
                        )
                        .of(FindingKind::Required),
                    );
                }
            }
        }
        true
    }

    /// Deprecated properties in `object` and a deprecated `node` itself.
    fn deprecations(
        &mut self,
        object: &serde_json::Map<String, Value>,
        node: &ObjectNode,
        path: &str,
    ) {
        for (key, child) in object {
            if let Some(property) = node.properties.get(key)
                && property.common().deprecated
                && !child.is_null()
            {
                let description = property.common().description.as_deref();
                let finding = deprecated(object, key, description.unwrap_or_default(), path);
                self.findings.push(finding);
            }
        }
        if node.common.deprecated {
            self.findings.push(
                Finding::hinweis(
                    path,
                    format!(
                        "Veraltet laut API: {}",
                        node.common
                            .description
                            .as_deref()
                            .unwrap_or_default()
                            .trim()
                    ),
                )
                .of(FindingKind::Deprecated),
            );
        }
    }

    /// An object whose `@type` picks the definition that holds its properties.
    fn tagged(&mut self, value: &mut Value, discriminator: &Discriminator, path: &str) -> bool {
        if !value.is_object() {
            let message = self.dialect.wrong_type("ein Objekt mit `@type`", value);
            return self.drop(FindingKind::Type, path, message);
        }
        let known: Vec<&str> = discriminator.mapping.keys().map(String::as_str).collect();
        let known = known.join(", ");
        let type_path = join(path, &discriminator.property);
        let tag = match value.get(&discriminator.property) {
            Some(Value::String(tag)) => tag.clone(),
            Some(other) => {
                self.findings.push(Finding::fehler(
                    type_path,
                    format!(
                        "`@type` muss Text sein, nicht {other}: die API verwirft das Objekt. Mögliche Typen: {known}."
                    ),
                ).of(FindingKind::Type));
                return true;
            }
            None => {
                self.findings.push(Finding::fehler(
                    type_path,
                    format!(
                        "`@type` fehlt: die API kann das Objekt keinem Typ zuordnen und verwirft es. Mögliche Typen: {known}."
                    ),
                ).of(FindingKind::Required));
                return true;
            }
        };
        match discriminator.mapping.get(&tag) {
            Some(variant) => {
                let variant = self.catalog.def(variant);
                self.walk(value, variant, path)
            }
            None => {
                self.findings.push(Finding::fehler(
                    type_path,
                    format!(
                        "Unbekannter Typ `{tag}`: die API verwirft das ganze Objekt. Mögliche Typen: {known}."
                    ),
                ).of(FindingKind::UnknownValue));
                // Kept: the model holds it as an unknown variant, the finding already says it all.
                true
            }
        }
    }

    fn array(&mut self, value: &mut Value, node: &ArrayNode, path: &str) -> bool {
        let Value::Array(items) = value else {
            let message = self.dialect.wrong_type("eine Liste", value);
            return self.drop(FindingKind::Type, path, message);
        };
        let count = items.len();
        if let Some(max) = node.max_items.filter(|max| count > *max as usize) {
            self.findings.push(
                Finding::fehler(
                    path,
                    format!(
                        "Höchstens {max} Einträge erlaubt, hier {count}: die API lehnt den Body ab."
                    ),
                )
                .of(FindingKind::Bounds),
            );
        }
        if let Some(min) = node.min_items.filter(|min| count < *min as usize) {
            self.findings.push(
                Finding::fehler(
                    path,
                    format!(
                        "Mindestens {min} Einträge nötig, hier {count}: die API lehnt den Body ab."
                    ),
                )
                .of(FindingKind::Bounds),
            );
        }
        let mut index = 0;
        items.retain_mut(|item| {
            let item_path = format!("{path}[{index}]");
            index += 1;
            if item.is_null() && self.dialect == Dialect::Kex {
                // A list element cannot be absent: the model has no place for it.
                return self.drop(
                    FindingKind::Type,
                    &item_path,
                    "Leerer Listeneintrag (null); der Eintrag wird verworfen.".to_owned(),
                );
            }
            self.walk(item, &node.items, &item_path)
        });
        true
    }

    fn scalar(&mut self, value: &Value, node: &ScalarNode, path: &str) -> bool {
        let problem = match node.kind {
            ScalarType::String => self.string_problem(value, node, path),
            ScalarType::Number => self.number_problem(value, node, path, false),
            ScalarType::Integer => self.number_problem(value, node, path, true),
            ScalarType::Boolean => self.boolean_problem(value),
        };
        match problem {
            Some((kind, message)) => self.drop(kind, path, message),
            None => true,
        }
    }

    /// Why the API would drop `value` as the string `node`, if it would; constraints it
    /// refuses the body for are recorded on the way.
    fn string_problem(
        &mut self,
        value: &Value,
        node: &ScalarNode,
        path: &str,
    ) -> Option<(FindingKind, String)> {
        let Some(text) = value.as_str() else {
            return Some((FindingKind::Type, self.dialect.wrong_type("Text", value)));
        };
        if node.format == Format::Country {
            return country_problem(text);
        }
        if let Some(values) = &node.values {
            if values.iter().any(|v| v == text) {
                return None;
            }
            let allowed: Vec<&str> = values.iter().map(String::as_str).collect();
            let message = unknown_value_message(text, &allowed);
            return match self.dialect {
                Dialect::Kex => Some((FindingKind::UnknownValue, message)),
                // Kept for the model, which holds an unknown value as such.
                Dialect::OpenApi => {
                    self.findings
                        .push(Finding::fehler(path, message).of(FindingKind::UnknownValue));
                    None
                }
            };
        }
        if node.format == Format::Date {
            if !is_iso_date(text) {
                let suggestion = meant_date(text)
                    .map(|d| format!(" Gemeint ist wohl `{d}`."))
                    .unwrap_or_default();
                return Some((
                    FindingKind::Format,
                    format!(
                        "Datum `{text}` hat nicht das Format JJJJ-MM-TT; die API verwirft den Wert.{suggestion}"
                    ),
                ));
            }
            if self.dialect == Dialect::OpenApi {
                date_rules(
                    text,
                    node.common.description.as_deref(),
                    path,
                    self.findings,
                );
            }
        }
        if let Some(pattern) = &node.pattern
            && !matches_pattern(pattern, text)
        {
            return Some((
                FindingKind::Pattern,
                if node.format == Format::Plz {
                    format!("`{text}` ist keine fünfstellige Postleitzahl: die API verwirft sie.")
                } else {
                    format!(
                        "`{text}` hat nicht die verlangte Form `{pattern}`: die API verwirft den Wert."
                    )
                },
            ));
        }
        let length = text.chars().count();
        if let Some(min) = node.min_length.filter(|min| length < *min as usize) {
            self.findings.push(
                Finding::fehler(
                    path,
                    format!(
                        "Mindestens {min} Zeichen nötig, hier {length}: die API lehnt den Body ab."
                    ),
                )
                .of(FindingKind::Bounds),
            );
        }
        if let Some(max) = node.max_length.filter(|max| length > *max as usize) {
            self.findings.push(
                Finding::fehler(
                    path,
                    format!(
                        "Höchstens {max} Zeichen erlaubt, hier {length}: die API lehnt den Body ab."
                    ),
                )
                .of(FindingKind::Bounds),
            );
        }
        None
    }

    /// Why the API would drop `value` as a number (`integer`: a whole one), if it would;
    /// ranges it refuses the body for are recorded on the way.
    fn number_problem(
        &mut self,
        value: &Value,
        node: &ScalarNode,
        path: &str,
        integer: bool,
    ) -> Option<(FindingKind, String)> {
        let what = if integer {
            "eine ganze Zahl"
        } else {
            "eine Zahl"
        };
        let outcome = self.dialect.wrong_type_outcome();
        let Value::Number(number) = value else {
            let message = match value {
                Value::String(s) if s.trim().replace(',', ".").parse::<f64>().is_ok() => format!(
                    "Zahl als Text (`\"{s}\"`): die API erwartet {what} ohne Anführungszeichen; {outcome}."
                ),
                _ => self.dialect.wrong_type(what, value),
            };
            return Some((FindingKind::Type, message));
        };
        // With arbitrary precision the number's text is exact; f64 is only for the ranges.
        let text = number.to_string();
        if integer && text.parse::<i32>().is_err() {
            return Some(match number.as_i64() {
                Some(_) => (
                    FindingKind::Bounds,
                    format!(
                        "Die Zahl {text} liegt außerhalb des Bereichs ganzer Zahlen der API; {outcome}."
                    ),
                ),
                None => (
                    FindingKind::Type,
                    format!("Hier erwartet die API {what}, gefunden: {text}; {outcome}."),
                ),
            });
        }
        let fits = rust_decimal::Decimal::from_str_exact(&text).is_ok()
            || rust_decimal::Decimal::from_scientific(&text).is_ok();
        if !integer && !fits {
            return Some((
                FindingKind::Bounds,
                format!("Die Zahl {text} ist zu groß oder zu genau; {outcome}."),
            ));
        }
        let amount = text.parse::<f64>().unwrap_or(f64::NAN);
        if let Some(min) = node.minimum.filter(|min| amount < *min) {
            self.findings.push(
                Finding::fehler(
                    path,
                    format!("Mindestens {min} erlaubt, hier {text}: die API lehnt den Body ab."),
                )
                .of(FindingKind::Bounds),
            );
        } else if node.minimum.is_none() && amount < 0.0 && self.dialect == Dialect::OpenApi {
            self.findings.push(
                Finding::fehler(
                    path,
                    format!("Negativer Wert {text}: hier sind nur Beträge ab 0 sinnvoll."),
                )
                .of(FindingKind::Bounds),
            );
        }
        if let Some(max) = node
            .maximum
            .filter(|max| amount > *max || (node.exclusive_maximum && amount >= *max))
        {
            self.findings.push(
                Finding::fehler(
                    path,
                    format!("Höchstens {max} erlaubt, hier {text}: die API lehnt den Body ab."),
                )
                .of(FindingKind::Bounds),
            );
        }
        None
    }

    /// Why the API would drop `value` as a boolean, if it would.
    fn boolean_problem(&self, value: &Value) -> Option<(FindingKind, String)> {
        if value.is_boolean() {
            return None;
        }
        Some((
            FindingKind::Type,
            match value {
                Value::String(s) => format!(
                    "Wahrheitswert als Text (`\"{s}\"`): die API erwartet true oder false; {}.",
                    self.dialect.wrong_type_outcome()
                ),
                other => self.dialect.wrong_type("true oder false", other),
            },
        ))
    }

    /// A value of one of several scalar kinds (Dr. Klein's `data[].value`).
    fn any_scalar(&mut self, value: &Value, options: &[Node], path: &str) -> bool {
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
        self.drop(
            FindingKind::Type,
            path,
            format!(
                "Erlaubt sind hier {allowed}, gefunden: {}; der Wert wird verworfen.",
                kind(value)
            ),
        )
    }
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

/// German name of a JSON value's kind, for messages.
pub(crate) fn kind(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("Wahrheitswert {b}"),
        Value::Number(n) => format!("Zahl {n}"),
        Value::String(s) => format!("Text \"{s}\""),
        Value::Array(_) => "Liste".into(),
        Value::Object(_) => "Objekt".into(),
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

/// The codes of the API's `Country` enum, as every country field of the KEX catalog lists them.
fn countries() -> &'static HashSet<String> {
    static CODES: OnceLock<HashSet<String>> = OnceLock::new();
    CODES.get_or_init(|| {
        super::kex_import()
            .defs
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

/// Why the API would drop `code` as a country, if it would.
pub(crate) fn country_problem(code: &str) -> Option<(FindingKind, String)> {
    if countries().contains(code) {
        None
    } else if is_iso_alpha2(code) {
        Some((
            FindingKind::UnknownValue,
            format!(
                "Den Ländercode `{code}` kennt KreditSmart nicht; für andere Länder `SONSTIGE` angeben. Die API verwirft den Wert."
            ),
        ))
    } else {
        Some((
            FindingKind::Format,
            format!(
                "`{code}` ist kein Ländercode nach ISO 3166 (zwei Großbuchstaben, z. B. `DE`); die API verwirft den Wert."
            ),
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

/// True for a date as the APIs read it: `YYYY-MM-DD`.
fn is_iso_date(text: &str) -> bool {
    text.len() == 10 && NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok()
}

/// The ISO date a user most likely meant by `text` (`21.07.1988` -> `1988-07-21`).
fn meant_date(text: &str) -> Option<String> {
    ["%d.%m.%Y", "%d/%m/%Y", "%Y/%m/%d", "%d-%m-%Y"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(text, f).ok())
        .map(|d| d.format("%Y-%m-%d").to_string())
}

/// The rules the document states in a date's description, e.g. "Das Geburtsdatum muss in der
/// Vergangenheit liegen."
fn date_rules(text: &str, description: Option<&str>, path: &str, findings: &mut Vec<Finding>) {
    let (Ok(date), Some(description)) = (NaiveDate::parse_from_str(text, "%Y-%m-%d"), description)
    else {
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

/// A deprecated property `key`: the API copies it into its successor only while that is empty.
fn deprecated(
    object: &serde_json::Map<String, Value>,
    key: &str,
    description: &str,
    path: &str,
) -> Finding {
    let finding = {
        let successor = ["Ersetzt durch '", "ins Feld '"]
            .iter()
            .find_map(|marker| description.split_once(marker))
            .and_then(|(_, rest)| rest.split_once('\''))
            .map(|(name, _)| name);
        let path = join(path, key);
        match successor {
            Some(successor) if object.get(successor).is_some_and(|v| !v.is_null()) => {
                Finding::fehler(
                    path,
                    format!(
                        "Veraltetes Feld `{key}`: die API übernimmt es nur, wenn `{successor}` leer ist. Hier ist `{successor}` gesetzt, `{key}` geht verloren."
                    ),
                )
            }
            Some(successor) => Finding::hinweis(
                path,
                format!(
                    "Veraltetes Feld `{key}`: die API übernimmt es nach `{successor}`; besser gleich `{successor}` füllen."
                ),
            ),
            None => Finding::hinweis(
                path,
                format!("Veraltetes Feld `{key}`: {}", description.trim()),
            ),
        }
    };
    finding.of(FindingKind::Deprecated)
}

/// True when all of `text` matches the contract's `pattern`: the APIs (Java) read a pattern
/// as the whole value, `\d` as an ASCII digit. The patterns come from the embedded
/// contracts; the tests compile every one of them.
pub(crate) fn matches_pattern(pattern: &str, text: &str) -> bool {
    let whole = format!("^(?:{pattern})$");
    let regex = regex::RegexBuilder::new(&whole)
        .unicode(false)
        .build()
        .or_else(|_| regex::Regex::new(&whole));
    regex.is_ok_and(|regex| regex.is_match(text))
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
    let document: Value = serde_json::from_str(contracts::kundenangaben_openapi()).unwrap();
    walk(&document["components"], &mut found);
    found
}

/// Names of the properties a schema knows.
#[cfg(test)]
fn known(name: &str) -> Vec<&'static str> {
    match super::kundenangaben().def(name) {
        Node::Object(object) => object.properties.keys().map(String::as_str).collect(),
        other => panic!("{name} is no object: {other:?}"),
    }
}

#[cfg(test)]
mod kundenangaben_tests {
    use super::*;
    use serde_json::json;

    fn findings(mut body: Value, root: &str) -> (Vec<Finding>, Value) {
        let mut out = Vec::new();
        check(super::super::kundenangaben(), root, &mut body, &mut out);
        (out, body)
    }

    #[test]
    fn every_pattern_of_the_document_is_understood() {
        assert_eq!(patterns(), [r"\d{5}"]);
        assert!(matches_pattern(r"\d{5}", "10557"));
        assert!(!matches_pattern(r"\d{5}", "105570"));
        assert!(!matches_pattern(r"\d{5}", "1055"));
        // Java reads `\d` as an ASCII digit.
        assert!(!matches_pattern(r"\d{5}", "١٠٥٥٧"));
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
    fn findings_keep_their_kind() {
        use crate::finding::FindingKind as K;
        let kinds = |body: Value, root: &str| -> Vec<(String, K)> {
            let (found, _) = findings(body, root);
            found.into_iter().map(|f| (f.path, f.kind)).collect()
        };
        assert_eq!(
            kinds(
                json!({ "plz": "1055", "ort": 1, "strase": "x" }),
                "Anschrift"
            ),
            [
                ("ort".to_owned(), K::Type),
                ("plz".to_owned(), K::Pattern),
                ("strase".to_owned(), K::UnknownField),
            ]
        );
        assert_eq!(
            kinds(json!({ "referenzId": "" }), "Kunde"),
            [("referenzId".to_owned(), K::Bounds)]
        );
        assert_eq!(
            kinds(
                json!({ "kinderErfassung": { "@type": "VIELE" } }),
                "Haushalt"
            ),
            [("kinderErfassung.@type".to_owned(), K::UnknownValue)]
        );
        assert_eq!(
            kinds(json!({ "kinder": [{}] }), "Haushalt"),
            [("kinder".to_owned(), K::Deprecated)]
        );
    }

    #[test]
    fn an_object_where_text_belongs_is_dropped() {
        let (found, kept) = findings(json!({ "ort": { "name": "Berlin" } }), "Anschrift");
        assert_eq!(found.len(), 1);
        assert_eq!(kept, json!({}));
    }
}

#[cfg(test)]
mod kex_tests {
    use super::*;

    #[test]
    fn exactly_the_listed_countries_are_listed() {
        for code in ["DE", "AT", "XK", "SONSTIGE"] {
            assert!(country_problem(code).is_none(), "{code}");
        }
        for code in ["HK", "de", "D", "DEU", "", "SONSTIG", "ÄÖ"] {
            assert!(country_problem(code).is_some(), "{code}");
        }
    }
}
