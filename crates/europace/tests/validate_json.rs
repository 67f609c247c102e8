//! Raw JSON bodies: non-objects, values the API drops for their format, and unknown
//! properties with a near-miss suggestion, each at its JSON path.

use chrono::NaiveDate;
use europace::finding::{Finding, Severity};
use europace::{drklein, kex_import};
use serde_json::{Value, json};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

fn kex(body: Value) -> Vec<Finding> {
    kex_import::validate_json_on(&body.to_string(), today())
}

fn lead(body: Value) -> Vec<Finding> {
    drklein::validate_json_on(&body.to_string(), today())
}

fn assert_one(findings: &[Finding], path: &str, severity: Severity, text: &str) {
    assert!(
        findings
            .iter()
            .any(|f| f.path == path && f.severity == severity && f.message.contains(text)),
        "expected {severity:?} containing {text:?} at {path}, got {findings:#?}"
    );
}

#[test]
fn a_body_must_be_a_json_object() {
    for text in ["[]", "\"Vorgang\"", "42", "null"] {
        let f = kex_import::validate_json_on(text, today());
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_one(&f, "", Severity::Fehler, "JSON-Objekt");
        assert_one(
            &drklein::validate_json_on(text, today()),
            "",
            Severity::Fehler,
            "JSON-Objekt",
        );
    }
    assert_one(
        &kex_import::validate_json_on("{\"kundenbetreuer\": ", today()),
        "",
        Severity::Fehler,
        "Kein gültiges JSON",
    );
}

#[test]
fn a_german_date_is_dropped_and_the_iso_form_suggested() {
    let f = kex(
        json!({"kundenbetreuer": {"partnerId": "ABC12"}, "antragsteller1": {"personendaten": {"geburtsdatum": "21.07.1988"}}}),
    );
    assert_one(
        &f,
        "antragsteller1.personendaten.geburtsdatum",
        Severity::Fehler,
        "`1988-07-21`",
    );
    assert_eq!(f.len(), 1, "{f:#?}");
}

#[test]
fn numbers_and_booleans_as_text_are_dropped() {
    let f = kex(json!({
        "kundenbetreuer": {"partnerId": "ABC12"},
        "benachrichtigung": {"aktiv": "1"},
        "finanzbedarf": {"finanzierungswunsch": {"kreditbetrag": "10000", "laufzeitInMonaten": 12.5}},
        "haushalt": {"kinder": [{"name": 5}]}
    }));
    assert_one(
        &f,
        "benachrichtigung.aktiv",
        Severity::Fehler,
        "true oder false",
    );
    assert_one(
        &f,
        "finanzbedarf.finanzierungswunsch.kreditbetrag",
        Severity::Fehler,
        "Zahl als Text",
    );
    assert_one(
        &f,
        "finanzbedarf.finanzierungswunsch.laufzeitInMonaten",
        Severity::Fehler,
        "ganze Zahl",
    );
    assert_one(&f, "haushalt.kinder[0].name", Severity::Fehler, "Text");
}

#[test]
fn numbers_beyond_the_model_are_dropped_and_the_rest_still_checked() {
    let text = r#"{"kundenbetreuer": {"partnerId": "ABC12"},
        "finanzbedarf": {"finanzierungswunsch": {"kreditbetrag": 1e40, "rateMonatlich": 70000000000000000000000000, "laufzeitInMonaten": 0}}}"#;
    let f = kex_import::validate_json_on(text, today());
    let p = "finanzbedarf.finanzierungswunsch";
    assert_one(
        &f,
        &format!("{p}.kreditbetrag"),
        Severity::Fehler,
        "zu groß",
    );
    assert_one(
        &f,
        &format!("{p}.laufzeitInMonaten"),
        Severity::Fehler,
        "Monat",
    );
    assert!(
        !f.iter().any(|x| x.path.ends_with("rateMonatlich")),
        "{f:#?}"
    );
}

#[test]
fn null_list_entries_are_dropped() {
    let f = kex(
        json!({"kundenbetreuer": {"partnerId": "ABC12"}, "kommentare": ["a", null], "haushalt": {"kinder": [null, {"name": 1}]}}),
    );
    assert_one(&f, "kommentare[1]", Severity::Fehler, "null");
    assert_one(&f, "haushalt.kinder[0]", Severity::Fehler, "null");
    assert_one(&f, "haushalt.kinder[1].name", Severity::Fehler, "Text");
    assert_eq!(f.len(), 3, "{f:#?}");
}

#[test]
fn unknown_enum_values_and_countries_are_dropped() {
    let f = kex(json!({
        "kundenbetreuer": {"partnerId": "ABC12"},
        "antragsteller1": {"personendaten": {"familienstand": "LEDIGG", "geburtsland": "Deutschland"}}
    }));
    assert_one(
        &f,
        "antragsteller1.personendaten.familienstand",
        Severity::Fehler,
        "Meinten Sie `LEDIG`?",
    );
    assert_one(
        &f,
        "antragsteller1.personendaten.geburtsland",
        Severity::Fehler,
        "ISO 3166",
    );
    assert_eq!(f.len(), 2, "reported once each: {f:#?}");
}

#[test]
fn every_unknown_property_is_named_with_a_near_miss() {
    let f = kex(json!({
        "kundenbetreuer": {"partnerId": "ABC12"},
        "antragsteller1": {"persondendaten": {"vorname": "Max"}},
        "haushalt": {"kinder": [{"name": "Lea"}, {"nmae": "Tom"}]},
        "voellig": 1
    }));
    assert_one(
        &f,
        "antragsteller1.persondendaten",
        Severity::Fehler,
        "Meinten Sie `personendaten`?",
    );
    assert_one(
        &f,
        "haushalt.kinder[1].nmae",
        Severity::Fehler,
        "Meinten Sie `name`?",
    );
    assert_one(&f, "voellig", Severity::Fehler, "Unbekanntes Feld");
    assert_eq!(f.len(), 3, "{f:#?}");
}

#[test]
fn inherited_properties_of_household_positions_are_known() {
    let f = kex(json!({
        "kundenbetreuer": {"partnerId": "ABC12"},
        "antragsteller2": {"personendaten": {"nachname": "Muster"}},
        "haushalt": {"kinder": [{"gehoertZuAntragsteller": "BEIDE", "id": "k1", "antragstellerIds": ["a"]}]}
    }));
    assert!(f.is_empty(), "{f:#?}");
}

#[test]
fn typed_rules_run_on_what_remains() {
    let f = kex(json!({
        "antragsteller1": {"wohnsituation": {"gemeinsamerHaushalt": true, "anzahlPkw": "2"}}
    }));
    assert_one(
        &f,
        "kundenbetreuer.partnerId",
        Severity::Fehler,
        "Partner-ID",
    );
    assert_one(
        &f,
        "antragsteller1.wohnsituation.gemeinsamerHaushalt",
        Severity::Hinweis,
        "Antragsteller 2",
    );
    assert_one(
        &f,
        "antragsteller1.wohnsituation.anzahlPkw",
        Severity::Fehler,
        "Zahl als Text",
    );
}

#[test]
fn drklein_additions_are_known_and_checked() {
    let f = lead(json!({
        "kundenbetreuer": {"partnerId": "ABC12"},
        "tippgeber": {"nachname": "Muster", "anrede": "HERR", "externeMitarbeiternummer": "7"},
        "partner": {"vertriebsschlüssel": "VS"},
        "data": [{"key": "a", "value": true}, {"key": "b", "value": 3}, {"key": "c", "value": "2024-01-31"}, {"key": "d", "value": "x"}]
    }));
    assert!(f.is_empty(), "{f:#?}");
    let f = lead(json!({
        "kundenbetreuer": {"partnerId": "ABC12"},
        "tipgeber": {"nachname": "Muster"},
        "partner": {"vertriebsschluessel": "VS"},
        "data": [{"key": "a", "value": {"x": 1}}, {"key": "b", "value": 1.5}]
    }));
    assert_one(&f, "tipgeber", Severity::Fehler, "Meinten Sie `tippgeber`?");
    assert_one(
        &f,
        "partner.vertriebsschluessel",
        Severity::Fehler,
        "Meinten Sie `vertriebsschlüssel`?",
    );
    assert_one(
        &f,
        "data[0].value",
        Severity::Fehler,
        "Erlaubt sind hier Wahrheitswert, ganze Zahl, Datum oder Text, gefunden: Objekt",
    );
    assert_one(&f, "data[1].value", Severity::Fehler, "verworfen");
}

#[test]
fn drklein_tippgeber_is_a_person_not_a_partner_reference() {
    let f = lead(
        json!({"kundenbetreuer": {"partnerId": "ABC12"}, "tippgeber": {"partnerId": "XYZ99"}}),
    );
    assert_one(
        &f,
        "tippgeber.partnerId",
        Severity::Fehler,
        "Unbekanntes Feld",
    );
    let f =
        kex(json!({"kundenbetreuer": {"partnerId": "ABC12"}, "tippgeber": {"nachname": "Muster"}}));
    assert_one(
        &f,
        "tippgeber.nachname",
        Severity::Fehler,
        "Unbekanntes Feld",
    );
}

#[test]
fn null_where_the_contract_declares_a_value_is_a_fehler() {
    let f = kex(json!({
        "kundenbetreuer": {"partnerId": "ABC12"},
        "antragsteller1": {"personendaten": {"vorname": null}},
        "haushalt": null
    }));
    assert_one(
        &f,
        "antragsteller1.personendaten.vorname",
        Severity::Fehler,
        "null), wo die API einen Text erwartet",
    );
    assert_one(&f, "haushalt", Severity::Fehler, "ein Objekt");
    assert_eq!(f.len(), 2, "{f:#?}");
    let f = europace::drklein::validate_json(r#"{"tippgeber": null}"#);
    assert_one(&f, "tippgeber", Severity::Fehler, "null");
}

#[test]
fn a_key_given_twice_is_a_fehler_at_its_path() {
    let text =
        r#"{"kundenbetreuer": {"partnerId": "ABC12"}, "kundenbetreuer": {"partnerId": "XYZ99"}}"#;
    let f = kex_import::validate_json_on(text, today());
    assert_one(&f, "kundenbetreuer", Severity::Fehler, "mehrfach");
    let f = europace::drklein::validate_json(r#"{"data": {"a": "1", "a": "2"}}"#);
    assert_one(&f, "data.a", Severity::Fehler, "mehrfach");
    let f =
        europace::kundenangaben::validate_json(r#"{"importMetadaten": {}, "importMetadaten": {}}"#);
    assert_one(&f, "importMetadaten", Severity::Fehler, "mehrfach");
}
