"""The villages that gain or lose against the first scenario: a table and a map.

Two parts of the comparison view. :class:`VillageDiffTable` lists every
village whose households reached differ between the scenarios (a virtual
table: thousands of rows, largest change first, a header click sorts);
:class:`ComparisonMap` colours the villages that gain, lose or stay the
same for one scenario against the first. Each is given a
:class:`gis.plan.compare.Comparison` (``show_comparison``) and nothing else.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import shapely
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGraphicsPathItem,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gis.model.workspace import Workspace
from widgets.base.fmt import num
from widgets.scenario.scenario_common import tr

#: one colour per change: gain, loss, the same, no figure (colour-blind safe, prints in grey)
GAIN, LOSS, SAME, NONE = "#2f855a", "#c53030", "#e2e8f0", "#ffffff"


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


class VillageDiffTable(QWidget):
    """The "Selisih per desa" tab: a note and the table of changed villages."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.village_note)
        layout.addWidget(self.villages, 1)

    def show_comparison(self, comp) -> None:
        """The villages of ``comp`` (None: empty)."""
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


class ComparisonMap(QWidget):
    """The "Peta naik/turun" tab: villages that gain, lose or stay, for one scenario."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self._comparison = None
        self.map_choice = QComboBox()
        self.map_choice.currentIndexChanged.connect(lambda *_: self.show_map())
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.map, 1)
        layout.addWidget(self.map_note)

    def show_comparison(self, comp) -> None:
        """The choice of scenarios and the map of ``comp`` (None: empty)."""
        self._comparison = comp
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
        self.show_map()

    def map_status(self) -> np.ndarray | None:
        """Per village "naik" / "turun" / "tetap" for the scenario chosen on the map."""
        comp = self._comparison
        s = self.map_choice.currentData()
        if comp is None or s is None:
            return None
        return comp.villages.status(int(s))

    def show_map(self) -> None:
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
