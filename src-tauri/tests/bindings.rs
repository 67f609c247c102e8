//! The checked-in TypeScript bindings must be what the Rust commands generate today.
//! Regenerate with `make bindings` (sets `UPDATE_BINDINGS=1`).

use std::path::PathBuf;

use leadbridge_desktop::bindings;

#[test]
fn typescript_bindings_are_current() {
    let checked_in = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(bindings::BINDINGS_PATH);
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        bindings::export(&checked_in).expect("writing bindings");
        return;
    }
    let fresh = std::env::temp_dir().join(format!("leadbridge-bindings-{}.ts", std::process::id()));
    bindings::export(&fresh).expect("generating bindings");
    let generated = std::fs::read_to_string(&fresh).expect("reading generated bindings");
    std::fs::remove_file(&fresh).ok();
    let current = std::fs::read_to_string(&checked_in).unwrap_or_default();
    assert!(
        generated == current,
        "ui/src/lib/bindings.ts is stale: run `make bindings` and commit the result"
    );
}
