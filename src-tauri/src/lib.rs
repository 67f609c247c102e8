//! Leadbridge's Tauri shell: commands, app state and the window. The domain lives in the
//! `europace` crate; this crate only wires it to the UI.

mod app_info;
pub mod bindings;
mod environment;
mod error;
mod state;
mod ui_ready;

use std::process::ExitCode;

use state::AppState;

/// Starts the app; returns when its last window closes.
pub fn run() -> ExitCode {
    let environment = match environment::Environment::from_process_env() {
        Ok(environment) => environment,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(2);
        }
    };
    let builder = bindings::builder();
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(AppState::new(environment))
        .invoke_handler(builder.invoke_handler())
        .run(tauri::generate_context!("../tauri.conf.json"))
        .expect("the Tauri runtime failed to start");
    ExitCode::SUCCESS
}
