//! `ui_ready`: the page calls it once its first interactive frame is painted, so start-up
//! time is measured where the user sees it (the start-up benchmark reads this line).

use tauri::State;

use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub fn ui_ready(state: State<'_, AppState>) {
    println!(
        "leadbridge: ui ready after {} ms",
        state.started.elapsed().as_millis()
    );
}
