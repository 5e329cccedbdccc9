#!/usr/bin/env bash
# Runs a command with the real services the tests need, started here and torn down after:
#   * a throw-away PostgreSQL server on 127.0.0.1 (initdb in a temporary folder, run as an
#     unprivileged user when we are root), exported as WARDEN_TEST_PG_URL;
#   * a private D-Bus session with gnome-keyring's Secret Service, unlocked.
# Usage: scripts/with-test-services.sh COMMAND [ARGS...]
set -euo pipefail

if [ -z "${WARDEN_IN_TEST_SESSION:-}" ]; then
  export WARDEN_IN_TEST_SESSION=1
  exec dbus-run-session -- "$0" "$@"
fi

# Secret Service: an unlocked login keyring in a throw-away home for the keyring only.
keyring_home=$(mktemp -d)
export XDG_DATA_HOME="$keyring_home/data" XDG_CONFIG_HOME="$keyring_home/config" XDG_CACHE_HOME="$keyring_home/cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
eval "$(printf 'warden-test\n' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL

# PostgreSQL.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_dir=$(mktemp -d)
pg_user=$(id -un)
run_pg() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  pg_user=postgres
  chown postgres "$pg_dir"
  run_pg() { runuser -u postgres -- "$@"; }
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
# Password authentication (scram-sha-256), as a team's server has: the tests reach it with
# PGPASSWORD (libpq) and Warden's own WARDEN_DB_PASSWORD → keychain path.
pg_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
printf '%s\n' "$pg_password" >"$pg_dir/pwfile"
[ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir/pwfile"
run_pg "$pg_bin/initdb" -D "$pg_dir/data" -U "$pg_user" --auth=scram-sha-256 --pwfile="$pg_dir/pwfile" -E UTF8 \
  --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
  || { cat "$pg_dir/initdb.log"; exit 3; }
run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
  -o "-h 127.0.0.1 -p $port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null || { cat "$pg_dir/server.log"; exit 3; }
cleanup() {
  run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir" "$keyring_home"
}
trap cleanup EXIT
export WARDEN_TEST_PG_URL="postgresql://$pg_user@127.0.0.1:$port/postgres"
export PGPASSWORD="$pg_password"

"$@"
