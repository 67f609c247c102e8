//! The only place that calls the europace clients: puts the client reference into the body,
//! sends it to the API the draft is meant for, and reduces the answer to what the outbox
//! records. Keeping it here means a change of the clients' signatures touches one module.

use europace::drklein::LeadResponse;
use europace::drklein::client::DrKleinClient;
use europace::error::ApiError;
use europace::kex_import::VorgangResponse;
use europace::kex_import::client::KexImportClient;
use europace::kundenangaben::KundenangabenImportResponse;
use europace::kundenangaben::client::KundenangabenClient;
use serde_json::{Map, Value};
use store::{DraftKind, SendTicket};

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
    pub(crate) kex_import: KexImportClient,
    pub(crate) kundenangaben: KundenangabenClient,
    pub(crate) drklein: Option<DrKleinClient>,
}

impl Clients {
    /// Whether a draft of `kind` can be sent with these clients.
    pub(crate) fn serves(&self, kind: DraftKind) -> bool {
        kind != DraftKind::DrKlein || self.drklein.is_some()
    }

    /// Sends the ticket's content with its client reference. A kind without a client is
    /// never passed here ([`Self::serves`] is checked first).
    pub(crate) async fn create(&self, ticket: &SendTicket) -> Result<Created, ApiError> {
        let body = with_reference(ticket.kind, &ticket.content, &ticket.client_reference);
        match ticket.kind {
            DraftKind::KexImport => {
                let answer: VorgangResponse = self.kex_import.create_vorgang(&body).await?;
                Ok(Created {
                    vorgangsnummer: answer.vorgangsnummer,
                    messages: answer.messages.unwrap_or_default(),
                })
            }
            DraftKind::Kundenangaben => {
                let answer: KundenangabenImportResponse = self.kundenangaben.create(&body).await?;
                Ok(Created {
                    vorgangsnummer: answer.vorgangsnummer,
                    messages: Vec::new(),
                })
            }
            DraftKind::DrKlein => {
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
pub(crate) fn reference_path(kind: DraftKind) -> &'static [&'static str] {
    match kind {
        DraftKind::KexImport | DraftKind::DrKlein => &["eigeneVorgangsnummer"],
        DraftKind::Kundenangaben => &["importMetadaten", "externeVorgangsId"],
    }
}

/// `content` with `reference` at [`reference_path`]. A value the user put there is replaced:
/// only the reference of this attempt lets an unanswered send be found again. A body that is
/// not an object is sent as it is; the API rejects it, which is the right outcome.
fn with_reference(kind: DraftKind, content: &Value, reference: &str) -> Value {
    let mut body = content.clone();
    let (leaf, parents) = reference_path(kind)
        .split_last()
        .expect("every path has a leaf");
    let mut node = &mut body;
    for parent in parents {
        let Some(object) = node.as_object_mut() else {
            return body;
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
        object.insert((*leaf).to_owned(), Value::from(reference));
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reference_goes_where_each_api_keeps_it() {
        let kex = with_reference(
            DraftKind::KexImport,
            &json!({"eigeneVorgangsnummer": "alt", "kundenbetreuer": {"partnerId": "ABC12"}}),
            "LB-1",
        );
        assert_eq!(
            kex,
            json!({"eigeneVorgangsnummer": "LB-1", "kundenbetreuer": {"partnerId": "ABC12"}})
        );
        let lead = with_reference(DraftKind::DrKlein, &json!({}), "LB-2");
        assert_eq!(lead, json!({"eigeneVorgangsnummer": "LB-2"}));
        let baufi = with_reference(
            DraftKind::Kundenangaben,
            &json!({"importMetadaten": null, "kundenangaben": {}}),
            "LB-3",
        );
        assert_eq!(
            baufi,
            json!({"importMetadaten": {"externeVorgangsId": "LB-3"}, "kundenangaben": {}})
        );
        let kept = with_reference(
            DraftKind::Kundenangaben,
            &json!({"importMetadaten": {"prioritaet": "HOCH"}}),
            "LB-4",
        );
        assert_eq!(
            kept,
            json!({"importMetadaten": {"prioritaet": "HOCH", "externeVorgangsId": "LB-4"}})
        );
        assert_eq!(
            with_reference(DraftKind::KexImport, &json!([1]), "LB-5"),
            json!([1])
        );
    }
}
