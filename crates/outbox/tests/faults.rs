//! Each injected fault kind against the real sandbox and a real store ends in the right
//! state, and unclear sends resolve to exactly the Vorgang the sandbox holds, or to none.

mod common;

use std::time::{Duration, Instant};

use common::*;
use outbox::{Lookup, OutboxError, Progress};
use sandbox::FaultKind;
use serde_json::json;
use store::{HistoryEvent, LeadKind, OutboxState, OutboxStatus};

/// Looks the draft up and checks the answer against what the sandbox really holds.
async fn resolve_and_check(h: &Harness, id: store::DraftId) -> Lookup {
    let held = vorgaenge_of(h, id);
    assert!(held.len() <= 1, "never a second Vorgang: {held:?}");
    let lookup = h.outbox.resolve_by_lookup(id).await.unwrap();
    match held.first() {
        Some(nummer) => {
            assert_eq!(
                lookup,
                Lookup::Found {
                    vorgangsnummer: nummer.clone()
                }
            );
            assert_eq!(
                status(h, id),
                OutboxStatus::Gesendet {
                    vorgangsnummer: nummer.clone()
                }
            );
        }
        None => {
            assert_eq!(lookup, Lookup::NotCreated);
            assert_eq!(state(h, id), OutboxState::Unklar);
        }
    }
    lookup
}

fn last_error(h: &Harness, id: store::DraftId) -> (String, Option<String>) {
    events(h, id)
        .into_iter()
        .rev()
        .find_map(|event| match event {
            HistoryEvent::Error { message, trace_id } => Some((message, trace_id)),
            _ => None,
        })
        .expect("an error was recorded")
}

#[tokio::test]
async fn every_kind_is_sent_with_its_reference() {
    let h = harness(Options::default()).await;
    let ids: Vec<_> = [
        LeadKind::KexImport,
        LeadKind::Kundenangaben,
        LeadKind::DrKlein,
    ]
    .into_iter()
    .map(|kind| queue_draft(&h, kind, &content(kind, "Anna")))
    .collect();
    let mut seen = Vec::new();
    let report = h.outbox.flush(|p| seen.push(p)).await.unwrap();
    assert_eq!(report.sent, ids);
    assert_eq!(report.stopped, None);
    assert_eq!(
        seen,
        vec![
            Progress {
                done: 0,
                total: 3,
                current: Some(ids[0])
            },
            Progress {
                done: 1,
                total: 3,
                current: Some(ids[1])
            },
            Progress {
                done: 2,
                total: 3,
                current: Some(ids[2])
            },
            Progress {
                done: 3,
                total: 3,
                current: None
            },
        ]
    );
    for id in ids {
        let held = vorgaenge_of(&h, id);
        assert_eq!(held.len(), 1, "the reference reached the sandbox");
        assert_eq!(
            status(&h, id),
            OutboxStatus::Gesendet {
                vorgangsnummer: held[0].clone()
            }
        );
    }
}

#[tokio::test]
async fn latency_beyond_the_timeout_is_unclear_and_resolved_later() {
    let h = harness(Options {
        faults: vec![rule(
            KEX_ROUTE,
            FaultKind::Latency {
                millis: REQUEST_TIMEOUT.as_millis() as u64 + 400,
            },
        )],
        ..Options::default()
    })
    .await;
    let id = queue_draft(
        &h,
        LeadKind::KexImport,
        &content(LeadKind::KexImport, "Lena"),
    );
    let report = flush(&h).await;
    assert_eq!(report.unclear, vec![id]);
    let (message, trace_id) = last_error(&h, id);
    assert!(message.contains("Zeitüberschreitung"), "{message}");
    assert!(trace_id.is_some());
    // A second flush never resends an unclear draft.
    assert_eq!(flush(&h).await, outbox::FlushReport::default());
    // Let the delayed request finish on the server before looking.
    tokio::time::sleep(Duration::from_millis(800)).await;
    resolve_and_check(&h, id).await;
}

#[tokio::test]
async fn server_error_is_unclear_then_resent_only_with_the_risk_acknowledged() {
    let h = harness(Options {
        faults: vec![rule(KEX_ROUTE, FaultKind::Status { status: 500 })],
        ..Options::default()
    })
    .await;
    let id = queue_draft(
        &h,
        LeadKind::KexImport,
        &content(LeadKind::KexImport, "Emil"),
    );
    assert_eq!(flush(&h).await.unclear, vec![id]);
    assert!(last_error(&h, id).0.contains("HTTP 500"));
    assert_eq!(resolve_and_check(&h, id).await, Lookup::NotCreated);

    assert!(matches!(
        h.outbox.resend_after_confirmation(id, false),
        Err(OutboxError::RiskNotAcknowledged)
    ));
    assert_eq!(state(&h, id), OutboxState::Unklar);
    h.outbox.resend_after_confirmation(id, true).unwrap();
    assert_eq!(state(&h, id), OutboxState::Wartend);
    assert!(events(&h, id).iter().any(|event| matches!(
        event,
        HistoryEvent::ResendChosen { risk } if risk.contains("zweiten Vorgang")
    )));
    assert_eq!(flush(&h).await.sent, vec![id]);
    assert_eq!(vorgaenge_of(&h, id).len(), 1);
}

#[tokio::test]
async fn rate_limit_waits_as_asked_and_sends_once() {
    let h = harness(Options {
        faults: vec![rule(
            KEX_ROUTE,
            FaultKind::TooManyRequests {
                retry_after_secs: 1,
            },
        )],
        ..Options::default()
    })
    .await;
    let id = queue_draft(
        &h,
        LeadKind::KexImport,
        &content(LeadKind::KexImport, "Ida"),
    );
    let started = Instant::now();
    assert_eq!(flush(&h).await.sent, vec![id]);
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "Retry-After honoured"
    );
    assert!(last_error(&h, id).0.contains("429"));
    assert_eq!(references(&h, id).len(), 2);
    assert_eq!(vorgaenge_of(&h, id).len(), 1);
}

#[tokio::test]
async fn service_unavailable_is_retried() {
    let h = harness(Options {
        faults: vec![rule(KEX_ROUTE, FaultKind::ServiceUnavailable)],
        ..Options::default()
    })
    .await;
    let id = queue_draft(
        &h,
        LeadKind::KexImport,
        &content(LeadKind::KexImport, "Ole"),
    );
    assert_eq!(flush(&h).await.sent, vec![id]);
    let (message, trace_id) = last_error(&h, id);
    assert!(message.contains("503"), "{message}");
    assert!(trace_id.is_some());
    assert_eq!(vorgaenge_of(&h, id).len(), 1);
}

#[tokio::test]
async fn reset_before_processing_is_retried_and_sent_once() {
    let h = harness(Options {
        faults: vec![rule(KEX_ROUTE, FaultKind::ResetBeforeProcessing)],
        ..Options::default()
    })
    .await;
    let id = queue_draft(
        &h,
        LeadKind::KexImport,
        &content(LeadKind::KexImport, "Pia"),
    );
    // A reset before the server read the request proves nothing was created: safe to resend.
    assert_eq!(flush(&h).await.sent, vec![id]);
    let (_, trace_id) = last_error(&h, id);
    assert!(trace_id.is_some());
    assert_eq!(vorgaenge_of(&h, id).len(), 1);
}

#[tokio::test]
async fn dropped_after_create_is_found_by_its_reference() {
    for (kind, route) in [
        (LeadKind::KexImport, KEX_ROUTE),
        (LeadKind::Kundenangaben, KUNDENANGABEN_ROUTE),
        (LeadKind::DrKlein, DRKLEIN_ROUTE),
    ] {
        let h = harness(Options {
            faults: vec![rule(route, FaultKind::DropAfterProcessing)],
            ..Options::default()
        })
        .await;
        let id = queue_draft(&h, kind, &content(kind, "Ben"));
        assert_eq!(flush(&h).await.unclear, vec![id], "{kind:?}");
        assert!(matches!(
            resolve_and_check(&h, id).await,
            Lookup::Found { .. }
        ));
    }
}

#[tokio::test]
async fn malformed_answer_is_unclear_and_found() {
    let h = harness(Options {
        faults: vec![rule(KEX_ROUTE, FaultKind::MalformedBody)],
        ..Options::default()
    })
    .await;
    let id = queue_draft(
        &h,
        LeadKind::KexImport,
        &content(LeadKind::KexImport, "Uwe"),
    );
    assert_eq!(flush(&h).await.unclear, vec![id]);
    assert!(last_error(&h, id).0.contains("vermutlich angelegt"));
    assert!(matches!(
        resolve_and_check(&h, id).await,
        Lookup::Found { .. }
    ));
}

#[tokio::test]
async fn slow_body_beyond_the_timeout_is_unclear_and_found() {
    let h = harness(Options {
        faults: vec![rule(
            KEX_ROUTE,
            FaultKind::SlowBody {
                chunk_delay_millis: 300,
            },
        )],
        ..Options::default()
    })
    .await;
    let id = queue_draft(
        &h,
        LeadKind::KexImport,
        &content(LeadKind::KexImport, "Eva"),
    );
    assert_eq!(flush(&h).await.unclear, vec![id]);
    assert!(matches!(
        resolve_and_check(&h, id).await,
        Lookup::Found { .. }
    ));
}

#[tokio::test]
async fn rejections_keep_the_servers_messages_at_their_fields() {
    let h = harness(Options::default()).await;
    let without_berater = queue_draft(
        &h,
        LeadKind::KexImport,
        &json!({ "antragsteller1": { "personendaten": { "vorname": "Kai" } } }),
    );
    let wrong_shape = queue_draft(
        &h,
        LeadKind::KexImport,
        &json!({ "kundenbetreuer": { "partnerId": "ABC12" }, "antragsteller1": "Kai" }),
    );
    let report = flush(&h).await;
    assert_eq!(report.rejected, vec![without_berater, wrong_shape]);
    let OutboxStatus::Abgelehnt {
        messages,
        violations,
    } = status(&h, without_berater)
    else {
        panic!("rejected");
    };
    assert!(messages[0].contains("(422)"), "{messages:?}");
    // The server's violation stays at its field, for the form to show there.
    assert_eq!(
        violations
            .iter()
            .map(|v| v.path.as_str())
            .collect::<Vec<_>>(),
        ["kundenbetreuer.partnerId"]
    );
    let OutboxStatus::Abgelehnt { messages, .. } = status(&h, wrong_shape) else {
        panic!("rejected");
    };
    assert!(messages[0].contains("(400)"), "{messages:?}");
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("Feld antragsteller1")),
        "{messages:?}"
    );
    assert!(vorgaenge_by_reference(&h.sandbox).is_empty());
}

#[tokio::test]
async fn offline_keeps_drafts_waiting_until_the_network_returns() {
    let h = harness(Options::default()).await;
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap()
    };
    let offline = outbox::Outbox::new(h.store.clone())
        .with_target(
            store::Environment::Sandbox,
            target(&format!("http://{closed}")),
        )
        .with_retry(retry_policy());
    let ids: Vec<_> = (0..3)
        .map(|_| {
            queue_draft(
                &h,
                LeadKind::KexImport,
                &content(LeadKind::KexImport, "Jan"),
            )
        })
        .collect();
    // Spawned as the app's command does: the flush future must be Send.
    let report = tokio::spawn(async move { offline.flush(|_| {}).await })
        .await
        .unwrap()
        .unwrap();
    assert!(report.sent.is_empty() && report.unclear.is_empty());
    assert_eq!(
        report.hold,
        Some(outbox::Hold::Offline),
        "offline is worth retrying"
    );
    let stopped = report.stopped.expect("the flush gave up");
    assert!(stopped.contains("Keine Verbindung"), "{stopped}");
    for id in &ids {
        assert_eq!(state(&h, *id), OutboxState::Wartend);
    }
    assert_eq!(flush(&h).await.sent, ids);
}

#[tokio::test]
async fn refused_credentials_stop_the_flush_and_keep_the_draft() {
    let h = harness(Options::default()).await;
    let base = h.sandbox.base_url();
    let transport = europace::transport::Transport::new(
        europace::environment::Site::sandbox_under(&base).unwrap(),
        europace::transport::TransportOptions::default(),
    )
    .unwrap();
    let tokens = europace::auth::TokenProvider::new(
        &transport,
        europace::auth::ClientCredentials {
            client_id: "sandbox".to_owned(),
            client_secret: europace::auth::Secret::new("falsch"),
        },
    );
    let refused = outbox::Outbox::new(h.store.clone()).with_target(
        store::Environment::Sandbox,
        outbox::Target::new(tokens, None),
    );
    let id = queue_draft(
        &h,
        LeadKind::KexImport,
        &content(LeadKind::KexImport, "Uli"),
    );
    let lead = queue_draft(&h, LeadKind::DrKlein, &content(LeadKind::DrKlein, "Uli"));
    let report = refused.flush(|_| {}).await.unwrap();
    assert_eq!(report.skipped, vec![lead], "no Dr. Klein client");
    assert!(report.stopped.is_some());
    assert_eq!(report.hold, Some(outbox::Hold::CredentialsRefused));
    assert!(report.waits_for_credentials());
    assert_eq!(state(&h, id), OutboxState::Wartend);
    assert_eq!(state(&h, lead), OutboxState::Wartend);
    // Only an unclear draft can be looked up.
    assert!(matches!(
        refused.resolve_by_lookup(id).await,
        Err(OutboxError::NotUnclear(OutboxState::Wartend))
    ));
}

#[tokio::test]
async fn without_a_listing_the_lookup_says_not_findable() {
    let h = harness(Options {
        faults: vec![rule(KEX_ROUTE, FaultKind::DropAfterProcessing)],
        ..Options::default()
    })
    .await;
    let id = queue_draft(
        &h,
        LeadKind::KexImport,
        &content(LeadKind::KexImport, "Zoe"),
    );
    assert_eq!(flush(&h).await.unclear, vec![id]);
    let without_listing = outbox::Outbox::new(h.store.clone());
    let lookup = without_listing.resolve_by_lookup(id).await.unwrap();
    let Lookup::NotSupported { reason } = &lookup else {
        panic!("{lookup:?}");
    };
    assert!(reason.starts_with("Nicht auffindbar"), "{reason}");
    assert!(reason.contains("LB-"), "names the reference: {reason}");
    assert_eq!(&lookup.message(), reason);
    assert_eq!(state(&h, id), OutboxState::Unklar);
}

#[tokio::test]
async fn a_crash_mid_send_leaves_a_committed_unclear_draft_that_is_found() {
    let latency = REQUEST_TIMEOUT.as_millis() as u64 / 2;
    let h = harness(Options {
        faults: vec![rule(KEX_ROUTE, FaultKind::Latency { millis: latency })],
        ..Options::default()
    })
    .await;
    let id = queue_draft(
        &h,
        LeadKind::KexImport,
        &content(LeadKind::KexImport, "Rita"),
    );
    // The app dies while the request is on its way: the flush future is dropped mid-send.
    let cut = tokio::time::timeout(Duration::from_millis(latency / 2), flush(&h)).await;
    assert!(cut.is_err(), "the send was still under way");
    // The next start finds the send begun (committed before the request) and not finished.
    let h = h.restart();
    assert_eq!(state(&h, id), OutboxState::Unklar);
    // Nothing is resent on its own.
    assert_eq!(flush(&h).await, outbox::FlushReport::default());
    // Whether the server finished the request the dead client left depends on when it
    // noticed; the lookup must tell exactly that, once the server is done.
    tokio::time::sleep(Duration::from_millis(latency)).await;
    let held = vorgaenge_of(&h, id);
    assert!(held.len() <= 1);
    let expected = match held.first() {
        Some(nummer) => Lookup::Found {
            vorgangsnummer: nummer.clone(),
        },
        None => Lookup::NotCreated,
    };
    assert_eq!(h.outbox.resolve_by_lookup(id).await.unwrap(), expected);
}
