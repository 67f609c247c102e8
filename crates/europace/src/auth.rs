//! OAuth2 client credentials against the Europace Authorization API, the token cache, and
//! the [`Secret`] type that keeps credentials out of logs.
//!
//! The token endpoint takes the client id and secret as HTTP Basic auth and a form body
//! `grant_type=client_credentials`, `scope` (space separated) and, to act for another
//! partner, `subject` and `actor` with the scope `impersonieren`.

use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::header::{ACCEPT, CONTENT_TYPE};
use reqwest::{RequestBuilder, Response, StatusCode, Url};
use serde::{Deserialize, Serialize};
use tokio::sync::Mutex;
use zeroize::{Zeroize, Zeroizing};

use crate::error::ApiError;
use crate::trace::TraceId;
use crate::transport::{Prepare, Transport, check_status, decode, status_error, success_body};

/// The scopes the APIs ask for, spelled as the Authorization API lists them.
pub mod scope {
    /// KreditSmart-Vorgänge lesen: KEX export.
    pub const PRIVATKREDIT_VORGANG_LESEN: &str = "privatkredit:vorgang:lesen";
    /// KreditSmart-Vorgänge anlegen/verändern: KEX import and update.
    pub const PRIVATKREDIT_VORGANG_SCHREIBEN: &str = "privatkredit:vorgang:schreiben";
    /// BaufiSmart-Vorgänge lesen: get Kundenangaben.
    pub const BAUFINANZIERUNG_VORGANG_LESEN: &str = "baufinanzierung:vorgang:lesen";
    /// BaufiSmart-Vorgänge anlegen: create, replace and validate Kundenangaben.
    pub const BAUFINANZIERUNG_VORGANG_SCHREIBEN: &str = "baufinanzierung:vorgang:schreiben";
    /// BaufiSmart-Echtgeschäft bearbeiten: a Kundenangaben import with `ECHT_GESCHAEFT`.
    pub const BAUFINANZIERUNG_ECHTGESCHAEFT: &str = "baufinanzierung:echtgeschaeft";
    /// Act in the name of a subordinate partner.
    pub const IMPERSONIEREN: &str = "impersonieren";

    /// What sending leads to `environment` needs: KEX import (and the Dr. Klein lead's
    /// KreditSmart Vorgang) and the Kundenangaben import, with Echtgeschäft in Produktion.
    pub fn for_sending(environment: crate::environment::Environment) -> Vec<&'static str> {
        let mut scopes = vec![
            PRIVATKREDIT_VORGANG_SCHREIBEN,
            BAUFINANZIERUNG_VORGANG_SCHREIBEN,
        ];
        if environment.is_produktion() {
            scopes.push(BAUFINANZIERUNG_ECHTGESCHAEFT);
        }
        scopes
    }
}

/// A secret (client secret, access token, JWT): never printed, wiped from memory on drop.
#[derive(Clone)]
pub struct Secret(Zeroizing<String>);

impl Secret {
    /// Wraps `value`; from here on it is wiped when dropped.
    pub fn new(value: impl Into<String>) -> Self {
        Self(Zeroizing::new(value.into()))
    }

    /// The secret itself, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self::new(value)
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// An OAuth2 client registered in Partnermanagement. The caller loads it (e.g. from the
/// OS keyring); this crate only sends it to the token endpoint.
#[derive(Debug, Clone)]
pub struct ClientCredentials {
    /// The client id, sent as the Basic auth user name.
    pub client_id: String,
    /// The client secret, sent as the Basic auth password.
    pub client_secret: Secret,
}

/// Acting for another partner, e.g. a team assistant for a Finanzierungsberater.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Impersonation {
    /// Partner id (ABC12) of the partner the client acts for; subordinate to the actor.
    pub subject: String,
    /// Partner id of the partner who approved the client.
    pub actor: String,
}

crate::tolerant_enum! {
    /// The `error` of a rejected token request.
    pub enum OAuthErrorCode {
        /// A parameter such as `grant_type` is missing or malformed.
        InvalidRequest => "invalid_request",
        /// Unknown or deactivated client id, or a wrong or expired secret.
        InvalidClient => "invalid_client",
        /// The client may not do this, e.g. the actor was not found.
        UnauthorizedClient => "unauthorized_client",
        /// A requested scope is unknown or malformed.
        InvalidScope => "invalid_scope",
    }
}

#[derive(Clone)]
struct AccessToken {
    value: Secret,
    /// The scopes the server granted, which may be fewer than were asked for.
    granted: BTreeSet<String>,
    /// Somewhat before the server's expiry, so a token never expires in flight.
    refresh_at: Instant,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct TokenKey {
    scopes: BTreeSet<String>,
    impersonation: Option<Impersonation>,
}

struct Inner {
    transport: Transport,
    credentials: ClientCredentials,
    // Held across a token request so parallel calls wait for one token instead of each
    // fetching their own.
    cache: Mutex<HashMap<TokenKey, AccessToken>>,
}

/// Fetches and caches access tokens, and sends requests authorized with them.
/// Clones share the cache.
#[derive(Clone)]
pub struct TokenProvider {
    inner: Arc<Inner>,
    impersonation: Option<Impersonation>,
}

impl fmt::Debug for TokenProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenProvider")
            .field("client_id", &self.inner.credentials.client_id)
            .field("impersonation", &self.impersonation)
            .finish_non_exhaustive()
    }
}

#[derive(Deserialize)]
struct TokenResponse {
    access_token: String,
    expires_in: u64,
    /// Space separated; the Authorization API always names it, a server that does not is
    /// taken to grant what was asked for.
    scope: Option<String>,
}

#[derive(Deserialize)]
struct TokenErrorBody {
    error: String,
    error_description: Option<String>,
}

impl TokenProvider {
    /// A provider for `credentials` whose token requests go through `transport`.
    pub fn new(transport: &Transport, credentials: ClientCredentials) -> Self {
        Self {
            inner: Arc::new(Inner {
                transport: transport.clone(),
                credentials,
                cache: Mutex::new(HashMap::new()),
            }),
            impersonation: None,
        }
    }

    /// The same client acting for `impersonation.subject`; shares the token cache.
    pub fn acting_for(&self, impersonation: Impersonation) -> Self {
        Self {
            inner: Arc::clone(&self.inner),
            impersonation: Some(impersonation),
        }
    }

    /// Fetches a fresh token for `scopes` (bypassing the cache) and returns the scopes the
    /// server granted. Europace refuses only unknown scopes; one the client was not approved
    /// for is simply left out of the token, so this is how a missing permission shows
    /// before any lead is sent.
    pub async fn granted_scopes(&self, scopes: &[&str]) -> Result<BTreeSet<String>, ApiError> {
        Ok(self.fetch(&self.key(scopes)).await?.granted)
    }

    pub(crate) fn transport(&self) -> &Transport {
        &self.inner.transport
    }

    fn key(&self, scopes: &[&str]) -> TokenKey {
        let mut set: BTreeSet<String> = scopes.iter().map(|s| (*s).to_owned()).collect();
        if self.impersonation.is_some() {
            set.insert(scope::IMPERSONIEREN.to_owned());
        }
        TokenKey {
            scopes: set,
            impersonation: self.impersonation.clone(),
        }
    }

    async fn token(&self, key: &TokenKey) -> Result<AccessToken, ApiError> {
        let mut cache = self.inner.cache.lock().await;
        if let Some(token) = cache.get(key)
            && Instant::now() < token.refresh_at
        {
            return Ok(token.clone());
        }
        let token = self.fetch(key).await?;
        cache.insert(key.clone(), token.clone());
        Ok(token)
    }

    /// Drops `used` from the cache unless a parallel call already replaced it.
    async fn invalidate(&self, key: &TokenKey, used: &AccessToken) {
        let mut cache = self.inner.cache.lock().await;
        if cache
            .get(key)
            .is_some_and(|t| t.value.expose() == used.value.expose())
        {
            cache.remove(key);
        }
    }

    async fn fetch(&self, key: &TokenKey) -> Result<AccessToken, ApiError> {
        let transport = &self.inner.transport;
        let credentials = &self.inner.credentials;
        let scope = key.scopes.iter().cloned().collect::<Vec<_>>().join(" ");
        let mut form = vec![
            ("grant_type", "client_credentials".to_owned()),
            ("scope", scope),
        ];
        if let Some(i) = &key.impersonation {
            form.push(("subject", i.subject.clone()));
            form.push(("actor", i.actor.clone()));
        }
        let trace_id = transport.trace_id();
        let request = transport
            .http()
            .post(transport.site().endpoints().token().clone())
            .basic_auth(
                &credentials.client_id,
                Some(credentials.client_secret.expose()),
            )
            // Sets Content-Type: application/x-www-form-urlencoded.
            .form(&form);
        let requested_at = Instant::now();
        let response = transport.send(&trace_id, request).await?;
        let status = response.status();
        if matches!(status, StatusCode::BAD_REQUEST | StatusCode::UNAUTHORIZED) {
            let headers = response.headers().clone();
            let body = response.bytes().await.unwrap_or_default();
            return Err(match serde_json::from_slice::<TokenErrorBody>(&body) {
                Ok(e) => ApiError::TokenRejected {
                    trace_id,
                    status: status.as_u16(),
                    error: OAuthErrorCode::from(e.error.as_str()),
                    description: e.error_description,
                },
                Err(_) => status_error(status.as_u16(), &headers, &body, trace_id),
            });
        }
        let response = check_status(response, &trace_id).await?;
        let mut body = success_body(response, &trace_id).await?;
        let parsed = decode::<TokenResponse>(&body, &trace_id);
        body.zeroize();
        let TokenResponse {
            access_token,
            expires_in,
            scope: granted,
        } = parsed?;
        let granted = granted.map_or_else(
            || key.scopes.clone(),
            |s| s.split_whitespace().map(str::to_owned).collect(),
        );
        let lifetime = Duration::from_secs(expires_in);
        let margin = (lifetime / 10).min(Duration::from_secs(60));
        Ok(AccessToken {
            value: Secret::new(access_token),
            granted,
            // An absurd lifetime must not overflow: then the token is simply not reused.
            refresh_at: requested_at
                .checked_add(lifetime - margin)
                .unwrap_or(requested_at),
        })
    }

    /// Sends the request `build` makes with a bearer token for `scopes` and a fresh trace id;
    /// a status other than 2xx becomes the error.
    /// On 401 the token is renewed and the request sent once more: a 401 is decided before
    /// the API processes anything, so this cannot duplicate a Vorgang. `build` runs once per
    /// attempt, so a streamed body is produced anew.
    pub(crate) async fn send(
        &self,
        scopes: &[&str],
        build: impl Fn(&reqwest::Client) -> Result<RequestBuilder, Prepare>,
    ) -> Result<(Response, TraceId), ApiError> {
        let key = self.key(scopes);
        let transport = &self.inner.transport;
        let attempt = async |token: &AccessToken| {
            let trace_id = transport.trace_id();
            let request = build(transport.http()).map_err(|p| p.into_error(trace_id.clone()))?;
            let response = transport
                .send(&trace_id, request.bearer_auth(token.value.expose()))
                .await?;
            Ok::<_, ApiError>((response, trace_id))
        };
        let token = self.token(&key).await?;
        let (mut response, mut trace_id) = attempt(&token).await?;
        if response.status() == StatusCode::UNAUTHORIZED {
            drop(response);
            self.invalidate(&key, &token).await;
            let token = self.token(&key).await?;
            (response, trace_id) = attempt(&token).await?;
        }
        let response = check_status(response, &trace_id).await?;
        Ok((response, trace_id))
    }

    /// [`send`](Self::send) of `POST url` with `body` as UTF-8 JSON.
    pub(crate) async fn post_json<B: Serialize + ?Sized>(
        &self,
        scopes: &[&str],
        url: &Url,
        body: &B,
    ) -> Result<(Response, TraceId), ApiError> {
        self.send(scopes, |http| {
            let bytes = serde_json::to_vec(body).map_err(Prepare::Encode)?;
            Ok(http
                .post(url.clone())
                .header(CONTENT_TYPE, "application/json;charset=utf-8")
                .header(ACCEPT, "application/json")
                .body(bytes))
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_do_not_print() {
        let credentials = ClientCredentials {
            client_id: "client-1".into(),
            client_secret: Secret::new("very-secret"),
        };
        let printed = format!("{credentials:?}");
        assert!(printed.contains("client-1"), "{printed}");
        assert!(!printed.contains("very-secret"), "{printed}");
        assert!(printed.contains("***"), "{printed}");
    }

    #[test]
    fn key_adds_impersonieren() {
        let transport = Transport::new(
            crate::environment::Site::europace(crate::environment::Environment::Test),
            crate::transport::TransportOptions::default(),
        )
        .unwrap();
        let tokens = TokenProvider::new(
            &transport,
            ClientCredentials {
                client_id: "c".into(),
                client_secret: Secret::new("s"),
            },
        );
        let plain = tokens.key(&[scope::PRIVATKREDIT_VORGANG_LESEN]);
        assert_eq!(plain.scopes.len(), 1);
        let acting = tokens.acting_for(Impersonation {
            subject: "ABC12".into(),
            actor: "XYZ54".into(),
        });
        let key = acting.key(&[scope::PRIVATKREDIT_VORGANG_LESEN]);
        assert!(key.scopes.contains(scope::IMPERSONIEREN));
        assert_ne!(key, plain);
    }
}
