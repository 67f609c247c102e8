//! Every fault kind against every client that creates something: the client returns the
//! right error, says rightly whether the request was processed, and nothing is created twice
//! when a caller resends exactly the requests the error calls safe to retry.

mod common;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use common::*;
use europace::auth::Impersonation;
use europace::error::{ApiError, Outcome};
use europace::kex_import::VorgangResponse;
use europace::kex_import::client::KexImportClient;
use sandbox::{FaultKind, FaultRule, State};
use serde_json::Value;

/// The subject KEX imports are made for, so their Vorgänge are told apart from the ones
/// Dr. Klein creates and the one documents and comments go to.
const KEX_SUBJECT: &str = "KEX01";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Creator {
    KexImport,
    Kundenangaben,
    DrKlein,
    Dokument,
    Kommentare,
}

const CREATORS: [Creator; 5] = [
    Creator::KexImport,
    Creator::Kundenangaben,
    Creator::DrKlein,
    Creator::Dokument,
    Creator::Kommentare,
];

/// What the requests go to: the Vorgang documents and comments are added to, the document.
struct Target {
    vorgangsnummer: String,
    document: PathBuf,
    _dir: tempfile::TempDir,
}

impl Target {
    async fn prepare(h: &Harness) -> Self {
        let answer: VorgangResponse = h
            .kex_import()
            .create_vorgang(&json_bodies("kex-vorgang-import-api.md").remove(0))
            .await
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let document = dir.path().join("gehaltsnachweis.pdf");
        std::fs::write(&document, b"%PDF-1.3\n%\xc4\xe5\xf2\xe5\xeb").unwrap();
        Self {
            vorgangsnummer: answer.vorgangsnummer.unwrap(),
            document,
            _dir: dir,
        }
    }
}

impl Creator {
    fn route(self) -> &'static str {
        match self {
            Self::KexImport => "/kex-vorgang-import/vorgang",
            Self::Kundenangaben => "/baufinanzierung/kundenangaben",
            Self::DrKlein => "/drklein/vorgang",
            Self::Dokument => "/kreditsmart/kex/vorgang/{vorgangsnummer}/dokument",
            Self::Kommentare => "/kreditsmart/kex/vorgang/{vorgangsnummer}/kommentare",
        }
    }

    /// Whether a success answer has a body the client reads.
    fn reads_an_answer(self) -> bool {
        !matches!(self, Self::Dokument | Self::Kommentare)
    }

    async fn create(self, h: &Harness, target: &Target) -> Result<(), ApiError> {
        let nr = &target.vorgangsnummer;
        match self {
            Self::KexImport => {
                let acting = h.tokens.acting_for(Impersonation {
                    subject: KEX_SUBJECT.into(),
                    actor: "XYZ54".into(),
                });
                KexImportClient::new(acting)
                    .create_vorgang::<_, VorgangResponse>(
                        &json_bodies("kex-vorgang-import-api.md").remove(0),
                    )
                    .await
                    .map(drop)
            }
            Self::Kundenangaben => h
                .kundenangaben()
                .create::<_, Value>(&json_bodies("kundenangaben-api.md").remove(0))
                .await
                .map(drop),
            Self::DrKlein => h
                .drklein()
                .create_lead::<_, Value>(&json_bodies("drklein-lead-api.md").remove(0))
                .await
                .map(drop),
            Self::Dokument => {
                h.kex_update()
                    .upload_dokument(nr, &target.document, "Gehaltsnachweis.pdf", |_| {})
                    .await
            }
            Self::Kommentare => {
                h.kex_update()
                    .add_kommentare(nr, &["Kunde bittet um Rückruf".to_owned()])
                    .await
            }
        }
    }

    /// How many things this creator has created so far.
    fn count(self, state: &State, target: &Target) -> usize {
        let vorgang = &state.vorgaenge[&target.vorgangsnummer];
        match self {
            Self::KexImport => state
                .vorgaenge
                .values()
                .filter(|v| v.owner == KEX_SUBJECT)
                .count(),
            Self::Kundenangaben => state.kundenangaben.len(),
            Self::DrKlein => {
                let leads = state.drklein_leads.len();
                let vorgaenge = state
                    .drklein_leads
                    .values()
                    .filter(|l| state.vorgaenge.contains_key(&l.europace_vorgangsnummer))
                    .count();
                assert_eq!(leads, vorgaenge, "every lead has its Vorgang");
                leads
            }
            Self::Dokument => vorgang.dokumente.len(),
            Self::Kommentare => vorgang.kommentare.len(),
        }
    }
}

/// What a fault must lead to.
struct Expected {
    code: &'static str,
    outcome: Outcome,
    /// How many things exist after the failed call.
    created: usize,
}

/// Sends one create request per creator at once, each hit by `fault` once, and checks each
/// result against `expect`. Then every creator whose error is safe to retry sends again
/// without faults; in the end each created exactly one thing.
async fn each_creator_under(fault: FaultKind, expect: impl Fn(Creator) -> Option<Expected>) {
    let h = Harness::quick().await;
    let target = Target::prepare(&h).await;
    h.sandbox.set_faults(
        CREATORS
            .iter()
            .map(|c| FaultRule {
                route: c.route().to_owned(),
                method: Some("POST".to_owned()),
                fault: fault.clone(),
                probability: None,
                every_nth: None,
                times: Some(1),
            })
            .collect(),
        Some(7),
    );
    let [a, b, c, d, e] = CREATORS;
    let results = tokio::join!(
        a.create(&h, &target),
        b.create(&h, &target),
        c.create(&h, &target),
        d.create(&h, &target),
        e.create(&h, &target),
    );
    let results = [results.0, results.1, results.2, results.3, results.4];
    if let FaultKind::Latency { millis } = fault {
        // Let the delayed requests run out before looking at the state.
        tokio::time::sleep(Duration::from_millis(millis) + Duration::from_millis(200)).await;
    }
    let state = h.state();
    for (creator, result) in CREATORS.into_iter().zip(&results) {
        match (expect(creator), result) {
            (None, Ok(())) => assert_eq!(creator.count(&state, &target), 1, "{creator:?}"),
            (Some(expected), Err(error)) => {
                assert_error(error, expected.code, expected.outcome);
                let created = creator.count(&state, &target);
                // A request cut off by the client's timeout may or may not have been handled.
                if expected.code == "timeout" {
                    assert!(created <= 1, "{creator:?}: {created}");
                } else {
                    assert_eq!(created, expected.created, "{creator:?}: {error:?}");
                }
            }
            (expected, result) => panic!(
                "{creator:?}: expected {:?}, got {result:?}",
                expected.map(|e| e.code)
            ),
        }
    }
    h.no_faults();
    for (creator, result) in CREATORS.into_iter().zip(results) {
        if result.is_err_and(|e| e.is_safe_to_retry()) {
            creator.create(&h, &target).await.unwrap();
            assert_eq!(creator.count(&h.state(), &target), 1, "{creator:?}");
        }
    }
}

fn rejected(code: &'static str) -> impl Fn(Creator) -> Option<Expected> {
    move |_| {
        Some(Expected {
            code,
            outcome: Outcome::NotProcessed,
            created: 0,
        })
    }
}

/// Processed, but the answer is unreadable: only for creators that read one.
fn unreadable(creator: Creator) -> Option<Expected> {
    creator.reads_an_answer().then_some(Expected {
        code: "decode",
        outcome: Outcome::Processed,
        created: 1,
    })
}

#[tokio::test]
async fn latency_beyond_the_timeout() {
    // An upload may take a second more per started 64 KiB than an ordinary request.
    let millis = QUICK_TIMEOUT.as_millis() as u64 * 2 + 1000;
    each_creator_under(FaultKind::Latency { millis }, |_| {
        Some(Expected {
            code: "timeout",
            outcome: Outcome::Unknown,
            created: 0,
        })
    })
    .await;
}

#[tokio::test]
async fn a_bad_gateway_promises_nothing() {
    each_creator_under(FaultKind::Status { status: 502 }, |_| {
        Some(Expected {
            code: "unexpected_status",
            outcome: Outcome::Unknown,
            created: 0,
        })
    })
    .await;
}

#[tokio::test]
async fn too_many_requests() {
    each_creator_under(
        FaultKind::TooManyRequests {
            retry_after_secs: 2,
        },
        rejected("too_many_requests"),
    )
    .await;
}

#[tokio::test]
async fn service_unavailable() {
    each_creator_under(
        FaultKind::ServiceUnavailable,
        rejected("service_unavailable"),
    )
    .await;
}

#[tokio::test]
async fn reset_before_processing() {
    each_creator_under(
        FaultKind::ResetBeforeProcessing,
        rejected("connection_reset"),
    )
    .await;
}

#[tokio::test]
async fn dropped_after_processing() {
    each_creator_under(FaultKind::DropAfterProcessing, |_| {
        Some(Expected {
            code: "connection_lost",
            outcome: Outcome::Unknown,
            created: 1,
        })
    })
    .await;
}

#[tokio::test]
async fn malformed_body() {
    each_creator_under(FaultKind::MalformedBody, unreadable).await;
}

#[tokio::test]
async fn slow_body_past_the_timeout() {
    // One pause per 16 bytes as long as the whole timeout: any answer with a body overruns it.
    let chunk_delay_millis = QUICK_TIMEOUT.as_millis() as u64;
    each_creator_under(FaultKind::SlowBody { chunk_delay_millis }, unreadable).await;
}

#[tokio::test]
async fn slow_body_within_the_timeout() {
    each_creator_under(
        FaultKind::SlowBody {
            chunk_delay_millis: 5,
        },
        |_| None,
    )
    .await;
}

/// Random 503s and dropped answers, decided by a seeded generator: resending exactly what is
/// safe to retry leaves as many Vorgänge as the caller knows of, plus one per unknown outcome.
#[tokio::test]
async fn random_faults_never_duplicate_a_vorgang() {
    let h = Harness::quick().await;
    let rule = |fault, probability| FaultRule {
        route: Creator::KexImport.route().to_owned(),
        method: Some("POST".to_owned()),
        fault,
        probability: Some(probability),
        every_nth: None,
        times: None,
    };
    h.sandbox.set_faults(
        vec![
            rule(FaultKind::ServiceUnavailable, 0.3),
            rule(FaultKind::DropAfterProcessing, 0.2),
        ],
        Some(42),
    );
    let client = h.kex_import();
    let body = json_bodies("kex-vorgang-import-api.md").remove(0);
    let (mut known, mut unknown, mut resent) = (0, 0, 0);
    let started = Instant::now();
    for _ in 0..20 {
        loop {
            match client.create_vorgang::<_, VorgangResponse>(&body).await {
                Ok(_) => known += 1,
                Err(e) if e.is_safe_to_retry() => {
                    resent += 1;
                    continue;
                }
                Err(e) => {
                    assert_eq!(e.outcome(), Outcome::Unknown, "{e:?}");
                    unknown += 1;
                }
            }
            break;
        }
    }
    assert!(resent > 0 && unknown > 0, "the seed exercises both faults");
    assert_eq!(h.state().vorgaenge.len(), known + unknown);
    assert!(started.elapsed() < Duration::from_secs(10));
}

/// An answer the server gives before reading a large document reaches the client, which is
/// still sending it; a reset mid-upload is reported as not processed.
#[tokio::test]
async fn early_answers_and_resets_during_a_large_upload() {
    let h = Harness::start().await;
    let target = Target::prepare(&h).await;
    std::fs::write(&target.document, vec![0x25u8; 2 * 1024 * 1024]).unwrap();
    let cases = [
        (FaultKind::Status { status: 502 }, "unexpected_status"),
        (
            FaultKind::TooManyRequests {
                retry_after_secs: 1,
            },
            "too_many_requests",
        ),
        (FaultKind::ServiceUnavailable, "service_unavailable"),
        (FaultKind::ResetBeforeProcessing, "connection_reset"),
    ];
    for (fault, code) in cases {
        h.fault(Creator::Dokument.route(), fault, 1);
        let error = Creator::Dokument.create(&h, &target).await.unwrap_err();
        assert_eq!(error.code(), code, "{error:?}");
        assert_eq!(Creator::Dokument.count(&h.state(), &target), 0);
    }
    h.no_faults();
    Creator::Dokument.create(&h, &target).await.unwrap();
    assert_eq!(Creator::Dokument.count(&h.state(), &target), 1);
}
