"""The scale bar in the map's bottom-left corner: true east-west at the view's centre
(the cos(latitude) aspect lock keeps it true across the view)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen

from gis.maps import raster
from widgets.base import fmt


def length_label(km: float) -> str:
    """A scale-bar length in words: metres below a kilometre."""
    if km < 1:
        return f"{fmt.num(round(km * 1000))} m"
    decimals = 0 if km == int(km) else 1
    return f"{fmt.dec(km, decimals)} km"


def scale_bar(canvas, overlay_width: int) -> tuple[float, float] | None:
    """(kilometres, screen pixels) of the scale bar of ``canvas``'s view now."""
    view = canvas.current_view()
    if view is None:
        return None
    dpr = canvas.devicePixelRatioF() or 1.0
    km_per_px = view.km_per_pixel * dpr  # per logical pixel
    if not km_per_px > 0:
        return None
    length_km = raster.nice_length(km_per_px * min(220, overlay_width / 4))
    if length_km <= 0:
        return None
    return length_km, length_km / km_per_px


class ScaleBar:
    def __init__(self, canvas):
        self.canvas = canvas

    def paint(self, p: QPainter, rect) -> None:
        bar = self.canvas.scale_bar()
        if bar is None:
            return
        length_km, px = bar
        x0, y0 = rect.left() + 14, rect.bottom() - 22
        font = QFont(self.canvas.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.9))
        p.setFont(font)
        fm = QFontMetrics(font)
        label = length_label(length_km)
        half = length_label(length_km / 2)
        box = QRectF(
            x0 - 6,
            y0 - fm.height() - 8,
            px + fm.horizontalAdvance(label) / 2 + 16,
            fm.height() + 22,
        )
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 255, 255, 200))
        p.drawRoundedRect(box, 3, 3)
        p.setPen(QPen(QColor("#111111"), 1))
        for i in range(4):
            p.setBrush(QColor("#111111") if i % 2 == 0 else QColor("#ffffff"))
            p.drawRect(QRectF(x0 + i * px / 4, y0, px / 4, 5))
        p.setPen(QColor("#111111"))
        p.drawText(QPointF(x0 - fm.horizontalAdvance("0") / 2, y0 - 4), "0")
        p.drawText(QPointF(x0 + px / 2 - fm.horizontalAdvance(half) / 2, y0 - 4), half)
        p.drawText(QPointF(x0 + px - fm.horizontalAdvance(label) / 2, y0 - 4), label)
