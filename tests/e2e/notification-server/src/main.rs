//! A stand-in for the desktop's notification server (the freedesktop Notifications D-Bus API)
//! on the session bus the end-to-end tests give the app, which has none. Every notification is
//! printed to stdout as one JSON line (`id`, `summary`, `body`, `actions`), after a first line
//! `{"ready":true}` once the server owns its bus name; a line `<id> <action>`
//! on stdin is a click, sent as the `ActionInvoked` signal a real server sends.

use std::collections::HashMap;
use std::io::BufRead;

use zbus::zvariant::OwnedValue;

const PATH: &str = "/org/freedesktop/Notifications";
const INTERFACE: &str = "org.freedesktop.Notifications";

struct Server {
    last_id: u32,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Server {
    fn get_capabilities(&self) -> Vec<String> {
        vec!["actions".into(), "body".into()]
    }

    #[allow(clippy::too_many_arguments)] // the D-Bus method's signature
    fn notify(
        &mut self,
        _app_name: String,
        _replaces_id: u32,
        _app_icon: String,
        summary: String,
        body: String,
        actions: Vec<String>,
        _hints: HashMap<String, OwnedValue>,
        _expire_timeout: i32,
    ) -> u32 {
        self.last_id += 1;
        println!(
            "{}",
            serde_json::json!({ "id": self.last_id, "summary": summary, "body": body, "actions": actions })
        );
        self.last_id
    }

    fn close_notification(&self, _id: u32) {}

    fn get_server_information(&self) -> (String, String, String, String) {
        (
            "leadbridge-e2e".into(),
            "leadbridge".into(),
            "0.1".into(),
            "1.2".into(),
        )
    }
}

fn main() -> zbus::Result<()> {
    let connection = zbus::blocking::connection::Builder::session()?
        .name(INTERFACE)?
        .serve_at(PATH, Server { last_id: 0 })?
        .build()?;
    // The name is ours: notifications from now on arrive here.
    println!("{}", serde_json::json!({ "ready": true }));
    for line in std::io::stdin().lock().lines() {
        let line = line.map_err(|e| zbus::Error::Failure(e.to_string()))?;
        let mut words = line.split_whitespace();
        let (Some(id), Some(action)) = (words.next(), words.next()) else {
            continue;
        };
        let Ok(id) = id.parse::<u32>() else {
            continue;
        };
        connection.emit_signal(None::<()>, PATH, INTERFACE, "ActionInvoked", &(id, action))?;
    }
    Ok(())
}
