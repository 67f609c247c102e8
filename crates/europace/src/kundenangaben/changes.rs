//! What a replace would change, and what to do when the server changed too.
//!
//! A `PUT /kundenangaben/{nr}` overwrites everything: what is not sent is deleted, and an
//! object sent without the `id` it had is a new one. So before a replace the app shows the
//! [`changes`] against the version it loaded, and right before sending it reads the server
//! again: if someone changed the case meanwhile, [`merge`] takes every change that only one
//! side made and lists the rest as [`Conflict`]s for the user to decide, never overwriting
//! what the user did not see.
//!
//! Entries of a list are matched by their BaufiSmart `id` where they have one (a Kunde keeps
//! its identity when the list is reordered), otherwise by position. Paths are in the path
//! space of validation findings (`haushalte[0].kunden[1].personendaten.person.vorname`);
//! properties come in the order of the body's maps (by name).

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::finding::join;

/// How one place of the body differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum ChangeKind {
    /// Only in the newer version (a whole new object counts once, at its path).
    Added,
    /// In both, with different values.
    Changed,
    /// Only in the older version: a replace deletes it.
    Removed,
}

/// One difference between two versions of a body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// Where it is: in the newer version, or for [`ChangeKind::Removed`] in the older one.
    pub path: String,
    pub kind: ChangeKind,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

/// A place both the server and the user changed since loading, differently.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    /// Where it is in [`Merge::merged`].
    pub path: String,
    /// As loaded, before either change.
    pub loaded: Option<Value>,
    /// On the server now.
    pub server: Option<Value>,
    /// The user's.
    pub mine: Option<Value>,
}

/// The three-way picture: everything merged that only one side changed, and what both did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Merge {
    /// The user's version with the server's own changes taken in. At a conflict it holds the
    /// user's value, or the server's where the user removed it, so that every conflict's path
    /// exists here and deciding one never moves another.
    pub merged: Value,
    pub conflicts: Vec<Conflict>,
}

/// Whose value a conflict keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum Side {
    Server,
    Mine,
}

impl Merge {
    /// The body to send once each conflict is decided (`choices[i]` for `conflicts[i]`);
    /// `None` when not every conflict has its choice.
    pub fn resolve(&self, choices: &[Side]) -> Option<Value> {
        if choices.len() != self.conflicts.len() {
            return None;
        }
        let mut body = self.merged.clone();
        // Last first: removing a list entry never moves one decided before it.
        for (conflict, side) in self.conflicts.iter().zip(choices).rev() {
            let value = match side {
                Side::Server => &conflict.server,
                Side::Mine => &conflict.mine,
            };
            put(&mut body, &conflict.path, value.clone());
        }
        Some(body)
    }
}

/// The differences from `before` to `after`.
pub fn changes(before: &Value, after: &Value) -> Vec<Change> {
    let mut out = Vec::new();
    diff("", Some(before), Some(after), &mut out);
    out
}

fn diff(path: &str, before: Option<&Value>, after: Option<&Value>, out: &mut Vec<Change>) {
    let change = |kind| Change {
        path: path.to_owned(),
        kind,
        before: before.cloned(),
        after: after.cloned(),
    };
    match (before, after) {
        (None, None) => {}
        (Some(_), None) => out.push(change(ChangeKind::Removed)),
        (None, Some(_)) => out.push(change(ChangeKind::Added)),
        (Some(b), Some(a)) if b == a => {}
        (Some(Value::Object(b)), Some(Value::Object(a))) => {
            for key in keys(&[b, a]) {
                diff(&join(path, &key), b.get(&key), a.get(&key), out);
            }
        }
        (Some(Value::Array(b)), Some(Value::Array(a))) => {
            for pair in align(b, a) {
                let at = pair.after.or(pair.before).unwrap_or_default();
                diff(
                    &format!("{path}[{at}]"),
                    pair.before.map(|i| &b[i]),
                    pair.after.map(|i| &a[i]),
                    out,
                );
            }
        }
        (Some(_), Some(_)) => out.push(change(ChangeKind::Changed)),
    }
}

/// Merges the user's `mine` and the server's `server`, both descended from `loaded`.
pub fn merge(loaded: &Value, server: &Value, mine: &Value) -> Merge {
    let mut conflicts = Vec::new();
    let merged =
        merge_at("", Some(loaded), Some(server), Some(mine), &mut conflicts).unwrap_or(Value::Null);
    Merge { merged, conflicts }
}

fn merge_at(
    path: &str,
    loaded: Option<&Value>,
    server: Option<&Value>,
    mine: Option<&Value>,
    conflicts: &mut Vec<Conflict>,
) -> Option<Value> {
    if server == loaded || server == mine {
        return mine.cloned();
    }
    if mine == loaded {
        return server.cloned();
    }
    match (loaded, server, mine) {
        (loaded, Some(Value::Object(s)), Some(Value::Object(m))) => {
            let l = match loaded {
                Some(Value::Object(l)) => Some(l),
                _ => None,
            };
            let mut merged = Map::new();
            let mut sources = vec![s, m];
            sources.extend(l);
            for key in keys(&sources) {
                let value = merge_at(
                    &join(path, &key),
                    l.and_then(|l| l.get(&key)),
                    s.get(&key),
                    m.get(&key),
                    conflicts,
                );
                if let Some(value) = value {
                    merged.insert(key, value);
                }
            }
            Some(Value::Object(merged))
        }
        (Some(Value::Array(l)), Some(Value::Array(s)), Some(Value::Array(m)))
            if has_ids(l) || has_ids(s) || has_ids(m) =>
        {
            Some(Value::Array(merge_entries(path, l, s, m, conflicts)))
        }
        _ => {
            conflicts.push(Conflict {
                path: path.to_owned(),
                loaded: loaded.cloned(),
                server: server.cloned(),
                mine: mine.cloned(),
            });
            mine.or(server).cloned()
        }
    }
}

/// A list whose entries carry ids: the user's entries in the user's order, each merged with
/// the server's entry of the same id; then what the server added meanwhile.
fn merge_entries(
    path: &str,
    loaded: &[Value],
    server: &[Value],
    mine: &[Value],
    conflicts: &mut Vec<Conflict>,
) -> Vec<Value> {
    let mut merged = Vec::new();
    for entry in mine {
        let at = format!("{path}[{}]", merged.len());
        let Some(id) = id_of(entry) else {
            merged.push(entry.clone());
            continue;
        };
        let was = find(loaded, id);
        let value = merge_at(&at, was, find(server, id), Some(entry), conflicts);
        merged.extend(value);
    }
    // Entries the user removed: gone, unless the server changed them meanwhile.
    for entry in loaded {
        let Some(id) = id_of(entry) else { continue };
        if find(mine, id).is_some() {
            continue;
        }
        let at = format!("{path}[{}]", merged.len());
        let value = merge_at(&at, Some(entry), find(server, id), None, conflicts);
        merged.extend(value);
    }
    // Entries the server added: kept.
    for entry in server {
        let new =
            id_of(entry).is_none_or(|id| find(loaded, id).is_none() && find(mine, id).is_none());
        if new {
            merged.push(entry.clone());
        }
    }
    merged
}

/// The entry of `list` with `id`.
fn find<'a>(list: &'a [Value], id: &str) -> Option<&'a Value> {
    list.iter().find(|v| id_of(v) == Some(id))
}

/// Pairs of positions, `before` and `after`, of the entries that are the same entry.
struct Pair {
    before: Option<usize>,
    after: Option<usize>,
}

/// Matches entries by `id` where they have one, the others by position among those without.
fn align(before: &[Value], after: &[Value]) -> Vec<Pair> {
    let mut pairs = Vec::new();
    let mut matched = BTreeSet::new();
    let mut without_id = before
        .iter()
        .enumerate()
        .filter(|(_, v)| id_of(v).is_none())
        .map(|(i, _)| i);
    for (a, entry) in after.iter().enumerate() {
        let b = match id_of(entry) {
            Some(id) => before.iter().position(|v| id_of(v) == Some(id)),
            None => without_id.next(),
        };
        matched.extend(b);
        pairs.push(Pair {
            before: b,
            after: Some(a),
        });
    }
    pairs.extend(
        (0..before.len())
            .filter(|b| !matched.contains(b))
            .map(|b| Pair {
                before: Some(b),
                after: None,
            }),
    );
    pairs
}

/// Sets the value at `path` of `body`, or removes it for `None` (from a list: the entry).
fn put(body: &mut Value, path: &str, value: Option<Value>) {
    let steps = steps(path);
    let Some((last, parents)) = steps.split_last() else {
        return;
    };
    let mut node = body;
    for step in parents {
        let next = match step {
            Step::Key(key) => node.get_mut(*key),
            Step::Index(index) => node.get_mut(*index),
        };
        let Some(next) = next else { return };
        node = next;
    }
    match (last, node, value) {
        (Step::Key(key), Value::Object(map), Some(value)) => {
            map.insert((*key).to_owned(), value);
        }
        (Step::Key(key), Value::Object(map), None) => {
            map.remove(*key);
        }
        (Step::Index(index), Value::Array(list), Some(value)) if *index < list.len() => {
            list[*index] = value;
        }
        (Step::Index(index), Value::Array(list), None) if *index < list.len() => {
            list.remove(*index);
        }
        _ => {}
    }
}

enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// `a.b[1].c` → `a`, `b`, 1, `c`.
fn steps(path: &str) -> Vec<Step<'_>> {
    path.split('.')
        .flat_map(|part| part.split(['[', ']']).filter(|s| !s.is_empty()))
        .map(|step| step.parse().map_or(Step::Key(step), Step::Index))
        .collect()
}

fn id_of(value: &Value) -> Option<&str> {
    value.get("id").and_then(Value::as_str)
}

fn has_ids(list: &[Value]) -> bool {
    list.iter().any(|v| id_of(v).is_some())
}

/// Every key of the maps, in the order they first appear.
fn keys(maps: &[&Map<String, Value>]) -> Vec<String> {
    let mut seen = BTreeSet::new();
    maps.iter()
        .flat_map(|m| m.keys())
        .filter(|k| seen.insert(k.as_str()))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn loaded() -> Value {
        json!({
            "haushalte": [{
                "id": "h1",
                "kunden": [
                    {"id": "k1", "personendaten": {"person": {"vorname": "Max", "nachname": "Mustermann"}}},
                ]
            }],
            "finanzierungsobjekt": {"immobilie": {"kaufpreis": 400000}}
        })
    }

    #[test]
    fn changes_name_what_a_replace_adds_changes_and_deletes() {
        let mut mine = loaded();
        mine["haushalte"][0]["kunden"]
            .as_array_mut()
            .unwrap()
            .push(json!({"personendaten": {"person": {"vorname": "Erika"}}}));
        mine["finanzierungsobjekt"]["immobilie"]["kaufpreis"] = json!(420000);
        mine["haushalte"][0]["kunden"][0]["personendaten"]["person"]
            .as_object_mut()
            .unwrap()
            .remove("nachname");

        let found = changes(&loaded(), &mine);
        let summary: Vec<(&str, ChangeKind)> =
            found.iter().map(|c| (c.path.as_str(), c.kind)).collect();
        assert_eq!(
            summary,
            [
                (
                    "finanzierungsobjekt.immobilie.kaufpreis",
                    ChangeKind::Changed
                ),
                (
                    "haushalte[0].kunden[0].personendaten.person.nachname",
                    ChangeKind::Removed
                ),
                ("haushalte[0].kunden[1]", ChangeKind::Added),
            ]
        );
        assert_eq!(found[0].before, Some(json!(400000)));
        assert_eq!(found[0].after, Some(json!(420000)));
    }

    #[test]
    fn entries_are_matched_by_id_not_by_position() {
        let before = json!({"kunden": [{"id": "a", "n": 1}, {"id": "b", "n": 2}]});
        let after = json!({"kunden": [{"id": "b", "n": 2}, {"id": "a", "n": 1}]});
        assert_eq!(changes(&before, &after), []);

        // An entry sent without its id is a new one, and the old one is deleted.
        let after = json!({"kunden": [{"id": "a", "n": 1}, {"n": 2}]});
        let kinds: Vec<(String, ChangeKind)> = changes(&before, &after)
            .into_iter()
            .map(|c| (c.path, c.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                ("kunden[1]".to_owned(), ChangeKind::Added),
                ("kunden[1]".to_owned(), ChangeKind::Removed),
            ]
        );
    }

    #[test]
    fn merge_takes_each_sides_own_changes() {
        let mut server = loaded();
        server["haushalte"][0]["kunden"][0]["personendaten"]["person"]["vorname"] =
            json!("Maximilian");
        let mut mine = loaded();
        mine["finanzierungsobjekt"]["immobilie"]["kaufpreis"] = json!(420000);

        let merge = merge(&loaded(), &server, &mine);
        assert_eq!(merge.conflicts, []);
        assert_eq!(
            merge.merged["haushalte"][0]["kunden"][0]["personendaten"]["person"]["vorname"],
            "Maximilian"
        );
        assert_eq!(
            merge.merged["finanzierungsobjekt"]["immobilie"]["kaufpreis"],
            420000
        );
    }

    #[test]
    fn merge_lists_what_both_changed_and_keeps_the_users_value_there() {
        let mut server = loaded();
        server["finanzierungsobjekt"]["immobilie"]["kaufpreis"] = json!(410000);
        let mut mine = loaded();
        mine["finanzierungsobjekt"]["immobilie"]["kaufpreis"] = json!(420000);

        let merge = merge(&loaded(), &server, &mine);
        assert_eq!(
            merge.conflicts,
            [Conflict {
                path: "finanzierungsobjekt.immobilie.kaufpreis".to_owned(),
                loaded: Some(json!(400000)),
                server: Some(json!(410000)),
                mine: Some(json!(420000)),
            }]
        );
        assert_eq!(
            merge.merged["finanzierungsobjekt"]["immobilie"]["kaufpreis"],
            420000
        );
    }

    #[test]
    fn merge_keeps_entries_both_sides_added_and_flags_one_removed_while_changed() {
        let mut server = loaded();
        let kunden = server["haushalte"][0]["kunden"].as_array_mut().unwrap();
        kunden[0]["personendaten"]["person"]["vorname"] = json!("Moritz");
        kunden.push(json!({"id": "k2", "personendaten": {"person": {"vorname": "Server"}}}));
        let mut mine = loaded();
        let kunden = mine["haushalte"][0]["kunden"].as_array_mut().unwrap();
        kunden.clear();
        kunden.push(json!({"personendaten": {"person": {"vorname": "Erika"}}}));

        let merge = merge(&loaded(), &server, &mine);
        let kunden = merge.merged["haushalte"][0]["kunden"].as_array().unwrap();
        let names: Vec<&Value> = kunden
            .iter()
            .map(|k| &k["personendaten"]["person"]["vorname"])
            .collect();
        // The entry the user removed and the server changed stays until the user decides.
        assert_eq!(names, [&json!("Erika"), &json!("Moritz"), &json!("Server")]);
        assert_eq!(merge.conflicts.len(), 1);
        assert_eq!(merge.conflicts[0].path, "haushalte[0].kunden[1]");
        assert_eq!(merge.conflicts[0].mine, None);

        let mine_wins = merge.resolve(&[Side::Mine]).unwrap();
        assert_eq!(
            mine_wins["haushalte"][0]["kunden"]
                .as_array()
                .unwrap()
                .len(),
            2
        );
        assert_eq!(mine_wins["haushalte"][0]["kunden"][1]["id"], "k2");
        let server_wins = merge.resolve(&[Side::Server]).unwrap();
        assert_eq!(server_wins, merge.merged);
        assert_eq!(merge.resolve(&[]), None);
    }
}
