//! The HTTP connection every client shares: one `reqwest::Client`, the environment, timeouts,
//! trace ids, and the mapping of statuses and transport failures to [`ApiError`].

use std::error::Error as _;
use std::io;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderMap, RETRY_AFTER, WWW_AUTHENTICATE};
use reqwest::{RequestBuilder, Response};
use serde::de::DeserializeOwned;

use crate::environment::{Environment, Site};
use crate::error::{ApiError, parse_retry_after};
use crate::problem::Problem;
use crate::trace::{self, TraceId};

/// How long to wait before giving up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// Establishing the connection (TCP and TLS).
    pub connect: Duration,
    /// A whole ordinary request, from connecting to the last byte of the answer.
    pub request: Duration,
    /// The slowest average rate, in bytes per second, a document upload may send at: an
    /// upload of n bytes may take `request + n / min_upload_rate`. A fixed limit would either
    /// cut off large documents on slow lines or wait forever on a dead one.
    pub min_upload_rate: u64,
}

impl Default for Timeouts {
    fn default() -> Self {
        Self {
            connect: Duration::from_secs(10),
            request: Duration::from_secs(30),
            // About 0.5 Mbit/s: a 50 MB document (67 MB as base64) may take 17 minutes.
            min_upload_rate: 64 * 1024,
        }
    }
}

/// Settings of a [`Transport`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransportOptions {
    /// Prefix of every `X-TraceId` and part of the User-Agent, e.g. `leadbridge`.
    pub app_name: String,
    /// Limits for connecting, requests and uploads.
    pub timeouts: Timeouts,
}

impl Default for TransportOptions {
    fn default() -> Self {
        Self {
            app_name: "leadbridge".to_owned(),
            timeouts: Timeouts::default(),
        }
    }
}

/// The shared HTTP side of all clients. Cheap to clone; clones share connections.
#[derive(Debug, Clone)]
pub struct Transport {
    http: reqwest::Client,
    site: Arc<Site>,
    options: Arc<TransportOptions>,
}

impl Transport {
    /// A transport to `environment`. Fails only if the TLS backend cannot be initialised.
    pub fn new(site: Site, options: TransportOptions) -> Result<Self, reqwest::Error> {
        let http = reqwest::Client::builder()
            // A redirected POST turns into a GET: never follow, report the status instead.
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(options.timeouts.connect)
            .timeout(options.timeouts.request)
            .user_agent(format!(
                "{} europace/{}",
                options.app_name,
                env!("CARGO_PKG_VERSION")
            ))
            .build()?;
        Ok(Self {
            http,
            site: Arc::new(site),
            options: Arc::new(options),
        })
    }

    /// Where all requests go.
    pub fn site(&self) -> &Site {
        &self.site
    }

    /// The environment all requests go to.
    pub fn environment(&self) -> Environment {
        self.site.environment()
    }

    pub(crate) fn http(&self) -> &reqwest::Client {
        &self.http
    }

    /// How long an upload of `length` bytes may take.
    pub(crate) fn upload_timeout(&self, length: u64) -> Duration {
        let timeouts = self.options.timeouts;
        timeouts.request + Duration::from_secs(length.div_ceil(timeouts.min_upload_rate.max(1)))
    }

    /// A fresh trace id for the next request.
    pub(crate) fn trace_id(&self) -> TraceId {
        TraceId::generate(&self.options.app_name)
    }

    /// Sends `request` with its trace id; transport failures become errors, statuses do not.
    pub(crate) async fn send(
        &self,
        trace_id: &TraceId,
        request: RequestBuilder,
    ) -> Result<Response, ApiError> {
        request
            .header(trace::HEADER, trace_id.as_str())
            .send()
            .await
            .map_err(|e| transport_error(e, trace_id))
    }
}

/// A request that could not be built; it carries no trace id until the caller assigns one.
#[derive(Debug)]
pub(crate) enum Prepare {
    Encode(serde_json::Error),
    Document(io::Error),
}

impl Prepare {
    pub(crate) fn into_error(self, trace_id: TraceId) -> ApiError {
        match self {
            Self::Encode(e) => ApiError::Encode {
                trace_id,
                message: e.to_string(),
            },
            Self::Document(source) => ApiError::Document { trace_id, source },
        }
    }
}

/// Marks a read failure of an uploaded document inside reqwest's error chain.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub(crate) struct DocumentReadError(pub(crate) io::Error);

fn transport_error(error: reqwest::Error, trace_id: &TraceId) -> ApiError {
    let trace_id = trace_id.clone();
    let mut source = error.source();
    let mut innermost = error.to_string();
    let mut reset = false;
    while let Some(e) = source {
        if let Some(read) = e.downcast_ref::<DocumentReadError>() {
            let source = io::Error::new(read.0.kind(), read.0.to_string());
            return ApiError::Document { trace_id, source };
        }
        // Errors here come before any answer: a reset (or a write into a connection the
        // server already reset) means the server dropped the request unread.
        reset |= e.downcast_ref::<io::Error>().is_some_and(|e| {
            matches!(
                e.kind(),
                io::ErrorKind::ConnectionReset | io::ErrorKind::BrokenPipe
            )
        });
        innermost = e.to_string();
        source = e.source();
    }
    if reset && !error.is_timeout() {
        ApiError::ConnectionReset {
            trace_id,
            reason: innermost,
        }
    } else if error.is_connect() {
        // hyper reports a connect error only when no byte of the request was written.
        ApiError::ConnectFailed {
            trace_id,
            reason: innermost,
        }
    } else if error.is_timeout() {
        ApiError::Timeout { trace_id }
    } else {
        ApiError::ConnectionLost {
            trace_id,
            reason: innermost,
        }
    }
}

/// `response` if its status is 2xx, else the matching [`ApiError`] with the server's body.
pub(crate) async fn check_status(
    response: Response,
    trace_id: &TraceId,
) -> Result<Response, ApiError> {
    let status = response.status();
    if status.is_success() {
        return Ok(response);
    }
    let headers = response.headers().clone();
    // A body that breaks off must not hide the status: the status is the answer.
    let body = response.bytes().await.unwrap_or_default();
    Err(status_error(
        status.as_u16(),
        &headers,
        &body,
        trace_id.clone(),
    ))
}

pub(crate) fn status_error(
    status: u16,
    headers: &HeaderMap,
    body: &[u8],
    trace_id: TraceId,
) -> ApiError {
    // Boxed: keeps every Result<_, ApiError> small.
    let problem = Problem::parse(body).map(Box::new);
    let header = |name| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let retry_after = header(RETRY_AFTER).and_then(|v| parse_retry_after(&v));
    let json = || serde_json::from_slice::<serde_json::Value>(body).ok();
    match status {
        400 => ApiError::BadRequest { trace_id, problem },
        401 => ApiError::Unauthorized {
            trace_id,
            www_authenticate: header(WWW_AUTHENTICATE),
        },
        403 => ApiError::Forbidden {
            trace_id,
            insufficient_scope: header(WWW_AUTHENTICATE)
                .is_some_and(|v| v.contains("insufficient_scope")),
            problem,
        },
        404 => ApiError::NotFound { trace_id, problem },
        409 => ApiError::Conflict { trace_id, problem },
        410 => ApiError::Gone {
            trace_id,
            vorgangsnummer: json().and_then(|v| match v.get("vorgangsnummer")? {
                serde_json::Value::String(s) => Some(s.clone()),
                serde_json::Value::Number(n) => Some(n.to_string()),
                _ => None,
            }),
            problem,
        },
        422 => ApiError::Unprocessable {
            trace_id,
            messages: json()
                .and_then(|v| {
                    let messages = v.get("messages")?.as_array()?;
                    Some(
                        messages
                            .iter()
                            .filter_map(|m| m.as_str().map(str::to_owned))
                            .collect(),
                    )
                })
                .unwrap_or_default(),
            problem,
        },
        429 => ApiError::TooManyRequests {
            trace_id,
            retry_after,
            problem,
        },
        503 => ApiError::ServiceUnavailable {
            trace_id,
            retry_after,
            problem,
        },
        status => ApiError::UnexpectedStatus {
            trace_id,
            status,
            problem,
        },
    }
}

/// Reads a success body into `R`; a mismatch names the JSON path that failed.
pub(crate) async fn read_json<R: DeserializeOwned>(
    response: Response,
    trace_id: &TraceId,
) -> Result<R, ApiError> {
    let body = success_body(response, trace_id).await?;
    decode(&body, trace_id)
}

/// The body of a 2xx response. One that breaks off is undecodable, not a transport failure:
/// the status already says the server processed the request.
pub(crate) async fn success_body(
    response: Response,
    trace_id: &TraceId,
) -> Result<Vec<u8>, ApiError> {
    match response.bytes().await {
        Ok(body) => Ok(body.into()),
        Err(e) => Err(ApiError::Decode {
            trace_id: trace_id.clone(),
            path: ".".to_owned(),
            message: format!("Antwort unvollständig ({e})"),
        }),
    }
}

pub(crate) fn decode<R: DeserializeOwned>(body: &[u8], trace_id: &TraceId) -> Result<R, ApiError> {
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let value =
        serde_path_to_error::deserialize(&mut deserializer).map_err(|e| ApiError::Decode {
            trace_id: trace_id.clone(),
            path: e.path().to_string(),
            message: e.into_inner().to_string(),
        })?;
    deserializer.end().map_err(|e| ApiError::Decode {
        trace_id: trace_id.clone(),
        path: ".".to_owned(),
        message: e.to_string(),
    })?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::collections::BTreeMap;

    type Antwort = BTreeMap<String, Vec<BTreeMap<String, u32>>>;

    #[test]
    fn upload_timeout_grows_with_the_document() {
        let transport = Transport::new(
            Site::europace(Environment::Test),
            TransportOptions::default(),
        )
        .unwrap();
        assert_eq!(transport.upload_timeout(0), Duration::from_secs(30));
        assert_eq!(
            transport.upload_timeout(64 * 1024 * 100 + 1),
            Duration::from_secs(30 + 101)
        );
    }

    #[test]
    fn decode_names_the_path() {
        let t = TraceId::generate("t");
        let err = decode::<Antwort>(br#"{"antraege":[{"laufzeit":1},{"laufzeit":"x"}]}"#, &t)
            .unwrap_err();
        match err {
            ApiError::Decode { path, .. } => assert_eq!(path, "antraege[1].laufzeit"),
            other => panic!("{other:?}"),
        }
        let err = decode::<Antwort>(br#"{"antraege":[]} trailing"#, &t).unwrap_err();
        assert!(matches!(err, ApiError::Decode { .. }), "{err:?}");
    }

    #[test]
    fn statuses_map_to_their_case() {
        let t = || TraceId::generate("t");
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, "7".parse().unwrap());
        headers.insert(
            WWW_AUTHENTICATE,
            r#"Bearer error="insufficient_scope", scope="privatkredit:vorgang:lesen""#
                .parse()
                .unwrap(),
        );
        let e = status_error(429, &headers, b"", t());
        assert!(
            matches!(e, ApiError::TooManyRequests { retry_after: Some(d), .. } if d == Duration::from_secs(7))
        );
        let e = status_error(403, &headers, b"", t());
        assert!(matches!(
            e,
            ApiError::Forbidden {
                insufficient_scope: true,
                ..
            }
        ));
        let e = status_error(
            410,
            &HeaderMap::new(),
            br#"{"message":"Vorgang deleted","vorgangsnummer":"123456"}"#,
            t(),
        );
        assert!(
            matches!(&e, ApiError::Gone { vorgangsnummer: Some(n), .. } if n == "123456"),
            "{e:?}"
        );
        let e = status_error(
            422,
            &HeaderMap::new(),
            br#"{"messages":["A valid Kundenbetreuer-Partner-ID is missing"]}"#,
            t(),
        );
        assert!(
            matches!(&e, ApiError::Unprocessable { messages, .. } if messages.len() == 1),
            "{e:?}"
        );
        let e = status_error(502, &HeaderMap::new(), b"<html/>", t());
        assert!(matches!(
            e,
            ApiError::UnexpectedStatus {
                status: 502,
                problem: None,
                ..
            }
        ));
    }
}
