#!/usr/bin/env bash
# Size guard of the Linux build (`make dist-check`): fails, in words, when the
# bundle (build/dist/sasaran) or the newest .deb grew past its ceiling.
#
#   installers/check-size.sh [BUILD_DIR]
#
# The ceilings are today's measured sizes (737 MB, 258 MB) with a 2 % margin,
# so that a new dependency or a lost trim is noticed in review rather than on
# office PCs.
# Issue 12's goals (bundle under 600 MB, zstd .deb under 220 MB) are not
# reached yet (installers/README.md says what stands between); lower the
# ceilings to them once a build is under. SASARAN_MAX_BUNDLE_MB and
# SASARAN_MAX_DEB_MB override them.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-${SASARAN_BUILD_DIR:-$ROOT/build}}
MAX_BUNDLE_MB=${SASARAN_MAX_BUNDLE_MB:-752}
MAX_DEB_MB=${SASARAN_MAX_DEB_MB:-263}

bundle="$BUILD/dist/sasaran"
deb=$(ls -t "$BUILD"/deb/sasaran_*.deb 2>/dev/null | sed -n 1p)
if [ ! -d "$bundle" ] || [ -z "$deb" ]; then
  echo "Periksa ukuran: bundel atau paket .deb belum ada; jalankan dulu make dist." >&2
  exit 1
fi
bundle_mb=$(du -sm "$bundle" | cut -f1)
deb_mb=$(( $(stat -c %s "$deb") / 1000000 ))
echo "ukuran: bundel ${bundle_mb} MB (batas ${MAX_BUNDLE_MB}), paket $(basename "$deb") ${deb_mb} MB (batas ${MAX_DEB_MB})"
status=0
if [ "$bundle_mb" -gt "$MAX_BUNDLE_MB" ]; then
  echo "Bundel terlalu besar: ${bundle_mb} MB, batasnya ${MAX_BUNDLE_MB} MB. Lihat berkas terbesar" \
    "(du -a build/dist/sasaran | sort -n | tail) dan daftar yang ditinggalkan di installers/sasaran.spec." >&2
  status=1
fi
if [ "$deb_mb" -gt "$MAX_DEB_MB" ]; then
  echo "Paket .deb terlalu besar: ${deb_mb} MB, batasnya ${MAX_DEB_MB} MB. Perkecil bundel" \
    "atau periksa tingkat kompresi zstd di installers/linux/make-deb.sh." >&2
  status=1
fi
exit "$status"
