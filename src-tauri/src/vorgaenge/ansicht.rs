//! A Vorgang as the viewer shows it: every field the export spec documents as a German label
//! and a German value (enum labels from `europace`'s one table, numbers and dates the German
//! way), fields this version does not know shown raw, and what changed against an earlier
//! read marked.

use chrono::{NaiveDate, NaiveDateTime};
use europace::kex_export::extra::extra_fields;
use europace::kex_export::labels::{self, LabelDe};
use europace::kex_export::model::{
    Antrag, Antragsteller, Beschaeftigungsverhaeltnis, Haushalt, Partner, Vorgang,
};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One fact: a stable key (its JSON path) to compare reads by, a German label and value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Angabe {
    pub key: String,
    pub label: String,
    pub value: String,
    /// New or different since the user last looked.
    pub changed: bool,
}

/// A titled group of facts (an Antragsteller, the Haushalt, …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Abschnitt {
    pub title: String,
    pub angaben: Vec<Angabe>,
}

/// A document the Produktanbieter still needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Unterlage {
    pub text: String,
    /// Asked for since the user last looked.
    pub changed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct AntragAnsicht {
    pub antragsnummer: String,
    /// Produktanbieter (its Europace id; the export names no bank).
    pub produktanbieter: String,
    pub produkt: String,
    pub antragstellerstatus: String,
    pub produktanbieterstatus: String,
    /// Either status changed since the user last looked.
    pub status_changed: bool,
    /// The Antrag itself is new since the user last looked.
    pub changed: bool,
    pub konditionen: Vec<Angabe>,
    pub ratenschutz: Vec<Angabe>,
    /// Everything else the Antrag says (numbers, dates, Produktart, comments).
    pub angaben: Vec<Angabe>,
    pub unterlagen: Vec<Unterlage>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct VorgangAnsicht {
    pub vorgangsnummer: String,
    /// "Max Mustermann" (and the second Antragsteller), for lists and titles.
    pub antragsteller: String,
    /// The status a list shows: of the Anträge if any, else of the Vorgang.
    pub status: String,
    /// The latest change of the Vorgang or any Antrag, "03.12.2026, 14:05".
    pub letzte_aenderung: Option<String>,
    pub kopf: Vec<Angabe>,
    pub abschnitte: Vec<Abschnitt>,
    pub antraege: Vec<AntragAnsicht>,
    /// Fields the export sent that this version does not know, raw.
    pub unbekannt: Vec<Angabe>,
}

const DATE: &str = "%d.%m.%Y";
const DATE_TIME: &str = "%d.%m.%Y, %H:%M";

/// Collects facts, leaving out what the server did not send.
struct Facts {
    prefix: String,
    list: Vec<Angabe>,
}

impl Facts {
    fn new(prefix: &str) -> Self {
        Self {
            prefix: prefix.to_owned(),
            list: Vec::new(),
        }
    }

    fn push(&mut self, key: &str, label: &str, value: Option<String>) {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            self.list.push(Angabe {
                key: format!("{}{key}", self.prefix),
                label: label.to_owned(),
                value,
                changed: false,
            });
        }
    }

    fn text(&mut self, key: &str, label: &str, value: Option<&str>) {
        self.push(key, label, value.map(str::to_owned));
    }

    fn label(&mut self, key: &str, label: &str, value: Option<&impl LabelDe>) {
        self.push(key, label, value.map(|v| v.label_de().to_owned()));
    }

    fn date(&mut self, key: &str, label: &str, value: Option<NaiveDate>) {
        self.push(key, label, value.map(|d| d.format(DATE).to_string()));
    }

    fn time(&mut self, key: &str, label: &str, value: Option<NaiveDateTime>) {
        self.push(key, label, value.map(|d| d.format(DATE_TIME).to_string()));
    }

    fn euro(&mut self, key: &str, label: &str, value: Option<impl std::fmt::Display>) {
        self.push(key, label, value.map(|v| labels::euro(&v)));
    }

    fn percent(&mut self, key: &str, label: &str, value: Option<impl std::fmt::Display>) {
        self.push(key, label, value.map(|v| labels::percent(&v)));
    }

    fn number(&mut self, key: &str, label: &str, value: Option<u32>, unit: &str) {
        self.push(key, label, value.map(|v| format!("{v}{unit}")));
    }

    fn yes_no(&mut self, key: &str, label: &str, value: Option<bool>) {
        self.push(
            key,
            label,
            value.map(|v| if v { "ja" } else { "nein" }.to_owned()),
        );
    }

    fn partner(&mut self, key: &str, label: &str, value: Option<&Partner>) {
        self.text(key, label, value.and_then(|p| p.partner_id.as_deref()));
    }
}

fn name(antragsteller: Option<&Antragsteller>) -> Option<String> {
    let p = antragsteller?.personendaten.as_ref()?;
    let name = [p.vorname.as_deref(), p.nachname.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    (!name.is_empty()).then_some(name)
}

/// The Vorgang as the viewer shows it, every change against `seen` (an earlier read the user
/// looked at) marked. `raw` is the document as sent, for fields the model does not know.
pub fn ansicht(vorgang: &Vorgang, raw: &Value, seen: Option<&VorgangAnsicht>) -> VorgangAnsicht {
    let mut ansicht = build(vorgang, raw);
    if let Some(seen) = seen {
        mark_changes(&mut ansicht, seen);
    }
    ansicht
}

fn build(v: &Vorgang, raw: &Value) -> VorgangAnsicht {
    let mut kopf = Facts::new("");
    kopf.text(
        "vorgangsnummer",
        "Vorgangsnummer",
        v.vorgangsnummer.as_deref(),
    );
    kopf.label(
        "vorgangsstatus.status",
        "Vorgangsstatus",
        v.vorgangsstatus.as_ref().and_then(|s| s.status.as_ref()),
    );
    kopf.label("prioritaet", "Priorität", v.prioritaet.as_ref());
    let wiedervorlage = v.wiedervorlage.as_ref();
    kopf.date(
        "wiedervorlage.wiedervorlageAm",
        "Wiedervorlage",
        wiedervorlage.and_then(|w| w.wiedervorlage_am),
    );
    kopf.text(
        "wiedervorlage.kommentar",
        "Wiedervorlage-Kommentar",
        wiedervorlage.and_then(|w| w.kommentar.as_deref()),
    );
    kopf.label("datenkontext", "Datenkontext", v.datenkontext.as_ref());
    kopf.partner(
        "kundenbetreuer",
        "Kundenbetreuer",
        v.kundenbetreuer.as_ref(),
    );
    kopf.partner("bearbeiter", "Bearbeiter", v.bearbeiter.as_ref());
    kopf.partner("tippgeber", "Tippgeber", v.tippgeber.as_ref());
    kopf.text("leadquelle", "Leadquelle", v.leadquelle.as_deref());
    kopf.text(
        "eigeneVorgangsnummer",
        "Eigene Vorgangsnummer",
        v.eigene_vorgangsnummer.as_deref(),
    );
    kopf.time(
        "letzteAenderungAm",
        "Letzte Änderung",
        v.letzte_aenderung_am,
    );
    kopf.time(
        "letztesEreignisAm",
        "Letztes Ereignis",
        v.letztes_ereignis_am,
    );
    let aufbewahrung = v.aufbewahrung.as_ref();
    kopf.label(
        "aufbewahrung.grund",
        "Aufbewahrung",
        aufbewahrung.and_then(|a| a.grund.as_ref()),
    );
    kopf.date(
        "aufbewahrung.endetAm",
        "Aufbewahrung endet am",
        aufbewahrung.and_then(|a| a.endet_am),
    );

    let mut abschnitte = Vec::new();
    for (n, a) in [(1, &v.antragsteller1), (2, &v.antragsteller2)] {
        if let Some(a) = a {
            abschnitte.push(Abschnitt {
                title: format!("Antragsteller {n}"),
                angaben: antragsteller(&format!("antragsteller{n}."), a),
            });
        }
    }
    if let Some(h) = &v.haushalt {
        abschnitte.push(Abschnitt {
            title: "Haushalt".to_owned(),
            angaben: haushalt(h),
        });
    }
    if let Some(f) = &v.finanzbedarf {
        let mut facts = Facts::new("finanzbedarf.");
        facts.label(
            "finanzierungszweck",
            "Finanzierungszweck",
            f.finanzierungszweck.as_ref(),
        );
        let wunsch = f.finanzierungswunsch.as_ref();
        facts.euro(
            "finanzierungswunsch.kreditbetrag",
            "Kreditbetrag",
            wunsch.and_then(|w| w.kreditbetrag),
        );
        facts.number(
            "finanzierungswunsch.laufzeitInMonaten",
            "Laufzeit",
            wunsch.and_then(|w| w.laufzeit_in_monaten),
            " Monate",
        );
        facts.euro(
            "finanzierungswunsch.rateMonatlich",
            "Monatliche Rate",
            wunsch.and_then(|w| w.rate_monatlich),
        );
        facts.euro(
            "fahrzeugkauf.kaufpreis",
            "Kaufpreis des Fahrzeugs",
            f.fahrzeugkauf.as_ref().and_then(|k| k.kaufpreis),
        );
        abschnitte.push(Abschnitt {
            title: "Finanzbedarf".to_owned(),
            angaben: facts.list,
        });
    }
    abschnitte.retain(|a| !a.angaben.is_empty());

    let antraege: Vec<AntragAnsicht> = v
        .antraege
        .iter()
        .flatten()
        .enumerate()
        .map(|(i, a)| antrag(i, a))
        .collect();

    let unbekannt = extra_fields(raw, v)
        .into_iter()
        .map(|e| Angabe {
            label: e.path.clone(),
            key: format!("unbekannt.{}", e.path),
            value: match e.value {
                Value::String(s) => s,
                other => other.to_string(),
            },
            changed: false,
        })
        .collect();

    let antragsteller = [
        name(v.antragsteller1.as_ref()),
        name(v.antragsteller2.as_ref()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" und ");
    let status = if antraege.is_empty() {
        v.vorgangsstatus
            .as_ref()
            .and_then(|s| s.status.as_ref())
            .map_or_else(|| "–".to_owned(), |s| s.label_de().to_owned())
    } else {
        status_summary(&antraege)
    };
    let letzte_aenderung = std::iter::once(v.letzte_aenderung_am)
        .chain(v.antraege.iter().flatten().map(|a| a.letzte_aenderung_am))
        .flatten()
        .max()
        .map(|t| t.format(DATE_TIME).to_string());

    VorgangAnsicht {
        vorgangsnummer: v.vorgangsnummer.clone().unwrap_or_default(),
        antragsteller,
        status,
        letzte_aenderung,
        kopf: kopf.list,
        abschnitte,
        antraege,
        unbekannt,
    }
}

/// The banks' answers at a glance: "noch nicht bearbeitet" for one Antrag, "2 × noch nicht
/// bearbeitet, 1 × zurückgestellt" for several.
fn status_summary(antraege: &[AntragAnsicht]) -> String {
    let mut counted: Vec<(&str, usize)> = Vec::new();
    for antrag in antraege {
        let status = antrag.produktanbieterstatus.as_str();
        match counted.iter_mut().find(|(s, _)| *s == status) {
            Some((_, n)) => *n += 1,
            None => counted.push((status, 1)),
        }
    }
    if antraege.len() == 1 {
        return counted[0].0.to_owned();
    }
    counted
        .iter()
        .map(|(status, n)| format!("{n} × {status}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn antragsteller(prefix: &str, a: &Antragsteller) -> Vec<Angabe> {
    let mut f = Facts::new(prefix);
    if let Some(p) = &a.personendaten {
        let titel = p
            .titel
            .iter()
            .flatten()
            .map(|t| t.label_de().to_owned())
            .collect::<Vec<_>>()
            .join(" ");
        f.label("personendaten.anrede", "Anrede", p.anrede.as_ref());
        f.push("personendaten.titel", "Titel", Some(titel));
        f.text("personendaten.vorname", "Vorname", p.vorname.as_deref());
        f.text("personendaten.nachname", "Nachname", p.nachname.as_deref());
        f.text(
            "personendaten.geburtsname",
            "Geburtsname",
            p.geburtsname.as_deref(),
        );
        f.date("personendaten.geburtsdatum", "Geburtsdatum", p.geburtsdatum);
        f.text(
            "personendaten.geburtsort",
            "Geburtsort",
            p.geburtsort.as_deref(),
        );
        f.push(
            "personendaten.geburtsland",
            "Geburtsland",
            p.geburtsland.as_ref().map(ToString::to_string),
        );
        f.label(
            "personendaten.familienstand",
            "Familienstand",
            p.familienstand.as_ref(),
        );
        f.text("personendaten.email", "E-Mail", p.email.as_deref());
        f.text(
            "personendaten.telefonPrivat",
            "Telefon privat",
            p.telefon_privat.as_deref(),
        );
        f.text(
            "personendaten.telefonGeschaeftlich",
            "Telefon geschäftlich",
            p.telefon_geschaeftlich.as_deref(),
        );
    }
    if let Some(w) = &a.wohnsituation {
        if let Some(s) = &w.anschrift {
            let strasse = [s.strasse.as_deref(), s.hausnummer.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            let ort = [s.plz.as_deref(), s.ort.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            let anschrift = [strasse, ort]
                .into_iter()
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            f.push("wohnsituation.anschrift", "Anschrift", Some(anschrift));
            f.date(
                "wohnsituation.anschrift.wohnhaftSeit",
                "Wohnhaft seit",
                s.wohnhaft_seit,
            );
        }
        f.label("wohnsituation.wohnart", "Wohnart", w.wohnart.as_ref());
        f.yes_no(
            "wohnsituation.gemeinsamerHaushalt",
            "Gemeinsamer Haushalt",
            w.gemeinsamer_haushalt,
        );
        f.number(
            "wohnsituation.anzahlPersonenImHaushalt",
            "Personen im Haushalt",
            w.anzahl_personen_im_haushalt,
            "",
        );
        f.number("wohnsituation.anzahlPkw", "Anzahl Pkw", w.anzahl_pkw, "");
    }
    if let Some(b) = &a.beschaeftigung {
        f.label(
            "beschaeftigung.beschaeftigungsart",
            "Beschäftigung",
            b.beschaeftigungsart.as_ref(),
        );
        for (key, verhaeltnis) in [("angestellter", &b.angestellter), ("arbeiter", &b.arbeiter)] {
            if let Some(v) = verhaeltnis
                .as_ref()
                .and_then(|a| a.beschaeftigungsverhaeltnis.as_ref())
            {
                beschaeftigungsverhaeltnis(&mut f, &format!("beschaeftigung.{key}."), v);
            }
        }
        if let Some(v) = b
            .beamter
            .as_ref()
            .and_then(|b| b.beschaeftigungsverhaeltnis.as_ref())
        {
            let k = "beschaeftigung.beamter.beschaeftigungsverhaeltnis.";
            f.text(
                &format!("{k}arbeitgeber"),
                "Dienstherr",
                v.arbeitgeber.as_ref().and_then(|a| a.name.as_deref()),
            );
            f.date(
                &format!("{k}verbeamtetSeit"),
                "Verbeamtet seit",
                v.verbeamtet_seit,
            );
            f.yes_no(&format!("{k}inProbezeit"), "In Probezeit", v.in_probezeit);
            f.euro(
                &format!("{k}nettoeinkommenMonatlich"),
                "Nettoeinkommen monatlich",
                v.nettoeinkommen_monatlich,
            );
        }
        for (key, s) in [
            ("selbststaendiger", &b.selbststaendiger),
            ("freiberufler", &b.freiberufler),
        ] {
            if let Some(s) = s {
                let k = format!("beschaeftigung.{key}.");
                f.text(
                    &format!("{k}firma"),
                    "Firma",
                    s.firma.as_ref().and_then(|f| f.name.as_deref()),
                );
                f.date(
                    &format!("{k}selbststaendigSeit"),
                    "Selbstständig seit",
                    s.selbststaendig_seit,
                );
                f.euro(
                    &format!("{k}bruttoEinkommenLaufendesJahr"),
                    "Bruttoeinkommen laufendes Jahr",
                    s.brutto_einkommen_laufendes_jahr,
                );
            }
        }
        if let Some(r) = &b.rentner {
            f.date(
                "beschaeftigung.rentner.rentnerSeit",
                "Rentner seit",
                r.rentner_seit,
            );
            f.euro(
                "beschaeftigung.rentner.staatlicheRenteMonatlich",
                "Staatliche Rente monatlich",
                r.staatliche_rente_monatlich,
            );
        }
        for (key, s) in [("hausfrau", &b.hausfrau), ("arbeitsloser", &b.arbeitsloser)] {
            if let Some(s) = s {
                f.euro(
                    &format!("beschaeftigung.{key}.sonstigesEinkommenMonatlich"),
                    "Sonstiges Einkommen monatlich",
                    s.sonstiges_einkommen_monatlich,
                );
            }
        }
    }
    if let Some(h) = &a.herkunft {
        f.push(
            "herkunft.staatsangehoerigkeit",
            "Staatsangehörigkeit",
            h.staatsangehoerigkeit.as_ref().map(ToString::to_string),
        );
        f.text("herkunft.steuerId", "Steuer-ID", h.steuer_id.as_deref());
        f.date(
            "herkunft.inDeutschlandSeit",
            "In Deutschland seit",
            h.in_deutschland_seit,
        );
        f.label(
            "herkunft.aufenthaltstitel",
            "Aufenthaltstitel",
            h.aufenthaltstitel.as_ref(),
        );
        f.date(
            "herkunft.aufenthaltBefristetBis",
            "Aufenthalt befristet bis",
            h.aufenthalt_befristet_bis,
        );
        f.yes_no(
            "herkunft.arbeitserlaubnisVorhanden",
            "Arbeitserlaubnis vorhanden",
            h.arbeitserlaubnis_vorhanden,
        );
    }
    f.list
}

fn beschaeftigungsverhaeltnis(f: &mut Facts, prefix: &str, v: &Beschaeftigungsverhaeltnis) {
    let k = format!("{prefix}beschaeftigungsverhaeltnis.");
    f.text(
        &format!("{k}arbeitgeber"),
        "Arbeitgeber",
        v.arbeitgeber.as_ref().and_then(|a| a.name.as_deref()),
    );
    f.date(
        &format!("{k}beschaeftigtSeit"),
        "Beschäftigt seit",
        v.beschaeftigt_seit,
    );
    f.label(
        &format!("{k}befristung"),
        "Befristung",
        v.befristung.as_ref(),
    );
    f.date(
        &format!("{k}befristetBis"),
        "Befristet bis",
        v.befristet_bis,
    );
    f.yes_no(&format!("{k}inProbezeit"), "In Probezeit", v.in_probezeit);
    f.euro(
        &format!("{k}nettoeinkommenMonatlich"),
        "Nettoeinkommen monatlich",
        v.nettoeinkommen_monatlich,
    );
}

fn haushalt(h: &Haushalt) -> Vec<Angabe> {
    let mut f = Facts::new("haushalt.");
    for (i, kind) in h.kinder.iter().flatten().enumerate() {
        let zu = kind
            .gehoert_zu_antragsteller
            .as_ref()
            .map(|z| format!(" ({})", z.label_de()))
            .unwrap_or_default();
        f.push(
            &format!("kinder[{i}]"),
            &format!("Kind {}", i + 1),
            Some(format!(
                "{}{zu}",
                kind.name.as_deref().unwrap_or("ohne Namen")
            )),
        );
    }
    if let Some(k) = &h.kontoverbindung {
        f.text("kontoverbindung.iban", "IBAN", k.iban.as_deref());
        f.text("kontoverbindung.bic", "BIC", k.bic.as_deref());
        f.text(
            "kontoverbindung.kreditinstitut",
            "Kreditinstitut",
            k.kreditinstitut.as_deref(),
        );
        f.label(
            "kontoverbindung.gehoertZuAntragsteller",
            "Konto gehört zu",
            k.gehoert_zu_antragsteller.as_ref(),
        );
    }
    let kredite = h
        .verbindlichkeiten
        .as_ref()
        .and_then(|v| v.ratenkredite.as_ref());
    for (i, r) in kredite.into_iter().flatten().enumerate() {
        let k = format!("verbindlichkeiten.ratenkredite[{i}].");
        let n = i + 1;
        let label = |what: &str| format!("Ratenkredit {n}: {what}");
        f.text(
            &format!("{k}kreditinstitut"),
            &label("Kreditinstitut"),
            r.kreditinstitut.as_deref(),
        );
        f.text(
            &format!("{k}glaeubiger"),
            &label("Gläubiger"),
            r.glaeubiger.as_deref(),
        );
        f.text(&format!("{k}iban"), &label("IBAN"), r.iban.as_deref());
        f.euro(
            &format!("{k}urspruenglicherKreditbetrag"),
            &label("ursprünglicher Kreditbetrag"),
            r.urspruenglicher_kreditbetrag,
        );
        f.euro(
            &format!("{k}restschuld"),
            &label("Restschuld"),
            r.restschuld,
        );
        f.euro(
            &format!("{k}rateMonatlich"),
            &label("Rate monatlich"),
            r.rate_monatlich,
        );
        f.euro(
            &format!("{k}schlussrate"),
            &label("Schlussrate"),
            r.schlussrate,
        );
        f.date(
            &format!("{k}datumErsteZahlung"),
            &label("erste Zahlung"),
            r.datum_erste_zahlung,
        );
        f.date(
            &format!("{k}datumLetzteRate"),
            &label("letzte Rate"),
            r.datum_letzte_rate,
        );
        f.yes_no(&format!("{k}abloesen"), &label("ablösen"), r.abloesen);
        f.label(
            &format!("{k}gehoertZuAntragsteller"),
            &label("gehört zu"),
            r.gehoert_zu_antragsteller.as_ref(),
        );
    }
    f.list
}

fn antrag(i: usize, a: &Antrag) -> AntragAnsicht {
    let prefix = format!(
        "antraege[{}].",
        a.antragsnummer.as_deref().unwrap_or(&i.to_string())
    );
    let kredit = a.ratenkredit.as_ref();
    let mut k = Facts::new(&prefix);
    if let Some(g) = &a.gesamtkonditionen {
        k.euro(
            "gesamtkonditionen.nettokreditbetrag",
            "Nettokreditbetrag",
            g.nettokreditbetrag,
        );
        k.euro(
            "gesamtkonditionen.auszahlungsbetrag",
            "Auszahlungsbetrag",
            g.auszahlungsbetrag,
        );
        k.euro(
            "gesamtkonditionen.gesamtkreditbetrag",
            "Gesamtkreditbetrag",
            g.gesamtkreditbetrag,
        );
        k.number(
            "gesamtkonditionen.laufzeitInMonaten",
            "Laufzeit",
            g.laufzeit_in_monaten,
            " Monate",
        );
        k.euro(
            "gesamtkonditionen.monatlicheRate",
            "Monatliche Rate",
            g.monatliche_rate,
        );
        k.percent("gesamtkonditionen.sollzins", "Sollzins", g.sollzins);
        k.percent(
            "gesamtkonditionen.effektivzins",
            "Effektivzins",
            g.effektivzins,
        );
    }
    let mut r = Facts::new(&prefix);
    if let Some(s) = &a.ratenschutz {
        let risiken = |list: &Option<Vec<_>>| {
            list.as_ref()
                .map(|l: &Vec<europace::kex_export::model::VersichertesRisiko>| {
                    l.iter()
                        .map(|r| r.label_de().to_owned())
                        .collect::<Vec<_>>()
                        .join(", ")
                })
        };
        r.push(
            "ratenschutz.versicherteRisikenAntragsteller1",
            "Versichert (Antragsteller 1)",
            risiken(&s.versicherte_risiken_antragsteller1),
        );
        r.push(
            "ratenschutz.versicherteRisikenAntragsteller2",
            "Versichert (Antragsteller 2)",
            risiken(&s.versicherte_risiken_antragsteller2),
        );
        r.euro(
            "ratenschutz.praemieMonatlich",
            "Prämie monatlich",
            s.praemie_monatlich,
        );
    }
    let mut f = Facts::new(&prefix);
    f.text(
        "produktanbieterantragsnummer",
        "Antragsnummer der Bank",
        a.produktanbieterantragsnummer.as_deref(),
    );
    f.label("produkttyp", "Produkttyp", a.produkttyp.as_ref());
    f.label(
        "ratenkredit.produktart",
        "Produktart",
        kredit.and_then(|k| k.produktart.as_ref()),
    );
    f.euro(
        "ratenkredit.schlussrate",
        "Schlussrate",
        kredit.and_then(|k| k.schlussrate),
    );
    f.euro(
        "ratenkredit.vorlaufzinsenProTag",
        "Vorlaufzinsen pro Tag",
        kredit.and_then(|k| k.vorlaufzinsen_pro_tag),
    );
    let bank = a.produktanbieterstatus.as_ref();
    f.text(
        "produktanbieterstatus.kommentar",
        "Kommentar der Bank",
        bank.and_then(|s| s.kommentar.as_deref()),
    );
    f.time(
        "produktanbieterstatus.letzteAenderungAm",
        "Status der Bank seit",
        bank.and_then(|s| s.letzte_aenderung_am),
    );
    f.time(
        "antragstellerstatus.letzteAenderungAm",
        "Status des Kunden seit",
        a.antragstellerstatus
            .as_ref()
            .and_then(|s| s.letzte_aenderung_am),
    );
    let provision = a.provisionsforderungsstatus.as_ref();
    f.label(
        "provisionsforderungsstatus.status",
        "Provision",
        provision.and_then(|p| p.status.as_ref()),
    );
    f.time(
        "provisionsforderungsstatus.letzteAenderungAm",
        "Provision seit",
        provision.and_then(|p| p.letzte_aenderung_am),
    );
    f.time("angenommenAm", "Angenommen am", a.angenommen_am);
    f.time(
        "letzteAenderungAm",
        "Letzte Änderung",
        a.letzte_aenderung_am,
    );
    f.time(
        "letztesEreignisAm",
        "Letztes Ereignis",
        a.letztes_ereignis_am,
    );
    AntragAnsicht {
        antragsnummer: a.antragsnummer.clone().unwrap_or_default(),
        produktanbieter: kredit
            .and_then(|k| k.produktanbieter_id.clone())
            .unwrap_or_else(|| "–".to_owned()),
        produkt: kredit
            .and_then(|k| k.produktbezeichnung.clone())
            .unwrap_or_else(|| "–".to_owned()),
        antragstellerstatus: labels::antragstellerstatus(a.antragstellerstatus.as_ref()),
        produktanbieterstatus: labels::produktanbieterstatus(bank),
        status_changed: false,
        changed: false,
        konditionen: k.list,
        ratenschutz: r.list,
        angaben: f.list,
        unterlagen: a
            .benoetigte_unterlagen
            .iter()
            .flatten()
            .filter_map(|u| u.unterlage.clone())
            .map(|text| Unterlage {
                text,
                changed: false,
            })
            .collect(),
    }
}

/// Marks what differs from `seen`: a fact whose key is new or whose value changed, an Antrag
/// not there before, a changed status, a newly asked-for Unterlage.
fn mark_changes(now: &mut VorgangAnsicht, seen: &VorgangAnsicht) {
    let before: std::collections::HashMap<&str, &str> = seen
        .kopf
        .iter()
        .chain(seen.abschnitte.iter().flat_map(|a| &a.angaben))
        .chain(seen.unbekannt.iter())
        .chain(
            seen.antraege
                .iter()
                .flat_map(|a| a.konditionen.iter().chain(&a.ratenschutz).chain(&a.angaben)),
        )
        .map(|a| (a.key.as_str(), a.value.as_str()))
        .collect();
    let mark = |angabe: &mut Angabe| {
        angabe.changed = before.get(angabe.key.as_str()) != Some(&angabe.value.as_str());
    };
    now.kopf.iter_mut().for_each(mark);
    now.unbekannt.iter_mut().for_each(mark);
    for abschnitt in &mut now.abschnitte {
        abschnitt.angaben.iter_mut().for_each(mark);
    }
    for antrag in &mut now.antraege {
        match seen
            .antraege
            .iter()
            .find(|s| s.antragsnummer == antrag.antragsnummer)
        {
            // A new Antrag is marked as a whole, not fact by fact.
            None => antrag.changed = true,
            Some(old) => {
                antrag.konditionen.iter_mut().for_each(mark);
                antrag.ratenschutz.iter_mut().for_each(mark);
                antrag.angaben.iter_mut().for_each(mark);
                antrag.status_changed = old.antragstellerstatus != antrag.antragstellerstatus
                    || old.produktanbieterstatus != antrag.produktanbieterstatus;
                for unterlage in &mut antrag.unterlagen {
                    unterlage.changed = !old.unterlagen.iter().any(|u| u.text == unterlage.text);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn read(raw: &Value) -> Vorgang {
        serde_json::from_value(raw.clone()).unwrap()
    }

    fn sample() -> Value {
        json!({
            "vorgangsnummer": "AB1234",
            "datenkontext": "TESTUMGEBUNG",
            "prioritaet": "HOCH",
            "antragsteller1": { "personendaten": { "anrede": "HERR", "vorname": "Max", "nachname": "Mustermann" } },
            "finanzbedarf": { "finanzierungszweck": "UMSCHULDUNG", "finanzierungswunsch": { "kreditbetrag": 12000.5, "laufzeitInMonaten": 48 } },
            "antraege": [{
                "antragsnummer": "AB1234/1/1",
                "antragstellerstatus": { "status": "BEANTRAGT" },
                "produktanbieterstatus": { "status": "NICHT_BEARBEITET" },
                "gesamtkonditionen": { "sollzins": 5.99, "monatlicheRate": 281.84 },
                "benoetigteUnterlagen": [{ "unterlage": "Gehaltsnachweis" }]
            }]
        })
    }

    #[test]
    fn labels_numbers_and_unknown_values_read_german_or_raw() {
        let mut raw = sample();
        raw["antraege"][0]["produktanbieterstatus"]["status"] = json!("IN_PRUEFUNG");
        raw["kanal"] = json!("APP");
        let a = ansicht(&read(&raw), &raw, None);
        let value = |label: &str| {
            a.kopf
                .iter()
                .chain(a.abschnitte.iter().flat_map(|s| &s.angaben))
                .chain(a.antraege[0].konditionen.iter())
                .find(|f| f.label == label)
                .map(|f| f.value.clone())
        };
        assert_eq!(value("Priorität").as_deref(), Some("Hoch"));
        assert_eq!(value("Anrede").as_deref(), Some("Herr"));
        assert_eq!(value("Finanzierungszweck").as_deref(), Some("Umschuldung"));
        assert_eq!(value("Kreditbetrag").as_deref(), Some("12.000,50 €"));
        assert_eq!(value("Sollzins").as_deref(), Some("5,99 %"));
        assert_eq!(a.antraege[0].produktanbieterstatus, "IN_PRUEFUNG");
        assert_eq!(a.antraege[0].antragstellerstatus, "beantragt");
        assert_eq!(a.antragsteller, "Max Mustermann");
        assert_eq!(a.unbekannt[0].label, "kanal");
        assert_eq!(a.unbekannt[0].value, "APP");
    }

    #[test]
    fn changes_against_what_the_user_saw_are_marked() {
        let before = sample();
        let seen = ansicht(&read(&before), &before, None);
        let mut after = sample();
        after["antraege"][0]["antragstellerstatus"]["status"] = json!("UNTERSCHRIEBEN");
        after["antraege"][0]["benoetigteUnterlagen"]
            .as_array_mut()
            .unwrap()
            .push(json!({ "unterlage": "Kontoauszug" }));
        after["antraege"][0]["gesamtkonditionen"]["sollzins"] = json!(4.99);
        after["antraege"]
            .as_array_mut()
            .unwrap()
            .push(json!({ "antragsnummer": "AB1234/1/2" }));
        let now = ansicht(&read(&after), &after, Some(&seen));
        let first = &now.antraege[0];
        assert!(first.status_changed);
        assert!(!first.changed);
        assert_eq!(
            first
                .unterlagen
                .iter()
                .map(|u| u.changed)
                .collect::<Vec<_>>(),
            [false, true]
        );
        let sollzins = first
            .konditionen
            .iter()
            .find(|k| k.label == "Sollzins")
            .unwrap();
        assert!(sollzins.changed);
        assert!(
            first
                .konditionen
                .iter()
                .filter(|k| k.label != "Sollzins")
                .all(|k| !k.changed)
        );
        assert!(now.antraege[1].changed);
        assert!(
            now.antraege[1].angaben.iter().all(|a| !a.changed),
            "a new Antrag is marked as a whole"
        );
        assert!(now.kopf.iter().all(|k| !k.changed));
    }
}
