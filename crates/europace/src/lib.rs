//! Typed models, validation and HTTP clients for the APIs Leadbridge talks to: Europace's
//! KreditSmart (Ratenkredit) import, export and update APIs, BaufiSmart Kundenangaben, and the
//! Dr. Klein lead API.
//!
//! # How the pieces fit
//!
//! 1. Pick a [`Site`](environment::Site): a sandbox (a local stand-in such as Leadbridge's
//!    `crates/sandbox`, every API below one base URL) or Europace in an
//!    [`Environment`](environment::Environment), `Test` (test mode) or `Produktion`
//!    (Echtgeschäft). The clients derive everything that makes a request real business
//!    (query parameter, `datenkontext`, scope) from its environment.
//! 2. Make one [`Transport`](transport::Transport) (a shared HTTP connection pool with
//!    timeouts) and, for the Europace APIs, one [`TokenProvider`](auth::TokenProvider) with
//!    the OAuth2 client credentials; it fetches and caches tokens per scope set.
//! 3. Build the client of the API you need from it and call it with the typed models.
//!    Every call sends an `X-TraceId`; every failure is an [`ApiError`](error::ApiError)
//!    with that id, a German message, the server's [`Problem`](problem::Problem) body if
//!    any, and an [`Outcome`](error::Outcome) saying whether sending again is safe.
//! 4. Before sending, `validate` (typed body) or `validate_json` (raw JSON) of the API's
//!    module returns [`Finding`](finding::Finding)s at JSON paths with German messages,
//!    including values the API would silently drop.
//!
//! # Examples
//!
//! Create a KreditSmart Vorgang in the Sandbox (the Sandbox accepts the client `sandbox` /
//! `sandbox`):
//!
//! ```no_run
//! use europace::auth::{ClientCredentials, Secret, TokenProvider};
//! use europace::environment::Site;
//! use europace::finding::has_fehler;
//! use europace::kex_import::client::KexImportClient;
//! use europace::kex_import::{Antragsteller, Partner, Personendaten, Vorgang, validate};
//! use europace::transport::{Transport, TransportOptions};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let sandbox = Site::sandbox_under("http://127.0.0.1:4000")?;
//! let transport = Transport::new(sandbox, TransportOptions::default())?;
//! let tokens = TokenProvider::new(
//!     &transport,
//!     ClientCredentials {
//!         client_id: "sandbox".into(),
//!         client_secret: Secret::new("sandbox"),
//!     },
//! );
//!
//! let vorgang = Vorgang {
//!     kundenbetreuer: Some(Partner { partner_id: Some("ABC12".into()) }),
//!     antragsteller1: Some(Antragsteller {
//!         personendaten: Some(Personendaten {
//!             vorname: Some("Max".into()),
//!             nachname: Some("Mustermann".into()),
//!             ..Default::default()
//!         }),
//!         ..Default::default()
//!     }),
//!     ..Default::default()
//! };
//! let findings = validate(&vorgang);
//! if !has_fehler(&findings) {
//!     let created: europace::kex_import::VorgangResponse = KexImportClient::new(tokens).create_vorgang(&vorgang).await?;
//!     println!("Vorgang {:?} angelegt", created.vorgangsnummer);
//! }
//! # Ok(())
//! # }
//! ```
//!
//! Validate a raw JSON file before importing it (no server needed):
//!
//! ```no_run
//! use europace::finding::Severity;
//!
//! let text = std::fs::read_to_string("vorgang.json")?;
//! for finding in europace::kex_import::validate_json(&text) {
//!     let label = match finding.severity {
//!         Severity::Fehler => "Fehler",
//!         Severity::Hinweis => "Hinweis",
//!     };
//!     println!("{label} bei {}: {}", finding.path, finding.message);
//! }
//! # Ok::<(), std::io::Error>(())
//! ```
//!
//! Read a Vorgang with its Anträge through the export (GraphQL):
//!
//! ```no_run
//! # use europace::auth::TokenProvider;
//! use europace::kex_export::client::KexExportClient;
//!
//! # async fn run(tokens: TokenProvider) -> Result<(), europace::error::ApiError> {
//! let vorgang = KexExportClient::new(tokens).vorgang("AB1234").await?;
//! for antrag in vorgang.antraege.iter().flatten() {
//!     let status = antrag.produktanbieterstatus.as_ref().and_then(|s| s.status.as_ref());
//!     println!("{:?}: {:?}", antrag.antragsnummer, status.map(|s| s.as_str()));
//! }
//! # Ok(())
//! # }
//! ```
//!
//! Upload a document to a Vorgang, streamed, with progress:
//!
//! ```no_run
//! # use europace::auth::TokenProvider;
//! use std::path::Path;
//!
//! use europace::kex_update::client::KexUpdateClient;
//!
//! # async fn run(tokens: TokenProvider) -> Result<(), europace::error::ApiError> {
//! KexUpdateClient::new(tokens)
//!     .upload_dokument("AB1234", Path::new("Gehaltsnachweis.pdf"), "Gehaltsnachweis.pdf", |p| {
//!         println!("{} von {} Bytes gesendet", p.sent, p.total)
//!     })
//!     .await?;
//! # Ok(())
//! # }
//! ```
//!
//! Create a BaufiSmart Vorgang from Kundenangaben (the `datenkontext` follows the
//! environment), and submit a lead to Dr. Klein with its JWT instead of OAuth:
//!
//! ```no_run
//! # use europace::auth::TokenProvider;
//! # use europace::transport::Transport;
//! use europace::auth::Secret;
//! use europace::drklein::client::DrKleinClient;
//! use europace::drklein::{Lead, Tippgeber};
//! use europace::kundenangaben::ImportKundenangabenRequest;
//! use europace::kundenangaben::client::KundenangabenClient;
//!
//! # async fn run(tokens: TokenProvider, transport: Transport) -> Result<(), Box<dyn std::error::Error>> {
//! let request: ImportKundenangabenRequest =
//!     serde_json::from_str(&std::fs::read_to_string("kundenangaben.json")?)?;
//! let created: europace::kundenangaben::KundenangabenImportResponse = KundenangabenClient::new(tokens).create(&request).await?;
//! println!("BaufiSmart-Vorgang {:?}", created.vorgangsnummer);
//!
//! let lead = Lead {
//!     tippgeber: Some(Tippgeber {
//!         vorname: Some("Erika".into()),
//!         nachname: Some("Musterfrau".into()),
//!         ..Default::default()
//!     }),
//!     ..Default::default()
//! };
//! let answer: europace::drklein::LeadResponse = DrKleinClient::new(&transport, Secret::new("eyJ…")).create_lead(&lead).await?;
//! println!("Dr. Klein: {:?}", answer.europace_vorgangsnummer);
//! # Ok(())
//! # }
//! ```
//!
//! # Modules
//!
//! One module per API, its models named exactly as the API names them:
//!
//! | module | API |
//! |---|---|
//! | [`finding`] | validation findings shared by every API's `validate` |
//! | [`tolerant`] | enums that keep values they do not know (tolerant reader) |
//! | [`unknown`] | findings for properties an API would silently drop |
//! | [`country`] | ISO-3166 countries as the import API names them (plus `SONSTIGE`, `XK`) |
//! | [`environment`] | Sandbox, Test, Produktion: base URLs and what makes a request Echtgeschäft |
//! | [`transport`] | the shared HTTP client, timeouts, status mapping |
//! | [`auth`] | OAuth2 client credentials, token cache, impersonation, [`auth::Secret`] |
//! | [`trace`] | the `X-TraceId` sent with every request |
//! | [`error`] | [`error::ApiError`]: one case per documented status, and whether a request was processed |
//! | [`problem`] | Problem JSON error bodies with their violations |
//! | [`kex_import`] | KreditSmart Vorgang import (REST): request, response, validation, client |
//! | [`kex_export`] | KreditSmart Vorgang export (GraphQL): the full read model |
//! | [`kex_update`] | KreditSmart documents (streamed upload) and comments |
//! | [`kundenangaben`] | BaufiSmart Kundenangaben: create, get, replace, validate |
//! | [`drklein`] | Dr. Klein lead API: lead body, response, validation, client |
//!
//! This crate knows nothing of Tauri, SQLite or a UI.

pub mod auth;
pub mod catalog;
pub mod country;
pub mod drklein;
pub mod environment;
pub mod error;
pub mod finding;
pub mod json_file;
pub mod kex_export;
pub mod kex_import;
pub mod kex_update;
pub mod kundenangaben;
pub mod lead;
pub mod problem;
pub mod tolerant;
pub mod trace;
pub mod transport;
pub mod unknown;
mod value_rules;

#[cfg(test)]
mod spec_examples;
