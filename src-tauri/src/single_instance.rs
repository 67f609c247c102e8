//! One Leadbridge per user session: a second start (a double click too many) brings the
//! running window to the front and exits, so two windows never work on the same drafts.
//! The store's own lock refuses any other opener besides (see `store::Store::open`).

use tauri::{AppHandle, Manager};

/// Called in the running instance when another one starts: shows, restores and focuses
/// the main window.
pub fn raise(app: &AppHandle) {
    let Some(window) = app.get_webview_window("main") else {
        return;
    };
    let _ = window.unminimize();
    let _ = window.show();
    let _ = window.set_focus();
    // A line in the app's log, so a support case (and the end-to-end test) can see it.
    eprintln!("Leadbridge läuft bereits: zweiter Start, Fenster nach vorn geholt.");
}
