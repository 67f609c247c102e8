//! How a scalar's input [`Format`] follows from its schema node and property name. The rules
//! are tried in order; the first that matches decides.

use super::node::Format;

/// What the rules look at: the JSON type, the schema's hints, the property name.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Scalar<'a> {
    /// `string`, `integer`, `number` or `boolean`.
    pub json_type: &'a str,
    /// The `id` of the schema the node refers to (`Country` for a country).
    pub schema_id: Option<&'a str>,
    pub has_enum: bool,
    /// The schema's `format` (`date`).
    pub schema_format: Option<&'a str>,
    /// The property the value sits under (for list items: the list's property).
    pub name: &'a str,
    /// The schema's description: some contracts say only there that a number is a percentage.
    pub description: Option<&'a str>,
}

/// A condition of one rule.
#[derive(Debug, Clone, Copy)]
enum When {
    JsonType(&'static str),
    SchemaId(&'static str),
    Enum,
    SchemaFormat(&'static str),
    /// A number whose lower-cased name contains one of these.
    NumberNamed(&'static [&'static str]),
    /// A string with a word of its camelCase name beginning with one of these (`telefonPrivat`,
    /// `telefonnummer`), not any part of it: `bestehendeGirokontenBeiBanken` holds bank names,
    /// not IBANs.
    StringNamed(&'static [&'static str]),
    /// A number whose lower-cased description contains one of these.
    NumberDescribed(&'static [&'static str]),
}

/// The rules, first match wins. Countries before enums: `Country.json` is an enum too.
/// Percent-like numbers by name: the schema types every decimal alike (`BigDecimal`).
const RULES: &[(When, Format)] = &[
    (When::JsonType("boolean"), Format::Boolean),
    (When::SchemaId("Country"), Format::Country),
    (When::Enum, Format::Enum),
    (When::SchemaFormat("date"), Format::Date),
    (When::JsonType("integer"), Format::Integer),
    (
        When::NumberNamed(&["zinssatz", "prozent", "quote"]),
        Format::Percent,
    ),
    (When::NumberDescribed(&["in prozent"]), Format::Percent),
    (When::JsonType("number"), Format::Amount),
    (When::StringNamed(&["iban"]), Format::Iban),
    (When::StringNamed(&["email"]), Format::Email),
    (When::StringNamed(&["telefon"]), Format::Phone),
    (When::StringNamed(&["plz"]), Format::Plz),
    (When::JsonType("string"), Format::Text),
];

impl When {
    fn matches(self, s: &Scalar) -> bool {
        let named = |parts: &[&str]| {
            let name = s.name.to_lowercase();
            parts.iter().any(|p| name.contains(p))
        };
        match self {
            When::JsonType(t) => s.json_type == t,
            When::SchemaId(id) => s.schema_id == Some(id),
            When::Enum => s.has_enum,
            When::SchemaFormat(f) => s.schema_format == Some(f),
            When::NumberNamed(parts) => s.json_type == "number" && named(parts),
            When::StringNamed(parts) => {
                s.json_type == "string"
                    && words(s.name)
                        .iter()
                        .any(|w| parts.iter().any(|p| w.starts_with(p)))
            }
            When::NumberDescribed(parts) => {
                let description = s.description.unwrap_or_default().to_lowercase();
                s.json_type == "number" && parts.iter().any(|p| description.contains(p))
            }
        }
    }
}

/// The words of a camelCase `name`, lower-cased: `bestehendeGirokontenBeiBanken` →
/// `bestehende`, `girokonten`, `bei`, `banken`.
fn words(name: &str) -> Vec<String> {
    let mut words = vec![String::new()];
    for c in name.chars() {
        if c.is_uppercase() {
            words.push(String::new());
        }
        words
            .last_mut()
            .expect("never empty")
            .extend(c.to_lowercase());
    }
    words
}

/// The format of `scalar`. Panics on a JSON type no rule knows: a new shape in a future
/// schema must be noticed, not rendered as text.
pub(crate) fn format_of(scalar: &Scalar) -> Format {
    RULES
        .iter()
        .find(|(when, _)| when.matches(scalar))
        .map(|(_, format)| *format)
        .unwrap_or_else(|| panic!("no format rule for {scalar:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scalar(json_type: &'static str, name: &'static str) -> Scalar<'static> {
        Scalar {
            json_type,
            schema_id: None,
            has_enum: false,
            schema_format: None,
            name,
            description: None,
        }
    }

    #[test]
    fn a_number_described_in_percent_is_a_percentage() {
        let s = Scalar {
            description: Some("Angabe in Prozent."),
            ..scalar("number", "provision")
        };
        assert_eq!(format_of(&s), Format::Percent);
        assert_eq!(format_of(&scalar("number", "provision")), Format::Amount);
    }

    #[test]
    fn booleans_are_yes_no() {
        assert_eq!(format_of(&scalar("boolean", "abloesen")), Format::Boolean);
    }

    #[test]
    fn the_country_schema_is_a_country_not_an_enum() {
        let s = Scalar {
            schema_id: Some("Country"),
            has_enum: true,
            ..scalar("string", "staatsangehoerigkeit")
        };
        assert_eq!(format_of(&s), Format::Country);
    }

    #[test]
    fn other_enums_are_enums() {
        let s = Scalar {
            schema_id: Some("Familienstand"),
            has_enum: true,
            ..scalar("string", "familienstand")
        };
        assert_eq!(format_of(&s), Format::Enum);
    }

    #[test]
    fn date_formatted_strings_are_dates() {
        let s = Scalar {
            schema_format: Some("date"),
            ..scalar("string", "zinsbindungBis")
        };
        assert_eq!(format_of(&s), Format::Date);
    }

    #[test]
    fn integers_are_integers_whatever_their_name() {
        assert_eq!(
            format_of(&scalar("integer", "laufzeitInMonaten")),
            Format::Integer
        );
        assert_eq!(
            format_of(&scalar("integer", "zinssatzProzent")),
            Format::Integer
        );
    }

    #[test]
    fn percent_like_numbers_are_percent() {
        assert_eq!(format_of(&scalar("number", "zinssatz")), Format::Percent);
        assert_eq!(
            format_of(&scalar("number", "provisionswunschInProzent")),
            Format::Percent
        );
        assert_eq!(
            format_of(&scalar("number", "beleihungsquote")),
            Format::Percent
        );
    }

    #[test]
    fn other_numbers_are_amounts() {
        assert_eq!(format_of(&scalar("number", "kreditbetrag")), Format::Amount);
        assert_eq!(
            format_of(&scalar("number", "rateMonatlich")),
            Format::Amount
        );
    }

    #[test]
    fn ibans_by_name() {
        assert_eq!(format_of(&scalar("string", "iban")), Format::Iban);
    }

    #[test]
    fn a_name_only_containing_iban_is_no_iban() {
        assert_eq!(
            format_of(&scalar("string", "bestehendeGirokontenBeiBanken")),
            Format::Text
        );
        assert_eq!(
            format_of(&scalar("string", "ibanKontoinhaber")),
            Format::Iban
        );
    }

    #[test]
    fn emails_by_name() {
        assert_eq!(format_of(&scalar("string", "email")), Format::Email);
    }

    #[test]
    fn phones_by_name() {
        assert_eq!(format_of(&scalar("string", "telefonPrivat")), Format::Phone);
        assert_eq!(format_of(&scalar("string", "telefon")), Format::Phone);
    }

    #[test]
    fn postcodes_by_name() {
        assert_eq!(format_of(&scalar("string", "plz")), Format::Plz);
    }

    #[test]
    fn names_decide_for_strings_and_numbers_only() {
        assert_eq!(format_of(&scalar("number", "ibanBetrag")), Format::Amount);
        assert_eq!(format_of(&scalar("string", "zinssatzText")), Format::Text);
    }

    #[test]
    fn other_strings_are_text() {
        assert_eq!(format_of(&scalar("string", "bic")), Format::Text);
        assert_eq!(format_of(&scalar("string", "nachname")), Format::Text);
    }

    #[test]
    #[should_panic(expected = "no format rule")]
    fn an_unknown_json_type_is_refused() {
        format_of(&scalar("null", "x"));
    }
}
