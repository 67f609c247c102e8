//! Typed models, validation and HTTP clients for the APIs Leadbridge talks to.
//!
//! One module per API, its models named exactly as the API names them:
//!
//! | module | API |
//! |---|---|
//! | [`finding`] | validation findings shared by every API's `validate` |
//! | [`tolerant`] | enums that keep values they do not know (tolerant reader) |
//! | [`unknown`] | findings for properties an API would silently drop |
//! | [`kundenangaben`] | BaufiSmart Kundenangaben API: create, get, replace, body-validation |
//!
//! This crate knows nothing of Tauri, SQLite or a UI.

pub mod finding;
pub mod kundenangaben;
pub mod tolerant;
pub mod unknown;
