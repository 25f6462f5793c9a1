"""The validation report of an import: what was kept, what was not, and why.

The "Laporan" tab of the import dialog, as a part usable alone: the
counts (rows read, kept, rejected), the reasons for rejection and the
warnings in words, where the households sit on the map, the programs and
fields the file does not carry (unknown, not "no"), and the first
rejected or doubtful rows (personal values masked) with a button to save
them all to a CSV (the dialog asks where).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gis.io.codelists import received_programs
from gis.model.villages import VillageTable
from widgets.base.fmt import num
from widgets.base.messages import problem_label
from widgets.panels.data_summary import places_html
from widgets.panels.import_words import boundary_problem, reader_note

#: problem rows listed in the table (all of them go to the CSV)
LISTED_PROBLEMS = 2000


class ImportReportView(QWidget):
    """Report text and problem rows of one import.

    Signals
    -------
    sig_save_wanted
        The planner pressed "Simpan baris bermasalah...".
    """

    sig_save_wanted = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.report_view = QTextBrowser()
        self.problem_table = QTableWidget(0, 4)
        self.problem_table.setHorizontalHeaderLabels(
            [self.tr("Baris"), self.tr("Kolom"), self.tr("Masalah"), self.tr("Nilai")]
        )
        self.problem_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.problem_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        self.problem_table.verticalHeader().hide()
        self.problem_note = QLabel()
        self.save_problems_button = QPushButton(self.tr("Simpan baris bermasalah..."))
        self.save_problems_button.clicked.connect(self.sig_save_wanted.emit)
        self.save_problems_button.setEnabled(False)
        rpl = QVBoxLayout(self)
        rpl.setContentsMargins(0, 0, 0, 0)
        rpl.addWidget(self.report_view, 2)
        rpl.addWidget(QLabel(self.tr("Baris ditolak dan peringatan:")))
        rpl.addWidget(self.problem_table, 3)
        row = QHBoxLayout()
        row.addWidget(self.problem_note, 1)
        row.addWidget(self.save_problems_button)
        rpl.addLayout(row)

    def clear(self) -> None:
        """Nothing shown: a report belongs to the file and kind it was made for."""
        self.report_view.clear()
        self.problem_table.setRowCount(0)
        self.problem_note.setText("")
        self.save_problems_button.setEnabled(False)

    def show_boundaries(self, v: VillageTable) -> None:
        """What new boundaries hold and what is wrong with them."""
        lines = [
            self.tr("{n} desa/kelurahan, {k} kecamatan, {b} kabupaten/kota.").format(
                n=num(len(v)), k=num(len(v.kec_codes)), b=num(len(v.kab_codes))
            ),
            self.tr("{n} desa tanpa poligon.").format(n=num(int((~v.has_polygon).sum()))),
        ] + [boundary_problem(code).format(n=num(count)) for code, count in v.problems.items()]
        self.report_view.setHtml("<br>".join(lines))
        self.problem_table.setRowCount(0)
        self.save_problems_button.setEnabled(False)
        self.problem_note.setText("")

    def not_carried(self, table, report) -> list[str]:
        """Lines naming the programs and fields the file does not carry (unknown, not "no")."""
        progs = list(getattr(report, "programs_not_carried", ()))
        fields = list(getattr(report, "fields_not_carried", ()))
        if not progs and not fields:
            return []
        names = {p.key: p.name for p in received_programs()}
        if table is not None and hasattr(table, "program_names"):
            names.update(table.program_names)
        field_names = {
            "desil": self.tr("desil"),
            "members": self.tr("jumlah anggota keluarga"),
            "ppks": self.tr("jenis PPKS"),
            "coordinates": self.tr("koordinat"),
            "village": self.tr("kode atau nama desa"),
        }
        lines = []
        if progs:
            lines.append(
                self.tr(
                    "<b>Program tidak ada di berkas</b> (penerimaannya tidak diketahui, "
                    'bukan "belum"): {programs}'
                ).format(programs=html.escape(", ".join(names.get(k, k) for k in progs)))
            )
        if fields:
            lines.append(
                self.tr(
                    "<b>Kolom tidak ada di berkas</b> (nilainya tidak diketahui): {fields}"
                ).format(fields=", ".join(field_names.get(f, f) for f in fields))
            )
        return lines

    def show_report(self, table, report, kind: str) -> None:
        """The counts, reasons and warnings of an import report and its problem rows."""
        reasons = report.reasons()
        warnings = report.warnings()
        kept_word = self.tr("rumah tangga") if kind == "households" else self.tr("PSKS")
        parts = [
            "<p>"
            + self.tr(
                "<b>{read}</b> baris dibaca, <b>{kept}</b> {what} dimuat, <b>{rej}</b> baris ditolak."
            ).format(
                read=num(report.rows_read),
                kept=num(report.households),
                what=kept_word,
                rej=num(report.rejected),
            )
            + "</p>"
        ]
        if reasons:
            parts.append("<p><b>" + self.tr("Ditolak karena:") + "</b><br>")
            parts.append(
                "<br>".join(f"{problem_label(code)}: {num(n)}" for code, n in reasons.items())
            )
            parts.append("</p>")
        if warnings:
            parts.append("<p><b>" + self.tr("Peringatan (data tetap dimuat):") + "</b><br>")
            parts.append(
                "<br>".join(f"{problem_label(code)}: {num(n)}" for code, n in warnings.items())
            )
            parts.append("</p>")
        extra = ["<b>" + self.tr("Letak di peta:") + "</b>", places_html(report.places)]
        if report.unknown_village_codes:
            extra.append(
                self.tr("Kode desa tak dikenal: {codes}").format(
                    codes=", ".join(list(report.unknown_village_codes)[:10])
                )
            )
        extra += [text for text in (reader_note(n, kind) for n in report.notes) if text]
        parts.append("<p>" + "<br>".join(extra) + "</p>")
        missing = self.not_carried(table, report)
        if missing:
            parts.append("<p>" + "<br>".join(missing) + "</p>")
        self.report_view.setHtml("".join(parts))

        records = report.problem_rows()
        shown = report.mask_rows(records[:LISTED_PROBLEMS])
        self.problem_table.setRowCount(len(shown))
        for i, (row, column, code, value, rejected) in enumerate(shown):
            label = problem_label(code) + ("" if not rejected else " " + self.tr("(ditolak)"))
            for j, text in enumerate((str(row), column, label, value)):
                item = QTableWidgetItem(text)
                if rejected:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.problem_table.setItem(i, j, item)
        rest = len(records) - len(shown)
        self.problem_note.setText(
            self.tr("… dan {n} lagi: simpan ke CSV untuk melihat semuanya.").format(n=num(rest))
            if rest > 0
            else ""
        )
        self.save_problems_button.setEnabled(bool(records))
