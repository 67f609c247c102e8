//! `leadbridge batch`: many leads from a directory of JSON bodies or a CSV file, sent one
//! after another, with a summary that keeps "rejected" (nothing created, safe to fix and
//! resend) apart from "unclear" (may have been created: check before resending).

use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::{Map, Number, Value};

use crate::cli::WriteTarget;
use crate::commands::{Confirmed, datenschutzhinweis, progress_bar};
use crate::connect::Connection;
use crate::csv_text::{self, CsvText};
use crate::error::{CliError, Exit};
use crate::lead::Lead;
use crate::output;
use europace::lead::LeadKind;
use outbox::rules::Blocked;

/// The CSV columns and where each goes in the KEX import body. Documented in the README.
const COLUMNS: &[(&str, &[&str])] = &[
    ("partnerId", &["kundenbetreuer", "partnerId"]),
    ("eigeneVorgangsnummer", &["eigeneVorgangsnummer"]),
    ("anrede", &["antragsteller1", "personendaten", "anrede"]),
    ("vorname", &["antragsteller1", "personendaten", "vorname"]),
    ("nachname", &["antragsteller1", "personendaten", "nachname"]),
    (
        "geburtsdatum",
        &["antragsteller1", "personendaten", "geburtsdatum"],
    ),
    ("email", &["antragsteller1", "personendaten", "email"]),
    (
        "telefon",
        &["antragsteller1", "personendaten", "telefonPrivat"],
    ),
    (
        "strasse",
        &["antragsteller1", "wohnsituation", "anschrift", "strasse"],
    ),
    (
        "hausnummer",
        &["antragsteller1", "wohnsituation", "anschrift", "hausnummer"],
    ),
    (
        "plz",
        &["antragsteller1", "wohnsituation", "anschrift", "plz"],
    ),
    (
        "ort",
        &["antragsteller1", "wohnsituation", "anschrift", "ort"],
    ),
    (
        "kreditbetrag",
        &["finanzbedarf", "finanzierungswunsch", "kreditbetrag"],
    ),
    (
        "laufzeitInMonaten",
        &["finanzbedarf", "finanzierungswunsch", "laufzeitInMonaten"],
    ),
    ("verwendungszweck", &["finanzbedarf", "finanzierungszweck"]),
    ("iban", &["haushalt", "kontoverbindung", "iban"]),
];

/// One lead of the batch and where it came from ("Zeile 3", a file name).
struct Item {
    source: String,
    lead: Result<Lead, CliError>,
}

#[derive(Default, Serialize)]
struct Summary {
    /// For a CSV file: the encoding its text was read in, in German.
    #[serde(skip_serializing_if = "Option::is_none")]
    zeichensatz: Option<String>,
    sent: Vec<Sent>,
    rejected: Vec<Failed>,
    unclear: Vec<Failed>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Sent {
    source: String,
    vorgangsnummer: Option<String>,
    messages: Vec<String>,
}

#[derive(Serialize)]
struct Failed {
    source: String,
    code: &'static str,
    message: String,
}

pub async fn run(
    source: &Path,
    kind: LeadKind,
    confirmed: Confirmed,
    target: &WriteTarget,
    json: bool,
) -> Result<(), CliError> {
    let target = target.confirmed()?;
    let mut summary = Summary::default();
    let (items, kind) = if source.is_dir() {
        (directory(source)?, kind)
    } else {
        let (items, encoding) = csv_rows(source)?;
        summary.zeichensatz = Some(encoding);
        (items, LeadKind::KexImport)
    };
    datenschutzhinweis(kind, target.env, confirmed)?;
    let connection = Connection::open(target).await?;
    let bar = progress_bar(json, items.len() as u64, "[{bar:40}] {pos}/{len} {msg}");
    for item in items {
        bar.set_message(item.source.clone());
        let failed = |e: CliError| Failed {
            source: item.source.clone(),
            code: e.code,
            message: e.message,
        };
        match send(&connection, kind, item.lead, confirmed.trotzdem_senden).await {
            Ok(created) => summary.sent.push(Sent {
                source: item.source.clone(),
                vorgangsnummer: created.vorgangsnummer,
                messages: created.messages,
            }),
            // Without credentials or a working setup no lead can go: stop, do not list 100 times.
            Err(e) if matches!(e.exit, Exit::Zugang | Exit::Lokal) => return Err(e),
            Err(e) if e.exit == Exit::Unklar => summary.unclear.push(failed(e)),
            Err(e) => summary.rejected.push(failed(e)),
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    report(&summary, connection.name(), json);
    let (rejected, unclear) = (summary.rejected.len(), summary.unclear.len());
    match (rejected, unclear) {
        (0, 0) => Ok(()),
        _ => Err(CliError::new(
            if unclear > 0 {
                Exit::Unklar
            } else {
                Exit::Abgelehnt
            },
            "batch_incomplete",
            format!("Nicht alle Leads gesendet: {rejected} abgelehnt, {unclear} unklar."),
        )),
    }
}

async fn send(
    connection: &Connection,
    kind: LeadKind,
    lead: Result<Lead, CliError>,
    trotzdem_senden: bool,
) -> Result<europace::lead::Created, CliError> {
    let lead = lead?;
    if let Err(Blocked { findings, fehler }) =
        outbox::rules::clear(kind, &lead.text, trotzdem_senden)
    {
        let first = findings
            .iter()
            .find(|f| f.severity == europace::finding::Severity::Fehler)
            .map(|f| format!(" (zuerst {}: {})", f.path, f.message))
            .unwrap_or_default();
        return Err(CliError::new(
            Exit::Fehler,
            "validation",
            format!("nicht gesendet, {fehler} Fehler{first}"),
        ));
    }
    kind.create(connection, &lead.body).await
}

fn report(summary: &Summary, environment: &str, json: bool) {
    if json {
        output::json(summary);
        return;
    }
    if let Some(encoding) = &summary.zeichensatz {
        println!("CSV-Datei gelesen als {encoding}.");
    }
    println!(
        "{environment}: {} gesendet, {} abgelehnt, {} unklar.",
        summary.sent.len(),
        summary.rejected.len(),
        summary.unclear.len()
    );
    if !summary.sent.is_empty() {
        println!("Gesendet:");
        for s in &summary.sent {
            let nr = s.vorgangsnummer.as_deref().unwrap_or("(ohne Nummer)");
            println!("  {}: Vorgang {nr}", s.source);
        }
    }
    if !summary.rejected.is_empty() {
        println!("Abgelehnt (nichts angelegt):");
        for f in &summary.rejected {
            println!("  {}: {}", f.source, f.message);
        }
    }
    if !summary.unclear.is_empty() {
        println!("Unklar (vor erneutem Senden im Vorgang prüfen):");
        for f in &summary.unclear {
            println!("  {}: {}", f.source, f.message);
        }
    }
}

fn directory(dir: &Path) -> Result<Vec<Item>, CliError> {
    let entries = std::fs::read_dir(dir).map_err(|e| CliError::read_file(dir, &e))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        })
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(CliError::input(format!(
            "Im Verzeichnis „{}“ liegen keine .json-Dateien.",
            dir.display()
        )));
    }
    Ok(files
        .into_iter()
        .map(|path| Item {
            source: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            lead: Lead::read(&path),
        })
        .collect())
}

/// The rows of a CSV file as leads, and the encoding its text was read in.
fn csv_rows(file: &Path) -> Result<(Vec<Item>, String), CliError> {
    let bytes = std::fs::read(file).map_err(|e| CliError::read_file(file, &e))?;
    let CsvText { text, encoding } = csv_text::decode(&bytes);
    // German spreadsheets export with semicolons; the header line tells which one is used.
    let header = text.lines().next().unwrap_or_default();
    let delimiter = if header.matches(';').count() > header.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    // `line` is where the failing record starts: one after the last record read.
    let csv_error = |e: csv::Error, line: u64| {
        CliError::input(format!(
            "CSV-Datei „{}“ (gelesen als {encoding}) unlesbar: Zeile {line}: {}.",
            file.display(),
            csv_problem(&e)
        ))
    };
    let headers = reader.headers().map_err(|e| csv_error(e, 1))?.clone();
    let mut targets = Vec::with_capacity(headers.len());
    for name in &headers {
        let path = COLUMNS
            .iter()
            .find(|(column, _)| column.eq_ignore_ascii_case(name))
            .map(|(_, path)| *path)
            .ok_or_else(|| {
                let known: Vec<&str> = COLUMNS.iter().map(|(c, _)| *c).collect();
                CliError::input(format!(
                    "Unbekannte Spalte „{name}“ in „{}“. Erlaubt sind: {}.",
                    file.display(),
                    known.join(", ")
                ))
            })?;
        targets.push(path);
    }
    let mut items = Vec::new();
    let mut line = 1;
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(e, line + 1))?;
        line = record.position().map_or(line + 1, |p| p.line());
        let mut body = Value::Object(Map::new());
        for (path, cell) in targets.iter().zip(record.iter()) {
            if !cell.is_empty() {
                insert(&mut body, path, cell_value(path, cell));
            }
        }
        let source = format!("Zeile {line}");
        items.push(Item {
            lead: Lead::parse(body.to_string(), &source),
            source,
        });
    }
    if items.is_empty() {
        return Err(CliError::input(format!(
            "CSV-Datei „{}“ enthält keine Zeilen.",
            file.display()
        )));
    }
    Ok((items, encoding))
}

/// What is wrong with the CSV text, in German (the csv crate's messages are English).
fn csv_problem(error: &csv::Error) -> String {
    match error.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("{len} Spalten statt {expected_len} wie in der Kopfzeile"),
        _ => "Aufbau nicht lesbar".to_owned(),
    }
}

/// A cell as the API wants it: numbers as numbers (German "10.000,50" too), enums in
/// capitals, dates "TT.MM.JJJJ" as ISO. Anything else stays text, so validation names it.
fn cell_value(path: &[&str], cell: &str) -> Value {
    let leaf = path.last().copied().unwrap_or_default();
    match leaf {
        "kreditbetrag" | "laufzeitInMonaten" => {
            let normalized = if cell.contains(',') {
                cell.replace('.', "").replace(',', ".")
            } else {
                cell.to_owned()
            };
            normalized
                .parse::<Number>()
                .map_or_else(|_| Value::from(cell), Value::Number)
        }
        "anrede" | "finanzierungszweck" => Value::from(cell.to_uppercase().replace(' ', "_")),
        "geburtsdatum" => match cell.split('.').collect::<Vec<_>>()[..] {
            [d, m, y] if d.len() == 2 && m.len() == 2 && y.len() == 4 => {
                Value::from(format!("{y}-{m}-{d}"))
            }
            _ => Value::from(cell),
        },
        _ => Value::from(cell),
    }
}

fn insert(body: &mut Value, path: &[&str], value: Value) {
    let Some((leaf, parents)) = path.split_last() else {
        return;
    };
    let mut node = body;
    for key in parents {
        // No column's path runs through another's leaf, so every parent is an object.
        let Some(object) = node.as_object_mut() else {
            return;
        };
        node = object
            .entry(*key)
            .or_insert_with(|| Value::Object(Map::new()));
    }
    if let Some(object) = node.as_object_mut() {
        object.insert((*leaf).to_owned(), value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_become_api_values() {
        let betrag = &["finanzbedarf", "finanzierungswunsch", "kreditbetrag"][..];
        assert_eq!(cell_value(betrag, "10.000,50").to_string(), "10000.50");
        assert_eq!(cell_value(betrag, "12000").to_string(), "12000");
        assert_eq!(cell_value(betrag, "viel"), Value::from("viel"));
        let datum = &["antragsteller1", "personendaten", "geburtsdatum"][..];
        assert_eq!(cell_value(datum, "01.02.1980"), Value::from("1980-02-01"));
        let zweck = &["finanzbedarf", "finanzierungszweck"][..];
        assert_eq!(
            cell_value(zweck, "freie Verwendung"),
            Value::from("FREIE_VERWENDUNG")
        );
    }

    #[test]
    fn insert_builds_nested_objects() {
        let mut body = Value::Object(Map::new());
        insert(&mut body, &["a", "b"], Value::from(1));
        insert(&mut body, &["a", "c"], Value::from(2));
        assert_eq!(body, serde_json::json!({"a": {"b": 1, "c": 2}}));
    }
}
