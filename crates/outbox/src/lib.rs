//! Leadbridge's send loop: drives the queued drafts of a [`store::Store`] through the
//! Europace and Dr. Klein clients so that a lead never becomes a second Vorgang and is never
//! lost.
//!
//! [`Outbox::flush`] sends every Wartend draft in queue order, one at a time:
//!
//! 1. [`store::Store::begin_send`] is committed before the network call, with a fresh client
//!    reference that goes into the body (`eigeneVorgangsnummer`, or
//!    `importMetadaten.externeVorgangsId` for Kundenangaben);
//! 2. the request is sent;
//! 3. the outcome is committed after it:
//!
//! | answer | draft becomes |
//! |---|---|
//! | created with a Vorgangsnummer | Gesendet |
//! | rejected (4xx, 422) | Abgelehnt, with the server's messages and violations at their fields |
//! | proven not processed: no connection, reset before the request was read, 429, 503, token refused | Wartend again; retried with backoff honouring `Retry-After`, a bounded number of times |
//! | maybe processed: timeout, connection lost, 5xx, unreadable answer, no number | Unklar, never resent automatically |
//!
//! A crash between 1 and 3 leaves the draft WirdGesendet, which the store turns into Unklar
//! when it opens. Unklar drafts are resolved deliberately: [`Outbox::resolve_by_lookup`]
//! searches for the reference where an API allows it (see [`Lookup`] for which do), and
//! [`Outbox::resend_after_confirmation`] queues the draft again only with the risk
//! acknowledged.

#![warn(missing_docs)]

mod api;
pub mod check;
mod lookup;
pub mod rules;
mod verdict;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use europace::auth::TokenProvider;
use europace::drklein::client::DrKleinClient;
use europace::lead::{Berater, LeadKind};
use store::{DraftId, Environment, OutboxState, OutboxStatus, Resolution, Store, StoreError};

pub use check::ServerCheck;
pub use lookup::{Lookup, LookupFailed};

use api::Clients;
use lookup::SandboxListing;
use verdict::Verdict;

/// The clients of one environment, and the sandbox listing if the environment is the
/// embedded sandbox.
#[derive(Debug, Clone)]
pub struct Target {
    clients: Clients,
    listing: Option<SandboxListing>,
}

impl Target {
    /// Sends KEX import and Kundenangaben drafts with tokens from `tokens`; Dr. Klein drafts
    /// only with a `drklein` client (without one they stay Wartend).
    pub fn new(tokens: TokenProvider, drklein: Option<DrKleinClient>) -> Self {
        Self {
            clients: Clients {
                tokens,
                drklein,
                own_partner_id: None,
            },
            listing: None,
        }
    }

    /// The user's own partnerId (the Kundenbetreuer in Einstellungen). A draft for another
    /// Berater is then sent acting for that Berater (`subject` = the Berater, `actor` = the
    /// user), with the Berater as Kundenbetreuer; a lead naming no Kundenbetreuer gets this
    /// id. Without it, tokens are the client's own and only the Berater's id goes into the
    /// body.
    pub fn with_own_partner_id(mut self, partner_id: impl Into<String>) -> Self {
        self.clients.own_partner_id = Some(partner_id.into());
        self
    }

    /// Lets Europace check `content` of `kind` as it would be sent for `berater` (acting for
    /// the Berater as a send does), creating nothing.
    pub async fn check(
        &self,
        kind: LeadKind,
        content: &serde_json::Value,
        berater: Option<&Berater>,
    ) -> ServerCheck {
        ServerCheck::of(kind, self.clients.check(kind, content, berater).await)
    }

    /// Lets [`Outbox::resolve_by_lookup`] search the sandbox at `base_url` (its
    /// `GET /_admin/state` listing). Only the sandbox has such a listing.
    pub fn with_sandbox_listing(mut self, base_url: &str) -> Result<Self, LookupFailed> {
        self.listing = Some(SandboxListing::new(base_url)?);
        Ok(self)
    }
}

/// How often and how long a send that was proven not processed is retried within one flush.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Sends of one draft per flush, the first included.
    pub attempts: u32,
    /// Wait after the first failed send; doubled after each further one.
    pub first_delay: Duration,
    /// Longest wait; a server asking for more (`Retry-After`) ends the flush instead, and the
    /// drafts are sent by a later one.
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            attempts: 4,
            first_delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// The wait before send number `attempt + 1`, or `None` when this flush gives up.
    fn delay(&self, attempt: u32, retry_after: Option<Duration>) -> Option<Duration> {
        if attempt >= self.attempts {
            return None;
        }
        let backoff = self
            .first_delay
            .saturating_mul(2u32.saturating_pow(attempt.saturating_sub(1)));
        let wait = backoff.max(retry_after.unwrap_or_default());
        (wait <= self.max_delay).then_some(wait)
    }
}

/// Where a flush stands, for the UI's progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Drafts finished so far.
    pub done: usize,
    /// Drafts this flush set out to send; `done` stays below it when the flush stopped
    /// early (see [`FlushReport::stopped`]).
    pub total: usize,
    /// The draft being sent now; `None` once the flush is over.
    pub current: Option<DraftId>,
}

/// What one flush did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FlushReport {
    /// Now Gesendet.
    pub sent: Vec<DraftId>,
    /// Now Abgelehnt.
    pub rejected: Vec<DraftId>,
    /// Now Unklar.
    pub unclear: Vec<DraftId>,
    /// Still Wartend: no client for their environment or kind, or content not readable.
    pub skipped: Vec<DraftId>,
    /// Why the flush ended before the queue was empty (offline, credentials refused, rate
    /// limit), in German; the drafts not sent stay Wartend.
    pub stopped: Option<String>,
    /// The reason behind `stopped`, for callers to branch on.
    pub hold: Option<Hold>,
}

impl FlushReport {
    /// The credentials were refused: sending again is pointless until the user changes them.
    pub fn waits_for_credentials(&self) -> bool {
        self.hold == Some(Hold::CredentialsRefused)
    }
}

/// Why a flush stopped with drafts still Wartend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hold {
    /// The server was not reached, or dropped the connection before reading the request.
    Offline,
    /// 429 for longer than a flush backs off.
    RateLimited,
    /// 503 for longer than a flush backs off.
    ServerUnavailable,
    /// 401 even with a renewed token: no send can succeed until the user changes them.
    CredentialsRefused,
}

/// A failure of the outbox itself (not of a send: those end up in the drafts).
#[derive(Debug, thiserror::Error)]
pub enum OutboxError {
    /// The store refused or failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The sandbox listing could not be read.
    #[error(transparent)]
    Lookup(#[from] LookupFailed),
    /// Only an Unklar draft can be looked up.
    #[error("Nur ein unklar gesendeter Entwurf kann nachgeschlagen werden; dieser ist „{0}“.")]
    NotUnclear(OutboxState),
    /// Sending again needs the user's explicit acknowledgement.
    #[error(
        "Erneutes Senden kann einen zweiten Vorgang für denselben Kunden anlegen. Bitte das \
         Risiko ausdrücklich bestätigen."
    )]
    RiskNotAcknowledged,
}

/// A send proven not processed, back in the queue.
struct Retry {
    message: String,
    retry_after: Option<Duration>,
    hold: Hold,
}

/// The send loop over one store.
pub struct Outbox {
    store: Arc<Mutex<Store>>,
    targets: HashMap<Environment, Target>,
    retry: RetryPolicy,
}

impl Outbox {
    /// An outbox over `store`, shared with the rest of the app. No environment has a target
    /// yet: add them with [`Outbox::with_target`].
    pub fn new(store: Arc<Mutex<Store>>) -> Self {
        Self {
            store,
            targets: HashMap::new(),
            retry: RetryPolicy::default(),
        }
    }

    /// Drafts for `environment` are sent through `target`. Drafts for an environment
    /// without a target stay Wartend, so nothing meant for Test reaches Produktion.
    pub fn with_target(mut self, environment: Environment, target: Target) -> Self {
        self.targets.insert(environment, target);
        self
    }

    /// Replaces the [`RetryPolicy::default`].
    pub fn with_retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Every store call is one short transaction; a panic elsewhere cannot leave the store
    /// half-changed, so a poisoned lock is still safe to use.
    fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Sends every Wartend draft, oldest in the queue first, one at a time, and reports to
    /// `progress` before each draft and once at the end.
    ///
    /// Errors are the store's; every failed send is recorded in its draft instead. When
    /// sends keep failing without being processed (offline, rate limit, credentials), the
    /// flush stops and the rest stays Wartend for the next flush.
    pub async fn flush(
        &self,
        mut progress: impl FnMut(Progress),
    ) -> Result<FlushReport, OutboxError> {
        let queue = self.store().queue()?;
        let mut report = FlushReport::default();
        let mut sendable = Vec::new();
        for draft in queue {
            match self.targets.get(&draft.environment) {
                Some(target) if target.clients.serves(draft.kind) => {
                    sendable.push((draft.id, &target.clients));
                }
                _ => report.skipped.push(draft.id),
            }
        }
        let total = sendable.len();
        let mut done = 0;
        'drafts: for (id, clients) in sendable {
            progress(Progress {
                done,
                total,
                current: Some(id),
            });
            let mut attempt = 0;
            loop {
                attempt += 1;
                let ticket = match self.store().begin_send(id) {
                    Ok(ticket) => ticket,
                    // Taken back, deleted or sent by someone else since the queue was read.
                    Err(StoreError::IllegalTransition { .. } | StoreError::NotFound(_)) => break,
                    Err(StoreError::Damaged { .. }) => {
                        report.skipped.push(id);
                        break;
                    }
                    Err(e) => return Err(e.into()),
                };
                let kind = ticket.kind;
                let verdict = Verdict::of(kind, clients.create(ticket).await);
                let Some(retry) = self.record(id, verdict, &mut report)? else {
                    break;
                };
                let wait = self.retry.delay(attempt, retry.retry_after);
                match wait.filter(|_| retry.hold != Hold::CredentialsRefused) {
                    Some(wait) => tokio::time::sleep(wait).await,
                    None => {
                        report.stopped = Some(format!(
                            "{} Die übrigen Entwürfe bleiben wartend und werden beim nächsten \
                             Senden übertragen.",
                            retry.message
                        ));
                        report.hold = Some(retry.hold);
                        break 'drafts;
                    }
                }
            }
            done += 1;
        }
        progress(Progress {
            done,
            total,
            current: None,
        });
        Ok(report)
    }

    /// Commits the outcome of one send; a send to retry comes back after `retry_safe`.
    fn record(
        &self,
        id: DraftId,
        verdict: Verdict,
        report: &mut FlushReport,
    ) -> Result<Option<Retry>, StoreError> {
        let mut store = self.store();
        match verdict {
            Verdict::Sent {
                vorgangsnummer,
                messages,
            } => {
                store.finish_sent(id, &vorgangsnummer, messages)?;
                report.sent.push(id);
            }
            Verdict::Rejected {
                messages,
                violations,
            } => {
                store.finish_rejected(id, messages, violations)?;
                report.rejected.push(id);
            }
            Verdict::Unclear { message, trace_id } => {
                store.finish_unclear(id, &message, trace_id.as_deref())?;
                report.unclear.push(id);
            }
            Verdict::Retry {
                message,
                trace_id,
                retry_after,
                hold,
            } => {
                store.retry_safe(id, &message, trace_id.as_deref())?;
                return Ok(Some(Retry {
                    message,
                    retry_after,
                    hold,
                }));
            }
        }
        Ok(None)
    }

    /// Looks an Unklar draft up by the client reference its last send carried. Found
    /// exactly once, the draft becomes Gesendet with that Vorgangsnummer; otherwise it
    /// stays Unklar and the answer says why (nothing created, several found, or the API
    /// offers no lookup).
    pub async fn resolve_by_lookup(&self, id: DraftId) -> Result<Lookup, OutboxError> {
        let draft = self.store().get(id)?;
        let summary = draft.summary;
        if summary.state != OutboxState::Unklar {
            return Err(OutboxError::NotUnclear(summary.state));
        }
        let reference = match summary.meta.ok().map(|meta| &meta.status) {
            Some(OutboxStatus::Unklar { client_reference }) => client_reference.clone(),
            _ => {
                return Err(StoreError::Damaged {
                    id,
                    part: "Titel und Status",
                }
                .into());
            }
        };
        let listing = self
            .targets
            .get(&summary.environment)
            .and_then(|target| target.listing.as_ref());
        let lookup = match listing {
            Some(listing) if !reference.is_empty() => {
                listing.find(summary.kind, &reference).await?
            }
            _ => lookup::not_supported(summary.kind, &reference),
        };
        if let Lookup::Found { vorgangsnummer } = &lookup {
            self.store().resolve_unclear(
                id,
                Resolution::Found {
                    vorgangsnummer: vorgangsnummer.clone(),
                },
            )?;
        }
        Ok(lookup)
    }

    /// Queues an Unklar draft again, by the user's explicit choice: only with
    /// `risk_acknowledged`, and the history records the risk as it was stated.
    pub fn resend_after_confirmation(
        &self,
        id: DraftId,
        risk_acknowledged: bool,
    ) -> Result<(), OutboxError> {
        if !risk_acknowledged {
            return Err(OutboxError::RiskNotAcknowledged);
        }
        self.store().resolve_unclear(id, Resolution::SendAgain)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_honours_retry_after_and_is_bounded() {
        let policy = RetryPolicy {
            attempts: 4,
            first_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(2),
        };
        assert_eq!(policy.delay(1, None), Some(Duration::from_millis(100)));
        assert_eq!(policy.delay(2, None), Some(Duration::from_millis(200)));
        assert_eq!(
            policy.delay(2, Some(Duration::from_secs(1))),
            Some(Duration::from_secs(1))
        );
        assert_eq!(policy.delay(1, Some(Duration::from_secs(3))), None);
        assert_eq!(policy.delay(4, None), None);
    }
}
