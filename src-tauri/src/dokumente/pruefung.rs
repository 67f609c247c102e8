//! Checks before an upload, in German: what cannot be sent (empty, unreadable, too large) and
//! what the Berater probably did not mean (programs, archives), asked before sending. A
//! dropped folder is walked recursively.

use std::fs;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use europace::kex_update::MAX_DOKUMENT_BYTES;

use german::io_reason;

/// Endings a bank rarely wants, with what such a file usually is.
const RUECKFRAGE: &[(&[&str], &str)] = &[
    (
        &[
            "exe", "msi", "bat", "cmd", "com", "sh", "app", "dll", "jar", "ps1", "vbs", "scr",
        ],
        "ein Programm",
    ),
    (
        &["zip", "rar", "7z", "tar", "gz", "tgz", "bz2", "xz"],
        "ein Archiv",
    ),
    (&["iso", "dmg", "img"], "ein Datenträgerabbild"),
    (&["lnk", "url", "desktop"], "eine Verknüpfung"),
    (&["tmp", "part", "crdownload"], "eine unfertige Datei"),
];

/// What the checks say about a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Befund {
    /// Ready to upload.
    Bereit,
    /// Uploaded only once the user confirms; the question in German.
    Rueckfrage(String),
    /// Cannot be uploaded; why, in German.
    Abgelehnt(String),
}

/// A file the user handed over, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kandidat {
    pub pfad: PathBuf,
    /// The file name as the user named it.
    pub name: String,
    pub groesse: u64,
    pub befund: Befund,
}

/// A size in German: "0 Byte", "12,3 KB", "50,0 MB".
pub fn groesse_text(bytes: u64) -> String {
    const KIB: f64 = 1024.0;
    let b = bytes as f64;
    let text = if bytes < 1024 {
        format!("{bytes} Byte")
    } else if b < KIB * KIB {
        format!("{:.1} KB", b / KIB)
    } else {
        format!("{:.1} MB", b / KIB / KIB)
    };
    text.replace('.', ",")
}

fn name_of(pfad: &Path) -> String {
    pfad.file_name().map_or_else(
        || pfad.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Every file under `pfade`, folders walked recursively (hidden files and symlinked folders
/// inside them skipped), each checked; in the order given, a folder's files sorted by name.
pub fn sammeln(pfade: &[PathBuf]) -> Vec<Kandidat> {
    let mut kandidaten = Vec::new();
    for pfad in pfade {
        if pfad.is_dir() {
            ordner(pfad, &mut kandidaten);
        } else {
            kandidaten.push(pruefen(pfad));
        }
    }
    kandidaten
}

fn ordner(pfad: &Path, kandidaten: &mut Vec<Kandidat>) {
    let eintraege = match fs::read_dir(pfad) {
        Ok(eintraege) => eintraege,
        Err(error) => {
            kandidaten.push(Kandidat {
                pfad: pfad.to_owned(),
                name: name_of(pfad),
                groesse: 0,
                befund: Befund::Abgelehnt(format!(
                    "Der Ordner „{}“ lässt sich nicht lesen ({}).",
                    name_of(pfad),
                    io_reason(&error)
                )),
            });
            return;
        }
    };
    let mut pfade: Vec<PathBuf> = eintraege
        .filter_map(Result::ok)
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path())
        .collect();
    pfade.sort();
    for pfad in pfade {
        let symlink = fs::symlink_metadata(&pfad).is_ok_and(|m| m.file_type().is_symlink());
        if pfad.is_dir() {
            // A symlinked folder may point back up the tree.
            if !symlink {
                ordner(&pfad, kandidaten);
            }
        } else {
            kandidaten.push(pruefen(&pfad));
        }
    }
}

/// Checks one file: readable, not empty, within the limit, of a kind a bank wants.
pub fn pruefen(pfad: &Path) -> Kandidat {
    let name = name_of(pfad);
    let lesbar = fs::File::open(pfad).and_then(|mut file| {
        let groesse = file.metadata()?.len();
        // Opening is not reading: a file on a broken share opens and then fails.
        if groesse > 0 {
            file.read_exact(&mut [0; 1])?;
        }
        Ok(groesse)
    });
    let groesse = match lesbar {
        Ok(groesse) => groesse,
        Err(error) => {
            return Kandidat {
                pfad: pfad.to_owned(),
                befund: Befund::Abgelehnt(format!(
                    "„{name}“ lässt sich nicht lesen ({}).",
                    io_reason(&error)
                )),
                name,
                groesse: 0,
            };
        }
    };
    let befund = if groesse == 0 {
        Befund::Abgelehnt(format!(
            "„{name}“ ist leer (0 Byte) und wird nicht hochgeladen."
        ))
    } else if groesse > MAX_DOKUMENT_BYTES {
        Befund::Abgelehnt(format!(
            "„{name}“ ist {} groß; Europace nimmt Dokumente bis {} an. Bitte verkleinern \
             (z. B. geringere Scan-Auflösung) oder aufteilen.",
            groesse_text(groesse),
            groesse_text(MAX_DOKUMENT_BYTES)
        ))
    } else if let Some(art) = fragliche_art(&name) {
        Befund::Rueckfrage(format!(
            "„{name}“ ist vermutlich {art}, kein Dokument für die Bank. Trotzdem hochladen?"
        ))
    } else {
        Befund::Bereit
    };
    Kandidat {
        pfad: pfad.to_owned(),
        name,
        groesse,
        befund,
    }
}

fn fragliche_art(name: &str) -> Option<&'static str> {
    let endung = Path::new(name)
        .extension()?
        .to_string_lossy()
        .to_lowercase();
    RUECKFRAGE
        .iter()
        .find(|(endungen, _)| endungen.contains(&endung.as_str()))
        .map(|(_, art)| *art)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_check_says_why_in_german() {
        let dir = tempfile::tempdir().unwrap();
        let pdf = dir.path().join("Gehalt März.pdf");
        fs::write(&pdf, b"%PDF-1.4").unwrap();
        let leer = dir.path().join("leer.pdf");
        fs::write(&leer, b"").unwrap();
        let zip = dir.path().join("Unterlagen.ZIP");
        fs::write(&zip, b"PK").unwrap();
        let fehlt = dir.path().join("fehlt.pdf");
        let gross = dir.path().join("Scan.pdf");
        fs::File::create(&gross)
            .unwrap()
            .set_len(MAX_DOKUMENT_BYTES + 1)
            .unwrap();

        let k = sammeln(&[pdf, leer, zip, fehlt, gross]);
        assert_eq!(k[0].befund, Befund::Bereit);
        assert_eq!(k[0].name, "Gehalt März.pdf");
        assert_eq!(k[0].groesse, 8);
        assert_eq!(
            k[1].befund,
            Befund::Abgelehnt("„leer.pdf“ ist leer (0 Byte) und wird nicht hochgeladen.".into())
        );
        assert!(
            matches!(&k[2].befund, Befund::Rueckfrage(q) if q.contains("ein Archiv") && q.ends_with("Trotzdem hochladen?"))
        );
        assert_eq!(
            k[3].befund,
            Befund::Abgelehnt("„fehlt.pdf“ lässt sich nicht lesen (existiert nicht).".into())
        );
        assert!(
            matches!(&k[4].befund, Befund::Abgelehnt(m) if m.contains("96,0 MB groß") && m.contains("bis 96,0 MB")),
            "{:?}",
            k[4].befund
        );
    }

    #[cfg(unix)]
    #[test]
    fn an_unreadable_file_is_refused() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let pfad = dir.path().join("gesperrt.pdf");
        fs::write(&pfad, b"x").unwrap();
        fs::set_permissions(&pfad, fs::Permissions::from_mode(0o000)).unwrap();
        // Root reads anything; the check is then about nothing.
        if fs::read(&pfad).is_ok() {
            return;
        }
        assert_eq!(
            pruefen(&pfad).befund,
            Befund::Abgelehnt("„gesperrt.pdf“ lässt sich nicht lesen (keine Berechtigung).".into())
        );
    }

    #[test]
    fn a_folder_is_walked_recursively_without_hidden_files() {
        let dir = tempfile::tempdir().unwrap();
        let unter = dir.path().join("Kunde").join("2026");
        fs::create_dir_all(&unter).unwrap();
        fs::write(dir.path().join("Kunde").join("b.pdf"), b"b").unwrap();
        fs::write(unter.join("a.pdf"), b"a").unwrap();
        fs::write(dir.path().join("Kunde").join(".DS_Store"), b"x").unwrap();
        let namen: Vec<String> = sammeln(&[dir.path().join("Kunde")])
            .into_iter()
            .map(|k| k.name)
            .collect();
        assert_eq!(namen, ["a.pdf", "b.pdf"]);
    }

    #[test]
    fn sizes_read_as_germans_write_them() {
        assert_eq!(groesse_text(0), "0 Byte");
        assert_eq!(groesse_text(1536), "1,5 KB");
        assert_eq!(groesse_text(50 * 1024 * 1024), "50,0 MB");
    }
}
