//! The documents service against a real sandbox: files arrive byte for byte, each check,
//! cancel, every server error, and an upload cut off by a restart resumed.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use europace::auth::TokenProvider;
use europace::kex_import::VorgangResponse;
use europace::kex_import::client::KexImportClient;
use europace::kex_update::client::KexUpdateClient;
use sandbox::{FaultKind, FaultRule, RunningSandbox};
use serde_json::Value;
use sha2::{Digest as _, Sha256};
use store::{DraftKey, Environment, Store};

use crate::test_state;

use super::dienst::{Dokumente, UploadStand, UploadZeile, UploadZustand};
use crate::europace_fehler::{EuropaceFehler, EuropaceFehlercode};

const LEAD: &str = include_str!("../../../crates/cli/tests/fixtures/kex-import-spec-beispiel.json");
const ENV: Environment = Environment::Sandbox;
const ROUTE: &str = "/kreditsmart/kex/vorgang/{vorgangsnummer}/dokument";

struct Harness {
    sandbox: RunningSandbox,
    dir: tempfile::TempDir,
    key: DraftKey,
}

impl Harness {
    async fn start() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let sandbox = sandbox::start(sandbox::Config {
            state_file: Some(dir.path().join("sandbox.json")),
            ..Default::default()
        })
        .await
        .unwrap();
        Self {
            sandbox,
            dir,
            key: DraftKey::generate().unwrap(),
        }
    }

    fn store(&self) -> Arc<Mutex<Store>> {
        Arc::new(Mutex::new(
            Store::open(self.dir.path().join("drafts.sqlite"), &self.key).unwrap(),
        ))
    }

    fn tokens(&self, request: Duration) -> TokenProvider {
        test_state::sandbox_tokens(
            &self.sandbox,
            "dokumente-test",
            "sandbox",
            "sandbox",
            request,
        )
    }

    fn client(&self) -> Result<KexUpdateClient, EuropaceFehler> {
        Ok(KexUpdateClient::new(self.tokens(Duration::from_secs(10))))
    }

    async fn new_vorgang(&self) -> String {
        let lead: Value = serde_json::from_str(LEAD).unwrap();
        let created: VorgangResponse = KexImportClient::new(self.tokens(Duration::from_secs(10)))
            .create_vorgang(&lead)
            .await
            .unwrap();
        created.vorgangsnummer.unwrap()
    }

    /// File name and SHA-256 of every document the sandbox received for `nr`.
    fn received(&self, nr: &str) -> Vec<(String, String)> {
        self.sandbox.state().unwrap().vorgaenge[nr]
            .dokumente
            .iter()
            .map(|d| (d.filename.clone(), d.sha256.clone()))
            .collect()
    }

    fn file(&self, name: &str, content: &[u8]) -> PathBuf {
        let path = self.dir.path().join("dateien").join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, content).unwrap();
        path
    }

    fn fault(&self, fault: FaultKind) {
        self.sandbox.set_faults(
            vec![FaultRule {
                route: ROUTE.to_owned(),
                method: Some("POST".to_owned()),
                fault,
                probability: None,
                every_nth: None,
                times: None,
            }],
            Some(1),
        );
    }
}

fn sha256(path: &Path) -> String {
    format!("{:x}", Sha256::digest(std::fs::read(path).unwrap()))
}

/// Content that is not all one byte, so a shifted chunk would show.
fn content(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 31 % 251) as u8).collect()
}

/// Every state the watcher was told, the last one last.
#[derive(Clone, Default)]
struct Watcher(Arc<Mutex<Vec<UploadStand>>>);

impl Watcher {
    fn watch(&self, dokumente: &Dokumente, store: &Mutex<Store>, nr: &str) {
        let seen = Arc::clone(&self.0);
        dokumente
            .beobachten(
                store,
                ENV,
                nr,
                Arc::new(move |stand| seen.lock().unwrap().push(stand)),
            )
            .unwrap();
    }

    fn rows(&self) -> Vec<UploadZeile> {
        self.0
            .lock()
            .unwrap()
            .last()
            .map(|s| s.zeilen.clone())
            .unwrap_or_default()
    }

    fn row(&self, name: &str) -> UploadZeile {
        self.rows()
            .into_iter()
            .rfind(|z| z.name == name)
            .unwrap_or_else(|| panic!("no row {name}: {:?}", self.rows()))
    }

    /// Waits until `name`'s newest row is in `zustand`.
    async fn until(&self, name: &str, zustand: UploadZustand) -> UploadZeile {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(row) = self.rows().into_iter().rfind(|z| z.name == name)
                && row.zustand == zustand
            {
                return row;
            }
            assert!(
                Instant::now() < deadline,
                "{name} never {zustand:?}: {:?}",
                self.rows()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

#[tokio::test]
async fn three_files_arrive_byte_for_byte_and_stay_in_the_history() {
    let h = Harness::start().await;
    let nr = h.new_vorgang().await;
    let store = h.store();
    let dokumente = Arc::new(Dokumente::default());
    let watcher = Watcher::default();
    watcher.watch(&dokumente, &store, &nr);
    let files = [
        h.file("Gehaltsnachweis März.pdf", &content(5 * 1024 * 1024 + 7)),
        h.file("Personalausweis Rückseite.jpg", &content(200_001)),
        h.file("Kontoauszug.pdf", &content(3)),
    ];
    assert_eq!(dokumente.hinzufuegen(&h.client(), &store, &files), 3);
    for file in &files {
        let name = file.file_name().unwrap().to_str().unwrap();
        let row = watcher.until(name, UploadZustand::Hochgeladen).await;
        assert_eq!(row.gesendet, row.groesse);
        assert!(row.fehler.is_none());
    }
    let progress: Vec<f64> = watcher
        .0
        .lock()
        .unwrap()
        .iter()
        .filter_map(|s| s.zeilen.first())
        .filter(|z| z.zustand == UploadZustand::Laeuft)
        .map(|z| z.gesendet)
        .collect();
    assert!(
        progress.windows(2).all(|w| w[0] <= w[1]),
        "progress only grows"
    );
    assert!(
        watcher
            .0
            .lock()
            .unwrap()
            .iter()
            .flat_map(|s| &s.zeilen)
            .any(|z| z.zustand == UploadZustand::Laeuft && z.rate > 0.0),
        "bytes/s shown while running"
    );
    let mut received = h.received(&nr);
    received.sort();
    let mut expected: Vec<(String, String)> = files
        .iter()
        .map(|f| {
            (
                f.file_name().unwrap().to_str().unwrap().to_owned(),
                sha256(f),
            )
        })
        .collect();
    expected.sort();
    assert_eq!(received, expected);

    // The next session lists them as the Vorgang's history.
    let later = Dokumente::default();
    let watcher = Watcher::default();
    watcher.watch(&later, &store, &nr);
    let rows = watcher.rows();
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().all(|z| z.zustand == UploadZustand::Hochgeladen));
}

#[tokio::test]
async fn checks_refuse_ask_and_notice_a_second_drop() {
    let h = Harness::start().await;
    let nr = h.new_vorgang().await;
    let store = h.store();
    let dokumente = Arc::new(Dokumente::default());
    let watcher = Watcher::default();
    watcher.watch(&dokumente, &store, &nr);
    let pdf = h.file("Vertrag.pdf", b"%PDF-1.4 Vertrag");
    let leer = h.file("leer.pdf", b"");
    let zip = h.file("Unterlagen.zip", b"PK\x03\x04");
    dokumente.hinzufuegen(&h.client(), &store, &[pdf.clone(), leer, zip]);
    watcher
        .until("Vertrag.pdf", UploadZustand::Hochgeladen)
        .await;
    let leer = watcher.row("leer.pdf");
    assert_eq!(leer.zustand, UploadZustand::Abgelehnt);
    assert_eq!(
        leer.hinweis.as_deref(),
        Some("„leer.pdf“ ist leer (0 Byte) und wird nicht hochgeladen.")
    );
    let zip = watcher.row("Unterlagen.zip");
    assert_eq!(zip.zustand, UploadZustand::Rueckfrage);
    assert!(zip.hinweis.unwrap().contains("ein Archiv"));

    // The same file dropped again is asked about, not sent twice silently.
    dokumente.hinzufuegen(&h.client(), &store, &[pdf]);
    let again = watcher.rows().pop().unwrap();
    assert_eq!(again.zustand, UploadZustand::Rueckfrage);
    assert!(
        again
            .hinweis
            .as_deref()
            .unwrap()
            .contains("in dieser Sitzung schon hinzugefügt"),
        "{again:?}"
    );
    dokumente.entfernen(&store, &again.id).unwrap();
    dokumente.entfernen(&store, &leer.id).unwrap();

    dokumente.bestaetigen(&h.client(), &store, &zip.id).unwrap();
    watcher
        .until("Unterlagen.zip", UploadZustand::Hochgeladen)
        .await;
    assert_eq!(watcher.rows().len(), 2);
    assert_eq!(h.received(&nr).len(), 2);
}

#[tokio::test]
async fn a_cancelled_upload_leaves_nothing_at_europace_and_can_be_sent_again() {
    let h = Harness::start().await;
    let nr = h.new_vorgang().await;
    let store = h.store();
    let dokumente = Arc::new(Dokumente::default());
    let watcher = Watcher::default();
    watcher.watch(&dokumente, &store, &nr);
    // The sandbox waits before reading the body: the upload stalls part way.
    h.fault(FaultKind::Latency { millis: 2_000 });
    let gross = h.file("Scan.pdf", &content(30 * 1024 * 1024));
    dokumente.hinzufuegen(&h.client(), &store, &[gross]);
    let row = watcher.until("Scan.pdf", UploadZustand::Laeuft).await;
    dokumente.abbrechen(&store, &row.id).unwrap();
    assert_eq!(watcher.row("Scan.pdf").zustand, UploadZustand::Abgebrochen);
    tokio::time::sleep(Duration::from_millis(2_500)).await;
    assert!(h.received(&nr).is_empty(), "nothing arrived");
    assert_eq!(watcher.row("Scan.pdf").zustand, UploadZustand::Abgebrochen);

    h.sandbox.set_faults(vec![], None);
    dokumente.wiederholen(&h.client(), &store, &row.id).unwrap();
    watcher.until("Scan.pdf", UploadZustand::Hochgeladen).await;
    assert_eq!(h.received(&nr).len(), 1);
}

#[tokio::test]
async fn every_server_error_reads_german_with_its_trace_id() {
    let h = Harness::start().await;
    let nr = h.new_vorgang().await;
    let store = h.store();
    let dokumente = Arc::new(Dokumente::default());
    let watcher = Watcher::default();
    watcher.watch(&dokumente, &store, &nr);
    let cases = [
        (
            FaultKind::Status { status: 401 },
            EuropaceFehlercode::NichtAngemeldet,
            "401",
        ),
        (
            FaultKind::Status { status: 403 },
            EuropaceFehlercode::KeineBerechtigung,
            "403",
        ),
        (
            FaultKind::Status { status: 413 },
            EuropaceFehlercode::ZuGross,
            "413",
        ),
        (
            FaultKind::Status { status: 415 },
            EuropaceFehlercode::Dateityp,
            "415",
        ),
        (
            FaultKind::Status { status: 422 },
            EuropaceFehlercode::Abgelehnt,
            "422",
        ),
        (
            FaultKind::TooManyRequests {
                retry_after_secs: 7,
            },
            EuropaceFehlercode::Ueberlastet,
            "in 7 Sekunden",
        ),
    ];
    for (i, (fault, code, text)) in cases.into_iter().enumerate() {
        h.fault(fault);
        let name = format!("Nachweis {i}.pdf");
        dokumente.hinzufuegen(&h.client(), &store, &[h.file(&name, b"%PDF")]);
        let row = watcher.until(&name, UploadZustand::Fehlgeschlagen).await;
        let fehler = row.fehler.unwrap();
        assert_eq!(fehler.code, code);
        assert!(fehler.message.contains(text), "{}", fehler.message);
        assert!(
            fehler
                .trace_id
                .is_some_and(|t| t.starts_with("dokumente-test")),
            "every error names the request's trace id"
        );
    }

    // No answer after the document was sent whole: unclear, not failed.
    h.fault(FaultKind::Latency { millis: 3_000 });
    let client = Ok(KexUpdateClient::new(h.tokens(Duration::from_secs(1))));
    dokumente.hinzufuegen(&client, &store, &[h.file("Unklar.pdf", b"%PDF")]);
    let row = watcher.until("Unklar.pdf", UploadZustand::Unklar).await;
    assert_eq!(row.fehler.unwrap().code, EuropaceFehlercode::Unklar);

    // 404 and 410 come from the sandbox itself.
    h.sandbox.set_faults(vec![], None);
    let unknown = Watcher::default();
    unknown.watch(&dokumente, &store, "ZZ9999");
    dokumente.hinzufuegen(&h.client(), &store, &[h.file("Fremd.pdf", b"%PDF")]);
    let row = unknown
        .until("Fremd.pdf", UploadZustand::Fehlgeschlagen)
        .await;
    assert_eq!(row.fehler.unwrap().code, EuropaceFehlercode::NichtGefunden);

    watcher.watch(&dokumente, &store, &nr);
    h.sandbox.delete_vorgang(&nr).unwrap();
    dokumente.hinzufuegen(&h.client(), &store, &[h.file("Spät.pdf", b"%PDF")]);
    let row = watcher
        .until("Spät.pdf", UploadZustand::Fehlgeschlagen)
        .await;
    assert_eq!(row.fehler.unwrap().code, EuropaceFehlercode::Geloescht);
}

#[tokio::test]
async fn an_upload_cut_off_by_a_restart_is_listed_and_resumed_whole() {
    let h = Harness::start().await;
    let nr = h.new_vorgang().await;
    let file = h.file("Selbstauskunft.pdf", &content(8 * 1024 * 1024));
    h.fault(FaultKind::Latency { millis: 5_000 });

    // The first run of the app, ended while the upload runs (its runtime dies with it).
    let first_store = h.store();
    let client = h.client();
    let (nr_first, file_first) = (nr.clone(), file.clone());
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        runtime.block_on(async {
            let dokumente = Arc::new(Dokumente::default());
            let watcher = Watcher::default();
            watcher.watch(&dokumente, &first_store, &nr_first);
            dokumente.hinzufuegen(&client, &first_store, &[file_first]);
            watcher
                .until("Selbstauskunft.pdf", UploadZustand::Laeuft)
                .await;
        });
        runtime.shutdown_background();
    })
    .join()
    .unwrap();
    h.sandbox.set_faults(vec![], None);

    // The second run lists it as interrupted and sends it again whole. It opens the store
    // once the first run's last task let go of it, as a new process once the old one died.
    let deadline = Instant::now() + Duration::from_secs(10);
    let store = loop {
        match Store::open(h.dir.path().join("drafts.sqlite"), &h.key) {
            Ok(store) => break Arc::new(Mutex::new(store)),
            Err(store::StoreError::AlreadyOpen(_)) if Instant::now() < deadline => {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            Err(error) => panic!("{error}"),
        }
    };
    let dokumente = Arc::new(Dokumente::default());
    let watcher = Watcher::default();
    watcher.watch(&dokumente, &store, &nr);
    let row = watcher.row("Selbstauskunft.pdf");
    assert_eq!(row.zustand, UploadZustand::Unterbrochen);
    dokumente.wiederholen(&h.client(), &store, &row.id).unwrap();
    watcher
        .until("Selbstauskunft.pdf", UploadZustand::Hochgeladen)
        .await;
    tokio::time::sleep(Duration::from_millis(5_500)).await;
    assert_eq!(
        h.received(&nr),
        [("Selbstauskunft.pdf".to_owned(), sha256(&file))],
        "once, byte for byte"
    );
}
