"""The villages a suggestion proposes, as a sortable table with the reason for each.

The model of the suggestion panel's village table, usable alone: one row
per proposed village in the order it was taken, with its target and
eligible households, yearly cost, Rupiah per target household and why it
was taken (a short reason; the full sentence as a tip). It is given a
pick of :func:`gis.plan.suggest.suggest_range` and the workspace's
villages (:meth:`ProposalModel.set_pick`).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt

from widgets.base.fmt import num
from widgets.scenario.scenario_common import rupiah_short, tr
from widgets.scenario.suggest_reasons import reason_short, reason_text


class ProposalModel(QAbstractTableModel):
    """The proposed villages in the order they were taken (a virtual table).

    A header click sorts by that column, numbers as numbers.
    """

    COLUMNS = (
        ("order", QT_TRANSLATE_NOOP("", "No.")),
        ("name", QT_TRANSLATE_NOOP("", "Desa/kelurahan")),
        ("kecamatan", QT_TRANSLATE_NOOP("", "Kecamatan")),
        ("target", QT_TRANSLATE_NOOP("", "RT sasaran")),
        ("eligible", QT_TRANSLATE_NOOP("", "RT layak")),
        ("cost", QT_TRANSLATE_NOOP("", "Biaya/tahun")),
        ("per_target", QT_TRANSLATE_NOOP("", "Rp per RT sasaran")),
        ("reason", QT_TRANSLATE_NOOP("", "Alasan")),
        ("code", QT_TRANSLATE_NOOP("", "Kode")),
    )
    TIPS = {
        "order": QT_TRANSLATE_NOOP(
            "", "Urutan pengambilan: desa dikunci masuk, lalu RT sasaran per Rupiah terbaik"
        ),
        "target": QT_TRANSLATE_NOOP(
            "", "Rumah tangga sasaran yang dijangkau bila desa ini menjadi zona"
        ),
        "eligible": QT_TRANSLATE_NOOP(
            "", "Rumah tangga yang layak menerima program terpilih di desa ini"
        ),
        "per_target": QT_TRANSLATE_NOOP(
            "", "Biaya program ditambah biaya kunjungan desa, dibagi RT sasaran"
        ),
        "reason": QT_TRANSLATE_NOOP(
            "", "Mengapa desa ini diusulkan; arahkan kursor ke baris untuk penjelasan lengkap"
        ),
    }

    def __init__(self, parent=None):
        super().__init__(parent)
        self._cols: dict[str, np.ndarray] = {}
        self._rows = np.zeros(0, dtype=np.int64)

    def set_pick(self, pick, villages) -> None:
        self.beginResetModel()
        if pick is None or not len(pick.villages):
            self._cols = {}
            self._rows = np.zeros(0, dtype=np.int64)
        else:
            idx = pick.villages
            rows = pick.rows()
            self._cols = {
                "order": np.arange(1, len(idx) + 1),
                "name": np.asarray(villages.names[idx], dtype=object),
                "kecamatan": np.asarray(villages.kec_names[villages.kec_index[idx]], dtype=object),
                "target": np.asarray(pick.target),
                "eligible": np.asarray(pick.eligible),
                "cost": np.asarray(pick.cost),
                "per_target": np.array(
                    [np.inf if r["per_target"] is None else r["per_target"] for r in rows]
                ),
                "reason": np.array([reason_short(r) for r in rows], dtype=object),
                "why": np.array([reason_text(r) for r in rows], dtype=object),
                "code": np.asarray(pick.codes, dtype=object),
                "locked": np.asarray(pick.locked, dtype=bool),
            }
            self._rows = np.arange(len(idx))
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        name, label = self.COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(label)
        if role == Qt.ItemDataRole.ToolTipRole and name in self.TIPS:
            return tr(self.TIPS[name])
        return None

    def code(self, row: int) -> str:
        return str(self._cols["code"][self._rows[row]])

    def reason(self, row: int) -> str:
        """The full sentence saying why the village of ``row`` is suggested."""
        return str(self._cols["why"][self._rows[row]])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not self._cols:
            return None
        name = self.COLUMNS[index.column()][0]
        i = self._rows[index.row()]
        v = self._cols[name][i]
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "name":
                return str(v) + (" 🔒" if self._cols["locked"][i] else "")
            if name == "cost":
                return rupiah_short(int(v))
            if name == "per_target":
                return rupiah_short(float(v)) if np.isfinite(v) else "–"
            if name in ("order", "target", "eligible"):
                return num(int(v))
            return str(v)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(self._cols["why"][i])
        if role == Qt.ItemDataRole.TextAlignmentRole and name in (
            "order",
            "target",
            "eligible",
            "cost",
            "per_target",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not self._cols or column < 0:
            return
        name = self.COLUMNS[column][0]
        key = self._cols["order" if name == "reason" else name]
        if key.dtype == object:
            key = key.astype(str)
        idx = np.argsort(key, kind="stable")
        if order == Qt.SortOrder.DescendingOrder:
            idx = idx[::-1]
        self.layoutAboutToBeChanged.emit()
        self._rows = idx
        self.layoutChanged.emit()
