//! What Leadbridge sends: a lead of one [`LeadKind`], captured for a [`Berater`]. The one
//! definition the store, the outbox, the command line (`clap` feature) and the app's bindings
//! (`specta` feature) share.

use serde::{Deserialize, Serialize};

/// Which API a lead body is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum LeadKind {
    /// KreditSmart Vorgang import (Ratenkredit).
    KexImport,
    /// BaufiSmart Kundenangaben (Baufinanzierung).
    Kundenangaben,
    /// Dr. Klein lead with a Tippgeber.
    #[cfg_attr(feature = "clap", value(name = "drklein"))]
    DrKlein,
}

impl LeadKind {
    /// Every kind, in the order they are offered.
    pub const ALL: [Self; 3] = [Self::KexImport, Self::Kundenangaben, Self::DrKlein];

    /// The name on command lines and in messages, e.g. `kex-import`.
    pub fn slug(self) -> &'static str {
        match self {
            Self::KexImport => "kex-import",
            Self::Kundenangaben => "kundenangaben",
            Self::DrKlein => "drklein",
        }
    }
}

/// A Berater the user captures leads for: a Europace partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "camelCase")]
pub struct Berater {
    /// Display name.
    pub name: String,
    /// Europace partnerId.
    pub partner_id: String,
}
