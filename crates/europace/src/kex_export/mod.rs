//! KEX Vorgang Export API (GraphQL): read a KreditSmart Vorgang with its Anträge, status and
//! benötigte Unterlagen.

pub mod client;
pub mod extra;
pub mod labels;
pub mod model;
pub mod query;
