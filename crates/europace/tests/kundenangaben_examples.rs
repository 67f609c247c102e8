//! Every JSON body of the prose spec reads into the model and writes back unchanged, also with
//! a property and values this version does not know; the complete ones validate without Fehler.

mod kundenangaben_common;

use europace::finding::Severity;
use europace::kundenangaben::{
    Anrede, ImportKundenangabenRequest, KundenangabenImportResponse, validate_json,
};
use serde_json::{Value, json};

fn complete_examples() -> Vec<Value> {
    let examples = kundenangaben_common::kundenangaben_examples();
    // create request, create response, get response, replace request: the spec shortens the
    // last two with `...`, which no JSON reader accepts.
    assert_eq!(examples.len(), 4, "the spec's examples changed");
    assert_eq!(examples.iter().filter(|e| e.elided).count(), 2);
    examples
        .iter()
        .filter(|e| !e.elided)
        .map(|e| serde_json::from_str(&e.text).unwrap_or_else(|err| panic!("{err}\n{}", e.text)))
        .collect()
}

fn round_trip(value: &Value) -> Value {
    if value.get("importMetadaten").is_some() {
        let typed: ImportKundenangabenRequest = serde_json::from_value(value.clone()).unwrap();
        serde_json::to_value(typed).unwrap()
    } else {
        let typed: KundenangabenImportResponse = serde_json::from_value(value.clone()).unwrap();
        serde_json::to_value(typed).unwrap()
    }
}

#[test]
fn spec_examples_round_trip() {
    for example in complete_examples() {
        let mut differences = Vec::new();
        kundenangaben_common::diff(&example, &round_trip(&example), "", &mut differences);
        assert!(differences.is_empty(), "{differences:#?}");
    }
}

#[test]
fn unknown_property_enum_value_and_type_are_tolerated() {
    let mut example = complete_examples().remove(0);
    let kunde = &mut example["kundenangaben"]["haushalte"][0]["kunden"][0];
    kunde["neuesFeld"] = json!("wird ignoriert");
    kunde["personendaten"]["person"]["anrede"] = json!("DIVERS");
    kunde["finanzielles"]["beschaeftigung"]["@type"] = json!("KUENSTLER");
    let written = round_trip(&example);
    let kunde_written = &written["kundenangaben"]["haushalte"][0]["kunden"][0];
    assert!(kunde_written.get("neuesFeld").is_none());
    assert_eq!(kunde_written["personendaten"]["person"]["anrede"], "DIVERS");
    assert_eq!(
        kunde_written["finanzielles"]["beschaeftigung"],
        example["kundenangaben"]["haushalte"][0]["kunden"][0]["finanzielles"]["beschaeftigung"]
    );
    let typed: ImportKundenangabenRequest = serde_json::from_value(example).unwrap();
    let kunden = typed
        .kundenangaben
        .unwrap()
        .haushalte
        .unwrap()
        .remove(0)
        .kunden
        .unwrap();
    let anrede = kunden[0]
        .personendaten
        .as_ref()
        .unwrap()
        .person
        .as_ref()
        .unwrap()
        .anrede
        .clone();
    assert_eq!(anrede, Some(Anrede::Unknown("DIVERS".into())));
}

#[test]
fn complete_spec_examples_validate_without_fehler() {
    let example = complete_examples().remove(0);
    let findings = validate_json(&example.to_string());
    let fehler: Vec<_> = findings
        .iter()
        .filter(|f| f.severity == Severity::Fehler)
        .collect();
    assert!(fehler.is_empty(), "{fehler:#?}");
}
