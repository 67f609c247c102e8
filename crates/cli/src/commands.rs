//! One function per command (batch has its own module).

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

use credentials::SecretKind;
use credentials::settings::{AccessSettings, Settings};
use europace::auth::Secret;
use europace::environment::Environment;
use europace::kex_export::labels::LabelDe;
use europace::kex_export::model::{AntragstellerstatusWert, ProduktanbieterstatusWert};
use europace::lead::LeadKind;
use indicatif::{ProgressBar, ProgressStyle};
use outbox::rules::Blocked;
use serde_json::{Value, json};

use crate::api;
use crate::cli::{SandboxAction, Target, WriteTarget};
use crate::connect::{self, Connection};
use crate::error::{CliError, Exit};
use crate::lead::{Lead, fehler_count};
use crate::output;
use crate::settings;
use crate::show;

pub fn validate(kind: LeadKind, file: &Path, json: bool) -> Result<(), CliError> {
    let lead = Lead::read(file)?;
    let findings = lead.findings(kind);
    let fehler = fehler_count(&findings);
    if json {
        output::json(&json!({
            "file": file, "kind": kind.slug(), "fehler": fehler, "findings": findings,
        }));
    } else {
        output::findings(&findings);
        if findings.is_empty() {
            println!("Keine Befunde: {} kann gesendet werden.", file.display());
        } else {
            println!("{}.", output::count(&findings));
        }
    }
    if fehler > 0 {
        return Err(CliError::new(
            Exit::Fehler,
            "validation",
            format!("{} enthält {fehler} Fehler.", file.display()),
        ));
    }
    Ok(())
}

/// What the user confirmed on the command line for a send.
#[derive(Debug, Clone, Copy)]
pub struct Confirmed {
    /// Send despite Fehler (`--trotzdem-senden`).
    pub trotzdem_senden: bool,
    /// The customer received the Berater's privacy statement (`--datenschutzhinweis-erteilt`).
    pub datenschutzhinweis_erteilt: bool,
}

/// The privacy rule of [`outbox::rules`]: a Baufinanzierung for Produktion needs
/// `--datenschutzhinweis-erteilt`.
pub fn datenschutzhinweis(
    kind: LeadKind,
    environment: Environment,
    confirmed: Confirmed,
) -> Result<(), CliError> {
    outbox::rules::clear_datenschutzhinweis(kind, environment, confirmed.datenschutzhinweis_erteilt)
        .map_err(|missing| {
            CliError::new(
                Exit::Bestaetigung,
                "datenschutzhinweis_required",
                format!("{missing} Bitte mit --datenschutzhinweis-erteilt bestätigen."),
            )
        })
}

pub async fn submit(
    kind: LeadKind,
    file: &Path,
    confirmed: Confirmed,
    target: &WriteTarget,
    json: bool,
) -> Result<(), CliError> {
    let target = target.confirmed()?;
    datenschutzhinweis(kind, target.env, confirmed)?;
    let lead = Lead::read(file)?;
    let cleared = match outbox::rules::clear(kind, &lead.text, confirmed.trotzdem_senden) {
        Ok(cleared) => cleared,
        Err(Blocked { findings, .. }) => {
            if json {
                output::json(&json!({ "sent": false, "findings": findings }));
            } else {
                output::findings(&findings);
            }
            return Err(CliError::new(
                Exit::Fehler,
                "validation",
                format!(
                    "Nicht gesendet: {}. Datei korrigieren oder mit --trotzdem-senden senden.",
                    output::count(&findings)
                ),
            ));
        }
    };
    let findings = cleared.findings;
    if !json && !findings.is_empty() {
        if !cleared.lost.is_empty() {
            println!("Trotzdem senden: diese Angaben gehen verloren oder führen zur Ablehnung:");
        }
        output::findings(&findings);
    }
    let connection = Connection::open(target).await?;
    let created = kind.create(&connection, &lead.body).await?;
    if json {
        let mut answer = json!({
            "sent": true,
            "environment": connection.name(),
            "kind": kind.slug(),
            "findings": findings,
        });
        // The created Vorgang's fields at the top, where a script looks first.
        if let (Some(answer), Ok(Value::Object(created))) =
            (answer.as_object_mut(), serde_json::to_value(&created))
        {
            answer.extend(created);
        }
        output::json(&answer);
    } else {
        let nr = created.vorgangsnummer.as_deref().unwrap_or("(ohne Nummer)");
        println!("Gesendet an {}: Vorgang {nr}", connection.name());
        if let Some(id) = &created.vorgangs_id {
            println!("Dr.-Klein-Vorgangs-ID: {id}");
        }
        for message in &created.messages {
            println!("  Meldung: {message}");
        }
    }
    Ok(())
}

pub async fn show(vorgangsnummer: &str, target: &Target, json: bool) -> Result<(), CliError> {
    let connection = Connection::open(target).await?;
    let vorgang = api::vorgang(&connection, vorgangsnummer).await?;
    if json {
        output::json(&vorgang);
    } else {
        print!("{}", show::render(&vorgang));
    }
    Ok(())
}

pub async fn upload(
    vorgangsnummer: &str,
    files: &[PathBuf],
    target: &WriteTarget,
    json: bool,
) -> Result<(), CliError> {
    let target = target.confirmed()?;
    // Every file is checked before the first is sent, so a typo does not leave half a set.
    let mut sizes = Vec::with_capacity(files.len());
    for file in files {
        let meta = std::fs::metadata(file).map_err(|e| CliError::read_file(file, &e))?;
        if !meta.is_file() {
            return Err(CliError::input(format!(
                "„{}“ ist keine Datei.",
                file.display()
            )));
        }
        sizes.push(meta.len());
    }
    let connection = Connection::open(target).await?;
    let mut uploaded = Vec::new();
    for (file, bytes) in files.iter().zip(sizes) {
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let bar = progress_bar(
            json,
            0,
            "{msg} [{bar:30}] {decimal_bytes}/{decimal_total_bytes} ({eta})",
        );
        bar.set_message(name.clone());
        let on_progress = bar.clone();
        api::upload(
            &connection,
            vorgangsnummer,
            file,
            &name,
            move |sent, total| {
                on_progress.set_length(total);
                on_progress.set_position(sent);
            },
        )
        .await?;
        bar.finish_and_clear();
        if !json {
            println!("Hochgeladen: {name} ({})", output::size(bytes));
        }
        uploaded.push(json!({ "file": file, "filename": name, "bytes": bytes }));
    }
    if json {
        output::json(&json!({ "vorgangsnummer": vorgangsnummer, "uploaded": uploaded }));
    }
    Ok(())
}

/// A progress bar on stderr; hidden for `--json` and when stderr is no terminal (indicatif).
pub fn progress_bar(json: bool, length: u64, template: &str) -> ProgressBar {
    if json {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(length);
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}

pub async fn comment(
    vorgangsnummer: &str,
    texts: &[String],
    target: &WriteTarget,
    json: bool,
) -> Result<(), CliError> {
    let target = target.confirmed()?;
    if texts.iter().any(|t| t.trim().is_empty()) {
        return Err(CliError::input("Ein Kommentar darf nicht leer sein."));
    }
    let connection = Connection::open(target).await?;
    api::comment(&connection, vorgangsnummer, texts).await?;
    if json {
        output::json(&json!({ "vorgangsnummer": vorgangsnummer, "kommentare": texts }));
    } else {
        let n = texts.len();
        let noun = if n == 1 { "Kommentar" } else { "Kommentare" };
        println!("{n} {noun} zu Vorgang {vorgangsnummer} hinzugefügt.");
    }
    Ok(())
}

pub async fn sandbox(
    config: sandbox::Config,
    action: Option<SandboxAction>,
    json: bool,
) -> Result<(), CliError> {
    let state_file = settings::sandbox_state_file()?;
    let running = connect::start_sandbox(config).await?;
    match action {
        None => {
            let url = running.base_url();
            if json {
                println!("{}", json!({ "baseUrl": url, "stateFile": state_file }));
            } else {
                println!(
                    "Sandbox läuft auf {url} (Zustand: {}).",
                    state_file.display()
                );
                println!("Andere Aufrufe nutzen sie mit: LEADBRIDGE_SANDBOX_URL={url}");
                println!("Beenden mit Strg+C.");
            }
            tokio::signal::ctrl_c().await.map_err(|e| {
                CliError::local(format!(
                    "Strg+C nicht abfangbar: {}.",
                    german::io_reason(&e)
                ))
            })?;
            running.stop().await;
        }
        Some(SandboxAction::Reset) => {
            running.reset().map_err(sandbox_error)?;
            if json {
                output::json(&json!({ "reset": true }));
            } else {
                println!("Sandbox geleert ({}).", state_file.display());
            }
        }
        Some(SandboxAction::Advance { vorgangsnummer }) => {
            let antraege = running
                .advance_antraege(&vorgangsnummer)
                .map_err(sandbox_error)?;
            if json {
                output::json(&antraege);
            } else {
                println!("Anträge von Vorgang {vorgangsnummer} weitergesetzt:");
                for antrag in antraege.as_array().into_iter().flatten() {
                    let text = |pointer: &str| {
                        antrag
                            .pointer(pointer)
                            .and_then(Value::as_str)
                            .unwrap_or("–")
                    };
                    println!(
                        "  {}: Antragsteller {}, Produktanbieter {}",
                        text("/antragsnummer"),
                        AntragstellerstatusWert::from(text("/antragstellerstatus/status"))
                            .label_de(),
                        ProduktanbieterstatusWert::from(text("/produktanbieterstatus/status"))
                            .label_de()
                    );
                }
            }
        }
    }
    Ok(())
}

fn sandbox_error(error: sandbox::SandboxError) -> CliError {
    match error {
        sandbox::SandboxError::UnknownVorgang(nr) => CliError::new(
            Exit::Abgelehnt,
            "not_found",
            format!("Die Sandbox kennt keinen Vorgang {nr}."),
        ),
        sandbox::SandboxError::AlreadyFinal(nr) => CliError::new(
            Exit::Abgelehnt,
            "already_final",
            format!("Die Anträge von Vorgang {nr} haben schon ihren letzten Status."),
        ),
        other => CliError::local(other.to_string()),
    }
}

/// Reads answers from the terminal (secrets without echo) or, when stdin is not a terminal,
/// one line per answer from stdin, so scripts can pipe them in.
struct Prompter {
    piped: Option<std::io::StdinLock<'static>>,
}

impl Prompter {
    fn new() -> Self {
        let stdin = std::io::stdin();
        let piped = (!stdin.is_terminal()).then(|| stdin.lock());
        Self { piped }
    }

    fn line(&mut self, prompt: &str) -> Result<String, CliError> {
        let read_error = |e: std::io::Error| {
            CliError::input(format!("Eingabe nicht lesbar: {}.", german::io_reason(&e)))
        };
        let mut line = String::new();
        match &mut self.piped {
            Some(stdin) => stdin.read_line(&mut line).map_err(read_error)?,
            None => {
                eprint!("{prompt}");
                let _ = std::io::stderr().flush();
                std::io::stdin().read_line(&mut line).map_err(read_error)?
            }
        };
        Ok(line.trim().to_owned())
    }

    fn secret(&mut self, prompt: &str) -> Result<Secret, CliError> {
        let secret = if self.piped.is_some() {
            self.line(prompt)?
        } else {
            rpassword::prompt_password(prompt).map_err(|e| {
                CliError::input(format!("Eingabe nicht lesbar: {}.", german::io_reason(&e)))
            })?
        };
        Ok(Secret::new(secret.trim()))
    }
}

/// The settings of an environment with credentials; the Sandbox has none to log in to.
fn access_mut(settings: &mut Settings, env: Environment) -> Result<&mut AccessSettings, CliError> {
    settings.access_mut(env).ok_or_else(|| {
        CliError::new(
            Exit::Aufruf,
            "usage",
            "Die Sandbox braucht keine Zugangsdaten: erlaubt sind test und produktion.",
        )
    })
}

pub fn login(env: Environment, client_id: Option<String>, json: bool) -> Result<(), CliError> {
    let slug = env.slug();
    let mut settings = settings::load()?;
    access_mut(&mut settings, env)?;
    let mut prompter = Prompter::new();
    let client_id = match client_id {
        Some(id) => id,
        None => prompter.line(&format!("OAuth-Client-ID für {slug}: "))?,
    };
    if client_id.is_empty() {
        return Err(CliError::input("Die Client-ID darf nicht leer sein."));
    }
    let secret = prompter.secret("Client-Secret (unsichtbar): ")?;
    if secret.expose().is_empty() {
        return Err(CliError::input("Das Client-Secret darf nicht leer sein."));
    }
    let jwt = prompter.secret("Dr.-Klein-JWT (unsichtbar, leer: keiner): ")?;
    let keyring = connect::keyring();
    keyring.set(env, SecretKind::EuropaceClientSecret, secret.expose())?;
    let has_jwt = !jwt.expose().is_empty();
    if has_jwt {
        keyring.set(env, SecretKind::DrKleinJwt, jwt.expose())?;
    }
    access_mut(&mut settings, env)?.client_id = client_id.clone();
    settings::save(&settings)?;
    if json {
        output::json(&json!({ "environment": slug, "clientId": client_id, "drkleinJwt": has_jwt }));
    } else {
        println!(
            "Zugangsdaten für {slug} gespeichert: Client-ID {client_id}, Secret{} im Schlüsselbund.",
            if has_jwt { " und Dr.-Klein-JWT" } else { "" }
        );
    }
    Ok(())
}

pub fn logout(env: Environment, json: bool) -> Result<(), CliError> {
    let mut settings = settings::load()?;
    access_mut(&mut settings, env)?;
    let keyring = connect::keyring();
    keyring.delete(env, SecretKind::EuropaceClientSecret)?;
    keyring.delete(env, SecretKind::DrKleinJwt)?;
    access_mut(&mut settings, env)?.client_id.clear();
    settings::save(&settings)?;
    let slug = env.slug();
    if json {
        output::json(&json!({ "environment": slug, "loggedOut": true }));
    } else {
        println!("Zugangsdaten für {slug} entfernt.");
    }
    Ok(())
}
