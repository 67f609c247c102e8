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
    /// Another Leadbridge (app or command line) has this database open.
    #[error(
        "Die Entwurfsdatenbank {} ist bereits geöffnet: Leadbridge läuft schon \
         (ein anderes Fenster oder die Kommandozeile). Bitte arbeiten Sie dort weiter \
         oder schließen Sie es zuerst.",
        .0.display()
    )]
    AlreadyOpen(std::path::PathBuf),
    /// The lock file next to the database cannot be created or locked.
    #[error(
        "Die Sperrdatei {} der Entwurfsdatenbank lässt sich nicht anlegen oder sperren. \
         Bitte prüfen Sie Zugriffsrechte und Speicherplatz.",
        .path.display()
    )]
    Lock {
        /// The lock file.
        path: std::path::PathBuf,
        /// What the OS said (kept for logs; not shown, it is English).
        #[source]
        source: std::io::Error,
    },
    /// SQLite failed. SQLite's own text is English: it stays in the source, the message
    /// says in German what the error code means.
    #[error("Die Entwurfsdatenbank meldet einen Fehler: {}.", sqlite_reason(.0))]
    Database(#[from] rusqlite::Error),
    /// The schema could not be brought up to date.
    #[error("Die Entwurfsdatenbank konnte nicht auf den aktuellen Stand gebracht werden.")]
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
    /// The draft completes an existing case: it replaces that case's data and never goes
    /// into the outbox as a new lead.
    #[error(
        "Dieser Entwurf ergänzt den BaufiSmart-Vorgang {vorgangsnummer}. Er wird mit „Ersetzen“ \
         an diesen Vorgang geschickt, nicht als neuer Lead gesendet."
    )]
    Ergaenzung {
        /// The draft.
        id: DraftId,
        /// The case it completes.
        vorgangsnummer: String,
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
            StoreError::AlreadyOpen(_) => "already_open",
            StoreError::Lock { .. } => "lock",
            StoreError::Database(_) => "database",
            StoreError::Migration(_) => "migration",
            StoreError::NotFound(_) => "not_found",
            StoreError::IllegalTransition { .. } => "illegal_transition",
            StoreError::Ergaenzung { .. } => "ergaenzung",
            StoreError::NotEditable { .. } => "not_editable",
            StoreError::Damaged { .. } => "damaged",
            StoreError::InvalidJson(_) => "invalid_json",
            StoreError::CheckpointBusy => "checkpoint_busy",
        }
    }
}

/// What a SQLite error means for the user, in German.
fn sqlite_reason(error: &rusqlite::Error) -> &'static str {
    use rusqlite::ErrorCode;
    match error.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
            "sie wird gerade von einem anderen Programm benutzt"
        }
        Some(ErrorCode::DiskFull) => "kein Speicherplatz mehr",
        Some(ErrorCode::ReadOnly) => "sie ist schreibgeschützt",
        Some(ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => {
            "sie lässt sich nicht öffnen (Zugriffsrechte, Verzeichnis)"
        }
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
            "die Datei ist beschädigt oder keine Entwurfsdatenbank"
        }
        Some(ErrorCode::SystemIoFailure) => "Lesen oder Schreiben auf dem Datenträger schlug fehl",
        Some(_) => "Datenbankfehler",
        None => "unerwarteter Inhalt",
    }
}
