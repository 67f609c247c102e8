//! Typed models, validation and HTTP clients for the APIs Leadbridge talks to.
//!
//! One module per API, its models named exactly as the API names them:
//!
//! | module | API |
//! |---|---|
//! | [`country`] | ISO-3166 countries as the import API names them (plus `SONSTIGE`, `XK`) |
//! | [`drklein`] | Dr. Klein lead API: lead body, response, validation |
//! | [`finding`] | validation findings shared by every API's `validate` |
//! | [`kex_import`] | KreditSmart Vorgang import: request, response, validation |
//! | [`tolerant`] | enums that keep values they do not know (tolerant reader) |
//! | [`unknown`] | findings for properties an API would silently drop |
//!
//! This crate knows nothing of Tauri, SQLite or a UI.

pub mod country;
pub mod drklein;
pub mod finding;
pub mod kex_import;
pub mod tolerant;
pub mod unknown;
