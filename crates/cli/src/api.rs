//! Every call into europace's clients, in one place: when a client's signature changes, only
//! this module follows.

use std::path::Path;

use europace::drklein::LeadResponse;
use europace::drklein::client::DrKleinClient;
use europace::kex_export::client::KexExportClient;
use europace::kex_export::model::Vorgang;
use europace::kex_import::VorgangResponse;
use europace::kex_import::client::KexImportClient;
use europace::kex_update::client::KexUpdateClient;
use europace::kex_update::upload::UploadProgress;
use europace::kundenangaben::KundenangabenImportResponse;
use europace::kundenangaben::client::KundenangabenClient;
use serde::Serialize;
use serde_json::Value;

use crate::connect::Connection;
use crate::error::CliError;
use europace::lead::LeadKind;

/// What a created Vorgang or lead came back with, the same for every API.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Created {
    pub vorgangsnummer: Option<String>,
    /// Dr. Klein's own id of the lead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vorgangs_id: Option<String>,
    /// Hints of the service, e.g. values it dropped.
    pub messages: Vec<String>,
}

/// Sends `body` as it is (the service drops what it cannot process; validation named that).
pub async fn create(
    connection: &Connection,
    kind: LeadKind,
    body: &Value,
) -> Result<Created, CliError> {
    Ok(match kind {
        LeadKind::KexImport => {
            let client = KexImportClient::new(connection.tokens()?);
            let response: VorgangResponse = client.create_vorgang(body).await?;
            Created {
                vorgangsnummer: response.vorgangsnummer,
                vorgangs_id: None,
                messages: response.messages.unwrap_or_default(),
            }
        }
        LeadKind::Kundenangaben => {
            let client = KundenangabenClient::new(connection.tokens()?);
            let response: KundenangabenImportResponse = client.create(body).await?;
            Created {
                vorgangsnummer: response.vorgangsnummer,
                ..Created::default()
            }
        }
        LeadKind::DrKlein => {
            let client = DrKleinClient::new(connection.transport(), connection.drklein_jwt()?);
            let response: LeadResponse = client.create_lead(body).await?;
            Created {
                vorgangsnummer: response.europace_vorgangsnummer,
                vorgangs_id: response.vorgangs_id,
                messages: response.messages.unwrap_or_default(),
            }
        }
    })
}

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
