"""Mentors matched to the filtered families: rules, the optimum beside the naive pick.

The planner opens a mentor list (a BKD or Dinas export), chooses whether the
PSKS persons of the PSKS layer join, sets the reach (km, or same kecamatan /
kabupaten), how competence counts and whether desil ranks the families, and
presses "Cocokkan". The work is :func:`gis.plan.family_matching.match_families` on
the worker pool, over the families of the current filter. The panel shows
the families matched and the total distance for the optimum and for the
naive "nearest mentor with room" pick, the solver's status and proof, why
the others have no mentor, and the load per agency. Mentors and families
appear by count only: no names, no NIP.

The last matching is written into the session's scenario (IDs only,
:mod:`gis.plan.saved_matching`) through the undo stack, so it is saved with
the scenario and undone like its other edits. A scenario opened with a
matching shows it again when the same register and mentor list are loaded,
or says that it was made on other data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gis.errors import SasaranError
from gis.io.exportlog import default_log_path
from gis.io.mentor_lists import export_mentor_lists
from gis.model.workspace import Workspace
from gis.plan.family_matching import match_families, mentor_load
from gis.plan.map_indicators import Mentoring
from gis.plan.matching import UNASSIGNED_REASONS, MatchRules
from gis.plan.saved_matching import matching_fits, matching_record
from widgets.base.files import save_to_chosen
from widgets.base.fmt import dec, num
from widgets.base.worker import run_job
from widgets.scenario.scenario_common import JobStrip, Links, tr
from widgets.scenario.upset_chart import UpsetChart


def match_job(table, pool, mask, rules):
    """The matching and the agency load, off the GUI thread."""
    matching = match_families(table, pool, mask, rules)
    return matching, mentor_load(matching, pool)


def reason_words() -> dict[str, str]:
    """The reasons of :data:`gis.plan.matching.UNASSIGNED_REASONS`, translated."""
    return {
        "no_location": tr("keluarga tanpa letak (tanpa koordinat maupun desa yang dikenal)"),
        "no_mentor_in_reach": tr("tidak ada pendamping dalam jangkauan"),
        "no_competence_fit": tr("tidak ada pendamping berkompetensi sesuai dalam jangkauan"),
        "capacity_exhausted": tr("kapasitas pendamping dalam jangkauan sudah terpakai"),
    }


class MentorPanel(QWidget):
    """Match mentors to the families of the current filter.

    Signals
    -------
    sig_matched(object)
        The :class:`gis.plan.family_matching.FamilyMatching` of the last run.
    """

    sig_matched = Signal(object)

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, scenario=None, undo=None
    ):
        super().__init__(parent)
        self.workspace = workspace
        self._scenario = scenario  # callable: the session's scenario (or None)
        self._undo = undo
        self.mentors = None
        self.mentor_file = ""
        self.mentor_path: Path | None = None
        self.matching = None
        self._job = None
        self._links = Links(self)
        self._links.connect(workspace.sig_filter_changed, self._on_filter)
        self._links.connect(workspace.sig_data_changed, self._on_filter)

        self.source = QLabel()
        self.source.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Buka daftar pendamping…"))
        self.open_button.clicked.connect(self.ask_open)
        self.with_psks = QCheckBox(self.tr("Ikutkan PSKS (PSM, TKSK, pendamping PKH, ASN)"))
        self.with_psks.setChecked(True)
        self.families = QLabel()
        self.families.setWordWrap(True)

        self.max_km = QDoubleSpinBox()
        self.max_km.setRange(0.0, 500.0)
        self.max_km.setValue(15.0)
        self.max_km.setSuffix(" km")
        self.max_km.setSpecialValueText(self.tr("tanpa batas"))
        self.area = QComboBox()
        for key, label in (
            (None, self.tr("tidak dibatasi wilayah")),
            ("kecamatan", self.tr("kecamatan yang sama")),
            ("kabupaten", self.tr("kabupaten/kota yang sama")),
        ):
            self.area.addItem(label, key)
        self.competence = QComboBox()
        for key, label in (
            ("soft", self.tr("diutamakan (penalti jarak)")),
            ("hard", self.tr("wajib sesuai")),
            ("none", self.tr("tidak diperhitungkan")),
        ):
            self.competence.addItem(label, key)
        self.penalty = QDoubleSpinBox()
        self.penalty.setRange(0.0, 100.0)
        self.penalty.setValue(5.0)
        self.penalty.setSuffix(" km")
        self.competence.currentIndexChanged.connect(self._on_competence)
        self.priority = QComboBox()
        self.priority.addItem(self.tr("desil terendah lebih dulu"), "desil")
        self.priority.addItem(self.tr("tanpa prioritas"), "none")

        form = QFormLayout()
        form.addRow(self.tr("Jarak maksimum"), self.max_km)
        form.addRow(self.tr("Wilayah"), self.area)
        form.addRow(self.tr("Kompetensi"), self.competence)
        form.addRow(self.tr("Penalti kompetensi"), self.penalty)
        form.addRow(self.tr("Prioritas keluarga"), self.priority)

        self.run_button = QPushButton(self.tr("Cocokkan"))
        self.run_button.clicked.connect(self.run)
        # names and addresses leave the program only through this explicit, logged export
        self.export_button = QPushButton(
            self.tr("Ekspor daftar keluarga per pendamping (RAHASIA)...")
        )
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.ask_export)
        self.referral_button = QPushButton(self.tr("Daftar rujukan per desa…"))
        self.referral_button.clicked.connect(self.ask_referral_lists)
        self.log_path: Path = default_log_path()
        self.job_strip = JobStrip(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.load = QTableWidget(0, 4)
        self.load.setHorizontalHeaderLabels(
            [self.tr("Instansi"), self.tr("Pendamping"), self.tr("Keluarga"), self.tr("Kapasitas")]
        )
        self.load.verticalHeader().setVisible(False)
        self.load.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addLayout(top)
        layout.addWidget(self.with_psks)
        layout.addWidget(self.families)
        layout.addLayout(form)
        layout.addWidget(self.run_button)
        layout.addWidget(self.job_strip)
        layout.addWidget(self.summary)
        layout.addWidget(self.export_button)
        layout.addWidget(self.referral_button)
        layout.addWidget(self.load, 1)
        # which programs reach the same families: program synergy beside the mentors
        self.upset = UpsetChart(workspace, self)
        layout.addWidget(self.upset, 1)
        self._on_competence()
        self._on_filter()

    # --- inputs --------------------------------------------------------------------

    def ask_open(self) -> None:
        from widgets.base.files import ask_open_path

        path = ask_open_path(
            self, self.tr("Buka daftar pendamping"), filters=self.tr("Tabel (*.csv *.xlsx *.xls)")
        )
        if path:
            self.open_mentors(path)

    def open_mentors(self, path) -> None:
        """Read a mentor list onto the loaded villages; the report is shown in brief."""
        from gis.model.mentors import load_mentors
        from widgets.base.messages import describe

        if self.workspace.households is None:
            return
        try:
            table, report = load_mentors(path, self.workspace.households.villages)
        except (SasaranError, OSError) as exc:
            self.source.setText(f"<span style='color:#c53030'>{describe(exc)}</span>")
            return
        self.mentor_file = Path(path).name
        self.mentor_path = Path(path)
        self.set_mentors(table, report.rejected)
        self.show_saved()

    def set_mentors(self, table, rejected: int = 0) -> None:
        self.mentors = table
        text = self.tr("Pendamping: {file}, {n} orang, kapasitas {cap} keluarga").format(
            file=self.mentor_file or "-", n=num(len(table)), cap=num(int(table.capacity.sum()))
        )
        if rejected:
            text += " " + self.tr("({n} baris ditolak; lihat sasaran mentors check)").format(
                n=num(rejected)
            )
        self.source.setText(text)
        self._on_filter()

    def pool(self):
        from gis.model.mentors import mentors_from_psks

        psks = self.workspace.psks
        extra = mentors_from_psks(psks) if psks is not None and self.with_psks.isChecked() else None
        if self.mentors is None:
            return extra
        return self.mentors.extend(extra) if extra is not None else self.mentors

    def meeting_inputs(self):
        """Pool, its origin, reach (km) and last matching, for the sheet's mentor-gap table."""
        parts = [self.mentor_file or "daftar pendamping"] if self.mentors is not None else []
        if self.with_psks.isChecked() and self.workspace.psks is not None:
            parts.append("PSKS")
        return self.pool(), " + ".join(parts), self.max_km.value() or 15.0, self.matching

    def rules(self) -> MatchRules:
        return MatchRules(
            max_km=self.max_km.value() or None,
            same_area=self.area.currentData(),
            competence=self.competence.currentData(),
            penalty_km=self.penalty.value(),
            priority=self.priority.currentData(),
        )

    def _show_rules(self, rules: dict) -> None:
        """The controls as the saved matching had them (what it was made with)."""
        self.max_km.setValue(float(rules.get("max_km") or 0.0))
        for combo, key in (
            (self.area, "same_area"),
            (self.competence, "competence"),
            (self.priority, "priority"),
        ):
            index = combo.findData(rules.get(key))
            if index >= 0:
                combo.setCurrentIndex(index)
        if rules.get("penalty_km") is not None:
            self.penalty.setValue(float(rules["penalty_km"]))

    def _on_competence(self, *_) -> None:
        self.penalty.setEnabled(self.competence.currentData() == "soft")

    def _on_filter(self, *_) -> None:
        if self.mentors is None and self.workspace.psks is None:
            self.source.setText(self.tr("Belum ada daftar pendamping."))
        table = self.workspace.households
        n = int(self.workspace.mask.sum()) if table is not None else 0
        self.families.setText(
            self.tr("Keluarga yang dicocokkan: {n} (filter saat ini)").format(n=num(n))
        )
        self.run_button.setEnabled(table is not None and n > 0)
        self.referral_button.setEnabled(table is not None and n > 0)

    # --- running -------------------------------------------------------------------

    def run(self) -> None:
        table = self.workspace.households
        pool = self.pool()
        if table is None or pool is None or len(pool) == 0:
            self.summary.setText(self.tr("Buka daftar pendamping atau muat lapisan PSKS dahulu."))
            return
        job = run_job(match_job, table, pool, self.workspace.mask.copy(), self.rules())
        job.sig_finished.connect(self._on_finished)
        job.sig_failed.connect(self._on_failed)
        self._job = job
        self._pool = pool
        self.job_strip.watch(job, self.tr("Mencocokkan pendamping…"))
        self.summary.setText(self.tr("Menghitung…"))

    def wait(self, timeout: float = 60.0) -> bool:
        return self._job is None or self._job.wait(timeout)

    def _on_failed(self, exc) -> None:
        from widgets.base.messages import describe

        self._job = None
        self.summary.setText(f"<span style='color:#c53030'>{describe(exc)}</span>")

    def _on_finished(self, result) -> None:
        self._job = None
        matching, load = result
        self.matching = matching
        # the map's mentor lines and mentor indicators read it from the workspace
        self.workspace.set_mentoring(Mentoring.of_matching(self._pool, matching))
        self.export_button.setEnabled(bool(matching.result.assigned.any()))
        self._show(matching.summary(), load)
        self._store(
            matching_record(matching, self.workspace.households, self._pool, load, self.mentor_file)
        )
        self.sig_matched.emit(matching)

    # --- the matching kept in the scenario ---------------------------------------------

    def attach(self, scenario, undo=None) -> None:
        """Keep matchings in ``scenario()`` (the session's scenario), through ``undo``."""
        self._scenario = scenario
        self._undo = undo

    def _store(self, record: dict) -> None:
        from gis.model.edits import SetMatching

        scenario = self._scenario() if self._scenario is not None else None
        if scenario is None:
            return
        edit = SetMatching(scenario, record)
        if self._undo is not None:
            self._undo.push_edit(edit)
        else:
            edit.apply(self.workspace)

    def show_saved(self, *_) -> bool:
        """Show the scenario's saved matching again if it fits the loaded data; True if shown."""
        scenario = self._scenario() if self._scenario is not None else None
        record = scenario.matching if scenario is not None else None
        if not record or self._job is not None:
            return False
        table, pool = self.workspace.households, self.pool()
        data = record.get("data", {})
        if table is None or pool is None:
            self.summary.setText(
                self.tr(
                    "Skenario memuat pencocokan pendamping ({n} pasangan, daftar {file}). "
                    "Buka data rumah tangga dan daftar pendamping yang sama untuk menampilkannya."
                ).format(n=num(len(record["pairs"])), file=data.get("mentors_file") or "-")
            )
            return False
        if not matching_fits(record, table, pool):
            self.summary.setText(
                "<span style='color:#975a16'>"
                + self.tr(
                    "Pencocokan pendamping di skenario dibuat pada data lain (data rumah tangga "
                    "atau daftar pendamping {file} berbeda dari yang dibuka). Tekan Cocokkan "
                    "untuk mencocokkan ulang."
                ).format(file=data.get("mentors_file") or "-")
                + "</span>"
            )
            return False
        self._show_rules(record.get("rules") or {})
        self._show(record["summary"], record.get("load", []))
        self.workspace.set_mentoring(Mentoring.of_record(record, table, pool))  # the map's lines
        self.summary.setText(
            self.summary.text()
            + "<p>"
            + self.tr("Pencocokan tersimpan di skenario ({n} pasangan).").format(
                n=num(len(record["pairs"]))
            )
            + "</p>"
        )
        return True

    def export_to(self, path, overwrite: bool = False) -> dict:
        """Write the per-mentor family lists of the last matching to ``path``; logged."""
        return export_mentor_lists(
            self.matching,
            self.workspace.households,
            self._pool,
            path,
            log_path=self.log_path,
            overwrite=overwrite,
        )

    def ask_export(self) -> None:
        if self.matching is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Daftar berisi data pribadi"),
            self.tr(
                "Daftar memuat nama pendamping serta nama dan alamat keluarga, ditandai "
                "RAHASIA (UU 27/2022). Penulisan dicatat di log: siapa, kapan, desa mana, "
                "berapa keluarga. Lanjutkan?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        saved = save_to_chosen(
            self,
            self.tr("Simpan daftar per pendamping"),
            "Excel (*.xlsx)",
            lambda path, overwrite: self.export_to(path, overwrite=overwrite),
            self.tr("Daftar tidak ditulis"),
        )
        if saved is None:
            return
        path, entry = saved
        self.summary.setText(
            self.summary.text()
            + "<p>"
            + self.tr("{n} keluarga ditulis ke {file} dan dicatat di log.").format(
                n=num(entry["jumlah_orang"]), file=Path(path).name
            )
            + "</p>"
        )

    def referral_dialog(self):
        """The referral lists of the filtered families (scenario rules when one is attached)."""
        from widgets.scenario.referral_dialog import ReferralListDialog

        scenario = self._scenario() if self._scenario is not None else None
        rules = scenario.rules if scenario is not None else None
        table = self.workspace.households
        masks = self.workspace.zone_masks
        zones = []
        if masks is not None:
            zones = [(z.name, masks.mask(z)) for z in self.workspace.zones]
        return ReferralListDialog(
            table, self.workspace.mask, rules, self.log_path, self, zones=zones
        )

    def ask_referral_lists(self) -> None:
        if self.workspace.households is None:
            return
        self.referral_dialog().exec()

    def _show(self, s: dict, load: list[dict]) -> None:
        o, n, solver = s["optimised"], s["naive"], s["solver"]
        proof = (
            self.tr("semua pasangan diperhitungkan")
            if solver["candidates_complete"]
            else self.tr(
                "{k} kandidat terdekat per keluarga, dibuktikan dengan biaya tereduksi"
            ).format(k=solver["k"])
        )
        status = self.tr("optimal") if solver["optimal"] else solver["status"]
        rows = [
            (self.tr("Keluarga terdampingi"), num(o["assigned"]), num(n["assigned"])),
            (
                self.tr("Total jarak (km)"),
                dec(o["total_km"], 1),
                dec(n["total_km"], 1),
            ),
        ]
        best = self.tr("Optimal")
        naive = self.tr("Terdekat yang masih ada tempat")
        solved = self.tr("Pemecah OR-Tools: {status}; {proof}.").format(status=status, proof=proof)
        html = [
            "<table cellspacing='0' cellpadding='4'>",
            f"<tr><th></th><th align='right'>{best}</th><th align='right'>{naive}</th></tr>",
        ]
        for label, a, b in rows:
            html.append(
                f"<tr><td>{label}</td><td align='right'>{a}</td><td align='right'>{b}</td></tr>"
            )
        html.append("</table>")
        html.append(f"<p>{solved}</p>")
        words = reason_words()
        missing = [
            (words.get(c, UNASSIGNED_REASONS[c]), k) for c, k in s["unassigned"].items() if k
        ]
        if missing:
            without = self.tr("Tanpa pendamping:")
            html.append(f"<p><b>{without}</b><br>")
            html.append("<br>".join(f"{num(k)} — {w}" for w, k in missing))
            html.append("</p>")
        approx = s["approximate_places"]
        if approx["families"]:
            html.append(
                "<p>"
                + self.tr("{n} keluarga memakai titik desanya (letak perkiraan).").format(
                    n=num(approx["families"])
                )
                + "</p>"
            )
        self.summary.setText("".join(html))
        self.load.setRowCount(len(load))
        for r, row in enumerate(load):
            values = (
                row["agency"],
                num(row["mentors"]),
                num(row["families"]),
                num(row["capacity"]),
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.load.setItem(r, c, item)
        self.load.resizeColumnsToContents()


def _main() -> int:
    import tempfile

    from gis.demo.mentors import write_demo_mentors
    from widgets.base.demo import run_example
    from widgets.scenario.scenario_common import indonesian_numbers

    indonesian_numbers()
    folder = tempfile.mkdtemp(prefix="sasaran-pendamping-")

    def make(workspace):
        workspace.set_filter(type(workspace.filter)(desil=(1,)))
        panel = MentorPanel(workspace)
        path = write_demo_mentors(Path(folder) / "pendamping_demo.csv", workspace.villages)
        panel.open_mentors(path)
        panel.setMinimumWidth(460)
        panel.run()
        return panel

    return run_example(make, "Pendamping keluarga")


if __name__ == "__main__":
    raise SystemExit(_main())
