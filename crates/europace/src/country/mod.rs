//! Countries as the KreditSmart import names them: ISO-3166 alpha-2 codes plus `SONSTIGE`
//! ("other") and `XK` (Kosovo, user-assigned in ISO-3166 but listed by the API).
//!
//! The ISO list comes from the `celes` crate rather than a hand-typed table, so new or
//! withdrawn codes follow the crate.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A country or citizenship in the API's spelling. Unknown codes are kept as sent
/// (tolerant reader) and reported by validation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Country {
    /// An ISO-3166 alpha-2 code (or `XK`), always upper case.
    Iso(String),
    /// `SONSTIGE`: a country the API has no code for.
    Sonstige,
    /// Anything else, kept exactly as sent.
    Unknown(String),
}

impl Country {
    /// The API's spelling of `SONSTIGE`.
    pub const SONSTIGE: &'static str = "SONSTIGE";

    /// Germany, the most common value.
    pub fn de() -> Self {
        Self::Iso("DE".to_owned())
    }

    /// The API's spelling of this value.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Iso(code) | Self::Unknown(code) => code,
            Self::Sonstige => Self::SONSTIGE,
        }
    }

    /// True for an ISO code, `XK` or `SONSTIGE`.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }

    /// True for `DE`.
    pub fn is_germany(&self) -> bool {
        matches!(self, Self::Iso(code) if code == "DE")
    }
}

/// True when `code` is an upper-case ISO-3166 alpha-2 code or `XK`.
pub fn is_iso_alpha2(code: &str) -> bool {
    // celes matches case-insensitively; the API only takes upper case.
    code.len() == 2
        && code.bytes().all(|b| b.is_ascii_uppercase())
        && (code == "XK" || celes::Country::from_alpha2(code).is_ok())
}

impl From<&str> for Country {
    fn from(value: &str) -> Self {
        if value == Self::SONSTIGE {
            Self::Sonstige
        } else if is_iso_alpha2(value) {
            Self::Iso(value.to_owned())
        } else {
            Self::Unknown(value.to_owned())
        }
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Country {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Country {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Ok(Self::from(value.as_ref()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_iso_codes_sonstige_and_kosovo() {
        assert_eq!(Country::from("DE"), Country::de());
        assert_eq!(Country::from("XK"), Country::Iso("XK".into()));
        assert_eq!(Country::from("SONSTIGE"), Country::Sonstige);
        assert!(Country::from("DE").is_germany());
    }

    #[test]
    fn keeps_unknown_and_lower_case_codes() {
        for raw in ["de", "XX", "DEU", "", "Deutschland"] {
            let c = Country::from(raw);
            assert_eq!(c, Country::Unknown(raw.into()), "{raw}");
            assert_eq!(serde_json::to_string(&c).unwrap(), format!("\"{raw}\""));
        }
    }

    #[test]
    fn round_trips_through_json() {
        let c: Country = serde_json::from_str("\"AT\"").unwrap();
        assert_eq!(c, Country::Iso("AT".into()));
        assert_eq!(serde_json::to_string(&c).unwrap(), "\"AT\"");
    }
}
