//! `europace-codegen`: writes the Kundenangaben model from the official OpenAPI document
//! (crate `contracts`); `europace-codegen catalog`: writes the UI's form catalogs.

use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    match std::env::args().nth(1).as_deref() {
        None => {
            let model = dir.join(europace_codegen::MODEL_PATH);
            let source = europace_codegen::generate(&europace_codegen::openapi());
            std::fs::write(&model, source).expect("write the model");
            println!("wrote {}", model.display());
        }
        Some("catalog") => {
            let out = dir.join(europace_codegen::catalog::CATALOG_DIR);
            europace_codegen::catalog::write(&out).expect("write the catalog files");
            println!("wrote the catalog files into {}", out.display());
        }
        Some(other) => {
            eprintln!("unknown target {other}; usage: europace-codegen [catalog]");
            std::process::exit(2);
        }
    }
}
