"""Suggest villages: where a budget reaches the most target households.

A planner with a fixed budget and a target group (say, desil 1-2 households
that receive nothing) wants a defensible first draft of where to work. Whole
villages are the planning unit, so the question becomes a knapsack over
villages: each village has a cost (delivering the chosen programs to every
household eligible there) and a value (target households among those
reached). The exact knapsack is not worth its opacity here; the suggestion
is the classic greedy: villages by target households per Rupiah, best
first, each taken if it still fits in what is left of the budget. Villages
the planner locked in are taken first whatever their ratio; villages locked
out are never taken.

Ranking by programme cost alone puts one-household villages first: a
village with a single target household and nobody else eligible has the
best possible ratio, and a pick of such villages is one a planner cannot
defend (every village visited costs a verification team, a socialisation
meeting, travel). So the ratio counts a **fixed cost per village visit**
(``visit_cost``, Rupiah per village, paid from the same budget; the panel
offers :data:`DEFAULT_VISIT_COST`) and the planner may set a **minimum
number of target households** per village (``min_target``). Each suggested
village carries its rank and the figures behind it (``rows()``: target
households, programme and visit cost, Rupiah per target household, rank
among how many), so the panel and any export can say why it is there.

The greedy pick is **not nested across budgets**: a larger budget can fit
an expensive but efficient village that a smaller budget had to skip, and
that village then uses up room that cheaper villages had in the smaller
pick. So a village suggested at Rp 10 M can disappear at Rp 12 M. The
interface must say so; :func:`suggest_range` reports whether the picks of
a given range happen to be nested (``nested``) and what changes between
consecutive budgets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from gis.errors import Cancelled
from gis.model.filters import HouseholdFilter
from gis.model.households import HouseholdTable
from gis.model.zones import Zone
from gis.plan.allocation import DEFAULT_RULE, AllocationError, EligibilityRule
from gis.plan.money import MAX_TOTAL_RUPIAH, check_rupiah
from gis.plan.programs import ProgramTable

#: a planning assumption, to be replaced by the region's own figure: one verification
#: and socialisation visit per village (team travel and per diem), Rupiah
DEFAULT_VISIT_COST = 5_000_000

#: the usual target: the poorest households that receive nothing (exclusion error)
DEFAULT_TARGET = HouseholdFilter(
    desil=(1, 2), lacks_all=("*",), label="Desil 1-2 belum menerima bantuan apa pun"
)


@dataclass
class VillageStats:
    """Cost and value of each village as a whole zone (arrays over ``table.villages``).

    Attributes
    ----------
    cost
        int64 annual cost of delivering the programs to every eligible
        household of the village.
    target
        Target households that would be reached (target and eligible).
    eligible
        Households that would be reached.
    target_total
        Target households in the whole area (reached or not): the coverage
        denominator.
    programs
        The program keys costed.
    """

    codes: np.ndarray
    names: np.ndarray
    cost: np.ndarray
    target: np.ndarray
    eligible: np.ndarray
    target_total: int
    programs: tuple[str, ...]

    @property
    def ratio(self) -> np.ndarray:
        """Target households per million Rupiah (inf where the cost is 0 and target > 0)."""
        with np.errstate(divide="ignore", invalid="ignore"):
            r = np.where(self.cost > 0, self.target * 1e6 / np.maximum(self.cost, 1), np.inf)
        return np.where(self.target > 0, r, 0.0)


def village_stats(
    table: HouseholdTable,
    programs: Sequence[str],
    program_table: ProgramTable,
    *,
    target: HouseholdFilter = DEFAULT_TARGET,
    rules: Mapping[str, EligibilityRule] | None = None,
    household_filter: HouseholdFilter | None = None,
) -> VillageStats:
    """Cost and target households of every village if it became a zone delivering ``programs``.

    Eligibility and cost follow :mod:`gis.plan.allocation` exactly (the rule per
    program, the table's cost per household size), without a budget cap.
    """
    rules = rules or {}
    for k in programs:
        if k not in program_table:
            raise AllocationError(f"unknown program {k!r}", code="unknown_program", key=k)
    base = household_filter.mask(table) if household_filter is not None else None
    in_village = table.village >= 0
    if base is not None:
        in_village &= base
    cost = np.zeros(len(table), dtype=np.int64)
    any_elig = np.zeros(len(table), dtype=bool)
    max_m = int(table.members.max()) if len(table) else 0
    # the largest sum the costs can reach, in exact ints, before any int64 sum
    bound = sum(int(program_table.cost_lut(k, max_m).max()) for k in programs) * len(table)
    if bound > MAX_TOTAL_RUPIAH:
        raise AllocationError(
            "cost sums out of range", code="amount_overflow", ceiling=MAX_TOTAL_RUPIAH
        )
    for k in programs:
        e = in_village & rules.get(k, DEFAULT_RULE).mask(
            table.desil, table.ppks, table.programs, table.program_bit(k)
        )
        any_elig |= e
        cost += np.where(e, program_table.cost_lut(k, max_m)[table.members], 0)
    tmask = target.mask(table)
    nv = len(table.villages)
    v = np.where(table.village >= 0, table.village, nv)
    return VillageStats(
        codes=table.villages.codes,
        names=table.villages.names,
        cost=np.bincount(v, weights=cost, minlength=nv + 1)[:nv].astype(np.int64),
        target=np.bincount(v[tmask & any_elig], minlength=nv + 1)[:nv].astype(np.int64),
        eligible=np.bincount(v[any_elig], minlength=nv + 1)[:nv].astype(np.int64),
        target_total=int((tmask if base is None else tmask & base).sum()),
        programs=tuple(programs),
    )


@dataclass
class Suggestion:
    """Villages suggested for one budget, in the order they were taken.

    Attributes
    ----------
    budget
        Rupiah per year.
    villages
        Indices into the village table (locked-in villages first).
    locked
        True for the villages that were locked in.
    cost, target, eligible
        Per suggested village.
    target_total
        Target households in the area (coverage denominator).
    over_budget
        True when the locked-in villages alone cost more than the budget
        (nothing else is then taken).
    visit_cost
        Fixed Rupiah per village visit, counted against the budget for
        every suggested village (0: programme costs only).
    min_target
        Fewest target households a village needs to be ranked at all.
    rank
        Per suggested village: its place in the ranking by target
        households per Rupiah (1 = best), -1 for locked-in villages.
    ranked
        How many villages were ranked (free, with at least ``min_target``
        target households).
    """

    budget: int
    villages: np.ndarray
    codes: list[str]
    names: list[str]
    locked: np.ndarray
    cost: np.ndarray
    target: np.ndarray
    eligible: np.ndarray
    target_total: int
    over_budget: bool
    programs: tuple[str, ...] = ()
    visit_cost: int = 0
    min_target: int = 1
    rank: np.ndarray | None = None
    ranked: int = 0

    @property
    def total_cost(self) -> int:
        """Programme costs plus one visit per suggested village (what the budget pays)."""
        return int(self.cost.sum()) + self.visit_cost * len(self.villages)

    @property
    def programme_cost(self) -> int:
        """Programme costs alone (what a scenario with these villages as a zone costs)."""
        return int(self.cost.sum())

    @property
    def per_target(self) -> np.ndarray:
        """Rupiah per target household of each village, visit included (inf with no target)."""
        total = (self.cost + self.visit_cost).astype(np.float64)
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(self.target > 0, total / np.maximum(self.target, 1), np.inf)

    @property
    def total_target(self) -> int:
        return int(self.target.sum())

    @property
    def coverage(self) -> float | None:
        """Share of all target households that the suggestion reaches."""
        return self.total_target / self.target_total if self.target_total else None

    @property
    def remaining(self) -> int:
        return int(self.budget - self.total_cost)

    def as_zone(self, zone_id: str = "usulan", name: str = "Usulan desa") -> Zone:
        """The suggestion as a village-set zone, ready to add to a scenario."""
        return Zone(zone_id=zone_id, name=name, villages=tuple(self.codes))

    def rows(self) -> list[dict]:
        """One dict per suggested village, with the figures that put it there.

        ``reason`` is ``"locked_in"`` (the planner fixed it) or ``"ratio"``
        (ranked ``rank`` of ``ranked`` by target households per Rupiah,
        ``per_target`` Rupiah each, visit included).
        """
        rank = self.rank if self.rank is not None else np.full(len(self.villages), -1)
        per_target = self.per_target
        return [
            {
                "code": self.codes[i],
                "name": self.names[i],
                "locked": bool(self.locked[i]),
                "cost": int(self.cost[i]),
                "visit_cost": int(self.visit_cost),
                "target": int(self.target[i]),
                "eligible": int(self.eligible[i]),
                "per_target": None if not np.isfinite(per_target[i]) else float(per_target[i]),
                "rank": int(rank[i]),
                "ranked": int(self.ranked),
                "reason": "locked_in" if self.locked[i] else "ratio",
            }
            for i in range(len(self.villages))
        ]


def _greedy_order(
    stats: VillageStats,
    locked_in: np.ndarray,
    locked_out: np.ndarray,
    visit_cost: int = 0,
    min_target: int = 1,
) -> np.ndarray:
    """Free villages with at least ``min_target`` target households, best ratio first.

    The ratio is target households per Rupiah of programme cost plus one
    visit; ties: more target households, then code.
    """
    free = ~locked_in & ~locked_out & (stats.target >= max(int(min_target), 1))
    idx = np.flatnonzero(free)
    spent = stats.cost[idx].astype(np.float64) + float(visit_cost)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(spent > 0, stats.target[idx] / np.maximum(spent, 1.0), np.inf)
    # np.lexsort: last key is primary
    order = np.lexsort((stats.codes[idx], -stats.target[idx], -ratio))
    return idx[order]


def _pick(
    stats: VillageStats,
    budget: int,
    locked_in: np.ndarray,
    order: np.ndarray,
    visit_cost: int = 0,
    min_target: int = 1,
) -> Suggestion:
    visit_cost = int(visit_cost)
    locked_idx = np.flatnonzero(locked_in)
    locked_cost = int(stats.cost[locked_idx].sum()) + visit_cost * len(locked_idx)
    left = int(budget) - locked_cost
    taken = []
    ranks = []
    if left >= 0:
        costs = stats.cost[order]
        # a loop over villages (thousands at most), never over households
        for r, (v, c) in enumerate(zip(order.tolist(), costs.tolist()), start=1):
            if c + visit_cost <= left:
                taken.append(v)
                ranks.append(r)
                left -= c + visit_cost
    chosen = np.concatenate([locked_idx, np.array(taken, dtype=np.int64)]).astype(np.int64)
    rank = np.concatenate([np.full(len(locked_idx), -1), np.array(ranks, dtype=np.int64)])
    return Suggestion(
        budget=int(budget),
        villages=chosen,
        codes=[str(c) for c in stats.codes[chosen]],
        names=[str(n) for n in stats.names[chosen]],
        locked=np.arange(len(chosen)) < len(locked_idx),
        cost=stats.cost[chosen],
        target=stats.target[chosen],
        eligible=stats.eligible[chosen],
        target_total=stats.target_total,
        over_budget=locked_cost > budget,
        programs=stats.programs,
        visit_cost=visit_cost,
        min_target=max(int(min_target), 1),
        rank=rank.astype(np.int64),
        ranked=len(order),
    )


def _locks(table: HouseholdTable, locked_in, locked_out) -> tuple[np.ndarray, np.ndarray]:
    nv = len(table.villages)
    lin = np.zeros(nv, dtype=bool)
    lout = np.zeros(nv, dtype=bool)
    for codes, arr in ((locked_in, lin), (locked_out, lout)):
        if codes:
            idx = table.villages.lookup(list(codes))
            arr[idx[idx >= 0]] = True
    lout &= ~lin  # a village locked both ways stays in: the planner's explicit "in" wins
    return lin, lout


def suggest(
    table: HouseholdTable,
    budget: int,
    programs: Sequence[str],
    program_table: ProgramTable,
    *,
    target: HouseholdFilter = DEFAULT_TARGET,
    rules: Mapping[str, EligibilityRule] | None = None,
    household_filter: HouseholdFilter | None = None,
    locked_in: Sequence[str] = (),
    locked_out: Sequence[str] = (),
    stats: VillageStats | None = None,
    visit_cost: int = 0,
    min_target: int = 1,
    progress=None,
    cancelled=None,
) -> Suggestion:
    """Villages that reach the most target households per Rupiah within ``budget``.

    Parameters
    ----------
    table
        Households.
    budget
        Rupiah per year.
    programs, program_table, rules, household_filter
        What the suggested villages would deliver, to whom (as in a scenario).
    target
        The households that count as value (default: desil 1-2 receiving
        nothing).
    locked_in, locked_out
        Village codes the planner fixed: in (taken first, whatever their
        ratio) or out (never taken).
    stats
        Precomputed :func:`village_stats` (to try many budgets quickly).
    visit_cost
        Fixed Rupiah per village visit, in the ratio and in the budget
        (the panel's default is :data:`DEFAULT_VISIT_COST`).
    min_target
        Villages with fewer target households are not ranked.
    progress, cancelled
        As everywhere in gis; a cancel raises :class:`gis.errors.Cancelled`.

    Notes
    -----
    Greedy on cost-effectiveness, skipping villages that no longer fit. The
    pick is **not nested across budgets** (see the module docstring).
    """
    say = progress or (lambda f, m="": None)
    say(0.0, "biaya per desa")
    if stats is None:
        stats = village_stats(
            table,
            programs,
            program_table,
            target=target,
            rules=rules,
            household_filter=household_filter,
        )
    if cancelled is not None and cancelled():
        raise Cancelled()
    lin, lout = _locks(table, locked_in, locked_out)
    visit_cost = check_rupiah(visit_cost)
    order = _greedy_order(stats, lin, lout, visit_cost, min_target)
    out = _pick(stats, budget, lin, order, visit_cost, min_target)
    say(1.0, "selesai")
    return out


@dataclass
class SuggestRange:
    """Suggestions over a range of budgets.

    Attributes
    ----------
    budgets
        The budgets, ascending.
    picks
        One :class:`Suggestion` per budget.
    nested
        True only if, in this range, every pick contains the previous one.
        The greedy pick is not nested in general: never assume it is.
    changes
        Per budget after the first: village codes ``added`` and ``dropped``
        compared with the previous budget.
    """

    budgets: list[int]
    picks: list[Suggestion]
    nested: bool
    changes: list[dict] = field(default_factory=list)

    def curve(self) -> list[dict]:
        """Budget against target households reached and coverage (for a chart)."""
        return [
            {
                "budget": p.budget,
                "cost": p.total_cost,
                "target": p.total_target,
                "coverage": p.coverage,
                "villages": len(p.villages),
            }
            for p in self.picks
        ]


def suggest_range(
    table: HouseholdTable,
    budgets: Sequence[int],
    programs: Sequence[str],
    program_table: ProgramTable,
    *,
    target: HouseholdFilter = DEFAULT_TARGET,
    rules: Mapping[str, EligibilityRule] | None = None,
    household_filter: HouseholdFilter | None = None,
    locked_in: Sequence[str] = (),
    locked_out: Sequence[str] = (),
    visit_cost: int = 0,
    min_target: int = 1,
    progress=None,
    cancelled=None,
) -> SuggestRange:
    """:func:`suggest` for each budget (village costs computed once).

    The pick is **not nested across budgets**: a village suggested for a
    smaller budget may be missing from the pick for a larger one. The
    returned ``nested`` flag says whether it happened to be nested in this
    range, and ``changes`` lists what each step adds and drops.
    """
    say = progress or (lambda f, m="": None)
    stats = village_stats(
        table,
        programs,
        program_table,
        target=target,
        rules=rules,
        household_filter=household_filter,
    )
    lin, lout = _locks(table, locked_in, locked_out)
    visit_cost = check_rupiah(visit_cost)
    order = _greedy_order(stats, lin, lout, visit_cost, min_target)
    budgets = sorted(int(b) for b in budgets)
    picks = []
    for i, b in enumerate(budgets):
        if cancelled is not None and cancelled():
            raise Cancelled()
        picks.append(_pick(stats, b, lin, order, visit_cost, min_target))
        say((i + 1) / max(len(budgets), 1), f"anggaran {b:,}")
    changes = []
    nested = True
    for prev, cur in zip(picks, picks[1:]):
        a, b = set(prev.codes), set(cur.codes)
        dropped = sorted(a - b)
        nested &= not dropped
        changes.append({"budget": cur.budget, "added": sorted(b - a), "dropped": dropped})
    return SuggestRange(budgets=budgets, picks=picks, nested=nested, changes=changes)
