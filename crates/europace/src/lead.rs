//! What Leadbridge sends: a lead of one [`LeadKind`], captured for a [`Berater`]. The one
//! definition the store, the outbox, the command line (`clap` feature) and the app's bindings
//! (`specta` feature) share.
//!
//! Everything that differs between the kinds is answered here, by [`LeadKind`]'s methods:
//! validation, the applicant's name for a title, where the body carries the client reference
//! and the Kundenbetreuer, how a server's field path maps into the body, which client creates
//! the lead, and where a Vorgang it created can be looked for. Callers never `match` on a kind;
//! a new kind is added here and the compiler names every method that must handle it.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::auth::TokenProvider;
use crate::drklein::LeadResponse;
use crate::drklein::client::DrKleinClient;
use crate::error::ApiError;
use crate::finding::{Finding, FindingKind};
use crate::kex_import::VorgangResponse;
use crate::kex_import::client::KexImportClient;
use crate::kundenangaben::KundenangabenImportResponse;
use crate::kundenangaben::client::KundenangabenClient;

/// Where a Kundenangaben import says whether it is Echtgeschäft. The client writes it from the
/// environment when sending ([`KundenangabenClient::create`]), so a lead captured in Sandbox or
/// Test never becomes Echtgeschäft and nobody has to choose it.
const DATENKONTEXT: &str = "importMetadaten.datenkontext";

/// Which API a lead body is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum LeadKind {
    /// KreditSmart Vorgang import (Ratenkredit).
    KexImport,
    /// BaufiSmart Kundenangaben (Baufinanzierung).
    Kundenangaben,
    /// Dr. Klein lead with a Tippgeber.
    #[cfg_attr(feature = "clap", value(name = "drklein"))]
    DrKlein,
}

impl LeadKind {
    /// Every kind, in the order they are offered.
    pub const ALL: [Self; 3] = [Self::KexImport, Self::Kundenangaben, Self::DrKlein];

    /// The name on command lines and in messages, e.g. `kex-import`.
    pub fn slug(self) -> &'static str {
        match self {
            Self::KexImport => "kex-import",
            Self::Kundenangaben => "kundenangaben",
            Self::DrKlein => "drklein",
        }
    }

    /// Findings of the raw JSON `body` (unknown properties included) against this kind's API.
    pub fn validate_json(self, body: &str) -> Vec<Finding> {
        match self {
            Self::KexImport => crate::kex_import::validate_json(body),
            Self::Kundenangaben => {
                let mut findings = crate::kundenangaben::validate_json(body);
                // Sending writes the Datenkontext: nothing about it is the user's to fix.
                findings.retain(|f| f.path != DATENKONTEXT);
                findings
            }
            Self::DrKlein => crate::drklein::validate_json(body),
        }
    }

    /// "Nachname, Vorname" of the first Antragsteller / Kunde, or whichever of the two is
    /// there; `None` while neither is.
    pub fn applicant_name(self, body: &Value) -> Option<String> {
        let person = match self {
            Self::KexImport | Self::DrKlein => &body["antragsteller1"]["personendaten"],
            Self::Kundenangaben => {
                &body["kundenangaben"]["haushalte"][0]["kunden"][0]["personendaten"]["person"]
            }
        };
        let part = |key: &str| {
            person[key]
                .as_str()
                .map(str::trim)
                .filter(|s| !s.is_empty())
        };
        match (part("nachname"), part("vorname")) {
            (Some(nachname), Some(vorname)) => Some(format!("{nachname}, {vorname}")),
            (Some(name), None) | (None, Some(name)) => Some(name.to_owned()),
            (None, None) => None,
        }
    }

    /// Where the body carries the caller's own reference: `eigeneVorgangsnummer` in the KEX
    /// import (and the Dr. Klein lead, which reuses its body), `importMetadaten.externeVorgangsId`
    /// in the Kundenangaben import.
    pub fn reference_path(self) -> &'static [&'static str] {
        match self {
            Self::KexImport | Self::DrKlein => &["eigeneVorgangsnummer"],
            Self::Kundenangaben => &["importMetadaten", "externeVorgangsId"],
        }
    }

    /// Where the body names the Kundenbetreuer's partnerId.
    pub fn kundenbetreuer_path(self) -> &'static [&'static str] {
        match self {
            Self::KexImport | Self::DrKlein => &["kundenbetreuer", "partnerId"],
            Self::Kundenangaben => &["importMetadaten", "betreuung", "kundenbetreuer"],
        }
    }

    /// A path a server named in its problem body, as a path into the body sent: the
    /// Kundenangaben API names fields relative to `kundenangaben`, the others from the root.
    pub fn body_path(self, server_path: &str) -> String {
        match self {
            Self::KexImport | Self::DrKlein => server_path.to_owned(),
            Self::Kundenangaben if server_path.is_empty() => "kundenangaben".to_owned(),
            Self::Kundenangaben => format!("kundenangaben.{server_path}"),
        }
    }

    /// The fields a server named in its problem body (`error`), as [`FindingKind::Server`]
    /// Fehler at their paths in the body sent ([`Self::body_path`]). The one mapping of a
    /// server's refusal into the body, for a send and for a check alike.
    pub fn server_findings(self, error: &ApiError) -> Vec<Finding> {
        error
            .problem()
            .map(|problem| {
                problem
                    .findings()
                    .into_iter()
                    .map(|finding| Finding {
                        path: self.body_path(&finding.path),
                        ..finding.of(FindingKind::Server)
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Whether the API's terms make it a must that the customer received the Berater's
    /// privacy statement (Datenschutzhinweise) before the lead reaches Echtgeschäft: the
    /// Kundenangaben spec does ("provide the privacy statement of the advisor (MUST)").
    pub fn needs_datenschutzhinweis(self) -> bool {
        matches!(self, Self::Kundenangaben)
    }

    /// Where a person opens the Vorgang `vorgangsnummer` in Europace's web application; only
    /// the Kundenangaben spec names such a URL.
    pub fn portal_url(self, vorgangsnummer: &str) -> Option<reqwest::Url> {
        match self {
            Self::Kundenangaben => Some(crate::environment::baufismart_vorgang_url(vorgangsnummer)),
            Self::KexImport | Self::DrKlein => None,
        }
    }

    /// Whether the kind's API can check a body without creating anything (only Kundenangaben
    /// has body-validation).
    pub fn offers_check(self) -> bool {
        matches!(self, Self::Kundenangaben)
    }

    /// Asks the API to check `body` as it would on create, without creating anything; `None`
    /// for a kind whose API offers no such check ([`Self::offers_check`]).
    pub async fn check<C: LeadClients>(
        self,
        clients: &C,
        body: &Value,
    ) -> Option<Result<(), C::Error>> {
        match self {
            Self::Kundenangaben => Some(
                async {
                    // Only the status counts: an accepted body is answered with an empty
                    // Vorgangsnummer, which nobody reads.
                    let _: serde::de::IgnoredAny = KundenangabenClient::new(clients.tokens()?)
                        .validate(body)
                        .await?;
                    Ok(())
                }
                .await,
            ),
            Self::KexImport | Self::DrKlein => None,
        }
    }

    /// Whether sending needs the Dr. Klein JWT rather than Europace's OAuth client.
    pub fn needs_drklein_jwt(self) -> bool {
        matches!(self, Self::DrKlein)
    }

    /// The Europace product a Vorgang created from this kind lives in.
    pub fn product(self) -> Product {
        match self {
            Self::KexImport | Self::DrKlein => Product::KreditSmart,
            Self::Kundenangaben => Product::BaufiSmart,
        }
    }

    /// Where a person finds a Vorgang sent with `reference` when no API can look it up.
    pub fn where_to_look(self, reference: &str) -> String {
        let (api, field, place) = match self {
            Self::KexImport => (
                "Die KreditSmart-Schnittstellen bieten",
                "eigene Vorgangsnummer",
                "in KreditSmart",
            ),
            Self::Kundenangaben => (
                "Die Kundenangaben-Schnittstelle bietet",
                "externe Vorgangs-ID",
                "in BaufiSmart",
            ),
            Self::DrKlein => (
                "Die Dr.-Klein-Schnittstelle bietet",
                "eigene Vorgangsnummer",
                "in KreditSmart oder beim Dr.-Klein-Support",
            ),
        };
        format!(
            "Nicht auffindbar: {api} keine Suche nach der {field}. Bitte {place} \
             nach {reference} suchen und den Vorgang dort prüfen, bevor erneut gesendet wird."
        )
    }

    /// Sends `body` as it is with the client this kind needs from `clients`.
    pub async fn create<C: LeadClients>(
        self,
        clients: &C,
        body: &Value,
    ) -> Result<Created, C::Error> {
        Ok(match self {
            Self::KexImport => {
                let answer: VorgangResponse = KexImportClient::new(clients.tokens()?)
                    .create_vorgang(body)
                    .await?;
                Created {
                    vorgangsnummer: answer.vorgangsnummer,
                    vorgangs_id: None,
                    messages: answer.messages.unwrap_or_default(),
                }
            }
            Self::Kundenangaben => {
                let answer: KundenangabenImportResponse =
                    KundenangabenClient::new(clients.tokens()?)
                        .create(body)
                        .await?;
                Created {
                    vorgangsnummer: answer.vorgangsnummer,
                    vorgangs_id: None,
                    messages: Vec::new(),
                }
            }
            Self::DrKlein => {
                let answer: LeadResponse = clients.drklein()?.create_lead(body).await?;
                Created {
                    vorgangsnummer: answer.europace_vorgangsnummer,
                    vorgangs_id: answer.vorgangs_id,
                    messages: answer.messages.unwrap_or_default(),
                }
            }
        })
    }
}

/// Where a created Vorgang lives at Europace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Product {
    /// Ratenkredit (KEX).
    KreditSmart,
    /// Baufinanzierung.
    BaufiSmart,
}

/// The clients a caller can send with; [`LeadKind::create`] asks for the one its kind needs,
/// so a caller without a Dr. Klein JWT can still send to Europace and the other way round.
pub trait LeadClients {
    /// The caller's error: a client it cannot provide, or the API's [`ApiError`].
    type Error: From<ApiError>;

    /// Europace OAuth tokens (KEX import, Kundenangaben).
    fn tokens(&self) -> Result<TokenProvider, Self::Error>;

    /// The Dr. Klein lead client.
    fn drklein(&self) -> Result<DrKleinClient, Self::Error>;
}

/// What a create call answered with 2xx, the same for every kind.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Created {
    /// `None` when the server processed the request but named no number.
    pub vorgangsnummer: Option<String>,
    /// Dr. Klein's own id of the lead, which its support asks for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vorgangs_id: Option<String>,
    /// Hints of the service, e.g. values it dropped.
    pub messages: Vec<String>,
}

/// A Berater the user captures leads for: a Europace partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct Berater {
    /// Display name.
    pub name: String,
    /// Europace partnerId.
    pub partner_id: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::{Problem, Violation};
    use crate::trace::TraceId;

    #[test]
    fn server_violations_land_at_their_field_of_the_body() {
        let error = ApiError::BadRequest {
            trace_id: TraceId::generate("test"),
            problem: Some(Box::new(Problem {
                violations: vec![Violation {
                    field: "haushalte[0].kunden[0].referenzId".into(),
                    message: Some("must not be null".into()),
                }],
                ..Problem::default()
            })),
        };
        let findings = LeadKind::Kundenangaben.server_findings(&error);
        assert_eq!(
            findings,
            vec![Finding {
                path: "kundenangaben.haushalte[0].kunden[0].referenzId".into(),
                severity: crate::finding::Severity::Fehler,
                kind: FindingKind::Server,
                message: "must not be null".into(),
            }]
        );
        assert_eq!(
            LeadKind::KexImport.server_findings(&error)[0].path,
            "haushalte[0].kunden[0].referenzId"
        );
        let without_problem = ApiError::Timeout {
            trace_id: TraceId::generate("test"),
        };
        assert!(
            LeadKind::Kundenangaben
                .server_findings(&without_problem)
                .is_empty()
        );
    }

    #[test]
    fn only_a_baufismart_case_has_a_portal_url_and_needs_the_datenschutzhinweis() {
        assert_eq!(
            LeadKind::Kundenangaben
                .portal_url("YX4MDU")
                .map(String::from),
            Some("https://www.europace2.de/vorgang/oeffne/YX4MDU".to_owned())
        );
        assert_eq!(LeadKind::KexImport.portal_url("YX4MDU"), None);
        assert_eq!(LeadKind::DrKlein.portal_url("YX4MDU"), None);
        assert!(LeadKind::Kundenangaben.needs_datenschutzhinweis());
        assert!(!LeadKind::KexImport.needs_datenschutzhinweis());
        assert!(!LeadKind::DrKlein.needs_datenschutzhinweis());
        assert!(LeadKind::Kundenangaben.offers_check());
        assert!(!LeadKind::KexImport.offers_check());
        assert!(!LeadKind::DrKlein.offers_check());
    }

    #[test]
    fn a_kundenangaben_body_needs_no_datenkontext_of_its_own() {
        let at = |body: &str| {
            LeadKind::Kundenangaben
                .validate_json(body)
                .into_iter()
                .filter(|f| f.path == DATENKONTEXT)
                .count()
        };
        assert_eq!(at(r#"{"importMetadaten": {}, "kundenangaben": {}}"#), 0);
        assert_eq!(
            at(r#"{"importMetadaten": {"datenkontext": "UNBEKANNT"}, "kundenangaben": {}}"#),
            0
        );
        // Everything else of the body is still checked.
        assert!(
            !LeadKind::Kundenangaben
                .validate_json(
                    r#"{"importMetadaten": {"prioritaet": "SOFORT"}, "kundenangaben": {}}"#
                )
                .is_empty()
        );
    }
}
