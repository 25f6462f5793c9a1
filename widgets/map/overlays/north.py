"""The north arrow in the map's top-left corner (the map is never rotated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPolygonF


def tr(text: str) -> str:
    # the empty context is what pyside6-lupdate records for a module-level tr()
    return QCoreApplication.translate("", text)


class NorthArrow:
    def __init__(self, canvas):
        self.canvas = canvas

    def paint(self, p: QPainter, rect) -> None:
        cx, top = rect.left() + 24, rect.top() + 12
        p.setPen(QPen(QColor("#111111"), 1))
        p.setBrush(QColor("#111111"))
        p.drawPolygon(
            QPolygonF([QPointF(cx, top), QPointF(cx + 7, top + 20), QPointF(cx, top + 15)])
        )
        p.setBrush(QColor("#ffffff"))
        p.drawPolygon(
            QPolygonF([QPointF(cx, top), QPointF(cx - 7, top + 20), QPointF(cx, top + 15)])
        )
        font = QFont(self.canvas.font())
        font.setBold(True)
        p.setFont(font)
        fm = QFontMetrics(font)
        north = tr("U")  # utara
        p.drawText(QPointF(cx - fm.horizontalAdvance(north) / 2, top + 22 + fm.ascent()), north)
