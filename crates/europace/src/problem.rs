//! Problem JSON (RFC 7807) as Europace sends it with error statuses, violations included.

use serde::{Deserialize, Deserializer, Serialize};

use crate::finding::Finding;

/// An error body in Problem JSON. Every member is optional: a proxy or an older service may
/// send only some of them, and the error must still carry what there is.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Problem {
    /// URI of the problem type, e.g. `https://api.europace.de/problem/constraint-violation`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub problem_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
    /// The trace id the server logged; equals the `X-TraceId` header.
    #[serde(rename = "traceId", default, skip_serializing_if = "Option::is_none")]
    pub trace_id: Option<String>,
    /// One entry per rejected field. The OpenAPI declares a single object, the servers send
    /// a list: both are accepted.
    #[serde(
        default,
        deserialize_with = "one_or_many",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub violations: Vec<Violation>,
}

/// A field the server rejected.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Violation {
    /// JSON path of the field as the server names it, e.g. `haushalte[0].kunden`.
    #[serde(default)]
    pub field: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

fn one_or_many<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Violation>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        Many(Vec<Violation>),
        One(Violation),
        Null(()),
    }
    Ok(match OneOrMany::deserialize(deserializer)? {
        OneOrMany::Many(all) => all,
        OneOrMany::One(one) => vec![one],
        OneOrMany::Null(()) => Vec::new(),
    })
}

impl Problem {
    /// Reads a Problem from an error body; `None` when the body is not one (a gateway's HTML
    /// page, an empty body), so the status alone describes the error.
    pub fn parse(body: &[u8]) -> Option<Self> {
        let problem: Self = serde_json::from_slice(body).ok()?;
        (problem != Self::default()).then_some(problem)
    }

    /// Each violation as a Fehler at its field, so the UI can show it next to the input. The
    /// message does not name the server: the UI puts its name before every server finding.
    pub fn findings(&self) -> Vec<Finding> {
        self.violations
            .iter()
            .map(|v| {
                let message = v
                    .message
                    .clone()
                    .unwrap_or_else(|| "Wert abgelehnt, ohne Angabe eines Grundes.".to_owned());
                Finding::fehler(v.field.clone(), message)
            })
            .collect()
    }

    /// One line for an error message: detail or title, then every violation.
    pub fn summary(&self) -> String {
        let mut parts: Vec<String> = self
            .detail
            .iter()
            .chain(self.title.iter())
            .take(1)
            .cloned()
            .collect();
        parts.extend(self.violations.iter().map(|v| match &v.message {
            Some(m) => format!("{}: {m}", v.field),
            None => v.field.clone(),
        }));
        parts.join("; ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Severity;

    #[test]
    fn europace_constraint_violation() {
        let body = br#"{"type":"https://api.europace.de/problem/constraint-violation","status":400,
            "title":"Constraint Violation","traceId":"t-1","extra":true,
            "violations":[{"field":"haushalte[0].kunden","message":"size must be between 0 and 2"}]}"#;
        let p = Problem::parse(body).unwrap();
        assert_eq!(p.status, Some(400));
        assert_eq!(p.trace_id.as_deref(), Some("t-1"));
        assert_eq!(
            p.summary(),
            "Constraint Violation; haushalte[0].kunden: size must be between 0 and 2"
        );
        let f = p.findings();
        assert_eq!(f[0].path, "haushalte[0].kunden");
        assert_eq!(f[0].severity, Severity::Fehler);
    }

    #[test]
    fn single_violation_object_and_null() {
        let p = Problem::parse(br#"{"title":"x","violations":{"field":"a.b"}}"#).unwrap();
        assert_eq!(p.violations[0].field, "a.b");
        assert_eq!(
            p.findings()[0].message,
            "Wert abgelehnt, ohne Angabe eines Grundes."
        );
        let p = Problem::parse(br#"{"title":"x","violations":null}"#).unwrap();
        assert!(p.violations.is_empty());
    }

    #[test]
    fn reads_the_kundenangaben_body_the_generated_type_rejects() {
        let body = br#"{"type":"https://api.europace.de/problem/constraint-violation",
            "status":400,"title":"Constraint Violation",
            "violations":[{"field":"haushalte[0].kunden","message":"size must be between 0 and 2"}]}"#;
        // Why the clients never read into the generated type: the service sends a list.
        assert!(serde_json::from_slice::<crate::kundenangaben::BadRequestProblem>(body).is_err());
        let p = Problem::parse(body).unwrap();
        assert_eq!(p.violations.len(), 1);
    }

    #[test]
    fn not_a_problem() {
        assert_eq!(Problem::parse(b"<html>Bad Gateway</html>"), None);
        assert_eq!(Problem::parse(b""), None);
        assert_eq!(Problem::parse(b"{}"), None);
        assert_eq!(Problem::parse(br#"{"error":"invalid_client"}"#), None);
    }
}
