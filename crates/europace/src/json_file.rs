//! Lead bodies as files from other tools hold them: a UTF-8 byte order mark (common on
//! Windows) is accepted, text that is not UTF-8 or not JSON is refused in German, and a key
//! given twice in one object is found before parsing keeps only one of its values. The CLI
//! and the app's "JSON importieren" both read files through here.

use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;

use serde::de::{DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use crate::finding::{Finding, FindingKind, join};

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// A JSON file as read: its text without byte order mark, and its value.
#[derive(Debug, Clone)]
pub struct JsonFile {
    /// The text; validators read it as the API would (with duplicate keys still in it).
    pub text: String,
    /// The parsed value (of a duplicate key, the last one).
    pub value: Value,
}

/// Why a file is no JSON, in German.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JsonFileError {
    /// The bytes are not UTF-8 (JSON files must be).
    #[error(
        "ist nicht UTF-8-kodiert (ungültiges Zeichen an Byte {offset}); bitte als UTF-8 speichern"
    )]
    NotUtf8 {
        /// Where the first invalid byte is, counted from 0 after a byte order mark.
        offset: usize,
    },
    /// The text is no JSON.
    #[error("ist kein gültiges JSON (Zeile {line}, Spalte {column})")]
    Syntax {
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
    },
}

impl JsonFileError {
    /// A stable, machine-readable code.
    pub fn code(&self) -> &'static str {
        match self {
            JsonFileError::NotUtf8 { .. } => "not_utf8",
            JsonFileError::Syntax { .. } => "invalid_json",
        }
    }
}

/// Reads a JSON file's bytes: drops a UTF-8 byte order mark, checks the encoding, parses.
pub fn read(bytes: Vec<u8>) -> Result<JsonFile, JsonFileError> {
    let mut bytes = bytes;
    if bytes.starts_with(UTF8_BOM) {
        bytes.drain(..UTF8_BOM.len());
    }
    let text = String::from_utf8(bytes).map_err(|e| JsonFileError::NotUtf8 {
        offset: e.utf8_error().valid_up_to(),
    })?;
    let value = serde_json::from_str(&text).map_err(|e| JsonFileError::Syntax {
        line: e.line(),
        column: e.column(),
    })?;
    Ok(JsonFile { text, value })
}

/// A Fehler at every key that appears a second time in the same object: only one of the
/// values could reach Europace, and which one depends on the reader. Text that is no JSON
/// yields what was found up to the error (the parse itself reports the error).
pub fn duplicate_keys(text: &str) -> Vec<Finding> {
    let found = RefCell::new(Vec::new());
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let _ = Node {
        path: String::new(),
        found: &found,
    }
    .deserialize(&mut deserializer);
    found.into_inner()
}

/// One value of the document at `path`, walked for its objects' keys.
struct Node<'a> {
    path: String,
    found: &'a RefCell<Vec<Finding>>,
}

impl<'de> DeserializeSeed<'de> for Node<'_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0;
        while seq
            .next_element_seed(Node {
                path: format!("{}[{index}]", self.path),
                found: self.found,
            })?
            .is_some()
        {
            index += 1;
        }
        Ok(())
    }

    // With `arbitrary_precision`, a number arrives as a map of one private key: one key
    // cannot be a duplicate, so numbers need no special case.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            let path = join(&self.path, &key);
            if !seen.insert(key.clone()) {
                self.found.borrow_mut().push(
                    Finding::fehler(
                        path.clone(),
                        format!(
                            "„{key}“ steht hier mehrfach, mit je eigenem Wert; nur einer davon \
                         erreicht Europace. Bitte nur einmal angeben."
                        ),
                    )
                    .of(FindingKind::Syntax),
                );
            }
            map.next_value_seed(Node {
                path,
                found: self.found,
            })?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_is_dropped() {
        let file = read(b"\xEF\xBB\xBF{\"a\": \"\xC3\xA4\"}".to_vec()).unwrap();
        assert_eq!(file.text, "{\"a\": \"ä\"}");
        assert_eq!(file.value["a"], "ä");
    }

    #[test]
    fn other_encodings_and_broken_json_are_refused_in_german() {
        let error = read(b"{\"ort\": \"K\xF6ln\"}".to_vec()).unwrap_err();
        assert_eq!(error, JsonFileError::NotUtf8 { offset: 10 });
        assert!(error.to_string().contains("nicht UTF-8-kodiert"));
        let error = read(b"{\n\"a\": }".to_vec()).unwrap_err();
        assert_eq!(error, JsonFileError::Syntax { line: 2, column: 6 });
        assert_eq!(error.code(), "invalid_json");
    }

    #[test]
    fn duplicate_keys_are_found_at_their_path() {
        let text = r#"{"kundenbetreuer": {"partnerId": "A"}, "kundenbetreuer": {"partnerId": "B"},
            "haushalt": {"kinder": [{"name": "x", "name": "y"}]}, "betrag": 1.50}"#;
        let found = duplicate_keys(text);
        let paths: Vec<&str> = found.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, ["kundenbetreuer", "haushalt.kinder[0].name"]);
        assert!(found[0].message.contains("mehrfach"));
        assert!(duplicate_keys(r#"{"a": {"b": 1}, "c": {"b": 2}}"#).is_empty());
    }
}
