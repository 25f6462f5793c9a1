#!/usr/bin/env bash
# Build the Linux Sasaran: build venv, PyInstaller one-folder bundle, self-test
# of the frozen app moved to another folder under a clean environment, .deb.
#
#   installers/build-linux.sh            # zstd .deb (fast; CI and testing)
#   installers/build-linux.sh --release  # xz .deb (smaller, ~8 minutes)
#
# Output in build/ (SASARAN_BUILD_DIR overrides): build/dist/sasaran (the
# bundle) and build/deb/sasaran_<version>_<arch>.deb. The build venv is made
# from pyproject.toml (".[dist]") and reused while pyproject.toml is unchanged,
# as a fresh CI machine would make it. Needs: python3 (3.11+), binutils
# (readelf, strip), dpkg-deb. The bundle carries this machine's libraries, so
# build on the oldest system you support (installers/README.md).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${SASARAN_BUILD_DIR:-$ROOT/build}
PYTHON=${PYTHON:-python3}
COMPRESS=zstd
[ "${1:-}" = "--release" ] && COMPRESS=xz
VENV=$BUILD/venv
STAMP=$VENV/.installed-$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)
cd "$ROOT"

say() { printf '\n== %s\n' "$*"; }
t0=$(date +%s)

if [ ! -f "$STAMP" ]; then
  say "venv pembangun ($VENV)"
  rm -rf "$VENV"
  "$PYTHON" -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  "$VENV/bin/python" -m pip install --quiet -e ".[dist]"
  touch "$STAMP"
fi

say "PyInstaller (satu folder)"
t1=$(date +%s)
rm -rf "$BUILD/dist/sasaran"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
  --workpath "$BUILD/pyinstaller" --distpath "$BUILD/dist" installers/sasaran.spec
t2=$(date +%s)

say "swa-uji aplikasi beku, dipindah ke folder lain, lingkungan kosong (env -i)"
MOVED=$(mktemp -d)
trap 'rm -rf "$MOVED"' EXIT
cp -a "$BUILD/dist/sasaran" "$MOVED/Sasaran Pindahan"
# Chromium refuses its sandbox as root; the .deb check runs it sandboxed as a user.
sandbox=()
[ "$(id -u)" = "0" ] && sandbox=(QTWEBENGINE_DISABLE_SANDBOX=1)
(cd / && env -i "${sandbox[@]}" "$MOVED/Sasaran Pindahan/sasaran" selftest 2>"$BUILD/selftest-frozen.log")
rm -rf "$MOVED"
t3=$(date +%s)

say ".deb ($COMPRESS)"
deb=$(installers/linux/make-deb.sh "$BUILD/dist/sasaran" "$BUILD/deb" "$COMPRESS")
t4=$(date +%s)

bundle_mb=$(du -sm "$BUILD/dist/sasaran" | cut -f1)
deb_mb=$(( $(stat -c %s "$deb") / 1000000 ))
say "selesai"
echo "bundel:  $BUILD/dist/sasaran  ${bundle_mb} MB"
echo "paket:   $deb  ${deb_mb} MB"
echo "waktu:   PyInstaller $((t2 - t1)) s, swa-uji $((t3 - t2)) s, .deb $((t4 - t3)) s, total $((t4 - t0)) s"
