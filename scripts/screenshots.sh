#!/usr/bin/env bash
# Re-takes the screenshots in docs/ from the real application under Xvfb: a fresh demo
# database, the real sign-in typed with xdotool, then each main screen captured with
# ImageMagick's import. Usage: scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
trap 'echo "screenshots.sh: line $LINENO failed" >&2' ERR
cd "$(dirname "$0")/.."
root=$PWD
build=$(realpath "${1:-build}")

if [ -z "${WARDEN_SHOTS_STAGE:-}" ]; then
  export WARDEN_SHOTS_STAGE=1
  exec xvfb-run -a -s "-screen 0 1400x900x24" dbus-run-session -- "$0" "$@"
fi

work=$(mktemp -d)
trap 'kill ${app_pid:-0} 2>/dev/null || true; kill "$(cat "$work/ldap/slapd.pid" 2>/dev/null)" 2>/dev/null || true
      rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
eval "$(printf 'shots\n' | gnome-keyring-daemon --unlock --components=secrets)"
ctl="$build/app/wardenctl"
db="$work/demo.db"
"$ctl" --db "$db" demo --users 2000 >/dev/null
# Directory Synchronization: a small directory on loopback, connected to Acme from the command line
# by Erin (a one-time code is accepted once: Alice signs in to the console next).
ldap_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
ldap_url=$("$root/scripts/demo-directory.sh" "$work/ldap" "$ldap_port")
WARDEN_PASSWORD=Warden-demo-2026 WARDEN_SYNC_PASSWORD=demo-sync "$ctl" --db "$db" --as erin.full@acme.example --client-address 192.0.2.10 \
  --otp "$("$ctl" --db "$db" demo-code erin.full@acme.example)" sync configure --account ACME --preset openldap \
  --url "$ldap_url" --bind-dn cn=sync,dc=acme,dc=example --base-dn dc=acme,dc=example >/dev/null
# One failed sign-in for the status badge to count (and the Audit Log to show).
WARDEN_PASSWORD=not-the-password "$ctl" --db "$db" --as carol.basic@acme.example --otp 000000 whoami 2>/dev/null || true
# A copy of the database as it is now, put back at the end as an old backup would be.
sqlite3 "$db" ".backup '$work/backup.db'"

# A window manager, as on a desktop: title bars in the pictures, focus to the newest window.
if command -v openbox >/dev/null; then
  openbox >/dev/null 2>&1 &
  sleep 1
fi
shot() { sleep "${2:-1}"; import -window root "$root/docs/$1.png"; echo "docs/$1.png"; }
# Focus a new window explicitly too, in case no window manager runs.
wait_window() {
  for _ in $(seq 50); do
    if xdotool search --onlyvisible --name "$1" >/dev/null 2>&1; then
      sleep 0.3
      xdotool search --onlyvisible --name "$1" | tail -n 1 | xargs -I{} xdotool windowfocus --sync {} 2>/dev/null || true
      return 0
    fi
    sleep 0.2
  done
  echo "no window named $1" >&2; return 1
}

# One console runs per database and user: wait until the last one is gone before the next.
stop_console() { # PID
  kill "$1" 2>/dev/null || true
  for _ in $(seq 50); do
    pgrep -f "app/warden --db $db" >/dev/null || return 0
    sleep 0.2
  done
  pkill -f "app/warden --db $db" || true
}

sign_in() { # EMAIL [LANGUAGE [TITLE OF A MESSAGE SHOWN BEFORE SIGN-IN, DISMISSED]]
  LC_ALL="${2:-C.UTF-8}" LANG="${2:-C.UTF-8}" "$build/app/warden" --db "$db" --email "$1" &
  app_pid=$!
  if [ -n "${3:-}" ]; then
    wait_window "$3"
    xdotool key Return
  fi
  wait_window "Warden"
  xdotool type --delay 20 "Warden-demo-2026"
  xdotool key Tab
  xdotool type --delay 20 "$("$ctl" --db "$db" demo-code "$1")"
}

mkdir -p docs
sign_in alice.admin@acme.example
shot signin
xdotool key Return
wait_window "Admin Roles"
sleep 1
# Main window: filter to a role, select it, open the audit log.
xdotool key ctrl+f; xdotool type --delay 30 "help desk"; sleep 0.6
xdotool key Tab Down Down; sleep 0.5
xdotool key ctrl+l
shot main-window 1.5
# The role's Members tab (Add… and Remove, several selected at once).
xdotool key ctrl+m; sleep 0.8
shot members-tab 1
# The audit log: the newest entry selected, its changes field by field beside it.
audit_row=$(xdotool search --onlyvisible --name "Admin Roles" | tail -n 1)
xdotool mousemove --window "$audit_row" 300 "${WARDEN_SHOTS_AUDIT_Y:-640}" click 1; sleep 0.8
shot audit-log 1
# Add User to Role: search, tick two people.
xdotool key ctrl+u
wait_window "Add User to Role"
xdotool type --delay 40 "smi"; sleep 1
xdotool key Tab Down space Down Down space
shot add-user-to-role 1
xdotool key Escape; sleep 0.5
wait_window "Admin Roles"
# Role editor on the custom role.
xdotool key ctrl+f ctrl+a; xdotool type --delay 30 "tier 2"; sleep 0.6
xdotool key Tab Down Down; sleep 0.5
xdotool key ctrl+e
wait_window "Edit Role"
shot role-editor 1
xdotool key Escape
stop_console "$app_pid"
# The help-desk persona: everything visible, every write action disabled.
sign_in dave.helpdesk@acme.example
xdotool key Return
wait_window "Admin Roles"
xdotool key ctrl+f; xdotool type --delay 30 "gateway"; sleep 0.6
xdotool key Tab Down Down; sleep 0.5
shot main-window-helpdesk 1
stop_console "$app_pid"
# The master persona: the account hierarchy with domains linked down from the master.
sign_in mia.master@globex.example
xdotool key Return
wait_window "Admin Roles"
xdotool key ctrl+h; sleep 1
shot account-hierarchy 1
stop_console "$app_pid"
# The partner persona: an account's external admins, then one admin applied to many accounts.
sign_in paul.partner@northwind-msp.example
xdotool key Return
wait_window "Admin Roles"
xdotool key ctrl+f; xdotool type --delay 30 "acme corp"; sleep 0.6
xdotool key Tab Down; sleep 0.5
xdotool key ctrl+shift+x
wait_window "Manage External"
shot external-admins 1
xdotool key Escape; sleep 0.5
wait_window "Admin Roles"
xdotool key ctrl+shift+a
wait_window "Apply External Admin"
xdotool type --delay 20 "pia.ops"; sleep 0.6
xdotool key Down Tab Down; sleep 0.3
xdotool key alt+l; sleep 0.3
xdotool key alt+a; sleep 1
shot apply-external-admin 1
xdotool key Escape
stop_console "$app_pid"
# Import Users: preview, then the check with a rejected row and an address change to confirm.
cat > "$work/staff.csv" <<'CSV'
emailAddress,displayName,upn,role
nora.new@acme.example,"New, Nora",nora@corp.example,Help Desk Administrator
olivia.smith@acme.example,Olivia Smith-Jones,,
carol.b@acme.example,Carol Basic,carol.basic@acme.example,
ghost@elsewhere.example,Ghost,,
CSV
"$ctl" --db "$db" user show carol.basic@acme.example >/dev/null 2>&1 || true
sqlite3 "$db" "UPDATE users SET upn = 'carol.basic@acme.example' WHERE email_key = 'carol.basic@acme.example'"
sign_in alice.admin@acme.example
xdotool key Return
wait_window "Admin Roles"
xdotool key ctrl+shift+i
wait_window "Import Users"
xdotool type --delay 10 "$work/staff.csv"; sleep 0.8
shot import-users 1
xdotool key alt+n; sleep 1.5
shot import-users-check 1
xdotool key Escape
# Admin Management of Acme (Alice is a Super Administrator).
wait_window "Admin Roles"
xdotool key ctrl+f; xdotool type --delay 30 "acme corp"; sleep 0.6
xdotool key Tab Down; sleep 0.5
xdotool key ctrl+shift+m
wait_window "Admin Management"
xdotool key Tab Down Down Down; sleep 0.5
shot admin-management 1
xdotool key Escape
wait_window "Admin Roles"
xdotool key ctrl+shift+d
wait_window "Directory Synchronization"
xdotool key alt+y; sleep 2
shot directory-sync 1
xdotool key Escape
stop_console "$app_pid"
# The Requests view as Erin, the Director-level contact who may approve the demo's request.
sign_in erin.full@acme.example
xdotool key Return
wait_window "Admin Roles"
xdotool key ctrl+f; xdotool type --delay 30 "acme corp"; sleep 0.6
xdotool key Tab Down; sleep 0.5
xdotool key ctrl+shift+r
wait_window "Change Requests"
shot change-requests 1
xdotool key Escape
stop_console "$app_pid"
# German, as set by the system locale.
sign_in carol.basic@acme.example de_DE.UTF-8
xdotool key Return
wait_window "Warden"
xdotool key ctrl+f; xdotool type --delay 30 "tier"; sleep 0.6
xdotool key Tab Down Down; sleep 0.5
shot main-window-de 1
stop_console "$app_pid"
# Team use: a second computer (its own D-Bus session and keyring) asks for access and shows
# the fingerprint to read aloud; the first computer sees the request under Admin Management →
# Computers.
mkdir -p "$work/second/data" "$work/second/config"
env -u GNOME_KEYRING_CONTROL -u DBUS_SESSION_BUS_ADDRESS XDG_DATA_HOME="$work/second/data" \
  XDG_CONFIG_HOME="$work/second/config" dbus-run-session -- bash -c \
  'eval "$(printf "second\n" | gnome-keyring-daemon --unlock --components=secrets)"; export GNOME_KEYRING_CONTROL;
   exec "$0" --db "$1" --email erin.full@acme.example' "$build/app/warden" "$db" &
second_pid=$!
wait_window "Request Access"
xdotool type --delay 20 "Warden-demo-2026"
xdotool key Return
shot request-access 1.5
stop_console "$second_pid"
sign_in alice.admin@acme.example
xdotool key Return
wait_window "Admin Roles"
xdotool key ctrl+f; xdotool type --delay 30 "acme corp"; sleep 0.6
xdotool key Tab Down; sleep 0.5
xdotool key ctrl+shift+m
wait_window "Admin Management"
xdotool key alt+c; sleep 0.5
xdotool key Tab Down; sleep 0.5
shot computers 1
xdotool key Escape
stop_console "$app_pid"

# The backup put back: this computer saw a longer audit log, so the console says so above
# everything (and writes it to the log).
rm -f "$db" "$db-wal" "$db-shm"
cp "$work/backup.db" "$db"
sign_in dave.helpdesk@acme.example C.UTF-8 "not the one this computer saw"
xdotool key Return
wait_window "Admin Roles"
shot audit-log-warning 1
stop_console "$app_pid"
