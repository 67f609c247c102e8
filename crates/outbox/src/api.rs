//! The only place that calls the europace clients: puts the client reference and the
//! Kundenbetreuer into the body, acts for the draft's Berater, sends the body to the API the
//! draft is meant for, and reduces the answer to what the outbox records. Keeping it here
//! means a change of the clients' signatures touches one module.

use europace::auth::{Impersonation, TokenProvider};
use europace::drklein::LeadResponse;
use europace::drklein::client::DrKleinClient;
use europace::error::ApiError;
use europace::kex_import::VorgangResponse;
use europace::kex_import::client::KexImportClient;
use europace::kundenangaben::KundenangabenImportResponse;
use europace::kundenangaben::client::KundenangabenClient;
use serde_json::{Map, Value};
use store::{LeadKind, SendTicket};

/// What a create call answered with 2xx.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Created {
    /// `None` when the server processed the request but named no number.
    pub(crate) vorgangsnummer: Option<String>,
    pub(crate) messages: Vec<String>,
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

impl Clients {
    /// Whether a draft of `kind` can be sent with these clients.
    pub(crate) fn serves(&self, kind: LeadKind) -> bool {
        kind != LeadKind::DrKlein || self.drklein.is_some()
    }

    /// Sends the ticket's content with its client reference. A kind without a client is
    /// never passed here ([`Self::serves`] is checked first).
    pub(crate) async fn create(&self, ticket: &SendTicket) -> Result<Created, ApiError> {
        let mut body = ticket.content.clone();
        set_at(
            &mut body,
            reference_path(ticket.kind),
            &ticket.client_reference,
            true,
        );
        let berater = ticket.berater.as_ref().map(|b| b.partner_id.as_str());
        // The Berater chosen for the draft decides; the user's own id only fills a gap.
        if let Some(kundenbetreuer) = berater.or(self.own_partner_id.as_deref()) {
            set_at(
                &mut body,
                kundenbetreuer_path(ticket.kind),
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
        match ticket.kind {
            LeadKind::KexImport => {
                let answer: VorgangResponse =
                    KexImportClient::new(tokens).create_vorgang(&body).await?;
                Ok(Created {
                    vorgangsnummer: answer.vorgangsnummer,
                    messages: answer.messages.unwrap_or_default(),
                })
            }
            LeadKind::Kundenangaben => {
                let answer: KundenangabenImportResponse =
                    KundenangabenClient::new(tokens).create(&body).await?;
                Ok(Created {
                    vorgangsnummer: answer.vorgangsnummer,
                    messages: Vec::new(),
                })
            }
            LeadKind::DrKlein => {
                let client = self
                    .drklein
                    .as_ref()
                    .expect("drafts without a Dr. Klein client are skipped before sending");
                let answer: LeadResponse = client.create_lead(&body).await?;
                let mut messages = answer.messages.unwrap_or_default();
                // Dr. Klein's own id is what its support asks for.
                if let Some(id) = answer.vorgangs_id {
                    messages.push(format!("Dr.-Klein-Vorgangs-ID: {id}"));
                }
                Ok(Created {
                    vorgangsnummer: answer.europace_vorgangsnummer,
                    messages,
                })
            }
        }
    }
}

/// Where each API carries the caller's own reference: `eigeneVorgangsnummer` in the KEX
/// import (and the Dr. Klein lead, which reuses its body), `importMetadaten.externeVorgangsId`
/// in the Kundenangaben import.
pub(crate) fn reference_path(kind: LeadKind) -> &'static [&'static str] {
    match kind {
        LeadKind::KexImport | LeadKind::DrKlein => &["eigeneVorgangsnummer"],
        LeadKind::Kundenangaben => &["importMetadaten", "externeVorgangsId"],
    }
}

/// A path a server named in its problem body, as a path into the draft's content: the
/// Kundenangaben API names fields relative to `kundenangaben`, the others from the body's root.
pub(crate) fn local_path(kind: LeadKind, server_path: &str) -> String {
    match kind {
        LeadKind::KexImport | LeadKind::DrKlein => server_path.to_owned(),
        LeadKind::Kundenangaben if server_path.is_empty() => "kundenangaben".to_owned(),
        LeadKind::Kundenangaben => format!("kundenangaben.{server_path}"),
    }
}

/// Where each API names the Kundenbetreuer's partnerId.
fn kundenbetreuer_path(kind: LeadKind) -> &'static [&'static str] {
    match kind {
        LeadKind::KexImport | LeadKind::DrKlein => &["kundenbetreuer", "partnerId"],
        LeadKind::Kundenangaben => &["importMetadaten", "betreuung", "kundenbetreuer"],
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
            reference_path,
            json!({"eigeneVorgangsnummer": "alt", "kundenbetreuer": {"partnerId": "ABC12"}}),
            "LB-1",
            true,
        );
        assert_eq!(
            kex,
            json!({"eigeneVorgangsnummer": "LB-1", "kundenbetreuer": {"partnerId": "ABC12"}})
        );
        let lead = with(LeadKind::DrKlein, reference_path, json!({}), "LB-2", true);
        assert_eq!(lead, json!({"eigeneVorgangsnummer": "LB-2"}));
        let baufi = with(
            LeadKind::Kundenangaben,
            reference_path,
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
            reference_path,
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
                reference_path,
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
            kundenbetreuer_path,
            json!({"kundenbetreuer": {"partnerId": "ABC12"}}),
            "XYZ99",
            false,
        );
        assert_eq!(kept, json!({"kundenbetreuer": {"partnerId": "ABC12"}}));
        let replaced = with(
            LeadKind::DrKlein,
            kundenbetreuer_path,
            json!({"kundenbetreuer": {"partnerId": "ABC12"}}),
            "XYZ99",
            true,
        );
        assert_eq!(replaced, json!({"kundenbetreuer": {"partnerId": "XYZ99"}}));
        let filled = with(
            LeadKind::Kundenangaben,
            kundenbetreuer_path,
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
