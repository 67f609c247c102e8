//! Vorgänge the app follows, per environment: when first opened, when last read, whether
//! something changed since the user last looked, and the caller's record of it (what
//! Europace said, uploads, comments), sealed like the drafts.

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use serde_json::Value;

use crate::Environment;
use crate::error::StoreError;
use crate::model::{Part, StoredName};
use crate::store::{Store, micros, now, open_part, seal_json, time_at};

/// One followed Vorgang.
#[derive(Debug, Clone, PartialEq)]
pub struct VorgangEntry {
    /// Where it lives.
    pub environment: Environment,
    /// As Europace writes it.
    pub vorgangsnummer: String,
    /// When the app first kept it.
    pub opened_at: DateTime<Utc>,
    /// The last successful read, if any.
    pub fetched_at: Option<DateTime<Utc>>,
    /// Changed since the user last looked.
    pub news: bool,
    /// The caller's record.
    pub record: Part<Value>,
}

fn aad(environment: Environment, vorgangsnummer: &str) -> String {
    format!("vorgang:{}:{vorgangsnummer}", environment.stored())
}

const COLUMNS: &str = "environment, vorgangsnummer, opened_at, fetched_at, news, sealed";

impl Store {
    /// Keeps `record` for a Vorgang, creating the entry on first use. `fetched` moves the time
    /// of the last read to now.
    pub fn put_vorgang(
        &mut self,
        environment: Environment,
        vorgangsnummer: &str,
        record: &Value,
        fetched: bool,
        news: bool,
    ) -> Result<(), StoreError> {
        let sealed = seal_json(&self.sealer, &aad(environment, vorgangsnummer), record)?;
        let now = micros(now());
        self.conn.execute(
            "INSERT INTO vorgaenge (environment, vorgangsnummer, opened_at, fetched_at, news, sealed)
             VALUES (?1, ?2, ?3, CASE WHEN ?4 THEN ?3 END, ?5, ?6)
             ON CONFLICT (environment, vorgangsnummer) DO UPDATE SET
                 fetched_at = CASE WHEN ?4 THEN ?3 ELSE fetched_at END,
                 news = ?5,
                 sealed = ?6",
            params![
                environment.stored(),
                vorgangsnummer,
                now,
                fetched,
                news,
                sealed
            ],
        )?;
        Ok(())
    }

    /// The entry of one Vorgang, if the app follows it.
    pub fn vorgang(
        &self,
        environment: Environment,
        vorgangsnummer: &str,
    ) -> Result<Option<VorgangEntry>, StoreError> {
        Ok(self
            .conn
            .query_row(
                &format!(
                    "SELECT {COLUMNS} FROM vorgaenge WHERE environment = ?1 AND vorgangsnummer = ?2"
                ),
                params![environment.stored(), vorgangsnummer],
                |row| self.entry(row),
            )
            .optional()?)
    }

    /// Every Vorgang followed in `environment`, most recently opened first.
    pub fn vorgaenge(&self, environment: Environment) -> Result<Vec<VorgangEntry>, StoreError> {
        let mut statement = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM vorgaenge WHERE environment = ?1 ORDER BY opened_at DESC"
        ))?;
        let entries = statement
            .query_map([environment.stored()], |row| self.entry(row))?
            .collect::<Result<_, _>>()?;
        Ok(entries)
    }

    fn entry(&self, row: &rusqlite::Row<'_>) -> rusqlite::Result<VorgangEntry> {
        let environment_text: String = row.get(0)?;
        let environment = Environment::from_stored(&environment_text).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                0,
                rusqlite::types::Type::Text,
                format!("unbekannte Umgebung {environment_text:?}").into(),
            )
        })?;
        let vorgangsnummer: String = row.get(1)?;
        let fetched_at = match row.get::<_, Option<i64>>(3)? {
            Some(_) => Some(time_at(row, 3)?),
            None => None,
        };
        Ok(VorgangEntry {
            record: open_part(
                &self.sealer,
                &aad(environment, &vorgangsnummer),
                row.get(5)?,
            ),
            environment,
            opened_at: time_at(row, 2)?,
            fetched_at,
            news: row.get(4)?,
            vorgangsnummer,
        })
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::DraftKey;

    #[test]
    fn keeps_records_per_environment_sealed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("drafts.sqlite");
        let key = DraftKey::generate().unwrap();
        let mut store = Store::open(&path, &key).unwrap();
        let record = json!({ "latest": { "antragsteller": "Mustermann, Max" } });
        store
            .put_vorgang(Environment::Sandbox, "AB1234", &record, false, false)
            .unwrap();
        let first = store
            .vorgang(Environment::Sandbox, "AB1234")
            .unwrap()
            .unwrap();
        assert_eq!(first.fetched_at, None);
        store
            .put_vorgang(Environment::Sandbox, "AB1234", &record, true, true)
            .unwrap();
        let entry = store
            .vorgang(Environment::Sandbox, "AB1234")
            .unwrap()
            .unwrap();
        assert!(entry.news);
        assert!(entry.fetched_at.is_some());
        assert_eq!(entry.opened_at, first.opened_at);
        assert_eq!(entry.record, Part::Ok(record));
        assert!(
            store
                .vorgang(Environment::Test, "AB1234")
                .unwrap()
                .is_none()
        );
        assert_eq!(store.vorgaenge(Environment::Sandbox).unwrap().len(), 1);
        drop(store);
        let bytes = std::fs::read(&path).unwrap();
        let needle = b"Mustermann";
        assert!(!bytes.windows(needle.len()).any(|w| w == needle));
    }
}
