//! The draft, its outbox status and its history, as the app sees them.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use europace::environment::Environment;
use europace::lead::{Berater, LeadKind};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Identifies a draft. The app creates one when a new form opens and saves
/// under it from then on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DraftId(Uuid);

impl DraftId {
    /// A new random id.
    #[allow(clippy::new_without_default)] // a random value is not a "default"
    pub fn new() -> Self {
        Self(Uuid::new_v4())
    }

    /// The underlying UUID.
    pub fn as_uuid(&self) -> Uuid {
        self.0
    }
}

impl From<Uuid> for DraftId {
    fn from(uuid: Uuid) -> Self {
        Self(uuid)
    }
}

impl fmt::Display for DraftId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

impl FromStr for DraftId {
    type Err = uuid::Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Uuid::parse_str(s).map(Self)
    }
}

/// How the store keeps the enums it shares with `europace` (environment, lead kind) in its
/// columns: their variant names, as serde writes them.
pub(crate) trait StoredName: Sized {
    fn stored(&self) -> String;
    fn from_stored(text: &str) -> Option<Self>;
}

impl<T: Serialize + serde::de::DeserializeOwned> StoredName for T {
    fn stored(&self) -> String {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::String(name)) => name,
            // Only unit variants are stored; their serde form is always a string.
            _ => String::new(),
        }
    }

    fn from_stored(text: &str) -> Option<Self> {
        serde_json::from_value(serde_json::Value::String(text.to_owned())).ok()
    }
}

/// Drafts saved before [`Berater`] moved to `europace` spell its id `partner_id`.
fn berater_either_spelling<'de, D>(deserializer: D) -> Result<Option<Berater>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct EitherSpelling {
        name: String,
        #[serde(alias = "partner_id")]
        partner_id: String,
    }
    Ok(
        Option::<EitherSpelling>::deserialize(deserializer)?.map(|b| Berater {
            name: b.name,
            partner_id: b.partner_id,
        }),
    )
}

/// What the caller saves besides the content. The title is derived by the
/// caller from the Antragsteller's name; the store only keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftHeader {
    /// The target API. Ignored when saving over an existing draft.
    pub kind: LeadKind,
    /// The target environment.
    pub environment: Environment,
    /// The title shown in the list.
    pub title: String,
    /// The Berater the draft is for, if chosen.
    #[serde(default, deserialize_with = "berater_either_spelling")]
    pub berater: Option<Berater>,
}

/// The outbox state of a draft, without details: what transitions check and
/// what lists filter by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum OutboxState {
    /// Being edited.
    Entwurf,
    /// Validated and waiting to be sent.
    Wartend,
    /// A send has begun and its outcome is not yet recorded.
    WirdGesendet,
    /// The server created a Vorgang.
    Gesendet,
    /// The server refused the lead.
    Abgelehnt,
    /// The request may have reached the server, but no answer came.
    Unklar,
}

impl OutboxState {
    /// Every state, for exhaustive checks.
    pub const ALL: [OutboxState; 6] = [
        OutboxState::Entwurf,
        OutboxState::Wartend,
        OutboxState::WirdGesendet,
        OutboxState::Gesendet,
        OutboxState::Abgelehnt,
        OutboxState::Unklar,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            OutboxState::Entwurf => "Entwurf",
            OutboxState::Wartend => "Wartend",
            OutboxState::WirdGesendet => "WirdGesendet",
            OutboxState::Gesendet => "Gesendet",
            OutboxState::Abgelehnt => "Abgelehnt",
            OutboxState::Unklar => "Unklar",
        }
    }

    pub(crate) fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|state| state.as_str() == s)
    }

    /// Whether the content may still change. Once a send has begun the
    /// content is what the server may hold; changing it would make the
    /// record lie, so the user duplicates instead.
    pub fn is_editable(self) -> bool {
        matches!(
            self,
            OutboxState::Entwurf | OutboxState::Wartend | OutboxState::Abgelehnt
        )
    }
}

/// German, as shown to the user.
impl fmt::Display for OutboxState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            OutboxState::Entwurf => "Entwurf",
            OutboxState::Wartend => "Wartend",
            OutboxState::WirdGesendet => "Wird gesendet",
            OutboxState::Gesendet => "Gesendet",
            OutboxState::Abgelehnt => "Abgelehnt",
            OutboxState::Unklar => "Unklar",
        })
    }
}

/// The outbox state with its details.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum OutboxStatus {
    /// Being edited.
    Entwurf,
    /// Validated and waiting to be sent.
    Wartend,
    /// A send has begun; `client_reference` was sent along with it.
    WirdGesendet {
        /// The reference sent as eigeneVorgangsnummer / externe id.
        client_reference: String,
    },
    /// The server created a Vorgang.
    Gesendet {
        /// The server's Vorgangsnummer.
        vorgangsnummer: String,
    },
    /// The server refused the lead.
    Abgelehnt {
        /// The server's messages, as given.
        messages: Vec<String>,
        /// The fields the server named, so the form can show each at its input.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        violations: Vec<Violation>,
    },
    /// No answer came; look the Vorgang up by `client_reference`.
    Unklar {
        /// The reference sent with the unanswered request.
        client_reference: String,
    },
}

/// A field the server refused, in the draft's own path space (the paths local validation
/// uses), with the server's message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Violation {
    /// JSON path into the draft's content, e.g. `kundenbetreuer.partnerId`.
    pub path: String,
    /// The server's message, as given.
    pub message: String,
}

impl OutboxStatus {
    /// The state without details.
    pub fn state(&self) -> OutboxState {
        match self {
            OutboxStatus::Entwurf => OutboxState::Entwurf,
            OutboxStatus::Wartend => OutboxState::Wartend,
            OutboxStatus::WirdGesendet { .. } => OutboxState::WirdGesendet,
            OutboxStatus::Gesendet { .. } => OutboxState::Gesendet,
            OutboxStatus::Abgelehnt { .. } => OutboxState::Abgelehnt,
            OutboxStatus::Unklar { .. } => OutboxState::Unklar,
        }
    }
}

/// The encrypted part of a draft's list entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftMeta {
    /// The title shown in the list.
    pub title: String,
    /// The Berater the draft is for, if chosen.
    #[serde(default, deserialize_with = "berater_either_spelling")]
    pub berater: Option<Berater>,
    /// The outbox status with its details.
    pub status: OutboxStatus,
}

/// One thing that happened to a draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum HistoryEvent {
    /// Content saved; consecutive saves update one entry instead of adding many.
    Saved {
        /// The revision written.
        revision: u64,
    },
    /// The caller validated the content.
    Validated {
        /// Number of findings.
        findings: u32,
    },
    /// The user chose to send despite findings.
    Override {
        /// What the import will drop or lose, as told to the user.
        lost: Vec<String>,
    },
    /// Put into the outbox queue.
    Queued,
    /// Taken out of the queue back into editing.
    Dequeued,
    /// A send began with this reference.
    Sent {
        /// The reference sent as eigeneVorgangsnummer / externe id.
        client_reference: String,
    },
    /// The server answered.
    Result {
        /// The Vorgangsnummer, if one was created.
        vorgangsnummer: Option<String>,
        /// The server's messages.
        messages: Vec<String>,
    },
    /// A send failed or was interrupted.
    Error {
        /// What went wrong.
        message: String,
        /// The server's trace id, if any, for support.
        trace_id: Option<String>,
    },
    /// The user sent an unclear draft again, accepting the stated risk.
    ResendChosen {
        /// The risk as it was put to the user.
        risk: String,
    },
    /// The Kundenangaben of a BaufiSmart case were read into the draft.
    Geladen {
        /// The case.
        vorgangsnummer: String,
    },
    /// The case's Kundenangaben were replaced with the draft's.
    Ersetzt {
        /// The case.
        vorgangsnummer: String,
    },
    /// The Berater confirmed that the customer received the Berater's privacy statement
    /// (Datenschutzhinweise), as the Kundenangaben API demands before data reaches
    /// Echtgeschäft.
    DatenschutzhinweisErteilt,
}

/// The tag of [`HistoryEvent::DatenschutzhinweisErteilt`], readable without the key.
pub(crate) const DATENSCHUTZHINWEIS_ERTEILT: &str = "DatenschutzhinweisErteilt";

impl HistoryEvent {
    pub(crate) fn tag(&self) -> &'static str {
        match self {
            HistoryEvent::Saved { .. } => "Saved",
            HistoryEvent::Validated { .. } => "Validated",
            HistoryEvent::Override { .. } => "Override",
            HistoryEvent::Queued => "Queued",
            HistoryEvent::Dequeued => "Dequeued",
            HistoryEvent::Sent { .. } => "Sent",
            HistoryEvent::Result { .. } => "Result",
            HistoryEvent::Error { .. } => "Error",
            HistoryEvent::ResendChosen { .. } => "ResendChosen",
            HistoryEvent::Geladen { .. } => "Geladen",
            HistoryEvent::Ersetzt { .. } => "Ersetzt",
            HistoryEvent::DatenschutzhinweisErteilt => DATENSCHUTZHINWEIS_ERTEILT,
        }
    }
}

/// A stored part that could not be opened. It is reported, never dropped,
/// so the user can still see that the draft exists and support can recover
/// what is left.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Damaged {
    /// Authentication failed: wrong key, or the bytes were changed or moved.
    /// `raw` is the stored ciphertext.
    Undecryptable {
        /// The stored bytes (nonce and ciphertext).
        raw: Vec<u8>,
    },
    /// Decrypted, but not in the expected shape. `raw` is the plaintext.
    Unparseable {
        /// The decrypted bytes.
        raw: Vec<u8>,
        /// The parser's complaint.
        reason: String,
    },
}

/// A part of a draft that is either readable or reported as damaged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part<T> {
    /// Decrypted and parsed.
    Ok(T),
    /// Stored, but not readable.
    Damaged(Damaged),
}

impl<T> Part<T> {
    /// The value, if readable.
    pub fn ok(&self) -> Option<&T> {
        match self {
            Part::Ok(value) => Some(value),
            Part::Damaged(_) => None,
        }
    }
}

/// A history entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryEntry {
    /// When it happened.
    pub at: DateTime<Utc>,
    /// What happened.
    pub event: Part<HistoryEvent>,
}

/// A draft as listed: everything but content and history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftSummary {
    /// The draft's id.
    pub id: DraftId,
    /// The target API.
    pub kind: LeadKind,
    /// The target environment.
    pub environment: Environment,
    /// The outbox state; readable even when `meta` is damaged.
    pub state: OutboxState,
    /// Counts acknowledged saves, starting at 1.
    pub revision: u64,
    /// When the draft was created.
    pub created_at: DateTime<Utc>,
    /// When the draft last changed (content or state).
    pub updated_at: DateTime<Utc>,
    /// Title, Berater and status details.
    pub meta: Part<DraftMeta>,
    /// The BaufiSmart Vorgangsnummer whose Kundenangaben the draft completes; such a draft
    /// replaces that case's data and is never sent as a new lead.
    pub ergaenzt: Option<String>,
}

/// A whole draft.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// Everything shown in the list.
    pub summary: DraftSummary,
    /// The form content.
    pub content: Part<serde_json::Value>,
    /// Oldest first.
    pub history: Vec<HistoryEntry>,
}

/// What an acknowledged save wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Saved {
    /// The draft's id.
    pub id: DraftId,
    /// The revision now stored.
    pub revision: u64,
    /// The time stored as `updated_at`.
    pub updated_at: DateTime<Utc>,
}

/// What the caller needs to perform a send after [`crate::Store::begin_send`].
#[derive(Debug, Clone, PartialEq)]
pub struct SendTicket {
    /// The draft being sent.
    pub id: DraftId,
    /// The target API.
    pub kind: LeadKind,
    /// The target environment.
    pub environment: Environment,
    /// Send this as eigeneVorgangsnummer / externeVorgangsId so an unclear
    /// send can be looked up.
    pub client_reference: String,
    /// The content to send.
    pub content: serde_json::Value,
    /// The Berater the draft is for: the Kundenbetreuer of the lead, and whom the sender
    /// acts for.
    pub berater: Option<Berater>,
}

/// How the user resolved an unclear send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    /// A lookup by client reference found the Vorgang.
    Found {
        /// The Vorgangsnummer found.
        vorgangsnummer: String,
    },
    /// The user chose to send again, accepting that a second Vorgang may be
    /// created.
    SendAgain,
}

/// Which date to sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// Creation time.
    Created,
    /// Last change.
    #[default]
    Updated,
}

/// Sort direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    /// Oldest first.
    Ascending,
    /// Newest first.
    #[default]
    Descending,
}

/// Filter and order for [`crate::Store::list`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListQuery {
    /// Case-insensitive substring of the title. Drafts whose title cannot be
    /// read always match, so a search never hides them.
    pub search: Option<String>,
    /// Only drafts in this state.
    pub state: Option<OutboxState>,
    /// Sort key.
    pub sort: SortKey,
    /// Sort direction.
    pub order: SortOrder,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_meta_reads_both_spellings_of_the_partner_id() {
        for json in [
            r#"{"partner_id":"ABC12","name":"A"}"#,
            r#"{"partnerId":"ABC12","name":"A"}"#,
        ] {
            let mut deserializer = serde_json::Deserializer::from_str(json);
            let berater = berater_either_spelling(&mut deserializer).unwrap().unwrap();
            assert_eq!(berater.partner_id, "ABC12", "{json}");
        }
    }
}
