"""The legend in the map's top-right corner: the visible layers' legend sections.

What fits is decided in :func:`legend_layout` (whole sections only, at most
about a third of the width), which the canvas also asks when it keeps a
whole-province view clear of the legend.
"""

from __future__ import annotations

import math
from types import SimpleNamespace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPolygonF


def legend_layout(canvas, rect):
    """What of the legend fits in ``rect`` (pixels): sections, width, height, fonts.

    None when the legend is hidden, empty or would take half the map.
    """
    sections = canvas.legend_entries() if canvas.legend_visible else []
    if not sections:
        return None
    font = QFont(canvas.font())
    font.setPointSizeF(max(7.5, font.pointSizeF() * 0.9))
    bold = QFont(font)
    bold.setBold(True)
    fm, fmb = QFontMetrics(font), QFontMetrics(bold)
    row_h = max(fm.height(), 14) + 2
    sw = 16
    # a small map keeps most of itself: the legend takes at most about a
    # third of the width and what fits of the height, whole sections only
    room = rect.height() - 90
    width = 0
    height = 8
    shown = []
    for title, rows in sections:
        h = (fmb.height() + 2 if title else 0) + row_h * len(rows) + 6
        if height + h > room:
            break
        height += h
        shown.append((title, rows))
        if title:
            width = max(width, fmb.horizontalAdvance(title))
        for _k, _c, label in rows:
            width = max(width, sw + 6 + fm.horizontalAdvance(label))
    width = min(width + 16, max(150, int(rect.width() * 0.36)))
    if not shown or width > rect.width() * 0.5:
        return None

    # titles wrap rather than lose their end: it says which filter the colours count
    def title_h(title: str) -> int:
        flags = int(Qt.TextFlag.TextWordWrap)
        return fmb.boundingRect(0, 0, int(width - 16), 10_000, flags, title).height()

    height, fitted = 8, []
    for title, rows in shown:
        h = (title_h(title) + 2 if title else 0) + row_h * len(rows) + 6
        if height + h > room:
            break
        height += h
        fitted.append((title, rows, title_h(title) if title else 0))
    if not fitted:
        return None
    return SimpleNamespace(
        sections=fitted,
        width=width,
        height=height,
        font=font,
        bold=bold,
        fm=fm,
        fmb=fmb,
        row_h=row_h,
        sw=sw,
    )


class Legend:
    def __init__(self, canvas):
        self.canvas = canvas

    def paint(self, p: QPainter, rect) -> None:
        layout = legend_layout(self.canvas, rect)
        if layout is None:
            return
        sections, width, height = layout.sections, layout.width, layout.height
        font, bold, fm = layout.font, layout.bold, layout.fm
        row_h, sw = layout.row_h, layout.sw
        box = QRectF(rect.right() - width - 10, rect.top() + 10, width, height)
        p.setPen(QPen(QColor("#9a9a9a"), 1))
        p.setBrush(QColor(255, 255, 255, 225))
        p.drawRoundedRect(box, 4, 4)
        x = box.left() + 8
        y = box.top() + 6
        for title, rows, th in sections:
            if title:
                p.setFont(bold)
                p.setPen(QColor("#111111"))
                p.drawText(
                    QRectF(x, y, width - 16, th),
                    Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                    title,
                )
                y += th + 2
            p.setFont(font)
            for kind, color, label in rows:
                sw_rect = QRectF(x, y + (row_h - 11) / 2, sw, 11)
                draw_swatch(p, kind, color, sw_rect)
                p.setPen(QColor("#111111"))
                p.drawText(
                    QRectF(x + sw + 6, y, width - sw - 18, row_h),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    fm.elidedText(label, Qt.TextElideMode.ElideRight, int(width - sw - 18)),
                )
                y += row_h
            y += 6


def draw_swatch(p: QPainter, kind: str, color: str, r: QRectF) -> None:
    """The small picture before a legend row (see MapCanvas.legend_entries for the kinds)."""
    if kind == "note":
        return
    c = QColor(color)
    if kind == "fill":
        p.setPen(QPen(QColor("#7a7a7a"), 0.8))
        p.setBrush(c)
        p.drawRect(r)
        return
    if kind == "zone":
        fill = QColor(c)
        fill.setAlpha(60)
        p.setPen(QPen(c, 2))
        p.setBrush(fill)
        p.drawRect(r.adjusted(1, 1, -1, -1))
        return
    if kind in ("line", "dash"):
        style = Qt.PenStyle.DashLine if kind == "dash" else Qt.PenStyle.SolidLine
        pen = QPen(c, 2)
        pen.setStyle(style)
        p.setPen(pen)
        p.drawLine(QPointF(r.left() + 1, r.center().y()), QPointF(r.right() - 1, r.center().y()))
        return
    centre = r.center()
    rad = 4.5
    if kind == "point":
        p.setPen(QPen(QColor("#ffffff"), 1))
        p.setBrush(c)
        p.drawEllipse(centre, rad, rad)
    elif kind == "hollow":
        p.setPen(QPen(c, 2))
        p.setBrush(QColor(255, 255, 255, 170))
        p.drawEllipse(centre, rad, rad)
    else:  # PSKS symbol
        p.setPen(QPen(QColor("#ffffff"), 1))
        p.setBrush(c)
        cx, cy = centre.x(), centre.y()
        if kind == "t1":
            p.drawPolygon(
                QPolygonF(
                    [
                        QPointF(cx, cy - 5.5),
                        QPointF(cx + 5.5, cy + 4.5),
                        QPointF(cx - 5.5, cy + 4.5),
                    ]
                )
            )
        elif kind == "star":
            points = []
            for i in range(10):  # five points, the map's pyqtgraph "star"
                a, rr = math.radians(i * 36.0 - 90.0), 6.0 if i % 2 == 0 else 2.6
                points.append(QPointF(cx + rr * math.cos(a), cy + rr * math.sin(a)))
            p.drawPolygon(QPolygonF(points))
        elif kind == "s":
            p.drawRect(QRectF(cx - 4.5, cy - 4.5, 9, 9))
        elif kind == "d":
            p.drawPolygon(
                QPolygonF(
                    [
                        QPointF(cx, cy - 5.5),
                        QPointF(cx + 5.5, cy),
                        QPointF(cx, cy + 5.5),
                        QPointF(cx - 5.5, cy),
                    ]
                )
            )
        else:
            p.drawEllipse(centre, rad, rad)
