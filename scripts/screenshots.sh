#!/usr/bin/env bash
# Re-takes the screenshots in docs/ from the real application under Xvfb: a fresh demo
# database, the real sign-in typed with xdotool, then each main screen captured with
# ImageMagick's import. Usage: scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=$(realpath "${1:-build}")

if [ -z "${WARDEN_SHOTS_STAGE:-}" ]; then
  export WARDEN_SHOTS_STAGE=1
  exec xvfb-run -a -s "-screen 0 1400x900x24" dbus-run-session -- "$0" "$@"
fi

work=$(mktemp -d)
trap 'kill ${app_pid:-0} 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
eval "$(printf 'shots\n' | gnome-keyring-daemon --unlock --components=secrets)"
ctl="$build/app/wardenctl"
db="$work/demo.db"
"$ctl" --db "$db" demo --users 2000 >/dev/null

shot() { sleep "${2:-1}"; import -window root "$root/docs/$1.png"; echo "docs/$1.png"; }
wait_window() { for _ in $(seq 50); do xdotool search --name "$1" >/dev/null 2>&1 && return 0; sleep 0.2; done; return 1; }

sign_in() { # EMAIL
  "$build/app/warden" --db "$db" --email "$1" &
  app_pid=$!
  wait_window "Sign in to Warden"
  xdotool type --delay 20 "Warden-demo-2026"
  xdotool key Tab
  xdotool type --delay 20 "$("$ctl" --db "$db" demo-code "$1")"
}

mkdir -p docs
sign_in alice.admin@acme.example
shot signin
xdotool key Return
wait_window "Warden"
shot main-window 2
[ -n "${WARDEN_SHOTS_EXTRA:-}" ] && source "$WARDEN_SHOTS_EXTRA"
kill "$app_pid"
