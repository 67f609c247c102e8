//! Leadbridge's drafts and outbox: SQLite, encrypted at rest.
//!
//! A [`Store`] keeps the user's drafts in one SQLite file whose path the app
//! chooses, and moves each draft through the outbox so that a lead is never
//! sent twice by accident:
//!
//! | method | from | to |
//! |---|---|---|
//! | [`Store::save`] with changed content | Entwurf, Wartend, Abgelehnt | Entwurf |
//! | [`Store::enqueue`] | Entwurf, Abgelehnt | Wartend |
//! | [`Store::dequeue`] | Wartend | Entwurf |
//! | [`Store::begin_send`] | Wartend | WirdGesendet |
//! | [`Store::finish_sent`] | WirdGesendet | Gesendet |
//! | [`Store::finish_rejected`] | WirdGesendet | Abgelehnt |
//! | [`Store::finish_unclear`] | WirdGesendet | Unklar |
//! | [`Store::retry_safe`] | WirdGesendet | Wartend |
//! | [`Store::resolve_unclear`] with [`Resolution::Found`] | Unklar | Gesendet |
//! | [`Store::resolve_unclear`] with [`Resolution::SendAgain`] | Unklar | Wartend |
//! | [`Store::open`] (crash recovery) | WirdGesendet | Unklar |
//!
//! Anything else is refused with [`StoreError::IllegalTransition`] (or
//! [`StoreError::NotEditable`] for a save) and changes nothing. A draft in
//! WirdGesendet cannot be deleted either: its outcome is still to come.
//!
//! The caller commits `begin_send` before the network call and one of the
//! `finish_*` methods after it. A draft still in `WirdGesendet` when the
//! store opens was caught by a crash mid-send and becomes `Unklar`: it may
//! have reached the server, so it is looked up by its client reference or
//! sent again only by the user's explicit choice ([`Resolution`]).
//!
//! ```
//! use serde_json::json;
//! use store::{DraftHeader, DraftId, DraftKey, LeadKind, Environment, OutboxState, Store};
//!
//! # fn main() -> Result<(), store::StoreError> {
//! # let dir = tempfile::tempdir().unwrap();
//! # let path = dir.path().join("drafts.sqlite");
//! let key = DraftKey::generate()?; // first start; later read from the keyring
//! let mut store = Store::open(&path, &key)?;
//!
//! let id = DraftId::new();
//! let header = DraftHeader {
//!     kind: LeadKind::KexImport,
//!     environment: Environment::Sandbox,
//!     title: "Muster, Anna".into(),
//!     berater: None,
//! };
//! store.save(id, &header, &json!({ "antragsteller1": { "vorname": "Anna" } }))?;
//!
//! store.enqueue(id)?;
//! let ticket = store.begin_send(id)?; // committed before the request
//! // ... send ticket.content with ticket.client_reference ...
//! # let _ = ticket;
//! store.finish_sent(id, "AB1234", vec![])?; // committed after the answer
//! assert_eq!(store.get(id)?.summary.state, OutboxState::Gesendet);
//! # Ok(())
//! # }
//! ```
//!
//! # Encryption at rest
//!
//! Personal data is sealed with XChaCha20-Poly1305 under the caller's
//! [`DraftKey`], with a fresh random 24-byte nonce per write. The associated
//! data names the draft id and the column (and a history entry's position),
//! so ciphertexts cannot be swapped between rows or columns unnoticed.
//!
//! What is encrypted: the form content, the title (it holds the customer's
//! name), the Berater, the status details (Vorgangsnummer, server messages)
//! and every history payload. What stays readable, because SQL must sort,
//! filter and queue by it and it says nothing about a person: the draft id,
//! kind, environment, outbox state, revision, creation and change times, the
//! queue position, the client reference of the last send attempt, and the
//! type and time of each history entry. Searching by title therefore
//! decrypts titles in memory ([`Store::list`]).
//!
//! A wrong or lost key is detected when the store opens
//! ([`StoreError::WrongKey`]). A single row that cannot be decrypted or
//! parsed is still listed and opened, its part reported as
//! [`Part::Damaged`] with the raw bytes, never dropped.
//!
//! # Durability and deletion
//!
//! The database runs in WAL mode with `synchronous=FULL`, so an `Ok` from
//! [`Store::save`] means the save survives a crash or power loss.
//! `secure_delete` zeroes freed pages, and [`Store::delete`] checkpoints and
//! truncates the WAL, so a deleted draft leaves no trace in the files.

#![warn(missing_docs)]

mod crypto;
mod dokument_uploads;
mod ergaenzungen;
mod error;
mod model;
mod store;
mod vorgaenge;

pub use crypto::{DraftKey, KEY_LEN};
pub use dokument_uploads::{DokumentUpload, DokumentUploadState};
pub use ergaenzungen::Ergaenzung;
pub use error::StoreError;
// Defined in `europace`; re-exported because every signature of the store names them.
pub use europace::environment::Environment;
pub use europace::lead::{Berater, LeadKind};
pub use model::{
    Damaged, Draft, DraftHeader, DraftId, DraftMeta, DraftSummary, HistoryEntry, HistoryEvent,
    ListQuery, OutboxState, OutboxStatus, Part, Resolution, Saved, SendTicket, SortKey, SortOrder,
    Violation,
};
pub use store::Store;
pub use vorgaenge::VorgangEntry;
