"""Charts of the current selection: desil distribution and program coverage.

Two small pyqtgraph bar charts that follow the filter and the zone picked
in the zone list: how the filtered households spread over the desil, and
what share of them each program reaches. When a zone is current, its bars
stand beside those of the whole filter, so a planner sees at once whether
the zone is poorer or less served than the area.
"""

from __future__ import annotations

import html
import textwrap

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gis.io.codelists import received_programs
from gis.model.aggregate import program_counts
from gis.model.filter_text import describe_filter
from gis.model.workspace import Workspace
from widgets.base.compare_charts import Chart
from widgets.base.fmt import num
from widgets.base.gis_text import gis_lang
from widgets.panels.filter_counts import short_program_name

FILTER_COLOR = "#2b6cb0"
ZONE_COLOR = "#dd6b20"


class ChartsPanel(QWidget):
    """Desil distribution and program coverage of the filter and the current zone."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        # titles are word-wrapped labels: the dock is narrow, and a plot's own title is cut
        self.desil_chart = Chart(self.tr("Sebaran desil (% RT)"))
        self.program_chart = Chart(self.tr("Cakupan program (% RT)"))
        self.desil_plot = self.desil_chart.plot
        self.program_plot = self.program_chart.plot
        for plot in (self.desil_plot, self.program_plot):
            plot.showGrid(x=True, y=True, alpha=0.25)
            plot.setMinimumHeight(110)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.desil_chart, 1)
        layout.addWidget(self.program_chart, 1)
        self.desil_values: dict[str, np.ndarray] = {}
        self.program_values: dict[str, np.ndarray] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        for sig in (
            workspace.sig_filter_changed,
            workspace.sig_data_changed,
            workspace.sig_zones_changed,
            workspace.sig_current_zone_changed,
        ):
            sig.connect(lambda *_: self._timer.start())
        self.refresh()

    def filter_words(self) -> str:
        """The filter the bars count, in words (for the titles and the legend)."""
        ws = self.workspace
        return describe_filter(ws.filter, ws.households, lang=gis_lang(), short=True)

    def _series(self) -> list[tuple[str, str, np.ndarray]]:
        ws = self.workspace
        out = [(self.tr("Filter"), FILTER_COLOR, ws.mask)]
        zone = ws.zone(ws.current_zone) if ws.current_zone else None
        if zone is not None:
            out.append((zone.name, ZONE_COLOR, ws.mask & ws.zone_mask(zone)))
        return out

    def refresh(self) -> None:
        """Redraw both charts from the workspace."""
        self._timer.stop()
        t = self.workspace.households
        self.desil_plot.clear()
        self.program_plot.clear()
        self.desil_values.clear()
        self.program_values.clear()
        if t is None:
            self.legend.setText(self.tr("Belum ada data."))
            return
        # the titles say which households the percentages are of
        words = self.filter_words()
        for plot, head in (
            (self.desil_plot, self.tr("Sebaran desil (% RT terfilter)")),
            (self.program_plot, self.tr("Cakupan program (% RT terfilter)")),
        ):
            # a plot title does not wrap by itself; a narrow dock must not cut the filter off
            lines = textwrap.wrap(words, 40) or [words]
            body = "<br>".join(html.escape(line) for line in lines)
            plot.setTitle(f"{head}<br>{body}", color="#222", size="10pt")
            item = plot.getPlotItem()  # pyqtgraph keeps a title row one line high
            h = int(item.titleLabel.item.boundingRect().height()) + 4
            item.titleLabel.setMaximumHeight(h)
            item.layout.setRowFixedHeight(0, h)
        series = self._series()
        names = {p.key: p.name for p in received_programs()} | dict(t.program_names)
        keys = list(t.program_keys)
        width = 0.8 / len(series)
        legend = []
        for k, (label, color, sel) in enumerate(series):
            n = int(sel.sum())
            desil = np.bincount(t.desil[sel], minlength=11)[1:11].astype(float)
            share = 100 * desil / n if n else np.zeros(10)
            self.desil_values[label] = share
            x = np.arange(1, 11) - 0.4 + width * (k + 0.5)
            self.desil_plot.addItem(
                pg.BarGraphItem(x=x, height=share, width=width * 0.9, brush=color, pen=None)
            )
            # coverage among the households whose receipt is known: a program the
            # register does not carry is unknown (NaN, no bar), never 0 %
            prog = program_counts(t, sel).astype(float)
            known_sel = t.programs_known[sel]
            known = np.array(
                [np.count_nonzero(known_sel & np.uint32(1 << i)) for i in range(len(keys))]
                + [np.count_nonzero(known_sel)],
                dtype=float,
            )
            nothing = float(np.count_nonzero((t.programs[sel] == 0) & (known_sel != 0)))
            with np.errstate(divide="ignore", invalid="ignore"):
                cover = np.where(known > 0, 100 * np.append(prog, nothing) / known, np.nan)
            self.program_values[label] = cover
            # horizontal bars: program names stay readable in a narrow dock
            yp = np.arange(len(keys) + 1) - 0.4 + width * (k + 0.5)
            shown = ~np.isnan(cover)
            self.program_plot.addItem(
                pg.BarGraphItem(
                    x0=0,
                    y=yp[shown],
                    width=cover[shown],
                    height=width * 0.9,
                    brush=color,
                    pen=None,
                )
            )
            legend.append(f'<span style="color:{color}">■</span> {label} ({num(n)} RT)')
        self.legend.setText("&nbsp;&nbsp;".join(legend))
        self.desil_plot.getAxis("bottom").setTicks([[(d, str(d)) for d in range(1, 11)]])
        missing = set(t.missing_programs())
        unknown = self.tr("tidak diketahui")
        labels = [
            short_program_name(names.get(k, k)) + (f" ({unknown})" if k in missing else "")
            for k in keys
        ] + [self.tr("Tanpa program")]
        self.program_plot.getAxis("left").setTicks([list(enumerate(labels))])
        self.program_plot.getAxis("bottom").setTicks(None)
        tip = "\n".join(f"{k}: {names.get(k, k)}" for k in keys)
        tip += "\n" + self.tr(
            "Persen dari rumah tangga yang penerimaannya tercatat di berkas. "
            "Tanpa program: tidak menerima satu pun program yang tercatat."
        )
        if missing:
            tip += "\n" + self.tr("Tidak ada di berkas (tidak diketahui): {programs}").format(
                programs=", ".join(k for k in keys if k in missing)
            )
        self.program_plot.setToolTip(tip)
        self.desil_plot.setYRange(
            0, max(5.0, max(v.max() for v in self.desil_values.values()) * 1.1)
        )
        self.desil_plot.setXRange(0.4, 10.6, padding=0)
        self.program_plot.setXRange(0, 100, padding=0.02)
        self.program_plot.setYRange(-0.6, len(keys) + 0.6, padding=0)
        self.program_plot.getViewBox().invertY(True)  # first program on top


if __name__ == "__main__":
    import sys

    from widgets.base.demo import run_example

    sys.exit(run_example(ChartsPanel, "Grafik"))
