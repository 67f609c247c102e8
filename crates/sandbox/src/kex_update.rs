//! KEX update: documents (base64) and comments for an existing Vorgang.

use axum::{
    Extension,
    body::Bytes,
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
};
use base64::Engine;
use serde_json::Value;
use sha2::{Digest as _, Sha256};

use crate::{
    AppState,
    auth::{KEX_SCHREIBEN, Principal},
    kex_import::{internal, parse_json},
    problem::{Problem, TraceId, Violation},
    state::{Dokument, Kommentar, Vorgang},
};

/// The largest document upload body accepted: a 96 MiB file as base64 plus the JSON around it.
pub const MAX_BODY: usize = 128 * 1024 * 1024 + 1024;

/// Why a Vorgang cannot be changed or read by a principal.
pub enum Access {
    /// No such Vorgang (404).
    Unknown,
    /// Deleted (410).
    Deleted,
    /// Another partner's Vorgang (403).
    Foreign,
}

/// Checks that `principal` may touch the Vorgang.
pub fn access(vorgang: Option<&Vorgang>, principal: &Principal) -> Result<(), Access> {
    match vorgang {
        None => Err(Access::Unknown),
        Some(v) if v.geloescht => Err(Access::Deleted),
        Some(v) if v.owner != principal.name => Err(Access::Foreign),
        Some(_) => Ok(()),
    }
}

fn access_response(denied: Access, vorgangsnummer: &str, trace: &TraceId) -> Response {
    let (status, detail) = match denied {
        Access::Unknown => (StatusCode::NOT_FOUND, "Vorgang nicht gefunden"),
        Access::Deleted => (StatusCode::GONE, "Vorgang ist gelöscht"),
        Access::Foreign => (StatusCode::FORBIDDEN, "Insufficient access rights"),
    };
    Problem::new(status, trace)
        .detail(format!("{detail}: {vorgangsnummer}"))
        .into_response()
}

fn bad_request(trace: &TraceId, field: &str, message: &str) -> Response {
    Problem::constraint_violation(
        trace,
        vec![Violation {
            field: field.to_owned(),
            message: message.to_owned(),
        }],
    )
    .detail("Die Daten entsprechen nicht dem erwarteten Format oder Pflichtfelder fehlen")
    .into_response()
}

/// Applies `change` to the Vorgang if `principal` may change it.
fn change(
    app: &AppState,
    principal: &Principal,
    vorgangsnummer: &str,
    trace: &TraceId,
    success: StatusCode,
    change: impl FnOnce(&mut Vorgang, &str),
) -> Response {
    let now = crate::now();
    let result = app.store.update(|state| {
        let vorgang = state.vorgaenge.get_mut(vorgangsnummer);
        access(vorgang.as_deref(), principal)?;
        if let Some(vorgang) = vorgang {
            change(vorgang, &now);
            vorgang.letztes_ereignis_am = now.clone();
        }
        Ok(())
    });
    match result {
        Ok(Ok(())) => success.into_response(),
        Ok(Err(denied)) => access_response(denied, vorgangsnummer, trace),
        Err(e) => internal(&e, trace),
    }
}

/// `POST /kreditsmart/kex/vorgang/{nr}/dokument` with `{filename, base64Content}`.
pub async fn dokument(
    State(app): State<AppState>,
    Extension(trace): Extension<TraceId>,
    Path(vorgangsnummer): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let principal = match app.tokens.require(&headers, KEX_SCHREIBEN, &trace) {
        Ok(p) => p,
        Err(response) => return *response,
    };
    let body = match parse_json(&body, &trace) {
        Ok(body) => body,
        Err(response) => return *response,
    };
    let filename = body
        .get("filename")
        .and_then(Value::as_str)
        .filter(|f| !f.trim().is_empty());
    let Some(filename) = filename else {
        return bad_request(&trace, "filename", "must not be empty");
    };
    let content = body
        .get("base64Content")
        .and_then(Value::as_str)
        .filter(|c| !c.is_empty());
    let Some(content) = content else {
        return bad_request(&trace, "base64Content", "must not be empty");
    };
    // Europace's own example ("JVBERi0xLjMKJcTl8uXrp") is unpadded and one character too long
    // for base64; a lone trailing character carries no whole byte, so it is ignored.
    let content = content.trim();
    let content = if content.len() % 4 == 1 {
        &content[..content.len() - 1]
    } else {
        content
    };
    let decoded = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent)
            .with_decode_allow_trailing_bits(true),
    )
    .decode(content);
    let Ok(decoded) = decoded else {
        return bad_request(&trace, "base64Content", "is not valid base64");
    };
    let filename = filename.to_owned();
    change(
        &app,
        &principal,
        &vorgangsnummer,
        &trace,
        StatusCode::CREATED,
        |vorgang, now| {
            vorgang.dokumente.push(Dokument {
                filename,
                groesse: decoded.len(),
                sha256: format!("{:x}", Sha256::digest(&decoded)),
                hochgeladen_am: now.to_owned(),
            });
        },
    )
}

/// `POST /kreditsmart/kex/vorgang/{nr}/kommentare` with `["Kommentar", ...]`.
pub async fn kommentare(
    State(app): State<AppState>,
    Extension(trace): Extension<TraceId>,
    Path(vorgangsnummer): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let principal = match app.tokens.require(&headers, KEX_SCHREIBEN, &trace) {
        Ok(p) => p,
        Err(response) => return *response,
    };
    let body = match parse_json(&body, &trace) {
        Ok(body) => body,
        Err(response) => return *response,
    };
    let Some(texts) = body.as_array().and_then(|items| {
        items
            .iter()
            .map(|i| i.as_str().map(str::to_owned))
            .collect::<Option<Vec<_>>>()
    }) else {
        return bad_request(&trace, "", "must be a list of strings");
    };
    change(
        &app,
        &principal,
        &vorgangsnummer,
        &trace,
        StatusCode::OK,
        |vorgang, now| {
            vorgang
                .kommentare
                .extend(texts.into_iter().map(|text| Kommentar {
                    text,
                    erstellt_am: now.to_owned(),
                }));
        },
    )
}
