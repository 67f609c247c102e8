//! Writes the Kundenangaben model from the OpenAPI document checked in beside it.

use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let openapi = std::fs::read_to_string(dir.join(europace_codegen::OPENAPI_PATH))
        .expect("read the OpenAPI document");
    let openapi = serde_json::from_str(&openapi).expect("the OpenAPI document is JSON");
    let model = dir.join(europace_codegen::MODEL_PATH);
    std::fs::write(&model, europace_codegen::generate(&openapi)).expect("write the model");
    println!("wrote {}", model.display());
}
