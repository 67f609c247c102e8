//! Fields the server sent that this version's model does not know. The export API grows
//! (tolerant reader): such fields must not break reading, and a viewer shows them raw
//! instead of hiding them.

use serde_json::Value;

use super::model::Vorgang;

/// A field outside the model, at its JSON path below `vorgang` (e.g. `antraege[0].zinsbindung`).
#[derive(Debug, Clone, PartialEq)]
pub struct ExtraField {
    pub path: String,
    pub value: Value,
}

/// Every field of `raw` (the `vorgang` as the server sent it) that `known` (the same
/// document read into the model) does not hold. Nulls count as absent.
pub fn extra_fields(raw: &Value, known: &Vorgang) -> Vec<ExtraField> {
    let known = serde_json::to_value(known).unwrap_or(Value::Null);
    let mut found = Vec::new();
    walk(raw, &known, "", &mut found);
    found
}

fn walk(raw: &Value, known: &Value, path: &str, found: &mut Vec<ExtraField>) {
    match (raw, known) {
        (Value::Object(raw), Value::Object(known)) => {
            for (key, value) in raw {
                if value.is_null() {
                    continue;
                }
                let here = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                match known.get(key) {
                    Some(known) => walk(value, known, &here, found),
                    None => found.push(ExtraField {
                        path: here,
                        value: value.clone(),
                    }),
                }
            }
        }
        (Value::Array(raw), Value::Array(known)) => {
            for (i, (raw, known)) in raw.iter().zip(known).enumerate() {
                walk(raw, known, &format!("{path}[{i}]"), found);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn names_only_what_the_model_does_not_hold() {
        let raw = json!({
            "vorgangsnummer": "AB1234",
            "antragsteller2": null,
            "kanal": "APP",
            "antraege": [
                { "antragsnummer": "AB1234/1/1", "produktanbieterstatus": { "status": "IN_PRUEFUNG", "grund": "Bonität" } },
                { "antragsnummer": "AB1234/1/2", "zinsbindung": 12 }
            ]
        });
        let known: Vorgang = serde_json::from_value(raw.clone()).unwrap();
        let extra = extra_fields(&raw, &known);
        let paths: Vec<&str> = extra.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "antraege[0].produktanbieterstatus.grund",
                "antraege[1].zinsbindung",
                "kanal"
            ]
        );
        assert_eq!(extra[1].value, json!(12));
    }
}
