//! Debug builds only: how the end-to-end suite hands files to the app. WebDriver can neither
//! drag files from a desktop onto the window nor click in the native file dialog, so with
//! [`VAR`] naming a folder:
//! - a file `ablage-*.json` there (a JSON list of paths) is taken away and handed to the very
//!   handling of Tauri's `DragDrop` event, as `Enter` then `Drop` with those paths;
//! - `dialog.json` (a JSON list of paths), if present, answers the next "Dateien wählen"
//!   instead of the dialog; what follows the choice is the real path.
//!
//! Release builds do not contain this module.

use std::path::{Path, PathBuf};
use std::time::Duration;

use tauri::{AppHandle, DragDropEvent, PhysicalPosition};

pub const VAR: &str = "LEADBRIDGE_TEST_EINGANG";

fn eingang() -> Option<PathBuf> {
    std::env::var_os(VAR).map(PathBuf::from)
}

fn nehmen(datei: &Path) -> Option<Vec<PathBuf>> {
    let text = std::fs::read_to_string(datei).ok()?;
    std::fs::remove_file(datei).ok()?;
    serde_json::from_str(&text).ok()
}

/// Watches the folder for drops, if the test set one.
pub fn starten(app: AppHandle) {
    let Some(ordner) = eingang() else {
        return;
    };
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(Duration::from_millis(100));
            let Ok(eintraege) = std::fs::read_dir(&ordner) else {
                continue;
            };
            for eintrag in eintraege.filter_map(Result::ok) {
                let name = eintrag.file_name().to_string_lossy().into_owned();
                if !(name.starts_with("ablage-") && name.ends_with(".json")) {
                    continue;
                }
                if let Some(paths) = nehmen(&eintrag.path()) {
                    let position = PhysicalPosition::new(640.0, 400.0);
                    super::commands::ablegen(
                        &app,
                        &DragDropEvent::Enter {
                            paths: paths.clone(),
                            position,
                        },
                    );
                    super::commands::ablegen(&app, &DragDropEvent::Drop { paths, position });
                }
            }
        }
    });
}

/// The paths the test chose for the next dialog, if any.
pub fn dialog_antwort() -> Option<Vec<PathBuf>> {
    nehmen(&eingang()?.join("dialog.json"))
}
