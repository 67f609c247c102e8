//! Sandbox-only operations (no token needed): reset, Antrag status, deletion, faults, state.

use axum::{
    Extension, Json,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::{
    AppState, SandboxError, Shared,
    faults::FaultRule,
    problem::{Problem, TraceId},
};

/// Forgets every Vorgang, Kundenangaben case and lead.
pub fn reset(shared: &Shared) -> Result<(), SandboxError> {
    shared
        .store
        .update(|state| *state = crate::State::default())
}

/// Marks a Vorgang deleted.
pub fn delete(shared: &Shared, vorgangsnummer: &str) -> Result<(), SandboxError> {
    shared.store.update(|state| {
        let vorgang = state
            .vorgaenge
            .get_mut(vorgangsnummer)
            .ok_or_else(|| SandboxError::UnknownVorgang(vorgangsnummer.to_owned()))?;
        vorgang.geloescht = true;
        Ok(())
    })?
}

fn decimal(x: f64) -> Value {
    // Through text so the value keeps exactly two decimals (serde_json has arbitrary precision).
    serde_json::from_str(&format!("{x:.2}")).unwrap_or(Value::Null)
}

/// The Antrag a new Vorgang gets, in the export API's shape: applied for, not yet processed by
/// the bank, with conditions computed from the Finanzierungswunsch at a fixed 5.99 % Sollzins.
pub fn new_antrag(vorgangsnummer: &str, daten: &Value, now: &str) -> Value {
    let zweck = daten
        .pointer("/finanzbedarf/finanzierungszweck")
        .and_then(Value::as_str);
    let produktart = match zweck {
        Some("FAHRZEUGKAUF") => "AUTOKREDIT",
        Some("MODERNISIEREN") => "MODERNISIERUNGSKREDIT",
        _ => "RATENKREDIT",
    };
    let mut antrag = json!({
        "antragsnummer": format!("{vorgangsnummer}/1/1"),
        "letzteAenderungAm": now,
        "letztesEreignisAm": now,
        "antragstellerstatus": { "status": "BEANTRAGT", "letzteAenderungAm": now },
        "produktanbieterstatus": { "status": "NICHT_BEARBEITET", "letzteAenderungAm": now },
        "produkttyp": "RATENKREDIT",
        "ratenkredit": {
            "produktanbieterId": "SBX01",
            "produktbezeichnung": "Sandbox Ratenkredit",
            "produktart": produktart,
        },
        "benoetigteUnterlagen": [
            { "unterlage": "Gehaltsnachweise der letzten zwei Monate" },
            { "unterlage": "Kontoauszüge der letzten drei Monate" },
            { "unterlage": "Kopie des Personalausweises" },
        ],
    });
    let wunsch = daten.pointer("/finanzbedarf/finanzierungswunsch");
    let betrag = wunsch
        .and_then(|w| w.get("kreditbetrag"))
        .and_then(Value::as_f64);
    let laufzeit = wunsch
        .and_then(|w| w.get("laufzeitInMonaten"))
        .and_then(Value::as_i64);
    if let (Some(betrag), Some(laufzeit)) = (betrag, laufzeit)
        && betrag > 0.0
        && laufzeit > 0
    {
        let sollzins = 5.99;
        let i = sollzins / 100.0 / 12.0;
        let rate = betrag * i / (1.0 - (1.0 + i).powi(-(laufzeit as i32)));
        let effektiv = ((1.0 + i).powi(12) - 1.0) * 100.0;
        antrag["gesamtkonditionen"] = json!({
            "auszahlungsbetrag": decimal(betrag),
            "effektivzins": decimal(effektiv),
            "gesamtkreditbetrag": decimal(rate * laufzeit as f64),
            "laufzeitInMonaten": laufzeit,
            "monatlicheRate": decimal(rate),
            "nettokreditbetrag": decimal(betrag),
            "sollzins": decimal(sollzins),
        });
    }
    if let Some(ratenschutz) = daten.pointer("/finanzbedarf/ratenschutz") {
        antrag["ratenschutz"] = ratenschutz.clone();
    }
    antrag
}

/// Moves each Antrag one step: signed by the customer, accepted by the bank, commission paid.
pub fn advance(shared: &Shared, vorgangsnummer: &str) -> Result<Value, SandboxError> {
    let now = crate::now();
    shared.store.update(|state| {
        let vorgang = state
            .vorgaenge
            .get_mut(vorgangsnummer)
            .ok_or_else(|| SandboxError::UnknownVorgang(vorgangsnummer.to_owned()))?;
        let mut advanced = false;
        for antrag in &mut vorgang.antraege {
            let antragsteller = antrag
                .pointer("/antragstellerstatus/status")
                .and_then(Value::as_str);
            let anbieter = antrag
                .pointer("/produktanbieterstatus/status")
                .and_then(Value::as_str);
            if antragsteller == Some("BEANTRAGT") {
                antrag["antragstellerstatus"] =
                    json!({ "status": "UNTERSCHRIEBEN", "letzteAenderungAm": now });
            } else if anbieter == Some("NICHT_BEARBEITET") {
                antrag["produktanbieterstatus"] =
                    json!({ "status": "UNTERSCHRIEBEN", "letzteAenderungAm": now });
                antrag["angenommenAm"] = json!(now);
                antrag["produktanbieterantragsnummer"] = json!(format!("SBX-{vorgangsnummer}-1"));
            } else if antrag.get("provisionsforderungsstatus").is_none() {
                antrag["provisionsforderungsstatus"] =
                    json!({ "status": "VOLLSTAENDIG_AUSGEZAHLT", "letzteAenderungAm": now });
            } else {
                continue;
            }
            antrag["letzteAenderungAm"] = json!(now);
            antrag["letztesEreignisAm"] = json!(now);
            advanced = true;
        }
        if !advanced {
            return Err(SandboxError::AlreadyFinal(vorgangsnummer.to_owned()));
        }
        vorgang.letztes_ereignis_am = now.clone();
        Ok(Value::Array(vorgang.antraege.clone()))
    })?
}

/// Appends an Antrag (export shape) to a Vorgang, as a Produktanbieter would add one.
pub fn add_antrag(
    shared: &Shared,
    vorgangsnummer: &str,
    antrag: Value,
) -> Result<(), SandboxError> {
    let now = crate::now();
    shared.store.update(|state| {
        let vorgang = state
            .vorgaenge
            .get_mut(vorgangsnummer)
            .ok_or_else(|| SandboxError::UnknownVorgang(vorgangsnummer.to_owned()))?;
        vorgang.antraege.push(antrag);
        vorgang.letztes_ereignis_am = now;
        Ok(())
    })?
}

/// Sets what the export merges into its answer for a Vorgang (`None` clears it).
pub fn set_export_extras(
    shared: &Shared,
    vorgangsnummer: &str,
    extras: Option<Value>,
) -> Result<(), SandboxError> {
    shared.store.update(|state| {
        let vorgang = state
            .vorgaenge
            .get_mut(vorgangsnummer)
            .ok_or_else(|| SandboxError::UnknownVorgang(vorgangsnummer.to_owned()))?;
        vorgang.export_extras = extras;
        Ok(())
    })?
}

fn error_response(error: &SandboxError, trace: &TraceId) -> Response {
    let status = match error {
        SandboxError::UnknownVorgang(_) => StatusCode::NOT_FOUND,
        SandboxError::AlreadyFinal(_) => StatusCode::CONFLICT,
        _ => StatusCode::INTERNAL_SERVER_ERROR,
    };
    Problem::new(status, trace)
        .detail(error.to_string())
        .into_response()
}

/// `POST /_admin/reset`.
pub async fn reset_handler(
    State(app): State<AppState>,
    Extension(trace): Extension<TraceId>,
) -> Response {
    match reset(&app) {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => error_response(&e, &trace),
    }
}

/// `GET /_admin/state`: the whole state as stored.
pub async fn state_handler(
    State(app): State<AppState>,
    Extension(trace): Extension<TraceId>,
) -> Response {
    match app.store.read(|state| Json(state.clone()).into_response()) {
        Ok(response) => response,
        Err(e) => error_response(&e, &trace),
    }
}

/// `POST /_admin/vorgang/{nr}/antraege/advance`: answers the Anträge after the step.
pub async fn advance_handler(
    State(app): State<AppState>,
    Extension(trace): Extension<TraceId>,
    Path(vorgangsnummer): Path<String>,
) -> Response {
    match advance(&app, &vorgangsnummer) {
        Ok(antraege) => Json(antraege).into_response(),
        Err(e) => error_response(&e, &trace),
    }
}

/// `POST /_admin/vorgang/{nr}/antraege`: appends the body as an Antrag.
pub async fn add_antrag_handler(
    State(app): State<AppState>,
    Extension(trace): Extension<TraceId>,
    Path(vorgangsnummer): Path<String>,
    Json(antrag): Json<Value>,
) -> Response {
    match add_antrag(&app, &vorgangsnummer, antrag) {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => error_response(&e, &trace),
    }
}

/// `PUT /_admin/vorgang/{nr}/export-extras`: merged into the export's `vorgang`.
pub async fn export_extras_put(
    State(app): State<AppState>,
    Extension(trace): Extension<TraceId>,
    Path(vorgangsnummer): Path<String>,
    Json(extras): Json<Value>,
) -> Response {
    match set_export_extras(&app, &vorgangsnummer, Some(extras)) {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => error_response(&e, &trace),
    }
}

/// `POST /_admin/vorgang/{nr}/delete`.
pub async fn delete_handler(
    State(app): State<AppState>,
    Extension(trace): Extension<TraceId>,
    Path(vorgangsnummer): Path<String>,
) -> Response {
    match delete(&app, &vorgangsnummer) {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => error_response(&e, &trace),
    }
}

/// Body of `PUT /_admin/faults`.
#[derive(Debug, Serialize, Deserialize)]
pub struct FaultsBody {
    /// The rules to put in force (replacing all others).
    pub rules: Vec<FaultRule>,
    /// Reseeds the generator when given.
    #[serde(default)]
    pub seed: Option<u64>,
}

/// `GET /_admin/faults`.
pub async fn faults_get(State(app): State<AppState>) -> Json<FaultsBody> {
    Json(FaultsBody {
        rules: app.faults.rules(),
        seed: None,
    })
}

/// `PUT /_admin/faults`.
pub async fn faults_put(State(app): State<AppState>, Json(body): Json<FaultsBody>) -> StatusCode {
    app.faults.set(body.rules, body.seed);
    StatusCode::NO_CONTENT
}

/// `DELETE /_admin/faults`: no more faults.
pub async fn faults_delete(State(app): State<AppState>) -> StatusCode {
    app.faults.set(Vec::new(), None);
    StatusCode::NO_CONTENT
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::FaultKind;

    #[test]
    fn fault_rules_read_as_the_readme_shows_them() {
        let body: FaultsBody = serde_json::from_str(
            r#"{ "seed": 42, "rules": [
              { "route": "/kex-vorgang-import/vorgang", "method": "POST", "fault": { "kind": "drop_after_processing" }, "times": 1 },
              { "route": "*", "fault": { "kind": "status", "status": 502 }, "probability": 0.2 },
              { "route": "/auth/token", "fault": { "kind": "too_many_requests", "retry_after_secs": 3 }, "every_nth": 3 }
            ] }"#,
        )
        .unwrap();
        assert_eq!(body.seed, Some(42));
        assert_eq!(body.rules[0].fault, FaultKind::DropAfterProcessing);
        assert_eq!(body.rules[1].probability, Some(0.2));
        assert_eq!(
            body.rules[2].fault,
            FaultKind::TooManyRequests {
                retry_after_secs: 3
            }
        );
    }
}
