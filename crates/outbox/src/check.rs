//! "Prüfen" at Europace: the API's own check of a body (the Kundenangaben body-validation),
//! beside Leadbridge's validation. Its refusals land at their fields like a refused send's;
//! when it cannot run, the reason is said in German and Leadbridge's findings stand alone.

use std::fmt::Display;

use europace::error::ApiError;
use europace::finding::{Finding, FindingKind};
use europace::lead::LeadKind;

/// What Europace's check of a body came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServerCheck {
    /// The kind's API offers no check (KreditSmart, Dr. Klein).
    NotOffered,
    /// Europace checked the body: what it refused, at its fields; empty when it accepts it.
    Checked(Vec<Finding>),
    /// The check did not run (not reachable, credentials, rate limit, server error, an
    /// unreadable answer); why, in German.
    NotRun(String),
}

impl ServerCheck {
    /// What the answer to a check of a `kind` body means.
    pub(crate) fn of(kind: LeadKind, answer: Option<Result<(), ApiError>>) -> Self {
        match answer {
            None => Self::NotOffered,
            Some(Ok(())) => Self::Checked(Vec::new()),
            // Europace judged the body: these are findings about it.
            Some(Err(
                error @ (ApiError::BadRequest { .. }
                | ApiError::Unprocessable { .. }
                | ApiError::Conflict { .. }),
            )) => {
                let findings = kind.server_findings(&error);
                if findings.is_empty() {
                    // A refusal naming no field belongs to the body as a whole.
                    Self::Checked(vec![
                        Finding::fehler(kind.body_path(""), error.to_string())
                            .of(FindingKind::Server),
                    ])
                } else {
                    Self::Checked(findings)
                }
            }
            Some(Err(error)) => Self::not_run(error),
        }
    }

    /// The check could not run, for `reason` (German).
    pub fn not_run(reason: impl Display) -> Self {
        let reason = reason.to_string();
        // The API's errors end with their trace id, not with a full stop.
        let stop = if reason.ends_with('.') { "" } else { "." };
        Self::NotRun(format!(
            "Die Prüfung bei Europace ist nicht gelaufen: {reason}{stop} Angezeigt sind nur die \
             Befunde der Prüfung in Leadbridge."
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use europace::finding::Severity;
    use europace::problem::Problem;
    use europace::trace::TraceId;

    fn trace() -> TraceId {
        TraceId::generate("test")
    }

    #[test]
    fn a_kind_without_a_check_is_not_offered_and_an_accepted_body_has_no_findings() {
        assert_eq!(
            ServerCheck::of(LeadKind::KexImport, None),
            ServerCheck::NotOffered
        );
        assert_eq!(
            ServerCheck::of(LeadKind::Kundenangaben, Some(Ok(()))),
            ServerCheck::Checked(Vec::new())
        );
    }

    #[test]
    fn a_refusal_without_fields_is_a_finding_about_the_whole_body() {
        let error = ApiError::Unprocessable {
            trace_id: trace(),
            problem: Some(Box::new(Problem {
                detail: Some("referenzId kunde1 ist nicht eindeutig".into()),
                ..Problem::default()
            })),
            messages: Vec::new(),
        };
        let ServerCheck::Checked(findings) =
            ServerCheck::of(LeadKind::Kundenangaben, Some(Err(error)))
        else {
            panic!("a 422 judges the body");
        };
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].path, "kundenangaben");
        assert_eq!(findings[0].kind, FindingKind::Server);
        assert_eq!(findings[0].severity, Severity::Fehler);
        assert!(
            findings[0].message.contains("nicht eindeutig"),
            "{findings:?}"
        );
    }

    #[test]
    fn answers_that_judge_nothing_say_the_check_did_not_run() {
        for error in [
            ApiError::Unauthorized {
                trace_id: trace(),
                www_authenticate: None,
            },
            ApiError::Forbidden {
                trace_id: trace(),
                insufficient_scope: true,
                problem: None,
            },
            ApiError::TooManyRequests {
                trace_id: trace(),
                retry_after: None,
                problem: None,
            },
            ApiError::UnexpectedStatus {
                trace_id: trace(),
                status: 500,
                problem: None,
            },
            ApiError::Timeout { trace_id: trace() },
            ApiError::Decode {
                trace_id: trace(),
                path: ".".into(),
                message: "EOF".into(),
            },
        ] {
            let shown = error.to_string();
            let ServerCheck::NotRun(note) =
                ServerCheck::of(LeadKind::Kundenangaben, Some(Err(error)))
            else {
                panic!("{shown}: no judgement about the body");
            };
            assert!(
                note.starts_with("Die Prüfung bei Europace ist nicht gelaufen: ")
                    && note.contains(&shown)
                    && note.ends_with("nur die Befunde der Prüfung in Leadbridge."),
                "{note}"
            );
        }
    }
}
