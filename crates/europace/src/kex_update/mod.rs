//! KEX Vorgang Update API: add documents and comments to an existing KreditSmart Vorgang.

pub mod client;
pub mod upload;
