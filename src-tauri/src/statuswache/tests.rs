//! The Statuswache's round against a real sandbox: the first read is the baseline, the
//! sandbox's `advance` and a new Antrag are found and marked for the viewer, a Vorgang just
//! read is not read again, and 429, 503 and a dead network end the round for the backoff.

use std::time::Duration;

use europace::kex_export::client::KexExportClient;
use sandbox::FaultKind;
use serde_json::json;
use store::{DraftHeader, DraftId, LeadKind};

use super::aenderungen::Aenderung;
use super::runde::{ARCHIVIERT_FRISCH, faellig, runde};
use super::takt::Ausgang;
use crate::vorgaenge::liste::liste;
use crate::vorgaenge::tests::{ENV, Harness};

/// A Vorgang created in the sandbox and recorded as sent from a draft, as the outbox does.
async fn sent(h: &Harness, title: &str) -> String {
    let nr = h.new_vorgang().await;
    let mut store = h.store.lock().unwrap();
    let id = DraftId::new();
    let header = DraftHeader {
        kind: LeadKind::KexImport,
        environment: ENV,
        title: title.to_owned(),
        berater: None,
    };
    store.save(id, &header, &json!({})).unwrap();
    store.enqueue(id).unwrap();
    store.begin_send(id).unwrap();
    store.finish_sent(id, &nr, vec![]).unwrap();
    nr
}

fn jetzt() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc::now()
}

#[tokio::test]
async fn changes_found_by_the_watch_are_news_for_list_notification_and_viewer() {
    let h = Harness::start().await;
    let nr = sent(&h, "Muster, Anna").await;
    let client = h.client();
    let nur = [nr.clone()];

    assert_eq!(
        faellig(&h.store, ENV, jetzt(), Duration::ZERO).unwrap(),
        nur
    );
    let first = runde(&client, &h.store, ENV, &nur, Duration::ZERO).await;
    assert_eq!(first.ausgang, Ausgang::Gelesen);
    assert_eq!(first.gelesen.len(), 1);
    assert!(
        first.gelesen[0].aenderungen.is_empty(),
        "the first read is the baseline"
    );
    assert!(!liste(&h.store, ENV).unwrap()[0].news);
    assert!(
        faellig(&h.store, ENV, jetzt(), Duration::from_secs(60))
            .unwrap()
            .is_empty(),
        "just read: not due again"
    );

    h.sandbox.advance_antraege(&nr).unwrap();
    let second = runde(&client, &h.store, ENV, &nur, Duration::ZERO).await;
    let gelesen = &second.gelesen[0];
    assert_eq!(
        gelesen.aenderungen,
        [Aenderung::KundenStatus {
            antragsnummer: format!("{nr}/1/1"),
            vorher: "beantragt".into(),
            jetzt: "vom Kunden unterschrieben".into(),
        }]
    );
    let antrag = &gelesen.abruf.ansicht.as_ref().unwrap().antraege[0];
    assert!(
        antrag.status_changed,
        "the viewer marks what the watch found"
    );
    assert!(
        liste(&h.store, ENV).unwrap()[0].news,
        "the list and the badge count it"
    );

    // Nothing new: no second notification, the mark stays until the user looks.
    let again = runde(&client, &h.store, ENV, &nur, Duration::ZERO).await;
    assert!(again.gelesen[0].aenderungen.is_empty());
    assert!(liste(&h.store, ENV).unwrap()[0].news);

    let mut antrag = h.sandbox.state().unwrap().vorgaenge[&nr].antraege[0].clone();
    antrag["antragsnummer"] = json!(format!("{nr}/1/2"));
    antrag["benoetigteUnterlagen"] = json!([{ "unterlage": "Selbstauskunft" }]);
    h.sandbox.add_antrag(&nr, antrag).unwrap();
    let third = runde(&client, &h.store, ENV, &nur, Duration::ZERO).await;
    let neu = format!("{nr}/1/2");
    assert!(
        matches!(
            third.gelesen[0].aenderungen.as_slice(),
            [Aenderung::NeuerAntrag { antragsnummer, .. }] if *antragsnummer == neu
        ),
        "{:?}",
        third.gelesen[0].aenderungen
    );

    crate::vorgaenge::abruf::gesehen(&h.store, ENV, &nr).unwrap();
    assert!(!liste(&h.store, ENV).unwrap()[0].news, "looked at: no news");
}

#[tokio::test]
async fn only_vorgaenge_sent_from_this_app_and_not_deleted_are_watched() {
    let h = Harness::start().await;
    let opened = h.new_vorgang().await;
    crate::vorgaenge::abruf::abrufen(Ok(h.client()), &h.store, ENV, &opened).await;
    let nr = sent(&h, "Muster, Anna").await;
    let nur = [nr.clone()];
    assert_eq!(
        faellig(&h.store, ENV, jetzt(), Duration::ZERO).unwrap(),
        nur
    );

    // Deleted at Europace (410): nothing more to watch.
    h.sandbox.delete_vorgang(&nr).unwrap();
    let round = runde(&h.client(), &h.store, ENV, &nur, Duration::ZERO).await;
    assert_eq!(round.ausgang, Ausgang::Gelesen, "a 410 is an answer");
    assert!(round.gelesen.is_empty());
    assert!(
        faellig(&h.store, ENV, jetzt(), Duration::ZERO)
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn an_archived_vorgang_is_read_once_a_day() {
    let h = Harness::start().await;
    let archived = sent(&h, "Archiviert").await;
    let live = sent(&h, "Aktiv").await;
    h.sandbox
        .set_export_extras(
            &archived,
            Some(json!({ "vorgangsstatus": { "status": "ARCHIVIERT" } })),
        )
        .unwrap();
    let both = [archived.clone(), live.clone()];
    runde(&h.client(), &h.store, ENV, &both, Duration::ZERO).await;
    assert!(
        liste(&h.store, ENV)
            .unwrap()
            .iter()
            .any(|v| v.vorgangsnummer == archived && v.archiviert)
    );

    let minute = Duration::from_secs(60);
    let nach = |d: Duration| jetzt() + chrono::Duration::from_std(d).unwrap();
    assert_eq!(
        faellig(&h.store, ENV, nach(2 * minute), minute).unwrap(),
        [live],
        "the live one is due again after the interval, the archived one is not"
    );
    let mut due = faellig(&h.store, ENV, nach(ARCHIVIERT_FRISCH), minute).unwrap();
    due.sort();
    let mut expected = both.to_vec();
    expected.sort();
    assert_eq!(due, expected, "after a day both are due");
}

#[tokio::test]
async fn overload_and_a_dead_network_end_the_round() {
    let h = Harness::start().await;
    let first = sent(&h, "Erster").await;
    let second = sent(&h, "Zweiter").await;
    let both = [first.clone(), second.clone()];
    let client = h.client();
    // Fresh tokens first, so the faults below hit the export and not the token request.
    runde(&client, &h.store, ENV, &both, Duration::ZERO).await;
    let stand = |nr: &str| {
        liste(&h.store, ENV)
            .unwrap()
            .into_iter()
            .find(|v| v.vorgangsnummer == nr)
            .unwrap()
            .stand
    };
    let second_before = stand(&second);

    h.fault(
        FaultKind::TooManyRequests {
            retry_after_secs: 120,
        },
        1,
    );
    let round = runde(&client, &h.store, ENV, &both, Duration::ZERO).await;
    assert_eq!(
        round.ausgang,
        Ausgang::Ueberlastet {
            retry_after: Some(Duration::from_secs(120))
        }
    );
    assert!(round.gelesen.is_empty());
    assert_eq!(
        stand(&second),
        second_before,
        "the round stopped before the second"
    );

    h.fault(FaultKind::ServiceUnavailable, 1);
    let round = runde(&client, &h.store, ENV, &both, Duration::ZERO).await;
    assert!(matches!(round.ausgang, Ausgang::Ueberlastet { .. }));

    h.fault(FaultKind::ResetBeforeProcessing, 1);
    let round = runde(&client, &h.store, ENV, &both, Duration::ZERO).await;
    assert_eq!(round.ausgang, Ausgang::Netzfehler);

    let wrong = KexExportClient::new(h.tokens("sandbox", "falsch", Duration::from_secs(10)));
    let round = runde(&wrong, &h.store, ENV, &both, Duration::ZERO).await;
    assert_eq!(round.ausgang, Ausgang::Zugang);

    let round = runde(&client, &h.store, ENV, &both, Duration::ZERO).await;
    assert_eq!(round.ausgang, Ausgang::Gelesen);
    assert_eq!(round.gelesen.len(), 2);
}
