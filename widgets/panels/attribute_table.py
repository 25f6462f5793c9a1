"""The attribute table: the filtered households, one row each.

The model is virtual: it holds one integer array, the indices of the
households that pass the filter in display order, and reads every cell
from the household columns when the view asks for it. Nothing is copied
per row, so a million households scroll as smoothly as a hundred, and
sorting is one ``argsort`` over the numpy column. The selection is shared
with the map through ``workspace.set_selection`` both ways. Names, NIK, KK
numbers and addresses are masked unless the planner turned masking off for
the session (:mod:`widgets.base.privacy`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gis.io.codelists import ppks_types
from gis.io.nik import mask_id, mask_name
from gis.model.unknowns import UNKNOWN
from gis.model.workspace import Workspace
from widgets.base import privacy
from widgets.base.fmt import num
from widgets.base.gis_text import gis_text

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    personal: bool = False
    numeric: bool = False


def _popcount(a: np.ndarray) -> np.ndarray:
    a = a.astype(np.uint32)
    out = np.zeros(len(a), dtype=np.int8)
    for k in range(32):
        out += ((a >> np.uint32(k)) & np.uint32(1)).astype(np.int8)
    return out


class HouseholdModel(QAbstractTableModel):
    """Virtual table over ``workspace.households`` restricted to ``workspace.mask``.

    Attributes
    ----------
    rows
        Household indices in display order (view row -> household).
    """

    sig_rows_changed = Signal(int)
    """Number of rows after the filter, the data or the sort changed."""

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.rows = np.zeros(0, dtype=np.int64)
        self.columns: list[Column] = []
        self._sort: tuple[str, Qt.SortOrder] | None = None
        self._pos: np.ndarray | None = None
        self._ppks_names = {p.code: p.name for p in ppks_types()}
        self._village_rank = self._kec_rank = None
        workspace.sig_data_changed.connect(self._on_data)
        workspace.sig_filter_changed.connect(self._on_filter)
        workspace.sig_privacy_changed.connect(self._on_privacy)
        self._on_data()

    # --- shape ------------------------------------------------------------
    def _make_columns(self) -> list[Column]:
        t = self.workspace.households
        cols = [
            Column("row", self.tr("Baris"), numeric=True),
            Column("hh_id", self.tr("ID keluarga")),
        ]
        if t is not None and t.has_text("name"):
            cols.append(Column("name", self.tr("Nama"), personal=True))
        if t is not None and t.has_text("nik"):
            cols.append(Column("nik", self.tr("NIK"), personal=True))
        if t is not None and t.has_text("kk"):
            cols.append(Column("kk", self.tr("No. KK"), personal=True))
        cols += [
            Column("village", self.tr("Desa/kelurahan")),
            Column("kecamatan", self.tr("Kecamatan")),
            Column("desil", self.tr("Desil"), numeric=True),
            Column("members", self.tr("Anggota"), numeric=True),
            Column("ppks", self.tr("PPKS")),
            Column("programs", self.tr("Program")),
            Column("location", self.tr("Lokasi")),
        ]
        if t is not None and t.has_text("address"):
            cols.append(Column("address", self.tr("Alamat"), personal=True))
        return cols

    def rowCount(self, parent: _Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.columns)

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            col = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return col.title
            if role == Qt.ItemDataRole.ToolTipRole and col.personal:
                return (
                    self.tr("Data pribadi, disamarkan (UU 27/2022)")
                    if not self.workspace.show_personal
                    else self.tr("Data pribadi, ditampilkan untuk sesi ini")
                )
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    # --- cells --------------------------------------------------------------
    def household(self, view_row: int) -> int:
        return int(self.rows[view_row])

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col.numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        i = int(self.rows[index.row()])
        value = self._cell(col.key, i, tooltip=role == Qt.ItemDataRole.ToolTipRole)
        return value

    def _cell(self, key: str, i: int, tooltip: bool = False):
        t = self.workspace.households
        show = self.workspace.show_personal
        if key == "row":
            return int(t.row[i])
        if key == "hh_id":
            return str(t.text_at("hh_id", i))
        if key in ("nik", "kk"):
            value = t.text_at(key, i)
            return ("" if value is None else str(value)) if show else mask_id(value)
        if key == "name":
            value = t.text_at("name", i)
            return ("" if value is None else str(value)) if show else mask_name(value)
        if key == "address":
            value = t.text_at("address", i)
            if show or value is None:
                return "" if value is None else str(value)
            return self.tr("(disamarkan)")
        if key == "village":
            v = int(t.village[i])
            return str(t.villages.names[v]) if v >= 0 else self.tr("(tidak diketahui)")
        if key == "kecamatan":
            v = int(t.village[i])
            vt = t.villages
            return str(vt.kec_names[vt.kec_index[v]]) if v >= 0 else ""
        if key == "desil":
            d = int(t.desil[i])
            return d if d else ""
        if key == "members":
            m = int(t.members[i])
            return m if m else ""
        if key == "ppks":
            if not t.ppks_known[i]:
                return None if tooltip else gis_text(UNKNOWN)
            bits = int(t.ppks[i])
            codes = [k + 1 for k in range(26) if bits >> k & 1]
            if tooltip:
                return "\n".join(f"{c}. {self._ppks_names.get(c, c)}" for c in codes) or None
            return ", ".join(f"{c} {self._ppks_names.get(c, '')}".strip() for c in codes)
        if key == "programs":
            bits = int(t.programs[i])
            keys = [k for b, k in enumerate(t.program_keys) if bits >> b & 1]
            if tooltip:
                return "\n".join(t.program_names.get(k, k) for k in keys) or None
            return ", ".join(keys)
        if key == "location":
            if np.isnan(t.x[i]):
                return self.tr("tanpa lokasi")
            if t.approx[i]:
                return self.tr("perkiraan")
            return self.tr("koordinat")
        return None

    # --- following the model ------------------------------------------------
    def _on_data(self, *_):
        self.beginResetModel()
        self.columns = self._make_columns()
        t = self.workspace.households
        self._village_rank = self._kec_rank = None
        if t is not None:
            vt = t.villages
            names = vt.names.astype(str)
            rank = np.empty(len(names) + 1, dtype=np.int64)
            rank[np.argsort(names, kind="stable")] = np.arange(len(names))
            rank[-1] = -1  # village -1 (unknown) sorts first
            self._village_rank = rank
            kec_names = vt.kec_names.astype(str)
            krank = np.empty(len(kec_names), dtype=np.int64)
            krank[np.argsort(kec_names, kind="stable")] = np.arange(len(kec_names))
            self._kec_rank = np.append(krank[vt.kec_index], -1)
        if self._sort and self._sort[0] not in {c.key for c in self.columns}:
            self._sort = None
        self._refresh_rows()
        self.endResetModel()
        self.sig_rows_changed.emit(len(self.rows))

    def retranslate(self) -> None:
        """Column titles in the interface language now (see widgets.base.retranslate)."""
        self.columns = self._make_columns()
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if len(self.rows) and self.columns:
            last = self.index(len(self.rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _on_filter(self, *_):
        self.beginResetModel()
        self._refresh_rows()
        self.endResetModel()
        self.sig_rows_changed.emit(len(self.rows))

    def _on_privacy(self, *_):
        personal = [i for i, c in enumerate(self.columns) if c.personal]
        if personal and len(self.rows):
            self.dataChanged.emit(
                self.index(0, min(personal)), self.index(len(self.rows) - 1, max(personal))
            )
        if personal:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, min(personal), max(personal))

    def _refresh_rows(self) -> None:
        t = self.workspace.households
        self._pos = None
        if t is None:
            self.rows = np.zeros(0, dtype=np.int64)
            return
        self.rows = np.flatnonzero(self.workspace.mask).astype(np.int64)
        if self._sort:
            self.rows = self.rows[self._order(self.rows, *self._sort)]

    def view_rows(self, households: np.ndarray) -> np.ndarray:
        """View rows of ``households`` (sorted), leaving out those not shown."""
        t = self.workspace.households
        if t is None or households is None or len(households) == 0:
            return np.zeros(0, dtype=np.int64)
        if self._pos is None:
            pos = np.full(len(t), -1, dtype=np.int64)
            pos[self.rows] = np.arange(len(self.rows))
            self._pos = pos
        hh = np.asarray(households, dtype=np.int64)
        hh = hh[(hh >= 0) & (hh < len(t))]
        vr = self._pos[hh]
        return np.sort(vr[vr >= 0])

    # --- sorting ------------------------------------------------------------
    def sortable(self, key: str) -> bool:
        col = next((c for c in self.columns if c.key == key), None)
        return col is not None and (not col.personal or self.workspace.show_personal)

    def _sort_key(self, key: str, rows: np.ndarray) -> np.ndarray:
        t = self.workspace.households
        if key == "row":
            return t.row[rows]
        if key == "desil":
            return t.desil[rows]
        if key == "members":
            return t.members[rows]
        if key == "village":
            return self._village_rank[t.village[rows]]
        if key == "kecamatan":
            return self._kec_rank[t.village[rows]]
        if key == "ppks":
            return _popcount(t.ppks[rows])
        if key == "programs":
            return _popcount(t.programs[rows])
        if key == "location":
            return np.where(np.isnan(t.x[rows]), 2, t.approx[rows].astype(np.int8))
        values = getattr(t, key)[rows]
        return np.array(["" if v is None else str(v) for v in values])

    def _order(self, rows: np.ndarray, key: str, order: Qt.SortOrder) -> np.ndarray:
        keys = self._sort_key(key, rows)
        idx = np.argsort(keys, kind="stable")
        if order == Qt.SortOrder.DescendingOrder:
            # stable descending: reverse the ascending order of the reversed array
            idx = (len(keys) - 1 - np.argsort(keys[::-1], kind="stable"))[::-1]
        return idx

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].key
        if not self.sortable(key):
            return
        if self.workspace.households is None:
            self._sort = (key, order)
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (key, order)
        self.rows = self.rows[self._order(self.rows, key, order)]
        self._pos = None
        self.changePersistentIndexList(self.persistentIndexList(), self.persistentIndexList())
        self.layoutChanged.emit()
        self.sig_rows_changed.emit(len(self.rows))


class AttributeTable(QWidget):
    """The table view with a count line and the personal-data switch."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.model = HouseholdModel(workspace, self)
        self._syncing = False

        self.count_label = QLabel()
        self.personal_button = QToolButton()
        self.personal_button.setCheckable(True)
        self.personal_button.setText(self.tr("Tampilkan data pribadi"))
        self.personal_button.setToolTip(
            self.tr(
                "Nama, NIK, No. KK dan alamat disamarkan (UU 27/2022). "
                "Menampilkannya perlu konfirmasi dan hanya berlaku untuk sesi ini."
            )
        )
        self.personal_button.clicked.connect(self._on_personal_clicked)
        top = QHBoxLayout()
        top.setContentsMargins(4, 2, 4, 2)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.personal_button)

        view = QTableView()
        view.setModel(self.model)
        view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.horizontalHeader().setSortIndicatorShown(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        vh = view.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(view.fontMetrics().height() + 6)
        vh.hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        self.view = view

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(view, 1)

        view.selectionModel().selectionChanged.connect(self._on_view_selection)
        self.model.sig_rows_changed.connect(self._on_rows_changed)
        self.model.modelReset.connect(self._reapply_selection)
        workspace.sig_selection_changed.connect(self._on_workspace_selection)
        workspace.sig_privacy_changed.connect(self._on_privacy)
        self._on_privacy(workspace.show_personal)
        self._on_rows_changed(len(self.model.rows))
        self._size_columns()
        workspace.sig_data_changed.connect(lambda *_: self._size_columns())

    def _size_columns(self) -> None:
        fm = self.view.fontMetrics()
        widths = {
            "row": 7,
            "hh_id": 18,
            "name": 22,
            "nik": 18,
            "kk": 18,
            "village": 18,
            "kecamatan": 16,
            "desil": 6,
            "members": 8,
            "ppks": 24,
            "programs": 18,
            "location": 11,
            "address": 14,
        }
        for i, col in enumerate(self.model.columns):
            chars = max(widths.get(col.key, 16), len(col.title) + 3)
            self.view.setColumnWidth(i, fm.horizontalAdvance("0") * chars)

    # --- selection both ways ------------------------------------------------
    def _on_view_selection(self, *_):
        if self._syncing:
            return
        ranges = self.view.selectionModel().selection()
        parts = [self.model.rows[r.top() : r.bottom() + 1] for r in ranges]
        sel = np.unique(np.concatenate(parts)) if parts else None
        self._syncing = True
        try:
            self.workspace.set_selection(sel if sel is not None and len(sel) else None)
        finally:
            self._syncing = False

    def _on_workspace_selection(self, sel) -> None:
        if self._syncing:
            return
        self._select_households(sel, scroll=True)

    def _reapply_selection(self) -> None:
        self._select_households(self.workspace.selection, scroll=False)

    def _select_households(self, sel, scroll: bool) -> None:
        rows = self.model.view_rows(sel) if sel is not None else np.zeros(0, dtype=np.int64)
        selection = QItemSelection()
        if len(rows):
            last_col = self.model.columnCount() - 1
            breaks = np.flatnonzero(np.diff(rows) != 1)
            starts = np.r_[rows[0], rows[breaks + 1]]
            ends = np.r_[rows[breaks], rows[-1]]
            for a, b in zip(starts.tolist(), ends.tolist()):
                selection.select(self.model.index(a, 0), self.model.index(b, last_col))
        self._syncing = True
        try:
            self.view.selectionModel().select(
                selection,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._syncing = False
        if scroll and len(rows):
            self.view.scrollTo(self.model.index(int(rows[0]), 0))

    # --- labels and privacy -------------------------------------------------
    def _on_rows_changed(self, n: int) -> None:
        total = len(self.workspace.households) if self.workspace.households is not None else 0
        self.count_label.setText(
            self.tr("{n} dari {total} rumah tangga (sesuai filter)").format(
                n=num(n), total=num(total)
            )
        )

    def _on_personal_clicked(self, checked: bool) -> None:
        privacy.set_personal_visible(self.workspace, checked, self)
        self.personal_button.setChecked(self.workspace.show_personal)

    def _on_privacy(self, shown: bool) -> None:
        self.personal_button.setChecked(shown)
        self.personal_button.setText(
            self.tr("Samarkan data pribadi") if shown else self.tr("Tampilkan data pribadi")
        )
        self.personal_button.setStyleSheet("color: #b00020; font-weight: bold;" if shown else "")


if __name__ == "__main__":
    import sys

    from widgets.base.demo import run_example

    sys.exit(run_example(AttributeTable, "Tabel atribut"))
