"""The verification round panel: plan a round, write the field worksheets, bring results back.

The planner ticks the ready criteria (exclusion and inclusion suspects,
damaged or duplicate NIK/KK, no coordinates, not verified for N months),
lists the verifiers (typed, or the PSM and TKSK of the PSKS layer) and sees
at once how many households each verifier gets. The round covers the area
of the current filter (its kabupaten, kecamatan or villages), else the
whole province.

Worksheets carry names and addresses: writing them asks first, says so,
and is logged (:mod:`gis.io.exportlog`). Filled worksheets are read back
into a summary (per status, problems by kind); nothing is applied until
the planner presses "Terapkan", which writes a *new* register file without
personal data, never the source.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

import numpy as np
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gis.errors import SasaranError
from gis.io.exportlog import default_log_path, log_personal_export
from gis.io.worksheets import write_worksheets
from gis.model.filters import unit_mask
from gis.model.register_state import write_register_state
from gis.model.round_results import apply_results, import_results, worksheet_rows
from gis.model.verification import (
    STATUSES,
    Provenance,
    Round,
    RoundError,
    Verifier,
    plan_round,
    select_households,
    verifiers_from_psks,
)
from gis.model.workspace import Workspace
from widgets.base.files import ask_save_path, confirm_overwrite, show_error
from widgets.base.fmt import num
from widgets.base.messages import describe


class RoundPanel(QWidget):
    """Plan a verification round over the workspace's register and follow its results."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.round: Round | None = None
        self.result = None
        self.log_path: Path = default_log_path()
        self._stale = False
        criteria = {
            "eksklusi": self.tr("Desil 1-4 tidak menerima program apa pun (dugaan eksklusi)"),
            "inklusi": self.tr("Desil 7-10 menerima bantuan (dugaan inklusi)"),
            "id_rusak": self.tr("NIK/KK rusak atau ganda"),
            "tanpa_koordinat": self.tr("Tanpa koordinat"),
            "belum_diverifikasi": self.tr("Belum diverifikasi dalam N bulan"),
        }
        self.checks: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>" + self.tr("Rumah tangga yang diverifikasi") + "</b>"))
        for key, text in criteria.items():
            box = QCheckBox(text)
            box.setChecked(key in ("eksklusi", "inklusi"))
            box.toggled.connect(self.refresh)
            self.checks[key] = box
            layout.addWidget(box)
        form = QFormLayout()
        self.months = QSpinBox()
        self.months.setRange(1, 120)
        self.months.setValue(12)
        self.months.setSuffix(self.tr(" bulan"))
        self.months.valueChanged.connect(self.refresh)
        form.addRow(self.tr("N ="), self.months)
        layout.addLayout(form)
        self.area = QLabel()
        self.area.setWordWrap(True)
        layout.addWidget(self.area)

        layout.addWidget(QLabel("<b>" + self.tr("Petugas (PSM/TKSK), satu per baris") + "</b>"))
        self.verifiers = QPlainTextEdit()
        self.verifiers.setMaximumHeight(80)
        self.verifiers.textChanged.connect(self.refresh)
        layout.addWidget(self.verifiers)
        from_psks = QPushButton(self.tr("Ambil PSM dan TKSK dari layer PSKS"))
        from_psks.clicked.connect(self.fill_from_psks)
        layout.addWidget(from_psks)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Petugas"), self.tr("Desa"), self.tr("RT")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.total = QLabel()
        layout.addWidget(self.total)

        buttons = QHBoxLayout()
        self.write_button = QPushButton(self.tr("Tulis lembar kerja…"))
        self.write_button.setToolTip(
            self.tr("Lembar kerja memuat nama dan alamat (RAHASIA); penulisannya dicatat di log.")
        )
        self.write_button.clicked.connect(self.ask_write)
        self.import_button = QPushButton(self.tr("Impor hasil…"))
        self.import_button.clicked.connect(self.ask_import)
        self.apply_button = QPushButton(self.tr("Terapkan…"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.ask_apply)
        for b in (self.write_button, self.import_button, self.apply_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        workspace.sig_data_changed.connect(lambda *_: self.refresh())
        workspace.sig_filter_changed.connect(lambda *_: self.refresh())
        self.refresh()

    # -- planning --------------------------------------------------------------------------

    def verifier_list(self) -> list[Verifier]:
        names = [s.strip() for s in self.verifiers.toPlainText().splitlines() if s.strip()]
        return [Verifier(n) for n in dict.fromkeys(names)]

    def fill_from_psks(self) -> None:
        psks = self.workspace.psks
        if psks is None:
            return
        self.verifiers.setPlainText("\n".join(v.name for v in verifiers_from_psks(psks)))

    def _area(self):
        units = self.workspace.filter.units
        t = self.workspace.households
        if not units or t is None:
            return None
        keep = np.zeros(len(t.villages), dtype=bool)
        inside = unit_mask(t, units)
        keep[t.village[inside & (t.village >= 0)]] = True
        return keep

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        # a panel docked out of sight leaves filter changes alone until it is shown
        self._stale = self.parent() is not None and not self.isVisible()
        if self._stale:
            return
        t = self.workspace.households
        self.round = None
        self.table.setRowCount(0)
        if t is None:
            self.total.setText(self.tr("Belum ada data dimuat."))
            self.write_button.setEnabled(False)
            return
        area = self._area()
        self.area.setText(
            self.tr("Wilayah: seluruh provinsi (pilih wilayah di filter untuk mempersempit).")
            if area is None
            else self.tr("Wilayah: %1 desa dari filter saat ini.").replace(
                "%1", num(int(area.sum()))
            )
        )
        criteria = [k for k, b in self.checks.items() if b.isChecked()]
        sel = select_households(
            t, criteria, months=self.months.value(), villages=area, provenance=t.verification
        )
        verifiers = self.verifier_list()
        chosen = int((sel.mask & (t.village >= 0)).sum())
        if verifiers and chosen:
            self.round = plan_round(t, sel, verifiers, round_id=f"VV-{date.today():%Y%m%d}")
            villages: dict[str, int] = {}
            for name in self.round.village_verifier.values():
                villages[name] = villages.get(name, 0) + 1
            counts = self.round.counts_per_verifier()
            self.table.setRowCount(len(counts))
            for r, (name, n) in enumerate(counts.items()):
                for c, text in enumerate((name, num(villages.get(name, 0)), num(n))):
                    self.table.setItem(r, c, QTableWidgetItem(text))
        self.total.setText(self.tr("Rumah tangga terpilih: %1").replace("%1", num(chosen)))
        self.write_button.setEnabled(self.round is not None)

    # -- worksheets ------------------------------------------------------------------------

    def write_to(self, folder: str | Path) -> list[Path]:
        """Write the worksheets of the planned round into ``folder`` and log it."""
        t = self.workspace.households
        rnd = self.round
        if rnd is None or t is None:
            raise RoundError(code="no_verifiers")
        paths = write_worksheets(
            Path(folder),
            worksheet_rows(t, rnd),
            round_id=rnd.round_id,
            created=rnd.created,
            statuses=STATUSES,
        )
        codes = sorted({str(t.villages.codes[v]) for v in rnd.village_verifier})
        try:
            log_personal_export(
                self.log_path,
                what="lembar_verifikasi",
                files=paths,
                people=len(rnd.households),
                villages=codes,
                detail={"putaran": rnd.round_id},
            )
        except SasaranError:
            for p in paths:  # names must not leave the program unlogged
                p.unlink(missing_ok=True)
            raise
        return paths

    def ask_write(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Lembar kerja berisi data pribadi"),
            self.tr(
                "Lembar kerja memuat nama kepala keluarga, nomor KK dan alamat, ditandai "
                "RAHASIA (UU 27/2022). Penulisan dicatat di log: siapa, kapan, desa mana, "
                "berapa orang. Lanjutkan?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder lembar kerja"))
        if not folder:
            return
        try:
            paths = self.write_to(folder)
        except (SasaranError, OSError) as exc:
            show_error(self, self.tr("Lembar kerja tidak ditulis"), describe(exc))
            return
        self.summary.setText(
            self.tr("%1 lembar kerja ditulis dan dicatat di log.").replace("%1", num(len(paths)))
        )

    # -- results ---------------------------------------------------------------------------

    def import_files(self, paths) -> None:
        """Read filled worksheets into a summary; nothing is applied."""
        t = self.workspace.households
        self.result = import_results(list(paths), t)
        res = self.result
        totals = res.status_counts(t).sum()
        lines = [
            self.tr("Hasil dari %1 lembar (belum diterapkan):").replace("%1", num(len(res.files)))
        ]
        lines += [f"{num(int(totals.get(s, 0)))} {html.escape(s)}" for s in (*STATUSES, "belum")]
        if res.problems:
            lines.append(self.tr("Baris ditolak: %1").replace("%1", num(len(res.problems))))
        self.summary.setText("<br>".join(lines))
        self.apply_button.setEnabled(len(res.accepted) + len(res.new_families) > 0)

    def ask_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Lembar verifikasi yang sudah diisi"), "", "Excel (*.xlsx)"
        )
        if not paths:
            return
        try:
            self.import_files(paths)
        except SasaranError as exc:
            show_error(self, self.tr("Lembar tidak dapat dibaca"), describe(exc))

    def apply_to(self, path: str | Path, overwrite: bool = False) -> Path:
        """Write the register state after the imported results to ``path`` (no personal data)."""
        t = self.workspace.households
        prov = t.verification or Provenance.empty(len(t))
        round_id = self.round.round_id if self.round else f"VV-{date.today():%Y%m%d}"
        new, new_prov = apply_results(t, prov, self.result, round_id)
        return write_register_state(path, new, new_prov, overwrite=overwrite)

    def ask_apply(self) -> None:
        path = ask_save_path(
            self, self.tr("Simpan register baru"), "", "GeoPackage (*.gpkg);;Parquet (*.parquet)"
        )
        if not path:
            return
        overwrite = Path(path).exists()
        if overwrite and not confirm_overwrite(self, path):
            return
        try:
            written = self.apply_to(path, overwrite=overwrite)
        except (SasaranError, OSError) as exc:
            show_error(self, self.tr("Register baru tidak ditulis"), describe(exc))
            return
        self.summary.setText(
            self.tr("Diterapkan: register baru %1 (berkas sumber tidak diubah).").replace(
                "%1", written.name
            )
        )


if __name__ == "__main__":  # pragma: no cover - manual check against the demo province
    import sys

    from widgets.base.demo import run_example

    sys.exit(run_example(RoundPanel, "Putaran verifikasi"))
