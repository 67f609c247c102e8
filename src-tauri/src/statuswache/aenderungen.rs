//! What changed between two reads of a Vorgang that a Berater must be told about: a new
//! Antrag, a new Antrag status (customer's or bank's side), a newly requested Unterlage.
//! Conditions and other details are highlighted in the viewer but raise no notification.

use crate::vorgaenge::ansicht::{AntragAnsicht, VorgangAnsicht};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Aenderung {
    NeuerAntrag {
        antragsnummer: String,
        produkt: String,
        produktanbieter: String,
    },
    /// The customer's side of the Antrag status (Antragstellerstatus).
    KundenStatus {
        antragsnummer: String,
        vorher: String,
        jetzt: String,
    },
    /// The bank's side (Produktanbieterstatus).
    BankStatus {
        antragsnummer: String,
        vorher: String,
        jetzt: String,
    },
    NeueUnterlage {
        antragsnummer: String,
        unterlage: String,
    },
}

impl Aenderung {
    /// One German line for the notification.
    pub fn text(&self) -> String {
        match self {
            Self::NeuerAntrag {
                antragsnummer,
                produkt,
                produktanbieter,
            } => format!("Neuer Antrag {antragsnummer}: {produkt} ({produktanbieter})"),
            Self::KundenStatus {
                antragsnummer,
                vorher,
                jetzt,
            } => format!("Antrag {antragsnummer}: Kunde „{jetzt}“ (vorher „{vorher}“)"),
            Self::BankStatus {
                antragsnummer,
                vorher,
                jetzt,
            } => format!("Antrag {antragsnummer}: Bank „{jetzt}“ (vorher „{vorher}“)"),
            Self::NeueUnterlage {
                antragsnummer,
                unterlage,
            } => format!("Antrag {antragsnummer}: Unterlage angefordert: {unterlage}"),
        }
    }
}

/// The changes from `vorher` to `jetzt`, in the order of `jetzt`'s Anträge. An Antrag that
/// disappeared is not news to notify (the viewer shows what is there).
pub fn aenderungen(vorher: &VorgangAnsicht, jetzt: &VorgangAnsicht) -> Vec<Aenderung> {
    let mut found = Vec::new();
    for antrag in &jetzt.antraege {
        let Some(alt) = vorher
            .antraege
            .iter()
            .find(|a| a.antragsnummer == antrag.antragsnummer)
        else {
            found.push(Aenderung::NeuerAntrag {
                antragsnummer: antrag.antragsnummer.clone(),
                produkt: antrag.produkt.clone(),
                produktanbieter: antrag.produktanbieter.clone(),
            });
            continue;
        };
        antrag_aenderungen(alt, antrag, &mut found);
    }
    found
}

fn antrag_aenderungen(alt: &AntragAnsicht, neu: &AntragAnsicht, found: &mut Vec<Aenderung>) {
    if alt.antragstellerstatus != neu.antragstellerstatus {
        found.push(Aenderung::KundenStatus {
            antragsnummer: neu.antragsnummer.clone(),
            vorher: alt.antragstellerstatus.clone(),
            jetzt: neu.antragstellerstatus.clone(),
        });
    }
    if alt.produktanbieterstatus != neu.produktanbieterstatus {
        found.push(Aenderung::BankStatus {
            antragsnummer: neu.antragsnummer.clone(),
            vorher: alt.produktanbieterstatus.clone(),
            jetzt: neu.produktanbieterstatus.clone(),
        });
    }
    for unterlage in &neu.unterlagen {
        if !alt.unterlagen.iter().any(|u| u.text == unterlage.text) {
            found.push(Aenderung::NeueUnterlage {
                antragsnummer: neu.antragsnummer.clone(),
                unterlage: unterlage.text.clone(),
            });
        }
    }
}

/// The notification for Vorgang `vorgangsnummer`: a title naming it and one line per change.
pub fn benachrichtigung(
    vorgangsnummer: &str,
    antragsteller: &str,
    aenderungen: &[Aenderung],
) -> (String, String) {
    let title = if antragsteller.is_empty() {
        format!("Neues zu Vorgang {vorgangsnummer}")
    } else {
        format!("Neues zu Vorgang {vorgangsnummer} ({antragsteller})")
    };
    let body = aenderungen
        .iter()
        .map(Aenderung::text)
        .collect::<Vec<_>>()
        .join("\n");
    (title, body)
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::vorgaenge::abruf::view_of;

    fn vorgang() -> Value {
        json!({
            "vorgangsnummer": "AB1234",
            "antragsteller1": { "personendaten": { "vorname": "Max", "nachname": "Mustermann" } },
            "antraege": [{
                "antragsnummer": "AB1234/1/1",
                "antragstellerstatus": { "status": "BEANTRAGT" },
                "produktanbieterstatus": { "status": "NICHT_BEARBEITET" },
                "ratenkredit": { "produktanbieterId": "SBX01", "produktbezeichnung": "Sandbox Ratenkredit" },
                "gesamtkonditionen": { "sollzins": 5.99 },
                "benoetigteUnterlagen": [{ "unterlage": "Gehaltsnachweis" }]
            }]
        })
    }

    fn between(before: &Value, after: &Value) -> Vec<Aenderung> {
        aenderungen(
            &view_of(before, None).unwrap(),
            &view_of(after, None).unwrap(),
        )
    }

    #[test]
    fn the_same_answer_twice_is_no_news() {
        assert_eq!(between(&vorgang(), &vorgang()), []);
    }

    #[test]
    fn a_new_status_on_either_side_is_news_in_german() {
        let mut after = vorgang();
        after["antraege"][0]["antragstellerstatus"]["status"] = json!("UNTERSCHRIEBEN");
        after["antraege"][0]["produktanbieterstatus"]["status"] = json!("ABGELEHNT");
        let found = between(&vorgang(), &after);
        assert_eq!(
            found,
            [
                Aenderung::KundenStatus {
                    antragsnummer: "AB1234/1/1".into(),
                    vorher: "beantragt".into(),
                    jetzt: "vom Kunden unterschrieben".into(),
                },
                Aenderung::BankStatus {
                    antragsnummer: "AB1234/1/1".into(),
                    vorher: "noch nicht bearbeitet".into(),
                    jetzt: "abgelehnt".into(),
                },
            ]
        );
        assert_eq!(
            found[0].text(),
            "Antrag AB1234/1/1: Kunde „vom Kunden unterschrieben“ (vorher „beantragt“)"
        );
    }

    #[test]
    fn an_unknown_status_is_news_in_its_raw_text() {
        let mut after = vorgang();
        after["antraege"][0]["produktanbieterstatus"]["status"] = json!("IN_PRUEFUNG");
        let found = between(&vorgang(), &after);
        assert_eq!(
            found[0].text(),
            "Antrag AB1234/1/1: Bank „IN_PRUEFUNG“ (vorher „noch nicht bearbeitet“)"
        );
    }

    #[test]
    fn a_newly_requested_unterlage_and_a_new_antrag_are_news() {
        let mut after = vorgang();
        after["antraege"][0]["benoetigteUnterlagen"]
            .as_array_mut()
            .unwrap()
            .push(json!({ "unterlage": "Kontoauszug" }));
        let mut second = after["antraege"][0].clone();
        second["antragsnummer"] = json!("AB1234/1/2");
        second["ratenkredit"]["produktbezeichnung"] = json!("DKB Privatkredit");
        after["antraege"].as_array_mut().unwrap().push(second);
        let found = between(&vorgang(), &after);
        assert_eq!(
            found,
            [
                Aenderung::NeueUnterlage {
                    antragsnummer: "AB1234/1/1".into(),
                    unterlage: "Kontoauszug".into(),
                },
                Aenderung::NeuerAntrag {
                    antragsnummer: "AB1234/1/2".into(),
                    produkt: "DKB Privatkredit".into(),
                    produktanbieter: "SBX01".into(),
                },
            ]
        );
    }

    #[test]
    fn new_conditions_or_a_fulfilled_unterlage_raise_no_notification() {
        let mut after = vorgang();
        after["antraege"][0]["gesamtkonditionen"]["sollzins"] = json!(4.99);
        after["antraege"][0]["benoetigteUnterlagen"] = json!([]);
        assert_eq!(between(&vorgang(), &after), []);
    }

    #[test]
    fn the_notification_names_the_vorgang_and_every_change() {
        let (title, body) = benachrichtigung(
            "AB1234",
            "Max Mustermann",
            &[
                Aenderung::NeueUnterlage {
                    antragsnummer: "AB1234/1/1".into(),
                    unterlage: "Kontoauszug".into(),
                },
                Aenderung::BankStatus {
                    antragsnummer: "AB1234/1/1".into(),
                    vorher: "noch nicht bearbeitet".into(),
                    jetzt: "zurückgestellt".into(),
                },
            ],
        );
        assert_eq!(title, "Neues zu Vorgang AB1234 (Max Mustermann)");
        assert_eq!(
            body,
            "Antrag AB1234/1/1: Unterlage angefordert: Kontoauszug\n\
             Antrag AB1234/1/1: Bank „zurückgestellt“ (vorher „noch nicht bearbeitet“)"
        );
        assert_eq!(
            benachrichtigung("AB1234", "", &[]).0,
            "Neues zu Vorgang AB1234"
        );
    }
}
