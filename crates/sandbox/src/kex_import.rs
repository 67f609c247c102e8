//! KEX import `POST /kex-vorgang-import/vorgang`: validates the body against the official JSON Schema,
//! drops what the import cannot process (reporting it in `messages`) and creates the Vorgang.

use axum::{
    Extension, Json,
    body::Bytes,
    extract::{Query, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
};
use jsonschema::{JsonType, Validator, error::TypeKind, paths::LocationSegment};
use serde::Deserialize;
use serde_json::{Map, Value, json};

use crate::{
    AppState, SandboxError,
    auth::{KEX_SCHREIBEN, Principal},
    problem::{Problem, TraceId, Violation},
    state::{Kommentar, Vorgang},
};

/// The compiled KEX import schema.
pub struct KexSchema {
    validator: Validator,
}

/// One step of a JSON path: an object key or an array index.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Step {
    Key(String),
    Index(usize),
}

/// Renders a path the way Europace names fields: `haushalt.kinder[0].name`.
fn field_name(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            Step::Key(k) if out.is_empty() => out.push_str(k),
            Step::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Step::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// Rewrites the file references of the official schema (`"$ref": "Partner.json"`) into
/// references to one combined document, which needs no resolver at validation time.
fn inline_refs(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.remove("id");
            map.remove("$schema");
            if let Some(Value::String(r)) = map.get_mut("$ref")
                && let Some(name) = r.strip_suffix(".json")
            {
                *r = format!("#/definitions/{name}");
            }
            map.values_mut().for_each(inline_refs);
        }
        Value::Array(items) => items.iter_mut().for_each(inline_refs),
        _ => {}
    }
}

/// Builds the combined draft-04 schema: `Vorgang.json` as root, every file under `definitions`.
pub fn combined_schema() -> Result<Value, SandboxError> {
    let mut definitions = Map::new();
    let mut root = None;
    for (file, text) in contracts::kex_import_schema_files() {
        let mut schema: Value = serde_json::from_str(text)
            .map_err(|e| SandboxError::Contract(format!("{file}: {e}")))?;
        inline_refs(&mut schema);
        let name = file.trim_end_matches(".json");
        if name == "Vorgang" {
            root = Some(schema.clone());
        }
        definitions.insert(name.to_owned(), schema);
    }
    let mut root = root.ok_or_else(|| SandboxError::Contract("Vorgang.json missing".to_owned()))?;
    root["$schema"] = json!("http://json-schema.org/draft-04/schema#");
    root["definitions"] = Value::Object(definitions);
    Ok(root)
}

fn is_date(s: &str) -> bool {
    s.len() == 10 && chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
}

/// What the import made of a body.
#[derive(Debug)]
pub struct Imported {
    /// The body with everything dropped that could not be processed.
    pub daten: Value,
    /// One message per dropped value.
    pub messages: Vec<String>,
}

/// Why a body was refused as a whole.
#[derive(Debug)]
pub enum Refused {
    /// Its structure is not the schema's (400).
    Invalid(Vec<Violation>),
    /// `kundenbetreuer.partnerId` is missing (422).
    NoKundenbetreuer,
}

impl KexSchema {
    /// Compiles the bundled schema; `date` is checked as `YYYY-MM-DD`.
    pub fn load() -> Result<Self, SandboxError> {
        let schema = combined_schema()?;
        let validator = jsonschema::draft4::options()
            .should_validate_formats(true)
            .with_format("date", is_date)
            .build(&schema)
            .map_err(|e| SandboxError::Contract(e.to_string()))?;
        Ok(Self { validator })
    }

    /// Validates `body` as the KEX import does: a wrong structure refuses the body, a value of
    /// the wrong type, format or enum is dropped and reported, as are values the data
    /// constellation makes irrelevant.
    pub fn import(&self, mut body: Value) -> Result<Imported, Refused> {
        if !body.is_object() {
            return Err(Refused::Invalid(vec![Violation {
                field: String::new(),
                message: "must be a JSON object".to_owned(),
            }]));
        }
        let mut structural = Vec::new();
        let mut drops: Vec<(Vec<Step>, String)> = Vec::new();
        for error in self.validator.iter_errors(&body) {
            let path: Vec<Step> = error
                .instance_path()
                .iter()
                .map(|segment| match segment {
                    LocationSegment::Property(p) => Step::Key(p.into_owned()),
                    LocationSegment::Index(i) => Step::Index(i),
                })
                .collect();
            let container = matches!(
                error.kind(),
                jsonschema::error::ValidationErrorKind::Type {
                    kind: TypeKind::Single(JsonType::Object | JsonType::Array)
                }
            );
            if container {
                structural.push(Violation {
                    field: field_name(&path),
                    message: error.to_string(),
                });
            } else {
                drops.push((path, error.to_string()));
            }
        }
        if !structural.is_empty() {
            return Err(Refused::Invalid(structural));
        }
        let partner = body
            .pointer("/kundenbetreuer/partnerId")
            .and_then(Value::as_str)
            .map(str::trim);
        if partner.is_none_or(str::is_empty) {
            return Err(Refused::NoKundenbetreuer);
        }
        // Deepest and last first, so removing one value never shifts the path of another.
        drops.sort_by(|a, b| b.0.cmp(&a.0));
        drops.dedup_by(|a, b| a.0 == b.0);
        let mut messages = Vec::new();
        for (path, reason) in drops {
            if let Some(value) = remove(&mut body, &path) {
                messages.push(format!(
                    "{}: Wert {value} konnte nicht verarbeitet werden und wurde ignoriert ({reason})",
                    field_name(&path)
                ));
            }
        }
        messages.reverse();
        drop_irrelevant(&mut body, &mut messages);
        Ok(Imported {
            daten: body,
            messages,
        })
    }
}

fn remove(value: &mut Value, path: &[Step]) -> Option<Value> {
    let (last, parents) = path.split_last()?;
    let mut parent = value;
    for step in parents {
        parent = match step {
            Step::Key(k) => parent.get_mut(k)?,
            Step::Index(i) => parent.get_mut(*i)?,
        };
    }
    match last {
        Step::Key(k) => parent.as_object_mut()?.remove(k),
        Step::Index(i) => {
            let items = parent.as_array_mut()?;
            (*i < items.len()).then(|| items.remove(*i))
        }
    }
}

const BESCHAEFTIGUNGEN: &[(&str, &str)] = &[
    ("ANGESTELLTER", "angestellter"),
    ("ARBEITER", "arbeiter"),
    ("ARBEITSLOSER", "arbeitsloser"),
    ("BEAMTER", "beamter"),
    ("FREIBERUFLER", "freiberufler"),
    ("HAUSFRAU", "hausfrau"),
    ("RENTNER", "rentner"),
    ("SELBSTSTAENDIGER", "selbststaendiger"),
];

/// Drops what the spec calls unnecessary or inconsistent due to the data constellation.
fn drop_irrelevant(body: &mut Value, messages: &mut Vec<String>) {
    if let Some(wohnsituation) = body
        .pointer_mut("/antragsteller1/wohnsituation")
        .and_then(Value::as_object_mut)
        && wohnsituation.remove("gemeinsamerHaushalt").is_some()
    {
        messages.push(
            "antragsteller1.wohnsituation.gemeinsamerHaushalt: nur beim zweiten Antragsteller relevant, wurde ignoriert"
                .to_owned(),
        );
    }
    for antragsteller in ["antragsteller1", "antragsteller2"] {
        let Some(beschaeftigung) = body
            .get_mut(antragsteller)
            .and_then(|a| a.get_mut("beschaeftigung"))
            .and_then(Value::as_object_mut)
        else {
            continue;
        };
        let art = beschaeftigung
            .get("beschaeftigungsart")
            .and_then(Value::as_str)
            .map(str::to_owned);
        let chosen = BESCHAEFTIGUNGEN
            .iter()
            .find(|(a, _)| Some(*a) == art.as_deref())
            .map(|(_, field)| *field);
        for (_, field) in BESCHAEFTIGUNGEN {
            if Some(*field) != chosen && beschaeftigung.remove(*field).is_some() {
                messages.push(format!(
                    "{antragsteller}.beschaeftigung.{field}: passt nicht zur Beschäftigungsart, wurde ignoriert"
                ));
            }
        }
        if chosen.is_none_or(|field| !beschaeftigung.contains_key(field))
            && let Some(a) = body.get_mut(antragsteller).and_then(Value::as_object_mut)
        {
            a.remove("beschaeftigung");
            messages.push(format!(
                "{antragsteller}.beschaeftigung: ohne Beschäftigungsart und passende Angaben, wurde ignoriert"
            ));
        }
    }
    let zweck = body
        .pointer("/finanzbedarf/finanzierungszweck")
        .and_then(Value::as_str)
        .map(str::to_owned);
    if zweck.as_deref() != Some("FAHRZEUGKAUF")
        && let Some(finanzbedarf) = body.get_mut("finanzbedarf").and_then(Value::as_object_mut)
        && finanzbedarf.remove("fahrzeugkauf").is_some()
    {
        messages.push(
            "finanzbedarf.fahrzeugkauf: nur beim Finanzierungszweck FAHRZEUGKAUF relevant, wurde ignoriert"
                .to_owned(),
        );
    }
}

/// `?environment=PRODUCTION` marks Echtgeschäft.
#[derive(Debug, Deserialize)]
pub struct Environment {
    environment: Option<String>,
}

impl Environment {
    /// Whether the request is for Echtgeschäft.
    pub fn is_production(&self) -> bool {
        self.environment
            .as_deref()
            .is_some_and(|e| e.eq_ignore_ascii_case("PRODUCTION"))
    }
}

/// Parses a JSON body, answering 400 problem JSON when it is not JSON.
pub fn parse_json(bytes: &[u8], trace: &TraceId) -> Result<Value, Box<Response>> {
    serde_json::from_slice(bytes).map_err(|e| {
        Box::new(
            Problem::constraint_violation(
                trace,
                vec![Violation {
                    field: String::new(),
                    message: format!("malformed JSON: {e}"),
                }],
            )
            .detail("Der Request-Body ist kein gültiges JSON")
            .into_response(),
        )
    })
}

/// The import spec's message for 422.
const NO_KUNDENBETREUER: &str = "A valid Kundenbetreuer-Partner-ID is missing";

/// The answer to a refused body.
pub fn refused_response(refused: Refused, trace: &TraceId) -> Response {
    match refused {
        Refused::Invalid(violations) => Problem::constraint_violation(trace, violations)
            .detail("Die Daten entsprechen nicht dem erwarteten Format")
            .into_response(),
        Refused::NoKundenbetreuer => Problem::constraint_violation(
            trace,
            vec![Violation {
                field: "kundenbetreuer.partnerId".to_owned(),
                message: "must not be empty".to_owned(),
            }],
        )
        .status(StatusCode::UNPROCESSABLE_ENTITY)
        .detail(NO_KUNDENBETREUER)
        .messages(vec![NO_KUNDENBETREUER.to_owned()])
        .into_response(),
    }
}

/// Creates a Vorgang from an imported body; returns the import API's response body.
pub fn create_vorgang(
    app: &AppState,
    principal: &Principal,
    imported: Imported,
    production: bool,
) -> Result<Value, SandboxError> {
    let Imported {
        mut daten,
        messages,
    } = imported;
    let mut response = json!({ "messages": messages });
    for antragsteller in ["antragsteller1", "antragsteller2"] {
        if let Some(a) = daten.get_mut(antragsteller).and_then(Value::as_object_mut) {
            let id = uuid::Uuid::new_v4().to_string();
            a.insert("id".to_owned(), json!(id));
            response[antragsteller] = json!({ "id": id });
        }
    }
    let kommentare: Vec<String> = daten
        .get("kommentare")
        .and_then(Value::as_array)
        .map(|k| {
            k.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    let now = crate::now();
    let vorgangsnummer = app.store.update(|state| {
        let vorgangsnummer = crate::new_vorgangsnummer(state);
        let antraege = vec![crate::admin::new_antrag(&vorgangsnummer, &daten, &now)];
        state.vorgaenge.insert(
            vorgangsnummer.clone(),
            Vorgang {
                vorgangsnummer: vorgangsnummer.clone(),
                owner: principal.name.clone(),
                datenkontext: if production {
                    "ECHTGESCHAEFT"
                } else {
                    "TESTUMGEBUNG"
                }
                .to_owned(),
                daten,
                angelegt_am: now.clone(),
                letzte_aenderung_am: now.clone(),
                letztes_ereignis_am: now.clone(),
                geloescht: false,
                dokumente: Vec::new(),
                kommentare: kommentare
                    .into_iter()
                    .map(|text| Kommentar {
                        text,
                        erstellt_am: now.clone(),
                    })
                    .collect(),
                antraege,
                export_extras: None,
            },
        );
        vorgangsnummer
    })?;
    response["vorgangsnummer"] = json!(vorgangsnummer);
    Ok(response)
}

/// An internal error as problem JSON.
pub fn internal(error: &SandboxError, trace: &TraceId) -> Response {
    Problem::new(StatusCode::INTERNAL_SERVER_ERROR, trace)
        .detail(error.to_string())
        .into_response()
}

/// `POST /kex-vorgang-import/vorgang[?environment=PRODUCTION]`.
pub async fn create(
    State(app): State<AppState>,
    Extension(trace): Extension<TraceId>,
    Query(environment): Query<Environment>,
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
    let imported = match app.kex_schema.import(body) {
        Ok(imported) => imported,
        Err(refused) => return refused_response(refused, &trace),
    };
    match create_vorgang(&app, &principal, imported, environment.is_production()) {
        Ok(response) => (StatusCode::CREATED, Json(response)).into_response(),
        Err(e) => internal(&e, &trace),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_several_items_of_one_list_without_shifting_the_others() {
        let schema = KexSchema::load().unwrap();
        let body = json!({
            "kundenbetreuer": { "partnerId": "ABC12" },
            "antragsteller1": { "personendaten": { "titel": ["FUERST", "DOKTOR", "GRAF", "PROFESSOR"] } }
        });
        let imported = schema.import(body).unwrap();
        assert_eq!(
            imported.daten["antragsteller1"]["personendaten"]["titel"],
            json!(["DOKTOR", "PROFESSOR"])
        );
        assert_eq!(imported.messages.len(), 2);
        assert!(imported.messages[0].starts_with("antragsteller1.personendaten.titel[0]"));
    }

    #[test]
    fn keeps_only_the_beschaeftigung_its_art_names() {
        let schema = KexSchema::load().unwrap();
        let body = json!({
            "kundenbetreuer": { "partnerId": "ABC12" },
            "antragsteller1": { "beschaeftigung": {
                "beschaeftigungsart": "RENTNER",
                "rentner": { "staatlicheRenteMonatlich": 1200 },
                "angestellter": { "beschaeftigungsverhaeltnis": { "berufsbezeichnung": "Koch" } }
            } }
        });
        let imported = schema.import(body).unwrap();
        let beschaeftigung = &imported.daten["antragsteller1"]["beschaeftigung"];
        assert!(beschaeftigung.get("angestellter").is_none());
        assert_eq!(beschaeftigung["rentner"]["staatlicheRenteMonatlich"], 1200);
        assert_eq!(imported.messages.len(), 1);
    }
}
