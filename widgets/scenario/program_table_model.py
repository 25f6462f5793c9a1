"""The program cost table as a Qt table: one row per cost line, edited in place.

The model half of the program table dialog: :class:`ProgramTableModel`
shows a :class:`gis.plan.programs.ProgramTable` (units and periods in
words, amounts in Rupiah, a yearly cost preview for a household of four,
problems the table's own check finds marked on their cells) and writes
every edit through the table's methods, so the budget meter follows;
:class:`CostLineDelegate` gives each column an editor that cannot produce
an unreadable value. Usable without the dialog (a test or another view).
"""

from __future__ import annotations

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
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
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
)
from widgets.base.money_edit import amount_error_text, english
from widgets.scenario.scenario_common import Links, rupiah, tr

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


class CostLineDelegate(QStyledItemDelegate):
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
