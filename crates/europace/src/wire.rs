//! Serializers for amounts and dates, the values an import body holds most of after strings.
//! They write exactly what `rust_decimal`'s arbitrary-precision adapter and chrono write, but
//! from a buffer on the stack: the adapter formats to a heap string (digit by digit on 96-bit
//! words) and parses it back into a `serde_json::Number`; chrono formats a date character by
//! character through `fmt`.

use chrono::{Datelike as _, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize as _;
use serde::ser::{Error as _, SerializeStruct as _, Serializer};

/// `#[serde(with = "…")]` adapter for an `Option<Decimal>` written as a JSON number.
pub(crate) mod decimal_option {
    use super::*;

    pub(crate) use rust_decimal::serde::arbitrary_precision_option::deserialize;

    pub(crate) fn serialize<S: Serializer>(
        value: &Option<Decimal>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let Some(decimal) = value else {
            return serializer.serialize_none();
        };
        let text = decimal_text(decimal);
        // How `serde_json::Number` itself serializes with `arbitrary_precision` (and what
        // rust_decimal relies on to read numbers): serde_json writes this field's text as
        // the number, unquoted. A decimal's text is always a valid JSON number.
        let mut number = serializer.serialize_struct(NUMBER_TOKEN, 1)?;
        number.serialize_field(NUMBER_TOKEN, text.as_str().map_err(S::Error::custom)?)?;
        number.end()
    }
}

/// serde_json's marker for a number given as text.
const NUMBER_TOKEN: &str = "$serde_json::private::Number";

/// `decimal` as its `Display` writes it: sign, all digits of the mantissa, a point before
/// the last `scale` of them (`-1.50`, `0.001`, `-0`).
fn decimal_text(decimal: &Decimal) -> StackText {
    // The mantissa has 96 bits, so at most 29 digits; they are written from the right.
    let mut digits = [0; 29];
    let mut start = digits.len();
    let mut wide = decimal.mantissa().unsigned_abs();
    while wide > u128::from(u64::MAX) {
        start -= 1;
        digits[start] = b'0' + (wide % 10) as u8;
        wide /= 10;
    }
    // Fits after the loop; 64-bit division is much cheaper than 128-bit.
    let mut narrow = wide as u64;
    loop {
        start -= 1;
        digits[start] = b'0' + (narrow % 10) as u8;
        narrow /= 10;
        if narrow == 0 {
            break;
        }
    }
    let digits = &digits[start..];
    let scale = decimal.scale() as usize;
    let mut text = StackText::default();
    if decimal.is_sign_negative() {
        text.push(b"-");
    }
    if scale == 0 {
        text.push(digits);
    } else if scale < digits.len() {
        let (whole, fraction) = digits.split_at(digits.len() - scale);
        text.push(whole);
        text.push(b".");
        text.push(fraction);
    } else {
        text.push(b"0.");
        for _ in digits.len()..scale {
            text.push(b"0");
        }
        text.push(digits);
    }
    text
}

/// `#[serde(serialize_with = "…")]` for an `Option<NaiveDate>`: `YYYY-MM-DD` like chrono.
pub(crate) fn date_option<S: Serializer>(
    value: &Option<NaiveDate>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(date) if (0..=9999).contains(&date.year()) => {
            let digits = |n: u32| [b'0' + (n / 10 % 10) as u8, b'0' + (n % 10) as u8];
            // In range, so not negative.
            let year = date.year().unsigned_abs();
            let [y1, y2] = digits(year / 100);
            let [y3, y4] = digits(year);
            let [m1, m2] = digits(date.month());
            let [d1, d2] = digits(date.day());
            let text = [y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2];
            serializer.serialize_str(std::str::from_utf8(&text).map_err(S::Error::custom)?)
        }
        // Years of five digits or before year 0 keep chrono's signed spelling.
        other => other.serialize(serializer),
    }
}

/// ASCII text on the stack, long enough for any `Decimal`: a sign, 29 digits and a point,
/// or `-0.` and 28 decimals.
#[derive(Default)]
struct StackText {
    bytes: [u8; 32],
    len: usize,
}

impl StackText {
    fn push(&mut self, ascii: &[u8]) {
        self.bytes[self.len..self.len + ascii.len()].copy_from_slice(ascii);
        self.len += ascii.len();
    }

    fn as_str(&self) -> Result<&str, std::str::Utf8Error> {
        std::str::from_utf8(&self.bytes[..self.len])
    }
}

#[cfg(test)]
mod tests {
    use std::str::FromStr as _;

    use serde::Serialize;

    use super::*;

    #[derive(Serialize)]
    struct Ours {
        #[serde(with = "decimal_option")]
        amount: Option<Decimal>,
        #[serde(serialize_with = "date_option")]
        date: Option<NaiveDate>,
    }

    #[derive(Serialize)]
    struct Theirs {
        #[serde(with = "rust_decimal::serde::arbitrary_precision_option")]
        amount: Option<Decimal>,
        date: Option<NaiveDate>,
    }

    #[test]
    fn writes_what_rust_decimal_and_chrono_write() {
        let mantissas = [0, 1, 7, 10, 99, 12_345, 1 << 64, (1 << 96) - 1];
        let mut amounts: Vec<Option<Decimal>> = (0..=28)
            .flat_map(|scale| {
                mantissas.into_iter().flat_map(move |m: i128| {
                    [m, -m].map(|m| Some(Decimal::from_i128_with_scale(m, scale)))
                })
            })
            .collect();
        amounts.extend([Some(Decimal::from_str("-0").unwrap()), None]);
        let dates = [
            (2019, 3, 15),
            (0, 1, 1),
            (9999, 12, 31),
            (10000, 1, 1),
            (-1, 6, 30),
        ]
        .map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
        for amount in amounts {
            for date in dates.into_iter().chain([None]) {
                let ours = serde_json::to_string(&Ours { amount, date }).unwrap();
                let theirs = serde_json::to_string(&Theirs { amount, date }).unwrap();
                assert_eq!(ours, theirs);
                assert_eq!(
                    serde_json::to_value(Ours { amount, date }).unwrap(),
                    serde_json::to_value(Theirs { amount, date }).unwrap()
                );
            }
        }
    }
}
