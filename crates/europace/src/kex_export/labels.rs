//! German words for the export API's values: the one label table the app and the CLI show.
//!
//! A value this version does not know keeps its raw spelling, so nothing the server sends is
//! hidden. Numbers are written the German way (`1.234,50`).

use super::model::{
    Anrede, Antragstellerstatus, AntragstellerstatusWert, Antragstellerzugehoerigkeit,
    Aufbewahrungsgrund, Aufenthaltstitel, Befristung, Beschaeftigungsart, Datenkontext,
    Familienstand, Finanzierungszweck, Prioritaet, Produktanbieterstatus,
    ProduktanbieterstatusWert, Produktart, Produkttyp, ProvisionsforderungsstatusWert, Titel,
    VersichertesRisiko, VorgangsstatusWert, Wohnart,
};

/// The German label of a value, or its raw spelling when this version does not know it.
pub trait LabelDe {
    fn label_de(&self) -> &str;
}

macro_rules! labels {
    ($($enum:ident { $($variant:ident => $label:literal),+ $(,)? })+) => {
        $(
            impl LabelDe for $enum {
                fn label_de(&self) -> &str {
                    match self {
                        $( Self::$variant => $label, )+
                        Self::Unknown(raw) => raw.as_str(),
                    }
                }
            }
        )+
    };
}

labels! {
    Datenkontext { Echtgeschaeft => "Echtgeschäft", Testumgebung => "Testumgebung" }
    Aufbewahrungsgrund {
        Lead => "Lead",
        Beraterhaftung => "Beraterhaftung",
        Geschaeftsnachweis => "Geschäftsnachweis",
    }
    Prioritaet { Hoch => "Hoch", Neutral => "Neutral", Niedrig => "Niedrig" }
    VorgangsstatusWert { Aktiv => "Aktiv", Archiviert => "Archiviert" }
    Anrede { Frau => "Frau", Herr => "Herr" }
    Familienstand {
        Ledig => "ledig",
        Verheiratet => "verheiratet",
        Geschieden => "geschieden",
        Verwitwet => "verwitwet",
        GetrenntLebend => "getrennt lebend",
        EheaehnlicheLebensgemeinschaft => "eheähnliche Lebensgemeinschaft",
        EingetrageneLebenspartnerschaft => "eingetragene Lebenspartnerschaft",
    }
    Titel { Doktor => "Dr.", Professor => "Prof." }
    Wohnart {
        ZurMiete => "zur Miete",
        ZurUntermiete => "zur Untermiete",
        ImEigenenHaus => "im eigenen Haus",
        BeiDenEltern => "bei den Eltern",
    }
    Beschaeftigungsart {
        Angestellter => "Angestellter",
        Arbeiter => "Arbeiter",
        Arbeitsloser => "Arbeitsloser",
        Beamter => "Beamter",
        Freiberufler => "Freiberufler",
        Hausfrau => "Hausfrau/Hausmann",
        Rentner => "Rentner",
        Selbststaendiger => "Selbstständiger",
    }
    Befristung { Befristet => "befristet", Unbefristet => "unbefristet" }
    Aufenthaltstitel {
        Visum => "Visum",
        Aufenthaltserlaubnis => "Aufenthaltserlaubnis",
        Niederlassungserlaubnis => "Niederlassungserlaubnis",
        ErlaubnisZumDaueraufenthaltEu => "Erlaubnis zum Daueraufenthalt EU",
    }
    Antragstellerzugehoerigkeit {
        Antragsteller1 => "Antragsteller 1",
        Antragsteller2 => "Antragsteller 2",
        Beide => "beide",
    }
    Finanzierungszweck {
        Umschuldung => "Umschuldung",
        Fahrzeugkauf => "Fahrzeugkauf",
        Modernisieren => "Modernisieren",
        FreieVerwendung => "freie Verwendung",
    }
    AntragstellerstatusWert {
        Beantragt => "beantragt",
        Unterschrieben => "vom Kunden unterschrieben",
        NichtAngenommen => "nicht angenommen",
        Widerrufen => "widerrufen",
    }
    ProduktanbieterstatusWert {
        NichtBearbeitet => "noch nicht bearbeitet",
        Unterschrieben => "von der Bank unterschrieben",
        Abgelehnt => "abgelehnt",
        AutomatischAbgelehnt => "automatisch abgelehnt",
        Zurueckgestellt => "zurückgestellt",
    }
    ProvisionsforderungsstatusWert { VollstaendigAusgezahlt => "vollständig ausgezahlt" }
    Produkttyp {
        Ratenkredit => "Ratenkredit",
        BausparkasseModernisierungskredit => "Modernisierungskredit (Bausparkasse)",
    }
    VersichertesRisiko {
        Arbeitslosigkeit => "Arbeitslosigkeit",
        Arbeitsunfaehigkeit => "Arbeitsunfähigkeit",
        Leben => "Tod (Leben)",
    }
    Produktart {
        Autokredit => "Autokredit",
        Modernisierungskredit => "Modernisierungskredit",
        Ratenkredit => "Ratenkredit",
        Businesskredit => "Businesskredit",
    }
}

/// The customer's status of an Antrag in German, `–` when absent.
pub fn antragstellerstatus(status: Option<&Antragstellerstatus>) -> String {
    status
        .and_then(|s| s.status.as_ref())
        .map_or_else(|| "–".to_owned(), |s| s.label_de().to_owned())
}

/// The bank's status of an Antrag in German, `–` when absent.
pub fn produktanbieterstatus(status: Option<&Produktanbieterstatus>) -> String {
    status
        .and_then(|s| s.status.as_ref())
        .map_or_else(|| "–".to_owned(), |s| s.label_de().to_owned())
}

/// 1234567.5 with 2 decimals → "1.234.567,50".
pub fn german_number(value: &impl std::fmt::Display, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    let (sign, digits) = text
        .strip_prefix('-')
        .map_or(("", text.as_str()), |d| ("-", d));
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{fraction}")
    }
}

/// An amount of money: "12.000,00 €".
pub fn euro(value: &impl std::fmt::Display) -> String {
    format!("{} €", german_number(value, 2))
}

/// A 100-based rate: "5,99 %".
pub fn percent(value: &impl std::fmt::Display) -> String {
    format!("{} %", german_number(value, 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! assert_all_labelled {
        ($($enum:ident),+) => {
            $(
                for wire in $enum::KNOWN {
                    let value = $enum::from(*wire);
                    assert!(value.is_known());
                    assert_ne!(value.label_de(), *wire, "{}.{wire} has no German label", stringify!($enum));
                }
            )+
        };
    }

    #[test]
    fn every_known_value_has_a_german_label() {
        assert_all_labelled!(
            Datenkontext,
            Aufbewahrungsgrund,
            Prioritaet,
            VorgangsstatusWert,
            Anrede,
            Familienstand,
            Titel,
            Wohnart,
            Beschaeftigungsart,
            Befristung,
            Aufenthaltstitel,
            Antragstellerzugehoerigkeit,
            Finanzierungszweck,
            AntragstellerstatusWert,
            ProduktanbieterstatusWert,
            ProvisionsforderungsstatusWert,
            Produkttyp,
            VersichertesRisiko,
            Produktart
        );
    }

    #[test]
    fn known_values_read_german_and_unknown_ones_stay_raw() {
        assert_eq!(Anrede::Herr.label_de(), "Herr");
        assert_eq!(
            AntragstellerstatusWert::Unterschrieben.label_de(),
            "vom Kunden unterschrieben"
        );
        assert_eq!(Finanzierungszweck::Umschuldung.label_de(), "Umschuldung");
        assert_eq!(
            ProduktanbieterstatusWert::from("IN_PRUEFUNG").label_de(),
            "IN_PRUEFUNG"
        );
    }

    #[test]
    fn numbers_read_german() {
        assert_eq!(german_number(&1234567.5, 2), "1.234.567,50");
        assert_eq!(german_number(&-999.0, 2), "-999,00");
        assert_eq!(german_number(&84, 0), "84");
        assert_eq!(euro(&rust_decimal::Decimal::new(1200050, 2)), "12.000,50 €");
        assert_eq!(percent(&rust_decimal::Decimal::new(599, 2)), "5,99 %");
    }
}
