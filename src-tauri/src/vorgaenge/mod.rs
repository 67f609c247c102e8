//! Vorgänge: reading a KreditSmart Vorgang through the export API, the list of Vorgänge the
//! app follows, and the commands over them.

pub mod abruf;
pub mod ansicht;
pub mod commands;
pub mod kommentare;
pub mod liste;

#[cfg(test)]
pub(crate) mod tests;
