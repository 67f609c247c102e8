//! End-to-end tests: plain HTTP against a sandbox on an ephemeral port.

use std::time::{Duration, Instant};

use common::{http, rule, start, token, token_response};
use reqwest::{StatusCode, header};
use sandbox::{Config, FaultKind, FaultRule, RunningSandbox};
use serde_json::{Value, json};

mod common;

const SCHREIBEN: &str = "privatkredit:vorgang:schreiben";
const LESEN: &str = "privatkredit:vorgang:lesen";

/// The KEX import spec's example request.
fn kex_example() -> Value {
    json!({
        "kundenbetreuer": { "partnerId": "TEST" },
        "antragsteller1": { "personendaten": { "vorname": "Max", "nachname": "Mustermann" } }
    })
}

async fn import(sb: &RunningSandbox, token: &str, body: &Value) -> reqwest::Response {
    http()
        .post(format!("{}/vorgang", sb.urls().kex_import))
        .bearer_auth(token)
        .json(body)
        .send()
        .await
        .unwrap()
}

async fn import_ok(sb: &RunningSandbox, token: &str, body: &Value) -> Value {
    let response = import(sb, token, body).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    response.json().await.unwrap()
}

async fn export_response(
    sb: &RunningSandbox,
    token: &str,
    query: &str,
    nr: &str,
) -> reqwest::Response {
    http()
        .post(format!("{}/kreditsmart/kex/vorgaenge", sb.urls().europace2))
        .bearer_auth(token)
        .json(&json!({ "query": query, "variables": { "vorgangsnummer": nr } }))
        .send()
        .await
        .unwrap()
}

async fn export(sb: &RunningSandbox, token: &str, query: &str, nr: &str) -> Value {
    let response = export_response(sb, token, query, nr).await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

const EXPORT_QUERY: &str = "query getVorgang($vorgangsnummer: String!) {
  vorgang(vorgangsnummer: $vorgangsnummer) {
    vorgangsnummer
    datenkontext
    bearbeiter { partnerId }
    kundenbetreuer { partnerId }
    antragsteller1 { personendaten { vorname nachname geburtsdatum anrede } }
    finanzbedarf { finanzierungszweck finanzierungswunsch { kreditbetrag laufzeitInMonaten } fahrzeugkauf { kaufpreis } }
    antraege { antragsnummer antragstellerstatus { status } produktanbieterstatus { status } provisionsforderungsstatus { status } gesamtkonditionen { monatlicheRate sollzins } benoetigteUnterlagen { unterlage } }
  }
}";

fn vorgang_count(sb: &RunningSandbox) -> usize {
    sb.state().unwrap().vorgaenge.len()
}

#[tokio::test]
async fn token_endpoint_follows_the_authorization_api() {
    let sb = start().await;
    let ok: Value = token_response(&sb, "sandbox", "sandbox", "grant_type=client_credentials")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(ok["token_type"], "Bearer");
    assert_eq!(ok["expires_in"], 3600);
    assert!(ok["scope"].as_str().unwrap().contains(SCHREIBEN));

    let narrowed: Value = token_response(
        &sb,
        "sandbox",
        "sandbox",
        &format!("grant_type=client_credentials&scope={LESEN}"),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(narrowed["scope"], LESEN);

    // A known scope the client was not granted is left out of the token, not refused.
    let sb_reader = sandbox::start(Config {
        clients: vec![sandbox::ClientConfig {
            client_id: "reader".to_owned(),
            client_secret: "reader".to_owned(),
            scopes: vec![LESEN.to_owned()],
        }],
        ..Config::default()
    })
    .await
    .unwrap();
    let granted: Value = token_response(
        &sb_reader,
        "reader",
        "reader",
        &format!("grant_type=client_credentials&scope={LESEN}+{SCHREIBEN}"),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(granted["scope"], LESEN);
    sb_reader.stop().await;

    let bad_secret = token_response(&sb, "sandbox", "wrong", "grant_type=client_credentials").await;
    assert_eq!(bad_secret.status(), StatusCode::UNAUTHORIZED);
    let body: Value = bad_secret.json().await.unwrap();
    assert_eq!(body["error"], "invalid_client");

    let no_basic = http()
        .post(format!("{}/token", sb.urls().auth))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body("grant_type=client_credentials")
        .send()
        .await
        .unwrap();
    assert_eq!(no_basic.status(), StatusCode::UNAUTHORIZED);

    let unknown_scope = token_response(
        &sb,
        "sandbox",
        "sandbox",
        "grant_type=client_credentials&scope=privatkredit:alles",
    )
    .await;
    assert_eq!(unknown_scope.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        unknown_scope.json::<Value>().await.unwrap()["error"],
        "invalid_scope"
    );

    let no_grant = token_response(&sb, "sandbox", "sandbox", "scope=openid").await;
    assert_eq!(no_grant.status(), StatusCode::BAD_REQUEST);
    let body: Value = no_grant.json().await.unwrap();
    assert_eq!(body["error"], "invalid_request");
    assert_eq!(
        body["error_description"],
        "Invalid request: Missing \"grant_type\" parameter"
    );

    let impersonating = token_response(
        &sb,
        "sandbox",
        "sandbox",
        "grant_type=client_credentials&scope=no-access+impersonieren&subject=ABC12&actor=XYZ54",
    )
    .await;
    assert_eq!(impersonating.status(), StatusCode::OK);
    assert_eq!(
        impersonating.json::<Value>().await.unwrap()["scope"],
        "impersonieren no-access"
    );

    let unknown_actor = token_response(
        &sb,
        "sandbox",
        "sandbox",
        "grant_type=client_credentials&scope=impersonieren&subject=ABC12&actor=X",
    )
    .await;
    assert_eq!(unknown_actor.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        unknown_actor.json::<Value>().await.unwrap()["error"],
        "unauthorized_client"
    );

    let subject_without_scope = token_response(
        &sb,
        "sandbox",
        "sandbox",
        "grant_type=client_credentials&scope=openid&subject=ABC12",
    )
    .await;
    assert_eq!(subject_without_scope.status(), StatusCode::BAD_REQUEST);
    sb.stop().await;
}

#[tokio::test]
async fn expired_token_is_rejected() {
    let sb = sandbox::start(Config {
        // Long enough for one import on a loaded machine, short enough for a test.
        token_ttl: Duration::from_secs(2),
        ..Config::default()
    })
    .await
    .unwrap();
    let token = token(&sb, None).await;
    assert_eq!(
        import(&sb, &token, &kex_example()).await.status(),
        StatusCode::CREATED
    );
    tokio::time::sleep(Duration::from_millis(2100)).await;
    assert_eq!(
        import(&sb, &token, &kex_example()).await.status(),
        StatusCode::UNAUTHORIZED
    );
    sb.stop().await;
}

#[tokio::test]
async fn import_creates_a_vorgang_that_export_returns() {
    let sb = start().await;
    let token = token(&sb, None).await;
    let created = import_ok(&sb, &token, &kex_example()).await;
    let nr = created["vorgangsnummer"].as_str().unwrap();
    assert_eq!(nr.len(), 6);
    assert_eq!(created["messages"], json!([]));
    assert!(created["antragsteller1"]["id"].is_string());
    assert!(created.get("antragsteller2").is_none());

    let exported = export(&sb, &token, EXPORT_QUERY, nr).await;
    assert_eq!(exported["errors"], json!([]));
    let vorgang = &exported["data"]["vorgang"];
    assert_eq!(vorgang["vorgangsnummer"], nr);
    assert_eq!(vorgang["datenkontext"], "TESTUMGEBUNG");
    assert_eq!(vorgang["kundenbetreuer"]["partnerId"], "TEST");
    assert_eq!(vorgang["bearbeiter"], Value::Null);
    assert_eq!(vorgang["antragsteller1"]["personendaten"]["vorname"], "Max");
    assert_eq!(
        vorgang["antragsteller1"]["personendaten"]["nachname"],
        "Mustermann"
    );
    assert_eq!(
        vorgang["antraege"][0]["antragstellerstatus"]["status"],
        "BEANTRAGT"
    );

    let production = http()
        .post(format!(
            "{}/vorgang?environment=PRODUCTION",
            sb.urls().kex_import
        ))
        .bearer_auth(&token)
        .json(&kex_example())
        .send()
        .await
        .unwrap();
    assert_eq!(production.status(), StatusCode::CREATED);
    let nr = production.json::<Value>().await.unwrap()["vorgangsnummer"]
        .as_str()
        .unwrap()
        .to_owned();
    let exported = export(&sb, &token, EXPORT_QUERY, &nr).await;
    assert_eq!(exported["data"]["vorgang"]["datenkontext"], "ECHTGESCHAEFT");
    sb.stop().await;
}

/// Parses JSON text keeping numbers exactly as written (serde_json's arbitrary precision).
fn exact(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

#[tokio::test]
async fn import_returns_the_same_values_and_drops_what_it_cannot_process() {
    let sb = start().await;
    let token = token(&sb, None).await;
    let body = json!({
        "kundenbetreuer": { "partnerId": "ABC12" },
        "antragsteller1": {
            "personendaten": { "vorname": "Erika", "nachname": "Muster", "geburtsdatum": "01.01.1980", "anrede": "MISTER" },
            "wohnsituation": { "gemeinsamerHaushalt": true }
        },
        "antragsteller2": { "personendaten": { "vorname": "Hans", "nachname": "Muster", "geburtsdatum": "1979-05-04" } },
        "finanzbedarf": {
            "finanzierungszweck": "FREIE_VERWENDUNG",
            "finanzierungswunsch": exact(r#"{ "kreditbetrag": 10000.50, "laufzeitInMonaten": 48 }"#),
            "fahrzeugkauf": { "kaufpreis": 20000 }
        }
    });
    let created = import_ok(&sb, &token, &body).await;
    assert!(created["antragsteller2"]["id"].is_string());
    let messages: Vec<String> = serde_json::from_value(created["messages"].clone()).unwrap();
    assert_eq!(messages.len(), 4, "{messages:?}");
    for field in [
        "antragsteller1.personendaten.geburtsdatum",
        "antragsteller1.personendaten.anrede",
        "antragsteller1.wohnsituation.gemeinsamerHaushalt",
        "finanzbedarf.fahrzeugkauf",
    ] {
        assert!(
            messages.iter().any(|m| m.starts_with(field)),
            "{field} in {messages:?}"
        );
    }
    let nr = created["vorgangsnummer"].as_str().unwrap();
    let vorgang = export(&sb, &token, EXPORT_QUERY, nr).await["data"]["vorgang"].clone();
    assert_eq!(
        vorgang["antragsteller1"]["personendaten"]["geburtsdatum"],
        Value::Null
    );
    assert_eq!(
        vorgang["antragsteller1"]["personendaten"]["anrede"],
        Value::Null
    );
    assert_eq!(
        vorgang["antragsteller1"]["personendaten"]["vorname"],
        "Erika"
    );
    assert_eq!(
        vorgang["finanzbedarf"]["finanzierungswunsch"]["kreditbetrag"].to_string(),
        "10000.50"
    );
    assert_eq!(
        vorgang["finanzbedarf"]["finanzierungswunsch"]["laufzeitInMonaten"],
        48
    );
    assert_eq!(vorgang["finanzbedarf"]["fahrzeugkauf"], Value::Null);
    assert_eq!(
        vorgang["antraege"][0]["gesamtkonditionen"]["sollzins"].to_string(),
        "5.99"
    );
    sb.stop().await;
}

#[tokio::test]
async fn import_errors() {
    let sb = start().await;
    let token = token(&sb, None).await;

    let no_token = http()
        .post(format!("{}/vorgang", sb.urls().kex_import))
        .header("X-TraceId", "sys12345678")
        .json(&kex_example())
        .send()
        .await
        .unwrap();
    assert_eq!(no_token.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(no_token.headers()["x-traceid"], "sys12345678");

    let reader = self::token(&sb, Some(LESEN)).await;
    let forbidden = import(&sb, &reader, &kex_example()).await;
    assert_eq!(forbidden.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        forbidden.headers()[header::WWW_AUTHENTICATE],
        format!("Bearer error=\"insufficient_scope\", scope=\"{SCHREIBEN}\"")
    );

    let no_partner = import(&sb, &token, &json!({ "antragsteller1": {} })).await;
    assert_eq!(no_partner.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let trace = no_partner.headers()["x-traceid"]
        .to_str()
        .unwrap()
        .to_owned();
    let problem: Value = no_partner.json().await.unwrap();
    assert_eq!(problem["status"], 422);
    assert_eq!(problem["traceId"], trace);
    assert_eq!(
        problem["violations"][0]["field"],
        "kundenbetreuer.partnerId"
    );

    let wrong_structure = import(
        &sb,
        &token,
        &json!({ "kundenbetreuer": { "partnerId": "TEST" }, "antragsteller1": "Max" }),
    )
    .await;
    assert_eq!(wrong_structure.status(), StatusCode::BAD_REQUEST);
    let problem: Value = wrong_structure.json().await.unwrap();
    assert_eq!(problem["title"], "Constraint Violation");
    assert_eq!(problem["violations"][0]["field"], "antragsteller1");
    for key in ["type", "title", "status", "detail", "traceId"] {
        assert!(problem.get(key).is_some(), "{key}");
    }

    let not_json = http()
        .post(format!("{}/vorgang", sb.urls().kex_import))
        .bearer_auth(&token)
        .header(header::CONTENT_TYPE, "application/json")
        .body("{\"kundenbetreuer\":")
        .send()
        .await
        .unwrap();
    assert_eq!(not_json.status(), StatusCode::BAD_REQUEST);
    assert_eq!(vorgang_count(&sb), 0);

    let unknown_route = http()
        .get(format!("{}/nirgends", sb.base_url()))
        .header("X-TraceId", "sys1")
        .send()
        .await
        .unwrap();
    assert_eq!(unknown_route.status(), StatusCode::NOT_FOUND);
    assert_eq!(unknown_route.headers()["x-traceid"], "sys1");
    sb.stop().await;
}

#[tokio::test]
async fn export_errors_like_a_graphql_server() {
    let sb = start().await;
    let token = token(&sb, None).await;
    let nr = import_ok(&sb, &token, &kex_example()).await["vorgangsnummer"]
        .as_str()
        .unwrap()
        .to_owned();

    let unknown_field = export(&sb, &token, "query($vorgangsnummer: String!) { vorgang(vorgangsnummer: $vorgangsnummer) { vorgangsnummer kreditwunsch } }", &nr).await;
    let message = unknown_field["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("kreditwunsch"), "{message}");
    assert_eq!(unknown_field["data"], Value::Null);

    let unknown = export(&sb, &token, EXPORT_QUERY, "ZZZZZZ").await;
    assert_eq!(unknown["data"]["vorgang"], Value::Null);
    assert_eq!(unknown["errors"][0]["message"], "Vorgang not found");

    let writer = self::token(&sb, Some(SCHREIBEN)).await;
    let forbidden = export_response(&sb, &writer, EXPORT_QUERY, &nr).await;
    assert_eq!(forbidden.status(), StatusCode::FORBIDDEN);
    let unauthorized = export_response(&sb, "nope", EXPORT_QUERY, &nr).await;
    assert_eq!(unauthorized.status(), StatusCode::UNAUTHORIZED);

    let other_partner = token_response(
        &sb,
        "sandbox",
        "sandbox",
        &format!("grant_type=client_credentials&scope=impersonieren+{LESEN}&subject=ABC12"),
    )
    .await
    .json::<Value>()
    .await
    .unwrap()["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let foreign = export(&sb, &other_partner, EXPORT_QUERY, &nr).await;
    assert_eq!(
        foreign["errors"][0]["message"],
        "Insufficient access rights"
    );
    assert_eq!(foreign["errors"][0]["extensions"]["code"], 403);

    sb.delete_vorgang(&nr).unwrap();
    let deleted = export_response(&sb, &token, EXPORT_QUERY, &nr).await;
    assert_eq!(deleted.status(), StatusCode::GONE);
    let body: Value = deleted.json().await.unwrap();
    assert_eq!(body["message"], "Vorgang deleted");
    assert_eq!(body["vorgangsnummer"], nr);
    sb.stop().await;
}

async fn post_update(
    sb: &RunningSandbox,
    token: &str,
    nr: &str,
    what: &str,
    body: &Value,
) -> StatusCode {
    http()
        .post(format!(
            "{}/kreditsmart/kex/vorgang/{nr}/{what}",
            sb.urls().europace2
        ))
        .bearer_auth(token)
        .json(body)
        .send()
        .await
        .unwrap()
        .status()
}

#[tokio::test]
async fn update_adds_documents_and_comments() {
    let sb = start().await;
    let token = token(&sb, None).await;
    let nr = import_ok(&sb, &token, &kex_example()).await["vorgangsnummer"]
        .as_str()
        .unwrap()
        .to_owned();
    let dokument = json!({ "filename": "Test.pdf", "base64Content": "JVBERi0xLjMKJcTl8uXrp" });
    assert_eq!(
        post_update(&sb, &token, &nr, "dokument", &dokument).await,
        StatusCode::CREATED
    );
    assert_eq!(
        post_update(&sb, &token, &nr, "kommentare", &json!(["Testkommentar"])).await,
        StatusCode::OK
    );
    let vorgang = sb.state().unwrap().vorgaenge[&nr].clone();
    assert_eq!(vorgang.dokumente[0].filename, "Test.pdf");
    assert_eq!(vorgang.dokumente[0].groesse, 15);
    assert_eq!(vorgang.kommentare[0].text, "Testkommentar");

    assert_eq!(
        post_update(
            &sb,
            &token,
            &nr,
            "dokument",
            &json!({ "filename": "Test.pdf" })
        )
        .await,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        post_update(
            &sb,
            &token,
            &nr,
            "dokument",
            &json!({ "filename": "", "base64Content": "AAAA" })
        )
        .await,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        post_update(
            &sb,
            &token,
            &nr,
            "dokument",
            &json!({ "filename": "a", "base64Content": "%%%" })
        )
        .await,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        post_update(&sb, &token, &nr, "kommentare", &json!("kein Array")).await,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        post_update(&sb, &token, "ZZZZZZ", "kommentare", &json!(["x"])).await,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        post_update(&sb, "nope", &nr, "kommentare", &json!(["x"])).await,
        StatusCode::UNAUTHORIZED
    );
    let reader = self::token(&sb, Some(LESEN)).await;
    assert_eq!(
        post_update(&sb, &reader, &nr, "dokument", &dokument).await,
        StatusCode::FORBIDDEN
    );
    let state: Value = http()
        .get(format!("{}/state", sb.urls().admin))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        state["vorgaenge"][&nr]["kommentare"][0]["text"],
        "Testkommentar"
    );
    let deleted = http()
        .post(format!("{}/vorgang/{nr}/delete", sb.urls().admin))
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        post_update(&sb, &token, &nr, "dokument", &dokument).await,
        StatusCode::GONE
    );
    assert_eq!(
        post_update(&sb, &token, &nr, "kommentare", &json!(["x"])).await,
        StatusCode::GONE
    );
    sb.stop().await;
}

#[tokio::test]
async fn antraege_advance_through_their_statuses() {
    let sb = start().await;
    let token = token(&sb, None).await;
    let nr = import_ok(&sb, &token, &kex_example()).await["vorgangsnummer"]
        .as_str()
        .unwrap()
        .to_owned();
    let status = |v: &Value| {
        let antrag = &v["data"]["vorgang"]["antraege"][0];
        (
            antrag["antragstellerstatus"]["status"].clone(),
            antrag["produktanbieterstatus"]["status"].clone(),
            antrag["provisionsforderungsstatus"]["status"].clone(),
        )
    };
    let admin = sb.urls().admin;
    let advance = |nr: String| {
        let url = format!("{admin}/vorgang/{nr}/antraege/advance");
        async move { http().post(url).send().await.unwrap().status() }
    };
    assert_eq!(advance(nr.clone()).await, StatusCode::OK);
    assert_eq!(
        status(&export(&sb, &token, EXPORT_QUERY, &nr).await),
        (
            json!("UNTERSCHRIEBEN"),
            json!("NICHT_BEARBEITET"),
            Value::Null
        )
    );
    sb.advance_antraege(&nr).unwrap();
    assert_eq!(advance(nr.clone()).await, StatusCode::OK);
    assert_eq!(
        status(&export(&sb, &token, EXPORT_QUERY, &nr).await),
        (
            json!("UNTERSCHRIEBEN"),
            json!("UNTERSCHRIEBEN"),
            json!("VOLLSTAENDIG_AUSGEZAHLT")
        )
    );
    assert_eq!(advance(nr.clone()).await, StatusCode::CONFLICT);
    assert_eq!(advance("ZZZZZZ".to_owned()).await, StatusCode::NOT_FOUND);
    sb.stop().await;
}

fn drklein_example() -> Value {
    json!({
      "kundenbetreuer": { "partnerId": "TEST" },
      "antragsteller1": { "personendaten": { "vorname": "Max", "nachname": "Mustermann" } },
      "tippgeber": {
        "vorname": "Max", "nachname": "Mustermann", "anrede": "HERR",
        "telefon": "0612-298-xxxx", "email": "max.mustermann@partner.de"
      },
      "data": [
        { "key": "einwilligungUnterschrieben", "value": true },
        { "key": "organisationsNummer", "value": "123456-121" }
      ],
      "kommentare": ["Max Mustermann hat 3 Kreditkarten."]
    })
}

#[tokio::test]
async fn drklein_lead_becomes_a_vorgang() {
    let sb = start().await;
    let response = http()
        .post(format!("{}/lead", sb.urls().drklein))
        .header("X-Authentication", sandbox::DEFAULT_DRKLEIN_TOKEN)
        .json(&drklein_example())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["messages"], json!([]));
    assert_eq!(body["vorgangsId"].as_str().unwrap().len(), 36);
    let nr = body["europaceVorgangsnummer"].as_str().unwrap();
    let state = sb.state().unwrap();
    assert_eq!(
        state.vorgaenge[nr].kommentare[0].text,
        "Max Mustermann hat 3 Kreditkarten."
    );
    let lead = state.drklein_leads.values().next().unwrap();
    assert_eq!(lead.tippgeber["email"], "max.mustermann@partner.de");
    let token = token(&sb, None).await;
    let exported = export(&sb, &token, EXPORT_QUERY, nr).await;
    assert_eq!(
        exported["data"]["vorgang"]["antragsteller1"]["personendaten"]["vorname"],
        "Max"
    );

    for auth in [None, Some("falsches-jwt")] {
        let mut request = http()
            .post(format!(
                "{}/vorgang?environment=PRODUCTION",
                sb.urls().drklein
            ))
            .json(&drklein_example());
        if let Some(auth) = auth {
            request = request.header("X-Authentication", auth);
        }
        assert_eq!(
            request.send().await.unwrap().status(),
            StatusCode::UNAUTHORIZED
        );
    }
    let no_partner = http()
        .post(format!("{}/lead", sb.urls().drklein))
        .header("X-Authentication", sandbox::DEFAULT_DRKLEIN_TOKEN)
        .json(&json!({ "antragsteller1": {} }))
        .send()
        .await
        .unwrap();
    assert_eq!(no_partner.status(), StatusCode::UNPROCESSABLE_ENTITY);
    sb.stop().await;
}

const IMPORT_ROUTE: &str = "/kex-vorgang-import/vorgang";

#[tokio::test]
async fn faults_that_answer_without_processing() {
    let sb = start().await;
    let token = token(&sb, None).await;

    sb.set_faults(
        vec![rule(IMPORT_ROUTE, FaultKind::Latency { millis: 300 })],
        None,
    );
    let started = Instant::now();
    assert_eq!(
        import(&sb, &token, &kex_example()).await.status(),
        StatusCode::CREATED
    );
    assert!(started.elapsed() >= Duration::from_millis(300));

    sb.set_faults(
        vec![rule(IMPORT_ROUTE, FaultKind::Status { status: 502 })],
        None,
    );
    assert_eq!(
        import(&sb, &token, &kex_example()).await.status(),
        StatusCode::BAD_GATEWAY
    );

    sb.set_faults(
        vec![rule(
            "*",
            FaultKind::TooManyRequests {
                retry_after_secs: 7,
            },
        )],
        None,
    );
    let limited = import(&sb, &token, &kex_example()).await;
    assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(limited.headers()[header::RETRY_AFTER], "7");

    sb.set_faults(
        vec![rule(IMPORT_ROUTE, FaultKind::ServiceUnavailable)],
        None,
    );
    let unavailable = import(&sb, &token, &kex_example()).await;
    assert_eq!(unavailable.status(), StatusCode::SERVICE_UNAVAILABLE);
    let trace = unavailable.headers()["x-traceid"]
        .to_str()
        .unwrap()
        .to_owned();
    assert_eq!(unavailable.json::<Value>().await.unwrap()["traceId"], trace);

    sb.set_faults(
        vec![rule(IMPORT_ROUTE, FaultKind::ResetBeforeProcessing)],
        None,
    );
    assert!(
        http()
            .post(format!("{}/vorgang", sb.urls().kex_import))
            .bearer_auth(&token)
            .json(&kex_example())
            .send()
            .await
            .is_err()
    );
    assert_eq!(vorgang_count(&sb), 1, "only the delayed import got through");
    sb.stop().await;
}

#[tokio::test]
async fn faults_after_processing() {
    let sb = start().await;
    let token = token(&sb, None).await;

    sb.set_faults(
        vec![rule(IMPORT_ROUTE, FaultKind::DropAfterProcessing)],
        None,
    );
    let dropped = http()
        .post(format!("{}/vorgang", sb.urls().kex_import))
        .bearer_auth(&token)
        .json(&kex_example())
        .send()
        .await;
    assert!(dropped.is_err());
    assert_eq!(
        vorgang_count(&sb),
        1,
        "the Vorgang exists although no answer came"
    );

    sb.set_faults(vec![rule(IMPORT_ROUTE, FaultKind::MalformedBody)], None);
    let garbled = import(&sb, &token, &kex_example()).await;
    assert_eq!(garbled.status(), StatusCode::CREATED);
    assert!(serde_json::from_slice::<Value>(&garbled.bytes().await.unwrap()).is_err());

    sb.set_faults(
        vec![rule(
            IMPORT_ROUTE,
            FaultKind::SlowBody {
                chunk_delay_millis: 40,
            },
        )],
        None,
    );
    let started = Instant::now();
    let slow = import(&sb, &token, &kex_example()).await;
    let body: Value = slow.json().await.unwrap();
    assert!(body["vorgangsnummer"].is_string());
    // The answer is well over 3 chunks of 16 bytes.
    assert!(started.elapsed() >= Duration::from_millis(120));
    assert_eq!(vorgang_count(&sb), 3);
    sb.stop().await;
}

#[tokio::test]
async fn faults_are_deterministic_and_settable_over_http() {
    let sb = start().await;
    let token = token(&sb, None).await;
    let every_second = FaultRule {
        every_nth: Some(2),
        method: Some("POST".to_owned()),
        ..rule(IMPORT_ROUTE, FaultKind::Status { status: 500 })
    };
    let put = http()
        .put(format!("{}/faults", sb.urls().admin))
        .json(&json!({ "rules": [every_second], "seed": 1 }))
        .send()
        .await
        .unwrap();
    assert_eq!(put.status(), StatusCode::NO_CONTENT);
    let mut statuses = Vec::new();
    for _ in 0..4 {
        statuses.push(import(&sb, &token, &kex_example()).await.status().as_u16());
    }
    assert_eq!(statuses, [201, 500, 201, 500]);

    let coin = FaultRule {
        probability: Some(0.5),
        ..rule(IMPORT_ROUTE, FaultKind::Status { status: 500 })
    };
    let mut runs = Vec::new();
    for _ in 0..2 {
        sb.set_faults(vec![coin.clone()], Some(42));
        let mut pattern = Vec::new();
        for _ in 0..8 {
            pattern.push(import(&sb, &token, &kex_example()).await.status().as_u16());
        }
        runs.push(pattern);
    }
    assert_eq!(runs[0], runs[1]);
    assert!(
        runs[0].contains(&500) && runs[0].contains(&201),
        "{:?}",
        runs[0]
    );

    let once = FaultRule {
        times: Some(1),
        ..rule(IMPORT_ROUTE, FaultKind::ServiceUnavailable)
    };
    sb.set_faults(vec![once], None);
    assert_eq!(
        import(&sb, &token, &kex_example()).await.status(),
        StatusCode::SERVICE_UNAVAILABLE
    );
    assert_eq!(
        import(&sb, &token, &kex_example()).await.status(),
        StatusCode::CREATED
    );

    let deleted = http()
        .delete(format!("{}/faults", sb.urls().admin))
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    let rules: Value = http()
        .get(format!("{}/faults", sb.urls().admin))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(rules["rules"], json!([]));
    sb.stop().await;
}

#[tokio::test]
async fn configured_faults_apply_from_the_start() {
    let sb = sandbox::start(Config {
        faults: vec![rule("/auth/token", FaultKind::ServiceUnavailable)],
        ..Config::default()
    })
    .await
    .unwrap();
    let response = token_response(&sb, "sandbox", "sandbox", "grant_type=client_credentials").await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    sb.stop().await;
}

#[tokio::test]
async fn state_is_shared_through_the_file_and_can_be_reset() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sandbox-state.json");
    let config = Config {
        state_file: Some(file.clone()),
        ..Config::default()
    };
    let first = sandbox::start(config.clone()).await.unwrap();
    let second = sandbox::start(config.clone()).await.unwrap();
    let token_first = token(&first, None).await;
    let nr = import_ok(&first, &token_first, &kex_example()).await["vorgangsnummer"]
        .as_str()
        .unwrap()
        .to_owned();

    // The other running instance sees it at once.
    let token_second = token(&second, None).await;
    let seen = export(&second, &token_second, EXPORT_QUERY, &nr).await;
    assert_eq!(
        seen["data"]["vorgang"]["kundenbetreuer"]["partnerId"],
        "TEST"
    );
    first.stop().await;
    second.stop().await;

    // A new instance on the same file still has it.
    let third = sandbox::start(config.clone()).await.unwrap();
    let token_third = token(&third, None).await;
    let seen = export(&third, &token_third, EXPORT_QUERY, &nr).await;
    assert_eq!(seen["data"]["vorgang"]["vorgangsnummer"], nr.as_str());
    let mut left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    left.sort();
    assert_eq!(
        left,
        ["sandbox-state.json", "sandbox-state.json.lock"],
        "no temp files stay behind"
    );

    let reset = http()
        .post(format!("{}/reset", third.urls().admin))
        .send()
        .await
        .unwrap();
    assert_eq!(reset.status(), StatusCode::NO_CONTENT);
    assert_eq!(vorgang_count(&third), 0);
    third.stop().await;
    let fourth = sandbox::start(config).await.unwrap();
    assert_eq!(vorgang_count(&fourth), 0);
    fourth.stop().await;
}
