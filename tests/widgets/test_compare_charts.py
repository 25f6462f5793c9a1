"""Comparison charts: readable ticks, labels inside the plot, titles whole, margins kept."""

from __future__ import annotations

import math

import pytest
from PySide6.QtWidgets import QApplication

from widgets.base.compare_charts import Chart, NumberAxis, show_bars, show_grouped
from widgets.base.fmt import dec

CASES = [
    [0.0, 0.0, 0.0],
    [None, None],
    [None, 0.0, 3.2],
    [1e-6, 2e-6],
    [0.004, 0.011, 0.02],
    [11.99, 11.98, 8.0],
    [100.0, 0.0, 97.5, 12.0, 55.5],
    [1.2e5, 3.4e4],
]


def _ticks(plot) -> list[str]:
    axis = plot.getAxis("left")
    low, high = plot.getViewBox().viewRange()[1]
    size = plot.getViewBox().height()
    out = []
    for spacing, values in axis.tickValues(low, high, size):
        out += axis.tickStrings(values, 1.0, spacing)
    return out


@pytest.mark.parametrize("values", CASES)
@pytest.mark.parametrize("height", [110, 180, 320])
def test_bars_ticks_and_labels_are_readable(qtbot, values, height):
    chart = Chart("Cakupan desil 1-2 belum menerima bantuan apa pun (%)")
    qtbot.addWidget(chart)
    chart.resize(300, height + 60)
    chart.show()
    QApplication.processEvents()
    plot = chart.plot
    show_bars(plot, values, lambda v: "–" if v is None else dec(v, 2) + " %")
    QApplication.processEvents()
    ticks = _ticks(plot)
    assert ticks
    for t in ticks:
        assert "e" not in t.lower() and "inf" not in t.lower(), ticks
    low, high = plot.getViewBox().viewRange()[1]
    assert low == 0 and high > 0 and math.isfinite(high)
    assert high >= max([v or 0 for v in values])
    # every value label lies wholly inside the plotting area
    box = plot.getViewBox().sceneBoundingRect()
    for label in plot.bar_labels:
        rect = label.sceneBoundingRect()
        assert box.contains(rect), (values, height, label.textItem.toPlainText(), rect, box)


def test_tick_strings_follow_the_step(qapp):
    axis = NumberAxis("left")
    assert axis.tickStrings([0, 500, 1000], 1.0, 500) == ["0", "500", "1.000"]
    assert axis.tickStrings([0.0, 0.2, 0.4], 1.0, 0.2) == ["0,0", "0,2", "0,4"]
    assert axis.tickStrings([0.0, 5e-6, 1e-5], 1.0, 5e-6) == ["0,000000", "0,000005", "0,000010"]


def test_long_titles_wrap_instead_of_being_cut(qtbot):
    title = "Biaya per rumah tangga desil 1-2 yang terjangkau (juta Rp per tahun)"
    chart = Chart(title)
    qtbot.addWidget(chart)
    chart.resize(220, 220)
    chart.show()
    QApplication.processEvents()
    label = chart.title
    assert label.wordWrap()
    assert label.width() <= chart.width()
    assert label.heightForWidth(label.width()) <= label.height()
    margins = chart.layout().contentsMargins()
    assert min(margins.left(), margins.right(), margins.top(), margins.bottom()) > 0


def test_grouped_bars_keep_their_range(qtbot):
    chart = Chart("RT terjangkau per desil")
    qtbot.addWidget(chart)
    chart.show()
    show_grouped(chart.plot, [[0] * 10, [0] * 10], ("#000", "#111"), list(range(1, 11)))
    for t in _ticks(chart.plot):
        assert "e" not in t.lower()
    show_grouped(chart.plot, [[5, 0, 0, 0, 0, 0, 0, 0, 0, 1800]], ("#000",), list(range(1, 11)))
    assert chart.plot.getViewBox().viewRange()[1][1] >= 1800
