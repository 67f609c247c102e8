//! BaufiSmart Kundenangaben API: create a Vorgang from customer data, read it, replace it,
//! or let the service validate a body without storing it.
//!
//! | operation | request body | response |
//! |---|---|---|
//! | `POST /kundenangaben` (create) | [`ImportKundenangabenRequest`] | 201 [`KundenangabenImportResponse`] |
//! | `POST /kundenangaben/body-validation` | [`ImportKundenangabenRequest`] | 200 [`KundenangabenImportResponse`] |
//! | `GET /kundenangaben/{vorgangsnummer}` (get) | – | 200 [`Kundenangaben`] |
//! | `PUT /kundenangaben/{vorgangsnummer}` (replace) | [`UpdateKundenangabenRequest`] | 204, no body |
//!
//! Errors come as [`Problem`] (400 as [`BadRequestProblem`]). Every request and response uses
//! the media type [`MEDIA_TYPE`].
//!
//! The [`model`] is generated from the OpenAPI document in `openapi/`; [`validate`] checks a
//! body before it is sent.

pub mod model;
#[doc(hidden)]
pub mod numbers;
mod schema;
#[doc(hidden)]
pub mod tagged;
pub mod validate;

pub use model::*;
pub use validate::{Request, validate, validate_json, validate_replace};

/// The media type the OpenAPI document names for every request and response body.
pub const MEDIA_TYPE: &str = "application/json;version=1.0";
