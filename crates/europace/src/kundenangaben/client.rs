//! Client of the BaufiSmart Kundenangaben API: create, read, replace and validate the
//! customer data of a mortgage case.

use reqwest::Url;
use reqwest::header::{ACCEPT, CONTENT_TYPE};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::auth::{TokenProvider, scope};
use crate::environment::Environment;
use crate::error::ApiError;
use crate::transport::{Prepare, read_json};

/// The media type the OpenAPI declares for request and response bodies.
const MEDIA_TYPE: &str = "application/json;version=1.0";
const ACCEPT_ANY: &str = "application/json;version=1.0, application/problem+json";

/// Reads and writes Kundenangaben.
#[derive(Debug, Clone)]
pub struct KundenangabenClient {
    tokens: TokenProvider,
}

impl KundenangabenClient {
    /// A client authorized by `tokens`, sending through their transport.
    pub fn new(tokens: TokenProvider) -> Self {
        Self { tokens }
    }

    /// `POST /kundenangaben`: a new Vorgang from the `ImportKundenangabenRequest` `request`;
    /// answers 201 with the Vorgangsnummer.
    ///
    /// `importMetadaten.datenkontext` is set from the environment (`ECHT_GESCHAEFT` only in
    /// Produktion), overriding whatever `request` holds. Never retried except once after a
    /// 401 with a fresh token.
    pub async fn create<B, R>(&self, request: &B) -> Result<R, ApiError>
    where
        B: Serialize + ?Sized,
        R: DeserializeOwned,
    {
        self.import(&[], request).await
    }

    /// `POST /kundenangaben/body-validation`: validates like [`create`](Self::create) but
    /// creates no Vorgang.
    pub async fn validate<B, R>(&self, request: &B) -> Result<R, ApiError>
    where
        B: Serialize + ?Sized,
        R: DeserializeOwned,
    {
        self.import(&["body-validation"], request).await
    }

    /// `GET /kundenangaben/{vorgangsnummer}` (scope `baufinanzierung:vorgang:lesen`).
    pub async fn get<R: DeserializeOwned>(&self, vorgangsnummer: &str) -> Result<R, ApiError> {
        let url = self.url(&[vorgangsnummer]);
        let (response, trace_id) = self
            .tokens
            .send(&[scope::BAUFINANZIERUNG_VORGANG_LESEN], |http| {
                Ok(http.get(url.clone()).header(ACCEPT, ACCEPT_ANY))
            })
            .await?;
        read_json(response, &trace_id).await
    }

    /// `PUT /kundenangaben/{vorgangsnummer}` with an `UpdateKundenangabenRequest`: replaces
    /// the whole case data; fields left out are deleted. Answers 204.
    pub async fn replace<B>(&self, vorgangsnummer: &str, request: &B) -> Result<(), ApiError>
    where
        B: Serialize + ?Sized,
    {
        let url = self.url(&[vorgangsnummer]);
        self.tokens
            .send(&[scope::BAUFINANZIERUNG_VORGANG_SCHREIBEN], |http| {
                let bytes = serde_json::to_vec(request).map_err(Prepare::Encode)?;
                Ok(http
                    .put(url.clone())
                    .header(CONTENT_TYPE, MEDIA_TYPE)
                    .header(ACCEPT, ACCEPT_ANY)
                    .body(bytes))
            })
            .await?;
        Ok(())
    }

    fn url(&self, segments: &[&str]) -> Url {
        self.tokens
            .transport()
            .site()
            .endpoints()
            .kundenangaben(segments)
    }

    async fn import<B, R>(&self, segments: &[&str], request: &B) -> Result<R, ApiError>
    where
        B: Serialize + ?Sized,
        R: DeserializeOwned,
    {
        let environment = self.tokens.transport().environment();
        let datenkontext = environment.kundenangaben_datenkontext();
        let scopes = import_scopes(environment);
        let url = self.url(segments);
        let (response, trace_id) = self
            .tokens
            .send(&scopes, |http| {
                let body = with_datenkontext(request, datenkontext)?;
                Ok(http
                    .post(url.clone())
                    .header(CONTENT_TYPE, MEDIA_TYPE)
                    .header(ACCEPT, ACCEPT_ANY)
                    .body(body))
            })
            .await?;
        read_json(response, &trace_id).await
    }
}

/// Writing Kundenangaben needs `baufinanzierung:echtgeschaeft` too when the datenkontext
/// is `ECHT_GESCHAEFT`.
fn import_scopes(environment: Environment) -> Vec<&'static str> {
    let mut scopes = vec![scope::BAUFINANZIERUNG_VORGANG_SCHREIBEN];
    if environment.is_produktion() {
        scopes.push(scope::BAUFINANZIERUNG_ECHTGESCHAEFT);
    }
    scopes
}

/// `request` serialized with `importMetadaten.datenkontext` = `datenkontext`.
fn with_datenkontext<B: Serialize + ?Sized>(
    request: &B,
    datenkontext: &str,
) -> Result<Vec<u8>, Prepare> {
    let mut value = serde_json::to_value(request).map_err(Prepare::Encode)?;
    let not_an_object = || {
        Prepare::Encode(serde::ser::Error::custom(
            "Kundenangaben-Anfrage und importMetadaten müssen JSON-Objekte sein",
        ))
    };
    let metadaten = value
        .as_object_mut()
        .ok_or_else(not_an_object)?
        .entry("importMetadaten")
        .or_insert_with(|| Value::Object(Default::default()));
    if metadaten.is_null() {
        *metadaten = Value::Object(Default::default());
    }
    metadaten
        .as_object_mut()
        .ok_or_else(not_an_object)?
        .insert("datenkontext".to_owned(), Value::from(datenkontext));
    serde_json::to_vec(&value).map_err(Prepare::Encode)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sent(request: Value) -> Value {
        serde_json::from_slice(&with_datenkontext(&request, "TEST_MODUS").unwrap()).unwrap()
    }

    #[test]
    fn datenkontext_is_set_and_overrides() {
        assert_eq!(
            sent(json!({"kundenangaben": {}})),
            json!({"kundenangaben": {}, "importMetadaten": {"datenkontext": "TEST_MODUS"}})
        );
        assert_eq!(
            sent(
                json!({"importMetadaten": {"datenkontext": "ECHT_GESCHAEFT", "prioritaet": "HOCH"}})
            ),
            json!({"importMetadaten": {"datenkontext": "TEST_MODUS", "prioritaet": "HOCH"}})
        );
        assert_eq!(
            sent(json!({"importMetadaten": null})),
            json!({"importMetadaten": {"datenkontext": "TEST_MODUS"}})
        );
        assert!(with_datenkontext(&json!([1]), "TEST_MODUS").is_err());
        assert!(with_datenkontext(&json!({"importMetadaten": 3}), "TEST_MODUS").is_err());
    }

    #[test]
    fn echtgeschaeft_scope_only_in_produktion() {
        assert_eq!(
            import_scopes(Environment::Produktion),
            [
                scope::BAUFINANZIERUNG_VORGANG_SCHREIBEN,
                scope::BAUFINANZIERUNG_ECHTGESCHAEFT
            ]
        );
        assert_eq!(
            import_scopes(Environment::Test),
            [scope::BAUFINANZIERUNG_VORGANG_SCHREIBEN]
        );
    }
}
