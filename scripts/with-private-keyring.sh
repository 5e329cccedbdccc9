#!/usr/bin/env bash
# Runs a command in its own D-Bus session with its own unlocked gnome-keyring, for tests that
# lock the keychain (a locked keychain must be a clear error) without disturbing the tests that
# share the suite's keyring. No display is passed on, so the keyring's unlock prompt cannot
# appear and a locked keychain stays locked.
# Usage: scripts/with-private-keyring.sh COMMAND [ARGS...]
set -euo pipefail

if [ -z "${WARDEN_IN_PRIVATE_KEYRING:-}" ]; then
  export WARDEN_IN_PRIVATE_KEYRING=1
  exec env -u DISPLAY -u WAYLAND_DISPLAY dbus-run-session -- "$0" "$@"
fi

keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/data" XDG_CONFIG_HOME="$keyring_home/config" XDG_CACHE_HOME="$keyring_home/cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
eval "$(printf 'warden-private\n' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
