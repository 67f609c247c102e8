//! The embedded contracts are copies of `shared/spec/official/`; they must not drift from it.
//! The repository builds and tests without `shared/` beside it, so this check is skipped with
//! a note when it is absent.

use std::path::{Path, PathBuf};

fn shared_official() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/spec/official");
    if dir.is_dir() {
        Some(dir)
    } else {
        println!(
            "skipped: {} is absent, the embedded contracts are not compared",
            dir.display()
        );
        None
    }
}

const REFRESH: &str = "copy the file from shared/spec/official/ into crates/contracts/official/, \
                       then `cargo run -p europace-codegen` and `make catalog`";

#[test]
fn every_embedded_file_equals_the_shared_original() {
    let Some(shared) = shared_official() else {
        return;
    };
    let mut compared = 0;
    for (path, embedded) in contracts::official_files() {
        let original = std::fs::read(shared.join(path))
            .unwrap_or_else(|e| panic!("shared/spec/official/{path}: {e}"));
        assert!(
            embedded == original.as_slice(),
            "crates/contracts/official/{path} differs from shared/spec/official/{path}: {REFRESH}"
        );
        compared += 1;
    }
    assert!(compared > 50, "only {compared} files embedded");
}

#[test]
fn every_shared_schema_file_is_embedded() {
    let Some(shared) = shared_official() else {
        return;
    };
    let mut names: Vec<String> = std::fs::read_dir(shared.join("kex-vorgang-import-schema"))
        .expect("shared schema folder")
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    let embedded: Vec<&str> = contracts::kex_import_schema_files()
        .map(|(name, _)| name)
        .collect();
    assert_eq!(embedded, names, "{REFRESH}");
}
