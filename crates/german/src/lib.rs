//! What system errors mean, in German. Every crate that shows an io or JSON error to a user
//! says it with these words; the errors' own `Display` is English and never shown.

use std::io::ErrorKind;

/// What an io error means.
pub fn io_reason(error: &std::io::Error) -> String {
    match error.kind() {
        ErrorKind::NotFound => "existiert nicht".to_owned(),
        ErrorKind::PermissionDenied => "keine Berechtigung".to_owned(),
        ErrorKind::IsADirectory => "ist ein Verzeichnis".to_owned(),
        ErrorKind::StorageFull => "kein Speicherplatz mehr".to_owned(),
        _ => match error.raw_os_error() {
            Some(code) => format!("Systemfehler {code}"),
            None => "Ein-/Ausgabefehler".to_owned(),
        },
    }
}

/// What a JSON read error means, with where in the text it happened.
pub fn json_reason(error: &serde_json::Error) -> String {
    match error.classify() {
        serde_json::error::Category::Io => "nicht lesbar".to_owned(),
        serde_json::error::Category::Eof => "bricht vorzeitig ab".to_owned(),
        serde_json::error::Category::Syntax => format!(
            "kein gültiges JSON (Zeile {}, Spalte {})",
            error.line(),
            error.column()
        ),
        serde_json::error::Category::Data => format!(
            "ein Wert hat nicht die erwartete Form (Zeile {}, Spalte {})",
            error.line(),
            error.column()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_errors_are_named_in_german() {
        let missing = std::fs::read("/gibt/es/nicht").unwrap_err();
        assert_eq!(io_reason(&missing), "existiert nicht");
        let odd = std::io::Error::from_raw_os_error(5);
        assert_eq!(io_reason(&odd), "Systemfehler 5");
    }

    #[test]
    fn json_errors_say_where() {
        let broken = serde_json::from_str::<serde_json::Value>("{\n  \"a\": ,\n}").unwrap_err();
        assert_eq!(
            json_reason(&broken),
            "kein gültiges JSON (Zeile 2, Spalte 8)"
        );
        let cut = serde_json::from_str::<serde_json::Value>("{\"a\": 1").unwrap_err();
        assert_eq!(json_reason(&cut), "bricht vorzeitig ab");
        let wrong = serde_json::from_str::<u8>("\"zehn\"").unwrap_err();
        assert!(json_reason(&wrong).starts_with("ein Wert hat nicht die erwartete Form"));
    }
}
