//! `X-TraceId`: one fresh id per HTTP request, so Europace support can find the request in
//! their logs when a user reports a problem.

use std::fmt;

/// Name of the request header that carries the trace id.
pub const HEADER: &str = "X-TraceId";

/// The trace id of one HTTP request, `<app name>-<uuid>`, e.g.
/// `leadbridge-6f1c0d2e8a3b4c5d9e7f0a1b2c3d4e5f`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TraceId(String);

impl TraceId {
    /// A new id prefixed with `app`, unique for every call.
    pub fn generate(app: &str) -> Self {
        Self(format!("{app}-{}", uuid::Uuid::new_v4().simple()))
    }

    /// The id as sent in the header.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for TraceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixed_and_unique() {
        let a = TraceId::generate("leadbridge");
        let b = TraceId::generate("leadbridge");
        assert!(a.as_str().starts_with("leadbridge-"), "{a}");
        assert_eq!(a.as_str().len(), "leadbridge-".len() + 32);
        assert_ne!(a, b);
    }
}
