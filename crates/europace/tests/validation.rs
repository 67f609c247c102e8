//! One test per validation rule, each with a case that must report and one that must not.

use chrono::NaiveDate;
use europace::finding::{Finding, Severity};
use europace::{drklein, kex_import};
use serde_json::{Value, json};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
}

/// A body with a Kundenbetreuer, `extra` merged in at the top level.
fn body(extra: Value) -> kex_import::Vorgang {
    let mut value = json!({"kundenbetreuer": {"partnerId": "ABC12"}});
    for (k, v) in extra.as_object().unwrap() {
        value[k] = v.clone();
    }
    serde_json::from_str(&value.to_string()).expect("test body parses")
}

fn check(extra: Value) -> Vec<Finding> {
    kex_import::validate_on(&body(extra), today())
}

/// The findings at `path`.
fn at<'a>(findings: &'a [Finding], path: &str) -> Vec<&'a Finding> {
    findings.iter().filter(|f| f.path == path).collect()
}

fn assert_one(findings: &[Finding], path: &str, severity: Severity, text: &str) {
    let hits = at(findings, path);
    assert!(
        hits.iter()
            .any(|f| f.severity == severity && f.message.contains(text)),
        "expected {severity:?} containing {text:?} at {path}, got {findings:#?}"
    );
}

fn assert_none(findings: &[Finding], path: &str) {
    assert!(
        at(findings, path).is_empty(),
        "unexpected at {path}: {findings:#?}"
    );
}

fn person(extra: Value) -> Value {
    let mut p = json!({"vorname": "Max", "nachname": "Mustermann", "geburtsdatum": "1980-05-01"});
    for (k, v) in extra.as_object().unwrap() {
        p[k] = v.clone();
    }
    p
}

#[test]
fn partner_id_of_the_kundenbetreuer_is_required() {
    let f = kex_import::validate_on(&kex_import::Vorgang::default(), today());
    assert_one(
        &f,
        "kundenbetreuer.partnerId",
        Severity::Fehler,
        "Partner-ID",
    );
    let f = check(json!({"kundenbetreuer": {"partnerId": "  "}}));
    assert_one(&f, "kundenbetreuer.partnerId", Severity::Fehler, "fehlt");
    assert_none(&check(json!({})), "kundenbetreuer.partnerId");
}

#[test]
fn an_unusual_partner_id_is_only_a_hinweis() {
    let f = check(json!({"kundenbetreuer": {"partnerId": "TEST"}}));
    assert_one(&f, "kundenbetreuer.partnerId", Severity::Hinweis, "ABC12");
    assert!(!europace::finding::has_fehler(&f));
    let f = check(json!({"kundenbetreuer": {"partnerId": "ÄB12"}}));
    assert_one(&f, "kundenbetreuer.partnerId", Severity::Hinweis, "ABC12");
}

#[test]
fn iban_checksum_and_format() {
    let konto = |iban: &str| check(json!({"haushalt": {"kontoverbindung": {"iban": iban}}}));
    assert_one(
        &konto("DE89370400440532013001"),
        "haushalt.kontoverbindung.iban",
        Severity::Fehler,
        "Prüfziffer",
    );
    assert_one(
        &konto("DE12"),
        "haushalt.kontoverbindung.iban",
        Severity::Fehler,
        "keine gültige IBAN",
    );
    assert_none(
        &konto("DE89 3704 0044 0532 0130 00"),
        "haushalt.kontoverbindung.iban",
    );
    let f = check(
        json!({"haushalt": {"verbindlichkeiten": {"ratenkredite": [{"iban": "DE89370400440532013001"}]}}}),
    );
    assert_one(
        &f,
        "haushalt.verbindlichkeiten.ratenkredite[0].iban",
        Severity::Fehler,
        "Prüfziffer",
    );
}

#[test]
fn findings_keep_their_kind() {
    use europace::finding::FindingKind;
    let kind = |body: serde_json::Value, path: &str| {
        let f = check(body);
        let found: Vec<FindingKind> = f
            .iter()
            .filter(|f| f.path == path)
            .map(|f| f.kind)
            .collect();
        assert_eq!(found.len(), 1, "{path}: {f:#?}");
        found[0]
    };
    let iban = |iban: &str| json!({"haushalt": {"kontoverbindung": {"iban": iban}}});
    let path = "haushalt.kontoverbindung.iban";
    assert_eq!(
        kind(iban("DE89370400440532013001"), path),
        FindingKind::Checksum
    );
    assert_eq!(kind(iban("DE12"), path), FindingKind::Format);
    assert_eq!(
        kind(
            json!({"kundenbetreuer": {"partnerId": "TEST"}}),
            "kundenbetreuer.partnerId"
        ),
        FindingKind::Format
    );
}

#[test]
fn bic_format() {
    let konto = |bic: &str| check(json!({"haushalt": {"kontoverbindung": {"bic": bic}}}));
    assert_one(
        &konto("DEUT1EFF"),
        "haushalt.kontoverbindung.bic",
        Severity::Fehler,
        "BIC",
    );
    assert_one(
        &konto("DEUTXXFF"),
        "haushalt.kontoverbindung.bic",
        Severity::Fehler,
        "BIC",
    );
    assert_none(&konto("DEUTDEFF"), "haushalt.kontoverbindung.bic");
    assert_none(&konto("DEUTDEFF500"), "haushalt.kontoverbindung.bic");
}

#[test]
fn german_postcodes_have_five_digits() {
    let wohnung = |anschrift: Value| {
        check(json!({"antragsteller1": {"wohnsituation": {"anschrift": anschrift}}}))
    };
    let path = "antragsteller1.wohnsituation.anschrift.plz";
    assert_one(
        &wohnung(json!({"plz": "1234"})),
        path,
        Severity::Fehler,
        "Postleitzahl",
    );
    assert_one(
        &wohnung(json!({"plz": "1234A", "land": "DE"})),
        path,
        Severity::Fehler,
        "Postleitzahl",
    );
    assert_none(&wohnung(json!({"plz": "10115"})), path);
    assert_none(&wohnung(json!({"plz": "1010", "land": "AT"})), path);
}

#[test]
fn email_and_phone_formats() {
    let f = check(
        json!({"antragsteller1": {"personendaten": person(json!({"email": "max@", "telefonPrivat": "ruf an"}))}}),
    );
    assert_one(
        &f,
        "antragsteller1.personendaten.email",
        Severity::Fehler,
        "E-Mail",
    );
    assert_one(
        &f,
        "antragsteller1.personendaten.telefonPrivat",
        Severity::Fehler,
        "Telefonnummer",
    );
    let f = check(
        json!({"antragsteller1": {"personendaten": person(json!({"email": "max@example.de", "telefonPrivat": "+49 30 1234567"}))}}),
    );
    assert_none(&f, "antragsteller1.personendaten.email");
    assert_none(&f, "antragsteller1.personendaten.telefonPrivat");
}

#[test]
fn steuer_id_check_digit() {
    let herkunft = |id: &str| check(json!({"antragsteller1": {"herkunft": {"steuerId": id}}}));
    let path = "antragsteller1.herkunft.steuerId";
    assert_one(
        &herkunft("86095742718"),
        path,
        Severity::Fehler,
        "Steuer-ID",
    );
    assert_one(&herkunft("0609574271"), path, Severity::Fehler, "Steuer-ID");
    assert_none(&herkunft("86095742719"), path);
}

#[test]
fn birth_date_in_the_future_or_underage() {
    let f = check(
        json!({"antragsteller1": {"personendaten": person(json!({"geburtsdatum": "2030-01-01"}))}}),
    );
    assert_one(
        &f,
        "antragsteller1.personendaten.geburtsdatum",
        Severity::Fehler,
        "Geburtsdatum liegt in der Zukunft",
    );
    let f = check(
        json!({"antragsteller1": {"personendaten": person(json!({"geburtsdatum": "2015-01-01"}))}}),
    );
    assert_one(
        &f,
        "antragsteller1.personendaten.geburtsdatum",
        Severity::Hinweis,
        "volljährig",
    );
    let f = check(json!({"antragsteller1": {"personendaten": person(json!({}))}}));
    assert_none(&f, "antragsteller1.personendaten.geburtsdatum");
}

#[test]
fn countries_must_be_iso_codes_the_api_lists() {
    let land =
        |c: &str| check(json!({"antragsteller1": {"herkunft": {"staatsangehoerigkeit": c}}}));
    let path = "antragsteller1.herkunft.staatsangehoerigkeit";
    assert_one(
        &land("Deutschland"),
        path,
        Severity::Fehler,
        "kein Ländercode",
    );
    assert_one(&land("de"), path, Severity::Fehler, "kein Ländercode");
    assert_one(&land("HK"), path, Severity::Fehler, "SONSTIGE");
    for ok in ["DE", "XK", "SONSTIGE"] {
        assert_none(&land(ok), path);
    }
}

#[test]
fn unknown_enum_values_are_fehler() {
    let f = check(
        json!({"antragsteller1": {"personendaten": person(json!({"familienstand": "LEDIGG", "titel": ["DOKTOR", "MAGISTER"]}))}}),
    );
    assert_one(
        &f,
        "antragsteller1.personendaten.familienstand",
        Severity::Fehler,
        "Meinten Sie `LEDIG`?",
    );
    assert_one(
        &f,
        "antragsteller1.personendaten.titel[1]",
        Severity::Fehler,
        "MAGISTER",
    );
    assert_none(&f, "antragsteller1.personendaten.titel[0]");
}

#[test]
fn antragsteller2_needs_own_personendaten() {
    let f = check(json!({"antragsteller2": {"wohnsituation": {"gemeinsamerHaushalt": true}}}));
    assert_one(
        &f,
        "antragsteller2.personendaten",
        Severity::Fehler,
        "Antragsteller 2",
    );
    let f = check(json!({"antragsteller2": {"personendaten": person(json!({}))}}));
    assert_none(&f, "antragsteller2.personendaten");
}

#[test]
fn beschaeftigung_data_must_match_the_beschaeftigungsart() {
    let f = check(json!({"antragsteller1": {"beschaeftigung": {
        "beschaeftigungsart": "ANGESTELLTER",
        "angestellter": {"beschaeftigungsverhaeltnis": {"berufsbezeichnung": "Koch"}},
        "rentner": {"staatlicheRenteMonatlich": 900}
    }}}));
    assert_one(
        &f,
        "antragsteller1.beschaeftigung.rentner",
        Severity::Hinweis,
        "ignoriert",
    );
    assert_none(&f, "antragsteller1.beschaeftigung.angestellter");

    let f = check(json!({"antragsteller1": {"beschaeftigung": {"arbeiter": {}}}}));
    assert_one(
        &f,
        "antragsteller1.beschaeftigung.beschaeftigungsart",
        Severity::Fehler,
        "verwirft",
    );

    let f = check(json!({"antragsteller1": {"beschaeftigung": {"beschaeftigungsart": "BEAMTER"}}}));
    assert_one(
        &f,
        "antragsteller1.beschaeftigung.beschaeftigungsart",
        Severity::Hinweis,
        "beamter",
    );
}

#[test]
fn dates_of_life_are_not_before_birth() {
    let f = check(json!({"antragsteller1": {
        "personendaten": person(json!({})),
        "beschaeftigung": {"beschaeftigungsart": "ANGESTELLTER", "angestellter": {
            "beschaeftigungsverhaeltnis": {"beschaeftigtSeit": "1975-01-01"},
            "vorherigesBeschaeftigungsverhaeltnis": {"beschaeftigtSeit": "2010-01-01", "beschaeftigtBis": "2005-01-01"}
        }},
        "wohnsituation": {"anschrift": {"wohnhaftSeit": "2030-01-01"}}
    }}));
    let b = "antragsteller1.beschaeftigung.angestellter";
    assert_one(
        &f,
        &format!("{b}.beschaeftigungsverhaeltnis.beschaeftigtSeit"),
        Severity::Fehler,
        "vor dem Geburtsdatum",
    );
    assert_one(
        &f,
        &format!("{b}.vorherigesBeschaeftigungsverhaeltnis.beschaeftigtBis"),
        Severity::Fehler,
        "vor ihrem Beginn",
    );
    assert_one(
        &f,
        "antragsteller1.wohnsituation.anschrift.wohnhaftSeit",
        Severity::Fehler,
        "Zukunft",
    );
    let f = check(json!({"antragsteller1": {
        "personendaten": person(json!({})),
        "beschaeftigung": {"beschaeftigungsart": "ANGESTELLTER", "angestellter": {"beschaeftigungsverhaeltnis": {"beschaeftigtSeit": "2005-01-01"}}}
    }}));
    assert_none(
        &f,
        &format!("{b}.beschaeftigungsverhaeltnis.beschaeftigtSeit"),
    );
}

#[test]
fn gemeinsamer_haushalt_only_counts_for_antragsteller2() {
    let w = json!({"wohnsituation": {"gemeinsamerHaushalt": true}});
    let f = check(
        json!({"antragsteller1": w, "antragsteller2": {"personendaten": person(json!({})), "wohnsituation": {"gemeinsamerHaushalt": true}}}),
    );
    assert_one(
        &f,
        "antragsteller1.wohnsituation.gemeinsamerHaushalt",
        Severity::Hinweis,
        "Antragsteller 2",
    );
    assert_none(&f, "antragsteller2.wohnsituation.gemeinsamerHaushalt");
}

#[test]
fn voranschrift_only_counts_for_a_recent_address() {
    let wohnen = |seit: &str| {
        check(json!({"antragsteller1": {"wohnsituation": {
            "anschrift": {"wohnhaftSeit": seit},
            "voranschrift": {"ort": "Köln", "wohnhaftSeit": "2001-01-01"}
        }}}))
    };
    assert_one(
        &wohnen("2020-01-01"),
        "antragsteller1.wohnsituation.voranschrift",
        Severity::Hinweis,
        "3 Jahre",
    );
    assert_none(
        &wohnen("2025-01-01"),
        "antragsteller1.wohnsituation.voranschrift",
    );
    assert_one(
        &wohnen("2000-01-01"),
        "antragsteller1.wohnsituation.voranschrift.wohnhaftSeit",
        Severity::Fehler,
        "nach dem Einzug",
    );
}

#[test]
fn fahrzeugkauf_only_counts_for_finanzierungszweck_fahrzeugkauf() {
    let f = check(
        json!({"finanzbedarf": {"finanzierungszweck": "FREIE_VERWENDUNG", "fahrzeugkauf": {"marke": "VW"}}}),
    );
    assert_one(
        &f,
        "finanzbedarf.fahrzeugkauf",
        Severity::Hinweis,
        "FAHRZEUGKAUF",
    );
    let f = check(
        json!({"finanzbedarf": {"finanzierungszweck": "FAHRZEUGKAUF", "fahrzeugkauf": {"marke": "VW", "kw": 110, "ps": 150}}}),
    );
    assert_none(&f, "finanzbedarf.fahrzeugkauf");
    assert_none(&f, "finanzbedarf.fahrzeugkauf.ps");
    let f = check(
        json!({"finanzbedarf": {"finanzierungszweck": "FAHRZEUGKAUF", "fahrzeugkauf": {"kw": 110, "ps": 300}}}),
    );
    assert_one(&f, "finanzbedarf.fahrzeugkauf.ps", Severity::Hinweis, "kW");
}

#[test]
fn amounts_are_not_negative() {
    let f = check(json!({"haushalt": {"ausgaben": {"mietausgaben": [{"betragMonatlich": -500}]}}}));
    assert_one(
        &f,
        "haushalt.ausgaben.mietausgaben[0].betragMonatlich",
        Severity::Fehler,
        "negativ",
    );
    let f = check(json!({"haushalt": {"ausgaben": {"mietausgaben": [{"betragMonatlich": 500}]}}}));
    assert_none(&f, "haushalt.ausgaben.mietausgaben[0].betragMonatlich");
}

#[test]
fn finanzierungswunsch_is_plausible() {
    let wunsch = |w: Value| check(json!({"finanzbedarf": {"finanzierungswunsch": w}}));
    let p = "finanzbedarf.finanzierungswunsch";
    let f = wunsch(json!({"kreditbetrag": 0, "laufzeitInMonaten": 0}));
    assert_one(
        &f,
        &format!("{p}.kreditbetrag"),
        Severity::Fehler,
        "größer als 0",
    );
    assert_one(
        &f,
        &format!("{p}.laufzeitInMonaten"),
        Severity::Fehler,
        "Monat",
    );
    let f = wunsch(json!({"laufzeitInMonaten": 240}));
    assert_one(
        &f,
        &format!("{p}.laufzeitInMonaten"),
        Severity::Hinweis,
        "120",
    );
    let f = wunsch(json!({"kreditbetrag": 20000, "laufzeitInMonaten": 12, "rateMonatlich": 100}));
    assert_one(
        &f,
        &format!("{p}.rateMonatlich"),
        Severity::Hinweis,
        "Rate × Laufzeit",
    );
    let huge = wunsch(
        json!({"kreditbetrag": 1, "laufzeitInMonaten": 2_000_000_000, "rateMonatlich": serde_json::from_str::<Value>("70000000000000000000000000").unwrap()}),
    );
    assert_one(
        &huge,
        &format!("{p}.laufzeitInMonaten"),
        Severity::Hinweis,
        "120",
    );
    let f = wunsch(json!({"kreditbetrag": 10000, "laufzeitInMonaten": 60, "rateMonatlich": 190}));
    assert!(f.iter().all(|x| !x.path.starts_with(p)), "{f:#?}");
}

#[test]
fn credit_dates_are_ordered() {
    let f = check(json!({"haushalt": {"verbindlichkeiten": {"ratenkredite": [
        {"datumErsteZahlung": "2024-01-01", "datumLetzteRate": "2023-01-01"},
        {"datumErsteZahlung": "2024-01-01", "datumLetzteRate": "2028-01-01"}
    ]}}}));
    assert_one(
        &f,
        "haushalt.verbindlichkeiten.ratenkredite[0].datumLetzteRate",
        Severity::Fehler,
        "vor der ersten",
    );
    assert_none(
        &f,
        "haushalt.verbindlichkeiten.ratenkredite[1].datumLetzteRate",
    );
}

#[test]
fn positions_belong_to_an_existing_applicant() {
    let f = check(json!({"haushalt": {"ausgaben": {
        "privateKrankenversicherungen": [{"gehoertZuAntragsteller": "BEIDE"}],
        "sonstigeAusgaben": [{"gehoertZuAntragsteller": "ANTRAGSTELLER_2"}, {"gehoertZuAntragsteller": "ANTRAGSTELLER_1"}]
    }}}));
    assert_one(
        &f,
        "haushalt.ausgaben.privateKrankenversicherungen[0].gehoertZuAntragsteller",
        Severity::Fehler,
        "BEIDE",
    );
    assert_one(
        &f,
        "haushalt.ausgaben.sonstigeAusgaben[0].gehoertZuAntragsteller",
        Severity::Hinweis,
        "keinen",
    );
    assert_none(
        &f,
        "haushalt.ausgaben.sonstigeAusgaben[1].gehoertZuAntragsteller",
    );
}

#[test]
fn ratenschutz_per_applicant_is_ignored_next_to_versicherte_risiken() {
    let f = check(json!({"finanzbedarf": {
        "ratenschutz": {"versicherteRisikenAntragsteller1": ["LEBEN"]},
        "ratenschutzAntragsteller1": {"todesfallAbsicherung": {"gewuenscht": true}}
    }}));
    assert_one(
        &f,
        "finanzbedarf.ratenschutzAntragsteller1",
        Severity::Hinweis,
        "ignoriert",
    );
    let f = check(
        json!({"finanzbedarf": {"ratenschutzAntragsteller1": {"todesfallAbsicherung": {"gewuenscht": true}}}}),
    );
    assert_none(&f, "finanzbedarf.ratenschutzAntragsteller1");
}

#[test]
fn rented_space_fits_the_living_space() {
    let f = check(
        json!({"haushalt": {"immobilien": [{"wohnflaeche": 80, "vermieteteWohnflaeche": 100}, {"wohnflaeche": 80, "vermieteteWohnflaeche": 40}]}}),
    );
    assert_one(
        &f,
        "haushalt.immobilien[0].vermieteteWohnflaeche",
        Severity::Fehler,
        "größer",
    );
    assert_none(&f, "haushalt.immobilien[1].vermieteteWohnflaeche");
}

fn lead(extra: Value) -> Vec<Finding> {
    let mut value = json!({"kundenbetreuer": {"partnerId": "ABC12"}});
    for (k, v) in extra.as_object().unwrap() {
        value[k] = v.clone();
    }
    let lead: drklein::Lead = serde_json::from_str(&value.to_string()).unwrap();
    drklein::validate_on(&lead, today())
}

#[test]
fn drklein_tippgeber_contact_data() {
    let f = lead(
        json!({"tippgeber": {"nachname": "Muster", "email": "kein-at", "telefon": "?", "anrede": "DIVERS"}}),
    );
    assert_one(&f, "tippgeber.email", Severity::Fehler, "E-Mail");
    assert_one(&f, "tippgeber.telefon", Severity::Fehler, "Telefon");
    assert_one(&f, "tippgeber.anrede", Severity::Fehler, "DIVERS");
    let f = lead(json!({"tippgeber": {"vorname": "Max"}}));
    assert_one(&f, "tippgeber.nachname", Severity::Hinweis, "Nachnamen");
    let f = lead(
        json!({"tippgeber": {"nachname": "Muster", "email": "a@b.de", "telefon": "0612-298-xxxx"}}),
    );
    assert!(f.is_empty(), "{f:#?}");
}

#[test]
fn drklein_data_keys_and_vertriebsschluessel() {
    let f = lead(json!({
        "data": [{"key": "a", "value": 1}, {"key": "a", "value": true}, {"value": "x"}, {"key": "b"}],
        "partner": {"vertriebsschlüssel": ""}
    }));
    assert_one(&f, "data[1].key", Severity::Hinweis, "mehrfach");
    assert_one(&f, "data[2].key", Severity::Fehler, "Schlüssel fehlt");
    assert_one(&f, "data[3].value", Severity::Hinweis, "Wert");
    assert_none(&f, "data[0].key");
    assert_one(
        &f,
        "partner.vertriebsschlüssel",
        Severity::Fehler,
        "Vertriebsschlüssel",
    );
    assert!(lead(json!({"partner": {"vertriebsschlüssel": "VS-1"}})).is_empty());
}

#[test]
fn drklein_lead_checks_the_kex_parts_too() {
    let f = lead(json!({"haushalt": {"kontoverbindung": {"iban": "DE89370400440532013001"}}}));
    assert_one(
        &f,
        "haushalt.kontoverbindung.iban",
        Severity::Fehler,
        "Prüfziffer",
    );
    let none: drklein::Lead = serde_json::from_value(json!({})).unwrap();
    assert_one(
        &drklein::validate_on(&none, today()),
        "kundenbetreuer.partnerId",
        Severity::Fehler,
        "Partner-ID",
    );
}

#[test]
fn residence_and_work_permits_in_the_past_have_expired() {
    let f = check(json!({"antragsteller1": {"herkunft": {
        "aufenthaltBefristetBis": "2020-01-01",
        "arbeitserlaubnisVorhanden": false,
        "arbeitserlaubnisBefristetBis": "2030-01-01"
    }}}));
    assert_one(
        &f,
        "antragsteller1.herkunft.aufenthaltBefristetBis",
        Severity::Hinweis,
        "abgelaufen",
    );
    assert_one(
        &f,
        "antragsteller1.herkunft.arbeitserlaubnisBefristetBis",
        Severity::Hinweis,
        "keine Arbeitserlaubnis",
    );
    let f =
        check(json!({"antragsteller1": {"herkunft": {"aufenthaltBefristetBis": "2030-01-01"}}}));
    assert_none(&f, "antragsteller1.herkunft.aufenthaltBefristetBis");
}
