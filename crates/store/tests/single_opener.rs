//! One opener at a time: while one process has the store open, a second one
//! (another process, the CLI, or a second `Store` in the same process) is
//! refused with a German "bereits geöffnet" error, and the first one's send
//! under way is not turned Unklar by the attempt.
//!
//! The holder is this test binary itself, re-executed with `HOLDER_DB` set,
//! which turns `holder_process` into a process that opens the store, begins a
//! send, and finishes it when told on stdin; in a normal run it returns at once.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

use common::{header, key, new_draft, reopen, temp_store};
use store::{DraftId, OutboxState, Store, StoreError};

const HOLDER_ENV: &str = "HOLDER_DB";

#[test]
fn holder_process() {
    let Ok(db) = std::env::var(HOLDER_ENV) else {
        return;
    };
    let mut store = Store::open(&db, &key()).unwrap();
    let id = DraftId::new();
    store
        .save(id, &header("Anna Muster"), &common::content("Anna"))
        .unwrap();
    store.enqueue(id).unwrap();
    store.begin_send(id).unwrap();
    println!("SENDING {id}");
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).unwrap();
    store.finish_sent(id, "AB1234", vec![]).unwrap();
}

fn assert_already_open(error: StoreError) {
    assert!(matches!(error, StoreError::AlreadyOpen(_)), "{error:?}");
    assert_eq!(error.code(), "already_open");
    let message = error.to_string();
    assert!(message.contains("bereits geöffnet"), "{message}");
    assert!(!message.contains("os error"), "{message}");
}

#[test]
fn a_second_process_is_refused_and_the_first_ones_send_stays_under_way() {
    let (_dir, path, store) = temp_store();
    drop(store);
    let mut holder = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "holder_process",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(HOLDER_ENV, &path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(holder.stdout.take().unwrap()).lines();
    let id: DraftId = loop {
        let line = lines.next().expect("the holder ended early").unwrap();
        if let Some(at) = line.find("SENDING ") {
            break line[at + 8..].trim().parse().unwrap();
        }
    };

    let Err(error) = Store::open(&path, &key()) else {
        panic!("a second process opened the store");
    };
    assert_already_open(error);

    writeln!(holder.stdin.take().unwrap()).unwrap();
    assert!(holder.wait().unwrap().success());
    let store = reopen(&path);
    assert_eq!(
        store.get(id).unwrap().summary.state,
        OutboxState::Gesendet,
        "the refused opener turned the running send Unklar"
    );
}

#[test]
fn a_second_store_in_the_same_process_is_refused_until_the_first_closes() {
    let (_dir, path, mut store) = temp_store();
    let id = new_draft(&mut store, "Anna Muster");
    let Err(error) = Store::open(&path, &key()) else {
        panic!("opened twice");
    };
    assert_already_open(error);
    drop(store);
    assert!(reopen(&path).get(id).is_ok());
}

#[test]
fn a_killed_holder_leaves_no_stale_lock() {
    let (_dir, path, store) = temp_store();
    drop(store);
    let mut holder = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "holder_process",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(HOLDER_ENV, &path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(holder.stdout.take().unwrap()).lines();
    while !lines.next().unwrap().unwrap().contains("SENDING ") {}
    holder.kill().unwrap();
    holder.wait().unwrap();
    let store = reopen(&path);
    let unklar = store
        .list(&store::ListQuery {
            state: Some(OutboxState::Unklar),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(unklar.len(), 1, "the killed send comes back as Unklar");
}
