"""The "DATA SINTETIS" mark in the bottom-right corner while demo data is shown,
so a screenshot of made-up households is never taken for the real ones."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen


def tr(text: str) -> str:
    # the empty context is what pyside6-lupdate records for a module-level tr()
    return QCoreApplication.translate("", text)


class SyntheticBadge:
    def __init__(self, canvas):
        self.canvas = canvas

    def paint(self, p: QPainter, rect) -> None:
        data = self.canvas.workspace.data
        if data is None or not data.synthetic:
            return
        text = (
            tr("DATA SINTETIS – bukan data sebenarnya")
            if rect.width() > 520
            else tr("DATA SINTETIS")
        )
        font = QFont(self.canvas.font())
        font.setBold(True)
        p.setFont(font)
        fm = QFontMetrics(font)
        w = min(fm.horizontalAdvance(text) + 16, max(rect.width() - 12, 40))
        h = fm.height() + 8
        text = fm.elidedText(text, Qt.TextElideMode.ElideRight, int(w - 8))
        box = QRectF(rect.right() - w - min(10, rect.width() - w), rect.bottom() - h - 10, w, h)
        p.setPen(QPen(QColor("#8a1c1c"), 1))
        p.setBrush(QColor(255, 248, 225, 230))
        p.drawRoundedRect(box, 3, 3)
        p.setPen(QColor("#8a1c1c"))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
