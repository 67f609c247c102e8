//! The model is generated from a copy of the official OpenAPI document; the copy must not drift.

#[test]
fn openapi_copy_equals_the_shared_spec() {
    let copy = include_str!("../openapi/kundenangaben-openapi.json");
    let shared = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/spec/official/kundenangaben-openapi.json"
    ))
    .expect("shared/spec beside the repository");
    assert!(
        copy == shared,
        "crates/europace/openapi/kundenangaben-openapi.json differs from \
         shared/spec/official/kundenangaben-openapi.json: copy it over, then regenerate the \
         model with `cargo run -p europace-codegen`"
    );
}
