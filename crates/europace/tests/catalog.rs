//! The form catalogs against the official schema files, counted independently of the
//! catalog builder: every property reached, formats and variants as the contracts say.

mod common;

use std::collections::HashMap;

use common::*;
use europace::catalog::{self, Catalog, Format, Node, ObjectNode, ScalarNode};
use serde_json::{Value, json};

/// Leaf paths of `node` by a plain walk over the raw files (`$ref`, `extends`, `items`).
fn raw_leaves(files: &HashMap<String, Value>, node: &Value, path: &str, out: &mut Vec<String>) {
    let mut node = node;
    while let Some(target) = node.get("$ref").and_then(Value::as_str) {
        node = &files[target];
    }
    let join = |key: &str| {
        if path.is_empty() {
            key.to_owned()
        } else {
            format!("{path}.{key}")
        }
    };
    match node.get("type").and_then(Value::as_str) {
        Some("array") => raw_leaves(files, &node["items"], &format!("{path}[]"), out),
        Some("object") | None => {
            if let Some(parent) = node.get("extends") {
                raw_leaves(files, parent, path, out);
            }
            for (key, child) in node["properties"].as_object().into_iter().flatten() {
                raw_leaves(files, child, &join(key), out);
            }
        }
        Some(_) => out.push(path.to_owned()),
    }
}

fn sorted(mut paths: Vec<String>) -> Vec<String> {
    paths.sort();
    paths
}

/// The node at a catalog path (`haushalt.kinder[].name`), references resolved.
fn at<'a>(catalog: &'a Catalog, path: &str) -> &'a Node {
    let mut node = catalog.root();
    for step in path.split('.') {
        let (key, lists) = step.split_at(step.find('[').unwrap_or(step.len()));
        node = match catalog.resolve(node) {
            Node::Object(object) => &object.properties[key],
            other => panic!("{key} of {path}: not an object: {other:?}"),
        };
        for _ in 0..lists.matches("[]").count() {
            node = match catalog.resolve(node) {
                Node::Array(array) => &array.items,
                other => panic!("{step} of {path}: not a list: {other:?}"),
            };
        }
    }
    catalog.resolve(node)
}

fn scalar<'a>(catalog: &'a Catalog, path: &str) -> &'a ScalarNode {
    match at(catalog, path) {
        Node::Scalar(s) => s,
        other => panic!("{path} is no scalar: {other:?}"),
    }
}

const README_ADDITIONS: [&str; 2] = [
    "antragsteller1.herkunft.weitereStaatsangehoerigkeiten[]",
    "antragsteller2.herkunft.weitereStaatsangehoerigkeiten[]",
];

#[test]
fn the_kex_catalog_reaches_every_leaf_of_the_schema_and_the_readme_additions() {
    let files = schema_files();
    let mut raw = Vec::new();
    raw_leaves(&files, &files["Vorgang.json"], "", &mut raw);
    assert_eq!(raw.len(), 526, "leaves of the published schema files");

    let leaves = catalog::kex_import().leaf_paths();
    assert_eq!(leaves.len(), 528);
    let mut expected = raw;
    expected.extend(README_ADDITIONS.map(String::from));
    assert_eq!(sorted(leaves), sorted(expected));
}

#[test]
fn the_drklein_catalog_is_the_kex_catalog_with_the_leads_additions() {
    let kex = catalog::kex_import().leaf_paths();
    let mut expected: Vec<String> = kex
        .into_iter()
        .filter(|p| p != "tippgeber.partnerId")
        .collect();
    expected.extend(
        [
            "tippgeber.anrede",
            "tippgeber.vorname",
            "tippgeber.nachname",
            "tippgeber.telefon",
            "tippgeber.email",
            "tippgeber.externeMitarbeiternummer",
            "partner.vertriebsschlüssel",
            "data[].key",
            "data[].value",
        ]
        .map(String::from),
    );
    let leaves = catalog::drklein().leaf_paths();
    assert_eq!(leaves.len(), 536);
    assert_eq!(sorted(leaves), sorted(expected));
}

#[test]
fn every_schema_file_is_a_definition_or_an_inlined_scalar() {
    let files = schema_files();
    let kex = catalog::kex_import();
    // Published twice under names that differ in case only; `Beamter.json` uses the other.
    assert_eq!(
        files["BeamtenBeschaeftigungsVerhaeltnis.json"],
        files["BeamtenBeschaeftigungsverhaeltnis.json"]
    );
    let mut scalars = Vec::new();
    collect_scalars(kex, kex.root(), &mut scalars);
    for (name, file) in &files {
        if name == "BeamtenBeschaeftigungsVerhaeltnis.json" {
            continue;
        }
        let def_name = name.trim_end_matches(".json");
        if let Some(values) = file.get("enum") {
            let values: Vec<String> = serde_json::from_value(values.clone()).unwrap();
            assert!(
                scalars.iter().any(|s| s.values.as_ref() == Some(&values)),
                "{name}: no field offers its values"
            );
            continue;
        }
        let holders = defs_holding(&files, kex, def_name);
        assert!(
            !holders.is_empty(),
            "{name}: no definition holds its properties"
        );
        for (holder, def) in holders {
            for key in file["properties"].as_object().unwrap().keys() {
                assert!(
                    def.properties.contains_key(key),
                    "{name}: {key} missing in {holder}"
                );
            }
        }
    }
}

/// The definitions that hold the properties of the schema `name`: its own, or, for a base
/// schema that is only extended, those of the schemas extending it.
fn defs_holding<'a>(
    files: &HashMap<String, Value>,
    catalog: &'a Catalog,
    name: &str,
) -> Vec<(String, &'a ObjectNode)> {
    if let Some(Node::Object(def)) = catalog.defs.get(name) {
        return vec![(name.to_owned(), def)];
    }
    let base = format!("{name}.json");
    files
        .iter()
        .filter(|(_, file)| file["extends"]["$ref"].as_str() == Some(base.as_str()))
        .flat_map(|(child, _)| defs_holding(files, catalog, child.trim_end_matches(".json")))
        .collect()
}

fn collect_scalars<'a>(catalog: &'a Catalog, node: &'a Node, out: &mut Vec<&'a ScalarNode>) {
    match node {
        Node::Ref(r) => collect_scalars(catalog, catalog.def(&r.target), out),
        Node::Object(o) => o
            .properties
            .values()
            .for_each(|child| collect_scalars(catalog, child, out)),
        Node::Array(a) => collect_scalars(catalog, &a.items, out),
        Node::Scalar(s) => out.push(s),
        Node::Union(u) => u
            .options
            .iter()
            .for_each(|child| collect_scalars(catalog, child, out)),
    }
}

#[test]
fn properties_keep_the_order_of_the_schema_file() {
    let Node::Object(vorgang) = catalog::kex_import().root() else {
        panic!("the root is an object");
    };
    let names: Vec<&str> = vorgang.properties.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "benachrichtigung",
            "tippgeber",
            "eigeneVorgangsnummer",
            "kundenbetreuer",
            "antragsteller2",
            "antragsteller1",
            "baufiSmartVorgangsnummer",
            "finanzbedarf",
            "bearbeiter",
            "kommentare",
            "haushalt",
            "leadquelle",
        ]
    );
    let Node::Object(herkunft) = at(catalog::kex_import(), "antragsteller1.herkunft") else {
        panic!("Herkunft is an object");
    };
    let names: Vec<&str> = herkunft.properties.keys().map(String::as_str).collect();
    let at_staat = names
        .iter()
        .position(|n| *n == "staatsangehoerigkeit")
        .unwrap();
    assert_eq!(names[at_staat + 1], "weitereStaatsangehoerigkeiten");
}

#[test]
fn beschaeftigungsart_selects_the_object_of_its_name() {
    let Node::Object(beschaeftigung) = at(catalog::kex_import(), "antragsteller1.beschaeftigung")
    else {
        panic!("Beschaeftigung is an object");
    };
    let variant = beschaeftigung.variant.as_ref().expect("a variant");
    assert_eq!(variant.selector, "beschaeftigungsart");
    let cases: Vec<(&str, Option<&str>)> = variant
        .cases
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_deref()))
        .collect();
    assert_eq!(
        cases,
        [
            ("ANGESTELLTER", Some("angestellter")),
            ("ARBEITER", Some("arbeiter")),
            ("ARBEITSLOSER", Some("arbeitsloser")),
            ("BEAMTER", Some("beamter")),
            ("FREIBERUFLER", Some("freiberufler")),
            ("HAUSFRAU", Some("hausfrau")),
            ("RENTNER", Some("rentner")),
            ("SELBSTSTAENDIGER", Some("selbststaendiger")),
        ]
    );
    for property in variant.cases.values().flatten() {
        assert!(matches!(beschaeftigung.properties[property], Node::Ref(_)));
    }
}

#[test]
fn finanzierungszweck_selects_fahrzeugkauf_only() {
    let Node::Object(finanzbedarf) = at(catalog::kex_import(), "finanzbedarf") else {
        panic!("Finanzbedarf is an object");
    };
    let variant = finanzbedarf.variant.as_ref().expect("a variant");
    assert_eq!(variant.selector, "finanzierungszweck");
    for (value, property) in &variant.cases {
        let expected = (value == "FAHRZEUGKAUF").then_some("fahrzeugkauf");
        assert_eq!(property.as_deref(), expected, "{value}");
    }
    assert_eq!(variant.cases.len(), 4);
}

#[test]
fn no_other_object_has_a_variant() {
    let kex = catalog::kex_import();
    let with_variant: Vec<&str> = kex
        .defs
        .iter()
        .filter(|(_, node)| matches!(node, Node::Object(o) if o.variant.is_some()))
        .map(|(name, _)| name.as_str())
        .collect();
    assert_eq!(with_variant, ["Beschaeftigung", "Finanzbedarf"]);
}

#[test]
fn formats_follow_the_schema_and_the_names() {
    let kex = catalog::kex_import();
    let cases = [
        (
            "finanzbedarf.finanzierungswunsch.kreditbetrag",
            Format::Amount,
        ),
        (
            "finanzbedarf.finanzierungswunsch.provisionswunschInProzent",
            Format::Percent,
        ),
        (
            "haushalt.verbindlichkeiten.dispositionskredite[].zinssatz",
            Format::Percent,
        ),
        (
            "finanzbedarf.finanzierungswunsch.laufzeitInMonaten",
            Format::Integer,
        ),
        ("antragsteller1.personendaten.geburtsdatum", Format::Date),
        ("antragsteller1.personendaten.geburtsland", Format::Country),
        (
            "antragsteller1.herkunft.weitereStaatsangehoerigkeiten[]",
            Format::Country,
        ),
        ("antragsteller1.personendaten.familienstand", Format::Enum),
        ("antragsteller1.personendaten.titel[]", Format::Enum),
        ("antragsteller1.personendaten.telefonPrivat", Format::Phone),
        ("antragsteller1.personendaten.email", Format::Email),
        ("antragsteller1.wohnsituation.anschrift.plz", Format::Plz),
        ("haushalt.kontoverbindung.iban", Format::Iban),
        ("haushalt.kontoverbindung.bic", Format::Text),
        (
            "haushalt.verbindlichkeiten.ratenkredite[].abloesen",
            Format::Boolean,
        ),
    ];
    for (path, format) in cases {
        assert_eq!(scalar(kex, path).format, format, "{path}");
    }
    let countries = scalar(kex, "antragsteller1.herkunft.staatsangehoerigkeit");
    let values = countries
        .values
        .as_ref()
        .expect("countries list their codes");
    assert_eq!(values.first().map(String::as_str), Some("AD"));
    assert_eq!(values.last().map(String::as_str), Some("SONSTIGE"));
    let dk = catalog::drklein();
    assert_eq!(scalar(dk, "tippgeber.telefon").format, Format::Phone);
    assert_eq!(scalar(dk, "tippgeber.email").format, Format::Email);
    assert_eq!(
        scalar(dk, "tippgeber.anrede").values.as_deref(),
        Some(&["FRAU".to_owned(), "HERR".to_owned()][..])
    );
}

#[test]
fn only_the_old_ratenschutz_is_deprecated() {
    let kex = catalog::kex_import();
    let Node::Object(finanzbedarf) = at(kex, "finanzbedarf") else {
        panic!("Finanzbedarf is an object");
    };
    let deprecated: Vec<&str> = kex
        .defs
        .values()
        .filter_map(|def| match def {
            Node::Object(o) => Some(o.properties.iter()),
            _ => None,
        })
        .flatten()
        .filter(|(_, node)| node.common().deprecated)
        .map(|(name, _)| name.as_str())
        .collect();
    assert_eq!(deprecated, ["ratenschutz"]);
    assert!(finanzbedarf.properties["ratenschutz"].common().deprecated);
}

#[test]
fn the_drklein_additions_carry_the_specs_help_texts_and_typed_data_values() {
    let dk = catalog::drklein();
    assert_eq!(
        scalar(dk, "partner.vertriebsschlüssel")
            .common
            .description
            .as_deref(),
        Some("Der Vertriebsschlüssel des Partners.")
    );
    let Node::Union(value) = at(dk, "data[].value") else {
        panic!("data[].value is a union");
    };
    let formats: Vec<Format> = value
        .options
        .iter()
        .map(|o| match o {
            Node::Scalar(s) => s.format,
            other => panic!("option {other:?}"),
        })
        .collect();
    assert_eq!(
        formats,
        [Format::Boolean, Format::Integer, Format::Date, Format::Text]
    );
    assert!(matches!(at(dk, "kommentare"), Node::Array(_)));
    assert!(!dk.defs.contains_key("Vorgang"), "Lead replaces Vorgang");
}

/// A body with a plausible value for every leaf of the catalog.
fn sample(catalog: &Catalog, node: &Node) -> Value {
    match catalog.resolve(node) {
        Node::Object(object) => Value::Object(
            object
                .properties
                .iter()
                .map(|(name, child)| (name.clone(), sample(catalog, child)))
                .collect(),
        ),
        Node::Array(array) => Value::Array(vec![sample(catalog, &array.items)]),
        Node::Union(union) => sample(catalog, &union.options[0]),
        Node::Scalar(s) => match s.format {
            Format::Enum | Format::Country => json!(s.values.as_ref().unwrap()[0]),
            Format::Text => json!("Text"),
            Format::Amount => serde_json::from_str("1234.56").unwrap(),
            Format::Percent => serde_json::from_str("3.5").unwrap(),
            Format::Integer => json!(7),
            Format::Date => json!("2019-03-15"),
            Format::Iban => json!("DE02120300000000202051"),
            Format::Email => json!("max.mustermann@example.de"),
            Format::Phone => json!("+49 30 1234567"),
            Format::Plz => json!("10115"),
            Format::Boolean => json!(true),
        },
        Node::Ref(_) => unreachable!("resolved"),
    }
}

/// Findings that say the API would not take a value the catalog offers.
fn refusals(findings: &[europace::finding::Finding]) -> Vec<&europace::finding::Finding> {
    findings
        .iter()
        .filter(|f| f.message.contains("Unbekannt") || f.message.contains("verw"))
        .collect()
}

#[test]
fn the_model_and_the_validation_take_every_field_of_the_kex_catalog() {
    let kex = catalog::kex_import();
    let body = sample(kex, kex.root());
    let typed: europace::kex_import::Vorgang = serde_json::from_value(body.clone()).unwrap();
    assert_eq!(serde_json::to_value(&typed).unwrap(), body);
    let findings = europace::kex_import::validate_json(&body.to_string());
    assert!(refusals(&findings).is_empty(), "{findings:#?}");
}

#[test]
fn the_model_and_the_validation_take_every_field_of_the_drklein_catalog() {
    let dk = catalog::drklein();
    let body = sample(dk, dk.root());
    let typed: europace::drklein::Lead = serde_json::from_value(body.clone()).unwrap();
    assert_eq!(serde_json::to_value(&typed).unwrap(), body);
    let findings = europace::drklein::validate_json(&body.to_string());
    assert!(refusals(&findings).is_empty(), "{findings:#?}");
}

#[test]
fn fields_an_objects_description_retires_are_deprecated_with_their_successor() {
    let kundenangaben = catalog::kundenangaben();
    let property = |def: &str, name: &str| {
        let Node::Object(object) = kundenangaben.def(def) else {
            panic!("{def} is an object");
        };
        let common = object.properties[name].common();
        (common.deprecated, common.description.clone())
    };
    // Only the object's description says these are retired.
    for (def, name, successor) in [
        (
            "Anschlussfinanzierung",
            "modernisierung",
            "modernisierungskostenErfassung",
        ),
        (
            "Anschlussfinanzierung",
            "zuBeschaffendesKapital",
            "zuBeschaffendesKapitalErfassung",
        ),
        ("Kauf", "modernisierung", "modernisierungskostenErfassung"),
        ("Neubau", "eigenleistung", "eigenleistungErfassung"),
        ("Nutzung", "gewerbe", "gewerbeErfassung"),
        (
            "ZusatzangabenKundeIng",
            "weitereStaatsangehoerigkeiten",
            "weitereStaatsangehoerigkeitenErfassung",
        ),
    ] {
        assert_eq!(
            property(def, name),
            (true, Some(format!("Ersetzt durch '{successor}'"))),
            "{def}.{name}"
        );
    }
    // The schema it refers to is deprecated, and says so itself.
    assert!(!property("Immobilie", "erbbaurecht").0);
    // Deprecated in the document itself: its own words stay.
    assert_eq!(
        property("Haushalt", "kinder"),
        (true, Some("Ersetzt durch 'kinderErfassung'".to_owned()))
    );
    // The successors are not retired.
    assert!(!property("Anschlussfinanzierung", "modernisierungskostenErfassung").0);
}

#[test]
fn a_retired_field_sent_is_a_hinweis_naming_its_successor() {
    let zweck = |extra: Value| {
        let mut zweck = json!({ "@type": "ANSCHLUSSFINANZIERUNG", "modernisierung": {} });
        zweck
            .as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        let body =
            json!({ "kundenangaben": { "finanzierungsbedarf": { "finanzierungszweck": zweck } } });
        europace::kundenangaben::validate_json(&body.to_string())
    };
    let at = "kundenangaben.finanzierungsbedarf.finanzierungszweck.modernisierung";
    let findings = zweck(json!({}));
    let found: Vec<_> = findings.iter().filter(|f| f.path == at).collect();
    assert_eq!(found.len(), 1, "{findings:#?}");
    assert_eq!(found[0].kind, europace::finding::FindingKind::Deprecated);
    assert_eq!(found[0].severity, europace::finding::Severity::Hinweis);
    assert!(
        found[0]
            .message
            .contains("`modernisierungskostenErfassung`"),
        "{}",
        found[0].message
    );
    let findings = zweck(
        json!({ "modernisierungskostenErfassung": { "@type": "KEINE_MODERNISIERUNGSKOSTEN" } }),
    );
    assert!(
        findings
            .iter()
            .any(|f| f.path == at && f.severity == europace::finding::Severity::Fehler),
        "with the successor set, the retired field is lost: {findings:#?}"
    );
}
