"""Bar charts of the comparison window, readable at a laptop's size.

pyqtgraph's defaults suit signals, not a budget meeting: its axis wrote
``1e-09`` when every bar was zero, and ``1.5`` where an Indonesian reads
``1,5``; a title did not wrap, so half-width charts cut theirs; the value
above the tallest bar fell outside the view; the plots touched each other.
Here the axis writes numbers the interface's way (never in scientific
notation), titles are word-wrapped labels above the plot, the value range
keeps room in pixels for the labels over the bars, and charts keep margins.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from widgets.base.fmt import dec

#: a chart keeps at least this height, so three rows fit a 1366x768 window
MIN_PLOT_HEIGHT = 100
#: the upper end of an axis whose bars are all zero (or unknown)
EMPTY_TOP = 1.0
#: one colour per scenario column, in the charts and the summary table alike
SCENARIO_COLORS = ("#4c78a8", "#f58518", "#54a24b", "#b279a2", "#9d755d")


class NumberAxis(pg.AxisItem):
    """Tick labels in the interface's number format, with as few decimals as the step needs."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph's name)
        step = abs(spacing * scale) or 1.0
        decimals = 0 if step >= 1 else min(6, math.ceil(-math.log10(step) - 1e-9))
        return [dec(v * scale, decimals) for v in values]


class Chart(QWidget):
    """A word-wrapped title over a bar plot (``chart.plot``)."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(f"<b>{title}</b>")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title.setObjectName("chart_title")
        self.plot = pg.PlotWidget(
            background="w", axisItems={"left": NumberAxis("left"), "bottom": pg.AxisItem("bottom")}
        )
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).setTextPen("#333")
            self.plot.getAxis(axis).setPen("#888")
        self.plot.getPlotItem().layout.setContentsMargins(4, 8, 12, 4)
        self.plot.setMinimumHeight(MIN_PLOT_HEIGHT)
        self.plot.getViewBox().sigResized.connect(lambda *_: fit_value_range(self.plot))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)


def fit_value_range(plot: pg.PlotWidget) -> None:
    """Axes that hold every bar and the value written over it, whatever the plot's size.

    The value axis runs from 0 to the tallest bar plus the labels' height in
    pixels; the bar axis leaves half the widest label beside the outer bars.
    """
    top = getattr(plot, "bar_top", None)
    if top is None:
        return
    labels = getattr(plot, "bar_labels", [])
    box = plot.getViewBox()
    height, width = box.height(), box.width()
    n = getattr(plot, "bar_count", 0)
    room, pad = 0.0, 0.7
    if labels and height > 0:
        text_h = max(label.textItem.boundingRect().height() for label in labels) + 3
        room = min(0.6, text_h / height)
    if labels and width > 0 and n:
        half = max(label.textItem.boundingRect().width() for label in labels) / 2 + 2
        if width > 2.5 * half:  # else no room can be made: keep the plain margin
            pad = max(pad, half * (n - 1) / (width - 2 * half) + 0.05)
    if n:
        plot.setXRange(-pad, n - 1 + pad, padding=0)
    plot.setYRange(0, top / (1.0 - room) if top > 0 else EMPTY_TOP, padding=0)


def show_bars(plot: pg.PlotWidget, values, fmt, ticks=None) -> None:
    """One bar per scenario, its value written above it; ``None`` is an unknown (no bar, "–")."""
    plot.clear()
    plot.bar_labels = []
    plot.bar_top = None
    plot.bar_count = 0
    n = len(values)
    if not n:
        return
    heights = [0.0 if v is None else float(v) for v in values]
    brushes = [pg.mkBrush(SCENARIO_COLORS[i % len(SCENARIO_COLORS)]) for i in range(n)]
    plot.addItem(pg.BarGraphItem(x=np.arange(n), height=heights, width=0.6, brushes=brushes))
    for i, v in enumerate(values):
        label = pg.TextItem(fmt(v), color="#222", anchor=(0.5, 1.0))
        label.setPos(i, heights[i])
        plot.addItem(label)
        plot.bar_labels.append(label)
    plot.getAxis("bottom").setTicks([ticks or [(i, str(i + 1)) for i in range(n)]])
    plot.bar_count = n
    plot.bar_top = max(max(heights), 0.0)
    fit_value_range(plot)


def show_grouped(plot: pg.PlotWidget, series, colors, groups) -> None:
    """Grouped bars: one group per entry of ``groups`` (x positions), one bar per series."""
    plot.clear()
    plot.bar_labels = []
    plot.bar_count = 0
    k = len(series)
    if not k:
        plot.bar_top = None
        return
    width = 0.8 / k
    x0 = np.asarray(groups, dtype=float)
    for s, heights in enumerate(series):
        plot.addItem(
            pg.BarGraphItem(
                x=x0 - 0.4 + width * (s + 0.5),
                height=heights,
                width=width * 0.95,
                brush=pg.mkBrush(colors[s % len(colors)]),
                pen=pg.mkPen(None),
            )
        )
    plot.getAxis("bottom").setTicks([[(g, str(g)) for g in groups]])
    plot.setXRange(x0[0] - 0.6, x0[-1] + 0.6, padding=0)
    plot.bar_top = float(max(max(h) for h in series)) * 1.04
    fit_value_range(plot)
