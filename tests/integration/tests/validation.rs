//! The europace validation predicts what the sandbox's import drops: every value the import
//! reports as ignored was named by a finding before sending.

mod common;

use common::*;
use europace::kex_import::VorgangResponse;
use serde_json::json;

#[tokio::test]
async fn every_value_the_import_drops_was_predicted() {
    let h = Harness::start().await;
    let body = json!({
        "kundenbetreuer": {"partnerId": "ABC12"},
        "antragsteller1": {
            "personendaten": {"vorname": "Max", "geburtsdatum": "01.01.1980", "anrede": "DIVERS",
                              "titel": ["DOKTOR", "GRAF"]},
            "wohnsituation": {"gemeinsamerHaushalt": true, "anzahlPkw": "zwei"},
            "beschaeftigung": {"beschaeftigungsart": "RENTNER",
                               "rentner": {"staatlicheRenteMonatlich": 1200},
                               "angestellter": {"beschaeftigungsverhaeltnis": {"berufsbezeichnung": "Koch"}}}
        },
        "finanzbedarf": {"finanzierungszweck": "FREIE_VERWENDUNG",
                         "fahrzeugkauf": {"kaufpreis": 1000}}
    });
    let findings = europace::kex_import::validate_json(&body.to_string());
    let answer: VorgangResponse = h.kex_import().create_vorgang(&body).await.unwrap();
    let messages = answer.messages.unwrap();
    assert_eq!(messages.len(), 7, "{messages:#?}");
    let unpredicted: Vec<_> = messages
        .iter()
        .filter(|m| {
            let path = m.split(':').next().unwrap();
            !findings.iter().any(|f| f.path == path)
        })
        .collect();
    assert!(
        unpredicted.is_empty(),
        "dropped without a finding: {unpredicted:#?}\nfindings: {findings:#?}"
    );
}

/// The Kundenangaben API drops unknown properties and enum values silently; the validation
/// names each one the sandbox dropped.
#[tokio::test]
async fn every_value_kundenangaben_drops_silently_was_predicted() {
    let h = Harness::start().await;
    let mut body = json_bodies("kundenangaben-api.md").remove(0);
    let kunde = &mut body["kundenangaben"]["haushalte"][0]["kunden"][0];
    kunde["persondendaten"] = kunde["personendaten"].clone();
    kunde["personendaten"]["person"]["anrede"] = json!("DIVERS");
    let findings = europace::kundenangaben::validate_json(&body.to_string());
    let created: serde_json::Value = h.kundenangaben().create(&body).await.unwrap();
    let nr = created["vorgangsnummer"].as_str().unwrap();
    let got: serde_json::Value = h.kundenangaben().get(nr).await.unwrap();
    let kunde = &got["haushalte"][0]["kunden"][0];
    assert!(kunde.get("persondendaten").is_none());
    assert!(kunde["personendaten"]["person"].get("anrede").is_none());
    for dropped in [
        "kundenangaben.haushalte[0].kunden[0].persondendaten",
        "kundenangaben.haushalte[0].kunden[0].personendaten.person.anrede",
    ] {
        assert!(
            findings.iter().any(|f| f.path == dropped),
            "{dropped} dropped without a finding: {findings:#?}"
        );
    }
}
