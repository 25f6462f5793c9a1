"""Undoable edits as pure records: applying one returns its inverse.

The Qt undo stack only wraps these (widgets/base/undo.py); the records know
nothing of Qt, so undo is tested on the model alone and every edit path
(mouse, menu, web map, CLI) shares the same code.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

from gis.model.filters import HouseholdFilter
from gis.model.workspace import Workspace
from gis.model.zones import Zone


class Edit(ABC):
    """An edit of the workspace. ``apply`` performs it and returns the inverse."""

    label = "Ubah"

    @abstractmethod
    def apply(self, ws: Workspace) -> Edit:
        """Perform the edit on ``ws`` and return the edit that undoes it."""


@dataclass
class AddZone(Edit):
    zone: Zone
    index: int | None = None

    @property
    def label(self) -> str:
        return f"Tambah zona {self.zone.name}"

    def apply(self, ws: Workspace) -> Edit:
        zones = ws.zones
        pos = len(zones) if self.index is None else self.index
        zones.insert(pos, self.zone)
        ws._set_zones(zones)
        return RemoveZone(self.zone.zone_id)


@dataclass
class RemoveZone(Edit):
    zone_id: str

    @property
    def label(self) -> str:
        return f"Hapus zona {self.zone_id}"

    def apply(self, ws: Workspace) -> Edit:
        zones = ws.zones
        pos = next(i for i, z in enumerate(zones) if z.zone_id == self.zone_id)
        removed = zones.pop(pos)
        ws._set_zones(zones)
        return AddZone(removed, pos)


@dataclass
class ReplaceZone(Edit):
    """Any change of one zone: vertices moved, renamed, villages picked."""

    zone: Zone

    @property
    def label(self) -> str:
        return f"Ubah zona {self.zone.name}"

    def apply(self, ws: Workspace) -> Edit:
        zones = ws.zones
        pos = next(i for i, z in enumerate(zones) if z.zone_id == self.zone.zone_id)
        old = zones[pos]
        zones[pos] = self.zone
        ws._set_zones(zones)
        return ReplaceZone(old)


@dataclass
class SetFilter(Edit):
    flt: HouseholdFilter
    label = "Ubah filter"

    def apply(self, ws: Workspace) -> Edit:
        old = ws.filter
        ws.set_filter(self.flt)
        return SetFilter(old)


@dataclass
class SetBudgetCap(Edit):
    """The scenario's yearly budget cap, in Rupiah (None: no cap).

    The cap lives on the scenario, not the workspace, so the record holds
    the scenario it edits; undoing gives the previous cap back, like a zone
    edit gives the previous zone.
    """

    scenario: (
        object  # gis.plan.scenario.Scenario (not imported: the scenario imports the allocation)
    )
    cap: int | None
    label = "Ubah pagu anggaran"

    def apply(self, ws: Workspace) -> Edit:
        old = self.scenario.budget_cap
        self.scenario.budget_cap = self.cap
        return SetBudgetCap(self.scenario, old)


@dataclass
class SetMatching(Edit):
    """The scenario's saved mentor matching (IDs only; None: none), undone like the cap."""

    scenario: object  # gis.plan.scenario.Scenario
    matching: dict | None
    label = "Simpan pencocokan pendamping"

    def apply(self, ws: Workspace) -> Edit:
        old = self.scenario.matching
        self.scenario.matching = self.matching
        return SetMatching(self.scenario, old)
