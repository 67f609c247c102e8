//! The SQLite-backed store: drafts, history and outbox transitions.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, SubsecRound, Utc};
use rusqlite::types::Type;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use rusqlite_migration::{M, Migrations};
use serde::Serialize;
use serde::de::DeserializeOwned;
use uuid::Uuid;
use zeroize::Zeroize;

use crate::crypto::{DraftKey, Sealer};
use crate::error::StoreError;
use crate::model::StoredName;
use crate::model::{
    Damaged, Draft, DraftHeader, DraftId, DraftMeta, DraftSummary, HistoryEntry, HistoryEvent,
    ListQuery, OutboxState, OutboxStatus, Part, Resolution, Saved, SendTicket, SortKey, SortOrder,
    Violation,
};
use crate::{Environment, LeadKind};

/// Schema versions, oldest first; append, never edit a released one.
const MIGRATION_STEPS: &[M<'static>] = &[
    M::up(include_str!("../migrations/0001_drafts.sql")),
    M::up(include_str!("../migrations/0002_vorgaenge.sql")),
    M::up(include_str!("../migrations/0003_dokument_uploads.sql")),
    M::up(include_str!("../migrations/0004_ergaenzungen.sql")),
];
const MIGRATIONS: Migrations<'static> = Migrations::from_slice(MIGRATION_STEPS);

/// The plaintext sealed into `key_check`; only its authenticity matters.
const KEY_CHECK: &[u8] = b"leadbridge-drafts";

/// Long enough to ride out another connection's checkpoint, short enough
/// that a stuck lock surfaces as an error instead of a frozen UI.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

const SUMMARY_COLUMNS: &str =
    "id, kind, environment, state, revision, created_at, updated_at, meta_sealed, ergaenzt";

const PART_META: &str = "Titel und Status";
const PART_CONTENT: &str = "Inhalt";

/// Drafts and outbox in one SQLite file.
///
/// Every method runs in its own transaction and returns after the commit,
/// which with `synchronous=FULL` is durable: an `Ok` from [`Store::save`] is
/// the acknowledged save. Methods take `&mut self` because one connection
/// serves one caller at a time; the app wraps the store in a mutex.
pub struct Store {
    pub(crate) conn: Connection,
    pub(crate) sealer: Sealer,
    /// Held (exclusively locked) for as long as the store is open; the OS
    /// releases it when the process ends, however it ends.
    _lock: File,
}

/// The lock file next to the database: `drafts.sqlite` → `drafts.sqlite.lock`.
///
/// A separate file, because on Windows a lock on the database file itself
/// would also block SQLite's own reads and writes.
fn lock_path(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

/// Takes the exclusive lock of the database at `db`, or reports that another opener holds it.
fn lock_exclusively(db: &Path) -> Result<File, StoreError> {
    let path = lock_path(db);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|source| StoreError::Lock {
            path: path.clone(),
            source,
        })?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(TryLockError::WouldBlock) => Err(StoreError::AlreadyOpen(db.to_owned())),
        Err(TryLockError::Error(source)) => Err(StoreError::Lock { path, source }),
    }
}

impl Store {
    /// Opens (or creates) the database at `path` and checks `key` against it.
    ///
    /// Brings the schema up to date, turns every draft left in
    /// [`OutboxState::WirdGesendet`] by a crash into [`OutboxState::Unklar`],
    /// and clears the write-ahead log. A key that does not match the one the
    /// database was created with fails with [`StoreError::WrongKey`].
    ///
    /// One opener at a time: opening treats every send under way as
    /// interrupted, so a second opener of the same file would mark the first
    /// one's sends Unklar. The store therefore holds an exclusive lock on
    /// `<path>.lock` while open, and a second opener (another process, or a
    /// second `Store` in this one) fails with [`StoreError::AlreadyOpen`].
    pub fn open(path: impl AsRef<Path>, key: &DraftKey) -> Result<Self, StoreError> {
        let path = path.as_ref();
        let lock = lock_exclusively(path)?;
        let mut conn = Connection::open(path)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // journal_mode answers with the mode now in force (`wal` for any
        // file; tests check it), so it is read rather than executed.
        conn.query_row("PRAGMA journal_mode = WAL", [], |row| {
            row.get::<_, String>(0)
        })?;
        // FULL makes each WAL commit durable against power loss, not only
        // against a crash of the process: that is what "acknowledged" means.
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Freed pages are zeroed so deleted drafts leave nothing behind.
        conn.pragma_update(None, "secure_delete", "ON")?;
        MIGRATIONS.to_latest(&mut conn)?;
        let mut store = Self {
            conn,
            sealer: Sealer::new(key),
            _lock: lock,
        };
        store.check_key()?;
        store.recover_interrupted_sends()?;
        store.recover_interrupted_uploads()?;
        // A delete whose checkpoint was busy left traces in the WAL; this
        // clean-up is best effort and must not keep the drafts closed.
        store.checkpoint()?;
        Ok(store)
    }

    fn check_key(&mut self) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let stored: Option<Vec<u8>> = tx
            .query_row("SELECT sealed FROM key_check WHERE id = 1", [], |row| {
                row.get(0)
            })
            .optional()?;
        match stored {
            None => {
                let sealed = self.sealer.seal("key_check", KEY_CHECK)?;
                tx.execute(
                    "INSERT INTO key_check (id, sealed) VALUES (1, ?1)",
                    params![sealed],
                )?;
                tx.commit()?;
                Ok(())
            }
            Some(sealed) => match self.sealer.open("key_check", &sealed) {
                Some(plain) if plain == KEY_CHECK => Ok(()),
                _ => Err(StoreError::WrongKey),
            },
        }
    }

    fn recover_interrupted_sends(&mut self) -> Result<(), StoreError> {
        let Store { conn, sealer, .. } = self;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let stuck: Vec<(String, Option<String>, Vec<u8>)> = tx
            .prepare("SELECT id, client_reference, meta_sealed FROM drafts WHERE state = ?1")?
            .query_map([OutboxState::WirdGesendet.as_str()], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?))
            })?
            .collect::<Result<_, _>>()?;
        let now = now();
        for (id_text, client_reference, meta_sealed) in stuck {
            let id = parse_id(&id_text)?;
            let client_reference = client_reference.unwrap_or_default();
            // A damaged meta cannot be rewritten; the readable state column
            // still moves, which is what the outbox acts on.
            if let Part::Ok(mut meta) = open_part::<DraftMeta>(sealer, &aad_meta(id), meta_sealed) {
                meta.status = OutboxStatus::Unklar {
                    client_reference: client_reference.clone(),
                };
                let sealed = seal_json(sealer, &aad_meta(id), &meta)?;
                tx.execute(
                    "UPDATE drafts SET meta_sealed = ?2 WHERE id = ?1",
                    params![id_text, sealed],
                )?;
            }
            tx.execute(
                "UPDATE drafts SET state = ?2, updated_at = ?3 WHERE id = ?1",
                params![id_text, OutboxState::Unklar.as_str(), micros(now)],
            )?;
            append_event(
                &tx,
                sealer,
                id,
                now,
                &HistoryEvent::Error {
                    message: format!(
                        "Leadbridge wurde während des Sendens beendet. Ob der Server den \
                         Antrag erhalten hat, ist unbekannt (Referenz {client_reference})."
                    ),
                    trace_id: None,
                },
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Copies the WAL into the database and truncates it to zero bytes.
    /// Returns whether that completed; another connection's read blocks it.
    fn checkpoint(&self) -> Result<bool, StoreError> {
        let busy: i64 = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| row.get(0))?;
        Ok(busy == 0)
    }

    /// Saves `content` under `id`, creating the draft if it does not exist.
    ///
    /// Returns after the commit is durable. Saving identical header and
    /// content again writes nothing and returns the stored revision, so
    /// autosave may call this freely. A changed draft that was
    /// [`OutboxState::Wartend`] or [`OutboxState::Abgelehnt`] goes back to
    /// [`OutboxState::Entwurf`]: what was validated or refused is no longer
    /// what would be sent. Drafts whose send has begun are not editable.
    /// The kind of an existing draft never changes.
    pub fn save(
        &mut self,
        id: DraftId,
        header: &DraftHeader,
        content: &serde_json::Value,
    ) -> Result<Saved, StoreError> {
        let Store { conn, sealer, .. } = self;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let saved = save_in(&tx, sealer, id, header, content)?;
        tx.commit()?;
        Ok(saved)
    }

    /// The whole draft: list entry, content and history. Parts that cannot
    /// be decrypted or parsed are reported as [`Part::Damaged`].
    pub fn get(&self, id: DraftId) -> Result<Draft, StoreError> {
        let (summary, content) = self
            .conn
            .query_row(
                &format!("SELECT {SUMMARY_COLUMNS}, content_sealed FROM drafts WHERE id = ?1"),
                [id.to_string()],
                |row| Ok((self.summary_from_row(row)?, row.get::<_, Vec<u8>>(9)?)),
            )
            .optional()?
            .ok_or(StoreError::NotFound(id))?;
        let content = open_part(&self.sealer, &aad_content(id), content);
        let history = self
            .conn
            .prepare("SELECT seq, at, sealed FROM draft_events WHERE draft_id = ?1 ORDER BY seq")?
            .query_map([id.to_string()], |row| {
                let seq: i64 = row.get(0)?;
                Ok(HistoryEntry {
                    at: time_at(row, 1)?,
                    event: open_part(&self.sealer, &aad_event(id, seq), row.get(2)?),
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(Draft {
            summary,
            content,
            history,
        })
    }

    /// Lists drafts, filtered and sorted as `query` asks.
    ///
    /// Titles are encrypted, so the search decrypts them in memory and
    /// compares case-insensitively.
    pub fn list(&self, query: &ListQuery) -> Result<Vec<DraftSummary>, StoreError> {
        let column = match query.sort {
            SortKey::Created => "created_at",
            SortKey::Updated => "updated_at",
        };
        let direction = match query.order {
            SortOrder::Ascending => "ASC",
            SortOrder::Descending => "DESC",
        };
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS} FROM drafts WHERE (?1 IS NULL OR state = ?1)
             ORDER BY {column} {direction}, id"
        );
        let needle = query
            .search
            .as_deref()
            .map(|s| s.trim().to_lowercase())
            .filter(|s| !s.is_empty());
        let summaries: Vec<DraftSummary> = self
            .conn
            .prepare(&sql)?
            .query_map([query.state.map(OutboxState::as_str)], |row| {
                self.summary_from_row(row)
            })?
            .collect::<Result<_, _>>()?;
        Ok(summaries
            .into_iter()
            .filter(|summary| match (&needle, &summary.meta) {
                (None, _) | (Some(_), Part::Damaged(_)) => true,
                (Some(needle), Part::Ok(meta)) => meta.title.to_lowercase().contains(needle),
            })
            .collect())
    }

    /// The drafts waiting to be sent, oldest in the queue first.
    pub fn queue(&self) -> Result<Vec<DraftSummary>, StoreError> {
        let summaries = self
            .conn
            .prepare(&format!(
                "SELECT {SUMMARY_COLUMNS} FROM drafts WHERE state = ?1 ORDER BY queue_seq, id"
            ))?
            .query_map([OutboxState::Wartend.as_str()], |row| {
                self.summary_from_row(row)
            })?
            .collect::<Result<_, _>>()?;
        Ok(summaries)
    }

    /// Copies a draft's header and content into a new [`OutboxState::Entwurf`]
    /// draft with a fresh history. Works in every state, so a sent draft can
    /// be the start of a new lead. A draft that completes a case becomes a new
    /// lead without the case's ids.
    pub fn duplicate(&mut self, id: DraftId) -> Result<Saved, StoreError> {
        let draft = self.get(id)?;
        let meta = readable(id, PART_META, draft.summary.meta)?;
        let mut content = readable(id, PART_CONTENT, draft.content)?;
        if draft.summary.ergaenzt.is_some() {
            content = europace::kundenangaben::ersetzen::als_neuer_lead(&content);
        }
        let header = DraftHeader {
            kind: draft.summary.kind,
            environment: draft.summary.environment,
            title: meta.title,
            berater: meta.berater,
        };
        self.save(DraftId::new(), &header, &content)
    }

    /// Deletes a draft and its history for good.
    ///
    /// `secure_delete` zeroes the freed pages, and the WAL is checkpointed
    /// and truncated afterwards, so neither plaintext nor ciphertext of the
    /// draft stays in the database files. A draft whose send is under way
    /// cannot be deleted: its outcome still has to be recorded.
    pub fn delete(&mut self, id: DraftId) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let state = tx
            .query_row(
                "SELECT state FROM drafts WHERE id = ?1",
                [id.to_string()],
                |row| parse_state(&row.get::<_, String>(0)?),
            )
            .optional()?
            .ok_or(StoreError::NotFound(id))?;
        if state == OutboxState::WirdGesendet {
            return Err(StoreError::IllegalTransition {
                id,
                from: state,
                action: "Löschen",
            });
        }
        tx.execute("DELETE FROM drafts WHERE id = ?1", [id.to_string()])?;
        tx.commit()?;
        if !self.checkpoint()? {
            return Err(StoreError::CheckpointBusy);
        }
        Ok(())
    }

    /// The draft's content as pretty-printed JSON, e.g. to save as a file.
    pub fn export_json(&self, id: DraftId) -> Result<String, StoreError> {
        let content = readable(id, PART_CONTENT, self.get(id)?.content)?;
        Ok(serde_json::to_string_pretty(&content).expect("a JSON value always serializes"))
    }

    /// Creates a new draft from JSON content, e.g. from an exported file.
    pub fn import_json(&mut self, json: &str, header: &DraftHeader) -> Result<Saved, StoreError> {
        let content: serde_json::Value =
            serde_json::from_str(json).map_err(StoreError::InvalidJson)?;
        self.save(DraftId::new(), header, &content)
    }

    /// Records that the caller validated the draft with `findings` findings.
    pub fn record_validated(&mut self, id: DraftId, findings: u32) -> Result<(), StoreError> {
        self.record(id, &HistoryEvent::Validated { findings })
    }

    /// Records that the user chose to send despite findings, and what the
    /// import will lose as a result.
    pub fn record_override(&mut self, id: DraftId, lost: Vec<String>) -> Result<(), StoreError> {
        self.record(id, &HistoryEvent::Override { lost })
    }

    /// Records that the Berater confirmed the customer received the Berater's privacy
    /// statement for this draft.
    pub fn record_datenschutzhinweis(&mut self, id: DraftId) -> Result<(), StoreError> {
        self.record(id, &HistoryEvent::DatenschutzhinweisErteilt)
    }

    /// When the Berater first confirmed the privacy statement for this draft, if ever. Read
    /// from the event's tag, so a damaged entry still counts.
    pub fn datenschutzhinweis_erteilt(
        &self,
        id: DraftId,
    ) -> Result<Option<DateTime<Utc>>, StoreError> {
        let at = self
            .conn
            .query_row(
                "SELECT at FROM draft_events WHERE draft_id = ?1 AND kind = ?2 \
                 ORDER BY seq LIMIT 1",
                params![id.to_string(), crate::model::DATENSCHUTZHINWEIS_ERTEILT],
                |row| time_at(row, 0),
            )
            .optional()?;
        Ok(at)
    }

    fn record(&mut self, id: DraftId, event: &HistoryEvent) -> Result<(), StoreError> {
        let Store { conn, sealer, .. } = self;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let exists = tx
            .query_row(
                "SELECT 1 FROM drafts WHERE id = ?1",
                [id.to_string()],
                |_| Ok(()),
            )
            .optional()?;
        if exists.is_none() {
            return Err(StoreError::NotFound(id));
        }
        append_event(&tx, sealer, id, now(), event)?;
        tx.commit()?;
        Ok(())
    }

    /// [`OutboxState::Entwurf`] or [`OutboxState::Abgelehnt`] →
    /// [`OutboxState::Wartend`], at the end of the queue. The caller
    /// validates first.
    pub fn enqueue(&mut self, id: DraftId) -> Result<(), StoreError> {
        if let Some(ergaenzung) = self.ergaenzung(id)? {
            return Err(StoreError::Ergaenzung {
                id,
                vorgangsnummer: ergaenzung.vorgangsnummer,
            });
        }
        self.transition(
            id,
            "Zum Senden einreihen",
            &[OutboxState::Entwurf, OutboxState::Abgelehnt],
            |_, _, _| {
                Ok(Change {
                    status: OutboxStatus::Wartend,
                    events: vec![HistoryEvent::Queued],
                    to_queue_end: true,
                    client_reference: None,
                })
            },
        )
        .map(drop)
    }

    /// [`OutboxState::Wartend`] → [`OutboxState::Entwurf`]: the user takes
    /// the draft back before it is sent.
    pub fn dequeue(&mut self, id: DraftId) -> Result<(), StoreError> {
        self.transition(
            id,
            "Aus der Warteschlange nehmen",
            &[OutboxState::Wartend],
            |_, _, _| Ok(Change::to(OutboxStatus::Entwurf, HistoryEvent::Dequeued)),
        )
        .map(drop)
    }

    /// [`OutboxState::Wartend`] → [`OutboxState::WirdGesendet`], committed
    /// before the network call.
    ///
    /// Generates a fresh client reference for this attempt; the caller sends
    /// it as eigeneVorgangsnummer / externeVorgangsId so that, should the
    /// answer never come, the Vorgang can be looked up by it.
    pub fn begin_send(&mut self, id: DraftId) -> Result<SendTicket, StoreError> {
        let client_reference = format!("LB-{}", Uuid::new_v4().simple());
        let mut content = None;
        let mut berater = None;
        let row = self.transition(
            id,
            "Senden",
            &[OutboxState::Wartend],
            |sealer, current, meta| {
                berater = meta.berater.clone();
                // The content is read inside the transaction so the ticket
                // carries exactly what the record says was sent.
                content = Some(readable(
                    id,
                    PART_CONTENT,
                    open_part(sealer, &aad_content(id), current.content_sealed.clone()),
                )?);
                Ok(Change {
                    status: OutboxStatus::WirdGesendet {
                        client_reference: client_reference.clone(),
                    },
                    events: vec![HistoryEvent::Sent {
                        client_reference: client_reference.clone(),
                    }],
                    to_queue_end: false,
                    client_reference: Some(client_reference.clone()),
                })
            },
        )?;
        Ok(SendTicket {
            id,
            kind: row.kind,
            environment: row.environment,
            client_reference,
            content: content.expect("set by the successful transition"),
            berater,
        })
    }

    /// [`OutboxState::WirdGesendet`] → [`OutboxState::Gesendet`]: the server
    /// created the Vorgang. `messages` keeps what it said alongside, e.g.
    /// values the import dropped.
    pub fn finish_sent(
        &mut self,
        id: DraftId,
        vorgangsnummer: &str,
        messages: Vec<String>,
    ) -> Result<(), StoreError> {
        self.transition(
            id,
            "Als gesendet abschließen",
            &[OutboxState::WirdGesendet],
            |_, _, _| {
                Ok(Change::to(
                    OutboxStatus::Gesendet {
                        vorgangsnummer: vorgangsnummer.to_owned(),
                    },
                    HistoryEvent::Result {
                        vorgangsnummer: Some(vorgangsnummer.to_owned()),
                        messages,
                    },
                ))
            },
        )
        .map(drop)
    }

    /// [`OutboxState::WirdGesendet`] → [`OutboxState::Abgelehnt`]: the
    /// server answered and created nothing.
    pub fn finish_rejected(
        &mut self,
        id: DraftId,
        messages: Vec<String>,
        violations: Vec<Violation>,
    ) -> Result<(), StoreError> {
        self.transition(
            id,
            "Als abgelehnt abschließen",
            &[OutboxState::WirdGesendet],
            |_, _, _| {
                Ok(Change::to(
                    OutboxStatus::Abgelehnt {
                        messages: messages.clone(),
                        violations: violations.clone(),
                    },
                    HistoryEvent::Result {
                        vorgangsnummer: None,
                        messages,
                    },
                ))
            },
        )
        .map(drop)
    }

    /// [`OutboxState::WirdGesendet`] → [`OutboxState::Unklar`]: the request
    /// may have reached the server but no answer came (timeout, connection
    /// lost after sending, 5xx).
    pub fn finish_unclear(
        &mut self,
        id: DraftId,
        message: &str,
        trace_id: Option<&str>,
    ) -> Result<(), StoreError> {
        self.transition(
            id,
            "Als unklar abschließen",
            &[OutboxState::WirdGesendet],
            |_, current, _| {
                Ok(Change::to(
                    OutboxStatus::Unklar {
                        client_reference: current.client_reference.clone().unwrap_or_default(),
                    },
                    error_event(message, trace_id),
                ))
            },
        )
        .map(drop)
    }

    /// [`OutboxState::WirdGesendet`] → [`OutboxState::Wartend`], keeping the
    /// queue position. Only for errors proven to happen before the server
    /// processed anything (no connection, token refused); everything else is
    /// [`Store::finish_unclear`].
    pub fn retry_safe(
        &mut self,
        id: DraftId,
        message: &str,
        trace_id: Option<&str>,
    ) -> Result<(), StoreError> {
        self.transition(
            id,
            "Erneut einreihen",
            &[OutboxState::WirdGesendet],
            |_, _, _| {
                Ok(Change::to(
                    OutboxStatus::Wartend,
                    error_event(message, trace_id),
                ))
            },
        )
        .map(drop)
    }

    /// Resolves an [`OutboxState::Unklar`] draft: to
    /// [`OutboxState::Gesendet`] with the Vorgangsnummer a lookup by client
    /// reference found, or, by the user's explicit choice, back to
    /// [`OutboxState::Wartend`], recording the risk of a second Vorgang.
    pub fn resolve_unclear(
        &mut self,
        id: DraftId,
        resolution: Resolution,
    ) -> Result<(), StoreError> {
        self.transition(
            id,
            "Unklaren Versand auflösen",
            &[OutboxState::Unklar],
            |_, current, _| {
                Ok(match resolution {
                    Resolution::Found { vorgangsnummer } => Change::to(
                        OutboxStatus::Gesendet {
                            vorgangsnummer: vorgangsnummer.clone(),
                        },
                        HistoryEvent::Result {
                            vorgangsnummer: Some(vorgangsnummer),
                            messages: Vec::new(),
                        },
                    ),
                    Resolution::SendAgain => Change::to(
                        OutboxStatus::Wartend,
                        HistoryEvent::ResendChosen {
                            risk: format!(
                                "Der frühere Sendeversuch (Referenz {}) kann beim Server \
                                 angekommen sein. Erneutes Senden kann einen zweiten Vorgang \
                                 für denselben Kunden anlegen.",
                                current.client_reference.as_deref().unwrap_or("unbekannt")
                            ),
                        },
                    ),
                })
            },
        )
        .map(drop)
    }

    /// Runs one checked state change in one transaction: the state must be
    /// one of `from`, the meta must be readable, and the new status, events
    /// and queue position are written together.
    fn transition(
        &mut self,
        id: DraftId,
        action: &'static str,
        from: &[OutboxState],
        change: impl FnOnce(&Sealer, &Current, &DraftMeta) -> Result<Change, StoreError>,
    ) -> Result<Current, StoreError> {
        let Store { conn, sealer, .. } = self;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current = tx
            .query_row(
                "SELECT state, kind, environment, client_reference, meta_sealed, content_sealed
                 FROM drafts WHERE id = ?1",
                [id.to_string()],
                |row| {
                    Ok(Current {
                        state: parse_state(&row.get::<_, String>(0)?)?,
                        kind: parse_column(1, &row.get::<_, String>(1)?, LeadKind::from_stored)?,
                        environment: parse_column(
                            2,
                            &row.get::<_, String>(2)?,
                            Environment::from_stored,
                        )?,
                        client_reference: row.get(3)?,
                        meta_sealed: row.get(4)?,
                        content_sealed: row.get(5)?,
                    })
                },
            )
            .optional()?
            .ok_or(StoreError::NotFound(id))?;
        if !from.contains(&current.state) {
            return Err(StoreError::IllegalTransition {
                id,
                from: current.state,
                action,
            });
        }
        let mut meta = readable(
            id,
            PART_META,
            open_part::<DraftMeta>(sealer, &aad_meta(id), current.meta_sealed.clone()),
        )?;
        let change = change(sealer, &current, &meta)?;
        let now = now();
        let state = change.status.state();
        meta.status = change.status;
        tx.execute(
            "UPDATE drafts SET state = ?2, updated_at = ?3, meta_sealed = ?4,
                 client_reference = COALESCE(?5, client_reference),
                 queue_seq = CASE WHEN ?6 OR queue_seq IS NULL
                     THEN (SELECT COALESCE(MAX(queue_seq), 0) + 1 FROM drafts)
                     ELSE queue_seq END
             WHERE id = ?1",
            params![
                id.to_string(),
                state.as_str(),
                micros(now),
                seal_json(sealer, &aad_meta(id), &meta)?,
                change.client_reference,
                change.to_queue_end,
            ],
        )?;
        for event in &change.events {
            append_event(&tx, sealer, id, now, event)?;
        }
        tx.commit()?;
        Ok(current)
    }

    fn summary_from_row(&self, row: &rusqlite::Row<'_>) -> rusqlite::Result<DraftSummary> {
        let id = parse_id(&row.get::<_, String>(0)?)?;
        Ok(DraftSummary {
            id,
            kind: parse_column(1, &row.get::<_, String>(1)?, LeadKind::from_stored)?,
            environment: parse_column(2, &row.get::<_, String>(2)?, Environment::from_stored)?,
            state: parse_state(&row.get::<_, String>(3)?)?,
            revision: revision_at(row, 4)?,
            created_at: time_at(row, 5)?,
            updated_at: time_at(row, 6)?,
            meta: open_part(&self.sealer, &aad_meta(id), row.get(7)?),
            ergaenzt: row.get(8)?,
        })
    }
}

/// The row as a save finds it.
struct Stored {
    state: OutboxState,
    revision: u64,
    updated_at: DateTime<Utc>,
    environment: String,
    meta_sealed: Vec<u8>,
    content_sealed: Vec<u8>,
}

/// The row as a transition finds it.
struct Current {
    state: OutboxState,
    kind: LeadKind,
    environment: Environment,
    client_reference: Option<String>,
    meta_sealed: Vec<u8>,
    content_sealed: Vec<u8>,
}

/// What a transition writes.
struct Change {
    status: OutboxStatus,
    events: Vec<HistoryEvent>,
    /// Moves the draft to the end of the queue; otherwise it keeps its place.
    to_queue_end: bool,
    /// Replaces the stored client reference when set.
    client_reference: Option<String>,
}

impl Change {
    fn to(status: OutboxStatus, event: HistoryEvent) -> Self {
        Self {
            status,
            events: vec![event],
            to_queue_end: false,
            client_reference: None,
        }
    }
}

/// [`Store::save`] inside the caller's transaction, so other writes can commit with it.
pub(crate) fn save_in(
    tx: &Connection,
    sealer: &Sealer,
    id: DraftId,
    header: &DraftHeader,
    content: &serde_json::Value,
) -> Result<Saved, StoreError> {
    let existing = tx
        .query_row(
            "SELECT state, revision, updated_at, environment, meta_sealed, content_sealed
                 FROM drafts WHERE id = ?1",
            [id.to_string()],
            |row| {
                Ok(Stored {
                    state: parse_state(&row.get::<_, String>(0)?)?,
                    revision: revision_at(row, 1)?,
                    updated_at: time_at(row, 2)?,
                    environment: row.get(3)?,
                    meta_sealed: row.get(4)?,
                    content_sealed: row.get(5)?,
                })
            },
        )
        .optional()?;
    let now = now();
    let meta = DraftMeta {
        title: header.title.clone(),
        berater: header.berater.clone(),
        status: OutboxStatus::Entwurf,
    };
    let revision = match existing {
        None => {
            tx.execute(
                "INSERT INTO drafts (id, kind, environment, state, revision, created_at,
                         updated_at, meta_sealed, content_sealed)
                     VALUES (?1, ?2, ?3, ?4, 1, ?5, ?5, ?6, ?7)",
                params![
                    id.to_string(),
                    header.kind.stored(),
                    header.environment.stored(),
                    OutboxState::Entwurf.as_str(),
                    micros(now),
                    seal_json(sealer, &aad_meta(id), &meta)?,
                    seal_json(sealer, &aad_content(id), content)?,
                ],
            )?;
            1
        }
        Some(stored) => {
            let state = stored.state;
            if !state.is_editable() {
                return Err(StoreError::NotEditable { id, state });
            }
            let old_meta = open_part::<DraftMeta>(sealer, &aad_meta(id), stored.meta_sealed);
            let old_content =
                open_part::<serde_json::Value>(sealer, &aad_content(id), stored.content_sealed);
            let unchanged = stored.environment == header.environment.stored()
                && old_content.ok() == Some(content)
                && old_meta
                    .ok()
                    .is_some_and(|old| old.title == meta.title && old.berater == meta.berater);
            if unchanged {
                return Ok(Saved {
                    id,
                    revision: stored.revision,
                    updated_at: stored.updated_at,
                });
            }
            tx.execute(
                "UPDATE drafts SET environment = ?2, state = ?3, revision = revision + 1,
                         updated_at = ?4, meta_sealed = ?5, content_sealed = ?6
                     WHERE id = ?1",
                params![
                    id.to_string(),
                    header.environment.stored(),
                    OutboxState::Entwurf.as_str(),
                    micros(now),
                    seal_json(sealer, &aad_meta(id), &meta)?,
                    seal_json(sealer, &aad_content(id), content)?,
                ],
            )?;
            if state == OutboxState::Wartend {
                append_event(tx, sealer, id, now, &HistoryEvent::Dequeued)?;
            }
            stored.revision + 1
        }
    };
    append_event(tx, sealer, id, now, &HistoryEvent::Saved { revision })?;
    Ok(Saved {
        id,
        revision,
        updated_at: now,
    })
}

fn error_event(message: &str, trace_id: Option<&str>) -> HistoryEvent {
    HistoryEvent::Error {
        message: message.to_owned(),
        trace_id: trace_id.map(str::to_owned),
    }
}

/// Appends `event`, except that a save right after a save updates the
/// earlier entry: autosave would otherwise bury the history in saves.
pub(crate) fn append_event(
    tx: &Connection,
    sealer: &Sealer,
    id: DraftId,
    at: DateTime<Utc>,
    event: &HistoryEvent,
) -> Result<(), StoreError> {
    let last: Option<(i64, String)> = tx
        .query_row(
            "SELECT seq, kind FROM draft_events WHERE draft_id = ?1 ORDER BY seq DESC LIMIT 1",
            [id.to_string()],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?;
    let seq = match (&last, event) {
        (Some((seq, kind)), HistoryEvent::Saved { .. }) if kind == "Saved" => {
            tx.execute(
                "DELETE FROM draft_events WHERE draft_id = ?1 AND seq = ?2",
                params![id.to_string(), seq],
            )?;
            *seq
        }
        (Some((seq, _)), _) => seq + 1,
        (None, _) => 1,
    };
    tx.execute(
        "INSERT INTO draft_events (draft_id, seq, at, kind, sealed) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            id.to_string(),
            seq,
            micros(at),
            event.tag(),
            seal_json(sealer, &aad_event(id, seq), event)?,
        ],
    )?;
    Ok(())
}

fn aad_meta(id: DraftId) -> String {
    format!("{id}:meta")
}

fn aad_content(id: DraftId) -> String {
    format!("{id}:content")
}

/// The sequence number is part of the associated data, so history entries
/// cannot be reordered or moved between drafts unnoticed.
fn aad_event(id: DraftId, seq: i64) -> String {
    format!("{id}:event:{seq}")
}

pub(crate) fn seal_json<T: Serialize + ?Sized>(
    sealer: &Sealer,
    aad: &str,
    value: &T,
) -> Result<Vec<u8>, StoreError> {
    // Our types and JSON values have only string keys, so this cannot fail.
    let mut plain = serde_json::to_vec(value).expect("plain data serializes to JSON");
    let sealed = sealer.seal(aad, &plain);
    plain.zeroize();
    sealed
}

pub(crate) fn open_part<T: DeserializeOwned>(
    sealer: &Sealer,
    aad: &str,
    sealed: Vec<u8>,
) -> Part<T> {
    match sealer.open(aad, &sealed) {
        None => Part::Damaged(Damaged::Undecryptable { raw: sealed }),
        Some(plain) => match serde_json::from_slice(&plain) {
            Ok(value) => Part::Ok(value),
            Err(e) => Part::Damaged(Damaged::Unparseable {
                raw: plain,
                reason: e.to_string(),
            }),
        },
    }
}

fn readable<T>(id: DraftId, part: &'static str, value: Part<T>) -> Result<T, StoreError> {
    match value {
        Part::Ok(value) => Ok(value),
        Part::Damaged(_) => Err(StoreError::Damaged { id, part }),
    }
}

/// Times are kept to the microsecond, the precision stored, so a value
/// read back equals the value returned when it was written.
pub(crate) fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}

pub(crate) fn micros(at: DateTime<Utc>) -> i64 {
    at.timestamp_micros()
}

fn revision_at(row: &rusqlite::Row<'_>, index: usize) -> rusqlite::Result<u64> {
    let revision: i64 = row.get(index)?;
    u64::try_from(revision)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(index, Type::Integer, Box::new(e)))
}

pub(crate) fn time_at(row: &rusqlite::Row<'_>, index: usize) -> rusqlite::Result<DateTime<Utc>> {
    let micros: i64 = row.get(index)?;
    DateTime::from_timestamp_micros(micros).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            index,
            Type::Integer,
            format!("Zeitpunkt außerhalb des Bereichs: {micros}").into(),
        )
    })
}

fn parse_id(text: &str) -> rusqlite::Result<DraftId> {
    text.parse()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, Type::Text, Box::new(e)))
}

fn parse_state(text: &str) -> rusqlite::Result<OutboxState> {
    parse_column(3, text, OutboxState::parse)
}

fn parse_column<T>(index: usize, text: &str, parse: fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    parse(text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            index,
            Type::Text,
            format!("unbekannter Wert {text:?}").into(),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unparseable_plaintext_is_reported_with_its_bytes() {
        let sealer = Sealer::new(&DraftKey::from_bytes([3; 32]));
        let id = DraftId::new();
        let sealed = sealer.seal(&aad_content(id), b"{nicht json").unwrap();
        match open_part::<serde_json::Value>(&sealer, &aad_content(id), sealed) {
            Part::Damaged(Damaged::Unparseable { raw, reason }) => {
                assert_eq!(raw, b"{nicht json");
                assert!(!reason.is_empty());
            }
            other => panic!("expected Unparseable, got {other:?}"),
        }
    }

    #[test]
    fn migrations_are_valid() {
        MIGRATIONS.validate().unwrap();
    }

    #[test]
    fn store_can_move_to_a_blocking_task() {
        fn assert_send<T: Send>() {}
        assert_send::<Store>();
        assert_send::<StoreError>();
    }

    #[test]
    fn times_round_trip_through_microseconds() {
        let at = now();
        assert_eq!(DateTime::from_timestamp_micros(micros(at)), Some(at));
    }
}
