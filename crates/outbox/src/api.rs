//! Prepares a draft's body for sending and sends it: puts the client reference and the
//! Kundenbetreuer where its kind keeps them, acts for the draft's Berater, and reduces the
//! answer to what the outbox records. What differs per kind is asked of
//! [`LeadKind`](europace::lead::LeadKind).

use europace::auth::{Impersonation, TokenProvider};
use europace::drklein::client::DrKleinClient;
use europace::error::ApiError;
use europace::lead::{Berater, LeadClients, LeadKind};
use serde_json::{Map, Value};
use store::SendTicket;

/// What a create call answered with 2xx.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Created {
    /// `None` when the server processed the request but named no number.
    pub(crate) vorgangsnummer: Option<String>,
    pub(crate) messages: Vec<String>,
}

impl From<europace::lead::Created> for Created {
    fn from(created: europace::lead::Created) -> Self {
        let mut messages = created.messages;
        // Dr. Klein's own id is what its support asks for.
        if let Some(id) = created.vorgangs_id {
            messages.push(format!("Dr.-Klein-Vorgangs-ID: {id}"));
        }
        Self {
            vorgangsnummer: created.vorgangsnummer,
            messages,
        }
    }
}

/// The clients of one environment.
#[derive(Debug, Clone)]
pub(crate) struct Clients {
    pub(crate) tokens: TokenProvider,
    pub(crate) drklein: Option<DrKleinClient>,
    /// The user's own partnerId: the actor when acting for a Berater, and the Kundenbetreuer
    /// of a lead that names none.
    pub(crate) own_partner_id: Option<String>,
}

/// The clients of one send: the tokens act for the draft's Berater.
struct Sending<'a> {
    tokens: TokenProvider,
    drklein: Option<&'a DrKleinClient>,
}

impl LeadClients for Sending<'_> {
    type Error = ApiError;

    fn tokens(&self) -> Result<TokenProvider, ApiError> {
        Ok(self.tokens.clone())
    }

    fn drklein(&self) -> Result<DrKleinClient, ApiError> {
        Ok(self
            .drklein
            .expect("drafts without a Dr. Klein client are skipped before sending")
            .clone())
    }
}

impl Clients {
    /// Whether a draft of `kind` can be sent with these clients.
    pub(crate) fn serves(&self, kind: LeadKind) -> bool {
        !kind.needs_drklein_jwt() || self.drklein.is_some()
    }

    /// Sends the ticket's content with its client reference. A kind without a client is
    /// never passed here ([`Self::serves`] is checked first). Takes the ticket: its content
    /// becomes the body without a copy.
    pub(crate) async fn create(&self, ticket: SendTicket) -> Result<Created, ApiError> {
        let (body, sending) = self.prepare(
            ticket.kind,
            ticket.content,
            ticket.berater.as_ref(),
            Some(&ticket.client_reference),
        );
        Ok(ticket.kind.create(&sending, &body).await?.into())
    }

    /// Lets the API check `content` of `kind` as it would be sent for `berater`, creating
    /// nothing; `None` when the kind's API offers no check.
    pub(crate) async fn check(
        &self,
        kind: LeadKind,
        content: &Value,
        berater: Option<&Berater>,
    ) -> Option<Result<(), ApiError>> {
        let (body, sending) = self.prepare(kind, content.clone(), berater, None);
        kind.check(&sending, &body).await
    }

    /// The body as it goes out, with the client reference of this attempt (if any) and the
    /// Kundenbetreuer, and the clients acting for the draft's Berater.
    fn prepare(
        &self,
        kind: LeadKind,
        mut body: Value,
        berater: Option<&Berater>,
        reference: Option<&str>,
    ) -> (Value, Sending<'_>) {
        if let Some(reference) = reference {
            set_at(&mut body, kind.reference_path(), reference, true);
        }
        let berater = berater.map(|b| b.partner_id.as_str());
        // The Berater chosen for the draft decides; the user's own id only fills a gap.
        if let Some(kundenbetreuer) = berater.or(self.own_partner_id.as_deref()) {
            set_at(
                &mut body,
                kind.kundenbetreuer_path(),
                kundenbetreuer,
                berater.is_some(),
            );
        }
        let tokens = match (berater, &self.own_partner_id) {
            (Some(subject), Some(actor)) if subject != actor => {
                self.tokens.acting_for(Impersonation {
                    subject: subject.to_owned(),
                    actor: actor.clone(),
                })
            }
            _ => self.tokens.clone(),
        };
        let sending = Sending {
            tokens,
            drklein: self.drklein.as_ref(),
        };
        (body, sending)
    }
}

/// Puts `value` at `path` in `body`, creating the objects on the way; a value already there
/// stays unless `replace`. The reference is always replaced: only the reference of this
/// attempt lets an unanswered send be found again. A body that is not an object is sent as
/// it is; the API rejects it, which is the right outcome.
fn set_at(body: &mut Value, path: &[&str], value: &str, replace: bool) {
    let (leaf, parents) = path.split_last().expect("every path has a leaf");
    let mut node = body;
    for parent in parents {
        let Some(object) = node.as_object_mut() else {
            return;
        };
        let child = object
            .entry(*parent)
            .or_insert_with(|| Value::Object(Map::new()));
        if child.is_null() {
            *child = Value::Object(Map::new());
        }
        node = child;
    }
    if let Some(object) = node.as_object_mut() {
        let present = object.get(*leaf).is_some_and(|v| !v.is_null());
        if replace || !present {
            object.insert((*leaf).to_owned(), Value::from(value));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn with(
        kind: LeadKind,
        path: fn(LeadKind) -> &'static [&'static str],
        body: Value,
        value: &str,
        replace: bool,
    ) -> Value {
        let mut body = body;
        set_at(&mut body, path(kind), value, replace);
        body
    }

    #[test]
    fn reference_goes_where_each_api_keeps_it() {
        let kex = with(
            LeadKind::KexImport,
            LeadKind::reference_path,
            json!({"eigeneVorgangsnummer": "alt", "kundenbetreuer": {"partnerId": "ABC12"}}),
            "LB-1",
            true,
        );
        assert_eq!(
            kex,
            json!({"eigeneVorgangsnummer": "LB-1", "kundenbetreuer": {"partnerId": "ABC12"}})
        );
        let lead = with(
            LeadKind::DrKlein,
            LeadKind::reference_path,
            json!({}),
            "LB-2",
            true,
        );
        assert_eq!(lead, json!({"eigeneVorgangsnummer": "LB-2"}));
        let baufi = with(
            LeadKind::Kundenangaben,
            LeadKind::reference_path,
            json!({"importMetadaten": null, "kundenangaben": {}}),
            "LB-3",
            true,
        );
        assert_eq!(
            baufi,
            json!({"importMetadaten": {"externeVorgangsId": "LB-3"}, "kundenangaben": {}})
        );
        let kept = with(
            LeadKind::Kundenangaben,
            LeadKind::reference_path,
            json!({"importMetadaten": {"prioritaet": "HOCH"}}),
            "LB-4",
            true,
        );
        assert_eq!(
            kept,
            json!({"importMetadaten": {"prioritaet": "HOCH", "externeVorgangsId": "LB-4"}})
        );
        assert_eq!(
            with(
                LeadKind::KexImport,
                LeadKind::reference_path,
                json!([1]),
                "LB-5",
                true
            ),
            json!([1])
        );
    }

    #[test]
    fn kundenbetreuer_fills_a_gap_or_replaces_when_told() {
        let kept = with(
            LeadKind::KexImport,
            LeadKind::kundenbetreuer_path,
            json!({"kundenbetreuer": {"partnerId": "ABC12"}}),
            "XYZ99",
            false,
        );
        assert_eq!(kept, json!({"kundenbetreuer": {"partnerId": "ABC12"}}));
        let replaced = with(
            LeadKind::DrKlein,
            LeadKind::kundenbetreuer_path,
            json!({"kundenbetreuer": {"partnerId": "ABC12"}}),
            "XYZ99",
            true,
        );
        assert_eq!(replaced, json!({"kundenbetreuer": {"partnerId": "XYZ99"}}));
        let filled = with(
            LeadKind::Kundenangaben,
            LeadKind::kundenbetreuer_path,
            json!({"importMetadaten": {"betreuung": {"kundenbetreuer": null}}}),
            "XYZ99",
            false,
        );
        assert_eq!(
            filled,
            json!({"importMetadaten": {"betreuung": {"kundenbetreuer": "XYZ99"}}})
        );
    }
}
