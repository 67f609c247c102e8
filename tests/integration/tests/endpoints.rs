//! Every endpoint of every API on its happy path, with the specs' example bodies typed through
//! the europace models: what is submitted comes back through the export and the GET with the
//! same values.

mod common;

use std::io::Write as _;
use std::sync::{Arc, Mutex};

use base64::Engine as _;
use common::*;
use europace::auth::Impersonation;
use europace::drklein::{Lead, LeadResponse};
use europace::kex_export::client::GraphQlResponse;
use europace::kex_export::model::{Datenkontext, VorgangData};
use europace::kex_import::{Vorgang, VorgangResponse};
use europace::kex_update::upload::UploadProgress;
use europace::kundenangaben::{
    ImportKundenangabenRequest, Kundenangaben, KundenangabenImportResponse,
    UpdateKundenangabenRequest,
};
use serde_json::{Value, json};

fn import_example() -> Vorgang {
    serde_json::from_value(json_bodies("kex-vorgang-import-api.md").remove(0)).unwrap()
}

/// Creates the import spec's example and returns its Vorgangsnummer.
async fn imported(h: &Harness) -> String {
    let answer: VorgangResponse = h
        .kex_import()
        .create_vorgang(&import_example())
        .await
        .unwrap();
    answer.vorgangsnummer.unwrap()
}

/// The export of `nr` as JSON, through the typed model.
async fn exported(h: &Harness, nr: &str) -> Value {
    serde_json::to_value(h.kex_export().vorgang(nr).await.unwrap()).unwrap()
}

#[tokio::test]
async fn kex_import_spec_example_comes_back_through_the_export() {
    let h = Harness::start().await;
    let sent = import_example();
    let answer: VorgangResponse = h.kex_import().create_vorgang(&sent).await.unwrap();
    let spec_answer: VorgangResponse =
        serde_json::from_value(json_bodies("kex-vorgang-import-api.md").remove(1)).unwrap();
    assert_eq!(answer.messages, spec_answer.messages, "nothing was dropped");
    assert!(answer.antragsteller1.unwrap().id.is_some());
    assert_eq!(answer.antragsteller2, None);
    let nr = answer.vorgangsnummer.unwrap();
    assert_eq!(nr.len(), spec_answer.vorgangsnummer.unwrap().len());

    let vorgang = h.kex_export().vorgang(&nr).await.unwrap();
    assert_eq!(vorgang.vorgangsnummer.as_deref(), Some(nr.as_str()));
    assert_eq!(vorgang.datenkontext, Some(Datenkontext::Testumgebung));
    assert_eq!(vorgang.antraege.as_ref().map(Vec::len), Some(1));
    let sent = serde_json::to_value(&sent).unwrap();
    let received = serde_json::to_value(&vorgang).unwrap();
    assert_eq!(differences(&sent, &received, ""), Vec::<String>::new());
    assert_eq!(h.state().vorgaenge[&nr].datenkontext, "TESTUMGEBUNG");
}

/// Every field the export shows that the import takes, with values as the export fixture has
/// them, only in the constellation the import keeps (one Beschäftigung per its Art,
/// `gemeinsamerHaushalt` only for Antragsteller 2).
fn rich_import() -> Value {
    let antragsteller = |gemeinsam: Option<bool>| {
        let mut wohnsituation = json!({
            "anschrift": {"strasse": "Teststr.", "hausnummer": "55", "plz": "10179",
                          "ort": "Berlin", "wohnhaftSeit": "2010-01-01"},
            "wohnart": "ZUR_MIETE", "anzahlPkw": 1, "anzahlPersonenImHaushalt": 3
        });
        if let Some(g) = gemeinsam {
            wohnsituation["gemeinsamerHaushalt"] = json!(g);
        }
        json!({
            "personendaten": {
                "anrede": "HERR", "email": "max.mustermann@example.de",
                "familienstand": "VERHEIRATET", "geburtsdatum": "1980-02-29",
                "geburtsland": "DE", "geburtsort": "Berlin", "geburtsname": "Muster",
                "nachname": "Mustermann", "telefonGeschaeftlich": "030 1234",
                "telefonPrivat": "030 5678", "titel": ["DOKTOR", "PROFESSOR"], "vorname": "Max"
            },
            "wohnsituation": wohnsituation,
            "beschaeftigung": {
                "beschaeftigungsart": "ANGESTELLTER",
                "angestellter": {"beschaeftigungsverhaeltnis": {
                    "arbeitgeber": {"name": "Trisalis AG"}, "befristung": "BEFRISTET",
                    "befristetBis": "2027-12-31", "inProbezeit": false,
                    "beschaeftigtSeit": "2015-04-01", "nettoeinkommenMonatlich": 3250.5
                }}
            },
            "herkunft": {
                "staatsangehoerigkeit": "DE", "steuerId": "12345678901",
                "inDeutschlandSeit": "1980-02-29", "aufenthaltstitel": "NIEDERLASSUNGSERLAUBNIS",
                "aufenthaltBefristetBis": "2030-01-01", "arbeitserlaubnisVorhanden": true
            }
        })
    };
    json!({
        "kundenbetreuer": {"partnerId": "ABC12"},
        "bearbeiter": {"partnerId": "XYZ54"},
        "tippgeber": {"partnerId": "TIP01"},
        "leadquelle": "Leadbridge",
        "eigeneVorgangsnummer": "LB-2026-0042",
        "antragsteller1": antragsteller(None),
        "antragsteller2": antragsteller(Some(true)),
        "haushalt": {
            "kinder": [{"name": "Erika", "gehoertZuAntragsteller": "BEIDE"}],
            "kontoverbindung": {"iban": "DE02120300000000202051", "bic": "BYLADEM1001",
                                "kreditinstitut": "DKB", "gehoertZuAntragsteller": "ANTRAGSTELLER_1"},
            "verbindlichkeiten": {"ratenkredite": [{
                "rateMonatlich": 150.0, "schlussrate": 149.5, "datumLetzteRate": "2028-06-30",
                "restschuld": 4200.1, "urspruenglicherKreditbetrag": 8000,
                "datumErsteZahlung": "2023-07-01", "abloesen": true,
                "iban": "DE02500105170137075030", "kreditinstitut": "ING",
                "gehoertZuAntragsteller": "ANTRAGSTELLER_2", "glaeubiger": "ING-DiBa AG"
            }]}
        },
        "finanzbedarf": {
            "fahrzeugkauf": {"kaufpreis": 23990.0},
            "finanzierungszweck": "FAHRZEUGKAUF",
            "finanzierungswunsch": {"laufzeitInMonaten": 72, "kreditbetrag": 20000, "rateMonatlich": 310.5}
        }
    })
}

#[tokio::test]
async fn every_exported_import_field_comes_back_with_the_same_value() {
    let h = Harness::start().await;
    let typed: Vorgang = serde_json::from_value(rich_import()).unwrap();
    let answer: VorgangResponse = h.kex_import().create_vorgang(&typed).await.unwrap();
    assert_eq!(answer.messages, Some(Vec::new()));
    assert!(answer.antragsteller2.unwrap().id.is_some());
    let received = exported(&h, &answer.vorgangsnummer.unwrap()).await;
    let sent = serde_json::to_value(&typed).unwrap();
    assert_eq!(differences(&sent, &received, ""), Vec::<String>::new());
}

#[tokio::test]
async fn export_spec_example_answers_with_its_values() {
    let h = Harness::start().await;
    let example: GraphQlResponse<VorgangData> =
        serde_json::from_value(json_bodies("kex-vorgang-export-api.md").remove(0)).unwrap();
    let expected = example.data.unwrap().vorgang.unwrap();
    let sent: Vorgang = serde_json::from_value(json!({
        "kundenbetreuer": expected.kundenbetreuer,
        "bearbeiter": expected.bearbeiter,
    }))
    .unwrap();
    let answer: VorgangResponse = h.kex_import().create_vorgang(&sent).await.unwrap();
    let vorgang = h
        .kex_export()
        .vorgang(&answer.vorgangsnummer.unwrap())
        .await
        .unwrap();
    assert_eq!(vorgang.kundenbetreuer, expected.kundenbetreuer);
    assert_eq!(vorgang.bearbeiter, expected.bearbeiter);
}

#[tokio::test]
async fn production_import_is_recorded_as_echtgeschaeft() {
    // The europace clients send `environment=PRODUCTION` only to Europace itself (the
    // environment is Sandbox here), so the marked URL is sent by hand with a client token.
    let h = Harness::start().await;
    let http = reqwest::Client::new();
    let token: Value = http
        .post(format!("{}/token", h.sandbox.urls().auth))
        .basic_auth("sandbox", Some("sandbox"))
        .form(&[
            ("grant_type", "client_credentials"),
            ("scope", "privatkredit:vorgang:schreiben"),
        ])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let created: VorgangResponse = http
        .post(format!(
            "{}/vorgang?environment=PRODUCTION",
            h.sandbox.urls().kex_import
        ))
        .bearer_auth(token["access_token"].as_str().unwrap())
        .json(&import_example())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let nr = created.vorgangsnummer.unwrap();
    assert_eq!(h.state().vorgaenge[&nr].datenkontext, "ECHTGESCHAEFT");
    let vorgang = h.kex_export().vorgang(&nr).await.unwrap();
    assert_eq!(vorgang.datenkontext, Some(Datenkontext::Echtgeschaeft));

    let lead: LeadResponse = http
        .post(format!(
            "{}/vorgang?environment=PRODUCTION",
            h.sandbox.urls().drklein
        ))
        .header("X-Authentication", sandbox::DEFAULT_DRKLEIN_TOKEN)
        .json(&json_bodies("drklein-lead-api.md").remove(0))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let state = h.state();
    assert!(state.drklein_leads[&lead.vorgangs_id.unwrap()].produktion);
    assert_eq!(
        state.vorgaenge[&lead.europace_vorgangsnummer.unwrap()].datenkontext,
        "ECHTGESCHAEFT"
    );
}

#[tokio::test]
async fn impersonation_creates_for_the_subject_who_alone_reads_it() {
    let h = Harness::start().await;
    let acting = h.tokens.acting_for(Impersonation {
        subject: "ABC12".into(),
        actor: "XYZ54".into(),
    });
    let import = europace::kex_import::client::KexImportClient::new(acting.clone());
    let answer: VorgangResponse = import.create_vorgang(&import_example()).await.unwrap();
    let nr = answer.vorgangsnummer.unwrap();
    assert_eq!(h.state().vorgaenge[&nr].owner, "ABC12");
    let export = europace::kex_export::client::KexExportClient::new(acting);
    assert_eq!(
        export.vorgang(&nr).await.unwrap().vorgangsnummer.as_deref(),
        Some(nr.as_str())
    );
    let foreign = h.kex_export().vorgang(&nr).await.unwrap_err();
    assert_error(&foreign, "graphql", europace::error::Outcome::NotProcessed);
}

#[tokio::test]
async fn document_and_comment_spec_examples_are_added() {
    let h = Harness::start().await;
    let nr = imported(&h).await;
    let payloads = curl_payloads("kex-vorgang-update-api.md");
    let dokument = &payloads[0];
    let content = dokument["base64Content"].as_str().unwrap();
    // The spec's example is one character longer than whole base64 quads carry.
    let bytes = base64::engine::general_purpose::STANDARD_NO_PAD
        .decode(&content[..content.len() / 4 * 4])
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("upload.pdf");
    std::fs::write(&path, &bytes).unwrap();
    h.kex_update()
        .upload_dokument(&nr, &path, dokument["filename"].as_str().unwrap(), |_| {})
        .await
        .unwrap();
    let kommentare: Vec<String> = serde_json::from_value(payloads[1].clone()).unwrap();
    h.kex_update()
        .add_kommentare(&nr, &kommentare)
        .await
        .unwrap();

    let vorgang = &h.state().vorgaenge[&nr];
    assert_eq!(vorgang.dokumente.len(), 1);
    assert_eq!(vorgang.dokumente[0].filename, "Test.pdf");
    assert_eq!(vorgang.dokumente[0].groesse, bytes.len());
    let texts: Vec<_> = vorgang.kommentare.iter().map(|k| k.text.as_str()).collect();
    assert_eq!(texts, ["Testkommentar"]);
}

#[tokio::test]
async fn a_20_mb_document_is_streamed_whole() {
    const SIZE: usize = 20 * 1024 * 1024;
    let h = Harness::start().await;
    let nr = imported(&h).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kontoauszug.pdf");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    // Every byte value, so base64 has to carry all of them.
    for i in 0..SIZE / 256 {
        let block: Vec<u8> = (0..=255u8).map(|b| b.wrapping_add(i as u8)).collect();
        file.write_all(&block).unwrap();
    }
    file.into_inner().unwrap().sync_all().unwrap();
    let seen: Arc<Mutex<Vec<UploadProgress>>> = Arc::default();
    let record = Arc::clone(&seen);
    h.kex_update()
        .upload_dokument(&nr, &path, "Kontoauszug.pdf", move |p| {
            record.lock().unwrap().push(p)
        })
        .await
        .unwrap();
    let seen = seen.lock().unwrap();
    // At least one progress event per MiB: streamed in pieces, not sent in one go.
    assert!(seen.len() >= 20, "streamed in pieces: {}", seen.len());
    let last = seen.last().unwrap();
    assert_eq!(last.sent, last.total);
    assert!(last.total > (SIZE as u64) * 4 / 3);
    let dokumente = &h.state().vorgaenge[&nr].dokumente;
    assert_eq!(dokumente.len(), 1);
    assert_eq!(dokumente[0].groesse, SIZE);
}

fn kundenangaben_example() -> ImportKundenangabenRequest {
    serde_json::from_value(json_bodies("kundenangaben-api.md").remove(0)).unwrap()
}

#[tokio::test]
async fn kundenangaben_create_get_replace_and_validate() {
    let h = Harness::start().await;
    let client = h.kundenangaben();
    let request = kundenangaben_example();

    let validated: KundenangabenImportResponse = client.validate(&request).await.unwrap();
    assert!(validated.vorgangsnummer.is_some());
    assert!(
        h.state().kundenangaben.is_empty(),
        "validation stores nothing"
    );

    let created: KundenangabenImportResponse = client.create(&request).await.unwrap();
    let nr = created.vorgangsnummer.unwrap();
    let stored = &h.state().kundenangaben[&nr];
    // The spec's example asks for ECHT_GESCHAEFT; outside Produktion the client sends test mode.
    assert_eq!(stored.import_metadaten["datenkontext"], "TEST_MODUS");
    assert_eq!(
        stored.import_metadaten["externeVorgangsId"],
        "Lead 7c78de13-da02-4bdd-b4b2-c37855abfccc"
    );

    let got: Kundenangaben = client.get(&nr).await.unwrap();
    let sent = serde_json::to_value(request.kundenangaben.as_ref().unwrap()).unwrap();
    let received = serde_json::to_value(&got).unwrap();
    assert_eq!(differences(&sent, &received, ""), Vec::<String>::new());
    let haushalt_id = received["haushalte"][0]["id"].as_str().unwrap().to_owned();
    let kunde_id = received["haushalte"][0]["kunden"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    // The replace example of the spec: its metadata, the body read before with its ids.
    let mut changed = received.clone();
    changed["haushalte"][0]["kunden"][0]["personendaten"]["person"]["vorname"] = json!("Moritz");
    let replace: UpdateKundenangabenRequest = serde_json::from_value(json!({
        "updateMetadaten": {"tippgeber": {"tippgeberPartnerId": "AAV43",
            "tippgeberprovisionswunsch": {"@type": "BETRAG", "betrag": 567.1}}},
        "kundenangaben": changed,
    }))
    .unwrap();
    client.replace(&nr, &replace).await.unwrap();
    let again: Value =
        serde_json::to_value(client.get::<Kundenangaben>(&nr).await.unwrap()).unwrap();
    assert_eq!(differences(&changed, &again, ""), Vec::<String>::new());
    assert_eq!(again["haushalte"][0]["id"], haushalt_id.as_str());
    assert_eq!(again["haushalte"][0]["kunden"][0]["id"], kunde_id.as_str());
    assert_eq!(
        h.state().kundenangaben[&nr]
            .update_metadaten
            .as_ref()
            .unwrap()["tippgeber"]["tippgeberPartnerId"],
        "AAV43"
    );
}

#[tokio::test]
async fn drklein_spec_example_becomes_a_lead_and_a_vorgang() {
    let h = Harness::start().await;
    let example = json_bodies("drklein-lead-api.md");
    let lead: Lead = serde_json::from_value(example[0].clone()).unwrap();
    let spec_answer: LeadResponse = serde_json::from_value(example[1].clone()).unwrap();
    let answer: LeadResponse = h.drklein().create_lead(&lead).await.unwrap();
    assert_eq!(answer.messages, spec_answer.messages);
    let id = answer.vorgangs_id.unwrap();
    let nr = answer.europace_vorgangsnummer.unwrap();

    let state = h.state();
    let stored = &state.drklein_leads[&id];
    assert_eq!(stored.europace_vorgangsnummer, nr);
    assert!(!stored.produktion);
    assert_eq!(stored.tippgeber, example[0]["tippgeber"]);
    assert_eq!(stored.data, example[0]["data"]);
    let texts: Vec<_> = state.vorgaenge[&nr]
        .kommentare
        .iter()
        .map(|k| k.text.as_str())
        .collect();
    assert_eq!(texts, ["Max Mustermann hat 3 Kreditkarten."]);

    // Dr. Klein forwards kundenbetreuer and antragsteller1 to KreditSmart unchanged.
    let received = exported(&h, &nr).await;
    let forwarded = json!({
        "kundenbetreuer": example[0]["kundenbetreuer"],
        "antragsteller1": example[0]["antragsteller1"],
    });
    assert_eq!(differences(&forwarded, &received, ""), Vec::<String>::new());
}

/// The Anträge the sandbox moves through their statuses read into the export model at
/// every step, with their conditions and benötigte Unterlagen.
#[tokio::test]
async fn antraege_read_at_every_status() {
    use europace::kex_export::model::{
        AntragstellerstatusWert, ProduktanbieterstatusWert, Produkttyp,
        ProvisionsforderungsstatusWert,
    };
    let h = Harness::start().await;
    let typed: Vorgang = serde_json::from_value(rich_import()).unwrap();
    let answer: VorgangResponse = h.kex_import().create_vorgang(&typed).await.unwrap();
    let nr = answer.vorgangsnummer.unwrap();
    let antrag = || async {
        let mut antraege = h.kex_export().vorgang(&nr).await.unwrap().antraege.unwrap();
        assert_eq!(antraege.len(), 1);
        antraege.remove(0)
    };

    let beantragt = antrag().await;
    assert_eq!(
        beantragt.antragstellerstatus.unwrap().status,
        Some(AntragstellerstatusWert::Beantragt)
    );
    assert_eq!(beantragt.produkttyp, Some(Produkttyp::Ratenkredit));
    assert_eq!(beantragt.benoetigte_unterlagen.unwrap().len(), 3);
    let konditionen = beantragt.gesamtkonditionen.unwrap();
    assert_eq!(konditionen.laufzeit_in_monaten, Some(72));
    assert_eq!(
        konditionen.nettokreditbetrag,
        Some(rust_decimal::Decimal::from(20000))
    );
    assert!(beantragt.angenommen_am.is_none());

    h.sandbox.advance_antraege(&nr).unwrap();
    let unterschrieben = antrag().await;
    assert_eq!(
        unterschrieben.antragstellerstatus.unwrap().status,
        Some(AntragstellerstatusWert::Unterschrieben)
    );
    h.sandbox.advance_antraege(&nr).unwrap();
    let angenommen = antrag().await;
    let anbieter = angenommen.produktanbieterstatus.unwrap();
    assert_eq!(
        anbieter.status,
        Some(ProduktanbieterstatusWert::Unterschrieben)
    );
    assert_eq!(angenommen.angenommen_am, anbieter.letzte_aenderung_am);
    assert!(angenommen.produktanbieterantragsnummer.is_some());
    h.sandbox.advance_antraege(&nr).unwrap();
    let ausgezahlt = antrag().await;
    assert_eq!(
        ausgezahlt.provisionsforderungsstatus.unwrap().status,
        Some(ProvisionsforderungsstatusWert::VollstaendigAusgezahlt)
    );
    assert!(h.sandbox.advance_antraege(&nr).is_err());
}
