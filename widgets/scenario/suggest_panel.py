"""Suggest villages: where a budget reaches the most target households.

A planner with a budget and a target group (by default the desil 1-2
households that receive nothing yet) asks for a first draft: which whole
villages, delivering the chosen programs, reach the most of the target per
Rupiah. Villages can be locked in (always taken) or out (never taken). The
chart shows how many target households the pick reaches as the budget
moves, and the panel says plainly that the pick is not nested: a larger
budget can choose different villages, not just more of them.

The work is :func:`gis.plan.suggest.suggest_range`, run on the worker pool; the
proposed villages leave the panel only as a list of village codes
(:attr:`SuggestPanel.sig_villages_proposed`), which the main window turns
into a village-set zone through :class:`gis.model.edits.AddZone`.

The table's model (:mod:`widgets.scenario.suggest_proposals`) and the
budget chart (:mod:`widgets.scenario.suggest_chart`) are parts of their
own. Why this module is still over 500 lines: the inputs (budget, visit
cost, target, programs), the locks and the run on the pool are one
request; each input changes the same request and the locks are shown in
the words of the same villages, so splitting them would only pass that
request back and forth.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gis.model.filters import HouseholdFilter
from gis.model.workspace import Workspace
from gis.model.zones import Zone
from gis.plan.money import check_rupiah
from gis.plan.programs import ProgramTable, default_programs
from gis.plan.suggest import DEFAULT_TARGET, DEFAULT_VISIT_COST, suggest_range
from widgets.base.fmt import num
from widgets.base.money_edit import MoneyEdit
from widgets.base.worker import run_job
from widgets.scenario.scenario_common import (
    JobStrip,
    Links,
    program_label,
    rupiah_short,
    share,
    tr,
)
from widgets.scenario.suggest_chart import BudgetRangeChart
from widgets.scenario.suggest_proposals import ProposalModel

#: budgets tried for the chart, as multiples of the chosen budget
RANGE_FACTORS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0)
DEFAULT_PROGRAMS = ("PKH", "SEMBAKO", "PBI")
#: the budget offered before the planner types one (Rupiah per year)
DEFAULT_BUDGET = 10_000_000_000
NOT_NESTED_NOTE = QT_TRANSLATE_NOOP(
    "",
    "Pilihan desa tidak bertingkat: anggaran lebih besar bisa memilih desa yang berbeda.",
)


def target_presets() -> dict[str, tuple[str, HouseholdFilter]]:
    """Target groups offered: key -> (label, filter)."""
    return {
        "d12_nothing": (tr("Desil 1-2 belum menerima bantuan apa pun"), DEFAULT_TARGET),
        "d1_nothing": (
            tr("Desil 1 belum menerima bantuan apa pun"),
            HouseholdFilter(desil=(1,), lacks_all=("*",)),
        ),
        "d14_nothing": (
            tr("Desil 1-4 belum menerima bantuan apa pun"),
            HouseholdFilter(desil=(1, 2, 3, 4), lacks_all=("*",)),
        ),
        "d12": (tr("Semua desil 1-2"), HouseholdFilter(desil=(1, 2))),
        "d14": (tr("Semua desil 1-4"), HouseholdFilter(desil=(1, 2, 3, 4))),
    }


def proposal_zone(workspace: Workspace, codes, name: str | None = None) -> Zone:
    """A village-set zone of ``codes`` with a fresh id (for :class:`gis.model.edits.AddZone`)."""
    return Zone(workspace.new_zone_id(), name or tr("Usulan desa"), villages=tuple(codes))


def suggest_job(table, generation: int, budgets, programs, program_table, **kwargs):
    """:func:`gis.plan.suggest.suggest_range`, tagged with the request it answers."""
    return generation, suggest_range(table, budgets, programs, program_table, **kwargs)


class SuggestPanel(QWidget):
    """Budget and target in, proposed villages out.

    Parameters
    ----------
    workspace
        Households, villages and the current filter (suggestions reach only
        households that pass it, as the scenario does).
    scenario
        The scenario whose program table and eligibility rules are used
        (:meth:`set_scenario` when it is replaced); None uses the default
        program table and rules.

    Signals
    -------
    sig_villages_proposed(list)
        Village codes the planner wants as a zone ("Jadikan zona").
    sig_suggested(object)
        A new :class:`gis.plan.suggest.SuggestRange` is shown.
    """

    sig_villages_proposed = Signal(list)
    sig_suggested = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        scenario=None,
        parent: QWidget | None = None,
        *,
        debounce_ms: int = 300,
    ):
        super().__init__(parent)
        self.workspace = workspace
        self._scenario = None
        self._own_programs: ProgramTable | None = None
        self.locked_in: list[str] = []
        self.locked_out: list[str] = []
        self._generation = 0
        self._job = None
        self._range = None
        self._error = ""
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.run)
        self._links = Links(self)
        self._links.connect(workspace.sig_data_changed, self._on_data)
        self._links.connect(workspace.sig_filter_changed, self._schedule_slot)
        self.set_scenario(scenario)
        self._on_data()

    # --- building ----------------------------------------------------------------

    def _build(self) -> None:
        self.budget = MoneyEdit(allow_zero=False)
        self.budget.set_value(DEFAULT_BUDGET)
        self.budget.edit.setToolTip(
            self.tr(
                "Anggaran per tahun dalam Rupiah: 10 miliar, 2,5 M, 10.000.000.000 atau "
                "10000 juta. Yang terbaca tampil di sampingnya."
            )
        )
        self.budget.sig_value_changed.connect(lambda *_: self._schedule())
        self.visit_cost = MoneyEdit()
        self.visit_cost.set_value(DEFAULT_VISIT_COST)
        self.visit_cost.edit.setToolTip(
            self.tr(
                "Biaya tetap setiap desa yang dikunjungi (verifikasi, sosialisasi, perjalanan "
                "tim), dibayar dari anggaran yang sama dan dihitung dalam peringkat. Bawaan "
                "Rp 5 juta adalah asumsi perencanaan: ganti dengan angka daerah. Isi 0 untuk "
                "biaya program saja."
            )
        )
        self.visit_cost.sig_value_changed.connect(lambda *_: self._schedule())
        self.min_target = QSpinBox()
        self.min_target.setRange(1, 100_000)
        self.min_target.setValue(1)
        self.min_target.setSuffix(self.tr(" RT sasaran"))
        self.min_target.setToolTip(
            self.tr("Desa dengan RT sasaran lebih sedikit dari ini tidak diusulkan")
        )
        self.min_target.valueChanged.connect(lambda *_: self._schedule())
        self.target = QComboBox()
        for key, (label, _flt) in target_presets().items():
            self.target.addItem(label, key)
        self.target.currentIndexChanged.connect(lambda *_: self._schedule())
        self.programs_box = QWidget()
        self.programs_grid = QGridLayout(self.programs_box)
        self.programs_grid.setContentsMargins(0, 0, 0, 0)
        self._program_checks: dict[str, QCheckBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("Anggaran"), self.budget)
        form.addRow(self.tr("Biaya per desa"), self.visit_cost)
        form.addRow(self.tr("Desa minimal"), self.min_target)
        form.addRow(self.tr("Sasaran"), self.target)
        form.addRow(self.tr("Program"), self.programs_box)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLabel(tr(NOT_NESTED_NOTE))
        self.note.setWordWrap(True)
        self.note.setObjectName("not_nested_note")
        self.note.setStyleSheet(
            "background: #fffaf0; border: 1px solid #dd6b20; padding: 4px; color: #7b341e;"
        )

        self.job_strip = JobStrip(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_table_tab(), self.tr("Desa usulan"))
        self.tabs.addTab(self._build_chart(), self.tr("Anggaran vs jangkauan"))
        self.tabs.addTab(self._build_locks_tab(), self.tr("Kunci"))

        self.zone_button = QPushButton(self.tr("Jadikan zona"))
        self.zone_button.setToolTip(
            self.tr("Desa usulan menjadi satu zona (himpunan desa) yang dapat diurungkan")
        )
        self.zone_button.clicked.connect(self.propose_zone)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.job_strip)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.zone_button)

    def _build_table_tab(self) -> QWidget:
        w = QWidget()
        self.model = ProposalModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setResizeContentsPrecision(60)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        lock_in = QPushButton(self.tr("Kunci masuk"))
        lock_in.setToolTip(self.tr("Desa terpilih selalu diambil, berapa pun rasionya"))
        lock_in.clicked.connect(lambda: self.lock_in(self.selected_codes()))
        lock_out = QPushButton(self.tr("Kunci keluar"))
        lock_out.setToolTip(self.tr("Desa terpilih tidak pernah diusulkan"))
        lock_out.clicked.connect(lambda: self.lock_out(self.selected_codes()))
        row = QHBoxLayout()
        row.addWidget(lock_in)
        row.addWidget(lock_out)
        row.addStretch(1)
        layout = QVBoxLayout(w)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        return w

    def _build_chart(self) -> QWidget:
        self.chart = BudgetRangeChart()
        for name in ("plot", "curve", "dropped_points", "budget_line", "chart_note"):
            setattr(self, name, getattr(self.chart, name))
        return self.chart

    def _build_locks_tab(self) -> QWidget:
        w = QWidget()
        self.village_search = QLineEdit()
        self.village_search.setPlaceholderText(self.tr("Cari desa untuk dikunci…"))
        self._completer_model = QStringListModel(self)
        completer = QCompleter(self._completer_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.village_search.setCompleter(completer)
        search_in = QPushButton(self.tr("Kunci masuk"))
        search_in.clicked.connect(lambda: self.lock_in(self._searched()))
        search_out = QPushButton(self.tr("Kunci keluar"))
        search_out.clicked.connect(lambda: self.lock_out(self._searched()))
        self.locks = QListWidget()
        self.locks.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        unlock = QPushButton(self.tr("Lepas kunci"))
        unlock.clicked.connect(
            lambda: self.unlock([i.data(Qt.ItemDataRole.UserRole) for i in self.locks.selectedItems()])
        )  # fmt: skip
        unlock_all = QPushButton(self.tr("Lepas semua"))
        unlock_all.clicked.connect(lambda: self.unlock(self.locked_in + self.locked_out))
        srow = QHBoxLayout()
        srow.addWidget(search_in)
        srow.addWidget(search_out)
        srow.addStretch(1)
        urow = QHBoxLayout()
        urow.addWidget(unlock)
        urow.addWidget(unlock_all)
        urow.addStretch(1)
        hint = QLabel(
            self.tr(
                "Desa dikunci masuk selalu diambil lebih dulu; desa dikunci keluar tidak "
                "pernah diusulkan."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(dark);")
        layout = QVBoxLayout(w)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.village_search)
        layout.addLayout(srow)
        layout.addWidget(self.locks, 1)
        layout.addLayout(urow)
        layout.addWidget(hint)
        return w

    # --- inputs ------------------------------------------------------------------

    @property
    def programs_table(self) -> ProgramTable:
        if self._scenario is not None:
            return self._scenario.programs
        if self._own_programs is None:
            self._own_programs = default_programs()
        return self._own_programs

    def set_scenario(self, scenario) -> None:
        """Use ``scenario``'s program table and eligibility rules (None: the defaults)."""
        old = self._scenario
        if old is not None:
            for sig, slot in (
                (old.programs.changed, self._on_programs_changed),
                (old.events.programs, self._on_programs_replaced),
                (old.events.rules, self._schedule_slot),
            ):
                self._links.disconnect(sig, slot)
        self._scenario = scenario
        if scenario is not None:
            self._links.connect(scenario.programs.changed, self._on_programs_changed)
            self._links.connect(scenario.events.programs, self._on_programs_replaced)
            self._links.connect(scenario.events.rules, self._schedule_slot)
            if scenario.budget_cap:
                self.budget.set_value(scenario.budget_cap)
        self._show_program_boxes()
        self._schedule()

    def _schedule_slot(self, *_args) -> None:
        self._schedule()

    def _on_programs_replaced(self, new, old=None) -> None:
        if old is not None:
            self._links.disconnect(old.changed, self._on_programs_changed)
        self._links.connect(new.changed, self._on_programs_changed)
        self._on_programs_changed()

    def _on_programs_changed(self) -> None:
        self._show_program_boxes()
        self._schedule()

    def _show_program_boxes(self) -> None:
        table = self.programs_table
        chosen = {k for k, b in self._program_checks.items() if b.isChecked()}
        if not self._program_checks:
            chosen = set(DEFAULT_PROGRAMS)
        if list(self._program_checks) != list(table.keys):
            for b in self._program_checks.values():
                self.programs_grid.removeWidget(b)
                b.deleteLater()
            self._program_checks = {}
            for i, k in enumerate(table.keys):
                b = QCheckBox(program_label(table, k))
                b.setToolTip(table.get(k).name)
                b.setChecked(k in chosen)
                b.toggled.connect(lambda *_: self._schedule())
                self.programs_grid.addWidget(b, i // 3, i % 3)
                self._program_checks[k] = b

    def programs(self) -> tuple[str, ...]:
        """Program keys the suggested villages would deliver."""
        return tuple(k for k, b in self._program_checks.items() if b.isChecked())

    def set_programs(self, keys) -> None:
        for k, b in self._program_checks.items():
            b.blockSignals(True)
            b.setChecked(k in keys)
            b.blockSignals(False)
        self._schedule()

    def set_budget(self, rupiah_per_year: int) -> None:
        self.budget.set_value(check_rupiah(rupiah_per_year))
        self._schedule()

    def budget_rupiah(self) -> int:
        return int(self.budget.value() or 0)

    def set_visit_cost(self, rupiah: int) -> None:
        """Fixed Rupiah per village visit (0: rank by programme cost alone)."""
        self.visit_cost.set_value(check_rupiah(rupiah))
        self._schedule()

    def visit_cost_rupiah(self) -> int:
        return int(self.visit_cost.value() or 0)

    def set_target(self, key: str) -> None:
        self.target.setCurrentIndex(max(0, self.target.findData(key)))

    def target_filter(self) -> HouseholdFilter:
        return target_presets()[self.target.currentData()][1]

    def _on_data(self, *_args) -> None:
        v = self.workspace.villages
        if v is None:
            self._completer_model.setStringList([])
        else:
            kec = v.kec_names[v.kec_index] if len(v) else []
            self._completer_model.setStringList(
                [f"{n} — {k} ({c})" for n, k, c in zip(v.names, kec, v.codes)]
            )
        self._schedule()

    def _searched(self) -> list[str]:
        text = self.village_search.text()
        if "(" in text and text.endswith(")"):
            return [text[text.rfind("(") + 1 : -1]]
        v = self.workspace.villages
        if v is None:
            return []
        hits = [str(c) for c, n in zip(v.codes, v.names) if str(n).lower() == text.strip().lower()]
        return hits[:1]

    # --- locks -------------------------------------------------------------------

    def selected_codes(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.code(r) for r in rows]

    def lock_in(self, codes) -> None:
        codes = [str(c) for c in codes]
        self.locked_out = [c for c in self.locked_out if c not in codes]
        self.locked_in += [c for c in codes if c not in self.locked_in]
        self._show_locks()
        self._schedule()

    def lock_out(self, codes) -> None:
        codes = [str(c) for c in codes]
        self.locked_in = [c for c in self.locked_in if c not in codes]
        self.locked_out += [c for c in codes if c not in self.locked_out]
        self._show_locks()
        self._schedule()

    def unlock(self, codes) -> None:
        codes = {str(c) for c in codes}
        self.locked_in = [c for c in self.locked_in if c not in codes]
        self.locked_out = [c for c in self.locked_out if c not in codes]
        self._show_locks()
        self._schedule()

    def _village_label(self, code: str) -> str:
        v = self.workspace.villages
        if v is None:
            return code
        i = int(v.lookup([code])[0])
        if i < 0:
            return code
        return f"{v.names[i]} ({v.kec_names[v.kec_index[i]]})"

    def _show_locks(self) -> None:
        self.locks.clear()
        for code in self.locked_in:
            item = QListWidgetItem(self.tr("masuk: {v}").format(v=self._village_label(code)))
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.locks.addItem(item)
        for code in self.locked_out:
            item = QListWidgetItem(self.tr("keluar: {v}").format(v=self._village_label(code)))
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.locks.addItem(item)
        n = len(self.locked_in) + len(self.locked_out)
        self.tabs.setTabText(2, self.tr("Kunci ({n})").format(n=n) if n else self.tr("Kunci"))

    # --- running -----------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._timer.isActive() or (self._job is not None and not self._job.done)

    @property
    def result(self):
        """The last :class:`gis.plan.suggest.SuggestRange` shown (None before the first)."""
        return self._range

    @property
    def suggestion(self):
        """The pick for the chosen budget (a :class:`gis.plan.suggest.Suggestion`), or None."""
        if self._range is None:
            return None
        b = self.budget_rupiah()
        for p in self._range.picks:
            if p.budget == b:
                return p
        return None

    @property
    def error(self) -> str:
        return self._error

    def _schedule(self) -> None:
        self._timer.start()

    def budgets(self) -> list[int]:
        b = self.budget_rupiah()
        return sorted({max(1, int(round(b * f))) for f in RANGE_FACTORS})

    def run(self) -> None:
        """Suggest now (on the worker pool) for the budget and its range."""
        self._timer.stop()
        self._generation += 1
        if self._job is not None and not self._job.done:
            self._job.cancel()
        self._job = None
        table = self.workspace.households
        programs = self.programs()
        if table is None or not programs:
            self._range = None
            self._error = (
                self.tr("Belum ada data rumah tangga.")
                if table is None
                else self.tr("Pilih paling sedikit satu program.")
            )
            self._show()
            return
        sc = self._scenario
        job = run_job(
            suggest_job,
            table,
            self._generation,
            self.budgets(),
            programs,
            self.programs_table.copy(),
            target=self.target_filter(),
            rules=dict(sc.rules) if sc is not None else None,
            household_filter=self.workspace.filter,
            locked_in=tuple(self.locked_in),
            locked_out=tuple(self.locked_out),
            visit_cost=self.visit_cost_rupiah(),
            min_target=self.min_target.value(),
        )
        job.sig_finished.connect(self._on_finished)
        job.sig_failed.connect(self._on_failed)
        job.sig_cancelled.connect(self._on_cancelled)
        self._job = job
        self.job_strip.watch(job, self.tr("Mengusulkan desa…"))
        self.summary.setText(self.tr("Menghitung usulan…"))

    def wait(self, timeout: float = 30.0) -> bool:
        if self._timer.isActive():
            self.run()
        return self._job is None or self._job.wait(timeout)

    def _on_finished(self, result) -> None:
        generation, rng = result
        if generation != self._generation:
            return
        self._job = None
        self._error = ""
        self._range = rng
        self._show()
        self.sig_suggested.emit(rng)

    def _on_cancelled(self) -> None:
        if self._job is None or self.sender() is not self._job:
            return
        self._job = None
        self.summary.setText(
            self.tr("Usulan dibatalkan. Ubah anggaran atau sasaran untuk mencoba lagi.")
        )

    def _on_failed(self, exc) -> None:
        if self._job is None or self._job.error is not exc:
            return
        from widgets.scenario.scenario_common import scenario_error_text

        self._job = None
        self._range = None
        text, detail = scenario_error_text(exc)
        self._error = text + (f" ({detail})" if detail else "")
        self._show()

    # --- showing -----------------------------------------------------------------

    def _show(self) -> None:
        pick = self.suggestion
        self.zone_button.setEnabled(pick is not None and len(pick.villages) > 0)
        self.model.set_pick(pick, self.workspace.villages)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.resizeColumnsToContents()
        if pick is None:
            self.summary.setText(
                f"<span style='color:#c53030'>{self._error}</span>" if self._error else ""
            )
            self.chart.show_range(self._range, self.budget_rupiah())
            return
        parts = [
            self.tr("<b>{n}</b> desa · <b>{t}</b> RT sasaran terjangkau ({c} dari semua RT "
                    "sasaran) · biaya {cost} dari {budget}").format(
                n=num(len(pick.villages)),
                t=num(pick.total_target),
                c=share(pick.coverage),
                cost=rupiah_short(pick.total_cost),
                budget=rupiah_short(pick.budget),
            )
        ]  # fmt: skip
        if pick.visit_cost and len(pick.villages):
            parts.append(
                self.tr("termasuk kunjungan {n} desa × {visit}; desa diurutkan menurut RT "
                        "sasaran per Rupiah (biaya program + kunjungan)").format(
                    n=num(len(pick.villages)), visit=rupiah_short(pick.visit_cost)
                )
            )  # fmt: skip
        if pick.over_budget:
            parts.append(
                "<span style='color:#c53030'>"
                + self.tr("Desa yang dikunci masuk saja sudah melebihi anggaran.")
                + "</span>"
            )
        self.summary.setText("<br>".join(parts))
        self.chart.show_range(self._range, self.budget_rupiah())

    # --- out ---------------------------------------------------------------------

    def proposed_codes(self) -> list[str]:
        pick = self.suggestion
        return list(pick.codes) if pick is not None else []

    def propose_zone(self) -> None:
        """Emit the proposed villages (the main window makes the zone)."""
        codes = self.proposed_codes()
        if codes:
            self.sig_villages_proposed.emit(codes)


def _main() -> int:
    from gis.model.edits import AddZone
    from widgets.base.demo import run_example
    from widgets.scenario.scenario_common import indonesian_numbers

    indonesian_numbers()

    def make(workspace):
        panel = SuggestPanel(workspace)
        panel.sig_villages_proposed.connect(
            lambda codes: AddZone(proposal_zone(workspace, codes)).apply(workspace)
        )
        panel.setMinimumWidth(400)
        return panel

    return run_example(make, "Usulan desa")


if __name__ == "__main__":
    raise SystemExit(_main())
