#!/usr/bin/env bash
# Package a frozen Sasaran folder as a .deb that installs under /opt/sasaran.
#
#   installers/linux/make-deb.sh BUNDLE_DIR OUT_DIR [zstd|xz]
#
# BUNDLE_DIR is PyInstaller's one-folder output (holds `sasaran` and _internal/).
# The package carries /opt/sasaran, the /usr/bin/sasaran link, the desktop
# entry and the hicolor icons; it has no maintainer scripts (dpkg triggers of
# desktop-file-utils and the icon cache refresh menus), so `apt-get remove`
# takes away every file it brought. Depends: the system libraries the bundle
# links against but does not carry (found with readelf and dpkg -S here, so the
# list follows the build). zstd is fast (CI, level 9, SASARAN_ZSTD_LEVEL
# overrides); xz is smaller (releases).
set -euo pipefail

BUNDLE=$(cd "$1" && pwd)
OUT=$(mkdir -p "$2" && cd "$2" && pwd)
COMPRESS=${3:-zstd}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
VERSION=$(sed -n '0,/^version = /s/^version = "\(.*\)"/\1/p' "$ROOT/pyproject.toml")
ARCH=$(dpkg --print-architecture)
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT

mkdir -p "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" "$STAGE/DEBIAN"
cp -a "$BUNDLE" "$STAGE/opt/sasaran"
ln -s /opt/sasaran/sasaran "$STAGE/usr/bin/sasaran"
install -m 644 "$HERE/sasaran.desktop" "$STAGE/usr/share/applications/sasaran.desktop"
for size in 16 24 32 48 64 128 256 512; do
  dir="$STAGE/usr/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  install -m 644 "$ROOT/resources/icons/sasaran_${size}.png" "$dir/sasaran.png"
done
mkdir -p "$STAGE/usr/share/icons/hicolor/scalable/apps"
install -m 644 "$ROOT/resources/icons/sasaran.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/sasaran.svg"
mkdir -p "$STAGE/usr/share/doc/sasaran"
printf 'Sasaran %s\nProprietary. Bundled third-party components keep their own licences\n(see /opt/sasaran/_internal/*.dist-info).\n' "$VERSION" > "$STAGE/usr/share/doc/sasaran/copyright"

# Sonames the bundle needs but does not carry -> the Debian packages that hold them.
dynamic=$(find "$STAGE/opt/sasaran" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
  | xargs -0 readelf -d 2>/dev/null || true)  # readelf fails on the non-ELF files
needed=$(echo "$dynamic" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort -u)
carried=$(find "$STAGE/opt/sasaran" \( -type f -o -type l \) -printf '%f\n' | sort -u)
packages=""
libraries=$(ldconfig -p)
for so in $(comm -23 <(echo "$needed") <(echo "$carried")); do
  path=$(echo "$libraries" | awk -v n="$so" '$1 == n && /x86-64|AArch64/ && !p {print $NF; p = 1}')
  [ -n "$path" ] || { echo "make-deb: $so tidak ditemukan di sistem pembangun" >&2; exit 1; }
  # no `head` in these pipes: under pipefail an early exit kills the writer (SIGPIPE)
  pkg=$( (dpkg -S "$(readlink -f "$path")" 2>/dev/null || dpkg -S "$path") | sed -n '1s/:.*//p')
  packages="$packages $pkg"
done
depends=$(echo "$packages" | tr ' ' '\n' | grep -v '^$' | sort -u | grep -v '^libc6$' | paste -sd, | sed 's/,/, /g')
glibc=$(ldd --version | sed -n '1s/.* //p')
depends="libc6 (>= $glibc)${depends:+, $depends}"

size_kb=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: sasaran
Version: $VERSION
Section: science
Priority: optional
Architecture: $ARCH
Installed-Size: $size_kb
Depends: $depends
Maintainer: Tim Sasaran <sasaran@localhost>
Description: GIS penargetan bantuan sosial (tepat sasaran)
 Sasaran membantu Dinas Sosial dan Bappeda memetakan rumah tangga dari
 DTSEN, DTKS, P3KE atau BDT, menggambar zona, menyusun skenario program
 dengan batas anggaran, dan mencetak lembar peta serta peta web.
 Desktop GIS for planning well-targeted social assistance in Indonesia.
CONTROL

deb="$OUT/sasaran_${VERSION}_${ARCH}.deb"
# zstd level 9: 10 % smaller than dpkg's default level (3) for about 20 s on two
# cores; levels above 12 gain a few MB for minutes (installers/README.md).
level=()
[ "$COMPRESS" = zstd ] && level=(-z"${SASARAN_ZSTD_LEVEL:-9}")
dpkg-deb --root-owner-group -Z"$COMPRESS" "${level[@]}" --build "$STAGE" "$deb" >/dev/null
echo "$deb"
