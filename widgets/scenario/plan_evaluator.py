"""The budget meter's engine: the scenario's plan evaluated off the GUI thread.

A part of the scenario panel without a face. Every edit of zones, filter,
programs, rules, cap or priority calls :meth:`PlanEvaluator.schedule`; a
short pause after the last one, the plan (a copy, so later edits cannot
reach a running job) goes to the worker pool with the zone masks the
workspace computed on the GUI thread. A newer plan cancels the older job,
and results of a plan edited meanwhile are dropped (a generation count).
It keeps the latest allocation, the households cut by the cap and why the
plan could not be evaluated, and says when they change; the panel shows
them. The table's fingerprint (a hash of the whole table) is computed
once per loaded table, on the pool.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from gis.errors import SasaranError
from gis.model.workspace import Workspace
from gis.plan.allocation import allocate_plan
from gis.plan.scenario import DataRef, Scenario
from widgets.base.worker import run_job
from widgets.scenario.scenario_common import scenario_error_text


class ZoneMasks:
    """Zone masks computed (and cached) by the workspace, handed to a job read-only.

    The villages each drawn zone splits (:meth:`gis.model.zones.ZoneMasks.split_villages`)
    come along, computed on the GUI thread like the masks.
    """

    def __init__(self, masks: dict[str, np.ndarray], split: dict[str, np.ndarray] | None = None):
        self._masks = masks
        self._split = split or {}

    @classmethod
    def of(cls, ws: Workspace, zones) -> ZoneMasks:
        cache = ws.zone_masks
        return cls(
            {z.key(): ws.zone_mask(z) for z in zones},
            {z.key(): cache.split_villages(z) for z in zones} if cache is not None else {},
        )

    def mask(self, zone) -> np.ndarray:
        return self._masks[zone.key()]

    def split_villages(self, zone) -> np.ndarray:
        return self._split.get(zone.key(), np.zeros(0, dtype=np.int64))


def evaluate_plan(
    table, generation: int, *, masks, data_ref=None, progress=None, cancelled=None, **plan
):
    """Allocation of a plan plus its cut list (run on the worker pool).

    Returns ``(generation, allocation, cut, data_ref)`` so the panel can drop
    results of plans that were edited again meanwhile. ``data_ref`` (which
    hashes the whole table) is computed only when the caller has none yet.
    """
    alloc = allocate_plan(table, masks=masks, progress=progress, cancelled=cancelled, **plan)
    cut = alloc.cut(table) if alloc.cap_binds else None
    return generation, alloc, cut, data_ref if data_ref is not None else DataRef.of(table)


class PlanEvaluator(QObject):
    """Evaluates the plan of ``scenario()`` on ``workspace``'s households.

    Signals
    -------
    sig_refreshing
        An evaluation is about to start (the filter it starts from may have changed).
    sig_started(Job)
        A job runs on the pool (for a progress strip).
    sig_evaluated(Allocation, DataRef)
        Results of the current plan.
    sig_failed
        The plan cannot be evaluated (:attr:`error` says why).
    sig_no_data
        There are no households to evaluate on.
    sig_cancelled
        The planner cancelled the running job; the figures shown are older.
    """

    sig_refreshing = Signal()
    sig_started = Signal(object)
    sig_evaluated = Signal(object, object)
    sig_failed = Signal()
    sig_no_data = Signal()
    sig_cancelled = Signal()

    def __init__(
        self,
        workspace: Workspace,
        scenario: Callable[[], Scenario],
        debounce_ms: int = 200,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.workspace = workspace
        self._scenario = scenario
        self._generation = 0
        self._job = None
        self._allocation = None
        self._cut = None
        self._error = ""
        self._data_ref = None  # (table, DataRef): the table's fingerprint, hashed once
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.refresh)

    @property
    def allocation(self):
        """Allocation of the current plan (None before the first evaluation or on error)."""
        return self._allocation

    @property
    def cut(self) -> dict | None:
        return self._cut

    @property
    def error(self) -> str:
        """Why the plan cannot be evaluated ("" when it can)."""
        return self._error

    @property
    def busy(self) -> bool:
        """True while an evaluation is waiting or running."""
        return self._timer.isActive() or (self._job is not None and not self._job.done)

    def schedule(self) -> None:
        """Evaluate after a short pause (restarted by every further edit)."""
        self._timer.start()

    def forget(self, data: bool = False) -> None:
        """Drop the results (a new scenario); ``data``: the households changed too."""
        self._allocation = None
        self._cut = None
        if data:
            self._data_ref = None

    def refresh(self) -> None:
        """Evaluate now (on the worker pool)."""
        self._timer.stop()
        self.sig_refreshing.emit()
        ws = self.workspace
        table = ws.households
        self._generation += 1
        if self._job is not None and not self._job.done:
            self._job.cancel()
        self._job = None
        if table is None:
            self._allocation = None
            self._cut = None
            self._error = ""
            self.sig_no_data.emit()
            return
        sc = self._scenario()
        try:
            masks = ZoneMasks.of(ws, sc.zones)
        except Exception as exc:  # a zone the data cannot place: say so in the meter
            self._failed(exc)
            return
        plan = {
            "zones": tuple(sc.zones),
            "zone_programs": dict(sc.zone_programs),
            "rules": dict(sc.rules),
            "programs": sc.programs.copy(),
            "budget_cap": sc.budget_cap,
            "priority": tuple(sc.priority),
            "household_filter": sc.filter,
        }
        known = self._data_ref[1] if self._data_ref and self._data_ref[0] is table else None
        job = run_job(evaluate_plan, table, self._generation, masks=masks, data_ref=known, **plan)
        job.sig_finished.connect(self._on_evaluated)
        job.sig_failed.connect(self._on_failed)
        job.sig_cancelled.connect(self._on_cancelled)
        self._job = job
        self.sig_started.emit(job)

    def wait(self, timeout: float = 30.0) -> bool:
        """Run pending work and wait for the results (scripts and tests)."""
        if self._timer.isActive():
            self.refresh()
        job = self._job
        return job is None or job.wait(timeout)

    def ensure_results(self) -> None:
        """Results of the plan as it is now stored in the scenario (evaluates if behind)."""
        table = self.workspace.households
        if table is None:
            return
        if self.busy or self._allocation is None:
            self.wait()
        if self._allocation is None and not self._error:
            sc = self._scenario()
            with contextlib.suppress(SasaranError):
                sc.evaluate(table, masks=ZoneMasks.of(self.workspace, sc.zones))

    def cancel(self) -> None:
        if self._job is not None and not self._job.done:
            self._job.cancel()

    def _on_evaluated(self, result) -> None:
        generation, alloc, cut, data_ref = result
        if generation != self._generation:
            return
        self._job = None
        self._error = ""
        self._allocation = alloc
        self._cut = cut
        table = self.workspace.households
        if table is not None:
            self._data_ref = (table, data_ref)
        self.sig_evaluated.emit(alloc, data_ref if table is not None else None)

    def _on_failed(self, exc) -> None:
        if self._job is None or self._job.error is not exc:
            return
        self._job = None
        self._failed(exc)

    def _on_cancelled(self) -> None:
        if self._job is None or self.sender() is not self._job:
            return
        self._job = None
        self.sig_cancelled.emit()

    def _failed(self, exc) -> None:
        self._allocation = None
        self._cut = None
        text, detail = scenario_error_text(exc)
        self._error = text + (f" ({detail})" if detail else "")
        self.sig_failed.emit()
