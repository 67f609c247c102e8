//! Dr. Klein lead API: a KEX import body plus `tippgeber`, `data` and `kommentare`, authorized
//! by a JWT in `X-Authentication`. The lead becomes a KreditSmart Vorgang, as on Dr. Klein's side.

use axum::{
    Extension, Json,
    body::Bytes,
    extract::{Query, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
};
use serde_json::{Value, json};

use crate::{
    AppState,
    auth::Principal,
    kex_import::{Environment, create_vorgang, internal, parse_json, refused_response},
    problem::{Problem, TraceId},
    state::DrKleinLead,
};

/// The header carrying Dr. Klein's JWT.
pub const X_AUTHENTICATION: &str = "x-authentication";

/// `POST /drklein/lead` and `POST /drklein/vorgang[?environment=PRODUCTION]`.
pub async fn lead(
    State(app): State<AppState>,
    Extension(trace): Extension<TraceId>,
    Query(environment): Query<Environment>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let token = headers.get(X_AUTHENTICATION).and_then(|v| v.to_str().ok());
    if !token.is_some_and(|t| {
        app.drklein_tokens
            .iter()
            .any(|accepted| accepted == t.trim())
    }) {
        return Problem::new(StatusCode::UNAUTHORIZED, &trace)
            .detail("X-Authentication fehlt oder ist ungültig")
            .into_response();
    }
    let mut body = match parse_json(&body, &trace) {
        Ok(body) => body,
        Err(response) => return *response,
    };
    // Dr. Klein's Tippgeber is a person, not the KEX Partner: it never reaches the KEX import.
    let (tippgeber, data) = match body.as_object_mut() {
        Some(map) => (
            map.remove("tippgeber").unwrap_or(Value::Null),
            map.remove("data").unwrap_or(Value::Null),
        ),
        None => (Value::Null, Value::Null),
    };
    let imported = match app.kex_schema.import(body) {
        Ok(imported) => imported,
        Err(refused) => return refused_response(refused, &trace),
    };
    let principal = Principal::owner(app.tokens.first_client_id());
    let production = environment.is_production();
    let created = match create_vorgang(&app, &principal, imported, production) {
        Ok(created) => created,
        Err(e) => return internal(&e, &trace),
    };
    let vorgangs_id = uuid::Uuid::new_v4().to_string();
    let europace = created["vorgangsnummer"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let stored = app.store.update(|state| {
        state.drklein_leads.insert(
            vorgangs_id.clone(),
            DrKleinLead {
                vorgangs_id: vorgangs_id.clone(),
                europace_vorgangsnummer: europace.clone(),
                tippgeber,
                data,
                produktion: production,
            },
        );
    });
    if let Err(e) = stored {
        return internal(&e, &trace);
    }
    (
        StatusCode::CREATED,
        Json(json!({
            "vorgangsId": vorgangs_id,
            "europaceVorgangsnummer": europace,
            "messages": created["messages"],
        })),
    )
        .into_response()
}
