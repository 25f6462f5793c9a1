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

The table model and its editors (:mod:`widgets.scenario.program_table_model`)
and the dialog adding a regional program
(:mod:`widgets.scenario.add_program_dialog`) are modules of their own.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gis.plan.programs import (
    CostLine,
    Program,
    ProgramTable,
    default_programs,
)
from widgets.scenario.add_program_dialog import AddProgramDialog, regional_examples
from widgets.scenario.program_table_model import (
    COLUMNS,
    PREVIEW_MEMBERS,
    CostLineDelegate,
    ProgramTableModel,
    period_labels,
    problem_text,
    typed_amount,
    unit_labels,
)
from widgets.scenario.scenario_common import Links, ask

__all__ = [
    "COLUMNS",
    "PREVIEW_MEMBERS",
    "AddProgramDialog",
    "ProgramTableDialog",
    "ProgramTableModel",
    "period_labels",
    "problem_text",
    "regional_examples",
    "restore",
    "typed_amount",
    "unit_labels",
]


def restore(table: ProgramTable, snapshot: ProgramTable) -> None:
    """Put ``table`` back to ``snapshot``'s content (one change announced)."""
    table.programs = list(snapshot.programs)
    table.year = snapshot.year
    table.title = snapshot.title
    table.unknown_members = snapshot.unknown_members
    table.changed.emit()


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
        self.view.setItemDelegate(CostLineDelegate(self.view))
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
