//! Generated types survive JSON and back for arbitrary values, unknown enum values and
//! unknown `@type`s included.

use europace::kundenangaben::{
    Anschrift, Betrag, Einheit, ProzentDerDarlehenssumme, ProzentDerProvision, Telefonnummer,
    Tippgeber, Tippgeberprovision, WertInEuroOderProzent,
};
use proptest::option;
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde::Serialize;
use serde::de::DeserializeOwned;

fn text() -> impl Strategy<Value = Option<String>> {
    option::of(".{0,16}")
}

fn decimal() -> impl Strategy<Value = Option<Decimal>> {
    option::of((any::<i64>(), 0u32..8).prop_map(|(mantissa, scale)| Decimal::new(mantissa, scale)))
}

fn einheit() -> impl Strategy<Value = Einheit> {
    prop_oneof![
        Just("EURO".to_owned()),
        Just("PROZENT".to_owned()),
        "[A-Z_]{1,12}"
    ]
    .prop_map(|s| Einheit::from(s.as_str()))
}

fn provision() -> impl Strategy<Value = Tippgeberprovision> {
    prop_oneof![
        decimal().prop_map(|betrag| Betrag { betrag }.into()),
        decimal().prop_map(|prozent| ProzentDerDarlehenssumme { prozent }.into()),
        decimal().prop_map(|prozent| ProzentDerProvision { prozent }.into()),
        ("[A-Z_]{1,12}", text()).prop_filter_map("a known @type", |(tag, kommentar)| {
            (!Tippgeberprovision::KNOWN_TYPES.contains(&tag.as_str())).then(|| {
                Tippgeberprovision::Unknown(
                    serde_json::json!({ "@type": tag, "kommentar": kommentar }),
                )
            })
        }),
    ]
}

fn round_trips<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(value: &T) {
    let text = serde_json::to_string(value).unwrap();
    let back: T = serde_json::from_str(&text).unwrap();
    assert_eq!(&back, value, "{text}");
}

proptest! {
    #[test]
    fn anschrift(strasse in text(), hausnummer in text(), plz in text(), ort in text()) {
        round_trips(&Anschrift { strasse, hausnummer, plz, ort });
    }

    #[test]
    fn telefonnummer(vorwahl in text(), nummer in text()) {
        round_trips(&Telefonnummer { vorwahl, nummer });
    }

    #[test]
    fn wert_in_euro_oder_prozent(einheit in option::of(einheit()), wert in decimal()) {
        round_trips(&WertInEuroOderProzent { einheit, wert });
    }

    #[test]
    fn tippgeber(tippgeber_partner_id in text(), tippgeberprovisionswunsch in option::of(provision())) {
        round_trips(&Tippgeber { tippgeber_partner_id, tippgeberprovisionswunsch });
    }
}
