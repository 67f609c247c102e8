//! The real `leadbridge` binary, each test with its own HOME and XDG directories so the
//! embedded sandbox's state file and the settings are fresh. The login tests need a Secret
//! Service: run with `scripts/with-keyring cargo test -p cli`, as `make test` does.

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

const GOOD: &str = "tests/fixtures/kex-import-spec-beispiel.json";
const BAD: &str = "tests/fixtures/kex-import-fehlerhaft.json";
const KUNDENANGABEN: &str = "tests/fixtures/kundenangaben-spec-beispiel.json";

struct Home {
    dir: TempDir,
}

impl Home {
    fn new() -> Self {
        Self {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    fn std_cmd(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_leadbridge"));
        cmd.env("HOME", self.dir.path())
            .env("XDG_DATA_HOME", self.path("data"))
            .env("XDG_CONFIG_HOME", self.path("config"))
            .env_remove("LEADBRIDGE_SANDBOX_URL")
            .env_remove("LEADBRIDGE_KEYRING_SERVICE");
        cmd
    }

    fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().unwrap()
    }

    /// The embedded sandbox's state file.
    fn sandbox_state(&self) -> Value {
        let file = self.path("data/de.leadbridge.desktop/sandbox.json");
        serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap()
    }

    /// Submits the spec example and returns its Vorgangsnummer.
    fn submit_good(&self) -> String {
        let out = self.run(&["submit", "kex-import", GOOD, "--json"]);
        assert_success(&out);
        let answer: Value = serde_json::from_slice(&out.stdout).unwrap();
        answer["vorgangsnummer"].as_str().unwrap().to_owned()
    }

    /// Submits the Kundenangaben spec example and returns its Vorgangsnummer.
    fn submit_baufinanzierung(&self) -> String {
        let out = self.run(&["submit", "kundenangaben", KUNDENANGABEN, "--json"]);
        assert_success(&out);
        let answer: Value = serde_json::from_slice(&out.stdout).unwrap();
        answer["vorgangsnummer"].as_str().unwrap().to_owned()
    }
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn assert_success(out: &Output) {
    assert!(
        out.status.success(),
        "exit {:?}\nstdout: {}\nstderr: {}",
        out.status.code(),
        stdout(out),
        stderr(out)
    );
}

/// Exactly one line on stderr, German, no panic or backtrace, and the exit code.
fn assert_one_line_error(out: &Output, code: i32, text: &str) {
    let err = stderr(out);
    assert_eq!(
        out.status.code(),
        Some(code),
        "stdout: {}\nstderr: {err}",
        stdout(out)
    );
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains(text), "{err}");
    assert!(
        !err.contains("panicked") && !err.contains("backtrace"),
        "{err}"
    );
}

#[test]
fn validate_a_spec_example_and_a_broken_file() {
    let home = Home::new();
    let out = home.run(&["validate", "kex-import", GOOD]);
    assert_success(&out);
    assert!(stdout(&out).contains("0 Fehler"), "{}", stdout(&out));

    let out = home.run(&["validate", "kex-import", BAD]);
    assert_one_line_error(&out, 1, "2 Fehler");
    let text = stdout(&out);
    assert!(
        text.contains("antragsteller1.personendaten.vornme"),
        "{text}"
    );
    assert!(text.contains("Meinten Sie `vorname`?"), "{text}");
    assert!(text.contains("haushalt.kontoverbindung.iban"), "{text}");

    let out = home.run(&["validate", "kex-import", BAD, "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = report["findings"].as_array().unwrap();
    assert!(
        findings
            .iter()
            .any(|f| f["path"] == "haushalt.kontoverbindung.iban"
                && f["severity"] == "Fehler"
                && f["message"].as_str().unwrap().contains("IBAN"))
    );
    let err: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["code"], "validation");
}

#[test]
fn bad_input_is_one_german_line_with_its_exit_code() {
    let home = Home::new();
    assert_one_line_error(
        &home.run(&["validate", "kex-import", "fehlt.json"]),
        3,
        "„fehlt.json“: existiert nicht",
    );
    std::fs::write(home.path("kaputt.json"), "{\"kundenbetreuer\": ").unwrap();
    let kaputt = home.path("kaputt.json");
    assert_one_line_error(
        &home.run(&["submit", "kex-import", kaputt.to_str().unwrap()]),
        3,
        "kein gültiges JSON (Zeile 1",
    );
    assert_one_line_error(
        &home.run(&["validate", "ratenkredit", GOOD]),
        2,
        "Ungültiger Wert „ratenkredit“",
    );
    assert_one_line_error(
        &home.run(&["versenden"]),
        2,
        "Unbekannter Befehl „versenden“",
    );
    assert_one_line_error(
        &home.run(&["show", "NICHTDA"]),
        5,
        "Europace meldet einen Fehler",
    );
}

#[test]
fn submit_then_show_in_another_process() {
    let home = Home::new();
    let out = home.run(&["submit", "kex-import", GOOD]);
    assert_success(&out);
    let text = stdout(&out);
    let nr = text
        .lines()
        .find_map(|l| l.strip_prefix("Gesendet an Sandbox: Vorgang "))
        .unwrap_or_else(|| panic!("{text}"))
        .trim()
        .to_owned();

    let out = home.run(&["show", &nr]);
    assert_success(&out);
    let text = stdout(&out);
    assert!(
        text.starts_with(&format!("Vorgang {nr} (Testumgebung, Aktiv)")),
        "{text}"
    );
    assert!(text.contains("Antragsteller 1: Max Mustermann"), "{text}");
    assert!(
        text.contains("Status Antragsteller: beantragt, Produktanbieter: noch nicht bearbeitet"),
        "{text}"
    );
    assert!(text.contains("Benötigte Unterlagen:"), "{text}");

    let out = home.run(&["show", &nr, "--json"]);
    assert_success(&out);
    let vorgang: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(vorgang["vorgangsnummer"], nr.as_str());

    // The standalone sandbox commands work on the same state.
    let out = home.run(&["sandbox", "advance", &nr]);
    assert_success(&out);
    assert!(
        stdout(&out).contains("Antragsteller vom Kunden unterschrieben"),
        "{}",
        stdout(&out)
    );
    assert_success(&home.run(&["sandbox", "reset"]));
    assert_eq!(home.run(&["show", &nr]).status.code(), Some(5));
}

#[test]
fn submit_refuses_fehler_unless_told_and_lists_what_is_lost() {
    let home = Home::new();
    let out = home.run(&["submit", "kex-import", BAD]);
    assert_one_line_error(&out, 1, "--trotzdem-senden");
    assert!(
        !home
            .path("data/de.leadbridge.desktop/sandbox.json")
            .exists()
    );

    let out = home.run(&["submit", "kex-import", BAD, "--trotzdem-senden"]);
    assert_success(&out);
    let text = stdout(&out);
    assert!(text.contains("Trotzdem senden"), "{text}");
    assert!(
        text.contains("antragsteller1.personendaten.vornme"),
        "{text}"
    );
    assert!(text.contains("Gesendet an Sandbox: Vorgang "), "{text}");
}

#[test]
fn produktion_needs_confirmation() {
    let home = Home::new();
    let out = home.run(&["submit", "kex-import", GOOD, "--env", "produktion"]);
    assert_one_line_error(&out, 8, "--yes-produktion");
    let out = home.run(&["comment", "ABC123", "Hallo", "--env", "produktion"]);
    assert_one_line_error(&out, 8, "Echtgeschäft");
}

#[test]
fn a_baufinanzierung_for_produktion_needs_the_datenschutzhinweis() {
    let home = Home::new();
    let produktion = ["--env", "produktion", "--yes-produktion"];
    let out = home.run(&[&["submit", "kundenangaben", KUNDENANGABEN][..], &produktion].concat());
    assert_one_line_error(&out, 8, "--datenschutzhinweis-erteilt");
    assert!(stderr(&out).contains("Datenschutzhinweise des Beraters"));
    // Confirmed, the send goes on to what Produktion needs next: credentials.
    let confirmed = [
        &["submit", "kundenangaben", KUNDENANGABEN][..],
        &produktion,
        &["--datenschutzhinweis-erteilt"],
    ]
    .concat();
    assert_one_line_error(
        &home.run(&confirmed),
        4,
        "leadbridge login --env produktion",
    );
    // A Ratenkredit asks no such thing.
    let kex = [&["submit", "kex-import", GOOD][..], &produktion].concat();
    assert_one_line_error(&home.run(&kex), 4, "leadbridge login --env produktion");

    let dir = home.path("leads");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(KUNDENANGABEN, dir.join("baufi.json")).unwrap();
    let dir = dir.to_str().unwrap();
    let batch = [&["batch", dir, "--art", "kundenangaben"][..], &produktion].concat();
    assert_one_line_error(&home.run(&batch), 8, "--datenschutzhinweis-erteilt");
}

#[test]
fn test_env_without_login_names_the_login_command() {
    let home = Home::new();
    let out = home.run(&["show", "ABC123", "--env", "test"]);
    assert_one_line_error(&out, 4, "leadbridge login --env test");
}

#[test]
fn upload_twenty_megabytes_and_comment() {
    let home = Home::new();
    let nr = home.submit_good();
    let file = home.path("kontoauszug.pdf");
    std::fs::write(&file, vec![0x25u8; 20 * 1024 * 1024]).unwrap();
    let out = home.run(&["upload", &nr, file.to_str().unwrap()]);
    assert_success(&out);
    assert!(
        stdout(&out).contains("Hochgeladen: kontoauszug.pdf"),
        "{}",
        stdout(&out)
    );

    let out = home.run(&[
        "comment",
        &nr,
        "Kunde ruft morgen an",
        "Gehaltsnachweis folgt",
    ]);
    assert_success(&out);
    assert!(stdout(&out).contains("2 Kommentare"), "{}", stdout(&out));

    let vorgang = &home.sandbox_state()["vorgaenge"][&nr];
    assert_eq!(vorgang["dokumente"][0]["filename"], "kontoauszug.pdf");
    assert_eq!(vorgang["dokumente"][0]["groesse"], 20 * 1024 * 1024);
    let kommentare: Vec<&str> = vorgang["kommentare"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["text"].as_str().unwrap())
        .collect();
    assert!(
        kommentare.contains(&"Gehaltsnachweis folgt"),
        "{kommentare:?}"
    );
}

fn csv(rows: usize, bad_row: usize) -> String {
    let mut text = String::from(
        "partnerId;anrede;vorname;nachname;geburtsdatum;email;telefon;strasse;hausnummer;plz;ort;kreditbetrag;laufzeitInMonaten;verwendungszweck;iban\n",
    );
    for i in 1..=rows {
        let iban = if i == bad_row {
            "DE00123456780000000000"
        } else {
            "DE02120300000000202051"
        };
        text.push_str(&format!(
            "TEST;Herr;Max{i};Mustermann;21.07.1988;max{i}@example.org;030 1234{i};Hauptstraße;{i};10115;Berlin;10.000,00;84;freie Verwendung;{iban}\n"
        ));
    }
    text
}

#[test]
fn batch_of_a_hundred_csv_rows_with_summary() {
    let home = Home::new();
    let file = home.path("leads.csv");
    std::fs::write(&file, csv(100, 100)).unwrap();
    let out = home.run(&["batch", file.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    let sent = summary["sent"].as_array().unwrap();
    assert_eq!(sent.len(), 99);
    assert!(
        sent.iter()
            .all(|s| s["messages"].as_array().unwrap().is_empty()),
        "{sent:?}"
    );
    let mut numbers: Vec<&str> = sent
        .iter()
        .map(|s| s["vorgangsnummer"].as_str().unwrap())
        .collect();
    numbers.sort();
    numbers.dedup();
    assert_eq!(numbers.len(), 99);
    assert_eq!(summary["rejected"][0]["source"], "Zeile 101");
    assert!(summary["unclear"].as_array().unwrap().is_empty());
    assert_eq!(
        home.sandbox_state()["vorgaenge"].as_object().unwrap().len(),
        99
    );

    // The readable summary of a clean run.
    let home = Home::new();
    std::fs::write(&file, csv(3, 0)).unwrap();
    let out = home.run(&["batch", file.to_str().unwrap()]);
    assert_success(&out);
    let text = stdout(&out);
    assert!(
        text.contains("Sandbox: 3 gesendet, 0 abgelehnt, 0 unklar."),
        "{text}"
    );
    assert!(text.contains("Zeile 2: Vorgang "), "{text}");
}

#[test]
fn an_unknown_csv_column_is_named() {
    let home = Home::new();
    let file = home.path("leads.csv");
    std::fs::write(&file, "partnerId,vornahme\nTEST,Max\n").unwrap();
    assert_one_line_error(
        &home.run(&["batch", file.to_str().unwrap()]),
        3,
        "Unbekannte Spalte „vornahme“",
    );
}

/// A sandbox in this process whose faults the test sets; the CLI reaches it through
/// `--sandbox-url`.
fn faulty_sandbox(
    state: &Path,
    fault: sandbox::FaultKind,
) -> (tokio::runtime::Runtime, sandbox::RunningSandbox) {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let running = runtime
        .block_on(sandbox::start(sandbox::Config {
            state_file: Some(state.to_owned()),
            faults: vec![sandbox::FaultRule {
                route: "*".into(),
                method: None,
                fault,
                probability: None,
                every_nth: None,
                times: None,
            }],
            ..Default::default()
        }))
        .unwrap();
    (runtime, running)
}

#[test]
fn network_failures_are_one_german_line() {
    let home = Home::new();
    let (_runtime, running) = faulty_sandbox(
        &home.path("faulty.json"),
        sandbox::FaultKind::DropAfterProcessing,
    );
    let url = running.base_url();
    let out = home.run(&["submit", "kex-import", GOOD, "--sandbox-url", &url]);
    assert_one_line_error(&out, 7, "unbekannt");

    // Nothing listens on a port just released.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let out = home
        .cmd()
        .args(["show", "ABC123", "--json"])
        .env("LEADBRIDGE_SANDBOX_URL", format!("http://{closed}"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    let err: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(err["code"], "connect_failed");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("Keine Verbindung"),
        "{err}"
    );
}

#[test]
fn login_and_logout_against_the_keyring() {
    let home = Home::new();
    let service = format!("leadbridge-cli-test-{}", std::process::id());
    let login = home
        .cmd()
        .env("LEADBRIDGE_KEYRING_SERVICE", &service)
        .args(["login", "--env", "test", "--client-id", "mein-client"])
        .write_stdin("geheimes-secret\nmein-jwt\n")
        .output()
        .unwrap();
    assert_success(&login);
    assert!(!stdout(&login).contains("geheimes-secret"));
    let keyring = credentials::Keyring::new(&service);
    let stored = keyring
        .get(
            europace::environment::Environment::Test,
            credentials::SecretKind::EuropaceClientSecret,
        )
        .expect("Secret Service reachable (run via scripts/with-keyring)")
        .unwrap();
    assert_eq!(stored.expose(), "geheimes-secret");
    let settings =
        std::fs::read_to_string(home.path("data/de.leadbridge.desktop/settings.json")).unwrap();
    assert!(
        settings.contains("mein-client") && !settings.contains("geheim"),
        "{settings}"
    );

    let logout = home
        .cmd()
        .env("LEADBRIDGE_KEYRING_SERVICE", &service)
        .args(["logout", "--env", "test"])
        .output()
        .unwrap();
    assert_success(&logout);
    assert!(
        keyring
            .get(
                europace::environment::Environment::Test,
                credentials::SecretKind::DrKleinJwt
            )
            .unwrap()
            .is_none()
    );
    let out = home
        .cmd()
        .env("LEADBRIDGE_KEYRING_SERVICE", &service)
        .args(["show", "ABC123", "--env", "test"])
        .output()
        .unwrap();
    assert_one_line_error(&out, 4, "leadbridge login --env test");
}

#[test]
fn kundenangaben_and_a_directory_of_drklein_leads() {
    let home = Home::new();
    let nr = home.submit_baufinanzierung();
    assert!(home.sandbox_state()["kundenangaben"].get(&nr).is_some());

    let dir = home.path("leads");
    std::fs::create_dir(&dir).unwrap();
    for name in ["a.json", "b.json"] {
        std::fs::copy("tests/fixtures/drklein-spec-beispiel.json", dir.join(name)).unwrap();
    }
    std::fs::write(dir.join("c.json"), "{").unwrap();
    let out = home.run(&["batch", dir.to_str().unwrap(), "--art", "drklein"]);
    assert_one_line_error(&out, 5, "1 abgelehnt, 0 unklar");
    let text = stdout(&out);
    assert!(
        text.contains("Sandbox: 2 gesendet, 1 abgelehnt, 0 unklar."),
        "{text}"
    );
    assert!(text.contains("c.json: "), "{text}");
    assert_eq!(
        home.sandbox_state()["drklein_leads"]
            .as_object()
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn standalone_sandbox_serves_other_calls_until_ctrl_c() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;

    /// Ends the server even when an assertion fails first.
    struct Server(std::process::Child);
    impl Drop for Server {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }

    let home = Home::new();
    let mut server = Server(
        home.std_cmd()
            .args(["sandbox", "--json"])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let mut first = String::new();
    BufReader::new(server.0.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let started: Value = serde_json::from_str(&first).unwrap();
    let url = started["baseUrl"].as_str().unwrap();

    let out = home
        .cmd()
        .env("LEADBRIDGE_SANDBOX_URL", url)
        .args(["submit", "kex-import", GOOD])
        .output()
        .unwrap();
    assert_success(&out);

    let interrupted = std::process::Command::new("kill")
        .args(["-INT", &server.0.id().to_string()])
        .status()
        .unwrap();
    assert!(interrupted.success());
    assert!(server.0.wait().unwrap().success());
}

/// English a library puts in its messages; none of it may reach the user.
const ENGLISH: &[&str] = &[
    "error", "Error", "invalid", "expected", "No such", "os error", "failed", "found", "line ",
    "column", "stream", "EOF", "record",
];

fn assert_german(out: &Output) {
    let err = stderr(out);
    for english in ENGLISH {
        assert!(!err.contains(english), "English {english:?} in: {err}");
    }
}

/// A CSV as German Excel writes it ("CSV (Trennzeichen-getrennt)"): `;` and CRLF, names,
/// streets and towns with umlauts and ß.
fn excel_csv(rows: usize) -> String {
    let mut text = String::from(
        "partnerId;anrede;vorname;nachname;geburtsdatum;strasse;hausnummer;plz;ort;kreditbetrag;laufzeitInMonaten;verwendungszweck\r\n",
    );
    for i in 1..=rows {
        text.push_str(&format!(
            "TEST;Frau;Jördis{i};Müller-Weiß{i};21.07.1988;Große Straße;{i};50667;Köln-Süd;10.000,00;84;freie Verwendung\r\n"
        ));
    }
    text
}

/// Sends `bytes` as a CSV batch and checks that all 100 rows arrived with exact names.
fn batch_arrives_exactly(bytes: &[u8], encoding: &str) {
    let home = Home::new();
    let file = home.path("leads.csv");
    std::fs::write(&file, bytes).unwrap();
    let out = home.run(&["batch", file.to_str().unwrap(), "--json"]);
    assert_success(&out);
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["sent"].as_array().unwrap().len(), 100, "{summary}");
    assert!(
        summary["zeichensatz"]
            .as_str()
            .unwrap()
            .starts_with(encoding),
        "{summary}"
    );
    let state = home.sandbox_state();
    let mut names: Vec<(String, String, String)> = state["vorgaenge"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| {
            let a = &v["daten"]["antragsteller1"];
            (
                a["personendaten"]["vorname"].as_str().unwrap().to_owned(),
                a["personendaten"]["nachname"].as_str().unwrap().to_owned(),
                a["wohnsituation"]["anschrift"]["ort"]
                    .as_str()
                    .unwrap()
                    .to_owned(),
            )
        })
        .collect();
    names.sort();
    let mut expected: Vec<(String, String, String)> = (1..=100)
        .map(|i| {
            (
                format!("Jördis{i}"),
                format!("Müller-Weiß{i}"),
                "Köln-Süd".to_owned(),
            )
        })
        .collect();
    expected.sort();
    assert_eq!(names, expected);

    // The readable summary says which encoding was assumed.
    let home = Home::new();
    std::fs::write(&file, bytes).unwrap();
    let text = stdout(&home.run(&["batch", file.to_str().unwrap()]));
    assert!(
        text.contains(&format!("CSV-Datei gelesen als {encoding}")),
        "{text}"
    );
}

#[test]
fn batch_of_a_windows_1252_csv_from_german_excel() {
    let text = excel_csv(100);
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!unmappable);
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the test file must not be UTF-8"
    );
    batch_arrives_exactly(&bytes, "windows-1252");
}

#[test]
fn batch_of_a_utf8_csv_with_and_without_byte_order_mark() {
    let text = excel_csv(100);
    batch_arrives_exactly(text.as_bytes(), "UTF-8");
    batch_arrives_exactly(
        &[b"\xEF\xBB\xBF", text.as_bytes()].concat(),
        "UTF-8 mit BOM",
    );
}

#[test]
fn json_files_from_other_tools() {
    let home = Home::new();
    let good = std::fs::read(GOOD).unwrap();
    let with_bom = home.path("bom.json");
    std::fs::write(&with_bom, [b"\xEF\xBB\xBF", good.as_slice()].concat()).unwrap();
    let out = home.run(&["validate", "kex-import", with_bom.to_str().unwrap()]);
    assert_success(&out);
    assert!(stdout(&out).contains("0 Fehler"), "{}", stdout(&out));
    assert_success(&home.run(&["submit", "kex-import", with_bom.to_str().unwrap()]));

    let twice = home.path("doppelt.json");
    std::fs::write(
        &twice,
        r#"{"kundenbetreuer": {"partnerId": "TEST"}, "kundenbetreuer": {"partnerId": "ANDERS"}}"#,
    )
    .unwrap();
    let out = home.run(&["validate", "kex-import", twice.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["path"] == "kundenbetreuer"
                && f["severity"] == "Fehler"
                && f["message"].as_str().unwrap().contains("mehrfach")),
        "{report}"
    );
    let out = home.run(&["submit", "kex-import", twice.to_str().unwrap()]);
    assert_one_line_error(&out, 1, "1 Fehler");

    let null = home.path("null.json");
    std::fs::write(
        &null,
        r#"{"kundenbetreuer": {"partnerId": "TEST"}, "antragsteller1": {"personendaten": {"nachname": null}}}"#,
    )
    .unwrap();
    let out = home.run(&["validate", "kex-import", null.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("antragsteller1.personendaten.nachname") && text.contains("null"),
        "{text}"
    );
}

#[test]
fn every_input_error_is_german_from_start_to_end() {
    let home = Home::new();
    let latin1 = home.path("latin1.json");
    std::fs::write(&latin1, b"{\"ort\": \"K\xF6ln\"}").unwrap();
    let ragged = home.path("ragged.csv");
    std::fs::write(&ragged, "vorname;nachname\r\nJörg;Müller;zu viel\r\n").unwrap();
    let empty = home.path("empty.csv");
    std::fs::write(&empty, "vorname;nachname\r\n").unwrap();
    let dir = home.path("leer");
    std::fs::create_dir(&dir).unwrap();
    let kaputt = home.path("kaputt.json");
    std::fs::write(&kaputt, "{\"kundenbetreuer\": [}").unwrap();
    let cases: [(&[&str], i32, &str); 6] = [
        (
            &["validate", "kex-import", latin1.to_str().unwrap()],
            3,
            "nicht UTF-8-kodiert",
        ),
        (
            &["batch", ragged.to_str().unwrap()],
            3,
            "Zeile 2: 3 Spalten statt 2",
        ),
        (
            &["batch", empty.to_str().unwrap()],
            3,
            "enthält keine Zeilen",
        ),
        (&["batch", dir.to_str().unwrap()], 3, "keine .json-Dateien"),
        (
            &["validate", "kex-import", kaputt.to_str().unwrap()],
            3,
            "kein gültiges JSON",
        ),
        (
            &["validate", "kex-import", dir.to_str().unwrap()],
            3,
            "ist ein Verzeichnis",
        ),
    ];
    for (args, code, text) in cases {
        let out = home.run(args);
        assert_one_line_error(&out, code, text);
        assert_german(&out);
    }

    // A damaged Sandbox state file (shared with the app) is named, in German.
    let state = home.path("data/de.leadbridge.desktop/sandbox.json");
    std::fs::create_dir_all(state.parent().unwrap()).unwrap();
    std::fs::write(&state, "{ kaputt").unwrap();
    let out = home.run(&["submit", "kex-import", GOOD]);
    assert_one_line_error(&out, 9, "kein gültiger Sandbox-Zustand (Zeile 1, Spalte 3)");
    assert_german(&out);
}

#[test]
fn a_baufismart_case_is_shown_and_replaced_only_when_unchanged() {
    let home = Home::new();
    let nr = home.submit_baufinanzierung();

    let out = home.run(&["show", &nr, "--baufismart"]);
    assert_success(&out);
    let text = stdout(&out);
    assert!(
        text.starts_with(&format!("BaufiSmart-Vorgang {nr}\n")),
        "{text}"
    );
    assert!(text.contains("Kunde 1: Max Mustermann"), "{text}");
    assert!(text.contains("Kaufpreis 358.000,00 €"), "{text}");

    let out = home.run(&["show", &nr, "--baufismart", "--json"]);
    assert_success(&out);
    let geladen = home.path("geladen.json");
    std::fs::write(&geladen, &out.stdout).unwrap();
    let loaded: Value = serde_json::from_slice(&out.stdout).unwrap();

    // The assistant's file: a higher Kaufpreis.
    let mut mine = loaded.clone();
    mine["finanzierungsbedarf"]["finanzierungszweck"]["kaufpreis"] = 365000.into();
    let file = home.path("neu.json");
    std::fs::write(&file, serde_json::to_vec(&mine).unwrap()).unwrap();
    let geladen = geladen.to_str().unwrap();
    let file = file.to_str().unwrap();
    let replace = |extra: &[&str]| {
        let mut args = vec!["ersetzen", nr.as_str(), file, "--geladen", geladen];
        args.extend_from_slice(extra);
        home.run(&args)
    };
    let out = replace(&[]);
    assert_success(&out);
    assert!(
        stdout(&out)
            .contains("GEÄNDERT finanzierungsbedarf.finanzierungszweck.kaufpreis: 358000 → 365000"),
        "{}",
        stdout(&out)
    );
    let stored = || home.sandbox_state()["kundenangaben"][nr.as_str()]["kundenangaben"].clone();
    assert_eq!(
        stored()["finanzierungsbedarf"]["finanzierungszweck"]["kaufpreis"],
        365000
    );

    // The same file again: the case changed since `geladen.json` was read, so nothing is sent.
    let mut again = mine.clone();
    again["finanzierungsbedarf"]["finanzierungszweck"]["kaufpreis"] = 380000.into();
    std::fs::write(file, serde_json::to_vec(&again).unwrap()).unwrap();
    let out = replace(&[]);
    assert_one_line_error(&out, 5, "seit dem Laden geändert");
    assert!(stdout(&out).contains("KONFLIKT finanzierungsbedarf.finanzierungszweck.kaufpreis: geladen 358000, jetzt in Europace 365000, Ihre Datei 380000"), "{}", stdout(&out));
    assert_eq!(
        stored()["finanzierungsbedarf"]["finanzierungszweck"]["kaufpreis"],
        365000
    );

    // Decided for Europace's values: the case keeps 365000, and is replaced under the same check.
    let out = replace(&["--bei-konflikt", "europace"]);
    assert_success(&out);
    assert!(
        stdout(&out).contains("bei jedem Konflikt gilt der Wert aus Europace"),
        "{}",
        stdout(&out)
    );
    assert_eq!(
        stored()["finanzierungsbedarf"]["finanzierungszweck"]["kaufpreis"],
        365000
    );
    let out = replace(&["--bei-konflikt", "meine"]);
    assert_success(&out);
    assert_eq!(
        stored()["finanzierungsbedarf"]["finanzierungszweck"]["kaufpreis"],
        380000
    );

    // A file that drops the Kunde's id would make BaufiSmart create the Kunde anew: refused.
    let mut careless = loaded;
    careless["haushalte"][0]["kunden"][0]
        .as_object_mut()
        .unwrap()
        .remove("id");
    std::fs::write(file, serde_json::to_vec(&careless).unwrap()).unwrap();
    assert_eq!(replace(&[]).status.code(), Some(1));
}
