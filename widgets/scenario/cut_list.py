"""The households the budget cap leaves out: the "Terpotong" tab of the scenario panel.

A part of its own: one line saying how many eligible households the cap
cuts and how much more cap would reach them all, then the cut households
in priority order. No names, NIK or addresses are shown; a family id
that is a KK number is masked unless the workspace shows personal data.
The list is given the cut of an evaluated plan (:meth:`CutList.show_cut`);
it follows the workspace's privacy switch by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from gis.io.nik import mask_id
from gis.model.workspace import Workspace
from widgets.base.fmt import num
from widgets.scenario.scenario_common import Links, rupiah, rupiah_short, tr


def cut_reason(code: str) -> str:
    return {"budget_cap": tr("di luar pagu (urutan prioritas)")}.get(code, code)


class CutListModel(QAbstractTableModel):
    """Households cut by the cap, in priority order; no names, NIK or addresses."""

    COLUMNS = (
        ("rank", QT_TRANSLATE_NOOP("", "Urutan")),
        ("hh_id", QT_TRANSLATE_NOOP("", "ID keluarga")),
        ("village", QT_TRANSLATE_NOOP("", "Desa/kelurahan")),
        ("desil", QT_TRANSLATE_NOOP("", "Desil")),
        ("members", QT_TRANSLATE_NOOP("", "Anggota")),
        ("ppks_count", QT_TRANSLATE_NOOP("", "Jenis PPKS")),
        ("programs", QT_TRANSLATE_NOOP("", "Layak untuk")),
        ("cost", QT_TRANSLATE_NOOP("", "Biaya/tahun")),
        ("short_by", QT_TRANSLATE_NOOP("", "Kurang pagu")),
        ("reason", QT_TRANSLATE_NOOP("", "Alasan")),
    )

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self._ws = workspace
        self._cut: dict | None = None

    @property
    def cut(self) -> dict | None:
        return self._cut

    def set_cut(self, cut: dict | None) -> None:
        self.beginResetModel()
        self._cut = cut
        self.endResetModel()

    def refresh(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 1))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        if parent.isValid() or self._cut is None:
            return 0
        return len(self._cut["row"])

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.COLUMNS[section][1])
        return None

    def value(self, row: int, name: str) -> str:
        c = self._cut
        if name == "rank":
            return num(int(c["rank"][row]) + 1)
        if name == "hh_id":
            text = "" if c["hh_id"][row] is None else str(c["hh_id"][row])
            if not self._ws.show_personal and len(text) >= 12 and text.isdigit():
                return mask_id(text)  # a KK number used as family id
            return text
        if name == "village":
            t = self._ws.households
            v = int(t.village[c["row"][row]]) if t is not None else -1
            return str(t.villages.names[v]) if v >= 0 else str(c["village_code"][row])
        if name in ("desil", "members", "ppks_count"):
            t = self._ws.households
            if name == "ppks_count" and t is not None and not t.ppks_known[c["row"][row]]:
                return "–"  # the register has no PPKS for it: unknown, not 0
            v = int(c[name][row])
            return "–" if v == 0 and name != "ppks_count" else str(v)
        if name == "programs":
            return str(c["programs"][row]).replace("+", ", ")
        if name in ("cost", "short_by"):
            return rupiah(int(c[name][row]))
        if name == "reason":
            return cut_reason(str(c["reason"][row]))
        return ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._cut is None:
            return None
        name = self.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.value(index.row(), name)
        if role == Qt.ItemDataRole.TextAlignmentRole and name not in (
            "hh_id",
            "village",
            "programs",
            "reason",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and name == "short_by":
            return tr("Tambahan pagu yang diperlukan agar rumah tangga ini ikut terjangkau.")
        return None


class CutList(QWidget):
    """The sentence about the cut and the table of cut households."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.cut_label = QLabel()
        self.cut_label.setWordWrap(True)
        self.cut_model = CutListModel(workspace, self)
        self.cut_view = QTableView()
        self.cut_view.setModel(self.cut_model)
        self.cut_view.verticalHeader().hide()
        self.cut_view.setWordWrap(False)
        self.cut_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # columns fitted to a sample of rows once per evaluation, not on every paint
        self.cut_view.horizontalHeader().setResizeContentsPrecision(60)
        self.cut_view.verticalHeader().setDefaultSectionSize(22)
        privacy = QLabel(self.tr("Nama, NIK dan alamat tidak ditampilkan."))
        privacy.setStyleSheet("color: palette(dark);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.cut_label)
        layout.addWidget(self.cut_view, 1)
        layout.addWidget(privacy)
        self._links = Links(self)
        self._links.connect(workspace.sig_privacy_changed, self._on_privacy)

    def _on_privacy(self, _show=None) -> None:
        self.cut_model.refresh()

    def set_cut(self, cut: dict | None) -> None:
        """The rows of ``cut`` (None: nothing cut or not known); the sentence is left as it is."""
        if self.cut_model.cut is not cut:
            self.cut_model.set_cut(cut)
            self.cut_view.resizeColumnsToContents()

    def show_cut(self, cut: dict | None) -> None:
        """The rows of an evaluated plan's ``cut`` and the sentence about them."""
        self.set_cut(cut)
        n = 0 if cut is None else len(cut["row"])
        if n:
            self.cut_label.setText(
                self.tr(
                    "{n} rumah tangga layak tidak terjangkau karena pagu, diurutkan menurut "
                    "prioritas. Tambahan pagu untuk menjangkau semuanya: {more}."
                ).format(n=num(n), more=rupiah_short(int(cut["short_by"].max())))
            )
        else:
            self.cut_label.setText(self.tr("Tidak ada rumah tangga yang terpotong pagu."))

    def clear_text(self) -> None:
        self.cut_label.setText("")
