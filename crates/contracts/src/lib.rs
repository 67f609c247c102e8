//! The official Europace contracts, stored once in `official/` (a copy of the files of
//! `shared/spec/official/` that the code embeds) and embedded into the binary: the KEX import
//! JSON Schema (draft-04, one file per type, entry `Vorgang.json`) and the Kundenangaben
//! OpenAPI document. Validation, the form catalogs, the sandbox, code generation and the
//! contract tests all read them from here.

use include_dir::{Dir, File, include_dir};

static OFFICIAL: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/official");

/// The folder of the KEX import schema inside `official/`.
const KEX_IMPORT_SCHEMA_DIR: &str = "kex-vorgang-import-schema";

/// The Kundenangaben OpenAPI 3.0 document inside `official/`.
const KUNDENANGABEN_OPENAPI: &str = "kundenangaben-openapi.json";

fn text(file: &'static File<'static>) -> &'static str {
    file.contents_utf8()
        .unwrap_or_else(|| panic!("{} is not UTF-8", file.path().display()))
}

fn kex_import_schema_dir() -> &'static Dir<'static> {
    OFFICIAL
        .get_dir(KEX_IMPORT_SCHEMA_DIR)
        .expect("official/kex-vorgang-import-schema is embedded")
}

/// The text of one file of the KEX import schema by its file name (`"Vorgang.json"`).
pub fn kex_import_schema(file_name: &str) -> Option<&'static str> {
    OFFICIAL
        .get_file(format!("{KEX_IMPORT_SCHEMA_DIR}/{file_name}"))
        .map(text)
}

/// Every file of the KEX import schema as (file name, text), sorted by file name.
pub fn kex_import_schema_files() -> impl Iterator<Item = (&'static str, &'static str)> {
    kex_import_schema_dir().files().map(|file| {
        let name = file
            .path()
            .file_name()
            .and_then(|name| name.to_str())
            .expect("schema file names are UTF-8");
        (name, text(file))
    })
}

/// The Kundenangaben OpenAPI document.
pub fn kundenangaben_openapi() -> &'static str {
    text(
        OFFICIAL
            .get_file(KUNDENANGABEN_OPENAPI)
            .expect("official/kundenangaben-openapi.json is embedded"),
    )
}

/// Every embedded file as (path relative to `official/`, bytes), for the test that keeps
/// them equal to `shared/spec/official/`.
pub fn official_files() -> impl Iterator<Item = (&'static str, &'static [u8])> {
    fn walk(dir: &'static Dir<'static>, out: &mut Vec<(&'static str, &'static [u8])>) {
        for file in dir.files() {
            let path = file.path().to_str().expect("contract paths are UTF-8");
            out.push((path, file.contents()));
        }
        for sub in dir.dirs() {
            walk(sub, out);
        }
    }
    let mut files = Vec::new();
    walk(&OFFICIAL, &mut files);
    files.into_iter()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kex_import_schema_is_complete_and_sorted() {
        let names: Vec<_> = kex_import_schema_files().map(|(name, _)| name).collect();
        assert_eq!(names.len(), 79);
        assert!(names.is_sorted());
        assert!(names.contains(&"Vorgang.json"));
    }

    #[test]
    fn files_are_found_by_name() {
        assert!(
            kex_import_schema("Vorgang.json")
                .unwrap()
                .contains("\"properties\"")
        );
        assert_eq!(kex_import_schema("Fehlt.json"), None);
        assert!(kundenangaben_openapi().contains("\"openapi\""));
    }
}
