//! The GraphQL documents sent to the export API. Inline selections only: fragments would
//! need the schema's type names, which the spec does not give.

// The selection of both Antragsteller, spelled once.
macro_rules! antragsteller_selection {
    () => {
        r#"{
      personendaten {
        anrede email familienstand geburtsdatum geburtsland geburtsort geburtsname nachname
        telefonGeschaeftlich telefonPrivat titel vorname
      }
      wohnsituation {
        anschrift { strasse hausnummer plz ort wohnhaftSeit }
        gemeinsamerHaushalt wohnart anzahlPkw anzahlPersonenImHaushalt
      }
      beschaeftigung {
        beschaeftigungsart
        angestellter {
          beschaeftigungsverhaeltnis {
            arbeitgeber { name } befristung befristetBis inProbezeit beschaeftigtSeit
            nettoeinkommenMonatlich
          }
        }
        arbeiter {
          beschaeftigungsverhaeltnis {
            arbeitgeber { name } befristung befristetBis inProbezeit beschaeftigtSeit
            nettoeinkommenMonatlich
          }
        }
        beamter {
          beschaeftigungsverhaeltnis {
            inProbezeit arbeitgeber { name } verbeamtetSeit nettoeinkommenMonatlich
          }
        }
        freiberufler { firma { name } selbststaendigSeit bruttoEinkommenLaufendesJahr }
        selbststaendiger { firma { name } selbststaendigSeit bruttoEinkommenLaufendesJahr }
        rentner { rentnerSeit staatlicheRenteMonatlich }
        hausfrau { sonstigesEinkommenMonatlich }
        arbeitsloser { sonstigesEinkommenMonatlich }
      }
      herkunft {
        staatsangehoerigkeit steuerId inDeutschlandSeit aufenthaltstitel aufenthaltBefristetBis
        arbeitserlaubnisVorhanden
      }
    }
"#
    };
}

/// Reads every field of [`super::model::Vorgang`] the spec documents; variable
/// `$vorgangsnummer`.
pub const VORGANG: &str = concat!(
    r#"query getVorgang($vorgangsnummer: String!) {
  vorgang(vorgangsnummer: $vorgangsnummer) {
    vorgangsnummer
    datenkontext
    kundenbetreuer { partnerId }
    bearbeiter { partnerId }
    tippgeber { partnerId }
    leadquelle
    eigeneVorgangsnummer
    antragsteller1 "#,
    antragsteller_selection!(),
    "    antragsteller2 ",
    antragsteller_selection!(),
    r#"    haushalt {
      kinder { name gehoertZuAntragsteller }
      kontoverbindung { iban bic kreditinstitut gehoertZuAntragsteller }
      verbindlichkeiten {
        ratenkredite {
          rateMonatlich schlussrate datumLetzteRate restschuld urspruenglicherKreditbetrag
          datumErsteZahlung abloesen iban kreditinstitut gehoertZuAntragsteller glaeubiger
        }
      }
    }
    finanzbedarf {
      fahrzeugkauf { kaufpreis }
      finanzierungszweck
      finanzierungswunsch { laufzeitInMonaten kreditbetrag rateMonatlich }
    }
    aufbewahrung { grund endetAm }
    letzteAenderungAm
    letztesEreignisAm
    prioritaet
    vorgangsstatus { status }
    wiedervorlage { kommentar wiedervorlageAm }
    antraege {
      antragsnummer
      produktanbieterantragsnummer
      angenommenAm
      letzteAenderungAm
      letztesEreignisAm
      antragstellerstatus { status letzteAenderungAm }
      produktanbieterstatus { status letzteAenderungAm kommentar }
      provisionsforderungsstatus { status letzteAenderungAm }
      produkttyp
      ratenschutz { versicherteRisikenAntragsteller1 versicherteRisikenAntragsteller2 praemieMonatlich }
      gesamtkonditionen {
        auszahlungsbetrag effektivzins gesamtkreditbetrag laufzeitInMonaten
        monatlicheRate nettokreditbetrag sollzins
      }
      ratenkredit { produktanbieterId produktbezeichnung produktart schlussrate vorlaufzinsenProTag }
      benoetigteUnterlagen { unterlage }
    }
  }
}
"#
);
