//! Loading a case into a draft, what a replace would change, and the replace itself with its
//! conflict check ([`europace::kundenangaben::ersetzen`]). Knows nothing of Tauri.

use std::sync::{Mutex, PoisonError};

use europace::error::ApiError;
use europace::finding::{Finding, Severity};
use europace::kundenangaben::changes::{self, ChangeKind, Side, merge};
use europace::kundenangaben::client::KundenangabenClient;
use europace::kundenangaben::ersetzen::{self, Ersetzen};
use europace::kundenangaben::{Kundenangaben, UpdateKundenangabenRequest, validate_replace};
use europace::lead::LeadKind;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use store::{DraftHeader, DraftId, Environment, Part, Store};

use crate::europace_fehler::{EuropaceFehler, EuropaceFehlercode, Vorhaben, fehler};
use crate::vorgaenge::abruf;

/// One place where two versions of the Kundenangaben differ, in the draft's path space.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Aenderung {
    pub path: String,
    pub art: ChangeKind,
    #[specta(type = Option<specta_typescript::Unknown>)]
    pub vorher: Option<Value>,
    #[specta(type = Option<specta_typescript::Unknown>)]
    pub nachher: Option<Value>,
}

/// A place the server and the user both changed since loading, differently.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Konflikt {
    pub path: String,
    #[specta(type = Option<specta_typescript::Unknown>)]
    pub geladen: Option<Value>,
    #[specta(type = Option<specta_typescript::Unknown>)]
    pub server: Option<Value>,
    #[specta(type = Option<specta_typescript::Unknown>)]
    pub meins: Option<Value>,
}

/// The user's answer to a [`ErsetzenErgebnis::Geaendert`]: the server version shown and,
/// for each of its conflicts in order, whose value to keep.
#[derive(Debug, Clone, PartialEq, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Entscheidung {
    #[specta(type = specta_typescript::Unknown)]
    pub server: Value,
    pub seiten: Vec<Side>,
}

/// How a replace ended.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(tag = "ergebnis", rename_all = "camelCase")]
pub enum ErsetzenErgebnis {
    /// Europace holds the draft's Kundenangaben now; the draft continues from them.
    Ersetzt { vorgangsnummer: String },
    /// Someone changed the case since it was loaded; nothing was sent.
    #[serde(rename_all = "camelCase")]
    Geaendert {
        /// The server's version now, to hand back with the [`Entscheidung`].
        #[specta(type = specta_typescript::Unknown)]
        server: Value,
        /// What the server changed since loading; taken in unless a conflict says otherwise.
        server_aenderungen: Vec<Aenderung>,
        konflikte: Vec<Konflikt>,
    },
    /// Local validation or Europace refused the body; nothing changed at Europace.
    Abgelehnt {
        message: String,
        befunde: Vec<Finding>,
    },
}

fn lock(store: &Mutex<Store>) -> std::sync::MutexGuard<'_, Store> {
    // A panic while holding the lock cannot leave SQLite half-written; carry on.
    store.lock().unwrap_or_else(PoisonError::into_inner)
}

fn store_error(error: store::StoreError) -> EuropaceFehler {
    EuropaceFehler::new(EuropaceFehlercode::Sonstiges, error.to_string())
}

fn ungueltig(id: DraftId) -> EuropaceFehler {
    EuropaceFehler::new(
        EuropaceFehlercode::Eingabe,
        format!("Der Entwurf {id} ergänzt keinen BaufiSmart-Vorgang."),
    )
}

/// Reads the Kundenangaben of case `vorgangsnummer` into a new draft; its id.
pub async fn laden(
    client: Result<KundenangabenClient, EuropaceFehler>,
    store: &Mutex<Store>,
    environment: Environment,
    vorgangsnummer: &str,
) -> Result<DraftId, EuropaceFehler> {
    let nr = abruf::normalize(vorgangsnummer)?;
    let geladen: Value = client?
        .get(&nr)
        .await
        .map_err(|e| fehler(&e, Vorhaben::KundenangabenLesen))?;
    let content = ersetzen::request(json!({}), geladen.clone());
    let saved = lock(store)
        .start_ergaenzung(&header(environment, &nr, &content), &nr, &geladen, &content)
        .map_err(store_error)?;
    Ok(saved.id)
}

fn header(environment: Environment, nr: &str, content: &Value) -> DraftHeader {
    let title = match LeadKind::Kundenangaben.applicant_name(content) {
        Some(name) => format!("{name} (Vorgang {nr})"),
        None => format!("Vorgang {nr}"),
    };
    DraftHeader {
        kind: LeadKind::Kundenangaben,
        environment,
        title,
        berater: None,
    }
}

/// A draft's case: its number, the version loaded and the draft's content.
struct Stand {
    vorgangsnummer: String,
    geladen: Value,
    content: Value,
    environment: Environment,
}

fn stand(store: &Store, id: DraftId) -> Result<Stand, EuropaceFehler> {
    let ergaenzung = store
        .ergaenzung(id)
        .map_err(store_error)?
        .ok_or_else(|| ungueltig(id))?;
    let draft = store.get(id).map_err(store_error)?;
    let unlesbar = |part| store_error(store::StoreError::Damaged { id, part });
    let Part::Ok(geladen) = ergaenzung.geladen else {
        return Err(unlesbar("geladene Kundenangaben"));
    };
    let Part::Ok(content) = draft.content else {
        return Err(unlesbar("Inhalt"));
    };
    // The form leaves empty groups out; the replace body always has its `updateMetadaten`.
    let metadaten = content.get("updateMetadaten").cloned();
    let content = ersetzen::request(
        metadaten.unwrap_or_else(|| json!({})),
        content["kundenangaben"].clone(),
    );
    Ok(Stand {
        vorgangsnummer: ergaenzung.vorgangsnummer,
        geladen,
        content,
        environment: draft.summary.environment,
    })
}

fn aenderungen_von(before: &Value, after: &Value) -> Vec<Aenderung> {
    changes::changes(before, after)
        .into_iter()
        .map(|c| Aenderung {
            path: LeadKind::Kundenangaben.body_path(&c.path),
            art: c.kind,
            vorher: c.before,
            nachher: c.after,
        })
        .collect()
}

/// What replacing the case with the draft would change against the version loaded.
pub fn aenderungen(store: &Mutex<Store>, id: DraftId) -> Result<Vec<Aenderung>, EuropaceFehler> {
    let stand = stand(&lock(store), id)?;
    let mut all = aenderungen_von(&stand.geladen, &stand.content["kundenangaben"]);
    let metadaten = &stand.content["updateMetadaten"];
    if metadaten.as_object().is_some_and(|m| !m.is_empty()) {
        all.insert(
            0,
            Aenderung {
                path: "updateMetadaten".to_owned(),
                art: ChangeKind::Added,
                vorher: None,
                nachher: Some(metadaten.clone()),
            },
        );
    }
    Ok(all)
}

/// Findings of the draft as a replace of the loaded version: the body's own, and ids that
/// would make Europace create objects anew or lose them.
pub fn pruefen(store: &Store, id: DraftId) -> Result<Vec<Finding>, EuropaceFehler> {
    Ok(befunde(&stand(store, id)?))
}

fn befunde(stand: &Stand) -> Vec<Finding> {
    let request = serde_json::from_value::<UpdateKundenangabenRequest>(stand.content.clone());
    let bestand = serde_json::from_value::<Kundenangaben>(stand.geladen.clone());
    match (request, bestand) {
        (Ok(request), Ok(bestand)) => validate_replace(&request, &bestand),
        // A body the model cannot read: the raw check names where.
        _ => LeadKind::Kundenangaben.validate_json(&stand.content.to_string()),
    }
}

/// Replaces the case's Kundenangaben with the draft's, if the server still holds the version
/// the draft is based on; with `entscheidung`, first takes in the server version the user saw
/// and decided.
pub async fn ersetzen_mit(
    client: Result<KundenangabenClient, EuropaceFehler>,
    store: &Mutex<Store>,
    id: DraftId,
    entscheidung: Option<Entscheidung>,
) -> Result<ErsetzenErgebnis, EuropaceFehler> {
    let mut stand = stand(&lock(store), id)?;
    if let Some(entscheidung) = entscheidung {
        let merged = merge(
            &stand.geladen,
            &entscheidung.server,
            &stand.content["kundenangaben"],
        )
        .resolve(&entscheidung.seiten)
        .ok_or_else(|| {
            EuropaceFehler::new(
                EuropaceFehlercode::Eingabe,
                "Bitte für jeden Konflikt wählen, welcher Wert gilt.",
            )
        })?;
        stand.content = ersetzen::request(stand.content["updateMetadaten"].clone(), merged);
        stand.geladen = entscheidung.server;
        lock(store)
            .rebase_ergaenzung(
                id,
                &header(stand.environment, &stand.vorgangsnummer, &stand.content),
                &stand.geladen,
                &stand.content,
            )
            .map_err(store_error)?;
    }
    let befunde = befunde(&stand);
    let fehler_anzahl = befunde
        .iter()
        .filter(|b| b.severity == Severity::Fehler)
        .count();
    if fehler_anzahl > 0 {
        return Ok(ErsetzenErgebnis::Abgelehnt {
            message: format!(
                "Nicht ersetzt: der Entwurf hat {fehler_anzahl} Fehler. Ein Ersetzen überschreibt \
                 den ganzen Vorgang; bitte erst korrigieren."
            ),
            befunde,
        });
    }
    let client = client?;
    match ersetzen::ersetzen(
        &client,
        &stand.vorgangsnummer,
        &stand.geladen,
        &stand.content,
    )
    .await
    {
        Ok(Ersetzen::Ersetzt { jetzt }) => {
            let content =
                ersetzen::request(stand.content["updateMetadaten"].clone(), jetzt.clone());
            lock(store)
                .record_ersetzt(
                    id,
                    &header(stand.environment, &stand.vorgangsnummer, &content),
                    &jetzt,
                    &content,
                )
                .map_err(store_error)?;
            Ok(ErsetzenErgebnis::Ersetzt {
                vorgangsnummer: stand.vorgangsnummer,
            })
        }
        Ok(Ersetzen::Geaendert { server, merge }) => Ok(ErsetzenErgebnis::Geaendert {
            server_aenderungen: aenderungen_von(&stand.geladen, &server),
            konflikte: merge
                .conflicts
                .into_iter()
                .map(|c| Konflikt {
                    path: LeadKind::Kundenangaben.body_path(&c.path),
                    geladen: c.loaded,
                    server: c.server,
                    meins: c.mine,
                })
                .collect(),
            server,
        }),
        Err(error @ (ApiError::BadRequest { .. } | ApiError::Unprocessable { .. })) => {
            let befunde = LeadKind::Kundenangaben.server_findings(&error);
            Ok(ErsetzenErgebnis::Abgelehnt {
                message: format!("Europace hat das Ersetzen abgelehnt: {error}"),
                befunde,
            })
        }
        Err(error) => Err(fehler(&error, Vorhaben::KundenangabenErsetzen)),
    }
}
