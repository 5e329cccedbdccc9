#!/usr/bin/env bash
# Builds the Debian package from a build folder, validates the desktop entry and AppStream
# metadata, installs the package with apt (its dependencies from the archive) and runs what it
# installed. Usage: scripts/package.sh [BUILD_DIR]   (needs root or sudo for apt)
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

desktop-file-validate resources/org.warden.Warden.desktop
appstreamcli validate --no-net resources/org.warden.Warden.metainfo.xml

rm -f "$build"/warden_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/warden_*.deb)
echo "built $(basename "$deb"):"
dpkg-deb --field "$deb" Depends
$SUDO apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
installed=$(dpkg-query -W -f='${Version}' warden)
echo "installed warden $installed"
/usr/bin/wardenctl --version
QT_QPA_PLATFORM=offscreen /usr/bin/warden --version
desktop-file-validate /usr/share/applications/org.warden.Warden.desktop
test -f /usr/share/icons/hicolor/scalable/apps/org.warden.Warden.svg
