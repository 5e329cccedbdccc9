#!/usr/bin/env bash
# Installs every Debian 12 package Warden needs to build, run, test and take screenshots.
# Idempotent; uses sudo when not run as root.
set -euo pipefail
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
packages=(
  build-essential cmake ninja-build pkg-config git python3 util-linux
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6sql6-psql libgl-dev qt6-qpa-plugins libqt6svg6 fonts-dejavu-core qt6-translations-l10n
  qtkeychain-qt6-dev libspdlog-dev libfmt-dev libsodium-dev libqrencode-dev
  sqlite3 postgresql postgresql-client libpq-dev
  slapd ldap-utils libldap-dev
  dbus dbus-x11 gnome-keyring libsecret-tools libglib2.0-bin
  xvfb xauth imagemagick x11-utils xdotool
  clang-format clang-tidy
  dpkg-dev desktop-file-utils appstream
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
