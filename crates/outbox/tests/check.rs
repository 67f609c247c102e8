//! Europace's check of a body ("Prüfen") against the real sandbox: its violations land at
//! their fields of the draft, nothing is created, and every answer that judges nothing says in
//! German that the check did not run.

mod common;

use common::*;
use outbox::ServerCheck;
use sandbox::FaultKind;
use serde_json::json;
use store::LeadKind;

const BODY_VALIDATION: &str = "/baufinanzierung/kundenangaben/body-validation";

#[tokio::test]
async fn violations_land_at_their_fields_and_nothing_is_created() {
    let h = harness(Options::default()).await;
    let target = target(&h.sandbox.base_url());
    let mut body = content(LeadKind::Kundenangaben, "Max");
    body["kundenangaben"]["haushalte"][0]["kunden"][0]
        .as_object_mut()
        .unwrap()
        .remove("referenzId");
    body["kundenangaben"]["haushalte"][0]["kunden"][0]["personendaten"]["person"]["vorname"] =
        json!(7);
    let ServerCheck::Checked(findings) = target.check(LeadKind::Kundenangaben, &body, None).await
    else {
        panic!("the sandbox judges the body");
    };
    let mut at: Vec<_> = findings
        .iter()
        .map(|f| (f.path.as_str(), f.message.as_str()))
        .collect();
    at.sort_unstable();
    assert_eq!(
        at,
        [
            (
                "kundenangaben.haushalte[0].kunden[0].personendaten.person.vorname",
                "must be a string"
            ),
            (
                "kundenangaben.haushalte[0].kunden[0].referenzId",
                "must not be null"
            ),
        ]
    );
    let accepted = content(LeadKind::Kundenangaben, "Max");
    assert_eq!(
        target.check(LeadKind::Kundenangaben, &accepted, None).await,
        ServerCheck::Checked(Vec::new())
    );
    assert!(h.sandbox.state().unwrap().kundenangaben.is_empty());
    assert_eq!(
        target
            .check(
                LeadKind::KexImport,
                &content(LeadKind::KexImport, "Max"),
                None
            )
            .await,
        ServerCheck::NotOffered
    );
}

#[tokio::test]
async fn a_check_that_cannot_run_says_why() {
    let h = harness(Options::default()).await;
    let target = target(&h.sandbox.base_url());
    let body = content(LeadKind::Kundenangaben, "Max");
    for (fault, shown) in [
        (FaultKind::Status { status: 500 }, "500"),
        (
            FaultKind::TooManyRequests {
                retry_after_secs: 1,
            },
            "429",
        ),
        (FaultKind::ServiceUnavailable, "503"),
        (FaultKind::MalformedBody, "unlesbar"),
    ] {
        h.sandbox
            .set_faults(vec![rule(BODY_VALIDATION, fault)], None);
        let ServerCheck::NotRun(note) = target.check(LeadKind::Kundenangaben, &body, None).await
        else {
            panic!("{shown}: the check did not run");
        };
        assert!(
            note.starts_with("Die Prüfung bei Europace ist nicht gelaufen:")
                && note.contains(shown),
            "{note}"
        );
    }
    h.sandbox.stop().await;
    let ServerCheck::NotRun(note) = target.check(LeadKind::Kundenangaben, &body, None).await else {
        panic!("a stopped sandbox cannot check");
    };
    assert!(
        note.contains("nur die Befunde der Prüfung in Leadbridge"),
        "{note}"
    );
}
