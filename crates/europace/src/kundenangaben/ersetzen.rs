//! Replacing a case's Kundenangaben without overwriting what nobody saw.
//!
//! A `PUT` overwrites the whole case. So a replace names the server's version the user last
//! saw (`gesehen`): right before the `PUT` the server is read again, and only if it still
//! holds exactly that version is the body sent. Otherwise nothing is sent and the caller gets
//! the three-way [`Merge`] of the user's body with the server's new version, to show and decide;
//! the next attempt then names that server version as seen. The app and the command line both
//! replace through [`ersetzen`], so neither can skip the check.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::changes::{Merge, merge};
use super::client::KundenangabenClient;
use crate::error::ApiError;

/// How a replace ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Ersetzen {
    /// The server took the body; `jetzt` is the case as read back after the `PUT`, with the
    /// ids the server gave to new objects.
    Ersetzt { jetzt: Value },
    /// The server changed since `gesehen`; nothing was sent. `server` is its version now,
    /// `merge` the user's body merged with it.
    Geaendert { server: Value, merge: Merge },
}

/// Sends `request` (an `UpdateKundenangabenRequest`: `updateMetadaten` and `kundenangaben`) as
/// the new Kundenangaben of case `vorgangsnummer`, if the server still holds `gesehen`.
pub async fn ersetzen(
    client: &KundenangabenClient,
    vorgangsnummer: &str,
    gesehen: &Value,
    request: &Value,
) -> Result<Ersetzen, ApiError> {
    let server: Value = client.get(vorgangsnummer).await?;
    if &server != gesehen {
        let mine = &request["kundenangaben"];
        let merge = merge(gesehen, &server, mine);
        return Ok(Ersetzen::Geaendert { server, merge });
    }
    client.replace(vorgangsnummer, request).await?;
    let jetzt = client.get(vorgangsnummer).await?;
    Ok(Ersetzen::Ersetzt { jetzt })
}

/// The replace body of `kundenangaben` with the `updateMetadaten` `metadaten` (its Tippgeber,
/// or `{}`).
pub fn request(metadaten: Value, kundenangaben: Value) -> Value {
    serde_json::json!({ "updateMetadaten": metadaten, "kundenangaben": kundenangaben })
}

/// `body` without any BaufiSmart `id`: what a loaded case becomes when it is copied into a new
/// lead, so the create does not carry ids of another case (the API would ignore them, and a
/// later replace of the copy must not point at the original's objects).
pub fn ohne_ids(body: &Value) -> Value {
    match body {
        Value::Object(map) => map
            .iter()
            .filter(|(key, _)| key.as_str() != "id")
            .map(|(key, value)| (key.clone(), ohne_ids(value)))
            .collect::<serde_json::Map<_, _>>()
            .into(),
        Value::Array(items) => items.iter().map(ohne_ids).collect(),
        other => other.clone(),
    }
}

/// A replace body (`updateMetadaten`, `kundenangaben`) as the create body of a new lead: the
/// Tippgeber moves into the `importMetadaten`, and every id of the original case goes.
pub fn als_neuer_lead(request: &Value) -> Value {
    let mut lead = serde_json::Map::new();
    if let Some(tippgeber) = request.pointer("/updateMetadaten/tippgeber") {
        lead.insert(
            "importMetadaten".to_owned(),
            serde_json::json!({ "tippgeber": tippgeber }),
        );
    }
    if let Some(kundenangaben) = request.get("kundenangaben") {
        lead.insert("kundenangaben".to_owned(), ohne_ids(kundenangaben));
    }
    lead.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn ids_are_stripped_at_every_depth() {
        let loaded = json!({
            "haushalte": [{"id": "h1", "kunden": [{"id": "k1", "personendaten": {"person": {"vorname": "Max"}}}]}],
            "finanzierungsbedarf": {"finanzierungsbausteine": [{"id": "b1", "@type": "ANNUITAETENDARLEHEN"}]}
        });
        assert_eq!(
            ohne_ids(&loaded),
            json!({
                "haushalte": [{"kunden": [{"personendaten": {"person": {"vorname": "Max"}}}]}],
                "finanzierungsbedarf": {"finanzierungsbausteine": [{"@type": "ANNUITAETENDARLEHEN"}]}
            })
        );
    }

    #[test]
    fn a_copy_becomes_a_new_lead() {
        let request = json!({
            "updateMetadaten": {"tippgeber": {"tippgeberPartnerId": "AAV43"}},
            "kundenangaben": {"haushalte": [{"id": "h1"}]}
        });
        assert_eq!(
            als_neuer_lead(&request),
            json!({
                "importMetadaten": {"tippgeber": {"tippgeberPartnerId": "AAV43"}},
                "kundenangaben": {"haushalte": [{}]}
            })
        );
        assert_eq!(als_neuer_lead(&json!({})), json!({}));
    }

    #[test]
    fn request_has_both_parts() {
        assert_eq!(
            request(json!({}), json!({"haushalte": []})),
            json!({"updateMetadaten": {}, "kundenangaben": {"haushalte": []}})
        );
    }
}
