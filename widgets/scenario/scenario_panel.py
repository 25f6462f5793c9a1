"""The scenario of the session: programs per zone, who is eligible, the budget meter.

Step 4 of the planner's work. The zones are the workspace's (drawn or
picked in step 3); this panel says which programs each zone delivers, who
is eligible for each program (default: desil 1-4 not yet receiving it),
the yearly budget cap and the priority rule used when the cap binds. The
budget meter follows every change of zones, filter, programs or cap: a
short pause after the last edit, then the allocation runs on the worker
pool and the meter, the per-zone figures and the list of households cut by
the cap are refreshed on the GUI thread. The cut list shows no names or
NIK.

The panel observes one :class:`gis.plan.scenario.Scenario` (psygnal events) and
the :class:`gis.model.workspace.Workspace`; it keeps no copy of either. Files:
save, save as, open (corrupt, newer-version and other-data files get a
worded message and are never written), an unsaved-changes question
(:meth:`ScenarioPanel.maybe_save`, for the main window's close), autosave
copies in a recovery folder and the offer to recover them after a crash
(:meth:`ScenarioPanel.offer_recovery`).
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import numpy as np
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QRectF,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gis.errors import SasaranError
from gis.io.codelists import ppks_types
from gis.io.nik import mask_id
from gis.model.edits import SetBudgetCap
from gis.model.filter_text import describe_filter
from gis.model.unknowns import RECEIPT_UNKNOWN
from gis.model.workspace import Workspace
from gis.model.zone_tally import ZoneCounts
from gis.plan.allocation import (
    DEFAULT_PRIORITY,
    DEFAULT_RULE,
    PRIORITY_FIELDS,
    EligibilityRule,
    allocate_plan,
)
from gis.plan.money import check_rupiah
from gis.plan.scenario import (
    SUFFIX,
    DataRef,
    Scenario,
    ScenarioDataMismatch,
    ScenarioFileError,
    discard_recovery,
    list_recoveries,
    open_scenario,
    recovery_path,
    save_scenario,
    write_recovery,
)
from widgets.base import files
from widgets.base.fmt import assumed_size, num, persons_split
from widgets.base.gis_text import gis_lang, gis_text
from widgets.base.messages import describe
from widgets.base.money_edit import MoneyEdit
from widgets.base.worker import run_job
from widgets.base.zone_text import split_explanation, total_text, zone_detail
from widgets.scenario.scenario_common import (
    JobStrip,
    Links,
    ask,
    example_scenarios,
    inform,
    program_label,
    rupiah,
    rupiah_short,
    scenario_error_text,
    tr,
)

#: programs a newly drawn zone delivers until the planner changes them
DEFAULT_ZONE_PROGRAMS = ("PKH", "SEMBAKO", "PBI")
#: fields of the scenario whose change needs a new allocation
_EVAL_FIELDS = {
    "zones",
    "zone_programs",
    "rules",
    "programs",
    "budget_cap",
    "priority",
    "filter",
}
_RED = "#c53030"
_AMBER = "#d69e2e"
_GREEN = "#2f855a"
_BLUE = "#2b6cb0"


def default_recovery_folder() -> Path:
    """``<AppDataLocation>/pemulihan``: where autosave copies go unless told otherwise."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".sasaran") / "pemulihan"


class _ZoneMasks:
    """Zone masks computed (and cached) by the workspace, handed to a job read-only.

    The villages each drawn zone splits (:meth:`gis.model.zones.ZoneMasks.split_villages`)
    come along, computed on the GUI thread like the masks.
    """

    def __init__(self, masks: dict[str, np.ndarray], split: dict[str, np.ndarray] | None = None):
        self._masks = masks
        self._split = split or {}

    @classmethod
    def of(cls, ws: Workspace, zones) -> _ZoneMasks:
        cache = ws.zone_masks
        return cls(
            {z.key(): ws.zone_mask(z) for z in zones},
            {z.key(): cache.split_villages(z) for z in zones} if cache is not None else {},
        )

    def mask(self, zone) -> np.ndarray:
        return self._masks[zone.key()]

    def split_villages(self, zone) -> np.ndarray:
        return self._split.get(zone.key(), np.zeros(0, dtype=np.int64))


def evaluate_plan(
    table, generation: int, *, masks, data_ref=None, progress=None, cancelled=None, **plan
):
    """Allocation of a plan plus its cut list (run on the worker pool).

    Returns ``(generation, allocation, cut, data_ref)`` so the panel can drop
    results of plans that were edited again meanwhile. ``data_ref`` (which
    hashes the whole table) is computed only when the caller has none yet.
    """
    alloc = allocate_plan(table, masks=masks, progress=progress, cancelled=cancelled, **plan)
    cut = alloc.cut(table) if alloc.cap_binds else None
    return generation, alloc, cut, data_ref if data_ref is not None else DataRef.of(table)


def parse_desil(text: str) -> tuple[int, ...] | None:
    """ "1-4", "1, 2, 5", "1-2 5" -> desil values; "" -> () (any desil); None if unreadable."""
    out: set[int] = set()
    text = re.sub(r"\s*[-–]\s*", "-", text.strip())  # "1 - 4" and "1–4" are ranges too
    for part in text.replace(";", ",").replace(" ", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            if "-" in part:
                a, b = (int(x) for x in part.split("-", 1))
                if a > b:
                    a, b = b, a
                out.update(range(a, b + 1))
            else:
                out.add(int(part))
        except ValueError:
            return None
    if any(d < 0 or d > 10 for d in out):
        return None
    return tuple(sorted(out))


def desil_text(values) -> str:
    """Desil values as ranges: (1, 2, 3, 4) -> "1-4"; () -> "" (any)."""
    vals = sorted(set(values))
    parts = []
    i = 0
    while i < len(vals):
        j = i
        while j + 1 < len(vals) and vals[j + 1] == vals[j] + 1:
            j += 1
        parts.append(str(vals[i]) if i == j else f"{vals[i]}-{vals[j]}")
        i = j + 1
    return ", ".join(parts)


def parse_codes(text: str) -> tuple[int, ...] | None:
    """PPKS codes typed as "8, 9" (1-26); None if unreadable."""
    try:
        vals = tuple(sorted({int(x) for x in text.replace(";", ",").split(",") if x.strip()}))
    except ValueError:
        return None
    if any(v < 1 or v > 26 for v in vals):
        return None
    return vals


def priority_label(key: str) -> str:
    """What a priority key means, in a sentence fragment."""
    desc = key.startswith("-")
    name = key.lstrip("-")
    labels = {
        "desil": (tr("Desil terendah lebih dulu"), tr("Desil tertinggi lebih dulu")),
        "ppks_count": (
            tr("Jenis PPKS paling sedikit lebih dulu"),
            tr("Jenis PPKS paling banyak lebih dulu"),
        ),
        "members": (
            tr("Anggota rumah tangga paling sedikit lebih dulu"),
            tr("Anggota rumah tangga paling banyak lebih dulu"),
        ),
        "cost": (tr("Biaya termurah lebih dulu"), tr("Biaya termahal lebih dulu")),
        "received_count": (
            tr("Paling sedikit program yang sudah diterima lebih dulu"),
            tr("Paling banyak program yang sudah diterima lebih dulu"),
        ),
    }
    pair = labels.get(name)
    return pair[1 if desc else 0] if pair else key


# --- the meter --------------------------------------------------------------------------------


class BudgetMeter(QWidget):
    """Cost against the cap as a bar: green, amber near the cap, red when the cap binds.

    ``state`` is one of ``"empty"``, ``"free"`` (no cap), ``"ok"``, ``"near"``,
    ``"binds"``, ``"error"``.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = "empty"
        self.fraction = 0.0
        self.text = ""
        self.busy = False
        self.setMinimumHeight(28)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(260, 30)

    def set_state(self, state: str, fraction: float, text: str) -> None:
        self.state = state
        self.fraction = max(0.0, min(1.0, float(fraction)))
        self.text = text
        self.setToolTip(text)
        self.update()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.update()

    def color(self) -> QColor:
        return QColor(
            {
                "free": _BLUE,
                "ok": _GREEN,
                "near": _AMBER,
                "binds": _RED,
                "error": "#718096",
            }.get(self.state, "#a0aec0")
        )

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(QPen(QColor("#a0aec0"), 1))
        p.setBrush(QColor("#edf2f7"))
        p.drawRoundedRect(r, 4, 4)
        if self.fraction > 0:
            fill = QRectF(r.left(), r.top(), r.width() * self.fraction, r.height())
            c = self.color()
            if self.busy:
                c.setAlpha(150)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(c)
            p.drawRoundedRect(fill, 4, 4)
        p.setPen(QColor("#ffffff") if self.fraction > 0.55 else QColor("#1a202c"))
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        text = QFontMetrics(font).elidedText(
            self.text, Qt.TextElideMode.ElideRight, int(r.width()) - 12
        )
        p.drawText(r.adjusted(6, 0, -6, 0), Qt.AlignmentFlag.AlignCenter, text)
        p.end()


# --- the cut list -----------------------------------------------------------------------------


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


def cut_reason(code: str) -> str:
    return {"budget_cap": tr("di luar pagu (urutan prioritas)")}.get(code, code)


# --- the panel --------------------------------------------------------------------------------


class ScenarioPanel(QWidget):
    """Scenario editor with the live budget meter, for step 4 of the main window.

    Parameters
    ----------
    workspace
        The session's workspace (zones, filter and data come from it).
    undo
        The workspace's undo stack (cleared when a scenario file is opened,
        because opening replaces the zones like opening a document).
    recovery_folder
        Where autosave copies go (default :func:`default_recovery_folder`).
    autosave_minutes
        Minutes between autosaves of unsaved changes (0 turns it off).
    debounce_ms
        Pause after the last edit before the meter is recomputed.

    Signals
    -------
    sig_scenario_replaced(Scenario)
        A new scenario model is in use (new, opened, recovered).
    sig_evaluated(Allocation)
        The meter was recomputed; the allocation of the current plan.
    sig_dirty_changed(bool)
        The scenario has (True) or no longer has unsaved changes.
    sig_file_changed(str)
        The scenario's file ("" when not saved yet).
    sig_message(str)
        A one-line note for the status bar (saved, opened, autosaved...).
    """

    sig_scenario_replaced = Signal(object)
    sig_evaluated = Signal(object)
    sig_dirty_changed = Signal(bool)
    sig_file_changed = Signal(str)
    sig_message = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        undo=None,
        parent: QWidget | None = None,
        *,
        recovery_folder: str | Path | None = None,
        autosave_minutes: float = 5,
        debounce_ms: int = 200,
        scenario: Scenario | None = None,
    ):
        super().__init__(parent)
        self.workspace = workspace
        self._undo = undo
        self.recovery_folder = Path(recovery_folder or default_recovery_folder())
        self._scenario: Scenario | None = None
        self._file_data: str | None = None  # see _adopt
        self._path: Path | None = None
        self._saved_digest: str | None = None
        self._autosaved_digest: str | None = None
        self._dirty = False
        self._syncing = False
        self._generation = 0
        self._job = None
        self._allocation = None
        self._cut = None
        self._error = ""
        self._removed_programs: dict[tuple[str, str], tuple[str, ...]] = {}
        self._example = ""
        self._data_ref = None  # (table, DataRef): the table's fingerprint, hashed once

        self._build()

        self._eval_timer = QTimer(self)
        self._eval_timer.setSingleShot(True)
        self._eval_timer.setInterval(debounce_ms)
        self._eval_timer.timeout.connect(self.refresh)
        self._dirty_timer = QTimer(self)
        self._dirty_timer.setSingleShot(True)
        self._dirty_timer.setInterval(0)
        self._dirty_timer.timeout.connect(self._update_dirty)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.timeout.connect(self.autosave_now)
        if autosave_minutes and autosave_minutes > 0:
            self.autosave_timer.start(int(autosave_minutes * 60_000))

        self._links = Links(self)
        for signal, slot in (
            (workspace.sig_zones_changed, self._on_ws_zones),
            (workspace.sig_filter_changed, self._on_ws_filter),
            (workspace.sig_data_changed, self._on_ws_data),
            (workspace.sig_current_zone_changed, self._on_ws_current_zone),
            (workspace.sig_privacy_changed, self._on_ws_privacy),
        ):
            self._links.connect(signal, slot)

        if scenario is None:
            scenario = self._fresh_scenario()
            self._adopt(scenario, path=None, saved=True, push=False)
        else:
            self._adopt(scenario, path=None, saved=True, push=True)

    # --- building ----------------------------------------------------------------

    def _build(self) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Nama skenario"))
        self.name_edit.setToolTip(self.tr("Nama skenario (tampil di perbandingan dan ekspor)"))
        self.file_label = QLabel()
        self.file_label.setStyleSheet("color: palette(dark);")
        self.file_label.setWordWrap(True)

        self.action_new = QAction(self.tr("Skenario baru"), self)
        self.action_new.setToolTip(self.tr("Skenario baru dengan zona yang ada di peta"))
        self.action_open = QAction(self.tr("Buka skenario…"), self)
        self.action_save = QAction(self.tr("Simpan skenario"), self)
        self.action_save_as = QAction(self.tr("Simpan skenario sebagai…"), self)
        self.action_programs = QAction(self.tr("Tabel biaya program…"), self)
        self.action_new.triggered.connect(lambda: self.new_scenario())
        self.action_open.triggered.connect(lambda: self.open_file())
        self.action_save.triggered.connect(lambda: self.save())
        self.action_save_as.triggered.connect(lambda: self.save_as())
        self.action_programs.triggered.connect(lambda: self.edit_programs())
        self.examples_menu = QMenu(self.tr("Buka contoh"), self)
        for name, path in example_scenarios():
            a = self.examples_menu.addAction(name)
            a.triggered.connect(lambda _=False, p=path: self.open_file(p))

        self.open_button = QToolButton()
        self.open_button.setText(self.tr("Buka…"))
        self.open_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.open_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        open_menu = QMenu(self.open_button)
        open_menu.addAction(self.action_open)
        open_menu.addMenu(self.examples_menu)
        open_menu.addSeparator()
        open_menu.addAction(self.action_new)
        self.open_button.setMenu(open_menu)
        self.open_button.clicked.connect(lambda: self.open_file())
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.clicked.connect(lambda: self.save())
        self.save_as_button = QPushButton(self.tr("Simpan sebagai…"))
        self.save_as_button.clicked.connect(lambda: self.save_as())
        file_row = QHBoxLayout()
        file_row.setContentsMargins(0, 0, 0, 0)
        for w in (self.open_button, self.save_button, self.save_as_button):
            w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            file_row.addWidget(w)

        self.stale_label = QLabel()
        self.stale_label.setWordWrap(True)
        self.stale_label.setStyleSheet(
            "background: #fefcbf; border: 1px solid #d69e2e; padding: 4px; color: #5f370e;"
        )
        self.stale_label.hide()

        # budget
        self.cap_check = QCheckBox(self.tr("Pagu per tahun"))
        self.cap_edit = MoneyEdit()
        self.cap_edit.edit.setToolTip(
            self.tr(
                "Pagu anggaran per tahun dalam Rupiah: 2 miliar, 2,5 M, 2.000.000.000 atau "
                "2000 juta. Yang terbaca tampil di sampingnya."
            )
        )
        self.cap_check.toggled.connect(self._cap_edited)
        self.cap_edit.sig_value_changed.connect(self._cap_edited)
        self.meter = BudgetMeter()
        self.meter_detail = QLabel()
        self.meter_detail.setWordWrap(True)
        self.meter_detail.setTextFormat(Qt.TextFormat.RichText)
        self.job_strip = JobStrip(self)
        self.programs_button = QPushButton(self.tr("Tabel biaya program…"))
        self.programs_button.clicked.connect(lambda: self.edit_programs())
        cap_row = QHBoxLayout()
        cap_row.setContentsMargins(0, 0, 0, 0)
        cap_row.addWidget(self.cap_check, 0, Qt.AlignmentFlag.AlignTop)
        cap_row.addWidget(self.cap_edit, 1)

        # tabs
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_zones_tab(), self.tr("Zona"))
        self.tabs.addTab(self._build_rules_tab(), self.tr("Kelayakan"))
        self.tabs.addTab(self._build_cut_tab(), self.tr("Terpotong"))
        self.tabs.addTab(self._build_notes_tab(), self.tr("Catatan"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_edit)
        layout.addLayout(file_row)
        layout.addWidget(self.file_label)
        layout.addWidget(self.stale_label)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: palette(mid);")
        layout.addWidget(line)
        layout.addLayout(cap_row)
        layout.addWidget(self.meter)
        layout.addWidget(self.meter_detail)
        layout.addWidget(self.job_strip)
        layout.addWidget(self.programs_button)
        layout.addWidget(self.tabs, 1)

        self.name_edit.textEdited.connect(self._name_edited)

    def _build_zones_tab(self) -> QWidget:
        w = QWidget()
        self.zone_table = QTableWidget(0, 5)
        self.zone_table.setHorizontalHeaderLabels(
            [
                self.tr("Zona"),
                self.tr("Program"),
                self.tr("RT"),
                self.tr("perkiraan"),
                self.tr("Biaya"),
            ]
        )
        self.zone_table.verticalHeader().hide()
        self.zone_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.zone_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.zone_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.zone_table.setWordWrap(False)
        h = self.zone_table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for c in (2, 3, 4):
            h.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.zone_table.horizontalHeaderItem(2).setToolTip(
            self.tr("Rumah tangga terjangkau di zona (setelah pagu)")
        )
        self.zone_table.horizontalHeaderItem(3).setToolTip(
            self.tr(
                "Di antara rumah tangga terjangkau: yang letaknya perkiraan (tanpa koordinat "
                "sendiri, ditempatkan menurut aturan di desanya)"
            )
        )
        self.zone_total = QLabel()
        self.zone_total.setWordWrap(True)
        self.zone_table.itemSelectionChanged.connect(self._zone_selected)
        self.zone_empty = QLabel(
            self.tr("Belum ada zona. Gambar zona atau pilih desa di langkah 3 (Zona).")
        )
        self.zone_empty.setWordWrap(True)
        self.zone_empty.setStyleSheet("color: palette(dark);")
        self.zone_programs_title = QLabel()
        self.zone_programs_title.setWordWrap(True)
        self.program_boxes_widget = QWidget()
        self.program_boxes = QGridLayout(self.program_boxes_widget)
        self.program_boxes.setContentsMargins(0, 0, 0, 0)
        self._program_checks: dict[str, QCheckBox] = {}
        self.apply_all_button = QPushButton(self.tr("Pakai program ini di semua zona"))
        self.apply_all_button.clicked.connect(self.apply_programs_to_all)
        layout = QVBoxLayout(w)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.zone_empty)
        layout.addWidget(self.zone_table, 1)
        layout.addWidget(self.zone_total)
        layout.addWidget(self.zone_programs_title)
        layout.addWidget(self.program_boxes_widget)
        layout.addWidget(self.apply_all_button)
        return w

    def _build_rules_tab(self) -> QWidget:
        w = QWidget()
        self.rules_table = QTableWidget(0, 4)
        self.rules_table.setHorizontalHeaderLabels(
            [
                self.tr("Program"),
                self.tr("Desil"),
                self.tr("Belum menerima"),
                self.tr("PPKS"),
            ]
        )
        tips = [
            "",
            self.tr("Desil yang layak, mis. 1-4 atau 1, 2 (kosong = semua desil)"),
            self.tr(
                "Hanya rumah tangga yang belum menerima program ini menurut register. "
                "Bila register tidak memuat program itu, penerimaannya tidak diketahui: "
                "rumah tangga tetap layak dan dihitung terpisah di ringkasan."
            ),
            self.tr("Kode PPKS, mis. 8, 9 (kosong = tanpa syarat PPKS)"),
        ]
        for c, tip in enumerate(tips):
            self.rules_table.horizontalHeaderItem(c).setToolTip(tip)
        self.rules_table.verticalHeader().hide()
        self.rules_table.setWordWrap(False)
        h = self.rules_table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            h.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.rules_table.itemChanged.connect(self._rule_edited)
        self.rules_reset = QPushButton(self.tr("Aturan bawaan"))
        self.rules_reset.setToolTip(
            self.tr("Program terpilih kembali ke aturan bawaan: desil 1-4 yang belum menerima")
        )
        self.rules_reset.clicked.connect(self._reset_rule)
        rules_hint = QLabel(
            self.tr(
                "Aturan bawaan: desil 1-4 yang belum menerima program itu. Penerimaan yang "
                "tidak tercatat di register dianggap belum, dan disebut di ringkasan."
            )
        )
        rules_hint.setWordWrap(True)
        rules_hint.setStyleSheet("color: palette(dark);")

        self.priority_list = QListWidget()
        self.priority_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.priority_list.setMaximumHeight(110)
        up = QToolButton()
        up.setText(self.tr("Naik"))
        up.clicked.connect(lambda: self._move_priority(-1))
        down = QToolButton()
        down.setText(self.tr("Turun"))
        down.clicked.connect(lambda: self._move_priority(1))
        flip = QToolButton()
        flip.setText(self.tr("Balik arah"))
        flip.clicked.connect(self._flip_priority)
        self.add_priority = QToolButton()
        self.add_priority.setText(self.tr("Tambah"))
        self.add_priority.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_priority.setMenu(QMenu(self.add_priority))
        self.add_priority.menu().aboutToShow.connect(self._fill_priority_menu)
        remove = QToolButton()
        remove.setText(self.tr("Hapus"))
        remove.clicked.connect(self._remove_priority)
        reset = QToolButton()
        reset.setText(self.tr("Bawaan"))
        reset.clicked.connect(lambda: self.scenario.set_priority(DEFAULT_PRIORITY))
        prow = QHBoxLayout()
        prow.setContentsMargins(0, 0, 0, 0)
        for b in (up, down, flip, self.add_priority, remove, reset):
            prow.addWidget(b)
        prow.addStretch(1)
        ptitle = QLabel(self.tr("<b>Urutan prioritas</b> bila pagu tidak cukup"))
        phint = QLabel(
            self.tr(
                "Rumah tangga diurutkan menurut baris pertama, lalu baris berikutnya bila "
                "sama; sisa seri menurut urutan register."
            )
        )
        phint.setWordWrap(True)
        phint.setStyleSheet("color: palette(dark);")

        layout = QVBoxLayout(w)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Siapa yang layak</b> per program")))
        # eligibility starts from the filter's households: say which (refreshed in refresh())
        self.filter_label = QLabel()
        self.filter_label.setWordWrap(True)
        layout.addWidget(self.filter_label)
        layout.addWidget(self.rules_table, 1)
        rrow = QHBoxLayout()
        rrow.addWidget(rules_hint, 1)
        rrow.addWidget(self.rules_reset)
        layout.addLayout(rrow)
        layout.addWidget(ptitle)
        layout.addWidget(self.priority_list)
        layout.addLayout(prow)
        layout.addWidget(phint)
        return w

    def _build_cut_tab(self) -> QWidget:
        w = QWidget()
        self.cut_label = QLabel()
        self.cut_label.setWordWrap(True)
        self.cut_model = CutListModel(self.workspace, self)
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
        layout = QVBoxLayout(w)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.cut_label)
        layout.addWidget(self.cut_view, 1)
        layout.addWidget(privacy)
        return w

    def _build_notes_tab(self) -> QWidget:
        w = QWidget()
        self.author_edit = QLineEdit()
        self.author_edit.setPlaceholderText(self.tr("mis. Bidang Perencanaan, Dinas Sosial"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(
            self.tr("Alasan, asumsi, sumber anggaran… (tanpa nama atau NIK warga)")
        )
        hint = QLabel(
            self.tr(
                "Berkas skenario dibagikan ke bagian keuangan: jangan menulis nama, NIK "
                "atau alamat warga di sini."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(dark);")
        form = QFormLayout()
        form.addRow(self.tr("Penyusun"), self.author_edit)
        layout = QVBoxLayout(w)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Catatan")))
        layout.addWidget(self.notes_edit, 1)
        layout.addWidget(hint)
        self.author_edit.textEdited.connect(self._author_edited)
        self.notes_edit.textChanged.connect(self._notes_edited)
        return w

    # --- the model ---------------------------------------------------------------------

    @property
    def scenario(self) -> Scenario:
        """The scenario being edited (the model; edit it through its methods)."""
        return self._scenario

    @property
    def file_path(self) -> Path | None:
        return self._path

    @property
    def allocation(self):
        """Allocation of the current plan (None before the first evaluation or on error)."""
        return self._allocation

    @property
    def cut(self) -> dict | None:
        return self._cut

    @property
    def error(self) -> str:
        """Why the plan cannot be evaluated ("" when it can)."""
        return self._error

    @property
    def busy(self) -> bool:
        """True while an evaluation is waiting or running."""
        return self._eval_timer.isActive() or (self._job is not None and not self._job.done)

    def is_dirty(self) -> bool:
        return self._scenario is not None and self._scenario.digest() != self._saved_digest

    def _fresh_scenario(self) -> Scenario:
        sc = Scenario(name=self.tr("Skenario baru"))
        sc.filter = self.workspace.filter
        zones = tuple(self.workspace.zones)
        sc.zones = zones
        sc.zone_programs = {z.zone_id: self._default_programs(sc) for z in zones}
        return sc

    def _default_programs(self, sc: Scenario) -> tuple[str, ...]:
        return tuple(k for k in DEFAULT_ZONE_PROGRAMS if k in sc.programs)

    def _adopt(self, sc: Scenario, path: Path | None, saved: bool, push: bool) -> None:
        old = self._scenario
        if old is not None:
            self._links.disconnect(old.events, self._on_scenario_event)
            self._links.disconnect(old.programs.changed, self._on_programs_changed)
            if old.scenario_id != sc.scenario_id:
                # the old scenario is closed: its autosave copy is no longer needed
                discard_recovery(recovery_path(self.recovery_folder, old), self.recovery_folder)
        self._scenario = sc
        self._path = Path(path) if path else None
        # the data a file holds results of: only they can be "other data" (a
        # new scenario has no file, and results of this session are not a file's)
        self._file_data = sc.data.fingerprint if sc.data is not None else None
        self._example = ""
        self._removed_programs = {}
        self._allocation = None
        self._cut = None
        if push:
            self._push_to_workspace(sc)
        else:
            self._sync_from_workspace()
        self._saved_digest = sc.digest() if saved else None
        self._autosaved_digest = None
        self._links.connect(sc.events, self._on_scenario_event)
        self._links.connect(sc.programs.changed, self._on_programs_changed)
        self._show_all()
        self._update_dirty()
        self.sig_file_changed.emit(str(self._path or ""))
        self.sig_scenario_replaced.emit(sc)
        self._schedule()

    def _push_to_workspace(self, sc: Scenario) -> None:
        """Make the workspace show the scenario's zones and filter (opening replaces them)."""
        from gis.model.edits import AddZone, RemoveZone, SetFilter

        ws = self.workspace
        self._syncing = True
        try:
            for z in ws.zones:
                RemoveZone(z.zone_id).apply(ws)
            for z in sc.zones:
                AddZone(z).apply(ws)
            SetFilter(sc.filter).apply(ws)
        finally:
            self._syncing = False
        if self._undo is not None:
            self._undo.clear()

    def _sync_from_workspace(self) -> None:
        """Scenario zones and filter follow the workspace's (zones drawn in step 3)."""
        sc = self._scenario
        zones = tuple(self.workspace.zones)
        if sc.zones != zones:
            progs = {}
            for z in zones:
                if z.zone_id in sc.zone_programs:
                    progs[z.zone_id] = sc.zone_programs[z.zone_id]
                else:
                    progs[z.zone_id] = self._removed_programs.pop(
                        (z.zone_id, z.key()), self._default_programs(sc)
                    )
            for z in sc.zones:
                if z.zone_id not in progs and z.zone_id in sc.zone_programs:
                    # kept so that undoing the deletion brings the programs back too
                    self._removed_programs[(z.zone_id, z.key())] = sc.zone_programs[z.zone_id]
            sc.zones = zones
            if progs != sc.zone_programs:
                sc.zone_programs = progs
        if sc.filter != self.workspace.filter:
            sc.filter = self.workspace.filter

    # --- workspace events ----------------------------------------------------------

    def _on_ws_zones(self, _zones=None) -> None:
        if not self._syncing:
            self._sync_from_workspace()

    def _on_ws_filter(self, _flt=None) -> None:
        if not self._syncing:
            self._sync_from_workspace()

    def _on_ws_data(self, _data=None) -> None:
        self._allocation = None
        self._cut = None
        self._data_ref = None
        self._schedule()

    def _on_ws_privacy(self, _show=None) -> None:
        self.cut_model.refresh()

    def _on_ws_current_zone(self, zone_id) -> None:
        for r in range(self.zone_table.rowCount()):
            item = self.zone_table.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == zone_id:
                if self.zone_table.currentRow() != r:
                    self.zone_table.selectRow(r)
                return

    # --- scenario events -----------------------------------------------------------

    def _on_scenario_event(self, info) -> None:
        name = info.signal.name
        if name in ("results", "data", "stale"):
            return
        if name == "programs":
            old = info.args[1] if len(info.args) > 1 else None
            if old is not None:
                self._links.disconnect(old.changed, self._on_programs_changed)
            self._links.connect(self._scenario.programs.changed, self._on_programs_changed)
        if name in _EVAL_FIELDS:
            self._schedule()
        self._show_fields(name)
        self._dirty_timer.start()

    def _on_programs_changed(self) -> None:
        self._schedule()
        self._show_fields("programs")
        self._dirty_timer.start()

    def _update_dirty(self) -> None:
        dirty = self.is_dirty()
        if self._path:
            name = self._path.name
        elif self._example:
            name = self.tr("salinan contoh {name}").format(name=self._example.split(".")[0])
        else:
            name = self.tr("belum ada")
        mark = self.tr(" · perubahan belum disimpan") if dirty else ""
        self.file_label.setText(self.tr("Berkas: {name}{mark}").format(name=name, mark=mark))
        self.file_label.setToolTip(str(self._path) if self._path else "")
        if dirty != self._dirty:
            self._dirty = dirty
            self.sig_dirty_changed.emit(dirty)

    # --- showing -----------------------------------------------------------------------

    def _show_all(self) -> None:
        for f in ("name", "author", "notes", "budget_cap", "zones", "rules", "priority"):
            self._show_fields(f)
        self.stale_label.setVisible(False)
        self._show_meter()

    def _show_fields(self, name: str) -> None:
        sc = self._scenario
        if name == "name" and self.name_edit.text() != sc.name:
            self.name_edit.setText(sc.name)
        elif name == "author" and self.author_edit.text() != sc.author:
            self.author_edit.setText(sc.author)
        elif name == "notes" and self.notes_edit.toPlainText() != sc.notes:
            self.notes_edit.blockSignals(True)
            self.notes_edit.setPlainText(sc.notes)
            self.notes_edit.blockSignals(False)
        elif name == "budget_cap":
            self.cap_check.blockSignals(True)
            self.cap_check.setChecked(sc.budget_cap is not None)
            self.cap_edit.setEnabled(sc.budget_cap is not None)
            if sc.budget_cap is not None:
                self.cap_edit.set_value(sc.budget_cap)
            self.cap_check.blockSignals(False)
        elif name in ("zones", "zone_programs", "programs"):
            self._show_zones()
            self._show_program_boxes()
            self._show_rules()
        elif name == "rules":
            self._show_rules()
        elif name == "priority":
            self._show_priority()

    def _show_zones(self) -> None:
        sc = self._scenario
        by_zone = {}
        counts = None
        if self._allocation is not None:
            by_zone = {z["zone_id"]: z for z in self._allocation.summary.get("by_zone", [])}
            if "zones_total" in self._allocation.summary:
                counts = ZoneCounts.from_summary(self._allocation.summary)
        current = self._selected_zone_id() or self.workspace.current_zone
        self.zone_table.blockSignals(True)
        self.zone_table.setRowCount(len(sc.zones))
        for r, z in enumerate(sc.zones):
            keys = sc.zone_programs.get(z.zone_id, ())
            missing = [k for k in keys if k not in sc.programs]
            label = ", ".join(program_label(sc.programs, k) for k in keys) or self.tr("(tidak ada)")
            figures = by_zone.get(z.zone_id)
            cells = [
                z.name,
                label,
                num(figures["reached"]) if figures else "–",
                num(figures["reached_approximate"]) if figures and counts else "–",
                rupiah_short(figures["cost"]) if figures else "–",
            ]
            count = counts.get(z.zone_id) if counts is not None else None
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, z.zone_id)
                if c >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if c in (2, 3) and count is not None:
                    item.setToolTip(zone_detail(count))
                if c == 0 and count is not None and count.split_approximate:
                    item.setText(z.name + " ⚠")
                    item.setToolTip(split_explanation(count))
                if c == 1:
                    item.setToolTip(
                        "\n".join(sc.programs.get(k).name if k in sc.programs else k for k in keys)
                    )
                    if missing or not keys:
                        item.setForeground(QColor(_RED))
                    if missing:
                        item.setToolTip(
                            self.tr("Tidak ada di tabel biaya: {keys}").format(
                                keys=", ".join(missing)
                            )
                        )
                self.zone_table.setItem(r, c, item)
            if z.zone_id == current:
                self.zone_table.selectRow(r)
        if self.zone_table.currentRow() < 0 and sc.zones:
            self.zone_table.selectRow(0)
        self.zone_table.blockSignals(False)
        self.zone_empty.setVisible(not sc.zones)
        self.zone_table.setVisible(bool(sc.zones))
        self.zone_total.setText(
            self.tr("Rumah tangga di zona, sebelum syarat program dan pagu:")
            + " "
            + total_text(counts)
            if counts is not None and sc.zones
            else ""
        )
        self.zone_total.setVisible(bool(self.zone_total.text()))

    def _selected_zone_id(self) -> str | None:
        rows = self.zone_table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.zone_table.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _zone_selected(self) -> None:
        zid = self._selected_zone_id()
        self._show_program_boxes()
        if zid and zid != self.workspace.current_zone:
            self.workspace.set_current_zone(zid)

    def _show_program_boxes(self) -> None:
        sc = self._scenario
        zid = self._selected_zone_id()
        keys = set(sc.zone_programs.get(zid, ())) if zid else set()
        wanted = list(sc.programs.keys)
        if list(self._program_checks) != wanted:
            for box in self._program_checks.values():
                self.program_boxes.removeWidget(box)
                box.deleteLater()
            self._program_checks = {}
            for i, k in enumerate(wanted):
                box = QCheckBox(program_label(sc.programs, k))
                box.setToolTip(sc.programs.get(k).name)
                box.toggled.connect(lambda on, key=k: self._program_toggled(key, on))
                self.program_boxes.addWidget(box, i // 3, i % 3)
                self._program_checks[k] = box
        for k, box in self._program_checks.items():
            box.blockSignals(True)
            box.setChecked(k in keys)
            box.setEnabled(zid is not None)
            box.setToolTip(sc.programs.get(k).name)
            box.blockSignals(False)
        zone = next((z for z in sc.zones if z.zone_id == zid), None)
        self.zone_programs_title.setText(
            self.tr("<b>Program di zona {name}</b>").format(name=zone.name)
            if zone
            else self.tr("<b>Program per zona</b>: pilih zona di atas")
        )
        self.apply_all_button.setEnabled(zone is not None and len(sc.zones) > 1)
        self.program_boxes_widget.setVisible(bool(sc.zones))
        self.apply_all_button.setVisible(bool(sc.zones))

    def _program_toggled(self, key: str, on: bool) -> None:
        zid = self._selected_zone_id()
        if zid is None:
            return
        sc = self._scenario
        keys = list(sc.zone_programs.get(zid, ()))
        if on and key not in keys:
            # keep the table's order so zone lists read the same everywhere
            keys = [k for k in sc.programs.keys if k in keys or k == key] + [
                k for k in keys if k not in sc.programs
            ]
        elif not on:
            keys = [k for k in keys if k != key]
        sc.set_zone_programs(zid, keys)

    def set_zone_programs(self, zone_id: str, keys) -> None:
        """The programs zone ``zone_id`` delivers (what ticking the boxes does)."""
        self._scenario.set_zone_programs(zone_id, tuple(keys))

    def apply_programs_to_all(self) -> None:
        zid = self._selected_zone_id()
        if zid is None:
            return
        sc = self._scenario
        keys = sc.zone_programs.get(zid, ())
        sc.zone_programs = {z.zone_id: tuple(keys) for z in sc.zones}

    def _show_rules(self) -> None:
        sc = self._scenario
        names = {p.code: p.name for p in ppks_types()}
        self.rules_table.blockSignals(True)
        used = sc.programs_used()
        self.rules_table.setRowCount(len(used))
        for r, k in enumerate(used):
            rule = sc.rule(k)
            item = QTableWidgetItem(program_label(sc.programs, k))
            item.setData(Qt.ItemDataRole.UserRole, k)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            default = k not in sc.rules or rule == DEFAULT_RULE
            item.setToolTip(
                (sc.programs.get(k).name if k in sc.programs else k)
                + ("" if not default else "\n" + self.tr("aturan bawaan"))
            )
            self.rules_table.setItem(r, 0, item)
            d = QTableWidgetItem(desil_text(rule.desil) if rule.desil else self.tr("semua"))
            self.rules_table.setItem(r, 1, d)
            lack = QTableWidgetItem(self.tr("ya") if rule.lacks_program else self.tr("tidak"))
            lack.setFlags(
                (lack.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable
            )
            lack.setCheckState(
                Qt.CheckState.Checked if rule.lacks_program else Qt.CheckState.Unchecked
            )
            self.rules_table.setItem(r, 2, lack)
            p = QTableWidgetItem(", ".join(str(c) for c in rule.ppks_any) or self.tr("semua"))
            if rule.ppks_any:
                p.setToolTip("\n".join(f"{c} {names.get(c, '')}" for c in rule.ppks_any))
            self.rules_table.setItem(r, 3, p)
        self.rules_table.blockSignals(False)

    def _rule_edited(self, item: QTableWidgetItem) -> None:
        sc = self._scenario
        key_item = self.rules_table.item(item.row(), 0)
        if key_item is None:
            return
        key = key_item.data(Qt.ItemDataRole.UserRole)
        rule = sc.rule(key)
        c = item.column()
        new = rule
        if c == 1:
            text = item.text().strip()
            values = () if text.lower() in ("", self.tr("semua")) else parse_desil(text)
            if values is not None:
                new = EligibilityRule(values, rule.ppks_any, rule.lacks_program)
        elif c == 2:
            new = EligibilityRule(
                rule.desil, rule.ppks_any, item.checkState() == Qt.CheckState.Checked
            )
        elif c == 3:
            text = item.text().strip()
            values = () if text.lower() in ("", self.tr("semua")) else parse_codes(text)
            if values is not None:
                new = EligibilityRule(rule.desil, values, rule.lacks_program)
        if new != rule:
            self.set_rule(key, new)
        else:
            QTimer.singleShot(0, self._show_rules)  # unreadable input: show the rule again

    def set_rule(self, key: str, rule: EligibilityRule | None) -> None:
        """Eligibility rule of program ``key`` (None or the default rule: back to default)."""
        self._scenario.set_rule(key, None if rule == DEFAULT_RULE else rule)

    def _reset_rule(self) -> None:
        r = self.rules_table.currentRow()
        item = self.rules_table.item(r, 0) if r >= 0 else None
        if item is not None:
            self.set_rule(item.data(Qt.ItemDataRole.UserRole), None)

    def _show_priority(self) -> None:
        current = self.priority_list.currentRow()
        self.priority_list.clear()
        for i, key in enumerate(self._scenario.priority, start=1):
            item = QListWidgetItem(f"{i}. {priority_label(key)}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.priority_list.addItem(item)
        if 0 <= current < self.priority_list.count():
            self.priority_list.setCurrentRow(current)

    def _move_priority(self, step: int) -> None:
        r = self.priority_list.currentRow()
        keys = list(self._scenario.priority)
        if r < 0 or not 0 <= r + step < len(keys):
            return
        keys[r], keys[r + step] = keys[r + step], keys[r]
        self._scenario.set_priority(keys)
        self.priority_list.setCurrentRow(r + step)

    def _flip_priority(self) -> None:
        r = self.priority_list.currentRow()
        keys = list(self._scenario.priority)
        if r < 0:
            return
        k = keys[r]
        keys[r] = k[1:] if k.startswith("-") else "-" + k
        self._scenario.set_priority(keys)
        self.priority_list.setCurrentRow(r)

    def _remove_priority(self) -> None:
        r = self.priority_list.currentRow()
        keys = list(self._scenario.priority)
        if 0 <= r < len(keys):
            del keys[r]
            self._scenario.set_priority(keys)

    def _fill_priority_menu(self) -> None:
        menu = self.add_priority.menu()
        menu.clear()
        used = {k.lstrip("-") for k in self._scenario.priority}
        for name in PRIORITY_FIELDS:
            if name in used:
                continue
            key = name if name in ("desil", "cost", "received_count") else "-" + name
            a = menu.addAction(priority_label(key))
            a.triggered.connect(
                lambda _=False, k=key: self._scenario.set_priority([*self._scenario.priority, k])
            )
        if menu.isEmpty():
            menu.addAction(self.tr("(semua sudah dipakai)")).setEnabled(False)

    # --- edits from the fields -----------------------------------------------------------

    def _name_edited(self, text: str) -> None:
        self._scenario.name = text

    def _author_edited(self, text: str) -> None:
        self._scenario.author = text

    def _notes_edited(self) -> None:
        text = self.notes_edit.toPlainText()
        if text != self._scenario.notes:
            self._scenario.notes = text

    def _cap_edited(self, *_args) -> None:
        on = self.cap_check.isChecked()
        self.cap_edit.setEnabled(on)
        if on and self.cap_edit.value() is None:
            self.cap_edit.edit.setFocus()  # a cap needs an amount: the field waits for it
            return
        self.set_budget_cap(self.cap_edit.value() if on else None)

    def set_budget_cap(self, rupiah_per_year: int | None) -> None:
        """The yearly budget cap in Rupiah (None: no cap), undoable like a zone edit.

        Raises :class:`gis.plan.money.MoneyError` for a negative or absurd amount.
        """
        cap = None if rupiah_per_year is None else check_rupiah(rupiah_per_year)
        if cap == self._scenario.budget_cap:
            return
        if self._undo is not None:
            self._undo.push_edit(SetBudgetCap(self._scenario, cap))
        else:
            self._scenario.budget_cap = cap

    # --- evaluation --------------------------------------------------------------------

    def _schedule(self) -> None:
        self._eval_timer.start()
        self.meter.set_busy(True)

    def refresh(self) -> None:
        """Recompute the allocation now (on the worker pool)."""
        self._eval_timer.stop()
        ws = self.workspace
        table = ws.households
        self.filter_label.setText(
            self.tr("Kelayakan dihitung dari filter: {0}").format(
                describe_filter(self._scenario.filter, table, lang=gis_lang())
            )
        )
        self._generation += 1
        if self._job is not None and not self._job.done:
            self._job.cancel()
        self._job = None
        if table is None:
            self._allocation = None
            self._cut = None
            self._error = ""
            self._show_meter()
            return
        sc = self._scenario
        try:
            masks = _ZoneMasks.of(ws, sc.zones)
        except Exception as exc:  # a zone the data cannot place: say so in the meter
            self._on_failed_now(exc)
            return
        plan = {
            "zones": tuple(sc.zones),
            "zone_programs": dict(sc.zone_programs),
            "rules": dict(sc.rules),
            "programs": sc.programs.copy(),
            "budget_cap": sc.budget_cap,
            "priority": tuple(sc.priority),
            "household_filter": sc.filter,
        }
        known = self._data_ref[1] if self._data_ref and self._data_ref[0] is table else None
        job = run_job(evaluate_plan, table, self._generation, masks=masks, data_ref=known, **plan)
        job.sig_finished.connect(self._on_evaluated)
        job.sig_failed.connect(self._on_eval_failed)
        job.sig_cancelled.connect(self._on_eval_cancelled)
        self._job = job
        self.job_strip.watch(job, self.tr("Menghitung anggaran…"))
        self.meter.set_busy(True)

    def wait(self, timeout: float = 30.0) -> bool:
        """Run pending work and wait for the meter (scripts and tests)."""
        if self._eval_timer.isActive():
            self.refresh()
        job = self._job
        return job is None or job.wait(timeout)

    def _on_evaluated(self, result) -> None:
        generation, alloc, cut, data_ref = result
        if generation != self._generation:
            return
        self._job = None
        self._error = ""
        self._allocation = alloc
        self._cut = cut
        table = self.workspace.households
        if table is not None:
            self._data_ref = (table, data_ref)
            before = self._file_data
            if before is not None and before != data_ref.fingerprint:
                # the file's results were computed on other data (a file opened before
                # loading, a new register since it was saved)
                self._show_stale()
            self._scenario.record(alloc, data=data_ref)
        self._show_meter()
        self._show_zones()
        self.sig_evaluated.emit(alloc)

    def _on_eval_failed(self, exc) -> None:
        if self._job is None or self._job.error is not exc:
            return
        self._job = None
        self._on_failed_now(exc)

    def _show_stale(self) -> None:
        self.stale_label.setText(
            self.tr(
                "Skenario ini dihitung pada data lain. Angka di sini dihitung ulang pada "
                "data sekarang; simpan untuk memperbarui berkasnya."
            )
        )
        self.stale_label.show()

    def _on_eval_cancelled(self) -> None:
        if self._job is None or self.sender() is not self._job:
            return
        self._job = None
        self.meter.set_busy(False)
        self.meter_detail.setText(
            self.tr("Perhitungan dibatalkan; angka di atas belum mengikuti perubahan terakhir.")
        )

    def _on_failed_now(self, exc) -> None:
        self._allocation = None
        self._cut = None
        text, detail = scenario_error_text(exc)
        self._error = text + (f" ({detail})" if detail else "")
        self._show_meter()
        self._show_zones()

    def _show_meter(self) -> None:
        sc = self._scenario
        self.meter.set_busy(self.busy)
        table = self.workspace.households
        alloc = self._allocation
        cut_n = 0 if self._cut is None else len(self._cut["row"])
        self.tabs.setTabText(
            2, self.tr("Terpotong ({n})").format(n=num(cut_n)) if cut_n else self.tr("Terpotong")
        )
        if self.cut_model.cut is not self._cut:
            self.cut_model.set_cut(self._cut)
            self.cut_view.resizeColumnsToContents()
        if self._error:
            self.meter.set_state("error", 1.0, self.tr("Tidak dapat dihitung"))
            self.meter_detail.setText(f"<span style='color:{_RED}'>{_html(self._error)}</span>")
            self.cut_label.setText("")
            return
        if table is None:
            self.meter.set_state("empty", 0.0, self.tr("Belum ada data rumah tangga"))
            self.meter_detail.setText(self.tr("Muat data di langkah 1 untuk menghitung biaya."))
            self.cut_label.setText("")
            return
        if alloc is None:
            self.meter.set_state("empty", 0.0, self.tr("Menghitung…"))
            self.meter_detail.setText("")
            return
        s = alloc.summary
        cost, cap = s["cost"], s["budget_cap"]
        if not sc.zones:
            state, frac = "empty", 0.0
            text = self.tr("Belum ada zona")
        elif cap is None:
            state, frac = "free", 1.0 if cost else 0.0
            text = self.tr("{cost} per tahun (tanpa pagu)").format(cost=rupiah_short(cost))
        elif s["cap_binds"]:
            state, frac = "binds", 1.0
            text = self.tr("Perlu {need} · pagu {cap}").format(
                need=rupiah_short(s["eligible_cost"]), cap=rupiah_short(cap)
            )
        else:
            frac = cost / cap if cap else 1.0
            state = "near" if frac >= 0.9 else "ok"
            text = self.tr("{cost} dari pagu {cap} ({pct})").format(
                cost=rupiah_short(cost),
                cap=rupiah_short(cap),
                pct=f"{num(round(100 * frac))} %",
            )
        self.meter.set_state(state, frac, text)
        # "–" when no reached household has a size; the count and the assumed size
        # are stated once, below, in the shared wording
        persons = persons_split(
            s["persons_reached"], s["households_reached"], s.get("reached_unknown_size", 0)
        )[0]
        lines = [
            self.tr("<b>{n}</b> RT terjangkau · {p} jiwa · biaya {cost}/tahun").format(
                n=num(s["households_reached"]),
                p=persons,
                cost=rupiah_short(cost),
            )
        ]
        if s["cap_binds"]:
            lines.append(
                self.tr(
                    "<span style='color:{red}'>Pagu mengikat: <b>{n}</b> RT layak terpotong</span> "
                    "(sisa pagu {left})"
                ).format(red=_RED, n=num(s["households_cut"]), left=rupiah_short(s["remaining"]))
            )
        elif cap is not None:
            lines.append(self.tr("Sisa pagu {left}").format(left=rupiah_short(s["remaining"])))
        if s.get("commitment") and s["commitment"] != cost:
            lines.append(
                self.tr("Komitmen program multi-tahun: {c}").format(c=rupiah_short(s["commitment"]))
            )
        if s.get("reached_unknown_size"):
            # the one wording of the assumed size (gis.model.unknowns), as on sheets and exports
            lines.append(
                _html(assumed_size(s["reached_unknown_size"], sc.programs.unknown_members))
            )
        for key, p in s.get("by_program", {}).items():
            if p.get("receipt_unknown"):
                lines.append(
                    _html(
                        gis_text(RECEIPT_UNKNOWN).format(
                            n=num(p["receipt_unknown"]), name=program_label(sc.programs, key)
                        )
                    )
                )
        self.meter_detail.setText("<br>".join(lines))
        if cut_n:
            self.cut_label.setText(
                self.tr(
                    "{n} rumah tangga layak tidak terjangkau karena pagu, diurutkan menurut "
                    "prioritas. Tambahan pagu untuk menjangkau semuanya: {more}."
                ).format(n=num(cut_n), more=rupiah_short(int(self._cut["short_by"].max())))
            )
        else:
            self.cut_label.setText(self.tr("Tidak ada rumah tangga yang terpotong pagu."))

    # --- files -------------------------------------------------------------------------

    def _folder(self) -> str:
        return str(self._path.parent) if self._path else ""

    def _filters(self) -> str:
        return self.tr("Skenario Sasaran (*{suffix})").format(suffix=SUFFIX)

    def new_scenario(self) -> bool:
        """Start a new scenario on the zones shown (after the unsaved-changes question)."""
        if not self.maybe_save():
            return False
        self._adopt(self._fresh_scenario(), path=None, saved=True, push=False)
        return True

    def set_scenario(
        self, scenario: Scenario, path: str | Path | None = None, saved: bool | None = None
    ) -> None:
        """Edit ``scenario`` (its zones and filter replace the workspace's).

        ``saved`` says whether it matches a file already (default: when
        ``path`` is given); an unsaved scenario asks before it is closed.
        """
        self._adopt(scenario, path=path, saved=path is not None if saved is None else saved,
                    push=True)  # fmt: skip

    def open_file(self, path: str | Path | None = None) -> bool:
        """Open a scenario file (asks for one when ``path`` is None); True if opened.

        Corrupt, newer-version and foreign files get a message and are left
        untouched; a file computed on other data is opened only when the
        planner agrees, and is then re-evaluated on the current data.
        """
        if path is None:
            path = files.ask_open_path(
                self, self.tr("Buka skenario"), self._folder(), self._filters()
            )
            if not path:
                return False
        path = Path(path)
        table = self.workspace.households
        stale = False
        try:
            sc = open_scenario(path, table)
        except ScenarioDataMismatch as exc:
            text, detail = scenario_error_text(exc, path)
            answer = ask(
                self,
                self.tr("Skenario dari data lain"),
                text,
                [
                    ("open", self.tr("Buka dan hitung ulang"), QMessageBox.ButtonRole.AcceptRole),
                    ("cancel", self.tr("Batal"), QMessageBox.ButtonRole.RejectRole),
                ],
                informative=detail,
                icon=QMessageBox.Icon.Warning,
                default="open",
                escape="cancel",
            )
            if answer != "open":
                return False
            sc = exc.data.get("scenario")
            stale = True
        except (ScenarioFileError, SasaranError, OSError) as exc:
            text, detail = scenario_error_text(exc, path)
            inform(self, self.tr("Skenario tidak dapat dibuka"), text, detail=detail)
            return False
        if not self.maybe_save():
            return False
        examples = {p.resolve() for _, p in example_scenarios()}
        is_example = path.resolve() in examples
        # an example is opened as a copy: saving asks for a new file, never writes resources
        self._adopt(sc, path=None if is_example else path, saved=not stale, push=True)
        if is_example:
            self._example = path.name
            self._update_dirty()
        if stale:
            self._show_stale()
        self.sig_message.emit(self.tr("Skenario dibuka: {name}").format(name=path.name))
        return True

    def _ensure_results(self) -> None:
        """Store the results of the plan as it is now (evaluates if the meter lags)."""
        table = self.workspace.households
        if table is None:
            return
        if self.busy or self._allocation is None:
            self.wait()
        if self._allocation is None and not self._error:
            with contextlib.suppress(SasaranError):
                self._scenario.evaluate(
                    table, masks=_ZoneMasks.of(self.workspace, self._scenario.zones)
                )

    def save(self) -> bool:
        """Save to the scenario's file (Save as when it has none); True if saved."""
        if self._path is None:
            return self.save_as()
        return self._write(self._path, overwrite=True)

    def save_as(self, path: str | Path | None = None) -> bool:
        """Save to a new file; an existing file is replaced only after a yes."""
        if path is None:
            suggested = str(Path(self._folder()) / _file_name(self._scenario.name))
            path = files.ask_save_path(
                self, self.tr("Simpan skenario sebagai"), suggested, self._filters()
            )
            if not path:
                return False
        path = Path(path)
        if not path.name.endswith(SUFFIX):
            path = path.with_name(path.name.removesuffix(".json") + SUFFIX)
        overwrite = False
        if path.exists():
            if not files.confirm_overwrite(self, path):
                return False
            overwrite = True
        return self._write(path, overwrite=overwrite)

    def _write(self, path: Path, overwrite: bool) -> bool:
        self._ensure_results()
        try:
            save_scenario(self._scenario, path, overwrite=overwrite)
        except (OSError, SasaranError) as exc:
            text, detail = scenario_error_text(exc, path)
            inform(self, self.tr("Skenario tidak tersimpan"), text, detail=detail)
            return False
        self._path = path
        self._saved_digest = self._scenario.digest()
        data = self._scenario.data
        self._file_data = data.fingerprint if data is not None else None
        discard_recovery(recovery_path(self.recovery_folder, self._scenario), self.recovery_folder)
        self._autosaved_digest = None
        self.stale_label.hide()
        self._update_dirty()
        self.sig_file_changed.emit(str(path))
        self.sig_message.emit(self.tr("Skenario disimpan: {name}").format(name=path.name))
        return True

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means "stay" (the caller must not close).

        The main window calls this before closing and before anything that
        replaces the scenario.
        """
        if not self.is_dirty():
            return True
        answer = ask(
            self,
            self.tr("Perubahan belum disimpan"),
            self.tr("Perubahan pada “{name}” belum disimpan.").format(
                name=self._scenario.name or self.tr("tanpa nama")
            ),
            [
                ("save", self.tr("Simpan"), QMessageBox.ButtonRole.AcceptRole),
                ("discard", self.tr("Jangan simpan"), QMessageBox.ButtonRole.DestructiveRole),
                ("cancel", self.tr("Batal"), QMessageBox.ButtonRole.RejectRole),
            ],
            informative=self.tr("Simpan perubahan sebelum melanjutkan?"),
            default="save",
            escape="cancel",
        )
        if answer == "save":
            return self.save()
        if answer == "discard":
            discard_recovery(
                recovery_path(self.recovery_folder, self._scenario), self.recovery_folder
            )
            self._saved_digest = self._scenario.digest()
            self._update_dirty()
            return True
        return False

    # --- autosave and recovery ---------------------------------------------------------

    def autosave_now(self) -> Path | None:
        """Write a recovery copy if there are changes since the last save or autosave."""
        if not self.is_dirty():
            return None
        digest = self._scenario.digest()
        if digest == self._autosaved_digest:
            return None
        try:
            path = write_recovery(self._scenario, self.recovery_folder, original=self._path)
        except OSError as exc:
            self.sig_message.emit(self.tr("Simpan otomatis gagal: {why}").format(why=describe(exc)))
            return None
        self._autosaved_digest = digest
        self.sig_message.emit(self.tr("Salinan otomatis skenario disimpan."))
        return path

    def offer_recovery(self) -> bool:
        """Offer the autosave copies left by a session that did not close; True if one was opened.

        Call once at start, after the data are loaded. Each readable copy is
        offered, newest first: recover it, delete it, or decide later (the
        copy stays).
        """
        for rec in list_recoveries(self.recovery_folder):
            if not rec.readable:
                continue
            if self._scenario is not None and rec.scenario_id == self._scenario.scenario_id:
                continue
            when = rec.written_at.replace("T", " ").replace("Z", " UTC")
            text = self.tr(
                "Sasaran tidak ditutup dengan benar. Ada salinan otomatis skenario "
                "“{name}” dari {when}."
            ).format(name=rec.name or self.tr("tanpa nama"), when=when)
            info = (
                self.tr("Berkas asli: {file}.").format(file=rec.original)
                if rec.original
                else self.tr("Skenario ini belum pernah disimpan ke berkas.")
            )
            answer = ask(
                self,
                self.tr("Pulihkan skenario?"),
                text,
                [
                    ("recover", self.tr("Pulihkan"), QMessageBox.ButtonRole.AcceptRole),
                    ("discard", self.tr("Buang salinan"), QMessageBox.ButtonRole.DestructiveRole),
                    ("later", self.tr("Nanti"), QMessageBox.ButtonRole.RejectRole),
                ],
                informative=info,
                default="recover",
                escape="later",
            )
            if answer == "discard":
                discard_recovery(rec.path, self.recovery_folder)
                continue
            if answer != "recover":
                return False
            if not self.maybe_save():
                return False
            try:
                sc = open_scenario(rec.path, self.workspace.households, accept_data_mismatch=True)
            except (ScenarioFileError, OSError) as exc:
                text, detail = scenario_error_text(exc, rec.path)
                inform(self, self.tr("Salinan tidak dapat dibuka"), text, detail=detail)
                continue
            self._adopt(sc, path=None, saved=False, push=True)
            self.sig_message.emit(self.tr("Skenario dipulihkan: {name}").format(name=sc.name))
            return True
        return False

    # --- programs ----------------------------------------------------------------------

    def edit_programs(self) -> int:
        """Open the program cost table dialog on the scenario's table (modal)."""
        from widgets.scenario.program_table_dialog import ProgramTableDialog

        dlg = ProgramTableDialog(self._scenario.programs, self)
        return dlg.exec()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._job is not None and not self._job.done:
            self._job.cancel()
        super().closeEvent(event)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _file_name(name: str) -> str:
    stem = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in name.strip().lower())
    return (stem.strip("_") or "skenario") + SUFFIX


def _main() -> int:
    from widgets.base.demo import run_example
    from widgets.base.undo import UndoStack
    from widgets.scenario.scenario_common import indonesian_numbers

    indonesian_numbers()

    def make(workspace):
        undo = UndoStack(workspace)
        panel = ScenarioPanel(workspace, undo, autosave_minutes=0)
        examples = example_scenarios()
        if examples and workspace.households is not None:
            sc = open_scenario(examples[0][1], workspace.households, accept_data_mismatch=True)
            panel.set_scenario(sc, saved=True)
        panel.setMinimumWidth(380)
        return panel, undo

    return run_example(make, "Skenario dan anggaran")


if __name__ == "__main__":
    raise SystemExit(_main())
