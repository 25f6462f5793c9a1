"""Opening a register, a PSKS list or village boundaries, with a report.

The planner picks a file (and a layer or sheet), sees its first rows, checks
the column mapping the importer recognised (and corrects or saves it), and
loads. Reading and validating run in the background with a progress bar
and a cancel button; afterwards the validation report says how many rows
were kept and why others were not, lists the rejected rows, and writes
them to a CSV for fixing at the source. Nothing reaches the workspace
until the planner presses "Gunakan data ini".

Order matters for real data: boundaries first (households are placed on
them), then households, then PSKS. Loading new boundaries empties the
household and PSKS layers, because their village assignment belonged to
the old boundaries.

The column mapping tab (:mod:`widgets.panels.import_mapping`) and the
report tab (:mod:`widgets.panels.import_report`) are parts of their own.

Why this module is over 500 lines: choosing the kind and the file, the
preview with its masking, the background jobs and putting the result into
the workspace are one workflow over one file being read; what stands
apart (the mapping and the report) is already split off.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gis.errors import SasaranError
from gis.io.mapping import ColumnMapping, recognise
from gis.io.nik import mask_id, mask_name
from gis.model.households import HouseholdTable
from gis.model.villages import VillageTable
from gis.model.workspace import Dataset, Workspace
from widgets.base import files
from widgets.base.fmt import num
from widgets.base.messages import describe
from widgets.base.progress_dialog import ProgressBar
from widgets.base.worker import Job, run_job
from widgets.panels.import_mapping import ColumnMappingEditor
from widgets.panels.import_report import LISTED_PROBLEMS, ImportReportView  # noqa: F401
from widgets.panels.import_words import reader_note

KINDS = ("households", "psks", "boundaries")
FILE_FILTER = (
    "Data (*.gpkg *.shp *.geojson *.json *.fgb *.parquet *.geoparquet *.csv *.tsv *.txt "
    "*.xlsx *.xlsm);;Semua berkas (*)"
)
PREVIEW_ROWS = 50


def _mask_whole(_value) -> str:
    return QCoreApplication.translate("", "(disamarkan)")


_PERSONAL_FIELDS = {
    "nik": mask_id,
    "kk": mask_id,
    "name": mask_name,
    "head_name": mask_name,
    "address": _mask_whole,
}


def _read_preview(path: str, layer: str | None, progress=None, cancelled=None):
    """Background job: the layers of the file and the chosen one read as a raw table."""
    from gis.errors import ReadError
    from gis.io.readers import list_layers, read_table

    layers = list_layers(path)
    names = [name for name, _, _ in layers]
    # no layer forced: a workbook's register is often behind a cover sheet,
    # and the reader finds it; a GeoPackage with several layers shows the first
    try:
        raw = read_table(path, layer, progress=progress, cancelled=cancelled)
    except ReadError as exc:
        if exc.code != "choose_layer":
            raise
        raw = read_table(path, names[0], progress=progress, cancelled=cancelled)
    return layers, raw


def _build_register(raw, villages, mapping, progress=None, cancelled=None):
    """Background job: households from the previewed file, then its columnar snapshot.

    The snapshot (:mod:`gis.model.snapshot`) is keyed by the file, the
    layer or sheet it was read from (``raw.layer``) and the mapping used, so
    ``load_households(path, villages, layer=raw.layer, mapping=mapping,
    snapshots=True)`` reopens it without reading the file again.
    """
    from gis.model.importer import build_households
    from gis.model.snapshot import write_snapshot

    table, report = build_households(
        raw, villages, mapping=mapping, progress=progress, cancelled=cancelled
    )
    write_snapshot(table, report, raw.path, villages, layer=raw.layer, mapping=mapping)
    return table, report


def _load_boundaries(path: str, layer: str | None, progress=None, cancelled=None):
    from gis.model.villages import read_villages

    if progress:
        progress(0.1, "batas wilayah")
    return read_villages(path, layer)


class ImportDialog(QDialog):
    """Choose, preview, map, check and load one file.

    Signals
    -------
    sig_loaded(str, str)
        The kind (``households``, ``psks``, ``boundaries``) and path of data
        that were put into the workspace.
    """

    sig_loaded = Signal(str, str)

    def __init__(
        self,
        workspace: Workspace,
        kind: str = "households",
        parent: QWidget | None = None,
        folder: str = "",
    ):
        super().__init__(parent)
        self.workspace = workspace
        self.folder = folder
        self.path: str = ""
        self.layers: list = []
        self.raw = None
        self.mapping: ColumnMapping | None = None
        self.result = None  # (table, report) or VillageTable
        self.report = None
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Buka data"))
        self.resize(860, 640)

        # kind
        self.kind_buttons: dict[str, QRadioButton] = {}
        kind_row = QHBoxLayout()
        kind_row.addWidget(QLabel(self.tr("Jenis data:")))
        group = QButtonGroup(self)
        for key, text in (
            ("households", self.tr("Rumah tangga (DTSEN, DTKS, P3KE, BDT)")),
            ("psks", self.tr("PSKS / sumber daya")),
            ("boundaries", self.tr("Batas desa/kelurahan")),
        ):
            b = QRadioButton(text)
            group.addButton(b)
            self.kind_buttons[key] = b
            kind_row.addWidget(b)
            b.toggled.connect(lambda on, k=key: on and self._on_kind(k))
        kind_row.addStretch(1)

        # file and layer
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Belum ada berkas dipilih"))
        choose = QPushButton(self.tr("Pilih berkas..."))
        choose.clicked.connect(self.choose_file)
        self.layer_combo = QComboBox()
        self.layer_combo.setMinimumContentsLength(16)
        self.layer_combo.activated.connect(self._on_layer_picked)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("Berkas:")))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(choose)
        file_row.addWidget(QLabel(self.tr("Layer/lembar:")))
        file_row.addWidget(self.layer_combo)

        # tabs
        self.tabs = QTabWidget()
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.preview_notes = QLabel()
        self.preview_notes.setWordWrap(True)
        self.preview_notes.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        pv = QWidget()
        pvl = QVBoxLayout(pv)
        pvl.addWidget(self.preview_notes)
        pvl.addWidget(self.preview, 1)
        self.tabs.addTab(pv, self.tr("Pratinjau"))

        self.mapping_editor = ColumnMappingEditor()
        self.mapping_editor.sig_save_wanted.connect(self.save_mapping_dialog)
        self.mapping_editor.sig_load_wanted.connect(self.load_mapping_dialog)
        for name in (
            "mapping_form",
            "field_combos",
            "program_combos",
            "mapping_note",
            "mapping_buttons",
        ):
            setattr(self, name, getattr(self.mapping_editor, name))
        mp = QWidget()
        mpl = QVBoxLayout(mp)
        mpl.addWidget(self.mapping_editor)
        self.tabs.addTab(mp, self.tr("Pemetaan kolom"))

        self.report_part = ImportReportView()
        self.report_part.sig_save_wanted.connect(self.save_problems_dialog)
        for name in ("report_view", "problem_table", "problem_note", "save_problems_button"):
            setattr(self, name, getattr(self.report_part, name))
        rp = QWidget()
        rpl = QVBoxLayout(rp)
        rpl.addWidget(self.report_part)
        self.tabs.addTab(rp, self.tr("Laporan"))

        # bottom
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = ProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.clicked.connect(self.cancel_job)
        self.cancel_button.hide()
        self.load_button = QPushButton(self.tr("Periksa dan muat"))
        self.load_button.setEnabled(False)
        self.load_button.clicked.connect(self.run_import)
        self.apply_button = QPushButton(self.tr("Gunakan data ini"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addStretch(0)
        bottom.addWidget(self.load_button)
        bottom.addWidget(self.apply_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(kind_row)
        layout.addLayout(file_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

        self.kind = kind
        self.kind_buttons[kind].setChecked(True)
        self._on_kind(kind)

    # --- kind and file --------------------------------------------------------
    def _clear_report(self) -> None:
        """Forget the last result: a report shown belongs to the file and kind it was made for."""
        self.result = self.report = None
        self.report_part.clear()

    def _on_kind(self, kind: str) -> None:
        self.kind = kind
        self.tabs.setTabEnabled(1, kind != "boundaries")
        self._clear_report()
        self.apply_button.setEnabled(False)
        if kind == "boundaries":
            self.status.setText(
                self.tr(
                    "Batas baru mengosongkan lapisan rumah tangga dan PSKS: muat keduanya "
                    "lagi sesudahnya."
                )
            )
        elif self.workspace.villages is None or len(self.workspace.villages) == 0:
            self.status.setText(
                self.tr("Belum ada batas desa: muat batas wilayah dulu agar data dapat dipetakan.")
            )
        else:
            self.status.setText("")
        if self.raw is not None:
            self._fill_mapping()

    def choose_file(self) -> None:
        path = files.ask_open_path(self, self.tr("Pilih berkas data"), self.folder, FILE_FILTER)
        if path:
            self.load_file(path)

    def load_file(self, path: str, layer: str | None = None) -> Job:
        """Read ``path`` in the background for the preview and the mapping."""
        self.path = str(path)
        self.folder = str(Path(path).parent)
        self.path_edit.setText(self.path)
        self.raw = None
        self._clear_report()
        self.apply_button.setEnabled(False)
        self.load_button.setEnabled(False)
        self.status.setText(self.tr("Membaca {name}...").format(name=Path(path).name))
        job = self._start(run_job(_read_preview, self.path, layer, parent=self))
        job.sig_finished.connect(self._on_preview_ready)
        return job

    def _on_layer_picked(self, _index: int) -> None:
        layer = self.layer_combo.currentData()
        if self.path and layer:
            self.load_file(self.path, layer)

    def _on_preview_ready(self, result) -> None:
        self.layers, self.raw = result
        self.layer_combo.blockSignals(True)
        self.layer_combo.clear()
        for name, _gtype, count in self.layers:
            extra = f" ({num(count)})" if count is not None and count >= 0 else ""
            self.layer_combo.addItem(f"{name}{extra}", name)
        current = self.raw.layer or (self.layers[0][0] if self.layers else None)
        self.layer_combo.setCurrentIndex(max(self.layer_combo.findData(current), 0))
        self.layer_combo.setEnabled(len(self.layers) > 1)
        self.layer_combo.blockSignals(False)
        self.mapping = recognise(list(self.raw.frame.columns))
        self._fill_preview()
        self._fill_mapping()
        self.load_button.setEnabled(True)
        if self.kind != "households":
            text = self.tr("{rows} baris dibaca.").format(rows=num(len(self.raw)))
        elif self.mapping.layout:
            text = self.tr("{rows} baris dibaca. Format dikenali: {layout}.").format(
                rows=num(len(self.raw)), layout=self.mapping.layout
            )
        else:
            text = self.tr(
                "{rows} baris dibaca. Format tidak dikenali otomatis: periksa tab Pemetaan kolom."
            ).format(rows=num(len(self.raw)))
        self.status.setText(text)

    # --- preview ----------------------------------------------------------------
    def _fill_preview(self) -> None:
        raw = self.raw
        frame = raw.frame.head(PREVIEW_ROWS)
        cols = list(frame.columns)
        show = self.workspace.show_personal
        maskers = {}
        if self.mapping is not None and not show:
            for fld, masker in _PERSONAL_FIELDS.items():
                col = self.mapping.fields.get(fld)
                if col:
                    maskers[col] = masker
        self.preview.clear()
        self.preview.setColumnCount(len(cols))
        self.preview.setRowCount(len(frame))
        self.preview.setHorizontalHeaderLabels(cols)
        self.preview.setVerticalHeaderLabels([str(int(r)) for r in raw.rows[: len(frame)]])
        for j, col in enumerate(cols):
            values = frame[col].tolist()
            masker = maskers.get(col)
            for i, value in enumerate(values):
                text = "" if value is None or value != value else str(value)
                if masker is not None and text:
                    text = masker(text)
                self.preview.setItem(i, j, QTableWidgetItem(text))
        self.preview.resizeColumnsToContents()
        notes = [text for text in (reader_note(n, self.kind) for n in raw.notes) if text]
        bits = []
        if raw.header_row:
            bits.append(self.tr("judul kolom di baris {row}").format(row=raw.header_row))
        if raw.encoding:
            bits.append(self.tr("encoding {enc}").format(enc=raw.encoding))
        if raw.delimiter:
            bits.append(self.tr("pemisah '{sep}'").format(sep=raw.delimiter))
        text = self.tr("{n} baris pertama.").format(n=len(frame))
        if bits:
            joined = ", ".join(bits)
            text += " " + joined[:1].upper() + joined[1:] + "."
        if maskers:
            text += " " + self.tr("Kolom data pribadi disamarkan.")
        if notes:
            text += " " + "; ".join(notes)
        self.preview_notes.setText(text)

    # --- mapping ----------------------------------------------------------------
    def _fill_mapping(self) -> None:
        columns = list(self.raw.frame.columns) if self.raw is not None else None
        self.mapping_editor.fill(columns, self.mapping, self.kind)

    def current_mapping(self) -> ColumnMapping:
        """The mapping as the combos show it."""
        columns = list(self.raw.frame.columns) if self.raw is not None else None
        return self.mapping_editor.current_mapping(self.mapping, columns)

    def save_mapping_dialog(self) -> None:
        path, overwrite = files.choose_save_target(
            self, self.tr("Simpan pemetaan kolom"), self.folder, self.tr("Pemetaan (*.json)")
        )
        if path:
            try:
                self.current_mapping().save(path, overwrite=overwrite)
            except (SasaranError, OSError) as exc:
                self.status.setText(describe(exc))
                return
            self.status.setText(
                self.tr("Pemetaan disimpan ke {name}.").format(name=Path(path).name)
            )

    def load_mapping_dialog(self) -> None:
        path = files.ask_open_path(
            self, self.tr("Muat pemetaan kolom"), self.folder, self.tr("Pemetaan (*.json)")
        )
        if path:
            self.load_mapping(path)

    def load_mapping(self, path: str) -> bool:
        cols = list(self.raw.frame.columns) if self.raw is not None else None
        try:
            self.mapping = ColumnMapping.load(path, cols)
        except Exception as exc:
            self.status.setText(describe(exc))
            return False
        self._fill_mapping()
        self._fill_preview()
        self.status.setText(self.tr("Pemetaan dimuat dari {name}.").format(name=Path(path).name))
        return True

    # --- import -----------------------------------------------------------------
    def _villages(self) -> VillageTable:
        v = self.workspace.villages
        return v if v is not None else VillageTable.empty()

    def run_import(self) -> Job | None:
        """Validate and build the table in the background; the report follows."""
        if not self.path:
            return None
        self._clear_report()
        self.apply_button.setEnabled(False)
        if self.kind == "boundaries":
            job = run_job(_load_boundaries, self.path, self.layer_combo.currentData(), parent=self)
        elif self.raw is None:
            return None
        elif self.kind == "psks":
            from gis.model.psks import build_psks

            job = run_job(build_psks, self.raw, self._villages(), parent=self)
        else:
            job = run_job(
                _build_register,
                self.raw,
                self._villages(),
                mapping=self.current_mapping(),
                parent=self,
            )
        self.status.setText(self.tr("Memeriksa dan memuat..."))
        self._start(job)
        job.sig_finished.connect(self._on_imported)
        return job

    def _start(self, job: Job) -> Job:
        if self.job is not None and not self.job.done:
            self.job.cancel()
        self.job = job
        self.progress.set_fraction(0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        job.sig_progress.connect(self.progress.set_fraction)
        job.sig_failed.connect(self._on_failed)
        job.sig_cancelled.connect(
            lambda: self.status.setText(self.tr("Dibatalkan. Tidak ada yang diubah."))
        )
        job.sig_done.connect(self._on_job_done)
        return job

    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)

    def _on_job_done(self) -> None:
        if self.job is None or self.job.done:
            self.progress.hide()
            self.cancel_button.hide()

    def _on_failed(self, exc) -> None:
        if isinstance(exc, (SasaranError, FileExistsError, PermissionError)):
            self.status.setText(describe(exc))
            return
        # an error nobody foresaw: still a sentence naming the file, no English from a library
        self.status.setText(
            self.tr(
                "{name} tidak dapat dibaca sebagai data jenis ini: isinya tidak seperti yang "
                "diharapkan. Periksa berkasnya dan jenis data yang dipilih. Tidak ada yang diubah."
            ).format(name=Path(self.path).name)
        )

    def _on_imported(self, result) -> None:
        self.result = result
        if isinstance(result, VillageTable):
            self.report = None
            self._show_boundary_report(result)
        else:
            self.report = result[1]
            self._show_report(result[0], result[1])
        self.apply_button.setEnabled(True)
        self.tabs.setCurrentIndex(2)

    def _show_boundary_report(self, v: VillageTable) -> None:
        self.report_part.show_boundaries(v)
        self.status.setText(self.tr('Batas wilayah siap. Tekan "Gunakan data ini".'))

    def _show_report(self, table, report) -> None:
        self.report_part.show_report(table, report, self.kind)
        self.status.setText(
            self.tr('Pemeriksaan selesai. Tekan "Gunakan data ini" untuk memakainya.')
        )

    def save_problems_dialog(self) -> None:
        if self.report is None:
            return
        stem = Path(self.path).stem if self.path else "data"
        path, overwrite = files.choose_save_target(
            self,
            self.tr("Simpan baris bermasalah"),
            str(Path(self.folder) / f"{stem}_bermasalah.csv"),
            self.tr("CSV (*.csv)"),
        )
        if path:
            self.save_problems(path, overwrite=overwrite)

    def save_problems(self, path: str, overwrite: bool = False) -> bool:
        """Write every problem row (rejected first) to a CSV; never overwrites unasked."""
        try:
            self.report.write_problems(path, overwrite=overwrite)
        except Exception as exc:
            self.status.setText(describe(exc))
            return False
        self.status.setText(
            self.tr("Baris bermasalah disimpan ke {name}.").format(name=Path(path).name)
        )
        return True

    # --- into the workspace -----------------------------------------------------
    def apply(self) -> bool:
        """Put the loaded data into the workspace."""
        if self.result is None:
            return False
        ws = self.workspace
        name = Path(self.path).name
        current = ws.data
        if isinstance(self.result, VillageTable):
            data = Dataset(
                villages=self.result,
                households=HouseholdTable.empty(self.result),
                label=name,
            )
        elif self.kind == "psks":
            psks, report = self.result
            if current is None:
                return False
            data = replace(current, psks=psks, psks_report=report)
        else:
            table, report = self.result
            psks = current.psks if current is not None else None
            if psks is not None and len(table.villages) >= len(psks.villages):
                psks = replace(psks, villages=table.villages)
            data = Dataset(
                villages=table.villages,
                households=table,
                psks=psks,
                household_report=report,
                psks_report=current.psks_report if current is not None else None,
                # households on the demo boundaries are still partly synthetic
                synthetic=bool(current is not None and current.synthetic),
                label=name,
            )
        ws.set_data(data)
        self.sig_loaded.emit(self.kind, self.path)
        self.status.setText(self.tr("{name} dipakai.").format(name=name))
        self.apply_button.setEnabled(False)
        return True

    def reject(self) -> None:
        if self.job is not None and not self.job.done:
            self.job.cancel()
        super().reject()


def _example(workspace: Workspace) -> ImportDialog:
    from widgets.base.demo import demo_files

    dialog = ImportDialog(workspace, "psks")
    dialog.load_file(str(demo_files()[0]["psks"]))
    return dialog


if __name__ == "__main__":
    import sys

    from widgets.base.demo import run_example

    sys.exit(run_example(_example, "Buka data"))
