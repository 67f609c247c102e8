//! KEX Vorgang Update API: add documents and comments to an existing KreditSmart Vorgang.

pub mod client;
pub mod upload;

/// The largest document Leadbridge sends: 96 MiB. The update spec names no limit; this is
/// what the sandbox accepts (a 96 MiB file is a 128 MiB JSON body once base64-encoded), and
/// a file beyond it is refused before upload instead of after minutes of sending.
pub const MAX_DOKUMENT_BYTES: u64 = 96 * 1024 * 1024;
