//! "Kundenangaben ergänzen" against a real sandbox: load, complete, see the changes, replace,
//! and a change made meanwhile shown as a conflict instead of being overwritten.

use std::time::Duration;

use europace::finding::Severity;
use europace::kundenangaben::KundenangabenImportResponse;
use europace::kundenangaben::changes::{ChangeKind, Side};
use europace::kundenangaben::client::KundenangabenClient;
use serde_json::{Value, json};
use store::DraftId;

use super::dienst::{Entscheidung, ErsetzenErgebnis, aenderungen, ersetzen_mit, laden};
use crate::europace_fehler::EuropaceFehlercode;
use crate::vorgaenge::tests::{ENV, Harness};

const LEAD: &str =
    include_str!("../../../crates/cli/tests/fixtures/kundenangaben-spec-beispiel.json");

fn client(h: &Harness) -> KundenangabenClient {
    KundenangabenClient::new(h.tokens("sandbox", "sandbox", Duration::from_secs(10)))
}

async fn new_case(h: &Harness) -> String {
    let lead: Value = serde_json::from_str(LEAD).unwrap();
    let created: KundenangabenImportResponse = client(h).create(&lead).await.unwrap();
    created.vorgangsnummer.unwrap()
}

fn content(h: &Harness, id: DraftId) -> Value {
    let draft = h.store.lock().unwrap().get(id).unwrap();
    draft.content.ok().unwrap().clone()
}

fn edit(h: &Harness, id: DraftId, change: impl FnOnce(&mut Value)) {
    let mut store = h.store.lock().unwrap();
    let draft = store.get(id).unwrap();
    let mut body = draft.content.ok().unwrap().clone();
    change(&mut body);
    let header = store::DraftHeader {
        kind: draft.summary.kind,
        environment: draft.summary.environment,
        title: draft.summary.meta.ok().unwrap().title.clone(),
        berater: None,
    };
    store.save(id, &header, &body).unwrap();
}

fn second_kunde(body: &mut Value) {
    body["kundenangaben"]["haushalte"][0]["kunden"]
        .as_array_mut()
        .unwrap()
        .push(json!({"referenzId": "jsonRef2", "personendaten": {"person": {"vorname": "Erika", "nachname": "Mustermann"}}}));
}

fn kaufpreis(body: &Value) -> &Value {
    &body["finanzierungsbedarf"]["finanzierungszweck"]["kaufpreis"]
}

#[tokio::test]
async fn loads_completes_and_replaces_keeping_ids() {
    let h = Harness::start().await;
    let nr = new_case(&h).await;
    let id = laden(Ok(client(&h)), &h.store, ENV, &nr.to_lowercase())
        .await
        .unwrap();
    let geladen: Value = client(&h).get(&nr).await.unwrap();
    assert_eq!(
        content(&h, id),
        json!({"updateMetadaten": {}, "kundenangaben": geladen})
    );
    let summary = h.store.lock().unwrap().get(id).unwrap().summary;
    assert_eq!(summary.ergaenzt.as_deref(), Some(nr.as_str()));
    assert_eq!(
        summary.meta.ok().unwrap().title,
        format!("Mustermann, Max (Vorgang {nr})")
    );
    let kunde_id = geladen["haushalte"][0]["kunden"][0]["id"].clone();

    edit(&h, id, |body| {
        second_kunde(body);
        body["kundenangaben"]["finanzierungsbedarf"]["finanzierungszweck"]["kaufpreis"] =
            json!(365000);
        // The form saves without empty groups, so without the empty `updateMetadaten`.
        body.as_object_mut().unwrap().remove("updateMetadaten");
    });
    let changes = aenderungen(&h.store, id).unwrap();
    let at = |path: &str| changes.iter().find(|c| c.path == path).map(|c| c.art);
    assert_eq!(
        at("kundenangaben.haushalte[0].kunden[1]"),
        Some(ChangeKind::Added)
    );
    assert_eq!(
        at("kundenangaben.finanzierungsbedarf.finanzierungszweck.kaufpreis"),
        Some(ChangeKind::Changed)
    );
    assert_eq!(changes.len(), 2, "{changes:?}");

    let ergebnis = ersetzen_mit(Ok(client(&h)), &h.store, id, None)
        .await
        .unwrap();
    assert!(
        matches!(ergebnis, ErsetzenErgebnis::Ersetzt { .. }),
        "{ergebnis:?}"
    );
    let jetzt: Value = client(&h).get(&nr).await.unwrap();
    assert_eq!(kaufpreis(&jetzt), &json!(365000));
    let kunden = jetzt["haushalte"][0]["kunden"].as_array().unwrap();
    assert_eq!(kunden.len(), 2);
    assert_eq!(kunden[0]["id"], kunde_id, "the existing Kunde kept its id");
    assert!(kunden[1]["id"].is_string(), "the new Kunde got an id");
    // The draft continues from what Europace holds now, ids included: nothing left to change.
    assert_eq!(content(&h, id)["kundenangaben"], jetzt);
    assert!(aenderungen(&h.store, id).unwrap().is_empty());
}

#[tokio::test]
async fn a_change_made_meanwhile_is_a_conflict_not_an_overwrite() {
    let h = Harness::start().await;
    let nr = new_case(&h).await;
    let id = laden(Ok(client(&h)), &h.store, ENV, &nr).await.unwrap();

    // Someone else changes the Kaufpreis and the first name in Europace.
    let mut theirs: Value = client(&h).get(&nr).await.unwrap();
    theirs["finanzierungsbedarf"]["finanzierungszweck"]["kaufpreis"] = json!(370000);
    theirs["haushalte"][0]["kunden"][0]["personendaten"]["person"]["vorname"] = json!("Maximilian");
    client(&h)
        .replace(
            &nr,
            &json!({"updateMetadaten": {}, "kundenangaben": theirs}),
        )
        .await
        .unwrap();
    let server_before: Value = client(&h).get(&nr).await.unwrap();

    edit(&h, id, |body| {
        second_kunde(body);
        body["kundenangaben"]["finanzierungsbedarf"]["finanzierungszweck"]["kaufpreis"] =
            json!(365000);
    });
    let ErsetzenErgebnis::Geaendert {
        server,
        server_aenderungen,
        konflikte,
    } = ersetzen_mit(Ok(client(&h)), &h.store, id, None)
        .await
        .unwrap()
    else {
        panic!("a changed case must not be replaced");
    };
    assert_eq!(
        client(&h).get::<Value>(&nr).await.unwrap(),
        server_before,
        "nothing was sent"
    );
    assert_eq!(konflikte.len(), 1, "{konflikte:?}");
    let konflikt = &konflikte[0];
    assert_eq!(
        konflikt.path,
        "kundenangaben.finanzierungsbedarf.finanzierungszweck.kaufpreis"
    );
    assert_eq!(
        (&konflikt.geladen, &konflikt.server, &konflikt.meins),
        (
            &Some(json!(358000)),
            &Some(json!(370000)),
            &Some(json!(365000))
        )
    );
    assert!(
        server_aenderungen
            .iter()
            .any(|a| a.path.ends_with("person.vorname")),
        "{server_aenderungen:?}"
    );

    // A decision without a side for every conflict is refused.
    let unvollstaendig = Entscheidung {
        server: server.clone(),
        seiten: vec![],
    };
    let fehler = ersetzen_mit(Ok(client(&h)), &h.store, id, Some(unvollstaendig))
        .await
        .unwrap_err();
    assert_eq!(fehler.code, EuropaceFehlercode::Eingabe);

    let entscheidung = Entscheidung {
        server,
        seiten: vec![Side::Mine],
    };
    let ergebnis = ersetzen_mit(Ok(client(&h)), &h.store, id, Some(entscheidung))
        .await
        .unwrap();
    assert!(
        matches!(ergebnis, ErsetzenErgebnis::Ersetzt { .. }),
        "{ergebnis:?}"
    );
    let jetzt: Value = client(&h).get(&nr).await.unwrap();
    assert_eq!(kaufpreis(&jetzt), &json!(365000), "the decided value");
    assert_eq!(
        jetzt["haushalte"][0]["kunden"][0]["personendaten"]["person"]["vorname"], "Maximilian",
        "the server's own change was kept"
    );
    assert_eq!(jetzt["haushalte"][0]["kunden"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn a_replace_that_would_lose_an_object_is_not_sent() {
    let h = Harness::start().await;
    let nr = new_case(&h).await;
    let id = laden(Ok(client(&h)), &h.store, ENV, &nr).await.unwrap();
    let before: Value = client(&h).get(&nr).await.unwrap();
    edit(&h, id, |body| {
        body["kundenangaben"]["haushalte"][0]["kunden"][0]
            .as_object_mut()
            .unwrap()
            .remove("id");
    });
    let ErsetzenErgebnis::Abgelehnt { befunde, .. } =
        ersetzen_mit(Ok(client(&h)), &h.store, id, None)
            .await
            .unwrap()
    else {
        panic!("a body without the Kunde's id must not be sent");
    };
    assert!(
        befunde.iter().any(|b| b.severity == Severity::Fehler
            && b.path == "kundenangaben.haushalte[0].kunden[0].id"),
        "{befunde:?}"
    );
    assert_eq!(client(&h).get::<Value>(&nr).await.unwrap(), before);
}

#[tokio::test]
async fn an_unknown_case_is_named() {
    let h = Harness::start().await;
    let fehler = laden(Ok(client(&h)), &h.store, ENV, "ZZ9999")
        .await
        .unwrap_err();
    assert_eq!(fehler.code, EuropaceFehlercode::NichtGefunden);
    let fehler = laden(Ok(client(&h)), &h.store, ENV, "   ")
        .await
        .unwrap_err();
    assert_eq!(fehler.code, EuropaceFehlercode::Eingabe);
}
