//! A check says what is wrong in the same German words whichever contract it runs on: the
//! same bad value in a KreditSmart body and in a Baufinanzierung body gives the same message,
//! apart from what each API then does with it (drops the value, or refuses the body).

mod kundenangaben_common;

use chrono::NaiveDate;
use europace::finding::Finding;
use europace::{kex_import, kundenangaben};
use serde_json::{Value, json};

/// The one finding at `path`.
fn message_at(findings: &[Finding], path: &str) -> String {
    let found: Vec<&Finding> = findings.iter().filter(|f| f.path == path).collect();
    assert_eq!(found.len(), 1, "one finding at {path}: {findings:#?}");
    found[0].message.clone()
}

/// The message for `value` at `kex_path` of an otherwise empty KEX body.
fn kex(kex_path: &str, value: &Value) -> String {
    let mut body = json!({});
    let pointer = kex_path.split('.').fold(&mut body, |at, key| &mut at[key]);
    *pointer = value.clone();
    let today = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
    message_at(
        &kex_import::validate_json_on(&body.to_string(), today),
        kex_path,
    )
}

/// The message for `value` at `pointer` of the spec's Kundenangaben example.
fn baufi(pointer: &str, path: &str, value: &Value) -> String {
    let examples = kundenangaben_common::kundenangaben_examples();
    let mut body: Value = serde_json::from_str(&examples[0].text).unwrap();
    // Missing objects on the way are created; list positions must exist.
    let at = pointer
        .split('/')
        .skip(1)
        .fold(&mut body, |at, key| match key.parse::<usize>() {
            Ok(index) => &mut at[index],
            Err(_) => &mut at[key],
        });
    *at = value.clone();
    message_at(&kundenangaben::validate_json(&body.to_string()), path)
}

/// `message` without the list of allowed values, which each contract orders its own way, and
/// without what the API then does, which differs by API family.
fn what_is_wrong(message: &str) -> String {
    let message = match (message.find("erlaubt: "), message.find(". Die API")) {
        (Some(start), Some(end)) if start < end => {
            format!("{}…{}", &message[..start], &message[end..])
        }
        _ => message.to_owned(),
    };
    ["der Wert wird verworfen", "die API lehnt den Body ab"]
        .iter()
        .fold(message, |message, outcome| message.replace(outcome, "…"))
}

#[test]
fn each_check_has_one_wording() {
    let kunde = "/kundenangaben/haushalte/0/kunden/0";
    let kunde_path = "kundenangaben.haushalte[0].kunden[0]";
    let cases = [
        (
            "antragsteller1.personendaten.geburtsdatum",
            format!("{kunde}/personendaten/geburtsdatum"),
            format!("{kunde_path}.personendaten.geburtsdatum"),
            json!("21.07.1988"),
        ),
        (
            "antragsteller1.personendaten.anrede",
            format!("{kunde}/personendaten/person/anrede"),
            format!("{kunde_path}.personendaten.person.anrede"),
            json!("HERRN"),
        ),
        (
            "antragsteller1.beschaeftigung.selbststaendiger.nettoeinkommenJaehrlich",
            "/kundenangaben/finanzierungsbedarf/finanzierungszweck/kaufpreis".to_owned(),
            "kundenangaben.finanzierungsbedarf.finanzierungszweck.kaufpreis".to_owned(),
            json!("358000"),
        ),
        (
            "antragsteller1.wohnsituation.gemeinsamerHaushalt",
            "/kundenangaben/haushalte/0/erfahrungImmobilienFinanzierung".to_owned(),
            "kundenangaben.haushalte[0].erfahrungImmobilienFinanzierung".to_owned(),
            json!("ja"),
        ),
        (
            "antragsteller1.beschaeftigung.selbststaendiger.nettoeinkommenJaehrlich",
            "/kundenangaben/finanzierungsbedarf/finanzierungszweck/kaufpreis".to_owned(),
            "kundenangaben.finanzierungsbedarf.finanzierungszweck.kaufpreis".to_owned(),
            json!([1]),
        ),
        (
            "haushalt.kontoverbindung.iban",
            "/kundenangaben/bankverbindung/iban".to_owned(),
            "kundenangaben.bankverbindung.iban".to_owned(),
            json!("DE89370400440532013001"),
        ),
        (
            "antragsteller1.personendaten.email",
            format!("{kunde}/kontakt/email"),
            format!("{kunde_path}.kontakt.email"),
            json!("max.mustermann@beispiel"),
        ),
    ];
    for (kex_path, pointer, path, value) in cases {
        assert_eq!(
            what_is_wrong(&kex(kex_path, &value)),
            what_is_wrong(&baufi(&pointer, &path, &value)),
            "{value} at {kex_path} and {path}"
        );
    }
}

#[test]
fn what_the_api_does_with_a_wrong_type_is_said_per_api_family() {
    let value = json!("ja");
    let kex = kex("antragsteller1.wohnsituation.gemeinsamerHaushalt", &value);
    assert!(kex.ends_with("; der Wert wird verworfen."), "{kex}");
    let baufi = baufi(
        "/kundenangaben/haushalte/0/erfahrungImmobilienFinanzierung",
        "kundenangaben.haushalte[0].erfahrungImmobilienFinanzierung",
        &value,
    );
    assert!(baufi.ends_with("; die API lehnt den Body ab."), "{baufi}");
}
