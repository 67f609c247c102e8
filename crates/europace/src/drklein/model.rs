//! The Dr. Klein lead body: the KEX import body with a Tippgeber person instead of a
//! Partner reference, plus the Partner's Vertriebsschlüssel and custom key/value data.

use chrono::NaiveDate;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::kex_import::{Anrede, Antragsteller, Benachrichtigung, Finanzbedarf, Haushalt, Partner};

/// A lead for `POST /lead` at Dr. Klein.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Lead {
    /// The Berater who owns the Vorgang; its `partnerId` is mandatory (as in the KEX import).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kundenbetreuer: Option<Partner>,
    /// The Partner who processes the Vorgang.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bearbeiter: Option<Partner>,
    /// The person who brought the lead; Dr. Klein creates a Partner from it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tippgeber: Option<Tippgeber>,
    /// Source of the lead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub leadquelle: Option<String>,
    /// Whether the Kundenbetreuer gets a confirmation email.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub benachrichtigung: Option<Benachrichtigung>,
    /// The caller's own reference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eigene_vorgangsnummer: Option<String>,
    /// Number of a related BaufiSmart Vorgang.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baufi_smart_vorgangsnummer: Option<String>,
    /// First applicant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub antragsteller1: Option<Antragsteller>,
    /// Second applicant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub antragsteller2: Option<Antragsteller>,
    /// Household.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub haushalt: Option<Haushalt>,
    /// What is to be financed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finanzbedarf: Option<Finanzbedarf>,
    /// Comments shown in KreditSmart's Ereignislasche.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kommentare: Option<Vec<String>>,
    /// The sales partner.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partner: Option<Vertriebspartner>,
    /// Custom key/value data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<CustomData>>,
}

/// The Tippgeber as a person.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Tippgeber {
    /// The Tippgeber's employee number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub externe_mitarbeiternummer: Option<String>,
    /// First name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vorname: Option<String>,
    /// Surname.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nachname: Option<String>,
    /// Salutation, `HERR` or `FRAU`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anrede: Option<Anrede>,
    /// Phone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub telefon: Option<String>,
    /// Email.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// The sales partner (the spec's "Partner Daten").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vertriebspartner {
    /// The partner's sales key; the API spells it with an umlaut.
    #[serde(rename = "vertriebsschlüssel", skip_serializing_if = "Option::is_none")]
    pub vertriebsschluessel: Option<String>,
}

/// One custom key/value pair.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomData {
    /// Name of the value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<DataValue>,
}

/// A custom value: boolean, integer, date or string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataValue {
    /// `true` or `false`.
    Boolean(bool),
    /// A whole number.
    Integer(i64),
    /// A date, sent as `YYYY-MM-DD`.
    Date(NaiveDate),
    /// Any other text.
    Text(String),
}

impl Serialize for DataValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Boolean(b) => serializer.serialize_bool(*b),
            Self::Integer(i) => serializer.serialize_i64(*i),
            Self::Date(d) => serializer.collect_str(&d.format("%Y-%m-%d")),
            Self::Text(t) => serializer.serialize_str(t),
        }
    }
}

impl<'de> Deserialize<'de> for DataValue {
    // Through `Value`: untagged enums lose numbers when serde_json uses arbitrary precision.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match Value::deserialize(deserializer)? {
            Value::Bool(b) => Ok(Self::Boolean(b)),
            Value::Number(n) => n
                .as_i64()
                .map(Self::Integer)
                .ok_or_else(|| D::Error::custom(format!("{n} is not an integer"))),
            Value::String(s) => Ok(if s.len() == 10 {
                NaiveDate::parse_from_str(&s, "%Y-%m-%d").map_or(Self::Text(s), Self::Date)
            } else {
                Self::Text(s)
            }),
            other => Err(D::Error::custom(format!(
                "expected boolean, integer, date or string, found {other}"
            ))),
        }
    }
}

/// What Dr. Klein answers for a created lead.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LeadResponse {
    /// Dr. Klein's id of the Vorgang (a UUID).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vorgangs_id: Option<String>,
    /// The Europace Vorgangsnummer, e.g. `N94L7T`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub europace_vorgangsnummer: Option<String>,
    /// Hints and adaptions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<String>>,
}
