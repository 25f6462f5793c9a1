"""The comparison's bar charts: one bar per scenario, in the scenario colours.

A part of the comparison view (the "Grafik" tab): households reached per
desil as grouped bars, then cost per year, coverage of desil 1-2 not yet
receiving, cost per desil 1-2 household and inclusion of desil 7-10, with
a legend naming each scenario in its colour. It is given a
:class:`gis.plan.compare.Comparison` (:meth:`ComparisonCharts.show_comparison`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from widgets.base.compare_charts import SCENARIO_COLORS, Chart, show_bars, show_grouped
from widgets.base.fmt import dec


def _html(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ComparisonCharts(QWidget):
    """Five charts of two to five scenarios."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        charts = {
            "desil": Chart(self.tr("RT terjangkau per desil")),
            "cost": Chart(self.tr("Biaya per tahun (miliar Rp)")),
            "coverage": Chart(self.tr("Cakupan desil 1-2 belum menerima (%)")),
            "unit_cost": Chart(self.tr("Biaya per RT desil 1-2 (juta Rp)")),
            "inclusion": Chart(self.tr("Inklusi desil 7-10 (% RT terjangkau)")),
        }
        self.charts = charts
        self.desil_plot = charts["desil"].plot
        self.cost_plot = charts["cost"].plot
        self.coverage_plot = charts["coverage"].plot
        self.unit_cost_plot = charts["unit_cost"].plot
        self.inclusion_plot = charts["inclusion"].plot
        self.chart_legend = QLabel()
        self.chart_legend.setTextFormat(Qt.TextFormat.RichText)
        self.chart_legend.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setSpacing(6)
        grid.addWidget(self.chart_legend, 0, 0, 1, 2)
        grid.addWidget(charts["desil"], 1, 0, 1, 2)
        grid.addWidget(charts["cost"], 2, 0)
        grid.addWidget(charts["coverage"], 2, 1)
        grid.addWidget(charts["unit_cost"], 3, 0)
        grid.addWidget(charts["inclusion"], 3, 1)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(2, 2)
        grid.setRowStretch(3, 2)

    def show_comparison(self, comp) -> None:
        """The bars of ``comp`` (None: empty)."""
        plots = (
            self.desil_plot,
            self.cost_plot,
            self.coverage_plot,
            self.unit_cost_plot,
            self.inclusion_plot,
        )
        if comp is None:
            for p in plots:
                p.clear()
            self.chart_legend.setText("")
            return
        ms = comp.metrics
        names = comp.names
        ticks = [(i, n if len(n) <= 14 else n[:13] + "…") for i, n in enumerate(names)]
        self.chart_legend.setText(
            " &nbsp; ".join(
                f"<span style='color:{SCENARIO_COLORS[i % len(SCENARIO_COLORS)]}'>■</span> "
                f"{_html(n)}"
                for i, n in enumerate(names)
            )
        )
        # grouped bars: desil 1-10, one bar per scenario
        show_grouped(
            self.desil_plot,
            [m.households_by_desil[1:11] for m in ms],
            SCENARIO_COLORS,
            list(range(1, 11)),
        )
        show_bars(self.cost_plot, [m.cost / 1e9 for m in ms], lambda v: dec(v, 2), ticks)
        show_bars(
            self.coverage_plot,
            [None if m.d12_nothing_coverage is None else 100 * m.d12_nothing_coverage for m in ms],
            lambda v: "–" if v is None else dec(v, 1) + " %",
            ticks,
        )
        show_bars(
            self.unit_cost_plot,
            [None if m.cost_per_d12 is None else m.cost_per_d12 / 1e6 for m in ms],
            lambda v: "–" if v is None else dec(v, 2),
            ticks,
        )
        show_bars(
            self.inclusion_plot,
            [None if m.inclusion_share is None else 100 * m.inclusion_share for m in ms],
            lambda v: "–" if v is None else dec(v, 1) + " %",
            ticks,
        )
