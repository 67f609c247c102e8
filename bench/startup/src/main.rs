//! Start-up benchmark: launches an empty Tauri v2 window (as Tauri ships it, and with the
//! renderer Leadbridge picks for itself) and Leadbridge alternately, each `BENCH_RUNS` times
//! (default 7, after one discarded warm-up), and prints the medians of time to the first
//! interactive frame and of idle RSS across the app and its WebKit processes, with the
//! ratios Leadbridge / each empty window. It prints; it does not fail.
//!
//! Run it through `make bench`, which builds both apps in release mode and provides Xvfb
//! and a session bus.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const IDLE: Duration = Duration::from_secs(3);
const READY_TIMEOUT: Duration = Duration::from_secs(30);
const READY_MARK: &str = "ui ready after";

/// One app as the benchmark launches it.
struct App<'a> {
    name: &'static str,
    path: &'a Path,
    /// Added to the environment of each launch.
    env: &'static [(&'static str, &'static str)],
}

struct Sample {
    ready: Duration,
    rss_kib: u64,
}

fn main() {
    let runs: usize = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(7);
    let target = std::env::var("CARGO_TARGET_DIR").map_or_else(
        |_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"),
        PathBuf::from,
    );
    let empty = target.join("release/empty-window");
    let leadbridge = target.join("release/leadbridge-desktop");
    for app in [&empty, &leadbridge] {
        assert!(
            app.exists(),
            "{} fehlt: erst `make bench` bauen lassen",
            app.display()
        );
    }

    // The empty window twice: as Tauri ships it, and with the renderer Leadbridge chooses
    // for itself (see src-tauri/src/rendering.rs), so the ratio against the latter shows
    // what Leadbridge's own work costs, apart from that choice.
    let apps = [
        App {
            name: "empty window",
            path: &empty,
            env: &[],
        },
        App {
            name: "empty, shm",
            path: &empty,
            env: &[("WEBKIT_DISABLE_DMABUF_RENDERER", "1")],
        },
        App {
            name: "leadbridge",
            path: &leadbridge,
            env: &[],
        },
    ];
    let mut samples: Vec<Vec<Sample>> = apps.iter().map(|_| Vec::new()).collect();
    // Warm-up: the first launch after idle is much slower and is not what users see daily.
    for app in &apps {
        launch(app);
    }
    // Alternating runs spread drift of the machine evenly over the apps.
    for _ in 0..runs {
        for (app, samples) in apps.iter().zip(&mut samples) {
            samples.push(launch(app));
        }
    }

    let results: Vec<(u128, u64)> = samples.iter().map(|s| medians(s)).collect();
    println!("start-up benchmark, {runs} runs each, medians");
    println!("{:<14} {:>12} {:>14}", "app", "ready [ms]", "idle RSS [MB]");
    for (app, (ready, rss)) in apps.iter().zip(&results) {
        println!(
            "{:<14} {ready:>12} {:>14.0}",
            app.name,
            *rss as f64 / 1024.0
        );
    }
    let (lb_ready, lb_rss) = results[2];
    for (App { name, .. }, (ready, rss)) in apps.iter().zip(&results).take(2) {
        println!(
            "ratio start-up leadbridge/{name}: {:.2} (goal <= 1.25)",
            lb_ready as f64 / *ready as f64
        );
        println!(
            "ratio idle RSS leadbridge/{name}: {:.2} (goal <= 1.30)",
            lb_rss as f64 / *rss as f64
        );
    }
}

fn medians(samples: &[Sample]) -> (u128, u64) {
    let mut ready: Vec<u128> = samples.iter().map(|s| s.ready.as_millis()).collect();
    let mut rss: Vec<u64> = samples.iter().map(|s| s.rss_kib).collect();
    ready.sort_unstable();
    rss.sort_unstable();
    (ready[ready.len() / 2], rss[rss.len() / 2])
}

/// Starts `app` with a throwaway HOME and `env`, waits for its ready line, lets it idle, measures the
/// RSS of its whole process tree and stops it.
fn launch(app: &App<'_>) -> Sample {
    let App { path: app, env, .. } = *app;
    let home = std::env::temp_dir().join(format!("startup-bench-{}", std::process::id()));
    std::fs::create_dir_all(&home).expect("temp HOME");
    let started = Instant::now();
    let mut child = Command::new(app)
        .env("HOME", &home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{} startet nicht: {e}", app.display()));
    let ready = wait_for_ready(&mut child, started);
    std::thread::sleep(IDLE);
    let rss_kib = tree_rss_kib(child.id());
    stop_tree(&mut child);
    std::fs::remove_dir_all(&home).ok();
    Sample { ready, rss_kib }
}

fn wait_for_ready(child: &mut Child, started: Instant) -> Duration {
    let stdout = child.stdout.take().expect("piped stdout");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if line.contains(READY_MARK) {
                tx.send(started.elapsed()).ok();
            }
        }
    });
    rx.recv_timeout(READY_TIMEOUT)
        .expect("the app did not report its first frame in time")
}

/// The process and all its descendants (WebKitWebProcess, WebKitNetworkProcess, …).
fn tree(root: u32) -> Vec<u32> {
    let mut parents: Vec<(u32, u32)> = Vec::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        // The command name may contain spaces; the parent pid follows its closing paren.
        let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
        if let Some(ppid) = after.split_whitespace().nth(1).and_then(|p| p.parse().ok()) {
            parents.push((pid, ppid));
        }
    }
    let mut members = vec![root];
    let mut i = 0;
    while i < members.len() {
        let parent = members[i];
        members.extend(
            parents
                .iter()
                .filter(|(_, pp)| *pp == parent)
                .map(|(p, _)| *p),
        );
        i += 1;
    }
    members
}

fn tree_rss_kib(root: u32) -> u64 {
    tree(root)
        .into_iter()
        .filter_map(|pid| std::fs::read_to_string(format!("/proc/{pid}/status")).ok())
        .filter_map(|status| {
            status
                .lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kib| kib.parse::<u64>().ok())
        })
        .sum()
}

fn stop_tree(child: &mut Child) {
    for pid in tree(child.id()).into_iter().rev() {
        Command::new("kill").arg(pid.to_string()).status().ok();
    }
    child.wait().ok();
}
