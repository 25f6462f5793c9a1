"""Comparing scenarios side by side, as a budget meeting asks.

The questions are always the same: how many households of which desil does
each alternative reach, how many persons, at what cost, what does one
poorest household reached cost, how much of the exclusion error (desil 1-2
receiving nothing) does it close, how much inclusion error (desil 7-10) does
it add, how many social-welfare resources (PSKS) are there to deliver it,
and which villages gain or lose against the first scenario. Every figure is
computed on the same household table with the same denominators, so the
columns are comparable; the first scenario is the baseline of the
per-village differences.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from gis.errors import Cancelled, SasaranError
from gis.model.filter_text import describe_filter
from gis.model.households import HouseholdTable
from gis.model.zones import ZoneMasks, psks_zone_mask
from gis.plan.allocation import N_DESIL, Allocation, allocate

MIN_SCENARIOS, MAX_SCENARIOS = 2, 5


class CompareError(SasaranError):
    """Not a valid comparison (``code="scenario_count"``: 2 to 5 scenarios)."""


@dataclass
class ScenarioMetrics:
    """The comparison figures of one scenario.

    Attributes
    ----------
    households_by_desil
        Households reached per desil (index 0 = missing desil, 1-10).
    cost_per_d12
        Annual cost divided by desil 1-2 households reached (None if none).
    d12_nothing_total, d12_nothing_reached, d12_nothing_coverage
        Desil 1-2 households that receive no program in the register (the
        whole table: the same denominator for every scenario), how many the
        scenario reaches and the share.
    inclusion_d710, inclusion_share
        Desil 7-10 households reached, and their share of all reached.
    psks_in_zones, psks_per_household
        PSKS (the 12 Permensos types) inside the scenario's zones, and per
        household reached (None without PSKS data or with no one reached).
    filter_text
        The scenario's household filter in the planner's words (see
        :func:`gis.model.filter_text.describe_filter`): every figure above counts
        only households that pass it.
    """

    name: str
    households: int
    households_by_desil: list[int]
    persons: int
    cost: int
    budget_cap: int | None
    commitment: int
    eligible: int
    cut: int
    cost_per_d12: float | None
    d12_nothing_total: int
    d12_nothing_reached: int
    d12_nothing_coverage: float | None
    inclusion_d710: int
    inclusion_share: float | None
    psks_in_zones: int | None
    psks_per_household: float | None
    zones: int
    villages_covered: int
    programs: dict = field(default_factory=dict)
    #: households reached whose size is unknown (not in ``persons``)
    unknown_size: int = 0
    filter_text: str = ""

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class VillageDiff:
    """Per-village households reached in each scenario, against the first.

    Arrays are over the table's villages (``codes`` order); the map colours
    villages by ``delta[:, s]``.

    Attributes
    ----------
    reached, cost
        (villages, scenarios) households reached and annual cost.
    delta
        (villages, scenarios) households reached minus the first scenario's
        (column 0 is all zeros).
    """

    codes: np.ndarray
    names: np.ndarray
    kecamatan: np.ndarray
    reached: np.ndarray
    cost: np.ndarray
    delta: np.ndarray
    scenario_names: list[str]

    @property
    def changed(self) -> np.ndarray:
        """Villages where any scenario differs from the first."""
        return np.flatnonzero(
            (self.delta != 0).any(axis=1) | (self.cost != self.cost[:, :1]).any(axis=1)
        )

    def status(self, s: int) -> np.ndarray:
        """Per village, for scenario ``s`` against the first: "naik", "turun" or "tetap"."""
        d = self.delta[:, s]
        return np.where(d > 0, "naik", np.where(d < 0, "turun", "tetap"))

    def rows(self, changed_only: bool = True) -> list[dict]:
        """One dict per village (only those that gain or lose by default)."""
        idx = self.changed if changed_only else np.arange(len(self.codes))
        out = []
        for i in idx.tolist():
            out.append(
                {
                    "code": str(self.codes[i]),
                    "name": str(self.names[i]),
                    "kecamatan": str(self.kecamatan[i]),
                    "reached": [int(x) for x in self.reached[i]],
                    "cost": [int(x) for x in self.cost[i]],
                    "delta": [int(x) for x in self.delta[i]],
                }
            )
        return out


@dataclass
class Comparison:
    """Two to five scenarios side by side (plain data; see :func:`compare`)."""

    names: list[str]
    metrics: list[ScenarioMetrics]
    villages: VillageDiff
    allocations: list[Allocation]
    scenarios: list

    def to_dict(self, villages: bool = True) -> dict:
        d = {
            "scenarios": self.names,
            "metrics": [m.to_dict() for m in self.metrics],
        }
        if villages:
            d["villages"] = {"scenarios": self.names, "rows": self.villages.rows()}
        return d


def scenario_metrics(
    table: HouseholdTable,
    name: str,
    alloc: Allocation,
    zones=(),
    psks=None,
    d12_nothing: np.ndarray | None = None,
) -> ScenarioMetrics:
    """The comparison figures of one evaluated scenario."""
    s = alloc.summary
    by_desil = [int(s["by_desil"][str(d)]["reached"]) for d in range(N_DESIL)]
    reached = s["households_reached"]
    d12 = by_desil[1] + by_desil[2]
    if d12_nothing is None:
        d12_nothing = _d12_nothing(table)
    d12n_total = int(d12_nothing.sum())
    rows = alloc.candidates[alloc.reached]
    d12n_reached = int(d12_nothing[rows].sum())
    incl = sum(by_desil[7:11])
    psks_n = psks_per = None
    if psks is not None:
        pm = np.zeros(len(psks), dtype=bool)
        for z in zones:
            pm |= psks_zone_mask(z, psks)
        psks_n = int((pm & psks.is_psks).sum())
        psks_per = psks_n / reached if reached else None
    return ScenarioMetrics(
        name=name,
        households=reached,
        households_by_desil=by_desil,
        persons=s["persons_reached"],
        cost=s["cost"],
        budget_cap=s["budget_cap"],
        commitment=s["commitment"],
        eligible=s["households_eligible"],
        cut=s["households_cut"],
        cost_per_d12=s["cost"] / d12 if d12 else None,
        d12_nothing_total=d12n_total,
        d12_nothing_reached=d12n_reached,
        d12_nothing_coverage=d12n_reached / d12n_total if d12n_total else None,
        inclusion_d710=incl,
        inclusion_share=incl / reached if reached else None,
        psks_in_zones=psks_n,
        psks_per_household=psks_per,
        zones=len(alloc.zone_ids),
        villages_covered=int((alloc.village_reached[:-1] > 0).sum()),
        programs={k: dict(v) for k, v in s["by_program"].items()},
        unknown_size=int(s.get("reached_unknown_size", 0)),
    )


def _d12_nothing(table: HouseholdTable) -> np.ndarray:
    # known to receive none of the programs known for them (unknown is not "nothing")
    return ((table.desil == 1) | (table.desil == 2)) & table.received_nothing()


def compare(
    table: HouseholdTable,
    scenarios: Sequence,
    *,
    allocations: Sequence[Allocation] | None = None,
    psks=None,
    masks: ZoneMasks | None = None,
    progress=None,
    cancelled=None,
) -> Comparison:
    """Evaluate 2-5 scenarios on ``table`` and put them side by side.

    Parameters
    ----------
    table
        Households (the same for every scenario).
    scenarios
        :class:`gis.plan.scenario.Scenario` objects; the first is the baseline of
        the per-village differences.
    allocations
        Already computed allocations, one per scenario (skips evaluation).
    psks
        Optional :class:`gis.model.psks.PsksTable` for the PSKS figures.
    masks
        Zone mask cache shared by the scenarios.
    progress, cancelled
        As everywhere in gis.

    Raises
    ------
    CompareError
        ``scenario_count`` when not 2 to 5 scenarios.
    """
    say = progress or (lambda f, m="": None)
    n = len(scenarios)
    if not MIN_SCENARIOS <= n <= MAX_SCENARIOS:
        raise CompareError(
            f"compare needs {MIN_SCENARIOS}-{MAX_SCENARIOS} scenarios, got {n}",
            code="scenario_count",
            count=n,
        )
    masks = masks if masks is not None else ZoneMasks(table)
    d12n = _d12_nothing(table)
    allocs = list(allocations) if allocations is not None else []
    metrics = []
    for i, sc in enumerate(scenarios):
        if cancelled is not None and cancelled():
            raise Cancelled()
        say(i / n, sc.name)
        if allocations is None:
            allocs.append(allocate(table, sc, masks=masks, cancelled=cancelled))
        m = scenario_metrics(table, sc.name, allocs[i], sc.zones, psks, d12n)
        m.filter_text = describe_filter(getattr(sc, "filter", None), table)
        metrics.append(m)
    nv = len(table.villages)
    reached = np.stack([a.village_reached[:nv] for a in allocs], axis=1)
    cost = np.stack([a.village_cost[:nv] for a in allocs], axis=1)
    v = table.villages
    diff = VillageDiff(
        codes=v.codes,
        names=v.names,
        kecamatan=v.kec_names[v.kec_index] if len(v) else np.zeros(0, dtype=object),
        reached=reached,
        cost=cost,
        delta=reached - reached[:, :1],
        scenario_names=[s.name for s in scenarios],
    )
    say(1.0, "selesai")
    return Comparison(
        names=[s.name for s in scenarios],
        metrics=metrics,
        villages=diff,
        allocations=allocs,
        scenarios=list(scenarios),
    )


def compare_on_registers(
    scenario,
    registers: Sequence[tuple[str, HouseholdTable]],
    *,
    psks=None,
    progress=None,
    cancelled=None,
) -> Comparison:
    """One scenario evaluated on two to five snapshots of the register, side by side.

    The question after a renewal (DTKS to DTSEN, or before and after a
    verification round) is what the same plan reaches on each register: each
    column is the scenario evaluated on one register, headed
    ``"<scenario> – <register label>"``, with that register's own
    denominators (its desil 1-2 receiving nothing). The registers must be
    placed on the same villages so that the per-village differences (against
    the first register) line up.

    Raises
    ------
    CompareError
        ``scenario_count`` when not 2 to 5 registers; ``villages_differ`` when
        the registers are not placed on the same villages.
    """
    say = progress or (lambda f, m="": None)
    n = len(registers)
    if not MIN_SCENARIOS <= n <= MAX_SCENARIOS:
        raise CompareError(
            f"compare needs {MIN_SCENARIOS}-{MAX_SCENARIOS} registers, got {n}",
            code="scenario_count",
            count=n,
        )
    first = registers[0][1].villages
    for _label, table in registers[1:]:
        if not np.array_equal(table.villages.codes, first.codes):
            raise CompareError("registers placed on different villages", code="villages_differ")
    base = scenario.name or "Skenario"
    names = [f"{base} – {label}" for label, _t in registers]
    allocs, metrics, copies = [], [], []
    for i, ((_label, table), name) in enumerate(zip(registers, names, strict=True)):
        if cancelled is not None and cancelled():
            raise Cancelled()
        say(i / n, name)
        alloc = allocate(table, scenario, masks=ZoneMasks(table), cancelled=cancelled)
        m = scenario_metrics(table, name, alloc, scenario.zones, psks, _d12_nothing(table))
        m.filter_text = describe_filter(getattr(scenario, "filter", None), table)
        allocs.append(alloc)
        metrics.append(m)
        copy = type(scenario).from_dict(scenario.to_dict())
        copy.name = name
        copies.append(copy)
    nv = len(first)
    reached = np.stack([a.village_reached[:nv] for a in allocs], axis=1)
    cost = np.stack([a.village_cost[:nv] for a in allocs], axis=1)
    diff = VillageDiff(
        codes=first.codes,
        names=first.names,
        kecamatan=first.kec_names[first.kec_index] if len(first) else np.zeros(0, dtype=object),
        reached=reached,
        cost=cost,
        delta=reached - reached[:, :1],
        scenario_names=names,
    )
    say(1.0, "selesai")
    return Comparison(
        names=names, metrics=metrics, villages=diff, allocations=allocs, scenarios=copies
    )
