"""Two to five scenarios side by side, as the budget meeting asks for them.

The planner picks the scenarios (files, the scenario being edited, or the
shipped examples "Skenario A/B/C" from the "Contoh" menu); they are all
evaluated on the data loaded now (:func:`gis.plan.compare.compare` on the worker
pool), so every column has the same denominators. The view shows the
summary table (the same rows as the exported workbook), bar charts, the
villages that gain or lose against the first scenario as a table and as a
small map, and exports the lot to a formatted XLSX or to CSV through
:mod:`gis.plan.budget_export`, never replacing a file without asking.

The charts (:mod:`widgets.scenario.comparison_charts`) and the villages
that gain or lose, as a table and a map
(:mod:`widgets.scenario.comparison_villages`), are parts of their own;
this module keeps the list of scenarios, the evaluation, the summary table
and the export.

Why this module is over 500 lines: picking the scenarios (files, the
current one, the examples, with a worded message for each file that
cannot be read), evaluating them on the pool and exporting them are one
workflow over one list of entries; split further, each piece would have
to reach back into that list.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gis.errors import SasaranError
from gis.model.filter_text import describe_filter
from gis.model.workspace import Workspace
from gis.plan.budget_export import comparison_sheets, csv_paths, export_comparison
from gis.plan.compare import (
    MAX_SCENARIOS,
    MIN_SCENARIOS,
    CompareError,
    compare,
    compare_on_registers,
)
from gis.plan.scenario import DataRef, Scenario, ScenarioDataMismatch, open_scenario
from widgets.base import files
from widgets.base.compare_charts import SCENARIO_COLORS
from widgets.base.fmt import dec, num
from widgets.base.gis_text import gis_lang, gis_text
from widgets.base.messages import describe
from widgets.base.worker import run_job
from widgets.scenario.comparison_charts import ComparisonCharts
from widgets.scenario.comparison_villages import (  # noqa: F401 (GAIN.. kept importable here)
    GAIN,
    LOSS,
    NONE,
    SAME,
    ComparisonMap,
    VillageDiffModel,
    VillageDiffTable,
    polygon_path,
)
from widgets.scenario.scenario_common import (
    JobStrip,
    Links,
    example_scenarios,
    inform,
    rupiah,
    scenario_error_text,
    share,
)


def ask_open_paths(parent, title: str, folder: str = "", filters: str = "") -> list[str]:
    """Several files to open at once ([] when cancelled); tests replace this function."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, files.start_path(folder), filters)
    if paths:
        files.set_last_folder(Path(paths[0]).parent)
    return list(paths)


def compare_job(table, generation: int, scenarios, psks=None, progress=None, cancelled=None):
    """:func:`gis.plan.compare.compare` and its sheets, tagged with the request they answer."""
    comp = compare(table, scenarios, psks=psks, progress=progress, cancelled=cancelled)
    return generation, comp, comparison_sheets(comp)


def registers_job(registers, generation: int, scenario, psks=None, progress=None, cancelled=None):
    """One scenario on several registers (:func:`gis.plan.compare.compare_on_registers`)."""
    comp = compare_on_registers(
        scenario, registers, psks=psks, progress=progress, cancelled=cancelled
    )
    return generation, comp, comparison_sheets(comp)


class _Entry:
    """A scenario picked for the comparison and where it came from."""

    def __init__(self, scenario: Scenario, source: str, note: str = ""):
        self.scenario = scenario
        self.source = source
        self.note = note


class _Num(QTableWidgetItem):
    def __init__(self, text: str, value):
        super().__init__(text)
        self.setData(Qt.ItemDataRole.UserRole, None if value is None else float(value))
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other) -> bool:
        a, b = self.data(Qt.ItemDataRole.UserRole), other.data(Qt.ItemDataRole.UserRole)
        if a is None or b is None:
            return super().__lt__(other)
        return a < b


def cell_text(value, kind: str) -> str:
    """A value of a :class:`gis.plan.budget_export.Sheet` as the view shows it."""
    if value is None:
        return "–"
    if isinstance(value, str):
        return gis_text(value)
    if kind == "rupiah":
        return rupiah(value)
    if kind == "percent":
        return share(value)
    if kind == "float":
        return dec(value, 2)
    return num(value)


class ComparisonView(QWidget):
    """Pick 2-5 scenarios, see them side by side, export for the finance office.

    Parameters
    ----------
    workspace
        The data every scenario is evaluated on (and the PSKS counted).
    current
        Optional callable returning the scenario being edited, for the
        "Skenario saat ini" button (a copy is compared).

    Signals
    -------
    sig_compared(object)
        A new :class:`gis.plan.compare.Comparison` is shown.
    sig_message(str)
        A one-line note for the status bar (export written...).
    """

    sig_compared = Signal(object)
    sig_message = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        current=None,
        parent: QWidget | None = None,
        *,
        debounce_ms: int = 100,
    ):
        super().__init__(parent)
        self.workspace = workspace
        self._current = current
        self._entries: list[_Entry] = []
        self._comparison = None
        self._sheets = None
        self._generation = 0
        self._job = None
        self._export_job = None
        self._error = ""
        self._folder = ""
        #: an earlier register snapshot (table, label) the first scenario can also run on
        self._other = None
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.compare)
        self._links = Links(self)
        self._links.connect(workspace.sig_data_changed, self._on_data)
        self._show_entries()
        self._show()

    # --- building ----------------------------------------------------------------

    def _build(self) -> None:
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMaximumHeight(110)
        self.add_file_button = QPushButton(self.tr("Tambah berkas…"))
        self.add_file_button.clicked.connect(lambda: self.add_files())
        self.add_current_button = QPushButton(self.tr("Skenario saat ini"))
        self.add_current_button.setToolTip(self.tr("Salinan skenario yang sedang disusun"))
        self.add_current_button.clicked.connect(lambda: self.add_current())
        self.add_current_button.setEnabled(self._current is not None)
        self.examples_button = QToolButton()
        self.examples_button.setText(self.tr("Contoh"))
        self.examples_button.setToolTip(self.tr("Skenario contoh untuk provinsi demo"))
        self.examples_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.examples_button)
        examples = example_scenarios()
        if len(examples) >= 2:
            pair = menu.addAction(self.tr("{a} dan {b}").format(a=examples[0][0], b=examples[1][0]))
            pair.triggered.connect(lambda: self.open_examples([n for n, _ in examples[:2]]))
            menu.addSeparator()
        for name, _path in examples:
            a = menu.addAction(name)
            a.triggered.connect(lambda _=False, n=name: self.add_example(n))
        self.examples_button.setMenu(menu)
        self.base_button = QPushButton(self.tr("Jadikan dasar"))
        self.base_button.setToolTip(
            self.tr("Skenario terpilih menjadi pembanding dasar selisih per desa")
        )
        self.base_button.clicked.connect(self._make_base)
        self.remove_button = QPushButton(self.tr("Hapus"))
        self.remove_button.clicked.connect(self._remove_selected)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for b in (
            self.add_file_button,
            self.add_current_button,
            self.examples_button,
            self.base_button,
            self.remove_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.job_strip = JobStrip(self)
        self.registers_check = QCheckBox()
        self.registers_check.setToolTip(
            self.tr(
                "Skenario pertama dihitung pada register yang dibuka dan pada register "
                "pembanding (menu Bandingkan register), berdampingan."
            )
        )
        self.registers_check.toggled.connect(lambda _on: self._schedule())
        self.registers_check.hide()

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_summary_tab(), self.tr("Ringkasan"))
        self.chart_part = ComparisonCharts()
        self.village_part = VillageDiffTable()
        self.map_part = ComparisonMap(self.workspace)
        self.tabs.addTab(self.chart_part, self.tr("Grafik"))
        self.tabs.addTab(self.village_part, self.tr("Selisih per desa"))
        self.tabs.addTab(self.map_part, self.tr("Peta naik/turun"))
        # the names the main window and the tests reach, kept on the view
        for name in (
            "charts",
            "desil_plot",
            "cost_plot",
            "coverage_plot",
            "unit_cost_plot",
            "inclusion_plot",
            "chart_legend",
        ):
            setattr(self, name, getattr(self.chart_part, name))
        for name in ("village_model", "villages", "village_note"):
            setattr(self, name, getattr(self.village_part, name))
        for name in ("map_choice", "map", "map_legend", "map_note"):
            setattr(self, name, getattr(self.map_part, name))

        self.xlsx_button = QPushButton(self.tr("Ekspor XLSX…"))
        self.xlsx_button.setToolTip(self.tr("Buku kerja berformat untuk bagian keuangan"))
        self.xlsx_button.clicked.connect(lambda: self.export_xlsx())
        self.csv_button = QPushButton(self.tr("Ekspor CSV…"))
        self.csv_button.setToolTip(self.tr("Satu berkas CSV per tabel"))
        self.csv_button.clicked.connect(lambda: self.export_csv())
        privacy = QLabel(self.tr("Data agregat; tidak memuat data pribadi."))
        privacy.setStyleSheet("color: palette(dark);")
        export_row = QHBoxLayout()
        export_row.addWidget(privacy, 1)
        export_row.addWidget(self.xlsx_button)
        export_row.addWidget(self.csv_button)

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(QLabel(self.tr("<b>Skenario dibandingkan</b> (2 sampai 5; yang pertama "
                                    "menjadi dasar)")))  # fmt: skip
        tl.addWidget(self.list)
        tl.addLayout(buttons)
        tl.addWidget(self.registers_check)
        tl.addWidget(self.status)
        tl.addWidget(self.job_strip)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 1)
        split.setSizes([150, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split, 1)
        layout.addLayout(export_row)

    def _build_summary_tab(self) -> QWidget:
        self.metrics = QTableWidget(0, 1)
        self.metrics.verticalHeader().hide()
        self.metrics.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.metrics.setWordWrap(False)
        self.metrics.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.metrics.verticalHeader().setDefaultSectionSize(22)
        return self.metrics

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(1000, 720)

    # --- the scenarios -----------------------------------------------------------

    @property
    def scenarios(self) -> list[Scenario]:
        return [e.scenario for e in self._entries]

    @property
    def comparison(self):
        """The comparison shown (a :class:`gis.plan.compare.Comparison`), or None."""
        return self._comparison

    @property
    def sheets(self):
        """The tables of the comparison (:func:`gis.plan.budget_export.comparison_sheets`)."""
        return self._sheets

    @property
    def error(self) -> str:
        return self._error

    @property
    def busy(self) -> bool:
        return self._timer.isActive() or (self._job is not None and not self._job.done)

    def _room(self) -> bool:
        if len(self._entries) < MAX_SCENARIOS:
            return True
        exc = CompareError("too many", code="scenario_count", count=len(self._entries) + 1)
        inform(self, self.tr("Perbandingan penuh"), describe(exc),
               informative=self.tr("Hapus satu skenario sebelum menambah."))  # fmt: skip
        return False

    def add_scenario(self, scenario: Scenario, source: str = "", note: str = "") -> bool:
        """Add a scenario (compared as it is now; a copy is kept)."""
        if not self._room():
            return False
        copy = Scenario.from_dict(scenario.to_dict())
        self._entries.append(_Entry(copy, source, note))
        self._show_entries()
        self._schedule()
        return True

    def add_current(self) -> bool:
        if self._current is None:
            return False
        sc = self._current()
        if sc is None:
            return False
        return self.add_scenario(sc, self.tr("skenario saat ini (salinan)"))

    def add_file(self, path: str | Path | None = None) -> bool:
        """Add a scenario file (asks for one when ``path`` is None); False if not added."""
        if path is None:
            path = files.ask_open_path(
                self,
                self.tr("Tambah skenario ke perbandingan"),
                self._folder,
                self.tr("Skenario Sasaran (*.skenario.json)"),
            )
            if not path:
                return False
        path = Path(path)
        self._folder = str(path.parent)
        note = ""
        try:
            sc = open_scenario(path, self.workspace.households)
        except ScenarioDataMismatch as exc:
            # compared on the data loaded now anyway: a note, not a question
            sc = exc.data["scenario"]
            note = self.tr("dihitung ulang pada data sekarang (berkas dibuat pada data lain)")
        except (SasaranError, OSError) as exc:
            text, detail = scenario_error_text(exc, path)
            inform(self, self.tr("Skenario tidak dapat dibuka"), text, detail=detail)
            return False
        return self.add_scenario(sc, path.name, note)

    def add_files(self, paths=None) -> int:
        """Add several scenario files (asks for them when ``paths`` is None); how many were added."""
        if paths is None:
            paths = ask_open_paths(
                self,
                self.tr("Tambah skenario ke perbandingan"),
                self._folder,
                self.tr("Skenario Sasaran (*.skenario.json)"),
            )
        added = 0
        for p in paths:
            if len(self._entries) >= MAX_SCENARIOS:
                self._room()
                break
            added += bool(self.add_file(p))
        return added

    def add_example(self, name: str) -> bool:
        """Add a shipped example ("Skenario A"...)."""
        paths = dict(example_scenarios())
        if name not in paths:
            return False
        return self.add_file(paths[name])

    def open_examples(self, names) -> None:
        """Compare exactly these examples (the list is replaced)."""
        self.clear()
        for n in names:
            self.add_example(n)

    def remove(self, index: int) -> None:
        if 0 <= index < len(self._entries):
            del self._entries[index]
            self._show_entries()
            self._schedule()

    def _remove_selected(self) -> None:
        self.remove(self.list.currentRow())

    def _make_base(self) -> None:
        i = self.list.currentRow()
        if i > 0:
            self._entries.insert(0, self._entries.pop(i))
            self._show_entries()
            self.list.setCurrentRow(0)
            self._schedule()

    def clear(self) -> None:
        self._entries = []
        self._show_entries()
        self._schedule()

    def _show_entries(self) -> None:
        self.list.clear()
        for i, e in enumerate(self._entries):
            mark = self.tr(" — dasar") if i == 0 else ""
            text = f"{i + 1}. {e.scenario.name}{mark}"
            if e.source:
                text += f"  ({e.source})"
            item = QListWidgetItem(text)
            item.setForeground(QColor(SCENARIO_COLORS[i % len(SCENARIO_COLORS)]))
            if e.note:
                item.setToolTip(e.note)
                item.setText(text + " *")
            self.list.addItem(item)
        n = len(self._entries)
        self.base_button.setEnabled(n > 1)
        self.remove_button.setEnabled(n > 0)
        for b in (self.add_file_button, self.add_current_button, self.examples_button):
            b.setEnabled(
                n < MAX_SCENARIOS and (b is not self.add_current_button or bool(self._current))
            )

    # --- comparing ---------------------------------------------------------------

    def _schedule(self) -> None:
        self._timer.start()

    def set_other_register(self, table, label: str = "") -> None:
        """An earlier snapshot of the register (None: none) to evaluate the first scenario on."""
        self._other = None if table is None else (table, label or self.tr("register pembanding"))
        if self._other is None:
            self.registers_check.setChecked(False)
        else:
            self.registers_check.setText(
                self.tr("Skenario pertama pada dua register: sekarang dan {name}").format(
                    name=self._other[1]
                )
            )
        self.registers_check.setVisible(self._other is not None)
        self._schedule()

    def on_registers(self) -> bool:
        """True while the first scenario is compared across two registers."""
        return self._other is not None and self.registers_check.isChecked()

    def _on_data(self, _data=None) -> None:
        self._schedule()

    def _names(self) -> list[Scenario]:
        """Copies of the scenarios with distinct names (the names head the columns)."""
        out = []
        seen: dict[str, int] = {}
        for e in self._entries:
            sc = Scenario.from_dict(e.scenario.to_dict())
            base = sc.name or self.tr("Tanpa nama")
            seen[base] = seen.get(base, 0) + 1
            sc.name = base if seen[base] == 1 else f"{base} ({seen[base]})"
            out.append(sc)
        return out

    def compare(self) -> None:
        """Evaluate and compare the scenarios now (on the worker pool)."""
        self._timer.stop()
        self._generation += 1
        if self._job is not None and not self._job.done:
            self._job.cancel()
        self._job = None
        table = self.workspace.households
        n = len(self._entries)
        if table is not None and n >= 1 and self.on_registers():
            other, label = self._other
            registers = [(self.tr("register sekarang"), table), (label, other)]
            job = run_job(
                registers_job, registers, self._generation, self._names()[0],
                psks=self.workspace.psks,
            )  # fmt: skip
            self._watch(job)
            return
        if table is None or not MIN_SCENARIOS <= n <= MAX_SCENARIOS:
            self._comparison = None
            self._sheets = None
            if table is None:
                self._error = self.tr("Belum ada data rumah tangga.")
            elif n < MIN_SCENARIOS:
                self._error = ""
            self._show()
            return
        job = run_job(compare_job, table, self._generation, self._names(), psks=self.workspace.psks)
        self._watch(job)

    def _watch(self, job) -> None:
        job.sig_finished.connect(self._on_finished)
        job.sig_failed.connect(self._on_failed)
        job.sig_cancelled.connect(self._on_cancelled)
        self._job = job
        self.job_strip.watch(job, self.tr("Membandingkan skenario…"))
        self.status.setText(self.tr("Menghitung perbandingan…"))

    def wait(self, timeout: float = 30.0) -> bool:
        if self._timer.isActive():
            self.compare()
        ok = self._job is None or self._job.wait(timeout)
        if self._export_job is not None:
            ok = self._export_job.wait(timeout) and ok
        return ok

    def _on_finished(self, result) -> None:
        generation, comp, sheets = result
        if generation != self._generation:
            return
        self._job = None
        self._error = ""
        self._comparison = comp
        self._sheets = sheets
        self._show()
        self.sig_compared.emit(comp)

    def _on_cancelled(self) -> None:
        if self._job is None or self.sender() is not self._job:
            return
        self._job = None
        self.status.setText(self.tr("Perbandingan dibatalkan."))

    def _on_failed(self, exc) -> None:
        if self._job is None or self._job.error is not exc:
            return
        self._job = None
        self._comparison = None
        self._sheets = None
        text, detail = scenario_error_text(exc)
        self._error = text + (f" ({detail})" if detail else "")
        self._show()

    # --- showing -----------------------------------------------------------------

    def _show(self) -> None:
        comp = self._comparison
        ready = comp is not None
        self.xlsx_button.setEnabled(ready)
        self.csv_button.setEnabled(ready)
        n = len(self._entries)
        if self._error:
            self.status.setText(f"<span style='color:#c53030'>{self._error}</span>")
        elif ready and self.on_registers():
            self.status.setText(
                self.tr("Skenario {name} dihitung pada register sekarang dan pada {other}.").format(
                    name=self._entries[0].scenario.name, other=self._other[1]
                )
            )
        elif n < MIN_SCENARIOS:
            self.status.setText(
                self.tr("Tambahkan {k} skenario lagi: berkas, skenario saat ini, atau Contoh.")
                .format(k=MIN_SCENARIOS - n)
            )  # fmt: skip
        elif ready:
            stale = [e.scenario.name for e in self._entries if e.note]
            text = self.tr("Semua skenario dihitung pada data yang dibuka sekarang.")
            if stale:
                text += " " + self.tr("* dibuat pada data lain: {names}.").format(
                    names=", ".join(stale)
                )
            self.status.setText(text)
        self._show_metrics()
        self.chart_part.show_comparison(comp)
        self.village_part.show_comparison(comp)
        self.map_part.show_comparison(comp)

    def _show_metrics(self) -> None:
        m = self.metrics
        m.setRowCount(0)
        if self._sheets is None:
            m.setColumnCount(1)
            m.setHorizontalHeaderLabels([self.tr("Indikator")])
            return
        sheet = self._sheets[0]
        m.setColumnCount(len(sheet.columns))
        m.setHorizontalHeaderLabels(
            [gis_text(sheet.columns[0][0])] + [n for n, _ in sheet.columns[1:]]
        )
        for c in range(1, len(sheet.columns)):
            m.horizontalHeaderItem(c).setForeground(
                QColor(SCENARIO_COLORS[(c - 1) % len(SCENARIO_COLORS)])
            )
        m.setRowCount(len(sheet.rows))
        for r, row in enumerate(sheet.rows):
            label = QTableWidgetItem(gis_text(row[0]).replace("  ", "    "))
            if not row[0].startswith(" "):
                f = label.font()
                f.setBold(True)
                label.setFont(f)
            m.setItem(r, 0, label)
            values = row[1:]
            if row[0] == "Filter rumah tangga" and gis_lang() == "en" and self._comparison:
                table = self.workspace.households  # the filter in the interface's language
                values = [
                    describe_filter(sc.filter, table, lang="en")
                    for sc in self._comparison.scenarios
                ]
            for c, value in enumerate(values, start=1):
                m.setItem(r, c, _Num(cell_text(value, sheet.kind(r, c)), None))

    def metric_text(self, label: str, column: int) -> str:
        """The shown text of indicator ``label`` for scenario ``column`` (0-based)."""
        for r in range(self.metrics.rowCount()):
            if self.metrics.item(r, 0).text().strip() == label.strip():
                return self.metrics.item(r, column + 1).text()
        raise KeyError(label)

    def map_status(self) -> np.ndarray | None:
        """Per village "naik" / "turun" / "tetap" for the scenario chosen on the map."""
        return self.map_part.map_status()

    # --- export ------------------------------------------------------------------

    def _data_ref(self):
        t = self.workspace.households
        return DataRef.of(t) if t is not None else None

    def export_xlsx(self, path: str | Path | None = None) -> bool:
        """Write the comparison to a formatted workbook (asks for a file and before replacing)."""
        return self._export("xlsx", path)

    def export_csv(self, path: str | Path | None = None) -> bool:
        """Write each table of the comparison to CSV (the first at ``path``, the others beside it)."""
        return self._export("csv", path)

    def _export(self, kind: str, path) -> bool:
        comp = self._comparison
        if comp is None:
            return False
        if path is None:
            title = (
                self.tr("Ekspor perbandingan ke XLSX")
                if kind == "xlsx"
                else self.tr("Ekspor perbandingan ke CSV")
            )
            filters = (
                self.tr("Buku kerja Excel (*.xlsx)") if kind == "xlsx" else self.tr("CSV (*.csv)")
            )
            suggested = str(Path(self._folder or "") / f"perbandingan_skenario.{kind}")
            path = files.ask_save_path(self, title, suggested, filters)
            if not path:
                return False
        path = Path(path)
        if not path.suffix:
            path = path.with_suffix(f".{kind}")
        targets = [path] if kind == "xlsx" else csv_paths(self._sheets, path)
        existing = [p for p in targets if p.exists()]
        overwrite = False
        if existing:
            if not files.confirm_overwrite(self, ", ".join(p.name for p in existing)):
                return False
            overwrite = True
        self._folder = str(path.parent)
        kwargs = {"xlsx": path} if kind == "xlsx" else {"csv_path": path}
        job = run_job(export_comparison, comp, data=self._data_ref(), overwrite=overwrite, **kwargs)
        job.sig_finished.connect(self._on_exported)
        job.sig_failed.connect(self._on_export_failed)
        self._export_job = job
        self.job_strip.watch(job, self.tr("Menulis {name}…").format(name=path.name))
        return True

    def _on_exported(self, written) -> None:
        names = ", ".join(Path(p).name for p in written)
        self.sig_message.emit(self.tr("Perbandingan diekspor: {names}").format(names=names))
        self.status.setText(self.tr("Tersimpan: {names}").format(names=_html(names)))

    def _on_export_failed(self, exc) -> None:
        text, detail = scenario_error_text(exc)
        inform(self, self.tr("Ekspor gagal"), text, detail=detail)


def _html(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _main() -> int:
    from widgets.base.demo import run_example
    from widgets.scenario.scenario_common import indonesian_numbers

    indonesian_numbers()

    def make(workspace):
        view = ComparisonView(workspace)
        examples = example_scenarios()
        for _name, path in examples[:2]:
            sc = open_scenario(path, workspace.households, accept_data_mismatch=True)
            view.add_scenario(sc, path.name)
        return view

    return run_example(make, "Perbandingan skenario")


if __name__ == "__main__":
    raise SystemExit(_main())
