//! Checks of single values that several contracts hold (IBAN, e-mail): one rule and one
//! German wording each, whichever contract the value is in.

use crate::finding::{Finding, FindingKind};

/// The Fehler for `raw` at `path` if it is no valid IBAN. Spaces are allowed (the print
/// form); a typo in the check digits is told apart from a wrong shape, so the user knows
/// whether to look at the digits or at the whole number.
pub(crate) fn iban(path: impl Into<String>, raw: &str) -> Option<Finding> {
    let compact: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    let error = compact.parse::<iban::Iban>().err()?;
    let (kind, reason) = if only_check_digits_wrong(&compact) {
        (
            FindingKind::Checksum,
            "die Prüfziffer stimmt nicht (Tippfehler?)",
        )
    } else if matches!(error, iban::ParseIbanError::UnknownCountry(_)) {
        (FindingKind::Format, "das Länderkürzel ist unbekannt")
    } else {
        (
            FindingKind::Format,
            "Länge oder Aufbau passen nicht zum Land",
        )
    };
    Some(Finding::fehler(path, format!("`{raw}` ist keine gültige IBAN: {reason}.")).of(kind))
}

/// The Fehler for `raw` at `path` if it cannot be an e-mail address.
pub(crate) fn email(path: impl Into<String>, raw: &str) -> Option<Finding> {
    (!is_email(raw)).then(|| {
        Finding::fehler(
            path,
            format!("`{raw}` ist keine gültige E-Mail-Adresse (name@beispiel.de)."),
        )
        .of(FindingKind::Format)
    })
}

/// One `@`, something before it, a domain with a dot and no empty label, no whitespace.
fn is_email(v: &str) -> bool {
    let Some((local, domain)) = v.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !v.chars().any(char::is_whitespace)
        && domain.split('.').count() >= 2
        && domain.split('.').all(|label| !label.is_empty())
}

/// True when `iban` is a valid IBAN with other check digits: a typo, not a wrong shape.
fn only_check_digits_wrong(iban: &str) -> bool {
    // Only something shaped like an IBAN (country letters, 15 to 34 letters and digits) can be
    // one with a typo in its check digits; anything else needs no hundred attempts.
    let shaped = (15..=34).contains(&iban.len())
        && iban.bytes().take(2).all(|b| b.is_ascii_alphabetic())
        && iban.bytes().all(|b| b.is_ascii_alphanumeric());
    let (true, Some(country), Some(rest)) = (shaped, iban.get(..2), iban.get(4..)) else {
        return false;
    };
    (0..100).any(|digits| {
        format!("{country}{digits:02}{rest}")
            .parse::<iban::Iban>()
            .is_ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_iban_shape_can_have_wrong_check_digits() {
        assert!(only_check_digits_wrong("DE00370400440532013000"));
        assert!(!only_check_digits_wrong("DE89370400"));
        assert!(!only_check_digits_wrong("Text"));
        assert!(!only_check_digits_wrong("DE00-3704-0044-0532-0130-00"));
    }

    #[test]
    fn a_typo_a_country_and_a_shape_are_told_apart() {
        let kind = |raw: &str| iban("iban", raw).map(|f| (f.kind, f.message));
        assert_eq!(kind("DE89 3704 0044 0532 0130 00"), None);
        let (k, message) = kind("DE89370400440532013001").unwrap();
        assert_eq!(k, FindingKind::Checksum);
        assert!(message.contains("Prüfziffer"), "{message}");
        let (k, message) = kind("XX46370400440532013000").unwrap();
        assert_eq!(k, FindingKind::Format);
        assert!(message.contains("Länderkürzel"), "{message}");
        let (k, message) = kind("DE12").unwrap();
        assert_eq!(k, FindingKind::Format);
        assert!(message.contains("Länge oder Aufbau"), "{message}");
    }

    #[test]
    fn an_email_needs_one_at_and_a_domain() {
        assert!(email("e", "max@beispiel.de").is_none());
        for bad in [
            "max",
            "max@beispiel",
            "@beispiel.de",
            "max@@beispiel.de",
            "max @b.de",
        ] {
            let finding = email("e", bad).unwrap();
            assert_eq!(finding.kind, FindingKind::Format, "{bad}");
        }
    }
}
