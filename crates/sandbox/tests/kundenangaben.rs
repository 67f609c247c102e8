//! The sandbox's BaufiSmart Kundenangaben API over plain HTTP: create, get, replace with the
//! spec's id rules, body validation, and every documented error status.

use std::collections::BTreeSet;

use common::{http, rule, start, token, token_response};
use reqwest::{Method, StatusCode, header};
use sandbox::{FaultKind, RunningSandbox};
use serde_json::{Value, json};

mod common;

const KEX_LESEN: &str = "privatkredit:vorgang:lesen";
const SCHREIBEN: &str = "baufinanzierung:vorgang:schreiben";
const LESEN: &str = "baufinanzierung:vorgang:lesen";

/// The spec's create example (Echtgeschäft).
fn example() -> Value {
    serde_json::from_str(include_str!("fixtures/kundenangaben-create.json")).unwrap()
}

/// A replace body: `kundenangaben` with the spec's update metadata.
fn replacement(kundenangaben: Value) -> Value {
    json!({
        "updateMetadaten": { "tippgeber": { "tippgeberPartnerId": "AAV43", "tippgeberprovisionswunsch": { "@type": "BETRAG", "betrag": 567.1 } } },
        "kundenangaben": kundenangaben
    })
}

async fn call(
    sb: &RunningSandbox,
    token: &str,
    method: Method,
    path: &str,
    body: Option<&Value>,
) -> reqwest::Response {
    let request = http()
        .request(
            method,
            format!("{}/kundenangaben{path}", sb.urls().kundenangaben),
        )
        .bearer_auth(token);
    let request = match body {
        Some(body) => request.json(body),
        None => request,
    };
    request.send().await.unwrap()
}

/// Creates `body`, answers the Vorgangsnummer.
async fn create(sb: &RunningSandbox, token: &str, body: &Value) -> String {
    let created = call(sb, token, Method::POST, "", Some(body)).await;
    assert_eq!(created.status(), StatusCode::CREATED);
    created.json::<Value>().await.unwrap()["vorgangsnummer"]
        .as_str()
        .unwrap()
        .to_owned()
}

async fn get(sb: &RunningSandbox, token: &str, nr: &str) -> Value {
    let got = call(sb, token, Method::GET, &format!("/{nr}"), None).await;
    assert_eq!(got.status(), StatusCode::OK);
    got.json().await.unwrap()
}

async fn replace(sb: &RunningSandbox, token: &str, nr: &str, body: &Value) -> StatusCode {
    call(sb, token, Method::PUT, &format!("/{nr}"), Some(body))
        .await
        .status()
}

/// Every `id` in `value`, in document order.
fn ids(value: &Value) -> Vec<String> {
    match value {
        Value::Object(map) => map
            .iter()
            .flat_map(|(key, v)| match (key.as_str(), v) {
                ("id", Value::String(id)) => vec![id.clone()],
                _ => ids(v),
            })
            .collect(),
        Value::Array(items) => items.iter().flat_map(ids).collect(),
        _ => Vec::new(),
    }
}

/// `value` without any `id`: what a client sends that drops them.
fn without_ids(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(key, _)| *key != "id")
                .map(|(key, v)| (key.clone(), without_ids(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_ids).collect()),
        other => other.clone(),
    }
}

/// The `id` of `object`, which must have one.
fn id_of(object: &Value) -> String {
    object["id"].as_str().unwrap().to_owned()
}

fn is_baufismart_id(id: &str) -> bool {
    id.len() == 24 && id.bytes().all(|b| b.is_ascii_hexdigit())
}

#[tokio::test]
async fn create_get_replace() {
    let sb = start().await;
    let token = token(&sb, None).await;
    let nr = create(&sb, &token, &example()).await;

    let got = get(&sb, &token, &nr).await;
    let haushalt_id = id_of(&got["haushalte"][0]);
    let kunde_id = id_of(&got["haushalte"][0]["kunden"][0]);
    assert_eq!(haushalt_id.len(), 24);
    assert_eq!(
        got["haushalte"][0]["kunden"][0]["personendaten"]["person"]["vorname"],
        "Max"
    );
    assert_eq!(
        got["finanzierungsbedarf"]["finanzierungszweck"]["kaufpreis"],
        358000
    );

    // Replace with the ids: the objects keep their identity.
    let mut changed = got.clone();
    changed["haushalte"][0]["kunden"][0]["personendaten"]["person"]["vorname"] = json!("Moritz");
    assert_eq!(
        replace(&sb, &token, &nr, &replacement(changed)).await,
        StatusCode::NO_CONTENT
    );
    let got = get(&sb, &token, &nr).await;
    assert_eq!(got["haushalte"][0]["id"], haushalt_id.as_str());
    assert_eq!(got["haushalte"][0]["kunden"][0]["id"], kunde_id.as_str());
    assert_eq!(
        got["haushalte"][0]["kunden"][0]["personendaten"]["person"]["vorname"],
        "Moritz"
    );
    assert_eq!(
        sb.state().unwrap().kundenangaben[&nr].update_metadaten,
        Some(replacement(Value::Null)["updateMetadaten"].clone())
    );

    // Without ids the objects are new ones.
    let mut without = example();
    without["updateMetadaten"] = json!({});
    without.as_object_mut().unwrap().remove("importMetadaten");
    assert_eq!(
        replace(&sb, &token, &nr, &without).await,
        StatusCode::NO_CONTENT
    );
    let got = get(&sb, &token, &nr).await;
    assert_ne!(got["haushalte"][0]["id"], haushalt_id.as_str());
    sb.stop().await;
}

#[tokio::test]
async fn create_ignores_sent_ids_and_get_returns_the_data_with_new_ones() {
    let sb = start().await;
    let token = token(&sb, None).await;
    let mut body = example();
    body["kundenangaben"]["haushalte"][0]["id"] = json!("65c388f13e1fd44cbadab021");
    body["kundenangaben"]["haushalte"][0]["kunden"][0]["id"] = json!("eigene-id");
    body["kundenangaben"]["finanzierungsbedarf"]["id"] = json!("65c388f1d087ea4f0edd01a1");
    let nr = create(&sb, &token, &body).await;

    let got = get(&sb, &token, &nr).await;
    let got_ids = ids(&got);
    // Haushalt, Kunde, Immobilie, Finanzierungsbedarf and its Darlehen: one BaufiSmart id each.
    assert_eq!(got_ids.len(), 5, "{got_ids:?}");
    assert!(got_ids.iter().all(|id| is_baufismart_id(id)), "{got_ids:?}");
    assert_eq!(got_ids.iter().collect::<BTreeSet<_>>().len(), 5);
    let sent = ids(&body);
    assert!(
        got_ids.iter().all(|id| !sent.contains(id)),
        "self-defined ids are ignored: {got_ids:?}"
    );
    assert_eq!(without_ids(&got), without_ids(&body["kundenangaben"]));
    sb.stop().await;
}

#[tokio::test]
async fn replace_keeps_the_ids_sent_along_makes_the_rest_new_and_deletes_what_is_not_sent() {
    let sb = start().await;
    let token = token(&sb, None).await;
    let nr = create(&sb, &token, &example()).await;
    let loaded = get(&sb, &token, &nr).await;
    let haushalt = id_of(&loaded["haushalte"][0]);
    let kunde = id_of(&loaded["haushalte"][0]["kunden"][0]);
    let immobilie = id_of(&loaded["finanzierungsobjekt"]["immobilie"]);
    let bedarf = id_of(&loaded["finanzierungsbedarf"]);

    let mut sent = loaded.clone();
    // A second Kunde that carries the first one's id: an id names one object, so it is new.
    let mut erika = loaded["haushalte"][0]["kunden"][0].clone();
    erika["referenzId"] = json!("jsonRef2");
    erika["personendaten"]["person"]["vorname"] = json!("Erika");
    sent["haushalte"][0]["kunden"]
        .as_array_mut()
        .unwrap()
        .push(erika);
    // A Haushalt carrying the Immobilie's id: an id of another kind of object names nothing here.
    sent["haushalte"].as_array_mut().unwrap().push(json!({
        "id": immobilie,
        "kunden": [{ "referenzId": "jsonRef3", "personendaten": { "person": { "vorname": "Paul" } } }]
    }));
    // A self-defined id is ignored.
    sent["finanzierungsbedarf"]["id"] = json!("eigene-id");
    // Not sent: deleted.
    sent.as_object_mut().unwrap().remove("finanzierungsobjekt");
    assert_eq!(
        replace(&sb, &token, &nr, &replacement(sent.clone())).await,
        StatusCode::NO_CONTENT
    );

    let now = get(&sb, &token, &nr).await;
    assert_eq!(now["haushalte"][0]["id"], haushalt.as_str());
    assert_eq!(now["haushalte"][0]["kunden"][0]["id"], kunde.as_str());
    let erika = &now["haushalte"][0]["kunden"][1];
    assert_eq!(erika["personendaten"]["person"]["vorname"], "Erika");
    assert_ne!(erika["id"], kunde.as_str());
    assert!(is_baufismart_id(erika["id"].as_str().unwrap()));
    assert_ne!(now["haushalte"][1]["id"], immobilie.as_str());
    assert!(is_baufismart_id(
        now["haushalte"][1]["id"].as_str().unwrap()
    ));
    assert!(is_baufismart_id(
        now["haushalte"][1]["kunden"][0]["id"].as_str().unwrap()
    ));
    assert_ne!(now["finanzierungsbedarf"]["id"], bedarf.as_str());
    assert_ne!(now["finanzierungsbedarf"]["id"], "eigene-id");
    assert!(now.get("finanzierungsobjekt").is_none());
    let now_ids = ids(&now);
    assert_eq!(
        now_ids.iter().collect::<BTreeSet<_>>().len(),
        now_ids.len(),
        "ids are unique: {now_ids:?}"
    );
    assert!(!now_ids.contains(&immobilie) && !now_ids.contains(&bedarf));
    assert_eq!(without_ids(&now), without_ids(&sent));
    sb.stop().await;
}

/// What a careless client does: GET the case and PUT the body back without its ids. The data
/// looks the same afterwards, but every Haushalt, Kunde, Immobilie, Finanzierungsbedarf and
/// Darlehen is a new object; whatever BaufiSmart keeps by their ids no longer finds them.
#[tokio::test]
async fn a_replace_without_ids_recreates_every_object() {
    let sb = start().await;
    let token = token(&sb, None).await;
    let nr = create(&sb, &token, &example()).await;
    let loaded = get(&sb, &token, &nr).await;
    let before = ids(&loaded);
    assert_eq!(before.len(), 5);

    assert_eq!(
        replace(&sb, &token, &nr, &replacement(without_ids(&loaded))).await,
        StatusCode::NO_CONTENT
    );
    let now = get(&sb, &token, &nr).await;
    assert_eq!(without_ids(&now), without_ids(&loaded));
    let after = ids(&now);
    assert_eq!(after.len(), before.len());
    assert!(
        after.iter().all(|id| !before.contains(id)),
        "no object survives: before {before:?}, after {after:?}"
    );

    // Sending only what a form knew (the Haushalte) deletes everything else.
    let only_haushalte = json!({ "haushalte": now["haushalte"].clone() });
    assert_eq!(
        replace(&sb, &token, &nr, &replacement(only_haushalte.clone())).await,
        StatusCode::NO_CONTENT
    );
    assert_eq!(get(&sb, &token, &nr).await, only_haushalte);
    sb.stop().await;
}

#[tokio::test]
async fn kundenangaben_ignores_unknown_properties_and_limits_kunden() {
    let sb = start().await;
    let token = token(&sb, None).await;
    let mut body = example();
    let kunde = body["kundenangaben"]["haushalte"][0]["kunden"][0]
        .as_object_mut()
        .unwrap();
    kunde.insert(
        "persondendaten".to_owned(),
        json!({ "person": { "vorname": "Tippfehler" } }),
    );
    let nr = create(&sb, &token, &body).await;
    let got = get(&sb, &token, &nr).await;
    assert!(
        got["haushalte"][0]["kunden"][0]
            .get("persondendaten")
            .is_none()
    );
    assert_eq!(
        got["haushalte"][0]["kunden"][0]["personendaten"]["person"]["vorname"],
        "Max"
    );

    let mut three = example();
    let kunde = three["kundenangaben"]["haushalte"][0]["kunden"][0].clone();
    three["kundenangaben"]["haushalte"][0]["kunden"] = json!([kunde, kunde, kunde]);
    let refused = call(&sb, &token, Method::POST, "", Some(&three)).await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    let problem: Value = refused.json().await.unwrap();
    assert_eq!(
        problem["type"],
        "https://api.europace.de/problem/constraint-violation"
    );
    assert_eq!(problem["title"], "Constraint Violation");
    assert_eq!(
        problem["violations"],
        json!([{ "field": "haushalte[0].kunden", "message": "size must be between 0 and 2" }])
    );

    let valid = call(
        &sb,
        &token,
        Method::POST,
        "/body-validation",
        Some(&example()),
    )
    .await;
    assert_eq!(valid.status(), StatusCode::OK);
    assert_eq!(
        valid.json::<Value>().await.unwrap(),
        json!({ "vorgangsnummer": "" })
    );
    let invalid = call(&sb, &token, Method::POST, "/body-validation", Some(&three)).await;
    assert_eq!(invalid.status(), StatusCode::BAD_REQUEST);
    let mut wrong_type = example();
    wrong_type["kundenangaben"]["haushalte"][0]["kunden"][0]["finanzielles"]["einkommenNetto"] =
        json!("viel");
    let invalid: Value = call(&sb, &token, Method::POST, "", Some(&wrong_type))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        invalid["violations"][0]["field"],
        "haushalte[0].kunden[0].finanzielles.einkommenNetto"
    );
    assert_eq!(sb.state().unwrap().kundenangaben.len(), 1);
    sb.stop().await;
}

/// A token of another Berater (impersonated) with every Kundenangaben scope.
async fn other_berater(sb: &RunningSandbox) -> String {
    let response = token_response(
        sb,
        "sandbox",
        "sandbox",
        &format!(
            "grant_type=client_credentials&scope=impersonieren+{LESEN}+{SCHREIBEN}&subject=XYZ98"
        ),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json::<Value>().await.unwrap()["access_token"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// Every status the OpenAPI documents for create, body validation, get and replace. A refused
/// request changes nothing.
#[tokio::test]
async fn refuses_with_every_documented_status() {
    let sb = start().await;
    let token = token(&sb, None).await;
    let nr = create(&sb, &token, &example()).await;
    let case = format!("/{nr}");
    let stored = get(&sb, &token, &nr).await;
    let status = |response: reqwest::Response| response.status();

    // 400: malformed JSON, wrong types, a missing required part.
    for (method, path) in [
        (Method::POST, ""),
        (Method::POST, "/body-validation"),
        (Method::PUT, case.as_str()),
    ] {
        let malformed = http()
            .request(
                method.clone(),
                format!("{}/kundenangaben{path}", sb.urls().kundenangaben),
            )
            .bearer_auth(&token)
            .header(header::CONTENT_TYPE, "application/json")
            .body("{\"kundenangaben\":")
            .send()
            .await
            .unwrap();
        assert_eq!(
            malformed.status(),
            StatusCode::BAD_REQUEST,
            "{method} {path}"
        );
    }
    let mut wrong_type = stored.clone();
    wrong_type["finanzierungsbedarf"]["finanzierungszweck"]["kaufpreis"] = json!("teuer");
    let refused = call(
        &sb,
        &token,
        Method::PUT,
        &case,
        Some(&replacement(wrong_type)),
    )
    .await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        refused.json::<Value>().await.unwrap()["violations"],
        json!([{ "field": "finanzierungsbedarf.finanzierungszweck.kaufpreis", "message": "must be a number" }])
    );
    let refused = call(
        &sb,
        &token,
        Method::PUT,
        &case,
        Some(&json!({ "kundenangaben": stored })),
    )
    .await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        refused.json::<Value>().await.unwrap()["violations"],
        json!([{ "field": "updateMetadaten", "message": "must not be null" }])
    );

    // 401 on every route, with the reason in WWW-Authenticate.
    for (method, path) in [
        (Method::POST, ""),
        (Method::POST, "/body-validation"),
        (Method::GET, case.as_str()),
        (Method::PUT, case.as_str()),
    ] {
        let refused = call(&sb, "nope", method.clone(), path, Some(&example())).await;
        assert_eq!(
            refused.status(),
            StatusCode::UNAUTHORIZED,
            "{method} {path}"
        );
        assert!(refused.headers().contains_key(header::WWW_AUTHENTICATE));
    }

    // 403: a missing scope, Echtgeschäft without its scope, another Berater's case.
    let kex_only = self::token(&sb, Some(KEX_LESEN)).await;
    assert_eq!(
        status(call(&sb, &kex_only, Method::GET, &case, None).await),
        StatusCode::FORBIDDEN
    );
    let reader = self::token(&sb, Some(LESEN)).await;
    assert_eq!(
        status(
            call(
                &sb,
                &reader,
                Method::PUT,
                &case,
                Some(&replacement(stored.clone()))
            )
            .await
        ),
        StatusCode::FORBIDDEN
    );
    let test_only = self::token(&sb, Some(SCHREIBEN)).await;
    for path in ["", "/body-validation"] {
        assert_eq!(
            status(call(&sb, &test_only, Method::POST, path, Some(&example())).await),
            StatusCode::FORBIDDEN,
            "Echtgeschäft needs baufinanzierung:echtgeschaeft ({path})"
        );
    }
    let mut test_mode = example();
    test_mode["importMetadaten"]["datenkontext"] = json!("TEST_MODUS");
    assert_eq!(
        status(
            call(
                &sb,
                &test_only,
                Method::POST,
                "/body-validation",
                Some(&test_mode)
            )
            .await
        ),
        StatusCode::OK
    );
    let other = other_berater(&sb).await;
    assert_eq!(
        status(call(&sb, &other, Method::GET, &case, None).await),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        status(
            call(
                &sb,
                &other,
                Method::PUT,
                &case,
                Some(&replacement(stored.clone()))
            )
            .await
        ),
        StatusCode::FORBIDDEN
    );

    // 404: no such Vorgang.
    assert_eq!(
        status(call(&sb, &token, Method::GET, "/ZZZZZZ", None).await),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        status(
            call(
                &sb,
                &token,
                Method::PUT,
                "/ZZZZZZ",
                Some(&replacement(stored.clone()))
            )
            .await
        ),
        StatusCode::NOT_FOUND
    );

    // 409: a Kundenbetreuer without a Plakette.
    let mut conflict = example();
    conflict["importMetadaten"]["betreuung"]["kundenbetreuer"] = json!("niemand");
    for path in ["", "/body-validation"] {
        assert_eq!(
            status(call(&sb, &token, Method::POST, path, Some(&conflict)).await),
            StatusCode::CONFLICT,
            "{path}"
        );
    }

    // 422: two Kunden with one referenzId.
    let mut twice = example();
    let kunde = twice["kundenangaben"]["haushalte"][0]["kunden"][0].clone();
    twice["kundenangaben"]["haushalte"][0]["kunden"] = json!([kunde, kunde]);
    assert_eq!(
        status(call(&sb, &token, Method::POST, "", Some(&twice)).await),
        StatusCode::UNPROCESSABLE_ENTITY,
        "two Kunden with one referenzId"
    );
    let mut twice = stored.clone();
    let kunde = twice["haushalte"][0]["kunden"][0].clone();
    twice["haushalte"][0]["kunden"] = json!([kunde, kunde]);
    assert_eq!(
        status(call(&sb, &token, Method::PUT, &case, Some(&replacement(twice))).await),
        StatusCode::UNPROCESSABLE_ENTITY
    );

    // 429 and 503 on every route, before anything is processed.
    let routes = [
        ("/baufinanzierung/kundenangaben", Method::POST, ""),
        (
            "/baufinanzierung/kundenangaben/body-validation",
            Method::POST,
            "/body-validation",
        ),
        (
            "/baufinanzierung/kundenangaben/{vorgangsnummer}",
            Method::GET,
            case.as_str(),
        ),
        (
            "/baufinanzierung/kundenangaben/{vorgangsnummer}",
            Method::PUT,
            case.as_str(),
        ),
    ];
    for (route, method, path) in routes {
        let body = if method == Method::PUT {
            replacement(json!({}))
        } else {
            example()
        };
        for (fault, expected) in [
            (
                FaultKind::TooManyRequests {
                    retry_after_secs: 3,
                },
                StatusCode::TOO_MANY_REQUESTS,
            ),
            (
                FaultKind::ServiceUnavailable,
                StatusCode::SERVICE_UNAVAILABLE,
            ),
        ] {
            sb.set_faults(vec![rule(route, fault)], None);
            assert_eq!(
                status(call(&sb, &token, method.clone(), path, Some(&body)).await),
                expected,
                "{method} {path}"
            );
        }
    }
    sb.set_faults(Vec::new(), None);

    assert_eq!(get(&sb, &token, &nr).await, stored);
    assert_eq!(sb.state().unwrap().kundenangaben.len(), 1);
    sb.stop().await;
}
