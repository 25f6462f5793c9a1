"""The scenario of the session: programs per zone, who is eligible, the budget meter.

Step 4 of the planner's work. The zones are the workspace's (drawn or
picked in step 3); this panel says which programs each zone delivers, who
is eligible for each program (default: desil 1-4 not yet receiving it),
the yearly budget cap and the priority rule used when the cap binds. The
budget meter follows every change of zones, filter, programs or cap: a
short pause after the last edit, then the allocation runs on the worker
pool and the meter, the per-zone figures and the list of households cut by
the cap are refreshed on the GUI thread. The cut list shows no names or
NIK.

The panel is thin: it composes its parts and observes the models. It
observes one :class:`gis.plan.scenario.Scenario` (psygnal events) and the
:class:`gis.model.workspace.Workspace`, keeps no copy of either, runs the
evaluation and tells each part what to show. The parts, each usable alone:

* :class:`~widgets.scenario.scenario_files.ScenarioFiles`: open, save,
  save as (corrupt, newer-version and other-data files get a worded
  message and are never written), the unsaved-changes question
  (:meth:`ScenarioPanel.maybe_save`, for the main window's close),
  autosave copies and the offer to recover them after a crash
  (:meth:`ScenarioPanel.offer_recovery`);
* :class:`~widgets.scenario.budget_meter.BudgetView`: the cap and the meter;
* :class:`~widgets.scenario.zone_programs.ZoneProgramsEditor`: programs per zone;
* :class:`~widgets.scenario.eligibility_editor.EligibilityEditor`: who is
  eligible, and the priority order;
* :class:`~widgets.scenario.cut_list.CutList`: the households the cap cuts.

The widgets tests and the main window reach (``cap_edit``, ``meter``,
``rules_table``...) stay attributes of the panel: they are the parts'.

Why this module is over 500 lines: about a fifth of it is the public
surface the main window, the output page and the tests use (properties
and one-line methods handing on to the parts), and the rest is what only
the panel can do: keep the scenario's zones and filter in step with the
workspace's, route each scenario event to the part that shows it, and
put the evaluator's results in the meter, the zone table and the cut list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gis.model.edits import SetBudgetCap
from gis.model.filter_text import describe_filter
from gis.model.workspace import Workspace
from gis.plan.money import check_rupiah
from gis.plan.scenario import Scenario, open_scenario
from widgets.base.fmt import num
from widgets.base.gis_text import gis_lang
from widgets.scenario.budget_meter import BudgetMeter, BudgetView
from widgets.scenario.cut_list import CutList, CutListModel, cut_reason
from widgets.scenario.eligibility_editor import (
    EligibilityEditor,
    desil_text,
    parse_codes,
    parse_desil,
    priority_label,
)
from widgets.scenario.plan_evaluator import PlanEvaluator
from widgets.scenario.scenario_common import JobStrip, Links, example_scenarios
from widgets.scenario.scenario_files import ScenarioFiles, default_recovery_folder
from widgets.scenario.scenario_notes import ScenarioNotes
from widgets.scenario.zone_programs import ZoneProgramsEditor

__all__ = [
    "DEFAULT_ZONE_PROGRAMS",
    "BudgetMeter",
    "CutListModel",
    "ScenarioPanel",
    "cut_reason",
    "default_recovery_folder",
    "desil_text",
    "parse_codes",
    "parse_desil",
    "priority_label",
]

#: programs a newly drawn zone delivers until the planner changes them
DEFAULT_ZONE_PROGRAMS = ("PKH", "SEMBAKO", "PBI")
#: fields of the scenario whose change needs a new allocation
_EVAL_FIELDS = {
    "zones",
    "zone_programs",
    "rules",
    "programs",
    "budget_cap",
    "priority",
    "filter",
}


class ScenarioPanel(QWidget):
    """Scenario editor with the live budget meter, for step 4 of the main window.

    Parameters
    ----------
    workspace
        The session's workspace (zones, filter and data come from it).
    undo
        The workspace's undo stack (cleared when a scenario file is opened,
        because opening replaces the zones like opening a document).
    recovery_folder
        Where autosave copies go (default :func:`default_recovery_folder`).
    autosave_minutes
        Minutes between autosaves of unsaved changes (0 turns it off).
    debounce_ms
        Pause after the last edit before the meter is recomputed.

    Signals
    -------
    sig_scenario_replaced(Scenario)
        A new scenario model is in use (new, opened, recovered).
    sig_evaluated(Allocation)
        The meter was recomputed; the allocation of the current plan.
    sig_dirty_changed(bool)
        The scenario has (True) or no longer has unsaved changes.
    sig_file_changed(str)
        The scenario's file ("" when not saved yet).
    sig_message(str)
        A one-line note for the status bar (saved, opened, autosaved...).
    """

    sig_scenario_replaced = Signal(object)
    sig_evaluated = Signal(object)
    sig_dirty_changed = Signal(bool)
    sig_file_changed = Signal(str)
    sig_message = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        undo=None,
        parent: QWidget | None = None,
        *,
        recovery_folder: str | Path | None = None,
        autosave_minutes: float = 5,
        debounce_ms: int = 200,
        scenario: Scenario | None = None,
    ):
        super().__init__(parent)
        self.workspace = workspace
        self._undo = undo
        self._scenario: Scenario | None = None
        self._syncing = False
        self._removed_programs: dict[tuple[str, str], tuple[str, ...]] = {}

        self.files = ScenarioFiles(
            lambda: self.workspace.households,
            lambda sc, path, saved: self._adopt(sc, path=path, saved=saved, push=True),
            before_write=lambda: self.evaluator.ensure_results(),
            recovery_folder=recovery_folder,
            autosave_minutes=autosave_minutes,
        )
        self._build()

        self.evaluator = PlanEvaluator(workspace, lambda: self._scenario, debounce_ms, self)
        ev = self.evaluator
        ev.sig_refreshing.connect(self._on_refreshing)
        ev.sig_started.connect(self._on_started)
        ev.sig_evaluated.connect(self._on_evaluated)
        ev.sig_failed.connect(self._on_failed)
        ev.sig_no_data.connect(self._show_meter)
        ev.sig_cancelled.connect(self.budget.show_cancelled)
        self._dirty_timer = QTimer(self)
        self._dirty_timer.setSingleShot(True)
        self._dirty_timer.setInterval(0)
        self._dirty_timer.timeout.connect(self.files.update_dirty)

        self._links = Links(self)
        for signal, slot in (
            (workspace.sig_zones_changed, self._on_ws_zones),
            (workspace.sig_filter_changed, self._on_ws_filter),
            (workspace.sig_data_changed, self._on_ws_data),
            (workspace.sig_current_zone_changed, self._on_ws_current_zone),
        ):
            self._links.connect(signal, slot)

        if scenario is None:
            scenario = self._fresh_scenario()
            self._adopt(scenario, path=None, saved=True, push=False)
        else:
            self._adopt(scenario, path=None, saved=True, push=True)

    # --- building ----------------------------------------------------------------

    def _build(self) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Nama skenario"))
        self.name_edit.setToolTip(self.tr("Nama skenario (tampil di perbandingan dan ekspor)"))
        self.name_edit.textEdited.connect(self._name_edited)

        f = self.files
        f.sig_new.connect(lambda: self.new_scenario())
        f.sig_stale.connect(lambda stale: self._show_stale() if stale else self.stale_label.hide())
        f.sig_dirty_changed.connect(self.sig_dirty_changed)
        f.sig_file_changed.connect(self.sig_file_changed)
        f.sig_message.connect(self.sig_message)
        for name in ("action_new", "action_open", "action_save", "action_save_as"):
            setattr(self, name, getattr(f, name))
        self.examples_menu = f.examples_menu
        self.file_label = f.file_label
        self.action_programs = QAction(self.tr("Tabel biaya program…"), self)
        self.action_programs.triggered.connect(lambda: self.edit_programs())

        self.stale_label = QLabel()
        self.stale_label.setWordWrap(True)
        self.stale_label.setStyleSheet(
            "background: #fefcbf; border: 1px solid #d69e2e; padding: 4px; color: #5f370e;"
        )
        self.stale_label.hide()

        self.budget = BudgetView()
        self.budget.sig_cap_wanted.connect(self.set_budget_cap)
        self.cap_check = self.budget.cap_check
        self.cap_edit = self.budget.cap_edit
        self.meter = self.budget.meter
        self.meter_detail = self.budget.meter_detail
        self.job_strip = JobStrip(self)
        self.programs_button = QPushButton(self.tr("Tabel biaya program…"))
        self.programs_button.clicked.connect(lambda: self.edit_programs())

        self.zones_editor = ZoneProgramsEditor(self.workspace)
        self.zone_table = self.zones_editor.zone_table
        self.zone_total = self.zones_editor.zone_total
        self.apply_all_button = self.zones_editor.apply_all_button
        self.rules_editor = EligibilityEditor()
        self.rules_table = self.rules_editor.rules_table
        self.priority_list = self.rules_editor.priority_list
        self.filter_label = self.rules_editor.filter_label
        self.cut_list = CutList(self.workspace)
        self.cut_model = self.cut_list.cut_model
        self.cut_view = self.cut_list.cut_view
        self.cut_label = self.cut_list.cut_label
        self.notes = ScenarioNotes()
        self.author_edit = self.notes.author_edit
        self.notes_edit = self.notes.notes_edit
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.zones_editor, self.tr("Zona"))
        self.tabs.addTab(self.rules_editor, self.tr("Kelayakan"))
        self.tabs.addTab(self.cut_list, self.tr("Terpotong"))
        self.tabs.addTab(self.notes, self.tr("Catatan"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.files)
        layout.addWidget(self.stale_label)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: palette(mid);")
        layout.addWidget(line)
        layout.addWidget(self.budget)
        layout.addWidget(self.job_strip)
        layout.addWidget(self.programs_button)
        layout.addWidget(self.tabs, 1)

    # --- the model ---------------------------------------------------------------------

    @property
    def scenario(self) -> Scenario:
        """The scenario being edited (the model; edit it through its methods)."""
        return self._scenario

    @property
    def file_path(self) -> Path | None:
        return self.files.file_path

    @property
    def recovery_folder(self) -> Path:
        return self.files.recovery_folder

    @property
    def autosave_timer(self) -> QTimer:
        return self.files.autosave_timer

    @property
    def allocation(self):
        """Allocation of the current plan (None before the first evaluation or on error)."""
        return self.evaluator.allocation

    @property
    def cut(self) -> dict | None:
        return self.evaluator.cut

    @property
    def error(self) -> str:
        """Why the plan cannot be evaluated ("" when it can)."""
        return self.evaluator.error

    @property
    def busy(self) -> bool:
        """True while an evaluation is waiting or running."""
        return self.evaluator.busy

    @property
    def _program_checks(self) -> dict:
        return self.zones_editor._program_checks

    def is_dirty(self) -> bool:
        return self.files.is_dirty()

    def _fresh_scenario(self) -> Scenario:
        sc = Scenario(name=self.tr("Skenario baru"))
        sc.filter = self.workspace.filter
        zones = tuple(self.workspace.zones)
        sc.zones = zones
        sc.zone_programs = {z.zone_id: self._default_programs(sc) for z in zones}
        return sc

    def _default_programs(self, sc: Scenario) -> tuple[str, ...]:
        return tuple(k for k in DEFAULT_ZONE_PROGRAMS if k in sc.programs)

    def _adopt(self, sc: Scenario, path: Path | None, saved: bool, push: bool) -> None:
        old = self._scenario
        if old is not None:
            self._links.disconnect(old.events, self._on_scenario_event)
            self._links.disconnect(old.programs.changed, self._on_programs_changed)
        self._scenario = sc
        self._removed_programs = {}
        self.evaluator.forget()
        if push:
            self._push_to_workspace(sc)
        else:
            self._sync_from_workspace()
        self.zones_editor.set_scenario(sc)
        self.rules_editor.set_scenario(sc)
        self.notes.set_scenario(sc)
        self._links.connect(sc.events, self._on_scenario_event)
        self._links.connect(sc.programs.changed, self._on_programs_changed)
        self._show_all()
        # the file part: the old scenario's autosave copy goes, the file line follows
        self.files.track(sc, path, saved)
        self.sig_scenario_replaced.emit(sc)
        self._schedule()

    def _push_to_workspace(self, sc: Scenario) -> None:
        """Make the workspace show the scenario's zones and filter (opening replaces them)."""
        from gis.model.edits import AddZone, RemoveZone, SetFilter

        ws = self.workspace
        self._syncing = True
        try:
            for z in ws.zones:
                RemoveZone(z.zone_id).apply(ws)
            for z in sc.zones:
                AddZone(z).apply(ws)
            SetFilter(sc.filter).apply(ws)
        finally:
            self._syncing = False
        if self._undo is not None:
            self._undo.clear()

    def _sync_from_workspace(self) -> None:
        """Scenario zones and filter follow the workspace's (zones drawn in step 3)."""
        sc = self._scenario
        zones = tuple(self.workspace.zones)
        if sc.zones != zones:
            progs = {}
            for z in zones:
                if z.zone_id in sc.zone_programs:
                    progs[z.zone_id] = sc.zone_programs[z.zone_id]
                else:
                    progs[z.zone_id] = self._removed_programs.pop(
                        (z.zone_id, z.key()), self._default_programs(sc)
                    )
            for z in sc.zones:
                if z.zone_id not in progs and z.zone_id in sc.zone_programs:
                    # kept so that undoing the deletion brings the programs back too
                    self._removed_programs[(z.zone_id, z.key())] = sc.zone_programs[z.zone_id]
            sc.zones = zones
            if progs != sc.zone_programs:
                sc.zone_programs = progs
        if sc.filter != self.workspace.filter:
            sc.filter = self.workspace.filter

    # --- workspace events ----------------------------------------------------------

    def _on_ws_zones(self, _zones=None) -> None:
        if not self._syncing:
            self._sync_from_workspace()

    def _on_ws_filter(self, _flt=None) -> None:
        if not self._syncing:
            self._sync_from_workspace()

    def _on_ws_data(self, _data=None) -> None:
        self.evaluator.forget(data=True)
        self._schedule()

    # --- scenario events -----------------------------------------------------------

    def _on_scenario_event(self, info) -> None:
        name = info.signal.name
        if name in ("results", "data", "stale"):
            return
        if name == "programs":
            old = info.args[1] if len(info.args) > 1 else None
            if old is not None:
                self._links.disconnect(old.changed, self._on_programs_changed)
            self._links.connect(self._scenario.programs.changed, self._on_programs_changed)
        if name in _EVAL_FIELDS:
            self._schedule()
        self._show_fields(name)
        self._dirty_timer.start()

    def _on_programs_changed(self) -> None:
        self._schedule()
        self._show_fields("programs")
        self._dirty_timer.start()

    def _on_ws_current_zone(self, zone_id) -> None:
        self.zones_editor.select_zone(zone_id)

    # --- showing -----------------------------------------------------------------------

    def _show_all(self) -> None:
        for f in ("name", "author", "notes", "budget_cap", "zones", "rules", "priority"):
            self._show_fields(f)
        self.stale_label.setVisible(False)
        self._show_meter()

    def _show_fields(self, name: str) -> None:
        sc = self._scenario
        if name == "name" and self.name_edit.text() != sc.name:
            self.name_edit.setText(sc.name)
        elif name == "author":
            self.notes.show_author()
        elif name == "notes":
            self.notes.show_notes()
        elif name == "budget_cap":
            self.budget.show_cap(sc.budget_cap)
        elif name in ("zones", "zone_programs", "programs"):
            self._show_zones()
            self.zones_editor.show_program_boxes()
            self.rules_editor.show_rules()
        elif name == "rules":
            self.rules_editor.show_rules()
        elif name == "priority":
            self.rules_editor.show_priority()

    def _show_zones(self) -> None:
        self.zones_editor.set_allocation(self.evaluator.allocation)
        self.zones_editor.show_zones()

    # --- edits -------------------------------------------------------------------------

    def set_zone_programs(self, zone_id: str, keys) -> None:
        """The programs zone ``zone_id`` delivers (what ticking the boxes does)."""
        self._scenario.set_zone_programs(zone_id, tuple(keys))

    def apply_programs_to_all(self) -> None:
        self.zones_editor.apply_programs_to_all()

    def set_rule(self, key: str, rule) -> None:
        """Eligibility rule of program ``key`` (None or the default rule: back to default)."""
        self.rules_editor.set_rule(key, rule)

    def _move_priority(self, step: int) -> None:
        self.rules_editor.move_priority(step)

    def _flip_priority(self) -> None:
        self.rules_editor.flip_priority()

    def _name_edited(self, text: str) -> None:
        self._scenario.name = text

    def set_budget_cap(self, rupiah_per_year: int | None) -> None:
        """The yearly budget cap in Rupiah (None: no cap), undoable like a zone edit.

        Raises :class:`gis.plan.money.MoneyError` for a negative or absurd amount.
        """
        cap = None if rupiah_per_year is None else check_rupiah(rupiah_per_year)
        if cap == self._scenario.budget_cap:
            return
        if self._undo is not None:
            self._undo.push_edit(SetBudgetCap(self._scenario, cap))
        else:
            self._scenario.budget_cap = cap

    # --- evaluation --------------------------------------------------------------------

    def _schedule(self) -> None:
        self.evaluator.schedule()
        self.budget.set_busy(True)

    def refresh(self) -> None:
        """Recompute the allocation now (on the worker pool)."""
        self.evaluator.refresh()

    def wait(self, timeout: float = 30.0) -> bool:
        """Run pending work and wait for the meter (scripts and tests)."""
        return self.evaluator.wait(timeout)

    def _on_refreshing(self) -> None:
        self.filter_label.setText(
            self.tr("Kelayakan dihitung dari filter: {0}").format(
                describe_filter(self._scenario.filter, self.workspace.households, lang=gis_lang())
            )
        )

    def _on_started(self, job) -> None:
        self.job_strip.watch(job, self.tr("Menghitung anggaran…"))
        self.budget.set_busy(True)

    def _on_evaluated(self, alloc, data_ref) -> None:
        if data_ref is not None:
            self.files.computed_on(data_ref.fingerprint)
            self._scenario.record(alloc, data=data_ref)
        self._show_meter()
        self._show_zones()
        self.sig_evaluated.emit(alloc)

    def _on_failed(self) -> None:
        self._show_meter()
        self._show_zones()

    def _show_stale(self) -> None:
        self.stale_label.setText(
            self.tr(
                "Skenario ini dihitung pada data lain. Angka di sini dihitung ulang pada "
                "data sekarang; simpan untuk memperbarui berkasnya."
            )
        )
        self.stale_label.show()

    def _show_meter(self) -> None:
        ev = self.evaluator
        self.budget.set_busy(ev.busy)
        cut = ev.cut
        cut_n = 0 if cut is None else len(cut["row"])
        self.tabs.setTabText(
            2, self.tr("Terpotong ({n})").format(n=num(cut_n)) if cut_n else self.tr("Terpotong")
        )
        self.cut_list.set_cut(cut)
        if ev.error:
            self.budget.show_error(ev.error)
            self.cut_list.clear_text()
        elif self.workspace.households is None:
            self.budget.show_no_data()
            self.cut_list.clear_text()
        elif ev.allocation is None:
            self.budget.show_pending()
        else:
            sc = self._scenario
            self.budget.show_summary(ev.allocation.summary, sc.programs, bool(sc.zones))
            self.cut_list.show_cut(cut)

    # --- files -------------------------------------------------------------------------

    def new_scenario(self) -> bool:
        """Start a new scenario on the zones shown (after the unsaved-changes question)."""
        if not self.maybe_save():
            return False
        self._adopt(self._fresh_scenario(), path=None, saved=True, push=False)
        return True

    def set_scenario(
        self, scenario: Scenario, path: str | Path | None = None, saved: bool | None = None
    ) -> None:
        """Edit ``scenario`` (its zones and filter replace the workspace's).

        ``saved`` says whether it matches a file already (default: when
        ``path`` is given); an unsaved scenario asks before it is closed.
        """
        self._adopt(scenario, path=path, saved=path is not None if saved is None else saved,
                    push=True)  # fmt: skip

    def open_file(self, path: str | Path | None = None) -> bool:
        """Open a scenario file (see :meth:`ScenarioFiles.open_file`); True if opened."""
        return self.files.open_file(path)

    def save(self) -> bool:
        """Save to the scenario's file (Save as when it has none); True if saved."""
        return self.files.save()

    def save_as(self, path: str | Path | None = None) -> bool:
        """Save to a new file; an existing file is replaced only after a yes."""
        return self.files.save_as(path)

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means "stay" (the caller must not close)."""
        return self.files.maybe_save()

    def autosave_now(self) -> Path | None:
        """Write a recovery copy if there are changes since the last save or autosave."""
        return self.files.autosave_now()

    def offer_recovery(self) -> bool:
        """Offer the autosave copies of a session that did not close; True if one was opened."""
        return self.files.offer_recovery()

    # --- programs ----------------------------------------------------------------------

    def edit_programs(self) -> int:
        """Open the program cost table dialog on the scenario's table (modal)."""
        from widgets.scenario.program_table_dialog import ProgramTableDialog

        dlg = ProgramTableDialog(self._scenario.programs, self)
        return dlg.exec()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.evaluator.cancel()
        super().closeEvent(event)


def _main() -> int:
    from widgets.base.demo import run_example
    from widgets.base.undo import UndoStack
    from widgets.scenario.scenario_common import indonesian_numbers

    indonesian_numbers()

    def make(workspace):
        undo = UndoStack(workspace)
        panel = ScenarioPanel(workspace, undo, autosave_minutes=0)
        examples = example_scenarios()
        if examples and workspace.households is not None:
            sc = open_scenario(examples[0][1], workspace.households, accept_data_mismatch=True)
            panel.set_scenario(sc, saved=True)
        panel.setMinimumWidth(380)
        return panel, undo

    return run_example(make, "Skenario dan anggaran")


if __name__ == "__main__":
    raise SystemExit(_main())
