//! Findings for a create or replace body before it is sent: what the API would reject, what it
//! would silently drop (Fehler), and what is irrelevant where it stands (Hinweis).
//!
//! Two layers: the OpenAPI document's own rules, checked on the JSON (unknown properties,
//! types, formats, enum values, `@type`s, required fields, sizes, ranges, the date rules its
//! descriptions state), then rules the document only implies, checked on the model (dates in
//! order, IBAN, e-mail, phone, references between objects, ids).

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{
    Arbeitserlaubnis, Aufenthaltstitel, Beschaeftigung, Finanzierungsbaustein, Haushalt,
    ImportKundenangabenRequest, Kunde, Kundenangaben, RatenhoehePraeferenz,
    UpdateKundenangabenRequest, ZinsbindungPraeferenz, ZusatzangabenKundeFuerProduktanbieter,
};
use crate::catalog::{self, check::check};
use crate::finding::{Finding, FindingKind, join};

/// A request body of the Kundenangaben API that [`validate`] checks.
pub trait Request: Serialize + DeserializeOwned {
    /// The body's component schema in the OpenAPI document.
    const SCHEMA: &'static str;
    /// True for the replace body, whose objects keep their ids.
    const REPLACE: bool;
    fn kundenangaben(&self) -> Option<&Kundenangaben>;
}

impl Request for ImportKundenangabenRequest {
    const SCHEMA: &'static str = "ImportKundenangabenRequest";
    const REPLACE: bool = false;
    fn kundenangaben(&self) -> Option<&Kundenangaben> {
        self.kundenangaben.as_ref()
    }
}

impl Request for UpdateKundenangabenRequest {
    const SCHEMA: &'static str = "UpdateKundenangabenRequest";
    const REPLACE: bool = true;
    fn kundenangaben(&self) -> Option<&Kundenangaben> {
        self.kundenangaben.as_ref()
    }
}

/// Findings for a create ([`ImportKundenangabenRequest`], also for body-validation) or replace
/// ([`UpdateKundenangabenRequest`]) body.
pub fn validate<R: Request>(body: &R) -> Vec<Finding> {
    let mut findings = Vec::new();
    match serde_json::to_value(body) {
        Ok(mut value) => {
            check(
                catalog::kundenangaben(),
                R::SCHEMA,
                &mut value,
                &mut findings,
            );
            content(body, &value, &mut findings);
        }
        Err(e) => findings.push(Finding::fehler("", format!("Body nicht darstellbar: {e}"))),
    }
    findings
}

/// Findings for a replace body against the Vorgang as loaded before (`GET`): an object that
/// has an id in the Vorgang and none at the same place in the body, or an id the Vorgang does
/// not know, makes BaufiSmart create the object anew and lose what was stored with it.
pub fn validate_replace(
    body: &UpdateKundenangabenRequest,
    bestand: &Kundenangaben,
) -> Vec<Finding> {
    let mut findings = validate(body);
    let (Ok(bestand), Ok(neu)) = (
        serde_json::to_value(bestand),
        serde_json::to_value(&body.kundenangaben),
    ) else {
        return findings;
    };
    let mut bestand_ids = BTreeMap::new();
    collect_ids(&bestand, "kundenangaben", &mut bestand_ids);
    let mut body_ids = BTreeMap::new();
    collect_ids(&neu, "kundenangaben", &mut body_ids);
    let known: BTreeSet<&String> = bestand_ids.values().collect();
    for (path, id) in &body_ids {
        if !known.contains(id) {
            findings.push(Finding::fehler(
                format!("{path}.id"),
                format!(
                    "Die id `{id}` gibt es im Vorgang nicht: BaufiSmart ignoriert selbst vergebene ids und legt das Objekt neu an."
                ),
            ));
        }
    }
    for (path, id) in &bestand_ids {
        let object = pointer(&neu, path.strip_prefix("kundenangaben").unwrap_or(path));
        if object.is_some_and(|o| o.get("id").is_none()) {
            let path = format!("{path}.id");
            // This Fehler says more than the Hinweis `validate` gives without the Vorgang.
            findings.retain(|f| f.path != path);
            findings.push(Finding::fehler(
                path,
                format!(
                    "Im Vorgang hat dieses Objekt die id `{id}`: ohne sie legt BaufiSmart es neu an und die bisherigen Daten gehen verloren."
                ),
            ));
        }
    }
    findings
}

/// Findings for a body read from a file: the create body, or the replace body when it has
/// `updateMetadaten`. Values the API would drop are named, then the rest is read into the
/// model as the API would read it and checked like [`validate`] does.
pub fn validate_json(text: &str) -> Vec<Finding> {
    let mut findings = crate::json_file::duplicate_keys(text);
    let mut value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(e) => {
            findings.push(
                Finding::fehler(
                    "",
                    format!(
                        "Kein gültiges JSON: Fehler in Zeile {}, Spalte {}.",
                        e.line(),
                        e.column()
                    ),
                )
                .of(FindingKind::Syntax),
            );
            return findings;
        }
    };
    if !value.is_object() {
        findings.push(Finding::fehler(
            "",
            "Der Body muss ein JSON-Objekt sein (`{ \"importMetadaten\": …, \"kundenangaben\": … }`).",
        ).of(FindingKind::Syntax));
        return findings;
    }
    if value.get("updateMetadaten").is_some() {
        typed::<UpdateKundenangabenRequest>(&mut value, &mut findings);
    } else {
        typed::<ImportKundenangabenRequest>(&mut value, &mut findings);
    }
    findings
}

fn typed<R: Request>(value: &mut Value, findings: &mut Vec<Finding>) {
    check(catalog::kundenangaben(), R::SCHEMA, value, findings);
    match serde_json::from_value::<R>(value.clone()) {
        Ok(body) => content(&body, value, findings),
        Err(e) => findings.push(Finding::fehler("", format!("Body nicht lesbar: {e}"))),
    }
}

/// The rules the OpenAPI document implies but cannot express; `value` is `body` as JSON.
fn content<R: Request>(body: &R, value: &Value, findings: &mut Vec<Finding>) {
    let Some(kundenangaben) = body.kundenangaben() else {
        return;
    };
    let groups = [
        ("kundenangaben.haushalte", &kundenangaben.haushalte),
        (
            "kundenangaben.sicherungsgeberHaushalte",
            &kundenangaben.sicherungsgeber_haushalte,
        ),
    ];
    let mut referenzen: BTreeMap<&str, String> = BTreeMap::new();
    for (prefix, haushalte) in groups {
        for (h, haushalt) in haushalte.iter().flatten().enumerate() {
            let path = format!("{prefix}[{h}]");
            haushalt_rules(haushalt, &path, R::REPLACE, findings);
            for (k, kunde) in haushalt.kunden.iter().flatten().enumerate() {
                let path = format!("{path}.kunden[{k}]");
                kunde_rules(kunde, &path, R::REPLACE, findings);
                if let Some(referenz) = kunde.referenz_id.as_deref() {
                    if let Some(first) = referenzen.get(referenz) {
                        findings.push(Finding::fehler(
                            format!("{path}.referenzId"),
                            format!(
                                "referenzId `{referenz}` hat schon {first}: jeder Kunde braucht eine eigene, sonst ordnet die API Angaben falsch zu."
                            ),
                        ));
                    } else {
                        referenzen.insert(referenz, path.clone());
                    }
                }
            }
        }
    }
    if let Some(iban) = kundenangaben
        .bankverbindung
        .as_ref()
        .and_then(|b| b.iban.as_deref())
    {
        findings.extend(crate::value_rules::iban(
            "kundenangaben.bankverbindung.iban",
            iban,
        ));
    }
    praeferenzen_rules(kundenangaben, findings);
    wunschparameter_rules(kundenangaben, findings);
    let value = &value["kundenangaben"];
    let kunden: BTreeSet<&str> = referenzen.keys().copied().collect();
    references(value, "kundenangaben", &kunden, findings);
    if !R::REPLACE {
        let mut ids = BTreeMap::new();
        collect_ids(value, "kundenangaben", &mut ids);
        for path in ids.keys() {
            findings.push(Finding::hinweis(
                format!("{path}.id"),
                "Beim Anlegen ignoriert die API ids: BaufiSmart vergibt sie selbst.",
            ));
        }
    }
}

fn haushalt_rules(haushalt: &Haushalt, path: &str, replace: bool, findings: &mut Vec<Finding>) {
    if replace && haushalt.id.is_none() {
        findings.push(Finding::hinweis(
            format!("{path}.id"),
            "Ohne id legt BaufiSmart den Haushalt neu an. Ersetzt er einen bestehenden, dessen id aus dem geladenen Vorgang mitsenden.",
        ));
    }
}

fn kunde_rules(kunde: &Kunde, path: &str, replace: bool, findings: &mut Vec<Finding>) {
    if replace && kunde.id.is_none() {
        findings.push(Finding::hinweis(
            format!("{path}.id"),
            "Ohne id legt BaufiSmart den Kunden neu an. Ersetzt er einen bestehenden, dessen id aus dem geladenen Vorgang mitsenden.",
        ));
    }
    let personendaten = kunde.personendaten.as_ref();
    let geburt = personendaten.and_then(|p| p.geburtsdatum);
    let mut seit: Vec<(String, Option<NaiveDate>)> = vec![(
        format!("{path}.wohnsituation.wohnhaftSeit"),
        kunde.wohnsituation.as_ref().and_then(|w| w.wohnhaft_seit),
    )];
    if let Some(aufenthalt) = personendaten.and_then(|p| p.nicht_eu_buerger.as_ref()) {
        let aufenthalt_path = format!("{path}.personendaten.nichtEuBuerger");
        seit.push((
            format!("{aufenthalt_path}.inDeutschlandSeit"),
            aufenthalt.in_deutschland_seit,
        ));
        arbeitserlaubnis_rules(
            aufenthalt.aufenthaltstitel.as_ref(),
            &aufenthalt_path,
            findings,
        );
    }
    let beschaeftigung = kunde
        .finanzielles
        .as_ref()
        .and_then(|f| f.beschaeftigung.as_ref());
    let verhaeltnis = match beschaeftigung {
        Some(Beschaeftigung::Angestellter(b)) => b.beschaeftigungsverhaeltnis.as_ref(),
        Some(Beschaeftigung::Arbeiter(b)) => b.beschaeftigungsverhaeltnis.as_ref(),
        Some(Beschaeftigung::Beamter(b)) => b.beschaeftigungsverhaeltnis.as_ref(),
        _ => None,
    };
    let taetigkeit = match beschaeftigung {
        Some(Beschaeftigung::Selbststaendiger(b)) => b.taetigkeit.as_ref(),
        Some(Beschaeftigung::Freiberufler(b)) => b.taetigkeit.as_ref(),
        _ => None,
    };
    let beschaeftigung_path = format!("{path}.finanzielles.beschaeftigung");
    seit.push((
        format!("{beschaeftigung_path}.beschaeftigungsverhaeltnis.beschaeftigtSeit"),
        verhaeltnis.and_then(|v| v.beschaeftigt_seit),
    ));
    seit.push((
        format!("{beschaeftigung_path}.taetigkeit.taetigSeit"),
        taetigkeit.and_then(|t| t.taetig_seit),
    ));
    if let Some(geburt) = geburt {
        for (seit_path, date) in seit {
            if let Some(date) = date {
                not_before(geburt, date, &seit_path, findings);
            }
        }
    }
    zusatzangaben_rules(kunde, path, findings);
    if let Some(kontakt) = &kunde.kontakt {
        if let Some(email) = kontakt.email.as_deref() {
            findings.extend(crate::value_rules::email(
                format!("{path}.kontakt.email"),
                email,
            ));
        }
        if let Some(telefon) = &kontakt.telefonnummer {
            let parts = [
                ("vorwahl", "Vorwahl", &telefon.vorwahl),
                ("nummer", "Telefonnummer", &telefon.nummer),
            ];
            for (name, label, part) in parts {
                if let Some(part) = part.as_deref().filter(|p| !is_phone_part(p)) {
                    findings.push(Finding::fehler(
                        format!("{path}.kontakt.telefonnummer.{name}"),
                        format!("`{part}` ist keine gültige {label}: nur Ziffern, Leerzeichen, `/`, `-` und ein führendes `+`."),
                    ).of(FindingKind::Format));
                }
            }
        }
    }
}

/// Lender-specific details the document says are ignored for this kind of employment.
fn zusatzangaben_rules(kunde: &Kunde, path: &str, findings: &mut Vec<Finding>) {
    let beschaeftigung = kunde
        .finanzielles
        .as_ref()
        .and_then(|f| f.beschaeftigung.as_ref());
    let angestellt = matches!(beschaeftigung, Some(Beschaeftigung::Angestellter(_)));
    let beschaeftigt = !matches!(
        beschaeftigung,
        Some(
            Beschaeftigung::Arbeitsloser(_)
                | Beschaeftigung::HaushaltendePerson(_)
                | Beschaeftigung::Rentner(_)
        )
    );
    let produktanbieter = kunde
        .zusatzangaben
        .iter()
        .flat_map(|z| z.zusatzangaben_pro_produktanbieter.iter().flatten());
    for (i, angaben) in produktanbieter.enumerate() {
        let path = format!("{path}.zusatzangaben.zusatzangabenProProduktanbieter[{i}]");
        let ignored = match angaben {
            ZusatzangabenKundeFuerProduktanbieter::ZusatzangabenKundeDsl(dsl)
                if !angestellt && dsl.beschaeftigung_im_oeffentlichen_dienst.is_some() =>
            {
                Some(("beschaeftigungImOeffentlichenDienst", "nur für Angestellte"))
            }
            ZusatzangabenKundeFuerProduktanbieter::ZusatzangabenKundeIng(ing)
                if !beschaeftigt && ing.branche.is_some() =>
            {
                Some(("branche", "nur für Beschäftigte"))
            }
            ZusatzangabenKundeFuerProduktanbieter::ZusatzangabenKundeMhb(mhb)
                if !beschaeftigt && mhb.branche.is_some() =>
            {
                Some(("branche", "nur für Beschäftigte"))
            }
            _ => None,
        };
        if let Some((field, nur)) = ignored {
            findings.push(Finding::hinweis(
                format!("{path}.{field}"),
                format!("Gilt {nur}: bei dieser Beschäftigung ignoriert die API die Angabe."),
            ));
        }
    }
}

/// "Pro Art des Wunschparameters darf maximal ein Eintrag vorhanden sein."
fn wunschparameter_rules(kundenangaben: &Kundenangaben, findings: &mut Vec<Finding>) {
    let bausteine = kundenangaben
        .finanzierungsbedarf
        .iter()
        .flat_map(|b| b.finanzierungsbausteine.iter().flatten());
    for (i, baustein) in bausteine.enumerate() {
        let Finanzierungsbaustein::Bauspardarlehen(bauspar) = baustein else {
            continue;
        };
        let mut seen = BTreeSet::new();
        for (j, parameter) in bauspar.wunschparameter.iter().flatten().enumerate() {
            if let Some(tag) = parameter.type_tag()
                && !seen.insert(tag)
            {
                findings.push(Finding::fehler(
                    format!("kundenangaben.finanzierungsbedarf.finanzierungsbausteine[{i}].wunschparameter[{j}]"),
                    format!("Wunschparameter `{tag}` steht schon davor: pro Art ist nur einer erlaubt."),
                ));
            }
        }
    }
}

/// A work permit that ends before the residence title it belongs to makes no sense to a bank.
fn arbeitserlaubnis_rules(
    titel: Option<&Aufenthaltstitel>,
    path: &str,
    findings: &mut Vec<Finding>,
) {
    let (titel_bis, erlaubnis) = match titel {
        Some(Aufenthaltstitel::Aufenthaltserlaubnis(t)) => (t.befristet_bis, &t.arbeitserlaubnis),
        Some(Aufenthaltstitel::Visum(t)) => (t.befristet_bis, &t.arbeitserlaubnis),
        _ => return,
    };
    if let (Some(Arbeitserlaubnis::ArbeitserlaubnisVorhanden(erlaubnis)), Some(titel_bis)) =
        (erlaubnis, titel_bis)
        && erlaubnis.befristet_bis.is_some_and(|bis| bis > titel_bis)
    {
        findings.push(Finding::hinweis(
            format!("{path}.aufenthaltstitel.arbeitserlaubnis.befristetBis"),
            "Die Arbeitserlaubnis reicht über den Aufenthaltstitel hinaus: gilt nur so lange wie er.",
        ));
    }
}

/// A date that must not lie before the birth it is compared with.
fn not_before(geburt: NaiveDate, date: NaiveDate, path: &str, findings: &mut Vec<Finding>) {
    if date < geburt {
        findings.push(Finding::fehler(
            path,
            format!(
                "{} liegt vor der Geburt ({}): bitte Datum prüfen.",
                date.format("%d.%m.%Y"),
                geburt.format("%d.%m.%Y")
            ),
        ));
    }
}

fn praeferenzen_rules(kundenangaben: &Kundenangaben, findings: &mut Vec<Finding>) {
    let Some(details) = kundenangaben
        .finanzierungsbedarf
        .as_ref()
        .and_then(|b| b.praeferenzen.as_ref())
        .and_then(|p| p.finanzierungsdetailspraeferenzen.as_ref())
    else {
        return;
    };
    let path = "kundenangaben.finanzierungsbedarf.praeferenzen.finanzierungsdetailspraeferenzen";
    if let Some(ZinsbindungPraeferenz::Zinsbindungsspanne(spanne)) = &details.zinsbindung
        && let (Some(von), Some(bis)) = (spanne.von_jahre, spanne.bis_jahre)
        && von > bis
    {
        findings.push(Finding::fehler(
            format!("{path}.zinsbindung.bisJahre"),
            format!("Zinsbindung bis {bis} Jahre liegt unter von {von} Jahre."),
        ));
    }
    if let Some(RatenhoehePraeferenz::Ratenspanne(spanne)) = &details.ratenhoehe
        && let (Some(von), Some(bis)) = (spanne.von, spanne.bis)
        && von > bis
    {
        findings.push(Finding::fehler(
            format!("{path}.ratenhoehe.bis"),
            format!("Rate bis {bis} € liegt unter von {von} €."),
        ));
    }
}

/// Every `kundenreferenzId…` must name a Kunde of this body; the API drops a dangling one.
fn references(value: &Value, path: &str, kunden: &BTreeSet<&str>, findings: &mut Vec<Finding>) {
    match value {
        Value::Object(object) => {
            for (key, child) in object {
                let child_path = join(path, key);
                if key.starts_with("kundenreferenzId") {
                    let named: Vec<(String, &Value)> = match child {
                        Value::Array(items) => items
                            .iter()
                            .enumerate()
                            .map(|(i, v)| (format!("{child_path}[{i}]"), v))
                            .collect(),
                        other => vec![(child_path.clone(), other)],
                    };
                    for (p, v) in named {
                        if let Some(r) = v.as_str().filter(|r| !kunden.contains(r)) {
                            findings.push(Finding::fehler(
                                p,
                                format!("Kein Kunde hat die referenzId `{r}`: die API verwirft diese Zuordnung."),
                            ));
                        }
                    }
                } else {
                    references(child, &child_path, kunden, findings);
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                references(item, &format!("{path}[{i}]"), kunden, findings);
            }
        }
        _ => {}
    }
}

/// Path of each object that has an `id` -> that id.
fn collect_ids(value: &Value, path: &str, ids: &mut BTreeMap<String, String>) {
    match value {
        Value::Object(object) => {
            if let Some(Value::String(id)) = object.get("id") {
                ids.insert(path.to_owned(), id.clone());
            }
            for (key, child) in object {
                collect_ids(child, &join(path, key), ids);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                collect_ids(item, &format!("{path}[{i}]"), ids);
            }
        }
        _ => {}
    }
}

/// The value at an API-style path (`.haushalte[0].kunden[1]`) below `value`.
fn pointer<'a>(value: &'a Value, path: &str) -> Option<&'a Value> {
    let pointer: String = path
        .replace('[', ".")
        .replace(']', "")
        .split('.')
        .filter(|s| !s.is_empty())
        .map(|s| format!("/{}", s.replace('~', "~0").replace('/', "~1")))
        .collect();
    value.pointer(&pointer)
}

fn is_phone_part(part: &str) -> bool {
    let digits = part.strip_prefix('+').unwrap_or(part);
    digits.chars().any(|c| c.is_ascii_digit())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '/' | '-'))
}
