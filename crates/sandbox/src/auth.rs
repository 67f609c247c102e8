//! The OAuth2 token endpoint of Europace's Authorization API and bearer token checks.

use std::{
    collections::{BTreeSet, HashMap},
    sync::Mutex,
    time::{Duration, Instant},
};

use axum::{
    Form, Json,
    extract::State,
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use base64::Engine;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::{
    AppState,
    problem::{Problem, TraceId},
};

/// Every scope of Europace's Authorization API (`authorization-scopes.md`) plus `no-access`,
/// which its examples request.
pub const KNOWN_SCOPES: &[&str] = &[
    "no-access",
    "partner:plakette:anlegen",
    "partner:plakette:lesen",
    "partner:plakette:schreiben",
    "partner:beziehungen:lesen",
    "partner:beziehungen:schreiben",
    "partner:rechte:lesen",
    "partner:rechte:schreiben",
    "partner:login:silent-sign-in",
    "report:rohdaten:lesen",
    "report:produktanbieter:lesen",
    "baufinanzierung:echtgeschaeft",
    "baufinanzierung:vorgang:lesen",
    "baufinanzierung:vorgang:schreiben",
    "baufinanzierung:angebot:ermitteln",
    "baufinanzierung:angebot:loeschen",
    "baufinanzierung:ereignis:lesen",
    "baufinanzierung:antrag:lesen",
    "baufinanzierung:antrag:schreiben",
    "baufinanzierung:produktkonfiguration:lesen",
    "baufinanzierung:produktkonfiguration:schreiben",
    "baufinanzierung:produktkonfiguration:freigeben",
    "baufinanzierung:produkt:lesen",
    "baufinanzierung:produkt:schreiben",
    "baufinanzierung:produktanbieter:lesen",
    "baufinanzierung:produktanbieter:schreiben",
    "privatkredit:angebot:ermitteln",
    "privatkredit:antrag:schreiben",
    "privatkredit:vorgang:lesen",
    "privatkredit:vorgang:schreiben",
    "dokumente:dokument:lesen",
    "dokumente:dokument:schreiben",
    "unterlagen:dokument:lesen",
    "unterlagen:dokument:schreiben",
    "unterlagen:unterlage:lesen",
    "unterlagen:unterlage:schreiben",
    "unterlagen:unterlage:freigeben",
    "unterlagen:freigabe:lesen",
    "unterlagen:freigabe:schreiben",
    "impersonieren",
    "openid",
    "profile",
];

/// Scope to create and change KreditSmart Vorgänge (KEX import and update).
pub const KEX_SCHREIBEN: &str = "privatkredit:vorgang:schreiben";
/// Scope to read KreditSmart Vorgänge (KEX export).
pub const KEX_LESEN: &str = "privatkredit:vorgang:lesen";
/// Scope to create and replace BaufiSmart Kundenangaben.
pub const BAUFI_SCHREIBEN: &str = "baufinanzierung:vorgang:schreiben";
/// Scope to read BaufiSmart Kundenangaben.
pub const BAUFI_LESEN: &str = "baufinanzierung:vorgang:lesen";
/// Scope to create BaufiSmart cases in Echtgeschäft.
pub const BAUFI_ECHTGESCHAEFT: &str = "baufinanzierung:echtgeschaeft";
const IMPERSONIEREN: &str = "impersonieren";

/// An OAuth client the token endpoint accepts.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct ClientConfig {
    /// Client id (HTTP Basic user).
    pub client_id: String,
    /// Client secret (HTTP Basic password).
    pub client_secret: String,
    /// Scopes the client was registered with; a token gets those of them it asks for (all when
    /// it asks for none), never others.
    pub scopes: Vec<String>,
}

impl ClientConfig {
    /// The client that works without configuration: id and secret `sandbox`, every scope.
    pub fn sandbox_default() -> Self {
        Self {
            client_id: "sandbox".to_owned(),
            client_secret: "sandbox".to_owned(),
            scopes: KNOWN_SCOPES.iter().map(|s| (*s).to_owned()).collect(),
        }
    }
}

/// Who a token acts for.
#[derive(Clone, Debug)]
pub struct Principal {
    /// The impersonated partner if any, else the client id: owner of what the token creates.
    pub name: String,
    scopes: BTreeSet<String>,
}

impl Principal {
    /// A principal without scopes that owns what it creates under `name`.
    pub(crate) fn owner(name: String) -> Self {
        Self {
            name,
            scopes: BTreeSet::new(),
        }
    }

    /// Whether the token carries `scope`.
    pub fn has_scope(&self, scope: &str) -> bool {
        self.scopes.contains(scope)
    }
}

struct Issued {
    principal: Principal,
    expires_at: Instant,
}

/// Issued tokens (in memory: a restarted sandbox forgets them, as an expired token would).
pub struct Tokens {
    clients: Vec<ClientConfig>,
    ttl: Duration,
    issued: Mutex<HashMap<String, Issued>>,
}

impl Tokens {
    /// Token issuer for these clients with tokens valid for `ttl`.
    pub fn new(clients: Vec<ClientConfig>, ttl: Duration) -> Self {
        Self {
            clients,
            ttl,
            issued: Mutex::new(HashMap::new()),
        }
    }

    /// The first configured client: it owns what arrives through Dr. Klein, which forwards
    /// leads to Europace with its own client.
    pub fn first_client_id(&self) -> String {
        self.clients
            .first()
            .map(|c| c.client_id.clone())
            .unwrap_or_default()
    }

    /// The principal of a valid `Authorization: Bearer` token, or the 401/403 answer.
    pub fn require(
        &self,
        headers: &HeaderMap,
        scope: &str,
        trace: &TraceId,
    ) -> Result<Principal, Box<Response>> {
        let token = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| {
                v.strip_prefix("Bearer ")
                    .or_else(|| v.strip_prefix("bearer "))
            })
            .map(str::trim);
        let principal = token.and_then(|token| {
            let mut issued = self.issued.lock().unwrap_or_else(|e| e.into_inner());
            let now = Instant::now();
            issued.retain(|_, i| i.expires_at > now);
            issued.get(token).map(|i| i.principal.clone())
        });
        let Some(principal) = principal else {
            let mut response = Problem::new(StatusCode::UNAUTHORIZED, trace)
                .detail("missing, unknown or expired bearer token")
                .into_response();
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer error=\"invalid_token\""),
            );
            return Err(Box::new(response));
        };
        if !principal.has_scope(scope) {
            let mut response = Problem::new(StatusCode::FORBIDDEN, trace)
                .detail(format!("the token lacks the scope {scope}"))
                .into_response();
            // RFC 6750 §3.1: lets a client tell a missing scope from a foreign Vorgang.
            if let Ok(value) = HeaderValue::from_str(&format!(
                "Bearer error=\"insufficient_scope\", scope=\"{scope}\""
            )) {
                response
                    .headers_mut()
                    .insert(header::WWW_AUTHENTICATE, value);
            }
            return Err(Box::new(response));
        }
        Ok(principal)
    }

    fn issue(&self, principal: Principal) -> (String, u64) {
        let token = format!(
            "sbx.{}{}",
            uuid::Uuid::new_v4().simple(),
            uuid::Uuid::new_v4().simple()
        );
        let mut issued = self.issued.lock().unwrap_or_else(|e| e.into_inner());
        issued.insert(
            token.clone(),
            Issued {
                principal,
                expires_at: Instant::now() + self.ttl,
            },
        );
        (token, self.ttl.as_secs())
    }
}

/// The form body of `POST /auth/token`.
#[derive(Debug, Deserialize)]
pub struct TokenRequest {
    grant_type: Option<String>,
    scope: Option<String>,
    subject: Option<String>,
    actor: Option<String>,
}

fn oauth_error(status: StatusCode, error: &str, description: &str) -> Response {
    (
        status,
        Json(json!({ "error": error, "error_description": description })),
    )
        .into_response()
}

fn basic_credentials(headers: &HeaderMap) -> Option<(String, String)> {
    let encoded = headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Basic ")?;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .ok()?;
    let decoded = String::from_utf8(decoded).ok()?;
    let (id, secret) = decoded.split_once(':')?;
    Some((id.to_owned(), secret.to_owned()))
}

/// `POST /auth/token`: client credentials (optionally impersonating) for a bearer token.
pub async fn token(
    State(app): State<AppState>,
    headers: HeaderMap,
    Form(form): Form<TokenRequest>,
) -> Response {
    let tokens = &app.tokens;
    let client = basic_credentials(&headers).and_then(|(id, secret)| {
        tokens
            .clients
            .iter()
            .find(|c| c.client_id == id && c.client_secret == secret)
    });
    let Some(client) = client else {
        return oauth_error(
            StatusCode::UNAUTHORIZED,
            "invalid_client",
            "Client authentication failed: Client id unknown / deactivated or client secret invalid / expired.",
        );
    };
    match form.grant_type.as_deref() {
        None | Some("") => {
            return oauth_error(
                StatusCode::BAD_REQUEST,
                "invalid_request",
                "Invalid request: Missing \"grant_type\" parameter",
            );
        }
        Some("client_credentials") => {}
        Some(_) => {
            return oauth_error(
                StatusCode::BAD_REQUEST,
                "unsupported_grant_type",
                "Unsupported grant type: only client_credentials is supported by the sandbox",
            );
        }
    }
    let requested: BTreeSet<String> = match form.scope.as_deref().map(str::trim) {
        None | Some("") => client.scopes.iter().cloned().collect(),
        Some(scope) => scope.split_whitespace().map(str::to_owned).collect(),
    };
    if requested
        .iter()
        .any(|s| !KNOWN_SCOPES.contains(&s.as_str()))
    {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_scope",
            "Invalid, unknown or malformed scope",
        );
    }
    // The Authorization API refuses only scopes that do not exist; of the others the token
    // gets those the client was granted and names them in `scope`, so a missing permission
    // shows as 403 at the API, as on Europace.
    let requested: BTreeSet<String> = requested
        .into_iter()
        .filter(|s| client.scopes.contains(s))
        .collect();
    let name = match (&form.subject, &form.actor) {
        (None, None) => client.client_id.clone(),
        (Some(subject), actor) => {
            if !requested.contains(IMPERSONIEREN) {
                return oauth_error(
                    StatusCode::BAD_REQUEST,
                    "invalid_scope",
                    "Invalid, unknown or malformed scope: a subject needs the scope impersonieren",
                );
            }
            if subject.chars().count() != 5 {
                return oauth_error(
                    StatusCode::BAD_REQUEST,
                    "invalid_request",
                    "Invalid request: subject must be a partner id of 5 characters",
                );
            }
            if actor.as_ref().is_some_and(|a| a.chars().count() != 5) {
                return oauth_error(
                    StatusCode::BAD_REQUEST,
                    "unauthorized_client",
                    "Unauthorized client: Actor not found",
                );
            }
            subject.clone()
        }
        (None, Some(_)) => {
            return oauth_error(
                StatusCode::BAD_REQUEST,
                "invalid_request",
                "Invalid request: an actor needs a subject",
            );
        }
    };
    let scope = requested.iter().cloned().collect::<Vec<_>>().join(" ");
    let (access_token, expires_in) = tokens.issue(Principal {
        name,
        scopes: requested,
    });
    Json(json!({
        "access_token": access_token,
        "token_type": "Bearer",
        "expires_in": expires_in,
        "scope": scope,
    }))
    .into_response()
}
