#!/usr/bin/env bash
# Installs what is needed, builds, creates a demo database (first run only) in the user's data
# directory and starts the Warden console on it. Without a desktop session it starts a private
# D-Bus session with gnome-keyring (Warden keeps secrets only in an OS keychain), and without
# a display it runs under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

if [ -z "${WARDEN_DEMO_STAGE:-}" ]; then
  scripts/install-deps.sh
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build -j "$(nproc)"
  export WARDEN_DEMO_STAGE=session
  if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    exec dbus-run-session -- "$0" "$@"
  fi
fi

if ! busctl --user status org.freedesktop.secrets >/dev/null 2>&1; then
  # No Secret Service yet: start gnome-keyring with a demo keyring unlocked by a fixed password.
  eval "$(printf 'warden-demo\n' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
fi

data_dir="${XDG_DATA_HOME:-$HOME/.local/share}/Warden/warden"
db="$data_dir/demo.db"
ctl="$root/build/app/wardenctl"
if [ -f "$db" ] && ! "$ctl" --db "$db" demo-code alice.admin@acme.example >/dev/null 2>&1; then
  echo "The demo database's key is not in this keychain; creating the demo database again."
  rm -f "$db" "$db-wal" "$db-shm"
fi
if [ ! -f "$db" ]; then
  "$ctl" --db "$db" demo --users 2000
fi
cat <<MSG

Demo database: $db
Sign in as alice.admin@acme.example (Super Administrator), carol.basic@acme.example (Basic)
or dave.helpdesk@acme.example (Help Desk); every demo password is Warden-demo-2026.
The current one-time code:  $ctl --db "$db" demo-code alice.admin@acme.example
MSG

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: running the console under Xvfb (headless)."
  exec xvfb-run -a -s "-screen 0 1400x900x24" "$root/build/app/warden" --db "$db" --email alice.admin@acme.example
fi
exec "$root/build/app/warden" --db "$db" --email alice.admin@acme.example
