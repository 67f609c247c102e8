//! The command line as clap reads it. Help texts are German; clap's own errors are turned
//! into one German line by [`parse`].

use std::ffi::OsString;
use std::path::PathBuf;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{ArgAction, Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use europace::environment::Environment;
use europace::lead::LeadKind;

use crate::error::{CliError, Exit};

#[derive(Debug, Parser)]
#[command(
    name = "leadbridge",
    version,
    about = "Leads prüfen, an Europace (KreditSmart, BaufiSmart) oder Dr. Klein senden und Vorgänge verfolgen.",
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
pub struct Cli {
    /// Ausgabe als JSON (für Skripte); Fehler als JSON-Zeile auf stderr.
    #[arg(long, global = true)]
    pub json: bool,
    /// Hilfe anzeigen.
    #[arg(short, long, action = ArgAction::Help, global = true)]
    help: Option<bool>,
    /// Version anzeigen.
    #[arg(short = 'V', long, action = ArgAction::Version)]
    version: Option<bool>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Prüft einen Lead (JSON) und nennt jeden Befund mit JSON-Pfad.
    Validate {
        #[arg(value_name = "ART", help = KIND_HELP)]
        kind: LeadKind,
        /// JSON-Datei mit dem Body.
        #[arg(value_name = "DATEI")]
        file: PathBuf,
    },
    /// Prüft und sendet einen Lead; gibt die Vorgangsnummer aus.
    Submit {
        #[arg(value_name = "ART", help = KIND_HELP)]
        kind: LeadKind,
        /// JSON-Datei mit dem Body.
        #[arg(value_name = "DATEI")]
        file: PathBuf,
        /// Auch mit Fehlern senden; die Werte, die dabei verloren gehen, werden aufgelistet.
        #[arg(long)]
        trotzdem_senden: bool,
        /// Bestätigt, dass der Kunde die Datenschutzhinweise des Beraters erhalten hat; nötig, um eine Baufinanzierung (kundenangaben) an Produktion zu senden.
        #[arg(long)]
        datenschutzhinweis_erteilt: bool,
        #[command(flatten)]
        target: WriteTarget,
    },
    /// Zeigt einen KreditSmart-Vorgang: Antragsteller, Anträge mit Status, benötigte Unterlagen; mit --baufismart die Kundenangaben eines BaufiSmart-Vorgangs.
    Show {
        /// Vorgangsnummer, z. B. N94L7T.
        #[arg(value_name = "VORGANGSNUMMER")]
        vorgangsnummer: String,
        /// Ein BaufiSmart-Vorgang: zeigt seine Kundenangaben (mit --json genau so, wie „ersetzen --geladen“ sie erwartet).
        #[arg(long)]
        baufismart: bool,
        #[command(flatten)]
        target: Target,
    },
    /// Ersetzt die Kundenangaben eines BaufiSmart-Vorgangs, aber nur, wenn er seit dem Laden unverändert ist; sonst werden die Konflikte gezeigt.
    Ersetzen {
        /// Vorgangsnummer, z. B. YX4MDU.
        #[arg(value_name = "VORGANGSNUMMER")]
        vorgangsnummer: String,
        /// JSON-Datei mit den neuen Kundenangaben (oder dem ganzen Body mit updateMetadaten).
        #[arg(value_name = "DATEI")]
        file: PathBuf,
        /// Die Kundenangaben, wie sie geladen wurden (`leadbridge show VORGANGSNUMMER --baufismart --json`).
        #[arg(long, value_name = "DATEI")]
        geladen: PathBuf,
        /// Wenn der Vorgang seit dem Laden geändert wurde: bei jedem Konflikt „meine“ oder „europace“ übernehmen und dann ersetzen; ohne Angabe wird nichts gesendet.
        #[arg(long, value_enum, value_name = "SEITE")]
        bei_konflikt: Option<KonfliktSeite>,
        #[command(flatten)]
        target: WriteTarget,
    },
    /// Lädt Dokumente zu einem KreditSmart-Vorgang hoch.
    Upload {
        /// Vorgangsnummer, z. B. N94L7T.
        #[arg(value_name = "VORGANGSNUMMER")]
        vorgangsnummer: String,
        /// Eine oder mehrere Dateien.
        #[arg(required = true, value_name = "DATEI")]
        files: Vec<PathBuf>,
        #[command(flatten)]
        target: WriteTarget,
    },
    /// Fügt einem KreditSmart-Vorgang Kommentare hinzu (jeder Text ein Kommentar).
    Comment {
        /// Vorgangsnummer, z. B. N94L7T.
        #[arg(value_name = "VORGANGSNUMMER")]
        vorgangsnummer: String,
        /// Ein oder mehrere Kommentare.
        #[arg(required = true, value_name = "TEXT")]
        texts: Vec<String>,
        #[command(flatten)]
        target: WriteTarget,
    },
    /// Sendet viele Leads: ein Verzeichnis mit JSON-Dateien oder eine CSV-Datei (KEX-Import).
    Batch {
        /// Verzeichnis (*.json) oder CSV-Datei (Spalten: siehe README).
        #[arg(value_name = "QUELLE")]
        source: PathBuf,
        /// Art der JSON-Dateien eines Verzeichnisses (kex-import, kundenangaben, drklein; Vorgabe kex-import); eine CSV-Datei ist immer kex-import.
        #[arg(long = "art", value_name = "ART", value_enum, default_value_t = LeadKind::KexImport)]
        kind: LeadKind,
        /// Auch Leads mit Fehlern senden.
        #[arg(long)]
        trotzdem_senden: bool,
        /// Bestätigt, dass der Kunde die Datenschutzhinweise des Beraters erhalten hat; nötig, um eine Baufinanzierung (kundenangaben) an Produktion zu senden.
        #[arg(long)]
        datenschutzhinweis_erteilt: bool,
        #[command(flatten)]
        target: WriteTarget,
    },
    /// Startet die Sandbox eigenständig (bis Strg+C) oder verwaltet ihren Zustand.
    #[command(args_conflicts_with_subcommands = true)]
    Sandbox {
        /// Port auf 127.0.0.1; 0 (Vorgabe) wählt einen freien.
        #[arg(long, default_value_t = 0)]
        port: u16,
        /// Nimmt zusätzlich diesen OAuth-Client an (CLIENT-ID:SECRET, alle Scopes), etwa um in
        /// der App eingetragene Test-Zugangsdaten gegen die Sandbox zu prüfen.
        #[arg(long, env = "LEADBRIDGE_SANDBOX_CLIENT", value_name = "CLIENT-ID:SECRET", value_parser = parse_client)]
        client: Option<(String, String)>,
        /// Nimmt zusätzlich dieses Dr.-Klein-JWT an.
        #[arg(long, env = "LEADBRIDGE_SANDBOX_DRKLEIN_JWT", value_name = "JWT")]
        drklein_jwt: Option<String>,
        #[command(subcommand)]
        action: Option<SandboxAction>,
    },
    /// Hinterlegt Zugangsdaten für Test oder Produktion (Client-ID, Client-Secret, Dr.-Klein-JWT).
    Login {
        /// Umgebung: test oder produktion.
        #[arg(long, value_enum, value_name = "UMGEBUNG")]
        env: Environment,
        /// OAuth-Client-ID; ohne Angabe wird nachgefragt.
        #[arg(long)]
        client_id: Option<String>,
    },
    /// Entfernt die Zugangsdaten einer Umgebung.
    Logout {
        /// Umgebung: test oder produktion.
        #[arg(long, value_enum, value_name = "UMGEBUNG")]
        env: Environment,
    },
}

fn parse_client(value: &str) -> Result<(String, String), String> {
    match value.split_once(':') {
        Some((id, secret)) if !id.is_empty() && !secret.is_empty() => {
            Ok((id.to_owned(), secret.to_owned()))
        }
        _ => Err("erwartet CLIENT-ID:SECRET".to_owned()),
    }
}

#[derive(Debug, Subcommand)]
pub enum SandboxAction {
    /// Leert die Sandbox: alle Vorgänge werden vergessen.
    Reset,
    /// Setzt die Anträge eines Vorgangs einen Status weiter.
    Advance {
        /// Vorgangsnummer, z. B. N94L7T.
        #[arg(value_name = "VORGANGSNUMMER")]
        vorgangsnummer: String,
    },
}

/// Whose value every conflict keeps in `ersetzen --bei-konflikt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum KonfliktSeite {
    /// The values of the file.
    Meine,
    /// The values Europace holds now.
    Europace,
}

/// Where requests go.
#[derive(Debug, Clone, Args)]
pub struct Target {
    /// Umgebung: sandbox (Vorgabe; eingebettet, ohne Zugangsdaten), test oder produktion (Echtgeschäft).
    #[arg(long, value_enum, value_name = "UMGEBUNG", default_value_t = Environment::Sandbox)]
    pub env: Environment,
    /// Adresse einer laufenden Sandbox (z. B. von `leadbridge sandbox --port 4000`) statt der eingebetteten; auch über LEADBRIDGE_SANDBOX_URL.
    #[arg(long, env = "LEADBRIDGE_SANDBOX_URL", value_name = "URL")]
    pub sandbox_url: Option<String>,
}

/// Where a change goes; Produktion needs the explicit confirmation.
#[derive(Debug, Clone, Args)]
pub struct WriteTarget {
    #[command(flatten)]
    pub target: Target,
    /// Bestätigt das Senden an Produktion (Echtgeschäft).
    #[arg(long)]
    pub yes_produktion: bool,
}

const KIND_HELP: &str = "Art des Leads: kex-import (KreditSmart-Ratenkredit), kundenangaben (BaufiSmart) oder drklein (Dr.-Klein-Lead mit Tippgeber).";

/// clap's help in German: its headings and the English value lists it adds are replaced;
/// every help text names its allowed values and default itself.
fn german_help(command: clap::Command) -> clap::Command {
    let mut position = 0;
    command
        .help_template("{about-with-newline}\nAufruf: {usage}\n\n{all-args}\n")
        .subcommand_help_heading("Befehle")
        .subcommand_value_name("BEFEHL")
        .mut_args(|arg| {
            // Under a custom heading clap orders by display order, so positionals get theirs
            // from their place in the declaration.
            let arg = if arg.get_long().is_none() && arg.get_short().is_none() {
                position += 1;
                arg.help_heading("Argumente").display_order(position)
            } else {
                arg.help_heading("Optionen")
            };
            if arg.get_action().takes_values() {
                arg.hide_possible_values(true)
                    .hide_default_value(true)
                    .hide_env(true)
            } else {
                arg
            }
        })
        .mut_subcommands(german_help)
}

/// What to do after parsing.
pub enum Parsed {
    Run(Cli),
    /// Help or version was printed.
    Printed,
}

/// Parses `args`; help and version print and end, every other clap error becomes one
/// German line (clap's own texts are English and span several lines).
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Parsed, CliError> {
    let parsed = german_help(Cli::command())
        .try_get_matches_from(args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    match parsed {
        Ok(cli) => Ok(Parsed::Run(cli)),
        Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            let _ = e.print();
            Ok(Parsed::Printed)
        }
        Err(e) if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            Err(CliError::new(
                Exit::Aufruf,
                "usage",
                "Befehl fehlt. Übersicht: leadbridge --help",
            ))
        }
        Err(e) => Err(CliError::new(Exit::Aufruf, "usage", german(&e))),
    }
}

fn german(e: &clap::Error) -> String {
    let context = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(s)) => s.join(", "),
        _ => String::new(),
    };
    let arg = context(ContextKind::InvalidArg);
    let hint = "Hilfe: leadbridge --help";
    match e.kind() {
        ErrorKind::InvalidValue => {
            let value = context(ContextKind::InvalidValue);
            let valid = context(ContextKind::ValidValue);
            if valid.is_empty() {
                format!("Ungültiger Wert „{value}“ für {arg}. {hint}")
            } else {
                format!("Ungültiger Wert „{value}“ für {arg}: erlaubt sind {valid}.")
            }
        }
        ErrorKind::InvalidSubcommand => format!(
            "Unbekannter Befehl „{}“. {hint}",
            context(ContextKind::InvalidSubcommand)
        ),
        ErrorKind::UnknownArgument => format!("Unbekannte Option „{arg}“. {hint}"),
        ErrorKind::MissingRequiredArgument => format!("Es fehlt: {arg}. {hint}"),
        ErrorKind::MissingSubcommand => format!("Befehl fehlt. {hint}"),
        ErrorKind::ArgumentConflict => {
            format!(
                "{arg} passt nicht zu {}. {hint}",
                context(ContextKind::PriorArg)
            )
        }
        ErrorKind::ValueValidation => format!("Ungültiger Wert für {arg}. {hint}"),
        _ => format!("Aufruf ungültig. {hint}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_line_is_consistent() {
        german_help(Cli::command()).debug_assert();
    }
}
