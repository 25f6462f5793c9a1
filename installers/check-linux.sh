#!/usr/bin/env bash
# CI check of the installers (`make dist-check`), after installers/build-linux.sh:
#   1. install the .deb with apt-get (root), check the desktop entry;
#   2. run the installed `sasaran selftest` as a normal user under Xvfb, with
#      the QtWebEngine sandbox on;
#   3. `apt-get remove` it and check that none of its files is left;
#   4. compile the NSIS script around a tiny stand-in folder (makensis).
# Needs root (apt-get, a test user); installs xvfb, nsis and
# desktop-file-utils when missing.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${SASARAN_BUILD_DIR:-$ROOT/build}
USER_NAME=${SASARAN_TEST_USER:-sasaranuji}
cd "$ROOT"
say() { printf '\n== %s\n' "$*"; }

if [ "$(id -u)" != "0" ]; then
  echo "check-linux.sh perlu root (apt-get install/remove, pengguna uji)." >&2
  exit 1
fi
missing=()
for cmd_pkg in xvfb-run:xvfb makensis:nsis desktop-file-validate:desktop-file-utils xauth:xauth; do
  command -v "${cmd_pkg%%:*}" >/dev/null 2>&1 || missing+=("${cmd_pkg##*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

deb=$(ls -t "$BUILD"/deb/sasaran_*.deb | sed -n 1p)
say "pasang $deb"
desktop-file-validate installers/linux/sasaran.desktop
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
files=$(dpkg -L sasaran)
test -x /usr/bin/sasaran
desktop-file-validate /usr/share/applications/sasaran.desktop
test -f /usr/share/icons/hicolor/48x48/apps/sasaran.png

say "swa-uji terpasang sebagai pengguna biasa ($USER_NAME) di Xvfb, sandbox menyala"
id "$USER_NAME" >/dev/null 2>&1 || useradd --create-home "$USER_NAME"
status=0
(cd / && runuser -u "$USER_NAME" -- env -u QTWEBENGINE_DISABLE_SANDBOX \
  xvfb-run -a sasaran selftest 2>"$BUILD/selftest-installed.log") || status=$?
if grep -q "Sandboxing disabled" "$BUILD/selftest-installed.log"; then
  echo "sandbox QtWebEngine mati pada aplikasi terpasang" >&2
  status=1
fi

say "hapus paket"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq sasaran >/dev/null
left=""
while IFS= read -r f; do
  case "$f" in /opt/sasaran*|/usr/bin/sasaran|*/sasaran.desktop|*/apps/sasaran.*|/usr/share/doc/sasaran*)
    [ -e "$f" ] || [ -L "$f" ] && left="$left $f" ;;
  esac
done <<< "$files"
if [ -n "$left" ]; then
  echo "tertinggal setelah apt-get remove:$left" >&2
  status=1
fi
[ "$status" = 0 ] || exit "$status"

say "NSIS: kompilasi skrip pemasang di sekitar folder pengganti"
installers/windows/check-nsis.sh "$BUILD/nsis"
echo "pemeriksaan pemasang lulus"
