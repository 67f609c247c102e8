//! Typed models, validation and HTTP clients for the APIs Leadbridge talks to.
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
pub mod country;
pub mod drklein;
pub mod environment;
pub mod error;
pub mod finding;
pub mod kex_export;
pub mod kex_import;
pub mod kex_update;
pub mod kundenangaben;
pub mod problem;
pub mod tolerant;
pub mod trace;
pub mod transport;
pub mod unknown;

#[cfg(test)]
mod spec_examples;
