//! Random sequences of operations against a plain in-memory model: what is
//! listed is what was saved minus what was deleted, contents round-trip
//! exactly, and no draft is ever in a state the machine does not allow.

mod common;

use std::collections::BTreeMap;

use common::{header, temp_store};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value;
use store::{DraftId, ListQuery, OutboxState, Resolution, Store, StoreError};

#[derive(Debug, Clone)]
enum Op {
    Create { title: String, content: Value },
    Edit { which: Index, content: Value },
    Duplicate { which: Index },
    Delete { which: Index },
    Step { which: Index, step: Step },
    Reopen,
}

#[derive(Debug, Clone, Copy)]
enum Step {
    Enqueue,
    Dequeue,
    BeginSend,
    FinishSent,
    FinishRejected,
    FinishUnclear,
    RetrySafe,
    ResolveFound,
    ResolveSendAgain,
}

impl Step {
    /// The model: where a step may start and where it leads.
    fn apply(self, from: OutboxState) -> Option<OutboxState> {
        use OutboxState::*;
        match (self, from) {
            (Step::Enqueue, Entwurf | Abgelehnt) => Some(Wartend),
            (Step::Dequeue, Wartend) => Some(Entwurf),
            (Step::BeginSend, Wartend) => Some(WirdGesendet),
            (Step::FinishSent, WirdGesendet) => Some(Gesendet),
            (Step::FinishRejected, WirdGesendet) => Some(Abgelehnt),
            (Step::FinishUnclear, WirdGesendet) => Some(Unklar),
            (Step::RetrySafe, WirdGesendet) => Some(Wartend),
            (Step::ResolveFound, Unklar) => Some(Gesendet),
            (Step::ResolveSendAgain, Unklar) => Some(Wartend),
            _ => None,
        }
    }

    fn run(self, store: &mut Store, id: DraftId) -> Result<(), StoreError> {
        match self {
            Step::Enqueue => store.enqueue(id),
            Step::Dequeue => store.dequeue(id),
            Step::BeginSend => store.begin_send(id).map(drop),
            Step::FinishSent => store.finish_sent(id, "AB1", vec![]),
            Step::FinishRejected => store.finish_rejected(id, vec!["Nein".into()], vec![]),
            Step::FinishUnclear => store.finish_unclear(id, "Zeitüberschreitung", None),
            Step::RetrySafe => store.retry_safe(id, "Keine Verbindung", None),
            Step::ResolveFound => store.resolve_unclear(
                id,
                Resolution::Found {
                    vorgangsnummer: "AB2".into(),
                },
            ),
            Step::ResolveSendAgain => store.resolve_unclear(id, Resolution::SendAgain),
        }
    }
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        // Decimal text as the forms produce it, kept exactly.
        (any::<i32>(), 0u32..1000)
            .prop_map(|(a, b)| { serde_json::from_str(&format!("{a}.{b:03}")).unwrap() }),
        "\\PC{0,20}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-zA-ZäöüÄÖÜß_]{1,8}", inner, 0..4)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        Just(Step::Enqueue),
        Just(Step::Dequeue),
        Just(Step::BeginSend),
        Just(Step::FinishSent),
        Just(Step::FinishRejected),
        Just(Step::FinishUnclear),
        Just(Step::RetrySafe),
        Just(Step::ResolveFound),
        Just(Step::ResolveSendAgain),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        2 => ("\\PC{0,16}", json_value()).prop_map(|(title, content)| Op::Create { title, content }),
        2 => (any::<Index>(), json_value()).prop_map(|(which, content)| Op::Edit { which, content }),
        1 => any::<Index>().prop_map(|which| Op::Duplicate { which }),
        1 => any::<Index>().prop_map(|which| Op::Delete { which }),
        5 => (any::<Index>(), step()).prop_map(|(which, step)| Op::Step { which, step }),
        1 => Just(Op::Reopen),
    ]
}

#[derive(Debug, Clone)]
struct Expected {
    title: String,
    content: Value,
    state: OutboxState,
}

fn pick(model: &BTreeMap<DraftId, Expected>, which: &Index) -> Option<DraftId> {
    (!model.is_empty()).then(|| *which.get(&model.keys().copied().collect::<Vec<_>>()))
}

fn check(store: &Store, model: &BTreeMap<DraftId, Expected>) {
    let listed = store.list(&ListQuery::default()).unwrap();
    let mut ids: Vec<_> = listed.iter().map(|s| s.id).collect();
    ids.sort();
    assert_eq!(ids, model.keys().copied().collect::<Vec<_>>());
    for summary in listed {
        let expected = &model[&summary.id];
        let meta = summary.meta.ok().expect("readable");
        assert_eq!(summary.state, expected.state);
        assert_eq!(meta.status.state(), expected.state, "meta and column agree");
        assert_eq!(meta.title, expected.title);
        assert_eq!(
            store.get(summary.id).unwrap().content.ok(),
            Some(&expected.content)
        );
    }
    let queued = store.queue().unwrap();
    assert!(queued.iter().all(|s| s.state == OutboxState::Wartend));
    let waiting = model
        .values()
        .filter(|e| e.state == OutboxState::Wartend)
        .count();
    assert_eq!(queued.len(), waiting);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn store_follows_the_model(ops in prop::collection::vec(op(), 1..40)) {
        let (_dir, path, mut store) = temp_store();
        let mut model: BTreeMap<DraftId, Expected> = BTreeMap::new();
        for op in ops {
            match op {
                Op::Create { title, content } => {
                    let id = DraftId::new();
                    store.save(id, &header(&title), &content).unwrap();
                    model.insert(id, Expected { title, content, state: OutboxState::Entwurf });
                }
                Op::Edit { which, content } => {
                    let Some(id) = pick(&model, &which) else { continue };
                    let expected = model.get_mut(&id).unwrap();
                    let result = store.save(id, &header(&expected.title), &content);
                    if expected.state.is_editable() {
                        result.unwrap();
                        if expected.content != content {
                            expected.content = content;
                            expected.state = OutboxState::Entwurf;
                        }
                    } else {
                        let refused = matches!(result, Err(StoreError::NotEditable { .. }));
                        prop_assert!(refused, "edit in {:?}: {:?}", expected.state, result);
                    }
                }
                Op::Duplicate { which } => {
                    let Some(id) = pick(&model, &which) else { continue };
                    let copy = store.duplicate(id).unwrap().id;
                    let mut expected = model[&id].clone();
                    expected.state = OutboxState::Entwurf;
                    model.insert(copy, expected);
                }
                Op::Delete { which } => {
                    let Some(id) = pick(&model, &which) else { continue };
                    let result = store.delete(id);
                    if model[&id].state == OutboxState::WirdGesendet {
                        let refused = matches!(result, Err(StoreError::IllegalTransition { .. }));
                        prop_assert!(refused, "delete while sending: {:?}", result);
                    } else {
                        result.unwrap();
                        model.remove(&id);
                    }
                }
                Op::Step { which, step } => {
                    let Some(id) = pick(&model, &which) else { continue };
                    let expected = model.get_mut(&id).unwrap();
                    let result = step.run(&mut store, id);
                    match step.apply(expected.state) {
                        Some(next) => {
                            result.unwrap();
                            expected.state = next;
                        }
                        None => {
                            let refused =
                                matches!(result, Err(StoreError::IllegalTransition { .. }));
                            prop_assert!(refused, "{:?} from {:?}: {:?}", step, expected.state, result);
                        }
                    }
                }
                Op::Reopen => {
                    drop(store);
                    store = common::reopen(&path);
                    for expected in model.values_mut() {
                        if expected.state == OutboxState::WirdGesendet {
                            expected.state = OutboxState::Unklar;
                        }
                    }
                }
            }
            check(&store, &model);
        }
    }
}
