"""Paint a map-sheet layout on a PDF, an image or a printer, with no window needed.

``gis.maps.sheet_layout`` decides where everything goes, in millimetres; this
module only paints it with QPainter, so the same sheet comes out of the
preview, the PDF export, the 300 dpi PNG and the printer. PDF pages are
vector for polygons, zones, PSKS and text; dense household points (only when
the planner asked for them) are one raster image per map, which keeps a
million points to a few hundred kilobytes and a fraction of a second.

It works headless: :func:`ensure_app` starts a ``QGuiApplication`` on the
offscreen platform when no display is there, and QPdfWriter and QImage
need nothing else. The PDF writer uses ``setResolution(96)`` (DESIGN.md).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path

import numpy as np
import shapely
from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QPolygonF,
    QTransform,
)

from gis.errors import Cancelled
from gis.io.outputguard import OutputError, check_target, check_targets, writing
from gis.maps.sheet_layout import (
    BoxItem,
    DotLayer,
    ImageItem,
    LabelLayer,
    LegendItem,
    LineItem,
    MapItem,
    NorthArrowItem,
    PointLayer,
    PolygonLayer,
    Rect,
    ScaleBarItem,
    SheetLayout,
    TableItem,
    TextItem,
)

PDF_RESOLUTION = 96
FONT_FAMILIES = ["Arial", "Liberation Sans", "Helvetica", "DejaVu Sans", "Noto Sans"]


def ensure_app():
    """The running Qt application, or a new offscreen-capable QGuiApplication."""
    app = QGuiApplication.instance()
    if app is None:
        headless = sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        )
        if headless:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    return app


def _placeholder_logo() -> str:
    return str(resources.files("resources").joinpath("logo", "logo_placeholder.svg"))


class _Painter:
    """Paints one layout; coordinates in mm, device units = mm * ``s``."""

    def __init__(self, painter: QPainter, s: float, raster_dpi: float | None = None):
        self.p = painter
        self.s = s
        self.raster_dpi = raster_dpi
        painter.setRenderHints(
            QPainter.Antialiasing | QPainter.TextAntialiasing | QPainter.SmoothPixmapTransform
        )

    # -- helpers -------------------------------------------------------
    def font(self, size_pt: float, bold=False, italic=False) -> QFont:
        f = QFont()
        f.setFamilies(FONT_FAMILIES)
        f.setPointSizeF(max(1.0, size_pt))
        f.setBold(bold)
        f.setItalic(italic)
        return f

    def dev(self, r: Rect) -> QRectF:
        s = self.s
        return QRectF(r.x * s, r.y * s, r.w * s, r.h * s)

    def mm_mode(self):
        self.p.setTransform(QTransform.fromScale(self.s, self.s))

    def dev_mode(self):
        self.p.setTransform(QTransform())

    def pen(self, color: str, width_mm: float, dash=False) -> QPen:
        pen = QPen(QColor(color))
        pen.setWidthF(width_mm)
        pen.setJoinStyle(Qt.RoundJoin)
        pen.setCapStyle(Qt.FlatCap)
        if dash:
            pen.setStyle(Qt.CustomDashLine)
            pen.setDashPattern([6, 3])
        return pen

    def fitted_font(self, lines, size_pt, bold, italic, width_dev) -> QFont:
        """The font, shrunk if a line is wider than the rectangle (estimates can be off)."""
        f = self.font(size_pt, bold, italic)
        fm = QFontMetricsF(f, self.p.device())
        widest = max((fm.horizontalAdvance(ln) for ln in lines), default=0.0)
        if widest > width_dev > 0:
            f.setPointSizeF(max(1.0, size_pt * width_dev / widest * 0.98))
        return f

    def text_lines(
        self, rect: Rect, lines, size_pt, bold=False, italic=False, align="left", color="#000"
    ):
        self.dev_mode()
        r = self.dev(rect)
        f = self.fitted_font(lines, size_pt, bold, italic, r.width())
        self.p.setFont(f)
        self.p.setPen(QColor(color))
        lh = size_pt * 25.4 / 72 * 1.22 * self.s
        flag = {"left": Qt.AlignLeft, "center": Qt.AlignHCenter, "right": Qt.AlignRight}[align]
        for i, line in enumerate(lines):
            self.p.drawText(
                QRectF(r.x(), r.y() + i * lh, r.width(), lh), flag | Qt.AlignVCenter, line
            )

    # -- items ---------------------------------------------------------
    def paint(self, layout: SheetLayout):
        self.dev_mode()
        self.p.fillRect(QRectF(0, 0, layout.width_mm * self.s, layout.height_mm * self.s), Qt.white)
        for it in layout.items:
            self.p.save()
            if isinstance(it, MapItem):
                self.map(it)
            elif isinstance(it, TextItem):
                self.text_lines(
                    it.rect, it.lines, it.size_pt, it.bold, it.italic, it.align, it.color
                )
            elif isinstance(it, BoxItem):
                self.mm_mode()
                self.p.setPen(self.pen(it.color, it.line_mm))
                self.p.setBrush(QBrush(QColor(it.fill)) if it.fill else Qt.NoBrush)
                self.p.drawRect(QRectF(it.rect.x, it.rect.y, it.rect.w, it.rect.h))
            elif isinstance(it, LineItem):
                self.mm_mode()
                self.p.setPen(self.pen(it.color, it.line_mm))
                self.p.drawLine(QPointF(it.x0, it.y0), QPointF(it.x1, it.y1))
            elif isinstance(it, LegendItem):
                self.legend(it)
            elif isinstance(it, ScaleBarItem):
                self.scalebar(it)
            elif isinstance(it, NorthArrowItem):
                self.north(it)
            elif isinstance(it, TableItem):
                self.table(it)
            elif isinstance(it, ImageItem):
                self.image(it)
            self.p.restore()

    def map(self, it: MapItem):
        r = it.rect
        self.mm_mode()
        box = QRectF(r.x, r.y, r.w, r.h)
        self.p.fillRect(box, QColor(it.background))
        self.p.save()
        self.p.setClipRect(box)
        labels = []
        for layer in it.layers:
            if isinstance(layer, PolygonLayer):
                self.polygons(layer)
            elif isinstance(layer, DotLayer):
                self.dots(layer, r)
            elif isinstance(layer, PointLayer):
                self.points(layer)
            elif isinstance(layer, LabelLayer):
                labels.append(layer)
        if it.grid_lines:
            self.mm_mode()
            path = _polylines_path(it.grid_lines)
            self.p.setPen(self.pen("#6f6f6f", 0.1, dash=False))
            self.p.setBrush(Qt.NoBrush)
            self.p.drawPath(path)
        placed: list[QRectF] = []
        for layer in labels:
            self.labels(layer, placed)
        self.p.restore()
        self.mm_mode()
        self.p.setPen(self.pen("#000000", it.border_mm))
        self.p.setBrush(Qt.NoBrush)
        self.p.drawRect(box)
        if it.grid_labels:
            self.grid_labels(it)

    def polygons(self, layer: PolygonLayer):
        self.mm_mode()
        geoms = layer.geoms
        if len(geoms) == 0:
            return
        if layer.fills is not None:
            fills = np.asarray(layer.fills, dtype=object)
            for color in dict.fromkeys(fills.tolist()):
                path = _polygon_path(geoms[fills == color])
                c = QColor(color)
                c.setAlphaF(layer.fill_alpha)
                self.p.fillPath(path, QBrush(c))
        if layer.line_color:
            path = _polygon_path(geoms)
            self.p.setBrush(Qt.NoBrush)
            self.p.setPen(self.pen(layer.line_color, layer.line_mm, layer.dash))
            self.p.drawPath(path)

    def dots(self, layer: DotLayer, r: Rect):
        dpi = layer.dpi if self.raster_dpi is None else min(layer.dpi, self.raster_dpi)
        img = _dot_image(layer, r, dpi)
        if img is None:
            return
        self.mm_mode()
        self.p.drawImage(QRectF(r.x, r.y, r.w, r.h), img)

    def points(self, layer: PointLayer):
        self.mm_mode()
        if len(layer.x) == 0:
            return
        d = layer.size_mm
        x, y = np.asarray(layer.x), np.asarray(layer.y)
        if layer.shape == "triangle":
            px = np.column_stack([x, x + d * 0.55, x - d * 0.55, x]).ravel()
            py = np.column_stack([y - d * 0.6, y + d * 0.45, y + d * 0.45, y - d * 0.6]).ravel()
        else:
            h = d / 2
            px = np.column_stack([x - h, x + h, x + h, x - h, x - h]).ravel()
            py = np.column_stack([y - h, y - h, y + h, y + h, y - h]).ravel()
        k = len(px) // len(x)
        connect = np.ones(len(px), dtype=bool)
        connect[k - 1 :: k] = False
        path = _array_path(px, py, connect)
        path.setFillRule(Qt.WindingFill)
        self.p.setPen(self.pen(layer.line_color, 0.06))
        self.p.setBrush(QBrush(QColor(layer.fill)))
        self.p.drawPath(path)

    def labels(self, layer: LabelLayer, placed: list):
        """Place names as real text (small in a PDF, searchable), with a white halo.

        Labels that would overlap one already placed are left out.
        """
        self.dev_mode()
        f = self.font(layer.size_pt, layer.bold)
        self.p.setFont(f)
        fm = QFontMetricsF(f, self.p.device())
        s = self.s
        halo = max(0.6, 0.25 * s)
        offsets = [
            (dx * halo, dy * halo)
            for dx, dy in (
                (-1, 0),
                (1, 0),
                (0, -1),
                (0, 1),
                (-0.7, -0.7),
                (0.7, 0.7),
                (-0.7, 0.7),
                (0.7, -0.7),
            )
        ]
        todo = []
        for x, y, text in zip(layer.x, layer.y, layer.texts):
            if not text or np.isnan(x):
                continue
            w = fm.horizontalAdvance(text)
            box = QRectF(x * s - w / 2, y * s - fm.ascent() / 2 - 1, w, fm.height())
            if any(box.intersects(b) for b in placed):
                continue
            placed.append(box)
            todo.append((QPointF(x * s - w / 2, y * s + fm.ascent() / 2 - fm.descent() / 2), text))
        self.p.setPen(QColor(255, 255, 255, 230))
        for dx, dy in offsets:
            for pt, text in todo:
                self.p.drawText(pt + QPointF(dx, dy), text)
        self.p.setPen(QColor(layer.color))
        for pt, text in todo:
            self.p.drawText(pt, text)

    def grid_labels(self, it: MapItem):
        self.dev_mode()
        f = self.font(it.grid_size_pt)
        self.p.setFont(f)
        self.p.setPen(QColor("#202020"))
        fm = QFontMetricsF(f, self.p.device())
        s = self.s
        gap = 0.8 * s
        for gl in it.grid_labels:
            w = fm.horizontalAdvance(gl.text)
            x, y = gl.x * s, gl.y * s
            if gl.side == "bottom":
                self.p.drawText(QPointF(x - w / 2, y + gap + fm.ascent()), gl.text)
            elif gl.side == "top":
                self.p.drawText(QPointF(x - w / 2, y - gap - fm.descent()), gl.text)
            else:
                self.p.save()
                self.p.translate(x, y)
                self.p.rotate(-90)
                off = -gap - fm.descent() if gl.side == "left" else gap + fm.ascent()
                self.p.drawText(QPointF(-w / 2, off), gl.text)
                self.p.restore()

    def legend(self, it: LegendItem):
        r = it.rect
        lh = it.size_pt * 25.4 / 72 * 1.22
        y = r.y
        ts = it.size_pt * 1.1
        self.text_lines(Rect(r.x, y, r.w, lh * len(it.title_lines)), it.title_lines, ts, True)
        y += len(it.title_lines) * ts * 25.4 / 72 * 1.22
        self.text_lines(Rect(r.x, y, r.w, lh), (it.subtitle,), it.size_pt * 0.92, italic=True)
        y += lh + 1
        sw, sh = 6.5, min(3.4, it.row_mm * 0.8)
        for e in it.entries:
            cy = y + it.row_mm / 2
            self.mm_mode()
            patch = QRectF(r.x, cy - sh / 2, sw, sh)
            if e.kind == "fill":
                self.p.setPen(self.pen("#7f7f7f", 0.1))
                self.p.setBrush(QBrush(QColor(e.color)))
                self.p.drawRect(patch)
            elif e.kind in ("line", "dashline"):
                self.p.setPen(
                    self.pen(e.color, 0.45 if e.kind == "line" else 0.25, e.kind == "dashline")
                )
                self.p.drawLine(QPointF(r.x, cy), QPointF(r.x + sw, cy))
            elif e.kind == "zone":
                c = QColor(e.color)
                c.setAlphaF(0.15)
                self.p.setBrush(QBrush(c))
                self.p.setPen(self.pen(e.color, 0.5))
                self.p.drawRect(patch)
            elif e.kind == "point":
                tri = QPolygonF(
                    [
                        QPointF(r.x + sw / 2, cy - 1.0),
                        QPointF(r.x + sw / 2 + 1.0, cy + 0.8),
                        QPointF(r.x + sw / 2 - 1.0, cy + 0.8),
                    ]
                )
                self.p.setPen(self.pen("#ffffff", 0.1))
                self.p.setBrush(QBrush(QColor(e.color)))
                self.p.drawPolygon(tri)
            elif e.kind == "dots":
                self.p.setPen(Qt.NoPen)
                self.p.setBrush(QBrush(QColor(e.color)))
                for dx, dy in ((1.2, -0.6), (3.0, 0.5), (4.6, -0.4), (2.2, 0.9), (5.4, 0.7)):
                    self.p.drawEllipse(QPointF(r.x + dx, cy + dy), 0.3, 0.3)
            self.text_lines(Rect(r.x + sw + 2, y, r.w - sw - 2, it.row_mm), (e.label,), it.size_pt)
            y += it.row_mm
        if it.note_lines:
            ns = it.size_pt * 0.9
            self.text_lines(
                Rect(r.x, y + 0.5, r.w, len(it.note_lines) * ns * 25.4 / 72 * 1.22),
                it.note_lines,
                ns,
                italic=True,
                color="#333333",
            )

    def scalebar(self, it: ScaleBarItem):
        lh = it.size_pt * 25.4 / 72 * 1.22
        self.text_lines(Rect(it.rect.x, it.rect.y, it.rect.w, lh), (it.numeric,), it.size_pt, True)
        self.mm_mode()
        edges = it.segments
        for i in range(len(edges) - 1):
            self.p.setPen(self.pen("#000000", 0.15))
            self.p.setBrush(QBrush(QColor("#000000" if i % 2 == 0 else "#ffffff")))
            self.p.drawRect(QRectF(edges[i], it.bar_y, edges[i + 1] - edges[i], it.bar_h))
        self.dev_mode()
        f = self.font(it.size_pt * 0.9)
        self.p.setFont(f)
        self.p.setPen(QColor("#000000"))
        fm = QFontMetricsF(f, self.p.device())
        s = self.s
        base = (it.bar_y + it.bar_h + 0.6) * s + fm.ascent()
        for x, text in it.labels:
            w = fm.horizontalAdvance(text)
            self.p.drawText(QPointF(x * s - w / 2, base), text)
        last = it.labels[-1][0] * s + fm.horizontalAdvance(it.labels[-1][1]) / 2 + 0.8 * s
        self.p.drawText(QPointF(last, base), it.unit)

    def north(self, it: NorthArrowItem):
        r = it.rect
        lh = it.size_pt * 25.4 / 72 * 1.22
        self.text_lines(Rect(r.x, r.y, r.w, lh), ("U",), it.size_pt * 1.1, True, align="center")
        self.mm_mode()
        cx, cy = r.x + r.w / 2, r.y + lh + (r.h - lh) / 2
        half = min(r.w * 0.35, (r.h - lh) / 2 * 0.9)
        self.p.translate(cx, cy)
        self.p.rotate(it.angle_deg)
        left = QPolygonF([QPointF(0, -half), QPointF(-half * 0.42, half), QPointF(0, half * 0.55)])
        right = QPolygonF([QPointF(0, -half), QPointF(half * 0.42, half), QPointF(0, half * 0.55)])
        self.p.setPen(self.pen("#000000", 0.2))
        self.p.setBrush(QBrush(QColor("#000000")))
        self.p.drawPolygon(left)
        self.p.setBrush(QBrush(QColor("#ffffff")))
        self.p.drawPolygon(right)

    def table(self, it: TableItem):
        r = it.rect
        lh = it.size_pt * 25.4 / 72 * 1.22
        self.text_lines(Rect(r.x, r.y, r.w, lh), (it.title,), it.size_pt, True)
        y = r.y + lh
        xs = [r.x]
        for frac in it.col_fracs:
            xs.append(xs[-1] + frac * r.w)
        rows = [it.header, *it.rows]
        for ri, row in enumerate(rows):
            bold = ri == 0 or (ri - 1) in it.bold_rows
            for ci, cell in enumerate(row):
                if not cell:
                    continue
                align = "left" if ci == 0 else "right"
                pad = 0.6
                self.text_lines(
                    Rect(xs[ci] + pad, y, xs[ci + 1] - xs[ci] - 2 * pad, it.row_mm),
                    (cell,),
                    it.size_pt,
                    bold,
                    align=align,
                )
            y += it.row_mm
            self.mm_mode()
            self.p.setPen(self.pen("#9a9a9a" if ri else "#000000", 0.1 if ri else 0.2))
            self.p.drawLine(QPointF(r.x, y), QPointF(r.right, y))

    def image(self, it: ImageItem):
        path = it.path or _placeholder_logo()
        target = self.dev(it.rect)
        self.dev_mode()
        if str(path).lower().endswith(".svg"):
            from PySide6.QtSvg import QSvgRenderer

            renderer = QSvgRenderer(str(path))
            if renderer.isValid():
                size = renderer.defaultSize()
                renderer.render(self.p, _fit(target, size.width(), size.height()))
                return
        img = QImage(str(path))
        if not img.isNull():
            self.p.drawImage(_fit(target, img.width(), img.height()), img)


def _fit(target: QRectF, w: float, h: float) -> QRectF:
    if w <= 0 or h <= 0:
        return target
    k = min(target.width() / w, target.height() / h)
    return QRectF(
        target.x() + (target.width() - w * k) / 2,
        target.y() + (target.height() - h * k) / 2,
        w * k,
        h * k,
    )


def _array_path(x: np.ndarray, y: np.ndarray, connect: np.ndarray) -> QPainterPath:
    import pyqtgraph as pg

    return pg.arrayToQPath(np.ascontiguousarray(x, float), np.ascontiguousarray(y, float), connect)


def _polygon_path(geoms: np.ndarray) -> QPainterPath:
    """One path with every ring of ``geoms`` (holes by winding: shells and holes are oriented)."""
    geoms = geoms[~shapely.is_missing(geoms)]
    if len(geoms) == 0:
        return QPainterPath()
    parts = shapely.get_parts(geoms)
    parts = parts[shapely.get_type_id(parts) == 3]  # polygons
    if len(parts) == 0:
        lines = shapely.get_parts(geoms)
        return _lines_path(lines)
    rings = np.concatenate([shapely.get_exterior_ring(parts), *_interiors(parts)])
    coords, idx = shapely.get_coordinates(rings, return_index=True)
    if len(coords) == 0:
        return QPainterPath()
    connect = np.ones(len(coords), dtype=bool)
    connect[:-1] = idx[1:] == idx[:-1]
    connect[-1] = False
    path = _array_path(coords[:, 0], coords[:, 1], connect)
    path.setFillRule(Qt.WindingFill)
    return path


def _interiors(parts: np.ndarray) -> list[np.ndarray]:
    n = shapely.get_num_interior_rings(parts)
    if not n.any():
        return []
    out = []
    for k in range(int(n.max())):
        has = n > k
        out.append(shapely.get_interior_ring(parts[has], k))
    return out


def _lines_path(lines: np.ndarray) -> QPainterPath:
    coords, idx = shapely.get_coordinates(lines, return_index=True)
    if len(coords) == 0:
        return QPainterPath()
    connect = np.ones(len(coords), dtype=bool)
    connect[:-1] = idx[1:] == idx[:-1]
    connect[-1] = False
    return _array_path(coords[:, 0], coords[:, 1], connect)


def _polylines_path(lines) -> QPainterPath:
    if not lines:
        return QPainterPath()
    coords = np.concatenate(lines)
    connect = np.ones(len(coords), dtype=bool)
    ends = np.cumsum([len(ln) for ln in lines]) - 1
    connect[ends] = False
    return _array_path(coords[:, 0], coords[:, 1], connect)


def _dot_image(layer: DotLayer, r: Rect, dpi: float) -> QImage | None:
    """Household points as an RGBA image of the map frame (denser = darker)."""
    if len(layer.x) == 0:
        return None
    k = dpi / 25.4
    w, h = max(1, int(round(r.w * k))), max(1, int(round(r.h * k)))
    px = ((np.asarray(layer.x) - r.x) * k).astype(np.int64)
    py = ((np.asarray(layer.y) - r.y) * k).astype(np.int64)
    ok = (px >= 0) & (px < w) & (py >= 0) & (py < h)
    counts = np.bincount(py[ok] * w + px[ok], minlength=w * h).reshape(h, w)
    # a dot of about 0.3 mm: grow each hit by one pixel right and down
    grown = counts.copy()
    grown[:, 1:] += counts[:, :-1]
    grown[1:, :] += counts[:-1, :]
    alpha = np.where(grown > 0, np.minimum(255, 140 + 30 * grown), 0).astype(np.uint8)
    c = QColor(layer.color)
    rgba = np.empty((h, w, 4), dtype=np.uint8)
    rgba[..., 0], rgba[..., 1], rgba[..., 2] = c.red(), c.green(), c.blue()
    rgba[..., 3] = alpha
    img = QImage(rgba.data, w, h, 4 * w, QImage.Format_RGBA8888)
    return img.copy()


def paint(
    painter: QPainter, layout: SheetLayout, dots_per_mm: float, raster_dpi: float | None = None
):
    """Paint ``layout`` with ``painter`` at ``dots_per_mm`` device units per millimetre."""
    _Painter(painter, dots_per_mm, raster_dpi).paint(layout)


def render_image(layout: SheetLayout, dpi: float = 96) -> QImage:
    """The sheet as an image at ``dpi`` (preview, PNG)."""
    ensure_app()
    k = dpi / 25.4
    img = QImage(
        int(round(layout.width_mm * k)), int(round(layout.height_mm * k)), QImage.Format_RGB32
    )
    dpm = int(round(dpi / 0.0254))
    img.setDotsPerMeterX(dpm)
    img.setDotsPerMeterY(dpm)
    img.fill(Qt.white)
    p = QPainter(img)
    try:
        paint(p, layout, k, raster_dpi=dpi)
    finally:
        p.end()
    return img


def _check_target(path, overwrite: bool) -> Path:
    # gis.io.outputguard: folder there and writable, no file replaced unasked
    return check_target(path, overwrite)


def render_png(layout: SheetLayout, path, dpi: int = 300, overwrite: bool = False) -> Path:
    """Write the sheet as a PNG at ``dpi`` (300 for print quality)."""
    path = _check_target(path, overwrite)
    tmp = _png_to_temp(layout, path, dpi)
    with writing(path):
        tmp.replace(path)
    return path


def _png_to_temp(layout: SheetLayout, path: Path, dpi: int) -> Path:
    """The PNG of ``layout`` under a temporary name beside ``path`` (renamed by the caller)."""
    img = render_image(layout, dpi)
    tmp = path.with_name(f".{path.name}.tmp.png")
    with writing(path):
        if not img.save(str(tmp), "PNG"):
            tmp.unlink(missing_ok=True)
            raise OutputError(code="output_failed", path=path, reason="system")
    return tmp


def sheet_files(path, series: str | None, pages: int) -> list[Path]:
    """The files a sheet export writes: ``path``, or for a PNG series ``name-001.png``..."""
    path = Path(path)
    if not series or path.suffix.lower() != ".png":
        return [path]
    return [path.with_name(f"{path.stem}-{i:03d}.png") for i in range(1, pages + 1)]


def _page_layout(layout: SheetLayout) -> QPageLayout:
    size = QPageSize(QPageSize.A3 if layout.paper == "A3" else QPageSize.A4)
    orient = QPageLayout.Landscape if layout.orientation == "landscape" else QPageLayout.Portrait
    return QPageLayout(size, orient, QMarginsF(0, 0, 0, 0))


def render_pdf(
    layouts: SheetLayout | Iterable[SheetLayout],
    path,
    overwrite: bool = False,
    progress: Callable[[float, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    total: int | None = None,
    title: str = "",
) -> Path:
    """Write one or more sheets (a series) into one PDF; returns the path.

    The file is written under a temporary name and renamed when complete, so
    a cancelled series leaves no half PDF behind.
    """
    ensure_app()
    path = _check_target(path, overwrite)
    if isinstance(layouts, SheetLayout):
        layouts = [layouts]
    tmp = path.with_name(f".{path.stem}.tmp.pdf")
    writer = QPdfWriter(str(tmp))
    writer.setResolution(PDF_RESOLUTION)
    writer.setCreator("Sasaran")
    painter = None
    pages = 0
    k = PDF_RESOLUTION / 25.4
    try:
        for layout in layouts:
            if cancelled is not None and cancelled():
                raise Cancelled("cancelled", code="cancelled")
            writer.setPageLayout(_page_layout(layout))
            if painter is None:
                writer.setTitle(title or layout.title)
                painter = QPainter(writer)
            else:
                writer.newPage()
            paint(painter, layout, k, raster_dpi=None)
            pages += 1
            if progress is not None:
                progress(pages / total if total else 0.0, f"halaman {pages}")
        if painter is None:
            raise ValueError("no sheet to write")
    except BaseException:
        if painter is not None:
            painter.end()
        tmp.unlink(missing_ok=True)
        raise
    painter.end()
    with writing(path):
        tmp.replace(path)
    return path


def print_sheets(layouts, parent=None, interactive: bool = True, printer=None) -> bool:
    """Print sheets through the system print dialog (no dialog when not interactive).

    Returns False when the user cancelled the dialog.
    """
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    if isinstance(layouts, SheetLayout):
        layouts = [layouts]
    layouts = list(layouts)
    if not layouts:
        return False
    printer = printer or QPrinter(QPrinter.HighResolution)
    printer.setPageLayout(_page_layout(layouts[0]))
    printer.setFullPage(True)
    if interactive:
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("SheetPreview", "Cetak lembar peta"))
        if dialog.exec() != QPrintDialog.Accepted:
            return False
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for i, layout in enumerate(layouts):
            if i:
                printer.setPageLayout(_page_layout(layout))
                printer.newPage()
            rect = printer.pageRect(QPrinter.DevicePixel)
            k = min(rect.width() / layout.width_mm, rect.height() / layout.height_mm)
            paint(painter, layout, k)
    finally:
        painter.end()
    return True


def export_sheets(
    spec,
    data,
    path,
    series: str | None = None,
    units=None,
    overwrite: bool = False,
    dpi: int = 300,
    progress=None,
    cancelled=None,
) -> Path:
    """Compose and write a sheet (or a series) to PDF or PNG, chosen by extension.

    A PNG series writes one file per page: ``name-001.png``, ``name-002.png``...
    """
    from gis.maps.sheet_layout import compose, compose_series, series_units

    path = Path(path)
    if series:
        total = len(series_units(data, series, units))
        pages = compose_series(spec, data, series, units, cancelled=cancelled)
    else:
        total = 1
        pages = [compose(spec, data)]
    if path.suffix.lower() == ".png":
        # every page is checked before the first is drawn, drawn under a temporary
        # name, and renamed only when all are done: a series is never left half written
        targets = check_targets(sheet_files(path, series, total), overwrite)
        temps: list[Path] = []
        try:
            for i, (layout, target) in enumerate(zip(pages, targets), start=1):
                temps.append(_png_to_temp(layout, target, dpi))
                if progress is not None:
                    progress(i / total, f"lembar {i} dari {total}")
            if not temps:
                raise ValueError("no sheet to write")
            for tmp, target in zip(temps, targets):
                with writing(target):
                    tmp.replace(target)
        finally:
            for tmp in temps:
                tmp.unlink(missing_ok=True)
        return targets[len(temps) - 1]
    return render_pdf(pages, path, overwrite, progress, cancelled, total)


__all__ = [
    "ensure_app",
    "export_sheets",
    "paint",
    "print_sheets",
    "render_image",
    "render_pdf",
    "render_png",
]
