//! "Kundenangaben ergänzen": the team assistant loads an existing BaufiSmart case into a
//! draft, completes it in the form and replaces the case's data, seeing first what changes
//! and, when someone changed the case meanwhile, deciding every conflict. Only [`commands`]
//! knows Tauri.

pub mod commands;
pub mod dienst;

#[cfg(test)]
mod tests;
