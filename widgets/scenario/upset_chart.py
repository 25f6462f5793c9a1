"""The commonest program combinations as an UpSet chart, for the families of the filter.

Which programs reach the same families is the synergy question (issue 14),
and seven overlapping sets make a Venn diagram unreadable. An UpSet chart
(Lex et al. 2014) answers it with three aligned parts: bars of how many
families receive exactly each combination (the commonest first), a dot
matrix below saying which programs form each combination, and the size of
each program's set at the side. Only known programs count: a program the
register does not carry is left out, and families about which nothing is
known are stated apart, never counted as receiving nothing. The chart
follows the workspace's filter on its own, so the Pendamping tab only
places it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from gis.model.filter_text import describe_filter
from gis.plan.combinations import UpsetData, upset_data
from widgets.base.fmt import num
from widgets.base.gis_text import gis_lang
from widgets.scenario.scenario_common import Links

BAR = QColor("#2b6cb0")
DOT_OFF = QColor("#d5d9de")
STRIPE = QColor("#f3f5f7")


class _Plot(QWidget):
    """The painted part: bars on top, the dot matrix below, set sizes at the left."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.data: UpsetData | None = None
        self.setMinimumHeight(240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def paintEvent(self, event) -> None:
        d = self.data
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        if d is None or not d.combos:
            p.end()
            return
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        p.setFont(font)
        fm = QFontMetricsF(font)
        w, h = self.width(), self.height()
        n_rows, n_cols = len(d.programs), len(d.combos)
        row_h = min(20.0, max(12.0, (h * 0.45) / max(1, n_rows)))
        matrix_h = row_h * n_rows
        label_w = max(fm.horizontalAdvance(k) for k in d.programs) + 8
        size_w = min(110.0, w * 0.22)
        left = label_w + size_w + 10
        col_w = (w - left - 6) / n_cols
        top = fm.height() + 4
        bars_bottom = h - matrix_h - 8
        peak = max(c for _, c in d.combos)

        p.setPen(Qt.PenStyle.NoPen)
        for r in range(n_rows):  # stripes
            if r % 2 == 0:
                p.fillRect(QRectF(0, bars_bottom + 6 + r * row_h, w, row_h), STRIPE)
        for i, (members, count) in enumerate(d.combos):
            x = left + i * col_w
            bh = (bars_bottom - top) * count / peak
            p.setBrush(BAR)
            p.setPen(Qt.PenStyle.NoPen)
            p.drawRect(QRectF(x + col_w * 0.2, bars_bottom - bh, col_w * 0.6, bh))
            p.setPen(QColor("#222222"))
            p.drawText(
                QRectF(x, bars_bottom - bh - fm.height() - 1, col_w, fm.height()),
                Qt.AlignmentFlag.AlignCenter,
                num(count),
            )
            cx = x + col_w / 2
            ys = [
                bars_bottom + 6 + r * row_h + row_h / 2
                for r, k in enumerate(d.programs)
                if k in members
            ]
            if len(ys) > 1:
                p.setPen(QPen(QColor("#333333"), 2))
                p.drawLine(QPointF(cx, min(ys)), QPointF(cx, max(ys)))
            radius = min(row_h, col_w) * 0.28
            for r, k in enumerate(d.programs):
                cy = bars_bottom + 6 + r * row_h + row_h / 2
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor("#333333") if k in members else DOT_OFF)
                p.drawEllipse(QPointF(cx, cy), radius, radius)
        biggest = max(d.set_sizes) or 1
        for r, (k, size) in enumerate(zip(d.programs, d.set_sizes)):
            y = bars_bottom + 6 + r * row_h
            p.setPen(QColor("#222222"))
            p.drawText(
                QRectF(0, y, label_w - 4, row_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                k,
            )
            bw = (size_w - 4) * size / biggest
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#7f9cc0"))
            p.drawRect(QRectF(left - 6 - bw, y + row_h * 0.2, bw, row_h * 0.6))
            text = num(size)
            inside = fm.horizontalAdvance(text) + 6 < bw  # in the bar, else just left of it
            p.setPen(QColor("#ffffff") if inside else QColor("#444444"))
            right = left - 6 - 3 if inside else left - 6 - bw - 3
            p.drawText(
                QRectF(label_w, y, max(0.0, right - label_w), row_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        p.setPen(QColor("#555555"))
        p.drawLine(QPointF(left - 2, top), QPointF(left - 2, bars_bottom))
        p.drawLine(QPointF(left - 2, bars_bottom), QPointF(w - 4, bars_bottom))
        p.drawText(
            QRectF(0, top, left - 8, fm.height() * 2.4),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            self.tr("keluarga per kombinasi"),
        )
        p.drawText(
            QRectF(0, bars_bottom - fm.height() * 1.2, left - 8, fm.height()),
            Qt.AlignmentFlag.AlignRight,
            self.tr("penerima per program"),
        )
        p.end()


class UpsetChart(QWidget):
    """The commonest program combinations among the filtered families (an UpSet chart).

    It recounts on its own when the workspace's filter or data change.
    ``bars`` holds what is drawn: (label, families) per combination.
    """

    def __init__(self, workspace=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.data: UpsetData | None = None
        self.title = QLabel(self.tr("<b>Kombinasi program terbanyak</b>"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #444;")
        self.plot = _Plot(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.plot, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.refresh)
        if workspace is not None:
            self._links = Links(self)
            self._links.connect(workspace.sig_filter_changed, self._later)
            self._links.connect(workspace.sig_data_changed, self._later)
            self.refresh()

    @property
    def bars(self) -> list[tuple[str, int]]:
        """The bars drawn: the combination's programs joined by "+", and its families."""
        return [("+".join(k), n) for k, n in (self.data.combos if self.data else ())]

    def _later(self, *_) -> None:
        self._timer.start()

    def refresh(self) -> None:
        ws = self.workspace
        table = ws.households if ws is not None else None
        if table is None or not len(table):
            self.show_data(None, None, "")
            return
        words = describe_filter(ws.filter, table, lang=gis_lang(), short=True)
        self.show_data(table, ws.mask, words)

    def show_data(self, table, mask, filter_words: str) -> None:
        """Count and draw the combinations of ``table``'s families in ``mask``."""
        self.data = upset_data(table, mask) if table is not None else None
        self.plot.data = self.data
        self.plot.update()
        d = self.data
        if d is None:
            self.note.setText(self.tr("Belum ada data rumah tangga."))
            return
        parts = [
            self.tr("Filter: {f}; {n} keluarga. Hanya program yang diketahui.").format(
                f=filter_words, n=num(d.families)
            )
        ]
        if d.nothing_known:
            parts.append(
                self.tr("{n} keluarga tanpa keterangan program apa pun (tidak dihitung).").format(
                    n=num(d.nothing_known)
                )
            )
        if d.partly_known:
            parts.append(
                self.tr("{n} keluarga dengan sebagian program tidak diketahui.").format(
                    n=num(d.partly_known)
                )
            )
        parts.append(
            self.tr("{n} keluarga tidak menerima program yang diketahui.").format(
                n=num(d.receives_none)
            )
        )
        if d.other_combos:
            parts.append(
                self.tr("{n} keluarga di kombinasi lain yang tidak digambar.").format(
                    n=num(d.other_combos)
                )
            )
        if not d.combos:
            parts.append(self.tr("Tidak ada keluarga yang diketahui menerima program."))
        self.note.setText(" ".join(parts))


if __name__ == "__main__":
    import sys

    from widgets.base.demo import run_example

    sys.exit(run_example(UpsetChart, "Kombinasi program"))
