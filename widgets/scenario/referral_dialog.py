"""Referral lists per village: a masked preview, and names only when explicitly asked.

Opened from the Pendamping tab ("Daftar rujukan per desa..."): for the
families of the current filter, per program, those to refer and apart
from them those whose receipt the register does not know
(:mod:`gis.plan.referral_lists`), for one village or all. The preview is
always masked (NIK and name as the attribute table masks them, no
address). Names, full NIK and addresses go into the saved workbook only
when "Sertakan nama dan alamat (RAHASIA)" is ticked and confirmed; such a
workbook is marked RAHASIA and logged in the personal-data export log.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gis.plan.referral_lists import MASKED_HEADER, referral_list_rows, write_referral_lists
from gis.plan.referral_tally import village_tally, zone_tally
from gis.plan.referrals import referrals
from widgets.base.files import save_to_chosen
from widgets.base.fmt import num

# rows shown in the preview (the file carries them all)
PREVIEW_ROWS = 200


class ReferralListDialog(QDialog):
    """The referral lists of the filtered families: choose a village, preview masked, save."""

    def __init__(self, table, mask, rules, log_path, parent: QWidget | None = None, zones=()):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Daftar rujukan per desa"))
        self.table = table
        self.log_path = Path(log_path)
        self.ref = referrals(table, mask, rules)
        tally = village_tally(table, mask, rules)
        self.village = QComboBox()
        self.village.addItem(self.tr("Semua desa dalam filter"), None)
        refer, unknown = tally.refer.sum(axis=1), tally.unknown.sum(axis=1)
        codes = np.asarray(table.villages.codes, dtype=str)
        for v in np.argsort(codes, kind="stable").tolist():
            if refer[v] or unknown[v]:
                text = self.tr("{code} {name}: {n} rujukan, {u} tidak diketahui").format(
                    code=codes[v],
                    name=table.villages.names[v],
                    n=num(int(refer[v])),
                    u=num(int(unknown[v])),
                )
                self.village.addItem(text, v)
        self.section = QComboBox()
        self.section.addItem(self.tr("Perlu dirujuk"), "refer")
        self.section.addItem(self.tr("Penerimaan tidak diketahui (periksa dahulu)"), "unknown")
        self.count = QLabel()
        self.count.setWordWrap(True)
        self.preview = QTableWidget(0, len(MASKED_HEADER))
        self.preview.setHorizontalHeaderLabels(
            [
                self.tr("Kode desa"),
                self.tr("Desa/kelurahan"),
                self.tr("Program"),
                self.tr("ID keluarga"),
                self.tr("NIK (disamarkan)"),
                self.tr("Nama (disamarkan)"),
                self.tr("Desil"),
            ]
        )
        self.preview.verticalHeader().setVisible(False)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.with_names = QCheckBox(self.tr("Sertakan nama dan alamat (RAHASIA)"))
        self.with_names.toggled.connect(self._on_names)
        self.save_button = QPushButton(self.tr("Simpan daftar…"))
        self.save_button.clicked.connect(self.ask_save)
        self.result = QLabel()
        self.result.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Desa"), self.village)
        form.addRow(self.tr("Bagian"), self.section)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(self.preview, 1)
        self.zone_table = self.zone_note = None
        if zones:
            self._add_zones(layout, zone_tally(table, mask, list(zones), rules))
        layout.addWidget(self.with_names)
        layout.addWidget(self.save_button)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        self.village.currentIndexChanged.connect(self.refresh)
        self.section.currentIndexChanged.connect(self.refresh)
        self.resize(860, 560)
        self.refresh()

    def _add_zones(self, layout, tally) -> None:
        """Counts per zone of the workspace: to refer per program, receipt 0/1/2/3+ (no names)."""
        heads = [self.tr("Zona"), self.tr("Keluarga"), self.tr("Juga di zona lain")]
        heads += [self.tr("Dirujuk {program}").format(program=k) for k in tally.keys]
        heads += [self.tr("{n} program").format(n=b) for b in ("0", "1", "2", "3+")]
        heads.append(self.tr("Program tidak diketahui"))
        table = self.table
        absent = set(table.missing_programs()) | (set(tally.keys) - set(table.program_keys))
        self.zone_table = QTableWidget(len(tally.names), len(heads))
        self.zone_table.setHorizontalHeaderLabels(heads)
        self.zone_table.verticalHeader().setVisible(False)
        self.zone_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, name in enumerate(tally.names):
            values = [name, num(int(tally.families[r])), num(int(tally.in_other[r]))]
            # a program the register does not carry: unknown, never 0
            values += [
                self.tr("tidak diketahui") if k in absent else num(int(v))
                for k, v in zip(tally.keys, tally.refer[r])
            ]
            values += [num(int(v)) for v in tally.received[r]]
            for c, value in enumerate(values):
                self.zone_table.setItem(r, c, QTableWidgetItem(value))
        self.zone_table.resizeColumnsToContents()
        self.zone_table.setMaximumHeight(40 + 26 * min(len(tally.names), 5))
        twice = int(tally.families.sum()) - tally.distinct
        self.zone_note = QLabel(
            self.tr(
                "Per zona, keluarga dalam filter. Jumlah zona {total} − {twice} terhitung "
                "lebih dari sekali = {distinct} keluarga berbeda."
            ).format(
                total=num(int(tally.families.sum())), twice=num(twice), distinct=num(tally.distinct)
            )
        )
        self.zone_note.setWordWrap(True)
        layout.addWidget(QLabel("<b>" + self.tr("Rujukan dan sinergi per zona") + "</b>"))
        layout.addWidget(self.zone_table)
        layout.addWidget(self.zone_note)

    def villages(self) -> list[int] | None:
        """The chosen village (as a list of indices), or None for all."""
        v = self.village.currentData()
        return None if v is None else [int(v)]

    def refresh(self, *_) -> None:
        """The masked preview of the chosen village and section."""
        status = self.section.currentData()
        rows = referral_list_rows(self.table, self.ref, status, self.villages())
        families = len({r[3] for r in rows})
        shown = rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        for r, row in enumerate(shown):
            for c, value in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem(str(value)))
        self.preview.resizeColumnsToContents()
        text = self.tr("{n} baris, {f} keluarga; NIK dan nama disamarkan.").format(
            n=num(len(rows)), f=num(families)
        )
        if len(rows) > len(shown):
            text += " " + self.tr("Pratinjau menampilkan {k} baris pertama.").format(
                k=num(len(shown))
            )
        self.count.setText(text)

    def _on_names(self, checked: bool) -> None:
        if not checked:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Daftar berisi data pribadi"),
            self.tr(
                "Berkas akan memuat NIK utuh, nama dan alamat keluarga, ditandai RAHASIA "
                "(UU 27/2022) di setiap lembar dan halaman cetak. Penulisan dicatat di log: "
                "siapa, kapan, desa mana, berapa keluarga. Lanjutkan?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.with_names.blockSignals(True)
            self.with_names.setChecked(False)
            self.with_names.blockSignals(False)

    def save_to(self, path, overwrite: bool = False) -> dict:
        """Write the lists of the chosen village (both sections) to ``path``."""
        return write_referral_lists(
            path,
            self.table,
            self.ref,
            villages=self.villages(),
            with_names=self.with_names.isChecked(),
            log_path=self.log_path,
            overwrite=overwrite,
        )

    def ask_save(self) -> None:
        saved = save_to_chosen(
            self,
            self.tr("Simpan daftar rujukan"),
            "Excel (*.xlsx)",
            lambda path, overwrite: self.save_to(path, overwrite=overwrite),
            self.tr("Daftar tidak ditulis"),
        )
        if saved is None:
            return
        path, info = saved
        if info["with_names"]:
            text = self.tr(
                "{f} keluarga ditulis ke {file} dengan nama dan alamat (RAHASIA), dicatat di log."
            )
        else:
            text = self.tr("{f} keluarga ditulis ke {file}; NIK dan nama disamarkan.")
        self.result.setText(text.format(f=num(info["families"]), file=Path(path).name))
