#!/usr/bin/env bash
# Compile sasaran.nsi with makensis around a tiny stand-in for the frozen
# folder (the real one is built on Windows by build-windows.ps1). Catches
# syntax errors, missing includes, languages and the icon before a Windows
# runner sees the script.   installers/windows/check-nsis.sh [WORK_DIR]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=${1:-$(mktemp -d)}
rm -rf "$WORK" && mkdir -p "$WORK/stand-in/_internal"
printf 'stand-in\n' > "$WORK/stand-in/sasaran.exe"
printf 'stand-in\n' > "$WORK/stand-in/sasaranw.exe"
printf 'stand-in\n' > "$WORK/stand-in/_internal/base_library.zip"
cd "$HERE"
makensis -V2 -WX -DSOURCE_DIR="$WORK/stand-in" -DOUTFILE="$WORK/Sasaran-setup.exe" -DVERSION=0.1.0 sasaran.nsi
test -s "$WORK/Sasaran-setup.exe"
echo "makensis: $(stat -c %s "$WORK/Sasaran-setup.exe") bita, $WORK/Sasaran-setup.exe"
