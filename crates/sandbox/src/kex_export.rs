//! KEX export: a real GraphQL endpoint with the types, fields and enums of the export spec,
//! resolved from the stored Vorgänge.

use async_graphql::{
    ErrorExtensions, Name, Value as GqlValue,
    dynamic::{
        Enum, Field, FieldFuture, FieldValue, InputValue, Object, ResolverContext, Scalar, Schema,
        TypeRef,
    },
};
use async_graphql_axum::GraphQLRequest;
use axum::{
    Extension, Json,
    extract::State,
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
};
use serde_json::{Value, json};

use crate::{
    AppState, SandboxError,
    auth::{KEX_LESEN, Principal},
    kex_update::{Access, access},
    problem::TraceId,
    state::Vorgang,
};

/// How a field's value is typed.
#[derive(Clone, Copy)]
enum Ty {
    /// `String`.
    S,
    /// `Int`.
    I,
    /// `Boolean`.
    B,
    /// `BigDecimal`: a JSON number kept exactly.
    D,
    /// `Country`: ISO-3166 alpha-2 or `SONSTIGE`.
    C,
    /// An enum type.
    E(&'static str),
    /// An object type.
    O(&'static str),
    /// A list of an enum type.
    LE(&'static str),
    /// A list of an object type.
    LO(&'static str),
}

use Ty::{B, C, D, E, I, LE, LO, O, S};

const ENUMS: &[(&str, &[&str])] = &[
    ("Datenkontext", &["ECHTGESCHAEFT", "TESTUMGEBUNG"]),
    (
        "Aufbewahrungsgrund",
        &["LEAD", "BERATERHAFTUNG", "GESCHAEFTSNACHWEIS"],
    ),
    ("Prioritaet", &["HOCH", "NEUTRAL", "NIEDRIG"]),
    ("Vorgangsstatuswert", &["AKTIV", "ARCHIVIERT"]),
    ("Anrede", &["FRAU", "HERR"]),
    (
        "Familienstand",
        &[
            "LEDIG",
            "VERHEIRATET",
            "GESCHIEDEN",
            "VERWITWET",
            "GETRENNT_LEBEND",
            "EHEAEHNLICHE_LEBENSGEMEINSCHAFT",
            "EINGETRAGENE_LEBENSPARTNERSCHAFT",
        ],
    ),
    ("Titel", &["DOKTOR", "PROFESSOR"]),
    (
        "Wohnart",
        &[
            "ZUR_MIETE",
            "ZUR_UNTERMIETE",
            "IM_EIGENEN_HAUS",
            "BEI_DEN_ELTERN",
        ],
    ),
    (
        "Beschaeftigungsart",
        &[
            "ANGESTELLTER",
            "ARBEITER",
            "ARBEITSLOSER",
            "BEAMTER",
            "FREIBERUFLER",
            "HAUSFRAU",
            "RENTNER",
            "SELBSTSTAENDIGER",
        ],
    ),
    ("Befristung", &["BEFRISTET", "UNBEFRISTET"]),
    (
        "Aufenthaltstitel",
        &[
            "VISUM",
            "AUFENTHALTSERLAUBNIS",
            "NIEDERLASSUNGSERLAUBNIS",
            "ERLAUBNIS_ZUM_DAUERAUFENTHALT_EU",
        ],
    ),
    (
        "Antragstellerzugehoerigkeit",
        &["ANTRAGSTELLER_1", "ANTRAGSTELLER_2", "BEIDE"],
    ),
    (
        "Finanzierungszweck",
        &[
            "UMSCHULDUNG",
            "FAHRZEUGKAUF",
            "MODERNISIEREN",
            "FREIE_VERWENDUNG",
        ],
    ),
    (
        "VersichertesRisiko",
        &["ARBEITSLOSIGKEIT", "ARBEITSUNFAEHIGKEIT", "LEBEN"],
    ),
    (
        "Antragstellerstatuswert",
        &[
            "BEANTRAGT",
            "UNTERSCHRIEBEN",
            "NICHT_ANGENOMMEN",
            "WIDERRUFEN",
        ],
    ),
    (
        "Produktanbieterstatuswert",
        &[
            "NICHT_BEARBEITET",
            "UNTERSCHRIEBEN",
            "ABGELEHNT",
            "AUTOMATISCH_ABGELEHNT",
            "ZURUECKGESTELLT",
        ],
    ),
    (
        "Provisionsforderungsstatuswert",
        &["VOLLSTAENDIG_AUSGEZAHLT"],
    ),
];

const OBJECTS: &[(&str, &[(&str, Ty)])] = &[
    (
        "Vorgang",
        &[
            ("vorgangsnummer", S),
            ("datenkontext", E("Datenkontext")),
            ("kundenbetreuer", O("Partner")),
            ("bearbeiter", O("Partner")),
            ("tippgeber", O("Partner")),
            ("leadquelle", S),
            ("eigeneVorgangsnummer", S),
            ("antragsteller1", O("Antragsteller")),
            ("antragsteller2", O("Antragsteller")),
            ("haushalt", O("Haushalt")),
            ("finanzbedarf", O("Finanzbedarf")),
            ("aufbewahrung", O("Aufbewahrung")),
            ("letzteAenderungAm", S),
            ("letztesEreignisAm", S),
            ("prioritaet", E("Prioritaet")),
            ("vorgangsstatus", O("Vorgangsstatus")),
            ("wiedervorlage", O("Wiedervorlage")),
            ("antraege", LO("Antrag")),
        ],
    ),
    ("Partner", &[("partnerId", S)]),
    (
        "Aufbewahrung",
        &[("grund", E("Aufbewahrungsgrund")), ("endetAm", S)],
    ),
    ("Vorgangsstatus", &[("status", E("Vorgangsstatuswert"))]),
    ("Wiedervorlage", &[("kommentar", S), ("wiedervorlageAm", S)]),
    (
        "Antragsteller",
        &[
            ("personendaten", O("Personendaten")),
            ("wohnsituation", O("Wohnsituation")),
            ("beschaeftigung", O("Beschaeftigung")),
            ("herkunft", O("Herkunft")),
        ],
    ),
    (
        "Personendaten",
        &[
            ("anrede", E("Anrede")),
            ("email", S),
            ("familienstand", E("Familienstand")),
            ("geburtsdatum", S),
            ("geburtsland", C),
            ("geburtsort", S),
            ("geburtsname", S),
            ("nachname", S),
            ("telefonGeschaeftlich", S),
            ("telefonPrivat", S),
            ("titel", LE("Titel")),
            ("vorname", S),
        ],
    ),
    (
        "Wohnsituation",
        &[
            ("anschrift", O("Wohnanschrift")),
            ("gemeinsamerHaushalt", B),
            ("wohnart", E("Wohnart")),
            ("anzahlPkw", I),
            ("anzahlPersonenImHaushalt", I),
        ],
    ),
    (
        "Wohnanschrift",
        &[
            ("strasse", S),
            ("hausnummer", S),
            ("plz", S),
            ("ort", S),
            ("wohnhaftSeit", S),
        ],
    ),
    (
        "Beschaeftigung",
        &[
            ("beschaeftigungsart", E("Beschaeftigungsart")),
            ("angestellter", O("Angestellter")),
            ("arbeiter", O("Arbeiter")),
            ("beamter", O("Beamter")),
            ("freiberufler", O("Freiberufler")),
            ("selbststaendiger", O("Selbststaendiger")),
            ("rentner", O("Rentner")),
            ("hausfrau", O("Hausfrau")),
            ("arbeitsloser", O("Arbeitsloser")),
        ],
    ),
    (
        "Angestellter",
        &[(
            "beschaeftigungsverhaeltnis",
            O("Beschaeftigungsverhaeltnis"),
        )],
    ),
    (
        "Arbeiter",
        &[(
            "beschaeftigungsverhaeltnis",
            O("Beschaeftigungsverhaeltnis"),
        )],
    ),
    (
        "Beschaeftigungsverhaeltnis",
        &[
            ("arbeitgeber", O("Arbeitgeber")),
            ("befristung", E("Befristung")),
            ("befristetBis", S),
            ("inProbezeit", B),
            ("beschaeftigtSeit", S),
            ("nettoeinkommenMonatlich", D),
        ],
    ),
    (
        "Selbststaendiger",
        &[
            ("firma", O("Firma")),
            ("selbststaendigSeit", S),
            ("bruttoEinkommenLaufendesJahr", D),
        ],
    ),
    (
        "Freiberufler",
        &[
            ("firma", O("Firma")),
            ("selbststaendigSeit", S),
            ("bruttoEinkommenLaufendesJahr", D),
        ],
    ),
    ("Firma", &[("name", S)]),
    (
        "Beamter",
        &[(
            "beschaeftigungsverhaeltnis",
            O("BeamtenBeschaeftigungsverhaeltnis"),
        )],
    ),
    (
        "BeamtenBeschaeftigungsverhaeltnis",
        &[
            ("inProbezeit", B),
            ("arbeitgeber", O("Arbeitgeber")),
            ("verbeamtetSeit", S),
            ("nettoeinkommenMonatlich", D),
        ],
    ),
    ("Hausfrau", &[("sonstigesEinkommenMonatlich", D)]),
    ("Arbeitsloser", &[("sonstigesEinkommenMonatlich", D)]),
    (
        "Rentner",
        &[("rentnerSeit", S), ("staatlicheRenteMonatlich", D)],
    ),
    ("Arbeitgeber", &[("name", S)]),
    (
        "Herkunft",
        &[
            ("staatsangehoerigkeit", C),
            ("steuerId", S),
            ("inDeutschlandSeit", S),
            ("aufenthaltstitel", E("Aufenthaltstitel")),
            ("aufenthaltBefristetBis", S),
            ("arbeitserlaubnisVorhanden", B),
        ],
    ),
    (
        "Haushalt",
        &[
            ("kinder", LO("Kind")),
            ("kontoverbindung", O("Kontoverbindung")),
            ("verbindlichkeiten", O("Verbindlichkeiten")),
        ],
    ),
    (
        "Kind",
        &[
            ("name", S),
            ("gehoertZuAntragsteller", E("Antragstellerzugehoerigkeit")),
        ],
    ),
    (
        "Kontoverbindung",
        &[
            ("iban", S),
            ("bic", S),
            ("kreditinstitut", S),
            ("gehoertZuAntragsteller", E("Antragstellerzugehoerigkeit")),
        ],
    ),
    (
        "Verbindlichkeiten",
        &[("ratenkredite", LO("RatenkreditVerbindlichkeit"))],
    ),
    (
        "RatenkreditVerbindlichkeit",
        &[
            ("rateMonatlich", D),
            ("schlussrate", D),
            ("datumLetzteRate", S),
            ("restschuld", D),
            ("urspruenglicherKreditbetrag", D),
            ("datumErsteZahlung", S),
            ("abloesen", B),
            ("iban", S),
            ("kreditinstitut", S),
            ("gehoertZuAntragsteller", E("Antragstellerzugehoerigkeit")),
            ("glaeubiger", S),
        ],
    ),
    (
        "Finanzbedarf",
        &[
            ("fahrzeugkauf", O("Fahrzeugkauf")),
            ("finanzierungszweck", E("Finanzierungszweck")),
            ("finanzierungswunsch", O("Finanzierungswunsch")),
        ],
    ),
    ("Fahrzeugkauf", &[("kaufpreis", D)]),
    (
        "Finanzierungswunsch",
        &[
            ("laufzeitInMonaten", I),
            ("kreditbetrag", D),
            ("rateMonatlich", D),
        ],
    ),
    (
        "Antrag",
        &[
            ("antragsnummer", S),
            ("produktanbieterantragsnummer", S),
            ("angenommenAm", S),
            ("letzteAenderungAm", S),
            ("letztesEreignisAm", S),
            ("antragstellerstatus", O("Antragstellerstatus")),
            ("produktanbieterstatus", O("Produktanbieterstatus")),
            (
                "provisionsforderungsstatus",
                O("Provisionsforderungsstatus"),
            ),
            ("produkttyp", S),
            ("ratenschutz", O("Ratenschutz")),
            ("gesamtkonditionen", O("Gesamtkonditionen")),
            ("ratenkredit", O("Ratenkredit")),
            ("benoetigteUnterlagen", LO("BenoetigteUnterlage")),
        ],
    ),
    (
        "Antragstellerstatus",
        &[
            ("status", E("Antragstellerstatuswert")),
            ("letzteAenderungAm", S),
        ],
    ),
    (
        "Produktanbieterstatus",
        &[
            ("status", E("Produktanbieterstatuswert")),
            ("letzteAenderungAm", S),
            ("kommentar", S),
        ],
    ),
    (
        "Provisionsforderungsstatus",
        &[
            ("status", E("Provisionsforderungsstatuswert")),
            ("letzteAenderungAm", S),
        ],
    ),
    ("BenoetigteUnterlage", &[("unterlage", S)]),
    (
        "Ratenschutz",
        &[
            ("versicherteRisikenAntragsteller1", LE("VersichertesRisiko")),
            ("versicherteRisikenAntragsteller2", LE("VersichertesRisiko")),
            ("praemieMonatlich", D),
        ],
    ),
    (
        "Ratenkredit",
        &[
            ("produktanbieterId", S),
            ("produktbezeichnung", S),
            ("produktart", S),
            ("schlussrate", D),
            ("vorlaufzinsenProTag", D),
        ],
    ),
    (
        "Gesamtkonditionen",
        &[
            ("auszahlungsbetrag", D),
            ("effektivzins", D),
            ("gesamtkreditbetrag", D),
            ("laufzeitInMonaten", I),
            ("monatlicheRate", D),
            ("nettokreditbetrag", D),
            ("sollzins", D),
        ],
    ),
];

fn enum_items(name: &str) -> &'static [&'static str] {
    ENUMS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, items)| *items)
        .unwrap_or(&[])
}

/// A stored scalar as GraphQL output; `None` when the stored type does not fit (tolerant).
fn scalar(ty: Ty, value: &Value) -> Option<GqlValue> {
    match (ty, value) {
        (S | C, Value::String(s)) => Some(GqlValue::String(s.clone())),
        (B, Value::Bool(b)) => Some(GqlValue::Boolean(*b)),
        (I, Value::Number(n)) => n.as_i64().map(GqlValue::from),
        (D, Value::Number(n)) => Some(GqlValue::Number(n.clone())),
        (E(name) | LE(name), Value::String(s)) if enum_items(name).contains(&s.as_str()) => {
            Some(GqlValue::Enum(Name::new(s)))
        }
        _ => None,
    }
}

fn resolve<'a>(ty: Ty, value: &'a Value) -> Option<FieldValue<'a>> {
    match ty {
        O(_) => value.is_object().then(|| FieldValue::borrowed_any(value)),
        LO(_) => value
            .as_array()
            .map(|items| FieldValue::list(items.iter().map(|i| FieldValue::borrowed_any(i)))),
        LE(_) => value.as_array().map(|items| {
            FieldValue::list(
                items
                    .iter()
                    .filter_map(|i| scalar(ty, i))
                    .map(FieldValue::value),
            )
        }),
        _ => scalar(ty, value).map(FieldValue::value),
    }
}

fn type_ref(ty: Ty) -> TypeRef {
    match ty {
        S => TypeRef::named(TypeRef::STRING),
        I => TypeRef::named(TypeRef::INT),
        B => TypeRef::named(TypeRef::BOOLEAN),
        D => TypeRef::named("BigDecimal"),
        C => TypeRef::named("Country"),
        E(name) | O(name) => TypeRef::named(name),
        LE(name) | LO(name) => TypeRef::named_nn_list(name),
    }
}

fn object(name: &str, fields: &'static [(&'static str, Ty)]) -> Object {
    fields
        .iter()
        .fold(Object::new(name), |object, (field, ty)| {
            let (field, ty) = (*field, *ty);
            object.field(Field::new(
                field,
                type_ref(ty),
                move |ctx: ResolverContext<'_>| {
                    let parent = ctx.parent_value.downcast_ref::<Value>();
                    FieldFuture::Value(
                        parent
                            .and_then(|p| p.get(field))
                            .and_then(|v| resolve(ty, v)),
                    )
                },
            ))
        })
}

/// The Vorgang as the export API shows it: the imported data plus the fields Europace keeps.
pub fn view(vorgang: &Vorgang) -> Value {
    let mut view = match &vorgang.daten {
        Value::Object(map) => Value::Object(map.clone()),
        _ => json!({}),
    };
    let endet_am = chrono::NaiveDate::parse_from_str(
        vorgang.angelegt_am.get(..10).unwrap_or_default(),
        "%Y-%m-%d",
    )
    .ok()
    .and_then(|d| d.checked_add_months(chrono::Months::new(12)))
    .map(|d| d.to_string());
    view["vorgangsnummer"] = json!(vorgang.vorgangsnummer);
    view["datenkontext"] = json!(vorgang.datenkontext);
    view["aufbewahrung"] = json!({ "grund": "LEAD", "endetAm": endet_am });
    view["letzteAenderungAm"] = json!(vorgang.letzte_aenderung_am);
    view["letztesEreignisAm"] = json!(vorgang.letztes_ereignis_am);
    view["prioritaet"] = json!("NEUTRAL");
    view["vorgangsstatus"] = json!({ "status": "AKTIV" });
    view["antraege"] = Value::Array(vorgang.antraege.clone());
    view
}

fn graphql_error(message: &str, code: u16, vorgangsnummer: &str) -> async_graphql::Error {
    async_graphql::Error::new(message).extend_with(|_, e| {
        e.set("code", code);
        e.set("vorgangsnummer", vorgangsnummer);
    })
}

/// The export API's GraphQL schema.
pub fn schema() -> Result<Schema, SandboxError> {
    let query = Object::new("Query").field(
        Field::new("vorgang", TypeRef::named("Vorgang"), |ctx| {
            FieldFuture::new(async move {
                let nr = ctx.args.try_get("vorgangsnummer")?.string()?.to_owned();
                let app = ctx.data::<AppState>()?;
                let principal = ctx.data::<Principal>()?;
                let found = app
                    .store
                    .read(|state| state.vorgaenge.get(&nr).cloned())
                    .map_err(|e| async_graphql::Error::new(e.to_string()))?;
                match access(found.as_ref(), principal) {
                    Err(Access::Unknown) => Err(graphql_error("Vorgang not found", 404, &nr)),
                    Err(Access::Deleted) => Err(graphql_error("Vorgang deleted", 410, &nr)),
                    Err(Access::Foreign) => {
                        Err(graphql_error("Insufficient access rights", 403, &nr))
                    }
                    Ok(()) => Ok(found.map(|v| FieldValue::owned_any(view(&v)))),
                }
            })
        })
        .argument(InputValue::new(
            "vorgangsnummer",
            TypeRef::named_nn(TypeRef::STRING),
        )),
    );
    let builder = Schema::build("Query", None, None)
        .register(query)
        .register(Scalar::new("BigDecimal").validator(|v| matches!(v, GqlValue::Number(_))))
        .register(Scalar::new("Country").validator(|v| matches!(v, GqlValue::String(_))));
    let builder = ENUMS.iter().fold(builder, |b, (name, items)| {
        b.register(Enum::new(*name).items(items.iter().copied()))
    });
    OBJECTS
        .iter()
        .fold(builder, |b, (name, fields)| {
            b.register(object(name, fields))
        })
        .finish()
        .map_err(|e| SandboxError::Contract(e.to_string()))
}

/// `POST /kreditsmart/kex/vorgaenge`: GraphQL over HTTP POST.
pub async fn graphql(
    State(app): State<AppState>,
    Extension(trace): Extension<TraceId>,
    headers: HeaderMap,
    request: GraphQLRequest,
) -> Response {
    let principal = match app.tokens.require(&headers, KEX_LESEN, &trace) {
        Ok(p) => p,
        Err(response) => return *response,
    };
    let request = request.into_inner().data(principal).data(app.clone());
    let response = app.kex_export.execute(request).await;
    // A deleted Vorgang is an HTTP error on Europace, not a GraphQL one.
    let deleted = response.errors.iter().find_map(|e| {
        let extensions = e.extensions.as_ref()?;
        match (extensions.get("code"), extensions.get("vorgangsnummer")) {
            (Some(GqlValue::Number(code)), Some(GqlValue::String(nr)))
                if code.as_u64() == Some(410) =>
            {
                Some(nr.clone())
            }
            _ => None,
        }
    });
    if let Some(nr) = deleted {
        return (
            StatusCode::GONE,
            Json(json!({
                "status": 410,
                "message": "Vorgang deleted",
                "vorgangsnummer": nr,
                "traceId": trace.0,
            })),
        )
            .into_response();
    }
    let mut body = serde_json::to_value(&response).unwrap_or_else(|_| json!({}));
    merge_extras(&app, &mut body);
    // Europace always sends `errors`, empty when there are none.
    if body.get("errors").is_none() {
        body["errors"] = json!([]);
    }
    Json(body).into_response()
}

/// Merges the Vorgang's `export_extras` into the answer (objects by key, lists by index).
fn merge_extras(app: &AppState, body: &mut Value) {
    let Some(vorgang) = body.pointer_mut("/data/vorgang") else {
        return;
    };
    let Some(nr) = vorgang.get("vorgangsnummer").and_then(Value::as_str) else {
        return;
    };
    let extras = app
        .store
        .read(|state| {
            state
                .vorgaenge
                .get(nr)
                .and_then(|v| v.export_extras.clone())
        })
        .ok()
        .flatten();
    if let Some(extras) = extras {
        merge(vorgang, extras);
    }
}

fn merge(target: &mut Value, patch: Value) {
    match (target, patch) {
        (Value::Object(target), Value::Object(patch)) => {
            for (key, value) in patch {
                match target.get_mut(&key) {
                    Some(slot) => merge(slot, value),
                    None => {
                        target.insert(key, value);
                    }
                }
            }
        }
        (Value::Array(target), Value::Array(patch)) => {
            for (i, value) in patch.into_iter().enumerate() {
                match target.get_mut(i) {
                    Some(slot) => merge(slot, value),
                    None => target.push(value),
                }
            }
        }
        (slot, value) => *slot = value,
    }
}
