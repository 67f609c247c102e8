//! The request body of `POST /vorgang`, property for property as the JSON schema and the
//! current README name it. Every property is optional on the wire, except
//! `kundenbetreuer.partnerId`, which validation demands.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::country::Country;

pub use super::enums::*;

/// A new Vorgang for KreditSmart (schema `Vorgang`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Vorgang {
    /// The Berater who owns the Vorgang; its `partnerId` is mandatory.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kundenbetreuer: Option<Partner>,
    /// The Partner who processes the Vorgang.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bearbeiter: Option<Partner>,
    /// The Partner who brought the lead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tippgeber: Option<Partner>,
    /// Source of the lead, agreed with Europace for reporting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub leadquelle: Option<String>,
    /// Whether the Kundenbetreuer gets a confirmation email.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub benachrichtigung: Option<Benachrichtigung>,
    /// The caller's own reference for the Vorgang.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eigene_vorgangsnummer: Option<String>,
    /// Number of a related BaufiSmart Vorgang.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baufi_smart_vorgangsnummer: Option<String>,
    /// First applicant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub antragsteller1: Option<Antragsteller>,
    /// Second applicant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub antragsteller2: Option<Antragsteller>,
    /// Household: income, expenses, liabilities, assets, children, account.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub haushalt: Option<Haushalt>,
    /// What is to be financed and how.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finanzbedarf: Option<Finanzbedarf>,
    /// Comments shown in the Vorgang.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kommentare: Option<Vec<String>>,
}

/// A Europace Partner, referenced by its Partner-ID (format `ABC12`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Partner {
    /// Europace 2 Partner-ID.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partner_id: Option<String>,
}

/// Confirmation email to the Kundenbetreuer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Benachrichtigung {
    /// Send the email.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aktiv: Option<bool>,
}

/// One applicant.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Antragsteller {
    /// Id the server assigned; present in the schema, not set by callers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Citizenship and residence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub herkunft: Option<Herkunft>,
    /// Name, birth and contact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub personendaten: Option<Personendaten>,
    /// Address and living situation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wohnsituation: Option<Wohnsituation>,
    /// Employment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub beschaeftigung: Option<Beschaeftigung>,
}

/// Citizenship, residence and work permit.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Herkunft {
    /// Work permit present.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arbeitserlaubnis_vorhanden: Option<bool>,
    /// End of a limited work permit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arbeitserlaubnis_befristet_bis: Option<NaiveDate>,
    /// Kind of residence title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aufenthaltstitel: Option<Aufenthaltstitel>,
    /// End of a limited residence title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aufenthalt_befristet_bis: Option<NaiveDate>,
    /// Living in Germany since.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_deutschland_seit: Option<NaiveDate>,
    /// Citizenship.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub staatsangehoerigkeit: Option<Country>,
    /// Further citizenships (current README only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weitere_staatsangehoerigkeiten: Option<Vec<Country>>,
    /// German tax id (11 digits).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub steuer_id: Option<String>,
}

/// Name, birth and contact of an applicant.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Personendaten {
    /// Salutation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anrede: Option<Anrede>,
    /// Email address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Marital status.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub familienstand: Option<Familienstand>,
    /// Date of birth.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub geburtsdatum: Option<NaiveDate>,
    /// Birth name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub geburtsname: Option<String>,
    /// Place of birth.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub geburtsort: Option<String>,
    /// Country of birth.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub geburtsland: Option<Country>,
    /// Surname.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nachname: Option<String>,
    /// Business phone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub telefon_geschaeftlich: Option<String>,
    /// Private phone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub telefon_privat: Option<String>,
    /// Academic titles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub titel: Option<Vec<Titel>>,
    /// First name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vorname: Option<String>,
}

/// Address and living situation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Wohnsituation {
    /// Current address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anschrift: Option<Wohnanschrift>,
    /// Persons in the household.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anzahl_personen_im_haushalt: Option<i32>,
    /// Cars in the household.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anzahl_pkw: Option<i32>,
    /// Shares the household with Antragsteller 1; only read for Antragsteller 2.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gemeinsamer_haushalt: Option<bool>,
    /// How the applicant lives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wohnart: Option<Wohnart>,
    /// Previous address; only read if the current one is younger than 3 years.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub voranschrift: Option<Wohnanschrift>,
}

/// A postal address.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Anschrift {
    /// Street.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strasse: Option<String>,
    /// House number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hausnummer: Option<String>,
    /// Postcode.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plz: Option<String>,
    /// Town.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ort: Option<String>,
    /// Country.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub land: Option<Country>,
}

/// A home address with the date the applicant moved in (schema `Wohnanschrift`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Wohnanschrift {
    /// Street.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strasse: Option<String>,
    /// House number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hausnummer: Option<String>,
    /// Postcode.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plz: Option<String>,
    /// Town.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ort: Option<String>,
    /// Country.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub land: Option<Country>,
    /// Living here since.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wohnhaft_seit: Option<NaiveDate>,
}

/// Employment; only the variant named by `beschaeftigungsart` is read.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Beschaeftigung {
    /// Selects which of the other fields the server reads.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub beschaeftigungsart: Option<Beschaeftigungsart>,
    /// Data for `ANGESTELLTER`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub angestellter: Option<Angestellter>,
    /// Data for `ARBEITER`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arbeiter: Option<Arbeiter>,
    /// Data for `ARBEITSLOSER`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arbeitsloser: Option<Arbeitsloser>,
    /// Data for `BEAMTER`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub beamter: Option<Beamter>,
    /// Data for `FREIBERUFLER`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub freiberufler: Option<Freiberufler>,
    /// Data for `HAUSFRAU`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hausfrau: Option<Hausfrau>,
    /// Data for `RENTNER`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rentner: Option<Rentner>,
    /// Data for `SELBSTSTAENDIGER`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selbststaendiger: Option<Selbststaendiger>,
}

/// An employee (schema `Angestellter`; `Arbeiter` has the same shape).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Angestellter {
    /// Current employment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub beschaeftigungsverhaeltnis: Option<Beschaeftigungsverhaeltnis>,
    /// Previous employment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vorheriges_beschaeftigungsverhaeltnis: Option<VorherigesBeschaeftigungsverhaeltnis>,
}

/// A worker (schema `Arbeiter`), same shape as [`Angestellter`].
pub type Arbeiter = Angestellter;

/// Current employment of an Angestellter or Arbeiter.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Beschaeftigungsverhaeltnis {
    /// Employer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arbeitgeber: Option<Firma>,
    /// Job title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub berufsbezeichnung: Option<String>,
    /// Limited or not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub befristung: Option<Befristung>,
    /// End of a limited contract.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub befristet_bis: Option<NaiveDate>,
    /// Employed since.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub beschaeftigt_seit: Option<NaiveDate>,
    /// In probation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_probezeit: Option<bool>,
    /// Net monthly income.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub nettoeinkommen_monatlich: Option<Decimal>,
}

/// Current employment of a Beamter.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BeamtenBeschaeftigungsverhaeltnis {
    /// Employer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arbeitgeber: Option<Firma>,
    /// Job title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub berufsbezeichnung: Option<String>,
    /// Employed since.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub beschaeftigt_seit: Option<NaiveDate>,
    /// In probation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_probezeit: Option<bool>,
    /// Net monthly income.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub nettoeinkommen_monatlich: Option<Decimal>,
    /// Civil servant since.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verbeamtet_seit: Option<NaiveDate>,
}

/// Previous employment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VorherigesBeschaeftigungsverhaeltnis {
    /// Employer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arbeitgeber: Option<Firma>,
    /// Employed from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub beschaeftigt_seit: Option<NaiveDate>,
    /// Employed until.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub beschaeftigt_bis: Option<NaiveDate>,
}

/// An unemployed applicant.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Arbeitsloser {
    /// Other monthly income.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub sonstiges_einkommen_monatlich: Option<Decimal>,
}

/// A homemaker.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Hausfrau {
    /// Other monthly income.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub sonstiges_einkommen_monatlich: Option<Decimal>,
}

/// A civil servant.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Beamter {
    /// Current employment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub beschaeftigungsverhaeltnis: Option<BeamtenBeschaeftigungsverhaeltnis>,
    /// Previous employment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vorheriges_beschaeftigungsverhaeltnis: Option<VorherigesBeschaeftigungsverhaeltnis>,
}

/// A self-employed applicant (schema `Selbststaendiger`; `Freiberufler` has the same shape).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Selbststaendiger {
    /// Profession.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub berufsbezeichnung: Option<String>,
    /// The applicant's business.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub firma: Option<Firma>,
    /// Self-employed since.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selbststaendig_seit: Option<NaiveDate>,
    /// Net yearly income.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub nettoeinkommen_jaehrlich: Option<Decimal>,
    /// Gross income, current year.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub brutto_einkommen_laufendes_jahr: Option<Decimal>,
    /// Income tax, current year.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub einkommenssteuer_laufendes_jahr: Option<Decimal>,
    /// Depreciation, current year.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub abschreibungen_laufendes_jahr: Option<Decimal>,
    /// Gross income, last year.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub brutto_einkommen_letztes_jahr: Option<Decimal>,
    /// Income tax, last year.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub einkommenssteuer_letztes_jahr: Option<Decimal>,
    /// Depreciation, last year.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub abschreibungen_letztes_jahr: Option<Decimal>,
    /// Income tax two years ago.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub einkommenssteuer_vor2_jahren: Option<Decimal>,
    /// Gross income two years ago.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub brutto_einkommen_vor2_jahren: Option<Decimal>,
    /// Depreciation two years ago.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub abschreibungen_vor2_jahren: Option<Decimal>,
    /// Gross income three years ago.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub brutto_einkommen_vor3_jahren: Option<Decimal>,
    /// Income tax three years ago.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub einkommenssteuer_vor3_jahren: Option<Decimal>,
    /// Depreciation three years ago.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub abschreibungen_vor3_jahren: Option<Decimal>,
}

/// A freelancer (schema `Freiberufler`), same shape as [`Selbststaendiger`].
pub type Freiberufler = Selbststaendiger;

/// A pensioner.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Rentner {
    /// The pension insurer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rentenversicherung: Option<Rentenversicherung>,
    /// Pensioner since.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rentner_seit: Option<NaiveDate>,
    /// Statutory monthly pension.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub staatliche_rente_monatlich: Option<Decimal>,
}

/// A pension insurer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Rentenversicherung {
    /// Name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anschrift: Option<Anschrift>,
}

/// A company: employer or the applicant's own business.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Firma {
    /// Address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anschrift: Option<Anschrift>,
    /// Industry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub branche: Option<Branche>,
    /// Name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// The household.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Haushalt {
    /// Expenses.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ausgaben: Option<Ausgaben>,
    /// Further income.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub einnahmen: Option<Einnahmen>,
    /// Liabilities.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verbindlichkeiten: Option<Verbindlichkeiten>,
    /// Assets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vermoegen: Option<Vermoegen>,
    /// Real estate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub immobilien: Option<Vec<Immobilie>>,
    /// Children.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kinder: Option<Vec<Kind>>,
    /// Bank account for the payout and the rates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kontoverbindung: Option<Kontoverbindung>,
}

/// Monthly expenses.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Ausgaben {
    /// Rent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mietausgaben: Option<Vec<Mietausgabe>>,
    /// Private health insurance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private_krankenversicherungen: Option<Vec<PrivateKrankenversicherung>>,
    /// Maintenance obligations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unterhaltsverpflichtungen: Option<Vec<Unterhaltsverpflichtung>>,
    /// Other expenses.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sonstige_ausgaben: Option<Vec<SonstigeAusgabe>>,
}

/// Further monthly income.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Einnahmen {
    /// Spousal maintenance received.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ehegattenunterhalt: Option<Vec<Ehegattenunterhalt>>,
    /// Side jobs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub einkuenfte_aus_nebentaetigkeit: Option<Vec<EinkunftAusNebentaetigkeit>>,
    /// Capital income.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub einkuenfte_aus_kapitalvermoegen: Option<Vec<EinkunftAusKapitalvermoegen>>,
    /// Other income.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sonstige_einnahmen: Option<Vec<SonstigeEinnahme>>,
    /// Permanent additional pensions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unbefristete_zusatzrenten: Option<Vec<UnbefristeteZusatzrente>>,
}

/// A monthly amount belonging to an applicant (the schema's `Mietausgabe`,
/// `PrivateKrankenversicherung`, `Unterhaltsverpflichtung`, `SonstigeAusgabe`,
/// `Ehegattenunterhalt`, `SonstigeEinnahme`, `EinkunftAusKapitalvermoegen` and
/// `UnbefristeteZusatzrente` share this shape).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MonatlicherBetrag {
    /// Id the server assigned to the position.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Ids of the applicants the position belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub antragsteller_ids: Option<Vec<String>>,
    /// The applicant the position belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gehoert_zu_antragsteller: Option<Antragstellerzugehoerigkeit>,
    /// Monthly amount.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub betrag_monatlich: Option<Decimal>,
}

/// Rent paid.
pub type Mietausgabe = MonatlicherBetrag;
/// Private health insurance premium.
pub type PrivateKrankenversicherung = MonatlicherBetrag;
/// Maintenance paid.
pub type Unterhaltsverpflichtung = MonatlicherBetrag;
/// Any other expense.
pub type SonstigeAusgabe = MonatlicherBetrag;
/// Spousal maintenance received.
pub type Ehegattenunterhalt = MonatlicherBetrag;
/// Any other income.
pub type SonstigeEinnahme = MonatlicherBetrag;
/// Capital income.
pub type EinkunftAusKapitalvermoegen = MonatlicherBetrag;
/// Permanent additional pension.
pub type UnbefristeteZusatzrente = MonatlicherBetrag;

/// Income from a side job.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EinkunftAusNebentaetigkeit {
    /// Id the server assigned to the position.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Ids of the applicants the position belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub antragsteller_ids: Option<Vec<String>>,
    /// The applicant the position belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gehoert_zu_antragsteller: Option<Antragstellerzugehoerigkeit>,
    /// Monthly amount.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub betrag_monatlich: Option<Decimal>,
    /// Side job since.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub beginn_der_taetigkeit: Option<NaiveDate>,
}

/// Liabilities.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Verbindlichkeiten {
    /// Overdrafts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dispositionskredite: Option<Vec<Dispositionskredit>>,
    /// Business loans.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub geschaeftskredite: Option<Vec<Geschaeftskredit>>,
    /// Current-account credits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kontokorrentkredite: Option<Vec<Kontokorrentkredit>>,
    /// Credit cards.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kreditkarten: Option<Vec<Kreditkarte>>,
    /// Leasing contracts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub leasings: Option<Vec<Leasing>>,
    /// Instalment loans.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ratenkredite: Option<Vec<Ratenkredit>>,
    /// Other liabilities.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sonstige_verbindlichkeiten: Option<Vec<SonstigeVerbindlichkeit>>,
}

/// An overdraft.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Dispositionskredit {
    /// Id the server assigned to the position.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Ids of the applicants the position belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub antragsteller_ids: Option<Vec<String>>,
    /// The applicant the position belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gehoert_zu_antragsteller: Option<Antragstellerzugehoerigkeit>,
    /// To be paid off by the new credit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub abloesen: Option<bool>,
    /// Amount drawn.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub beanspruchter_betrag: Option<Decimal>,
    /// BIC of the account.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bic: Option<String>,
    /// Creditor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub glaeubiger: Option<String>,
    /// IBAN of the account.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iban: Option<String>,
    /// Bank.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kreditinstitut: Option<String>,
    /// Credit limit.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub verfuegungsrahmen: Option<Decimal>,
    /// Interest rate in percent.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub zinssatz: Option<Decimal>,
}

/// A current-account credit.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Kontokorrentkredit {
    /// Id the server assigned to the position.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Ids of the applicants the position belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub antragsteller_ids: Option<Vec<String>>,
    /// The applicant the position belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gehoert_zu_antragsteller: Option<Antragstellerzugehoerigkeit>,
    /// Amount drawn.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub beanspruchter_betrag: Option<Decimal>,
    /// Creditor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub glaeubiger: Option<String>,
    /// Credit limit.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub verfuegungsrahmen: Option<Decimal>,
    /// Interest rate in percent.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub zinssatz: Option<Decimal>,
}

/// A credit card.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Kreditkarte {
    /// Id the server assigned to the position.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Ids of the applicants the position belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub antragsteller_ids: Option<Vec<String>>,
    /// The applicant the position belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gehoert_zu_antragsteller: Option<Antragstellerzugehoerigkeit>,
    /// To be paid off by the new credit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub abloesen: Option<bool>,
    /// Amount drawn.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub beanspruchter_betrag: Option<Decimal>,
    /// BIC.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bic: Option<String>,
    /// Creditor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub glaeubiger: Option<String>,
    /// IBAN.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iban: Option<String>,
    /// Bank.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kreditinstitut: Option<String>,
    /// Monthly rate.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub rate_monatlich: Option<Decimal>,
    /// Credit limit.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub verfuegungsrahmen: Option<Decimal>,
    /// Interest rate in percent.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub zinssatz: Option<Decimal>,
}

/// A leasing contract.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Leasing {
    /// Id the server assigned to the position.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Ids of the applicants the position belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub antragsteller_ids: Option<Vec<String>>,
    /// The applicant the position belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gehoert_zu_antragsteller: Option<Antragstellerzugehoerigkeit>,
    /// Date of the last rate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub datum_letzte_rate: Option<NaiveDate>,
    /// Creditor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub glaeubiger: Option<String>,
    /// Monthly rate.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub rate_monatlich: Option<Decimal>,
    /// Final rate.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub schlussrate: Option<Decimal>,
}

/// A loan (the schema's `Ratenkredit`, `Geschaeftskredit` and `SonstigeVerbindlichkeit`
/// share this shape).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Ratenkredit {
    /// Id the server assigned to the position.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Ids of the applicants the position belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub antragsteller_ids: Option<Vec<String>>,
    /// The applicant the position belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gehoert_zu_antragsteller: Option<Antragstellerzugehoerigkeit>,
    /// To be paid off by the new credit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub abloesen: Option<bool>,
    /// BIC.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bic: Option<String>,
    /// Date of the first payment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub datum_erste_zahlung: Option<NaiveDate>,
    /// Date of the last rate.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub datum_letzte_rate: Option<NaiveDate>,
    /// Creditor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub glaeubiger: Option<String>,
    /// IBAN.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iban: Option<String>,
    /// Bank.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kreditinstitut: Option<String>,
    /// Monthly rate.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub rate_monatlich: Option<Decimal>,
    /// Outstanding debt.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub restschuld: Option<Decimal>,
    /// Final rate.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub schlussrate: Option<Decimal>,
    /// Original loan amount.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub urspruenglicher_kreditbetrag: Option<Decimal>,
}

/// A business loan, same shape as [`Ratenkredit`].
pub type Geschaeftskredit = Ratenkredit;
/// Any other liability, same shape as [`Ratenkredit`].
pub type SonstigeVerbindlichkeit = Ratenkredit;

/// Assets.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Vermoegen {
    /// Bank and savings balances.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bank_und_sparguthaben: Option<Vec<BankUndSparguthaben>>,
    /// Building savings contracts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bausparvertraege: Option<Vec<Bausparvertrag>>,
    /// Securities.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub depotvermoegen: Option<Vec<Depotvermoegen>>,
    /// Life insurances.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lebensversicherungen: Option<Vec<Lebensversicherung>>,
    /// Other assets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sonstige_vermoegenswerte: Option<Vec<SonstigerVermoegenswert>>,
}

/// An asset with a value (the schema's `BankUndSparguthaben`, `Depotvermoegen` and
/// `SonstigerVermoegenswert` share this shape).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Guthaben {
    /// Id the server assigned to the position.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Ids of the applicants the position belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub antragsteller_ids: Option<Vec<String>>,
    /// The applicant the position belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gehoert_zu_antragsteller: Option<Antragstellerzugehoerigkeit>,
    /// Value.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub betrag: Option<Decimal>,
}

/// Bank and savings balance.
pub type BankUndSparguthaben = Guthaben;
/// Securities.
pub type Depotvermoegen = Guthaben;
/// Any other asset.
pub type SonstigerVermoegenswert = Guthaben;

/// A building savings contract.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Bausparvertrag {
    /// Id the server assigned to the position.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Ids of the applicants the position belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub antragsteller_ids: Option<Vec<String>>,
    /// The applicant the position belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gehoert_zu_antragsteller: Option<Antragstellerzugehoerigkeit>,
    /// Amount saved.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub angesparter_betrag: Option<Decimal>,
    /// Monthly saving rate.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub sparbeitrag_monatlich: Option<Decimal>,
}

/// A life insurance.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Lebensversicherung {
    /// Id the server assigned to the position.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Ids of the applicants the position belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub antragsteller_ids: Option<Vec<String>>,
    /// The applicant the position belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gehoert_zu_antragsteller: Option<Antragstellerzugehoerigkeit>,
    /// Monthly premium.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub praemie_monatlich: Option<Decimal>,
    /// Surrender value.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub rueckkaufswert: Option<Decimal>,
}

/// A property.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Immobilie {
    /// Id the server assigned to the position.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Ids of the applicants the position belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub antragsteller_ids: Option<Vec<String>>,
    /// The applicant the position belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gehoert_zu_antragsteller: Option<Antragstellerzugehoerigkeit>,
    /// Label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bezeichnung: Option<String>,
    /// Loans on the property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub darlehen: Option<Vec<Darlehen>>,
    /// Kind of property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub immobilienart: Option<Immobilienart>,
    /// Monthly rent received, without utilities.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub mieteinnahmen_kalt_monatlich: Option<Decimal>,
    /// Monthly rent received, with utilities.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub mieteinnahmen_warm_monatlich: Option<Decimal>,
    /// Monthly utilities.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub nebenkosten_monatlich: Option<Decimal>,
    /// Use.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nutzungsart: Option<Nutzungsart>,
    /// Rented living space in m².
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vermietete_wohnflaeche: Option<i32>,
    /// Market value.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub wert: Option<Decimal>,
    /// Living space in m².
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wohnflaeche: Option<i32>,
}

/// A loan on a property.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Darlehen {
    /// Outstanding debt.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub restschuld: Option<Decimal>,
    /// End of the fixed-interest period.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zinsbindung_bis: Option<NaiveDate>,
    /// Monthly rate.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub rate_monatlich: Option<Decimal>,
}

/// A child.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Kind {
    /// Id the server assigned to the position.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Ids of the applicants the position belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub antragsteller_ids: Option<Vec<String>>,
    /// The applicant the position belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gehoert_zu_antragsteller: Option<Antragstellerzugehoerigkeit>,
    /// Which child benefit rate applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kindergeld_fuer: Option<Kindergeldzuordnung>,
    /// Name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Monthly maintenance received for the child.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub unterhaltseinnahmen_monatlich: Option<Decimal>,
}

/// The bank account.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Kontoverbindung {
    /// Id the server assigned to the position.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Ids of the applicants the position belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub antragsteller_ids: Option<Vec<String>>,
    /// The applicant the position belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gehoert_zu_antragsteller: Option<Antragstellerzugehoerigkeit>,
    /// BIC.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bic: Option<String>,
    /// IBAN.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iban: Option<String>,
    /// Bank.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kreditinstitut: Option<String>,
}

/// What is to be financed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Finanzbedarf {
    /// Vehicle; only read when `finanzierungszweck` is `FAHRZEUGKAUF`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fahrzeugkauf: Option<Fahrzeugkauf>,
    /// Purpose.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finanzierungszweck: Option<Finanzierungszweck>,
    /// Amount, term and rate wished for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finanzierungswunsch: Option<Finanzierungswunsch>,
    /// Insured risks per applicant (schema `RatenschutzOld`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ratenschutz: Option<VersicherteRisiken>,
    /// Payment protection wishes of Antragsteller 1 (current README).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ratenschutz_antragsteller1: Option<Ratenschutz>,
    /// Payment protection wishes of Antragsteller 2 (current README).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ratenschutz_antragsteller2: Option<Ratenschutz>,
}

/// A vehicle purchase.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Fahrzeugkauf {
    /// Dealer or private seller.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anbieter: Option<Fahrzeuganbieter>,
    /// Costs already paid.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub beglichene_kosten: Option<Decimal>,
    /// Date of first registration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub erstzulassungsdatum: Option<NaiveDate>,
    /// Purchase price.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub kaufpreis: Option<Decimal>,
    /// Power in kW.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kw: Option<i32>,
    /// Mileage in km.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub laufleistung: Option<i32>,
    /// Make.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub marke: Option<String>,
    /// Model.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modell: Option<String>,
    /// Power in PS.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ps: Option<i32>,
}

/// Amount, term and rate wished for.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Finanzierungswunsch {
    /// Credit amount.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub kreditbetrag: Option<Decimal>,
    /// Term in months.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub laufzeit_in_monaten: Option<i32>,
    /// Commission wished for, in percent.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub provisionswunsch_in_prozent: Option<Decimal>,
    /// Monthly rate.
    #[serde(
        default,
        with = "rust_decimal::serde::arbitrary_precision_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub rate_monatlich: Option<Decimal>,
    /// Day of the month the rate is due.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ratenzahlungstermin: Option<Ratenzahlungstermin>,
}

/// Insured risks per applicant (schema `RatenschutzOld`, the prose spec's `ratenschutz`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VersicherteRisiken {
    /// Risks insured for Antragsteller 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub versicherte_risiken_antragsteller1: Option<Vec<VersichertesRisiko>>,
    /// Risks insured for Antragsteller 2.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub versicherte_risiken_antragsteller2: Option<Vec<VersichertesRisiko>>,
}

/// Payment protection wishes of one applicant (README `FinanzbedarfRatenschutz`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Ratenschutz {
    /// Against unemployment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arbeitslosigkeit_absicherung: Option<RatenschutzAbsicherung>,
    /// Against inability to work.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arbeitsunfaehigkeit_absicherung: Option<RatenschutzAbsicherung>,
    /// Against death.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub todesfall_absicherung: Option<RatenschutzAbsicherung>,
}

/// One risk of a [`Ratenschutz`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RatenschutzAbsicherung {
    /// Wanted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gewuenscht: Option<bool>,
    /// Comment.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kommentar: Option<String>,
    /// Already insured.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vorhanden: Option<bool>,
    /// Important to the applicant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wichtig: Option<bool>,
}
