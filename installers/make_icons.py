"""Render the Sasaran app icon from its SVG source into PNGs and a Windows .ico.

``resources/icons/sasaran.svg`` is the one source. This writes
``resources/icons/sasaran_<N>.png`` (the window icon and the Linux hicolor
theme sizes) and ``installers/windows/sasaran.ico`` (16-48 px as 32-bit
bitmaps, which every Windows shell and NSIS read, 256 px as PNG, which
Explorer uses for large icons). Run it after changing the SVG::

    python installers/make_icons.py

It needs only PySide6 (a project dependency); the output is deterministic.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "sasaran.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_BITMAP_SIZES = (16, 24, 32, 48)
ICO_PNG_SIZES = (256,)


def render(size: int):
    """The icon as a premultiplied-free ARGB32 QImage of ``size`` x ``size``."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG.name} bukan SVG yang sah")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice

    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(buf.data())


def dib_bytes(image) -> bytes:
    """An ICO bitmap entry: BITMAPINFOHEADER, bottom-up BGRA rows, 1-bit AND mask."""
    n = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, n, 2 * n, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in range(n - 1, -1, -1):  # bottom-up
        line = bytearray()
        for x in range(n):
            argb = image.pixel(x, y)
            line += struct.pack("<I", argb)  # little-endian 0xAARRGGBB = B, G, R, A
        rows.append(bytes(line))
    mask_stride = ((n + 31) // 32) * 4
    mask = bytes(mask_stride * n)  # all zero: the alpha channel decides
    return header + b"".join(rows) + mask


def ico_bytes(entries: list[tuple[int, bytes]]) -> bytes:
    out = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    for size, data in entries:
        dim = 0 if size >= 256 else size
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(data for _, data in entries)


def main() -> int:
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    out = SVG.parent
    for size in PNG_SIZES:
        (out / f"sasaran_{size}.png").write_bytes(png_bytes(render(size)))
    entries = [(s, dib_bytes(render(s))) for s in ICO_BITMAP_SIZES]
    entries += [(s, png_bytes(render(s))) for s in ICO_PNG_SIZES]
    ico = ROOT / "installers" / "windows" / "sasaran.ico"
    ico.write_bytes(ico_bytes(entries))
    print(f"{len(PNG_SIZES)} PNG di {out.name}/, {ico.name} ({len(entries)} ukuran)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
