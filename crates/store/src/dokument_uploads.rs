//! Document uploads to a Vorgang: one row per file, with the state of its upload and the
//! caller's record (path, file name, outcome) sealed like the drafts. An upload still
//! [`DokumentUploadState::Laeuft`] when the store opens was cut off by a crash or restart and
//! becomes [`DokumentUploadState::Unterbrochen`], to be sent again whole by the user's choice.

use chrono::{DateTime, Utc};
use rusqlite::params;
use serde_json::Value;

use crate::Environment;
use crate::error::StoreError;
use crate::model::{Part, StoredName};
use crate::store::{Store, micros, now, open_part, seal_json, time_at};

/// Where an upload stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DokumentUploadState {
    /// Handed to the uploader: waiting for its turn or under way.
    Laeuft,
    /// Europace answered 201.
    Hochgeladen,
    /// Refused or not sent; nothing reached Europace for good.
    Fehlgeschlagen,
    /// Sent whole, but no answer: Europace may or may not have it.
    Unklar,
    /// Stopped by the user.
    Abgebrochen,
    /// Cut off by a crash or restart while it ran.
    Unterbrochen,
}

impl DokumentUploadState {
    const ALL: [Self; 6] = [
        Self::Laeuft,
        Self::Hochgeladen,
        Self::Fehlgeschlagen,
        Self::Unklar,
        Self::Abgebrochen,
        Self::Unterbrochen,
    ];

    fn as_str(self) -> &'static str {
        match self {
            Self::Laeuft => "Laeuft",
            Self::Hochgeladen => "Hochgeladen",
            Self::Fehlgeschlagen => "Fehlgeschlagen",
            Self::Unklar => "Unklar",
            Self::Abgebrochen => "Abgebrochen",
            Self::Unterbrochen => "Unterbrochen",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|state| state.as_str() == s)
    }
}

/// One upload as kept.
#[derive(Debug, Clone, PartialEq)]
pub struct DokumentUpload {
    /// The caller's id of the upload.
    pub id: String,
    /// Where the Vorgang lives.
    pub environment: Environment,
    /// The Vorgang the file goes to.
    pub vorgangsnummer: String,
    /// When the file was handed over.
    pub created_at: DateTime<Utc>,
    /// The last change of state.
    pub updated_at: DateTime<Utc>,
    /// Where the upload stands.
    pub state: DokumentUploadState,
    /// The caller's record.
    pub record: Part<Value>,
}

fn aad(id: &str) -> String {
    format!("dokument-upload:{id}")
}

const COLUMNS: &str = "id, environment, vorgangsnummer, created_at, updated_at, state, sealed";

impl Store {
    /// Keeps an upload's state and record, creating the row on first use.
    pub fn put_dokument_upload(
        &mut self,
        id: &str,
        environment: Environment,
        vorgangsnummer: &str,
        state: DokumentUploadState,
        record: &Value,
    ) -> Result<(), StoreError> {
        let sealed = seal_json(&self.sealer, &aad(id), record)?;
        let now = micros(now());
        self.conn.execute(
            "INSERT INTO dokument_uploads
                 (id, environment, vorgangsnummer, created_at, updated_at, state, sealed)
             VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6)
             ON CONFLICT (id) DO UPDATE SET updated_at = ?4, state = ?5, sealed = ?6",
            params![
                id,
                environment.stored(),
                vorgangsnummer,
                now,
                state.as_str(),
                sealed
            ],
        )?;
        Ok(())
    }

    /// Every upload to a Vorgang, oldest first.
    pub fn dokument_uploads(
        &self,
        environment: Environment,
        vorgangsnummer: &str,
    ) -> Result<Vec<DokumentUpload>, StoreError> {
        let mut statement = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM dokument_uploads
             WHERE environment = ?1 AND vorgangsnummer = ?2 ORDER BY created_at, id"
        ))?;
        let uploads = statement
            .query_map(params![environment.stored(), vorgangsnummer], |row| {
                self.upload(row)
            })?
            .collect::<Result<_, _>>()?;
        Ok(uploads)
    }

    /// Forgets an upload (the user removed its row).
    pub fn delete_dokument_upload(&mut self, id: &str) -> Result<(), StoreError> {
        self.conn
            .execute("DELETE FROM dokument_uploads WHERE id = ?1", [id])?;
        Ok(())
    }

    /// Uploads a crash or restart cut off: [`DokumentUploadState::Laeuft`] becomes
    /// [`DokumentUploadState::Unterbrochen`].
    pub(crate) fn recover_interrupted_uploads(&mut self) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE dokument_uploads SET state = ?1 WHERE state = ?2",
            params![
                DokumentUploadState::Unterbrochen.as_str(),
                DokumentUploadState::Laeuft.as_str()
            ],
        )?;
        Ok(())
    }

    fn upload(&self, row: &rusqlite::Row<'_>) -> rusqlite::Result<DokumentUpload> {
        let unknown = |index: usize, what: &str, text: String| {
            rusqlite::Error::FromSqlConversionFailure(
                index,
                rusqlite::types::Type::Text,
                format!("unbekannte{what} {text:?}").into(),
            )
        };
        let id: String = row.get(0)?;
        let environment_text: String = row.get(1)?;
        let environment = Environment::from_stored(&environment_text)
            .ok_or_else(|| unknown(1, " Umgebung", environment_text))?;
        let state_text: String = row.get(5)?;
        let state = DokumentUploadState::parse(&state_text)
            .ok_or_else(|| unknown(5, "r Zustand", state_text))?;
        Ok(DokumentUpload {
            record: open_part(&self.sealer, &aad(&id), row.get(6)?),
            id,
            environment,
            vorgangsnummer: row.get(2)?,
            created_at: time_at(row, 3)?,
            updated_at: time_at(row, 4)?,
            state,
        })
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::DraftKey;

    #[test]
    fn an_upload_cut_off_by_a_restart_is_interrupted_and_its_record_stays_sealed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("drafts.sqlite");
        let key = DraftKey::generate().unwrap();
        let mut store = Store::open(&path, &key).unwrap();
        let record = json!({ "name": "Gehaltsnachweis Mustermann.pdf" });
        store
            .put_dokument_upload(
                "a",
                Environment::Sandbox,
                "AB1234",
                DokumentUploadState::Laeuft,
                &record,
            )
            .unwrap();
        store
            .put_dokument_upload(
                "b",
                Environment::Sandbox,
                "AB1234",
                DokumentUploadState::Hochgeladen,
                &record,
            )
            .unwrap();
        store
            .put_dokument_upload(
                "c",
                Environment::Test,
                "AB1234",
                DokumentUploadState::Laeuft,
                &record,
            )
            .unwrap();
        drop(store);
        let bytes = std::fs::read(&path).unwrap();
        assert!(!bytes.windows(10).any(|w| w == b"Mustermann"));

        let mut store = Store::open(&path, &key).unwrap();
        let uploads = store
            .dokument_uploads(Environment::Sandbox, "AB1234")
            .unwrap();
        let states: Vec<_> = uploads.iter().map(|u| (u.id.as_str(), u.state)).collect();
        assert_eq!(
            states,
            [
                ("a", DokumentUploadState::Unterbrochen),
                ("b", DokumentUploadState::Hochgeladen)
            ]
        );
        assert_eq!(uploads[0].record, Part::Ok(record));
        store.delete_dokument_upload("a").unwrap();
        assert_eq!(
            store
                .dokument_uploads(Environment::Sandbox, "AB1234")
                .unwrap()
                .len(),
            1
        );
    }
}
