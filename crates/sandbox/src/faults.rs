//! Fault injection: per-route rules that delay, fail, garble or cut off requests, decided by a
//! seeded random generator so a test run repeats exactly.

use std::{
    sync::{Arc, Mutex},
    time::Duration,
};

use axum::{
    body::{Body, Bytes},
    extract::{MatchedPath, Request, State},
    http::{HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use futures_util::stream;
use rand_chacha::{
    ChaCha8Rng,
    rand_core::{RngCore, SeedableRng},
};
use serde::{Deserialize, Serialize};
use tokio::sync::Notify;

use crate::{
    AppState,
    problem::{Problem, TraceId},
};

/// What a fault does to a request.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FaultKind {
    /// Waits before processing the request.
    Latency {
        /// Added delay in milliseconds.
        millis: u64,
    },
    /// Answers with this status (e.g. 500, 502) and a problem body without processing.
    Status {
        /// The HTTP status to answer.
        status: u16,
    },
    /// Answers 429 with `Retry-After` without processing.
    TooManyRequests {
        /// Seconds in the `Retry-After` header.
        retry_after_secs: u64,
    },
    /// Answers 503 with a problem body carrying the `traceId`, without processing.
    ServiceUnavailable,
    /// Resets the TCP connection (RST) before the request is processed.
    ResetBeforeProcessing,
    /// Processes the request (a Vorgang is created and saved), then closes the connection
    /// without answering: the case that makes naive clients create duplicates.
    DropAfterProcessing,
    /// Processes the request, then answers its status with a truncated, invalid JSON body.
    MalformedBody,
    /// Processes the request, then sends the body in small chunks with a pause before each.
    SlowBody {
        /// Pause before each chunk in milliseconds.
        chunk_delay_millis: u64,
    },
}

/// One rule: which requests it applies to, what it does and how often.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct FaultRule {
    /// The route template as in the URL layout (e.g. `/kex-vorgang-import/vorgang`,
    /// `/kreditsmart/kex/vorgang/{vorgangsnummer}/dokument`) or `*` for every API route.
    pub route: String,
    /// Only requests with this method (e.g. `POST`); any method if absent.
    #[serde(default)]
    pub method: Option<String>,
    /// What happens.
    pub fault: FaultKind,
    /// Fires with this probability (0..=1) per matching request, drawn from the seeded generator.
    #[serde(default)]
    pub probability: Option<f64>,
    /// Fires on every n-th matching request (n, 2n, ...).
    #[serde(default)]
    pub every_nth: Option<u64>,
    /// Fires at most this many times.
    #[serde(default)]
    pub times: Option<u64>,
}

struct Armed {
    rule: FaultRule,
    seen: u64,
    fired: u64,
}

/// The rules in force and the generator deciding probabilistic ones.
pub struct Faults {
    inner: Mutex<(Vec<Armed>, ChaCha8Rng)>,
}

fn arm(rules: Vec<FaultRule>) -> Vec<Armed> {
    rules
        .into_iter()
        .map(|rule| Armed {
            rule,
            seen: 0,
            fired: 0,
        })
        .collect()
}

impl Faults {
    /// Rules in force from the start, decided by a generator seeded with `seed`.
    pub fn new(rules: Vec<FaultRule>, seed: u64) -> Self {
        Self {
            inner: Mutex::new((arm(rules), ChaCha8Rng::seed_from_u64(seed))),
        }
    }

    /// Replaces the rules (counters start again) and, if given, reseeds the generator.
    pub fn set(&self, rules: Vec<FaultRule>, seed: Option<u64>) {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        inner.0 = arm(rules);
        if let Some(seed) = seed {
            inner.1 = ChaCha8Rng::seed_from_u64(seed);
        }
    }

    /// The rules in force.
    pub fn rules(&self) -> Vec<FaultRule> {
        let inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        inner.0.iter().map(|a| a.rule.clone()).collect()
    }

    fn decide(&self, route: &str, method: &Method) -> Vec<FaultKind> {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let (armed, rng) = &mut *inner;
        let mut fired = Vec::new();
        for a in armed.iter_mut() {
            let rule = &a.rule;
            if rule.route != "*" && rule.route != route {
                continue;
            }
            if rule
                .method
                .as_deref()
                .is_some_and(|m| !m.eq_ignore_ascii_case(method.as_str()))
            {
                continue;
            }
            a.seen += 1;
            if rule.times.is_some_and(|t| a.fired >= t) {
                continue;
            }
            let nth = rule.every_nth.is_none_or(|n| n > 0 && a.seen % n == 0);
            // Draw only for probabilistic rules so other rules don't shift the sequence.
            let lucky = rule.probability.is_none_or(|p| {
                let draw = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
                draw < p
            });
            if nth && lucky {
                a.fired += 1;
                fired.push(rule.fault.clone());
            }
        }
        fired
    }
}

/// How the connection task should end a connection a fault cut off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cut {
    /// Close with RST (SO_LINGER 0).
    Reset,
    /// Close normally (FIN) without an answer.
    Close,
}

/// Handed to each request by the accept loop so a fault can end its connection.
#[derive(Clone)]
pub struct ConnectionCutter {
    notify: Arc<Notify>,
    how: Arc<Mutex<Option<Cut>>>,
}

impl ConnectionCutter {
    pub(crate) fn new() -> Self {
        Self {
            notify: Arc::new(Notify::new()),
            how: Arc::new(Mutex::new(None)),
        }
    }

    /// Resolves once a fault asked to cut the connection, with how to cut it.
    pub(crate) async fn wait(&self) -> Cut {
        self.notify.notified().await;
        self.how
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .unwrap_or(Cut::Close)
    }

    async fn cut(&self, how: Cut) -> Response {
        *self.how.lock().unwrap_or_else(|e| e.into_inner()) = Some(how);
        self.notify.notify_one();
        // The connection task drops this request's future; no answer is ever sent.
        std::future::pending().await
    }
}

/// Middleware (after routing, so the route template is known) applying the fault rules.
pub async fn inject(State(app): State<AppState>, request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_default();
    if route.starts_with("/_admin") {
        return next.run(request).await;
    }
    let faults = app.faults.decide(&route, request.method());
    if faults.is_empty() {
        return next.run(request).await;
    }
    let trace = request
        .extensions()
        .get::<TraceId>()
        .cloned()
        .unwrap_or(TraceId(String::new()));
    let cutter = request.extensions().get::<ConnectionCutter>().cloned();
    for fault in &faults {
        if let FaultKind::Latency { millis } = fault {
            tokio::time::sleep(Duration::from_millis(*millis)).await;
        }
    }
    if let Some(answer) = faults.iter().find_map(|f| early_answer(f, &trace)) {
        // Read the request to its end before answering, as servers do: closing a connection
        // with unread data resets it, and a client still sending a large document would see
        // the reset instead of the answer.
        let _ = axum::body::to_bytes(request.into_body(), usize::MAX).await;
        return answer;
    }
    if faults.contains(&FaultKind::ResetBeforeProcessing)
        && let Some(cutter) = &cutter
    {
        return cutter.cut(Cut::Reset).await;
    }
    let mut response = next.run(request).await;
    for fault in &faults {
        response = match fault {
            FaultKind::DropAfterProcessing => match &cutter {
                Some(cutter) => {
                    // Let the handler's effects stand, then vanish without answering.
                    drop(response);
                    return cutter.cut(Cut::Close).await;
                }
                None => response,
            },
            FaultKind::MalformedBody => malformed(response).await,
            FaultKind::SlowBody { chunk_delay_millis } => {
                slow(response, Duration::from_millis(*chunk_delay_millis)).await
            }
            _ => response,
        };
    }
    response
}

/// The answer of a fault that rejects the request without processing it.
fn early_answer(fault: &FaultKind, trace: &TraceId) -> Option<Response> {
    match fault {
        FaultKind::Status { status } => {
            let status = StatusCode::from_u16(*status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            Some(
                Problem::new(status, trace)
                    .detail("injected fault")
                    .into_response(),
            )
        }
        FaultKind::TooManyRequests { retry_after_secs } => {
            let mut response = Problem::new(StatusCode::TOO_MANY_REQUESTS, trace)
                .detail("injected fault: rate limit exceeded")
                .into_response();
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(*retry_after_secs));
            Some(response)
        }
        FaultKind::ServiceUnavailable => Some(
            Problem::new(StatusCode::SERVICE_UNAVAILABLE, trace)
                .detail("injected fault: service unavailable")
                .into_response(),
        ),
        _ => None,
    }
}

async fn body_bytes(response: Response) -> (axum::http::response::Parts, Bytes) {
    let (parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    (parts, bytes)
}

async fn malformed(response: Response) -> Response {
    let (mut parts, bytes) = body_bytes(response).await;
    // Half of the real answer (or a lone brace) is never valid JSON.
    let mut garbled = bytes[..bytes.len() / 2].to_vec();
    if garbled.is_empty() {
        garbled.push(b'{');
    }
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    Response::from_parts(parts, Body::from(garbled))
}

async fn slow(response: Response, delay: Duration) -> Response {
    let (mut parts, bytes) = body_bytes(response).await;
    parts.headers.remove(header::CONTENT_LENGTH);
    let chunks: Vec<Bytes> = bytes.chunks(16).map(Bytes::copy_from_slice).collect();
    let body = stream::unfold(chunks.into_iter(), move |mut chunks| async move {
        let chunk = chunks.next()?;
        tokio::time::sleep(delay).await;
        Some((Ok::<_, std::convert::Infallible>(chunk), chunks))
    });
    Response::from_parts(parts, Body::from_stream(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pattern(faults: &Faults, n: usize) -> Vec<bool> {
        (0..n)
            .map(|_| {
                !faults
                    .decide("/kex-vorgang-import/vorgang", &Method::POST)
                    .is_empty()
            })
            .collect()
    }

    #[test]
    fn a_seed_decides_the_same_way_every_time() {
        let rule = FaultRule {
            route: "*".to_owned(),
            method: None,
            fault: FaultKind::ServiceUnavailable,
            probability: Some(0.3),
            every_nth: None,
            times: None,
        };
        let first = pattern(&Faults::new(vec![rule.clone()], 7), 50);
        assert_eq!(first, pattern(&Faults::new(vec![rule.clone()], 7), 50));
        assert!(first.iter().any(|f| *f) && first.iter().any(|f| !*f));
        let limited = FaultRule {
            times: Some(2),
            probability: None,
            ..rule
        };
        assert_eq!(
            pattern(&Faults::new(vec![limited], 7), 4),
            [true, true, false, false]
        );
    }

    #[test]
    fn rules_match_route_and_method() {
        let rule = FaultRule {
            route: "/auth/token".to_owned(),
            method: Some("post".to_owned()),
            fault: FaultKind::ServiceUnavailable,
            probability: None,
            every_nth: None,
            times: None,
        };
        let faults = Faults::new(vec![rule], 0);
        assert_eq!(faults.decide("/auth/token", &Method::POST).len(), 1);
        assert!(faults.decide("/auth/token", &Method::GET).is_empty());
        assert!(
            faults
                .decide("/kex-vorgang-import/vorgang", &Method::POST)
                .is_empty()
        );
    }
}
