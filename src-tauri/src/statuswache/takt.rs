//! When the Statuswache reads next: its interval after a round that got through, a growing
//! pause after 429/503, network errors or refused credentials (at least what `Retry-After`
//! asks), and the loop that keeps that time. Knows nothing of Tauri.

use std::future::Future;
use std::time::Duration;

use store::Environment;
use tokio::sync::Notify;

/// Seconds between rounds for tests (Sandbox and Test only; Produktion keeps the minimum).
pub const TEST_VAR: &str = "LEADBRIDGE_STATUSWACHE_SEKUNDEN";
/// The longest pause a failure alone causes (a `Retry-After` may ask for more).
const HOECHSTENS: Duration = Duration::from_secs(60 * 60);
/// Between two Vorgänge of one round, so many Vorgänge never arrive at Europace as a burst.
pub const ABSTAND: Duration = Duration::from_secs(1);
/// The first round waits this long after the start, so the app's start stays quick.
pub const ERSTE_RUNDE: Duration = Duration::from_secs(5);

/// How a round ended, as far as the schedule cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ausgang {
    /// Europace answered (a single Vorgang's 404 or 410 included).
    Gelesen,
    /// 429 or 503, with the wait the server asked for.
    Ueberlastet { retry_after: Option<Duration> },
    /// No network or no answer in time.
    Netzfehler,
    /// No credentials, or they were refused: asking again soon would not help.
    Zugang,
}

/// The interval between rounds: the user's choice (already within the settings' bounds), or
/// in Sandbox and Test the tests' override from [`TEST_VAR`].
pub fn intervall(environment: Environment, gewaehlt: u32, test: Option<&str>) -> Duration {
    let test = test
        .and_then(|s| s.trim().parse::<u64>().ok())
        .filter(|s| *s > 0 && environment != Environment::Produktion);
    Duration::from_secs(test.unwrap_or(u64::from(gewaehlt)))
}

/// The schedule: the interval and how many rounds in a row failed.
#[derive(Debug, Clone)]
pub struct Takt {
    intervall: Duration,
    fehlschlaege: u32,
}

impl Takt {
    pub fn new(intervall: Duration) -> Self {
        Self {
            intervall,
            fehlschlaege: 0,
        }
    }

    /// The user chose another interval; it counts from the next pause on.
    pub fn setze_intervall(&mut self, intervall: Duration) {
        self.intervall = intervall;
    }

    /// The pause after a round that ended with `ausgang`: the interval after success;
    /// otherwise doubled with every failure in a row, up to an hour (or the interval, if
    /// longer), and never shorter than the server's `Retry-After`.
    pub fn pause(&mut self, ausgang: Ausgang) -> Duration {
        if ausgang == Ausgang::Gelesen {
            self.fehlschlaege = 0;
            return self.intervall;
        }
        self.fehlschlaege = self.fehlschlaege.saturating_add(1);
        let factor = 1u32 << self.fehlschlaege.min(10);
        let backoff = self
            .intervall
            .saturating_mul(factor)
            .min(HOECHSTENS.max(self.intervall));
        match ausgang {
            Ausgang::Ueberlastet {
                retry_after: Some(asked),
            } => backoff.max(asked),
            _ => backoff,
        }
    }
}

/// Runs `runde` after [`ERSTE_RUNDE`], then after each pause the schedule gives, or at once
/// when `wecker` is notified (new settings or credentials). `intervall` is asked before each
/// round, so a changed setting counts without a restart. Never returns.
pub async fn wachen<I, R, F>(wecker: &Notify, intervall: I, mut runde: R)
where
    I: Fn() -> Duration,
    R: FnMut() -> F,
    F: Future<Output = Ausgang>,
{
    let mut takt = Takt::new(intervall());
    let mut pause = ERSTE_RUNDE.min(intervall());
    loop {
        tokio::select! {
            () = wecker.notified() => {}
            () = tokio::time::sleep(pause) => {}
        }
        takt.setze_intervall(intervall());
        let ausgang = runde().await;
        pause = takt.pause(ausgang);
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use tokio::time::Instant;

    use super::*;

    const MINUTE: Duration = Duration::from_secs(60);

    #[test]
    fn success_keeps_the_interval_and_failures_back_off_to_an_hour() {
        let mut takt = Takt::new(MINUTE);
        assert_eq!(takt.pause(Ausgang::Gelesen), MINUTE);
        assert_eq!(takt.pause(Ausgang::Netzfehler), 2 * MINUTE);
        assert_eq!(takt.pause(Ausgang::Netzfehler), 4 * MINUTE);
        assert_eq!(takt.pause(Ausgang::Zugang), 8 * MINUTE);
        for _ in 0..20 {
            takt.pause(Ausgang::Netzfehler);
        }
        assert_eq!(takt.pause(Ausgang::Netzfehler), HOECHSTENS);
        assert_eq!(takt.pause(Ausgang::Gelesen), MINUTE, "one success resets");
    }

    #[test]
    fn retry_after_is_honoured_even_beyond_the_backoff() {
        let mut takt = Takt::new(MINUTE);
        let asked = |s| Ausgang::Ueberlastet {
            retry_after: Some(Duration::from_secs(s)),
        };
        assert_eq!(
            takt.pause(asked(30)),
            2 * MINUTE,
            "never sooner than the backoff"
        );
        assert_eq!(takt.pause(asked(7200)), Duration::from_secs(7200));
        assert_eq!(
            takt.pause(Ausgang::Ueberlastet { retry_after: None }),
            8 * MINUTE
        );
    }

    #[test]
    fn a_long_interval_is_not_shortened_by_the_cap() {
        let mut takt = Takt::new(2 * HOECHSTENS);
        assert_eq!(takt.pause(Ausgang::Netzfehler), 2 * HOECHSTENS);
    }

    #[test]
    fn the_test_override_never_applies_to_produktion() {
        assert_eq!(
            intervall(Environment::Sandbox, 300, Some("2")),
            Duration::from_secs(2)
        );
        assert_eq!(
            intervall(Environment::Test, 300, Some(" 3 ")),
            Duration::from_secs(3)
        );
        assert_eq!(
            intervall(Environment::Produktion, 300, Some("2")),
            Duration::from_secs(300)
        );
        assert_eq!(
            intervall(Environment::Sandbox, 120, Some("0")),
            Duration::from_secs(120)
        );
        assert_eq!(
            intervall(Environment::Sandbox, 120, None),
            Duration::from_secs(120)
        );
    }

    /// Runs [`wachen`] on paused time with rounds ending as `ausgaenge` says (then
    /// `Gelesen`) until `bis`; returns when each round began, in seconds after the start.
    async fn runden(ausgaenge: Vec<Ausgang>, wecken_bei: Option<u64>, bis: u64) -> Vec<u64> {
        let start = Instant::now();
        let times = Arc::new(Mutex::new(Vec::new()));
        let wecker = Arc::new(Notify::new());
        let task = {
            let times = Arc::clone(&times);
            let wecker = Arc::clone(&wecker);
            tokio::spawn(async move {
                let mut ausgaenge = ausgaenge.into_iter();
                wachen(
                    &wecker,
                    || MINUTE,
                    || {
                        times.lock().unwrap().push(start.elapsed().as_secs());
                        let ausgang = ausgaenge.next().unwrap_or(Ausgang::Gelesen);
                        async move { ausgang }
                    },
                )
                .await;
            })
        };
        if let Some(at) = wecken_bei {
            tokio::time::sleep(Duration::from_secs(at)).await;
            wecker.notify_one();
            tokio::time::sleep(Duration::from_secs(bis - at)).await;
        } else {
            tokio::time::sleep(Duration::from_secs(bis)).await;
        }
        task.abort();
        times.lock().unwrap().clone()
    }

    #[tokio::test(start_paused = true)]
    async fn the_loop_keeps_the_interval_and_backs_off_after_429_and_network_errors() {
        let times = runden(
            vec![
                Ausgang::Gelesen,
                Ausgang::Ueberlastet {
                    retry_after: Some(Duration::from_secs(300)),
                },
                Ausgang::Netzfehler,
                Ausgang::Gelesen,
            ],
            None,
            1200,
        )
        .await;
        // 5 s after the start; +60; 429 asks 300 s (backoff 120); network error: 240;
        // then the interval again.
        assert_eq!(
            times,
            [
                5, 65, 365, 605, 665, 725, 785, 845, 905, 965, 1025, 1085, 1145
            ]
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_wake_up_reads_at_once() {
        let times = runden(vec![], Some(30), 100).await;
        assert_eq!(times, [5, 30, 90]);
    }
}
