//! One test per validation rule: the spec's create example, changed in one place, must give a
//! finding at exactly that place.

mod kundenangaben_common;

use europace::finding::{Finding, Severity};
use europace::kundenangaben::{
    Anrede, Bankverbindung, ImportKundenangabenRequest, ImportMetadaten, Kundenangaben,
    UpdateKundenangabenRequest, validate, validate_json, validate_replace,
};
use serde_json::{Value, json};

const KUNDE: &str = "kundenangaben.haushalte[0].kunden[0]";

fn example() -> Value {
    let examples = kundenangaben_common::kundenangaben_examples();
    serde_json::from_str(&examples[0].text).unwrap()
}

fn kunde(body: &mut Value) -> &mut Value {
    &mut body["kundenangaben"]["haushalte"][0]["kunden"][0]
}

fn findings_after(change: impl FnOnce(&mut Value)) -> Vec<Finding> {
    let mut body = example();
    change(&mut body);
    validate_json(&body.to_string())
}

/// The one finding at `path`, which must have `severity`.
fn at(findings: &[Finding], path: &str, severity: Severity) -> Finding {
    let found: Vec<&Finding> = findings.iter().filter(|f| f.path == path).collect();
    assert_eq!(
        found.len(),
        1,
        "one finding at {path} expected: {findings:#?}"
    );
    assert_eq!(found[0].severity, severity, "{:#?}", found[0]);
    found[0].clone()
}

#[test]
fn the_example_has_no_fehler_to_begin_with() {
    let findings = findings_after(|_| {});
    assert!(
        findings.iter().all(|f| f.severity == Severity::Hinweis),
        "{findings:#?}"
    );
}

#[test]
fn typo_in_a_property_names_the_property_meant() {
    let findings = findings_after(|body| {
        let kunde = kunde(body).as_object_mut().unwrap();
        let personendaten = kunde.remove("personendaten").unwrap();
        kunde.insert("persondendaten".into(), personendaten);
    });
    let finding = at(
        &findings,
        &format!("{KUNDE}.persondendaten"),
        Severity::Fehler,
    );
    assert!(
        finding.message.contains("Meinten Sie `personendaten`?"),
        "{}",
        finding.message
    );
    assert!(
        finding.message.contains("5 Angaben verloren"),
        "{}",
        finding.message
    );
}

#[test]
fn personen_instead_of_kunden_is_a_fehler_that_counts_the_loss() {
    let findings = findings_after(|body| {
        let haushalt = body["kundenangaben"]["haushalte"][0]
            .as_object_mut()
            .unwrap();
        let kunden = haushalt.remove("kunden").unwrap();
        haushalt.insert("personen".into(), kunden);
    });
    let finding = at(
        &findings,
        "kundenangaben.haushalte[0].personen",
        Severity::Fehler,
    );
    assert!(
        finding.message.contains("19 Angaben verloren"),
        "{}",
        finding.message
    );
}

#[test]
fn a_body_that_is_no_object_or_no_json_is_a_fehler() {
    for text in ["[]", "\"text\"", "{\"importMetadaten\": "] {
        let findings = validate_json(text);
        assert_eq!(findings.len(), 1, "{text}: {findings:#?}");
        at(&findings, "", Severity::Fehler);
    }
}

#[test]
fn german_date_is_dropped_and_the_iso_form_suggested() {
    let findings = findings_after(|body| {
        kunde(body)["personendaten"]["geburtsdatum"] = json!("21.07.1988");
    });
    let finding = at(
        &findings,
        &format!("{KUNDE}.personendaten.geburtsdatum"),
        Severity::Fehler,
    );
    assert!(
        finding.message.contains("`1988-07-21`"),
        "{}",
        finding.message
    );
}

#[test]
fn number_as_text_is_dropped() {
    let findings = findings_after(|body| {
        body["kundenangaben"]["finanzierungsbedarf"]["finanzierungszweck"]["kaufpreis"] =
            json!("358000");
    });
    at(
        &findings,
        "kundenangaben.finanzierungsbedarf.finanzierungszweck.kaufpreis",
        Severity::Fehler,
    );
}

#[test]
fn unknown_enum_value_is_dropped() {
    let findings = findings_after(|body| {
        kunde(body)["personendaten"]["person"]["anrede"] = json!("HERRN");
    });
    let finding = at(
        &findings,
        &format!("{KUNDE}.personendaten.person.anrede"),
        Severity::Fehler,
    );
    assert!(
        finding.message.contains("HERR, FRAU"),
        "{}",
        finding.message
    );
}

#[test]
fn unknown_type_drops_the_object() {
    let findings = findings_after(|body| {
        kunde(body)["finanzielles"]["beschaeftigung"]["@type"] = json!("ANGESTELLTE");
    });
    let finding = at(
        &findings,
        &format!("{KUNDE}.finanzielles.beschaeftigung.@type"),
        Severity::Fehler,
    );
    assert!(
        finding.message.contains("ANGESTELLTER"),
        "{}",
        finding.message
    );
}

#[test]
fn missing_type_is_a_fehler() {
    let findings = findings_after(|body| {
        kunde(body)["finanzielles"]["beschaeftigung"]
            .as_object_mut()
            .unwrap()
            .remove("@type");
    });
    at(
        &findings,
        &format!("{KUNDE}.finanzielles.beschaeftigung.@type"),
        Severity::Fehler,
    );
}

#[test]
fn required_fields_are_named() {
    let findings = findings_after(|body| {
        kunde(body).as_object_mut().unwrap().remove("referenzId");
        body["importMetadaten"]
            .as_object_mut()
            .unwrap()
            .remove("datenkontext");
    });
    at(&findings, &format!("{KUNDE}.referenzId"), Severity::Fehler);
    at(&findings, "importMetadaten.datenkontext", Severity::Fehler);
}

#[test]
fn at_most_two_kunden_per_haushalt() {
    let findings = findings_after(|body| {
        let kunde = kunde(body).clone();
        let kunden = body["kundenangaben"]["haushalte"][0]["kunden"]
            .as_array_mut()
            .unwrap();
        for n in 2..=3 {
            let mut other = kunde.clone();
            other["referenzId"] = json!(format!("jsonRef{n}"));
            kunden.push(other);
        }
    });
    let finding = at(
        &findings,
        "kundenangaben.haushalte[0].kunden",
        Severity::Fehler,
    );
    assert!(
        finding.message.contains("Höchstens 2"),
        "{}",
        finding.message
    );
}

#[test]
fn plz_must_have_five_digits() {
    let findings = findings_after(|body| {
        kunde(body)["wohnsituation"]["anschrift"]["plz"] = json!("1017");
    });
    at(
        &findings,
        &format!("{KUNDE}.wohnsituation.anschrift.plz"),
        Severity::Fehler,
    );
}

#[test]
fn amounts_are_not_negative() {
    let findings = findings_after(|body| {
        kunde(body)["finanzielles"]["einkommenNetto"] = json!(-4825);
    });
    at(
        &findings,
        &format!("{KUNDE}.finanzielles.einkommenNetto"),
        Severity::Fehler,
    );
}

#[test]
fn iban_checksum_is_checked() {
    let path = "kundenangaben.bankverbindung.iban";
    let valid = findings_after(|body| {
        body["kundenangaben"]["bankverbindung"] = json!({ "iban": "DE89370400440532013000" });
    });
    assert!(valid.iter().all(|f| f.path != path), "{valid:#?}");
    let findings = findings_after(|body| {
        body["kundenangaben"]["bankverbindung"] = json!({ "iban": "DE89370400440532013001" });
    });
    let finding = at(&findings, path, Severity::Fehler);
    assert!(
        finding.message.contains("Prüfziffer"),
        "{}",
        finding.message
    );
}

#[test]
fn email_and_phone_have_their_form() {
    let findings = findings_after(|body| {
        kunde(body)["kontakt"]["email"] = json!("max.mustermann(at)europace.de");
        kunde(body)["kontakt"]["telefonnummer"]["nummer"] = json!("42O86O");
    });
    at(
        &findings,
        &format!("{KUNDE}.kontakt.email"),
        Severity::Fehler,
    );
    at(
        &findings,
        &format!("{KUNDE}.kontakt.telefonnummer.nummer"),
        Severity::Fehler,
    );
}

#[test]
fn birth_lies_in_the_past() {
    let findings = findings_after(|body| {
        kunde(body)["personendaten"]["geburtsdatum"] = json!("2999-01-01");
    });
    at(
        &findings,
        &format!("{KUNDE}.personendaten.geburtsdatum"),
        Severity::Fehler,
    );
}

#[test]
fn seit_dates_do_not_lie_before_birth() {
    let findings = findings_after(|body| {
        let kunde = kunde(body);
        kunde["personendaten"]["geburtsdatum"] = json!("1988-07-21");
        kunde["wohnsituation"]["wohnhaftSeit"] = json!("1980-01-01");
        kunde["finanzielles"]["beschaeftigung"]["beschaeftigungsverhaeltnis"]["beschaeftigtSeit"] =
            json!("1987-01-01");
        kunde["personendaten"]["nichtEuBuerger"] = json!({ "inDeutschlandSeit": "1988-07-20" });
    });
    at(
        &findings,
        &format!("{KUNDE}.wohnsituation.wohnhaftSeit"),
        Severity::Fehler,
    );
    at(
        &findings,
        &format!("{KUNDE}.finanzielles.beschaeftigung.beschaeftigungsverhaeltnis.beschaeftigtSeit"),
        Severity::Fehler,
    );
    at(
        &findings,
        &format!("{KUNDE}.personendaten.nichtEuBuerger.inDeutschlandSeit"),
        Severity::Fehler,
    );
}

#[test]
fn taetig_seit_of_the_self_employed_does_not_lie_before_birth() {
    let findings = findings_after(|body| {
        let kunde = kunde(body);
        kunde["personendaten"]["geburtsdatum"] = json!("1988-07-21");
        kunde["finanzielles"]["beschaeftigung"] =
            json!({ "@type": "SELBSTSTAENDIGER", "taetigkeit": { "taetigSeit": "1970-01-01" } });
    });
    at(
        &findings,
        &format!("{KUNDE}.finanzielles.beschaeftigung.taetigkeit.taetigSeit"),
        Severity::Fehler,
    );
}

#[test]
fn wohnhaft_seit_at_most_sixty_days_ahead() {
    let findings = findings_after(|body| {
        kunde(body)["wohnsituation"]["wohnhaftSeit"] = json!("2999-01-01");
    });
    at(
        &findings,
        &format!("{KUNDE}.wohnsituation.wohnhaftSeit"),
        Severity::Fehler,
    );
}

#[test]
fn expired_residence_title_is_a_hinweis_and_a_longer_work_permit_too() {
    let findings = findings_after(|body| {
        kunde(body)["personendaten"]["nichtEuBuerger"] = json!({
            "aufenthaltstitel": {
                "@type": "VISUM",
                "befristetBis": "2001-01-01",
                "arbeitserlaubnis": { "@type": "ARBEITSERLAUBNIS_VORHANDEN", "befristetBis": "2002-01-01" }
            }
        });
    });
    let titel = format!("{KUNDE}.personendaten.nichtEuBuerger.aufenthaltstitel");
    at(
        &findings,
        &format!("{titel}.befristetBis"),
        Severity::Hinweis,
    );
    let erlaubnis: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.path == format!("{titel}.arbeitserlaubnis.befristetBis"))
        .collect();
    assert_eq!(
        erlaubnis.len(),
        2,
        "expired and longer than the title: {findings:#?}"
    );
    assert!(erlaubnis.iter().all(|f| f.severity == Severity::Hinweis));
}

#[test]
fn zinsbindung_span_is_ordered() {
    let findings = findings_after(|body| {
        let zinsbindung = &mut body["kundenangaben"]["finanzierungsbedarf"]["praeferenzen"]["finanzierungsdetailspraeferenzen"]
            ["zinsbindung"];
        zinsbindung["vonJahre"] = json!(20);
    });
    at(
        &findings,
        "kundenangaben.finanzierungsbedarf.praeferenzen.finanzierungsdetailspraeferenzen.zinsbindung.bisJahre",
        Severity::Fehler,
    );
}

#[test]
fn rate_span_is_ordered() {
    let findings = findings_after(|body| {
        body["kundenangaben"]["finanzierungsbedarf"]["praeferenzen"]["finanzierungsdetailspraeferenzen"]
            ["ratenhoehe"] = json!({ "@type": "RATENSPANNE", "von": 1200, "bis": 900 });
    });
    at(
        &findings,
        "kundenangaben.finanzierungsbedarf.praeferenzen.finanzierungsdetailspraeferenzen.ratenhoehe.bis",
        Severity::Fehler,
    );
}

#[test]
fn referenz_ids_are_unique_and_references_resolve() {
    let findings = findings_after(|body| {
        let kunde = kunde(body).clone();
        body["kundenangaben"]["haushalte"][0]["kunden"]
            .as_array_mut()
            .unwrap()
            .push(kunde);
        body["kundenangaben"]["bankverbindung"] =
            json!({ "kundenreferenzIdsDerKontoinhaber": ["jsonRef1", "jsonRef9"] });
    });
    at(
        &findings,
        "kundenangaben.haushalte[0].kunden[1].referenzId",
        Severity::Fehler,
    );
    at(
        &findings,
        "kundenangaben.bankverbindung.kundenreferenzIdsDerKontoinhaber[1]",
        Severity::Fehler,
    );
    assert!(
        !findings
            .iter()
            .any(|f| f.path.ends_with("kundenreferenzIdsDerKontoinhaber[0]"))
    );
}

#[test]
fn ids_on_create_are_ignored() {
    let findings = findings_after(|body| {
        kunde(body)["id"] = json!("65c388f1d087ea4f0edd01a1");
    });
    at(&findings, &format!("{KUNDE}.id"), Severity::Hinweis);
}

fn replace_body() -> UpdateKundenangabenRequest {
    let create: ImportKundenangabenRequest = serde_json::from_value(example()).unwrap();
    UpdateKundenangabenRequest {
        kundenangaben: create.kundenangaben,
        update_metadaten: Some(Default::default()),
    }
}

#[test]
fn replace_without_ids_creates_anew() {
    let findings = validate(&replace_body());
    at(
        &findings,
        "kundenangaben.haushalte[0].id",
        Severity::Hinweis,
    );
    at(&findings, &format!("{KUNDE}.id"), Severity::Hinweis);
}

#[test]
fn replace_against_the_vorgang_needs_its_ids() {
    let mut bestand = replace_body().kundenangaben.unwrap();
    let haushalt = &mut bestand.haushalte.as_mut().unwrap()[0];
    haushalt.id = Some("65c388f13e1fd44cbadab021".into());
    haushalt.kunden.as_mut().unwrap()[0].id = Some("65c388f1d087ea4f0edd01a1".into());

    let mut body = replace_body();
    body.kundenangaben = Some(bestand.clone());
    assert!(
        validate_replace(&body, &bestand)
            .iter()
            .all(|f| f.severity == Severity::Hinweis)
    );

    let haushalt = &mut body
        .kundenangaben
        .as_mut()
        .unwrap()
        .haushalte
        .as_mut()
        .unwrap()[0];
    haushalt.id = Some("selbst-vergeben".into());
    haushalt.kunden.as_mut().unwrap()[0].id = None;
    let findings = validate_replace(&body, &bestand);
    let unknown = at(&findings, "kundenangaben.haushalte[0].id", Severity::Fehler);
    assert!(
        unknown.message.contains("selbst-vergeben"),
        "{}",
        unknown.message
    );
    let missing = at(&findings, &format!("{KUNDE}.id"), Severity::Fehler);
    assert!(
        missing.message.contains("65c388f1d087ea4f0edd01a1"),
        "{}",
        missing.message
    );
}

#[test]
fn typed_bodies_are_checked_like_json() {
    let body = ImportKundenangabenRequest {
        import_metadaten: Some(ImportMetadaten::default()),
        kundenangaben: Some(Kundenangaben {
            bankverbindung: Some(Bankverbindung {
                iban: Some("DE00 1234".into()),
                ..Default::default()
            }),
            ..Default::default()
        }),
    };
    let findings = validate(&body);
    at(&findings, "importMetadaten.datenkontext", Severity::Fehler);
    at(
        &findings,
        "kundenangaben.bankverbindung.iban",
        Severity::Fehler,
    );

    let mut body: ImportKundenangabenRequest = serde_json::from_value(example()).unwrap();
    let kunden = body
        .kundenangaben
        .as_mut()
        .unwrap()
        .haushalte
        .as_mut()
        .unwrap()[0]
        .kunden
        .as_mut()
        .unwrap();
    kunden[0]
        .personendaten
        .as_mut()
        .unwrap()
        .person
        .as_mut()
        .unwrap()
        .anrede = Some(Anrede::Unknown("HERRN".into()));
    at(
        &validate(&body),
        &format!("{KUNDE}.personendaten.person.anrede"),
        Severity::Fehler,
    );
}

#[test]
fn lender_details_that_do_not_fit_the_employment_are_a_hinweis() {
    let findings = findings_after(|body| {
        let kunde = kunde(body);
        kunde["finanzielles"]["beschaeftigung"] = json!({ "@type": "RENTNER" });
        kunde["zusatzangaben"] = json!({ "zusatzangabenProProduktanbieter": [
            { "@type": "ZUSATZANGABEN_KUNDE_DSL", "beschaeftigungImOeffentlichenDienst": true },
            { "@type": "ZUSATZANGABEN_KUNDE_ING", "branche": "HANDEL" },
            { "@type": "ZUSATZANGABEN_KUNDE_MHB", "branche": "HANDEL" }
        ] });
    });
    let zusatz = format!("{KUNDE}.zusatzangaben.zusatzangabenProProduktanbieter");
    at(
        &findings,
        &format!("{zusatz}[0].beschaeftigungImOeffentlichenDienst"),
        Severity::Hinweis,
    );
    at(
        &findings,
        &format!("{zusatz}[1].branche"),
        Severity::Hinweis,
    );
    at(
        &findings,
        &format!("{zusatz}[2].branche"),
        Severity::Hinweis,
    );

    let fitting = findings_after(|body| {
        kunde(body)["zusatzangaben"] = json!({ "zusatzangabenProProduktanbieter": [
            { "@type": "ZUSATZANGABEN_KUNDE_DSL", "beschaeftigungImOeffentlichenDienst": true }
        ] });
    });
    assert!(
        !fitting.iter().any(|f| f.path.starts_with(&zusatz)),
        "{fitting:#?}"
    );
}

#[test]
fn one_wunschparameter_per_kind() {
    let findings = findings_after(|body| {
        let bausteine = &mut body["kundenangaben"]["finanzierungsbedarf"]["finanzierungsbausteine"];
        bausteine.as_array_mut().unwrap().push(json!({
            "@type": "BAUSPARDARLEHEN",
            "wunschparameter": [
                { "@type": "BAUSPARSUMME", "betrag": 50000 },
                { "@type": "BAUSPARSUMME", "betrag": 60000 }
            ]
        }));
    });
    at(
        &findings,
        "kundenangaben.finanzierungsbedarf.finanzierungsbausteine[1].wunschparameter[1]",
        Severity::Fehler,
    );
}
