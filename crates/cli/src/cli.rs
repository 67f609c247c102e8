//! The command line as clap reads it. Help texts are German; clap's own errors are turned
//! into one German line by [`parse`].

use std::ffi::OsString;
use std::path::PathBuf;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};

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
        /// Art des Leads.
        kind: Kind,
        /// JSON-Datei mit dem Body.
        file: PathBuf,
    },
    /// Prüft und sendet einen Lead; gibt die Vorgangsnummer aus.
    Submit {
        kind: Kind,
        file: PathBuf,
        /// Auch mit Fehlern senden; die Werte, die dabei verloren gehen, werden aufgelistet.
        #[arg(long)]
        trotzdem_senden: bool,
        #[command(flatten)]
        target: Target,
    },
    /// Zeigt einen KreditSmart-Vorgang: Antragsteller, Anträge mit Status, benötigte Unterlagen.
    Show {
        vorgangsnummer: String,
        #[command(flatten)]
        target: Target,
    },
    /// Lädt Dokumente zu einem KreditSmart-Vorgang hoch.
    Upload {
        vorgangsnummer: String,
        /// Eine oder mehrere Dateien.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[command(flatten)]
        target: Target,
    },
    /// Fügt einem KreditSmart-Vorgang Kommentare hinzu (jeder Text ein Kommentar).
    Comment {
        vorgangsnummer: String,
        #[arg(required = true)]
        texts: Vec<String>,
        #[command(flatten)]
        target: Target,
    },
    /// Sendet viele Leads: ein Verzeichnis mit JSON-Dateien oder eine CSV-Datei (KEX-Import).
    Batch {
        /// Verzeichnis (*.json) oder CSV-Datei.
        source: PathBuf,
        /// Art der JSON-Dateien eines Verzeichnisses; eine CSV-Datei ist immer kex-import.
        #[arg(long = "art", value_enum, default_value_t = Kind::KexImport)]
        kind: Kind,
        /// Auch Leads mit Fehlern senden.
        #[arg(long)]
        trotzdem_senden: bool,
        #[command(flatten)]
        target: Target,
    },
    /// Startet die Sandbox eigenständig (bis Strg+C) oder verwaltet ihren Zustand.
    #[command(args_conflicts_with_subcommands = true)]
    Sandbox {
        /// Port auf 127.0.0.1; 0 wählt einen freien.
        #[arg(long, default_value_t = 0)]
        port: u16,
        #[command(subcommand)]
        action: Option<SandboxAction>,
    },
    /// Hinterlegt Zugangsdaten für Test oder Produktion (Client-ID, Client-Secret, Dr.-Klein-JWT).
    Login {
        #[arg(long, value_enum)]
        env: StageArg,
        /// OAuth-Client-ID; ohne Angabe wird nachgefragt.
        #[arg(long)]
        client_id: Option<String>,
    },
    /// Entfernt die Zugangsdaten einer Umgebung.
    Logout {
        #[arg(long, value_enum)]
        env: StageArg,
    },
}

#[derive(Debug, Subcommand)]
pub enum SandboxAction {
    /// Leert die Sandbox: alle Vorgänge werden vergessen.
    Reset,
    /// Setzt die Anträge eines Vorgangs einen Status weiter.
    Advance { vorgangsnummer: String },
}

/// Which API a lead body is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Kind {
    /// KreditSmart-Vorgang (Ratenkredit).
    KexImport,
    /// BaufiSmart-Kundenangaben (Baufinanzierung).
    Kundenangaben,
    /// Dr.-Klein-Lead mit Tippgeber.
    Drklein,
}

/// Where requests go.
#[derive(Debug, Clone, Args)]
pub struct Target {
    /// Umgebung: sandbox (eingebettet, ohne Zugangsdaten), test oder produktion (Echtgeschäft).
    #[arg(long, value_enum, default_value_t = EnvArg::Sandbox)]
    pub env: EnvArg,
    /// Adresse einer laufenden Sandbox (z. B. von `leadbridge sandbox --port 4000`) statt der eingebetteten.
    #[arg(long, env = "LEADBRIDGE_SANDBOX_URL", value_name = "URL")]
    pub sandbox_url: Option<String>,
    /// Bestätigt das Senden an Produktion (Echtgeschäft).
    #[arg(long)]
    pub yes_produktion: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EnvArg {
    Sandbox,
    Test,
    Produktion,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StageArg {
    Test,
    Produktion,
}

impl From<StageArg> for credentials::Stage {
    fn from(stage: StageArg) -> Self {
        match stage {
            StageArg::Test => Self::Test,
            StageArg::Produktion => Self::Produktion,
        }
    }
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
    match Cli::try_parse_from(args) {
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
