//! Printing: findings for people, JSON for scripts, numbers the German way.

use europace::finding::{Finding, Severity};
use serde::Serialize;

/// `value` as pretty JSON on stdout.
pub fn json<T: Serialize>(value: &T) {
    // Our own types and the API models always serialize.
    println!(
        "{}",
        serde_json::to_string_pretty(value).unwrap_or_default()
    );
}

pub fn findings(findings: &[Finding]) {
    for f in findings {
        let severity = match f.severity {
            Severity::Fehler => "FEHLER ",
            Severity::Hinweis => "HINWEIS",
        };
        let path = if f.path.is_empty() { "(Body)" } else { &f.path };
        println!("{severity}  {path}: {}", f.message);
    }
}

/// "2 Fehler, 1 Hinweis" style summary of `findings`.
pub fn count(findings: &[Finding]) -> String {
    let fehler = crate::lead::fehler_count(findings);
    let hinweise = findings.len() - fehler;
    format!(
        "{fehler} Fehler, {hinweise} {}",
        if hinweise == 1 { "Hinweis" } else { "Hinweise" }
    )
}

/// The German number format, defined once with the labels of the export API.
pub use europace::kex_export::labels::german_number;

/// Bytes as "20,0 MB".
pub fn size(bytes: u64) -> String {
    if bytes >= 1_000_000 {
        format!("{} MB", german_number(&(bytes as f64 / 1_000_000.0), 1))
    } else {
        format!("{} kB", german_number(&(bytes as f64 / 1_000.0), 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_german() {
        assert_eq!(german_number(&1234567.5, 2), "1.234.567,50");
        assert_eq!(german_number(&-999.0, 2), "-999,00");
        assert_eq!(german_number(&84, 0), "84");
        assert_eq!(size(20 * 1024 * 1024), "21,0 MB");
    }
}
