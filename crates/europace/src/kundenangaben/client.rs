//! Client of the BaufiSmart Kundenangaben API: create, read, replace and validate the
//! customer data of a mortgage case.

use reqwest::Url;
use reqwest::header::{ACCEPT, CONTENT_TYPE};
use serde::de::DeserializeOwned;

use super::MEDIA_TYPE;
use super::model::{
    Datenkontext, ImportKundenangabenRequest, Kundenangaben, KundenangabenImportResponse,
    UpdateKundenangabenRequest,
};
use crate::auth::{TokenProvider, scope};
use crate::environment::Environment;
use crate::error::ApiError;
use crate::transport::{Prepare, read_json};

const ACCEPT_ANY: &str = "application/json;version=1.0, application/problem+json";

/// Reads and writes Kundenangaben.
///
/// Error bodies are read as [`crate::problem::Problem`], never as the generated
/// [`BadRequestProblem`](super::BadRequestProblem): the service sends `violations` as a list
/// where the OpenAPI declares one object.
#[derive(Debug, Clone)]
pub struct KundenangabenClient {
    tokens: TokenProvider,
}

impl KundenangabenClient {
    /// A client authorized by `tokens`, sending through their transport.
    pub fn new(tokens: TokenProvider) -> Self {
        Self { tokens }
    }

    /// `POST /kundenangaben`: a new Vorgang from `request`; answers 201 with the
    /// Vorgangsnummer.
    ///
    /// `importMetadaten.datenkontext` is set from the environment (`ECHT_GESCHAEFT` only in
    /// Produktion), overriding whatever `request` holds. Never retried except once after a
    /// 401 with a fresh token.
    pub async fn create(
        &self,
        request: &ImportKundenangabenRequest,
    ) -> Result<KundenangabenImportResponse, ApiError> {
        self.import(&[], request).await
    }

    /// `POST /kundenangaben/body-validation`: validates like [`create`](Self::create) but
    /// creates no Vorgang.
    pub async fn validate(
        &self,
        request: &ImportKundenangabenRequest,
    ) -> Result<KundenangabenImportResponse, ApiError> {
        self.import(&["body-validation"], request).await
    }

    /// `GET /kundenangaben/{vorgangsnummer}` (scope `baufinanzierung:vorgang:lesen`).
    pub async fn get(&self, vorgangsnummer: &str) -> Result<Kundenangaben, ApiError> {
        let url = self.url(&[vorgangsnummer]);
        let (response, trace_id) = self
            .tokens
            .send(&[scope::BAUFINANZIERUNG_VORGANG_LESEN], |http| {
                Ok(http.get(url.clone()).header(ACCEPT, ACCEPT_ANY))
            })
            .await?;
        read_json(response, &trace_id).await
    }

    /// `PUT /kundenangaben/{vorgangsnummer}`: replaces the whole case data with `request`;
    /// fields left out are deleted. Answers 204.
    pub async fn replace(
        &self,
        vorgangsnummer: &str,
        request: &UpdateKundenangabenRequest,
    ) -> Result<(), ApiError> {
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
            .environment()
            .endpoints()
            .kundenangaben(segments)
    }

    async fn import<R: DeserializeOwned>(
        &self,
        segments: &[&str],
        request: &ImportKundenangabenRequest,
    ) -> Result<R, ApiError> {
        let environment = self.tokens.transport().environment();
        let scopes = import_scopes(environment);
        let body = with_datenkontext(request, environment);
        let url = self.url(segments);
        let (response, trace_id) = self
            .tokens
            .send(&scopes, |http| {
                let bytes = serde_json::to_vec(&body).map_err(Prepare::Encode)?;
                Ok(http
                    .post(url.clone())
                    .header(CONTENT_TYPE, MEDIA_TYPE)
                    .header(ACCEPT, ACCEPT_ANY)
                    .body(bytes))
            })
            .await?;
        read_json(response, &trace_id).await
    }
}

/// Writing Kundenangaben needs `baufinanzierung:echtgeschaeft` too when the datenkontext
/// is `ECHT_GESCHAEFT`.
fn import_scopes(environment: &Environment) -> Vec<&'static str> {
    let mut scopes = vec![scope::BAUFINANZIERUNG_VORGANG_SCHREIBEN];
    if environment.is_produktion() {
        scopes.push(scope::BAUFINANZIERUNG_ECHTGESCHAEFT);
    }
    scopes
}

/// `request` with `importMetadaten.datenkontext` as `environment` demands.
fn with_datenkontext(
    request: &ImportKundenangabenRequest,
    environment: &Environment,
) -> ImportKundenangabenRequest {
    let mut request = request.clone();
    request
        .import_metadaten
        .get_or_insert_default()
        .datenkontext = Some(Datenkontext::from(environment.kundenangaben_datenkontext()));
    request
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kundenangaben::Prioritaet;

    #[test]
    fn datenkontext_is_set_and_overrides() {
        let sandbox = Environment::Sandbox(Box::new(
            crate::environment::Endpoints::under("http://127.0.0.1:1").unwrap(),
        ));
        let empty = ImportKundenangabenRequest::default();
        for (environment, expected) in [
            (&Environment::Test, Datenkontext::TestModus),
            (&sandbox, Datenkontext::TestModus),
            (&Environment::Produktion, Datenkontext::EchtGeschaeft),
        ] {
            let sent = with_datenkontext(&empty, environment);
            assert_eq!(sent.import_metadaten.unwrap().datenkontext, Some(expected));
        }
        let mut echt = ImportKundenangabenRequest::default();
        let metadaten = echt.import_metadaten.get_or_insert_default();
        metadaten.datenkontext = Some(Datenkontext::EchtGeschaeft);
        metadaten.prioritaet = Some(Prioritaet::Hoch);
        let sent = with_datenkontext(&echt, &Environment::Test)
            .import_metadaten
            .unwrap();
        assert_eq!(sent.datenkontext, Some(Datenkontext::TestModus));
        assert_eq!(sent.prioritaet, Some(Prioritaet::Hoch), "the rest stays");
    }

    #[test]
    fn echtgeschaeft_scope_only_in_produktion() {
        assert_eq!(
            import_scopes(&Environment::Produktion),
            [
                scope::BAUFINANZIERUNG_VORGANG_SCHREIBEN,
                scope::BAUFINANZIERUNG_ECHTGESCHAEFT
            ]
        );
        assert_eq!(
            import_scopes(&Environment::Test),
            [scope::BAUFINANZIERUNG_VORGANG_SCHREIBEN]
        );
    }
}
