"""How many target households a suggestion reaches as the budget moves.

A part of the suggestion panel (its "Grafik" tab), usable alone: the
curve of target households reached against the budget tried, the chosen
budget as a red line, and orange points where a larger budget drops
villages a smaller one took, with a note saying whether the picks in the
range happen to be nested. It is given a range of picks
(:meth:`BudgetRangeChart.show_range`).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from widgets.base.fmt import num


class BudgetRangeChart(QWidget):
    """Target households reached per budget, for the budgets a suggestion tried."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).setTextPen("#333")
            self.plot.getAxis(axis).setPen("#888")
        self.plot.setLabel("left", self.tr("RT sasaran terjangkau"), color="#333")
        self.plot.setLabel("bottom", self.tr("Anggaran (miliar Rp per tahun)"), color="#333")
        self.plot.setMinimumHeight(180)
        self.curve = self.plot.plot(
            [], [], pen=pg.mkPen("#2b6cb0", width=2), symbol="o", symbolSize=7,
            symbolBrush="#2b6cb0", symbolPen="#2b6cb0",
        )  # fmt: skip
        self.dropped_points = pg.ScatterPlotItem(
            size=11, brush=pg.mkBrush("#dd6b20"), pen=pg.mkPen("#7b341e"), symbol="o"
        )
        self.plot.addItem(self.dropped_points)
        self.budget_line = pg.InfiniteLine(
            angle=90, pen=pg.mkPen("#c53030", width=1, style=Qt.PenStyle.DashLine)
        )
        self.plot.addItem(self.budget_line)
        self.chart_note = QLabel()
        self.chart_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.chart_note)

    def show_range(self, rng, budget_rupiah: int) -> None:
        """The curve of a :class:`gis.plan.suggest.SuggestRange` (None: empty)."""
        if rng is None:
            self.curve.setData([], [])
            self.dropped_points.setData([], [])
            self.chart_note.setText("")
            return
        curve = rng.curve()
        x = np.array([c["budget"] for c in curve], dtype=float) / 1e9
        y = np.array([c["target"] for c in curve], dtype=float)
        self.curve.setData(x, y)
        dropped = [i + 1 for i, ch in enumerate(rng.changes) if ch["dropped"]]
        self.dropped_points.setData(x[dropped], y[dropped])
        self.budget_line.setValue(budget_rupiah / 1e9)
        self.plot.setXRange(0, float(x.max()) * 1.05 if len(x) else 1, padding=0)
        self.plot.setYRange(0, max(float(y.max()) * 1.1, 1.0) if len(y) else 1, padding=0)
        n_dropped = len({c for ch in rng.changes for c in ch["dropped"]})
        if rng.nested:
            text = self.tr(
                "Dalam rentang ini setiap pilihan kebetulan memuat pilihan anggaran yang lebih "
                "kecil. Garis merah: anggaran terpilih."
            )
        else:
            text = self.tr(
                "Titik oranye: anggaran yang lebih besar melepas desa yang terpilih pada "
                "anggaran lebih kecil ({n} desa dalam rentang ini). Garis merah: anggaran "
                "terpilih."
            ).format(n=num(n_dropped))
        self.chart_note.setText(text)
