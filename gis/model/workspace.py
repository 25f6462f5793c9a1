"""The planner's workspace: loaded tables, the filter, the zones, the selection.

This is the one model every view observes. It announces its own changes
through psygnal signals (no Qt here), so the map, the tallies, the table and
the charts stay in step without calling each other, and tests drive it
without a window. Edits go through :mod:`gis.model.edits` records so that every
change can be undone.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from psygnal import Signal

from gis.io.report import ImportReport
from gis.model.aggregate import village_desil_key
from gis.model.filters import HouseholdFilter
from gis.model.households import HouseholdTable
from gis.model.psks import PsksTable
from gis.model.villages import VillageTable
from gis.model.zones import Zone, ZoneMasks


@dataclass
class Dataset:
    """Everything loaded at once: boundaries, households, PSKS and their reports."""

    villages: VillageTable
    households: HouseholdTable
    psks: PsksTable | None = None
    household_report: ImportReport | None = None
    psks_report: ImportReport | None = None
    synthetic: bool = False  # the demo province: labelled as such wherever shown
    label: str = ""


class Workspace:
    """Observable state of one planning session.

    Signals
    -------
    sig_data_changed(Dataset)
        New data was loaded; everything derived is stale.
    sig_filter_changed(HouseholdFilter)
        The household filter changed (the mask is recomputed lazily).
    sig_zones_changed(list)
        A zone was added, edited, renamed or removed.
    sig_selection_changed(object)
        Selected households (int index array) or None.
    sig_current_zone_changed(object)
        The zone whose tallies the panels show (zone id or None).
    sig_privacy_changed(bool)
        Personal data shown unmasked (True) for this session, or masked.
    sig_plan_changed()
        The mentor matching or the eligibility rules the map reads changed
        (see :attr:`mentoring`, :attr:`referral_rules`). New data clear the
        matching without this signal: ``sig_data_changed`` says it all.
    """

    sig_data_changed = Signal(object)
    sig_filter_changed = Signal(object)
    sig_zones_changed = Signal(object)
    sig_selection_changed = Signal(object)
    sig_current_zone_changed = Signal(object)
    sig_privacy_changed = Signal(bool)
    sig_plan_changed = Signal()

    def __init__(self, data: Dataset | None = None):
        self._data: Dataset | None = None
        self._filter = HouseholdFilter()
        self._zones: list[Zone] = []
        self._selection: np.ndarray | None = None
        self._current_zone: str | None = None
        self._show_personal = False
        self._mask: np.ndarray | None = None
        self._key: np.ndarray | None = None
        self._zone_masks: ZoneMasks | None = None
        self._mentoring = None
        self._referral_rules = None
        if data is not None:
            self.set_data(data)

    # --- data -----------------------------------------------------------
    @property
    def data(self) -> Dataset | None:
        return self._data

    @property
    def households(self) -> HouseholdTable | None:
        return self._data.households if self._data else None

    @property
    def villages(self) -> VillageTable | None:
        return self._data.households.villages if self._data else None

    @property
    def psks(self) -> PsksTable | None:
        return self._data.psks if self._data else None

    def set_data(self, data: Dataset) -> None:
        self._data = data
        self._mask = None
        self._key = village_desil_key(data.households)
        self._zone_masks = ZoneMasks(data.households)
        self._selection = None
        self._mentoring = None  # made on other data: its pairs no longer apply
        self.sig_data_changed.emit(data)

    # --- filter ---------------------------------------------------------
    @property
    def filter(self) -> HouseholdFilter:
        return self._filter

    def set_filter(self, flt: HouseholdFilter) -> None:
        if flt == self._filter:
            return
        self._filter = flt
        self._mask = None
        self.sig_filter_changed.emit(flt)

    @property
    def mask(self) -> np.ndarray:
        """Households passing the filter (cached until the filter or data change)."""
        if self._mask is None:
            if self.households is None:
                return np.zeros(0, dtype=bool)
            self._mask = self._filter.mask(self.households)
        return self._mask

    @property
    def village_desil_key(self) -> np.ndarray | None:
        return self._key

    # --- zones ----------------------------------------------------------
    @property
    def zones(self) -> list[Zone]:
        return list(self._zones)

    def zone(self, zone_id: str) -> Zone | None:
        return next((z for z in self._zones if z.zone_id == zone_id), None)

    @property
    def zone_masks(self) -> ZoneMasks | None:
        """The zone mask cache of the loaded households (None before data)."""
        return self._zone_masks

    def zone_mask(self, zone: Zone) -> np.ndarray:
        if self._zone_masks is None:
            return np.zeros(0, dtype=bool)
        return self._zone_masks.mask(zone)

    def _set_zones(self, zones: list[Zone]) -> None:
        self._zones = list(zones)
        if self._current_zone and self.zone(self._current_zone) is None:
            self.set_current_zone(None)
        self.sig_zones_changed.emit(self.zones)

    def new_zone_id(self) -> str:
        used = {z.zone_id for z in self._zones}
        i = len(self._zones) + 1
        while f"zona-{i}" in used:
            i += 1
        return f"zona-{i}"

    @property
    def current_zone(self) -> str | None:
        return self._current_zone

    def set_current_zone(self, zone_id: str | None) -> None:
        if zone_id != self._current_zone:
            self._current_zone = zone_id
            self.sig_current_zone_changed.emit(zone_id)

    # --- planning results the map shows -----------------------------------------
    @property
    def mentoring(self):
        """The last mentor matching and its pool (``gis.plan.map_indicators.Mentoring``), or None.

        Kept here, not in the mentor panel, so the map draws its lines and
        the choropleth its mentor indicators without knowing the panel. Typed
        loosely: the model sits below gis.plan.
        """
        return self._mentoring

    def set_mentoring(self, mentoring) -> None:
        if mentoring is not self._mentoring:
            self._mentoring = mentoring
            self.sig_plan_changed.emit()

    @property
    def referral_rules(self):
        """Eligibility rules per program for the referral counts (the scenario's), or None
        for the default rule."""
        return self._referral_rules

    def set_referral_rules(self, rules) -> None:
        rules = dict(rules) if rules else None
        if rules != self._referral_rules:
            self._referral_rules = rules
            self.sig_plan_changed.emit()

    # --- selection and privacy -------------------------------------------
    @property
    def selection(self) -> np.ndarray | None:
        return self._selection

    def set_selection(self, rows: np.ndarray | None) -> None:
        self._selection = None if rows is None else np.asarray(rows, dtype=np.int64)
        self.sig_selection_changed.emit(self._selection)

    @property
    def show_personal(self) -> bool:
        return self._show_personal

    def set_show_personal(self, show: bool) -> None:
        if show != self._show_personal:
            self._show_personal = bool(show)
            self.sig_privacy_changed.emit(self._show_personal)
