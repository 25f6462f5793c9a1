"""Budget allocation: which households a scenario reaches, with which program, at what cost.

This is the computation behind the live budget meter, so it runs on every
zone edit and must stay a handful of numpy operations at a million
households. The rules, all stated here once:

* **Eligibility** is per program and is plain data (:class:`EligibilityRule`):
  a desil set, optionally "has any of these PPKS", and optionally "does not
  yet receive this program" (read from the register's program bits). The
  default is desil 1-4 not yet receiving the program. A household is
  eligible for program *p* when it passes the scenario's household filter,
  lies in at least one zone that delivers *p*, and meets the rule of *p*.
* **Overlaps**: a household in several zones that deliver the same program
  is paid **once** for that program. For per-zone cost figures the cost is
  attributed to the first such zone in the scenario's zone order, so the
  zone costs add up to the total.
* **Cost** per household and program is the program table's expected annual
  cost for the household's size (see :mod:`gis.plan.programs`), in whole Rupiah.
* **Budget cap**: when the total cost of all eligible households exceeds the
  cap, households are ranked by the priority rule (default: desil ascending,
  then number of PPKS types descending, then household size descending;
  remaining ties by row order in the register, so the result is
  deterministic), and reached in that order while the running total stays
  within the cap. The first household that does not fit and every one after
  it are cut (a strict priority order: a cheaper household further down is
  not slipped in ahead of a poorer one). A household is reached or cut
  whole, with all the programs it is eligible for. Each cut household
  carries the reason (``"budget_cap"``), its rank and how much more budget
  would have reached it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from gis.errors import Cancelled, SasaranError
from gis.model.filters import HouseholdFilter, ppks_mask
from gis.model.households import HouseholdTable
from gis.model.zone_tally import ZoneCounts, count_zones
from gis.model.zones import Zone, ZoneMasks
from gis.plan.money import MAX_RUPIAH, MAX_TOTAL_RUPIAH
from gis.plan.programs import ProgramTable

N_DESIL = 11

#: fields a priority rule may sort on; a leading "-" sorts descending
PRIORITY_FIELDS = {
    "desil": "desil (tanpa desil paling akhir)",
    "ppks_count": "jumlah jenis PPKS",
    "members": "jumlah anggota rumah tangga",
    "cost": "biaya per tahun",
    "received_count": "jumlah program yang sudah diterima",
}
DEFAULT_PRIORITY: tuple[str, ...] = ("desil", "-ppks_count", "-members")

#: why an eligible household is not reached
CUT_REASONS = {"budget_cap": "tidak tercakup pagu anggaran (urutan prioritas)"}


class AllocationError(SasaranError):
    """A scenario cannot be evaluated (unknown program, bad priority key...)."""


@dataclass(frozen=True)
class EligibilityRule:
    """Who may receive one program (plain data, stored in the scenario).

    Attributes
    ----------
    desil
        Desil values that qualify (0 = missing desil). Empty means any desil.
    ppks_any
        PPKS codes; if not empty the household must have at least one.
    lacks_program
        If True, households already receiving the program (per the register)
        are not eligible. Where the register says nothing about the program
        (no column for it, as for regional programs or PIP in a P3KE sheet)
        the household is treated as not receiving it - it stays eligible -
        and is counted separately in the summary (``receipt_unknown``), so
        a reader sees how many of those reached may already receive it. A
        program key the household table has no bit for at all is a program
        of the planner's own that no register records: nobody receives it yet.
    """

    desil: tuple[int, ...] = (1, 2, 3, 4)
    ppks_any: tuple[int, ...] = ()
    lacks_program: bool = True

    def to_dict(self) -> dict:
        return {
            "desil": list(self.desil),
            "ppks_any": list(self.ppks_any),
            "lacks_program": self.lacks_program,
        }

    @classmethod
    def from_dict(cls, data: Mapping) -> EligibilityRule:
        return cls(
            desil=tuple(int(d) for d in data.get("desil", (1, 2, 3, 4))),
            ppks_any=tuple(int(p) for p in data.get("ppks_any", ())),
            lacks_program=bool(data.get("lacks_program", True)),
        )

    def mask(self, desil, ppks, programs, program_bit: int) -> np.ndarray:
        """Boolean mask over the given column arrays (any subset of households)."""
        m = np.ones(len(desil), dtype=bool)
        if self.desil:
            lut = np.zeros(N_DESIL, dtype=bool)
            lut[[d for d in self.desil if 0 <= d < N_DESIL]] = True
            m &= lut[desil]
        if self.ppks_any:
            m &= (ppks & np.uint32(ppks_mask(self.ppks_any))) != 0
        if self.lacks_program and program_bit:
            m &= (programs & np.uint32(program_bit)) == 0
        return m


DEFAULT_RULE = EligibilityRule()


def check_priority(priority: Sequence[str]) -> tuple[str, ...]:
    """Validate a priority rule (ordered keys, ``-`` prefix for descending)."""
    out = []
    for key in priority:
        name = key[1:] if key.startswith("-") else key
        if name not in PRIORITY_FIELDS:
            raise AllocationError(f"unknown priority key {key!r}", code="bad_priority", key=key)
        out.append(key)
    return tuple(out)


@dataclass
class Allocation:
    """What a scenario reaches: plain arrays over the *candidates*.

    Candidates are the households eligible for at least one program
    (``candidates`` holds their row indices into the household table, in
    ascending order); every per-household array below is aligned with it.

    Attributes
    ----------
    keys
        Programs delivered, in the scenario's order (row ``i`` of the
        per-program arrays is ``keys[i]``).
    zone_ids, zone_names
        Zones, in scenario order (index used by ``payer``).
    candidates
        int64 row indices of eligible households.
    eligible
        (programs, m) bool: eligible for each program.
    program_cost
        (programs, m) int64: annual cost of each program (0 if not eligible).
    commitment_cost
        (programs, m) int64: cost over the programs' whole duration.
    payer
        (programs, m) int16: zone the cost is attributed to, -1 if not eligible.
    cost
        (m,) int64 total annual cost if reached.
    reached
        (m,) bool.
    rank
        (m,) int64 position in the priority order, -1 when the cap did not bind.
    short_by
        (m,) int64 extra budget that would have reached the household (0 if reached).
    budget_cap
        Rupiah per year, None = no cap.
    cap_binds
        True if the cap cut someone.
    priority
        The priority rule used.
    summary
        JSON-ready totals (see :func:`summarise`).
    village_reached, village_persons, village_cost, village_eligible
        Per village arrays of length ``villages + 1`` (last slot: households
        without a village), for maps and the per-village comparison.
    """

    keys: tuple[str, ...]
    zone_ids: tuple[str, ...]
    zone_names: tuple[str, ...]
    n_households: int
    candidates: np.ndarray
    eligible: np.ndarray
    program_cost: np.ndarray
    commitment_cost: np.ndarray
    payer: np.ndarray
    cost: np.ndarray
    reached: np.ndarray
    rank: np.ndarray
    short_by: np.ndarray
    budget_cap: int | None
    cap_binds: bool
    priority: tuple[str, ...]
    summary: dict = field(default_factory=dict)
    village_reached: np.ndarray | None = None
    village_persons: np.ndarray | None = None
    village_cost: np.ndarray | None = None
    village_eligible: np.ndarray | None = None
    #: (programs, m) bool: eligible although the register says nothing about
    #: whether the household already receives that program (None: none such)
    receipt_unknown: np.ndarray | None = None

    # --- totals ------------------------------------------------------------------

    @property
    def total_cost(self) -> int:
        """Annual cost of the households reached (Rupiah)."""
        return int(self.cost[self.reached].sum())

    @property
    def eligible_cost(self) -> int:
        """Annual cost if every eligible household were reached."""
        return int(self.cost.sum())

    @property
    def households_reached(self) -> int:
        return int(self.reached.sum())

    @property
    def households_cut(self) -> int:
        return int(len(self.reached) - self.reached.sum())

    def meter(self) -> dict:
        """What the live budget meter shows: cost against the cap."""
        cap = self.budget_cap
        cost = self.total_cost
        return {
            "cost": cost,
            "cap": cap,
            "eligible_cost": self.eligible_cost,
            "remaining": None if cap is None else cap - cost,
            "share": None if not cap else cost / cap,
            "over": cap is not None and self.eligible_cost > cap,
        }

    # --- full-length masks -------------------------------------------------------

    def reached_mask(self) -> np.ndarray:
        """Boolean over all households: reached by at least one program."""
        out = np.zeros(self.n_households, dtype=bool)
        out[self.candidates[self.reached]] = True
        return out

    def eligible_mask(self) -> np.ndarray:
        out = np.zeros(self.n_households, dtype=bool)
        out[self.candidates] = True
        return out

    def program_mask(self, key: str) -> np.ndarray:
        """Boolean over all households: reached by program ``key``."""
        out = np.zeros(self.n_households, dtype=bool)
        if key in self.keys:
            i = self.keys.index(key)
            out[self.candidates[self.reached & self.eligible[i]]] = True
        return out

    def cut_mask(self) -> np.ndarray:
        out = np.zeros(self.n_households, dtype=bool)
        out[self.candidates[~self.reached]] = True
        return out

    # --- the cut list ------------------------------------------------------------

    def cut(self, table: HouseholdTable) -> dict[str, np.ndarray]:
        """Households cut by the cap, in priority order, as columns.

        Keys: ``row`` (index into the table), ``hh_id``, ``village_code``,
        ``desil``, ``members``, ``ppks_count``, ``programs`` (keys they were
        eligible for, ``+``-joined), ``cost``, ``rank``, ``short_by``,
        ``reason``. No names, NIK or addresses.
        """
        sel = np.flatnonzero(~self.reached)
        sel = sel[np.argsort(self.rank[sel], kind="stable")]
        rows = self.candidates[sel]
        vcodes = np.append(table.villages.codes, "").astype(object)
        bits = np.zeros(len(sel), dtype=np.int64)
        for i in range(len(self.keys)):
            bits |= self.eligible[i, sel].astype(np.int64) << i
        names = {
            b: "+".join(k for i, k in enumerate(self.keys) if b >> i & 1) for b in np.unique(bits)
        }
        return {
            "row": rows,
            "hh_id": table.hh_id[rows],
            "village_code": vcodes[table.village[rows]],
            "desil": table.desil[rows],
            "members": table.members[rows],
            "ppks_count": _popcount(table.ppks[rows]),
            "programs": np.array([names[b] for b in bits], dtype=object),
            "cost": self.cost[sel],
            "rank": self.rank[sel],
            "short_by": self.short_by[sel],
            "reason": np.full(len(sel), "budget_cap", dtype=object),
        }


def _popcount(a: np.ndarray) -> np.ndarray:
    if hasattr(np, "bitwise_count"):
        return np.bitwise_count(a).astype(np.int64)
    bits = np.unpackbits(a.astype(np.uint32).view(np.uint8).reshape(-1, 4), axis=1)
    return bits.sum(axis=1).astype(np.int64)


def allocate(
    table: HouseholdTable,
    scenario,
    *,
    masks: ZoneMasks | None = None,
    progress=None,
    cancelled=None,
) -> Allocation:
    """Evaluate a scenario on a household table.

    Parameters
    ----------
    table
        The households.
    scenario
        A :class:`gis.plan.scenario.Scenario` (its filter, zones, zone programs,
        eligibility rules, program table, budget cap and priority are used).
    masks
        Zone mask cache for ``table``; pass the one the map uses so edits
        only recompute the zone that changed.
    progress, cancelled
        ``progress(fraction, message)`` and ``cancelled() -> bool``; a
        cancel raises :class:`gis.errors.Cancelled`.

    Returns
    -------
    Allocation
    """
    return allocate_plan(
        table,
        zones=scenario.zones,
        zone_programs=scenario.zone_programs,
        rules=scenario.rules,
        programs=scenario.programs,
        budget_cap=scenario.budget_cap,
        priority=scenario.priority,
        household_filter=scenario.filter,
        masks=masks,
        progress=progress,
        cancelled=cancelled,
    )


def allocate_plan(
    table: HouseholdTable,
    *,
    zones: Sequence[Zone],
    zone_programs: Mapping[str, Sequence[str]],
    rules: Mapping[str, EligibilityRule] | None = None,
    programs: ProgramTable,
    budget_cap: int | None = None,
    priority: Sequence[str] = DEFAULT_PRIORITY,
    household_filter: HouseholdFilter | None = None,
    masks: ZoneMasks | None = None,
    progress=None,
    cancelled=None,
) -> Allocation:
    """:func:`allocate` with the scenario's parts passed one by one (same rules)."""
    say = progress or (lambda f, m="": None)

    def check():
        if cancelled is not None and cancelled():
            raise Cancelled()

    rules = rules or {}
    priority = check_priority(priority)
    if budget_cap is not None and not 0 <= budget_cap <= MAX_RUPIAH:
        raise AllocationError(
            "budget out of range",
            code="bad_budget",
            budget=budget_cap,
            reason="negative" if budget_cap < 0 else "absurd",
            ceiling=MAX_RUPIAH,
        )
    # program order: first appearance over the zones, in zone order
    keys: list[str] = []
    for z in zones:
        for k in zone_programs.get(z.zone_id, ()):
            if k not in keys:
                keys.append(k)
    for k in keys:
        if k not in programs:
            raise AllocationError(f"unknown program {k!r}", code="unknown_program", key=k)
    masks = masks if masks is not None else ZoneMasks(table)
    say(0.0, "zona")
    check()
    n = len(table)
    zone_list = list(zones)
    delivers = np.zeros((len(keys), len(zone_list)), dtype=bool)
    for j, z in enumerate(zone_list):
        for k in zone_programs.get(z.zone_id, ()):
            delivers[keys.index(k), j] = True
    zone_masks = []
    for z in zone_list:
        zone_masks.append(masks.mask(z))
        check()
    base = None
    if household_filter is not None and not _is_trivial(household_filter):
        base = household_filter.mask(table)
    say(0.3, "kelayakan")

    # 1. eligibility per program over whole columns (boolean work is cheap;
    #    programs delivered by the same zones share one union mask)
    unions: dict[tuple[int, ...], np.ndarray] = {}
    desil_masks: dict[tuple[int, ...], np.ndarray] = {}
    elig_full = []
    unknown_full: list[tuple[bool, np.ndarray]] = []
    for i, k in enumerate(keys):
        zi = tuple(np.flatnonzero(delivers[i]).tolist())
        if zi not in unions:
            u = np.zeros(n, dtype=bool)
            for j in zi:
                u |= zone_masks[j]
            if base is not None:
                u &= base
            unions[zi] = u
        e = unions[zi].copy()
        rule = rules.get(k, DEFAULT_RULE)
        if rule.desil:
            if rule.desil not in desil_masks:
                desil_masks[rule.desil] = _desil_mask(table.desil, rule.desil)
            e &= desil_masks[rule.desil]
        if rule.ppks_any:
            e &= (table.ppks & np.uint32(ppks_mask(rule.ppks_any))) != 0
        bit = table.program_bit(k)
        if rule.lacks_program and bit:
            e &= (table.programs & np.uint32(bit)) == 0
        # a key the register has no bit for is a program of the planner's own
        # (none receives it yet); a register bit without a column is unknown
        unknown_full.append(
            (rule.lacks_program and bool(bit), (table.programs_known & np.uint32(bit)) == 0)
        )
        elig_full.append(e)
        check()
    if elig_full:
        any_elig = np.logical_or.reduce(elig_full) if len(elig_full) > 1 else elig_full[0]
        cand = np.flatnonzero(any_elig)
    else:
        cand = np.zeros(0, dtype=np.int64)
    m = len(cand)
    elig = np.stack([e[cand] for e in elig_full]) if keys else np.zeros((0, m), dtype=bool)
    in_zone = (
        np.stack([zm[cand] for zm in zone_masks]) if zone_list else np.zeros((0, m), dtype=bool)
    )
    members_c = table.members[cand]
    receipt_unknown = None
    if any(lacks for lacks, _ in unknown_full):
        receipt_unknown = np.zeros((len(keys), m), dtype=bool)
        for i, (lacks, unknown) in enumerate(unknown_full):
            if lacks:
                receipt_unknown[i] = elig[i] & unknown[cand]
        if not receipt_unknown.any():
            receipt_unknown = None
    check()
    say(0.5, "biaya")

    # 2. cost per program (lookup by household size) and the paying zone
    max_m = int(members_c.max()) if m else 0
    pcost = np.zeros((len(keys), m), dtype=np.int64)
    ccost = np.zeros((len(keys), m), dtype=np.int64)
    payer = np.full((len(keys), m), -1, dtype=np.int16)
    first_zone: dict[tuple[int, ...], np.ndarray] = {}
    bound = 0
    for i, k in enumerate(keys):
        lut = programs.cost_lut(k, max_m)
        clut = programs.cost_lut(k, max_m, commitment=True)
        # the largest sum these costs can reach, in exact Python ints, before any int64 sum
        bound += int(max(lut.max(), clut.max(), 0)) * m
        if bound > MAX_TOTAL_RUPIAH:
            raise AllocationError(
                "cost sums out of range", code="amount_overflow", key=k, ceiling=MAX_TOTAL_RUPIAH
            )
        pcost[i] = lut[members_c]
        pcost[i][~elig[i]] = 0
        if np.array_equal(clut, lut):
            ccost[i] = pcost[i]
        else:
            ccost[i] = clut[members_c]
            ccost[i][~elig[i]] = 0
        zi = tuple(np.flatnonzero(delivers[i]).tolist())
        if zi not in first_zone:
            fz = np.full(m, -1, dtype=np.int16)
            for j in reversed(zi):  # the earliest zone is written last and wins
                fz[in_zone[j]] = j
            first_zone[zi] = fz
        payer[i] = first_zone[zi]
        payer[i][~elig[i]] = -1
    cost = pcost.sum(axis=0)
    check()
    say(0.7, "pagu")

    # 3. the cap: rank by priority, reach the prefix whose running total fits
    reached = np.ones(m, dtype=bool)
    rank = np.full(m, -1, dtype=np.int64)
    short_by = np.zeros(m, dtype=np.int64)
    total = int(cost.sum())
    cap_binds = budget_cap is not None and total > budget_cap
    if cap_binds:
        sort_keys = []
        for key in priority:
            name = key.lstrip("-")
            if name == "desil":
                v = table.desil[cand].astype(np.int64)
                v[v == 0] = N_DESIL  # missing desil ranks after desil 10
            elif name == "ppks_count":
                v = _popcount(table.ppks[cand])
            elif name == "members":
                v = members_c.astype(np.int64)
            elif name == "cost":
                v = cost.copy()
            else:  # received_count
                v = _popcount(table.programs[cand])
            sort_keys.append(-v if key.startswith("-") else v)
        order = _priority_order(sort_keys, m)
        running = np.cumsum(cost[order])
        fits = running <= budget_cap
        reached[order] = fits
        rank[order] = np.arange(m)
        short_by[order] = np.where(fits, 0, running - budget_cap)
    check()
    say(0.85, "ringkasan")

    alloc = Allocation(
        keys=tuple(keys),
        zone_ids=tuple(z.zone_id for z in zone_list),
        zone_names=tuple(z.name for z in zone_list),
        n_households=n,
        candidates=cand.astype(np.int64),
        eligible=elig,
        program_cost=pcost,
        commitment_cost=ccost,
        payer=payer,
        cost=cost,
        reached=reached,
        rank=rank,
        short_by=short_by,
        budget_cap=None if budget_cap is None else int(budget_cap),
        cap_binds=bool(cap_binds),
        priority=priority,
        receipt_unknown=receipt_unknown,
    )
    alloc.summary = summarise(table, alloc, in_zone, count_zones(table, zone_list, masks, base))
    say(1.0, "selesai")
    return alloc


def _desil_mask(desil: np.ndarray, values: tuple[int, ...]) -> np.ndarray:
    vals = sorted(set(values))
    if vals == list(range(vals[0], vals[-1] + 1)):
        # a range (the usual 1-4): two comparisons beat a lookup table on int8
        return (desil >= vals[0]) & (desil <= vals[-1])
    lut = np.zeros(N_DESIL, dtype=bool)
    lut[[d for d in vals if 0 <= d < N_DESIL]] = True
    return lut[desil]


def _priority_order(sort_keys: list[np.ndarray], m: int) -> np.ndarray:
    """Stable order by the keys (first key first); ties keep row order.

    When the keys fit in 62 bits together they are packed into one integer
    and sorted once (about twice as fast as ``np.lexsort``); otherwise
    ``np.lexsort``. Both are stable, so the result is the same.
    """
    if not sort_keys:
        return np.arange(m)
    widths, lows = [], []
    for v in sort_keys:
        lo = int(v.min()) if m else 0
        hi = int(v.max()) if m else 0
        lows.append(lo)
        widths.append(max(1, (hi - lo).bit_length()))
    if sum(widths) <= 62:
        packed = np.zeros(m, dtype=np.int64)
        for v, lo, w in zip(sort_keys, lows, widths):
            packed <<= w
            packed |= v - lo
        return np.argsort(packed, kind="stable")
    # np.lexsort sorts by the last key first
    return np.lexsort(sort_keys[::-1])


def _is_trivial(flt: HouseholdFilter) -> bool:
    return not (flt.desil or flt.ppks_any or flt.receives_any or flt.lacks_all or flt.units)


def summarise(
    table: HouseholdTable, alloc: Allocation, in_zone: np.ndarray, zone_counts: ZoneCounts
) -> dict:
    """JSON-ready totals of an allocation (stored as a scenario's results summary).

    Also fills the per-village arrays of ``alloc``. ``in_zone`` is the
    (zones, candidates) membership matrix, ``zone_counts`` the households
    per zone after the scenario filter (own coordinates, approximate,
    shared with another zone, split villages) with the total row.
    """
    cand = alloc.candidates
    r = alloc.reached
    desil = table.desil[cand]
    members = table.members[cand].astype(np.int64)
    nv = len(table.villages)
    village = table.village[cand].astype(np.int64)
    vslot = np.where(village >= 0, village, nv)
    rm = members[r]
    rd = desil[r]
    rv = vslot[r]
    rc = alloc.cost[r]

    reached_d = np.bincount(rd, minlength=N_DESIL)
    persons_d = np.bincount(rd, weights=rm, minlength=N_DESIL)
    no_size_d = np.bincount(rd[rm <= 0], minlength=N_DESIL)
    cost_d = np.bincount(rd, weights=rc, minlength=N_DESIL)
    elig_d = np.bincount(desil, minlength=N_DESIL)
    cut_d = elig_d - reached_d

    alloc.village_reached = np.bincount(rv, minlength=nv + 1).astype(np.int64)
    alloc.village_persons = np.bincount(rv, weights=rm, minlength=nv + 1).astype(np.int64)
    alloc.village_cost = np.bincount(rv, weights=rc, minlength=nv + 1).astype(np.int64)
    alloc.village_eligible = np.bincount(vslot, minlength=nv + 1).astype(np.int64)

    nz = len(alloc.zone_ids)
    zone_cost = np.zeros(nz, dtype=np.int64)
    zone_prog = np.zeros((nz, len(alloc.keys)), dtype=np.int64)
    by_program = {}
    for i, k in enumerate(alloc.keys):
        sel = r & alloc.eligible[i]
        paid = alloc.payer[i][sel]
        zone_cost += np.bincount(
            paid[paid >= 0], weights=alloc.program_cost[i][sel][paid >= 0], minlength=nz
        ).astype(np.int64)[:nz]
        if nz:
            zone_prog[:, i] = np.count_nonzero(in_zone & sel, axis=1)
        by_program[k] = {
            "eligible": int(alloc.eligible[i].sum()),
            "households": int(sel.sum()),
            "persons": int(members[sel].sum()),
            "cost": int(alloc.program_cost[i][sel].sum()),
            "commitment": int(alloc.commitment_cost[i][sel].sum()),
        }
        no_size = int((sel & (members <= 0)).sum())
        if no_size:
            # reached households of unknown size: not in "persons", costed at the assumed size
            by_program[k]["unknown_size"] = no_size
        if alloc.receipt_unknown is not None:
            # reached, counted as not yet receiving it, though the register does not say
            by_program[k]["receipt_unknown"] = int((sel & alloc.receipt_unknown[i]).sum())
    zone_elig = np.count_nonzero(in_zone, axis=1) if nz else np.zeros(0, dtype=np.int64)
    zone_reached = np.count_nonzero(in_zone & r, axis=1) if nz else np.zeros(0, dtype=np.int64)
    zone_persons = (in_zone & r) @ members if nz else np.zeros(0, dtype=np.int64)
    approx = table.approx[cand]
    zone_reached_approx = (
        np.count_nonzero(in_zone & (r & approx), axis=1) if nz else np.zeros(0, dtype=np.int64)
    )
    by_zone = []
    for j, zid in enumerate(alloc.zone_ids):
        zc = zone_counts.zones[j]
        by_zone.append(
            {
                "zone_id": zid,
                "name": alloc.zone_names[j],
                "kind": zc.kind,
                "households_in_zone": zc.total,
                "own_coordinates": zc.own,
                "approximate": zc.approximate,
                "shared": zc.shared,
                "split_approximate": zc.split_approximate,
                "split_villages": zc.split_villages,
                "split_inside": zc.split_inside,
                "reached_approximate": int(zone_reached_approx[j]),
                "eligible": int(zone_elig[j]),
                "reached": int(zone_reached[j]),
                "persons_reached": int(zone_persons[j]),
                "cost": int(zone_cost[j]),
                "programs": {k: int(zone_prog[j, i]) for i, k in enumerate(alloc.keys)},
            }
        )
    cost = int(rc.sum())
    extra = {}
    if alloc.receipt_unknown is not None:
        extra["reached_receipt_unknown"] = int((r & alloc.receipt_unknown.any(axis=0)).sum())
    return extra | {
        "households_eligible": int(len(cand)),
        "households_reached": int(r.sum()),
        "households_cut": int((~r).sum()),
        "persons_reached": int(rm.sum()),
        "reached_unknown_size": int((rm == 0).sum()),
        "cost": cost,
        "eligible_cost": int(alloc.cost.sum()),
        "commitment": int(alloc.commitment_cost[:, r].sum()) if len(alloc.keys) else 0,
        "budget_cap": alloc.budget_cap,
        "remaining": None if alloc.budget_cap is None else alloc.budget_cap - cost,
        "cap_binds": alloc.cap_binds,
        "priority": list(alloc.priority),
        "by_desil": {
            str(d): {
                "eligible": int(elig_d[d]),
                "reached": int(reached_d[d]),
                "cut": int(cut_d[d]),
                "persons": int(persons_d[d]),
                "cost": int(cost_d[d]),
            }
            # households of unknown size reached, only where there are any
            | ({"unknown_size": int(no_size_d[d])} if no_size_d[d] else {})
            for d in range(N_DESIL)
        },
        "by_program": by_program,
        "by_zone": by_zone,
        "zones_total": zone_counts.to_dict()["total"],
    }
