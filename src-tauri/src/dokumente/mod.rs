//! Documents for a Vorgang: files dropped onto the window or chosen in the dialog, checked,
//! uploaded streamed with progress, and kept in the store so an interrupted upload can be
//! resumed after a restart. Only [`commands`] knows Tauri.

pub mod commands;
pub mod dienst;
pub mod pruefung;
#[cfg(debug_assertions)]
pub mod testzugang;

#[cfg(test)]
mod tests;
