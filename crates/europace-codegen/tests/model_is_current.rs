//! The checked-in model must be what the generator makes of the official OpenAPI document.

use std::path::Path;

#[test]
fn checked_in_model_is_current() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let generated = europace_codegen::generate(&europace_codegen::openapi());
    let checked_in = std::fs::read_to_string(dir.join(europace_codegen::MODEL_PATH)).unwrap();
    assert!(
        generated == checked_in,
        "crates/europace/src/kundenangaben/model.rs is stale: regenerate it with `{}`",
        europace_codegen::REGENERATE
    );
}
