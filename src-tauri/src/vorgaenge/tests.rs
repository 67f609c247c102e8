//! The Vorgänge service against a real sandbox: every status the export spec lists, unknown
//! fields and enum values, every error, and the last answer kept for offline use.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use europace::auth::TokenProvider;
use europace::kex_export::client::KexExportClient;
use europace::kex_import::VorgangResponse;
use europace::kex_import::client::KexImportClient;
use sandbox::{ClientConfig, FaultKind, FaultRule, RunningSandbox};
use serde_json::{Value, json};
use store::{DraftKey, Environment, Store};

use crate::test_state;

use super::abruf::{VorgangAbruf, abrufen, gesehen};
use super::liste::liste;
use crate::europace_fehler::EuropaceFehlercode;

const LEAD: &str = include_str!("../../../crates/cli/tests/fixtures/kex-import-spec-beispiel.json");
const READ_ONLY: &str = "nur-lesen";
const WRITE_ONLY: &str = "nur-schreiben";
pub(crate) const ENV: Environment = Environment::Sandbox;

pub(crate) struct Harness {
    pub(crate) sandbox: RunningSandbox,
    pub(crate) store: Arc<Mutex<Store>>,
    _dir: tempfile::TempDir,
}

fn client_config(id: &str, scopes: &[&str]) -> ClientConfig {
    ClientConfig {
        client_id: id.to_owned(),
        client_secret: id.to_owned(),
        scopes: scopes.iter().map(|s| (*s).to_owned()).collect(),
    }
}

impl Harness {
    pub(crate) async fn start() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let mut config = sandbox::Config {
            state_file: Some(dir.path().join("sandbox.json")),
            ..Default::default()
        };
        config
            .clients
            .push(client_config(READ_ONLY, &["privatkredit:vorgang:lesen"]));
        config.clients.push(client_config(
            WRITE_ONLY,
            &["privatkredit:vorgang:schreiben"],
        ));
        let sandbox = sandbox::start(config).await.unwrap();
        let store = Store::open(
            dir.path().join("drafts.sqlite"),
            &DraftKey::generate().unwrap(),
        )
        .unwrap();
        Self {
            sandbox,
            store: Arc::new(Mutex::new(store)),
            _dir: dir,
        }
    }

    pub(crate) fn tokens(&self, id: &str, secret: &str, request: Duration) -> TokenProvider {
        test_state::sandbox_tokens(&self.sandbox, "vorgaenge-test", id, secret, request)
    }

    pub(crate) fn client(&self) -> KexExportClient {
        KexExportClient::new(self.tokens("sandbox", "sandbox", Duration::from_secs(10)))
    }

    pub(crate) async fn new_vorgang(&self) -> String {
        let lead: Value = serde_json::from_str(LEAD).unwrap();
        let created: VorgangResponse =
            KexImportClient::new(self.tokens("sandbox", "sandbox", Duration::from_secs(10)))
                .create_vorgang(&lead)
                .await
                .unwrap();
        created.vorgangsnummer.unwrap()
    }

    async fn read(&self, nr: &str) -> VorgangAbruf {
        abrufen(Ok(self.client()), &self.store, ENV, nr).await
    }

    async fn read_with(&self, client: KexExportClient, nr: &str) -> VorgangAbruf {
        abrufen(Ok(client), &self.store, ENV, nr).await
    }

    /// `fault` on the next `times` export requests.
    pub(crate) fn fault(&self, fault: FaultKind, times: u64) {
        self.sandbox.set_faults(
            vec![FaultRule {
                route: "/kreditsmart/kex/vorgaenge".to_owned(),
                method: Some("POST".to_owned()),
                fault,
                probability: None,
                every_nth: None,
                times: Some(times),
            }],
            Some(3),
        );
    }
}

fn antrag(nr: &str, n: usize, kunde: &str, bank: &str) -> Value {
    json!({
        "antragsnummer": format!("{nr}/1/{n}"),
        "antragstellerstatus": { "status": kunde, "letzteAenderungAm": "2026-12-03T10:00:00.000" },
        "produktanbieterstatus": { "status": bank, "letzteAenderungAm": "2026-12-03T10:00:00.000", "kommentar": "Bitte Unterlagen nachreichen" },
        "produkttyp": "RATENKREDIT",
        "ratenkredit": { "produktanbieterId": format!("BANK{n}"), "produktbezeichnung": format!("Kredit {n}"), "produktart": "RATENKREDIT" },
        "gesamtkonditionen": { "nettokreditbetrag": 10000.00, "laufzeitInMonaten": 48, "monatlicheRate": 234.56, "sollzins": 4.79, "effektivzins": 4.9 },
        "benoetigteUnterlagen": [{ "unterlage": "Gehaltsnachweis" }]
    })
}

fn fehler(abruf: &VorgangAbruf) -> EuropaceFehlercode {
    let fehler = abruf.fehler.as_ref().unwrap_or_else(|| panic!("{abruf:?}"));
    assert!(
        fehler
            .trace_id
            .as_deref()
            .is_some_and(|t| t.starts_with("vorgaenge-test")),
        "every error names the request's trace id: {fehler:?}"
    );
    fehler.code
}

#[tokio::test]
async fn every_status_the_spec_lists_reads_german() {
    let h = Harness::start().await;
    let nr = h.new_vorgang().await;
    let kunde = [
        "BEANTRAGT",
        "UNTERSCHRIEBEN",
        "NICHT_ANGENOMMEN",
        "WIDERRUFEN",
    ];
    let bank = [
        "NICHT_BEARBEITET",
        "UNTERSCHRIEBEN",
        "ABGELEHNT",
        "AUTOMATISCH_ABGELEHNT",
        "ZURUECKGESTELLT",
    ];
    for (i, bank) in bank.iter().enumerate() {
        let n = i + 2;
        h.sandbox
            .add_antrag(&nr, antrag(&nr, n, kunde[i % kunde.len()], bank))
            .unwrap();
    }
    let abruf = h.read(&nr).await;
    assert!(abruf.fehler.is_none(), "{abruf:?}");
    assert!(abruf.aktuell);
    let view = abruf.ansicht.unwrap();
    assert_eq!(view.antraege.len(), 6);
    let banks: Vec<&str> = view
        .antraege
        .iter()
        .map(|a| a.produktanbieterstatus.as_str())
        .collect();
    assert_eq!(
        view.status,
        "2 × noch nicht bearbeitet, 1 × von der Bank unterschrieben, 1 × abgelehnt, \
         1 × automatisch abgelehnt, 1 × zurückgestellt"
    );
    assert_eq!(
        banks,
        [
            "noch nicht bearbeitet",
            "noch nicht bearbeitet",
            "von der Bank unterschrieben",
            "abgelehnt",
            "automatisch abgelehnt",
            "zurückgestellt"
        ]
    );
    let kunden: Vec<&str> = view
        .antraege
        .iter()
        .map(|a| a.antragstellerstatus.as_str())
        .collect();
    assert_eq!(
        kunden[1..],
        [
            "beantragt",
            "vom Kunden unterschrieben",
            "nicht angenommen",
            "widerrufen",
            "beantragt"
        ]
    );
    let second = &view.antraege[1];
    assert_eq!(second.produktanbieter, "BANK2");
    let sollzins = second
        .konditionen
        .iter()
        .find(|k| k.label == "Sollzins")
        .unwrap();
    assert_eq!(sollzins.value, "4,79 %");
    assert_eq!(second.unterlagen[0].text, "Gehaltsnachweis");
    let status = view
        .kopf
        .iter()
        .find(|k| k.label == "Vorgangsstatus")
        .unwrap();
    assert_eq!(status.value, "Aktiv");

    // The Vorgang archived, the commission paid: the remaining values the spec lists.
    h.sandbox
        .set_export_extras(
            &nr,
            Some(json!({
                "vorgangsstatus": { "status": "ARCHIVIERT" },
                "antraege": [{ "provisionsforderungsstatus": { "status": "VOLLSTAENDIG_AUSGEZAHLT" } }]
            })),
        )
        .unwrap();
    let view = h.read(&nr).await.ansicht.unwrap();
    let value = |label: &str, list: &[super::ansicht::Angabe]| {
        list.iter()
            .find(|k| k.label == label)
            .map(|k| (k.value.clone(), k.changed))
    };
    assert_eq!(
        value("Vorgangsstatus", &view.kopf),
        Some(("Archiviert".to_owned(), true))
    );
    assert_eq!(
        value("Provision", &view.antraege[0].angaben),
        Some(("vollständig ausgezahlt".to_owned(), true))
    );
}

#[tokio::test]
async fn unknown_fields_and_enum_values_are_shown_raw() {
    let h = Harness::start().await;
    let nr = h.new_vorgang().await;
    h.sandbox
        .set_export_extras(
            &nr,
            Some(json!({
                "prioritaet": "DRINGEND",
                "kanal": { "name": "App", "version": 2 },
                "antraege": [{ "produktanbieterstatus": { "status": "IN_PRUEFUNG" }, "zinsbindung": 12 }]
            })),
        )
        .unwrap();
    let abruf = h.read(&nr).await;
    assert!(abruf.fehler.is_none(), "{abruf:?}");
    let view = abruf.ansicht.unwrap();
    assert_eq!(view.antraege[0].produktanbieterstatus, "IN_PRUEFUNG");
    let prioritaet = view.kopf.iter().find(|k| k.label == "Priorität").unwrap();
    assert_eq!(prioritaet.value, "DRINGEND");
    let unbekannt: Vec<(&str, &str)> = view
        .unbekannt
        .iter()
        .map(|u| (u.label.as_str(), u.value.as_str()))
        .collect();
    assert_eq!(
        unbekannt,
        [
            ("antraege[0].zinsbindung", "12"),
            ("kanal", r#"{"name":"App","version":2}"#)
        ]
    );
}

#[tokio::test]
async fn changes_are_marked_until_the_user_has_looked() {
    let h = Harness::start().await;
    let nr = h.new_vorgang().await;
    let first = h.read(&nr).await.ansicht.unwrap();
    assert!(
        !super::abruf::has_news(&first),
        "nothing is new at first sight"
    );
    h.sandbox.advance_antraege(&nr).unwrap();
    let second = h.read(&nr).await.ansicht.unwrap();
    assert!(second.antraege[0].status_changed);
    let listed = liste(&h.store, ENV).unwrap();
    assert!(listed[0].news, "{listed:?}");
    assert_eq!(listed[0].status.as_deref(), Some("noch nicht bearbeitet"));
    gesehen(&h.store, ENV, &nr).unwrap();
    let third = h.read(&nr).await.ansicht.unwrap();
    assert!(!third.antraege[0].status_changed);
    assert!(!liste(&h.store, ENV).unwrap()[0].news);
}

#[tokio::test]
async fn a_number_is_read_as_europace_writes_it() {
    let h = Harness::start().await;
    let nr = h.new_vorgang().await;
    let pasted = format!("  {} ", nr.to_lowercase());
    let abruf = h.read(&pasted).await;
    assert_eq!(abruf.vorgangsnummer, nr);
    assert!(abruf.fehler.is_none(), "{abruf:?}");
    let abruf = h.read("AB 12/34").await;
    assert_eq!(abruf.fehler.unwrap().code, EuropaceFehlercode::Eingabe);
}

#[tokio::test]
async fn every_error_keeps_its_code_and_trace_id_and_the_last_answer() {
    let h = Harness::start().await;
    let nr = h.new_vorgang().await;
    let fresh = h.read(&nr).await;
    assert!(fresh.fehler.is_none());

    // 401: a wrong secret.
    let wrong = KexExportClient::new(h.tokens("sandbox", "falsch", Duration::from_secs(10)));
    let abruf = h.read_with(wrong, &nr).await;
    assert_eq!(fehler(&abruf), EuropaceFehlercode::NichtAngemeldet);
    assert_eq!(
        abruf.ansicht, fresh.ansicht,
        "the last answer stays on screen"
    );
    assert!(abruf.stand.is_some());
    assert!(!abruf.aktuell);

    // 403: a client without the read permission, named.
    let no_scope = KexExportClient::new(h.tokens(WRITE_ONLY, WRITE_ONLY, Duration::from_secs(10)));
    let abruf = h.read_with(no_scope, &nr).await;
    assert_eq!(fehler(&abruf), EuropaceFehlercode::KeineBerechtigung);
    assert!(
        abruf
            .fehler
            .unwrap()
            .message
            .contains("KreditSmart-Vorgänge lesen")
    );

    // 403 as a GraphQL error with status 200: another organisation's Vorgang.
    let foreign = KexExportClient::new(h.tokens(READ_ONLY, READ_ONLY, Duration::from_secs(10)));
    let abruf = h.read_with(foreign, &nr).await;
    assert_eq!(fehler(&abruf), EuropaceFehlercode::KeineBerechtigung);
    assert!(
        abruf
            .fehler
            .unwrap()
            .message
            .contains("Insufficient access rights")
    );

    // 404: no such Vorgang (a GraphQL error as well).
    let abruf = h.read("ZZZZZZ").await;
    assert_eq!(fehler(&abruf), EuropaceFehlercode::NichtGefunden);
    assert!(abruf.ansicht.is_none());

    // Bad JSON, timeout, 429, 503, an undocumented status.
    h.fault(FaultKind::MalformedBody, 1);
    assert_eq!(
        fehler(&h.read(&nr).await),
        EuropaceFehlercode::UnlesbareAntwort
    );
    h.fault(FaultKind::Latency { millis: 1500 }, 1);
    let slow = KexExportClient::new(h.tokens("sandbox", "sandbox", Duration::from_millis(700)));
    assert_eq!(
        fehler(&h.read_with(slow, &nr).await),
        EuropaceFehlercode::Zeitueberschreitung
    );
    h.fault(
        FaultKind::TooManyRequests {
            retry_after_secs: 1,
        },
        1,
    );
    assert_eq!(fehler(&h.read(&nr).await), EuropaceFehlercode::Ueberlastet);
    h.fault(FaultKind::ServiceUnavailable, 1);
    assert_eq!(fehler(&h.read(&nr).await), EuropaceFehlercode::Ueberlastet);
    // The client fetches a new token once after a 401; both answers are 401.
    h.fault(FaultKind::Status { status: 401 }, 2);
    assert_eq!(
        fehler(&h.read(&nr).await),
        EuropaceFehlercode::NichtAngemeldet
    );

    // 410: deleted; the list says so.
    h.sandbox.delete_vorgang(&nr).unwrap();
    let abruf = h.read(&nr).await;
    assert_eq!(fehler(&abruf), EuropaceFehlercode::Geloescht);
    assert!(abruf.fehler.unwrap().message.contains("Entwürfe"));
    assert!(liste(&h.store, ENV).unwrap()[0].geloescht);

    // Offline: the last answer with its time.
    let client = h.client();
    h.sandbox.stop().await;
    let abruf = abrufen(Ok(client), &h.store, ENV, &nr).await;
    assert_eq!(abruf.fehler.unwrap().code, EuropaceFehlercode::KeinNetz);
    assert_eq!(abruf.ansicht, fresh.ansicht);
    assert!(abruf.stand.is_some());
}

#[tokio::test]
async fn several_comments_go_in_one_request_and_failures_are_kept() {
    let h = Harness::start().await;
    let nr = h.new_vorgang().await;
    let client = || {
        europace::kex_update::client::KexUpdateClient::new(h.tokens(
            "sandbox",
            "sandbox",
            Duration::from_secs(10),
        ))
    };
    let sent = super::kommentare::senden(
        Ok(client()),
        &h.store,
        ENV,
        &nr,
        vec![
            "Kunde wünscht Rückruf ab 17 Uhr".to_owned(),
            "  ".to_owned(),
            "Gehaltsnachweis folgt".to_owned(),
        ],
    )
    .await
    .unwrap();
    assert!(sent.fehler.is_none(), "{sent:?}");
    assert_eq!(sent.kommentare.len(), 2);
    assert!(sent.kommentare.iter().all(|k| k.gesendet));
    let stored: Vec<String> = h.sandbox.state().unwrap().vorgaenge[&nr]
        .kommentare
        .iter()
        .map(|k| k.text.clone())
        .collect();
    assert!(stored.ends_with(&[
        "Kunde wünscht Rückruf ab 17 Uhr".to_owned(),
        "Gehaltsnachweis folgt".to_owned()
    ]));

    h.sandbox.set_faults(
        vec![FaultRule {
            route: "/kreditsmart/kex/vorgang/{vorgangsnummer}/kommentare".to_owned(),
            method: Some("POST".to_owned()),
            fault: FaultKind::ServiceUnavailable,
            probability: None,
            every_nth: None,
            times: Some(1),
        }],
        Some(1),
    );
    let failed = super::kommentare::senden(
        Ok(client()),
        &h.store,
        ENV,
        &nr,
        vec!["Bitte melden".into()],
    )
    .await
    .unwrap();
    assert_eq!(failed.fehler.unwrap().code, EuropaceFehlercode::Ueberlastet);
    assert!(!failed.kommentare[0].gesendet);
    assert!(failed.kommentare[0].ergebnis.starts_with("nicht gesendet"));
    assert_eq!(
        super::kommentare::liste(&h.store, ENV, &nr).unwrap().len(),
        3
    );
    let empty = super::kommentare::senden(Ok(client()), &h.store, ENV, &nr, vec![" ".into()]).await;
    assert_eq!(empty.unwrap_err().code, EuropaceFehlercode::Eingabe);
}
