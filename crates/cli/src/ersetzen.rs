//! BaufiSmart cases on the command line: `show --baufismart` reads a case's Kundenangaben,
//! `ersetzen` replaces them through [`europace::kundenangaben::ersetzen`], so the command line
//! never overwrites a change made since the file was loaded.

use std::fmt::Write as _;
use std::path::Path;

use europace::kundenangaben::changes::{Change, ChangeKind, Conflict, Side};
use europace::kundenangaben::client::KundenangabenClient;
use europace::kundenangaben::ersetzen::{self, Ersetzen};
use europace::kundenangaben::{Kundenangaben, UpdateKundenangabenRequest, validate_replace};
use serde_json::{Value, json};

use crate::cli::{KonfliktSeite, Target, WriteTarget};
use crate::connect::Connection;
use crate::error::{CliError, Exit};
use crate::lead::{Lead, fehler_count};
use crate::output;

async fn client(target: &Target) -> Result<(Connection, KundenangabenClient), CliError> {
    let connection = Connection::open(target).await?;
    let client = KundenangabenClient::new(connection.tokens()?);
    Ok((connection, client))
}

/// `show --baufismart`: the case's Kundenangaben, readable or (`--json`) as Europace sends them.
pub async fn show(vorgangsnummer: &str, target: &Target, json: bool) -> Result<(), CliError> {
    let (_connection, client) = client(target).await?;
    let kundenangaben: Value = client.get(vorgangsnummer).await?;
    if json {
        output::json(&kundenangaben);
    } else {
        print!("{}", render(vorgangsnummer, &kundenangaben));
    }
    Ok(())
}

/// Who and what a case is about, in the words of the BaufiSmart form.
fn render(vorgangsnummer: &str, k: &Value) -> String {
    let mut out = format!("BaufiSmart-Vorgang {vorgangsnummer}\n");
    let text = |v: &Value| v.as_str().map(str::to_owned);
    let euro = |v: &Value| {
        v.as_f64()
            .map(|n| format!("{} €", output::german_number(&n, 2)))
    };
    for (h, haushalt) in k["haushalte"].as_array().into_iter().flatten().enumerate() {
        let _ = writeln!(out, "Haushalt {}", h + 1);
        for (n, kunde) in haushalt["kunden"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            let person = &kunde["personendaten"]["person"];
            let name = [&person["vorname"], &person["nachname"]]
                .into_iter()
                .filter_map(text)
                .collect::<Vec<_>>()
                .join(" ");
            let _ = writeln!(out, "  Kunde {}: {name}", n + 1);
            let anschrift = &kunde["wohnsituation"]["anschrift"];
            if let (Some(plz), Some(ort)) = (text(&anschrift["plz"]), text(&anschrift["ort"])) {
                let strasse = [&anschrift["strasse"], &anschrift["hausnummer"]]
                    .into_iter()
                    .filter_map(text)
                    .collect::<Vec<_>>()
                    .join(" ");
                let _ = writeln!(out, "    Anschrift: {strasse}, {plz} {ort}");
            }
            if let Some(netto) = euro(&kunde["finanzielles"]["einkommenNetto"]) {
                let _ = writeln!(out, "    Einkommen netto: {netto}");
            }
        }
    }
    let adresse = &k["finanzierungsobjekt"]["immobilie"]["adresse"];
    if let (Some(plz), Some(ort)) = (text(&adresse["plz"]), text(&adresse["ort"])) {
        let _ = writeln!(out, "Immobilie: {plz} {ort}");
    }
    let zweck = &k["finanzierungsbedarf"]["finanzierungszweck"];
    if let Some(art) = text(&zweck["@type"]) {
        let _ = write!(out, "Finanzierungszweck: {art}");
        if let Some(kaufpreis) = euro(&zweck["kaufpreis"]) {
            let _ = write!(out, ", Kaufpreis {kaufpreis}");
        }
        out.push('\n');
    }
    let bausteine = k["finanzierungsbedarf"]["finanzierungsbausteine"]
        .as_array()
        .map_or(0, Vec::len);
    if bausteine > 0 {
        let _ = writeln!(out, "Finanzierungsbausteine: {bausteine}");
    }
    out
}

/// A file with either the Kundenangaben alone or the whole replace body, as a replace body.
fn replace_body(body: Value) -> Value {
    match body.get("kundenangaben") {
        Some(kundenangaben) => ersetzen::request(
            body.get("updateMetadaten")
                .cloned()
                .unwrap_or_else(|| json!({})),
            kundenangaben.clone(),
        ),
        None => ersetzen::request(json!({}), body),
    }
}

fn typed<T: serde::de::DeserializeOwned>(value: &Value, file: &Path) -> Result<T, CliError> {
    serde_json::from_value(value.clone()).map_err(|e| {
        CliError::input(format!(
            "Datei „{}“ passt nicht zu den Kundenangaben: {e}.",
            file.display()
        ))
    })
}

fn print_changes(label: &str, changes: &[Change]) {
    println!("{label}");
    for change in changes {
        let art = match change.kind {
            ChangeKind::Added => "NEU     ",
            ChangeKind::Changed => "GEÄNDERT",
            ChangeKind::Removed => "ENTFERNT",
        };
        let show = |v: &Option<Value>| v.as_ref().map_or("–".to_owned(), Value::to_string);
        println!(
            "  {art} {}: {} → {}",
            change.path,
            show(&change.before),
            show(&change.after)
        );
    }
}

fn print_conflicts(conflicts: &[Conflict]) {
    let show = |v: &Option<Value>| v.as_ref().map_or("–".to_owned(), Value::to_string);
    for c in conflicts {
        println!(
            "  KONFLIKT {}: geladen {}, jetzt in Europace {}, Ihre Datei {}",
            c.path,
            show(&c.loaded),
            show(&c.server),
            show(&c.mine)
        );
    }
}

/// `ersetzen`: checks the file as a replace of `geladen`, shows what changes, and replaces the
/// case only if it still holds `geladen`; with `bei_konflikt`, a changed case is merged and
/// every conflict decided for that side, then replaced once more under the same check.
pub async fn ersetzen(
    vorgangsnummer: &str,
    file: &Path,
    geladen_file: &Path,
    bei_konflikt: Option<KonfliktSeite>,
    target: &WriteTarget,
    json: bool,
) -> Result<(), CliError> {
    let target = target.confirmed()?;
    let request = replace_body(Lead::read(file)?.body);
    let geladen = Lead::read(geladen_file)?.body;
    let findings = validate_replace(
        &typed::<UpdateKundenangabenRequest>(&request, file)?,
        &typed::<Kundenangaben>(&geladen, geladen_file)?,
    );
    if !json {
        output::findings(&findings);
    }
    let fehler = fehler_count(&findings);
    if fehler > 0 {
        if json {
            output::json(&json!({ "replaced": false, "findings": findings }));
        }
        return Err(CliError::new(
            Exit::Fehler,
            "validation",
            format!(
                "Nicht ersetzt: {}. Ein Ersetzen überschreibt den ganzen Vorgang; bitte die Datei korrigieren.",
                output::count(&findings)
            ),
        ));
    }
    let changes = europace::kundenangaben::changes::changes(&geladen, &request["kundenangaben"]);
    if !json {
        print_changes(
            &format!("Änderungen gegenüber dem geladenen Stand von Vorgang {vorgangsnummer}:"),
            &changes,
        );
    }
    let (connection, client) = client(target).await?;
    let mut outcome = ersetzen::ersetzen(&client, vorgangsnummer, &geladen, &request).await?;
    if let (Ersetzen::Geaendert { server, merge }, Some(seite)) = (&outcome, bei_konflikt) {
        let (side, words) = match seite {
            KonfliktSeite::Meine => (Side::Mine, "der Wert Ihrer Datei"),
            KonfliktSeite::Europace => (Side::Server, "der Wert aus Europace"),
        };
        let merged = merge
            .resolve(&vec![side; merge.conflicts.len()])
            .expect("one choice per conflict");
        if !json {
            print_conflicts(&merge.conflicts);
            println!("Der Vorgang wurde seit dem Laden geändert; bei jedem Konflikt gilt {words}.");
        }
        let request = ersetzen::request(request["updateMetadaten"].clone(), merged);
        outcome = ersetzen::ersetzen(&client, vorgangsnummer, server, &request).await?;
    }
    match outcome {
        Ersetzen::Ersetzt { jetzt } => {
            if json {
                output::json(&json!({
                    "replaced": true, "environment": connection.name(),
                    "changes": changes, "findings": findings, "kundenangaben": jetzt,
                }));
            } else {
                println!(
                    "Ersetzt: Kundenangaben von Vorgang {vorgangsnummer} in {}.",
                    connection.name()
                );
            }
            Ok(())
        }
        Ersetzen::Geaendert { server, merge } => {
            if json {
                output::json(&json!({
                    "replaced": false, "conflicts": merge.conflicts, "server": server,
                }));
            } else {
                print_changes(
                    "Seit dem Laden in Europace geändert:",
                    &europace::kundenangaben::changes::changes(&geladen, &server),
                );
                print_conflicts(&merge.conflicts);
            }
            Err(CliError::new(
                Exit::Abgelehnt,
                "conflict",
                format!(
                    "Nicht ersetzt: Vorgang {vorgangsnummer} wurde seit dem Laden geändert. Neu laden \
                     (leadbridge show {vorgangsnummer} --baufismart --json) und die Änderungen \
                     übertragen, oder mit --bei-konflikt meine|europace entscheiden."
                ),
            ))
        }
    }
}
