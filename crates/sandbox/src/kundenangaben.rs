//! BaufiSmart Kundenangaben: create, get, replace and body validation, checked against the
//! official OpenAPI. Like the real API it is a tolerant reader: unknown properties and unknown
//! enum values are dropped silently; wrong types and sizes are 400 constraint violations.

use std::collections::{BTreeMap, BTreeSet};

use axum::{
    Extension, Json,
    body::Bytes,
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
};
use serde_json::{Map, Value, json};

use crate::{
    AppState, SandboxError,
    auth::{BAUFI_ECHTGESCHAEFT, BAUFI_LESEN, BAUFI_SCHREIBEN, Principal},
    kex_import::{internal, parse_json},
    problem::{Problem, TraceId, Violation},
    state::KundenangabenCase,
};

/// The schemas of the Kundenangaben OpenAPI.
pub struct Contract {
    schemas: Map<String, Value>,
}

/// How ids are handled while walking a body (the spec's id rules: ids come from BaufiSmart,
/// self-defined ones are ignored).
enum Ids {
    /// Create: every object with an `id` property gets a new one (sent ids are ignored).
    Fresh,
    /// Replace: the stored case's ids by their place. A sent id is kept when it names an object
    /// of that place, once; any other object is a new one and gets a new id.
    Keep(BTreeMap<String, String>),
    /// Validation only: ids are left as they are.
    Untouched,
}

fn new_id() -> String {
    // 24 hex digits, the shape of BaufiSmart's ids.
    uuid::Uuid::new_v4().simple().to_string()[..24].to_owned()
}

fn child(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// Where an object sits, without list positions (`kundenangaben.haushalte.kunden`): an id
/// names a Kunde, a Haushalt …, and stays one when it moves within its list or to another
/// Haushalt, never when it is sent on an object of another kind.
fn place(path: &str) -> String {
    let mut in_index = false;
    path.chars()
        .filter(|c| match c {
            '[' => {
                in_index = true;
                false
            }
            ']' => {
                in_index = false;
                false
            }
            _ => !in_index,
        })
        .collect()
}

/// The ids of a stored case by their place; `path` is where `value` sits.
fn collect_ids(value: &Value, path: &str, out: &mut BTreeMap<String, String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(id)) = map.get("id") {
                out.insert(id.clone(), place(path));
            }
            for (key, v) in map {
                collect_ids(v, &child(path, key), out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_ids(v, path, out)),
        _ => {}
    }
}

impl Contract {
    /// Parses the official OpenAPI document.
    pub fn load() -> Result<Self, SandboxError> {
        let mut openapi: Value = serde_json::from_str(contracts::kundenangaben_openapi())
            .map_err(|e| SandboxError::Contract(format!("kundenangaben-openapi.json: {e}")))?;
        let schemas = openapi
            .pointer_mut("/components/schemas")
            .and_then(Value::as_object_mut)
            .map(std::mem::take)
            .ok_or_else(|| SandboxError::Contract("no components.schemas".to_owned()))?;
        Ok(Self { schemas })
    }

    fn named(&self, name: &str) -> &Value {
        static EMPTY: Value = Value::Null;
        self.schemas.get(name).unwrap_or(&EMPTY)
    }

    fn deref<'a>(&'a self, mut schema: &'a Value) -> &'a Value {
        while let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            schema = self.named(r.trim_start_matches("#/components/schemas/"));
        }
        schema
    }

    /// Properties and required names of a schema, through `$ref`, `allOf` and `oneOf`.
    fn shape<'a>(
        &'a self,
        schema: &'a Value,
        properties: &mut Map<String, Value>,
        required: &mut BTreeSet<String>,
    ) {
        let schema = self.deref(schema);
        if let Some(p) = schema.get("properties").and_then(Value::as_object) {
            for (k, v) in p {
                properties.entry(k.clone()).or_insert_with(|| v.clone());
            }
        }
        if let Some(r) = schema.get("required").and_then(Value::as_array) {
            required.extend(r.iter().filter_map(Value::as_str).map(str::to_owned));
        }
        for part in ["allOf", "oneOf"] {
            for s in schema
                .get(part)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                // Alternatives of a oneOf are not all required at once.
                let mut ignored = BTreeSet::new();
                let req = if part == "allOf" {
                    &mut *required
                } else {
                    &mut ignored
                };
                self.shape(s, properties, req);
            }
        }
    }

    /// Walks `value` along `schema`; returns false when the value is to be dropped.
    fn walk(
        &self,
        value: &mut Value,
        schema: &Value,
        path: &str,
        ids: &mut Ids,
        violations: &mut Vec<Violation>,
    ) -> bool {
        let mut schema = self.deref(schema);
        if value.is_null() {
            return true;
        }
        let mut violate = |message: String| {
            violations.push(Violation {
                field: path.to_owned(),
                message,
            });
        };
        if let Some(mapping) = schema
            .pointer("/discriminator/mapping")
            .and_then(Value::as_object)
        {
            let chosen = value
                .get("@type")
                .and_then(Value::as_str)
                .and_then(|t| mapping.get(t))
                .and_then(Value::as_str);
            match chosen {
                Some(r) => schema = self.named(r.trim_start_matches("#/components/schemas/")),
                // An unknown subtype is an unknown enum value: ignored like an empty field.
                None if value.is_object() => return false,
                None => {}
            }
        }
        let declared = schema.get("type").and_then(Value::as_str);
        let is_object = declared == Some("object")
            || (declared.is_none()
                && ["properties", "allOf", "oneOf"]
                    .iter()
                    .any(|k| schema.get(*k).is_some()));
        if is_object {
            let Some(map) = value.as_object_mut() else {
                violate("must be an object".to_owned());
                return true;
            };
            let mut properties = Map::new();
            let mut required = BTreeSet::new();
            self.shape(schema, &mut properties, &mut required);
            let keys: Vec<String> = map.keys().cloned().collect();
            for key in keys {
                let keep = match (properties.get(&key), map.get_mut(&key)) {
                    (Some(property), Some(v)) => {
                        self.walk(v, property, &child(path, &key), ids, violations)
                    }
                    _ => false,
                };
                if !keep {
                    map.remove(&key);
                }
            }
            for name in &required {
                if map.get(name).is_none_or(Value::is_null) {
                    violations.push(Violation {
                        field: child(path, name),
                        message: "must not be null".to_owned(),
                    });
                }
            }
            if properties.contains_key("id") {
                match ids {
                    Ids::Fresh => {
                        map.insert("id".to_owned(), json!(new_id()));
                    }
                    Ids::Keep(known) => {
                        let here = place(path);
                        // Used up when kept: the same id sent twice names one object, not two.
                        let kept = map.get("id").and_then(Value::as_str).is_some_and(|id| {
                            known.get(id) == Some(&here) && known.remove(id).is_some()
                        });
                        if !kept {
                            map.insert("id".to_owned(), json!(new_id()));
                        }
                    }
                    Ids::Untouched => {}
                }
            }
            return true;
        }
        match declared {
            Some("array") => {
                let Some(items) = value.as_array_mut() else {
                    violate("must be an array".to_owned());
                    return true;
                };
                let min = schema.get("minItems").and_then(Value::as_u64);
                let max = schema.get("maxItems").and_then(Value::as_u64);
                let len = items.len() as u64;
                if min.is_some_and(|m| len < m) || max.is_some_and(|m| len > m) {
                    violate(format!(
                        "size must be between {} and {}",
                        min.unwrap_or(0),
                        max.unwrap_or(i32::MAX as u64)
                    ));
                }
                let item_schema = schema.get("items").cloned().unwrap_or(Value::Null);
                let mut index = 0;
                items.retain_mut(|item| {
                    let keep = self.walk(
                        item,
                        &item_schema,
                        &format!("{path}[{index}]"),
                        ids,
                        violations,
                    );
                    index += 1;
                    keep
                });
                true
            }
            Some("string") => {
                let Some(s) = value.as_str() else {
                    violate("must be a string".to_owned());
                    return true;
                };
                schema
                    .get("enum")
                    .and_then(Value::as_array)
                    .is_none_or(|options| options.iter().any(|o| o.as_str() == Some(s)))
            }
            Some("integer") => {
                if value.as_i64().is_none() {
                    violate("must be an integer".to_owned());
                }
                true
            }
            Some("number") => {
                if !value.is_number() {
                    violate("must be a number".to_owned());
                }
                true
            }
            Some("boolean") => {
                if !value.is_boolean() {
                    violate("must be a boolean".to_owned());
                }
                true
            }
            _ => true,
        }
    }

    /// Checks a create or replace body against the request schema (`ImportKundenangabenRequest`
    /// or `UpdateKundenangabenRequest`); unknown parts are removed in place. Returns the
    /// constraint violations, with fields inside `kundenangaben` named relative to it as
    /// Europace does (`haushalte[0].kunden`).
    fn check(&self, body: &mut Value, request: &str, ids: &mut Ids) -> Vec<Violation> {
        let mut violations = Vec::new();
        let schema = json!({ "$ref": format!("#/components/schemas/{request}") });
        self.walk(body, &schema, "", ids, &mut violations);
        for violation in &mut violations {
            if let Some(inner) = violation.field.strip_prefix("kundenangaben.") {
                violation.field = inner.to_owned();
            }
        }
        violations
    }
}

fn is_partner_id(id: &str) -> bool {
    let bytes = id.as_bytes();
    bytes.len() == 5
        && bytes[..3].iter().all(u8::is_ascii_uppercase)
        && bytes[3..].iter().all(u8::is_ascii_digit)
}

/// The first `referenzId` used by two Kunden: it must identify one Kunde within a call.
fn duplicate_referenz_id(kundenangaben: &Value) -> Option<String> {
    let mut seen = BTreeSet::new();
    ["haushalte", "sicherungsgeberHaushalte"]
        .iter()
        .filter_map(|key| kundenangaben.get(*key).and_then(Value::as_array))
        .flatten()
        .filter_map(|haushalt| haushalt.get("kunden").and_then(Value::as_array))
        .flatten()
        .filter_map(|kunde| kunde.get("referenzId").and_then(Value::as_str))
        .find(|id| !seen.insert(*id))
        .map(str::to_owned)
}

/// Refuses a checked body: 400 for constraint violations, 422 for data that is well-formed but
/// cannot be processed.
fn refuse(violations: Vec<Violation>, body: &Value, trace: &TraceId) -> Result<(), Box<Response>> {
    if !violations.is_empty() {
        return Err(Box::new(
            Problem::constraint_violation(trace, violations).into_response(),
        ));
    }
    if let Some(id) = duplicate_referenz_id(&body["kundenangaben"]) {
        return Err(Box::new(
            Problem::new(StatusCode::UNPROCESSABLE_ENTITY, trace)
                .detail(format!("referenzId {id} ist nicht eindeutig"))
                .into_response(),
        ));
    }
    Ok(())
}

/// Checks a create body; answers the refusal.
fn check_create(
    app: &AppState,
    body: &mut Value,
    ids: &mut Ids,
    principal: &Principal,
    trace: &TraceId,
) -> Result<(), Box<Response>> {
    let violations = app
        .kundenangaben_schema
        .check(body, "ImportKundenangabenRequest", ids);
    refuse(violations, body, trace)?;
    let echt = body
        .pointer("/importMetadaten/datenkontext")
        .and_then(Value::as_str)
        == Some("ECHT_GESCHAEFT");
    if echt && !principal.has_scope(BAUFI_ECHTGESCHAEFT) {
        return Err(Box::new(
            Problem::new(StatusCode::FORBIDDEN, trace)
                .detail(format!(
                    "Echtgeschäft needs the scope {BAUFI_ECHTGESCHAEFT}"
                ))
                .into_response(),
        ));
    }
    for role in ["kundenbetreuer", "bearbeiter"] {
        let pointer = format!("/importMetadaten/betreuung/{role}");
        if let Some(id) = body.pointer(&pointer).and_then(Value::as_str)
            && !is_partner_id(id)
        {
            return Err(Box::new(Problem::new(StatusCode::CONFLICT, trace)
                .detail(format!(
                    "{role} {id} kann nicht festgelegt werden: keine Plakette mit dieser Partner-ID"
                ))
                .into_response()));
        }
    }
    Ok(())
}

/// `POST /baufinanzierung/kundenangaben`: 201 with the new Vorgangsnummer.
pub async fn create(
    State(app): State<AppState>,
    Extension(trace): Extension<TraceId>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let principal = match app.tokens.require(&headers, BAUFI_SCHREIBEN, &trace) {
        Ok(p) => p,
        Err(response) => return *response,
    };
    let mut body = match parse_json(&body, &trace) {
        Ok(body) => body,
        Err(response) => return *response,
    };
    if let Err(response) = check_create(&app, &mut body, &mut Ids::Fresh, &principal, &trace) {
        return *response;
    }
    let created = app.store.update(|state| {
        let vorgangsnummer = crate::new_vorgangsnummer(state);
        state.kundenangaben.insert(
            vorgangsnummer.clone(),
            KundenangabenCase {
                vorgangsnummer: vorgangsnummer.clone(),
                owner: principal.name.clone(),
                import_metadaten: body["importMetadaten"].take(),
                update_metadaten: None,
                kundenangaben: body["kundenangaben"].take(),
            },
        );
        vorgangsnummer
    });
    match created {
        Ok(vorgangsnummer) => (
            StatusCode::CREATED,
            Json(json!({ "vorgangsnummer": vorgangsnummer })),
        )
            .into_response(),
        Err(e) => internal(&e, &trace),
    }
}

/// `POST /baufinanzierung/kundenangaben/body-validation`: checks a create body, stores nothing;
/// answers 200 with an empty Vorgangsnummer when the body would be accepted.
pub async fn body_validation(
    State(app): State<AppState>,
    Extension(trace): Extension<TraceId>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let principal = match app.tokens.require(&headers, BAUFI_SCHREIBEN, &trace) {
        Ok(p) => p,
        Err(response) => return *response,
    };
    let mut body = match parse_json(&body, &trace) {
        Ok(body) => body,
        Err(response) => return *response,
    };
    match check_create(&app, &mut body, &mut Ids::Untouched, &principal, &trace) {
        Ok(()) => Json(json!({ "vorgangsnummer": "" })).into_response(),
        Err(response) => *response,
    }
}

fn not_found(trace: &TraceId, vorgangsnummer: &str) -> Response {
    Problem::new(StatusCode::NOT_FOUND, trace)
        .detail(format!(
            "Es wurde kein Vorgang mit der Vorgangsnummer {vorgangsnummer} gefunden"
        ))
        .into_response()
}

fn forbidden(trace: &TraceId) -> Response {
    Problem::new(StatusCode::FORBIDDEN, trace)
        .detail("Es fehlt die Berechtigung, um die Anfrage auszuführen")
        .into_response()
}

/// `GET /baufinanzierung/kundenangaben/{nr}`.
pub async fn get(
    State(app): State<AppState>,
    Extension(trace): Extension<TraceId>,
    Path(vorgangsnummer): Path<String>,
    headers: HeaderMap,
) -> Response {
    let principal = match app.tokens.require(&headers, BAUFI_LESEN, &trace) {
        Ok(p) => p,
        Err(response) => return *response,
    };
    match app
        .store
        .read(|state| state.kundenangaben.get(&vorgangsnummer).cloned())
    {
        Ok(None) => not_found(&trace, &vorgangsnummer),
        Ok(Some(case)) if case.owner != principal.name => forbidden(&trace),
        Ok(Some(case)) => Json(case.kundenangaben).into_response(),
        Err(e) => internal(&e, &trace),
    }
}

/// `PUT /baufinanzierung/kundenangaben/{nr}`: replaces everything; objects keep their identity
/// only when their `id` is sent along.
pub async fn replace(
    State(app): State<AppState>,
    Extension(trace): Extension<TraceId>,
    Path(vorgangsnummer): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let principal = match app.tokens.require(&headers, BAUFI_SCHREIBEN, &trace) {
        Ok(p) => p,
        Err(response) => return *response,
    };
    let mut body = match parse_json(&body, &trace) {
        Ok(body) => body,
        Err(response) => return *response,
    };
    let result = app.store.update(|state| {
        let Some(case) = state.kundenangaben.get_mut(&vorgangsnummer) else {
            return Err(Box::new(not_found(&trace, &vorgangsnummer)));
        };
        if case.owner != principal.name {
            return Err(Box::new(forbidden(&trace)));
        }
        let mut known = BTreeMap::new();
        collect_ids(&case.kundenangaben, "kundenangaben", &mut known);
        let violations = app.kundenangaben_schema.check(
            &mut body,
            "UpdateKundenangabenRequest",
            &mut Ids::Keep(known),
        );
        refuse(violations, &body, &trace)?;
        case.update_metadaten = Some(body["updateMetadaten"].take());
        case.kundenangaben = body["kundenangaben"].take();
        Ok(())
    });
    match result {
        Ok(Ok(())) => StatusCode::NO_CONTENT.into_response(),
        Ok(Err(response)) => *response,
        Err(e) => internal(&e, &trace),
    }
}
