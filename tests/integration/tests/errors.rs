//! Every error status the specs list, from the real sandbox through the real clients: each
//! becomes its `ApiError` case with the request's trace id, the Problem's violations at their
//! field paths, and the right verdict on whether the request was processed.

mod common;

use std::time::Duration;

use common::*;
use europace::auth::{Impersonation, OAuthErrorCode};
use europace::error::{ApiError, Outcome};
use europace::kex_export::client::KexExportClient;
use europace::kex_import::VorgangResponse;
use europace::kex_import::client::KexImportClient;
use europace::kundenangaben::{Kundenangaben, KundenangabenImportResponse};
use sandbox::FaultKind;
use serde_json::{Value, json};

const KEX_IMPORT: &str = "/kex-vorgang-import/vorgang";
const KEX_EXPORT: &str = "/kreditsmart/kex/vorgaenge";

fn lead() -> Value {
    json_bodies("kex-vorgang-import-api.md").remove(0)
}

async fn imported(h: &Harness) -> String {
    let answer: VorgangResponse = h.kex_import().create_vorgang(&lead()).await.unwrap();
    answer.vorgangsnummer.unwrap()
}

fn kundenangaben_example() -> Value {
    json_bodies("kundenangaben-api.md").remove(0)
}

/// The violations of the error's Problem as (field, message).
fn violations(error: &ApiError) -> Vec<(String, String)> {
    error
        .problem()
        .unwrap_or_else(|| panic!("{error:?}"))
        .violations
        .iter()
        .map(|v| (v.field.clone(), v.message.clone().unwrap_or_default()))
        .collect()
}

#[tokio::test]
async fn status_400_keeps_each_violation_at_its_field() {
    let h = Harness::start().await;
    let wrong_structure =
        json!({"kundenbetreuer": {"partnerId": "ABC12"}, "antragsteller1": "Max"});
    let error = h
        .kex_import()
        .create_vorgang::<_, VorgangResponse>(&wrong_structure)
        .await
        .unwrap_err();
    assert_error(&error, "bad_request", Outcome::NotProcessed);
    assert_problem_traced(&error);
    assert_eq!(violations(&error)[0].0, "antragsteller1");

    let mut three = kundenangaben_example();
    let kunde = three["kundenangaben"]["haushalte"][0]["kunden"][0].clone();
    three["kundenangaben"]["haushalte"][0]["kunden"] = json!([kunde, kunde, kunde]);
    let error = h
        .kundenangaben()
        .create::<_, KundenangabenImportResponse>(&three)
        .await
        .unwrap_err();
    assert_error(&error, "bad_request", Outcome::NotProcessed);
    assert_problem_traced(&error);
    assert_eq!(
        violations(&error),
        [(
            "haushalte[0].kunden".to_owned(),
            "size must be between 0 and 2".to_owned()
        )]
    );
    let findings = error.problem().unwrap().findings();
    assert_eq!(findings[0].path, "haushalte[0].kunden");

    let nr = imported(&h).await;
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("leer.pdf");
    std::fs::write(&empty, b"").unwrap();
    let error = h
        .kex_update()
        .upload_dokument(&nr, &empty, "leer.pdf", |_| {})
        .await
        .unwrap_err();
    assert_error(&error, "bad_request", Outcome::NotProcessed);
    assert_eq!(violations(&error)[0].0, "base64Content");
    assert!(h.state().vorgaenge[&nr].dokumente.is_empty());
    assert!(h.state().kundenangaben.is_empty());
}

#[tokio::test]
async fn status_400_from_body_validation_and_replace() {
    let h = Harness::start().await;
    let mut wrong_type = kundenangaben_example();
    wrong_type["kundenangaben"]["haushalte"][0]["kunden"][0]["finanzielles"]["einkommenNetto"] =
        json!("viel");
    let error = h
        .kundenangaben()
        .validate::<_, KundenangabenImportResponse>(&wrong_type)
        .await
        .unwrap_err();
    assert_error(&error, "bad_request", Outcome::NotProcessed);
    assert_eq!(
        violations(&error)[0].0,
        "haushalte[0].kunden[0].finanzielles.einkommenNetto"
    );

    let created: KundenangabenImportResponse = h
        .kundenangaben()
        .create(&kundenangaben_example())
        .await
        .unwrap();
    let nr = created.vorgangsnummer.unwrap();
    let replace = json!({"updateMetadaten": {}, "kundenangaben": wrong_type["kundenangaben"]});
    let error = h.kundenangaben().replace(&nr, &replace).await.unwrap_err();
    assert_error(&error, "bad_request", Outcome::NotProcessed);
    assert_eq!(
        violations(&error)[0].0,
        "haushalte[0].kunden[0].finanzielles.einkommenNetto"
    );
}

#[tokio::test]
async fn status_401_makes_the_client_refresh_its_token_once() {
    let h = Harness::start().await;
    // Two 401s in a row fail one call, which therefore tried exactly twice: the third 401
    // goes to the next call, whose retry with a fresh token gets through.
    h.fault(KEX_IMPORT, FaultKind::Status { status: 401 }, 3);
    let error = h
        .kex_import()
        .create_vorgang::<_, VorgangResponse>(&lead())
        .await
        .unwrap_err();
    assert_error(&error, "unauthorized", Outcome::NotProcessed);
    let answer: VorgangResponse = h.kex_import().create_vorgang(&lead()).await.unwrap();
    assert!(answer.vorgangsnummer.is_some());
    assert_eq!(h.state().vorgaenge.len(), 1);
}

#[tokio::test]
async fn an_expired_token_is_replaced_and_the_call_succeeds() {
    let h = Harness::start().await;
    let nr = imported(&h).await;
    // A restarted sandbox has forgotten every token it issued, as if they had expired; the
    // client still holds its token and learns only from the 401.
    let h = h.restart().await;
    let vorgang = h.kex_export().vorgang(&nr).await.unwrap();
    assert_eq!(vorgang.vorgangsnummer.as_deref(), Some(nr.as_str()));
    imported(&h).await;
    assert_eq!(h.state().vorgaenge.len(), 2);
}

#[tokio::test]
async fn status_401_without_a_token_and_from_dr_klein_and_the_token_endpoint() {
    let h = Harness::start().await;
    let no_token = reqwest::Client::new()
        .post(format!("{}/vorgang", h.sandbox.urls().kex_import))
        .json(&lead())
        .send()
        .await
        .unwrap();
    assert_eq!(no_token.status(), 401);
    assert!(no_token.headers().contains_key("www-authenticate"));

    let wrong_jwt = europace::drklein::client::DrKleinClient::new(
        &h.transport,
        europace::auth::Secret::new("kein-jwt"),
    );
    let error = wrong_jwt
        .create_lead::<_, Value>(&json_bodies("drklein-lead-api.md").remove(0))
        .await
        .unwrap_err();
    assert_error(&error, "unauthorized", Outcome::NotProcessed);
    assert!(h.state().vorgaenge.is_empty());

    let wrong_secret = europace::auth::TokenProvider::new(
        &h.transport,
        europace::auth::ClientCredentials {
            client_id: "sandbox".into(),
            client_secret: europace::auth::Secret::new("falsch"),
        },
    );
    let error = KexImportClient::new(wrong_secret)
        .create_vorgang::<_, Value>(&lead())
        .await
        .unwrap_err();
    assert_error(&error, "token_rejected", Outcome::NotProcessed);
    assert!(matches!(
        error,
        ApiError::TokenRejected {
            status: 401,
            error: OAuthErrorCode::InvalidClient,
            ..
        }
    ));

    let unknown_actor = h.tokens.acting_for(Impersonation {
        subject: "ABC12".into(),
        actor: "X".into(),
    });
    let error = KexImportClient::new(unknown_actor)
        .create_vorgang::<_, Value>(&lead())
        .await
        .unwrap_err();
    assert!(matches!(
        error,
        ApiError::TokenRejected {
            status: 400,
            error: OAuthErrorCode::UnauthorizedClient,
            ..
        }
    ));
}

#[tokio::test]
async fn status_403_for_a_missing_scope_and_a_foreign_vorgang() {
    let h = Harness::start().await;
    let reader = tokens(&h.transport, READ_ONLY_CLIENT);
    let error = KexImportClient::new(reader)
        .create_vorgang::<_, VorgangResponse>(&lead())
        .await
        .unwrap_err();
    assert_error(&error, "forbidden", Outcome::NotProcessed);
    assert_problem_traced(&error);
    assert!(matches!(
        error,
        ApiError::Forbidden {
            insufficient_scope: true,
            ..
        }
    ));
    assert!(h.state().vorgaenge.is_empty());

    let acting = h.tokens.acting_for(Impersonation {
        subject: "ABC12".into(),
        actor: "XYZ54".into(),
    });
    let answer: VorgangResponse = KexImportClient::new(acting)
        .create_vorgang(&lead())
        .await
        .unwrap();
    let foreign = answer.vorgangsnummer.unwrap();
    // The export reports it as a GraphQL error with status 200.
    let error = KexExportClient::new(h.tokens.clone())
        .vorgang(&foreign)
        .await
        .unwrap_err();
    assert_error(&error, "graphql", Outcome::NotProcessed);
    let ApiError::GraphQl { errors, .. } = &error else {
        unreachable!()
    };
    assert_eq!(errors[0].message, "Insufficient access rights");
    assert_eq!(
        errors[0].extensions.as_ref().unwrap()["code"],
        serde_json::json!(403)
    );
    let error = h
        .kex_update()
        .add_kommentare(&foreign, &["fremd".to_owned()])
        .await
        .unwrap_err();
    assert_error(&error, "forbidden", Outcome::NotProcessed);
    assert!(matches!(
        error,
        ApiError::Forbidden {
            insufficient_scope: false,
            ..
        }
    ));
    assert!(h.state().vorgaenge[&foreign].kommentare.is_empty());

    let created: KundenangabenImportResponse = h
        .kundenangaben()
        .create(&kundenangaben_example())
        .await
        .unwrap();
    let other = europace::kundenangaben::client::KundenangabenClient::new(h.tokens.acting_for(
        Impersonation {
            subject: "ABC12".into(),
            actor: "XYZ54".into(),
        },
    ));
    let error = other
        .get::<Kundenangaben>(&created.vorgangsnummer.unwrap())
        .await
        .unwrap_err();
    assert_error(&error, "forbidden", Outcome::NotProcessed);
}

#[tokio::test]
async fn status_404_for_an_unknown_vorgang() {
    let h = Harness::start().await;
    let error = h
        .kex_update()
        .add_kommentare("ZZZZZZ", &["x".to_owned()])
        .await
        .unwrap_err();
    assert_error(&error, "not_found", Outcome::NotProcessed);
    assert_problem_traced(&error);
    // A number typed by the user stays one path segment, however odd.
    let error = h
        .kex_update()
        .add_kommentare("AB/12?x=1#y", &["x".to_owned()])
        .await
        .unwrap_err();
    assert_error(&error, "not_found", Outcome::NotProcessed);
    let error = h
        .kundenangaben()
        .get::<Kundenangaben>("ZZZZZZ")
        .await
        .unwrap_err();
    assert_error(&error, "not_found", Outcome::NotProcessed);
    let error = h
        .kundenangaben()
        .replace(
            "ZZZZZZ",
            &json!({"updateMetadaten": {}, "kundenangaben": {}}),
        )
        .await
        .unwrap_err();
    assert_error(&error, "not_found", Outcome::NotProcessed);
    // The export answers an unknown Vorgang the GraphQL way.
    let error = h.kex_export().vorgang("ZZZZZZ").await.unwrap_err();
    assert_error(&error, "graphql", Outcome::NotProcessed);
}

#[tokio::test]
async fn status_409_when_the_kundenbetreuer_cannot_be_set() {
    let h = Harness::start().await;
    let mut body = kundenangaben_example();
    body["importMetadaten"]["betreuung"]["kundenbetreuer"] = json!("Herr Berater");
    let error = h
        .kundenangaben()
        .create::<_, KundenangabenImportResponse>(&body)
        .await
        .unwrap_err();
    assert_error(&error, "conflict", Outcome::NotProcessed);
    assert_problem_traced(&error);
    assert!(h.state().kundenangaben.is_empty());
}

#[tokio::test]
async fn status_410_for_a_deleted_vorgang() {
    let h = Harness::start().await;
    let nr = imported(&h).await;
    h.sandbox.delete_vorgang(&nr).unwrap();
    let error = h.kex_export().vorgang(&nr).await.unwrap_err();
    assert_error(&error, "gone", Outcome::NotProcessed);
    assert!(
        matches!(&error, ApiError::Gone { vorgangsnummer: Some(n), .. } if *n == nr),
        "{error:?}"
    );
    let error = h
        .kex_update()
        .add_kommentare(&nr, &["zu spät".to_owned()])
        .await
        .unwrap_err();
    assert_error(&error, "gone", Outcome::NotProcessed);
    assert_problem_traced(&error);
    assert!(h.state().vorgaenge[&nr].kommentare.is_empty());
}

#[tokio::test]
async fn status_422_for_a_missing_kundenbetreuer_and_a_repeated_referenz_id() {
    let h = Harness::start().await;
    let mut no_partner = lead();
    no_partner.as_object_mut().unwrap().remove("kundenbetreuer");
    let error = h
        .kex_import()
        .create_vorgang::<_, VorgangResponse>(&no_partner)
        .await
        .unwrap_err();
    assert_error(&error, "unprocessable", Outcome::NotProcessed);
    assert_problem_traced(&error);
    assert_eq!(violations(&error)[0].0, "kundenbetreuer.partnerId");
    assert!(
        matches!(&error, ApiError::Unprocessable { messages, .. }
            if messages == &["A valid Kundenbetreuer-Partner-ID is missing"]),
        "{error:?}"
    );
    assert!(
        error
            .to_string()
            .contains("A valid Kundenbetreuer-Partner-ID is missing"),
        "{error}"
    );

    // Dr. Klein hands the lead to the KEX import, which refuses it the same way.
    let mut lead_without_partner = json_bodies("drklein-lead-api.md").remove(0);
    lead_without_partner
        .as_object_mut()
        .unwrap()
        .remove("kundenbetreuer");
    let error = h
        .drklein()
        .create_lead::<_, Value>(&lead_without_partner)
        .await
        .unwrap_err();
    assert_error(&error, "unprocessable", Outcome::NotProcessed);
    assert_problem_traced(&error);

    let mut twice = kundenangaben_example();
    let kunde = twice["kundenangaben"]["haushalte"][0]["kunden"][0].clone();
    twice["kundenangaben"]["haushalte"][0]["kunden"] = json!([kunde, kunde]);
    let error = h
        .kundenangaben()
        .create::<_, KundenangabenImportResponse>(&twice)
        .await
        .unwrap_err();
    assert_error(&error, "unprocessable", Outcome::NotProcessed);
    assert!(h.state().vorgaenge.is_empty() && h.state().kundenangaben.is_empty());
}

#[tokio::test]
async fn status_429_carries_retry_after() {
    let h = Harness::start().await;
    h.fault(
        KEX_EXPORT,
        FaultKind::TooManyRequests {
            retry_after_secs: 3,
        },
        1,
    );
    let error = h.kex_export().vorgang("ZZZZZZ").await.unwrap_err();
    assert_error(&error, "too_many_requests", Outcome::NotProcessed);
    assert_problem_traced(&error);
    assert!(matches!(
        error,
        ApiError::TooManyRequests { retry_after: Some(d), .. } if d == Duration::from_secs(3)
    ));

    // The token endpoint's rate limit reaches the caller the same way.
    h.fault(
        "/auth/token",
        FaultKind::TooManyRequests {
            retry_after_secs: 5,
        },
        1,
    );
    let fresh = tokens(&h.transport, "sandbox");
    let error = KexExportClient::new(fresh)
        .vorgang("ZZZZZZ")
        .await
        .unwrap_err();
    assert!(matches!(
        error,
        ApiError::TooManyRequests { retry_after: Some(d), .. } if d == Duration::from_secs(5)
    ));
}

#[tokio::test]
async fn status_503_carries_the_trace_id() {
    let h = Harness::start().await;
    h.fault_on(
        "/baufinanzierung/kundenangaben/{vorgangsnummer}",
        "GET",
        FaultKind::ServiceUnavailable,
        1,
    );
    let error = h
        .kundenangaben()
        .get::<Kundenangaben>("ZZZZZZ")
        .await
        .unwrap_err();
    assert_error(&error, "service_unavailable", Outcome::NotProcessed);
    assert_problem_traced(&error);

    // The token endpoint's 503 reaches the caller the same way.
    h.fault("/auth/token", FaultKind::ServiceUnavailable, 1);
    let fresh = tokens(&h.transport, "sandbox");
    let error = KexExportClient::new(fresh)
        .vorgang("ZZZZZZ")
        .await
        .unwrap_err();
    assert_error(&error, "service_unavailable", Outcome::NotProcessed);
    assert_problem_traced(&error);
}

#[tokio::test]
async fn an_unreadable_answer_names_the_path_and_counts_as_processed() {
    let h = Harness::start().await;
    // The body is a proper import answer, read into a type that disagrees with it.
    #[derive(Debug, serde::Deserialize)]
    struct Wrong {
        #[allow(dead_code)]
        vorgangsnummer: u32,
    }
    let error = h
        .kex_import()
        .create_vorgang::<_, Wrong>(&lead())
        .await
        .unwrap_err();
    assert_error(&error, "decode", Outcome::Processed);
    assert!(matches!(&error, ApiError::Decode { path, .. } if path == "vorgangsnummer"));

    let nr = imported(&h).await;
    h.fault(KEX_EXPORT, FaultKind::MalformedBody, 1);
    let error = h.kex_export().vorgang(&nr).await.unwrap_err();
    assert_error(&error, "decode", Outcome::Processed);
    let ApiError::Decode { path, .. } = &error else {
        unreachable!()
    };
    assert!(path.starts_with("data.vorgang"), "{error:?}");
}

#[tokio::test]
async fn no_answer_within_the_client_timeout_is_a_timeout() {
    let h = Harness::quick().await;
    let nr = imported(&h).await;
    let beyond = QUICK_TIMEOUT.as_millis() as u64 * 3;
    h.fault(KEX_EXPORT, FaultKind::Latency { millis: beyond }, 1);
    let error = h.kex_export().vorgang(&nr).await.unwrap_err();
    assert_error(&error, "timeout", Outcome::Unknown);
    // Within the timeout a slow answer is just slow.
    h.fault(KEX_EXPORT, FaultKind::Latency { millis: 100 }, 1);
    h.kex_export().vorgang(&nr).await.unwrap();
}

#[tokio::test]
async fn status_403_from_the_export_for_a_token_without_the_read_scope() {
    let h = Harness::with(europace::transport::Timeouts::default(), |config| {
        config.clients.push(sandbox::ClientConfig {
            client_id: "nur-schreiben".to_owned(),
            client_secret: "nur-schreiben".to_owned(),
            scopes: vec!["privatkredit:vorgang:schreiben".to_owned()],
        });
    })
    .await;
    let writer = tokens(&h.transport, "nur-schreiben");
    let answer: VorgangResponse = KexImportClient::new(writer.clone())
        .create_vorgang(&lead())
        .await
        .unwrap();
    // Missing permission is an HTTP 403 here; only access to a foreign Vorgang is a GraphQL error.
    let error = KexExportClient::new(writer)
        .vorgang(&answer.vorgangsnummer.unwrap())
        .await
        .unwrap_err();
    assert_error(&error, "forbidden", Outcome::NotProcessed);
    assert_problem_traced(&error);
    assert!(matches!(
        error,
        ApiError::Forbidden {
            insufficient_scope: true,
            ..
        }
    ));
}

#[tokio::test]
async fn one_401_is_retried_with_a_fresh_token_by_every_oauth_client() {
    let h = Harness::start().await;
    let nr = imported(&h).await;
    let update = "/kreditsmart/kex/vorgang/{vorgangsnummer}";

    h.fault(
        &format!("{update}/dokument"),
        FaultKind::Status { status: 401 },
        1,
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ausweis.pdf");
    std::fs::write(&path, vec![7u8; 300 * 1024]).unwrap();
    // The document is streamed once more from the file.
    h.kex_update()
        .upload_dokument(&nr, &path, "Ausweis.pdf", |_| {})
        .await
        .unwrap();

    h.fault(
        &format!("{update}/kommentare"),
        FaultKind::Status { status: 401 },
        1,
    );
    h.kex_update()
        .add_kommentare(&nr, &["nach neuem Token".to_owned()])
        .await
        .unwrap();

    h.fault(KEX_EXPORT, FaultKind::Status { status: 401 }, 1);
    h.kex_export().vorgang(&nr).await.unwrap();

    h.fault(
        "/baufinanzierung/kundenangaben",
        FaultKind::Status { status: 401 },
        1,
    );
    let created: KundenangabenImportResponse = h
        .kundenangaben()
        .create(&kundenangaben_example())
        .await
        .unwrap();
    h.fault_on(
        "/baufinanzierung/kundenangaben/{vorgangsnummer}",
        "GET",
        FaultKind::Status { status: 401 },
        1,
    );
    h.kundenangaben()
        .get::<Kundenangaben>(&created.vorgangsnummer.unwrap())
        .await
        .unwrap();

    let state = h.state();
    let vorgang = &state.vorgaenge[&nr];
    assert_eq!(vorgang.dokumente.len(), 1);
    assert_eq!(vorgang.dokumente[0].groesse, 300 * 1024);
    assert_eq!(vorgang.kommentare.len(), 1);
    assert_eq!(state.kundenangaben.len(), 1);
}
