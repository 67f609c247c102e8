#!/usr/bin/env bash
# One hermetic WebDriver session host: tauri-driver inside its own D-Bus session with an
# unlocked gnome-keyring. The caller gives it a throwaway HOME/XDG_* and kills the whole
# process group when the session ends.
set -euo pipefail
exec "$(dirname "$0")/../../scripts/with-keyring" tauri-driver --port "$1" --native-port "$2"
