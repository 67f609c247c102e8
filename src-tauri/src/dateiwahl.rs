//! What the system's file dialog chose, as paths on this computer: the only kind of file
//! Leadbridge reads and writes. A dialog may also name a location by URL (a portal, a network
//! place); that is refused in the same German words wherever a file is chosen.

use std::path::PathBuf;

use tauri_plugin_dialog::FilePath;

use crate::error::AppError;

const NICHT_UNTERSTUETZT: &str = "Dieser Speicherort wird nicht unterstützt";
const BITTE: &str = "bitte eine Datei auf diesem Rechner wählen";

/// The one file chosen, as a local path.
pub(crate) fn local_path(chosen: FilePath) -> Result<PathBuf, AppError> {
    chosen
        .into_path()
        .map_err(|_| AppError::InvalidInput(format!("{NICHT_UNTERSTUETZT}: {BITTE}.")))
}

/// The files chosen that are local paths, and the refusal of those that are not, if any.
pub(crate) fn local_paths(chosen: Vec<FilePath>) -> (Vec<PathBuf>, Option<AppError>) {
    let total = chosen.len();
    let paths: Vec<PathBuf> = chosen
        .into_iter()
        .filter_map(|file| file.into_path().ok())
        .collect();
    let refused = match total - paths.len() {
        0 => None,
        1 => Some(format!(
            "Eine gewählte Datei wurde nicht übernommen. {NICHT_UNTERSTUETZT}: {BITTE}."
        )),
        n => Some(format!(
            "{n} gewählte Dateien wurden nicht übernommen. {NICHT_UNTERSTUETZT}: {BITTE}."
        )),
    };
    (paths, refused.map(AppError::InvalidInput))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_location_by_url_is_refused_and_counted() {
        let url = || {
            FilePath::Url(
                "https://dav.example.org/Gehaltsnachweis.pdf"
                    .parse()
                    .unwrap(),
            )
        };
        let local = PathBuf::from("/home/berater/Ausweis.pdf");
        assert_eq!(local_path(FilePath::Path(local.clone())).unwrap(), local);
        assert!(
            local_path(url())
                .unwrap_err()
                .to_string()
                .starts_with(NICHT_UNTERSTUETZT)
        );

        let (paths, refused) = local_paths(vec![FilePath::Path(local.clone()), url()]);
        assert_eq!(paths, std::slice::from_ref(&local));
        let refused = refused.unwrap().to_string();
        assert!(
            refused.starts_with("Eine gewählte Datei wurde nicht übernommen."),
            "{refused}"
        );
        let (_, refused) = local_paths(vec![url(), url(), url()]);
        assert!(
            refused
                .unwrap()
                .to_string()
                .starts_with("3 gewählte Dateien")
        );
        assert!(local_paths(vec![FilePath::Path(local)]).1.is_none());
    }
}
