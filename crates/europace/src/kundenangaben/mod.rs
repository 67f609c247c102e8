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
//! Request and success bodies use the media type [`MEDIA_TYPE`]; errors come as
//! `application/problem+json`, a [`Problem`] (400: [`BadRequestProblem`]).
//!
//! The [`model`] is generated from the OpenAPI document in `openapi/`; [`validate()`],
//! [`validate_json`] and [`validate_replace`] check a body before it is sent.

pub mod client;
pub mod model;
mod numbers;
mod schema;
mod tagged;
pub mod validate;

pub use model::*;
pub use validate::{Request, validate, validate_json, validate_replace};

/// The media type the OpenAPI document names for request and success bodies.
pub const MEDIA_TYPE: &str = "application/json;version=1.0";
