//! The Statuswache: Vorgänge sent from this app are read in the background, and what the
//! bank changed (a new Antrag, a new status, a newly requested Unterlage) is told as a desktop
//! notification and a badge on "Vorgänge". The pure parts ([`aenderungen`], [`takt`]) and the
//! round over the store ([`runde`]) know nothing of Tauri; [`wache`] wires them to the app.

pub mod aenderungen;
pub mod runde;
pub mod takt;
pub mod wache;

#[cfg(test)]
mod tests;
