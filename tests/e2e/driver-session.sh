#!/usr/bin/env bash
# One hermetic WebDriver session host: its own D-Bus session with an unlocked gnome-keyring
# (a real Secret Service for the app's keyring), and tauri-driver inside it. The caller gives
# it a throwaway HOME/XDG_* and kills the whole process group when the session ends.
set -euo pipefail
exec dbus-run-session -- bash -c '
  echo -n "leadbridge-e2e" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec tauri-driver --port "$1" --native-port "$2"
' driver-session "$1" "$2"
