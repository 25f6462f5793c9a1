"""A new regional program for the cost table: key, name and cost lines, from an example.

Part of the program table dialog, usable alone: the planner starts from
an example (an empty program, job placement, UMKM support with two years
of mentoring), fixes the key, the name and the amounts, and gets a
:class:`gis.plan.programs.Program` only when the key is free and readable
and every amount can be read.
"""

from __future__ import annotations

import re

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gis.plan.programs import (
    PERIODS,
    CostLine,
    Program,
    ProgramTable,
)
from widgets.scenario.program_table_model import period_labels, typed_amount, unit_labels
from widgets.scenario.scenario_common import tr

_KEY_RE = re.compile(r"^[A-Z][A-Z0-9_]{0,31}$")


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
