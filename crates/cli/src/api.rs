//! The calls into europace's Vorgang clients (read, upload, comment); leads are created by
//! `europace::lead::LeadKind::create` with the [`Connection`]'s clients.

use std::path::Path;

use europace::kex_export::client::KexExportClient;
use europace::kex_export::model::Vorgang;
use europace::kex_update::client::KexUpdateClient;
use europace::kex_update::upload::UploadProgress;

use crate::connect::Connection;
use crate::error::CliError;

pub async fn vorgang(connection: &Connection, vorgangsnummer: &str) -> Result<Vorgang, CliError> {
    let client = KexExportClient::new(connection.tokens()?);
    Ok(client.vorgang(vorgangsnummer).await?)
}

/// Uploads `path` under its file name; `progress` gets (sent, total) body bytes.
pub async fn upload(
    connection: &Connection,
    vorgangsnummer: &str,
    path: &Path,
    filename: &str,
    progress: impl Fn(u64, u64) + Send + Sync + 'static,
) -> Result<(), CliError> {
    let client = KexUpdateClient::new(connection.tokens()?);
    client
        .upload_dokument(vorgangsnummer, path, filename, move |p: UploadProgress| {
            progress(p.sent, p.total)
        })
        .await?;
    Ok(())
}

pub async fn comment(
    connection: &Connection,
    vorgangsnummer: &str,
    texts: &[String],
) -> Result<(), CliError> {
    let client = KexUpdateClient::new(connection.tokens()?);
    client.add_kommentare(vorgangsnummer, texts).await?;
    Ok(())
}
