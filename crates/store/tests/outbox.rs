//! The outbox state machine: every transition, every illegal one, recovery.

mod common;

use common::{content, header, new_draft, reopen, temp_store};
use store::{DraftId, HistoryEvent, OutboxState, OutboxStatus, Resolution, Store, StoreError};

fn state(store: &Store, id: DraftId) -> OutboxState {
    store.get(id).unwrap().summary.state
}

fn status(store: &Store, id: DraftId) -> OutboxStatus {
    let draft = store.get(id).unwrap();
    let status = draft.summary.meta.ok().unwrap().status.clone();
    assert_eq!(status.state(), draft.summary.state, "meta and column agree");
    status
}

fn events(store: &Store, id: DraftId) -> Vec<HistoryEvent> {
    store
        .get(id)
        .unwrap()
        .history
        .into_iter()
        .map(|entry| entry.event.ok().cloned().unwrap())
        .collect()
}

fn queue(store: &Store) -> Vec<DraftId> {
    store.queue().unwrap().iter().map(|s| s.id).collect()
}

/// A new draft brought into `target` through legal transitions.
fn draft_in(store: &mut Store, target: OutboxState) -> DraftId {
    let id = new_draft(store, "Anna");
    if target == OutboxState::Entwurf {
        return id;
    }
    store.enqueue(id).unwrap();
    if target == OutboxState::Wartend {
        return id;
    }
    store.begin_send(id).unwrap();
    match target {
        OutboxState::WirdGesendet => {}
        OutboxState::Gesendet => store.finish_sent(id, "AB1234", vec![]).unwrap(),
        OutboxState::Abgelehnt => store
            .finish_rejected(id, vec!["Nein".into()], vec![])
            .unwrap(),
        OutboxState::Unklar => store
            .finish_unclear(id, "Zeitüberschreitung", None)
            .unwrap(),
        OutboxState::Entwurf | OutboxState::Wartend => unreachable!(),
    }
    assert_eq!(state(store, id), target);
    id
}

#[test]
fn happy_path_records_each_step() {
    let (_dir, _path, mut store) = temp_store();
    let id = new_draft(&mut store, "Anna");
    store.record_validated(id, 0).unwrap();
    store.enqueue(id).unwrap();
    assert_eq!(status(&store, id), OutboxStatus::Wartend);
    assert_eq!(queue(&store), vec![id]);

    let ticket = store.begin_send(id).unwrap();
    assert_eq!(ticket.id, id);
    assert_eq!(ticket.content, content("Anna"));
    assert!(ticket.client_reference.starts_with("LB-"));
    assert_eq!(
        status(&store, id),
        OutboxStatus::WirdGesendet {
            client_reference: ticket.client_reference.clone()
        }
    );
    assert!(queue(&store).is_empty());

    store
        .finish_sent(id, "AB1234", vec!["beruf wird ignoriert".into()])
        .unwrap();
    assert_eq!(
        status(&store, id),
        OutboxStatus::Gesendet {
            vorgangsnummer: "AB1234".into()
        }
    );
    assert_eq!(
        events(&store, id),
        vec![
            HistoryEvent::Saved { revision: 1 },
            HistoryEvent::Validated { findings: 0 },
            HistoryEvent::Queued,
            HistoryEvent::Sent {
                client_reference: ticket.client_reference
            },
            HistoryEvent::Result {
                vorgangsnummer: Some("AB1234".into()),
                messages: vec!["beruf wird ignoriert".into()]
            },
        ]
    );
}

#[test]
fn rejected_draft_is_edited_and_queued_again() {
    let (_dir, _path, mut store) = temp_store();
    let id = draft_in(&mut store, OutboxState::Abgelehnt);
    assert_eq!(
        status(&store, id),
        OutboxStatus::Abgelehnt {
            messages: vec!["Nein".into()],
            violations: vec![],
        }
    );
    assert_eq!(
        events(&store, id).last(),
        Some(&HistoryEvent::Result {
            vorgangsnummer: None,
            messages: vec!["Nein".into()]
        })
    );
    store
        .save(id, &header("Anna"), &content("Anna korrigiert"))
        .unwrap();
    assert_eq!(status(&store, id), OutboxStatus::Entwurf);
    store.enqueue(id).unwrap();
    assert_eq!(state(&store, id), OutboxState::Wartend);

    // A rejection that needs no change (e.g. fixed on the server's side)
    // may be queued again directly.
    let other = draft_in(&mut store, OutboxState::Abgelehnt);
    store.enqueue(other).unwrap();
    assert_eq!(queue(&store), vec![id, other]);
}

#[test]
fn dequeue_returns_to_editing() {
    let (_dir, _path, mut store) = temp_store();
    let id = draft_in(&mut store, OutboxState::Wartend);
    store.dequeue(id).unwrap();
    assert_eq!(status(&store, id), OutboxStatus::Entwurf);
    assert!(queue(&store).is_empty());
    assert_eq!(events(&store, id).last(), Some(&HistoryEvent::Dequeued));
}

#[test]
fn changing_a_queued_draft_takes_it_out_of_the_queue() {
    let (_dir, _path, mut store) = temp_store();
    let id = draft_in(&mut store, OutboxState::Wartend);
    // Autosave with nothing changed keeps it queued.
    store.save(id, &header("Anna"), &content("Anna")).unwrap();
    assert_eq!(state(&store, id), OutboxState::Wartend);

    store
        .save(id, &header("Anna"), &content("Anna neu"))
        .unwrap();
    assert_eq!(state(&store, id), OutboxState::Entwurf);
    let history = events(&store, id);
    assert_eq!(
        history[history.len() - 2..],
        [HistoryEvent::Dequeued, HistoryEvent::Saved { revision: 2 }]
    );
}

#[test]
fn unclear_send_resolved_by_lookup() {
    let (_dir, _path, mut store) = temp_store();
    let id = draft_in(&mut store, OutboxState::Wartend);
    let ticket = store.begin_send(id).unwrap();
    store
        .finish_unclear(id, "Keine Antwort vom Server", Some("trace-1"))
        .unwrap();
    assert_eq!(
        status(&store, id),
        OutboxStatus::Unklar {
            client_reference: ticket.client_reference.clone()
        }
    );
    assert_eq!(
        events(&store, id).last(),
        Some(&HistoryEvent::Error {
            message: "Keine Antwort vom Server".into(),
            trace_id: Some("trace-1".into())
        })
    );
    store
        .resolve_unclear(
            id,
            Resolution::Found {
                vorgangsnummer: "XY9876".into(),
            },
        )
        .unwrap();
    assert_eq!(
        status(&store, id),
        OutboxStatus::Gesendet {
            vorgangsnummer: "XY9876".into()
        }
    );
}

#[test]
fn unclear_send_sent_again_by_choice_records_the_risk() {
    let (_dir, _path, mut store) = temp_store();
    let id = draft_in(&mut store, OutboxState::Wartend);
    let first = store.begin_send(id).unwrap().client_reference;
    store
        .finish_unclear(id, "Verbindung abgebrochen", None)
        .unwrap();
    store.resolve_unclear(id, Resolution::SendAgain).unwrap();
    assert_eq!(status(&store, id), OutboxStatus::Wartend);
    match events(&store, id).last() {
        Some(HistoryEvent::ResendChosen { risk }) => {
            assert!(risk.contains(&first), "names the earlier attempt");
            assert!(risk.contains("zweiten Vorgang"));
        }
        other => panic!("expected ResendChosen, got {other:?}"),
    }
    let second = store.begin_send(id).unwrap().client_reference;
    assert_ne!(first, second, "each attempt has its own reference");
}

#[test]
fn retry_safe_keeps_the_queue_position() {
    let (_dir, _path, mut store) = temp_store();
    let a = draft_in(&mut store, OutboxState::Wartend);
    let b = draft_in(&mut store, OutboxState::Wartend);
    let c = new_draft(&mut store, "C");
    store.enqueue(c).unwrap();
    assert_eq!(queue(&store), vec![a, b, c]);

    store.begin_send(a).unwrap();
    assert_eq!(queue(&store), vec![b, c]);
    store
        .retry_safe(a, "Keine Verbindung zum Server", None)
        .unwrap();
    assert_eq!(queue(&store), vec![a, b, c]);
    assert_eq!(status(&store, a), OutboxStatus::Wartend);

    // Dequeue and enqueue again goes to the end.
    store.dequeue(a).unwrap();
    store.enqueue(a).unwrap();
    assert_eq!(queue(&store), vec![b, c, a]);
}

#[test]
fn interrupted_send_becomes_unclear_on_open() {
    let (_dir, path, mut store) = temp_store();
    let sending = draft_in(&mut store, OutboxState::Wartend);
    let waiting = draft_in(&mut store, OutboxState::Wartend);
    let reference = store.begin_send(sending).unwrap().client_reference;
    drop(store); // as if the app died mid-send

    let store = reopen(&path);
    assert_eq!(
        status(&store, sending),
        OutboxStatus::Unklar {
            client_reference: reference.clone()
        }
    );
    match events(&store, sending).last() {
        Some(HistoryEvent::Error { message, trace_id }) => {
            assert!(message.contains(&reference));
            assert_eq!(trace_id, &None);
        }
        other => panic!("expected Error, got {other:?}"),
    }
    assert_eq!(state(&store, waiting), OutboxState::Wartend);
}

type Action = fn(&mut Store, DraftId) -> Result<(), StoreError>;

/// Every transition, with the states it may start from.
const TRANSITIONS: &[(&str, Action, &[OutboxState])] = &[
    (
        "enqueue",
        |s, id| s.enqueue(id),
        &[OutboxState::Entwurf, OutboxState::Abgelehnt],
    ),
    ("dequeue", |s, id| s.dequeue(id), &[OutboxState::Wartend]),
    (
        "begin_send",
        |s, id| s.begin_send(id).map(drop),
        &[OutboxState::Wartend],
    ),
    (
        "finish_sent",
        |s, id| s.finish_sent(id, "AB1", vec![]),
        &[OutboxState::WirdGesendet],
    ),
    (
        "finish_rejected",
        |s, id| s.finish_rejected(id, vec![], vec![]),
        &[OutboxState::WirdGesendet],
    ),
    (
        "finish_unclear",
        |s, id| s.finish_unclear(id, "x", None),
        &[OutboxState::WirdGesendet],
    ),
    (
        "retry_safe",
        |s, id| s.retry_safe(id, "x", None),
        &[OutboxState::WirdGesendet],
    ),
    (
        "resolve_unclear(Found)",
        |s, id| {
            s.resolve_unclear(
                id,
                Resolution::Found {
                    vorgangsnummer: "AB1".into(),
                },
            )
        },
        &[OutboxState::Unklar],
    ),
    (
        "resolve_unclear(SendAgain)",
        |s, id| s.resolve_unclear(id, Resolution::SendAgain),
        &[OutboxState::Unklar],
    ),
];

#[test]
fn illegal_transitions_are_refused_and_change_nothing() {
    let (_dir, _path, mut store) = temp_store();
    for &from in &OutboxState::ALL {
        for (name, action, allowed) in TRANSITIONS {
            let id = draft_in(&mut store, from);
            let before = store.get(id).unwrap();
            let result = action(&mut store, id);
            if allowed.contains(&from) {
                assert!(result.is_ok(), "{name} from {from:?}: {result:?}");
                continue;
            }
            match result {
                Err(err @ StoreError::IllegalTransition { .. }) => {
                    let StoreError::IllegalTransition {
                        id: at, from: was, ..
                    } = &err
                    else {
                        unreachable!()
                    };
                    assert_eq!((*at, *was), (id, from), "{name}");
                    assert_eq!(err.code(), "illegal_transition");
                    assert!(err.to_string().contains(&format!("„{from}“")), "{err}");
                }
                other => panic!("{name} from {from:?} should be illegal, got {other:?}"),
            }
            assert_eq!(store.get(id).unwrap(), before, "{name} from {from:?}");
        }
    }
}

#[test]
fn sent_or_possibly_sent_drafts_are_not_editable() {
    let (_dir, _path, mut store) = temp_store();
    for from in [
        OutboxState::WirdGesendet,
        OutboxState::Gesendet,
        OutboxState::Unklar,
    ] {
        let id = draft_in(&mut store, from);
        let err = store
            .save(id, &header("Anna"), &content("geändert"))
            .unwrap_err();
        assert!(
            matches!(err, StoreError::NotEditable { state, .. } if state == from),
            "{err:?}"
        );
        assert!(err.to_string().contains("Duplizieren"));
        assert_eq!(store.get(id).unwrap().content.ok(), Some(&content("Anna")));
    }
}

#[test]
fn a_draft_being_sent_cannot_be_deleted() {
    let (_dir, _path, mut store) = temp_store();
    let id = draft_in(&mut store, OutboxState::WirdGesendet);
    assert!(matches!(
        store.delete(id),
        Err(StoreError::IllegalTransition {
            action: "Löschen",
            ..
        })
    ));
    store
        .finish_unclear(id, "Zeitüberschreitung", None)
        .unwrap();
    store.delete(id).unwrap();
}

#[test]
fn transitions_on_unknown_drafts_fail_with_not_found() {
    let (_dir, _path, mut store) = temp_store();
    for (name, action, _) in TRANSITIONS {
        let result = action(&mut store, DraftId::new());
        assert!(
            matches!(result, Err(StoreError::NotFound(_))),
            "{name}: {result:?}"
        );
    }
}
