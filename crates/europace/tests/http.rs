//! HTTP behaviour of every client against a scripted local server.

mod support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use europace::auth::{Impersonation, OAuthErrorCode, Secret};
use europace::drklein::client::DrKleinClient;
use europace::environment::{Environment, Site};
use europace::error::{ApiError, Outcome};
use europace::kex_export::client::KexExportClient;
use europace::kex_export::model::{Datenkontext, ProduktanbieterstatusWert};
use europace::kex_import::client::KexImportClient;
use europace::kex_update::client::KexUpdateClient;
use europace::kex_update::upload::UploadProgress;
use europace::kundenangaben::client::KundenangabenClient;
use europace::transport::Timeouts;
use serde::Deserialize;
use serde_json::{Value, json};
use support::*;

#[derive(Debug, Deserialize)]
struct ImportAntwort {
    vorgangsnummer: String,
    messages: Vec<String>,
}

fn import_created() -> Reply {
    Reply::json(
        201,
        json!({"vorgangsnummer": "AB1234", "messages": [], "antragsteller1": {"id": "abcd123-xyz"}}),
    )
}

fn lead() -> Value {
    json!({"kundenbetreuer": {"partnerId": "TEST"},
           "antragsteller1": {"personendaten": {"vorname": "Max", "nachname": "Mustermann"}}})
}

fn assert_trace(recorded: &Recorded, error: &ApiError) {
    assert_eq!(
        recorded.header("x-traceid"),
        Some(error.trace_id().as_str()),
        "the error names the trace id that was sent"
    );
}

// ---- headers, token, environment -------------------------------------------------------

#[tokio::test]
async fn import_sends_token_trace_and_json() {
    let server = TestServer::start().await;
    server.script(KEX_IMPORT, import_created());
    let client = KexImportClient::new(server.tokens());

    let answer: ImportAntwort = client.create_vorgang(&lead()).await.unwrap();
    assert_eq!(answer.vorgangsnummer, "AB1234");
    assert!(answer.messages.is_empty());

    let token = &server.requests(TOKEN)[0];
    let basic = STANDARD.encode(format!("{CLIENT_ID}:{CLIENT_SECRET}"));
    assert_eq!(token.method, "POST");
    assert_eq!(
        token.header("authorization"),
        Some(&*format!("Basic {basic}"))
    );
    assert_eq!(
        token.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        token.form(),
        [
            ("grant_type".into(), "client_credentials".into()),
            ("scope".into(), "privatkredit:vorgang:schreiben".into())
        ]
    );
    assert!(
        token
            .header("x-traceid")
            .unwrap()
            .starts_with("leadbridge-")
    );

    let import = &server.requests(KEX_IMPORT)[0];
    assert_eq!(import.method, "POST");
    assert_eq!(import.header("authorization"), Some("Bearer tok-1"));
    assert_eq!(
        import.header("content-type"),
        Some("application/json;charset=utf-8")
    );
    let trace = import.header("x-traceid").unwrap();
    assert!(trace.starts_with("leadbridge-"), "{trace}");
    assert_ne!(Some(trace), token.header("x-traceid"), "one id per request");
    assert_eq!(
        import.query, None,
        "no environment=PRODUCTION outside Produktion"
    );
    assert_eq!(import.json(), lead());
}

#[tokio::test]
async fn token_is_cached_per_scope_set_and_renewed_when_expiring() {
    let server = TestServer::start().await;
    let tokens = server.tokens();
    let import = KexImportClient::new(tokens.clone());
    let export = KexExportClient::new(tokens.clone());
    for _ in 0..3 {
        server.script(KEX_IMPORT, import_created());
        let _: ImportAntwort = import.create_vorgang(&lead()).await.unwrap();
    }
    assert_eq!(server.requests(TOKEN).len(), 1, "one token for three calls");

    server.script(
        KEX_EXPORT,
        Reply::json(
            200,
            json!({"data": {"vorgang": {"vorgangsnummer": "AB1234"}}}),
        ),
    );
    export.vorgang("AB1234").await.unwrap();
    let tokens_requested = server.requests(TOKEN);
    assert_eq!(tokens_requested.len(), 2, "another scope, another token");
    assert_eq!(
        tokens_requested[1].form()[1],
        ("scope".into(), "privatkredit:vorgang:lesen".into())
    );
    assert_eq!(
        server.requests(KEX_EXPORT)[0].header("authorization"),
        Some("Bearer tok-2")
    );

    // A token that expires at once is fetched anew for every call.
    server.token_lifetime(0);
    let fresh = europace::auth::TokenProvider::new(
        &server.transport(),
        europace::auth::ClientCredentials {
            client_id: CLIENT_ID.into(),
            client_secret: Secret::new(CLIENT_SECRET),
        },
    );
    let import = KexImportClient::new(fresh);
    for _ in 0..2 {
        server.script(KEX_IMPORT, import_created());
        let _: ImportAntwort = import.create_vorgang(&lead()).await.unwrap();
    }
    assert_eq!(server.requests(TOKEN).len(), 4);
}

#[tokio::test]
async fn a_401_refreshes_the_token_once() {
    let server = TestServer::start().await;
    let client = KexImportClient::new(server.tokens());
    server.script(KEX_IMPORT, Reply::status(401));
    server.script(KEX_IMPORT, import_created());
    let answer: ImportAntwort = client.create_vorgang(&lead()).await.unwrap();
    assert_eq!(answer.vorgangsnummer, "AB1234");
    let imports = server.requests(KEX_IMPORT);
    assert_eq!(imports.len(), 2);
    assert_eq!(imports[0].header("authorization"), Some("Bearer tok-1"));
    assert_eq!(imports[1].header("authorization"), Some("Bearer tok-2"));
    assert_ne!(
        imports[0].header("x-traceid"),
        imports[1].header("x-traceid")
    );

    // Rejected again: no third attempt.
    server.script(KEX_IMPORT, Reply::status(401));
    server.script(
        KEX_IMPORT,
        Reply::status(401).header("www-authenticate", "Bearer error=\"invalid_token\""),
    );
    let error = client
        .create_vorgang::<_, ImportAntwort>(&lead())
        .await
        .unwrap_err();
    assert!(
        matches!(&error, ApiError::Unauthorized { www_authenticate: Some(w), .. } if w.contains("invalid_token")),
        "{error:?}"
    );
    assert_eq!(error.outcome(), Outcome::NotProcessed);
    let imports = server.requests(KEX_IMPORT);
    assert_eq!(imports.len(), 4);
    assert_trace(&imports[3], &error);
}

#[tokio::test]
async fn impersonation_sends_subject_actor_and_scope() {
    let server = TestServer::start().await;
    let assistant = server.tokens().acting_for(Impersonation {
        subject: "ABC12".into(),
        actor: "XYZ54".into(),
    });
    server.script(KEX_IMPORT, import_created());
    let _: ImportAntwort = KexImportClient::new(assistant)
        .create_vorgang(&lead())
        .await
        .unwrap();
    assert_eq!(
        server.requests(TOKEN)[0].form(),
        [
            ("grant_type".into(), "client_credentials".into()),
            (
                "scope".into(),
                "impersonieren privatkredit:vorgang:schreiben".into()
            ),
            ("subject".into(), "ABC12".into()),
            ("actor".into(), "XYZ54".into()),
        ]
    );
}

#[tokio::test]
async fn token_endpoint_errors_are_mapped() {
    let server = TestServer::start().await;
    let client = KexImportClient::new(server.tokens());
    let cases = [
        (
            Reply::json(
                401,
                json!({"error": "invalid_client", "error_description": "Client authentication failed"}),
            ),
            "invalid_client",
        ),
        (
            Reply::json(
                400,
                json!({"error": "invalid_scope", "error_description": "Invalid, unknown or malformed scope"}),
            ),
            "invalid_scope",
        ),
        (
            Reply::json(
                400,
                json!({"error": "invalid_request", "error_description": "Missing grant_type"}),
            ),
            "invalid_request",
        ),
    ];
    for (reply, code) in cases {
        server.script(TOKEN, reply);
        let error = client
            .create_vorgang::<_, ImportAntwort>(&lead())
            .await
            .unwrap_err();
        match &error {
            ApiError::TokenRejected { error: e, .. } => {
                assert_eq!(e.as_str(), code);
                assert!(e.is_known());
            }
            other => panic!("{other:?}"),
        }
        assert!(error.is_safe_to_retry());
        assert_trace(server.requests(TOKEN).last().unwrap(), &error);
    }
    assert!(matches!(
        OAuthErrorCode::from("invalid_client"),
        OAuthErrorCode::InvalidClient
    ));

    server.script(TOKEN, Reply::status(429).header("retry-after", "30"));
    let error = client
        .create_vorgang::<_, ImportAntwort>(&lead())
        .await
        .unwrap_err();
    assert!(
        matches!(error, ApiError::TooManyRequests { retry_after: Some(d), .. } if d == Duration::from_secs(30)),
        "{error:?}"
    );
    server.script(TOKEN, Reply::status(503));
    let error = client
        .create_vorgang::<_, ImportAntwort>(&lead())
        .await
        .unwrap_err();
    assert!(
        matches!(error, ApiError::ServiceUnavailable { .. }),
        "{error:?}"
    );
    assert!(
        server.requests(KEX_IMPORT).is_empty(),
        "no token, no request"
    );
}

// ---- status mapping ----------------------------------------------------------------------

#[tokio::test]
async fn each_status_maps_to_its_case_with_trace_id_and_problem() {
    let server = TestServer::start().await;
    let client = KundenangabenClient::new(server.tokens());
    let path = "/baufinanzierung/kundenangaben/A65JS6";
    let problem = |status: u16| {
        Reply::json(
            status,
            json!({"type": "https://api.europace.de/problem/constraint-violation", "status": status,
                   "title": "Constraint Violation", "traceId": "srv-1",
                   "violations": [{"field": "haushalte[0].kunden", "message": "size must be between 0 and 2"}]}),
        )
        .header("content-type", "application/problem+json")
    };
    server.script(path, problem(400));
    server.script(
        path,
        problem(403).header(
            "www-authenticate",
            "Bearer error=\"insufficient_scope\", scope=\"baufinanzierung:vorgang:lesen\"",
        ),
    );
    server.script(path, problem(404));
    server.script(path, problem(409));
    server.script(
        path,
        Reply::json(
            410,
            json!({"message": "Vorgang deleted", "vorgangsnummer": "A65JS6"}),
        ),
    );
    server.script(
        path,
        Reply::json(
            422,
            json!({"messages": ["A valid Kundenbetreuer-Partner-ID is missing"]}),
        ),
    );
    server.script(path, problem(429).header("retry-after", "12"));
    server.script(
        path,
        Reply::json(
            503,
            json!({"title": "Service Unavailable", "status": 503, "traceId": "srv-9"}),
        ),
    );
    server.script(path, Reply::status(502).body("<html>Bad Gateway</html>"));

    let mut errors = Vec::new();
    for _ in 0..9 {
        errors.push(client.get::<Value>("A65JS6").await.unwrap_err());
    }
    let sent = server.requests(path);
    assert_eq!(sent.len(), 9, "no status is retried");
    for (request, error) in sent.iter().zip(&errors) {
        assert_eq!(request.method, "GET");
        assert_eq!(request.header("authorization"), Some("Bearer tok-1"));
        assert_trace(request, error);
    }
    let findings = errors[0].problem().unwrap().findings();
    assert_eq!(findings[0].path, "haushalte[0].kunden");
    assert_eq!(findings[0].message, "size must be between 0 and 2");
    assert!(
        matches!(&errors[0], ApiError::BadRequest { problem: Some(p), .. } if p.trace_id.as_deref() == Some("srv-1"))
    );
    assert!(matches!(
        &errors[1],
        ApiError::Forbidden {
            insufficient_scope: true,
            ..
        }
    ));
    assert!(matches!(&errors[2], ApiError::NotFound { .. }));
    assert!(matches!(&errors[3], ApiError::Conflict { .. }));
    assert!(matches!(&errors[4], ApiError::Gone { vorgangsnummer: Some(n), .. } if n == "A65JS6"));
    assert!(
        matches!(&errors[5], ApiError::Unprocessable { messages, .. } if messages == &["A valid Kundenbetreuer-Partner-ID is missing"])
    );
    assert!(
        matches!(&errors[6], ApiError::TooManyRequests { retry_after: Some(d), .. } if *d == Duration::from_secs(12))
    );
    assert!(
        matches!(&errors[7], ApiError::ServiceUnavailable { problem: Some(p), .. } if p.trace_id.as_deref() == Some("srv-9"))
    );
    assert!(matches!(
        &errors[8],
        ApiError::UnexpectedStatus {
            status: 502,
            problem: None,
            ..
        }
    ));
    let outcomes: Vec<Outcome> = errors.iter().map(ApiError::outcome).collect();
    assert_eq!(outcomes[..8], [Outcome::NotProcessed; 8]);
    assert_eq!(outcomes[8], Outcome::Unknown);
    // German messages with the trace id, for the user and for support.
    let shown = errors[0].to_string();
    assert!(
        shown.contains("haushalte[0].kunden: size must be between 0 and 2"),
        "{shown}"
    );
    assert!(shown.contains(errors[0].trace_id().as_str()), "{shown}");
}

#[tokio::test]
async fn a_body_that_does_not_fit_names_the_json_path() {
    let server = TestServer::start().await;
    server.script(
        KEX_IMPORT,
        Reply::json(
            201,
            json!({"vorgangsnummer": "AB1234", "messages": ["ok", 7]}),
        ),
    );
    let error = KexImportClient::new(server.tokens())
        .create_vorgang::<_, ImportAntwort>(&lead())
        .await
        .unwrap_err();
    match &error {
        ApiError::Decode { path, .. } => assert_eq!(path, "messages[1]"),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        error.outcome(),
        Outcome::Processed,
        "created, answer unreadable"
    );

    server.script(
        KEX_EXPORT,
        Reply::json(
            200,
            json!({"data": {"vorgang": {"antraege": [{"angenommenAm": "gestern"}]}}}),
        ),
    );
    let error = KexExportClient::new(server.tokens())
        .vorgang("AB1234")
        .await
        .unwrap_err();
    match &error {
        ApiError::Decode { path, .. } => assert_eq!(path, "data.vorgang.antraege[0].angenommenAm"),
        other => panic!("{other:?}"),
    }
    assert!(
        error
            .to_string()
            .contains("data.vorgang.antraege[0].angenommenAm")
    );
}

// ---- transport failures and no duplicate creates -------------------------------------------

#[tokio::test]
async fn a_create_is_never_retried_after_an_uncertain_failure() {
    let server = TestServer::start().await;
    let timeouts = Timeouts {
        request: Duration::from_millis(300),
        ..Timeouts::default()
    };
    let transport = transport(server.environment(), timeouts);
    let client = KexImportClient::new(tokens(&transport));

    server.script(KEX_IMPORT, import_created().delay(Duration::from_secs(2)));
    let error = client
        .create_vorgang::<_, ImportAntwort>(&lead())
        .await
        .unwrap_err();
    assert!(matches!(error, ApiError::Timeout { .. }), "{error:?}");
    assert_eq!(error.outcome(), Outcome::Unknown);
    assert_trace(&server.requests(KEX_IMPORT)[0], &error);

    for status in [500, 502, 504] {
        server.script(KEX_IMPORT, Reply::status(status));
        let error = client
            .create_vorgang::<_, ImportAntwort>(&lead())
            .await
            .unwrap_err();
        assert_eq!(error.outcome(), Outcome::Unknown, "{error:?}");
    }
    server.script(KEX_IMPORT, Reply::status(503));
    server.script(KEX_IMPORT, Reply::status(429));
    for _ in 0..2 {
        let error = client
            .create_vorgang::<_, ImportAntwort>(&lead())
            .await
            .unwrap_err();
        assert_eq!(error.outcome(), Outcome::NotProcessed, "{error:?}");
    }
    assert_eq!(server.requests(KEX_IMPORT).len(), 6, "one request per call");
}

fn sandbox_at(base: &str) -> Site {
    Site::sandbox_under(base).unwrap()
}

fn drklein_at(base: &str) -> DrKleinClient {
    DrKleinClient::new(
        &transport(sandbox_at(base), Timeouts::default()),
        Secret::new("jwt"),
    )
}

#[tokio::test]
async fn connection_refused_means_nothing_was_sent() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let error = drklein_at(&base)
        .create_lead::<_, Value>(&lead())
        .await
        .unwrap_err();
    assert!(matches!(error, ApiError::ConnectFailed { .. }), "{error:?}");
    assert!(error.is_safe_to_retry());
    assert!(error.trace_id().as_str().starts_with("leadbridge-"));

    let tokens = tokens(&transport(sandbox_at(&base), Timeouts::default()));
    let error = KexImportClient::new(tokens)
        .create_vorgang::<_, Value>(&lead())
        .await
        .unwrap_err();
    assert!(matches!(error, ApiError::ConnectFailed { .. }), "{error:?}");
}

#[tokio::test]
async fn a_connection_dropped_after_sending_leaves_the_outcome_unknown() {
    // A server that reads the request and hangs up without answering.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        use tokio::io::AsyncReadExt as _;
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut buffer = vec![0; 64 * 1024];
        let _ = socket.read(&mut buffer).await;
    });
    let client = drklein_at(&base);
    let error = client.create_lead::<_, Value>(&lead()).await.unwrap_err();
    assert!(
        matches!(error, ApiError::ConnectionLost { .. }),
        "{error:?}"
    );
    assert_eq!(error.outcome(), Outcome::Unknown);
    assert!(!error.is_safe_to_retry());
}

#[tokio::test]
async fn a_success_whose_body_breaks_off_was_processed() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut buffer = vec![0; 64 * 1024];
        let _ = socket.read(&mut buffer).await;
        let head =
            "HTTP/1.1 201 Created\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n";
        socket.write_all(head.as_bytes()).await.unwrap();
        socket.write_all(br#"{"vorgangsId":"6e86"#).await.unwrap();
    });
    let client = drklein_at(&base);
    let error = client.create_lead::<_, Value>(&lead()).await.unwrap_err();
    assert!(matches!(error, ApiError::Decode { .. }), "{error:?}");
    assert_eq!(error.outcome(), Outcome::Processed);
}

// ---- the other clients -------------------------------------------------------------------

#[tokio::test]
async fn drklein_sends_the_jwt_and_no_bearer() {
    let server = TestServer::start().await;
    server.script(
        DRKLEIN,
        Reply::json(
            201,
            json!({"vorgangsId": "6e8627d4-1512-11eb-adc1-0242ac120002",
                   "europaceVorgangsnummer": "N94L7T", "messages": []}),
        ),
    );
    let client = DrKleinClient::new(&server.transport(), Secret::new("eyJ.jwt.sig"));
    assert!(!format!("{client:?}").contains("eyJ.jwt.sig"));
    let answer: Value = client.create_lead(&lead()).await.unwrap();
    assert_eq!(answer["europaceVorgangsnummer"], "N94L7T");
    let sent = &server.requests(DRKLEIN)[0];
    assert_eq!(sent.header("x-authentication"), Some("eyJ.jwt.sig"));
    assert_eq!(sent.header("authorization"), None);
    assert_eq!(
        sent.header("content-type"),
        Some("application/json;charset=utf-8")
    );
    assert!(sent.header("x-traceid").unwrap().starts_with("leadbridge-"));
    assert_eq!(sent.query, None);
    assert!(server.requests(TOKEN).is_empty());

    server.script(DRKLEIN, Reply::status(401));
    let error = client.create_lead::<_, Value>(&lead()).await.unwrap_err();
    assert!(matches!(error, ApiError::Unauthorized { .. }), "{error:?}");
    assert_eq!(
        server.requests(DRKLEIN).len(),
        2,
        "a fixed JWT is not retried"
    );
}

#[tokio::test]
async fn kundenangaben_create_validate_get_replace() {
    let server = TestServer::start().await;
    let client = KundenangabenClient::new(server.tokens());
    let request = json!({"importMetadaten": {"datenkontext": "ECHT_GESCHAEFT", "prioritaet": "HOCH"},
                         "kundenangaben": {"haushalte": []}});

    server.script(
        "/baufinanzierung/kundenangaben",
        Reply::json(201, json!({"vorgangsnummer": "YX4MDU"})),
    );
    let created: Value = client.create(&request).await.unwrap();
    assert_eq!(created["vorgangsnummer"], "YX4MDU");
    let sent = &server.requests("/baufinanzierung/kundenangaben")[0];
    assert_eq!(sent.method, "POST");
    assert_eq!(
        sent.header("content-type"),
        Some("application/json;version=1.0")
    );
    assert_eq!(
        sent.json()["importMetadaten"],
        json!({"datenkontext": "TEST_MODUS", "prioritaet": "HOCH"}),
        "the environment decides the datenkontext"
    );
    assert_eq!(
        server.requests(TOKEN)[0].form()[1],
        ("scope".into(), "baufinanzierung:vorgang:schreiben".into())
    );

    server.script(
        "/baufinanzierung/kundenangaben/body-validation",
        Reply::json(200, json!({"vorgangsnummer": "VALID1"})),
    );
    let validated: Value = client.validate(&request).await.unwrap();
    assert_eq!(validated["vorgangsnummer"], "VALID1");

    server.script(
        "/baufinanzierung/kundenangaben/YX4MDU",
        Reply::json(
            200,
            json!({"haushalte": [{"id": "65c388f13e1fd44cbadab021"}]}),
        ),
    );
    let read: Value = client.get("YX4MDU").await.unwrap();
    assert_eq!(read["haushalte"][0]["id"], "65c388f13e1fd44cbadab021");
    let scope_of_last_token = server.requests(TOKEN).last().unwrap().form()[1].1.clone();
    assert_eq!(scope_of_last_token, "baufinanzierung:vorgang:lesen");

    server.script("/baufinanzierung/kundenangaben/YX4MDU", Reply::status(204));
    let replacement = json!({"updateMetadaten": {}, "kundenangaben": {"haushalte": []}});
    client.replace("YX4MDU", &replacement).await.unwrap();
    let sent = server.requests("/baufinanzierung/kundenangaben/YX4MDU");
    assert_eq!(sent[1].method, "PUT");
    assert_eq!(sent[1].json(), replacement, "replace has no datenkontext");
}

#[tokio::test]
async fn export_reads_the_vorgang_and_maps_graphql_errors() {
    let server = TestServer::start().await;
    let client = KexExportClient::new(server.tokens());
    let full = include_str!("fixtures/kex_export_vorgang_voll.json");
    server.script(
        KEX_EXPORT,
        Reply::json(200, serde_json::from_str(full).unwrap()),
    );
    let vorgang = client.vorgang("AB1234").await.unwrap();
    assert_eq!(vorgang.vorgangsnummer.as_deref(), Some("AB1234"));
    assert_eq!(vorgang.datenkontext, Some(Datenkontext::Testumgebung));
    let antrag = &vorgang.antraege.as_ref().unwrap()[0];
    assert_eq!(
        antrag.produktanbieterstatus.as_ref().unwrap().status,
        Some(ProduktanbieterstatusWert::Zurueckgestellt)
    );
    assert_eq!(
        antrag.gesamtkonditionen.as_ref().unwrap().effektivzins,
        Some("5.99".parse().unwrap())
    );
    let sent = &server.requests(KEX_EXPORT)[0].json();
    assert_eq!(sent["variables"], json!({"vorgangsnummer": "AB1234"}));
    assert_eq!(sent["query"], europace::kex_export::query::VORGANG);

    server.script(
        KEX_EXPORT,
        Reply::json(
            200,
            json!({"data": {"vorgang": null},
                   "errors": [{"message": "Insufficient access rights", "extensions": {"code": 403}}]}),
        ),
    );
    let error = client.vorgang("AB1234").await.unwrap_err();
    match &error {
        ApiError::GraphQl { errors, .. } => {
            assert_eq!(errors[0].message, "Insufficient access rights")
        }
        other => panic!("{other:?}"),
    }
    assert!(error.to_string().contains("Insufficient access rights"));

    server.script(
        KEX_EXPORT,
        Reply::json(
            410,
            json!({"message": "Vorgang deleted", "vorgangsnummer": "123456"}),
        ),
    );
    let error = client.vorgang("123456").await.unwrap_err();
    assert!(
        matches!(&error, ApiError::Gone { vorgangsnummer: Some(n), .. } if n == "123456"),
        "{error:?}"
    );

    server.script(
        KEX_EXPORT,
        Reply::json(200, json!({"data": {"vorgang": null}})),
    );
    let error = client.vorgang("000000").await.unwrap_err();
    assert!(matches!(error, ApiError::NotFound { .. }), "{error:?}");
}

#[tokio::test]
async fn kommentare_are_posted_as_a_list() {
    let server = TestServer::start().await;
    let path = "/kreditsmart/kex/vorgang/123456/kommentare";
    server.script(path, Reply::status(200));
    KexUpdateClient::new(server.tokens())
        .add_kommentare("123456", &["Testkommentar".to_owned()])
        .await
        .unwrap();
    let sent = &server.requests(path)[0];
    assert_eq!(sent.json(), json!(["Testkommentar"]));
    assert_eq!(
        sent.header("content-type"),
        Some("application/json;charset=utf-8")
    );
    assert_eq!(sent.header("authorization"), Some("Bearer tok-1"));
}

// ---- streamed upload ---------------------------------------------------------------------

const DOKUMENT: &str = "/kreditsmart/kex/vorgang/123456/dokument";

fn received_document(request: &Recorded) -> (String, Vec<u8>) {
    let json = request.json();
    let content = STANDARD
        .decode(json["base64Content"].as_str().unwrap())
        .unwrap();
    (json["filename"].as_str().unwrap().to_owned(), content)
}

#[tokio::test]
async fn a_large_document_is_streamed_intact_with_progress() {
    let server = TestServer::start().await;
    let content: Vec<u8> = (0..20 * 1024 * 1024u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    let file = TempFile::with(&content);
    server.script(DOKUMENT, Reply::status(201));
    let seen = Arc::new(Mutex::new(Vec::<UploadProgress>::new()));
    let log = Arc::clone(&seen);
    KexUpdateClient::new(server.tokens())
        .upload_dokument("123456", &file.0, "Gehaltsnachweis.pdf", move |p| {
            log.lock().unwrap().push(p)
        })
        .await
        .unwrap();

    let sent = &server.requests(DOKUMENT)[0];
    assert_eq!(
        sent.header("content-type"),
        Some("application/json;charset=utf-8")
    );
    assert_eq!(sent.header("authorization"), Some("Bearer tok-1"));
    let length: u64 = sent.header("content-length").unwrap().parse().unwrap();
    assert_eq!(length, sent.body.len() as u64);
    let (filename, received) = received_document(sent);
    assert_eq!(filename, "Gehaltsnachweis.pdf");
    assert!(received == content, "the document arrives intact");

    let seen = seen.lock().unwrap();
    assert!(
        seen.len() >= 20,
        "progress while sending, at least once per MiB, not once at the end"
    );
    assert_eq!(seen.last().unwrap().sent, length);
    assert!(seen.iter().all(|p| p.total == length));
}

#[tokio::test]
async fn an_upload_rejected_with_401_is_sent_again_in_full() {
    let server = TestServer::start().await;
    let content = b"%PDF-1.3 kurz".to_vec();
    let file = TempFile::with(&content);
    server.script(DOKUMENT, Reply::status(401));
    server.script(DOKUMENT, Reply::status(201));
    KexUpdateClient::new(server.tokens())
        .upload_dokument("123456", &file.0, "Test.pdf", |_| {})
        .await
        .unwrap();
    let sent = server.requests(DOKUMENT);
    assert_eq!(sent.len(), 2);
    assert_eq!(
        received_document(&sent[1]),
        ("Test.pdf".to_owned(), content)
    );
    assert_eq!(sent[1].header("authorization"), Some("Bearer tok-2"));
}

#[tokio::test]
async fn a_missing_document_sends_nothing() {
    let server = TestServer::start().await;
    let missing = std::env::temp_dir().join("europace-test-does-not-exist.pdf");
    let error = KexUpdateClient::new(server.tokens())
        .upload_dokument("123456", &missing, "weg.pdf", |_| {})
        .await
        .unwrap_err();
    assert!(matches!(error, ApiError::Document { .. }), "{error:?}");
    assert!(error.is_safe_to_retry());
    assert!(server.requests(DOKUMENT).is_empty());
}

// ---- the futures can run on a multi-threaded runtime (Tauri commands need Send) -------------

#[test]
fn client_futures_are_send() {
    fn send<T: Send>(_: T) {}
    let transport = transport(Site::europace(Environment::Test), Timeouts::default());
    let tokens = tokens(&transport);
    let lead = lead();
    let path = std::path::PathBuf::from("x");
    let import = KexImportClient::new(tokens.clone());
    send(import.create_vorgang::<_, Value>(&lead));
    let export = KexExportClient::new(tokens.clone());
    send(export.vorgang("x"));
    let update = KexUpdateClient::new(tokens.clone());
    send(update.upload_dokument("x", &path, "x", |_| {}));
    send(update.add_kommentare("x", &[]));
    let kundenangaben = KundenangabenClient::new(tokens);
    send(kundenangaben.create::<_, Value>(&lead));
    send(kundenangaben.get::<Value>("x"));
    send(kundenangaben.replace("x", &lead));
    let drklein = DrKleinClient::new(&transport, Secret::new("jwt"));
    send(drklein.create_lead::<_, Value>(&lead));
}
