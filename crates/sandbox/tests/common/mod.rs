//! What every sandbox test needs: a running sandbox, a client, tokens and fault rules.

use reqwest::{Client, StatusCode, header};
use sandbox::{Config, FaultKind, FaultRule, RunningSandbox};
use serde_json::Value;

/// A sandbox on an ephemeral port with the default configuration.
pub async fn start() -> RunningSandbox {
    sandbox::start(Config::default()).await.unwrap()
}

/// An HTTP client.
pub fn http() -> Client {
    Client::new()
}

/// The token endpoint's answer to a client-credentials form.
pub async fn token_response(
    sb: &RunningSandbox,
    user: &str,
    secret: &str,
    form: &str,
) -> reqwest::Response {
    http()
        .post(format!("{}/token", sb.urls().auth))
        .basic_auth(user, Some(secret))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(form.to_owned())
        .send()
        .await
        .unwrap()
}

/// A bearer token of the default client, with all its scopes or only `scope`.
pub async fn token(sb: &RunningSandbox, scope: Option<&str>) -> String {
    let form = match scope {
        Some(scope) => format!(
            "grant_type=client_credentials&scope={}",
            scope.replace(' ', "+")
        ),
        None => "grant_type=client_credentials".to_owned(),
    };
    let response = token_response(sb, "sandbox", "sandbox", &form).await;
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.unwrap();
    body["access_token"].as_str().unwrap().to_owned()
}

/// A fault that fires on every request to `route`.
pub fn rule(route: &str, fault: FaultKind) -> FaultRule {
    FaultRule {
        route: route.to_owned(),
        method: None,
        fault,
        probability: None,
        every_nth: None,
        times: None,
    }
}
