//! Leadbridge's Tauri shell: commands, app state and the window. The domain lives in the
//! `europace`, `store` and `credentials` crates; this crate only wires them to the UI.

mod access;
mod app_info;
pub mod bindings;
mod connection;
mod dateiwahl;
pub mod dokumente;
mod drafts;
mod environment;
pub mod ergaenzen;
mod error;
mod europace_fehler;
mod portal;
mod pruefen;
mod queue;
mod rendering;
mod single_instance;
mod state;
mod statuswache;
mod submit;
mod target;
#[cfg(test)]
mod test_state;
mod title;
mod ui_ready;
mod vorgaenge;

use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use tauri::Manager;

use error::AppError;
use state::AppState;

/// Starts the app; returns when its last window closes.
pub fn run() -> ExitCode {
    let started = Instant::now();
    rendering::prefer_shared_memory();
    let environment = match environment::from_process_env() {
        Ok(environment) => environment,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(2);
        }
    };
    let builder = bindings::builder();
    let result = tauri::Builder::default()
        // First, so a second start hands over to the running window before it opens anything.
        .plugin(tauri_plugin_single_instance::init(|app, _, _| {
            single_instance::raise(app)
        }))
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_opener::init())
        .invoke_handler(builder.invoke_handler())
        .on_window_event(dokumente::commands::fenster_ereignis)
        .setup(move |app| {
            let data_dir = app
                .path()
                .app_data_dir()
                .map_err(|e| AppError::DataDir(e.to_string()))?;
            std::fs::create_dir_all(&data_dir)
                .map_err(|e| AppError::DataDir(german::io_reason(&e)))?;
            app.manage(AppState::new(environment, started, data_dir));
            app.manage(Arc::new(dokumente::dienst::Dokumente::default()));
            #[cfg(debug_assertions)]
            dokumente::testzugang::starten(app.handle().clone());
            let handle = app.handle().clone();
            std::thread::spawn(move || handle.state::<AppState>().open_drafts());
            queue::spawn_background(app.handle().clone());
            statuswache::wache::starten(app.handle());
            Ok(())
        })
        .run(tauri::generate_context!("../tauri.conf.json"));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("Leadbridge konnte nicht starten: {error}");
            ExitCode::FAILURE
        }
    }
}
