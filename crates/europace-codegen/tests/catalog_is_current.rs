//! The checked-in form catalogs and their TypeScript types must be what the generator makes
//! of the contracts today. `UPDATE_CATALOG=1` rewrites them instead (`make catalog`).

use std::path::Path;

use europace_codegen::catalog;

#[test]
fn checked_in_catalog_files_are_current() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(catalog::CATALOG_DIR);
    if std::env::var_os("UPDATE_CATALOG").is_some() {
        catalog::write(&dir).expect("writing the catalog files");
        return;
    }
    let stale: Vec<&str> = catalog::files()
        .into_iter()
        .filter(|(name, content)| {
            std::fs::read_to_string(dir.join(name)).ok().as_ref() != Some(content)
        })
        .map(|(name, _)| name)
        .collect();
    assert!(
        stale.is_empty(),
        "stale in ui/src/forms/catalog: {}; run `{}` and commit the result",
        stale.join(", "),
        catalog::REGENERATE
    );
}
