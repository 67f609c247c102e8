//! `leadbridge`: validate, submit and follow leads from the command line. Every failure ends
//! as one German line on stderr and a documented exit code (see [`error::Exit`]).

mod api;
mod batch;
mod cli;
mod commands;
mod connect;
mod csv_text;
mod error;
mod ersetzen;
mod lead;
mod output;
mod settings;
mod show;

use std::process::ExitCode;

use cli::{Cli, Command, Parsed};
use error::{CliError, Exit};

fn main() -> ExitCode {
    // `leadbridge show NR | head` closes the pipe early: end quietly as other Unix tools do,
    // instead of Rust's default of ignoring SIGPIPE and panicking on the next print.
    #[cfg(unix)]
    // SAFETY: called first in main, before any thread exists; SIG_DFL is a valid disposition.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    // A panic is a bug; the user still gets one German line, not a backtrace.
    std::panic::set_hook(Box::new(|info| {
        let info = info.to_string().replace('\n', " ");
        eprintln!("Interner Fehler in leadbridge: {info}. Bitte melden.");
    }));
    let json = std::env::args_os().any(|a| a == "--json");
    let result = cli::parse(std::env::args_os()).and_then(|parsed| match parsed {
        Parsed::Run(cli) => run(cli),
        Parsed::Printed => Ok(()),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            if json {
                let line = serde_json::json!({ "code": error.code, "message": error.message, "exitCode": error.exit as u8 });
                eprintln!("{line}");
            } else {
                eprintln!("{error}");
            }
            ExitCode::from(error.exit as u8)
        }
    }
}

fn run(cli: Cli) -> Result<(), CliError> {
    let json = cli.json;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| {
            CliError::new(
                Exit::Lokal,
                "local",
                format!("Laufzeit nicht startbar: {}.", german::io_reason(&e)),
            )
        })?;
    runtime.block_on(async {
        match cli.command {
            Command::Validate { kind, file } => commands::validate(kind, &file, json),
            Command::Submit {
                kind,
                file,
                trotzdem_senden,
                datenschutzhinweis_erteilt,
                target,
            } => {
                let confirmed = commands::Confirmed {
                    trotzdem_senden,
                    datenschutzhinweis_erteilt,
                };
                commands::submit(kind, &file, confirmed, &target, json).await
            }
            Command::Show {
                vorgangsnummer,
                baufismart: false,
                target,
            } => commands::show(&vorgangsnummer, &target, json).await,
            Command::Show {
                vorgangsnummer,
                baufismart: true,
                target,
            } => ersetzen::show(&vorgangsnummer, &target, json).await,
            Command::Ersetzen {
                vorgangsnummer,
                file,
                geladen,
                bei_konflikt,
                target,
            } => {
                ersetzen::ersetzen(
                    &vorgangsnummer,
                    &file,
                    &geladen,
                    bei_konflikt,
                    &target,
                    json,
                )
                .await
            }
            Command::Upload {
                vorgangsnummer,
                files,
                target,
            } => commands::upload(&vorgangsnummer, &files, &target, json).await,
            Command::Comment {
                vorgangsnummer,
                texts,
                target,
            } => commands::comment(&vorgangsnummer, &texts, &target, json).await,
            Command::Batch {
                source,
                kind,
                trotzdem_senden,
                datenschutzhinweis_erteilt,
                target,
            } => {
                let confirmed = commands::Confirmed {
                    trotzdem_senden,
                    datenschutzhinweis_erteilt,
                };
                batch::run(&source, kind, confirmed, &target, json).await
            }
            Command::Sandbox {
                port,
                client,
                drklein_jwt,
                action,
            } => {
                let mut config = sandbox::Config {
                    port,
                    ..Default::default()
                };
                if let Some((client_id, client_secret)) = client {
                    config.clients.push(sandbox::ClientConfig {
                        client_id,
                        client_secret,
                        ..sandbox::ClientConfig::sandbox_default()
                    });
                }
                config.drklein_tokens.extend(drklein_jwt);
                commands::sandbox(config, action, json).await
            }
            Command::Login { env, client_id } => commands::login(env, client_id, json),
            Command::Logout { env } => commands::logout(env, json),
        }
    })
}
