//! The Kundenangaben API's model, generated from the official OpenAPI
//! document (`crates/contracts/official/kundenangaben-openapi.json`, version 1.5.45; 6a3ecba3b9925ba8dc1c60536344e354781cce2f).
//! Do not edit: regenerate with `cargo run -p europace-codegen`.

use serde::{Deserialize, Serialize};

/// Ablösung eines bestehenden Darlehens des Finanzierungsobjektes. (Nicht von bestehenden Immobilien.)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AbloesungBestehendesDarlehen {
    /// ReferenzId des abzuloesenden bestehenden Darlehens des Finanzierungsobjektes. (Nicht von bestehenden Immobilien.)
    #[serde(
        rename = "referenzIdAbzuloesendesDarlehen",
        skip_serializing_if = "Option::is_none"
    )]
    pub referenz_id_abzuloesendes_darlehen: Option<String>,
    /// ReferenzId des Finanzierungsbausteins, welches das bestehende Darlehen des Finanzierungsobjektes ablösen soll.
    #[serde(
        rename = "referenzIdFinanzierungsbaustein",
        skip_serializing_if = "Option::is_none"
    )]
    pub referenz_id_finanzierungsbaustein: Option<String>,
    #[serde(
        rename = "sondertilgungZumZinsbindungsende",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub sondertilgung_zum_zinsbindungsende: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AbsicherungUndVorsorgePraeferenz {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
    #[serde(rename = "praeferenz", skip_serializing_if = "Option::is_none")]
    pub praeferenz: Option<AbsicherungUndVorsorgePraeferenzPraeferenz>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AbtretenAlsVerwendung {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AbzugZurWerteanpassung {
    #[serde(
        rename = "betrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub betrag: Option<rust_decimal::Decimal>,
    #[serde(rename = "grund", skip_serializing_if = "Option::is_none")]
    pub grund: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AllgemeineWertermittlungGenopace {
    #[serde(
        rename = "abzugZurWerteanpassung",
        skip_serializing_if = "Option::is_none"
    )]
    pub abzug_zur_werteanpassung: Option<AbzugZurWerteanpassung>,
    #[serde(
        rename = "carport",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub carport: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "eigennutzungsfaehigkeit",
        skip_serializing_if = "Option::is_none"
    )]
    pub eigennutzungsfaehigkeit: Option<bool>,
    #[serde(
        rename = "garage",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub garage: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "restnutzungsdauerInJahren",
        skip_serializing_if = "Option::is_none"
    )]
    pub restnutzungsdauer_in_jahren: Option<i32>,
    #[serde(
        rename = "sicherheitsabschlag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub sicherheitsabschlag: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "stellplatz",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub stellplatz: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "tiefgarage",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub tiefgarage: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AndereAusweisart {
    #[serde(rename = "typ", skip_serializing_if = "Option::is_none")]
    pub typ: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Angestellter {
    #[serde(rename = "beruf", skip_serializing_if = "Option::is_none")]
    pub beruf: Option<String>,
    #[serde(
        rename = "beschaeftigungsstatus",
        skip_serializing_if = "Option::is_none"
    )]
    pub beschaeftigungsstatus: Option<Beschaeftigungsstatus>,
    #[serde(
        rename = "beschaeftigungsverhaeltnis",
        skip_serializing_if = "Option::is_none"
    )]
    pub beschaeftigungsverhaeltnis: Option<Beschaeftigungsverhaeltnis>,
    #[serde(
        rename = "situationNachRenteneintritt",
        skip_serializing_if = "Option::is_none"
    )]
    pub situation_nach_renteneintritt: Option<SituationNachRenteneintritt>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Annuitaetendarlehen {
    #[serde(rename = "annuitaetendetails", skip_serializing_if = "Option::is_none")]
    pub annuitaetendetails: Option<Annuitaetendetails>,
    #[serde(
        rename = "bereitstellungszinsfreieZeitInMonaten",
        skip_serializing_if = "Option::is_none"
    )]
    pub bereitstellungszinsfreie_zeit_in_monaten: Option<i32>,
    #[serde(
        rename = "darlehensbetrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub darlehensbetrag: Option<rust_decimal::Decimal>,
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// ReferenzId des Kunden bei Riesterförderung.
    #[serde(
        rename = "kundenreferenzIdDerRiesterGefoerdertenPerson",
        skip_serializing_if = "Option::is_none"
    )]
    pub kundenreferenz_id_der_riester_gefoerderten_person: Option<String>,
    /// Angabe in Prozent.
    #[serde(
        rename = "provision",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub provision: Option<rust_decimal::Decimal>,
    /// Eindeutige Referenz-ID für diesen Finanzierungsbaustein. Sie gilt nur innerhalb dieses Aufrufs, ist freiwählbar und wird nicht abgespeichert. Auf sie wird beim (optionalen) Ablösen der bestehenden Darlehen bei Anschlussfinanzierung verwiesen.
    #[serde(rename = "referenzId", skip_serializing_if = "Option::is_none")]
    pub referenz_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Annuitaetendetails {
    /// Der Auszahlungzeitpunkt muss in der Zukunft liegen.
    #[serde(
        rename = "auszahlungszeitpunkt",
        skip_serializing_if = "Option::is_none"
    )]
    pub auszahlungszeitpunkt: Option<chrono::NaiveDate>,
    /// Angabe in Prozent.
    #[serde(
        rename = "sondertilgungJaehrlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub sondertilgung_jaehrlich: Option<rust_decimal::Decimal>,
    #[serde(rename = "tilgungswunsch", skip_serializing_if = "Option::is_none")]
    pub tilgungswunsch: Option<Tilgungswunsch>,
    #[serde(
        rename = "zinsbindungInJahren",
        skip_serializing_if = "Option::is_none"
    )]
    pub zinsbindung_in_jahren: Option<i32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AnpassungenNachBelWertV {
    #[serde(
        rename = "begruendungFuerAenderungen",
        skip_serializing_if = "Option::is_none"
    )]
    pub begruendung_fuer_aenderungen: Option<String>,
    #[serde(
        rename = "beleihungswertangaben",
        skip_serializing_if = "Option::is_none"
    )]
    pub beleihungswertangaben: Option<BeleihungswertangabenGenopace>,
    #[serde(
        rename = "ertragswertErmittlung",
        skip_serializing_if = "Option::is_none"
    )]
    pub ertragswert_ermittlung: Option<ErtragswertErmittlungGenopace>,
    #[serde(rename = "sachwertErmittlung", skip_serializing_if = "Option::is_none")]
    pub sachwert_ermittlung: Option<SachwertErmittlungGenopace>,
}

/// Bitte Felder 'zuBeschaffendesKapital' und  'modernisierung' nicht mehr verwenden. Falls mitgeschickt, werden die Angaben in die Felder 'zuBeschaffendesKapitalErfassung' und 'modernisierungskostenErfassung' kopiert, falls 'zuBeschaffendesKapitalErfassung' und 'modernisierungskostenErfassung' leer sind.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Anschlussfinanzierung {
    /// Ablösung der bestehenden Darlehen des Finanzierungsobjektes. (Nicht von bestehenden Immobilien.)
    #[serde(
        rename = "abloesungDarlehenDesFinanzierungsobjektes",
        skip_serializing_if = "Option::is_none"
    )]
    pub abloesung_darlehen_des_finanzierungsobjektes: Option<Vec<AbloesungBestehendesDarlehen>>,
    #[serde(
        rename = "bereitsBeglicheneKosten",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub bereits_beglichene_kosten: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "marktwertFinanzierungsobjekt",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub marktwert_finanzierungsobjekt: Option<rust_decimal::Decimal>,
    #[serde(rename = "modernisierung", skip_serializing_if = "Option::is_none")]
    pub modernisierung: Option<Modernisierungskosten>,
    #[serde(
        rename = "modernisierungskostenErfassung",
        skip_serializing_if = "Option::is_none"
    )]
    pub modernisierungskosten_erfassung: Option<ModernisierungskostenErfassung>,
    /// Rangrücktritt nicht abzulösender bestehender Darlehen des Finanzierungsobjektes. (Nicht von bestehenden Immobilien.)
    #[serde(
        rename = "rangruecktrittDarlehenDesFinanzierungsobjektes",
        skip_serializing_if = "Option::is_none"
    )]
    pub rangruecktritt_darlehen_des_finanzierungsobjektes:
        Option<Vec<RangruecktrittBestehendesDarlehen>>,
    #[serde(
        rename = "zuBeschaffendesKapital",
        skip_serializing_if = "Option::is_none"
    )]
    pub zu_beschaffendes_kapital: Option<KommentierterBetrag>,
    #[serde(
        rename = "zuBeschaffendesKapitalErfassung",
        skip_serializing_if = "Option::is_none"
    )]
    pub zu_beschaffendes_kapital_erfassung: Option<ZuBeschaffendesKapitalErfassung>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Anschrift {
    #[serde(rename = "hausnummer", skip_serializing_if = "Option::is_none")]
    pub hausnummer: Option<String>,
    #[serde(rename = "ort", skip_serializing_if = "Option::is_none")]
    pub ort: Option<String>,
    /// Postleitzahlen, die nicht aus fünf Ziffern bestehen werden ignoriert.
    #[serde(rename = "plz", skip_serializing_if = "Option::is_none")]
    pub plz: Option<String>,
    #[serde(rename = "strasse", skip_serializing_if = "Option::is_none")]
    pub strasse: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Arbeiter {
    #[serde(rename = "beruf", skip_serializing_if = "Option::is_none")]
    pub beruf: Option<String>,
    #[serde(
        rename = "beschaeftigungsstatus",
        skip_serializing_if = "Option::is_none"
    )]
    pub beschaeftigungsstatus: Option<Beschaeftigungsstatus>,
    #[serde(
        rename = "beschaeftigungsverhaeltnis",
        skip_serializing_if = "Option::is_none"
    )]
    pub beschaeftigungsverhaeltnis: Option<Beschaeftigungsverhaeltnis>,
    #[serde(
        rename = "situationNachRenteneintritt",
        skip_serializing_if = "Option::is_none"
    )]
    pub situation_nach_renteneintritt: Option<SituationNachRenteneintritt>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Arbeitgeber {
    #[serde(rename = "inDeutschland", skip_serializing_if = "Option::is_none")]
    pub in_deutschland: Option<bool>,
    #[serde(
        rename = "inDeutschlandKommentar",
        skip_serializing_if = "Option::is_none"
    )]
    pub in_deutschland_kommentar: Option<String>,
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: ArbeitserlaubnisVorhanden, KeineArbeitserlaubnis
pub enum Arbeitserlaubnis {
ArbeitserlaubnisVorhanden => "ARBEITSERLAUBNIS_VORHANDEN",
KeineArbeitserlaubnis => "KEINE_ARBEITSERLAUBNIS",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ArbeitserlaubnisVorhanden {
    /// Die Befristung der Arbeitserlaubnis muss in der Zukunft liegen.
    #[serde(rename = "befristetBis", skip_serializing_if = "Option::is_none")]
    pub befristet_bis: Option<chrono::NaiveDate>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Arbeitsloser {
    #[serde(rename = "beruf", skip_serializing_if = "Option::is_none")]
    pub beruf: Option<String>,
    #[serde(
        rename = "situationNachRenteneintritt",
        skip_serializing_if = "Option::is_none"
    )]
    pub situation_nach_renteneintritt: Option<SituationNachRenteneintritt>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Aufenthalt {
    #[serde(rename = "aufenthaltstitel", skip_serializing_if = "Option::is_none")]
    pub aufenthaltstitel: Option<Aufenthaltstitel>,
    #[serde(rename = "inDeutschlandSeit", skip_serializing_if = "Option::is_none")]
    pub in_deutschland_seit: Option<chrono::NaiveDate>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Aufenthaltserlaubnis {
    #[serde(rename = "arbeitserlaubnis", skip_serializing_if = "Option::is_none")]
    pub arbeitserlaubnis: Option<Arbeitserlaubnis>,
    /// Die Aufenthaltserlaubnis muss gültig sein.
    #[serde(rename = "befristetBis", skip_serializing_if = "Option::is_none")]
    pub befristet_bis: Option<chrono::NaiveDate>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: Visum, Aufenthaltserlaubnis, Niederlassungserlaubnis, DaueraufenthaltEu, BlaueKarteEu
pub enum Aufenthaltstitel {
Aufenthaltserlaubnis => "AUFENTHALTSERLAUBNIS",
BlaueKarteEu => "BLAUE_KARTE_EU",
DaueraufenthaltEu => "DAUERAUFENTHALT_EU",
Niederlassungserlaubnis => "NIEDERLASSUNGSERLAUBNIS",
Visum => "VISUM",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AufloesungAlsVerwendung {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
    #[serde(
        rename = "maximalEinzusetzenderBetrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub maximal_einzusetzender_betrag: Option<rust_decimal::Decimal>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: Personalausweis, Reisepass, AndereAusweisart
pub enum Ausweisart {
AndereAusweisart => "ANDERE_AUSWEISART",
Personalausweis => "PERSONALAUSWEIS",
Reisepass => "REISEPASS",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BadRequestProblem {
    /// Ein menschenlesbarer Text, der das konkrete Problem beschreibt.
    #[serde(rename = "detail", skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Eine relative URI, die das Problem verursacht hat.
    #[serde(rename = "instance", skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
    /// Der HTTP Statuscode des Services, bei dem das Problem ursprünglich aufgetreten ist.
    /// Pflichtfeld.
    #[serde(
        rename = "status",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub status: Option<rust_decimal::Decimal>,
    /// Eine kurze Zusammenfassung des Problemtyps.
    /// Pflichtfeld.
    #[serde(rename = "title", skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Eine eindeutige technische Id zur Identifikation des Requests. Der Inhalt ist identisch mit dem Wert des Headers X-TraceId
    #[serde(rename = "traceId", skip_serializing_if = "Option::is_none")]
    pub trace_id: Option<String>,
    /// Eine absolute URI, die den Problemtyp eindeutig identifiziert.
    /// Pflichtfeld.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    #[serde(rename = "violations", skip_serializing_if = "Option::is_none")]
    pub violations: Option<BadRequestProblemViolations>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BadRequestProblemViolations {
    /// Das Feld, welches einen ungültigen Wert beinhaltet
    /// Pflichtfeld.
    #[serde(rename = "field", skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Eine genauere Beschreibung des Fehlers
    #[serde(rename = "message", skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BankUndSparguthaben {
    #[serde(
        rename = "guthaben",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub guthaben: Option<rust_decimal::Decimal>,
    #[serde(rename = "verwendung", skip_serializing_if = "Option::is_none")]
    pub verwendung: Option<LiquidierbareVerwendung>,
    #[serde(
        rename = "zinsertragJaehrlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub zinsertrag_jaehrlich: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Bankverbindung {
    #[serde(rename = "bic", skip_serializing_if = "Option::is_none")]
    pub bic: Option<String>,
    #[serde(rename = "iban", skip_serializing_if = "Option::is_none")]
    pub iban: Option<String>,
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Kontoinhaberliste mit ReferenzIds der Kunden, falls zutreffend.
    #[serde(
        rename = "kundenreferenzIdsDerKontoinhaber",
        skip_serializing_if = "Option::is_none"
    )]
    pub kundenreferenz_ids_der_kontoinhaber: Option<Vec<String>>,
    /// Name des von den Kunden abweichenden Kontoinhabers.
    #[serde(
        rename = "nameKontoinhaberKeinKunde",
        skip_serializing_if = "Option::is_none"
    )]
    pub name_kontoinhaber_kein_kunde: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Baugrundstueck {
    #[serde(rename = "grundstuecksart", skip_serializing_if = "Option::is_none")]
    pub grundstuecksart: Option<Grundstuecksart>,
    #[serde(
        rename = "grundstuecksgroesse",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub grundstuecksgroesse: Option<rust_decimal::Decimal>,
}

/// In anderen APIs als 'BausparAngebotExtern' bezeichnet.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BausparAngebotExtern {
    #[serde(
        rename = "abschlussGebuehr",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub abschluss_gebuehr: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "abschlussGebuehrenVerrechnung",
        skip_serializing_if = "Option::is_none"
    )]
    pub abschluss_gebuehren_verrechnung: Option<AbschlussGebuehrenVerrechnung>,
    #[serde(
        rename = "angebotsHinweisFuerDenKunden",
        skip_serializing_if = "Option::is_none"
    )]
    pub angebots_hinweis_fuer_den_kunden: Option<String>,
    #[serde(rename = "bausparkasse", skip_serializing_if = "Option::is_none")]
    pub bausparkasse: Option<Bausparkasse>,
    #[serde(
        rename = "bausparsumme",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub bausparsumme: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "gesamtLaufzeitInJahren",
        skip_serializing_if = "Option::is_none"
    )]
    pub gesamt_laufzeit_in_jahren: Option<i32>,
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(
        rename = "jahresentgelt",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub jahresentgelt: Option<rust_decimal::Decimal>,
    #[serde(rename = "sonderZahlungen", skip_serializing_if = "Option::is_none")]
    pub sonder_zahlungen: Option<Vec<Sonderzahlung>>,
    #[serde(rename = "sparBeginn", skip_serializing_if = "Option::is_none")]
    pub spar_beginn: Option<chrono::NaiveDate>,
    #[serde(
        rename = "sparbeitragMonatlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub sparbeitrag_monatlich: Option<rust_decimal::Decimal>,
    #[serde(rename = "tarif", skip_serializing_if = "Option::is_none")]
    pub tarif: Option<String>,
    /// Eindeutige interne vertragsPartnerID
    #[serde(rename = "vertragsPartnerIds", skip_serializing_if = "Option::is_none")]
    pub vertrags_partner_ids: Option<Vec<String>>,
    #[serde(rename = "vertragsbeginn", skip_serializing_if = "Option::is_none")]
    pub vertragsbeginn: Option<chrono::NaiveDate>,
    #[serde(rename = "vertragsnummer", skip_serializing_if = "Option::is_none")]
    pub vertragsnummer: Option<String>,
    #[serde(rename = "zuteilungsdatum", skip_serializing_if = "Option::is_none")]
    pub zuteilungsdatum: Option<chrono::NaiveDate>,
}

/// Für leer gelassene Parameter werden automatisch Vorschläge berechnet.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Bauspardarlehen {
    #[serde(
        rename = "abschlussgebuehrmodus",
        skip_serializing_if = "Option::is_none"
    )]
    pub abschlussgebuehrmodus: Option<Abschlussgebuehrmodus>,
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Liste von ReferenzIds der Kunden.
    #[serde(
        rename = "kundenreferenzIdsDerVertragspartner",
        skip_serializing_if = "Option::is_none"
    )]
    pub kundenreferenz_ids_der_vertragspartner: Option<Vec<String>>,
    #[serde(
        rename = "riesterzulagenverwendung",
        skip_serializing_if = "Option::is_none"
    )]
    pub riesterzulagenverwendung: Option<Riesterzulagenverwendung>,
    #[serde(rename = "sonderzahlungen", skip_serializing_if = "Option::is_none")]
    pub sonderzahlungen: Option<Vec<Sonderzahlung>>,
    #[serde(rename = "tarifListe", skip_serializing_if = "Option::is_none")]
    pub tarif_liste: Option<Vec<TarifListe>>,
    #[serde(rename = "verwendung", skip_serializing_if = "Option::is_none")]
    pub verwendung: Option<Verwendung>,
    /// Pro Art des Wunschparameters darf maximal ein Eintrag vorhanden sein.
    #[serde(rename = "wunschparameter", skip_serializing_if = "Option::is_none")]
    pub wunschparameter: Option<Vec<BauspardarlehenWunschparameter>>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: Sparbeginn, Bausparsumme, MonatlicherSparbeitrag, Zuteilungszeitpunkt, Tilgungsrate
pub enum BauspardarlehenWunschparameter {
Bausparsumme => "BAUSPARSUMME",
MonatlicherSparbeitrag => "MONATLICHER_SPARBEITRAG",
Sparbeginn => "SPARBEGINN",
Tilgungsrate => "TILGUNGSRATE",
Zuteilungszeitpunkt => "ZUTEILUNGSZEITPUNKT",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Bausparsumme {
    #[serde(
        rename = "betrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub betrag: Option<rust_decimal::Decimal>,
}

/// In anderen APIs als 'bestehenderBausparvertrag' bezeichnet.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BausparvertragAlsVermoegen {
    #[serde(
        rename = "angesparterBetrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub angesparter_betrag: Option<rust_decimal::Decimal>,
    #[serde(rename = "bausparkasse", skip_serializing_if = "Option::is_none")]
    pub bausparkasse: Option<Bausparkasse>,
    #[serde(
        rename = "bausparsumme",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub bausparsumme: Option<rust_decimal::Decimal>,
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(
        rename = "jahresentgelt",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub jahresentgelt: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "sparbeitragMonatlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub sparbeitrag_monatlich: Option<rust_decimal::Decimal>,
    #[serde(rename = "tarif", skip_serializing_if = "Option::is_none")]
    pub tarif: Option<String>,
    #[serde(rename = "vertragsbeginn", skip_serializing_if = "Option::is_none")]
    pub vertragsbeginn: Option<chrono::NaiveDate>,
    #[serde(rename = "vertragsnummer", skip_serializing_if = "Option::is_none")]
    pub vertragsnummer: Option<String>,
    #[serde(rename = "verwendung", skip_serializing_if = "Option::is_none")]
    pub verwendung: Option<LiquidierbareZusatzsicherheitVerwendung>,
    #[serde(rename = "zuteilungsdatum", skip_serializing_if = "Option::is_none")]
    pub zuteilungsdatum: Option<chrono::NaiveDate>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Beamter {
    #[serde(rename = "beruf", skip_serializing_if = "Option::is_none")]
    pub beruf: Option<String>,
    #[serde(
        rename = "beschaeftigungsverhaeltnis",
        skip_serializing_if = "Option::is_none"
    )]
    pub beschaeftigungsverhaeltnis: Option<Beschaeftigungsverhaeltnis>,
    #[serde(
        rename = "situationNachRenteneintritt",
        skip_serializing_if = "Option::is_none"
    )]
    pub situation_nach_renteneintritt: Option<SituationNachRenteneintritt>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Beleihungswertangaben {
    #[serde(
        rename = "bodenrichtwert",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub bodenrichtwert: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "keinBaulandFlaeche",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub kein_bauland_flaeche: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "kubatur",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub kubatur: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "marktueblicherKaufpreisProQm",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub marktueblicher_kaufpreis_pro_qm: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "vergleichsmieteFuerGewerbeflaecheProQm",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub vergleichsmiete_fuer_gewerbeflaeche_pro_qm: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "vergleichsmieteFuerWohnflaecheProQm",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub vergleichsmiete_fuer_wohnflaeche_pro_qm: Option<rust_decimal::Decimal>,
    #[serde(rename = "wohnlage", skip_serializing_if = "Option::is_none")]
    pub wohnlage: Option<Wohnlage>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BeleihungswertangabenGenopace {
    #[serde(
        rename = "allgemeineWertermittlung",
        skip_serializing_if = "Option::is_none"
    )]
    pub allgemeine_wertermittlung: Option<AllgemeineWertermittlungGenopace>,
    #[serde(rename = "erbbaurecht", skip_serializing_if = "Option::is_none")]
    pub erbbaurecht: Option<ErbbaurechtGenopace>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: DarlehensbetragBenoetigtKurzNachDarlehensvertrag, InMonaten, NochNichtFestgelegt, KeineBereitstellungszinsfreieZeitPraeferenz
pub enum BereitstellungszinsfreieZeitPraeferenz {
DarlehensbetragBenoetigtKurzNachDarlehensvertrag => "DARLEHENSBETRAG_BENOETIGT_KURZ_NACH_DARLEHENSVERTRAG",
InMonaten => "IN_MONATEN",
KeineBereitstellungszinsfreieZeitPraeferenz => "KEINE_BEREITSTELLUNGSZINSFREIE_ZEIT_PRAEFERENZ",
NochNichtFestgelegt => "NOCH_NICHT_FESTGELEGT",
}
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: Arbeitsloser, HaushaltendePerson, Angestellter, Arbeiter, Beamter, Selbststaendiger, Freiberufler, Rentner
pub enum Beschaeftigung {
Angestellter => "ANGESTELLTER",
Arbeiter => "ARBEITER",
Arbeitsloser => "ARBEITSLOSER",
Beamter => "BEAMTER",
Freiberufler => "FREIBERUFLER",
HaushaltendePerson => "HAUSHALTENDE_PERSON",
Rentner => "RENTNER",
Selbststaendiger => "SELBSTSTAENDIGER",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Beschaeftigungsverhaeltnis {
    #[serde(
        rename = "anzahlGehaelterProJahr",
        skip_serializing_if = "Option::is_none"
    )]
    pub anzahl_gehaelter_pro_jahr: Option<AnzahlGehaelterProJahr>,
    #[serde(rename = "arbeitgeber", skip_serializing_if = "Option::is_none")]
    pub arbeitgeber: Option<Arbeitgeber>,
    #[serde(rename = "beschaeftigtSeit", skip_serializing_if = "Option::is_none")]
    pub beschaeftigt_seit: Option<chrono::NaiveDate>,
    #[serde(rename = "probezeit", skip_serializing_if = "Option::is_none")]
    pub probezeit: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BestandteileDerFinanzierungPraeferenz {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
    #[serde(rename = "praeferenz", skip_serializing_if = "Option::is_none")]
    pub praeferenz: Option<BestandteileDerFinanzierungPraeferenzPraeferenz>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: VorhandeneBestehendeDarlehenDesFinanzierungsobjektes, KeineBestehendeDarlehenDesFinanzierungsobjektes
pub enum BestehendeDarlehenDesFinanzierungsobjektesErfassung {
KeineBestehendeDarlehenDesFinanzierungsobjektes => "KEINE_BESTEHENDE_DARLEHEN_DES_FINANZIERUNGSOBJEKTES",
VorhandeneBestehendeDarlehenDesFinanzierungsobjektes => "VORHANDENE_BESTEHENDE_DARLEHEN_DES_FINANZIERUNGSOBJEKTES",
}
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: VorhandeneBestehendeDarlehen, KeineBestehendenDarlehen
pub enum BestehendeDarlehenErfassung {
KeineBestehendenDarlehen => "KEINE_BESTEHENDEN_DARLEHEN",
VorhandeneBestehendeDarlehen => "VORHANDENE_BESTEHENDE_DARLEHEN",
}
}

/// Bitte Feld 'darlehensliste' nicht mehr verwenden. Falls mitgeschickt, werden die Angaben ins Feld 'darlehenslisteErfassung' kopiert, falls 'darlehenslisteErfassung' leer ist.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BestehendeImmobilie {
    #[serde(rename = "bezeichnung", skip_serializing_if = "Option::is_none")]
    pub bezeichnung: Option<String>,
    /// Ersetzt durch 'darlehenslisteErfassung'
    /// Veraltet laut API (deprecated).
    #[serde(rename = "darlehensliste", skip_serializing_if = "Option::is_none")]
    pub darlehensliste: Option<Vec<BestehendesDarlehen>>,
    #[serde(
        rename = "darlehenslisteErfassung",
        skip_serializing_if = "Option::is_none"
    )]
    pub darlehensliste_erfassung: Option<BestehendeDarlehenErfassung>,
    #[serde(rename = "einsatz", skip_serializing_if = "Option::is_none")]
    pub einsatz: Option<Einsatz>,
    #[serde(
        rename = "einzusetzenderBetragBeiEinsatzAlsZusatzsicherheit",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub einzusetzender_betrag_bei_einsatz_als_zusatzsicherheit: Option<rust_decimal::Decimal>,
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "immobilie", skip_serializing_if = "Option::is_none")]
    pub immobilie: Option<Immobilie>,
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
    #[serde(
        rename = "marktwert",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub marktwert: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "maximalEinzusetzenderBetragBeiVerkauf",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub maximal_einzusetzender_betrag_bei_verkauf: Option<rust_decimal::Decimal>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: VorhandeneBestehendeImmobilien, KeineBestehendenImmobilien
pub enum BestehendeImmobilienErfassung {
KeineBestehendenImmobilien => "KEINE_BESTEHENDEN_IMMOBILIEN",
VorhandeneBestehendeImmobilien => "VORHANDENE_BESTEHENDE_IMMOBILIEN",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BestehendesBauspardarlehen {
    #[serde(
        rename = "darlehensbetrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub darlehensbetrag: Option<rust_decimal::Decimal>,
    #[serde(rename = "darlehensgeber", skip_serializing_if = "Option::is_none")]
    pub darlehensgeber: Option<Darlehensgeber>,
    /// IBAN des Darlehenskontos
    #[serde(
        rename = "darlehenskontonummer",
        skip_serializing_if = "Option::is_none"
    )]
    pub darlehenskontonummer: Option<String>,
    #[serde(
        rename = "grundschuld",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub grundschuld: Option<rust_decimal::Decimal>,
    #[serde(rename = "grundschuldart", skip_serializing_if = "Option::is_none")]
    pub grundschuldart: Option<Grundschuldart>,
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "laufzeitende", skip_serializing_if = "Option::is_none")]
    pub laufzeitende: Option<chrono::NaiveDate>,
    #[serde(
        rename = "rateMonatlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub rate_monatlich: Option<rust_decimal::Decimal>,
    #[serde(rename = "restschuld", skip_serializing_if = "Option::is_none")]
    pub restschuld: Option<Restschuld>,
    #[serde(
        rename = "sollzins",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub sollzins: Option<rust_decimal::Decimal>,
    #[serde(rename = "zinsbindungBis", skip_serializing_if = "Option::is_none")]
    pub zinsbindung_bis: Option<chrono::NaiveDate>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: BestehendesImmobiliendarlehen, BestehendesBauspardarlehen, BestehendesFoerderdarlehen, BestehendesPrivatdarlehen, BestehendesSonstigesDarlehen
pub enum BestehendesDarlehen {
BestehendesBauspardarlehen => "BESTEHENDES_BAUSPARDARLEHEN",
BestehendesFoerderdarlehen => "BESTEHENDES_FOERDERDARLEHEN",
BestehendesImmobiliendarlehen => "BESTEHENDES_IMMOBILIENDARLEHEN",
BestehendesPrivatdarlehen => "BESTEHENDES_PRIVATDARLEHEN",
BestehendesSonstigesDarlehen => "BESTEHENDES_SONSTIGES_DARLEHEN",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BestehendesDarlehenDesFinanzierungsobjektes {
    /// Pflichtfeld.
    #[serde(rename = "darlehen", skip_serializing_if = "Option::is_none")]
    pub darlehen: Option<BestehendesDarlehen>,
    /// Eindeutige Referenz-ID für dieses bestehende Darlehen des Finanzierungsobjektes. Sie gilt nur innerhalb dieses Aufrufs, ist freiwählbar und wird nicht abgespeichert. Auf sie wird beim (optionalen) Ablösen dieses Darlehens verwiesen.
    #[serde(rename = "referenzId", skip_serializing_if = "Option::is_none")]
    pub referenz_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BestehendesFoerderdarlehen {
    #[serde(
        rename = "darlehensbetrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub darlehensbetrag: Option<rust_decimal::Decimal>,
    #[serde(rename = "darlehensgeber", skip_serializing_if = "Option::is_none")]
    pub darlehensgeber: Option<Darlehensgeber>,
    /// IBAN des Darlehenskontos
    #[serde(
        rename = "darlehenskontonummer",
        skip_serializing_if = "Option::is_none"
    )]
    pub darlehenskontonummer: Option<String>,
    #[serde(
        rename = "grundschuld",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub grundschuld: Option<rust_decimal::Decimal>,
    #[serde(rename = "grundschuldart", skip_serializing_if = "Option::is_none")]
    pub grundschuldart: Option<Grundschuldart>,
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "laufzeitende", skip_serializing_if = "Option::is_none")]
    pub laufzeitende: Option<chrono::NaiveDate>,
    #[serde(
        rename = "rateMonatlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub rate_monatlich: Option<rust_decimal::Decimal>,
    #[serde(rename = "restschuld", skip_serializing_if = "Option::is_none")]
    pub restschuld: Option<Restschuld>,
    #[serde(
        rename = "sollzins",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub sollzins: Option<rust_decimal::Decimal>,
    #[serde(rename = "zinsbindungBis", skip_serializing_if = "Option::is_none")]
    pub zinsbindung_bis: Option<chrono::NaiveDate>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BestehendesImmobiliendarlehen {
    #[serde(
        rename = "darlehensbetrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub darlehensbetrag: Option<rust_decimal::Decimal>,
    #[serde(rename = "darlehensgeber", skip_serializing_if = "Option::is_none")]
    pub darlehensgeber: Option<Darlehensgeber>,
    /// IBAN des Darlehenskontos
    #[serde(
        rename = "darlehenskontonummer",
        skip_serializing_if = "Option::is_none"
    )]
    pub darlehenskontonummer: Option<String>,
    #[serde(
        rename = "grundschuld",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub grundschuld: Option<rust_decimal::Decimal>,
    #[serde(rename = "grundschuldart", skip_serializing_if = "Option::is_none")]
    pub grundschuldart: Option<Grundschuldart>,
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "laufzeitende", skip_serializing_if = "Option::is_none")]
    pub laufzeitende: Option<chrono::NaiveDate>,
    #[serde(
        rename = "rateMonatlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub rate_monatlich: Option<rust_decimal::Decimal>,
    #[serde(rename = "restschuld", skip_serializing_if = "Option::is_none")]
    pub restschuld: Option<Restschuld>,
    #[serde(
        rename = "sollzins",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub sollzins: Option<rust_decimal::Decimal>,
    #[serde(rename = "zinsbindungBis", skip_serializing_if = "Option::is_none")]
    pub zinsbindung_bis: Option<chrono::NaiveDate>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BestehendesPrivatdarlehen {
    #[serde(
        rename = "darlehensbetrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub darlehensbetrag: Option<rust_decimal::Decimal>,
    #[serde(rename = "darlehensgeber", skip_serializing_if = "Option::is_none")]
    pub darlehensgeber: Option<Darlehensgeber>,
    /// IBAN des Darlehenskontos
    #[serde(
        rename = "darlehenskontonummer",
        skip_serializing_if = "Option::is_none"
    )]
    pub darlehenskontonummer: Option<String>,
    #[serde(
        rename = "grundschuld",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub grundschuld: Option<rust_decimal::Decimal>,
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "laufzeitende", skip_serializing_if = "Option::is_none")]
    pub laufzeitende: Option<chrono::NaiveDate>,
    #[serde(
        rename = "rateMonatlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub rate_monatlich: Option<rust_decimal::Decimal>,
    #[serde(rename = "restschuld", skip_serializing_if = "Option::is_none")]
    pub restschuld: Option<Restschuld>,
    #[serde(
        rename = "sollzins",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub sollzins: Option<rust_decimal::Decimal>,
    #[serde(rename = "zinsbindungBis", skip_serializing_if = "Option::is_none")]
    pub zinsbindung_bis: Option<chrono::NaiveDate>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BestehendesSonstigesDarlehen {
    #[serde(
        rename = "darlehensbetrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub darlehensbetrag: Option<rust_decimal::Decimal>,
    #[serde(rename = "darlehensgeber", skip_serializing_if = "Option::is_none")]
    pub darlehensgeber: Option<Darlehensgeber>,
    /// IBAN des Darlehenskontos
    #[serde(
        rename = "darlehenskontonummer",
        skip_serializing_if = "Option::is_none"
    )]
    pub darlehenskontonummer: Option<String>,
    #[serde(
        rename = "grundschuld",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub grundschuld: Option<rust_decimal::Decimal>,
    #[serde(rename = "grundschuldart", skip_serializing_if = "Option::is_none")]
    pub grundschuldart: Option<Grundschuldart>,
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "laufzeitende", skip_serializing_if = "Option::is_none")]
    pub laufzeitende: Option<chrono::NaiveDate>,
    #[serde(
        rename = "rateMonatlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub rate_monatlich: Option<rust_decimal::Decimal>,
    #[serde(rename = "restschuld", skip_serializing_if = "Option::is_none")]
    pub restschuld: Option<Restschuld>,
    #[serde(
        rename = "sollzins",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub sollzins: Option<rust_decimal::Decimal>,
    #[serde(rename = "zinsbindungBis", skip_serializing_if = "Option::is_none")]
    pub zinsbindung_bis: Option<chrono::NaiveDate>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Betrag {
    #[serde(
        rename = "betrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub betrag: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Betreuung {
    /// Die PartnerId einer Person, die als Bearbeiter des neuen Vorgangs eingetragen wird. Übernahmerechte müssen für die PartnerId vorhanden sein.
    #[serde(rename = "bearbeiter", skip_serializing_if = "Option::is_none")]
    pub bearbeiter: Option<String>,
    /// Die PartnerId des Empfängers (Organisation) oder Kundenbetreuers (Person) für den neuen Vorgang. Wird keine Betreuung angegeben, wird die PartnerId des aufrufenden Clients verwendet. Übernahmerechte müssen vorhanden sein.
    /// Pflichtfeld.
    #[serde(rename = "kundenbetreuer", skip_serializing_if = "Option::is_none")]
    pub kundenbetreuer: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BisZumJahr {
    #[serde(rename = "jahr", skip_serializing_if = "Option::is_none")]
    pub jahr: Option<i32>,
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BisZurRenteImJahr {
    #[serde(rename = "jahr", skip_serializing_if = "Option::is_none")]
    pub jahr: Option<i32>,
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BlaueKarteEu {
    /// Die EU Blue Card muss gültig sein.
    #[serde(rename = "befristetBis", skip_serializing_if = "Option::is_none")]
    pub befristet_bis: Option<chrono::NaiveDate>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DarlehensbetragBenoetigtKurzNachDarlehensvertrag {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: SonstigerDarlehensgeber, ProduktanbieterDarlehensgeber
pub enum Darlehensgeber {
ProduktanbieterDarlehensgeber => "PRODUKTANBIETER_DARLEHENSGEBER",
SonstigerDarlehensgeber => "SONSTIGER_DARLEHENSGEBER",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaueraufenthaltEu {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Deadline {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
    #[serde(rename = "zumDatum", skip_serializing_if = "Option::is_none")]
    pub zum_datum: Option<chrono::NaiveDate>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Depotvermoegen {
    #[serde(
        rename = "depotwert",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub depotwert: Option<rust_decimal::Decimal>,
    #[serde(rename = "verwendung", skip_serializing_if = "Option::is_none")]
    pub verwendung: Option<LiquidierbareVerwendung>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DerzeitNichtGeplant {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Doppelhaushaelfte {
    #[serde(
        rename = "einliegerwohnungVorhanden",
        skip_serializing_if = "Option::is_none"
    )]
    pub einliegerwohnung_vorhanden: Option<bool>,
    #[serde(rename = "fertighaus", skip_serializing_if = "Option::is_none")]
    pub fertighaus: Option<bool>,
    #[serde(rename = "gebaeude", skip_serializing_if = "Option::is_none")]
    pub gebaeude: Option<Gebaeude>,
    #[serde(
        rename = "grundstuecksgroesse",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub grundstuecksgroesse: Option<rust_decimal::Decimal>,
    #[serde(rename = "nutzflaechen", skip_serializing_if = "Option::is_none")]
    pub nutzflaechen: Option<Nutzflaechen>,
}

/// Anpassungen nach PAngV
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EffektivzinsErhoehendeKosten {
    #[serde(
        rename = "grundbucheintragungskostenEinmalig",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub grundbucheintragungskosten_einmalig: Option<rust_decimal::Decimal>,
    #[serde(rename = "sonstigeKosten", skip_serializing_if = "Option::is_none")]
    pub sonstige_kosten: Option<SonstigeEffektivzinsErhoehendeKosten>,
    #[serde(
        rename = "wohngebaeudeversicherungskostenJaehrlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub wohngebaeudeversicherungskosten_jaehrlich: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Eigengenutzt {}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: VorhandeneEigenleistung, KeineEigenleistung
pub enum EigenleistungErfassung {
KeineEigenleistung => "KEINE_EIGENLEISTUNG",
VorhandeneEigenleistung => "VORHANDENE_EIGENLEISTUNG",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Eigentumswohnung {
    #[serde(
        rename = "anzahlDerGewerbeeinheitenImObjekt",
        skip_serializing_if = "Option::is_none"
    )]
    pub anzahl_der_gewerbeeinheiten_im_objekt: Option<i32>,
    #[serde(
        rename = "anzahlDerWohneinheitenImObjekt",
        skip_serializing_if = "Option::is_none"
    )]
    pub anzahl_der_wohneinheiten_im_objekt: Option<i32>,
    #[serde(
        rename = "bezeichnungWohneinheit",
        skip_serializing_if = "Option::is_none"
    )]
    pub bezeichnung_wohneinheit: Option<String>,
    #[serde(rename = "gebaeude", skip_serializing_if = "Option::is_none")]
    pub gebaeude: Option<Gebaeude>,
    #[serde(
        rename = "grundstuecksgroesse",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub grundstuecksgroesse: Option<rust_decimal::Decimal>,
    #[serde(rename = "miteigentumsanteil", skip_serializing_if = "Option::is_none")]
    pub miteigentumsanteil: Option<Miteigentumsanteil>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Einfamilienhaus {
    #[serde(
        rename = "einliegerwohnungVorhanden",
        skip_serializing_if = "Option::is_none"
    )]
    pub einliegerwohnung_vorhanden: Option<bool>,
    #[serde(rename = "fertighaus", skip_serializing_if = "Option::is_none")]
    pub fertighaus: Option<bool>,
    #[serde(rename = "gebaeude", skip_serializing_if = "Option::is_none")]
    pub gebaeude: Option<Gebaeude>,
    #[serde(
        rename = "grundstuecksgroesse",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub grundstuecksgroesse: Option<rust_decimal::Decimal>,
    #[serde(rename = "nutzflaechen", skip_serializing_if = "Option::is_none")]
    pub nutzflaechen: Option<Nutzflaechen>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EinkuenfteAusNebentaetigkeit {
    /// Der Beginn der Nebenbeschäftigung darf nicht mehr als ein Jahr in der Zukunft liegen.
    #[serde(
        rename = "beginnDerTaetigkeit",
        skip_serializing_if = "Option::is_none"
    )]
    pub beginn_der_taetigkeit: Option<chrono::NaiveDate>,
    #[serde(
        rename = "betragMonatlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub betrag_monatlich: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EinmaligePraemienzahlung {
    #[serde(
        rename = "absicherungsfinanzierungsweise",
        skip_serializing_if = "Option::is_none"
    )]
    pub absicherungsfinanzierungsweise: Option<Absicherungsfinanzierungsweise>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EnergieEffizienzAusweis {
    #[serde(rename = "ausweistyp", skip_serializing_if = "Option::is_none")]
    pub ausweistyp: Option<Ausweistyp>,
    #[serde(rename = "co2Emissionen", skip_serializing_if = "Option::is_none")]
    pub co2_emissionen: Option<i32>,
    #[serde(rename = "endEnergie", skip_serializing_if = "Option::is_none")]
    pub end_energie: Option<i32>,
    /// Wird beim Anlegen/Updaten nicht übernommen, sondern aus dem Feld endEnergie berechnet.
    #[serde(
        rename = "energieEffizienzklasse",
        skip_serializing_if = "Option::is_none"
    )]
    pub energie_effizienzklasse: Option<EnergieEffizienzklasse>,
    #[serde(
        rename = "primaerEnergieTraeger",
        skip_serializing_if = "Option::is_none"
    )]
    pub primaer_energie_traeger: Option<PrimaerEnergieTraeger>,
}

/// Bitte 'Erbbaurecht' nicht mehr verwenden. Ersetzt durch 'ErbbaurechtErfassung'
/// Veraltet laut API (deprecated).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Erbbaurecht {
    #[serde(
        rename = "erbbauzinsJaehrlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub erbbauzins_jaehrlich: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "grundstueckseigentuemer",
        skip_serializing_if = "Option::is_none"
    )]
    pub grundstueckseigentuemer: Option<Grundstueckseigentuemer>,
    #[serde(rename = "laufzeitBis", skip_serializing_if = "Option::is_none")]
    pub laufzeit_bis: Option<i32>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: VorhandenesErbbaurecht, KeinErbbaurecht
pub enum ErbbaurechtErfassung {
KeinErbbaurecht => "KEIN_ERBBAURECHT",
VorhandenesErbbaurecht => "VORHANDENES_ERBBAURECHT",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ErbbaurechtGenopace {
    #[serde(
        rename = "gebaeudeEntschaedigungBeiAblauf",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub gebaeude_entschaedigung_bei_ablauf: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "liegenschaftszins",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub liegenschaftszins: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ErtragswertErmittlungGenopace {
    #[serde(rename = "gewerblich", skip_serializing_if = "Option::is_none")]
    pub gewerblich: Option<ErtragswertErmittlungsangaben>,
    #[serde(rename = "wohnwirtschaftlich", skip_serializing_if = "Option::is_none")]
    pub wohnwirtschaftlich: Option<ErtragswertErmittlungWohnwirtschaftlich>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ErtragswertErmittlungWohnwirtschaftlich {
    #[serde(rename = "angaben", skip_serializing_if = "Option::is_none")]
    pub angaben: Option<ErtragswertErmittlungsangaben>,
    #[serde(
        rename = "bewirtschaftungskostenGarage",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub bewirtschaftungskosten_garage: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "bewirtschaftungskostenStellplaetze",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub bewirtschaftungskosten_stellplaetze: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ErtragswertErmittlungsangaben {
    #[serde(
        rename = "instandhaltungskosten",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub instandhaltungskosten: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "kapitalisierungszins",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub kapitalisierungszins: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "liegenschaftszins",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub liegenschaftszins: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "mietausfallwagnis",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub mietausfallwagnis: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "modernisierungsrisiko",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub modernisierungsrisiko: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "nichtUmlagefaehigeBetriebskosten",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub nicht_umlagefaehige_betriebskosten: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "verwaltungskosten",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub verwaltungskosten: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EuroEinmalig {
    #[serde(
        rename = "betrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub betrag: Option<rust_decimal::Decimal>,
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EuroJaehrlich {
    #[serde(
        rename = "betrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub betrag: Option<rust_decimal::Decimal>,
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: LEDIG, VERHEIRATET, VERWITWET, GESCHIEDEN, GETRENNT_LEBEND, LEBENSPARTNERSCHAFT
pub enum Familienstand {
Geschieden => "GESCHIEDEN",
GetrenntLebend => "GETRENNT_LEBEND",
Lebenspartnerschaft => "LEBENSPARTNERSCHAFT",
Ledig => "LEDIG",
Verheiratet => "VERHEIRATET",
Verwitwet => "VERWITWET",
}
}

/// Bitte Feld 'bestehendeImmobilien' nicht mehr verwenden. Falls mitgeschickt, werden die Angaben ins Feld 'bestehendeImmobilienErfassung' kopiert, falls 'bestehendeImmobilienErfassung' leer ist.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FinanzielleSituation {
    #[serde(rename = "ausgaben", skip_serializing_if = "Option::is_none")]
    pub ausgaben: Option<Haushaltsausgaben>,
    /// Ersetzt durch 'bestehendeImmobilienErfassung'
    /// Veraltet laut API (deprecated).
    #[serde(
        rename = "bestehendeImmobilien",
        skip_serializing_if = "Option::is_none"
    )]
    pub bestehende_immobilien: Option<Vec<BestehendeImmobilie>>,
    #[serde(
        rename = "bestehendeImmobilienErfassung",
        skip_serializing_if = "Option::is_none"
    )]
    pub bestehende_immobilien_erfassung: Option<BestehendeImmobilienErfassung>,
    #[serde(rename = "einnahmen", skip_serializing_if = "Option::is_none")]
    pub einnahmen: Option<Haushaltseinnahmen>,
    #[serde(rename = "verbindlichkeiten", skip_serializing_if = "Option::is_none")]
    pub verbindlichkeiten: Option<Haushaltsverbindlichkeiten>,
    #[serde(rename = "vermoegen", skip_serializing_if = "Option::is_none")]
    pub vermoegen: Option<Haushaltsvermoegen>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Finanzielles {
    #[serde(rename = "beschaeftigung", skip_serializing_if = "Option::is_none")]
    pub beschaeftigung: Option<Beschaeftigung>,
    #[serde(
        rename = "einkommenNetto",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub einkommen_netto: Option<rust_decimal::Decimal>,
    #[serde(rename = "riesterangaben", skip_serializing_if = "Option::is_none")]
    pub riesterangaben: Option<Riesterangaben>,
    #[serde(rename = "steuerId", skip_serializing_if = "Option::is_none")]
    pub steuer_id: Option<String>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: Annuitaetendarlehen, Forwarddarlehen, Privatdarlehen, Zwischenfinanzierung, VariablesDarlehen, Bauspardarlehen, KfwDarlehen, RegionalFoerderDarlehen
pub enum Finanzierungsbaustein {
Annuitaetendarlehen => "ANNUITAETENDARLEHEN",
Bauspardarlehen => "BAUSPARDARLEHEN",
Forwarddarlehen => "FORWARDDARLEHEN",
KfwDarlehen => "KFW_DARLEHEN",
Konstantdarlehen => "KONSTANTDARLEHEN",
Privatdarlehen => "PRIVATDARLEHEN",
RegionalFoerderDarlehen => "REGIONAL_FOERDER_DARLEHEN",
VariablesDarlehen => "VARIABLES_DARLEHEN",
Zwischenfinanzierung => "ZWISCHENFINANZIERUNG",
}
}

/// Der Finanzierungsbedarf beinhaltet alle relevanten Finanzierungsinformationen. In anderen APIs als 'Vorhaben' bezeichnet.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Finanzierungsbedarf {
    /// Das Beratungshonorar, welches anstelle einer Provision zwischen dem Kundenbetreuer und Kunden vereinbart wurde.
    #[serde(
        rename = "beratungshonorar",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub beratungshonorar: Option<rust_decimal::Decimal>,
    /// Bestehender externer Bausparvertrag.
    #[serde(
        rename = "externeBausparangebote",
        skip_serializing_if = "Option::is_none"
    )]
    pub externe_bausparangebote: Option<Vec<BausparAngebotExtern>>,
    /// In anderen APIs im 'Finanzierungswunsch' zu finden.
    #[serde(
        rename = "finanzierungsbausteine",
        skip_serializing_if = "Option::is_none"
    )]
    pub finanzierungsbausteine: Option<Vec<Finanzierungsbaustein>>,
    #[serde(rename = "finanzierungszweck", skip_serializing_if = "Option::is_none")]
    pub finanzierungszweck: Option<Finanzierungszweck>,
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "praeferenzen", skip_serializing_if = "Option::is_none")]
    pub praeferenzen: Option<Praeferenzen>,
    /// Absicherungswünsche in Form von Ratenschutzversicherungen. In anderen APIs im 'absicherungsWunsch' zu finden. Maximal ein Baustein je Kunde.
    #[serde(
        rename = "ratenschutzbausteine",
        skip_serializing_if = "Option::is_none"
    )]
    pub ratenschutzbausteine: Option<Vec<Ratenschutz>>,
    /// Als Eigenkapital. In anderen APIs als 'nachrangigesExternesDarlehen' bezeichnet.
    #[serde(
        rename = "unbesicherteExterneDarlehen",
        skip_serializing_if = "Option::is_none"
    )]
    pub unbesicherte_externe_darlehen: Option<Vec<UnbesichertesExternesDarlehen>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Finanzierungsdetailspraeferenzen {
    #[serde(
        rename = "bereitstellungszinsfreieZeit",
        skip_serializing_if = "Option::is_none"
    )]
    pub bereitstellungszinsfreie_zeit: Option<BereitstellungszinsfreieZeitPraeferenz>,
    #[serde(rename = "laufzeit", skip_serializing_if = "Option::is_none")]
    pub laufzeit: Option<LaufzeitPraeferenz>,
    #[serde(rename = "ratenhoehe", skip_serializing_if = "Option::is_none")]
    pub ratenhoehe: Option<RatenhoehePraeferenz>,
    #[serde(rename = "sondertilgung", skip_serializing_if = "Option::is_none")]
    pub sondertilgung: Option<SondertilgungPraeferenz>,
    #[serde(
        rename = "tilgungssatzwechsel",
        skip_serializing_if = "Option::is_none"
    )]
    pub tilgungssatzwechsel: Option<TilgungssatzwechselPraeferenz>,
    #[serde(rename = "zinsbindung", skip_serializing_if = "Option::is_none")]
    pub zinsbindung: Option<ZinsbindungPraeferenz>,
}

/// Bitte Feld 'darlehensliste' nicht mehr verwenden. Falls mitgeschickt, werden die Angaben ins Feld 'darlehenslisteErfassung' kopiert, falls 'darlehenslisteErfassung' leer ist.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Finanzierungsobjekt {
    /// Ersetzt durch 'darlehenslisteErfassung'
    /// Veraltet laut API (deprecated).
    #[serde(rename = "darlehensliste", skip_serializing_if = "Option::is_none")]
    pub darlehensliste: Option<Vec<BestehendesDarlehenDesFinanzierungsobjektes>>,
    #[serde(
        rename = "darlehenslisteErfassung",
        skip_serializing_if = "Option::is_none"
    )]
    pub darlehensliste_erfassung: Option<BestehendeDarlehenDesFinanzierungsobjektesErfassung>,
    #[serde(rename = "immobilie", skip_serializing_if = "Option::is_none")]
    pub immobilie: Option<Immobilie>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Der Finanzierungszweck zeigt an, wofür die gestellten Mittel verwendet werden und wie der Bedarf zusammen gesetzt ist. Mögliche Typen: Neubau, Kauf, KaufNeubauVomBautraeger, ModernisierungUmbauAnbau, Anschlussfinanzierung, Kapitalbeschaffung
pub enum Finanzierungszweck {
Anschlussfinanzierung => "ANSCHLUSSFINANZIERUNG",
Kapitalbeschaffung => "KAPITALBESCHAFFUNG",
Kauf => "KAUF",
KaufNeubauVomBautraeger => "KAUF_NEUBAU_VOM_BAUTRAEGER",
ModernisierungUmbauAnbau => "MODERNISIERUNG_UMBAU_ANBAU",
Neubau => "NEUBAU",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Flaechennutzung {
    #[serde(
        rename = "gesamtflaeche",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub gesamtflaeche: Option<rust_decimal::Decimal>,
    #[serde(rename = "nutzungsart", skip_serializing_if = "Option::is_none")]
    pub nutzungsart: Option<Nutzungsart>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FlexibelKurzfristigHandlungsfaehig {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Flurstueck {
    #[serde(rename = "anteil", skip_serializing_if = "Option::is_none")]
    pub anteil: Option<Miteigentumsanteil>,
    #[serde(rename = "flur", skip_serializing_if = "Option::is_none")]
    pub flur: Option<String>,
    #[serde(rename = "flurstueck", skip_serializing_if = "Option::is_none")]
    pub flurstueck: Option<String>,
    #[serde(
        rename = "groesse",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub groesse: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Forwarddarlehen {
    #[serde(rename = "annuitaetendetails", skip_serializing_if = "Option::is_none")]
    pub annuitaetendetails: Option<Annuitaetendetails>,
    #[serde(
        rename = "darlehensbetrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub darlehensbetrag: Option<rust_decimal::Decimal>,
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Angabe in Prozent.
    #[serde(
        rename = "provision",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub provision: Option<rust_decimal::Decimal>,
    /// Eindeutige Referenz-ID für diesen Finanzierungsbaustein. Sie gilt nur innerhalb dieses Aufrufs, ist freiwählbar und wird nicht abgespeichert. Auf sie wird beim (optionalen) Ablösen der bestehenden Darlehen bei Anschlussfinanzierung verwiesen.
    #[serde(rename = "referenzId", skip_serializing_if = "Option::is_none")]
    pub referenz_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Freiberufler {
    #[serde(rename = "beruf", skip_serializing_if = "Option::is_none")]
    pub beruf: Option<String>,
    #[serde(
        rename = "situationNachRenteneintritt",
        skip_serializing_if = "Option::is_none"
    )]
    pub situation_nach_renteneintritt: Option<SituationNachRenteneintritt>,
    #[serde(rename = "taetigkeit", skip_serializing_if = "Option::is_none")]
    pub taetigkeit: Option<SelbststaendigeTaetigkeit>,
}

/// Bitte Feld 'modernisierung' nicht mehr verwenden. Falls mitgeschickt, werden die Angaben ins Feld 'modernisierungErfassung' kopiert, falls 'modernisierungErfassung' leer ist.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Gebaeude {
    #[serde(rename = "anzahlGeschosse", skip_serializing_if = "Option::is_none")]
    pub anzahl_geschosse: Option<i32>,
    #[serde(rename = "ausstattung", skip_serializing_if = "Option::is_none")]
    pub ausstattung: Option<GebaeudeAusstattung>,
    /// Beim Finanzierungsobjekt mit Finanzierungszweck NEUBAU oder KAUF_NEUBAU_VOM_BAUTRAEGER leer. Wird ggf gelöscht.
    #[serde(rename = "baujahr", skip_serializing_if = "Option::is_none")]
    pub baujahr: Option<i32>,
    #[serde(rename = "bauweise", skip_serializing_if = "Option::is_none")]
    pub bauweise: Option<Bauweise>,
    #[serde(rename = "denkmalschutz", skip_serializing_if = "Option::is_none")]
    pub denkmalschutz: Option<bool>,
    #[serde(
        rename = "energieEffizienzAusweis",
        skip_serializing_if = "Option::is_none"
    )]
    pub energie_effizienz_ausweis: Option<EnergieEffizienzAusweis>,
    #[serde(rename = "modernisierung", skip_serializing_if = "Option::is_none")]
    pub modernisierung: Option<Modernisierung>,
    #[serde(
        rename = "modernisierungErfassung",
        skip_serializing_if = "Option::is_none"
    )]
    pub modernisierung_erfassung: Option<ModernisierungErfassung>,
    #[serde(rename = "nutzung", skip_serializing_if = "Option::is_none")]
    pub nutzung: Option<Nutzung>,
    #[serde(rename = "zustand", skip_serializing_if = "Option::is_none")]
    pub zustand: Option<Zustand>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Geschieden {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetrenntLebend {
    /// Wurde zwischen den Partnern Gütertrennung vereinbart
    #[serde(
        rename = "guetertrennungVereinbart",
        skip_serializing_if = "Option::is_none"
    )]
    pub guetertrennung_vereinbart: Option<bool>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: VorhandenesGewerbe, KeinGewerbe
pub enum GewerbeErfassung {
KeinGewerbe => "KEIN_GEWERBE",
VorhandenesGewerbe => "VORHANDENES_GEWERBE",
}
}

/// Sonderkonditionen für Girokonten.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GirokontoPraeferenz {
    /// Einige Darlehensgeber geben Zinsvorteile, wenn bereits ein Girokonto besteht.
    #[serde(
        rename = "bestehendeGirokontenBeiBanken",
        skip_serializing_if = "Option::is_none"
    )]
    pub bestehende_girokonten_bei_banken: Option<Vec<String>>,
    /// Einige Darlehensgeber geben Zinsvorteile, wenn mit Abschluss der Finanzierung auch ein Girokonto eingerichtet wird.
    #[serde(
        rename = "wechselbereitZumDarlehensgeber",
        skip_serializing_if = "Option::is_none"
    )]
    pub wechselbereit_zum_darlehensgeber: Option<bool>,
}

/// Bitte 'Grundbuchangabe' nicht mehr verwenden. Ersetzt durch 'GrundbuchangabeErfassung'
/// Veraltet laut API (deprecated).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Grundbuchangabe {
    #[serde(rename = "amtsgericht", skip_serializing_if = "Option::is_none")]
    pub amtsgericht: Option<String>,
    #[serde(rename = "anmerkungen", skip_serializing_if = "Option::is_none")]
    pub anmerkungen: Option<String>,
    #[serde(rename = "blatt", skip_serializing_if = "Option::is_none")]
    pub blatt: Option<String>,
    #[serde(rename = "flurstuecke", skip_serializing_if = "Option::is_none")]
    pub flurstuecke: Option<Vec<Flurstueck>>,
    #[serde(rename = "ort", skip_serializing_if = "Option::is_none")]
    pub ort: Option<String>,
    #[serde(rename = "rechteInAbteilung2", skip_serializing_if = "Option::is_none")]
    pub rechte_in_abteilung2: Option<RechteAbteilung2>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: VorhandeneGrundbuchangabe, KeineGrundbuchangabe
pub enum GrundbuchangabeErfassung {
KeineGrundbuchangabe => "KEINE_GRUNDBUCHANGABE",
VorhandeneGrundbuchangabe => "VORHANDENE_GRUNDBUCHANGABE",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Grundstueckskosten {
    #[serde(
        rename = "erschliessungskosten",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub erschliessungskosten: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "grundstueckBereitsBezahlt",
        skip_serializing_if = "Option::is_none"
    )]
    pub grundstueck_bereits_bezahlt: Option<bool>,
    #[serde(
        rename = "grundstueckkaufpreis",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub grundstueckkaufpreis: Option<rust_decimal::Decimal>,
}

/// Bitte Feld 'kinder' nicht mehr verwenden. Falls mitgeschickt, werden die Angaben ins Feld 'kinderErfassung' kopiert, falls 'kinderErfassung' leer ist.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Haushalt {
    #[serde(
        rename = "erfahrungImmobilienFinanzierung",
        skip_serializing_if = "Option::is_none"
    )]
    pub erfahrung_immobilien_finanzierung: Option<bool>,
    #[serde(
        rename = "finanzielleSituation",
        skip_serializing_if = "Option::is_none"
    )]
    pub finanzielle_situation: Option<FinanzielleSituation>,
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Ersetzt durch 'kinderErfassung'
    /// Veraltet laut API (deprecated).
    #[serde(rename = "kinder", skip_serializing_if = "Option::is_none")]
    pub kinder: Option<Vec<Kind>>,
    #[serde(rename = "kinderErfassung", skip_serializing_if = "Option::is_none")]
    pub kinder_erfassung: Option<KinderErfassung>,
    /// In anderen APIs als 'Antragsteller' bezeichnet.
    #[serde(rename = "kunden", skip_serializing_if = "Option::is_none")]
    pub kunden: Option<Vec<Kunde>>,
    #[serde(rename = "zusatzangaben", skip_serializing_if = "Option::is_none")]
    pub zusatzangaben: Option<ZusatzangabenHaushalt>,
}

/// Ein allgemeiner Begriff, der die Beschäftigungen 'Hausfrau' und 'Hausmann' zusammenfasst.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HaushaltendePerson {
    #[serde(rename = "beruf", skip_serializing_if = "Option::is_none")]
    pub beruf: Option<String>,
    #[serde(
        rename = "situationNachRenteneintritt",
        skip_serializing_if = "Option::is_none"
    )]
    pub situation_nach_renteneintritt: Option<SituationNachRenteneintritt>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Haushaltsausgaben {
    #[serde(rename = "summeMietausgaben", skip_serializing_if = "Option::is_none")]
    pub summe_mietausgaben: Option<Mietausgaben>,
    #[serde(
        rename = "summePrivaterKrankenversicherungenMonatlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub summe_privater_krankenversicherungen_monatlich: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "summeSonstigerAusgabenMonatlich",
        skip_serializing_if = "Option::is_none"
    )]
    pub summe_sonstiger_ausgaben_monatlich: Option<KommentierterBetrag>,
    #[serde(
        rename = "summeSonstigerVersicherungsausgabenMonatlich",
        skip_serializing_if = "Option::is_none"
    )]
    pub summe_sonstiger_versicherungsausgaben_monatlich: Option<KommentierterBetrag>,
    #[serde(
        rename = "unterhaltsverpflichtungenMonatlich",
        default,
        with = "crate::kundenangaben::numbers::decimal_list",
        skip_serializing_if = "Option::is_none"
    )]
    pub unterhaltsverpflichtungen_monatlich: Option<Vec<rust_decimal::Decimal>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Haushaltseinnahmen {
    #[serde(
        rename = "einkuenfteAusNebentaetigkeit",
        skip_serializing_if = "Option::is_none"
    )]
    pub einkuenfte_aus_nebentaetigkeit: Option<Vec<EinkuenfteAusNebentaetigkeit>>,
    #[serde(
        rename = "summeEhegattenunterhalt",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub summe_ehegattenunterhalt: Option<rust_decimal::Decimal>,
    /// In anderen APIs als 'dividende' unter 'wertpapiere'.
    #[serde(
        rename = "summeEinkuenfteAusKapitalvermoegen",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub summe_einkuenfte_aus_kapitalvermoegen: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "summeSonstigeEinnahmenMonatlich",
        skip_serializing_if = "Option::is_none"
    )]
    pub summe_sonstige_einnahmen_monatlich: Option<KommentierterBetrag>,
    #[serde(
        rename = "summeUnbefristeteZusatzrentenMonatlich",
        skip_serializing_if = "Option::is_none"
    )]
    pub summe_unbefristete_zusatzrenten_monatlich: Option<KommentierterBetrag>,
    #[serde(
        rename = "summeVariablerEinkuenfteMonatlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub summe_variabler_einkuenfte_monatlich: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Haushaltsverbindlichkeiten {
    #[serde(rename = "privatdarlehen", skip_serializing_if = "Option::is_none")]
    pub privatdarlehen: Option<Vec<Verbindlichkeit>>,
    #[serde(rename = "ratenkredite", skip_serializing_if = "Option::is_none")]
    pub ratenkredite: Option<Vec<Verbindlichkeit>>,
    #[serde(
        rename = "sonstigeVerbindlichkeit",
        skip_serializing_if = "Option::is_none"
    )]
    pub sonstige_verbindlichkeit: Option<Verbindlichkeit>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Haushaltsvermoegen {
    #[serde(rename = "bausparvertraege", skip_serializing_if = "Option::is_none")]
    pub bausparvertraege: Option<Vec<BausparvertragAlsVermoegen>>,
    #[serde(
        rename = "lebensOderRentenversicherungen",
        skip_serializing_if = "Option::is_none"
    )]
    pub lebens_oder_rentenversicherungen: Option<Vec<LebensOderRentenversicherung>>,
    #[serde(
        rename = "summeBankUndSparguthaben",
        skip_serializing_if = "Option::is_none"
    )]
    pub summe_bank_und_sparguthaben: Option<BankUndSparguthaben>,
    #[serde(
        rename = "summeDepotvermoegen",
        skip_serializing_if = "Option::is_none"
    )]
    pub summe_depotvermoegen: Option<Depotvermoegen>,
    #[serde(
        rename = "summeSonstigesVermoegen",
        skip_serializing_if = "Option::is_none"
    )]
    pub summe_sonstiges_vermoegen: Option<SonstigesVermoegen>,
    #[serde(rename = "summeSparplaene", skip_serializing_if = "Option::is_none")]
    pub summe_sparplaene: Option<Sparplaene>,
}

/// IB.SH Immo Eigentum
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IbshImmoeigentum {
    #[serde(rename = "tilgungsWunsch", skip_serializing_if = "Option::is_none")]
    pub tilgungs_wunsch: Option<IbshImmoeigentumTilgungsWunsch>,
    /// Zinsbindung in Jahren. Erlaubte Werte: 10 oder 15
    /// Pflichtfeld.
    #[serde(
        rename = "zinsbindungInJahren",
        skip_serializing_if = "Option::is_none"
    )]
    pub zinsbindung_in_jahren: Option<i32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IbshImmoeigentumTilgungsWunsch {
    /// Anfängliche Tilgung in Prozent. Erlaubte Werte: 1.0 oder 2.0
    #[serde(
        rename = "anfaenglicheTilgung",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub anfaengliche_tilgung: Option<rust_decimal::Decimal>,
}

/// IB.SH Immofix
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IbshImmofix {
    #[serde(rename = "tilgungsWunsch", skip_serializing_if = "Option::is_none")]
    pub tilgungs_wunsch: Option<IbshImmofixTilgungsWunsch>,
    /// Zinsbindung in Jahren. Erlaubte Werte: 10 oder 15
    /// Pflichtfeld.
    #[serde(
        rename = "zinsbindungInJahren",
        skip_serializing_if = "Option::is_none"
    )]
    pub zinsbindung_in_jahren: Option<i32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IbshImmofixTilgungsWunsch {
    /// Anfängliche Tilgung in Prozent. Erlaubte Werte: 1.0 oder 2.0
    #[serde(
        rename = "anfaenglicheTilgung",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub anfaengliche_tilgung: Option<rust_decimal::Decimal>,
}

/// IB.SH Immoflex
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IbshImmoflex {
    #[serde(rename = "tilgungsWunsch", skip_serializing_if = "Option::is_none")]
    pub tilgungs_wunsch: Option<IbshImmoflexTilgungsWunsch>,
    /// Zinsbindung in Jahren. Erlaubte Werte: 5, 10 oder 15
    /// Pflichtfeld.
    #[serde(
        rename = "zinsbindungInJahren",
        skip_serializing_if = "Option::is_none"
    )]
    pub zinsbindung_in_jahren: Option<i32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IbshImmoflexTilgungsWunsch {
    /// Anfängliche Tilgung in Prozent. Erlaubte Werte: 1.0 oder 2.0
    #[serde(
        rename = "anfaenglicheTilgung",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub anfaengliche_tilgung: Option<rust_decimal::Decimal>,
}

/// IB.SH Immokonstant
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IbshImmokonstant {
    /// Gibt an, dass das Darlehen als Volltilger (Annuitäten- oder Forward-Darlehen) genutzt wird. Muss true sein.
    /// Pflichtfeld.
    #[serde(
        rename = "volltilgerWennAnnuitaetenOderForward",
        skip_serializing_if = "Option::is_none"
    )]
    pub volltilger_wenn_annuitaeten_oder_forward: Option<bool>,
}

/// Bitte Felder 'erbbaurecht', 'stellplaetze' und 'grundbuchangabe' nicht mehr verwenden. Falls mitgeschickt, werden die Angaben in die Felder '...Erfassung' kopiert, falls '...Erfassung' leer sind.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Immobilie {
    #[serde(rename = "adresse", skip_serializing_if = "Option::is_none")]
    pub adresse: Option<Anschrift>,
    #[serde(rename = "erbbaurecht", skip_serializing_if = "Option::is_none")]
    pub erbbaurecht: Option<Erbbaurecht>,
    #[serde(
        rename = "erbbaurechtErfassung",
        skip_serializing_if = "Option::is_none"
    )]
    pub erbbaurecht_erfassung: Option<ErbbaurechtErfassung>,
    #[serde(rename = "grundbuchangabe", skip_serializing_if = "Option::is_none")]
    pub grundbuchangabe: Option<Grundbuchangabe>,
    #[serde(
        rename = "grundbuchangabeErfassung",
        skip_serializing_if = "Option::is_none"
    )]
    pub grundbuchangabe_erfassung: Option<GrundbuchangabeErfassung>,
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Ersetzt durch 'stellplaetzeErfassung'
    /// Veraltet laut API (deprecated).
    #[serde(rename = "stellplaetze", skip_serializing_if = "Option::is_none")]
    pub stellplaetze: Option<Vec<Stellplatz>>,
    #[serde(
        rename = "stellplaetzeErfassung",
        skip_serializing_if = "Option::is_none"
    )]
    pub stellplaetze_erfassung: Option<StellplaetzeErfassung>,
    #[serde(rename = "typ", skip_serializing_if = "Option::is_none")]
    pub typ: Option<Immobilientyp>,
    #[serde(rename = "zusatzangaben", skip_serializing_if = "Option::is_none")]
    pub zusatzangaben: Option<ZusatzangabenImmobilie>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ImmobilieOhneTyp {
    #[serde(rename = "gebaeude", skip_serializing_if = "Option::is_none")]
    pub gebaeude: Option<Gebaeude>,
    #[serde(
        rename = "grundstuecksgroesse",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub grundstuecksgroesse: Option<rust_decimal::Decimal>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: Baugrundstueck, Eigentumswohnung, Doppelhaushaelfte, Einfamilienhaus, Zweifamilienhaus, Mehrfamilienhaus, Reihenhaus, ImmobilieOhneTyp
pub enum Immobilientyp {
Baugrundstueck => "BAUGRUNDSTUECK",
Doppelhaushaelfte => "DOPPELHAUSHAELFTE",
Eigentumswohnung => "EIGENTUMSWOHNUNG",
Einfamilienhaus => "EINFAMILIENHAUS",
ImmobilieOhneTyp => "IMMOBILIE_OHNE_TYP",
Mehrfamilienhaus => "MEHRFAMILIENHAUS",
Reihenhaus => "REIHENHAUS",
Zweifamilienhaus => "ZWEIFAMILIENHAUS",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ImportKundenangabenRequest {
    /// Pflichtfeld.
    #[serde(rename = "importMetadaten", skip_serializing_if = "Option::is_none")]
    pub import_metadaten: Option<ImportMetadaten>,
    /// Pflichtfeld.
    #[serde(rename = "kundenangaben", skip_serializing_if = "Option::is_none")]
    pub kundenangaben: Option<Kundenangaben>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ImportMetadaten {
    #[serde(rename = "betreuung", skip_serializing_if = "Option::is_none")]
    pub betreuung: Option<Betreuung>,
    /// In welchem Kontext (Echtgeschäft oder Testmodus) wird der Request verarbeitet.
    /// Pflichtfeld.
    #[serde(rename = "datenkontext", skip_serializing_if = "Option::is_none")]
    pub datenkontext: Option<Datenkontext>,
    /// Externe VorgangsId, mit welcher sich z.B. die importierten Daten suchen lassen.
    #[serde(rename = "externeVorgangsId", skip_serializing_if = "Option::is_none")]
    pub externe_vorgangs_id: Option<String>,
    /// Quelle, aus der die Kundenangaben importiert werden. Kann im Reporting zur Gruppierung verwendet werden.
    #[serde(rename = "importquelle", skip_serializing_if = "Option::is_none")]
    pub importquelle: Option<String>,
    #[serde(rename = "leadtracking", skip_serializing_if = "Option::is_none")]
    pub leadtracking: Option<Leadtracking>,
    /// Die Priorität dient der Sortierung und Filterung von Vorgängen im Vorgangsmanagement.
    #[serde(rename = "prioritaet", skip_serializing_if = "Option::is_none")]
    pub prioritaet: Option<Prioritaet>,
    #[serde(rename = "tippgeber", skip_serializing_if = "Option::is_none")]
    pub tippgeber: Option<Tippgeber>,
    /// Bei erfolgreichem Import der Kundenangaben wird ein 'Vorgang angelegt' Ereignis erzeugt. Hier kann ein ergänzender Text hinzugefügt werden.
    #[serde(
        rename = "zusaetzlicherEreignistext",
        skip_serializing_if = "Option::is_none"
    )]
    pub zusaetzlicher_ereignistext: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InJahren {
    #[serde(rename = "jahre", skip_serializing_if = "Option::is_none")]
    pub jahre: Option<i32>,
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InMonaten {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
    #[serde(rename = "monate", skip_serializing_if = "Option::is_none")]
    pub monate: Option<i32>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: IngEigentumswohnung, IngHaus, IngGrundstueck
pub enum IngBeleihungsobjekt {
IngEigentumswohnung => "ING_EIGENTUMSWOHNUNG",
IngGrundstueck => "ING_GRUNDSTUECK",
IngHaus => "ING_HAUS",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IngEigentumswohnung {
    #[serde(rename = "gebaude", skip_serializing_if = "Option::is_none")]
    pub gebaude: Option<IngGebaeude>,
    #[serde(rename = "geschosslage", skip_serializing_if = "Option::is_none")]
    pub geschosslage: Option<Geschosslage>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IngGebaeude {
    /// Nur bei Neubau. Ja, falls das Grundstück bereits von ING finanziert wurde und jetzt die Errichtung des Gebäudes finanziert werden soll. Nein, falls Nachfinanzierung, oder das Grundstück hiermit mitfinanziert wird, oder das Grundstück von einer anderen Bank finanziert wurde.
    #[serde(rename = "aufbaufinanzierung", skip_serializing_if = "Option::is_none")]
    pub aufbaufinanzierung: Option<bool>,
    #[serde(rename = "aufzugVorhanden", skip_serializing_if = "Option::is_none")]
    pub aufzug_vorhanden: Option<bool>,
    #[serde(rename = "ausstattung", skip_serializing_if = "Option::is_none")]
    pub ausstattung: Option<IngGebaeudeAusstattung>,
    /// Wird ignoriert, wenn die Immobilie nicht unterkellert ist ('Immobilie.typ.nutzflaechen')
    #[serde(rename = "kellerausbau", skip_serializing_if = "Option::is_none")]
    pub kellerausbau: Option<Kellerausbau>,
    /// Nur bei Kapitalbeschaffung und einem bestehenden Darlehen bei ING. Wird andernfalls ignoriert.
    #[serde(
        rename = "kuerzlicheProlongation",
        skip_serializing_if = "Option::is_none"
    )]
    pub kuerzliche_prolongation: Option<bool>,
    #[serde(rename = "modernisierung", skip_serializing_if = "Option::is_none")]
    pub modernisierung: Option<IngModernisierung>,
    #[serde(
        rename = "modernisierungsangaben",
        skip_serializing_if = "Option::is_none"
    )]
    pub modernisierungsangaben: Option<IngModernisierungsangaben>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IngGrundstueck {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IngHaus {
    #[serde(rename = "gebaude", skip_serializing_if = "Option::is_none")]
    pub gebaude: Option<IngGebaeude>,
}

/// Alle Modernisierungen der letzten 15 Jahre, inklusive der neu zu finanzierenden.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IngModernisierung {
    #[serde(rename = "badWc", skip_serializing_if = "Option::is_none")]
    pub bad_wc: Option<IngModernisierungElement>,
    #[serde(rename = "bodenWandTreppe", skip_serializing_if = "Option::is_none")]
    pub boden_wand_treppe: Option<IngModernisierungElement>,
    #[serde(rename = "dach", skip_serializing_if = "Option::is_none")]
    pub dach: Option<IngModernisierungElement>,
    #[serde(rename = "fenster", skip_serializing_if = "Option::is_none")]
    pub fenster: Option<IngModernisierungElement>,
    #[serde(rename = "heizungZentral", skip_serializing_if = "Option::is_none")]
    pub heizung_zentral: Option<IngModernisierungElement>,
    #[serde(rename = "kernsanierung", skip_serializing_if = "Option::is_none")]
    pub kernsanierung: Option<Kernsanierung>,
    #[serde(rename = "raumaufteilung", skip_serializing_if = "Option::is_none")]
    pub raumaufteilung: Option<IngModernisierungElement>,
    #[serde(
        rename = "stromAbwasserHeizkoerper",
        skip_serializing_if = "Option::is_none"
    )]
    pub strom_abwasser_heizkoerper: Option<IngModernisierungElement>,
    #[serde(rename = "waermedaemmung", skip_serializing_if = "Option::is_none")]
    pub waermedaemmung: Option<IngModernisierungElement>,
}

/// Grundriss, Zimmergrößen
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IngModernisierungElement {
    /// Gibt an, ob das Element modernisiert wurde
    #[serde(rename = "modernisiert", skip_serializing_if = "Option::is_none")]
    pub modernisiert: Option<bool>,
    /// Grad der Modernisierung
    #[serde(rename = "modernisierungGrad", skip_serializing_if = "Option::is_none")]
    pub modernisierung_grad: Option<IngModernisierungElementModernisierungGrad>,
}

/// Alle Modernisierungen der letzten 15 Jahre, inklusive der neu zu finanzierenden.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IngModernisierungsangaben {
    /// Bäder und WCs, Fliesen oder Sanitärobjekte
    #[serde(rename = "badWc", skip_serializing_if = "Option::is_none")]
    pub bad_wc: Option<bool>,
    /// Bodenbeläge, Wandbekleidung oder Treppenhaus
    #[serde(rename = "bodenWandTreppe", skip_serializing_if = "Option::is_none")]
    pub boden_wand_treppe: Option<bool>,
    /// Eindeckung oder Wärmedämmung
    #[serde(rename = "dach", skip_serializing_if = "Option::is_none")]
    pub dach: Option<bool>,
    /// Rahmen oder Isolierung
    #[serde(rename = "fenster", skip_serializing_if = "Option::is_none")]
    pub fenster: Option<bool>,
    /// Brenner, ggf. Kessel
    #[serde(rename = "heizungZentral", skip_serializing_if = "Option::is_none")]
    pub heizung_zentral: Option<bool>,
    /// Grundriss, Zimmergrößen
    #[serde(rename = "raumaufteilung", skip_serializing_if = "Option::is_none")]
    pub raumaufteilung: Option<bool>,
    /// Strom, (Ab-) Wasser, Heizungsleitung oder Heizkörper
    #[serde(
        rename = "stromAbwasserHeizkoerper",
        skip_serializing_if = "Option::is_none"
    )]
    pub strom_abwasser_heizkoerper: Option<bool>,
    #[serde(rename = "waermedaemmung", skip_serializing_if = "Option::is_none")]
    pub waermedaemmung: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Kapitalbeschaffung {
    /// Ablösung der bestehenden Darlehen des Finanzierungsobjektes. (Nicht von bestehenden Immobilien.)
    #[serde(
        rename = "abloesungDarlehenDesFinanzierungsobjektes",
        skip_serializing_if = "Option::is_none"
    )]
    pub abloesung_darlehen_des_finanzierungsobjektes: Option<Vec<AbloesungBestehendesDarlehen>>,
    #[serde(
        rename = "marktwertFinanzierungsobjekt",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub marktwert_finanzierungsobjekt: Option<rust_decimal::Decimal>,
    /// Rangrücktritt nicht abzulösender bestehender Darlehen des Finanzierungsobjektes. (Nicht von bestehenden Immobilien.)
    #[serde(
        rename = "rangruecktrittDarlehenDesFinanzierungsobjektes",
        skip_serializing_if = "Option::is_none"
    )]
    pub rangruecktritt_darlehen_des_finanzierungsobjektes:
        Option<Vec<RangruecktrittBestehendesDarlehen>>,
    #[serde(
        rename = "zuBeschaffendesKapital",
        skip_serializing_if = "Option::is_none"
    )]
    pub zu_beschaffendes_kapital: Option<KommentierterBetrag>,
}

/// Bitte Feld 'modernisierung' nicht mehr verwenden. Falls mitgeschickt, werden die Angaben ins Feld 'modernisierungskostenErfassung' kopiert, falls 'modernisierungskostenErfassung' leer ist.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Kauf {
    /// Ablösung der bestehenden Darlehen des Finanzierungsobjektes. (Nicht von bestehenden Immobilien.)
    #[serde(
        rename = "abloesungDarlehenDesFinanzierungsobjektes",
        skip_serializing_if = "Option::is_none"
    )]
    pub abloesung_darlehen_des_finanzierungsobjektes: Option<Vec<AbloesungBestehendesDarlehen>>,
    #[serde(
        rename = "kaufpreis",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub kaufpreis: Option<rust_decimal::Decimal>,
    #[serde(rename = "modernisierung", skip_serializing_if = "Option::is_none")]
    pub modernisierung: Option<Modernisierungskosten>,
    #[serde(
        rename = "modernisierungskostenErfassung",
        skip_serializing_if = "Option::is_none"
    )]
    pub modernisierungskosten_erfassung: Option<ModernisierungskostenErfassung>,
    #[serde(rename = "nebenkosten", skip_serializing_if = "Option::is_none")]
    pub nebenkosten: Option<Nebenkosten>,
    /// Rangrücktritt nicht abzulösender bestehender Darlehen des Finanzierungsobjektes. (Nicht von bestehenden Immobilien.)
    #[serde(
        rename = "rangruecktrittDarlehenDesFinanzierungsobjektes",
        skip_serializing_if = "Option::is_none"
    )]
    pub rangruecktritt_darlehen_des_finanzierungsobjektes:
        Option<Vec<RangruecktrittBestehendesDarlehen>>,
    #[serde(rename = "weitereKosten", skip_serializing_if = "Option::is_none")]
    pub weitere_kosten: Option<WeitereKosten>,
}

/// Bitte Feld 'eigenleistung' nicht mehr verwenden. Falls mitgeschickt, werden die Angaben ins Feld 'eigenleistungErfassung' kopiert, falls 'eigenleistungErfassung' leer ist.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KaufNeubauVomBautraeger {
    /// Ablösung der bestehenden Darlehen des Finanzierungsobjektes. (Nicht von bestehenden Immobilien.)
    #[serde(
        rename = "abloesungDarlehenDesFinanzierungsobjektes",
        skip_serializing_if = "Option::is_none"
    )]
    pub abloesung_darlehen_des_finanzierungsobjektes: Option<Vec<AbloesungBestehendesDarlehen>>,
    #[serde(
        rename = "anzahlTeilzahlungen",
        skip_serializing_if = "Option::is_none"
    )]
    pub anzahl_teilzahlungen: Option<i32>,
    #[serde(
        rename = "eigenleistung",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub eigenleistung: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "eigenleistungErfassung",
        skip_serializing_if = "Option::is_none"
    )]
    pub eigenleistung_erfassung: Option<EigenleistungErfassung>,
    #[serde(
        rename = "kaufpreis",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub kaufpreis: Option<rust_decimal::Decimal>,
    #[serde(rename = "nebenkosten", skip_serializing_if = "Option::is_none")]
    pub nebenkosten: Option<Nebenkosten>,
    /// Rangrücktritt nicht abzulösender bestehender Darlehen des Finanzierungsobjektes. (Nicht von bestehenden Immobilien.)
    #[serde(
        rename = "rangruecktrittDarlehenDesFinanzierungsobjektes",
        skip_serializing_if = "Option::is_none"
    )]
    pub rangruecktritt_darlehen_des_finanzierungsobjektes:
        Option<Vec<RangruecktrittBestehendesDarlehen>>,
    #[serde(rename = "weitereKosten", skip_serializing_if = "Option::is_none")]
    pub weitere_kosten: Option<WeitereKosten>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeinErbbaurecht {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeinGewerbe {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeinZeitdruck {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeinZuBeschaffendesKapital {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeineArbeitserlaubnis {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeineBereitstellungszinsfreieZeitPraeferenz {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeineBestehendeDarlehenDesFinanzierungsobjektes {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeineBestehendenDarlehen {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeineBestehendenImmobilien {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeineEigenleistung {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeineGrundbuchangabe {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeineKinder {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeineLaufzeitPraeferenz {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeineModernisierung {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeineModernisierungskosten {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeineRatePraeferenz {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeineRechteAbteilung2 {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeineSondertilgungPraeferenz {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeineStellplaetze {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeineStellplatzVermietung {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeineTilgungssatzwechselPraeferenz {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeineVerwendung {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeineWeitereStaatsangehoerigkeiten {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeineZeitlicherRahmenPraeferenz {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeineZinsbindungPraeferenz {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Kernsanierung {
    #[serde(
        rename = "jahrDerModernisierung",
        skip_serializing_if = "Option::is_none"
    )]
    pub jahr_der_modernisierung: Option<i32>,
    #[serde(rename = "kernsaniert", skip_serializing_if = "Option::is_none")]
    pub kernsaniert: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KfwDarlehen {
    /// Pflichtfeld.
    #[serde(
        rename = "darlehensbetrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub darlehensbetrag: Option<rust_decimal::Decimal>,
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "kfwEndfaellig", skip_serializing_if = "Option::is_none")]
    pub kfw_endfaellig: Option<KfwEndfaellig>,
    /// Pflichtfeld.
    #[serde(rename = "programm", skip_serializing_if = "Option::is_none")]
    pub programm: Option<KfwProgramm>,
    #[serde(rename = "tilgungswunsch", skip_serializing_if = "Option::is_none")]
    pub tilgungswunsch: Option<Tilgungswunsch>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: KfwProgramm124, KfwProgramm151, KfwProgramm152, KfwProgramm153, KfwProgramm159, KfwProgramm167, KfwProgramm261Neubau, KfwProgramm261Sanierung, KfwProgramm262, KfwProgramm297, KfwProgramm298, KfwProgramm300, KfwProgramm308, KfwProgramm358, KfwProgramm359
pub enum KfwProgramm {
KfwProgramm124 => "KFW_PROGRAMM_124",
KfwProgramm151 => "KFW_PROGRAMM_151",
KfwProgramm152 => "KFW_PROGRAMM_152",
KfwProgramm153 => "KFW_PROGRAMM_153",
KfwProgramm159 => "KFW_PROGRAMM_159",
KfwProgramm167 => "KFW_PROGRAMM_167",
KfwProgramm261Neubau => "KFW_PROGRAMM_261_NEUBAU",
KfwProgramm261Sanierung => "KFW_PROGRAMM_261_SANIERUNG",
KfwProgramm262 => "KFW_PROGRAMM_262",
KfwProgramm297 => "KFW_PROGRAMM_297",
KfwProgramm298 => "KFW_PROGRAMM_298",
KfwProgramm300 => "KFW_PROGRAMM_300",
KfwProgramm308 => "KFW_PROGRAMM_308",
KfwProgramm358 => "KFW_PROGRAMM_358",
KfwProgramm359 => "KFW_PROGRAMM_359",
}
}

/// Wohneigentum Schaffen: Selbstgenutztes Eigentum (Programm-Nr.: 124)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KfwProgramm124 {
    /// Laufzeit bis einschließlich 35 Jahre erlaubt
    /// Pflichtfeld.
    #[serde(rename = "laufzeitInJahren", skip_serializing_if = "Option::is_none")]
    pub laufzeit_in_jahren: Option<i32>,
    /// Tilgungsfreie Anlaufjahre bis einschließlich 10 Jahre erlaubt
    /// Pflichtfeld.
    #[serde(
        rename = "tilgungsfreieAnlaufjahre",
        skip_serializing_if = "Option::is_none"
    )]
    pub tilgungsfreie_anlaufjahre: Option<i32>,
    /// 5 oder 10 Jahre
    /// Pflichtfeld.
    #[serde(
        rename = "zinsbindungInJahren",
        skip_serializing_if = "Option::is_none"
    )]
    pub zinsbindung_in_jahren: Option<i32>,
}

/// Energieeffizient Sanieren: Kauf oder Komplettsanierung (Programm-Nr.: 151). Die Zinsbindung beträgt immer 10 Jahre. Das Programm wurde eingestellt.
/// Veraltet laut API (deprecated).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KfwProgramm151 {
    #[serde(rename = "laufzeitInJahren", skip_serializing_if = "Option::is_none")]
    pub laufzeit_in_jahren: Option<i32>,
    /// 1, 2, 3, 4, 5 oder 10 Jahre
    #[serde(
        rename = "tilgungsfreieAnlaufjahre",
        skip_serializing_if = "Option::is_none"
    )]
    pub tilgungsfreie_anlaufjahre: Option<i32>,
}

/// Energieeffizient Sanieren: Einzelmaßnahmen (Programm-Nr.: 152). Die Zinsbindung beträgt immer 10 Jahre. Das Programm wurde eingestellt.
/// Veraltet laut API (deprecated).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KfwProgramm152 {
    /// Pflichtfeld.
    #[serde(rename = "laufzeitInJahren", skip_serializing_if = "Option::is_none")]
    pub laufzeit_in_jahren: Option<i32>,
    /// 1, 2, 3, 4, 5 oder 10 Jahre
    /// Pflichtfeld.
    #[serde(
        rename = "tilgungsfreieAnlaufjahre",
        skip_serializing_if = "Option::is_none"
    )]
    pub tilgungsfreie_anlaufjahre: Option<i32>,
}

/// Energieeffizient Bauen: Effizienzhaus (Programm-Nr.: 153). Das Programm wurde eingestellt.
/// Veraltet laut API (deprecated).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KfwProgramm153 {
    #[serde(
        rename = "kfwEnergieEffizienzStandard",
        skip_serializing_if = "Option::is_none"
    )]
    pub kfw_energie_effizienz_standard: Option<KfwProgramm153KfwEnergieEffizienzStandard>,
    /// Pflichtfeld.
    #[serde(rename = "laufzeitInJahren", skip_serializing_if = "Option::is_none")]
    pub laufzeit_in_jahren: Option<i32>,
    /// 1, 2, 3, 4, 5 oder 10 Jahre
    /// Pflichtfeld.
    #[serde(
        rename = "tilgungsfreieAnlaufjahre",
        skip_serializing_if = "Option::is_none"
    )]
    pub tilgungsfreie_anlaufjahre: Option<i32>,
    /// 5 oder 10 Jahre
    /// Pflichtfeld.
    #[serde(
        rename = "zinsbindungInJahren",
        skip_serializing_if = "Option::is_none"
    )]
    pub zinsbindung_in_jahren: Option<i32>,
}

/// Wohnraum Modernisieren: Altersgerecht Umbauen (Programm-Nr.: 159)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KfwProgramm159 {
    #[serde(rename = "laufzeitInJahren", skip_serializing_if = "Option::is_none")]
    pub laufzeit_in_jahren: Option<i32>,
    /// 1, 2, 3, 4, 5 oder 10 Jahre
    /// Pflichtfeld.
    #[serde(
        rename = "tilgungsfreieAnlaufjahre",
        skip_serializing_if = "Option::is_none"
    )]
    pub tilgungsfreie_anlaufjahre: Option<i32>,
    /// 5 oder 10 Jahre
    #[serde(
        rename = "zinsbindungInJahren",
        skip_serializing_if = "Option::is_none"
    )]
    pub zinsbindung_in_jahren: Option<i32>,
}

/// Energieeffizient Sanieren: Heizungsanlagen Erneuerbare Energien (Programm-Nr.: 167). Die Laufzeit und Zinsbindung sind bei diesem Programm identisch. Das Programm wurde eingestellt.
/// Veraltet laut API (deprecated).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KfwProgramm167 {
    /// Pflichtfeld.
    #[serde(
        rename = "laufzeitUndZinsbindungInJahren",
        skip_serializing_if = "Option::is_none"
    )]
    pub laufzeit_und_zinsbindung_in_jahren: Option<i32>,
    /// 1, 2 oder 10 Jahre
    /// Pflichtfeld.
    #[serde(
        rename = "tilgungsfreieAnlaufjahre",
        skip_serializing_if = "Option::is_none"
    )]
    pub tilgungsfreie_anlaufjahre: Option<i32>,
}

/// Energieeffizient Bauen: bauen oder kaufen (Programm-Nr.: 261). Die Zinsbindung beträgt immer 10 Jahre.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KfwProgramm261Neubau {
    /// Das Programm wurde eingestellt.
    /// Veraltet laut API (deprecated).
    #[serde(
        rename = "kfwEnergieEffizienzStandard",
        skip_serializing_if = "Option::is_none"
    )]
    pub kfw_energie_effizienz_standard: Option<KfwProgramm261NeubauKfwEnergieEffizienzStandard>,
    #[serde(rename = "laufzeitInJahren", skip_serializing_if = "Option::is_none")]
    pub laufzeit_in_jahren: Option<i32>,
    /// 1, 2, 3, 4, 5 oder 10 Jahre
    #[serde(
        rename = "tilgungsfreieAnlaufjahre",
        skip_serializing_if = "Option::is_none"
    )]
    pub tilgungsfreie_anlaufjahre: Option<i32>,
}

/// Energieeffizient Sanieren: sanieren oder ein frisch saniertes Effizienzhaus kaufen (Programm-Nr.: 261). Die Zinsbindung beträgt immer 10 Jahre.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KfwProgramm261Sanierung {
    #[serde(
        rename = "kfwEnergieEffizienzStandard",
        skip_serializing_if = "Option::is_none"
    )]
    pub kfw_energie_effizienz_standard: Option<KfwProgramm261SanierungKfwEnergieEffizienzStandard>,
    #[serde(
        rename = "kfwSanierungsFahrplanLiegtVor",
        skip_serializing_if = "Option::is_none"
    )]
    pub kfw_sanierungs_fahrplan_liegt_vor: Option<bool>,
    #[serde(rename = "laufzeitInJahren", skip_serializing_if = "Option::is_none")]
    pub laufzeit_in_jahren: Option<i32>,
    /// 1, 2, 3, 4, 5 oder 10 Jahre
    #[serde(
        rename = "tilgungsfreieAnlaufjahre",
        skip_serializing_if = "Option::is_none"
    )]
    pub tilgungsfreie_anlaufjahre: Option<i32>,
}

/// Energieeffizient Bauen und Sanieren: Einzelmaßnahmen (Programm-Nr.: 262). Die Zinsbindung beträgt immer 10 Jahre. Das Programm wurde eingestellt.
/// Veraltet laut API (deprecated).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KfwProgramm262 {
    #[serde(
        rename = "kfwSanierungsFahrplanLiegtVor",
        skip_serializing_if = "Option::is_none"
    )]
    pub kfw_sanierungs_fahrplan_liegt_vor: Option<bool>,
    #[serde(rename = "laufzeitInJahren", skip_serializing_if = "Option::is_none")]
    pub laufzeit_in_jahren: Option<i32>,
    /// 1, 2, 3, 4, 5 oder 10 Jahre
    #[serde(
        rename = "tilgungsfreieAnlaufjahre",
        skip_serializing_if = "Option::is_none"
    )]
    pub tilgungsfreie_anlaufjahre: Option<i32>,
}

/// Klimafreundliches Wohngebäude (Programm-Nr.: 297)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KfwProgramm297 {
    /// Standard = KLIMAFREUNDLICH_STANDARD
    #[serde(
        rename = "kfwEnergieEffizienzStandard",
        skip_serializing_if = "Option::is_none"
    )]
    pub kfw_energie_effizienz_standard: Option<KfwProgramm297KfwEnergieEffizienzStandard>,
    #[serde(rename = "laufzeitInJahren", skip_serializing_if = "Option::is_none")]
    pub laufzeit_in_jahren: Option<i32>,
    /// 1, 2, 3, 4, 5 oder 10 Jahre
    /// Pflichtfeld.
    #[serde(
        rename = "tilgungsfreieAnlaufjahre",
        skip_serializing_if = "Option::is_none"
    )]
    pub tilgungsfreie_anlaufjahre: Option<i32>,
    /// 10 Jahre
    #[serde(
        rename = "zinsbindungInJahren",
        skip_serializing_if = "Option::is_none"
    )]
    pub zinsbindung_in_jahren: Option<i32>,
}

/// Klimafreundliches Wohngebäude (Programm-Nr.: 298)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KfwProgramm298 {
    /// Standard = KLIMAFREUNDLICH_STANDARD
    #[serde(
        rename = "kfwEnergieEffizienzStandard",
        skip_serializing_if = "Option::is_none"
    )]
    pub kfw_energie_effizienz_standard: Option<KfwProgramm297KfwEnergieEffizienzStandard>,
    #[serde(rename = "laufzeitInJahren", skip_serializing_if = "Option::is_none")]
    pub laufzeit_in_jahren: Option<i32>,
    /// 1, 2, 3, 4, 5 oder 10 Jahre
    /// Pflichtfeld.
    #[serde(
        rename = "tilgungsfreieAnlaufjahre",
        skip_serializing_if = "Option::is_none"
    )]
    pub tilgungsfreie_anlaufjahre: Option<i32>,
    /// 10 Jahre
    #[serde(
        rename = "zinsbindungInJahren",
        skip_serializing_if = "Option::is_none"
    )]
    pub zinsbindung_in_jahren: Option<i32>,
}

/// Wohneigentum für Familien (Programm-Nr.: 300)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KfwProgramm300 {
    /// Standard = KLIMAFREUNDLICH_STANDARD
    #[serde(
        rename = "kfwEnergieEffizienzStandard",
        skip_serializing_if = "Option::is_none"
    )]
    pub kfw_energie_effizienz_standard: Option<KfwProgramm300KfwEnergieEffizienzStandard>,
    #[serde(rename = "laufzeitInJahren", skip_serializing_if = "Option::is_none")]
    pub laufzeit_in_jahren: Option<i32>,
    /// 1, 2, 3, 4 oder 5 Jahre
    /// Pflichtfeld.
    #[serde(
        rename = "tilgungsfreieAnlaufjahre",
        skip_serializing_if = "Option::is_none"
    )]
    pub tilgungsfreie_anlaufjahre: Option<i32>,
    /// 10 Jahre
    #[serde(
        rename = "zinsbindungInJahren",
        skip_serializing_if = "Option::is_none"
    )]
    pub zinsbindung_in_jahren: Option<i32>,
}

/// Jung kauft Alt (Programm-Nr.: 308)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KfwProgramm308 {
    #[serde(rename = "laufzeitInJahren", skip_serializing_if = "Option::is_none")]
    pub laufzeit_in_jahren: Option<i32>,
    /// 1, 2, 3, 4 oder 5 Jahre
    /// Pflichtfeld.
    #[serde(
        rename = "tilgungsfreieAnlaufjahre",
        skip_serializing_if = "Option::is_none"
    )]
    pub tilgungsfreie_anlaufjahre: Option<i32>,
    /// 10 Jahre
    #[serde(
        rename = "zinsbindungInJahren",
        skip_serializing_if = "Option::is_none"
    )]
    pub zinsbindung_in_jahren: Option<i32>,
}

/// BEG Einzelmaßnahmen Ergänzungskredit Plus (Programm-Nr.: 358)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KfwProgramm358 {
    #[serde(rename = "laufzeitInJahren", skip_serializing_if = "Option::is_none")]
    pub laufzeit_in_jahren: Option<i32>,
    /// 1, 2, 3, 4, 5 oder 10 Jahre
    /// Pflichtfeld.
    #[serde(
        rename = "tilgungsfreieAnlaufjahre",
        skip_serializing_if = "Option::is_none"
    )]
    pub tilgungsfreie_anlaufjahre: Option<i32>,
    /// 5 oder 10 Jahre
    #[serde(
        rename = "zinsbindungInJahren",
        skip_serializing_if = "Option::is_none"
    )]
    pub zinsbindung_in_jahren: Option<i32>,
}

/// BEG Einzelmaßnahmen Ergänzungskredit (Programm-Nr.: 359)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KfwProgramm359 {
    #[serde(rename = "laufzeitInJahren", skip_serializing_if = "Option::is_none")]
    pub laufzeit_in_jahren: Option<i32>,
    /// 1, 2, 3, 4 oder 5 Jahre
    /// Pflichtfeld.
    #[serde(
        rename = "tilgungsfreieAnlaufjahre",
        skip_serializing_if = "Option::is_none"
    )]
    pub tilgungsfreie_anlaufjahre: Option<i32>,
    /// 5 oder 10 Jahre
    #[serde(
        rename = "zinsbindungInJahren",
        skip_serializing_if = "Option::is_none"
    )]
    pub zinsbindung_in_jahren: Option<i32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Kind {
    /// Das Geburtsdatum muss in der Vergangenheit liegen.
    #[serde(rename = "geburtsdatum", skip_serializing_if = "Option::is_none")]
    pub geburtsdatum: Option<chrono::NaiveDate>,
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(
        rename = "kindergeldWirdBezogen",
        skip_serializing_if = "Option::is_none"
    )]
    pub kindergeld_wird_bezogen: Option<bool>,
    /// ReferenzId eines Kunden bei Riesterbezug. Sonst leer.
    #[serde(
        rename = "kundenreferenzIdRiesterzuordnung",
        skip_serializing_if = "Option::is_none"
    )]
    pub kundenreferenz_id_riesterzuordnung: Option<String>,
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(
        rename = "unterhalt",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub unterhalt: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "unterhaltWirdBezogen",
        skip_serializing_if = "Option::is_none"
    )]
    pub unterhalt_wird_bezogen: Option<bool>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: VorhandeneKinder, KeineKinder
pub enum KinderErfassung {
KeineKinder => "KEINE_KINDER",
VorhandeneKinder => "VORHANDENE_KINDER",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KommentierterBetrag {
    #[serde(
        rename = "betrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub betrag: Option<rust_decimal::Decimal>,
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Konstantdarlehen {
    #[serde(
        rename = "auszahlungszeitpunkt",
        skip_serializing_if = "Option::is_none"
    )]
    pub auszahlungszeitpunkt: Option<chrono::NaiveDate>,
    #[serde(
        rename = "bereitstellungszinsfreieZeitInMonaten",
        skip_serializing_if = "Option::is_none"
    )]
    pub bereitstellungszinsfreie_zeit_in_monaten: Option<i32>,
    #[serde(
        rename = "darlehensbetrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub darlehensbetrag: Option<rust_decimal::Decimal>,
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Angabe in Prozent.
    #[serde(
        rename = "provision",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub provision: Option<rust_decimal::Decimal>,
    /// Gewünschte Rate in Euro pro Monat.
    #[serde(
        rename = "rate",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub rate: Option<rust_decimal::Decimal>,
    /// Eindeutige Referenz-ID für diesen Finanzierungsbaustein. Sie gilt nur innerhalb dieses Aufrufs, ist freiwählbar und wird nicht abgespeichert. Auf sie wird beim (optionalen) Ablösen der bestehenden Darlehen bei Anschlussfinanzierung verwiesen.
    #[serde(rename = "referenzId", skip_serializing_if = "Option::is_none")]
    pub referenz_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Kontakt {
    #[serde(rename = "email", skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(rename = "telefonnummer", skip_serializing_if = "Option::is_none")]
    pub telefonnummer: Option<Telefonnummer>,
    /// Validierungsstatus für E-Mail
    #[serde(rename = "validierungEmail", skip_serializing_if = "Option::is_none")]
    pub validierung_email: Option<ValidierungEmail>,
    /// Validierungsstatus für Telefonnummer
    #[serde(
        rename = "validierungTelefonnummer",
        skip_serializing_if = "Option::is_none"
    )]
    pub validierung_telefonnummer: Option<ValidierungTelefonnummer>,
    #[serde(
        rename = "weitereKontaktmoeglichkeiten",
        skip_serializing_if = "Option::is_none"
    )]
    pub weitere_kontaktmoeglichkeiten: Option<String>,
}

/// In anderen APIs als 'Antragsteller' bezeichnet.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Kunde {
    /// Externe ID für diesen Kunden. In anderen APIs auch als externeAntragstellerId bezeichnet.
    #[serde(rename = "externeKundenId", skip_serializing_if = "Option::is_none")]
    pub externe_kunden_id: Option<String>,
    #[serde(rename = "finanzielles", skip_serializing_if = "Option::is_none")]
    pub finanzielles: Option<Finanzielles>,
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "kontakt", skip_serializing_if = "Option::is_none")]
    pub kontakt: Option<Kontakt>,
    #[serde(rename = "personendaten", skip_serializing_if = "Option::is_none")]
    pub personendaten: Option<Personendaten>,
    /// Eindeutige Referenz-ID für diesen Kunden. Sie gilt nur innerhalb dieses Aufrufs, ist freiwählbar und wird nicht abgespeichert. Auf sie wird an mehreren Stellen verwiesen. Hier kann auch die externeKundenId verwendet werden.
    /// Pflichtfeld.
    #[serde(rename = "referenzId", skip_serializing_if = "Option::is_none")]
    pub referenz_id: Option<String>,
    #[serde(rename = "wohnsituation", skip_serializing_if = "Option::is_none")]
    pub wohnsituation: Option<Wohnsituation>,
    #[serde(rename = "zusatzangaben", skip_serializing_if = "Option::is_none")]
    pub zusatzangaben: Option<ZusatzangabenKunde>,
}

/// In anderen APIs als 'Erfasste Daten' bezeichnet.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Kundenangaben {
    #[serde(rename = "bankverbindung", skip_serializing_if = "Option::is_none")]
    pub bankverbindung: Option<Bankverbindung>,
    #[serde(
        rename = "finanzierungsbedarf",
        skip_serializing_if = "Option::is_none"
    )]
    pub finanzierungsbedarf: Option<Finanzierungsbedarf>,
    #[serde(
        rename = "finanzierungsobjekt",
        skip_serializing_if = "Option::is_none"
    )]
    pub finanzierungsobjekt: Option<Finanzierungsobjekt>,
    #[serde(rename = "haushalte", skip_serializing_if = "Option::is_none")]
    pub haushalte: Option<Vec<Haushalt>>,
    /// Sicherungsgeber-Haushalte. Ergänzt das Feld 'haushalte', das ausschließlich Antragsteller-Haushalte enthält.
    #[serde(
        rename = "sicherungsgeberHaushalte",
        skip_serializing_if = "Option::is_none"
    )]
    pub sicherungsgeber_haushalte: Option<Vec<Haushalt>>,
}

/// Ergebnis des Imports der Kundenangaben.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KundenangabenImportResponse {
    /// Pflichtfeld.
    #[serde(rename = "vorgangsnummer", skip_serializing_if = "Option::is_none")]
    pub vorgangsnummer: Option<String>,
}

/// Kombi-Darlehen Wohnen
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LBankKombiDarlehenWohnen {
    /// 10, 20, 30 oder 35 Jahre erlaubt
    /// Pflichtfeld.
    #[serde(rename = "laufzeitInJahren", skip_serializing_if = "Option::is_none")]
    pub laufzeit_in_jahren: Option<i32>,
    /// 1, 2, 3, 4 oder 5 Jahre
    /// Pflichtfeld.
    #[serde(
        rename = "tilgungsfreieAnlaufjahre",
        skip_serializing_if = "Option::is_none"
    )]
    pub tilgungsfreie_anlaufjahre: Option<i32>,
    /// Nur 10 Jahre
    /// Pflichtfeld.
    #[serde(
        rename = "zinsbindungInJahren",
        skip_serializing_if = "Option::is_none"
    )]
    pub zinsbindung_in_jahren: Option<i32>,
}

/// Wohnen mit Kind
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LBankWohnenMitKind {
    /// 25 oder 35 Jahre erlaubt
    /// Pflichtfeld.
    #[serde(rename = "laufzeitInJahren", skip_serializing_if = "Option::is_none")]
    pub laufzeit_in_jahren: Option<i32>,
    /// 1, 2, 3, 4 oder 5 Jahre
    /// Pflichtfeld.
    #[serde(
        rename = "tilgungsfreieAnlaufjahre",
        skip_serializing_if = "Option::is_none"
    )]
    pub tilgungsfreie_anlaufjahre: Option<i32>,
    /// Nur 10 Jahre
    /// Pflichtfeld.
    #[serde(
        rename = "zinsbindungInJahren",
        skip_serializing_if = "Option::is_none"
    )]
    pub zinsbindung_in_jahren: Option<i32>,
}

/// Wohnen mit Zukunft
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LBankWohnenMitZukunft {
    /// 10, 20 oder 30 Jahre erlaubt
    /// Pflichtfeld.
    #[serde(rename = "laufzeitInJahren", skip_serializing_if = "Option::is_none")]
    pub laufzeit_in_jahren: Option<i32>,
    /// 1 oder 2 Jahre
    /// Pflichtfeld.
    #[serde(
        rename = "tilgungsfreieAnlaufjahre",
        skip_serializing_if = "Option::is_none"
    )]
    pub tilgungsfreie_anlaufjahre: Option<i32>,
    /// Nur 10 Jahre
    /// Pflichtfeld.
    #[serde(
        rename = "zinsbindungInJahren",
        skip_serializing_if = "Option::is_none"
    )]
    pub zinsbindung_in_jahren: Option<i32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LangeZinssicherheit {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: MoeglichstSchnell, InJahren, BisZumJahr, BisZurRenteImJahr, KeineLaufzeitPraeferenz
pub enum LaufzeitPraeferenz {
BisZumJahr => "BIS_ZUM_JAHR",
BisZurRenteImJahr => "BIS_ZUR_RENTE_IM_JAHR",
InJahren => "IN_JAHREN",
KeineLaufzeitPraeferenz => "KEINE_LAUFZEIT_PRAEFERENZ",
MoeglichstSchnell => "MOEGLICHST_SCHNELL",
}
}

/// Ermöglicht die Effizienz von Lead Kampagnen zu messen. Z.B. im Reporting.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Leadtracking {
    /// Frei wählbare Kampagne. Wird von BaufiSmart nicht verwendet.
    #[serde(rename = "kampagne", skip_serializing_if = "Option::is_none")]
    pub kampagne: Option<String>,
    /// Frei wählbares Schlagwort. Wird von BaufiSmart nicht verwendet.
    #[serde(rename = "keyword", skip_serializing_if = "Option::is_none")]
    pub keyword: Option<String>,
    /// Dient zur Steuerung einer Benachrichtigung nach dem Import des Vorgangs an den Kundenbetreuer.
    #[serde(rename = "sendNotification", skip_serializing_if = "Option::is_none")]
    pub send_notification: Option<bool>,
    /// Frei wählbare TrackingId. Wird von BaufiSmart nicht verwendet.
    #[serde(rename = "trackingId", skip_serializing_if = "Option::is_none")]
    pub tracking_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LebensOderRentenversicherung {
    #[serde(
        rename = "detailsWennZusatzsicherheit",
        skip_serializing_if = "Option::is_none"
    )]
    pub details_wenn_zusatzsicherheit: Option<LebensOderRentenversicherungsdetails>,
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(
        rename = "praemieMonatlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub praemie_monatlich: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "rueckkaufswert",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub rueckkaufswert: Option<rust_decimal::Decimal>,
    #[serde(rename = "verwendung", skip_serializing_if = "Option::is_none")]
    pub verwendung: Option<LiquidierbareZusatzsicherheitVerwendung>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LebensOderRentenversicherungsdetails {
    #[serde(rename = "tarif", skip_serializing_if = "Option::is_none")]
    pub tarif: Option<String>,
    #[serde(rename = "versicherungsart", skip_serializing_if = "Option::is_none")]
    pub versicherungsart: Option<Versicherungsart>,
    #[serde(
        rename = "versicherungsgesellschaft",
        skip_serializing_if = "Option::is_none"
    )]
    pub versicherungsgesellschaft: Option<String>,
    #[serde(
        rename = "versicherungssumme",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub versicherungssumme: Option<rust_decimal::Decimal>,
    #[serde(rename = "vertragsdatum", skip_serializing_if = "Option::is_none")]
    pub vertragsdatum: Option<chrono::NaiveDate>,
    #[serde(rename = "vertragsende", skip_serializing_if = "Option::is_none")]
    pub vertragsende: Option<chrono::NaiveDate>,
    #[serde(rename = "vertragsnummer", skip_serializing_if = "Option::is_none")]
    pub vertragsnummer: Option<String>,
    #[serde(
        rename = "verwaltungsgebuehrenJaehrlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub verwaltungsgebuehren_jaehrlich: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Lebenspartnerschaft {
    /// Wurde zwischen den Partnern Gütertrennung vereinbart
    #[serde(
        rename = "guetertrennungVereinbart",
        skip_serializing_if = "Option::is_none"
    )]
    pub guetertrennung_vereinbart: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Ledig {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Legitimationsdaten {
    #[serde(
        rename = "ausstellendeBehoerde",
        skip_serializing_if = "Option::is_none"
    )]
    pub ausstellende_behoerde: Option<String>,
    /// Das Ausstellungsdatum muss in der Zukunft liegen.
    #[serde(rename = "ausstellungsdatum", skip_serializing_if = "Option::is_none")]
    pub ausstellungsdatum: Option<chrono::NaiveDate>,
    #[serde(rename = "ausweisart", skip_serializing_if = "Option::is_none")]
    pub ausweisart: Option<Ausweisart>,
    #[serde(rename = "ausweisnummer", skip_serializing_if = "Option::is_none")]
    pub ausweisnummer: Option<String>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: AufloesungAlsVerwendung, KeineVerwendung
pub enum LiquidierbareVerwendung {
AufloesungAlsVerwendung => "AUFLOESUNG_ALS_VERWENDUNG",
KeineVerwendung => "KEINE_VERWENDUNG",
}
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: AufloesungAlsVerwendung, AbtretenAlsVerwendung, KeineVerwendung
pub enum LiquidierbareZusatzsicherheitVerwendung {
AbtretenAlsVerwendung => "ABTRETEN_ALS_VERWENDUNG",
AufloesungAlsVerwendung => "AUFLOESUNG_ALS_VERWENDUNG",
KeineVerwendung => "KEINE_VERWENDUNG",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Mehrfamilienhaus {
    #[serde(
        rename = "anzahlDerGewerbeeinheiten",
        skip_serializing_if = "Option::is_none"
    )]
    pub anzahl_der_gewerbeeinheiten: Option<i32>,
    #[serde(
        rename = "anzahlDerWohneinheiten",
        skip_serializing_if = "Option::is_none"
    )]
    pub anzahl_der_wohneinheiten: Option<i32>,
    #[serde(rename = "gebaeude", skip_serializing_if = "Option::is_none")]
    pub gebaeude: Option<Gebaeude>,
    #[serde(
        rename = "grundstuecksgroesse",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub grundstuecksgroesse: Option<rust_decimal::Decimal>,
    #[serde(rename = "haustyp", skip_serializing_if = "Option::is_none")]
    pub haustyp: Option<MehrfamilienhausHaustyp>,
    #[serde(rename = "nutzflaechen", skip_serializing_if = "Option::is_none")]
    pub nutzflaechen: Option<Nutzflaechen>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Mietausgaben {
    #[serde(
        rename = "betragMonatlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub betrag_monatlich: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "entfaelltMitFinanzierung",
        skip_serializing_if = "Option::is_none"
    )]
    pub entfaellt_mit_finanzierung: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Mindestens {
    #[serde(rename = "anzahl", skip_serializing_if = "Option::is_none")]
    pub anzahl: Option<i32>,
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Miteigentumsanteil {
    #[serde(
        rename = "anteil",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub anteil: Option<rust_decimal::Decimal>,
    #[serde(rename = "gesamt", skip_serializing_if = "Option::is_none")]
    pub gesamt: Option<i32>,
}

/// Bitte 'Modernisierung' nicht mehr verwenden. Ersetzt durch 'ModernisierungErfassung'
/// Veraltet laut API (deprecated).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Modernisierung {
    #[serde(rename = "grad", skip_serializing_if = "Option::is_none")]
    pub grad: Option<ModernisierungGrad>,
    #[serde(rename = "jahr", skip_serializing_if = "Option::is_none")]
    pub jahr: Option<i32>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: VorhandeneModernisierung, KeineModernisierung
pub enum ModernisierungErfassung {
KeineModernisierung => "KEINE_MODERNISIERUNG",
VorhandeneModernisierung => "VORHANDENE_MODERNISIERUNG",
}
}

/// Bitte Feld 'zuBeschaffendesKapital' nicht mehr verwenden. Falls mitgeschickt, werden die Angaben ins Feld 'zuBeschaffendesKapitalErfassung' kopiert, falls 'zuBeschaffendesKapitalErfassung' leer ist.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ModernisierungUmbauAnbau {
    /// Ablösung der bestehenden Darlehen des Finanzierungsobjektes. (Nicht von bestehenden Immobilien.)
    #[serde(
        rename = "abloesungDarlehenDesFinanzierungsobjektes",
        skip_serializing_if = "Option::is_none"
    )]
    pub abloesung_darlehen_des_finanzierungsobjektes: Option<Vec<AbloesungBestehendesDarlehen>>,
    #[serde(
        rename = "anzahlTeilzahlungen",
        skip_serializing_if = "Option::is_none"
    )]
    pub anzahl_teilzahlungen: Option<i32>,
    #[serde(
        rename = "marktwertFinanzierungsobjekt",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub marktwert_finanzierungsobjekt: Option<rust_decimal::Decimal>,
    #[serde(rename = "modernisierung", skip_serializing_if = "Option::is_none")]
    pub modernisierung: Option<Modernisierungskosten>,
    /// Rangrücktritt nicht abzulösender bestehender Darlehen des Finanzierungsobjektes. (Nicht von bestehenden Immobilien.)
    #[serde(
        rename = "rangruecktrittDarlehenDesFinanzierungsobjektes",
        skip_serializing_if = "Option::is_none"
    )]
    pub rangruecktritt_darlehen_des_finanzierungsobjektes:
        Option<Vec<RangruecktrittBestehendesDarlehen>>,
    #[serde(rename = "weitereKosten", skip_serializing_if = "Option::is_none")]
    pub weitere_kosten: Option<WeitereKosten>,
    #[serde(
        rename = "zuBeschaffendesKapital",
        skip_serializing_if = "Option::is_none"
    )]
    pub zu_beschaffendes_kapital: Option<KommentierterBetrag>,
    #[serde(
        rename = "zuBeschaffendesKapitalErfassung",
        skip_serializing_if = "Option::is_none"
    )]
    pub zu_beschaffendes_kapital_erfassung: Option<ZuBeschaffendesKapitalErfassung>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Modernisierungsangaben {
    #[serde(rename = "grad", skip_serializing_if = "Option::is_none")]
    pub grad: Option<ModernisierungsangabenGrad>,
    #[serde(rename = "jahr", skip_serializing_if = "Option::is_none")]
    pub jahr: Option<i32>,
}

/// Bitte Feld 'eigenleistung' nicht mehr verwenden. Falls mitgeschickt, werden die Angaben ins Feld 'eigenleistungErfassung' kopiert, falls 'eigenleistungErfassung' leer ist.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Modernisierungskosten {
    /// Wenn mit der Modernisierung eine Verbesserung der CO2-Emissionen einhergeht: angestrebte CO2-Emissionen in kg/(m²*a)
    #[serde(
        rename = "co2WertGeplant",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub co2_wert_geplant: Option<rust_decimal::Decimal>,
    /// Persönlich erbrachte Arbeitsleistung als Eigenleistung
    /// Veraltet laut API (deprecated).
    #[serde(
        rename = "eigenleistung",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub eigenleistung: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "eigenleistungErfassung",
        skip_serializing_if = "Option::is_none"
    )]
    pub eigenleistung_erfassung: Option<EigenleistungErfassung>,
    /// Wenn mit der Modernisierung eine Verbesserung der Energieeffizienz einhergeht: angestrebter Gebäudeendenergiebedarf in kWh/(m²*a)
    #[serde(
        rename = "endEnergieGeplant",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_energie_geplant: Option<rust_decimal::Decimal>,
    /// Wird beim Anlegen/Updaten nicht übernommen, sondern aus dem Feld endEnergie berechnet.
    #[serde(
        rename = "energieEffizienzklasse",
        skip_serializing_if = "Option::is_none"
    )]
    pub energie_effizienzklasse: Option<EnergieEffizienzklasse>,
    /// Werterhöhende Maßnahmen wie Fenster, Heizung, Dach, Dämmung etc.
    #[serde(
        rename = "modernisierungskostenInklEigenleistungen",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub modernisierungskosten_inkl_eigenleistungen: Option<rust_decimal::Decimal>,
    /// Nicht werterhöhende Maßnahmen wie Malerarbeiten, kleine Reparaturen etc.
    #[serde(
        rename = "renovierungskosten",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub renovierungskosten: Option<rust_decimal::Decimal>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: VorhandeneModernisierungskosten, KeineModernisierungskosten
pub enum ModernisierungskostenErfassung {
KeineModernisierungskosten => "KEINE_MODERNISIERUNGSKOSTEN",
VorhandeneModernisierungskosten => "VORHANDENE_MODERNISIERUNGSKOSTEN",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Modernisierungszusatzangaben {
    #[serde(rename = "baeder", skip_serializing_if = "Option::is_none")]
    pub baeder: Option<Modernisierungsangaben>,
    #[serde(rename = "dacherneuerung", skip_serializing_if = "Option::is_none")]
    pub dacherneuerung: Option<Modernisierungsangaben>,
    #[serde(rename = "fenster", skip_serializing_if = "Option::is_none")]
    pub fenster: Option<Modernisierungsangaben>,
    #[serde(rename = "heizung", skip_serializing_if = "Option::is_none")]
    pub heizung: Option<Modernisierungsangaben>,
    #[serde(rename = "innenausbau", skip_serializing_if = "Option::is_none")]
    pub innenausbau: Option<Modernisierungsangaben>,
    #[serde(rename = "kernsanierung", skip_serializing_if = "Option::is_none")]
    pub kernsanierung: Option<Modernisierungsangaben>,
    #[serde(rename = "raumaufteilung", skip_serializing_if = "Option::is_none")]
    pub raumaufteilung: Option<Modernisierungsangaben>,
    #[serde(rename = "rohrleitungen", skip_serializing_if = "Option::is_none")]
    pub rohrleitungen: Option<Modernisierungsangaben>,
    #[serde(rename = "waermedaemmung", skip_serializing_if = "Option::is_none")]
    pub waermedaemmung: Option<Modernisierungsangaben>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MoeglichstNiedrigeRate {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MoeglichstSchnell {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MonatlichePraemienzahlung {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MonatlicherSparbeitrag {
    #[serde(
        rename = "betrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub betrag: Option<rust_decimal::Decimal>,
}

/// NRW.BANK.Gebäudesanierung
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NRWBankGebaeudesanierung {
    /// 10, 15, 20, 25, 30 oder 35 Jahre erlaubt
    /// Pflichtfeld.
    #[serde(rename = "laufzeitInJahren", skip_serializing_if = "Option::is_none")]
    pub laufzeit_in_jahren: Option<i32>,
    /// Nur 1 Jahre
    /// Pflichtfeld.
    #[serde(
        rename = "tilgungsfreieAnlaufjahre",
        skip_serializing_if = "Option::is_none"
    )]
    pub tilgungsfreie_anlaufjahre: Option<i32>,
    /// 10, 15, 20 oder 30 Jahre
    /// Pflichtfeld.
    #[serde(
        rename = "zinsbindungInJahren",
        skip_serializing_if = "Option::is_none"
    )]
    pub zinsbindung_in_jahren: Option<i32>,
}

/// NRW.BANK.Nachhaltig Wohnen
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NRWBankNachhaltigWohnen {
    /// 10, 15, 20, 25, 30 oder 35 Jahre erlaubt
    /// Pflichtfeld.
    #[serde(rename = "laufzeitInJahren", skip_serializing_if = "Option::is_none")]
    pub laufzeit_in_jahren: Option<i32>,
    /// Nur 1 Jahre
    /// Pflichtfeld.
    #[serde(
        rename = "tilgungsfreieAnlaufjahre",
        skip_serializing_if = "Option::is_none"
    )]
    pub tilgungsfreie_anlaufjahre: Option<i32>,
    /// 10, 15, 20 oder 30 Jahre
    /// Pflichtfeld.
    #[serde(
        rename = "zinsbindungInJahren",
        skip_serializing_if = "Option::is_none"
    )]
    pub zinsbindung_in_jahren: Option<i32>,
}

/// NRW.BANK.Wohneigentum
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NRWBankWohneigentum {
    /// 10, 15, 20, 25, 30 oder 35 Jahre erlaubt
    /// Pflichtfeld.
    #[serde(rename = "laufzeitInJahren", skip_serializing_if = "Option::is_none")]
    pub laufzeit_in_jahren: Option<i32>,
    /// Nur 1 Jahre
    /// Pflichtfeld.
    #[serde(
        rename = "tilgungsfreieAnlaufjahre",
        skip_serializing_if = "Option::is_none"
    )]
    pub tilgungsfreie_anlaufjahre: Option<i32>,
    /// 10, 15, 20 oder 30 Jahre
    /// Pflichtfeld.
    #[serde(
        rename = "zinsbindungInJahren",
        skip_serializing_if = "Option::is_none"
    )]
    pub zinsbindung_in_jahren: Option<i32>,
}

/// Fehlt die Notargebühr, wird automatisch ein Standardwert in % gesetzt. Fehlt die Grunderwerbssteuer, wird der Prozentwert für das entsprechende Bundesland, falls aus Adresse bestimmbar, automatisch gesetzt.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Nebenkosten {
    #[serde(rename = "grunderwerbsteuer", skip_serializing_if = "Option::is_none")]
    pub grunderwerbsteuer: Option<WertInEuroOderProzent>,
    #[serde(rename = "maklergebuehr", skip_serializing_if = "Option::is_none")]
    pub maklergebuehr: Option<WertInEuroOderProzent>,
    #[serde(rename = "notargebuehr", skip_serializing_if = "Option::is_none")]
    pub notargebuehr: Option<WertInEuroOderProzent>,
}

/// Bitte Feld 'eigenleistung' nicht mehr verwenden. Falls mitgeschickt, werden die Angaben ins Feld 'eigenleistungErfassung' kopiert, falls 'eigenleistungErfassung' leer ist.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Neubau {
    /// Ablösung der bestehenden Darlehen des Finanzierungsobjektes. (Nicht von bestehenden Immobilien.)
    #[serde(
        rename = "abloesungDarlehenDesFinanzierungsobjektes",
        skip_serializing_if = "Option::is_none"
    )]
    pub abloesung_darlehen_des_finanzierungsobjektes: Option<Vec<AbloesungBestehendesDarlehen>>,
    #[serde(
        rename = "anzahlTeilzahlungen",
        skip_serializing_if = "Option::is_none"
    )]
    pub anzahl_teilzahlungen: Option<i32>,
    #[serde(
        rename = "aussenanlagen",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub aussenanlagen: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "baunebenkosten",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub baunebenkosten: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "eigenleistung",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub eigenleistung: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "eigenleistungErfassung",
        skip_serializing_if = "Option::is_none"
    )]
    pub eigenleistung_erfassung: Option<EigenleistungErfassung>,
    #[serde(rename = "grundstueckskosten", skip_serializing_if = "Option::is_none")]
    pub grundstueckskosten: Option<Grundstueckskosten>,
    #[serde(
        rename = "herstellungskostenInklusiveEigenleistungen",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub herstellungskosten_inklusive_eigenleistungen: Option<rust_decimal::Decimal>,
    #[serde(rename = "nebenkosten", skip_serializing_if = "Option::is_none")]
    pub nebenkosten: Option<Nebenkosten>,
    /// Rangrücktritt nicht abzulösender bestehender Darlehen des Finanzierungsobjektes. (Nicht von bestehenden Immobilien.)
    #[serde(
        rename = "rangruecktrittDarlehenDesFinanzierungsobjektes",
        skip_serializing_if = "Option::is_none"
    )]
    pub rangruecktritt_darlehen_des_finanzierungsobjektes:
        Option<Vec<RangruecktrittBestehendesDarlehen>>,
    #[serde(rename = "weitereKosten", skip_serializing_if = "Option::is_none")]
    pub weitere_kosten: Option<WeitereKosten>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NichtEingeplantOderAbsehbar {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Niederlassungserlaubnis {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NochNichtFestgelegt {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

/// In anderen APIs als 'DachgeschossKeller' bezeichnet.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Nutzflaechen {
    #[serde(rename = "dachgeschoss", skip_serializing_if = "Option::is_none")]
    pub dachgeschoss: Option<Dachgeschoss>,
    #[serde(rename = "unterkellerung", skip_serializing_if = "Option::is_none")]
    pub unterkellerung: Option<Unterkellerung>,
}

/// Bitte Feld 'gewerbe' nicht mehr verwenden. Falls mitgeschickt, werden die Angaben ins Feld 'gewerbeErfassung' kopiert, falls 'gewerbeErfassung' leer ist.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Nutzung {
    #[serde(rename = "gewerbe", skip_serializing_if = "Option::is_none")]
    pub gewerbe: Option<Flaechennutzung>,
    #[serde(rename = "gewerbeErfassung", skip_serializing_if = "Option::is_none")]
    pub gewerbe_erfassung: Option<GewerbeErfassung>,
    #[serde(rename = "wohnen", skip_serializing_if = "Option::is_none")]
    pub wohnen: Option<Flaechennutzung>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: Eigengenutzt, Vermietet, Teilvermietet
pub enum Nutzungsart {
Eigengenutzt => "EIGENGENUTZT",
Teilvermietet => "TEILVERMIETET",
Vermietet => "VERMIETET",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Person {
    #[serde(rename = "anrede", skip_serializing_if = "Option::is_none")]
    pub anrede: Option<Anrede>,
    #[serde(rename = "nachname", skip_serializing_if = "Option::is_none")]
    pub nachname: Option<String>,
    #[serde(rename = "titel", skip_serializing_if = "Option::is_none")]
    pub titel: Option<Titel>,
    #[serde(rename = "vorname", skip_serializing_if = "Option::is_none")]
    pub vorname: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Personalausweis {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Personendaten {
    #[serde(rename = "familienstand", skip_serializing_if = "Option::is_none")]
    pub familienstand: Option<Familienstand>,
    /// Das Geburtsdatum muss in der Vergangenheit liegen.
    #[serde(rename = "geburtsdatum", skip_serializing_if = "Option::is_none")]
    pub geburtsdatum: Option<chrono::NaiveDate>,
    #[serde(rename = "geburtsort", skip_serializing_if = "Option::is_none")]
    pub geburtsort: Option<String>,
    #[serde(rename = "nichtEuBuerger", skip_serializing_if = "Option::is_none")]
    pub nicht_eu_buerger: Option<Aufenthalt>,
    #[serde(rename = "person", skip_serializing_if = "Option::is_none")]
    pub person: Option<Person>,
    /// ISO 3166-1 alpha-2 code
    #[serde(
        rename = "staatsangehoerigkeit",
        skip_serializing_if = "Option::is_none"
    )]
    pub staatsangehoerigkeit: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Praeferenzen {
    #[serde(
        rename = "absicherungUndVorsorge",
        skip_serializing_if = "Option::is_none"
    )]
    pub absicherung_und_vorsorge: Option<AbsicherungUndVorsorgePraeferenz>,
    #[serde(
        rename = "bestandteileDerFinanzierung",
        skip_serializing_if = "Option::is_none"
    )]
    pub bestandteile_der_finanzierung: Option<BestandteileDerFinanzierungPraeferenz>,
    #[serde(
        rename = "finanzierungsdetailspraeferenzen",
        skip_serializing_if = "Option::is_none"
    )]
    pub finanzierungsdetailspraeferenzen: Option<Finanzierungsdetailspraeferenzen>,
    #[serde(rename = "girokonto", skip_serializing_if = "Option::is_none")]
    pub girokonto: Option<GirokontoPraeferenz>,
    #[serde(rename = "weiterePraeferenz", skip_serializing_if = "Option::is_none")]
    pub weitere_praeferenz: Option<String>,
    #[serde(rename = "zeitlicherRahmen", skip_serializing_if = "Option::is_none")]
    pub zeitlicher_rahmen: Option<ZeitlicherRahmenPraeferenz>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: MonatlichePraemienzahlung, EinmaligePraemienzahlung
/// Veraltet laut API (deprecated).
pub enum Praemienzahlung {
EinmaligePraemienzahlung => "EINMALIGE_PRAEMIENZAHLUNG",
MonatlichePraemienzahlung => "MONATLICHE_PRAEMIENZAHLUNG",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Privatdarlehen {
    #[serde(
        rename = "darlehensbetrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub darlehensbetrag: Option<rust_decimal::Decimal>,
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "laufzeitInMonaten", skip_serializing_if = "Option::is_none")]
    pub laufzeit_in_monaten: Option<i32>,
    /// Angabe in Prozent.
    #[serde(
        rename = "provision",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub provision: Option<rust_decimal::Decimal>,
    /// Eindeutige Referenz-ID für diesen Finanzierungsbaustein. Sie gilt nur innerhalb dieses Aufrufs, ist freiwählbar und wird nicht abgespeichert. Auf sie wird beim (optionalen) Ablösen der bestehenden Darlehen bei Anschlussfinanzierung verwiesen.
    #[serde(rename = "referenzId", skip_serializing_if = "Option::is_none")]
    pub referenz_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    /// Ein menschenlesbarer Text, der das konkrete Problem beschreibt.
    #[serde(rename = "detail", skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Eine relative URI, die das Problem verursacht hat.
    #[serde(rename = "instance", skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
    /// Der HTTP Statuscode des Services, bei dem das Problem ursprünglich aufgetreten ist.
    /// Pflichtfeld.
    #[serde(
        rename = "status",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub status: Option<rust_decimal::Decimal>,
    /// Eine kurze Zusammenfassung des Problemtyps.
    /// Pflichtfeld.
    #[serde(rename = "title", skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Eine eindeutige technische Id zur Identifikation des Requests. Der Inhalt ist identisch mit dem Wert des Headers X-TraceId
    #[serde(rename = "traceId", skip_serializing_if = "Option::is_none")]
    pub trace_id: Option<String>,
    /// Eine absolute URI, die den Problemtyp eindeutig identifiziert.
    /// Pflichtfeld.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProduktanbieterDarlehensgeber {
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "produktanbieter", skip_serializing_if = "Option::is_none")]
    pub produktanbieter: Option<Produktanbieter>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProzentDerDarlehenssumme {
    #[serde(
        rename = "prozent",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub prozent: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProzentDerProvision {
    #[serde(
        rename = "prozent",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub prozent: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProzentJaehrlich {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
    #[serde(
        rename = "prozent",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub prozent: Option<rust_decimal::Decimal>,
}

/// Rangrücktritt eines nicht abzulösenden bestehenden Darlehens des Finanzierungsobjektes. (Nicht von bestehenden Immobilien.)
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RangruecktrittBestehendesDarlehen {
    /// ReferenzId des nicht abzulösenden bestehenden Darlehens des Finanzierungsobjektes. (Nicht von bestehenden Immobilien.)
    #[serde(
        rename = "referenzIdBestehendesDarlehen",
        skip_serializing_if = "Option::is_none"
    )]
    pub referenz_id_bestehendes_darlehen: Option<String>,
    #[serde(rename = "trittImRangZurueck", skip_serializing_if = "Option::is_none")]
    pub tritt_im_rang_zurueck: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Rate {
    #[serde(
        rename = "rate",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub rate: Option<rust_decimal::Decimal>,
    /// Der Beginn der Rückzahlung muss in der Zukunft liegen.
    #[serde(rename = "tilgungsbeginn", skip_serializing_if = "Option::is_none")]
    pub tilgungsbeginn: Option<chrono::NaiveDate>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RateAlsBetrag {
    #[serde(
        rename = "betrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub betrag: Option<rust_decimal::Decimal>,
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: WarmmieteVonHeute, RateAlsBetrag, Ratenspanne, MoeglichstNiedrigeRate, VerfuegbaresEinkommenAusschoepfen, KeineRatePraeferenz
pub enum RatenhoehePraeferenz {
KeineRatePraeferenz => "KEINE_RATE_PRAEFERENZ",
MoeglichstNiedrigeRate => "MOEGLICHST_NIEDRIGE_RATE",
Ratenspanne => "RATENSPANNE",
RateAlsBetrag => "RATE_ALS_BETRAG",
VerfuegbaresEinkommenAusschoepfen => "VERFUEGBARES_EINKOMMEN_AUSSCHOEPFEN",
WarmmieteVonHeute => "WARMMIETE_VON_HEUTE",
}
}

/// Ratenschutzversicherung als Absicherungswunsch.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Ratenschutz {
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// ReferenzId eines Kunden.
    #[serde(
        rename = "kundenreferenzIdDerVersichertenPerson",
        skip_serializing_if = "Option::is_none"
    )]
    pub kundenreferenz_id_der_versicherten_person: Option<String>,
    /// This field is deprecated. Use ratenschutzDetailsBase64 instead. May still be present in legacy data.
    /// Veraltet laut API (deprecated).
    #[serde(rename = "praemienzahlung", skip_serializing_if = "Option::is_none")]
    pub praemienzahlung: Option<Praemienzahlung>,
    /// Base64-kodierte Ratenschutzdetails aus dem BaufiSmart-Frontend. Maximale Größe: 100 KB. Format: Base64-String.
    #[serde(
        rename = "ratenschutzDetailsBase64",
        skip_serializing_if = "Option::is_none"
    )]
    pub ratenschutz_details_base64: Option<String>,
    /// This field is deprecated. Use ratenschutzDetailsBase64 instead. May still be present in legacy data.
    /// Veraltet laut API (deprecated).
    #[serde(
        rename = "risikoabsicherungswuensche",
        skip_serializing_if = "Option::is_none"
    )]
    pub risikoabsicherungswuensche: Option<Vec<Risikoabsicherungswunsch>>,
    /// Der Versicherungsschutz muss in der Zukunft liegen.
    /// Veraltet laut API (deprecated).
    #[serde(
        rename = "versicherungsbeginn",
        skip_serializing_if = "Option::is_none"
    )]
    pub versicherungsbeginn: Option<chrono::NaiveDate>,
    /// This field is deprecated. Use ratenschutzDetailsBase64 instead. May still be present in legacy data.
    /// Veraltet laut API (deprecated).
    #[serde(
        rename = "versicherungsdauerInJahren",
        skip_serializing_if = "Option::is_none"
    )]
    pub versicherungsdauer_in_jahren: Option<i32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Ratenspanne {
    #[serde(
        rename = "bis",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub bis: Option<rust_decimal::Decimal>,
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
    #[serde(
        rename = "von",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub von: Option<rust_decimal::Decimal>,
}

/// Bitte 'RechteAbteilung2' nicht mehr verwenden. Ersetzt durch 'RechteAbteilung2Erfassung'
/// Veraltet laut API (deprecated).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RechteAbteilung2 {
    #[serde(rename = "beschreibung", skip_serializing_if = "Option::is_none")]
    pub beschreibung: Option<String>,
    #[serde(
        rename = "betrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub betrag: Option<rust_decimal::Decimal>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: VorhandeneRechteAbteilung2, KeineRechteAbteilung2
pub enum RechteAbteilung2Erfassung {
KeineRechteAbteilung2 => "KEINE_RECHTE_ABTEILUNG_2",
VorhandeneRechteAbteilung2 => "VORHANDENE_RECHTE_ABTEILUNG_2",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RegionalFoerderDarlehen {
    /// Pflichtfeld.
    #[serde(
        rename = "darlehensbetrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub darlehensbetrag: Option<rust_decimal::Decimal>,
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Pflichtfeld.
    #[serde(rename = "programm", skip_serializing_if = "Option::is_none")]
    pub programm: Option<RegionalFoerderbankProgramm>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: LBankKombiDarlehenWohnen, LBankWohnenMitKind, LBankWohnenMitZukunft, NRWBankWohneigentum, NRWBankGebaeudesanierung, NRWBankNachhaltigWohnen, IbshImmoeigentum, IbshImmofix, IbshImmoflex, IbshImmokonstant
pub enum RegionalFoerderbankProgramm {
IbshImmoeigentum => "IBSH_IMMOEIGENTUM",
IbshImmofix => "IBSH_IMMOFIX",
IbshImmoflex => "IBSH_IMMOFLEX",
IbshImmokonstant => "IBSH_IMMOKONSTANT",
LBankKombiDarlehenWohnen => "L_BANK_KOMBI_DARLEHEN_WOHNEN",
LBankWohnenMitKind => "L_BANK_WOHNEN_MIT_KIND",
LBankWohnenMitZukunft => "L_BANK_WOHNEN_MIT_ZUKUNFT",
NRWBankGebaeudesanierung => "NRW_BANK_GEBAEUDESANIERUNG",
NRWBankNachhaltigWohnen => "NRW_BANK_NACHHALTIG_WOHNEN",
NRWBankWohneigentum => "NRW_BANK_WOHNEIGENTUM",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Reihenhaus {
    #[serde(
        rename = "einliegerwohnungVorhanden",
        skip_serializing_if = "Option::is_none"
    )]
    pub einliegerwohnung_vorhanden: Option<bool>,
    #[serde(rename = "gebaeude", skip_serializing_if = "Option::is_none")]
    pub gebaeude: Option<Gebaeude>,
    #[serde(
        rename = "grundstuecksgroesse",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub grundstuecksgroesse: Option<rust_decimal::Decimal>,
    #[serde(rename = "haustyp", skip_serializing_if = "Option::is_none")]
    pub haustyp: Option<ReihenhausHaustyp>,
    #[serde(rename = "nutzflaechen", skip_serializing_if = "Option::is_none")]
    pub nutzflaechen: Option<Nutzflaechen>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Reisepass {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Rentner {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Restschuld {
    #[serde(
        rename = "aktuell",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub aktuell: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "zumAbloesetermin",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub zum_abloesetermin: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Riesterangaben {
    #[serde(
        rename = "bruttojahreseinkommenErwartet",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub bruttojahreseinkommen_erwartet: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "bruttovorjahreseinkommen",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub bruttovorjahreseinkommen: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "sozialversicherungsnummer",
        skip_serializing_if = "Option::is_none"
    )]
    pub sozialversicherungsnummer: Option<String>,
}

/// Veraltet laut API (deprecated).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Risikoabsicherungswunsch {
    #[serde(
        rename = "abzusicherndesRisiko",
        skip_serializing_if = "Option::is_none"
    )]
    pub abzusicherndes_risiko: Option<AbzusicherndesRisiko>,
    #[serde(
        rename = "versicherteRate",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub versicherte_rate: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "versicherungssumme",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub versicherungssumme: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SachwertErmittlungGenopace {
    #[serde(
        rename = "aussenanlagen",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub aussenanlagen: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "baunebenkosten",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub baunebenkosten: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "regionalfaktor",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub regionalfaktor: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "sachwertfaktorNachhaltigkeitsfaktor",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub sachwertfaktor_nachhaltigkeitsfaktor: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SantanderVerbindlichkeit {
    #[serde(
        rename = "anrechnungFuerBlankoanteil",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub anrechnung_fuer_blankoanteil: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "hoehe",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub hoehe: Option<rust_decimal::Decimal>,
    #[serde(rename = "kontonummer", skip_serializing_if = "Option::is_none")]
    pub kontonummer: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SantanderVerbindlichkeiten {
    #[serde(rename = "buergschaft", skip_serializing_if = "Option::is_none")]
    pub buergschaft: Option<SantanderVerbindlichkeit>,
    #[serde(rename = "dispokredit", skip_serializing_if = "Option::is_none")]
    pub dispokredit: Option<SantanderVerbindlichkeit>,
    #[serde(rename = "immobilienkredit", skip_serializing_if = "Option::is_none")]
    pub immobilienkredit: Option<SantanderVerbindlichkeit>,
    #[serde(
        rename = "kfwHausbankenwechsel",
        skip_serializing_if = "Option::is_none"
    )]
    pub kfw_hausbankenwechsel: Option<SantanderVerbindlichkeit>,
    #[serde(rename = "kkKredit", skip_serializing_if = "Option::is_none")]
    pub kk_kredit: Option<SantanderVerbindlichkeit>,
    #[serde(rename = "konsumentenkredit", skip_serializing_if = "Option::is_none")]
    pub konsumentenkredit: Option<SantanderVerbindlichkeit>,
    #[serde(rename = "kreditkarte", skip_serializing_if = "Option::is_none")]
    pub kreditkarte: Option<SantanderVerbindlichkeit>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SantanderVermoegen {
    #[serde(
        rename = "guthaben",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub guthaben: Option<rust_decimal::Decimal>,
    #[serde(rename = "kontonummer", skip_serializing_if = "Option::is_none")]
    pub kontonummer: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SantanderVermoegenswerte {
    #[serde(
        rename = "bankUndSparguthaben",
        skip_serializing_if = "Option::is_none"
    )]
    pub bank_und_sparguthaben: Option<SantanderVermoegen>,
    #[serde(rename = "bausparvertrag", skip_serializing_if = "Option::is_none")]
    pub bausparvertrag: Option<SantanderVermoegen>,
    #[serde(
        rename = "lebensversicherungFondsgebunden",
        skip_serializing_if = "Option::is_none"
    )]
    pub lebensversicherung_fondsgebunden: Option<SantanderVermoegen>,
    #[serde(
        rename = "lebensversicherungKapitalgebunden",
        skip_serializing_if = "Option::is_none"
    )]
    pub lebensversicherung_kapitalgebunden: Option<SantanderVermoegen>,
    #[serde(
        rename = "rentenversicherungFondsgebunden",
        skip_serializing_if = "Option::is_none"
    )]
    pub rentenversicherung_fondsgebunden: Option<SantanderVermoegen>,
    #[serde(
        rename = "rentenversicherungKapitalgebunden",
        skip_serializing_if = "Option::is_none"
    )]
    pub rentenversicherung_kapitalgebunden: Option<SantanderVermoegen>,
    #[serde(rename = "sonstigesVermoegen", skip_serializing_if = "Option::is_none")]
    pub sonstiges_vermoegen: Option<SantanderVermoegen>,
    #[serde(rename = "wertpapiereAktien", skip_serializing_if = "Option::is_none")]
    pub wertpapiere_aktien: Option<SantanderVermoegen>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SelbststaendigeTaetigkeit {
    #[serde(rename = "berufsbezeichnung", skip_serializing_if = "Option::is_none")]
    pub berufsbezeichnung: Option<Berufsbezeichnung>,
    #[serde(rename = "firma", skip_serializing_if = "Option::is_none")]
    pub firma: Option<String>,
    #[serde(rename = "taetigSeit", skip_serializing_if = "Option::is_none")]
    pub taetig_seit: Option<chrono::NaiveDate>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Selbststaendiger {
    #[serde(rename = "beruf", skip_serializing_if = "Option::is_none")]
    pub beruf: Option<String>,
    #[serde(
        rename = "situationNachRenteneintritt",
        skip_serializing_if = "Option::is_none"
    )]
    pub situation_nach_renteneintritt: Option<SituationNachRenteneintritt>,
    #[serde(rename = "taetigkeit", skip_serializing_if = "Option::is_none")]
    pub taetigkeit: Option<SelbststaendigeTaetigkeit>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SituationNachRenteneintritt {
    #[serde(
        rename = "gesetzlicheRenteMonatlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub gesetzliche_rente_monatlich: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "privateRenteMonatlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub private_rente_monatlich: Option<rust_decimal::Decimal>,
    #[serde(rename = "rentenbeginn", skip_serializing_if = "Option::is_none")]
    pub rentenbeginn: Option<chrono::NaiveDate>,
    #[serde(
        rename = "sonstigesEinkommenMonatlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub sonstiges_einkommen_monatlich: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SoSchnellWieMoeglich {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: EuroJaehrlich, ProzentJaehrlich, EuroEinmalig, DerzeitNichtGeplant, KeineSondertilgungPraeferenz
pub enum SondertilgungPraeferenz {
DerzeitNichtGeplant => "DERZEIT_NICHT_GEPLANT",
EuroEinmalig => "EURO_EINMALIG",
EuroJaehrlich => "EURO_JAEHRLICH",
KeineSondertilgungPraeferenz => "KEINE_SONDERTILGUNG_PRAEFERENZ",
ProzentJaehrlich => "PROZENT_JAEHRLICH",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Sonderzahlung {
    #[serde(rename = "anzahl", skip_serializing_if = "Option::is_none")]
    pub anzahl: Option<i32>,
    #[serde(
        rename = "betrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub betrag: Option<rust_decimal::Decimal>,
    #[serde(rename = "termin", skip_serializing_if = "Option::is_none")]
    pub termin: Option<chrono::NaiveDate>,
    #[serde(rename = "zahlweise", skip_serializing_if = "Option::is_none")]
    pub zahlweise: Option<Zahlweise>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SonstigeEffektivzinsErhoehendeKosten {
    #[serde(
        rename = "betragEinmalig",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub betrag_einmalig: Option<rust_decimal::Decimal>,
    #[serde(rename = "bezeichnung", skip_serializing_if = "Option::is_none")]
    pub bezeichnung: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SonstigerDarlehensgeber {
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SonstigesVermoegen {
    #[serde(
        rename = "aktuellerWert",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub aktueller_wert: Option<rust_decimal::Decimal>,
    #[serde(rename = "verwendung", skip_serializing_if = "Option::is_none")]
    pub verwendung: Option<LiquidierbareVerwendung>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Sparbeginn {
    /// Der Sparbeginn muss in der Zukunft liegen.
    #[serde(rename = "beginn", skip_serializing_if = "Option::is_none")]
    pub beginn: Option<chrono::NaiveDate>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Sparplaene {
    #[serde(
        rename = "aktuellerWert",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub aktueller_wert: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "betragMonatlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub betrag_monatlich: Option<rust_decimal::Decimal>,
    #[serde(rename = "verwendung", skip_serializing_if = "Option::is_none")]
    pub verwendung: Option<LiquidierbareVerwendung>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: VorhandeneStellplaetze, KeineStellplaetze
pub enum StellplaetzeErfassung {
KeineStellplaetze => "KEINE_STELLPLAETZE",
VorhandeneStellplaetze => "VORHANDENE_STELLPLAETZE",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Stellplatz {
    /// Bitte Feld 'mieteMonatlich' nicht mehr verwenden. Falls mitgeschickt, werden die Angaben ins Feld 'vermietungErfassung' kopiert, falls 'vermietungErfassung' leer ist.
    /// Veraltet laut API (deprecated).
    #[serde(
        rename = "mieteMonatlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub miete_monatlich: Option<rust_decimal::Decimal>,
    /// Pflichtfeld.
    #[serde(rename = "typ", skip_serializing_if = "Option::is_none")]
    pub typ: Option<StellplatzTyp>,
    #[serde(
        rename = "vermietungErfassung",
        skip_serializing_if = "Option::is_none"
    )]
    pub vermietung_erfassung: Option<StellplatzVermietungErfassung>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: VorhandeneStellplatzVermietung, KeineStellplatzVermietung
pub enum StellplatzVermietungErfassung {
KeineStellplatzVermietung => "KEINE_STELLPLATZ_VERMIETUNG",
VorhandeneStellplatzVermietung => "VORHANDENE_STELLPLATZ_VERMIETUNG",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Teilvermietet {
    #[serde(
        rename = "mieteinnahmenNettoKaltMonatlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub mieteinnahmen_netto_kalt_monatlich: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "vermieteteFlaeche",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub vermietete_flaeche: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Telefonnummer {
    #[serde(rename = "nummer", skip_serializing_if = "Option::is_none")]
    pub nummer: Option<String>,
    #[serde(rename = "vorwahl", skip_serializing_if = "Option::is_none")]
    pub vorwahl: Option<String>,
}

/// Wenn 'TilgungAusgesetzt' als Tilgungswunsch angegeben wird, dannmuss die Verwendung des Bauspardarlehens 'ABTRETEN' sein.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TilgungAusgesetzt {
    #[serde(rename = "bausparwunsch", skip_serializing_if = "Option::is_none")]
    pub bausparwunsch: Option<Finanzierungsbaustein>,
    /// schreibend: ID des Tilgungsersatzprodukts (bestehender Bausparvertrag oder Versicherung; lesend: interne eindeutige ID)
    #[serde(
        rename = "tilgungsersatzProduktId",
        skip_serializing_if = "Option::is_none"
    )]
    pub tilgungsersatz_produkt_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TilgungInProzent {
    /// Der Beginn der Rückzahlung muss in der Zukunft liegen.
    #[serde(rename = "tilgungsbeginn", skip_serializing_if = "Option::is_none")]
    pub tilgungsbeginn: Option<chrono::NaiveDate>,
    #[serde(
        rename = "tilgungssatzInProzent",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub tilgungssatz_in_prozent: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Tilgungsrate {
    #[serde(
        rename = "betrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub betrag: Option<rust_decimal::Decimal>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: Mindestens, NichtEingeplantOderAbsehbar, KeineTilgungssatzwechselPraeferenz
pub enum TilgungssatzwechselPraeferenz {
KeineTilgungssatzwechselPraeferenz => "KEINE_TILGUNGSSATZWECHSEL_PRAEFERENZ",
Mindestens => "MINDESTENS",
NichtEingeplantOderAbsehbar => "NICHT_EINGEPLANT_ODER_ABSEHBAR",
}
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: TilgungInProzent, Volltilger, Rate, TilgungAusgesetzt. Bei Verwendung in VariablesDarlehen ist Volltilger nicht erlaubt.
pub enum Tilgungswunsch {
Rate => "RATE",
TilgungAusgesetzt => "TILGUNG_AUSGESETZT",
TilgungInProzent => "TILGUNG_IN_PROZENT",
Volltilger => "VOLLTILGER",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Tippgeber {
    /// Hier wird eine gültige PartnerId erwartet.
    /// Pflichtfeld.
    #[serde(rename = "tippgeberPartnerId", skip_serializing_if = "Option::is_none")]
    pub tippgeber_partner_id: Option<String>,
    #[serde(
        rename = "tippgeberprovisionswunsch",
        skip_serializing_if = "Option::is_none"
    )]
    pub tippgeberprovisionswunsch: Option<Tippgeberprovision>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: Betrag, ProzentDerDarlehenssumme, ProzentDerProvision
pub enum Tippgeberprovision {
Betrag => "BETRAG",
ProzentDerDarlehenssumme => "PROZENT_DER_DARLEHENSSUMME",
ProzentDerProvision => "PROZENT_DER_PROVISION",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Titel {
    #[serde(rename = "dr", skip_serializing_if = "Option::is_none")]
    pub dr: Option<bool>,
    #[serde(rename = "prof", skip_serializing_if = "Option::is_none")]
    pub prof: Option<bool>,
}

/// In anderen APIs als 'nachrangigesExternesDarlehen' bezeichnet.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UnbesichertesExternesDarlehen {
    #[serde(
        rename = "betrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub betrag: Option<rust_decimal::Decimal>,
    #[serde(rename = "darlehensgeber", skip_serializing_if = "Option::is_none")]
    pub darlehensgeber: Option<String>,
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
    /// Das Ende der Laufzeit muss in der Zukunft liegen.
    #[serde(rename = "laufzeitende", skip_serializing_if = "Option::is_none")]
    pub laufzeitende: Option<chrono::NaiveDate>,
    #[serde(
        rename = "rateMonatlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub rate_monatlich: Option<rust_decimal::Decimal>,
    /// Pflichtfeld.
    #[serde(rename = "typ", skip_serializing_if = "Option::is_none")]
    pub typ: Option<UnbesichertesExternesDarlehenTyp>,
    #[serde(rename = "zinsbindungsende", skip_serializing_if = "Option::is_none")]
    pub zinsbindungsende: Option<chrono::NaiveDate>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateKundenangabenRequest {
    /// Pflichtfeld.
    #[serde(rename = "kundenangaben", skip_serializing_if = "Option::is_none")]
    pub kundenangaben: Option<Kundenangaben>,
    /// Pflichtfeld.
    #[serde(rename = "updateMetadaten", skip_serializing_if = "Option::is_none")]
    pub update_metadaten: Option<UpdateMetadaten>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateMetadaten {
    #[serde(rename = "tippgeber", skip_serializing_if = "Option::is_none")]
    pub tippgeber: Option<Tippgeber>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VariablesDarlehen {
    #[serde(
        rename = "darlehensbetrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub darlehensbetrag: Option<rust_decimal::Decimal>,
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Angabe in Prozent.
    #[serde(
        rename = "provision",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub provision: Option<rust_decimal::Decimal>,
    /// Eindeutige Referenz-ID für diesen Finanzierungsbaustein. Sie gilt nur innerhalb dieses Aufrufs, ist freiwählbar und wird nicht abgespeichert. Auf sie wird beim (optionalen) Ablösen der bestehenden Darlehen bei Anschlussfinanzierung verwiesen.
    #[serde(rename = "referenzId", skip_serializing_if = "Option::is_none")]
    pub referenz_id: Option<String>,
    #[serde(rename = "tilgungswunsch", skip_serializing_if = "Option::is_none")]
    pub tilgungswunsch: Option<Tilgungswunsch>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Verbindlichkeit {
    #[serde(rename = "glaeubiger", skip_serializing_if = "Option::is_none")]
    pub glaeubiger: Option<String>,
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
    #[serde(rename = "laufzeitende", skip_serializing_if = "Option::is_none")]
    pub laufzeitende: Option<chrono::NaiveDate>,
    #[serde(
        rename = "rateMonatlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub rate_monatlich: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "restschuld",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub restschuld: Option<rust_decimal::Decimal>,
    #[serde(rename = "wirdAbgeloest", skip_serializing_if = "Option::is_none")]
    pub wird_abgeloest: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VerfuegbaresEinkommenAusschoepfen {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Verheiratet {
    /// Wurde zwischen den Partnern Gütertrennung vereinbart
    #[serde(
        rename = "guetertrennungVereinbart",
        skip_serializing_if = "Option::is_none"
    )]
    pub guetertrennung_vereinbart: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Vermietet {
    #[serde(
        rename = "mieteinnahmenNettoKaltMonatlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub mieteinnahmen_netto_kalt_monatlich: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Verwitwet {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Visum {
    #[serde(rename = "arbeitserlaubnis", skip_serializing_if = "Option::is_none")]
    pub arbeitserlaubnis: Option<Arbeitserlaubnis>,
    /// Das Visum muss gültig sein.
    #[serde(rename = "befristetBis", skip_serializing_if = "Option::is_none")]
    pub befristet_bis: Option<chrono::NaiveDate>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Volltilger {
    /// Der Beginn der Rückzahlung muss in der Zukunft liegen.
    #[serde(rename = "tilgungsbeginn", skip_serializing_if = "Option::is_none")]
    pub tilgungsbeginn: Option<chrono::NaiveDate>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VorhandeneBestehendeDarlehen {
    #[serde(rename = "darlehensliste", skip_serializing_if = "Option::is_none")]
    pub darlehensliste: Option<Vec<BestehendesDarlehen>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VorhandeneBestehendeDarlehenDesFinanzierungsobjektes {
    #[serde(rename = "darlehensliste", skip_serializing_if = "Option::is_none")]
    pub darlehensliste: Option<Vec<BestehendesDarlehenDesFinanzierungsobjektes>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VorhandeneBestehendeImmobilien {
    #[serde(
        rename = "bestehendeImmobilien",
        skip_serializing_if = "Option::is_none"
    )]
    pub bestehende_immobilien: Option<Vec<BestehendeImmobilie>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VorhandeneEigenleistung {
    /// Persönlich erbrachte Arbeitsleistung als Eigenleistung
    #[serde(
        rename = "eigenleistung",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub eigenleistung: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VorhandeneGrundbuchangabe {
    #[serde(rename = "amtsgericht", skip_serializing_if = "Option::is_none")]
    pub amtsgericht: Option<String>,
    #[serde(rename = "anmerkungen", skip_serializing_if = "Option::is_none")]
    pub anmerkungen: Option<String>,
    #[serde(rename = "blatt", skip_serializing_if = "Option::is_none")]
    pub blatt: Option<String>,
    #[serde(rename = "flurstuecke", skip_serializing_if = "Option::is_none")]
    pub flurstuecke: Option<Vec<Flurstueck>>,
    #[serde(rename = "ort", skip_serializing_if = "Option::is_none")]
    pub ort: Option<String>,
    #[serde(rename = "rechteInAbteilung2", skip_serializing_if = "Option::is_none")]
    pub rechte_in_abteilung2: Option<RechteAbteilung2Erfassung>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VorhandeneKinder {
    #[serde(rename = "kinder", skip_serializing_if = "Option::is_none")]
    pub kinder: Option<Vec<Kind>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VorhandeneModernisierung {
    #[serde(rename = "grad", skip_serializing_if = "Option::is_none")]
    pub grad: Option<ModernisierungGrad>,
    #[serde(rename = "jahr", skip_serializing_if = "Option::is_none")]
    pub jahr: Option<i32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VorhandeneModernisierungskosten {
    /// Wenn mit der Modernisierung eine Verbesserung der CO2-Emissionen einhergeht: angestrebte CO2-Emissionen in kg/(m²*a)
    #[serde(
        rename = "co2WertGeplant",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub co2_wert_geplant: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "eigenleistungErfassung",
        skip_serializing_if = "Option::is_none"
    )]
    pub eigenleistung_erfassung: Option<EigenleistungErfassung>,
    /// Wenn mit der Modernisierung eine Verbesserung der Energieeffizienz einhergeht: angestrebter Gebäudeendenergiebedarf in kWh/(m²*a)
    #[serde(
        rename = "endEnergieGeplant",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_energie_geplant: Option<rust_decimal::Decimal>,
    /// Wird beim Anlegen/Updaten nicht übernommen, sondern aus dem Feld endEnergie berechnet.
    #[serde(
        rename = "energieEffizienzklasse",
        skip_serializing_if = "Option::is_none"
    )]
    pub energie_effizienzklasse: Option<EnergieEffizienzklasse>,
    /// Werterhöhende Maßnahmen wie Fenster, Heizung, Dach, Dämmung etc.
    #[serde(
        rename = "modernisierungskostenInklEigenleistungen",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub modernisierungskosten_inkl_eigenleistungen: Option<rust_decimal::Decimal>,
    /// Nicht werterhöhende Maßnahmen wie Malerarbeiten, kleine Reparaturen etc.
    #[serde(
        rename = "renovierungskosten",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub renovierungskosten: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VorhandeneRechteAbteilung2 {
    #[serde(rename = "beschreibung", skip_serializing_if = "Option::is_none")]
    pub beschreibung: Option<String>,
    #[serde(
        rename = "betrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub betrag: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VorhandeneStellplaetze {
    #[serde(rename = "stellplaetze", skip_serializing_if = "Option::is_none")]
    pub stellplaetze: Option<Vec<Stellplatz>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VorhandeneStellplatzVermietung {
    #[serde(
        rename = "mieteMonatlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub miete_monatlich: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VorhandeneWeitereStaatsangehoerigkeiten {
    /// Liste von max. 2 Staatsangehörigkeiten als ISO 3166-1 alpha-2 code
    #[serde(
        rename = "weitereStaatsangehoerigkeiten",
        skip_serializing_if = "Option::is_none"
    )]
    pub weitere_staatsangehoerigkeiten: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VorhandenesErbbaurecht {
    #[serde(
        rename = "erbbauzinsJaehrlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub erbbauzins_jaehrlich: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "grundstueckseigentuemer",
        skip_serializing_if = "Option::is_none"
    )]
    pub grundstueckseigentuemer: Option<Grundstueckseigentuemer>,
    #[serde(rename = "laufzeitBis", skip_serializing_if = "Option::is_none")]
    pub laufzeit_bis: Option<i32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VorhandenesGewerbe {
    #[serde(rename = "gewerbe", skip_serializing_if = "Option::is_none")]
    pub gewerbe: Option<Flaechennutzung>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VorhandenesZuBeschaffendesKapital {
    #[serde(
        rename = "zuBeschaffendesKapital",
        skip_serializing_if = "Option::is_none"
    )]
    pub zu_beschaffendes_kapital: Option<KommentierterBetrag>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct WarmmieteVonHeute {
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct WeitereKosten {
    #[serde(
        rename = "beglicheneKosten",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub beglichene_kosten: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "mobiliarkosten",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub mobiliarkosten: Option<rust_decimal::Decimal>,
    #[serde(rename = "sonstigeKosten", skip_serializing_if = "Option::is_none")]
    pub sonstige_kosten: Option<KommentierterBetrag>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: VorhandeneWeitereStaatsangehoerigkeiten, KeineWeitereStaatsangehoerigkeiten
pub enum WeitereStaatsangehoerigkeitenErfassung {
KeineWeitereStaatsangehoerigkeiten => "KEINE_WEITERE_STAATSANGEHOERIGKEITEN",
VorhandeneWeitereStaatsangehoerigkeiten => "VORHANDENE_WEITERE_STAATSANGEHOERIGKEITEN",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct WertInEuroOderProzent {
    /// Pflichtfeld.
    #[serde(rename = "einheit", skip_serializing_if = "Option::is_none")]
    pub einheit: Option<Einheit>,
    /// Pflichtfeld.
    #[serde(
        rename = "wert",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub wert: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Wohnsituation {
    #[serde(rename = "anschrift", skip_serializing_if = "Option::is_none")]
    pub anschrift: Option<Anschrift>,
    #[serde(rename = "voranschrift", skip_serializing_if = "Option::is_none")]
    pub voranschrift: Option<Anschrift>,
    /// Das Datum darf nur maximal 60 Tage in der Zukunft liegen.
    #[serde(rename = "wohnhaftSeit", skip_serializing_if = "Option::is_none")]
    pub wohnhaft_seit: Option<chrono::NaiveDate>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: KeinZeitdruck, Deadline, SoSchnellWieMoeglich, KeineZeitlicherRahmenPraeferenz
pub enum ZeitlicherRahmenPraeferenz {
Deadline => "DEADLINE",
KeineZeitlicherRahmenPraeferenz => "KEINE_ZEITLICHER_RAHMEN_PRAEFERENZ",
KeinZeitdruck => "KEIN_ZEITDRUCK",
SoSchnellWieMoeglich => "SO_SCHNELL_WIE_MOEGLICH",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ZinsbindungInJahren {
    #[serde(rename = "jahre", skip_serializing_if = "Option::is_none")]
    pub jahre: Option<i32>,
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: ZinsbindungInJahren, Zinsbindungsspanne, FlexibelKurzfristigHandlungsfaehig, LangeZinssicherheit, KeineZinsbindungPraeferenz
pub enum ZinsbindungPraeferenz {
FlexibelKurzfristigHandlungsfaehig => "FLEXIBEL_KURZFRISTIG_HANDLUNGSFAEHIG",
KeineZinsbindungPraeferenz => "KEINE_ZINSBINDUNG_PRAEFERENZ",
LangeZinssicherheit => "LANGE_ZINSSICHERHEIT",
Zinsbindungsspanne => "ZINSBINDUNGSSPANNE",
ZinsbindungInJahren => "ZINSBINDUNG_IN_JAHREN",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Zinsbindungsspanne {
    #[serde(rename = "bisJahre", skip_serializing_if = "Option::is_none")]
    pub bis_jahre: Option<i32>,
    #[serde(rename = "kommentar", skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
    #[serde(rename = "vonJahre", skip_serializing_if = "Option::is_none")]
    pub von_jahre: Option<i32>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: VorhandenesZuBeschaffendesKapital, KeinZuBeschaffendesKapital
pub enum ZuBeschaffendesKapitalErfassung {
KeinZuBeschaffendesKapital => "KEIN_ZU_BESCHAFFENDES_KAPITAL",
VorhandenesZuBeschaffendesKapital => "VORHANDENES_ZU_BESCHAFFENDES_KAPITAL",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ZusatzangabenHaushalt {
    /// In anderen APIs unter 'speed' zu finden.
    #[serde(rename = "kfzAnzahl", skip_serializing_if = "Option::is_none")]
    pub kfz_anzahl: Option<i32>,
    /// Früher als Zusatzangabe für die DSL-Bank zu finden, heute für alle gültig
    #[serde(
        rename = "lebenshaltungskostenMonatlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub lebenshaltungskosten_monatlich: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "zusatzangabenProProduktanbieter",
        skip_serializing_if = "Option::is_none"
    )]
    pub zusatzangaben_pro_produktanbieter: Option<Vec<ZusatzangabenHaushaltFuerProduktanbieter>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ZusatzangabenHaushaltDsl {
    #[serde(
        rename = "lebenshaltungskostenMonatlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub lebenshaltungskosten_monatlich: Option<rust_decimal::Decimal>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: ZusatzangabenHaushaltIng, ZusatzangabenHaushaltSantander, ZusatzangabenHaushaltDsl
pub enum ZusatzangabenHaushaltFuerProduktanbieter {
ZusatzangabenHaushaltDsl => "ZUSATZANGABEN_HAUSHALT_DSL",
ZusatzangabenHaushaltIng => "ZUSATZANGABEN_HAUSHALT_ING",
ZusatzangabenHaushaltSantander => "ZUSATZANGABEN_HAUSHALT_SANTANDER",
}
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ZusatzangabenHaushaltIng {
    #[serde(
        rename = "anzahlErwachseneImHaushalt",
        skip_serializing_if = "Option::is_none"
    )]
    pub anzahl_erwachsene_im_haushalt: Option<i32>,
    #[serde(
        rename = "anzahlKinderNichtImHaushalt",
        skip_serializing_if = "Option::is_none"
    )]
    pub anzahl_kinder_nicht_im_haushalt: Option<i32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ZusatzangabenHaushaltSantander {
    #[serde(rename = "bemerkungen", skip_serializing_if = "Option::is_none")]
    pub bemerkungen: Option<String>,
    #[serde(rename = "verbindlichkeiten", skip_serializing_if = "Option::is_none")]
    pub verbindlichkeiten: Option<SantanderVerbindlichkeiten>,
    #[serde(rename = "vermoegen", skip_serializing_if = "Option::is_none")]
    pub vermoegen: Option<SantanderVermoegenswerte>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ZusatzangabenImmobilie {
    #[serde(
        rename = "beleihungswertangaben",
        skip_serializing_if = "Option::is_none"
    )]
    pub beleihungswertangaben: Option<Beleihungswertangaben>,
    #[serde(
        rename = "effektivzinsErhoehendeKosten",
        skip_serializing_if = "Option::is_none"
    )]
    pub effektivzins_erhoehende_kosten: Option<EffektivzinsErhoehendeKosten>,
    #[serde(rename = "modernisierung", skip_serializing_if = "Option::is_none")]
    pub modernisierung: Option<Modernisierungszusatzangaben>,
    #[serde(
        rename = "zusatzangabenProProduktanbieter",
        skip_serializing_if = "Option::is_none"
    )]
    pub zusatzangaben_pro_produktanbieter: Option<Vec<ZusatzangabenImmobilieFuerProduktanbieter>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ZusatzangabenImmobilieDsl {
    #[serde(
        rename = "bewirtschaftungskostenJaehrlich",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub bewirtschaftungskosten_jaehrlich: Option<rust_decimal::Decimal>,
    /// Nur bei bestehendem Darlehen bei der DSL im Finanzierungsobjekt. Wird andernfalls ignoriert.
    #[serde(rename = "nachfinanzierung", skip_serializing_if = "Option::is_none")]
    pub nachfinanzierung: Option<bool>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: ZusatzangabenImmobilieIng, ZusatzangabenImmobilieSantander, ZusatzangabenImmobilieGenopace, ZusatzangabenImmobilieDsl
pub enum ZusatzangabenImmobilieFuerProduktanbieter {
ZusatzangabenImmobilieDsl => "ZUSATZANGABEN_IMMOBILIE_DSL",
ZusatzangabenImmobilieGenopace => "ZUSATZANGABEN_IMMOBILIE_GENOPACE",
ZusatzangabenImmobilieIng => "ZUSATZANGABEN_IMMOBILIE_ING",
ZusatzangabenImmobilieSantander => "ZUSATZANGABEN_IMMOBILIE_SANTANDER",
}
}

/// Volksbanken und Raiffeisenbanken
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ZusatzangabenImmobilieGenopace {
    #[serde(
        rename = "anpassungenNachBelWertV",
        skip_serializing_if = "Option::is_none"
    )]
    pub anpassungen_nach_bel_wert_v: Option<AnpassungenNachBelWertV>,
}

/// Typ des Beleihungsobjektes muss dem Finanzierungsobjekt entsprechen, sonst wird es ignoriert.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ZusatzangabenImmobilieIng {
    #[serde(rename = "beleihungsobjekt", skip_serializing_if = "Option::is_none")]
    pub beleihungsobjekt: Option<IngBeleihungsobjekt>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ZusatzangabenImmobilieSantander {
    #[serde(
        rename = "vorlaeufigerVerkehrswert",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub vorlaeufiger_verkehrswert: Option<rust_decimal::Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ZusatzangabenKunde {
    /// In anderen APIs unter 'sRating' zu finden.
    #[serde(rename = "branche", skip_serializing_if = "Option::is_none")]
    pub branche: Option<ZusatzangabenKundeBranche>,
    #[serde(rename = "legitimationsdaten", skip_serializing_if = "Option::is_none")]
    pub legitimationsdaten: Option<Legitimationsdaten>,
    #[serde(
        rename = "zusatzangabenProProduktanbieter",
        skip_serializing_if = "Option::is_none"
    )]
    pub zusatzangaben_pro_produktanbieter: Option<Vec<ZusatzangabenKundeFuerProduktanbieter>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ZusatzangabenKundeDsl {
    /// Nur für Angestellte, wird anderenfalls ignoriert.
    #[serde(
        rename = "beschaeftigungImOeffentlichenDienst",
        skip_serializing_if = "Option::is_none"
    )]
    pub beschaeftigung_im_oeffentlichen_dienst: Option<bool>,
    #[serde(
        rename = "bruttoVorjahresEinkommen",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub brutto_vorjahres_einkommen: Option<rust_decimal::Decimal>,
}

crate::kundenangaben::tagged::tagged_enum! {
/// Mögliche Typen: ZusatzangabenKundeIng, ZusatzangabenKundeMhb, ZusatzangabenKundeDsl
pub enum ZusatzangabenKundeFuerProduktanbieter {
ZusatzangabenKundeDsl => "ZUSATZANGABEN_KUNDE_DSL",
ZusatzangabenKundeIng => "ZUSATZANGABEN_KUNDE_ING",
ZusatzangabenKundeMhb => "ZUSATZANGABEN_KUNDE_MHB",
}
}

/// Bitte Feld 'weitereStaatsangehoerigkeiten' nicht mehr verwenden. Falls mitgeschickt, werden die Angaben ins Feld 'weitereStaatsangehoerigkeitenErfassung' kopiert, falls 'weitereStaatsangehoerigkeitenErfassung' leer ist.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ZusatzangabenKundeIng {
    #[serde(rename = "berufsgruppe", skip_serializing_if = "Option::is_none")]
    pub berufsgruppe: Option<Berufsgruppe>,
    /// Nur für Beschäftigte, wird anderenfalls ignoriert.
    #[serde(rename = "branche", skip_serializing_if = "Option::is_none")]
    pub branche: Option<ZusatzangabenKundeIngBranche>,
    /// ISO 3166-1 alpha-2 code
    #[serde(rename = "geburtsland", skip_serializing_if = "Option::is_none")]
    pub geburtsland: Option<String>,
    /// Anteil des Kunden an der Beitragssumme, die im Haushalt angegeben ist. Der Wert dieses Feldes wird ignoriert, wenn die Summe der Felder aller Kunden von der summePrivaterKrankenversicherungenMonatlich in den Haushaltsausgaben abweicht.
    #[serde(
        rename = "privateKrankenversicherungMonatlicheAusgaben",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub private_krankenversicherung_monatliche_ausgaben: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "weitereStaatsangehoerigkeiten",
        skip_serializing_if = "Option::is_none"
    )]
    pub weitere_staatsangehoerigkeiten: Option<Vec<String>>,
    #[serde(
        rename = "weitereStaatsangehoerigkeitenErfassung",
        skip_serializing_if = "Option::is_none"
    )]
    pub weitere_staatsangehoerigkeiten_erfassung: Option<WeitereStaatsangehoerigkeitenErfassung>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ZusatzangabenKundeMhb {
    /// Nur für Beschäftigte, wird anderenfalls ignoriert.
    #[serde(rename = "branche", skip_serializing_if = "Option::is_none")]
    pub branche: Option<ZusatzangabenKundeMhbBranche>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Zuteilungszeitpunkt {
    /// Der Zuteilungszeitpunkt muss in der Zukunft liegen.
    /// Pflichtfeld.
    #[serde(rename = "zeitpunkt", skip_serializing_if = "Option::is_none")]
    pub zeitpunkt: Option<chrono::NaiveDate>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Zweifamilienhaus {
    #[serde(rename = "fertighaus", skip_serializing_if = "Option::is_none")]
    pub fertighaus: Option<bool>,
    #[serde(rename = "gebaeude", skip_serializing_if = "Option::is_none")]
    pub gebaeude: Option<Gebaeude>,
    #[serde(
        rename = "grundstuecksgroesse",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub grundstuecksgroesse: Option<rust_decimal::Decimal>,
    #[serde(rename = "haustyp", skip_serializing_if = "Option::is_none")]
    pub haustyp: Option<MehrfamilienhausHaustyp>,
    #[serde(rename = "nutzflaechen", skip_serializing_if = "Option::is_none")]
    pub nutzflaechen: Option<Nutzflaechen>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Zwischenfinanzierung {
    #[serde(
        rename = "darlehensbetrag",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub darlehensbetrag: Option<rust_decimal::Decimal>,
    #[serde(
        rename = "detailsZurVerwendung",
        skip_serializing_if = "Option::is_none"
    )]
    pub details_zur_verwendung: Option<String>,
    /// Eindeutige interne ID
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(
        rename = "maximaleLaufzeitInMonaten",
        skip_serializing_if = "Option::is_none"
    )]
    pub maximale_laufzeit_in_monaten: Option<i32>,
    /// Angabe in Prozent.
    #[serde(
        rename = "provision",
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub provision: Option<rust_decimal::Decimal>,
    /// Eindeutige Referenz-ID für diesen Finanzierungsbaustein. Sie gilt nur innerhalb dieses Aufrufs, ist freiwählbar und wird nicht abgespeichert. Auf sie wird beim (optionalen) Ablösen der bestehenden Darlehen bei Anschlussfinanzierung verwiesen.
    #[serde(rename = "referenzId", skip_serializing_if = "Option::is_none")]
    pub referenz_id: Option<String>,
    #[serde(rename = "verwendungszweck", skip_serializing_if = "Option::is_none")]
    pub verwendungszweck: Option<Verwendungszweck>,
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum AbschlussGebuehrenVerrechnung {
Sofortzahlung => "SOFORTZAHLUNG",
Verrechnung => "VERRECHNUNG",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Abschlussgebuehrmodus {
Sofortzahlung => "SOFORTZAHLUNG",
Verrechnung => "VERRECHNUNG",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum AbsicherungUndVorsorgePraeferenzPraeferenz {
VorhandenePruefen => "VORHANDENE_PRUEFEN",
VorhandeneNichtPruefen => "VORHANDENE_NICHT_PRUEFEN",
NichtVorhandenBeraten => "NICHT_VORHANDEN_BERATEN",
NichtVorhandenNichtBeraten => "NICHT_VORHANDEN_NICHT_BERATEN",
Unbedeutend => "UNBEDEUTEND",
KeinePraeferenz => "KEINE_PRAEFERENZ",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Absicherungsfinanzierungsweise {
DurchHauptdarlehen => "DURCH_HAUPTDARLEHEN",
Individuell => "INDIVIDUELL",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum AbzusicherndesRisiko {
Todesfall => "TODESFALL",
Arbeitsunfaehigkeit => "ARBEITSUNFAEHIGKEIT",
Arbeitslosigkeit => "ARBEITSLOSIGKEIT",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Anrede {
Herr => "HERR",
Frau => "FRAU",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum AnzahlGehaelterProJahr {
Zwoelf => "ZWOELF",
ZwoelfEinhalb => "ZWOELF_EINHALB",
Dreizehn => "DREIZEHN",
DreizehnEinhalb => "DREIZEHN_EINHALB",
Vierzehn => "VIERZEHN",
VierzehnEinhalb => "VIERZEHN_EINHALB",
Fuenfzehn => "FUENFZEHN",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Ausweistyp {
Endenergiebedarf => "ENDENERGIEBEDARF",
Endenergieverbrauch => "ENDENERGIEVERBRAUCH",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Bausparkasse {
AachenerBausparkasse => "AACHENER_BAUSPARKASSE",
AlteLeipzigerBauspar => "ALTE_LEIPZIGER_BAUSPAR",
AlteLeipzigerBausparRatenkredit => "ALTE_LEIPZIGER_BAUSPAR_RATENKREDIT",
BausparkasseMainz => "BAUSPARKASSE_MAINZ",
BausparkasseSchwaebischHall => "BAUSPARKASSE_SCHWAEBISCH_HALL",
Bhw => "BHW",
BsqBauspar => "BSQ_BAUSPAR",
DebekaBausparkasse => "DEBEKA_BAUSPARKASSE",
DeutscheBankBauspar => "DEUTSCHE_BANK_BAUSPAR",
Badenia => "BADENIA",
DeutscherRing => "DEUTSCHER_RING",
LbsBayern => "LBS_BAYERN",
LbsNord => "LBS_NORD",
LbsBremen => "LBS_BREMEN",
LbsHessenThueringen => "LBS_HESSEN_THUERINGEN",
LbsSchleswigHolsteinHamburg => "LBS_SCHLESWIG_HOLSTEIN_HAMBURG",
LbsRheinlandPfalz => "LBS_RHEINLAND_PFALZ",
LbsWest => "LBS_WEST",
LbsOst => "LBS_OST",
LbsSaar => "LBS_SAAR",
LbsSuedwest => "LBS_SUEDWEST",
LbsBadenWuerttemberg => "LBS_BADEN_WUERTTEMBERG",
SignalIduna => "SIGNAL_IDUNA",
SignalIdunaBauspar => "SIGNAL_IDUNA_BAUSPAR",
Wuestenrot => "WUESTENROT",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Bauweise {
Massiv => "MASSIV",
Holz => "HOLZ",
GlasStahl => "GLAS_STAHL",
FachwerkMitZiegeln => "FACHWERK_MIT_ZIEGELN",
FachwerkMitStrohLehm => "FACHWERK_MIT_STROH_LEHM",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Berufsbezeichnung {
Altenpfleger => "ALTENPFLEGER",
AmbulanterKrankenpfleger => "AMBULANTER_KRANKENPFLEGER",
Anwalt => "ANWALT",
Apotheker => "APOTHEKER",
Architekt => "ARCHITEKT",
Arzt => "ARZT",
Bestatter => "BESTATTER",
Datenschutzbeauftragter => "DATENSCHUTZBEAUFTRAGTER",
Dekorateur => "DEKORATEUR",
Diaetassistent => "DIAETASSISTENT",
Dolmetscher => "DOLMETSCHER",
EdvBerater => "EDV_BERATER",
Ergotherapeut => "ERGOTHERAPEUT",
Ernaehrungsberater => "ERNAEHRUNGSBERATER",
Fotograf => "FOTOGRAF",
Geograf => "GEOGRAF",
Grafikdesigner => "GRAFIKDESIGNER",
Grafiker => "GRAFIKER",
Hebamme => "HEBAMME",
Heilmasseur => "HEILMASSEUR",
Heilpraktiker => "HEILPRAKTIKER",
Historiker => "HISTORIKER",
Informatiker => "INFORMATIKER",
Ingenieur => "INGENIEUR",
Insolvenzverwalter => "INSOLVENZVERWALTER",
Journalist => "JOURNALIST",
KlassischerKonzertmusiker => "KLASSISCHER_KONZERTMUSIKER",
Konstrukteur => "KONSTRUKTEUR",
Krankengymnast => "KRANKENGYMNAST",
Krankenpfleger => "KRANKENPFLEGER",
Krankenschwester => "KRANKENSCHWESTER",
Logopaede => "LOGOPAEDE",
MedizinischTechnAssistent => "MEDIZINISCH_TECHN_ASSISTENT",
Notar => "NOTAR",
Opernsaenger => "OPERNSAENGER",
Personalberater => "PERSONALBERATER",
Physiotherapeut => "PHYSIOTHERAPEUT",
Psychologe => "PSYCHOLOGE",
Raumausstatter => "RAUMAUSSTATTER",
Rundfunksprecher => "RUNDFUNKSPRECHER",
Sachverstaendiger => "SACHVERSTAENDIGER",
Stadtplaner => "STADTPLANER",
Statiker => "STATIKER",
Steuerberater => "STEUERBERATER",
Tierarzt => "TIERARZT",
Unternehmensberater => "UNTERNEHMENSBERATER",
Vermittler => "VERMITTLER",
WirtschBuchprueferRevisor => "WIRTSCH_BUCHPRUEFER_REVISOR",
Zahnarzt => "ZAHNARZT",
Zahntechniker => "ZAHNTECHNIKER",
Sonstiges => "SONSTIGES",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Berufsgruppe {
Angestellter => "ANGESTELLTER",
Arbeiter => "ARBEITER",
Beamter => "BEAMTER",
Freiberufler => "FREIBERUFLER",
Selbststaendig => "SELBSTSTAENDIG",
Rentner => "RENTNER",
Hausmann => "HAUSMANN",
Privatier => "PRIVATIER",
Soldat => "SOLDAT",
Schueler => "SCHUELER",
Azubi => "AZUBI",
Student => "STUDENT",
Ohne => "OHNE",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Beschaeftigungsstatus {
Unbefristet => "UNBEFRISTET",
Befristet => "BEFRISTET",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum BestandteileDerFinanzierungPraeferenzPraeferenz {
UnkomplizierteFinanzierung => "UNKOMPLIZIERTE_FINANZIERUNG",
WeitereProdukteWillkommen => "WEITERE_PRODUKTE_WILLKOMMEN",
OeffentlicheFoerderungen => "OEFFENTLICHE_FOERDERUNGEN",
KonkreteVorstellungen => "KONKRETE_VORSTELLUNGEN",
KeinePraeferenz => "KEINE_PRAEFERENZ",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Dachgeschoss {
VollAusgebaut => "VOLL_AUSGEBAUT",
TeilweiseAusgebaut => "TEILWEISE_AUSGEBAUT",
NichtAusgebaut => "NICHT_AUSGEBAUT",
Flachdach => "FLACHDACH",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Datenkontext {
TestModus => "TEST_MODUS",
EchtGeschaeft => "ECHT_GESCHAEFT",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Einheit {
Euro => "EURO",
Prozent => "PROZENT",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Einsatz {
KeinEinsatz => "KEIN_EINSATZ",
Verkaufen => "VERKAUFEN",
AlsZusatzsicherheit => "ALS_ZUSATZSICHERHEIT",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum EnergieEffizienzklasse {
APlus => "A_PLUS",
A => "A",
B => "B",
C => "C",
D => "D",
E => "E",
F => "F",
G => "G",
H => "H",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum GebaeudeAusstattung {
StarkGehoben => "STARK_GEHOBEN",
Gehoben => "GEHOBEN",
Mittel => "MITTEL",
Einfach => "EINFACH",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Geschosslage {
Untergeschoss => "UNTERGESCHOSS",
Erdgeschoss => "ERDGESCHOSS",
ErstesObergeschoss => "ERSTES_OBERGESCHOSS",
ZweitesObergeschoss => "ZWEITES_OBERGESCHOSS",
DrittesBisFuenftesObergeschoss => "DRITTES_BIS_FUENFTES_OBERGESCHOSS",
AbSechstesObergeschoss => "AB_SECHSTES_OBERGESCHOSS",
Unbekannt => "UNBEKANNT",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Grundschuldart {
BriefGrundschuld => "BRIEF_GRUNDSCHULD",
BuchGrundschuld => "BUCH_GRUNDSCHULD",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Grundstuecksart {
UnbebautesWohngrundstueck => "UNBEBAUTES_WOHNGRUNDSTUECK",
UnbebautesMischgrundstueck => "UNBEBAUTES_MISCHGRUNDSTUECK",
UnbebautesGewerbegrundstueck => "UNBEBAUTES_GEWERBEGRUNDSTUECK",
LandwirtschaftlichesGrundstueck => "LANDWIRTSCHAFTLICHES_GRUNDSTUECK",
SonstigesGrundstueck => "SONSTIGES_GRUNDSTUECK",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Grundstueckseigentuemer {
OeffentlichKirchlich => "OEFFENTLICH_KIRCHLICH",
Andere => "ANDERE",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum IngGebaeudeAusstattung {
Standard => "STANDARD",
Gehoben => "GEHOBEN",
Ueberdurchschnitt => "UEBERDURCHSCHNITT",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum IngModernisierungElementModernisierungGrad {
Teilweise => "TEILWEISE",
Komplett => "KOMPLETT",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Kellerausbau {
Ausgebaut => "AUSGEBAUT",
TeilweiseAusgebaut => "TEILWEISE_AUSGEBAUT",
Vorhanden => "VORHANDEN",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum KfwEndfaellig {
Nein => "NEIN",
EndfaelligBerechnet => "ENDFAELLIG_BERECHNET",
EndfaelligEigenesAngebot => "ENDFAELLIG_EIGENES_ANGEBOT",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum KfwProgramm153KfwEnergieEffizienzStandard {
Standard40 => "STANDARD_40",
Standard40Plus => "STANDARD_40_PLUS",
Standard40Eek => "STANDARD_40_EEK",
Standard40EekOnly => "STANDARD_40_EEK_ONLY",
Standard40Nh => "STANDARD_40_NH",
Standard55 => "STANDARD_55",
Standard55Eek => "STANDARD_55_EEK",
Standard70 => "STANDARD_70",
Standard70Eek => "STANDARD_70_EEK",
Standard85 => "STANDARD_85",
Standard85Eek => "STANDARD_85_EEK",
Standard100 => "STANDARD_100",
Standard100Eek => "STANDARD_100_EEK",
StandardDenkmal => "STANDARD_DENKMAL",
StandardDenkmalEek => "STANDARD_DENKMAL_EEK",
KlimafreundlichStandard => "KLIMAFREUNDLICH_STANDARD",
KlimafreundlichQng => "KLIMAFREUNDLICH_QNG",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum KfwProgramm261NeubauKfwEnergieEffizienzStandard {
Standard40Plus => "STANDARD_40_PLUS",
Standard40EekOnly => "STANDARD_40_EEK_ONLY",
Standard40Nh => "STANDARD_40_NH",
Standard40 => "STANDARD_40",
Standard40Eek => "STANDARD_40_EEK",
Standard55 => "STANDARD_55",
Standard55Eek => "STANDARD_55_EEK",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum KfwProgramm261SanierungKfwEnergieEffizienzStandard {
Standard40 => "STANDARD_40",
Standard40Eek => "STANDARD_40_EEK",
Standard55 => "STANDARD_55",
Standard55Eek => "STANDARD_55_EEK",
Standard70 => "STANDARD_70",
Standard70Eek => "STANDARD_70_EEK",
Standard85 => "STANDARD_85",
Standard85Eek => "STANDARD_85_EEK",
Standard100 => "STANDARD_100",
Standard100Eek => "STANDARD_100_EEK",
StandardDenkmal => "STANDARD_DENKMAL",
StandardDenkmalEek => "STANDARD_DENKMAL_EEK",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum KfwProgramm297KfwEnergieEffizienzStandard {
KlimafreundlichStandard => "KLIMAFREUNDLICH_STANDARD",
KlimafreundlichQng => "KLIMAFREUNDLICH_QNG",
Standard55 => "STANDARD_55",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum KfwProgramm300KfwEnergieEffizienzStandard {
KlimafreundlichStandard => "KLIMAFREUNDLICH_STANDARD",
KlimafreundlichQng => "KLIMAFREUNDLICH_QNG",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum MehrfamilienhausHaustyp {
Freistehend => "FREISTEHEND",
Kopfhaus => "KOPFHAUS",
Mittelhaus => "MITTELHAUS",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum ModernisierungGrad {
Hoch => "HOCH",
Mittel => "MITTEL",
Gering => "GERING",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum ModernisierungsangabenGrad {
Einfach => "EINFACH",
Mittel => "MITTEL",
Ueberwiegend => "UEBERWIEGEND",
Umfassend => "UMFASSEND",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum PrimaerEnergieTraeger {
OelGas => "OEL_GAS",
PhotovoltaikWindkraft => "PHOTOVOLTAIK_WINDKRAFT",
WaermeKaelte => "WAERME_KAELTE",
Steinkohle => "STEINKOHLE",
Braunkohle => "BRAUNKOHLE",
Netzstrom => "NETZSTROM",
Verdraengungsstrom => "VERDRAENGUNGSSTROM",
Holz => "HOLZ",
Abfaelle => "ABFAELLE",
Sonstiges => "SONSTIGES",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Prioritaet {
Niedrig => "NIEDRIG",
Neutral => "NEUTRAL",
Hoch => "HOCH",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Produktanbieter {
AachenerBank => "AACHENER_BANK",
AachenerBausparkasse => "AACHENER_BAUSPARKASSE",
AbakusBank => "ABAKUS_BANK",
Abrechnungsbank => "ABRECHNUNGSBANK",
AbrngCheck24 => "ABRNG_CHECK24",
AbrechnungsbankRatenkredit => "ABRECHNUNGSBANK_RATENKREDIT",
Abrechnungsbsk => "ABRECHNUNGSBSK",
Academy => "ACADEMY",
Accedobank => "ACCEDOBANK",
AcmVersicherungen => "ACM_VERSICHERUNGEN",
AllgaeuerVoba => "ALLGAEUER_VOBA",
Allianz => "ALLIANZ",
AllianzRatenschutz => "ALLIANZ_RATENSCHUTZ",
AlteLeipzigerBauspar => "ALTE_LEIPZIGER_BAUSPAR",
AlteLeipzigerBausparRatenkredit => "ALTE_LEIPZIGER_BAUSPAR_RATENKREDIT",
AlteLeipzigerBsv => "ALTE_LEIPZIGER_BSV",
Apobank => "APOBANK",
AugsburgAktienbank => "AUGSBURG_AKTIENBANK",
Auxmoney => "AUXMONEY",
AuxmoneyRatenkredit => "AUXMONEY_RATENKREDIT",
Axa => "AXA",
Badenia => "BADENIA",
BankaMarch => "BANKA_MARCH",
Bankia => "BANKIA",
Bankinter => "BANKINTER",
BankvereinWerther => "BANKVEREIN_WERTHER",
Barclaycard => "BARCLAYCARD",
BarclaycardRatenkredit => "BARCLAYCARD_RATENKREDIT",
Barmenia => "BARMENIA",
BaufiDirektbank => "BAUFI_DIREKTBANK",
Baufinanzteambank => "BAUFINANZTEAMBANK",
Baugeldspezialisten => "BAUGELDSPEZIALISTEN",
Bbbank => "BBBANK",
Bbva => "BBVA",
BerlinerSpk => "BERLINER_SPK",
BerlinerVoba => "BERLINER_VOBA",
Berlinerspk => "BERLINERSPK",
Bhw => "BHW",
BhwAuslandsfinanzierung => "BHW_AUSLANDSFINANZIERUNG",
BhwSpeed => "BHW_SPEED",
BhwZusatzprodukte => "BHW_ZUSATZPRODUKTE",
Bkm => "BKM",
Bmn => "BMN",
BordesholmerSpk => "BORDESHOLMER_SPK",
BrandenburgerBank => "BRANDENBURGER_BANK",
BremischeVolksbank => "BREMISCHE_VOLKSBANK",
BshPlattform => "BSH_PLATTFORM",
BskSchwaebischHall => "BSK_SCHWAEBISCH_HALL",
BsqBauspar => "BSQ_BAUSPAR",
BwBank => "BW_BANK",
BwBankEp2 => "BW_BANK_EP2",
Caixabank => "CAIXABANK",
Cardif => "CARDIF",
ClearingBft => "CLEARING_BFT",
CobaAndernach => "COBA_ANDERNACH",
CobaBalingen => "COBA_BALINGEN",
CobaBerlin => "COBA_BERLIN",
CobaDarmstadt => "COBA_DARMSTADT",
CobaDuesseldorf => "COBA_DUESSELDORF",
CobaLeipzig => "COBA_LEIPZIG",
CobaMainz => "COBA_MAINZ",
CobaMeiningen => "COBA_MEININGEN",
CobaNord => "COBA_NORD",
Commerzbank => "COMMERZBANK",
CommerzbankRatenkredit => "COMMERZBANK_RATENKREDIT",
CommerzbankTest => "COMMERZBANK_TEST",
ConsorsFinanzBnpParibasRatenkredit => "CONSORS_FINANZ_BNP_PARIBAS_RATENKREDIT",
CreditEuropeRatenkredit => "CREDIT_EUROPE_RATENKREDIT",
CreditLife => "CREDIT_LIFE",
CreditfairBank => "CREDITFAIR_BANK",
Creditplus => "CREDITPLUS",
CreditplusRatenkredit => "CREDITPLUS_RATENKREDIT",
Creditwebbank => "CREDITWEBBANK",
DebekaBausparkasse => "DEBEKA_BAUSPARKASSE",
DegussaBank => "DEGUSSA_BANK",
DeutscheBankBauspar => "DEUTSCHE_BANK_BAUSPAR",
DeutscheBankIndividuell => "DEUTSCHE_BANK_INDIVIDUELL",
DeutscheBankTopbaufi => "DEUTSCHE_BANK_TOPBAUFI",
DeutscheBankPfk => "DEUTSCHE_BANK_PFK",
DeutscheBankPfkRatenkredit => "DEUTSCHE_BANK_PFK_RATENKREDIT",
DeutscheLebensversicherung => "DEUTSCHE_LEBENSVERSICHERUNG",
DeutscherRing => "DEUTSCHER_RING",
DeutscherRingBsv => "DEUTSCHER_RING_BSV",
DeutscherRingEfi => "DEUTSCHER_RING_EFI",
Devk => "DEVK",
Dkb => "DKB",
DkbRatenkredit => "DKB_RATENKREDIT",
DortmunderVoba => "DORTMUNDER_VOBA",
DrKlein => "DR_KLEIN",
DrKleinDkb => "DR_KLEIN_DKB",
DrKleinIngDiba => "DR_KLEIN_ING_DIBA",
DrKleinNetbank => "DR_KLEIN_NETBANK",
DslBank => "DSL_BANK",
DslBankRatenkredit => "DSL_BANK_RATENKREDIT",
DtBankSa => "DT_BANK_SA",
DtbankFilialeBer => "DTBANK_FILIALE_BER",
DtbankIndividBer => "DTBANK_INDIVID_BER",
DtbankIndividFfm => "DTBANK_INDIVID_FFM",
DtbankIndividHh => "DTBANK_INDIVID_HH",
DtbankIndividKoeln => "DTBANK_INDIVID_KOELN",
DtbankIndividLueb => "DTBANK_INDIVID_LUEB",
DtbankIndividMuc => "DTBANK_INDIVID_MUC",
DzHyp => "DZ_HYP",
DzHypEp => "DZ_HYP_EP",
DzHypTest => "DZ_HYP_TEST",
DzHypOhneRv => "DZ_HYP_OHNE_RV",
DzHypOrvSmart => "DZ_HYP_ORV_SMART",
DzHypVertriebEp => "DZ_HYP_VERTRIEB_EP",
DzPrivatbank => "DZ_PRIVATBANK",
Ellwanger => "ELLWANGER",
ErfurterBank => "ERFURTER_BANK",
Ergo => "ERGO",
EvangelischeBank => "EVANGELISCHE_BANK",
FiTest310 => "FI_TEST_310",
FiTest559 => "FI_TEST_559",
Finansbank => "FINANSBANK",
FoerdeSpk => "FOERDE_SPK",
FrankenbergerBank => "FRANKENBERGER_BANK",
FrankfurterVoba => "FRANKFURTER_VOBA",
Generali => "GENERALI",
GenoBankEssen => "GENO_BANK_ESSEN",
GenobanUnterallgaeu => "GENOBAN_UNTERALLGAEU",
GladbacherBank => "GLADBACHER_BANK",
GladbacherBankEige => "GLADBACHER_BANK_EIGE",
GladbacherBankN => "GLADBACHER_BANK_N",
GladbacherBankWlBank => "GLADBACHER_BANK_WL_BANK",
HamburgerSpk => "HAMBURGER_SPK",
HamburgerVolksbank => "HAMBURGER_VOLKSBANK",
HannoverscheLeben => "HANNOVERSCHE_LEBEN",
HanseaticBank => "HANSEATIC_BANK",
HanseaticBankRatenkredit => "HANSEATIC_BANK_RATENKREDIT",
HarzerVoba => "HARZER_VOBA",
Harzspk => "HARZSPK",
HausbankMuenchen => "HAUSBANK_MUENCHEN",
Hauswohnenbank => "HAUSWOHNENBANK",
Hdi => "HDI",
HdiRatenschutz => "HDI_RATENSCHUTZ",
HeidenheimerVoba => "HEIDENHEIMER_VOBA",
HernerSpk => "HERNER_SPK",
Huk => "HUK",
Hypovereinsbank => "HYPOVEREINSBANK",
IkanoBank => "IKANO_BANK",
IkanoBankRatenkredit => "IKANO_BANK_RATENKREDIT",
IngDiba => "ING_DIBA",
IngDibaRatenkredit => "ING_DIBA_RATENKREDIT",
InsuranceEurope => "INSURANCE_EUROPE",
Intercapital => "INTERCAPITAL",
InvestitionsbankSh => "INVESTITIONSBANK_SH",
KasselSpk => "KASSEL_SPK",
KasselerBank => "KASSELER_BANK",
Kfw => "KFW",
KoelnerBank => "KOELNER_BANK",
KskAhrweiler => "KSK_AHRWEILER",
KskAnhBitter => "KSK_ANH_BITTER",
KskAnhBitterRatenkredit => "KSK_ANH_BITTER_RATENKREDIT",
KskAueSchwarzenberg => "KSK_AUE_SCHWARZENBERG",
KskAugsburg => "KSK_AUGSBURG",
KskBautzen => "KSK_BAUTZEN",
KskBersenbrueck => "KSK_BERSENBRUECK",
KskBiberach => "KSK_BIBERACH",
KskBoeblingen => "KSK_BOEBLINGEN",
KskBoerde => "KSK_BOERDE",
KskDiepholz => "KSK_DIEPHOLZ",
KskDoebeln => "KSK_DOEBELN",
KskDoebelnRatenkredit => "KSK_DOEBELN_RATENKREDIT",
KskDuesseldorf => "KSK_DUESSELDORF",
KskEichsfeld => "KSK_EICHSFELD",
KskErdingDorfen => "KSK_ERDING_DORFEN",
KskEsslingen => "KSK_ESSLINGEN",
KskEuskirchen => "KSK_EUSKIRCHEN",
KskFreudenstadt => "KSK_FREUDENSTADT",
KskGelnhausen => "KSK_GELNHAUSEN",
KskGoeppingen => "KSK_GOEPPINGEN",
KskGrossGerau => "KSK_GROSS_GERAU",
KskHalleWest => "KSK_HALLE_WEST",
KskHeidenheim => "KSK_HEIDENHEIM",
KskHeinsberg => "KSK_HEINSBERG",
KskKaiserslautern => "KSK_KAISERSLAUTERN",
KskKoeln => "KSK_KOELN",
KskKelheim => "KSK_KELHEIM",
KskKusel => "KSK_KUSEL",
KskKuselRatenkredit => "KSK_KUSEL_RATENKREDIT",
KskLimburg => "KSK_LIMBURG",
KskLudwigsburg => "KSK_LUDWIGSBURG",
KskMayen => "KSK_MAYEN",
KskMelle => "KSK_MELLE",
KskMiesbachTegern => "KSK_MIESBACH_TEGERN",
KskMuenchenStarnbergEbersberg => "KSK_MUENCHEN_STARNBERG_EBERSBERG",
KskNordhausen => "KSK_NORDHAUSEN",
KskNordhorn => "KSK_NORDHORN",
KskNortheim => "KSK_NORTHEIM",
KskOsterholz => "KSK_OSTERHOLZ",
KskPeine => "KSK_PEINE",
KskRatzeburg => "KSK_RATZEBURG",
KskRavensburg => "KSK_RAVENSBURG",
KskReutlingen => "KSK_REUTLINGEN",
KskRheinHunsrueck => "KSK_RHEIN_HUNSRUECK",
KskSaaleOrla => "KSK_SAALE_ORLA",
KskSaaleOrlaRatenkredit => "KSK_SAALE_ORLA_RATENKREDIT",
KskSaarlouis => "KSK_SAARLOUIS",
KskSaarpfalz => "KSK_SAARPFALZ",
KskSchwalmEder => "KSK_SCHWALM_EDER",
KskSigmaringen => "KSK_SIGMARINGEN",
KskSoltau => "KSK_SOLTAU",
KskStade => "KSK_STADE",
KskSteinfurt => "KSK_STEINFURT",
KskStendal => "KSK_STENDAL",
KskSyke => "KSK_SYKE",
KskTraunstTrost => "KSK_TRAUNST_TROST",
KskTuebingen => "KSK_TUEBINGEN",
KskTuttlingen => "KSK_TUTTLINGEN",
KskVerden => "KSK_VERDEN",
KskVulkaneifel => "KSK_VULKANEIFEL",
KskWaiblingen => "KSK_WAIBLINGEN",
KskStWendelEv => "KSK_ST_WENDEL_EV",
KskStWendelVm => "KSK_ST_WENDEL_VM",
KskWiedenbrueck => "KSK_WIEDENBRUECK",
KyffSpk => "KYFF_SPK",
LbsBadenWuerttemberg => "LBS_BADEN_WUERTTEMBERG",
LbsBayern => "LBS_BAYERN",
LbsBayernAnnu => "LBS_BAYERN_ANNU",
LbsBayernHvFaeh => "LBS_BAYERN_HV_FAEH",
LbsBayernBausparen => "LBS_BAYERN_BAUSPAREN",
LbsBremen => "LBS_BREMEN",
LbsHessenThueringen => "LBS_HESSEN_THUERINGEN",
LbsMuster => "LBS_MUSTER",
LbsMusterZwei => "LBS_MUSTER_ZWEI",
LbsNord => "LBS_NORD",
LbsOst => "LBS_OST",
LbsRheinlandPfalz => "LBS_RHEINLAND_PFALZ",
LbsSaar => "LBS_SAAR",
LbsSchleswigHolsteinHamburg => "LBS_SCHLESWIG_HOLSTEIN_HAMBURG",
LbsShh => "LBS_SHH",
LbsSuedwest => "LBS_SUEDWEST",
LbsWest => "LBS_WEST",
LifestyleProtection => "LIFESTYLE_PROTECTION",
LifestyleProtectionLebensversicherung => "LIFESTYLE_PROTECTION_LEBENSVERSICHERUNG",
LigaBank => "LIGA_BANK",
LloydsBank => "LLOYDS_BANK",
LBank => "L_BANK",
MaerkischeBank => "MAERKISCHE_BANK",
MainzVoba => "MAINZ_VOBA",
Mhb => "MHB",
MhbGenoKombiEp => "MHB_GENO_KOMBI_EP",
MhbVerbundRelax => "MHB_VERBUND_RELAX",
MhbVerbundVv => "MHB_VERBUND_VV",
MittelbrandenburgischeSpkPotsdam => "MITTELBRANDENBURGISCHE_SPK_POTSDAM",
MittelbrandenburgischeSpkTest => "MITTELBRANDENBURGISCHE_SPK_TEST",
MuenchenerVerein => "MUENCHENER_VEREIN",
MuenchnerBank => "MUENCHNER_BANK",
MusterSpk => "MUSTER_SPK",
MusterRatenschutzversicherung => "MUSTER_RATENSCHUTZVERSICHERUNG",
Musterbank => "MUSTERBANK",
Naev => "NAEV",
NationalBank => "NATIONAL_BANK",
Netbank => "NETBANK",
NetbankRatenkredit => "NETBANK_RATENKREDIT",
NeueLeben => "NEUE_LEBEN",
NeueLebenRatenschutz => "NEUE_LEBEN_RATENSCHUTZ",
NeunNeunHyp => "NEUN_NEUN_HYP",
Nibc => "NIBC",
NiederrSpkRlippe => "NIEDERR_SPK_RLIPPE",
NordOstseeSpk => "NORD_OSTSEE_SPK",
Nordlb => "NORDLB",
NordthueringerVoba => "NORDTHUERINGER_VOBA",
Norisbank => "NORISBANK",
NorisbankRatenkredit => "NORISBANK_RATENKREDIT",
NrwBank => "NRW_BANK",
Oab => "OAB",
OabRatenkredit => "OAB_RATENKREDIT",
Olb => "OLB",
OlbRatenkredit => "OLB_RATENKREDIT",
OneClickBaufi => "ONE_CLICK_BAUFI",
OsdOnline => "OSD_ONLINE",
OstfriesischeVoba => "OSTFRIESISCHE_VOBA",
OstsaechsischeSpkDresden => "OSTSAECHSISCHE_SPK_DRESDEN",
OstseeSpkRostock => "OSTSEE_SPK_ROSTOCK",
OstseeSpkRostockPremium => "OSTSEE_SPK_ROSTOCK_PREMIUM",
PaxBank => "PAX_BANK",
PbLebensversicherung => "PB_LEBENSVERSICHERUNG",
PbVersicherung => "PB_VERSICHERUNG",
Penka => "PENKA",
Pilot => "PILOT",
Postbank => "POSTBANK",
PostbankRatenkredit => "POSTBANK_RATENKREDIT",
Prolosmart => "PROLOSMART",
ProvinzialNw => "PROVINZIAL_NW",
ProvinzialRheinland => "PROVINZIAL_RHEINLAND",
ProvinzialRheinlandRatenschutz => "PROVINZIAL_RHEINLAND_RATENSCHUTZ",
ProvinzialVerbundko => "PROVINZIAL_VERBUNDKO",
ProtectRatenschutz => "PROTECT_RATENSCHUTZ",
PsdBankKielEigen => "PSD_BANK_KIEL_EIGEN",
PsdGpTest => "PSD_GP_TEST",
PsdKielEigen => "PSD_KIEL_EIGEN",
PsdBerlin => "PSD_BERLIN",
PsdBerlinRatenkredit => "PSD_BERLIN_RATENKREDIT",
PsdBraunschweig => "PSD_BRAUNSCHWEIG",
PsdBraunschweigRatenkredit => "PSD_BRAUNSCHWEIG_RATENKREDIT",
PsdHannover => "PSD_HANNOVER",
PsdHannoverRatenkredit => "PSD_HANNOVER_RATENKREDIT",
PsdHessenThueringen => "PSD_HESSEN_THUERINGEN",
PsdHessenThueringenRatenkredit => "PSD_HESSEN_THUERINGEN_RATENKREDIT",
PsdKarlsruheNeustadt => "PSD_KARLSRUHE_NEUSTADT",
PsdKarlsruheBev => "PSD_KARLSRUHE_BEV",
PsdKarlsruheNeustadtRatenkredit => "PSD_KARLSRUHE_NEUSTADT_RATENKREDIT",
PsdKiel => "PSD_KIEL",
PsdKielRatenkredit => "PSD_KIEL_RATENKREDIT",
PsdKoblenz => "PSD_KOBLENZ",
PsdKoblenzRatenkredit => "PSD_KOBLENZ_RATENKREDIT",
PsdKoeln => "PSD_KOELN",
PsdKoelnRatenkredit => "PSD_KOELN_RATENKREDIT",
PsdMuenchen => "PSD_MUENCHEN",
PsdMuenchenRatenkredit => "PSD_MUENCHEN_RATENKREDIT",
PsdMusterbank => "PSD_MUSTERBANK",
PsdNiederbayernOberpfalz => "PSD_NIEDERBAYERN_OBERPFALZ",
PsdNord => "PSD_NORD",
PsdNordFiliale => "PSD_NORD_FILIALE",
PsdNordRatenkredit => "PSD_NORD_RATENKREDIT",
PsdNuernberg => "PSD_NUERNBERG",
PsdNuernbergVerm => "PSD_NUERNBERG_VERM",
PsdRheinneckarsaar => "PSD_RHEINNECKARSAAR",
PsdRheinneckarsBev => "PSD_RHEINNECKARS_BEV",
PsdRheinneckarsaarRatenkredit => "PSD_RHEINNECKARSAAR_RATENKREDIT",
PsdRheinruhr => "PSD_RHEINRUHR",
PsdRheinruhrRatenkredit => "PSD_RHEINRUHR_RATENKREDIT",
PsdTestbank => "PSD_TESTBANK",
PsdWestfalenLippe => "PSD_WESTFALEN_LIPPE",
PsdWestfalenLippeRatenkredit => "PSD_WESTFALEN_LIPPE_RATENKREDIT",
Qlick => "QLICK",
QlickRatenkredit => "QLICK_RATENKREDIT",
RUndVAllgemeineVersicherung => "R_UND_V_ALLGEMEINE_VERSICHERUNG",
RUndVGenoKombEp => "R_UND_V_GENO_KOMB_EP",
RUndVLebensversicherung => "R_UND_V_LEBENSVERSICHERUNG",
RUndVLebenTest => "R_UND_V_LEBEN_TEST",
RUndVVersicherung => "R_UND_V_VERSICHERUNG",
RaibaAltdorfErg => "RAIBA_ALTDORF_ERG",
RaibaArnstorf => "RAIBA_ARNSTORF",
RaibaAschaffenburg => "RAIBA_ASCHAFFENBURG",
RaibaAschberg => "RAIBA_ASCHBERG",
RaibaBadBramstedt => "RAIBA_BAD_BRAMSTEDT",
RaibaBadWindsheim => "RAIBA_BAD_WINDSHEIM",
RaibaBargteheide => "RAIBA_BARGTEHEIDE",
RaibaBaunatal => "RAIBA_BAUNATAL",
RaibaBiberach => "RAIBA_BIBERACH",
RaibaBibertgrund => "RAIBA_BIBERTGRUND",
RaibaChamerLand => "RAIBA_CHAMER_LAND",
RaibaEmsVechte => "RAIBA_EMS_VECHTE",
RaibaEstenfeldBh => "RAIBA_ESTENFELD_BH",
RaibaEssenbach => "RAIBA_ESSENBACH",
RaibaFuldaerLand => "RAIBA_FULDAER_LAND",
RaibaGraefenberg => "RAIBA_GRAEFENBERG",
RaibaGriesstaett => "RAIBA_GRIESSTAETT",
RaibaHandewitt => "RAIBA_HANDEWITT",
RaibaHeilsbronnWin => "RAIBA_HEILSBRONN_WIN",
RaibaHessennord => "RAIBA_HESSENNORD",
RaibaHirschau => "RAIBA_HIRSCHAU",
RaibaHochfranken => "RAIBA_HOCHFRANKEN",
RaibaImDonautal => "RAIBA_IM_DONAUTAL",
RaibaImOberland => "RAIBA_IM_OBERLAND",
RaibaKaiserstuhl => "RAIBA_KAISERSTUHL",
RaibaKemptenOberal => "RAIBA_KEMPTEN_OBERAL",
RaibaKirchheimWalheim => "RAIBA_KIRCHHEIM_WALHEIM",
RaibaKirchweithal => "RAIBA_KIRCHWEITHAL",
RaibaKocherJagst => "RAIBA_KOCHER_JAGST",
RaibaKraichgau => "RAIBA_KRAICHGAU",
RaibaKreisKelheim => "RAIBA_KREIS_KELHEIM",
RaibaLauenburg => "RAIBA_LAUENBURG",
RaibaLeezen => "RAIBA_LEEZEN",
RaibaLoisachtal => "RAIBA_LOISACHTAL",
RaibaMainSpessart => "RAIBA_MAIN_SPESSART",
RaibaMuenchenSued => "RAIBA_MUENCHEN_SUED",
RaibaMutlangen => "RAIBA_MUTLANGEN",
RaibaNuedlingen => "RAIBA_NUEDLINGEN",
RaibaObermainnord => "RAIBA_OBERMAINNORD",
RaibaOldenburg => "RAIBA_OLDENBURG",
RaibaOldenburgA => "RAIBA_OLDENBURG_A",
RaibaOrtenburg => "RAIBA_ORTENBURG",
RaibaOstprignitz => "RAIBA_OSTPRIGNITZ",
RaibaPlankstetten => "RAIBA_PLANKSTETTEN",
RaibaRatzeburg => "RAIBA_RATZEBURG",
RaibaRavensburg => "RAIBA_RAVENSBURG",
RaibaRied => "RAIBA_RIED",
RaibaRosenstein => "RAIBA_ROSENSTEIN",
RaibaRottaler => "RAIBA_ROTTALER",
RaibaSchwabenMitte => "RAIBA_SCHWABEN_MITTE",
RaibaSimmerath => "RAIBA_SIMMERATH",
RaibaStraubing => "RAIBA_STRAUBING",
RaibaSuedstormarn => "RAIBA_SUEDSTORMARN",
RaibaTannhausen => "RAIBA_TANNHAUSEN",
VrTaufkirchenDo => "VR_TAUFKIRCHEN_DO",
RaibaVarelNord => "RAIBA_VAREL_NORD",
RaibaWeissenburg => "RAIBA_WEISSENBURG",
RaibaWesermarsch => "RAIBA_WESERMARSCH",
RaibaWestkreisFuer => "RAIBA_WESTKREIS_FUER",
RaibaZorneding => "RAIBA_ZORNEDING",
RaiffeisenMeinebank => "RAIFFEISEN_MEINEBANK",
RbAltdorfFeucht => "RB_ALTDORF_FEUCHT",
RbAugsburgerlWest => "RB_AUGSBURGERL_WEST",
RbBadKoetzting => "RB_BAD_KOETZTING",
RbElbmarsch => "RB_ELBMARSCH",
RbImKreisCalw => "RB_IM_KREIS_CALW",
RbKissingMering => "RB_KISSING_MERING",
RbNeumarktIDOpf => "RB_NEUMARKT_I_D_OPF",
RbOberpfalzSued => "RB_OBERPFALZ_SUED",
RbUnteresVilstal => "RB_UNTERES_VILSTAL",
RbWerratalLandeck => "RB_WERRATAL_LANDECK",
RbWerratalLandeckRatenkredit => "RB_WERRATAL_LANDECK_RATENKREDIT",
Rbs => "RBS",
RdsBank => "RDS_BANK",
RheingauerVb => "RHEINGAUER_VB",
RheinlandVersicherungen => "RHEINLAND_VERSICHERUNGEN",
RhoenRennstgSpk => "RHOEN_RENNSTG_SPK",
Rimaxx => "RIMAXX",
RostockerVrBank => "ROSTOCKER_VR_BANK",
RvAurich => "RV_AURICH",
RvRheinHaardt => "RV_RHEIN_HAARDT",
SaaleSpk => "SAALE_SPK",
SaalfeldRudolstadt => "SAALFELD_RUDOLSTADT",
Sab => "SAB",
Sabadell => "SABADELL",
SaechsischeAufbau => "SAECHSISCHE_AUFBAU",
SantanderBank => "SANTANDER_BANK",
SantanderCarcredit => "SANTANDER_CARCREDIT",
SantanderCarcreditRatenkredit => "SANTANDER_CARCREDIT_RATENKREDIT",
SantanderConsumerBank => "SANTANDER_CONSUMER_BANK",
SantanderConsumerBankRatenkredit => "SANTANDER_CONSUMER_BANK_RATENKREDIT",
SantanderEs => "SANTANDER_ES",
SantanderExtvertr => "SANTANDER_EXTVERTR",
SantanderInsuranceLife => "SANTANDER_INSURANCE_LIFE",
SbkRheinstetten => "SBK_RHEINSTETTEN",
SebLuxemburg => "SEB_LUXEMBURG",
SignalIduna => "SIGNAL_IDUNA",
SignalIdunaBauspar => "SIGNAL_IDUNA_BAUSPAR",
SignalIdunaRatenkredit => "SIGNAL_IDUNA_RATENKREDIT",
Skatbank => "SKATBANK",
SkatbankRatenkredit => "SKATBANK_RATENKREDIT",
SkbHardt => "SKB_HARDT",
SkgBank => "SKG_BANK",
SkgBankRatenkredit => "SKG_BANK_RATENKREDIT",
Smava => "SMAVA",
SpardaAugsburg => "SPARDA_AUGSBURG",
SpardaAugsburgBev => "SPARDA_AUGSBURG_BEV",
SpardaBerlin => "SPARDA_BERLIN",
SpardaBerlinEigen => "SPARDA_BERLIN_EIGEN",
SpardaBw => "SPARDA_BW",
SpardaGpTest => "SPARDA_GP_TEST",
SpardaHamburg => "SPARDA_HAMBURG",
SpardaHannover => "SPARDA_HANNOVER",
SpardaHessen => "SPARDA_HESSEN",
SpardaHessenBev => "SPARDA_HESSEN_BEV",
SpardaMuenchen => "SPARDA_MUENCHEN",
SpardaMuenchenVerm => "SPARDA_MUENCHEN_VERM",
SpardaMuenchenTop => "SPARDA_MUENCHEN_TOP",
SpardaMuenchenTz => "SPARDA_MUENCHEN_TZ",
SpardaMuenchenVer => "SPARDA_MUENCHEN_VER",
SpardaMuenster => "SPARDA_MUENSTER",
SpardaNuernberg => "SPARDA_NUERNBERG",
SpardaNuernbergBev => "SPARDA_NUERNBERG_BEV",
SpardaOstbayernBev => "SPARDA_OSTBAYERN_BEV",
SpardaSuedwest => "SPARDA_SUEDWEST",
SpardaTest => "SPARDA_TEST",
SpardaWest => "SPARDA_WEST",
SpardaWestFiliale => "SPARDA_WEST_FILIALE",
SpardaWestEigenver => "SPARDA_WEST_EIGENVER",
Sberbank => "SBERBANK",
SberbankRatenkredit => "SBERBANK_RATENKREDIT",
Spielbank => "SPIELBANK",
SpkAachen => "SPK_AACHEN",
SpkAichach => "SPK_AICHACH",
SpkAllgaeu => "SPK_ALLGAEU",
SpkAltenburgerland => "SPK_ALTENBURGERLAND",
SpkAltmarkWest => "SPK_ALTMARK_WEST",
SpkAltoettingMuehl => "SPK_ALTOETTING_MUEHL",
SpkAmNiederrhein => "SPK_AM_NIEDERRHEIN",
SpkAmNiederrheinRatenkredit => "SPK_AM_NIEDERRHEIN_RATENKREDIT",
SpkAmbergSulzbach => "SPK_AMBERG_SULZBACH",
SpkAnDerLippe => "SPK_AN_DER_LIPPE",
SpkAnsbach => "SPK_ANSBACH",
SpkArnsbergSund => "SPK_ARNSBERG_SUND",
SpkArnstadtIlmenau => "SPK_ARNSTADT_ILMENAU",
SpkAschaffenbAlz => "SPK_ASCHAFFENB_ALZ",
SpkAttLenneKirch => "SPK_ATT_LENNE_KIRCH",
SpkAurichNorden => "SPK_AURICH_NORDEN",
SpkBadKissingen => "SPK_BAD_KISSINGEN",
SpkBadNeustadtAds => "SPK_BAD_NEUSTADT_ADS",
SpkBadToelz => "SPK_BAD_TOELZ",
SpkBadOeynhausen => "SPK_BAD_OEYNHAUSEN",
SpkBadenBaden => "SPK_BADEN_BADEN",
SpkBadhersfeld => "SPK_BADHERSFELD",
SpkBamberg => "SPK_BAMBERG",
SpkBarnim => "SPK_BARNIM",
SpkBarnimRatenkredit => "SPK_BARNIM_RATENKREDIT",
SpkBayreuth => "SPK_BAYREUTH",
SpkBeckumWadersloh => "SPK_BECKUM_WADERSLOH",
SpkBensheim => "SPK_BENSHEIM",
SpkBergkamen => "SPK_BERGKAMEN",
SpkBielefeld => "SPK_BIELEFELD",
SpkBochum => "SPK_BOCHUM",
SpkBodensee => "SPK_BODENSEE",
SpkBodenseeEv => "SPK_BODENSEE_EV",
SpkBottrop => "SPK_BOTTROP",
SpkBraunschweig => "SPK_BRAUNSCHWEIG",
SpkBremen => "SPK_BREMEN",
SpkBuehl => "SPK_BUEHL",
SpkBurbachNeun => "SPK_BURBACH_NEUN",
SpkBurgenlandkreis => "SPK_BURGENLANDKREIS",
SpkChemnitz => "SPK_CHEMNITZ",
SpkChemnitzRatenkredit => "SPK_CHEMNITZ_RATENKREDIT",
SpkDachau => "SPK_DACHAU",
SpkDarmstadt => "SPK_DARMSTADT",
SpkDeggendorf => "SPK_DEGGENDORF",
SpkDieburg => "SPK_DIEBURG",
SpkDillenburg => "SPK_DILLENBURG",
SpkDillingen => "SPK_DILLINGEN",
SpkDirekt => "SPK_DIREKT",
SpkDonauwoerth => "SPK_DONAUWOERTH",
SpkDonnersberg => "SPK_DONNERSBERG",
SpkDortmund => "SPK_DORTMUND",
SpkDueren => "SPK_DUEREN",
SpkDuisburg => "SPK_DUISBURG",
SpkEinbeck => "SPK_EINBECK",
SpkElbeElster => "SPK_ELBE_ELSTER",
SpkElmshorn => "SPK_ELMSHORN",
SpkEmden => "SPK_EMDEN",
SpkEmsdetten => "SPK_EMSDETTEN",
SpkEmsland => "SPK_EMSLAND",
SpkEnneBreckerfeld => "SPK_ENNE_BRECKERFELD",
SpkEssen => "SPK_ESSEN",
SpkErlangenHH => "SPK_ERLANGEN_H_H",
SpkFoerde => "SPK_FOERDE",
SpkForchheim => "SPK_FORCHHEIM",
SpkFrankfurt => "SPK_FRANKFURT",
SpkFreiburg => "SPK_FREIBURG",
SpkFreising => "SPK_FREISING",
SpkFreyungGraf => "SPK_FREYUNG_GRAF",
SpkFuerstenfeldbruck => "SPK_FUERSTENFELDBRUCK",
SpkFuerth => "SPK_FUERTH",
SpkFuerthRatenkredit => "SPK_FUERTH_RATENKREDIT",
SpkFulda => "SPK_FULDA",
SpkGelsenkirchen => "SPK_GELSENKIRCHEN",
SpkGeraGreiz => "SPK_GERA_GREIZ",
SpkGermersheim => "SPK_GERMERSHEIM",
SpkGeseke => "SPK_GESEKE",
SpkGevelsbergWet => "SPK_GEVELSBERG_WET",
SpkGiessen => "SPK_GIESSEN",
SpkGifhorn => "SPK_GIFHORN",
SpkGladbeck => "SPK_GLADBECK",
SpkGoettingen => "SPK_GOETTINGEN",
SskGrebenstein => "SSK_GREBENSTEIN",
SpkGuenzburgKrum => "SPK_GUENZBURG_KRUM",
SpkGuetersloh => "SPK_GUETERSLOH",
SpkGummersbach => "SPK_GUMMERSBACH",
SpkHaan => "SPK_HAAN",
SpkHagen => "SPK_HAGEN",
SpkHamelnweserberg => "SPK_HAMELNWESERBERG",
SpkHamm => "SPK_HAMM",
SpkHanau => "SPK_HANAU",
SpkHanauerland => "SPK_HANAUERLAND",
SpkHannover => "SPK_HANNOVER",
SpkHannoverV2 => "SPK_HANNOVER_V2",
SpkHarburgBuxtehude => "SPK_HARBURG_BUXTEHUDE",
SpkHaslachZell => "SPK_HASLACH_ZELL",
SpkHegaubodensee => "SPK_HEGAUBODENSEE",
SpkHeidelberg => "SPK_HEIDELBERG",
SpkHeidelbergRatenkredit => "SPK_HEIDELBERG_RATENKREDIT",
SpkHeilbronn => "SPK_HEILBRONN",
SpkHeilbronnRatenkredit => "SPK_HEILBRONN_RATENKREDIT",
SpkHerford => "SPK_HERFORD",
SpkHildenRatingen => "SPK_HILDEN_RATINGEN",
SpkHildesheim => "SPK_HILDESHEIM",
SpkHochfranken => "SPK_HOCHFRANKEN",
SpkHochrhein => "SPK_HOCHRHEIN",
SpkHochsauerland => "SPK_HOCHSAUERLAND",
SpkHochschwarzwald => "SPK_HOCHSCHWARZWALD",
SpkHochschwarzwaldRatenkredit => "SPK_HOCHSCHWARZWALD_RATENKREDIT",
SpkHoexter => "SPK_HOEXTER",
SpkHolstein => "SPK_HOLSTEIN",
SpkIngolstadtEichst => "SPK_INGOLSTADT_EICHST",
SpkIserlohn => "SPK_ISERLOHN",
SpkJenaSaale => "SPK_JENA_SAALE",
SpkJerichow => "SPK_JERICHOW",
SpkKarlsruheEttlingen => "SPK_KARLSRUHE_ETTLINGEN",
SpkKierspeMeinerz => "SPK_KIERSPE_MEINERZ",
SpkKleve => "SPK_KLEVE",
SpkKoblenz => "SPK_KOBLENZ",
SpkKoelnBonn => "SPK_KOELN_BONN",
SpkKraichgau => "SPK_KRAICHGAU",
SpkKreditpartner => "SPK_KREDITPARTNER",
SpkKreditpartnerRatenkredit => "SPK_KREDITPARTNER_RATENKREDIT",
SpkKrefeld => "SPK_KREFELD",
SpkKulmbachKr => "SPK_KULMBACH_KR",
SpkLandkreisCham => "SPK_LANDKREIS_CHAM",
SpkLandsbergdiessen => "SPK_LANDSBERGDIESSEN",
SpkLandshut => "SPK_LANDSHUT",
SpkLangenSeligenstadt => "SPK_LANGEN_SELIGENSTADT",
SpkLaubachHungen => "SPK_LAUBACH_HUNGEN",
SpkLeerwittmund => "SPK_LEERWITTMUND",
SpkLeipzig => "SPK_LEIPZIG",
SpkLeipzigRatenkredit => "SPK_LEIPZIG_RATENKREDIT",
SpkLemgo => "SPK_LEMGO",
SpkLeverkusen => "SPK_LEVERKUSEN",
SpkLippstadt => "SPK_LIPPSTADT",
SpkLkSchwandorf => "SPK_LK_SCHWANDORF",
SpkLoerrach => "SPK_LOERRACH",
SpkLuebeck => "SPK_LUEBECK",
SpkLuedenscheid => "SPK_LUEDENSCHEID",
SpkLueneburg => "SPK_LUENEBURG",
SpkMaerkSauerland => "SPK_MAERK_SAUERLAND",
SpkMaerkischOderland => "SPK_MAERKISCH_ODERLAND",
SpkMainWuerz => "SPK_MAIN_WUERZ",
SpkMainz => "SPK_MAINZ",
SpkMansfeldSuedharz => "SPK_MANSFELD_SUEDHARZ",
SpkMansfeldSuedharzRatenkredit => "SPK_MANSFELD_SUEDHARZ_RATENKREDIT",
SpkMarburgBieden => "SPK_MARBURG_BIEDEN",
SpkMarkgraefl => "SPK_MARKGRAEFL",
SpkMecklbstrelitz => "SPK_MECKLBSTRELITZ",
SpkMecklenburgNordwest => "SPK_MECKLENBURG_NORDWEST",
SpkMecklenburgSchwerin => "SPK_MECKLENBURG_SCHWERIN",
SpkMeissen => "SPK_MEISSEN",
SpkMeissenRatenkredit => "SPK_MEISSEN_RATENKREDIT",
SpkMiltenObern => "SPK_MILTEN_OBERN",
SpkMindenLuebbecke => "SPK_MINDEN_LUEBBECKE",
SpkMittelbrbSt => "SPK_MITTELBRB_ST",
SpkMittelbrbTest => "SPK_MITTELBRB_TEST",
SpkMittelholstein => "SPK_MITTELHOLSTEIN",
SpkMittelfrSued => "SPK_MITTELFR_SUED",
SpkMittelmosel => "SPK_MITTELMOSEL",
SpkMittelsachsen => "SPK_MITTELSACHSEN",
SpkMittelthueringen => "SPK_MITTELTHUERINGEN",
SpkMittenImSauerl => "SPK_MITTEN_IM_SAUERL",
SpkMoosburg => "SPK_MOOSBURG",
SpkMuelheim => "SPK_MUELHEIM",
SpkMuensterlandOst => "SPK_MUENSTERLAND_OST",
SpkMueritz => "SPK_MUERITZ",
SpkMuldental => "SPK_MULDENTAL",
SpkMuldentalRatenkredit => "SPK_MULDENTAL_RATENKREDIT",
SpkMusterZwei => "SPK_MUSTER_ZWEI",
SpkMusterDrei => "SPK_MUSTER_DREI",
SpkMusterVier => "SPK_MUSTER_VIER",
SpkNaspa => "SPK_NASPA",
SpkNbrandbgD => "SPK_NBRANDBG_D",
SpkNeckartalOdenwa => "SPK_NECKARTAL_ODENWA",
SpkNeuUlm => "SPK_NEU_ULM",
SpkNeuburgrain => "SPK_NEUBURGRAIN",
SpkNeumarkt => "SPK_NEUMARKT",
SpkNeunkirchen => "SPK_NEUNKIRCHEN",
SpkNeuss => "SPK_NEUSS",
SpkNeuwied => "SPK_NEUWIED",
SpkNiederbayernMi => "SPK_NIEDERBAYERN_MI",
SpkNiederlausitz => "SPK_NIEDERLAUSITZ",
SpkNienburg => "SPK_NIENBURG",
SpkNuernberg => "SPK_NUERNBERG",
SpkOberhessen => "SPK_OBERHESSEN",
SpkOberland => "SPK_OBERLAND",
SpkOberlausitzN => "SPK_OBERLAUSITZ_N",
SpkOberpfalzNord => "SPK_OBERPFALZ_NORD",
SpkOderSpree => "SPK_ODER_SPREE",
SpkOffenbach => "SPK_OFFENBACH",
SpkOffenburgOrt => "SPK_OFFENBURG_ORT",
SpkOldenburg => "SPK_OLDENBURG",
SpkOlpe => "SPK_OLPE",
SpkOsnabrueck => "SPK_OSNABRUECK",
SpkOsterode => "SPK_OSTERODE",
SpkOstprignitz => "SPK_OSTPRIGNITZ",
SpkOstprignitzRatenkredit => "SPK_OSTPRIGNITZ_RATENKREDIT",
SpkPaderbornDet => "SPK_PADERBORN_DET",
SpkParchim => "SPK_PARCHIM",
SpkPassau => "SPK_PASSAU",
SpkPfaffenhofen => "SPK_PFAFFENHOFEN",
SpkPforzheimCalw => "SPK_PFORZHEIM_CALW",
SpkPrignitz => "SPK_PRIGNITZ",
SpkRadevormwald => "SPK_RADEVORMWALD",
SpkRastattGern => "SPK_RASTATT_GERN",
SpkRegensburg => "SPK_REGENSBURG",
SpkRegenViechtach => "SPK_REGEN_VIECHTACH",
SpkRheinHaardt => "SPK_RHEIN_HAARDT",
SpkRheinNahe => "SPK_RHEIN_NAHE",
SpkRheinNeckarN => "SPK_RHEIN_NECKAR_N",
SpkRosenheimBad => "SPK_ROSENHEIM_BAD",
SpkRotenburgBrv => "SPK_ROTENBURG_BRV",
SpkRottalInn => "SPK_ROTTAL_INN",
SpkRuegen => "SPK_RUEGEN",
SpkSaarbruecken => "SPK_SAARBRUECKEN",
SpkSaarbrueckenRatenkredit => "SPK_SAARBRUECKEN_RATENKREDIT",
SpkSalemHeiligenb => "SPK_SALEM_HEILIGENB",
SpkSalzland => "SPK_SALZLAND",
SpkSalzlandEv => "SPK_SALZLAND_EV",
SpkSchaumburg => "SPK_SCHAUMBURG",
SpkScheessel => "SPK_SCHEESSEL",
SpkSchwarzwaldBaar => "SPK_SCHWARZWALD_BAAR",
SpkSchwaebischHall => "SPK_SCHWAEBISCH_HALL",
SpkSchweinfurtHas => "SPK_SCHWEINFURT_HAS",
SpkSiegen => "SPK_SIEGEN",
SpkSoest => "SPK_SOEST",
SpkSonneberg => "SPK_SONNEBERG",
SpkSpreeNeisse => "SPK_SPREE_NEISSE",
SpkStBlasien => "SPK_ST_BLASIEN",
SpkStade => "SPK_STADE",
SpkStarkenburg => "SPK_STARKENBURG",
SpkSuedholstein => "SPK_SUEDHOLSTEIN",
SpkSuedholsteinEv => "SPK_SUEDHOLSTEIN_EV",
SpkSuedwestpfalz => "SPK_SUEDWESTPFALZ",
SpkTauberfranken => "SPK_TAUBERFRANKEN",
SpkTaunus => "SPK_TAUNUS",
SpkTest => "SPK_TEST",
SpkTestRatenkredit => "SPK_TEST_RATENKREDIT",
SpkTuttlingen => "SPK_TUTTLINGEN",
SpkUckermark => "SPK_UCKERMARK",
SpkUeckerrandow => "SPK_UECKERRANDOW",
SpkUeckerrandowRatenkredit => "SPK_UECKERRANDOW_RATENKREDIT",
SpkUeLueDa => "SPK_UE_LUE_DA",
SpkUlm => "SPK_ULM",
SpkUnnaKamen => "SPK_UNNA_KAMEN",
SpkUnstrutHainich => "SPK_UNSTRUT_HAINICH",
SpkVerMaerkKreis => "SPK_VER_MAERK_KREIS",
SpkVestReckling => "SPK_VEST_RECKLING",
SpkVogtland => "SPK_VOGTLAND",
SpkVogtlandRatenkredit => "SPK_VOGTLAND_RATENKREDIT",
SpkVorderpfalz => "SPK_VORDERPFALZ",
SpkVorpommern => "SPK_VORPOMMERN",
SpkWaldeckFrankenb => "SPK_WALDECK_FRANKENB",
SpkWaldeckFrankenberg => "SPK_WALDECK_FRANKENBERG",
SpkWalsrode => "SPK_WALSRODE",
SpkWalsrodeRatenkredit => "SPK_WALSRODE_RATENKREDIT",
SpkWerl => "SPK_WERL",
SpkWerraMeissner => "SPK_WERRA_MEISSNER",
SpkWesel => "SPK_WESEL",
SpkWesterwaldsieg => "SPK_WESTERWALDSIEG",
SpkWestholstein => "SPK_WESTHOLSTEIN",
SpkWestmuensterland => "SPK_WESTMUENSTERLAND",
SpkWetzlar => "SPK_WETZLAR",
SpkWiehl => "SPK_WIEHL",
SpkWilhelmshaven => "SPK_WILHELMSHAVEN",
SpkWitten => "SPK_WITTEN",
SpkWittenberg => "SPK_WITTENBERG",
SpkWittenbergRatenkredit => "SPK_WITTENBERG_RATENKREDIT",
SpkWittgenstein => "SPK_WITTGENSTEIN",
SpkWormsAlzeyRied => "SPK_WORMS_ALZEY_RIED",
SpkZwickau => "SPK_ZWICKAU",
Spreewaldbank => "SPREEWALDBANK",
SskAugsburg => "SSK_AUGSBURG",
SskBadPyrmont => "SSK_BAD_PYRMONT",
SskBocholt => "SSK_BOCHOLT",
SskBurgdorf => "SSK_BURGDORF",
SskCuxhaven => "SSK_CUXHAVEN",
SskDelbrueck => "SSK_DELBRUECK",
SskDessau => "SSK_DESSAU",
SskHalternAmSee => "SSK_HALTERN_AM_SEE",
SskLengerich => "SSK_LENGERICH",
SskMagdeburg => "SSK_MAGDEBURG",
SskMoenchengladbach => "SSK_MOENCHENGLADBACH",
SskOberhausen => "SSK_OBERHAUSEN",
SskRahden => "SSK_RAHDEN",
SskRemscheid => "SSK_REMSCHEID",
SskSchwedt => "SSK_SCHWEDT",
SskSchwelm => "SSK_SCHWELM",
SskSchwerte => "SSK_SCHWERTE",
SskSolingen => "SSK_SOLINGEN",
SskWedel => "SSK_WEDEL",
SskWermelskirchen => "SSK_WERMELSKIRCHEN",
SspkAugsburg => "SSPK_AUGSBURG",
SspkDdorf => "SSPK_DDORF",
SspkMuenchen => "SSPK_MUENCHEN",
SspkWuppertal => "SSPK_WUPPERTAL",
StWendelerLand => "ST_WENDELER_LAND",
Starpoolbank => "STARPOOLBANK",
SteylerBank => "STEYLER_BANK",
Suedwestbank => "SUEDWESTBANK",
Suedwestkreditbank => "SUEDWESTKREDITBANK",
SuedwestkreditbankRatenkredit => "SUEDWESTKREDITBANK_RATENKREDIT",
Support => "SUPPORT",
SvSparkassenvers => "SV_SPARKASSENVERS",
SvSpkversSta => "SV_SPKVERS_STA",
SwissLife => "SWISS_LIFE",
SylterBank => "SYLTER_BANK",
Szb => "SZB",
TargoVersicherungen => "TARGO_VERSICHERUNGEN",
Targobank => "TARGOBANK",
TargobankEs => "TARGOBANK_ES",
TargobankRatenkredit => "TARGOBANK_RATENKREDIT",
TestVerbundpartner => "TEST_VERBUNDPARTNER",
Universa => "UNIVERSA",
VbDuesseldorfR => "VB_DUESSELDORF_R",
VbGmhuetteHagenB => "VB_GMHUETTE_HAGEN_B",
VbJever => "VB_JEVER",
VbKurURhein => "VB_KUR_U_RHEIN",
VbMarlRecklinghaus => "VB_MARL_RECKLINGHAUS",
VbMindenerLand => "VB_MINDENER_LAND",
VbOldenburg => "VB_OLDENBURG",
VbReutlingen => "VB_REUTLINGEN",
VbRottweil => "VB_ROTTWEIL",
VbSuedEmsland => "VB_SUED_EMSLAND",
Vgh => "VGH",
Vkb => "VKB",
VobaAbtsgmuender => "VOBA_ABTSGMUENDER",
VobaAhlenSassenberg => "VOBA_AHLEN_SASSENBERG",
VobaAlbstadt => "VOBA_ALBSTADT",
VobaAllgOberschwab => "VOBA_ALLG_OBERSCHWAB",
VobaAltshausen => "VOBA_ALTSHAUSEN",
VobaAlzeyWorms => "VOBA_ALZEY_WORMS",
VobaAmWuerttemberg => "VOBA_AM_WUERTTEMBERG",
VobaAmmerbuch => "VOBA_AMMERBUCH",
VobaAnDerNiers => "VOBA_AN_DER_NIERS",
VobaApobank => "VOBA_APOBANK",
VobaBacknang => "VOBA_BACKNANG",
VobaBadOeynhausen => "VOBA_BAD_OEYNHAUSEN",
VobaBadSaulgau => "VOBA_BAD_SAULGAU",
VobaBadenBadenR => "VOBA_BADEN_BADEN_R",
VobaBaumberge => "VOBA_BAUMBERGE",
VobaBautzen => "VOBA_BAUTZEN",
VobaBeckumEigen => "VOBA_BECKUM_EIGEN",
VobaBensberger => "VOBA_BENSBERGER",
VobaBerg => "VOBA_BERG",
VobaBerlin => "VOBA_BERLIN",
VobaBiggeLenne => "VOBA_BIGGE_LENNE",
VobaBocholt => "VOBA_BOCHOLT",
VobaBochumWitten => "VOBA_BOCHUM_WITTEN",
VobaBoeblingen => "VOBA_BOEBLINGEN",
VobaBoerdeBernburg => "VOBA_BOERDE_BERNBURG",
VobaBonnRheinSieg => "VOBA_BONN_RHEIN_SIEG",
VobaBramgauWittlag => "VOBA_BRAMGAU_WITTLAG",
VobaBraunschweig => "VOBA_BRAUNSCHWEIG",
VobaBreisgauNord => "VOBA_BREISGAU_NORD",
VobaBreisgauSued => "VOBA_BREISGAU_SUED",
VobaBremenNord => "VOBA_BREMEN_NORD",
VobaBremerhavenCux => "VOBA_BREMERHAVEN_CUX",
VobaBrenztal => "VOBA_BRENZTAL",
VobaBruchsal => "VOBA_BRUCHSAL",
VobaBruhrain => "VOBA_BRUHRAIN",
VobaButzbach => "VOBA_BUTZBACH",
VobaChemnitz => "VOBA_CHEMNITZ",
VobaDammerBerge => "VOBA_DAMMER_BERGE",
VobaDarmstadtSuedh => "VOBA_DARMSTADT_SUEDH",
VobaDelitzsch => "VOBA_DELITZSCH",
VobaDelmenhorstSch => "VOBA_DELMENHORST_SCH",
VobaDill => "VOBA_DILL",
VobaDonauNeckar => "VOBA_DONAU_NECKAR",
VobaDornstetten => "VOBA_DORNSTETTEN",
VobaDortmund => "VOBA_DORTMUND",
VobaDreiech => "VOBA_DREIECH",
VobaDreilaendereck => "VOBA_DREILAENDERECK",
VobaDuesseldorfNaev => "VOBA_DUESSELDORF_NAEV",
VobaDuesseldorfNeuss => "VOBA_DUESSELDORF_NEUSS",
VobaDuessneussW => "VOBA_DUESSNEUSS_W",
VobaEdekabank => "VOBA_EDEKABANK",
VobaElsenWewer => "VOBA_ELSEN_WEWER",
VobaErft => "VOBA_ERFT",
VobaErmstalAlb => "VOBA_ERMSTAL_ALB",
VobaEssenCappeln => "VOBA_ESSEN_CAPPELN",
VobaEsslingen => "VOBA_ESSLINGEN",
VobaEttlingen => "VOBA_ETTLINGEN",
VobaEuskirchen => "VOBA_EUSKIRCHEN",
VobaFilder => "VOBA_FILDER",
VobaFilderEigen => "VOBA_FILDER_EIGEN",
VobaFranken => "VOBA_FRANKEN",
VobaFredenbeckOld => "VOBA_FREDENBECK_OLD",
VobaFreiburg => "VOBA_FREIBURG",
VobaFreudenstadt => "VOBA_FREUDENSTADT",
VobaFriedrichshafen => "VOBA_FRIEDRICHSHAFEN",
VobaFuerstenfeldbruck => "VOBA_FUERSTENFELDBRUCK",
VobaGera => "VOBA_GERA",
VobaGescher => "VOBA_GESCHER",
VobaGoeppingen => "VOBA_GOEPPINGEN",
VobaGrafschafter => "VOBA_GRAFSCHAFTER",
VobaGreifswald => "VOBA_GREIFSWALD",
VobaGreven => "VOBA_GREVEN",
VobaGronauAhaBev => "VOBA_GRONAU_AHA_BEV",
VobaGronauAhaus => "VOBA_GRONAU_AHAUS",
VobaGuetersloh => "VOBA_GUETERSLOH",
VobaHameln => "VOBA_HAMELN",
VobaHannover => "VOBA_HANNOVER",
VobaHalleSaale => "VOBA_HALLE_SAALE",
VobaHalleWestf => "VOBA_HALLE_WESTF",
VobaHaseluenne => "VOBA_HASELUENNE",
VobaHassberge => "VOBA_HASSBERGE",
VobaHeidelberger => "VOBA_HEIDELBERGER",
VobaHeilbronn => "VOBA_HEILBRONN",
VobaHeinsberg => "VOBA_HEINSBERG",
VobaHellweg => "VOBA_HELLWEG",
VobaHelmstedt => "VOBA_HELMSTEDT",
VobaHerrenbergRottenburg => "VOBA_HERRENBERG_ROTTENBURG",
VobaHildboerde => "VOBA_HILDBOERDE",
VobaHildesheim => "VOBA_HILDESHEIM",
VobaHilterMelle => "VOBA_HILTER_MELLE",
VobaHochrhein => "VOBA_HOCHRHEIN",
VobaHohenlohe => "VOBA_HOHENLOHE",
VobaHohenMark => "VOBA_HOHEN_MARK",
VobaHohenzollernBa => "VOBA_HOHENZOLLERN_BA",
VobaHunsrueckNahe => "VOBA_HUNSRUECK_NAHE",
VobaImHarz => "VOBA_IM_HARZ",
VobaImHochsauerlan => "VOBA_IM_HOCHSAUERLAN",
VobaImUnterland => "VOBA_IM_UNTERLAND",
VobaKaiserslUeber => "VOBA_KAISERSL_UEBER",
VobaKaiserslautern => "VOBA_KAISERSLAUTERN",
VobaKamenWerne => "VOBA_KAMEN_WERNE",
VobaKarlsruhe => "VOBA_KARLSRUHE",
VobaKdBank => "VOBA_KD_BANK",
VobaKieler => "VOBA_KIELER",
VobaKirchheim => "VOBA_KIRCHHEIM",
VobaKlettkauWut => "VOBA_KLETTKAU_WUT",
VobaKlettgauWut => "VOBA_KLETTGAU_WUT",
VobaKleverland => "VOBA_KLEVERLAND",
VobaKonstanz => "VOBA_KONSTANZ",
VobaKraichgau => "VOBA_KRAICHGAU",
VobaKrefeld => "VOBA_KREFELD",
VobaLahr => "VOBA_LAHR",
VobaLaupheimIll => "VOBA_LAUPHEIM_ILL",
VobaLauterbachSchl => "VOBA_LAUTERBACH_SCHL",
VobaLingen => "VOBA_LINGEN",
VobaLippstadt => "VOBA_LIPPSTADT",
VobaLippstadtUeber => "VOBA_LIPPSTADT_UEBER",
VobaLoebauZittau => "VOBA_LOEBAU_ZITTAU",
VobaLoeningen => "VOBA_LOENINGEN",
VobaLohneMuehlen => "VOBA_LOHNE_MUEHLEN",
VobaLuebeck => "VOBA_LUEBECK",
VobaLuebeck1 => "VOBA_LUEBECK_1",
VobaLueneburgerHeide => "VOBA_LUENEBURGER_HEIDE",
VobaMaerkischeBank => "VOBA_MAERKISCHE_BANK",
VobaMaerkischKreis => "VOBA_MAERKISCH_KREIS",
VobaMainTauberFlx => "VOBA_MAIN_TAUBER_FLX",
VobaMainTauber => "VOBA_MAIN_TAUBER",
VobaMaingau => "VOBA_MAINGAU",
VobaMainspitze => "VOBA_MAINSPITZE",
VobaMainz => "VOBA_MAINZ",
VobaMeissenGrossenhain => "VOBA_MEISSEN_GROSSENHAIN",
VobaMemmingen => "VOBA_MEMMINGEN",
VobaMemmingenEigen => "VOBA_MEMMINGEN_EIGEN",
VobaMeerbusch => "VOBA_MEERBUSCH",
VobaMemmingenW => "VOBA_MEMMINGEN_W",
VobaMerz => "VOBA_MERZ",
VobaMittelhessen => "VOBA_MITTELHESSEN",
VobaMittschwarzwald => "VOBA_MITTSCHWARZWALD",
VobaMittweida => "VOBA_MITTWEIDA",
VobaMittweidaM => "VOBA_MITTWEIDA_M",
VobaMittweidaRatenkredit => "VOBA_MITTWEIDA_RATENKREDIT",
VobaMittweidaW => "VOBA_MITTWEIDA_W",
VobaModau => "VOBA_MODAU",
VobaMosbach => "VOBA_MOSBACH",
VobaMuellheim => "VOBA_MUELLHEIM",
VobaMuenchenLand => "VOBA_MUENCHEN_LAND",
VobaMuenordEigen => "VOBA_MUENORD_EIGEN",
VobaMuensingen => "VOBA_MUENSINGEN",
VobaMuenster => "VOBA_MUENSTER",
VobaMuensterMhb => "VOBA_MUENSTER_MHB",
VobaMuensterNaev => "VOBA_MUENSTER_NAEV",
VobaMuensterWl => "VOBA_MUENSTER_WL",
VobaNagoldtal => "VOBA_NAGOLDTAL",
VobaNeckartal => "VOBA_NECKARTAL",
VobaNiebuell => "VOBA_NIEBUELL",
VobaNiederrhein => "VOBA_NIEDERRHEIN",
VobaNiedersaMitte => "VOBA_NIEDERSA_MITTE",
VobaNiederschlesien => "VOBA_NIEDERSCHLESIEN",
VobaNienburg => "VOBA_NIENBURG",
VobaNordharz => "VOBA_NORDHARZ",
VobaNordoberpfalz => "VOBA_NORDOBERPFALZ",
VobaNordschwarzw => "VOBA_NORDSCHWARZW",
VobaNottuln => "VOBA_NOTTULN",
VobaOberberg => "VOBA_OBERBERG",
VobaOeynhausenSpez => "VOBA_OEYNHAUSEN_SPEZ",
VobaOffenburg => "VOBA_OFFENBURG",
VobaOffenburgSlbst => "VOBA_OFFENBURG_SLBST",
VobaPaderbornHoexter => "VOBA_PADERBORN_HOEXTER",
VobaPforzheim => "VOBA_PFORZHEIM",
VobaPinneberg => "VOBA_PINNEBERG",
VobaPirna => "VOBA_PIRNA",
VobaPlochingen => "VOBA_PLOCHINGEN",
VobaPommern => "VOBA_POMMERN",
VobaRemscheidSolingen => "VOBA_REMSCHEID_SOLINGEN",
VobaRemseck => "VOBA_REMSECK",
VobaReutlingen => "VOBA_REUTLINGEN",
VobaRheinAhrE => "VOBA_RHEIN_AHR_E",
VobaRheinLahn => "VOBA_RHEIN_LAHN",
VobaRheinLippe => "VOBA_RHEIN_LIPPE",
VobaRheinRuhr => "VOBA_RHEIN_RUHR",
VobaRheinWehra => "VOBA_RHEIN_WEHRA",
VobaRheinWupper => "VOBA_RHEIN_WUPPER",
VobaRiesa => "VOBA_RIESA",
VobaRnhBadKreuz => "VOBA_RNH_BAD_KREUZ",
VobaRuesselsheim => "VOBA_RUESSELSHEIM",
VobaRuhrMitte => "VOBA_RUHR_MITTE",
VobaSauerland => "VOBA_SAUERLAND",
VobaSchaumburg => "VOBA_SCHAUMBURG",
VobaSchlangen => "VOBA_SCHLANGEN",
VobaSchnathorst => "VOBA_SCHNATHORST",
VobaSchwarzwaBev => "VOBA_SCHWARZWA_BEV",
VobaSchwarzwDonau => "VOBA_SCHWARZW_DONAU",
VobaSeesen => "VOBA_SEESEN",
VobaSelmBork => "VOBA_SELM_BORK",
VobaSiegerland => "VOBA_SIEGERLAND",
VobaSolling => "VOBA_SOLLING",
VobaSpardaMuenchen => "VOBA_SPARDA_MUENCHEN",
VobaSpreeNeisse => "VOBA_SPREE_NEISSE",
VobaSprockhoevel => "VOBA_SPROCKHOEVEL",
VobaStadeCuxhaven => "VOBA_STADE_CUXHAVEN",
VobaStarnberg => "VOBA_STARNBERG",
VobaStendal => "VOBA_STENDAL",
VobaStutensee => "VOBA_STUTENSEE",
VobaStuttgart => "VOBA_STUTTGART",
VobaSuedheide => "VOBA_SUEDHEIDE",
VobaSuedmuensterl => "VOBA_SUEDMUENSTERL",
VobaSyke => "VOBA_SYKE",
VobaTest => "VOBA_TEST",
VobaTrier => "VOBA_TRIER",
VobaUeberlingen => "VOBA_UEBERLINGEN",
VobaUelzenSalz => "VOBA_UELZEN_SALZ",
VobaUlmBiberach => "VOBA_ULM_BIBERACH",
VobaVechta => "VOBA_VECHTA",
VobaVillingen => "VOBA_VILLINGEN",
VobaVogtland => "VOBA_VOGTLAND",
VobaWaltrop => "VOBA_WALTROP",
VobaWeinheim => "VOBA_WEINHEIM",
VobaWeschnitztal => "VOBA_WESCHNITZTAL",
VobaWeschnitztalRe => "VOBA_WESCHNITZTAL_RE",
VobaWesterkappelnS => "VOBA_WESTERKAPPELN_S",
VobaWestmuensterland => "VOBA_WESTMUENSTERLAND",
VobaWestrhauderfehn => "VOBA_WESTRHAUDERFEHN",
SpkMilten => "SPK_MILTEN",
SpkSuedWeinstrasse => "SPK_SUED_WEINSTRASSE",
SskBlomberg => "SSK_BLOMBERG",
SskKaiserslautern => "SSK_KAISERSLAUTERN",
SpkFinnentrop => "SPK_FINNENTROP",
SpkCelle => "SPK_CELLE",
SpkCoburgLichten => "SPK_COBURG_LICHTEN",
VbViersen => "VB_VIERSEN",
VobaWestthueringen => "VOBA_WESTTHUERINGEN",
VobaWhv => "VOBA_WHV",
VobaWiesbaden => "VOBA_WIESBADEN",
VobaWilhelmshaven => "VOBA_WILHELMSHAVEN",
VobaWuemmeWieste => "VOBA_WUEMME_WIESTE",
VobaZuffenhausen => "VOBA_ZUFFENHAUSEN",
VolkswohlBund => "VOLKSWOHL_BUND",
VonEssenBank => "VON_ESSEN_BANK",
VonEssenBankRatenkredit => "VON_ESSEN_BANK_RATENKREDIT",
VonEssenBankgh => "VON_ESSEN_BANKGH",
VrAltenburgerLand => "VR_ALTENBURGER_LAND",
VrAmberg => "VR_AMBERG",
VrBadHersfeld => "VR_BAD_HERSFELD",
VrBadKissingen => "VR_BAD_KISSINGEN",
VrBamberg => "VR_BAMBERG",
VrBankCoburg => "VR_BANK_COBURG",
VrBankDinklageSte => "VR_BANK_DINKLAGE_STE",
VrBankInMittelbad => "VR_BANK_IN_MITTELBAD",
VrBankMittlereObe => "VR_BANK_MITTLERE_OBE",
VrBankMonheim => "VR_BANK_MONHEIM",
VrBankOstalb => "VR_BANK_OSTALB",
VrBankWuerselen => "VR_BANK_WUERSELEN",
VrBayernMitte => "VR_BAYERN_MITTE",
VrBernhauserBank => "VR_BERNHAUSER_BANK",
VrChattengau => "VR_CHATTENGAU",
VrDachau => "VR_DACHAU",
VrDefaultGenopace => "VR_DEFAULT_GENOPACE",
VrDonauMindel => "VR_DONAU_MINDEL",
VrDresden => "VR_DRESDEN",
VrDzpbTest => "VR_DZPB_TEST",
VrEllwangen => "VR_ELLWANGEN",
VrErding => "VR_ERDING",
VrErlangen => "VR_ERLANGEN",
VrFeuchtwangen => "VR_FEUCHTWANGEN",
VrFichtelgebirge => "VR_FICHTELGEBIRGE",
VrFlaeming => "VR_FLAEMING",
VrFlensburgSchles => "VR_FLENSBURG_SCHLES",
VrFresena => "VR_FRESENA",
VrFulda => "VR_FULDA",
VrGeiselhoering => "VR_GEISELHOERING",
VrGenobankDonau => "VR_GENOBANK_DONAU",
VrGlauchau => "VR_GLAUCHAU",
VrHessenland => "VR_HESSENLAND",
VrHunsrueckMosel => "VR_HUNSRUECK_MOSEL",
VrImEnzkreis => "VR_IM_ENZKREIS",
VrIsarVils => "VR_ISAR_VILS",
VrItzehoe => "VR_ITZEHOE",
VrKaufbeurenOstall => "VR_KAUFBEUREN_OSTALL",
VrKitzingen => "VR_KITZINGEN",
VrLandauMengkofen => "VR_LANDAU_MENGKOFEN",
VrLausitz => "VR_LAUSITZ",
VrLeonberg => "VR_LEONBERG",
VrLevoBank => "VR_LEVO_BANK",
VrLichtenfels => "VR_LICHTENFELS",
VrMainKinzig => "VR_MAIN_KINZIG",
VrMainKinzigVer => "VR_MAIN_KINZIG_VER",
VrMecklenburg => "VR_MECKLENBURG",
VrMeineBank => "VR_MEINE_BANK",
VrMerkurPrivatbank => "VR_MERKUR_PRIVATBANK",
VrMittelfranken => "VR_MITTELFRANKEN",
VrMittelhaardt => "VR_MITTELHAARDT",
VrMittelsachsen => "VR_MITTELSACHSEN",
VrMusterbank => "VR_MUSTERBANK",
VrMusterbankBto => "VR_MUSTERBANK_BTO",
VrMusterbankKam => "VR_MUSTERBANK_KAM",
VrMusterbankVrb => "VR_MUSTERBANK_VRB",
VrNeuUlm => "VR_NEU_ULM",
VrNeuburgRain => "VR_NEUBURG_RAIN",
VrNiederbayernOber => "VR_NIEDERBAYERN_OBER",
VrNiederschlesien => "VR_NIEDERSCHLESIEN",
VrNordeifel => "VR_NORDEIFEL",
VrNordrhoen => "VR_NORDRHOEN",
VrNuernberg => "VR_NUERNBERG",
VrOberbayernSo => "VR_OBERBAYERN_SO",
VrOberfrankenMitte => "VR_OBERFRANKEN_MITTE",
VrOderSpree => "VR_ODER_SPREE",
VrOstbayernMitte => "VR_OSTBAYERN_MITTE",
VrOstholstein => "VR_OSTHOLSTEIN",
VrPassau => "VR_PASSAU",
VrRegensburgSchwan => "VR_REGENSBURG_SCHWAN",
VrRheinErft => "VR_RHEIN_ERFT",
VrRheinMosel => "VR_RHEIN_MOSEL",
VrRheinNeckar => "VR_RHEIN_NECKAR",
VrRheinSieg => "VR_RHEIN_SIEG",
VrRhoenGrabfeld => "VR_RHOEN_GRABFELD",
VrRiedlingen => "VR_RIEDLINGEN",
VrRies => "VR_RIES",
VrRosenheim => "VR_ROSENHEIM",
VrRottal => "VR_ROTTAL",
VrSaaleOrla => "VR_SAALE_ORLA",
VrSaaleOrlaEigen => "VR_SAALE_ORLA_EIGEN",
VrSaaleUnstrut => "VR_SAALE_UNSTRUT",
VrSchleswigMittelh => "VR_SCHLESWIG_MITTELH",
VrSchwaebhallcrail => "VR_SCHWAEBHALLCRAIL",
VrSchweinfurt => "VR_SCHWEINFURT",
VrSchwerin => "VR_SCHWERIN",
VrSchwerinFiliale => "VR_SCHWERIN_FILIALE",
VrSpangenbergMor => "VR_SPANGENBERG_MOR",
VrSpardaHessenBev => "VR_SPARDA_HESSEN_BEV",
VrSteinlachWH => "VR_STEINLACH_W_H",
VrSuedbank => "VR_SUEDBANK",
VrSuedlWeinstrasse => "VR_SUEDL_WEINSTRASSE",
VrSuedniedersachsen => "VR_SUEDNIEDERSACHSEN",
VrSuedpfalz => "VR_SUEDPFALZ",
VrSuedthueringen => "VR_SUEDTHUERINGEN",
VrTorgau => "VR_TORGAU",
VrUckermarkRandow => "VR_UCKERMARK_RANDOW",
VrUntertaunus => "VR_UNTERTAUNUS",
VrVilshofen => "VR_VILSHOFEN",
VrWaldeckerBank => "VR_WALDECKER_BANK",
VrWerdenfelsGarm => "VR_WERDENFELS_GARM",
VrWerraMeissner => "VR_WERRA_MEISSNER",
VrWestkueste => "VR_WESTKUESTE",
VrWestthueringen => "VR_WESTTHUERINGEN",
VrWuerzburg => "VR_WUERZBURG",
VrWykAufFoehr => "VR_WYK_AUF_FOEHR",
VrbBayreuthHof => "VRB_BAYREUTH_HOF",
VrbSuedwestpfalz => "VRB_SUEDWESTPFALZ",
VskGoch => "VSK_GOCH",
VspkEschenbNeust => "VSPK_ESCHENB_NEUST",
VspkGunzenhausen => "VSPK_GUNZENHAUSEN",
VvagTableau => "VVAG_TABLEAU",
VvbBrakel => "VVB_BRAKEL",
VvbDorsten => "VVB_DORSTEN",
VvbHude => "VVB_HUDE",
VvbSulzbachSaar => "VVB_SULZBACH_SAAR",
VvrbRheinheim => "VVRB_RHEINHEIM",
VvrbRheinheimRatenkredit => "VVRB_RHEINHEIM_RATENKREDIT",
VvrbWittlich => "VVRB_WITTLICH",
Vzn => "VZN",
WartburgSpk => "WARTBURG_SPK",
Weberbank => "WEBERBANK",
WeserElbeSpk => "WESER_ELBE_SPK",
WesterwaldBank => "WESTERWALD_BANK",
WlBank => "WL_BANK",
WlBankHypoI => "WL_BANK_HYPO_I",
Wuerttembergische => "WUERTTEMBERGISCHE",
Wuestenrot => "WUESTENROT",
WuestenrotRatenkredit => "WUESTENROT_RATENKREDIT",
Zeitgewinnbank => "ZEITGEWINNBANK",
Zurich => "ZURICH",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum ReihenhausHaustyp {
Kopfhaus => "KOPFHAUS",
Mittelhaus => "MITTELHAUS",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Riesterzulagenverwendung {
Sonderzahlung => "SONDERZAHLUNG",
Verrechnung => "VERRECHNUNG",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum StellplatzTyp {
Stellplatz => "STELLPLATZ",
Carport => "CARPORT",
Garage => "GARAGE",
DoppelGarage => "DOPPEL_GARAGE",
KellerGarage => "KELLER_GARAGE",
TiefgaragenStellplatz => "TIEFGARAGEN_STELLPLATZ",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum TarifListe {
BkmMaxPremiumOptimal => "BKM_MAX_PREMIUM_OPTIMAL",
BkmMaxPremiumNiedrigeSparrate => "BKM_MAX_PREMIUM_NIEDRIGE_SPARRATE",
BkmMaxPremiumNiedrigeTilgung => "BKM_MAX_PREMIUM_NIEDRIGE_TILGUNG",
BkmMaxPremiumBesterZins => "BKM_MAX_PREMIUM_BESTER_ZINS",
BkmHausPlusOptimal => "BKM_HAUS_PLUS_OPTIMAL",
BkmHausPlusNiedrigeSparrate => "BKM_HAUS_PLUS_NIEDRIGE_SPARRATE",
BkmHausPlusNiedrigeTilgung => "BKM_HAUS_PLUS_NIEDRIGE_TILGUNG",
BkmHausPlusBesterZins => "BKM_HAUS_PLUS_BESTER_ZINS",
BkmZinsPlus2Bonus => "BKM_ZINS_PLUS_2_BONUS",
BkmZinsPlus3Bonus => "BKM_ZINS_PLUS_3_BONUS",
BkmHausPlusWahlzuteilung => "BKM_HAUS_PLUS_WAHLZUTEILUNG",
BkmHausPlusKombi => "BKM_HAUS_PLUS_KOMBI",
BkmHausPlusGarantieKonstantRate => "BKM_HAUS_PLUS_GARANTIE_KONSTANT_RATE",
FuchsImmo1 => "FUCHS_IMMO_1",
FuchsImmo1Plus => "FUCHS_IMMO_1_PLUS",
FuchsImmo2 => "FUCHS_IMMO_2",
FuchsImmo3 => "FUCHS_IMMO_3",
FuchsImmo4 => "FUCHS_IMMO_4",
FuchsImmo5 => "FUCHS_IMMO_5",
FuchsImmo6 => "FUCHS_IMMO_6",
FuchsImmo7 => "FUCHS_IMMO_7",
FuchsEcoXe => "FUCHS_ECO_XE",
FuchsEcoXt => "FUCHS_ECO_XT",
FuchsImmoWp => "FUCHS_IMMO_WP",
FuchsImmoWs => "FUCHS_IMMO_WS",
FuchsImmoXl => "FUCHS_IMMO_XL",
FuchsImmoXp => "FUCHS_IMMO_XP",
FuchsImmoXs => "FUCHS_IMMO_XS",
FuchsStartXx => "FUCHS_START_XX",
FuchsStartXy => "FUCHS_START_XY",
FuchsEcoXe06 => "FUCHS_ECO_XE_06",
FuchsImmoXl06 => "FUCHS_IMMO_XL_06",
FuchsImmoXp06 => "FUCHS_IMMO_XP_06",
FuchsImmoXs06 => "FUCHS_IMMO_XS_06",
FuchsStartXx06 => "FUCHS_START_XX_06",
FuchsStartXr06 => "FUCHS_START_XR_06",
FuchsImmoWp06 => "FUCHS_IMMO_WP_06",
FuchsImmoWs06 => "FUCHS_IMMO_WS_06",
FuchsImmoWl06 => "FUCHS_IMMO_WL_06",
LbsBayernF6Plus => "LBS_BAYERN_F6_PLUS",
LbsBayernF9 => "LBS_BAYERN_F9",
LbsBayernFu4 => "LBS_BAYERN_FU4",
LbsBayernFu4Riester => "LBS_BAYERN_FU4_RIESTER",
LbsBayernFu5 => "LBS_BAYERN_FU5",
LbsBayernFu5Riester => "LBS_BAYERN_FU5_RIESTER",
LbsBayernFu6 => "LBS_BAYERN_FU6",
LbsBayernFu6Riester => "LBS_BAYERN_FU6_RIESTER",
LbsBayernFu6PlusRiester => "LBS_BAYERN_FU6_PLUS_RIESTER",
LbsBayernFu9Riester => "LBS_BAYERN_FU9_RIESTER",
LbsBayernN4Plus => "LBS_BAYERN_N4_PLUS",
LbsBayernN4PlusRiester => "LBS_BAYERN_N4_PLUS_RIESTER",
LbsBayernN5 => "LBS_BAYERN_N5",
LbsBayernN5Riester => "LBS_BAYERN_N5_RIESTER",
LbsBayernN5Plus => "LBS_BAYERN_N5_PLUS",
LbsBayernN5PlusRiester => "LBS_BAYERN_N5_PLUS_RIESTER",
LbsBayernN6Plus => "LBS_BAYERN_N6_PLUS",
LbsBayernN6PlusRiester => "LBS_BAYERN_N6_PLUS_RIESTER",
LbsBayernN8 => "LBS_BAYERN_N8",
LbsBayernN8Riester => "LBS_BAYERN_N8_RIESTER",
LbsBayernT4Plus => "LBS_BAYERN_T4_PLUS",
LbsBayernT4PlusRiester => "LBS_BAYERN_T4_PLUS_RIESTER",
LbsBayernT5Plus => "LBS_BAYERN_T5_PLUS",
LbsBayernT5PlusRiester => "LBS_BAYERN_T5_PLUS_RIESTER",
LbsBayernT6Plus => "LBS_BAYERN_T6_PLUS",
LbsBayernT6PlusRiester => "LBS_BAYERN_T6_PLUS_RIESTER",
LbsBayernT8 => "LBS_BAYERN_T8",
LbsBayernT8Riester => "LBS_BAYERN_T8_RIESTER",
LbsBayernT5 => "LBS_BAYERN_T5",
LbsBayernT5Riester => "LBS_BAYERN_T5_RIESTER",
LbsBayernU4Plus => "LBS_BAYERN_U4_PLUS",
LbsBayernU4PlusRiester => "LBS_BAYERN_U4_PLUS_RIESTER",
LbsBayernU5Plus => "LBS_BAYERN_U5_PLUS",
LbsBayernU5PlusRiester => "LBS_BAYERN_U5_PLUS_RIESTER",
LbsBayernU6Plus => "LBS_BAYERN_U6_PLUS",
LbsBayernU6PlusRiester => "LBS_BAYERN_U6_PLUS_RIESTER",
LbsBayernU8 => "LBS_BAYERN_U8",
LbsBayernU8Riester => "LBS_BAYERN_U8_RIESTER",
LbsBayernU9 => "LBS_BAYERN_U9",
LbsBayernU9Riester => "LBS_BAYERN_U9_RIESTER",
LbsBayernU5 => "LBS_BAYERN_U5",
LbsBayernU5Riester => "LBS_BAYERN_U5_RIESTER",
LbsBayernV18 => "LBS_BAYERN_V18",
LbsBayernV25 => "LBS_BAYERN_V25",
LbsBayernV30 => "LBS_BAYERN_V30",
LbsBayernW4 => "LBS_BAYERN_W4",
LbsBayernW4Riester => "LBS_BAYERN_W4_RIESTER",
LbsBayernW6 => "LBS_BAYERN_W6",
LbsBayernW6Riester => "LBS_BAYERN_W6_RIESTER",
LbsBayernW9 => "LBS_BAYERN_W9",
LbsBayernW4X30 => "LBS_BAYERN_W4_X30",
LbsBayernW4X35 => "LBS_BAYERN_W4_X35",
LbsBayernW4X40 => "LBS_BAYERN_W4_X40",
LbsBayernWf => "LBS_BAYERN_WF",
LbsBayernWu => "LBS_BAYERN_WU",
LbsBayernZ35 => "LBS_BAYERN_Z35",
LbsBayernZ35Riester => "LBS_BAYERN_Z35_RIESTER",
LbsBayernZ5 => "LBS_BAYERN_Z5",
LbsBayernZ5Riester => "LBS_BAYERN_Z5_RIESTER",
LbsBayernZ8 => "LBS_BAYERN_Z8",
LbsBayernZf => "LBS_BAYERN_ZF",
LbsBayernZfX45 => "LBS_BAYERN_ZF_X45",
LbsBayernZfX45Riester => "LBS_BAYERN_ZF_X45_RIESTER",
LbsBayernZfX40 => "LBS_BAYERN_ZF_X40",
LbsBayernZfX40Riester => "LBS_BAYERN_ZF_X40_RIESTER",
LbsBayernZfX35 => "LBS_BAYERN_ZF_X35",
LbsBayernZfX35Riester => "LBS_BAYERN_ZF_X35_RIESTER",
LbsSuedAnkommer35 => "LBS_SUED_ANKOMMER_3_5",
LbsSuedAnkommer5 => "LBS_SUED_ANKOMMER_5",
LbsSuedAnkommer6 => "LBS_SUED_ANKOMMER_6",
LbsSuedBonusbringer => "LBS_SUED_BONUSBRINGER",
LbsSuedSprinter => "LBS_SUED_SPRINTER",
LbsSuedSprinterE => "LBS_SUED_SPRINTER_E",
LbsSuedZinssparer => "LBS_SUED_ZINSSPARER",
LbsSuedSprinterRiester => "LBS_SUED_SPRINTER_RIESTER",
LbsSuedSprinterERiester => "LBS_SUED_SPRINTER_E_RIESTER",
LbsSuedVorsorgerRiester => "LBS_SUED_VORSORGER_RIESTER",
LbsHtClassicS2015 => "LBS_HT_CLASSIC_S_2015",
LbsHtClassicF2015 => "LBS_HT_CLASSIC_F_2015",
LbsHtClassicL2015 => "LBS_HT_CLASSIC_L_2015",
LbsHtClassicN2015 => "LBS_HT_CLASSIC_N_2015",
LbsHtHomeM => "LBS_HT_HOME_M",
LbsHtHomeL => "LBS_HT_HOME_L",
LbsHtHomeXl => "LBS_HT_HOME_XL",
LbsHtComfortS => "LBS_HT_COMFORT_S",
LbsHtComfortN => "LBS_HT_COMFORT_N",
LbsHtFlex => "LBS_HT_FLEX",
LbsNordwestTraumstartYoung => "LBS_NORDWEST_TRAUMSTART_YOUNG",
LbsNordwestWtFin10V12024 => "LBS_NORDWEST_WT_FIN_10_V1_2024",
LbsNordwestWtFin10V22024 => "LBS_NORDWEST_WT_FIN_10_V2_2024",
LbsNordwestWtFin122024 => "LBS_NORDWEST_WT_FIN_12_2024",
LbsNordwestWtFin15V12024 => "LBS_NORDWEST_WT_FIN_15_V1_2024",
LbsNordwestWtFin15V22024 => "LBS_NORDWEST_WT_FIN_15_V2_2024",
LbsNordwestWtFinSpezial2024 => "LBS_NORDWEST_WT_FIN_SPEZIAL_2024",
LbsNordwestWtMini2024 => "LBS_NORDWEST_WT_MINI_2024",
LbsNordwestWtModEcoflex2024 => "LBS_NORDWEST_WT_MOD_ECOFLEX_2024",
LbsNordwestWtModFlex2024 => "LBS_NORDWEST_WT_MOD_FLEX_2024",
LbsNordwestWtModEcosprint2024 => "LBS_NORDWEST_WT_MOD_ECOSPRINT_2024",
LbsNordwestWtModSprint2024 => "LBS_NORDWEST_WT_MOD_SPRINT_2024",
LbsNordwestWtPlus => "LBS_NORDWEST_WT_PLUS",
LbsNordwestWtFin10V12024R => "LBS_NORDWEST_WT_FIN_10_V1_2024_R",
LbsNordwestWtFin10V22024R => "LBS_NORDWEST_WT_FIN_10_V2_2024_R",
LbsNordwestWtFin15V12024R => "LBS_NORDWEST_WT_FIN_15_V1_2024_R",
LbsNordwestWtFin15V22024R => "LBS_NORDWEST_WT_FIN_15_V2_2024_R",
LbsNordwestWtSpezial2024R => "LBS_NORDWEST_WT_SPEZIAL_2024_R",
LbsNordwestWtModEcoflex2024R => "LBS_NORDWEST_WT_MOD_ECOFLEX_2024_R",
LbsNordwestWtModFlex2024R => "LBS_NORDWEST_WT_MOD_FLEX_2024_R",
LbsNordwestBestandClassic06L => "LBS_NORDWEST_BESTAND_CLASSIC_06_L",
LbsNordwestBestandClassic06N => "LBS_NORDWEST_BESTAND_CLASSIC_06_N",
LbsNordwestBestandClassic06S => "LBS_NORDWEST_BESTAND_CLASSIC_06_S",
LbsNordwestBestandClassic11F => "LBS_NORDWEST_BESTAND_CLASSIC_11_F",
LbsNordwestBestandClassic11FMaxi => "LBS_NORDWEST_BESTAND_CLASSIC_11_F_MAXI",
LbsNordwestBestandClassic11L => "LBS_NORDWEST_BESTAND_CLASSIC_11_L",
LbsNordwestBestandClassic11N => "LBS_NORDWEST_BESTAND_CLASSIC_11_N",
LbsNordwestBestandClassic11S => "LBS_NORDWEST_BESTAND_CLASSIC_11_S",
LbsNordwestBestandZuhause13Flex4L => "LBS_NORDWEST_BESTAND_ZUHAUSE_13_FLEX_4_L",
LbsNordwestBestandZuhause13Flex4S => "LBS_NORDWEST_BESTAND_ZUHAUSE_13_FLEX_4_S",
LbsNordwestBestandZuhause13Flex5L => "LBS_NORDWEST_BESTAND_ZUHAUSE_13_FLEX_5_L",
LbsNordwestBestandZuhause13Flex5S => "LBS_NORDWEST_BESTAND_ZUHAUSE_13_FLEX_5_S",
LbsNordwestBestandZuhause13Flex6L => "LBS_NORDWEST_BESTAND_ZUHAUSE_13_FLEX_6_L",
LbsNordwestBestandZuhause13Flex6S => "LBS_NORDWEST_BESTAND_ZUHAUSE_13_FLEX_6_S",
LbsNordwestBestandZuhause13Flex8L => "LBS_NORDWEST_BESTAND_ZUHAUSE_13_FLEX_8_L",
LbsNordwestBestandZuhause13Flex8S => "LBS_NORDWEST_BESTAND_ZUHAUSE_13_FLEX_8_S",
LbsNordwestBestandZuhause13Plus => "LBS_NORDWEST_BESTAND_ZUHAUSE_13_PLUS",
LbsNordwestBestandZuhause15Direkt10 => "LBS_NORDWEST_BESTAND_ZUHAUSE_15_DIREKT_10",
LbsNordwestBestandZuhause15Direkt15 => "LBS_NORDWEST_BESTAND_ZUHAUSE_15_DIREKT_15",
LbsNordwestBestandZuhause15Flex4L => "LBS_NORDWEST_BESTAND_ZUHAUSE_15_FLEX_4_L",
LbsNordwestBestandZuhause15Flex4S => "LBS_NORDWEST_BESTAND_ZUHAUSE_15_FLEX_4_S",
LbsNordwestBestandZuhause15Flex5L => "LBS_NORDWEST_BESTAND_ZUHAUSE_15_FLEX_5_L",
LbsNordwestBestandZuhause15Flex5S => "LBS_NORDWEST_BESTAND_ZUHAUSE_15_FLEX_5_S",
LbsNordwestBestandZuhause15Flex6L => "LBS_NORDWEST_BESTAND_ZUHAUSE_15_FLEX_6_L",
LbsNordwestBestandZuhause15Flex6S => "LBS_NORDWEST_BESTAND_ZUHAUSE_15_FLEX_6_S",
LbsNordwestBestandZuhause15Flex8L => "LBS_NORDWEST_BESTAND_ZUHAUSE_15_FLEX_8_L",
LbsNordwestBestandZuhause15Flex8S => "LBS_NORDWEST_BESTAND_ZUHAUSE_15_FLEX_8_S",
LbsNordwestBestandZuhause15Plus => "LBS_NORDWEST_BESTAND_ZUHAUSE_15_PLUS",
LbsNordwestBestandZuhause17Prima => "LBS_NORDWEST_BESTAND_ZUHAUSE_17_PRIMA",
LbsNordwestBestandZuhause17Prima10 => "LBS_NORDWEST_BESTAND_ZUHAUSE_17_PRIMA_10",
LbsNordClassicGu => "LBS_NORD_CLASSIC_GU",
LbsNordClassicGv => "LBS_NORD_CLASSIC_GV",
LbsNordClassicMiniGm => "LBS_NORD_CLASSIC_MINI_GM",
LbsNordClassicTfGf => "LBS_NORD_CLASSIC_TF_GF",
LbsNordClassicJc => "LBS_NORD_CLASSIC_JC",
LbsNordClassicJv => "LBS_NORD_CLASSIC_JV",
LbsNordClassicMini => "LBS_NORD_CLASSIC_MINI",
LbsNordClassicTfJf => "LBS_NORD_CLASSIC_TF_JF",
LbsNordPlus => "LBS_NORD_PLUS",
LbsNordFinanziererF32016 => "LBS_NORD_FINANZIERER_F3_2016",
LbsNordFinanziererF42016 => "LBS_NORD_FINANZIERER_F4_2016",
LbsNordFinanziererF52016 => "LBS_NORD_FINANZIERER_F5_2016",
LbsNordFinanziererF62016 => "LBS_NORD_FINANZIERER_F6_2016",
LbsNordFinanziererF72016 => "LBS_NORD_FINANZIERER_F7_2016",
LbsNordModernisiererM82016 => "LBS_NORD_MODERNISIERER_M8_2016",
LbsNordModernisiererM102016 => "LBS_NORD_MODERNISIERER_M10_2016",
LbsNordModernisiererMinizins2016 => "LBS_NORD_MODERNISIERER_MINIZINS_2016",
LbsNordStarterS42016 => "LBS_NORD_STARTER_S4_2016",
LbsNordStarterS52016 => "LBS_NORD_STARTER_S5_2016",
LbsNordStarterS62016 => "LBS_NORD_STARTER_S6_2016",
LbsNordNStarterS4 => "LBS_NORD_N_STARTER_S4",
LbsNordNStarterS5 => "LBS_NORD_N_STARTER_S5",
LbsNordNStarterS6 => "LBS_NORD_N_STARTER_S6",
LbsNordNFinanziererF3 => "LBS_NORD_N_FINANZIERER_F3",
LbsNordNFinanziererF4 => "LBS_NORD_N_FINANZIERER_F4",
LbsNordNFinanziererF5 => "LBS_NORD_N_FINANZIERER_F5",
LbsNordNFinanziererF6 => "LBS_NORD_N_FINANZIERER_F6",
LbsNordNFinanziererF7 => "LBS_NORD_N_FINANZIERER_F7",
LbsNordNFinanziererMeinzuhause => "LBS_NORD_N_FINANZIERER_MEINZUHAUSE",
LbsNordNModernisiererMinizins => "LBS_NORD_N_MODERNISIERER_MINIZINS",
LbsNordNModernisiererM8 => "LBS_NORD_N_MODERNISIERER_M8",
LbsNordNModernisiererMx => "LBS_NORD_N_MODERNISIERER_MX",
LbsNordNStarterQ5 => "LBS_NORD_N_STARTER_Q5",
LbsWestBestandZuhauseDirekt10 => "LBS_WEST_BESTAND_ZUHAUSE_DIREKT_10",
LbsWestBestandZuhauseDirekt15 => "LBS_WEST_BESTAND_ZUHAUSE_DIREKT_15",
LbsWestBestandZuhausePrima => "LBS_WEST_BESTAND_ZUHAUSE_PRIMA",
LbsWestBestandZuhauseFlex4 => "LBS_WEST_BESTAND_ZUHAUSE_FLEX_4",
LbsWestBestandZuhauseFlex5 => "LBS_WEST_BESTAND_ZUHAUSE_FLEX_5",
LbsWestBestandZuhauseFlex8 => "LBS_WEST_BESTAND_ZUHAUSE_FLEX_8",
LbsWestBestandZuhauseSpezial => "LBS_WEST_BESTAND_ZUHAUSE_SPEZIAL",
LbsWestBestandRiesterZuhauseDirekt10 => "LBS_WEST_BESTAND_RIESTER_ZUHAUSE_DIREKT_10",
LbsWestBestandRiesterZuhauseDirekt15 => "LBS_WEST_BESTAND_RIESTER_ZUHAUSE_DIREKT_15",
LbsWestBestandRiesterZuhauseFlex4 => "LBS_WEST_BESTAND_RIESTER_ZUHAUSE_FLEX_4",
LbsWestBestandRiesterZuhauseSpezial => "LBS_WEST_BESTAND_RIESTER_ZUHAUSE_SPEZIAL",
LbsOstClassicF15F5 => "LBS_OST_CLASSIC_F15_F5",
LbsOstClassicFH4 => "LBS_OST_CLASSIC_F_H4",
LbsOstClassicFH5 => "LBS_OST_CLASSIC_F_H5",
LbsOstClassic12C4 => "LBS_OST_CLASSIC_12_C4",
LbsOstClassic12C9 => "LBS_OST_CLASSIC_12_C9",
LbsOstVarioFlex => "LBS_OST_VARIO_FLEX",
LbsOstClassic20F3 => "LBS_OST_CLASSIC20_F3",
LbsOstClassic20F8 => "LBS_OST_CLASSIC20_F8",
LbsOstClassic20PlusF => "LBS_OST_CLASSIC20_PLUS_F",
LbsOstFlex22 => "LBS_OST_FLEX_22",
LbsOstKomfort22 => "LBS_OST_KOMFORT_22",
LbsOstSprint22 => "LBS_OST_SPRINT_22",
LbsOstKonstant30V095 => "LBS_OST_KONSTANT30_V095",
LbsOstKonstant30V110 => "LBS_OST_KONSTANT30_V110",
LbsOstKonstant30V130 => "LBS_OST_KONSTANT30_V130",
LbsOstKonstant30V150 => "LBS_OST_KONSTANT30_V150",
LbsOstKonstant30V170 => "LBS_OST_KONSTANT30_V170",
LbsOstKonstant30V190 => "LBS_OST_KONSTANT30_V190",
LbsOstKonstant30V210 => "LBS_OST_KONSTANT30_V210",
LbsOstKonstant30V230 => "LBS_OST_KONSTANT30_V230",
LbsOstKonstant30V250 => "LBS_OST_KONSTANT30_V250",
LbsOstKonstant30V270 => "LBS_OST_KONSTANT30_V270",
LbsOstKonstant30V290 => "LBS_OST_KONSTANT30_V290",
LbsOstKonstant30V310 => "LBS_OST_KONSTANT30_V310",
LbsOstKonstant30V330 => "LBS_OST_KONSTANT30_V330",
LbsOstKonstant30V350 => "LBS_OST_KONSTANT30_V350",
LbsOstKonstant30V370 => "LBS_OST_KONSTANT30_V370",
LbsOstKonstant30V390 => "LBS_OST_KONSTANT30_V390",
LbsOstKonstant30V410 => "LBS_OST_KONSTANT30_V410",
LbsOstKonstant30V430 => "LBS_OST_KONSTANT30_V430",
LbsOstKonstant30V450 => "LBS_OST_KONSTANT30_V450",
LbsOstKonstant30V470 => "LBS_OST_KONSTANT30_V470",
LbsOstKonstant30V490 => "LBS_OST_KONSTANT30_V490",
LbsOstKonstant30V510 => "LBS_OST_KONSTANT30_V510",
LbsOstKonstant30V530 => "LBS_OST_KONSTANT30_V530",
LbsOstKonstant30V550 => "LBS_OST_KONSTANT30_V550",
LbsOstClassic15F3 => "LBS_OST_CLASSIC15_F3",
LbsOstClassic15F4 => "LBS_OST_CLASSIC15_F4",
LbsOstClassic15F5 => "LBS_OST_CLASSIC15_F5",
LbsOstClassic15F6 => "LBS_OST_CLASSIC15_F6",
LbsOstClassic15F8 => "LBS_OST_CLASSIC15_F8",
LbsOstClassic15PlusF => "LBS_OST_CLASSIC15_PLUS_F",
LbsOstClassic15PlusS => "LBS_OST_CLASSIC15_PLUS_S",
LbsOstBestandClassicF4 => "LBS_OST_BESTAND_CLASSIC_F4",
LbsOstBestandClassicF5 => "LBS_OST_BESTAND_CLASSIC_F5",
LbsOstBestandClassicF6 => "LBS_OST_BESTAND_CLASSIC_F6",
LbsNordostBestandShhPrimusSc => "LBS_NORDOST_BESTAND_SHH_PRIMUS_SC",
LbsNordostBestandShhPrimusSd => "LBS_NORDOST_BESTAND_SHH_PRIMUS_SD",
LbsNordostBestandShhPrimusSh => "LBS_NORDOST_BESTAND_SHH_PRIMUS_SH",
LbsNordostBestandShhPrimusSi => "LBS_NORDOST_BESTAND_SHH_PRIMUS_SI",
LbsNordostBestandShhPrimusSj => "LBS_NORDOST_BESTAND_SHH_PRIMUS_SJ",
LbsNordostBestandShhTrendSd => "LBS_NORDOST_BESTAND_SHH_TREND_SD",
LbsNordostBestandShhClassicAusbauTd => "LBS_NORDOST_BESTAND_SHH_CLASSIC_AUSBAU_TD",
LbsNordostBestandShhClassicFormat => "LBS_NORDOST_BESTAND_SHH_CLASSIC_FORMAT",
LbsNordostBestandShhClassicFormatMb => "LBS_NORDOST_BESTAND_SHH_CLASSIC_FORMAT_MB",
LbsNordostBestandShhClassicHausbauTc => "LBS_NORDOST_BESTAND_SHH_CLASSIC_HAUSBAU_TC",
LbsNordostBestandShhClassicHausbauTh => "LBS_NORDOST_BESTAND_SHH_CLASSIC_HAUSBAU_TH",
LbsNordostBestandShhClassicHausbauTi => "LBS_NORDOST_BESTAND_SHH_CLASSIC_HAUSBAU_TI",
LbsNordostBestandShhClassicHausbauTj => "LBS_NORDOST_BESTAND_SHH_CLASSIC_HAUSBAU_TJ",
LbsNordostBestandShhClassicHausbauTk => "LBS_NORDOST_BESTAND_SHH_CLASSIC_HAUSBAU_TK",
LbsNordostBestandShhClassicHausbauTl => "LBS_NORDOST_BESTAND_SHH_CLASSIC_HAUSBAU_TL",
LbsNordostBestandShhClassicHausbauTm => "LBS_NORDOST_BESTAND_SHH_CLASSIC_HAUSBAU_TM",
LbsNordostBestandShhClassicHausbauTn => "LBS_NORDOST_BESTAND_SHH_CLASSIC_HAUSBAU_TN",
LbsNordostBestandShhClassicPerspektive => "LBS_NORDOST_BESTAND_SHH_CLASSIC_PERSPEKTIVE",
LbsNordostBestandShhClassicPerspektiveMa => "LBS_NORDOST_BESTAND_SHH_CLASSIC_PERSPEKTIVE_MA",
LbsNordostBestandShhClassicPrimus => "LBS_NORDOST_BESTAND_SHH_CLASSIC_PRIMUS",
LbsNordostBestandShhClassicPrimusMc => "LBS_NORDOST_BESTAND_SHH_CLASSIC_PRIMUS_MC",
LbsNordostBestandShhClassicPrimusSk => "LBS_NORDOST_BESTAND_SHH_CLASSIC_PRIMUS_SK",
LbsNordostBestandShhClassicPrimusSl => "LBS_NORDOST_BESTAND_SHH_CLASSIC_PRIMUS_SL",
LbsNordostBestandShhClassicPrimusSm => "LBS_NORDOST_BESTAND_SHH_CLASSIC_PRIMUS_SM",
LbsNordostBestandShhClassicPrimusSn => "LBS_NORDOST_BESTAND_SHH_CLASSIC_PRIMUS_SN",
LbsNordostBestandShhClassicTraumhausTb => "LBS_NORDOST_BESTAND_SHH_CLASSIC_TRAUMHAUS_TB",
LbsNordostBestandShhClassicTrend => "LBS_NORDOST_BESTAND_SHH_CLASSIC_TREND",
LbsNordostBestandShhClassicTrendMd => "LBS_NORDOST_BESTAND_SHH_CLASSIC_TREND_MD",
LbsNordostBestandShhClassicVitaSe => "LBS_NORDOST_BESTAND_SHH_CLASSIC_VITA_SE",
LbsNordostBestandShhVitaMe => "LBS_NORDOST_BESTAND_SHH_VITA_ME",
LbsNordostBestandShhVitaOe => "LBS_NORDOST_BESTAND_SHH_VITA_OE",
LbsNordostBestandShhVitaPe => "LBS_NORDOST_BESTAND_SHH_VITA_PE",
LbsNordostBestandShhVitaSe => "LBS_NORDOST_BESTAND_SHH_VITA_SE",
LbsNordostBestandShhPrimusTc => "LBS_NORDOST_BESTAND_SHH_PRIMUS_TC",
LbsNordostBestandShhPrimusTh => "LBS_NORDOST_BESTAND_SHH_PRIMUS_TH",
LbsNordostBestandShhPrimusTi => "LBS_NORDOST_BESTAND_SHH_PRIMUS_TI",
LbsNordostBestandShhPrimusTj => "LBS_NORDOST_BESTAND_SHH_PRIMUS_TJ",
LbsNordostBestandShhPrimusTd => "LBS_NORDOST_BESTAND_SHH_PRIMUS_TD",
LbsNordostBestandShhTrendTd => "LBS_NORDOST_BESTAND_SHH_TREND_TD",
LbsNordostBestandShhClassicTraumhaus => "LBS_NORDOST_BESTAND_SHH_CLASSIC_TRAUMHAUS",
LbsShhPrimusSc => "LBS_SHH_PRIMUS_SC",
LbsShhPrimusSd => "LBS_SHH_PRIMUS_SD",
LbsShhPrimusSh => "LBS_SHH_PRIMUS_SH",
LbsShhPrimusSi => "LBS_SHH_PRIMUS_SI",
LbsShhPrimusSj => "LBS_SHH_PRIMUS_SJ",
LbsShhTrendSd => "LBS_SHH_TREND_SD",
LbsShhPrimusTc => "LBS_SHH_PRIMUS_TC",
LbsShhPrimusTh => "LBS_SHH_PRIMUS_TH",
LbsShhPrimusTi => "LBS_SHH_PRIMUS_TI",
LbsShhPrimusTj => "LBS_SHH_PRIMUS_TJ",
LbsShhPrimusTd => "LBS_SHH_PRIMUS_TD",
LbsShhTrendTd => "LBS_SHH_TREND_TD",
LbsShhClassicTraumhaus => "LBS_SHH_CLASSIC_TRAUMHAUS",
LbsShhClassicAusbauTd => "LBS_SHH_CLASSIC_AUSBAU_TD",
LbsShhClassicFormat => "LBS_SHH_CLASSIC_FORMAT",
LbsShhClassicFormatMb => "LBS_SHH_CLASSIC_FORMAT_MB",
LbsShhClassicHausbauTc => "LBS_SHH_CLASSIC_HAUSBAU_TC",
LbsShhClassicHausbauTh => "LBS_SHH_CLASSIC_HAUSBAU_TH",
LbsShhClassicHausbauTi => "LBS_SHH_CLASSIC_HAUSBAU_TI",
LbsShhClassicHausbauTj => "LBS_SHH_CLASSIC_HAUSBAU_TJ",
LbsShhClassicHausbauTk => "LBS_SHH_CLASSIC_HAUSBAU_TK",
LbsShhClassicHausbauTl => "LBS_SHH_CLASSIC_HAUSBAU_TL",
LbsShhClassicHausbauTm => "LBS_SHH_CLASSIC_HAUSBAU_TM",
LbsShhClassicHausbauTn => "LBS_SHH_CLASSIC_HAUSBAU_TN",
LbsShhClassicPerspektive => "LBS_SHH_CLASSIC_PERSPEKTIVE",
LbsShhClassicPerspektiveMa => "LBS_SHH_CLASSIC_PERSPEKTIVE_MA",
LbsShhClassicPrimus => "LBS_SHH_CLASSIC_PRIMUS",
LbsShhClassicPrimusMc => "LBS_SHH_CLASSIC_PRIMUS_MC",
LbsShhClassicPrimusSk => "LBS_SHH_CLASSIC_PRIMUS_SK",
LbsShhClassicPrimusSl => "LBS_SHH_CLASSIC_PRIMUS_SL",
LbsShhClassicPrimusSm => "LBS_SHH_CLASSIC_PRIMUS_SM",
LbsShhClassicPrimusSn => "LBS_SHH_CLASSIC_PRIMUS_SN",
LbsShhClassicTraumhausTb => "LBS_SHH_CLASSIC_TRAUMHAUS_TB",
LbsShhClassicTrend => "LBS_SHH_CLASSIC_TREND",
LbsShhClassicTrendMd => "LBS_SHH_CLASSIC_TREND_MD",
LbsShhClassicVitaSe => "LBS_SHH_CLASSIC_VITA_SE",
LbsShhVitaMe => "LBS_SHH_VITA_ME",
LbsShhVitaOe => "LBS_SHH_VITA_OE",
LbsShhVitaPe => "LBS_SHH_VITA_PE",
LbsShhVitaSe => "LBS_SHH_VITA_SE",
LbsWestZuhauseDirekt10 => "LBS_WEST_ZUHAUSE_DIREKT_10",
LbsWestZuhauseDirekt15 => "LBS_WEST_ZUHAUSE_DIREKT_15",
LbsWestZuhausePlus => "LBS_WEST_ZUHAUSE_PLUS",
LbsWestZuhauseFlex4S => "LBS_WEST_ZUHAUSE_FLEX_4_S",
LbsWestZuhauseFlex4L => "LBS_WEST_ZUHAUSE_FLEX_4_L",
LbsWestZuhauseFlex5S => "LBS_WEST_ZUHAUSE_FLEX_5_S",
LbsWestZuhauseFlex5L => "LBS_WEST_ZUHAUSE_FLEX_5_L",
LbsWestZuhauseFlex6S => "LBS_WEST_ZUHAUSE_FLEX_6_S",
LbsWestZuhauseFlex6L => "LBS_WEST_ZUHAUSE_FLEX_6_L",
LbsWestZuhauseFlex8S => "LBS_WEST_ZUHAUSE_FLEX_8_S",
LbsWestZuhauseFlex8L => "LBS_WEST_ZUHAUSE_FLEX_8_L",
LbsWestZuhausePrima => "LBS_WEST_ZUHAUSE_PRIMA",
LbsWestZuhausePrima10 => "LBS_WEST_ZUHAUSE_PRIMA_10",
LbsWestZuhauseFlex4 => "LBS_WEST_ZUHAUSE_FLEX_4",
LbsWestZuhauseFlex5 => "LBS_WEST_ZUHAUSE_FLEX_5",
LbsWestZuhauseFlex6 => "LBS_WEST_ZUHAUSE_FLEX_6",
LbsWestZuhauseFlex8 => "LBS_WEST_ZUHAUSE_FLEX_8",
LbsWestZuhauseYoung => "LBS_WEST_ZUHAUSE_YOUNG",
LbsWestZuhauseSpezial => "LBS_WEST_ZUHAUSE_SPEZIAL",
LbsWestRiesterZuhauseDirekt10 => "LBS_WEST_RIESTER_ZUHAUSE_DIREKT_10",
LbsWestRiesterZuhauseDirekt15 => "LBS_WEST_RIESTER_ZUHAUSE_DIREKT_15",
LbsWestRiesterZuhauseDirektPlus => "LBS_WEST_RIESTER_ZUHAUSE_DIREKT_PLUS",
LbsWestRiesterZuhauseFlex4 => "LBS_WEST_RIESTER_ZUHAUSE_FLEX_4",
LbsWestRiesterZuhauseFlex5 => "LBS_WEST_RIESTER_ZUHAUSE_FLEX_5",
LbsWestRiesterZuhauseFlex6 => "LBS_WEST_RIESTER_ZUHAUSE_FLEX_6",
LbsWestRiesterZuhauseFlex8 => "LBS_WEST_RIESTER_ZUHAUSE_FLEX_8",
LbsWestRiesterZuhauseFlex4S => "LBS_WEST_RIESTER_ZUHAUSE_FLEX_4_S",
LbsWestRiesterZuhauseFlex5S => "LBS_WEST_RIESTER_ZUHAUSE_FLEX_5_S",
LbsWestRiesterZuhauseFlex6S => "LBS_WEST_RIESTER_ZUHAUSE_FLEX_6_S",
LbsWestRiesterZuhauseFlex8S => "LBS_WEST_RIESTER_ZUHAUSE_FLEX_8_S",
LbsWestRiesterZuhauseFlex4L => "LBS_WEST_RIESTER_ZUHAUSE_FLEX_4_L",
LbsWestRiesterZuhauseFlex5L => "LBS_WEST_RIESTER_ZUHAUSE_FLEX_5_L",
LbsWestRiesterZuhauseFlex6L => "LBS_WEST_RIESTER_ZUHAUSE_FLEX_6_L",
LbsWestRiesterZuhauseFlex8L => "LBS_WEST_RIESTER_ZUHAUSE_FLEX_8_L",
LbsWestRiesterZuhauseSpezial => "LBS_WEST_RIESTER_ZUHAUSE_SPEZIAL",
LbsWestRiesterKonstant35 => "LBS_WEST_RIESTER_KONSTANT_35",
LbsWestRiesterKonstant40 => "LBS_WEST_RIESTER_KONSTANT_40",
LbsWestRiesterKonstant50 => "LBS_WEST_RIESTER_KONSTANT_50",
LbsWestKonstant35 => "LBS_WEST_KONSTANT_35",
LbsWestKonstant40 => "LBS_WEST_KONSTANT_40",
LbsWestKonstant50 => "LBS_WEST_KONSTANT_50",
LbsWestRiesterKonstant35Angebot => "LBS_WEST_RIESTER_KONSTANT_35_ANGEBOT",
LbsWestRiesterKonstant40Angebot => "LBS_WEST_RIESTER_KONSTANT_40_ANGEBOT",
LbsWestRiesterKonstant50Angebot => "LBS_WEST_RIESTER_KONSTANT_50_ANGEBOT",
LbsWestKonstant35Angebot => "LBS_WEST_KONSTANT_35_ANGEBOT",
LbsWestKonstant40Angebot => "LBS_WEST_KONSTANT_40_ANGEBOT",
LbsWestKonstant50Angebot => "LBS_WEST_KONSTANT_50_ANGEBOT",
LbsSuedwestKlassikPlus2018 => "LBS_SUEDWEST_KLASSIK_PLUS_2018",
LbsSuedwestLangzeitPlus2019 => "LBS_SUEDWEST_LANGZEIT_PLUS_2019",
LbsSuedwestKlassikPlus2020 => "LBS_SUEDWEST_KLASSIK_PLUS_2020",
LbsSuedwestStandardPlus2018 => "LBS_SUEDWEST_STANDARD_PLUS_2018",
LbsSuedwestLangzeitPlusSpezial => "LBS_SUEDWEST_LANGZEIT_PLUS_SPEZIAL",
LbsSuedwestNiedrigzins => "LBS_SUEDWEST_NIEDRIGZINS",
LbsSuedwestZukunftPlus => "LBS_SUEDWEST_ZUKUNFT_PLUS",
LbsSuedwestAnkommer35 => "LBS_SUEDWEST_ANKOMMER_3_5",
LbsSuedwestAnkommer5 => "LBS_SUEDWEST_ANKOMMER_5",
LbsSuedwestAnkommer6 => "LBS_SUEDWEST_ANKOMMER_6",
LbsSuedwestBonusbringer => "LBS_SUEDWEST_BONUSBRINGER",
LbsSuedwestSprinter => "LBS_SUEDWEST_SPRINTER",
LbsSuedwestSprinterE => "LBS_SUEDWEST_SPRINTER_E",
LbsSuedwestZinssparer => "LBS_SUEDWEST_ZINSSPARER",
LbsSuedwestSprinterRiester => "LBS_SUEDWEST_SPRINTER_RIESTER",
LbsSuedwestSprinterERiester => "LBS_SUEDWEST_SPRINTER_E_RIESTER",
LbsSuedwestVorsorgerRiester => "LBS_SUEDWEST_VORSORGER_RIESTER",
LbsSaarPremiumFlex18 => "LBS_SAAR_PREMIUM_FLEX_18",
LbsSaarPremiumSicher18 => "LBS_SAAR_PREMIUM_SICHER_18",
LbsSaarPremiumTop18 => "LBS_SAAR_PREMIUM_TOP_18",
LbsSaarExtraGuenstig18 => "LBS_SAAR_EXTRA_GUENSTIG_18",
LbsSaarExtraSicher18 => "LBS_SAAR_EXTRA_SICHER_18",
LbsSaarExtraSpezial18 => "LBS_SAAR_EXTRA_SPEZIAL_18",
LbsSaarClassic21Zuhause => "LBS_SAAR_CLASSIC_21_ZUHAUSE",
LbsSaarFinanzierer20Zuhause => "LBS_SAAR_FINANZIERER_20_ZUHAUSE",
LbsSaarFinanzierer25Zuhause => "LBS_SAAR_FINANZIERER_25_ZUHAUSE",
LbsSaarFinanzierer30Zuhause => "LBS_SAAR_FINANZIERER_30_ZUHAUSE",
LbsSaarFinanziererKonstantZuhause => "LBS_SAAR_FINANZIERER_KONSTANT_ZUHAUSE",
LbsSaarModernisiererZuhause => "LBS_SAAR_MODERNISIERER_ZUHAUSE",
LbsSaarKlimafitZuhause => "LBS_SAAR_KLIMAFIT_ZUHAUSE",
LbsSaarEinsteiger => "LBS_SAAR_EINSTEIGER",
LbsSaarFinanziererMax => "LBS_SAAR_FINANZIERER_MAX",
LbsSaarKlassik => "LBS_SAAR_KLASSIK",
LbsSaarKlimafit => "LBS_SAAR_KLIMAFIT",
LbsSaarTopRate => "LBS_SAAR_TOP_RATE",
LbsSaarTopZins => "LBS_SAAR_TOP_ZINS",
LbsSaarWohnfit => "LBS_SAAR_WOHNFIT",
SignalIdunaFreiraumF35 => "SIGNAL_IDUNA_FREIRAUM_F_35",
SignalIdunaFreiraumF3516 => "SIGNAL_IDUNA_FREIRAUM_F_35_16",
SignalIdunaFreiraumF45 => "SIGNAL_IDUNA_FREIRAUM_F_45",
SignalIdunaFreiraumF4516 => "SIGNAL_IDUNA_FREIRAUM_F_45_16",
SignalIdunaFreiraumF60 => "SIGNAL_IDUNA_FREIRAUM_F_60",
SignalIdunaFreiraumF30Mz => "SIGNAL_IDUNA_FREIRAUM_F_30_MZ",
SignalIdunaFreiraumF30Mz16 => "SIGNAL_IDUNA_FREIRAUM_F_30_MZ_16",
SignalIdunaFreiraumF35Mz => "SIGNAL_IDUNA_FREIRAUM_F_35_MZ",
SignalIdunaFreiraumF35Mz16 => "SIGNAL_IDUNA_FREIRAUM_F_35_MZ_16",
SignalIdunaFreiraumF40Mz => "SIGNAL_IDUNA_FREIRAUM_F_40_MZ",
SignalIdunaFreiraumF40Mz16 => "SIGNAL_IDUNA_FREIRAUM_F_40_MZ_16",
SignalIdunaFreiraumF45Mz => "SIGNAL_IDUNA_FREIRAUM_F_45_MZ",
SignalIdunaFreiraumF45Mz16 => "SIGNAL_IDUNA_FREIRAUM_F_45_MZ_16",
SignalIdunaFreiraumF50Mz => "SIGNAL_IDUNA_FREIRAUM_F_50_MZ",
SignalIdunaFreiraumF60Mz => "SIGNAL_IDUNA_FREIRAUM_F_60_MZ",
SignalIdunaFreiraumF30 => "SIGNAL_IDUNA_FREIRAUM_F_30",
SignalIdunaFreiraumF3016 => "SIGNAL_IDUNA_FREIRAUM_F_30_16",
SignalIdunaFreiraumF40 => "SIGNAL_IDUNA_FREIRAUM_F_40",
SignalIdunaFreiraumF4016 => "SIGNAL_IDUNA_FREIRAUM_F_40_16",
SignalIdunaFreiraumF50 => "SIGNAL_IDUNA_FREIRAUM_F_50",
SignalIdunaFreiraumF5016 => "SIGNAL_IDUNA_FREIRAUM_F_50_16",
BhwTarifDbC1 => "BHW_TARIF_DB_C1",
BhwTarifDbC1l => "BHW_TARIF_DB_C1L",
BhwTarifDbC1m => "BHW_TARIF_DB_C1M",
BhwTarifDbC2 => "BHW_TARIF_DB_C2",
BhwTarifDbC2l => "BHW_TARIF_DB_C2L",
BhwTarifDbC2m => "BHW_TARIF_DB_C2M",
BhwTarifDbC3 => "BHW_TARIF_DB_C3",
BhwTarifDbC3l => "BHW_TARIF_DB_C3L",
BhwTarifDbC3m => "BHW_TARIF_DB_C3M",
BhwTarifDbC5 => "BHW_TARIF_DB_C5",
BhwTarifDbC5l => "BHW_TARIF_DB_C5L",
BhwTarifDbC5m => "BHW_TARIF_DB_C5M",
BhwTarifDbC7 => "BHW_TARIF_DB_C7",
BhwTarifDbFi1 => "BHW_TARIF_DB_FI1",
BhwTarifDbFi2 => "BHW_TARIF_DB_FI2",
BhwTarifDbFi3 => "BHW_TARIF_DB_FI3",
BhwTarifDbFi4 => "BHW_TARIF_DB_FI4",
BhwTarifDbFi5 => "BHW_TARIF_DB_FI5",
BhwTarifDbFi6 => "BHW_TARIF_DB_FI6",
BhwTarifDbFx1 => "BHW_TARIF_DB_FX1",
BhwTarifDbFx2 => "BHW_TARIF_DB_FX2",
BhwTarifDbFx5 => "BHW_TARIF_DB_FX5",
BhwTarifDbFx6 => "BHW_TARIF_DB_FX6",
BhwTarifDbO1k => "BHW_TARIF_DB_O1K",
BhwTarifDbO1l => "BHW_TARIF_DB_O1L",
BhwTarifDbO1m => "BHW_TARIF_DB_O1M",
BhwTarifDbO2k => "BHW_TARIF_DB_O2K",
BhwTarifDbO2l => "BHW_TARIF_DB_O2L",
BhwTarifDbO2m => "BHW_TARIF_DB_O2M",
BhwTarifDbR1 => "BHW_TARIF_DB_R1",
BhwTarifDbR2 => "BHW_TARIF_DB_R2",
BhwTarifDbR2u => "BHW_TARIF_DB_R2U",
BhwTarifDbR3 => "BHW_TARIF_DB_R3",
BhwTarifDbR3u => "BHW_TARIF_DB_R3U",
BhwTarifDbRen => "BHW_TARIF_DB_REN",
BhwTarifDbRu1 => "BHW_TARIF_DB_RU1",
BhwTarifDbWr1 => "BHW_TARIF_DB_WR1",
BhwTarifDbWr1n => "BHW_TARIF_DB_WR1N",
BhwTarifDbWr2 => "BHW_TARIF_DB_WR2",
BhwTarifDbWu1 => "BHW_TARIF_DB_WU1",
BhwTarifDbWu2 => "BHW_TARIF_DB_WU2",
BhwTarifDispoplus => "BHW_TARIF_DISPOPLUS",
BhwTarifDm3 => "BHW_TARIF_DM3",
BhwTarifDm3n => "BHW_TARIF_DM3N",
BhwTarifDm4 => "BHW_TARIF_DM4",
BhwTarifDm4n => "BHW_TARIF_DM4N",
BhwTarifDm475n => "BHW_TARIF_DM4_75N",
BhwTarifDm5 => "BHW_TARIF_DM5",
BhwTarifDn2 => "BHW_TARIF_DN2",
BhwTarifDn3 => "BHW_TARIF_DN3",
BhwTarifDn4 => "BHW_TARIF_DN4",
BhwTarifDv1 => "BHW_TARIF_DV1",
BhwTarifDv1n => "BHW_TARIF_DV1N",
BhwTarifDv2 => "BHW_TARIF_DV2",
BhwTarifDv2n => "BHW_TARIF_DV2N",
BhwTarifDv3 => "BHW_TARIF_DV3",
BhwTarifDv3n => "BHW_TARIF_DV3N",
BhwTarifDx3 => "BHW_TARIF_DX3",
BhwTarifDx4 => "BHW_TARIF_DX4",
BhwTarifDx5 => "BHW_TARIF_DX5",
BhwTarifFi1 => "BHW_TARIF_FI1",
BhwTarifFi1n => "BHW_TARIF_FI1N",
BhwTarifFi2 => "BHW_TARIF_FI2",
BhwTarifFi2n => "BHW_TARIF_FI2N",
BhwTarifFi3 => "BHW_TARIF_FI3",
BhwTarifFi3n => "BHW_TARIF_FI3N",
BhwTarifFi4 => "BHW_TARIF_FI4",
BhwTarifFi4n => "BHW_TARIF_FI4N",
BhwTarifFx1 => "BHW_TARIF_FX1",
BhwTarifFx1n => "BHW_TARIF_FX1N",
BhwTarifFx2 => "BHW_TARIF_FX2",
BhwTarifFx2n => "BHW_TARIF_FX2N",
BhwTarifRen => "BHW_TARIF_REN",
BhwTarifWm => "BHW_TARIF_WM",
DtRingTarifFt => "DT_RING_TARIF_FT",
DtRingTarifFt0 => "DT_RING_TARIF_FT_0",
DtRingTarifFt1 => "DT_RING_TARIF_FT_1",
DtRingTarifFt2 => "DT_RING_TARIF_FT_2",
DtRingTarifXt1 => "DT_RING_TARIF_XT_1",
DtRingTarifXt0 => "DT_RING_TARIF_XT_0",
DtRingTarifF1 => "DT_RING_TARIF_F_1",
DtRingTarifF5 => "DT_RING_TARIF_F_5",
DtRingTarifF7 => "DT_RING_TARIF_F_7",
AlteLeipziger1502 => "ALTE_LEIPZIGER_1502",
AlteLeipziger1602 => "ALTE_LEIPZIGER_1602",
AlteLeipziger1702 => "ALTE_LEIPZIGER_1702",
AlteLeipziger1802 => "ALTE_LEIPZIGER_1802",
AlteLeipziger1902 => "ALTE_LEIPZIGER_1902",
AlteLeipziger2002 => "ALTE_LEIPZIGER_2002",
AlteLeipziger1502Mz => "ALTE_LEIPZIGER_1502_MZ",
AlteLeipziger1602Mz => "ALTE_LEIPZIGER_1602_MZ",
AlteLeipziger1702Mz => "ALTE_LEIPZIGER_1702_MZ",
AlteLeipziger1802Mz => "ALTE_LEIPZIGER_1802_MZ",
AlteLeipziger1902Mz => "ALTE_LEIPZIGER_1902_MZ",
AlteLeipziger2002Mz => "ALTE_LEIPZIGER_2002_MZ",
AlteLeipziger1503 => "ALTE_LEIPZIGER_1503",
AlteLeipziger1603 => "ALTE_LEIPZIGER_1603",
AlteLeipziger1703 => "ALTE_LEIPZIGER_1703",
AlteLeipziger1803 => "ALTE_LEIPZIGER_1803",
AlteLeipziger1903 => "ALTE_LEIPZIGER_1903",
AlteLeipziger2003 => "ALTE_LEIPZIGER_2003",
AlteLeipziger1503Mz => "ALTE_LEIPZIGER_1503_MZ",
AlteLeipziger1603Mz => "ALTE_LEIPZIGER_1603_MZ",
AlteLeipziger1703Mz => "ALTE_LEIPZIGER_1703_MZ",
AlteLeipziger1803Mz => "ALTE_LEIPZIGER_1803_MZ",
AlteLeipziger1903Mz => "ALTE_LEIPZIGER_1903_MZ",
AlteLeipziger2003Mz => "ALTE_LEIPZIGER_2003_MZ",
AlteLeipziger150x => "ALTE_LEIPZIGER_150X",
AlteLeipziger160x => "ALTE_LEIPZIGER_160X",
AlteLeipziger170x => "ALTE_LEIPZIGER_170X",
AlteLeipziger180x => "ALTE_LEIPZIGER_180X",
AlteLeipziger190x => "ALTE_LEIPZIGER_190X",
AlteLeipziger200x => "ALTE_LEIPZIGER_200X",
AlteLeipziger150xMz => "ALTE_LEIPZIGER_150X_MZ",
AlteLeipziger160xMz => "ALTE_LEIPZIGER_160X_MZ",
AlteLeipziger170xMz => "ALTE_LEIPZIGER_170X_MZ",
AlteLeipziger180xMz => "ALTE_LEIPZIGER_180X_MZ",
AlteLeipziger190xMz => "ALTE_LEIPZIGER_190X_MZ",
AlteLeipziger200xMz => "ALTE_LEIPZIGER_200X_MZ",
AlteLeipzigerZg21xx20 => "ALTE_LEIPZIGER_ZG_21XX_20",
AlteLeipzigerZg21xx30 => "ALTE_LEIPZIGER_ZG_21XX_30",
AlteLeipzigerZg25xx49 => "ALTE_LEIPZIGER_ZG_25XX_49",
AlteLeipziger21xx => "ALTE_LEIPZIGER_21XX",
AlteLeipziger21xx27 => "ALTE_LEIPZIGER_21XX_27",
AlteLeipziger22xx => "ALTE_LEIPZIGER_22XX",
AlteLeipziger22xx27 => "ALTE_LEIPZIGER_22XX_27",
AlteLeipziger21xx33 => "ALTE_LEIPZIGER_21XX_33",
AlteLeipziger22xx33 => "ALTE_LEIPZIGER_22XX_33",
AlteLeipziger21xx20 => "ALTE_LEIPZIGER_21XX_20",
AlteLeipziger22xx20 => "ALTE_LEIPZIGER_22XX_20",
AlteLeipziger25xx45 => "ALTE_LEIPZIGER_25XX_45",
AlteLeipziger26xx45 => "ALTE_LEIPZIGER_26XX_45",
AlteLeipziger25xx30 => "ALTE_LEIPZIGER_25XX_30",
AlteLeipziger26xx30 => "ALTE_LEIPZIGER_26XX_30",
AlteLeipzigerBs22xx33 => "ALTE_LEIPZIGER_BS_22XX_33",
Wuestenrot010634 => "WUESTENROT_01063_4",
Wuestenrot010635 => "WUESTENROT_01063_5",
Wuestenrot010636 => "WUESTENROT_01063_6",
Wuestenrot010637 => "WUESTENROT_01063_7",
Wuestenrot010638 => "WUESTENROT_01063_8",
Wuestenrot010639 => "WUESTENROT_01063_9",
Wuestenrot0106310 => "WUESTENROT_01063_10",
Wuestenrot0106312 => "WUESTENROT_01063_12",
Wuestenrot010644 => "WUESTENROT_01064_4",
Wuestenrot010646 => "WUESTENROT_01064_6",
Wuestenrot010648 => "WUESTENROT_01064_8",
Wuestenrot0106410 => "WUESTENROT_01064_10",
Wuestenrot0106412 => "WUESTENROT_01064_12",
Wuestenrot0106110 => "WUESTENROT_01061_10",
Wuestenrot010624 => "WUESTENROT_01062_4",
Wuestenrot01061100000 => "WUESTENROT_01061_10_0000",
Wuestenrot01062040000 => "WUESTENROT_01062_04_0000",
Wuestenrot01063053585 => "WUESTENROT_01063_05_3585",
Wuestenrot01063075110 => "WUESTENROT_01063_07_5110",
Wuestenrot01063090000 => "WUESTENROT_01063_09_0000",
Wuestenrot01064100000 => "WUESTENROT_01064_10_0000",
Wuestenrot01064040000 => "WUESTENROT_01064_04_0000",
Wuestenrot01064045000 => "WUESTENROT_01064_04_5000",
Wuestenrot01064054121 => "WUESTENROT_01064_05_4121",
Wuestenrot01064060000 => "WUESTENROT_01064_06_0000",
Wuestenrot01064075161 => "WUESTENROT_01064_07_5161",
Wuestenrot01064090000 => "WUESTENROT_01064_09_0000",
Wuestenrot01073080000 => "WUESTENROT_01073_08_0000",
Wuestenrot01074100000 => "WUESTENROT_01074_10_0000",
Wuestenrot01075035000 => "WUESTENROT_01075_03_5000",
Wuestenrot01076080000 => "WUESTENROT_01076_08_0000",
Wuestenrot01077040000 => "WUESTENROT_01077_04_0000",
Wuestenrot01077075000 => "WUESTENROT_01077_07_5000",
Wuestenrot01077080000 => "WUESTENROT_01077_08_0000",
Wuestenrot01078040000 => "WUESTENROT_01078_04_0000",
Wuestenrot01079040000 => "WUESTENROT_01079_04_0000",
Wuestenrot01079045000 => "WUESTENROT_01079_04_5000",
Wuestenrot01073045000 => "WUESTENROT_01073_04_5000",
Wuestenrot01073059000 => "WUESTENROT_01073_05_9000",
Wuestenrot01094045000 => "WUESTENROT_01094_04_5000",
Wuestenrot01094080000 => "WUESTENROT_01094_08_0000",
Wuestenrot01094059000 => "WUESTENROT_01094_05_9000",
Wuestenrot01076079872 => "WUESTENROT_01076_07_9872",
Wuestenrot01076058633 => "WUESTENROT_01076_05_8633",
Wuestenrot01087080000 => "WUESTENROT_01087_08_0000",
Wuestenrot01087079872 => "WUESTENROT_01087_07_9872",
Wuestenrot01087058633 => "WUESTENROT_01087_05_8633",
Wuestenrot01088040000 => "WUESTENROT_01088_04_0000",
Wuestenrot01077063000 => "WUESTENROT_01077_06_3000",
Wuestenrot01077047000 => "WUESTENROT_01077_04_7000",
Wuestenrot01088075000 => "WUESTENROT_01088_07_5000",
Wuestenrot01088063000 => "WUESTENROT_01088_06_3000",
Wuestenrot01088047000 => "WUESTENROT_01088_04_7000",
Wuestenrot01077079648 => "WUESTENROT_01077_07_9648",
Wuestenrot01077062500 => "WUESTENROT_01077_06_2500",
Wuestenrot01088080000 => "WUESTENROT_01088_08_0000",
Wuestenrot01088079648 => "WUESTENROT_01088_07_9648",
Wuestenrot01088062500 => "WUESTENROT_01088_06_2500",
Wuestenrot01085100000 => "WUESTENROT_01085_10_0000",
Wuestenrot01086035000 => "WUESTENROT_01086_03_5000",
Wuestenrot01090040000 => "WUESTENROT_01090_04_0000",
Wuestenrot01090045000 => "WUESTENROT_01090_04_5000",
Wuestenrot01089040000 => "WUESTENROT_01089_04_0000",
Wuestenrot01093050000 => "WUESTENROT_01093_05_0000",
DeutscheBankBausparTarifFi1 => "DEUTSCHE_BANK_BAUSPAR_TARIF_FI1",
DeutscheBankBausparTarifFi2 => "DEUTSCHE_BANK_BAUSPAR_TARIF_FI2",
DeutscheBankBausparTarifFi3 => "DEUTSCHE_BANK_BAUSPAR_TARIF_FI3",
DeutscheBankBausparTarifFi4 => "DEUTSCHE_BANK_BAUSPAR_TARIF_FI4",
DeutscheBankBausparTarifFx1 => "DEUTSCHE_BANK_BAUSPAR_TARIF_FX1",
DeutscheBankBausparTarifFx2 => "DEUTSCHE_BANK_BAUSPAR_TARIF_FX2",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum UnbesichertesExternesDarlehenTyp {
Arbeitgeberdarlehen => "ARBEITGEBERDARLEHEN",
Bauspardarlehen => "BAUSPARDARLEHEN",
OeffentlichesDarlehen => "OEFFENTLICHES_DARLEHEN",
Ratenkredit => "RATENKREDIT",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Unterkellerung {
Unterkellert => "UNTERKELLERT",
TeilweiseUnterkellert => "TEILWEISE_UNTERKELLERT",
NichtUnterkellert => "NICHT_UNTERKELLERT",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum ValidierungEmail {
Ungeprueft => "UNGEPRUEFT",
FormatValidiert => "FORMAT_VALIDIERT",
ExistenzValidiert => "EXISTENZ_VALIDIERT",
VerbraucherVerifiziert => "VERBRAUCHER_VERIFIZIERT",
BeraterVerifiziert => "BERATER_VERIFIZIERT",
KeineAntwort => "KEINE_ANTWORT",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum ValidierungTelefonnummer {
Ungeprueft => "UNGEPRUEFT",
FormatValidiert => "FORMAT_VALIDIERT",
ExistenzValidiert => "EXISTENZ_VALIDIERT",
VerbraucherVerifiziert => "VERBRAUCHER_VERIFIZIERT",
BeraterVerifiziert => "BERATER_VERIFIZIERT",
KeineAntwort => "KEINE_ANTWORT",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Versicherungsart {
KapitalbildendeLebensversicherung => "KAPITALBILDENDE_LEBENSVERSICHERUNG",
FondsgebundeneLebensversicherung => "FONDSGEBUNDENE_LEBENSVERSICHERUNG",
KapitalbildendeRentenversicherung => "KAPITALBILDENDE_RENTENVERSICHERUNG",
FondsgebundeneRentenversicherung => "FONDSGEBUNDENE_RENTENVERSICHERUNG",
RisikoLebensversicherung => "RISIKO_LEBENSVERSICHERUNG",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Verwendung {
FreiBesparen => "FREI_BESPAREN",
Abtreten => "ABTRETEN",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Verwendungszweck {
VorfinanzierungOeffentlicherMittel => "VORFINANZIERUNG_OEFFENTLICHER_MITTEL",
VerkaufEinesAnderenObjekts => "VERKAUF_EINES_ANDEREN_OBJEKTS",
SonstigeVerwendung => "SONSTIGE_VERWENDUNG",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Wohnlage {
Gehoben => "GEHOBEN",
Mittel => "MITTEL",
Einfach => "EINFACH",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Zahlweise {
Einmalig => "EINMALIG",
Monatlich => "MONATLICH",
Halbjaehrlich => "HALBJAEHRLICH",
Jaehrlich => "JAEHRLICH",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum ZusatzangabenKundeBranche {
Baugewerbe => "BAUGEWERBE",
Dienstleistungen => "DIENSTLEISTUNGEN",
EnergieUndWasserversorgungBergbau => "ENERGIE_UND_WASSERVERSORGUNG_BERGBAU",
GebietskoerperschaftenUndSozialversicherungen => "GEBIETSKOERPERSCHAFTEN_UND_SOZIALVERSICHERUNGEN",
Gesundheitswesen => "GESUNDHEITSWESEN",
Handel => "HANDEL",
HotelUndGastronomie => "HOTEL_UND_GASTRONOMIE",
Kreditinstitute => "KREDITINSTITUTE",
LandUndForstwirtschaftFischerei => "LAND_UND_FORSTWIRTSCHAFT_FISCHEREI",
OeffentlicherDienst => "OEFFENTLICHER_DIENST",
OrganisationenOhneErwerbszweckPrivateHaushalte => "ORGANISATIONEN_OHNE_ERWERBSZWECK_PRIVATE_HAUSHALTE",
VerarbeitendesGewerbe => "VERARBEITENDES_GEWERBE",
VerkehrUndNachrichtenuebermittlung => "VERKEHR_UND_NACHRICHTENUEBERMITTLUNG",
Versicherungen => "VERSICHERUNGEN",
Sonstige => "SONSTIGE",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum ZusatzangabenKundeIngBranche {
BankenVersicherungen => "BANKEN_VERSICHERUNGEN",
Baugewerbe => "BAUGEWERBE",
DienstleistungenSonstige => "DIENSTLEISTUNGEN_SONSTIGE",
EdvBeratung => "EDV_BERATUNG",
Energie => "ENERGIE",
ErziehungUnterricht => "ERZIEHUNG_UNTERRICHT",
Gesundheitswesen => "GESUNDHEITSWESEN",
Handel => "HANDEL",
Handwerk => "HANDWERK",
HotelGastronomie => "HOTEL_GASTRONOMIE",
Landwirtschaft => "LANDWIRTSCHAFT",
OeffentlicherDienst => "OEFFENTLICHER_DIENST",
ProduktionIndustrie => "PRODUKTION_INDUSTRIE",
Verkehr => "VERKEHR",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum ZusatzangabenKundeMhbBranche {
VerarbeitendesGewerbe => "VERARBEITENDES_GEWERBE",
Bau => "BAU",
Handel => "HANDEL",
VerkehrInformation => "VERKEHR_INFORMATION",
Dienstleistung => "DIENSTLEISTUNG",
Sonstiges => "SONSTIGES",
}
}

crate::tolerant_enum! {
#[allow(clippy::enum_variant_names, reason = "values are named as the API names them")]
pub enum Zustand {
SehrGut => "SEHR_GUT",
Gut => "GUT",
Mittel => "MITTEL",
Maessig => "MAESSIG",
Schlecht => "SCHLECHT",
}
}
