//! Unknown properties: the APIs drop them without a word, so a client names them before sending.

use crate::finding::{Finding, FindingKind, join};

/// A Fehler for the property `key` under `path` that the API does not know, naming the
/// nearest known sibling when `key` looks like a typo of it.
pub fn unknown_property(path: &str, key: &str, known: &[&str]) -> Finding {
    let full = join(path, key);
    let lowered = key.to_lowercase();
    let nearest = known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(&lowered, &k.to_lowercase()), *k))
        .filter(|(distance, k)| *distance <= 2.max(k.len() / 4))
        .min_by_key(|(distance, _)| *distance);
    let message = match nearest {
        Some((_, k)) => format!(
            "Unbekanntes Feld `{key}`: die API verwirft es ohne Meldung. Meinten Sie `{k}`?"
        ),
        None => format!("Unbekanntes Feld `{key}`: die API verwirft es ohne Meldung."),
    };
    Finding::fehler(full, message).of(FindingKind::UnknownField)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_near_miss() {
        let f = unknown_property(
            "haushalte[0].kunden[0]",
            "persondendaten",
            &["personendaten", "id"],
        );
        assert_eq!(f.path, "haushalte[0].kunden[0].persondendaten");
        assert!(
            f.message.contains("Meinten Sie `personendaten`?"),
            "{}",
            f.message
        );
    }

    #[test]
    fn names_no_sibling_when_none_is_close() {
        let f = unknown_property("", "personen", &["kunden", "finanzielleSituation"]);
        assert_eq!(f.path, "personen");
        assert!(!f.message.contains("Meinten Sie"), "{}", f.message);
    }
}
