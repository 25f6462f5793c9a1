"""The program cost table, editable: amounts, units, years and sources.

Amounts change with every decree, so the planner keeps them current here
(DOMAIN.md: a figure is data with a year and a source, never a constant).
The dialog edits the scenario's :class:`gis.plan.programs.ProgramTable` in
place through its methods, so the budget meter follows every change while
the dialog is open; "Batalkan perubahan" puts the table back as it was when
the dialog opened. Regional programs (job placement, UMKM support with two
years of mentoring...) are added from examples and removed again; built-in
programs can be edited but not removed. What the table's own check finds
wrong is listed in words, and the dialog cannot be closed with a table
that cannot be used.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gis.plan.money import MAX_RUPIAH, MoneyError, check_rupiah, parse_rupiah
from gis.plan.programs import (
    ESTIMATED_UNITS,
    PERIODS,
    UNITS,
    CostLine,
    Program,
    ProgramProblem,
    ProgramTable,
    default_programs,
)
from widgets.base.money_edit import amount_error_text, english
from widgets.scenario.scenario_common import Links, ask, rupiah, tr

_KEY_RE = re.compile(r"^[A-Z][A-Z0-9_]{0,31}$")
#: household size whose cost the table shows beside each program, as a check
PREVIEW_MEMBERS = 4


def unit_labels() -> dict[str, str]:
    return {
        "per_household": tr("per keluarga"),
        "per_person": tr("per jiwa"),
        "per_component": tr("per komponen"),
        "per_pupil": tr("per siswa"),
    }


def period_labels() -> dict[str, str]:
    return {"month": tr("per bulan"), "year": tr("per tahun")}


def problem_text(p: ProgramProblem) -> str:
    """One sentence for a problem :meth:`ProgramTable.validate` found."""
    where = p.key + (f" / {p.component}" if p.component else "")
    texts = {
        "bad_unknown_members": tr(
            "Jumlah anggota untuk rumah tangga tanpa data harus lebih dari 0."
        ),
        "empty_key": tr("Ada program tanpa kunci ({detail})."),
        "bad_key": tr(
            "{where}: kunci hanya boleh huruf besar, angka dan garis bawah, diawali huruf."
        ),
        "duplicate_program": tr("{where}: kunci program dipakai dua kali."),
        "no_lines": tr("{where}: program belum punya komponen biaya."),
        "bad_max_units": tr("{where}: batas jumlah komponen harus paling sedikit 1."),
        "duplicate_component": tr("{where}: nama komponen kosong atau dipakai dua kali."),
        "unknown_unit": tr("{where}: satuan tidak dikenal ({detail})."),
        "unknown_period": tr("{where}: periode tidak dikenal ({detail})."),
        "bad_amount": tr("{where}: besaran tidak boleh negatif."),
        "absurd_amount": tr(
            "{where}: besaran lebih dari Rp 100 triliun, di atas anggaran provinsi mana pun. "
            "Periksa satuannya."
        ),
        "missing_estimate": tr(
            "{where}: satuan per komponen/per siswa memerlukan porsi per anggota "
            "(perkiraan jumlah komponen per anggota rumah tangga)."
        ),
        "bad_years": tr("{where}: lama program harus paling sedikit 1 tahun."),
        "bad_valid_from": tr("{where}: tahun berlaku tidak masuk akal ({detail})."),
    }
    template = texts.get(p.code, "{where}: " + p.code)
    return template.format(where=where, detail=p.detail)


def typed_amount(value) -> int | str:
    """An amount typed into the table as whole Rupiah, or the sentence refusing it.

    "3.000.000", "Rp 750 rb", "2,5 juta" are read exactly; "1e308", a negative
    or an amount above :data:`gis.plan.money.MAX_RUPIAH` is refused with a reason.
    """
    try:
        if isinstance(value, int) and not isinstance(value, bool):
            return check_rupiah(value)
        return parse_rupiah(str(value), decimal="." if english() else ",")
    except MoneyError as exc:
        return amount_error_text(exc)


def restore(table: ProgramTable, snapshot: ProgramTable) -> None:
    """Put ``table`` back to ``snapshot``'s content (one change announced)."""
    table.programs = list(snapshot.programs)
    table.year = snapshot.year
    table.title = snapshot.title
    table.unknown_members = snapshot.unknown_members
    table.changed.emit()


# --- the table model --------------------------------------------------------------------

COLUMNS = (
    ("program", QT_TRANSLATE_NOOP("", "Program")),
    ("component_name", QT_TRANSLATE_NOOP("", "Komponen")),
    ("unit", QT_TRANSLATE_NOOP("", "Satuan")),
    ("period", QT_TRANSLATE_NOOP("", "Periode")),
    ("amount", QT_TRANSLATE_NOOP("", "Besaran\n(Rp)")),
    ("per_member", QT_TRANSLATE_NOOP("", "Porsi per\nanggota")),
    ("max_units", QT_TRANSLATE_NOOP("", "Maks.\nkomponen")),
    ("years", QT_TRANSLATE_NOOP("", "Lama\n(tahun)")),
    ("valid_from", QT_TRANSLATE_NOOP("", "Berlaku\nsejak")),
    ("source", QT_TRANSLATE_NOOP("", "Sumber")),
    ("note", QT_TRANSLATE_NOOP("", "Catatan")),
    ("preview", QT_TRANSLATE_NOOP("", "Biaya/tahun\nRT 4 jiwa")),
)


class ProgramTableModel(QAbstractTableModel):
    """One row per cost line of a :class:`ProgramTable`; edits go to the table's methods.

    ``sig_refused(str)``: an amount typed into a cell was refused (the sentence says why).
    """

    sig_refused = Signal(str)

    def __init__(self, table: ProgramTable, parent=None):
        super().__init__(parent)
        self._table = table
        self._rows: list[tuple[int, int]] = []
        self._problems: dict[tuple[str, str], list[str]] = {}
        self._layout()
        self._links = Links(self)
        self._links.connect(table.changed, self._on_changed)

    @property
    def table(self) -> ProgramTable:
        return self._table

    def detach(self) -> None:
        self._links.disconnect_all()

    def _layout(self) -> None:
        self._rows = [
            (pi, li) for pi, p in enumerate(self._table.programs) for li in range(len(p.lines))
        ]
        self._problems = {}
        for p in self._table.validate():
            self._problems.setdefault((p.key, p.component), []).append(problem_text(p))

    def _on_changed(self) -> None:
        old = list(self._rows)
        new = [(pi, li) for pi, p in enumerate(self._table.programs) for li in range(len(p.lines))]
        if old == new:
            self._layout()
            if self._rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1)
                )
        else:
            self.beginResetModel()
            self._layout()
            self.endResetModel()

    # --- reading ------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][1])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return _column_tips().get(COLUMNS[section][0])
        return None

    def line_at(self, row: int) -> tuple[Program, CostLine]:
        pi, li = self._rows[row]
        p = self._table.programs[pi]
        return p, p.lines[li]

    def row_of(self, key: str, component: str | None = None) -> int:
        """Row of a program's line (its first line when ``component`` is None); -1 if none."""
        for r in range(len(self._rows)):
            p, line = self.line_at(r)
            if p.key == key and (component is None or line.component == component):
                return r
        return -1

    def column(self, name: str) -> int:
        return next(i for i, (n, _) in enumerate(COLUMNS) if n == name)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        name = COLUMNS[index.column()][0]
        p, line = self.line_at(index.row())
        if name == "preview":
            return base
        if name == "per_member" and line.unit not in ESTIMATED_UNITS:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p, line = self.line_at(index.row())
        first = self._rows[index.row()][1] == 0
        name = COLUMNS[index.column()][0]
        problems = self._problems.get((p.key, line.component), []) + (
            self._problems.get((p.key, ""), []) if first else []
        )
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(p, line, first, name)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(p, line, name)
        if role == Qt.ItemDataRole.ToolTipRole:
            if problems:
                return "\n".join(problems)
            if name == "program":
                kind = tr("program daerah (buatan pengguna)") if p.user_defined else tr("bawaan")
                return f"{p.name}\n{tr('Kunci')}: {p.key} — {kind}"
            if name in ("source", "note", "component_name"):
                return self._display(p, line, first, name) or None
            return None
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return QBrush(QColor("#fde2e1"))
        if role == Qt.ItemDataRole.ForegroundRole and (
            (name == "program" and not first)
            or (name == "per_member" and line.unit not in ESTIMATED_UNITS)
        ):
            return QBrush(QColor("#8a8a8a"))
        if role == Qt.ItemDataRole.TextAlignmentRole and name in (
            "amount",
            "per_member",
            "max_units",
            "years",
            "valid_from",
            "preview",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, p: Program, line: CostLine, first: bool, name: str):
        if name == "program":
            label = p.name if f"({p.key})" in p.name else f"{p.name} ({p.key})"
            return label if first else "   ↳ " + p.key
        if name == "component_name":
            return line.component_name or line.component
        if name == "unit":
            return unit_labels().get(line.unit, line.unit)
        if name == "period":
            return period_labels().get(line.period, line.period)
        if name == "amount":
            return rupiah(line.amount)
        if name == "per_member":
            if line.unit not in ESTIMATED_UNITS:
                return "–"
            return "" if line.per_member is None else QLocale().toString(line.per_member, "g", 6)
        if name == "max_units":
            return "" if p.max_units is None else str(p.max_units)
        if name == "years":
            return tr("tiap tahun") if line.years is None else str(line.years)
        if name == "valid_from":
            return "" if line.valid_from is None else str(line.valid_from)
        if name == "source":
            return line.source
        if name == "note":
            return line.note
        if name == "preview":
            if not first:
                return ""
            try:
                with np.errstate(over="ignore", invalid="ignore"):
                    cost = p.annual_cost([PREVIEW_MEMBERS], self._table.unknown_members)[0]
            except Exception:  # a half-edited line: the problems list says why
                return "–"
            if not np.isfinite(cost) or cost > MAX_RUPIAH:
                return "–"  # an absurd amount: the problems list names it
            return rupiah(cost)
        return None

    def _edit_value(self, p: Program, line: CostLine, name: str):
        return {
            "program": p.name,
            "component_name": line.component_name,
            "unit": line.unit,
            "period": line.period,
            "amount": int(line.amount),
            "per_member": line.per_member,
            "max_units": p.max_units,
            "years": line.years,
            "valid_from": line.valid_from,
            "source": line.source,
            "note": line.note,
        }.get(name)

    # --- writing ------------------------------------------------------------------

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        p, line = self.line_at(index.row())
        name = COLUMNS[index.column()][0]
        t = self._table
        if name == "program":
            text = str(value).strip()
            if not text or text == p.name:
                return False
            t.replace(replace(p, name=text))
        elif name == "max_units":
            v = None if value in (None, "", 0) else int(value)
            if v == p.max_units:
                return False
            t.replace(replace(p, max_units=v))
        elif name == "amount":
            v = typed_amount(value)
            if isinstance(v, str):  # refused: never a silent 1e308 -> 1308
                self.sig_refused.emit(v)
                return False
            if v == line.amount:
                return False
            t.set_amount(p.key, line.component, int(v))
        else:
            fields = {}
            if name in ("component_name", "source", "note"):
                fields[name] = str(value).strip()
            elif name in ("unit", "period"):
                fields[name] = str(value)
                if name == "unit" and value in ESTIMATED_UNITS and line.per_member is None:
                    fields["per_member"] = 0.0  # a visible starting point, never a silent guess
                if name == "unit" and value not in ESTIMATED_UNITS:
                    fields["per_member"] = None
            elif name == "per_member":
                fields[name] = None if value is None else float(value)
            elif name in ("years", "valid_from"):
                fields[name] = None if value in (None, "", 0) else int(value)
            else:
                return False
            if all(getattr(line, k) == v for k, v in fields.items()):
                return False
            t.set_amount(p.key, line.component, line.amount, **fields)
        return True


def _column_tips() -> dict[str, str]:
    return {
        "per_member": tr(
            "Register tidak mencatat jumlah anak sekolah, ibu hamil atau lansia per rumah "
            "tangga: jumlah komponen diperkirakan = porsi per anggota x jumlah anggota."
        ),
        "max_units": tr("Batas jumlah komponen per keluarga (PKH: 4). Kosong = tanpa batas."),
        "years": tr("Berapa tahun komponen dibayar (pendampingan UMKM: 2). Kosong = tiap tahun."),
        "valid_from": tr("Tahun mulai berlakunya besaran ini (keputusan/peraturan)."),
        "preview": tr("Perkiraan biaya setahun untuk rumah tangga 4 jiwa, sebagai pemeriksaan."),
    }


# --- editors ------------------------------------------------------------------------------


class _Delegate(QStyledItemDelegate):
    """Editors that cannot produce an unreadable value: lists, bounded numbers."""

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt API)
        name = COLUMNS[index.column()][0]
        if name in ("unit", "period"):
            box = QComboBox(parent)
            labels = unit_labels() if name == "unit" else period_labels()
            for key in UNITS if name == "unit" else PERIODS:
                box.addItem(labels[key], key)
            return box
        if name == "amount":
            edit = QLineEdit(parent)
            edit.setPlaceholderText("0")
            return edit
        if name == "per_member":
            spin = QDoubleSpinBox(parent)
            spin.setRange(0.0, 10.0)
            spin.setDecimals(3)
            spin.setSingleStep(0.01)
            return spin
        if name in ("max_units", "years"):
            spin = QSpinBox(parent)
            spin.setRange(0, 99)
            spin.setSpecialValueText(tr("tanpa batas") if name == "max_units" else tr("tiap tahun"))
            return spin
        if name == "valid_from":
            spin = QSpinBox(parent)
            spin.setRange(1944, 2200)
            spin.setSpecialValueText(tr("tidak diketahui"))
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):  # noqa: N802
        name = COLUMNS[index.column()][0]
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif name == "amount":
            editor.setText(str(value or 0))
            editor.selectAll()
        elif name == "valid_from":
            editor.setValue(int(value) if value else 1944)
        elif isinstance(editor, (QSpinBox, QDoubleSpinBox)):
            editor.setValue(value or 0)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):  # noqa: N802
        name = COLUMNS[index.column()][0]
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif name == "amount":
            model.setData(index, editor.text())
        elif name == "valid_from":
            model.setData(index, None if editor.value() == 1944 else editor.value())
        elif isinstance(editor, (QSpinBox, QDoubleSpinBox)):
            model.setData(index, editor.value())
        else:
            super().setModelData(editor, model, index)


# --- adding a regional program -------------------------------------------------------------


def regional_examples() -> list[tuple[str, str, str, list[tuple]]]:
    """(label, key, name, lines) of the examples offered when adding a program.

    Lines are (component_name, unit, period, amount, years). Amounts are
    placeholders for the planner to replace with the regional budget's.
    """
    return [
        (tr("Program kosong"), "PROGRAM_DAERAH", tr("Program daerah"), [
            (tr("Bantuan per keluarga"), "per_household", "year", 0, None),
        ]),
        (tr("Penempatan kerja"), "KERJA", tr("Penempatan kerja"), [
            (tr("Pelatihan dan penempatan kerja satu anggota keluarga"), "per_household", "year",
             5_000_000, 1),
        ]),
        (tr("UMKM dengan pendampingan 2 tahun"), "UMKM", tr("Dukungan UMKM dengan pendampingan"), [
            (tr("Bantuan modal usaha"), "per_household", "year", 5_000_000, 1),
            (tr("Pendampingan usaha"), "per_household", "month", 250_000, 2),
        ]),
    ]  # fmt: skip


class AddProgramDialog(QDialog):
    """A new regional program: key, name and its cost lines, starting from an example."""

    def __init__(self, table: ProgramTable, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tambah program daerah"))
        self._table = table
        self.example = QComboBox()
        for label, *_ in regional_examples():
            self.example.addItem(label)
        self.key = QLineEdit()
        self.key.setMaxLength(32)
        self.key.setToolTip(self.tr("Huruf besar, angka dan garis bawah, diawali huruf."))
        self.name = QLineEdit()
        self.valid_from = QSpinBox()
        self.valid_from.setRange(1945, 2200)
        self.valid_from.setValue(table.year or 2025)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("mis. Perda/Pergub, DPA Dinas Sosial 2025"))
        self.lines = QTableWidget(0, 5)
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("Komponen"),
                self.tr("Satuan"),
                self.tr("Periode"),
                self.tr("Besaran (Rp)"),
                self.tr("Lama (tahun)"),
            ]
        )
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c, width in ((1, 125), (2, 105), (3, 110), (4, 100)):
            self.lines.setColumnWidth(c, width)
        self.lines.verticalHeader().hide()
        add_line = QPushButton(self.tr("Tambah komponen"))
        add_line.clicked.connect(lambda: self._add_line((self.tr("Komponen"), "per_household",
                                                         "year", 0, None)))  # fmt: skip
        del_line = QPushButton(self.tr("Hapus komponen"))
        del_line.clicked.connect(self._remove_line)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b42318;")
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(self.tr("Tambah"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Mulai dari contoh"), self.example)
        form.addRow(self.tr("Kunci"), self.key)
        form.addRow(self.tr("Nama program"), self.name)
        form.addRow(self.tr("Berlaku sejak"), self.valid_from)
        form.addRow(self.tr("Sumber"), self.source)
        row = QHBoxLayout()
        row.addWidget(add_line)
        row.addWidget(del_line)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Komponen biaya")))
        layout.addWidget(self.lines, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(640, 420)

        self.example.currentIndexChanged.connect(self._use_example)
        self.key.textEdited.connect(self._on_key_edited)
        self.name.textChanged.connect(self._check)
        self.lines.itemChanged.connect(self._check)
        self._use_example(0)

    def _free_key(self, key: str) -> str:
        if key not in self._table:
            return key
        i = 2
        while f"{key}_{i}" in self._table:
            i += 1
        return f"{key}_{i}"

    def _use_example(self, i: int) -> None:
        _, key, name, lines = regional_examples()[i]
        self.key.setText(self._free_key(key))
        self.name.setText(name)
        self.lines.setRowCount(0)
        for line in lines:
            self._add_line(line)
        self._check()

    def _on_key_edited(self, text: str) -> None:
        pos = self.key.cursorPosition()
        self.key.setText(text.upper().replace(" ", "_"))
        self.key.setCursorPosition(pos)
        self._check()

    def _add_line(self, line: tuple) -> None:
        name, unit, period, amount, years = line
        r = self.lines.rowCount()
        self.lines.blockSignals(True)
        self.lines.insertRow(r)
        self.lines.setItem(r, 0, QTableWidgetItem(name))
        ubox = QComboBox()
        for key in ("per_household", "per_person"):
            ubox.addItem(unit_labels()[key], key)
        ubox.setCurrentIndex(max(0, ubox.findData(unit)))
        self.lines.setCellWidget(r, 1, ubox)
        pbox = QComboBox()
        for key in PERIODS:
            pbox.addItem(period_labels()[key], key)
        pbox.setCurrentIndex(max(0, pbox.findData(period)))
        self.lines.setCellWidget(r, 2, pbox)
        amount_item = QTableWidgetItem(str(amount))
        amount_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.lines.setItem(r, 3, amount_item)
        ybox = QSpinBox()
        ybox.setRange(0, 50)
        ybox.setSpecialValueText(self.tr("tiap tahun"))
        ybox.setValue(years or 0)
        self.lines.setCellWidget(r, 4, ybox)
        self.lines.blockSignals(False)
        self._check()

    def _remove_line(self) -> None:
        r = self.lines.currentRow()
        if r >= 0:
            self.lines.removeRow(r)
        self._check()

    def program(self) -> Program | None:
        """The program as typed, or None while something is missing."""
        lines = []
        used: set[str] = set()
        for r in range(self.lines.rowCount()):
            name_item = self.lines.item(r, 0)
            name = name_item.text().strip() if name_item else ""
            amount = typed_amount(self.lines.item(r, 3).text() if self.lines.item(r, 3) else "")
            if not name or isinstance(amount, str):
                return None
            comp = re.sub(r"[^0-9a-z]+", "_", name.lower()).strip("_") or f"komponen_{r + 1}"
            base, i = comp, 2
            while comp in used:
                comp = f"{base}_{i}"
                i += 1
            used.add(comp)
            years = self.lines.cellWidget(r, 4).value() or None
            lines.append(
                CostLine(
                    component=comp,
                    component_name=name,
                    unit=self.lines.cellWidget(r, 1).currentData(),
                    period=self.lines.cellWidget(r, 2).currentData(),
                    amount=amount,
                    valid_from=self.valid_from.value(),
                    source=self.source.text().strip() or self.tr("Diisi pengguna"),
                    years=years,
                )
            )
        key = self.key.text().strip()
        name = self.name.text().strip()
        if not lines or not name or not _KEY_RE.match(key) or key in self._table:
            return None
        return Program(key=key, name=name, lines=tuple(lines), user_defined=True)

    def _check(self, *_args) -> None:
        key = self.key.text().strip()
        msg = ""
        if not _KEY_RE.match(key):
            msg = self.tr("Kunci hanya boleh huruf besar, angka dan garis bawah, diawali huruf.")
        elif key in self._table:
            msg = self.tr("Kunci {key} sudah dipakai program lain.").format(key=key)
        elif not self.name.text().strip():
            msg = self.tr("Isi nama program.")
        elif self.lines.rowCount() == 0:
            msg = self.tr("Tambahkan paling sedikit satu komponen biaya.")
        elif self.program() is None:
            msg = self.tr("Setiap komponen perlu nama dan besaran (angka Rupiah, tidak negatif).")
            for r in range(self.lines.rowCount()):
                item = self.lines.item(r, 3)
                refused = typed_amount(item.text() if item else "")
                if isinstance(refused, str):
                    msg = refused
                    break
        self.message.setText(msg)
        self.ok.setEnabled(not msg)


# --- the dialog -----------------------------------------------------------------------------


class ProgramTableDialog(QDialog):
    """Edit a :class:`ProgramTable` in place (live); "Batalkan perubahan" restores it.

    Signals: none of its own; the table's ``changed`` tells every view.

    Parameters
    ----------
    table
        The table to edit (usually ``scenario.programs``).
    """

    def __init__(self, table: ProgramTable, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tabel biaya program"))
        self._table = table
        self._snapshot = table.copy()
        self.model = ProgramTableModel(table, self)

        self.title = QLineEdit(table.title)
        self.year = QSpinBox()
        self.year.setRange(1944, 2200)
        self.year.setSpecialValueText(self.tr("tidak disebut"))
        self.year.setValue(table.year or 1944)
        self.unknown = QDoubleSpinBox()
        self.unknown.setRange(0.5, 20.0)
        self.unknown.setDecimals(1)
        self.unknown.setSuffix(self.tr(" jiwa"))
        self.unknown.setValue(table.unknown_members)
        self.unknown.setToolTip(
            self.tr("Ukuran rumah tangga yang dipakai bila register tidak mencatat jumlah anggota.")
        )

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(_Delegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        widths = {
            "program": 270,
            "component_name": 230,
            "unit": 100,
            "period": 80,
            "amount": 110,
            "per_member": 75,
            "max_units": 80,
            "years": 80,
            "valid_from": 70,
            "source": 220,
            "note": 160,
            "preview": 110,
        }
        for i, (name, _) in enumerate(COLUMNS):
            self.view.setColumnWidth(i, widths[name])
        header.setMinimumHeight(24)

        self.add_button = QPushButton(self.tr("Tambah program daerah…"))
        self.add_line_button = QPushButton(self.tr("Tambah komponen"))
        self.add_line_button.setToolTip(
            self.tr("Komponen biaya baru untuk program daerah terpilih")
        )
        self.remove_button = QPushButton(self.tr("Hapus program"))
        self.reset_button = QPushButton(self.tr("Kembalikan ke tabel bawaan…"))
        self.add_button.clicked.connect(self.add_program)
        self.add_line_button.clicked.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_selected)
        self.reset_button.clicked.connect(self.reset_to_default)

        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setStyleSheet("color: #b42318;")
        self.model.sig_refused.connect(self._show_refused)
        hint = QLabel(
            self.tr(
                "Besaran adalah data dengan tahun dan sumber: cocokkan dengan keputusan yang "
                "berlaku sebelum rapat anggaran. Klik dua kali sel untuk mengubah. Perubahan "
                "langsung dipakai meter anggaran; program bawaan dapat diubah, tidak dihapus."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(dark);")

        self.buttons = QDialogButtonBox()
        self.done_button = self.buttons.addButton(
            self.tr("Selesai"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Batalkan perubahan"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Judul")))
        top.addWidget(self.title, 2)
        top.addWidget(QLabel(self.tr("Tahun anggaran")))
        top.addWidget(self.year)
        top.addWidget(QLabel(self.tr("RT tanpa jumlah anggota dihitung")))
        top.addWidget(self.unknown)
        row = QHBoxLayout()
        for b in (self.add_button, self.add_line_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(1180, 560)

        self.title.editingFinished.connect(self._title_edited)
        self.year.valueChanged.connect(self._year_edited)
        self.unknown.valueChanged.connect(self._unknown_edited)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._links = Links(self)
        self._links.connect(table.changed, self._on_table_changed)
        self._on_table_changed()

    @property
    def table(self) -> ProgramTable:
        return self._table

    # --- table-level fields -------------------------------------------------------

    def _title_edited(self) -> None:
        if self.title.text() != self._table.title:
            self._table.title = self.title.text()
            self._table.changed.emit()

    def _year_edited(self, value: int) -> None:
        year = None if value == 1944 else value
        if year != self._table.year:
            self._table.year = year
            self._table.changed.emit()

    def _unknown_edited(self, value: float) -> None:
        if abs(value - self._table.unknown_members) > 1e-9:
            self._table.set_unknown_members(value)

    def _on_table_changed(self) -> None:
        for w, v in (
            (self.year, self._table.year or 1944),
            (self.unknown, self._table.unknown_members),
        ):
            if w.value() != v:
                w.blockSignals(True)
                w.setValue(v)
                w.blockSignals(False)
        if self.title.text() != self._table.title:
            self.title.setText(self._table.title)
        problems = self._table.validate()
        if problems:
            lines = [problem_text(p) for p in problems[:6]]
            if len(problems) > 6:
                lines.append(self.tr("… dan {n} masalah lain.").format(n=len(problems) - 6))
            self.problems.setText(
                self.tr("Tabel belum dapat dipakai:") + "\n• " + "\n• ".join(lines)
            )
        else:
            self.problems.setText("")
        self.done_button.setEnabled(not problems)
        self._update_buttons()

    def _show_refused(self, text: str) -> None:
        self.problems.setText(self.tr("Besaran tidak diubah: {why}").format(why=text))

    def problem_texts(self) -> list[str]:
        """The problems shown, one sentence each (empty when the table can be used)."""
        return [problem_text(p) for p in self._table.validate()]

    # --- programs ----------------------------------------------------------------

    def selected_program(self) -> Program | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        if not rows:
            return None
        return self.model.line_at(rows[0].row())[0]

    def _update_buttons(self, *_args) -> None:
        p = self.selected_program()
        self.remove_button.setEnabled(p is not None and p.user_defined)
        self.add_line_button.setEnabled(p is not None and p.user_defined)
        self.remove_button.setToolTip(
            self.tr("Program bawaan tidak dapat dihapus; ubah besarannya bila perlu.")
            if p is not None and not p.user_defined
            else ""
        )

    def select_program(self, key: str) -> None:
        row = self.model.row_of(key)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def add_program(self, program: Program | None = None) -> Program | None:
        """Add ``program``, or ask for one with :class:`AddProgramDialog`."""
        if program is None:
            dlg = AddProgramDialog(self._table, self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return None
            program = dlg.program()
            if program is None:
                return None
        self._table.add(program)
        self.select_program(program.key)
        return program

    def add_line(self) -> None:
        p = self.selected_program()
        if p is None or not p.user_defined:
            return
        used = {line.component for line in p.lines}
        i = len(p.lines) + 1
        while f"komponen_{i}" in used:
            i += 1
        line = CostLine(
            component=f"komponen_{i}",
            component_name=self.tr("Komponen baru"),
            unit="per_household",
            period="year",
            amount=0,
            valid_from=self._table.year,
            source=p.lines[0].source if p.lines else "",
        )
        self._table.replace(replace(p, lines=(*p.lines, line)))
        self.select_program(p.key)

    def remove_selected(self) -> None:
        p = self.selected_program()
        if p is None or not p.user_defined:
            return
        answer = ask(
            self,
            self.tr("Hapus program"),
            self.tr("Hapus program {name} dari tabel biaya?").format(name=p.name),
            [
                ("remove", self.tr("Hapus"), QMessageBox.ButtonRole.DestructiveRole),
                ("keep", self.tr("Batal"), QMessageBox.ButtonRole.RejectRole),
            ],
            informative=self.tr("Zona yang memberikan program ini tidak lagi dapat dihitung."),
            default="keep",
            escape="keep",
        )
        if answer == "remove":
            self._table.remove(p.key)

    def reset_to_default(self, ask_first: bool = True) -> bool:
        """Replace the table's content by the shipped default table (after a question)."""
        if ask_first:
            answer = ask(
                self,
                self.tr("Kembalikan ke tabel bawaan"),
                self.tr(
                    "Semua besaran kembali ke tabel bawaan Sasaran dan program daerah "
                    "buatan sendiri dihapus."
                ),
                [
                    ("reset", self.tr("Kembalikan"), QMessageBox.ButtonRole.DestructiveRole),
                    ("keep", self.tr("Batal"), QMessageBox.ButtonRole.RejectRole),
                ],
                default="keep",
                escape="keep",
            )
            if answer != "reset":
                return False
        restore(self._table, default_programs())
        return True

    # --- closing -----------------------------------------------------------------

    def accept(self) -> None:
        self._title_edited()
        if self._table.validate():
            return
        self._close_model()
        super().accept()

    def reject(self) -> None:
        """Close and put the table back as it was when the dialog opened."""
        if self._table != self._snapshot:
            restore(self._table, self._snapshot)
        self._close_model()
        super().reject()

    def _close_model(self) -> None:
        self._links.disconnect_all()
        self.model.detach()

    def edit_cell(self, key: str, component: str, column: str, value) -> bool:
        """Set one cell as the planner would (tests and scripted demos)."""
        row = self.model.row_of(key, component)
        if row < 0:
            return False
        return self.model.setData(self.model.index(row, self.model.column(column)), value)


def _main() -> int:
    from widgets.base.demo import run_example
    from widgets.scenario.scenario_common import indonesian_numbers

    indonesian_numbers()

    def make(_workspace):
        table = default_programs()
        dlg = ProgramTableDialog(table)
        dlg.setMinimumSize(1000, 520)
        return dlg, table

    return run_example(make, "Tabel biaya program")


if __name__ == "__main__":
    raise SystemExit(_main())
