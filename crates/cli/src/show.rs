//! A KreditSmart Vorgang as text a Berater reads: who, what, and where each Antrag stands.

use std::fmt::Write as _;

use europace::kex_export::labels::{self, LabelDe};
use europace::kex_export::model::{Antrag, Antragsteller, Vorgang};

const DATE: &str = "%d.%m.%Y";
const DATE_TIME: &str = "%d.%m.%Y %H:%M";

/// Every line ends in `\n`; absent values are left out rather than shown empty.
pub fn render(vorgang: &Vorgang) -> String {
    let mut out = String::new();
    let nr = vorgang.vorgangsnummer.as_deref().unwrap_or("?");
    let mut header = format!("Vorgang {nr}");
    let mut facts = Vec::new();
    if let Some(kontext) = &vorgang.datenkontext {
        facts.push(kontext.label_de().to_owned());
    }
    if let Some(status) = vorgang
        .vorgangsstatus
        .as_ref()
        .and_then(|s| s.status.as_ref())
    {
        facts.push(status.label_de().to_owned());
    }
    if !facts.is_empty() {
        let _ = write!(header, " ({})", facts.join(", "));
    }
    let _ = writeln!(out, "{header}");
    let partner =
        |label: &str, p: &Option<europace::kex_export::model::Partner>, out: &mut String| {
            if let Some(id) = p.as_ref().and_then(|p| p.partner_id.as_deref()) {
                let _ = writeln!(out, "{label}: {id}");
            }
        };
    partner("Kundenbetreuer", &vorgang.kundenbetreuer, &mut out);
    partner("Bearbeiter", &vorgang.bearbeiter, &mut out);
    partner("Tippgeber", &vorgang.tippgeber, &mut out);
    if let Some(eigene) = &vorgang.eigene_vorgangsnummer {
        let _ = writeln!(out, "Eigene Vorgangsnummer: {eigene}");
    }
    if let Some(am) = vorgang.letzte_aenderung_am {
        let _ = writeln!(out, "Letzte Änderung: {}", am.format(DATE_TIME));
    }
    for (n, antragsteller) in [(1, &vorgang.antragsteller1), (2, &vorgang.antragsteller2)] {
        if let Some(a) = antragsteller {
            antragsteller_lines(n, a, &mut out);
        }
    }
    if let Some(bedarf) = &vorgang.finanzbedarf {
        let wunsch = bedarf.finanzierungswunsch.as_ref();
        let mut parts = Vec::new();
        if let Some(betrag) = wunsch.and_then(|w| w.kreditbetrag) {
            parts.push(labels::euro(&betrag));
        }
        if let Some(monate) = wunsch.and_then(|w| w.laufzeit_in_monaten) {
            parts.push(format!("{monate} Monate"));
        }
        if let Some(zweck) = &bedarf.finanzierungszweck {
            parts.push(format!("Zweck {}", zweck.label_de()));
        }
        if !parts.is_empty() {
            let _ = writeln!(out, "Finanzierungswunsch: {}", parts.join(", "));
        }
    }
    let antraege = vorgang.antraege.as_deref().unwrap_or_default();
    let _ = writeln!(out, "Anträge: {}", antraege.len());
    for antrag in antraege {
        antrag_lines(antrag, &mut out);
    }
    out
}

fn antragsteller_lines(n: u8, a: &Antragsteller, out: &mut String) {
    let p = a.personendaten.as_ref();
    let name = [
        p.and_then(|p| p.anrede.as_ref())
            .map(|a| a.label_de().to_owned()),
        p.and_then(|p| p.vorname.clone()),
        p.and_then(|p| p.nachname.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let _ = writeln!(out, "Antragsteller {n}: {name}");
    if let Some(geburtsdatum) = p.and_then(|p| p.geburtsdatum) {
        let _ = writeln!(out, "  geboren am {}", geburtsdatum.format(DATE));
    }
    if let Some(anschrift) = a.wohnsituation.as_ref().and_then(|w| w.anschrift.as_ref()) {
        let strasse = [
            anschrift.strasse.as_deref(),
            anschrift.hausnummer.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        let ort = [anschrift.plz.as_deref(), anschrift.ort.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        let _ = writeln!(out, "  {}", [strasse, ort].join(", "));
    }
    for (label, value) in [
        ("E-Mail", p.and_then(|p| p.email.as_deref())),
        ("Telefon", p.and_then(|p| p.telefon_privat.as_deref())),
    ] {
        if let Some(value) = value {
            let _ = writeln!(out, "  {label}: {value}");
        }
    }
}

fn antrag_lines(antrag: &Antrag, out: &mut String) {
    let nummer = antrag.antragsnummer.as_deref().unwrap_or("?");
    let produkt = antrag
        .ratenkredit
        .as_ref()
        .and_then(|r| r.produktbezeichnung.as_deref())
        .unwrap_or("");
    let _ = writeln!(out, "  Antrag {nummer} {produkt}");
    let kunde = labels::antragstellerstatus(antrag.antragstellerstatus.as_ref());
    let bank = labels::produktanbieterstatus(antrag.produktanbieterstatus.as_ref());
    let _ = writeln!(
        out,
        "    Status Antragsteller: {kunde}, Produktanbieter: {bank}"
    );
    if let Some(kommentar) = antrag
        .produktanbieterstatus
        .as_ref()
        .and_then(|s| s.kommentar.as_deref())
    {
        let _ = writeln!(out, "    Kommentar der Bank: {kommentar}");
    }
    if let Some(k) = &antrag.gesamtkonditionen {
        let mut parts = Vec::new();
        if let Some(rate) = k.monatliche_rate {
            parts.push(format!("Rate {} mtl.", labels::euro(&rate)));
        }
        if let Some(monate) = k.laufzeit_in_monaten {
            parts.push(format!("{monate} Monate"));
        }
        if let Some(zins) = k.sollzins {
            parts.push(format!("Sollzins {}", labels::percent(&zins)));
        }
        if let Some(zins) = k.effektivzins {
            parts.push(format!("Effektivzins {}", labels::percent(&zins)));
        }
        if !parts.is_empty() {
            let _ = writeln!(out, "    Konditionen: {}", parts.join(", "));
        }
    }
    let unterlagen: Vec<&str> = antrag
        .benoetigte_unterlagen
        .iter()
        .flatten()
        .filter_map(|u| u.unterlage.as_deref())
        .collect();
    if !unterlagen.is_empty() {
        let _ = writeln!(out, "    Benötigte Unterlagen:");
        for u in unterlagen {
            let _ = writeln!(out, "      - {u}");
        }
    }
}
