//! Finding a Vorgang by the client reference an unanswered send carried.

use std::collections::BTreeMap;
use std::time::Duration;

use europace::lead::{LeadKind, Product};
use reqwest::Url;
use serde::Deserialize;

/// What a lookup by client reference found.
///
/// What each API offers (see the specs in `shared/spec/`):
///
/// | API | reference sent | lookup by it |
/// |---|---|---|
/// | KEX import | `eigeneVorgangsnummer` | none: the export API reads a Vorgang only by `vorgangsnummer` |
/// | Kundenangaben | `importMetadaten.externeVorgangsId` | none: `GET /kundenangaben/{vorgangsnummer}` only; the search the FAQ mentions is in the BaufiSmart Vorgänge API, which Leadbridge does not use |
/// | Dr. Klein | `eigeneVorgangsnummer` (the lead reuses the KEX body) | none: the lead API has no read endpoint |
///
/// Only the embedded sandbox lists what it holds (`GET {base}/_admin/state`), so in the
/// Sandbox environment an unclear send is resolved by its reference; in Test and Produktion
/// the answer is [`Lookup::NotSupported`] with what the user can do instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// Exactly one Vorgang carries the reference; the draft is now Gesendet.
    Found {
        /// Its Vorgangsnummer.
        vorgangsnummer: String,
    },
    /// The listing is complete and no Vorgang carries the reference: the send created
    /// nothing. The draft stays Unklar until the user chooses to send again.
    NotCreated,
    /// Several Vorgänge carry the reference; the draft stays Unklar for the user to decide.
    Ambiguous {
        /// All of them.
        vorgangsnummern: Vec<String>,
    },
    /// The API offers no lookup by reference; the draft stays Unklar.
    NotSupported {
        /// Why, and what the user can do, in German.
        reason: String,
    },
}

impl Lookup {
    /// One German sentence for the UI.
    pub fn message(&self) -> String {
        match self {
            Lookup::Found { vorgangsnummer } => {
                format!(
                    "Der Vorgang {vorgangsnummer} wurde gefunden; der Entwurf gilt als gesendet."
                )
            }
            Lookup::NotCreated => "Es wurde kein Vorgang mit dieser Referenz angelegt. \
                                   Der Entwurf kann nach Bestätigung erneut gesendet werden."
                .to_owned(),
            Lookup::Ambiguous { vorgangsnummern } => format!(
                "Mehrere Vorgänge tragen diese Referenz: {}. Bitte in Europace prüfen.",
                vorgangsnummern.join(", ")
            ),
            Lookup::NotSupported { reason } => reason.clone(),
        }
    }
}

/// Why a lookup could not be answered.
#[derive(Debug, thiserror::Error)]
#[error("Die Sandbox konnte nicht nach dem Vorgang durchsucht werden: {0}")]
pub struct LookupFailed(String);

/// The sandbox's complete listing of what it holds.
#[derive(Debug, Clone)]
pub(crate) struct SandboxListing {
    http: reqwest::Client,
    state_url: Url,
}

/// Only the fields a lookup reads: the listing holds every Vorgang in full, and skipping
/// the rest is much cheaper than building it.
#[derive(Deserialize)]
struct ListedState {
    #[serde(default)]
    vorgaenge: BTreeMap<String, ListedVorgang>,
    #[serde(default)]
    kundenangaben: BTreeMap<String, ListedCase>,
}

#[derive(Deserialize)]
struct ListedVorgang {
    #[serde(default)]
    daten: ListedDaten,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct ListedDaten {
    eigene_vorgangsnummer: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ListedCase {
    #[serde(default)]
    import_metadaten: ListedMetadaten,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct ListedMetadaten {
    externe_vorgangs_id: Option<String>,
}

impl SandboxListing {
    pub(crate) fn new(base_url: &str) -> Result<Self, LookupFailed> {
        let state_url = Url::parse(base_url)
            .and_then(|base| base.join("_admin/state"))
            .map_err(|e| LookupFailed(format!("ungültige Adresse {base_url}: {e}")))?;
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .build()
            .map_err(|e| LookupFailed(e.to_string()))?;
        Ok(Self { http, state_url })
    }

    pub(crate) async fn find(
        &self,
        kind: LeadKind,
        reference: &str,
    ) -> Result<Lookup, LookupFailed> {
        let failed = |e: reqwest::Error| LookupFailed(e.to_string());
        let state: ListedState = self
            .http
            .get(self.state_url.clone())
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map_err(failed)?
            .json()
            .await
            .map_err(failed)?;
        let carrying =
            |reference_of: Option<&String>| reference_of.map(String::as_str) == Some(reference);
        let mut found: Vec<String> = match kind.product() {
            Product::KreditSmart => state
                .vorgaenge
                .into_iter()
                .filter(|(_, v)| carrying(v.daten.eigene_vorgangsnummer.as_ref()))
                .map(|(nummer, _)| nummer)
                .collect(),
            Product::BaufiSmart => state
                .kundenangaben
                .into_iter()
                .filter(|(_, c)| carrying(c.import_metadaten.externe_vorgangs_id.as_ref()))
                .map(|(nummer, _)| nummer)
                .collect(),
        };
        Ok(match found.len() {
            0 => Lookup::NotCreated,
            1 => Lookup::Found {
                vorgangsnummer: found.remove(0),
            },
            _ => Lookup::Ambiguous {
                vorgangsnummern: found,
            },
        })
    }
}

/// The answer where the API offers no lookup by reference.
pub(crate) fn not_supported(kind: LeadKind, reference: &str) -> Lookup {
    Lookup::NotSupported {
        reason: kind.where_to_look(reference),
    }
}
