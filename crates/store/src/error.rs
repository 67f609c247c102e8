//! Errors of the store, with German messages for the user.

use crate::model::{DraftId, OutboxState};

/// Everything that can go wrong in the store. `Display` is German and safe
/// to show: it never contains personal data or key material.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The key does not open this database (lost or replaced key).
    #[error(
        "Der Schlüssel für die Entwürfe fehlt oder passt nicht zu dieser Datenbank. \
         Ohne den richtigen Schlüssel lassen sich die gespeicherten Entwürfe nicht öffnen."
    )]
    WrongKey,
    /// Key bytes of the wrong length.
    #[error("Der Schlüssel für die Entwürfe ist ungültig: {len} statt 32 Bytes.")]
    KeyLength {
        /// The length given.
        len: usize,
    },
    /// The OS random generator failed.
    #[error("Der Zufallsgenerator des Betriebssystems ist nicht verfügbar ({0}).")]
    Random(String),
    /// Encryption failed (only for absurdly large values).
    #[error("Der Entwurf konnte nicht verschlüsselt werden.")]
    Encrypt,
    /// SQLite failed.
    #[error("Die Entwurfsdatenbank meldet einen Fehler: {0}")]
    Database(#[from] rusqlite::Error),
    /// The schema could not be brought up to date.
    #[error("Die Entwurfsdatenbank konnte nicht auf den aktuellen Stand gebracht werden: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    /// No draft with this id.
    #[error("Den Entwurf {0} gibt es nicht (mehr).")]
    NotFound(DraftId),
    /// The action is not allowed in the draft's current state.
    #[error("„{action}“ ist im Zustand „{from}“ nicht möglich.")]
    IllegalTransition {
        /// The draft.
        id: DraftId,
        /// Its current state.
        from: OutboxState,
        /// What was attempted, in German.
        action: &'static str,
    },
    /// The draft has been sent (or may have been) and can no longer change.
    #[error(
        "Der Entwurf ist im Zustand „{state}“ und kann nicht mehr geändert werden. \
         Duplizieren Sie ihn, um daran weiterzuarbeiten."
    )]
    NotEditable {
        /// The draft.
        id: DraftId,
        /// Its current state.
        state: OutboxState,
    },
    /// A part of the draft that the action needs cannot be read.
    #[error(
        "Ein Teil des Entwurfs ({part}) lässt sich nicht entschlüsseln oder lesen. \
         Der Entwurf bleibt gespeichert, kann aber so nicht verwendet werden."
    )]
    Damaged {
        /// The draft.
        id: DraftId,
        /// Which part: "Inhalt" or "Titel und Status".
        part: &'static str,
    },
    /// Import of a file that is not JSON.
    #[error("Die Datei enthält kein gültiges JSON: {0}")]
    InvalidJson(#[source] serde_json::Error),
    /// The deleted draft may still be traceable in the write-ahead log.
    #[error(
        "Der Entwurf wurde gelöscht, aber das Datenbankjournal konnte nicht bereinigt werden, \
         weil die Datenbank gerade anderweitig benutzt wird. Das geschieht beim nächsten Öffnen."
    )]
    CheckpointBusy,
}

impl StoreError {
    /// A stable, machine-readable code the UI may branch on.
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::WrongKey => "wrong_key",
            StoreError::KeyLength { .. } => "key_length",
            StoreError::Random(_) => "random",
            StoreError::Encrypt => "encrypt",
            StoreError::Database(_) => "database",
            StoreError::Migration(_) => "migration",
            StoreError::NotFound(_) => "not_found",
            StoreError::IllegalTransition { .. } => "illegal_transition",
            StoreError::NotEditable { .. } => "not_editable",
            StoreError::Damaged { .. } => "damaged",
            StoreError::InvalidJson(_) => "invalid_json",
            StoreError::CheckpointBusy => "checkpoint_busy",
        }
    }
}
