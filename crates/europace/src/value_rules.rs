//! Checks of single values that several contracts hold (IBAN, e-mail): one rule and one
//! German wording each, whichever contract the value is in.

use crate::finding::{Finding, FindingKind};

/// The Fehler for `raw` at `path` if it is no valid IBAN, in electronic or print form (groups
/// of four). A typo in the check digits is told apart from an unknown country and from a
/// wrong shape, so the user knows whether to look at two digits or at the whole number.
pub(crate) fn iban(path: impl Into<String>, raw: &str) -> Option<Finding> {
    let error = raw.parse::<iban::Iban>().err()?;
    let compact: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    let (kind, reason) = if compact.parse::<iban::Iban>().is_ok() {
        (
            FindingKind::Format,
            "Leerzeichen nur zwischen Vierergruppen",
        )
    } else {
        match (error, with_fitting_check_digits(&compact)) {
            (iban::ParseIbanError::UnknownCountry(_), _)
            | (_, Some(Err(iban::ParseIbanError::UnknownCountry(_)))) => {
                (FindingKind::Format, "das Länderkürzel ist unbekannt")
            }
            (_, Some(Ok(_))) => (
                FindingKind::Checksum,
                "die Prüfziffer stimmt nicht (Tippfehler?)",
            ),
            _ => (
                FindingKind::Format,
                "Länge oder Aufbau passen nicht zum Land",
            ),
        }
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

/// `iban` read with the check digits its other characters call for: `Ok` when only those
/// two digits were wrong (a typo), the error that remains otherwise (an unknown country, a
/// shape wrong for the country); `None` for what is not shaped like an IBAN at all.
fn with_fitting_check_digits(iban: &str) -> Option<Result<iban::Iban, iban::ParseIbanError>> {
    // Only something shaped like an IBAN (country letters, 15 to 34 letters and digits) is
    // worth the hundred attempts.
    let shaped = (15..=34).contains(&iban.len())
        && iban.bytes().take(2).all(|b| b.is_ascii_alphabetic())
        && iban.bytes().all(|b| b.is_ascii_alphanumeric());
    let (true, Some(country), Some(rest)) = (shaped, iban.get(..2), iban.get(4..)) else {
        return None;
    };
    (0..100)
        .map(|digits| format!("{country}{digits:02}{rest}").parse::<iban::Iban>())
        .find(|read| {
            !matches!(
                read,
                Err(iban::ParseIbanError::InvalidBaseIban {
                    source: iban::ParseBaseIbanError::InvalidChecksum
                })
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_iban_shape_is_tried_with_other_check_digits() {
        assert!(matches!(
            with_fitting_check_digits("DE00370400440532013000"),
            Some(Ok(_))
        ));
        assert!(with_fitting_check_digits("DE89370400").is_none());
        assert!(with_fitting_check_digits("Text").is_none());
        assert!(with_fitting_check_digits("DE00-3704-0044-0532-0130-00").is_none());
    }

    #[test]
    fn a_typo_a_country_and_a_shape_are_told_apart() {
        let kind = |raw: &str| iban("iban", raw).map(|f| (f.kind, f.message));
        assert_eq!(kind("DE89 3704 0044 0532 0130 00"), None);
        let (k, message) = kind("DE89370400440532013001").unwrap();
        assert_eq!(k, FindingKind::Checksum);
        assert!(message.contains("Prüfziffer"), "{message}");
        for unknown_country in ["XX46370400440532013000", "XX00370400440532013000"] {
            let (k, message) = kind(unknown_country).unwrap();
            assert_eq!(k, FindingKind::Format);
            assert!(message.contains("Länderkürzel"), "{message}");
        }
        let (k, _) = kind("DE89 3704 0044 0532 0130 01").unwrap();
        assert_eq!(k, FindingKind::Checksum, "a typo in the print form");
        let (k, message) = kind("DE8937040044 0532013000").unwrap();
        assert_eq!(k, FindingKind::Format);
        assert!(message.contains("Vierergruppen"), "{message}");
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
