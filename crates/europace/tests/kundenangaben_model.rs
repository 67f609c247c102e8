//! The generated model against the official OpenAPI document: it keeps every property of a
//! maximal instance, and what it serializes is valid against the document's schema.

mod kundenangaben_common;

use std::collections::BTreeSet;

use europace::kundenangaben::{
    BadRequestProblem, ImportKundenangabenRequest, Kundenangaben, KundenangabenImportResponse,
    UpdateKundenangabenRequest,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// What [`round_trip_maximal`] built: how many instances, and the (base, variant) pairs they show.
struct Built {
    instances: usize,
    variants: BTreeSet<(String, String)>,
}

/// Reads each maximal instance of `root` into `T`, writes it back and compares; checks what was
/// written against the schema. Returns what was built, so that a caller can tell a thorough run
/// from one over no instances at all.
fn round_trip_maximal<T: DeserializeOwned + Serialize>(root: &str) -> Built {
    let doc = kundenangaben_common::openapi();
    let validator = kundenangaben_common::validator(&doc, root);
    let (instances, variants) = kundenangaben_common::maximal_instances_covering(&doc, root);
    for (i, instance) in instances.iter().enumerate() {
        let violations = kundenangaben_common::violations(&validator, instance);
        assert!(
            violations.is_empty(),
            "instance {i} of {root} is not valid itself: {violations:#?}"
        );
        let typed: T = serde_json::from_value(instance.clone())
            .unwrap_or_else(|e| panic!("instance {i} of {root} does not parse: {e}"));
        let written = serde_json::to_value(&typed).unwrap();
        let mut differences = Vec::new();
        kundenangaben_common::diff(instance, &written, root, &mut differences);
        assert!(
            differences.is_empty(),
            "instance {i} of {root}: {differences:#?}"
        );
        let violations = kundenangaben_common::violations(&validator, &written);
        assert!(
            violations.is_empty(),
            "{root} as written violates the schema: {violations:#?}"
        );
    }
    Built {
        instances: instances.len(),
        variants,
    }
}

/// Every (base, variant) pair the document names.
fn every_variant() -> BTreeSet<(String, String)> {
    kundenangaben_common::all_variants(&kundenangaben_common::openapi())
}

#[test]
fn create_body_keeps_every_property_and_variant() {
    let built = round_trip_maximal::<ImportKundenangabenRequest>("ImportKundenangabenRequest");
    // Several instances are needed to show every `@type`: a single one would prove little.
    assert!(built.instances > 5, "only {} instances", built.instances);
}

#[test]
fn maximal_create_bodies_show_every_variant_of_the_document() {
    let doc = kundenangaben_common::openapi();
    let (_, covered) =
        kundenangaben_common::maximal_instances_covering(&doc, "ImportKundenangabenRequest");
    let missing: Vec<_> = kundenangaben_common::all_variants(&doc)
        .difference(&covered)
        .cloned()
        .collect();
    assert!(missing.is_empty(), "never built: {missing:#?}");
}

#[test]
fn replace_body_keeps_every_property_and_variant() {
    let built = round_trip_maximal::<UpdateKundenangabenRequest>("UpdateKundenangabenRequest");
    assert!(built.instances > 5, "only {} instances", built.instances);
    // The replace body holds the same Kundenangaben and metadata variants as the create body.
    let missing: Vec<_> = every_variant()
        .difference(&built.variants)
        .cloned()
        .collect();
    assert!(missing.is_empty(), "never round-tripped: {missing:#?}");
}

#[test]
fn get_response_keeps_every_property_and_variant() {
    let built = round_trip_maximal::<Kundenangaben>("Kundenangaben");
    assert!(built.instances > 5, "only {} instances", built.instances);
    // The Tippgeberprovision is part of the request metadata, not of the Kundenangaben.
    let missing: Vec<_> = every_variant()
        .into_iter()
        .filter(|(base, _)| base != "Tippgeberprovision")
        .filter(|variant| !built.variants.contains(variant))
        .collect();
    assert!(missing.is_empty(), "never round-tripped: {missing:#?}");
}

#[test]
fn responses_keep_every_property() {
    // Without variants one maximal instance holds every property; none would prove nothing.
    for (root, built) in [
        (
            "KundenangabenImportResponse",
            round_trip_maximal::<KundenangabenImportResponse>("KundenangabenImportResponse"),
        ),
        (
            "BadRequestProblem",
            round_trip_maximal::<BadRequestProblem>("BadRequestProblem"),
        ),
    ] {
        assert_eq!(built.instances, 1, "{root}");
        assert!(built.variants.is_empty(), "{root}");
    }
}

#[test]
fn a_property_the_model_lacks_is_named_with_its_path() {
    let doc = kundenangaben_common::openapi();
    let mut instance =
        kundenangaben_common::maximal_instances(&doc, "ImportKundenangabenRequest").remove(0);
    instance["kundenangaben"]["haushalte"][0]["kunden"][0]["personendaten"]["neuesFeld"] =
        Value::from("x");
    let typed: ImportKundenangabenRequest = serde_json::from_value(instance.clone()).unwrap();
    let mut differences = Vec::new();
    kundenangaben_common::diff(
        &instance,
        &serde_json::to_value(&typed).unwrap(),
        "",
        &mut differences,
    );
    assert_eq!(
        differences,
        [
            ".kundenangaben.haushalte[0].kunden[0].personendaten.neuesFeld: fehlt nach dem Round-Trip (Modell kennt es nicht)"
        ]
    );
}

#[test]
fn the_contract_schema_rejects_what_the_api_does_not_know() {
    let doc = kundenangaben_common::openapi();
    let validator = kundenangaben_common::validator(&doc, "ImportKundenangabenRequest");
    let body = serde_json::json!({
        "importMetadaten": { "datenkontext": "TEST_MODUS" },
        "kundenangaben": { "haushalte": [{ "personen": [] }] }
    });
    let violations = kundenangaben_common::violations(&validator, &body);
    assert_eq!(violations.len(), 1, "{violations:#?}");
    assert!(violations[0].contains("personen"), "{violations:#?}");
}

/// `bench/form` opens the largest Kundenangaben body there is: the first maximal instance of the
/// create body, every property and list filled. Regenerate with `UPDATE_BENCH=1`.
#[test]
fn the_form_bench_body_is_current() {
    let doc = kundenangaben_common::openapi();
    let body = kundenangaben_common::maximal_instances(&doc, "ImportKundenangabenRequest")
        .into_iter()
        .next()
        .expect("the create body has a maximal instance");
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../bench/form/kundenangaben-maximal.json"
    );
    let text = format!("{}\n", serde_json::to_string_pretty(&body).unwrap());
    if std::env::var_os("UPDATE_BENCH").is_some() {
        std::fs::write(file, &text).unwrap();
    }
    let stored = std::fs::read_to_string(file).unwrap_or_default();
    assert!(
        stored == text,
        "{file} is stale: regenerate with `UPDATE_BENCH=1 cargo test -p europace --test kundenangaben_model`"
    );
}
