//! A draft for a Berater is sent acting for that Berater, with the Berater as Kundenbetreuer;
//! a lead naming no Kundenbetreuer gets the user's own partnerId. Checked on the sandbox's
//! side: who owns the Vorgang and whom it names.

mod common;

use common::*;
use outbox::Outbox;
use serde_json::{Value, json};
use store::{Environment, LeadKind, OutboxStatus};

const OWN: &str = "ASS01";
const BERATER: &str = "BER42";

fn berater() -> Option<store::Berater> {
    Some(store::Berater {
        partner_id: BERATER.to_owned(),
        name: "Berta Berater".to_owned(),
    })
}

fn acting_outbox(h: &Harness) -> Outbox {
    Outbox::new(h.store.clone())
        .with_target(
            Environment::Sandbox,
            target(&h.sandbox.base_url()).with_own_partner_id(OWN),
        )
        .with_retry(retry_policy())
}

fn vorgangsnummer(h: &Harness, id: store::DraftId) -> String {
    match status(h, id) {
        OutboxStatus::Gesendet { vorgangsnummer } => vorgangsnummer,
        other => panic!("not sent: {other:?}"),
    }
}

#[tokio::test]
async fn a_draft_for_a_berater_is_sent_acting_for_the_berater() {
    let h = harness(Options::default()).await;
    let outbox = acting_outbox(&h);
    let kex = queue_draft_for(
        &h,
        LeadKind::KexImport,
        &content(LeadKind::KexImport, "Anna"),
        berater(),
    );
    let baufi = queue_draft_for(
        &h,
        LeadKind::Kundenangaben,
        &content(LeadKind::Kundenangaben, "Bernd"),
        berater(),
    );
    let report = outbox.flush(|_| {}).await.unwrap();
    assert_eq!(report.sent, vec![kex, baufi], "{report:?}");

    let state = h.sandbox.state().unwrap();
    let vorgang = &state.vorgaenge[&vorgangsnummer(&h, kex)];
    assert_eq!(
        vorgang.owner, BERATER,
        "the token's subject owns the Vorgang"
    );
    assert_eq!(vorgang.daten["kundenbetreuer"]["partnerId"], BERATER);
    let case = &state.kundenangaben[&vorgangsnummer(&h, baufi)];
    assert_eq!(case.owner, BERATER);
    assert_eq!(
        case.import_metadaten["betreuung"]["kundenbetreuer"],
        BERATER
    );
}

#[tokio::test]
async fn without_a_berater_the_own_partner_id_fills_a_missing_kundenbetreuer() {
    let h = harness(Options::default()).await;
    let outbox = acting_outbox(&h);
    let mut body = content(LeadKind::KexImport, "Carla");
    body.as_object_mut().unwrap().remove("kundenbetreuer");
    let gap = queue_draft(&h, LeadKind::KexImport, &body);
    let named = queue_draft(
        &h,
        LeadKind::KexImport,
        &content(LeadKind::KexImport, "Dora"),
    );
    let report = outbox.flush(|_| {}).await.unwrap();
    assert_eq!(report.sent, vec![gap, named], "{report:?}");

    let state = h.sandbox.state().unwrap();
    let filled = &state.vorgaenge[&vorgangsnummer(&h, gap)];
    assert_eq!(filled.daten["kundenbetreuer"]["partnerId"], OWN);
    assert_eq!(
        filled.owner, "sandbox",
        "no impersonation without a Berater"
    );
    let kept: &Value = &state.vorgaenge[&vorgangsnummer(&h, named)].daten["kundenbetreuer"];
    assert_eq!(kept, &json!({"partnerId": "ABC12"}));
}

#[tokio::test]
async fn without_an_own_partner_id_the_berater_still_becomes_kundenbetreuer() {
    let h = harness(Options::default()).await;
    let id = queue_draft_for(
        &h,
        LeadKind::DrKlein,
        &content(LeadKind::DrKlein, "Emil"),
        berater(),
    );
    let report = h.outbox.flush(|_| {}).await.unwrap();
    assert_eq!(report.sent, vec![id], "{report:?}");
    let state = h.sandbox.state().unwrap();
    let vorgang = &state.vorgaenge[&vorgangsnummer(&h, id)];
    assert_eq!(vorgang.daten["kundenbetreuer"]["partnerId"], BERATER);
}
