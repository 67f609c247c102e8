//! What the answer to one send means for the draft: the one decision that must never resend
//! something the server may have processed.

use std::time::Duration;

use europace::error::{ApiError, Outcome};

use store::{LeadKind, Violation};

use crate::Hold;
use crate::api::Created;

/// The outcome of one send, as the outbox records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// A Vorgang was created and its number is known.
    Sent {
        vorgangsnummer: String,
        messages: Vec<String>,
    },
    /// The server answered and created nothing; sending the same content again is pointless.
    Rejected {
        messages: Vec<String>,
        /// The fields the server named, in the draft's path space.
        violations: Vec<Violation>,
    },
    /// Proven not processed and not the draft's fault: it stays queued.
    Retry {
        message: String,
        trace_id: Option<String>,
        /// What the server asked to wait (`Retry-After`).
        retry_after: Option<Duration>,
        /// Why; refused credentials stop the flush instead of backing off.
        hold: Hold,
    },
    /// The server may have created a Vorgang: never resent automatically.
    Unclear {
        message: String,
        trace_id: Option<String>,
    },
}

impl Verdict {
    /// What an answer to a draft of `kind` means.
    pub(crate) fn of(kind: LeadKind, result: Result<Created, ApiError>) -> Self {
        match result {
            Ok(Created {
                vorgangsnummer: Some(vorgangsnummer),
                messages,
            }) => Self::Sent {
                vorgangsnummer,
                messages,
            },
            Ok(Created {
                vorgangsnummer: None,
                ..
            }) => Self::Unclear {
                message: "Der Server hat die Anfrage angenommen, aber keine Vorgangsnummer \
                          genannt. Der Vorgang wurde vermutlich angelegt."
                    .to_owned(),
                trace_id: None,
            },
            Err(error) => Self::of_error(kind, &error),
        }
    }

    fn of_error(kind: LeadKind, error: &ApiError) -> Self {
        let trace_id = Some(error.trace_id().as_str().to_owned());
        match error.outcome() {
            Outcome::Processed => Self::Unclear {
                message: format!(
                    "Der Server hat die Anfrage verarbeitet, die Antwort war aber nicht lesbar. \
                     Der Vorgang wurde vermutlich angelegt. {error}"
                ),
                trace_id,
            },
            Outcome::Unknown => Self::Unclear {
                message: error.to_string(),
                trace_id,
            },
            Outcome::NotProcessed => match error {
                // Refused, or reset before the server read the request: nothing was created.
                ApiError::ConnectFailed { .. } | ApiError::ConnectionReset { .. } => {
                    Self::retry(error, None, Hold::Offline)
                }
                ApiError::TooManyRequests { retry_after, .. } => {
                    Self::retry(error, *retry_after, Hold::RateLimited)
                }
                ApiError::ServiceUnavailable { retry_after, .. } => {
                    Self::retry(error, *retry_after, Hold::ServerUnavailable)
                }
                // The client already renewed the token once: the credentials are wrong.
                ApiError::Unauthorized { .. } | ApiError::TokenRejected { .. } => {
                    Self::retry(error, None, Hold::CredentialsRefused)
                }
                _ => Self::Rejected {
                    messages: rejection_messages(error),
                    violations: violations(kind, error),
                },
            },
        }
    }

    fn retry(error: &ApiError, retry_after: Option<Duration>, hold: Hold) -> Self {
        Self::Retry {
            message: error.to_string(),
            trace_id: Some(error.trace_id().as_str().to_owned()),
            retry_after,
            hold,
        }
    }
}

/// Each violation of the server's problem body at its field of the draft.
fn violations(kind: LeadKind, error: &ApiError) -> Vec<Violation> {
    kind.server_findings(error)
        .into_iter()
        .map(|finding| Violation {
            path: finding.path,
            message: finding.message,
        })
        .collect()
}

/// The error in German, then each violation at its field and each of the server's messages
/// on a line of its own, for the draft's history.
fn rejection_messages(error: &ApiError) -> Vec<String> {
    let mut messages = vec![error.to_string()];
    if let Some(problem) = error.problem() {
        messages.extend(problem.findings().into_iter().map(|finding| {
            if finding.path.is_empty() {
                finding.message
            } else {
                format!("Feld {}: {}", finding.path, finding.message)
            }
        }));
    }
    if let ApiError::Unprocessable { messages: own, .. } = error {
        messages.extend(own.iter().map(|m| format!("Europace: {m}")));
    }
    messages
}

#[cfg(test)]
mod tests {
    use super::*;
    use europace::problem::{Problem, Violation};
    use europace::trace::TraceId;

    fn trace() -> TraceId {
        TraceId::generate("test")
    }

    #[test]
    fn violations_are_named_with_their_field() {
        let error = ApiError::BadRequest {
            trace_id: trace(),
            problem: Some(Box::new(Problem {
                title: Some("Constraint Violation".into()),
                violations: vec![Violation {
                    field: "haushalte[0].kunden".into(),
                    message: Some("size must be between 0 and 2".into()),
                }],
                ..Problem::default()
            })),
        };
        let Verdict::Rejected {
            messages,
            violations,
        } = Verdict::of(LeadKind::Kundenangaben, Err(error))
        else {
            panic!("a 400 is a rejection");
        };
        assert!(messages[0].contains("(400)"), "{messages:?}");
        assert_eq!(
            messages[1],
            "Feld haushalte[0].kunden: size must be between 0 and 2"
        );
        // Kundenangaben violations are relative to `kundenangaben`; the draft's paths are not.
        assert_eq!(
            violations,
            vec![store::Violation {
                path: "kundenangaben.haushalte[0].kunden".into(),
                message: "size must be between 0 and 2".into(),
            }]
        );
    }

    #[test]
    fn only_proven_safe_errors_are_retried() {
        let retry_after = Some(Duration::from_secs(2));
        let limited = Verdict::of(
            LeadKind::KexImport,
            Err(ApiError::TooManyRequests {
                trace_id: trace(),
                retry_after,
                problem: None,
            }),
        );
        assert!(
            matches!(limited, Verdict::Retry { retry_after: r, hold: Hold::RateLimited, .. } if r == retry_after)
        );
        let unauthorized = Verdict::of(
            LeadKind::KexImport,
            Err(ApiError::Unauthorized {
                trace_id: trace(),
                www_authenticate: None,
            }),
        );
        assert!(matches!(
            unauthorized,
            Verdict::Retry {
                hold: Hold::CredentialsRefused,
                ..
            }
        ));
        for unknown in [
            ApiError::Timeout { trace_id: trace() },
            ApiError::UnexpectedStatus {
                trace_id: trace(),
                status: 502,
                problem: None,
            },
            ApiError::Decode {
                trace_id: trace(),
                path: ".".into(),
                message: "EOF".into(),
            },
        ] {
            assert!(
                matches!(
                    Verdict::of(LeadKind::KexImport, Err(unknown)),
                    Verdict::Unclear { .. }
                ),
                "never resent blindly"
            );
        }
        let without_number = Verdict::of(
            LeadKind::KexImport,
            Ok(Created {
                vorgangsnummer: None,
                messages: vec![],
            }),
        );
        assert!(matches!(without_number, Verdict::Unclear { .. }));
    }
}
