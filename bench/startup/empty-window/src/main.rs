//! The smallest Tauri v2 app that reports its first painted frame the way Leadbridge does.

use std::time::Instant;

#[tauri::command]
fn ui_ready(started: tauri::State<'_, Instant>) {
    println!(
        "empty-window: ui ready after {} ms",
        started.elapsed().as_millis()
    );
}

fn main() {
    tauri::Builder::default()
        .manage(Instant::now())
        .invoke_handler(tauri::generate_handler![ui_ready])
        .run(tauri::generate_context!())
        .expect("the Tauri runtime failed to start");
}
