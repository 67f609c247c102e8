//! Comments on a Vorgang: several sent in one request, as the update API allows, each kept
//! with its time and result in the Vorgang's record, so nothing typed is lost on failure.

use std::sync::Mutex;

use europace::kex_update::client::KexUpdateClient;
use serde::{Deserialize, Serialize};
use store::{Environment, Store};

use super::abruf;
use crate::europace_fehler::{self, EuropaceFehler, EuropaceFehlercode, Vorhaben};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct KommentarEintrag {
    pub text: String,
    /// RFC 3339.
    pub am: String,
    pub gesendet: bool,
    /// German: "gesendet" or why not.
    pub ergebnis: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct KommentarErgebnis {
    /// Every comment of the Vorgang, newest first.
    pub kommentare: Vec<KommentarEintrag>,
    pub fehler: Option<EuropaceFehler>,
}

/// The comments kept for a Vorgang, newest first.
pub fn liste(
    store: &Mutex<Store>,
    environment: Environment,
    vorgangsnummer: &str,
) -> Result<Vec<KommentarEintrag>, EuropaceFehler> {
    let nr = abruf::normalize(vorgangsnummer)?;
    let (record, _) = abruf::record(store, environment, &nr)?;
    Ok(record.kommentare.into_iter().rev().collect())
}

/// Sends the non-empty `texte` as comments in one request and records each with its result.
pub async fn senden(
    client: Result<KexUpdateClient, EuropaceFehler>,
    store: &Mutex<Store>,
    environment: Environment,
    vorgangsnummer: &str,
    texte: Vec<String>,
) -> Result<KommentarErgebnis, EuropaceFehler> {
    let nr = abruf::normalize(vorgangsnummer)?;
    let texte: Vec<String> = texte
        .into_iter()
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .collect();
    if texte.is_empty() {
        return Err(EuropaceFehler::new(
            EuropaceFehlercode::Eingabe,
            "Bitte zuerst einen Kommentar schreiben.",
        ));
    }
    let outcome = match client {
        Ok(client) => client
            .add_kommentare(&nr, &texte)
            .await
            .map_err(|e| europace_fehler::fehler(&e, Vorhaben::Kommentieren)),
        Err(fehler) => Err(fehler),
    };
    let am = chrono::Utc::now().to_rfc3339();
    let (mut record, _) = abruf::record(store, environment, &nr)?;
    for text in texte {
        record.kommentare.push(KommentarEintrag {
            text,
            am: am.clone(),
            gesendet: outcome.is_ok(),
            ergebnis: match &outcome {
                Ok(()) => "gesendet".to_owned(),
                Err(f) => format!("nicht gesendet: {}", f.message),
            },
        });
    }
    abruf::save(store, environment, &nr, &record)?;
    Ok(KommentarErgebnis {
        kommentare: record.kommentare.into_iter().rev().collect(),
        fehler: outcome.err(),
    })
}
