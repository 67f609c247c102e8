//! The checked-in model must be what the generator makes of the checked-in OpenAPI document.

use std::path::Path;

#[test]
fn checked_in_model_is_current() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let openapi = std::fs::read_to_string(dir.join(europace_codegen::OPENAPI_PATH)).unwrap();
    let generated = europace_codegen::generate(&serde_json::from_str(&openapi).unwrap());
    let checked_in = std::fs::read_to_string(dir.join(europace_codegen::MODEL_PATH)).unwrap();
    assert!(
        generated == checked_in,
        "crates/europace/src/kundenangaben/model.rs is stale: regenerate it with `{}`",
        europace_codegen::REGENERATE
    );
}
