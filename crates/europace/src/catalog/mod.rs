//! The form catalog of each contract: its field tree, normalized from the official schema
//! files once, for the form engine (generated into `ui/src/forms/catalog/` by
//! `europace-codegen`) and for the validators that walk bodies along it.
//!
//! - [`kex_import`]: the KEX Vorgang import (`Vorgang.json` plus what the current README
//!   adds to the published schema).
//! - [`drklein`]: the Dr. Klein lead, the KEX body with Dr. Klein's additions
//!   (`drklein/lead.schema.json`).
//! - [`kundenangaben`]: BaufiSmart's Kundenangaben, from its OpenAPI document.
//!
//! Both dialects (draft-04 with `extends`, OpenAPI 3.0 with `@type` discriminators) end in
//! the same tree, and [`check`] walks a body along it.

mod builder;
pub(crate) mod check;
mod draft04;
mod format;
mod node;
mod openapi;

use std::sync::OnceLock;

pub use node::*;

use draft04::{Files, RawNode};

/// The KEX import catalog, built once.
pub fn kex_import() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| builder::build(Contract::KexImport, &kex_files(), "Vorgang.json"))
}

/// The Dr. Klein lead catalog, built once.
pub fn drklein() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let mut files = kex_files();
        let additions: indexmap::IndexMap<String, RawNode> =
            serde_json::from_str(crate::drklein::LEAD_SCHEMA)
                .expect("drklein/lead.schema.json is readable");
        files.extend(additions);
        builder::build(Contract::Drklein, &files, "Lead.json")
    })
}

/// The Kundenangaben catalog, every component schema a definition (root: the create body),
/// built once.
pub fn kundenangaben() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let openapi: serde_json::Value = serde_json::from_str(contracts::kundenangaben_openapi())
            .expect("the embedded OpenAPI document is JSON");
        openapi::build(&openapi, "ImportKundenangabenRequest")
    })
}

/// The official KEX schema files with the properties the current README adds to them.
fn kex_files() -> Files {
    let mut files = draft04::parse(contracts::kex_import_schema_files());
    readme_additions(&mut files);
    files
}

/// The current import README documents `herkunft.weitereStaatsangehoerigkeiten`
/// ("[ ALPHA-2 Isocode ]"); the published schema lacks it.
fn readme_additions(files: &mut Files) {
    let herkunft = &mut files
        .get_mut("Herkunft.json")
        .expect("Herkunft.json is a schema file")
        .properties;
    let after = herkunft
        .get_index_of("staatsangehoerigkeit")
        .map_or(herkunft.len(), |i| i + 1);
    let addition: RawNode = serde_json::from_str(
        r#"{"type": "array", "items": {"type": "string", "$ref": "Country.json"}}"#,
    )
    .expect("the addition is a schema node");
    herkunft.shift_insert(after, "weitereStaatsangehoerigkeiten".into(), addition);
}
