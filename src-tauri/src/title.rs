//! The title a draft is listed under: the first Antragsteller's name as the API body holds it.

use serde_json::Value;

use europace::lead::LeadKind;

/// Shown until a name has been typed.
pub const UNTITLED: &str = "Neuer Lead (ohne Namen)";

/// "Nachname, Vorname" of the first Antragsteller / Kunde, or [`UNTITLED`].
pub fn derive(kind: LeadKind, content: &Value) -> String {
    kind.applicant_name(content)
        .unwrap_or_else(|| UNTITLED.to_owned())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn names_the_first_antragsteller() {
        let body =
            json!({"antragsteller1": {"personendaten": {"vorname": "Anna", "nachname": "Muster"}}});
        assert_eq!(derive(LeadKind::KexImport, &body), "Muster, Anna");
        assert_eq!(derive(LeadKind::DrKlein, &body), "Muster, Anna");
    }

    #[test]
    fn names_the_first_kunde_of_a_kundenangaben_body() {
        let body = json!({"kundenangaben": {"haushalte": [{"kunden": [{"personendaten": {"person": {"nachname": "Beispiel"}}}]}]}});
        assert_eq!(derive(LeadKind::Kundenangaben, &body), "Beispiel");
    }

    #[test]
    fn falls_back_when_no_name_was_typed() {
        let body = json!({"antragsteller1": {"personendaten": {"vorname": "  "}}});
        assert_eq!(derive(LeadKind::KexImport, &body), UNTITLED);
        assert_eq!(derive(LeadKind::Kundenangaben, &json!([])), UNTITLED);
    }
}
