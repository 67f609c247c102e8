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
//! `application/problem+json`, declared as [`Problem`] (400: [`BadRequestProblem`]).
//!
//! The OpenAPI document and the service disagree on 400 bodies: the document declares
//! `BadRequestProblem.violations` as one object, the service sends an array of them
//! (`"violations":[{"field":"haushalte[0].kunden","message":"…"}]`). The generated
//! [`BadRequestProblem`] follows the document and fails on a real body, so the
//! [`client`] never reads into it: every error body becomes a [`crate::problem::Problem`],
//! which accepts the list, a single object and `null`, and is reachable through
//! [`ApiError::problem`](crate::error::ApiError::problem). The generated problem types stay
//! for completeness of the model only.
//!
//! The [`model`] is generated from the OpenAPI document in `openapi/`; [`validate()`],
//! [`validate_json`] and [`validate_replace`] check a body before it is sent.

pub mod changes;
pub mod client;
pub mod ersetzen;
pub mod model;
mod numbers;
mod tagged;
pub mod validate;

pub use model::*;
pub use validate::{Request, validate, validate_json, validate_replace};

/// The media type the OpenAPI document names for request and success bodies.
pub const MEDIA_TYPE: &str = "application/json;version=1.0";
