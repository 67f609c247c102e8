//! Writes the form catalogs of `europace::catalog` as JSON for the UI, with their
//! TypeScript types generated from the Rust types.

use std::path::Path;

use europace::catalog::{self, Catalog};

/// The UI's catalog folder, relative to this crate.
pub const CATALOG_DIR: &str = "../../ui/src/forms/catalog";

/// The command that regenerates the catalog files, named in the staleness test.
pub const REGENERATE: &str = "make catalog";

const HEADER: &str = "// Generated from the Rust catalog types (crates/europace/src/catalog) by europace-codegen.\n// Do not edit: regenerate with `make catalog`.";

/// Every generated file: its name in [`CATALOG_DIR`] and its content.
pub fn files() -> Vec<(&'static str, String)> {
    vec![
        ("kex-import.json", json(catalog::kex_import())),
        ("drklein.json", json(catalog::drklein())),
        ("kundenangaben.json", json(catalog::kundenangaben())),
        ("types.ts", typescript()),
    ]
}

/// Writes every file of [`files`] into `dir`.
pub fn write(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (name, content) in files() {
        std::fs::write(dir.join(name), content)?;
    }
    Ok(())
}

fn json(catalog: &Catalog) -> String {
    let mut text = serde_json::to_string_pretty(catalog).expect("a catalog serializes");
    text.push('\n');
    text
}

fn typescript() -> String {
    let types = specta::Types::default().register::<Catalog>();
    specta_typescript::Typescript::default()
        .header(HEADER)
        .export(&types, specta_serde::Format)
        .expect("the catalog types export to TypeScript")
}
