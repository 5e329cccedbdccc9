#!/usr/bin/env bash
# Runs a command as one "computer" of a team: its own D-Bus session, its own gnome-keyring and
# its own HOME, all kept in DIR between runs (so the keychain remembers what an earlier run
# stored). Two computers are two DIRs. Used by the team tests and for trying the team flow by hand.
# Usage: scripts/as-computer.sh DIR COMMAND [ARGS...]
set -euo pipefail

if [ -z "${WARDEN_COMPUTER_DIR:-}" ]; then
  dir=$(mkdir -p "$1" && cd "$1" && pwd)
  shift
  export WARDEN_COMPUTER_DIR="$dir"
  mkdir -p "$dir/run" && chmod 700 "$dir/run"
  exec env -u DISPLAY -u WAYLAND_DISPLAY -u GNOME_KEYRING_CONTROL -u DBUS_SESSION_BUS_ADDRESS \
    HOME="$dir/home" XDG_DATA_HOME="$dir/home/.local/share" XDG_CONFIG_HOME="$dir/home/.config" \
    XDG_CACHE_HOME="$dir/home/.cache" XDG_RUNTIME_DIR="$dir/run" \
    dbus-run-session -- "$0" "$@"
fi

mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'warden-computer\n' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
