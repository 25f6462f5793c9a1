"""Two to five scenarios side by side, as the budget meeting asks for them.

The planner picks the scenarios (files, the scenario being edited, or the
shipped examples "Skenario A/B/C" from the "Contoh" menu); they are all
evaluated on the data loaded now (:func:`gis.plan.compare.compare` on the worker
pool), so every column has the same denominators. The view shows the
summary table (the same rows as the exported workbook), bar charts, the
villages that gain or lose against the first scenario as a table and as a
small map, and exports the lot to a formatted XLSX or to CSV through
:mod:`gis.plan.budget_export`, never replacing a file without asking.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
import shapely
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGraphicsPathItem,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gis.errors import SasaranError
from gis.model.filter_text import describe_filter
from gis.model.workspace import Workspace
from gis.plan.budget_export import comparison_sheets, csv_paths, export_comparison
from gis.plan.compare import MAX_SCENARIOS, MIN_SCENARIOS, CompareError, compare
from gis.plan.scenario import DataRef, Scenario, ScenarioDataMismatch, open_scenario
from widgets.base import files
from widgets.base.compare_charts import SCENARIO_COLORS, Chart, show_bars, show_grouped
from widgets.base.fmt import dec, num
from widgets.base.gis_text import gis_lang, gis_text
from widgets.base.messages import describe
from widgets.base.worker import run_job
from widgets.scenario.scenario_common import (
    JobStrip,
    Links,
    example_scenarios,
    inform,
    rupiah,
    scenario_error_text,
    share,
    tr,
)

#: one colour per scenario column, in order (colour-blind safe, prints in grey too)
GAIN, LOSS, SAME, NONE = "#2f855a", "#c53030", "#e2e8f0", "#ffffff"


def ask_open_paths(parent, title: str, folder: str = "", filters: str = "") -> list[str]:
    """Several files to open at once ([] when cancelled); tests replace this function."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, files.start_path(folder), filters)
    if paths:
        files.set_last_folder(Path(paths[0]).parent)
    return list(paths)


def compare_job(table, generation: int, scenarios, psks=None, progress=None, cancelled=None):
    """:func:`gis.plan.compare.compare` and its sheets, tagged with the request they answer."""
    comp = compare(table, scenarios, psks=psks, progress=progress, cancelled=cancelled)
    return generation, comp, comparison_sheets(comp)


def polygon_path(geoms) -> QPainterPath:
    """One painter path of all polygon rings in ``geoms`` (lon/lat), holes kept empty."""
    geoms = np.asarray([g for g in geoms if g is not None and not g.is_empty], dtype=object)
    if not len(geoms):
        return QPainterPath()
    geoms = shapely.orient_polygons(geoms, exterior_cw=False)
    polys = shapely.get_parts(geoms)
    rings = shapely.get_rings(polys)
    coords, ring = shapely.get_coordinates(rings, return_index=True)
    connect = np.ones(len(coords), dtype=np.int32)
    connect[:-1] = ring[1:] == ring[:-1]
    connect[-1] = 0
    path = pg.arrayToQPath(coords[:, 0], coords[:, 1], connect=connect, finiteCheck=False)
    path.setFillRule(Qt.FillRule.WindingFill)
    return path


class VillageDiffModel(QAbstractTableModel):
    """Villages that gain or lose against the first scenario (a virtual table: thousands of rows).

    Rows start with the largest change first; a header click sorts by
    that column (numbers as numbers).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._vd = None
        self._rows = np.zeros(0, dtype=np.int64)
        self._names: list[str] = []

    def set_comparison(self, comp) -> None:
        self.beginResetModel()
        if comp is None:
            self._vd, self._names = None, []
            self._rows = np.zeros(0, dtype=np.int64)
        else:
            vd = comp.villages
            idx = vd.changed
            if vd.delta.shape[1] > 1 and len(idx):
                key = np.abs(vd.delta[idx, 1:]).max(axis=1)
            else:
                key = np.zeros(len(idx))
            self._vd, self._names = vd, list(comp.names)
            self._rows = idx[np.argsort(-key, kind="stable")]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        n = len(self._names)
        return 0 if parent.isValid() else 3 + n + max(n - 1, 0)

    def _column(self, c: int) -> tuple[str, int]:
        n = len(self._names)
        if c < 3:
            return ("code", "name", "kecamatan")[c], 0
        if c < 3 + n:
            return "reached", c - 3
        return "delta", c - 3 - n + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        kind, s = self._column(section)
        if kind == "code":
            return tr("Kode")
        if kind == "name":
            return tr("Desa/kelurahan")
        if kind == "kecamatan":
            return tr("Kecamatan")
        if kind == "reached":
            return tr("RT {name}").format(name=self._names[s])
        return tr("Selisih {name}").format(name=self._names[s])

    def value(self, row: int, column: int):
        """The plain value of a cell (text or int)."""
        i = int(self._rows[row])
        kind, s = self._column(column)
        vd = self._vd
        if kind == "code":
            return str(vd.codes[i])
        if kind == "name":
            return str(vd.names[i])
        if kind == "kecamatan":
            return str(vd.kecamatan[i])
        return int((vd.reached if kind == "reached" else vd.delta)[i, s])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._vd is None:
            return None
        kind, _s = self._column(index.column())
        v = self.value(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if kind == "delta":
                return ("+" if v > 0 else "") + num(v)
            return num(v) if kind == "reached" else v
        if role == Qt.ItemDataRole.UserRole:
            return v
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in ("reached", "delta"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and kind == "delta" and v:
            return QColor(GAIN if v > 0 else LOSS)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if self._vd is None or column < 0 or not len(self._rows):
            return
        kind, s = self._column(column)
        vd, rows = self._vd, self._rows
        if kind in ("reached", "delta"):
            key = (vd.reached if kind == "reached" else vd.delta)[rows, s]
        else:
            key = np.asarray({"code": vd.codes, "name": vd.names, "kecamatan": vd.kecamatan}[kind])[
                rows
            ].astype(str)
        order_idx = np.argsort(key, kind="stable")
        if order == Qt.SortOrder.DescendingOrder:
            order_idx = order_idx[::-1]
        self.layoutAboutToBeChanged.emit()
        self._rows = rows[order_idx]
        self.layoutChanged.emit()


class _Entry:
    """A scenario picked for the comparison and where it came from."""

    def __init__(self, scenario: Scenario, source: str, note: str = ""):
        self.scenario = scenario
        self.source = source
        self.note = note


class _Num(QTableWidgetItem):
    def __init__(self, text: str, value):
        super().__init__(text)
        self.setData(Qt.ItemDataRole.UserRole, None if value is None else float(value))
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other) -> bool:
        a, b = self.data(Qt.ItemDataRole.UserRole), other.data(Qt.ItemDataRole.UserRole)
        if a is None or b is None:
            return super().__lt__(other)
        return a < b


def cell_text(value, kind: str) -> str:
    """A value of a :class:`gis.plan.budget_export.Sheet` as the view shows it."""
    if value is None:
        return "–"
    if isinstance(value, str):
        return gis_text(value)
    if kind == "rupiah":
        return rupiah(value)
    if kind == "percent":
        return share(value)
    if kind == "float":
        return dec(value, 2)
    return num(value)


class ComparisonView(QWidget):
    """Pick 2-5 scenarios, see them side by side, export for the finance office.

    Parameters
    ----------
    workspace
        The data every scenario is evaluated on (and the PSKS counted).
    current
        Optional callable returning the scenario being edited, for the
        "Skenario saat ini" button (a copy is compared).

    Signals
    -------
    sig_compared(object)
        A new :class:`gis.plan.compare.Comparison` is shown.
    sig_message(str)
        A one-line note for the status bar (export written...).
    """

    sig_compared = Signal(object)
    sig_message = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        current=None,
        parent: QWidget | None = None,
        *,
        debounce_ms: int = 100,
    ):
        super().__init__(parent)
        self.workspace = workspace
        self._current = current
        self._entries: list[_Entry] = []
        self._comparison = None
        self._sheets = None
        self._generation = 0
        self._job = None
        self._export_job = None
        self._error = ""
        self._folder = ""
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.compare)
        self._links = Links(self)
        self._links.connect(workspace.sig_data_changed, self._on_data)
        self._show_entries()
        self._show()

    # --- building ----------------------------------------------------------------

    def _build(self) -> None:
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMaximumHeight(110)
        self.add_file_button = QPushButton(self.tr("Tambah berkas…"))
        self.add_file_button.clicked.connect(lambda: self.add_files())
        self.add_current_button = QPushButton(self.tr("Skenario saat ini"))
        self.add_current_button.setToolTip(self.tr("Salinan skenario yang sedang disusun"))
        self.add_current_button.clicked.connect(lambda: self.add_current())
        self.add_current_button.setEnabled(self._current is not None)
        self.examples_button = QToolButton()
        self.examples_button.setText(self.tr("Contoh"))
        self.examples_button.setToolTip(self.tr("Skenario contoh untuk provinsi demo"))
        self.examples_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.examples_button)
        examples = example_scenarios()
        if len(examples) >= 2:
            pair = menu.addAction(self.tr("{a} dan {b}").format(a=examples[0][0], b=examples[1][0]))
            pair.triggered.connect(lambda: self.open_examples([n for n, _ in examples[:2]]))
            menu.addSeparator()
        for name, _path in examples:
            a = menu.addAction(name)
            a.triggered.connect(lambda _=False, n=name: self.add_example(n))
        self.examples_button.setMenu(menu)
        self.base_button = QPushButton(self.tr("Jadikan dasar"))
        self.base_button.setToolTip(
            self.tr("Skenario terpilih menjadi pembanding dasar selisih per desa")
        )
        self.base_button.clicked.connect(self._make_base)
        self.remove_button = QPushButton(self.tr("Hapus"))
        self.remove_button.clicked.connect(self._remove_selected)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for b in (
            self.add_file_button,
            self.add_current_button,
            self.examples_button,
            self.base_button,
            self.remove_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.job_strip = JobStrip(self)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_summary_tab(), self.tr("Ringkasan"))
        self.tabs.addTab(self._build_chart_tab(), self.tr("Grafik"))
        self.tabs.addTab(self._build_village_tab(), self.tr("Selisih per desa"))
        self.tabs.addTab(self._build_map_tab(), self.tr("Peta naik/turun"))

        self.xlsx_button = QPushButton(self.tr("Ekspor XLSX…"))
        self.xlsx_button.setToolTip(self.tr("Buku kerja berformat untuk bagian keuangan"))
        self.xlsx_button.clicked.connect(lambda: self.export_xlsx())
        self.csv_button = QPushButton(self.tr("Ekspor CSV…"))
        self.csv_button.setToolTip(self.tr("Satu berkas CSV per tabel"))
        self.csv_button.clicked.connect(lambda: self.export_csv())
        privacy = QLabel(self.tr("Data agregat; tidak memuat data pribadi."))
        privacy.setStyleSheet("color: palette(dark);")
        export_row = QHBoxLayout()
        export_row.addWidget(privacy, 1)
        export_row.addWidget(self.xlsx_button)
        export_row.addWidget(self.csv_button)

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(QLabel(self.tr("<b>Skenario dibandingkan</b> (2 sampai 5; yang pertama "
                                    "menjadi dasar)")))  # fmt: skip
        tl.addWidget(self.list)
        tl.addLayout(buttons)
        tl.addWidget(self.status)
        tl.addWidget(self.job_strip)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 1)
        split.setSizes([150, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split, 1)
        layout.addLayout(export_row)

    def _build_summary_tab(self) -> QWidget:
        self.metrics = QTableWidget(0, 1)
        self.metrics.verticalHeader().hide()
        self.metrics.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.metrics.setWordWrap(False)
        self.metrics.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.metrics.verticalHeader().setDefaultSectionSize(22)
        return self.metrics

    def _build_chart_tab(self) -> QWidget:
        w = QWidget()
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
        grid = QGridLayout(w)
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
        return w

    def _build_village_tab(self) -> QWidget:
        w = QWidget()
        self.village_model = VillageDiffModel(self)
        self.villages = QTableView()
        self.villages.setModel(self.village_model)
        self.villages.verticalHeader().hide()
        self.villages.setSortingEnabled(True)
        self.villages.setWordWrap(False)
        self.villages.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.villages.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.villages.horizontalHeader().setResizeContentsPrecision(60)
        self.villages.verticalHeader().setDefaultSectionSize(22)
        self.village_note = QLabel()
        self.village_note.setWordWrap(True)
        layout = QVBoxLayout(w)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.village_note)
        layout.addWidget(self.villages, 1)
        return w

    def _build_map_tab(self) -> QWidget:
        w = QWidget()
        self.map_choice = QComboBox()
        self.map_choice.currentIndexChanged.connect(lambda *_: self._show_map())
        self.map = pg.PlotWidget(background="w")
        self.map.setMenuEnabled(False)
        self.map.hideButtons()
        self.map.setAspectLocked(True)
        self.map.hideAxis("left")
        self.map.hideAxis("bottom")
        self.map.setMinimumHeight(240)
        self._map_items: dict[str, QGraphicsPathItem] = {}
        for key, color, z in (("tetap", SAME, 0), ("naik", GAIN, 1), ("turun", LOSS, 1)):
            item = QGraphicsPathItem()
            item.setBrush(QBrush(QColor(color)))
            pen = QPen(QColor("#718096"))
            pen.setCosmetic(True)
            pen.setWidthF(0.6)
            item.setPen(pen)
            item.setZValue(z)
            self.map.addItem(item)
            self._map_items[key] = item
        self.map_legend = pg.LegendItem(offset=(10, 10), labelTextColor="#222")
        self.map_legend.setParentItem(self.map.getPlotItem().vb)
        self.map_legend.setBrush(pg.mkBrush(255, 255, 255, 220))
        self.map_legend.setPen(pg.mkPen("#a0aec0"))
        self._legend_samples = {
            key: pg.ScatterPlotItem(
                symbol="s", size=12, brush=pg.mkBrush(color), pen=pg.mkPen("#718096")
            )
            for key, color in (("naik", GAIN), ("turun", LOSS), ("tetap", SAME))
        }
        self.map_note = QLabel()
        self.map_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Tampilkan")))
        row.addWidget(self.map_choice, 1)
        layout = QVBoxLayout(w)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.map, 1)
        layout.addWidget(self.map_note)
        return w

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(1000, 720)

    # --- the scenarios -----------------------------------------------------------

    @property
    def scenarios(self) -> list[Scenario]:
        return [e.scenario for e in self._entries]

    @property
    def comparison(self):
        """The comparison shown (a :class:`gis.plan.compare.Comparison`), or None."""
        return self._comparison

    @property
    def sheets(self):
        """The tables of the comparison (:func:`gis.plan.budget_export.comparison_sheets`)."""
        return self._sheets

    @property
    def error(self) -> str:
        return self._error

    @property
    def busy(self) -> bool:
        return self._timer.isActive() or (self._job is not None and not self._job.done)

    def _room(self) -> bool:
        if len(self._entries) < MAX_SCENARIOS:
            return True
        exc = CompareError("too many", code="scenario_count", count=len(self._entries) + 1)
        inform(self, self.tr("Perbandingan penuh"), describe(exc),
               informative=self.tr("Hapus satu skenario sebelum menambah."))  # fmt: skip
        return False

    def add_scenario(self, scenario: Scenario, source: str = "", note: str = "") -> bool:
        """Add a scenario (compared as it is now; a copy is kept)."""
        if not self._room():
            return False
        copy = Scenario.from_dict(scenario.to_dict())
        self._entries.append(_Entry(copy, source, note))
        self._show_entries()
        self._schedule()
        return True

    def add_current(self) -> bool:
        if self._current is None:
            return False
        sc = self._current()
        if sc is None:
            return False
        return self.add_scenario(sc, self.tr("skenario saat ini (salinan)"))

    def add_file(self, path: str | Path | None = None) -> bool:
        """Add a scenario file (asks for one when ``path`` is None); False if not added."""
        if path is None:
            path = files.ask_open_path(
                self,
                self.tr("Tambah skenario ke perbandingan"),
                self._folder,
                self.tr("Skenario Sasaran (*.skenario.json)"),
            )
            if not path:
                return False
        path = Path(path)
        self._folder = str(path.parent)
        note = ""
        try:
            sc = open_scenario(path, self.workspace.households)
        except ScenarioDataMismatch as exc:
            # compared on the data loaded now anyway: a note, not a question
            sc = exc.data["scenario"]
            note = self.tr("dihitung ulang pada data sekarang (berkas dibuat pada data lain)")
        except (SasaranError, OSError) as exc:
            text, detail = scenario_error_text(exc, path)
            inform(self, self.tr("Skenario tidak dapat dibuka"), text, detail=detail)
            return False
        return self.add_scenario(sc, path.name, note)

    def add_files(self, paths=None) -> int:
        """Add several scenario files (asks for them when ``paths`` is None); how many were added."""
        if paths is None:
            paths = ask_open_paths(
                self,
                self.tr("Tambah skenario ke perbandingan"),
                self._folder,
                self.tr("Skenario Sasaran (*.skenario.json)"),
            )
        added = 0
        for p in paths:
            if len(self._entries) >= MAX_SCENARIOS:
                self._room()
                break
            added += bool(self.add_file(p))
        return added

    def add_example(self, name: str) -> bool:
        """Add a shipped example ("Skenario A"...)."""
        paths = dict(example_scenarios())
        if name not in paths:
            return False
        return self.add_file(paths[name])

    def open_examples(self, names) -> None:
        """Compare exactly these examples (the list is replaced)."""
        self.clear()
        for n in names:
            self.add_example(n)

    def remove(self, index: int) -> None:
        if 0 <= index < len(self._entries):
            del self._entries[index]
            self._show_entries()
            self._schedule()

    def _remove_selected(self) -> None:
        self.remove(self.list.currentRow())

    def _make_base(self) -> None:
        i = self.list.currentRow()
        if i > 0:
            self._entries.insert(0, self._entries.pop(i))
            self._show_entries()
            self.list.setCurrentRow(0)
            self._schedule()

    def clear(self) -> None:
        self._entries = []
        self._show_entries()
        self._schedule()

    def _show_entries(self) -> None:
        self.list.clear()
        for i, e in enumerate(self._entries):
            mark = self.tr(" — dasar") if i == 0 else ""
            text = f"{i + 1}. {e.scenario.name}{mark}"
            if e.source:
                text += f"  ({e.source})"
            item = QListWidgetItem(text)
            item.setForeground(QColor(SCENARIO_COLORS[i % len(SCENARIO_COLORS)]))
            if e.note:
                item.setToolTip(e.note)
                item.setText(text + " *")
            self.list.addItem(item)
        n = len(self._entries)
        self.base_button.setEnabled(n > 1)
        self.remove_button.setEnabled(n > 0)
        for b in (self.add_file_button, self.add_current_button, self.examples_button):
            b.setEnabled(
                n < MAX_SCENARIOS and (b is not self.add_current_button or bool(self._current))
            )

    # --- comparing ---------------------------------------------------------------

    def _schedule(self) -> None:
        self._timer.start()

    def _on_data(self, _data=None) -> None:
        self._schedule()

    def _names(self) -> list[Scenario]:
        """Copies of the scenarios with distinct names (the names head the columns)."""
        out = []
        seen: dict[str, int] = {}
        for e in self._entries:
            sc = Scenario.from_dict(e.scenario.to_dict())
            base = sc.name or self.tr("Tanpa nama")
            seen[base] = seen.get(base, 0) + 1
            sc.name = base if seen[base] == 1 else f"{base} ({seen[base]})"
            out.append(sc)
        return out

    def compare(self) -> None:
        """Evaluate and compare the scenarios now (on the worker pool)."""
        self._timer.stop()
        self._generation += 1
        if self._job is not None and not self._job.done:
            self._job.cancel()
        self._job = None
        table = self.workspace.households
        n = len(self._entries)
        if table is None or not MIN_SCENARIOS <= n <= MAX_SCENARIOS:
            self._comparison = None
            self._sheets = None
            if table is None:
                self._error = self.tr("Belum ada data rumah tangga.")
            elif n < MIN_SCENARIOS:
                self._error = ""
            self._show()
            return
        job = run_job(compare_job, table, self._generation, self._names(), psks=self.workspace.psks)
        job.sig_finished.connect(self._on_finished)
        job.sig_failed.connect(self._on_failed)
        job.sig_cancelled.connect(self._on_cancelled)
        self._job = job
        self.job_strip.watch(job, self.tr("Membandingkan skenario…"))
        self.status.setText(self.tr("Menghitung perbandingan…"))

    def wait(self, timeout: float = 30.0) -> bool:
        if self._timer.isActive():
            self.compare()
        ok = self._job is None or self._job.wait(timeout)
        if self._export_job is not None:
            ok = self._export_job.wait(timeout) and ok
        return ok

    def _on_finished(self, result) -> None:
        generation, comp, sheets = result
        if generation != self._generation:
            return
        self._job = None
        self._error = ""
        self._comparison = comp
        self._sheets = sheets
        self._show()
        self.sig_compared.emit(comp)

    def _on_cancelled(self) -> None:
        if self._job is None or self.sender() is not self._job:
            return
        self._job = None
        self.status.setText(self.tr("Perbandingan dibatalkan."))

    def _on_failed(self, exc) -> None:
        if self._job is None or self._job.error is not exc:
            return
        self._job = None
        self._comparison = None
        self._sheets = None
        text, detail = scenario_error_text(exc)
        self._error = text + (f" ({detail})" if detail else "")
        self._show()

    # --- showing -----------------------------------------------------------------

    def _show(self) -> None:
        comp = self._comparison
        ready = comp is not None
        self.xlsx_button.setEnabled(ready)
        self.csv_button.setEnabled(ready)
        n = len(self._entries)
        if self._error:
            self.status.setText(f"<span style='color:#c53030'>{self._error}</span>")
        elif n < MIN_SCENARIOS:
            self.status.setText(
                self.tr("Tambahkan {k} skenario lagi: berkas, skenario saat ini, atau Contoh.")
                .format(k=MIN_SCENARIOS - n)
            )  # fmt: skip
        elif ready:
            stale = [e.scenario.name for e in self._entries if e.note]
            text = self.tr("Semua skenario dihitung pada data yang dibuka sekarang.")
            if stale:
                text += " " + self.tr("* dibuat pada data lain: {names}.").format(
                    names=", ".join(stale)
                )
            self.status.setText(text)
        self._show_metrics()
        self._show_charts()
        self._show_villages()
        self._fill_map_choice()
        self._show_map()

    def _show_metrics(self) -> None:
        m = self.metrics
        m.setRowCount(0)
        if self._sheets is None:
            m.setColumnCount(1)
            m.setHorizontalHeaderLabels([self.tr("Indikator")])
            return
        sheet = self._sheets[0]
        m.setColumnCount(len(sheet.columns))
        m.setHorizontalHeaderLabels(
            [gis_text(sheet.columns[0][0])] + [n for n, _ in sheet.columns[1:]]
        )
        for c in range(1, len(sheet.columns)):
            m.horizontalHeaderItem(c).setForeground(
                QColor(SCENARIO_COLORS[(c - 1) % len(SCENARIO_COLORS)])
            )
        m.setRowCount(len(sheet.rows))
        for r, row in enumerate(sheet.rows):
            label = QTableWidgetItem(gis_text(row[0]).replace("  ", "    "))
            if not row[0].startswith(" "):
                f = label.font()
                f.setBold(True)
                label.setFont(f)
            m.setItem(r, 0, label)
            values = row[1:]
            if row[0] == "Filter rumah tangga" and gis_lang() == "en" and self._comparison:
                table = self.workspace.households  # the filter in the interface's language
                values = [
                    describe_filter(sc.filter, table, lang="en")
                    for sc in self._comparison.scenarios
                ]
            for c, value in enumerate(values, start=1):
                m.setItem(r, c, _Num(cell_text(value, sheet.kind(r, c)), None))

    def metric_text(self, label: str, column: int) -> str:
        """The shown text of indicator ``label`` for scenario ``column`` (0-based)."""
        for r in range(self.metrics.rowCount()):
            if self.metrics.item(r, 0).text().strip() == label.strip():
                return self.metrics.item(r, column + 1).text()
        raise KeyError(label)

    def _show_charts(self) -> None:
        comp = self._comparison
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

    def _show_villages(self) -> None:
        comp = self._comparison
        self.village_model.set_comparison(comp)
        # keep the model's order (largest change first) until a header is clicked
        self.villages.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.villages.resizeColumnsToContents()
        if comp is None:
            self.village_note.setText("")
            return
        self.village_note.setText(
            self.tr(
                "{n} desa berubah dibanding {base} (rumah tangga terjangkau). Desa yang sama "
                "di semua skenario tidak ditampilkan."
            ).format(n=num(self.village_model.rowCount()), base=comp.names[0])
        )

    def _fill_map_choice(self) -> None:
        comp = self._comparison
        current = self.map_choice.currentIndex()
        self.map_choice.blockSignals(True)
        self.map_choice.clear()
        if comp is not None:
            for s in range(1, len(comp.names)):
                self.map_choice.addItem(
                    self.tr("{s} dibanding {base}").format(s=comp.names[s], base=comp.names[0]), s
                )
            if 0 <= current < self.map_choice.count():
                self.map_choice.setCurrentIndex(current)
        self.map_choice.blockSignals(False)

    def map_status(self) -> np.ndarray | None:
        """Per village "naik" / "turun" / "tetap" for the scenario chosen on the map."""
        comp = self._comparison
        s = self.map_choice.currentData()
        if comp is None or s is None:
            return None
        return comp.villages.status(int(s))

    def _show_map(self) -> None:
        status = self.map_status()
        self.map_legend.clear()
        v = self.workspace.villages
        if status is None or v is None:
            for item in self._map_items.values():
                item.setPath(QPainterPath())
            self.map_note.setText("")
            return
        has = v.has_polygon
        counts = {}
        for key, item in self._map_items.items():
            sel = (status == key) & has
            counts[key] = int((status == key).sum())
            item.setPath(polygon_path(v.geoms[sel]))
        labels = {
            "naik": self.tr("Naik ({n} desa)"),
            "turun": self.tr("Turun ({n} desa)"),
            "tetap": self.tr("Tetap ({n} desa)"),
        }
        for key in ("naik", "turun", "tetap"):
            self.map_legend.addItem(
                self._legend_samples[key], labels[key].format(n=num(counts[key]))
            )
        minx, miny, maxx, maxy = v.province_bounds(0.02)
        self.map.setRange(xRange=(minx, maxx), yRange=(miny, maxy), padding=0)
        missing = int((~has).sum())
        note = self.tr(
            "Warna: rumah tangga terjangkau naik, turun atau tetap dibanding skenario dasar."
        )
        if missing:
            note += " " + self.tr("{n} desa tanpa batas wilayah tidak digambar.").format(
                n=num(missing)
            )
        self.map_note.setText(note)

    # --- export ------------------------------------------------------------------

    def _data_ref(self):
        t = self.workspace.households
        return DataRef.of(t) if t is not None else None

    def export_xlsx(self, path: str | Path | None = None) -> bool:
        """Write the comparison to a formatted workbook (asks for a file and before replacing)."""
        return self._export("xlsx", path)

    def export_csv(self, path: str | Path | None = None) -> bool:
        """Write each table of the comparison to CSV (the first at ``path``, the others beside it)."""
        return self._export("csv", path)

    def _export(self, kind: str, path) -> bool:
        comp = self._comparison
        if comp is None:
            return False
        if path is None:
            title = (
                self.tr("Ekspor perbandingan ke XLSX")
                if kind == "xlsx"
                else self.tr("Ekspor perbandingan ke CSV")
            )
            filters = (
                self.tr("Buku kerja Excel (*.xlsx)") if kind == "xlsx" else self.tr("CSV (*.csv)")
            )
            suggested = str(Path(self._folder or "") / f"perbandingan_skenario.{kind}")
            path = files.ask_save_path(self, title, suggested, filters)
            if not path:
                return False
        path = Path(path)
        if not path.suffix:
            path = path.with_suffix(f".{kind}")
        targets = [path] if kind == "xlsx" else csv_paths(self._sheets, path)
        existing = [p for p in targets if p.exists()]
        overwrite = False
        if existing:
            if not files.confirm_overwrite(self, ", ".join(p.name for p in existing)):
                return False
            overwrite = True
        self._folder = str(path.parent)
        kwargs = {"xlsx": path} if kind == "xlsx" else {"csv_path": path}
        job = run_job(export_comparison, comp, data=self._data_ref(), overwrite=overwrite, **kwargs)
        job.sig_finished.connect(self._on_exported)
        job.sig_failed.connect(self._on_export_failed)
        self._export_job = job
        self.job_strip.watch(job, self.tr("Menulis {name}…").format(name=path.name))
        return True

    def _on_exported(self, written) -> None:
        names = ", ".join(Path(p).name for p in written)
        self.sig_message.emit(self.tr("Perbandingan diekspor: {names}").format(names=names))
        self.status.setText(self.tr("Tersimpan: {names}").format(names=_html(names)))

    def _on_export_failed(self, exc) -> None:
        text, detail = scenario_error_text(exc)
        inform(self, self.tr("Ekspor gagal"), text, detail=detail)


def _html(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _main() -> int:
    from widgets.base.demo import run_example
    from widgets.scenario.scenario_common import indonesian_numbers

    indonesian_numbers()

    def make(workspace):
        view = ComparisonView(workspace)
        examples = example_scenarios()
        for _name, path in examples[:2]:
            sc = open_scenario(path, workspace.households, accept_data_mismatch=True)
            view.add_scenario(sc, path.name)
        return view

    return run_example(make, "Perbandingan skenario")


if __name__ == "__main__":
    raise SystemExit(_main())
