//! Lists of amounts as JSON numbers: rust_decimal writes strings by default, the API wants
//! numbers, and `rust_decimal::serde` has adapters only for single values.

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Serialize, Deserialize)]
struct Number(#[serde(with = "rust_decimal::serde::arbitrary_precision")] Decimal);

/// `#[serde(with = "…")]` adapter for `Option<Vec<Decimal>>`.
pub(crate) mod decimal_list {
    use super::*;

    pub fn serialize<S: Serializer>(
        value: &Option<Vec<Decimal>>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        value
            .as_ref()
            .map(|list| list.iter().copied().map(Number).collect::<Vec<_>>())
            .serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Vec<Decimal>>, D::Error> {
        Ok(Option::<Vec<Number>>::deserialize(deserializer)?
            .map(|list| list.into_iter().map(|n| n.0).collect()))
    }
}
