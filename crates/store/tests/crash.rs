//! Kill a writer with SIGKILL at random points and check that every save it
//! acknowledged survived, the database is intact, and sends caught mid-way
//! come back as Unklar.
//!
//! The writer is this test binary itself, re-executed with
//! `CRASH_CHILD_DB` set, which turns `crash_child_writer` into an endless
//! save loop; in a normal run that test returns at once.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use common::{header, key};
use serde_json::{Value, json};
use store::{DraftId, ListQuery, OutboxState, Store};

const CHILD_ENV: &str = "CRASH_CHILD_DB";
const ROUNDS: usize = 100;

/// The content of a draft at a revision, so that a save committed but not
/// acknowledged before the kill can be checked too.
fn content_for(id: DraftId, revision: u64) -> Value {
    let pad = (revision * 37 % 700) as usize;
    json!({
        "draft": id.to_string(),
        "revision": revision,
        "antragsteller1": { "vorname": "Anna", "nachname": "Muster" },
        "notiz": "ä".repeat(pad),
    })
}

/// xorshift64: enough randomness for kill points, and reproducible from the
/// printed seed.
struct Rng(u64);

impl Rng {
    fn from_clock() -> Self {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_nanos() as u64;
        Self(nanos | 1)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
fn crash_child_writer() {
    let Ok(db) = std::env::var(CHILD_ENV) else {
        return;
    };
    let mut store = Store::open(&db, &key()).unwrap();
    let mut rng = Rng(Rng::from_clock().0 ^ u64::from(std::process::id()));
    let mut out = std::io::stdout().lock();
    // Adopt what earlier writers left editable, so saves also overwrite.
    let mut editable: Vec<(DraftId, u64)> = store
        .list(&ListQuery {
            state: Some(OutboxState::Entwurf),
            ..ListQuery::default()
        })
        .unwrap()
        .iter()
        .map(|s| (s.id, s.revision))
        .collect();
    loop {
        let roll = rng.below(10);
        if editable.is_empty() || roll < 2 {
            let id = DraftId::new();
            let saved = store
                .save(id, &header("Anna Muster"), &content_for(id, 1))
                .unwrap();
            writeln!(out, "ACK {id} {}", saved.revision).unwrap();
            editable.push((id, saved.revision));
        } else if roll < 8 {
            let slot = rng.below(editable.len() as u64) as usize;
            let (id, revision) = editable[slot];
            let saved = store
                .save(id, &header("Anna Muster"), &content_for(id, revision + 1))
                .unwrap();
            assert_eq!(saved.revision, revision + 1);
            writeln!(out, "ACK {id} {}", saved.revision).unwrap();
            editable[slot].1 = saved.revision;
        } else {
            let (id, _) = editable.swap_remove(rng.below(editable.len() as u64) as usize);
            store.enqueue(id).unwrap();
            store.begin_send(id).unwrap();
            writeln!(out, "SENDING {id}").unwrap();
            out.flush().unwrap();
            // The network call.
            std::thread::sleep(Duration::from_millis(2 + rng.below(15)));
            store.finish_sent(id, "AB1234", vec![]).unwrap();
            writeln!(out, "SENT {id}").unwrap();
        }
        // Only what reached the pipe counts as acknowledged.
        out.flush().unwrap();
    }
}

#[derive(Default)]
struct Seen {
    acked: BTreeMap<DraftId, u64>,
    sending: BTreeSet<DraftId>,
}

impl Seen {
    fn read(&mut self, line: &str) {
        // The test harness may print on the same line before our output.
        let words: Vec<&str> = ["ACK ", "SENDING ", "SENT "]
            .iter()
            .find_map(|tag| line.find(tag).map(|at| &line[at..]))
            .map(|rest| rest.split_whitespace().collect())
            .unwrap_or_default();
        match words.as_slice() {
            ["ACK", id, revision] => {
                let revision: u64 = revision.parse().unwrap();
                let entry = self.acked.entry(id.parse().unwrap()).or_default();
                *entry = (*entry).max(revision);
            }
            ["SENDING", id] => {
                self.sending.insert(id.parse().unwrap());
            }
            ["SENT", id] => {
                self.sending.remove(&id.parse().unwrap());
            }
            _ => {}
        }
    }
}

fn integrity_ok(path: &Path) {
    let conn = rusqlite::Connection::open(path).unwrap();
    let result: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(result, "ok");
}

#[test]
fn acknowledged_saves_survive_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("drafts.sqlite");
    let exe = std::env::current_exe().unwrap();
    let mut rng = Rng::from_clock();
    let seed = rng.0;
    let started = Instant::now();
    let mut seen = Seen::default();
    let mut caught_mid_send = 0;

    for round in 0..ROUNDS {
        let mut child = Command::new(&exe)
            .args([
                "crash_child_writer",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, &db)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .collect::<Vec<_>>()
        });
        std::thread::sleep(Duration::from_millis(20 + rng.below(150)));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        for line in reader.join().unwrap() {
            seen.read(&line);
        }

        integrity_ok(&db);
        let store = Store::open(&db, &key()).unwrap();
        for (&id, &acked) in &seen.acked {
            let draft = store
                .get(id)
                .unwrap_or_else(|e| panic!("seed {seed}, round {round}: {id} lost: {e}"));
            let revision = draft.summary.revision;
            assert!(
                revision >= acked,
                "seed {seed}: {id} went back to {revision} < {acked}"
            );
            assert_eq!(
                draft.content.ok(),
                Some(&content_for(id, revision)),
                "seed {seed}: {id} has wrong content"
            );
        }
        for &id in &seen.sending {
            let state = store.get(id).unwrap().summary.state;
            // Gesendet if finish_sent committed but its line was cut off.
            assert!(
                matches!(state, OutboxState::Unklar | OutboxState::Gesendet),
                "seed {seed}: {id} in {state:?} after a crash mid-send"
            );
            if state == OutboxState::Unklar {
                caught_mid_send += 1;
            }
        }
        // Nobody will finish these sends; they stay Unklar from now on.
        seen.sending.clear();
        let stuck = store
            .list(&ListQuery {
                state: Some(OutboxState::WirdGesendet),
                ..ListQuery::default()
            })
            .unwrap();
        assert!(stuck.is_empty(), "seed {seed}: WirdGesendet after open");
    }

    assert!(
        !seen.acked.is_empty(),
        "seed {seed}: the writer never saved"
    );
    assert!(caught_mid_send > 0, "seed {seed}: no kill landed mid-send");
    eprintln!(
        "seed {seed}: {ROUNDS} kills, {} drafts acknowledged, {caught_mid_send} caught \
         mid-send, {:?}",
        seen.acked.len(),
        started.elapsed()
    );
    common::record_reliability(
        "store-crash",
        &json!({
            "test": "crates/store/tests/crash.rs acknowledged_saves_survive_sigkill",
            "proves": "A save acknowledged before SIGKILL is there after restart, the database stays intact, a send cut off mid-way comes back as Unklar",
            "figures": format!(
                "{ROUNDS} kills survived, {} drafts acknowledged, 0 lost, {caught_mid_send} sends caught mid-way all Unklar",
                seen.acked.len()
            ),
        }),
    );
}
