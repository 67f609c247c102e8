//! The Vorgang as the KEX export API returns it, field names exactly as the spec spells them.
//!
//! Every field is optional because the API omits unfilled fields; unknown fields are ignored
//! and unknown enum values kept (tolerant reader). Money and rates are [`Decimal`], written
//! back as JSON numbers with the server's precision; timestamps are local
//! `yyyy-MM-dd'T'HH:mm:ss.SSS` without offset, as the spec defines them.

use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::country::Country;
use crate::tolerant_enum;

/// `Option<Decimal>` as a JSON number with the exact digits the server sent.
mod dec {
    pub use rust_decimal::serde::arbitrary_precision_option::*;
}

/// `Option<NaiveDateTime>` in the spec's `yyyy-MM-dd'T'HH:mm:ss.SSS`.
mod millis {
    use chrono::NaiveDateTime;
    use serde::{Deserialize, Deserializer, Serializer};

    const WRITE: &str = "%Y-%m-%dT%H:%M:%S%.3f";
    // `%.f` also accepts values without or with more fractional digits.
    const READ: &str = "%Y-%m-%dT%H:%M:%S%.f";

    pub fn serialize<S: Serializer>(
        value: &Option<NaiveDateTime>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(v) => serializer.collect_str(&v.format(WRITE)),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDateTime>, D::Error> {
        let Some(text) = Option::<std::borrow::Cow<'de, str>>::deserialize(deserializer)? else {
            return Ok(None);
        };
        NaiveDateTime::parse_from_str(&text, READ)
            .map(Some)
            .map_err(serde::de::Error::custom)
    }
}

/// The `data` of the export query.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct VorgangData {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vorgang: Option<Vorgang>,
}

/// A KreditSmart Vorgang.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Vorgang {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vorgangsnummer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datenkontext: Option<Datenkontext>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kundenbetreuer: Option<Partner>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bearbeiter: Option<Partner>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tippgeber: Option<Partner>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leadquelle: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eigene_vorgangsnummer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub antragsteller1: Option<Antragsteller>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub antragsteller2: Option<Antragsteller>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub haushalt: Option<Haushalt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finanzbedarf: Option<Finanzbedarf>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aufbewahrung: Option<Aufbewahrung>,
    /// Changes of the Vorgang's own data only; each Antrag has its own.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "millis")]
    pub letzte_aenderung_am: Option<NaiveDateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "millis")]
    pub letztes_ereignis_am: Option<NaiveDateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prioritaet: Option<Prioritaet>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vorgangsstatus: Option<Vorgangsstatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wiedervorlage: Option<Wiedervorlage>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub antraege: Option<Vec<Antrag>>,
}

tolerant_enum! {
    /// Whether the Vorgang is real business or a test.
    pub enum Datenkontext {
        Echtgeschaeft => "ECHTGESCHAEFT",
        Testumgebung => "TESTUMGEBUNG",
    }
}

/// A partner role (Kundenbetreuer, Bearbeiter, Tippgeber).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Partner {
    /// Europace partner id, five characters like `ABC12`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner_id: Option<String>,
}

/// Why and until when the Vorgang is kept.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Aufbewahrung {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grund: Option<Aufbewahrungsgrund>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endet_am: Option<NaiveDate>,
}

tolerant_enum! {
    pub enum Aufbewahrungsgrund {
        Lead => "LEAD",
        Beraterhaftung => "BERATERHAFTUNG",
        Geschaeftsnachweis => "GESCHAEFTSNACHWEIS",
    }
}

tolerant_enum! {
    pub enum Prioritaet {
        Hoch => "HOCH",
        Neutral => "NEUTRAL",
        Niedrig => "NIEDRIG",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Vorgangsstatus {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<VorgangsstatusWert>,
}

tolerant_enum! {
    /// `vorgangsstatus.status`.
    pub enum VorgangsstatusWert {
        Aktiv => "AKTIV",
        Archiviert => "ARCHIVIERT",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Wiedervorlage {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wiedervorlage_am: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Antragsteller {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub personendaten: Option<Personendaten>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wohnsituation: Option<Wohnsituation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beschaeftigung: Option<Beschaeftigung>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub herkunft: Option<Herkunft>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Personendaten {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anrede: Option<Anrede>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub familienstand: Option<Familienstand>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geburtsdatum: Option<NaiveDate>,
    /// ISO 3166 alpha-2 code or `SONSTIGE`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geburtsland: Option<Country>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geburtsort: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geburtsname: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nachname: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub telefon_geschaeftlich: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub telefon_privat: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub titel: Option<Vec<Titel>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vorname: Option<String>,
}

tolerant_enum! {
    pub enum Anrede {
        Frau => "FRAU",
        Herr => "HERR",
    }
}

tolerant_enum! {
    pub enum Familienstand {
        Ledig => "LEDIG",
        Verheiratet => "VERHEIRATET",
        Geschieden => "GESCHIEDEN",
        Verwitwet => "VERWITWET",
        GetrenntLebend => "GETRENNT_LEBEND",
        EheaehnlicheLebensgemeinschaft => "EHEAEHNLICHE_LEBENSGEMEINSCHAFT",
        EingetrageneLebenspartnerschaft => "EINGETRAGENE_LEBENSPARTNERSCHAFT",
    }
}

tolerant_enum! {
    pub enum Titel {
        Doktor => "DOKTOR",
        Professor => "PROFESSOR",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Wohnsituation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anschrift: Option<Anschrift>,
    /// Filled for the second Antragsteller only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gemeinsamer_haushalt: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wohnart: Option<Wohnart>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anzahl_pkw: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anzahl_personen_im_haushalt: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Anschrift {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strasse: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hausnummer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plz: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ort: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wohnhaft_seit: Option<NaiveDate>,
}

tolerant_enum! {
    pub enum Wohnart {
        ZurMiete => "ZUR_MIETE",
        ZurUntermiete => "ZUR_UNTERMIETE",
        ImEigenenHaus => "IM_EIGENEN_HAUS",
        BeiDenEltern => "BEI_DEN_ELTERN",
    }
}

/// Only the member named by `beschaeftigungsart` is filled.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Beschaeftigung {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beschaeftigungsart: Option<Beschaeftigungsart>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub angestellter: Option<Angestellter>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arbeiter: Option<Arbeiter>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beamter: Option<Beamter>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub freiberufler: Option<Freiberufler>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selbststaendiger: Option<Selbststaendiger>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rentner: Option<Rentner>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hausfrau: Option<Hausfrau>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arbeitsloser: Option<Arbeitsloser>,
}

tolerant_enum! {
    pub enum Beschaeftigungsart {
        Angestellter => "ANGESTELLTER",
        Arbeiter => "ARBEITER",
        Arbeitsloser => "ARBEITSLOSER",
        Beamter => "BEAMTER",
        Freiberufler => "FREIBERUFLER",
        Hausfrau => "HAUSFRAU",
        Rentner => "RENTNER",
        Selbststaendiger => "SELBSTSTAENDIGER",
    }
}

/// Arbeiter and Angestellter share their shape.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Angestellter {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beschaeftigungsverhaeltnis: Option<Beschaeftigungsverhaeltnis>,
}

/// Same shape as [`Angestellter`].
pub type Arbeiter = Angestellter;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Beschaeftigungsverhaeltnis {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arbeitgeber: Option<Arbeitgeber>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub befristung: Option<Befristung>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub befristet_bis: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_probezeit: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beschaeftigt_seit: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "dec")]
    pub nettoeinkommen_monatlich: Option<Decimal>,
}

tolerant_enum! {
    pub enum Befristung {
        Befristet => "BEFRISTET",
        Unbefristet => "UNBEFRISTET",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Arbeitgeber {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// Selbstständiger and Freiberufler share their shape.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Selbststaendiger {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firma: Option<Firma>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selbststaendig_seit: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "dec")]
    pub brutto_einkommen_laufendes_jahr: Option<Decimal>,
}

/// Same shape as [`Selbststaendiger`].
pub type Freiberufler = Selbststaendiger;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Firma {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Beamter {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beschaeftigungsverhaeltnis: Option<Beamtenverhaeltnis>,
}

/// `beamter.beschaeftigungsverhaeltnis`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Beamtenverhaeltnis {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_probezeit: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arbeitgeber: Option<Arbeitgeber>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verbeamtet_seit: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "dec")]
    pub nettoeinkommen_monatlich: Option<Decimal>,
}

/// Hausfrau and Arbeitsloser share their shape.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Hausfrau {
    #[serde(default, skip_serializing_if = "Option::is_none", with = "dec")]
    pub sonstiges_einkommen_monatlich: Option<Decimal>,
}

/// Same shape as [`Hausfrau`].
pub type Arbeitsloser = Hausfrau;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Rentner {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rentner_seit: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "dec")]
    pub staatliche_rente_monatlich: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Herkunft {
    /// ISO 3166 alpha-2 code or `SONSTIGE`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staatsangehoerigkeit: Option<Country>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steuer_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_deutschland_seit: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aufenthaltstitel: Option<Aufenthaltstitel>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aufenthalt_befristet_bis: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arbeitserlaubnis_vorhanden: Option<bool>,
}

tolerant_enum! {
    pub enum Aufenthaltstitel {
        Visum => "VISUM",
        Aufenthaltserlaubnis => "AUFENTHALTSERLAUBNIS",
        Niederlassungserlaubnis => "NIEDERLASSUNGSERLAUBNIS",
        ErlaubnisZumDaueraufenthaltEu => "ERLAUBNIS_ZUM_DAUERAUFENTHALT_EU",
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Haushalt {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kinder: Option<Vec<Kind>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kontoverbindung: Option<Kontoverbindung>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verbindlichkeiten: Option<Verbindlichkeiten>,
}

tolerant_enum! {
    /// Which Antragsteller something belongs to.
    pub enum Antragstellerzugehoerigkeit {
        Antragsteller1 => "ANTRAGSTELLER_1",
        Antragsteller2 => "ANTRAGSTELLER_2",
        Beide => "BEIDE",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Kind {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gehoert_zu_antragsteller: Option<Antragstellerzugehoerigkeit>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Kontoverbindung {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iban: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bic: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kreditinstitut: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gehoert_zu_antragsteller: Option<Antragstellerzugehoerigkeit>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Verbindlichkeiten {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ratenkredite: Option<Vec<RatenkreditVerbindlichkeit>>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RatenkreditVerbindlichkeit {
    #[serde(default, skip_serializing_if = "Option::is_none", with = "dec")]
    pub rate_monatlich: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "dec")]
    pub schlussrate: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datum_letzte_rate: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "dec")]
    pub restschuld: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "dec")]
    pub urspruenglicher_kreditbetrag: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datum_erste_zahlung: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abloesen: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iban: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kreditinstitut: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gehoert_zu_antragsteller: Option<Antragstellerzugehoerigkeit>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub glaeubiger: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Finanzbedarf {
    /// Filled only when `finanzierungszweck` is `FAHRZEUGKAUF`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fahrzeugkauf: Option<Fahrzeugkauf>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finanzierungszweck: Option<Finanzierungszweck>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finanzierungswunsch: Option<Finanzierungswunsch>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Fahrzeugkauf {
    #[serde(default, skip_serializing_if = "Option::is_none", with = "dec")]
    pub kaufpreis: Option<Decimal>,
}

tolerant_enum! {
    pub enum Finanzierungszweck {
        Umschuldung => "UMSCHULDUNG",
        Fahrzeugkauf => "FAHRZEUGKAUF",
        Modernisieren => "MODERNISIEREN",
        FreieVerwendung => "FREIE_VERWENDUNG",
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Finanzierungswunsch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub laufzeit_in_monaten: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "dec")]
    pub kreditbetrag: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "dec")]
    pub rate_monatlich: Option<Decimal>,
}

/// An Antrag of a Produktanbieter within the Vorgang.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Antrag {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub antragsnummer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub produktanbieterantragsnummer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "millis")]
    pub angenommen_am: Option<NaiveDateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "millis")]
    pub letzte_aenderung_am: Option<NaiveDateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "millis")]
    pub letztes_ereignis_am: Option<NaiveDateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub antragstellerstatus: Option<Antragstellerstatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub produktanbieterstatus: Option<Produktanbieterstatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provisionsforderungsstatus: Option<Provisionsforderungsstatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub produkttyp: Option<Produkttyp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ratenschutz: Option<Ratenschutz>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gesamtkonditionen: Option<Gesamtkonditionen>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ratenkredit: Option<Ratenkredit>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub benoetigte_unterlagen: Option<Vec<BenoetigteUnterlage>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Antragstellerstatus {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<AntragstellerstatusWert>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "millis")]
    pub letzte_aenderung_am: Option<NaiveDateTime>,
}

tolerant_enum! {
    /// `antragstellerstatus.status`.
    pub enum AntragstellerstatusWert {
        Beantragt => "BEANTRAGT",
        Unterschrieben => "UNTERSCHRIEBEN",
        NichtAngenommen => "NICHT_ANGENOMMEN",
        Widerrufen => "WIDERRUFEN",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Produktanbieterstatus {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ProduktanbieterstatusWert>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "millis")]
    pub letzte_aenderung_am: Option<NaiveDateTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
}

tolerant_enum! {
    /// `produktanbieterstatus.status`.
    pub enum ProduktanbieterstatusWert {
        NichtBearbeitet => "NICHT_BEARBEITET",
        Unterschrieben => "UNTERSCHRIEBEN",
        Abgelehnt => "ABGELEHNT",
        AutomatischAbgelehnt => "AUTOMATISCH_ABGELEHNT",
        Zurueckgestellt => "ZURUECKGESTELLT",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Provisionsforderungsstatus {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ProvisionsforderungsstatusWert>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "millis")]
    pub letzte_aenderung_am: Option<NaiveDateTime>,
}

tolerant_enum! {
    /// `provisionsforderungsstatus.status`.
    pub enum ProvisionsforderungsstatusWert {
        VollstaendigAusgezahlt => "VOLLSTAENDIG_AUSGEZAHLT",
    }
}

tolerant_enum! {
    pub enum Produkttyp {
        Ratenkredit => "RATENKREDIT",
        BausparkasseModernisierungskredit => "BAUSPARKASSE_MODERNISIERUNGSKREDIT",
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Ratenschutz {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub versicherte_risiken_antragsteller1: Option<Vec<VersichertesRisiko>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub versicherte_risiken_antragsteller2: Option<Vec<VersichertesRisiko>>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "dec")]
    pub praemie_monatlich: Option<Decimal>,
}

tolerant_enum! {
    pub enum VersichertesRisiko {
        Arbeitslosigkeit => "ARBEITSLOSIGKEIT",
        Arbeitsunfaehigkeit => "ARBEITSUNFAEHIGKEIT",
        Leben => "LEBEN",
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Ratenkredit {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub produktanbieter_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub produktbezeichnung: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub produktart: Option<Produktart>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "dec")]
    pub schlussrate: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "dec")]
    pub vorlaufzinsen_pro_tag: Option<Decimal>,
}

tolerant_enum! {
    pub enum Produktart {
        Autokredit => "AUTOKREDIT",
        Modernisierungskredit => "MODERNISIERUNGSKREDIT",
        Ratenkredit => "RATENKREDIT",
        Businesskredit => "BUSINESSKREDIT",
    }
}

/// Conditions of the whole Antrag; percentages (Sollzins, Effektivzins) are 100-based.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Gesamtkonditionen {
    #[serde(default, skip_serializing_if = "Option::is_none", with = "dec")]
    pub auszahlungsbetrag: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "dec")]
    pub effektivzins: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "dec")]
    pub gesamtkreditbetrag: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub laufzeit_in_monaten: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "dec")]
    pub monatliche_rate: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "dec")]
    pub nettokreditbetrag: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "dec")]
    pub sollzins: Option<Decimal>,
}

/// A document the Produktanbieter still needs.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct BenoetigteUnterlage {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unterlage: Option<String>,
}
