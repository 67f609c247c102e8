//! Drafts that complete an existing BaufiSmart case: the Kundenangaben read from Europace
//! become the draft's content, and the version read is kept beside it (sealed), so a replace
//! can show what changes against it and notice when the server changed meanwhile.

use rusqlite::{OptionalExtension, TransactionBehavior, params};
use serde_json::Value;

use crate::error::StoreError;
use crate::model::{DraftHeader, DraftId, HistoryEvent, Part, Saved};
use crate::store::{Store, append_event, now, open_part, save_in, seal_json};

/// A draft's case and the case's Kundenangaben as last read.
#[derive(Debug, Clone, PartialEq)]
pub struct Ergaenzung {
    /// The BaufiSmart Vorgangsnummer.
    pub vorgangsnummer: String,
    /// The Kundenangaben as Europace held them when last read.
    pub geladen: Part<Value>,
}

fn aad_geladen(id: DraftId) -> String {
    format!("{id}:geladen")
}

impl Store {
    /// A new draft for case `vorgangsnummer` with `content`, remembering `geladen` (the
    /// Kundenangaben as read) as the version a replace starts from.
    pub fn start_ergaenzung(
        &mut self,
        header: &DraftHeader,
        vorgangsnummer: &str,
        geladen: &Value,
        content: &Value,
    ) -> Result<Saved, StoreError> {
        let id = DraftId::new();
        let Store { conn, sealer, .. } = self;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let saved = save_in(&tx, sealer, id, header, content)?;
        tx.execute(
            "UPDATE drafts SET ergaenzt = ?2, geladen_sealed = ?3 WHERE id = ?1",
            params![
                id.to_string(),
                vorgangsnummer,
                seal_json(sealer, &aad_geladen(id), geladen)?
            ],
        )?;
        let event = HistoryEvent::Geladen {
            vorgangsnummer: vorgangsnummer.to_owned(),
        };
        append_event(&tx, sealer, id, now(), &event)?;
        tx.commit()?;
        Ok(saved)
    }

    /// The case draft `id` completes, if it completes one.
    pub fn ergaenzung(&self, id: DraftId) -> Result<Option<Ergaenzung>, StoreError> {
        let row: Option<(Option<String>, Option<Vec<u8>>)> = self
            .conn
            .query_row(
                "SELECT ergaenzt, geladen_sealed FROM drafts WHERE id = ?1",
                [id.to_string()],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        match row {
            None => Err(StoreError::NotFound(id)),
            Some((Some(vorgangsnummer), Some(sealed))) => Ok(Some(Ergaenzung {
                vorgangsnummer,
                geladen: open_part(&self.sealer, &aad_geladen(id), sealed),
            })),
            Some(_) => Ok(None),
        }
    }

    /// After a replace: the case now holds `jetzt` (as read back, with the ids Europace gave to
    /// new objects), and the draft continues from it with `content`.
    pub fn record_ersetzt(
        &mut self,
        id: DraftId,
        header: &DraftHeader,
        jetzt: &Value,
        content: &Value,
    ) -> Result<Saved, StoreError> {
        self.rebase(id, header, jetzt, content, true)
    }

    /// The user took in the server's changes made since loading: the draft continues from
    /// `server` with the merged `content`.
    pub fn rebase_ergaenzung(
        &mut self,
        id: DraftId,
        header: &DraftHeader,
        server: &Value,
        content: &Value,
    ) -> Result<Saved, StoreError> {
        self.rebase(id, header, server, content, false)
    }

    fn rebase(
        &mut self,
        id: DraftId,
        header: &DraftHeader,
        geladen: &Value,
        content: &Value,
        ersetzt: bool,
    ) -> Result<Saved, StoreError> {
        let Some(Ergaenzung { vorgangsnummer, .. }) = self.ergaenzung(id)? else {
            return Err(StoreError::NotFound(id));
        };
        let Store { conn, sealer, .. } = self;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let saved = save_in(&tx, sealer, id, header, content)?;
        tx.execute(
            "UPDATE drafts SET geladen_sealed = ?2 WHERE id = ?1",
            params![
                id.to_string(),
                seal_json(sealer, &aad_geladen(id), geladen)?
            ],
        )?;
        let event = if ersetzt {
            HistoryEvent::Ersetzt { vorgangsnummer }
        } else {
            HistoryEvent::Geladen { vorgangsnummer }
        };
        append_event(&tx, sealer, id, now(), &event)?;
        tx.commit()?;
        Ok(saved)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::{DraftKey, Environment, LeadKind};

    fn header() -> DraftHeader {
        DraftHeader {
            kind: LeadKind::Kundenangaben,
            environment: Environment::Sandbox,
            title: "Mustermann, Max".into(),
            berater: None,
        }
    }

    #[test]
    fn keeps_the_loaded_version_sealed_and_never_queues() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("drafts.sqlite");
        let mut store = Store::open(&path, &DraftKey::generate().unwrap()).unwrap();
        let geladen = json!({"haushalte": [{"id": "h1", "kunden": [{"id": "k1",
            "personendaten": {"person": {"nachname": "Mustermann"}}}]}]});
        let content = json!({"updateMetadaten": {}, "kundenangaben": geladen});
        let saved = store
            .start_ergaenzung(&header(), "YX4MDU", &geladen, &content)
            .unwrap();
        let ergaenzung = store.ergaenzung(saved.id).unwrap().unwrap();
        assert_eq!(ergaenzung.vorgangsnummer, "YX4MDU");
        assert_eq!(ergaenzung.geladen, Part::Ok(geladen.clone()));
        let draft = store.get(saved.id).unwrap();
        assert_eq!(draft.summary.ergaenzt.as_deref(), Some("YX4MDU"));
        assert_eq!(draft.content, Part::Ok(content.clone()));

        let err = store.enqueue(saved.id).unwrap_err();
        assert!(matches!(err, StoreError::Ergaenzung { .. }), "{err:?}");

        let jetzt = json!({"haushalte": []});
        let after = store
            .record_ersetzt(
                saved.id,
                &header(),
                &jetzt,
                &json!({"updateMetadaten": {}, "kundenangaben": jetzt}),
            )
            .unwrap();
        assert_eq!(after.revision, 2);
        assert_eq!(
            store.ergaenzung(saved.id).unwrap().unwrap().geladen,
            Part::Ok(jetzt)
        );
        let events: Vec<_> = store
            .get(saved.id)
            .unwrap()
            .history
            .into_iter()
            .filter_map(|e| e.event.ok().cloned())
            .collect();
        assert!(events.contains(&HistoryEvent::Ersetzt {
            vorgangsnummer: "YX4MDU".into()
        }));

        // A copy is a new lead: no case, no ids of the original, the Tippgeber as import metadata.
        let copy = store.duplicate(saved.id).unwrap();
        assert_eq!(store.ergaenzung(copy.id).unwrap(), None);
        assert_eq!(
            store.get(copy.id).unwrap().content,
            Part::Ok(json!({"kundenangaben": {"haushalte": []}}))
        );
        store.enqueue(copy.id).unwrap();

        let plain = store.save(DraftId::new(), &header(), &json!({})).unwrap();
        assert_eq!(store.ergaenzung(plain.id).unwrap(), None);
        drop(store);
        let bytes = std::fs::read(&path).unwrap();
        let needle = b"Mustermann";
        assert!(!bytes.windows(needle.len()).any(|w| w == needle));
    }
}
