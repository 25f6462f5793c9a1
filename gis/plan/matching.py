"""Mentors matched to families: as many families as possible, then the least travel.

Each family gets at most one mentor; a mentor takes at most its capacity.
A pair is allowed when the mentor is within reach (great-circle km at most
``max_km``, and/or in the same kecamatan or kabupaten) and, when competence
is a hard condition, holds at least one competence the family needs (a
family without a stated need fits anyone). With soft competence a pair that
does not fit costs ``penalty_km`` extra; with none, competence is ignored.

The objective, in this order: the most families of the first priority class
(desil 1 before desil 2 ...; families without desil last; or one class when
there is no priority), then of the next class, ..., then the least total
distance (plus penalties). It is solved exactly as a min-cost flow with
OR-Tools (source -> family -> mentor -> sink, and a family -> sink arc
whose cost says what leaving it unassigned costs, a step per class
larger than any change of total distance, so the order above is strict). Distances are whole units of
``resolution_m`` metres (1 m unless the sums would not fit 62 bits).

Candidate arcs are the ``k`` nearest allowed mentors per family, plus each
mentor's own nearest families (where families crowd round few mentors).
The optimum over the candidates is then proven for all pairs by column
generation on the dual: the residual graph's potentials give every
left-out pair a reduced cost, and a pair can lower the cost only when that
is negative. Left-out pairs of a family are at least as far as its
``k``-th nearest mentor, so a grid-cell bound settles most families at
once; for the rest, only the mentors inside the radius their potential
still allows are looked at. The violated pairs found are added and the
flow solved again, until none is left (``optimal``): the answer is the
exact optimum over all pairs, without raising ``k`` for everyone. When
every family's list holds all its allowed mentors the candidates are the
whole problem (``complete``). The naive result, each family in priority
order taking the nearest allowed mentor with room, is computed beside it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
from scipy.spatial import cKDTree

from gis.errors import SasaranError

EARTH_RADIUS_KM = 6371.0088
#: most (family, mentor) pairs one KD-tree query holds at once
_BLOCK = 4_000_000
_LIMIT = 1 << 62

#: why a family has no mentor
UNASSIGNED_REASONS = {
    "no_location": "keluarga tanpa letak (tanpa koordinat maupun desa yang dikenal)",
    "no_mentor_in_reach": "tidak ada pendamping dalam jangkauan",
    "no_competence_fit": "tidak ada pendamping berkompetensi sesuai dalam jangkauan",
    "capacity_exhausted": "kapasitas pendamping dalam jangkauan sudah terpakai",
}
_REASON_CODES = tuple(UNASSIGNED_REASONS)

COMPETENCE_MODES = ("hard", "soft", "none")
#: the distance of a matching without a travel table
GREAT_CIRCLE_TEXT = "jarak garis lurus (km): lingkaran besar antara titik keluarga dan pendamping"
AREA_LEVELS = (None, "kecamatan", "kabupaten")


class MatchingError(SasaranError):
    """Matching cannot be set up or solved (bad rule, costs out of range, solver failure)."""


@dataclass(frozen=True)
class MatchRules:
    """What a pair must satisfy and how the objective ranks families."""

    max_km: float | None = 15.0
    same_area: str | None = None
    competence: str = "soft"
    penalty_km: float = 5.0
    priority: str = "desil"
    k: int = 8
    #: with a travel table in minutes: the longest trip, and the competence penalty
    max_minutes: float | None = None
    penalty_minutes: float = 10.0

    def __post_init__(self):
        if self.competence not in COMPETENCE_MODES:
            raise MatchingError("competence mode", code="bad_competence", value=self.competence)
        if self.same_area not in AREA_LEVELS:
            raise MatchingError("area level", code="bad_area", value=self.same_area)
        if self.priority not in ("desil", "none"):
            raise MatchingError("priority", code="bad_priority", key=self.priority)
        if self.max_km is not None and not self.max_km > 0:
            raise MatchingError("max km", code="bad_max_km", value=self.max_km)
        if self.k < 1 or self.penalty_km < 0 or self.penalty_minutes < 0:
            raise MatchingError("k or penalty", code="bad_k", value=self.k)
        if self.max_minutes is not None and not self.max_minutes > 0:
            raise MatchingError("max minutes", code="bad_max_minutes", value=self.max_minutes)

    def to_dict(self, unit: str = "km") -> dict:
        """The rules as stored; with a travel table in minutes (``unit``), its limit and penalty."""
        soft = self.competence == "soft"
        if unit == "menit":
            return {
                "max_minutes": self.max_minutes,
                "same_area": self.same_area,
                "competence": self.competence,
                "penalty_minutes": self.penalty_minutes if soft else None,
                "priority": self.priority,
            }
        return {
            "max_km": self.max_km,
            "same_area": self.same_area,
            "competence": self.competence,
            "penalty_km": self.penalty_km if soft else None,
            "priority": self.priority,
        }


@dataclass
class MatchProblem:
    """The families and mentors of one matching, as plain arrays.

    Families: ``lon``/``lat`` (NaN = nowhere), ``area`` (kecamatan or
    kabupaten index, -1 unknown; used only with ``same_area``), ``needs``
    (competence bits), ``klass`` (priority class, 0 first). Mentors the same,
    with ``competence`` bits and ``capacity``.
    """

    fam_lon: np.ndarray
    fam_lat: np.ndarray
    fam_area: np.ndarray
    fam_needs: np.ndarray
    fam_class: np.ndarray
    men_lon: np.ndarray
    men_lat: np.ndarray
    men_area: np.ndarray
    men_comp: np.ndarray
    men_cap: np.ndarray


@dataclass
class MatchResult:
    """The assignment over the problem's families (indices into its arrays)."""

    mentor: np.ndarray  # int64 per family, -1 unassigned
    km: np.ndarray  # distance to the mentor (great-circle km, or ``unit``), NaN unassigned
    misfit: np.ndarray  # bool: assigned to a mentor without a needed competence (soft)
    reason: np.ndarray  # int8 index into UNASSIGNED_REASONS, -1 assigned
    naive_mentor: np.ndarray
    naive_km: np.ndarray
    naive_misfit: np.ndarray  # bool, as ``misfit`` for the naive pick
    fam_class: np.ndarray
    rules: MatchRules
    status: str
    optimal: bool
    objective: int
    resolution_m: int
    k: int
    complete: bool
    arcs: int
    rounds: list[dict] = field(default_factory=list)
    #: what ``km`` holds: "km" (great-circle, or a travel table in km) or "menit"
    unit: str = "km"
    #: which distance was used, in the planner's words
    distance_text: str = GREAT_CIRCLE_TEXT

    @property
    def assigned(self) -> np.ndarray:
        return self.mentor >= 0

    def reason_codes(self) -> np.ndarray:
        """Reason code per family ("" where assigned)."""
        lut = np.array(("",) + _REASON_CODES, dtype=object)
        return lut[self.reason.astype(np.int64) + 1]

    def summary(self, class_labels=None) -> dict:
        """JSON-ready totals, the naive result beside the optimum."""
        labels = class_labels or {}

        def side(mentor, km, misfit=None):
            ok = mentor >= 0
            suffix = "minutes" if self.unit == "menit" else "km"
            out = {
                "assigned": int(ok.sum()),
                f"total_{suffix}": round(float(np.nansum(km[ok])), 3),
                f"mean_{suffix}": round(float(km[ok].mean()), 3) if ok.any() else None,
                "by_priority": {
                    str(labels.get(int(c), int(c))): int((ok & (self.fam_class == c)).sum())
                    for c in np.unique(self.fam_class)
                },
            }
            if misfit is not None:
                out["competence_misfits"] = int(misfit.sum())
            return out

        codes = self.reason_codes()
        return {
            "families": len(self.mentor),
            "rules": self.rules.to_dict(self.unit),
            "distance": self.distance_text,
            "unit": self.unit,
            "optimised": side(self.mentor, self.km, self.misfit),
            "naive": side(self.naive_mentor, self.naive_km, self.naive_misfit),
            "unassigned": {c: int((codes == c).sum()) for c in _REASON_CODES},
            "solver": {
                "name": "OR-Tools SimpleMinCostFlow",
                "status": self.status,
                "optimal": self.optimal,
                "objective": self.objective,
                "resolution_m": self.resolution_m,
                "k": self.k,
                "candidates_complete": self.complete,
                "arcs": self.arcs,
                "rounds": self.rounds,
            },
        }


def unit_vectors(lon, lat) -> np.ndarray:
    lo, la = np.radians(np.asarray(lon, float)), np.radians(np.asarray(lat, float))
    c = np.cos(la)
    return np.column_stack([c * np.cos(lo), c * np.sin(lo), np.sin(la)])


def chord_to_km(chord) -> np.ndarray:
    return 2.0 * EARTH_RADIUS_KM * np.arcsin(np.clip(np.asarray(chord) / 2.0, 0.0, 1.0))


def great_circle_km(lon1, lat1, lon2, lat2) -> np.ndarray:
    """Great-circle distance in km (haversine on the mean Earth radius)."""
    a = unit_vectors(np.atleast_1d(lon1), np.atleast_1d(lat1))
    b = unit_vectors(np.atleast_1d(lon2), np.atleast_1d(lat2))
    return chord_to_km(np.linalg.norm(a - b, axis=1))


class _Space:
    """The mentors in a KD-tree, and the pair rules."""

    def __init__(self, p: MatchProblem, rules: MatchRules):
        self.p, self.rules = p, rules
        self.n_m = len(p.men_lon)
        self.fam_xyz = unit_vectors(p.fam_lon, p.fam_lat)
        self.tree = cKDTree(unit_vectors(p.men_lon, p.men_lat)) if self.n_m else None
        if rules.max_km is None:
            self.bound = np.inf
        else:  # chord of max_km, a hair wider; the km test below is exact
            self.bound = 2.0 * np.sin(rules.max_km / (2.0 * EARTH_RADIUS_KM)) * (1 + 1e-9)

    def allowed(self, fi, mj, km, competence: bool, room: bool) -> np.ndarray:
        p, r = self.p, self.rules
        ok = np.ones(len(fi), dtype=bool)
        if r.max_km is not None:
            ok &= km <= r.max_km
        if r.same_area is not None:
            ok &= (p.fam_area[fi] >= 0) & (p.fam_area[fi] == p.men_area[mj])
        if competence and r.competence == "hard":
            ok &= (p.fam_needs[fi] == 0) | ((p.fam_needs[fi] & p.men_comp[mj]) != 0)
        if room:
            ok &= p.men_cap[mj] > 0
        return ok

    def pairs(self, fams: np.ndarray, k: int, competence=True, room=True):
        """The ``k`` nearest allowed mentors of each family, nearest first.

        Returns (family, mentor, km, complete): ``complete[i]`` says whether
        family ``fams[i]``'s list holds every allowed mentor.
        """
        out_f, out_m, out_d = [], [], []
        complete = np.zeros(len(fams), dtype=bool)
        if self.tree is None or len(fams) == 0:
            return (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0), ~complete)
        todo = np.arange(len(fams))
        kq = min(self.n_m, max(4 * k, 16))
        while len(todo):
            # blocks of families, so a query never holds more than a few million pairs
            blocks = np.array_split(todo, max(1, int(np.ceil(len(todo) * kq / _BLOCK))))
            again = []
            for block in blocks:
                fi = fams[block]
                d, idx = self.tree.query(self.fam_xyz[fi], k=kq, distance_upper_bound=self.bound)
                d, idx = d.reshape(len(fi), kq), idx.reshape(len(fi), kq)
                found = idx < self.n_m
                rows, cols = np.nonzero(found)
                f_all, m_all = fi[rows], idx[rows, cols]
                km = chord_to_km(d[rows, cols])
                ok = self.allowed(f_all, m_all, km, competence, room)
                # rank of each allowed pair within its family (rows are sorted by distance)
                okc = np.zeros(found.shape, dtype=np.int32)
                okc[rows[ok], cols[ok]] = 1
                rank = np.cumsum(okc, axis=1) - 1
                keep = ok & (rank[rows, cols] < k)
                n_ok = okc.sum(axis=1)
                saturated = found.all(axis=1) & (kq < self.n_m)
                done = ~saturated | (n_ok >= k)
                sel = done[rows] & keep
                out_f.append(f_all[sel])
                out_m.append(m_all[sel])
                out_d.append(km[sel])
                complete[block[done]] = ~saturated[done] & (n_ok[done] <= k)
                again.append(block[~done])
            todo = np.concatenate(again)
            kq = min(self.n_m, kq * 4)
        return (
            np.concatenate(out_f).astype(np.int64),
            np.concatenate(out_m).astype(np.int64),
            np.concatenate(out_d),
            complete,
        )

    def with_mentor_side(self, located, fi, mj, km, k: int):
        """The family-side arcs plus each mentor's nearest allowed families.

        Where many families crowd round few mentors, every family's few
        nearest mentors are the same ones; arcs from each mentor to its own
        nearest families (twice ``k``, or twice its capacity) reach the
        mentors that can still take them. They only add arcs: the proof of
        optimality still rests on the families' own lists.
        """
        p = self.p
        men = np.flatnonzero((p.men_cap > 0) & ~np.isnan(p.men_lon))
        if len(located) == 0 or len(men) == 0:
            return fi, mj, km
        tree = cKDTree(self.fam_xyz[located])
        kq = int(min(len(located), max(2 * k, 2 * int(p.men_cap[men].max()))))
        men_xyz = unit_vectors(p.men_lon[men], p.men_lat[men])
        d, idx = tree.query(men_xyz, k=kq, distance_upper_bound=self.bound)
        d, idx = d.reshape(len(men), kq), idx.reshape(len(men), kq)
        rows, cols = np.nonzero(idx < len(located))
        f2, m2 = located[idx[rows, cols]], men[rows]
        km2 = chord_to_km(d[rows, cols])
        ok = self.allowed(f2, m2, km2, True, True)
        f_all = np.concatenate([fi, f2[ok]])
        m_all = np.concatenate([mj, m2[ok]])
        k_all = np.concatenate([km, km2[ok]])
        _, first = np.unique(f_all * np.int64(self.n_m) + m_all, return_index=True)
        return f_all[first], m_all[first], k_all[first]


def _misfit(p: MatchProblem, rules: MatchRules, fi, mj) -> np.ndarray:
    if rules.competence == "none":
        return np.zeros(len(fi), dtype=bool)
    return (p.fam_needs[fi] != 0) & ((p.fam_needs[fi] & p.men_comp[mj]) == 0)


def _costs(p, rules, fi, mj, km, resolution: int) -> np.ndarray:
    metres = km * 1000.0
    metres = metres + np.where(_misfit(p, rules, fi, mj), rules.penalty_km * 1000.0, 0.0) * (
        rules.competence == "soft"
    )
    return np.rint(metres / resolution).astype(np.int64)


def _class_weights(counts: np.ndarray, dist_bound: int, nodes: int = 1) -> list[int] | None:
    """Cost of leaving one family of each class unassigned, so the order is strict.

    Weights step by ``dist_bound + 1`` from the last class up (additive, not
    multiplied by class sizes). That is enough: the difference of two flows
    is a sum of cycles in the residual graph, each of which assigns at most
    one family and unassigns at most one; a solution better by priority
    contains a cycle that is better by itself (the lexicographic order is
    kept under sums), i.e. assigns a family without unassigning one, or
    trades a later class for an earlier one, and its distance changes by at
    most ``dist_bound`` (each family's dearest arc at most once), so its cost
    is negative and the minimum cost already took it. OR-Tools scales every
    cost by the number of nodes plus one inside its solver (BAD_COST_RANGE
    when that overflows), so the largest weight times ``nodes + 1``, and the
    total over all families, must stay inside 62 bits.
    """
    n_cls = len(counts)
    step = dist_bound + 1
    weights = [(n_cls - c) * step for c in range(n_cls)]
    top = weights[0] if weights else step
    fits = top * (nodes + 1) < _LIMIT and top * (int(np.sum(counts)) + 1) < _LIMIT
    return weights if fits else None


def _solve(p: MatchProblem, rules: MatchRules, fi, mj, km):
    """Min-cost flow over the given arcs: the assignment, status, objective, units, potentials."""
    from ortools.graph.python import min_cost_flow

    n_f = len(p.fam_lon)
    classes = p.fam_class.astype(np.int64)
    n_cls = int(classes.max()) + 1 if n_f else 1
    fams = np.unique(fi)
    counts = np.bincount(classes[fams], minlength=n_cls)
    for resolution in (1, 10, 100, 1000, 10_000):
        cost = _costs(p, rules, fi, mj, km, resolution)
        per_family = np.zeros(n_f, dtype=np.int64)
        np.maximum.at(per_family, fi, cost)
        nodes = len(fams) + len(np.unique(mj)) + 2
        weights = _class_weights(counts, int(per_family.sum()), nodes)
        if weights is not None:
            break
    else:
        raise MatchingError("cost range", code="cost_range", families=len(fams))
    mentors = np.unique(mj)
    f_node = np.full(n_f, -1, dtype=np.int64)
    f_node[fams] = np.arange(1, len(fams) + 1)
    m_node = np.full(len(p.men_lon), -1, dtype=np.int64)
    m_node[mentors] = np.arange(len(fams) + 1, len(fams) + 1 + len(mentors))
    sink = len(fams) + len(mentors) + 1
    w = np.asarray(weights, dtype=np.int64)
    tails = np.concatenate(
        [np.zeros(len(fams), np.int64), f_node[fi], m_node[mentors], f_node[fams]]
    )
    heads = np.concatenate(
        [f_node[fams], m_node[mj], np.full(len(mentors), sink), np.full(len(fams), sink)]
    )
    caps = np.concatenate(
        [
            np.ones(len(fams), np.int64),
            np.ones(len(fi), np.int64),
            p.men_cap[mentors].astype(np.int64),
            np.ones(len(fams), np.int64),
        ]
    )
    costs = np.concatenate(
        [np.zeros(len(fams), np.int64), cost, np.zeros(len(mentors), np.int64), w[classes[fams]]]
    )
    smcf = min_cost_flow.SimpleMinCostFlow()
    arcs = smcf.add_arcs_with_capacity_and_unit_cost(tails, heads, caps, costs)
    supplies = np.zeros(sink + 1, dtype=np.int64)
    supplies[0], supplies[sink] = len(fams), -len(fams)
    smcf.set_nodes_supplies(np.arange(sink + 1), supplies)
    status = smcf.solve()
    names = {
        smcf.OPTIMAL: "OPTIMAL",
        smcf.NOT_SOLVED: "NOT_SOLVED",
        smcf.FEASIBLE: "FEASIBLE",
        smcf.INFEASIBLE: "INFEASIBLE",
        smcf.UNBALANCED: "UNBALANCED",
        smcf.BAD_RESULT: "BAD_RESULT",
        smcf.BAD_COST_RANGE: "BAD_COST_RANGE",
    }
    name = names.get(status, str(status))
    if status != smcf.OPTIMAL:
        raise MatchingError("solver", code="solver_failed", status=name)
    all_flows = smcf.flows(arcs)
    flows = all_flows[len(fams) : len(fams) + len(fi)]
    used = flows > 0
    mentor = np.full(n_f, -1, dtype=np.int64)
    mentor[fi[used]] = mj[used]
    assigned_cost = int(cost[used].sum())
    # potentials (shortest distances in the residual graph from a virtual root)
    residual = all_flows < caps
    back = all_flows > 0
    t = np.concatenate([tails[residual], heads[back]])
    h = np.concatenate([heads[residual], tails[back]])
    c = np.concatenate([costs[residual], -costs[back]])
    pot = _potentials(sink + 1, t, h, c)
    potentials = (pot[f_node], pot[m_node], pot[sink], m_node)
    return (mentor, name, int(smcf.optimal_cost()), resolution, assigned_cost, cost, potentials)


def _potentials(n: int, tails, heads, costs) -> np.ndarray:
    """Bellman-Ford from a virtual root joined to every node at cost 0 (vectorised)."""
    d = np.zeros(n, dtype=np.int64)
    for _ in range(n + 1):
        cand = d[tails] + costs
        new = d.copy()
        np.minimum.at(new, heads, cand)
        if np.array_equal(new, d):
            return d
        d = new
    raise MatchingError("negative cycle", code="solver_failed", status="NEGATIVE_CYCLE")


def _violated(space, rules, fi, mj, complete, potentials, resolution, cand):
    """The left-out allowed pairs with a negative reduced cost: (family, mentor, km).

    Every pair left out of an incomplete family's list is at least as far as
    its farthest own candidate (``fi``/``mj``: the families' own ``k``
    nearest); with the residual graph's potentials ``pi``, such a pair
    ``(f, m)`` can improve the flow only if ``c + pi(f) - pi(m) < 0``. The
    largest ``pi(m)`` over the mentors that can be in reach of ``f`` bounds
    that from below for all of them at once (a mentor outside the graph with
    room has the sink's). With a maximum distance, "can be in reach" is the
    3 x 3 block of grid cells, each at least ``max_km`` wide, around the
    family; otherwise every mentor. Families the bound cannot settle are
    looked at pair by pair, but only within the distance their reduced cost
    can still be negative: ``c < top - pi(f)``. None returned = proven optimal.
    """
    p = space.p
    fam_pot, men_pot, sink_pot, m_node = potentials
    empty = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
    incomplete = np.flatnonzero(~complete)
    if len(incomplete) == 0:
        return empty
    in_graph = m_node >= 0
    lowest = np.iinfo(np.int64).min
    pi = np.full(len(p.men_lon), lowest, dtype=np.int64)
    pi[(p.men_cap > 0) & ~in_graph] = sink_pot
    pi[in_graph] = men_pot[in_graph]
    far = np.zeros(len(p.fam_lon), dtype=np.int64)
    np.maximum.at(far, fi, _floor_dist(p, fi, mj, resolution))
    lb = far[incomplete] + fam_pot[incomplete]
    usable = (pi > lowest) & ~np.isnan(p.men_lon)
    if not usable.any():
        return empty
    if rules.max_km is None:
        top = np.full(len(incomplete), pi[usable].max(), dtype=np.int64)
    else:
        top = _cell_top(p, rules, usable, pi, incomplete)
    reach = top > lowest  # some mentor with room can be in reach
    failing = reach & (lb - np.where(reach, top, 0) < 0)
    if not failing.any():
        return empty
    fams = incomplete[failing]
    # a pair costs at least its rounded distance: beyond this radius it cannot violate
    slack = (top[failing] - fam_pot[fams] + 1).astype(float) * resolution / 1000.0
    if rules.max_km is not None:
        slack = np.minimum(slack, rules.max_km)
    return _violated_pairs(space, rules, fams, slack, cand, fam_pot, pi, resolution)


def _cell_top(p, rules, usable, pi, fams) -> np.ndarray:
    """Per family, the largest mentor potential in the 3 x 3 grid cells around it."""
    src = (p.men_lon[usable], p.men_lat[usable], pi[usable])
    return _cell_max(rules.max_km, src, p.fam_lon[fams], p.fam_lat[fams])


def _cell_max(max_km, src, lon, lat) -> np.ndarray:
    """Per point (``lon``, ``lat``), the largest ``src`` value in the 3 x 3 cells around it.

    ``src`` = (lon, lat, value); cells are at least ``max_km`` wide, so every
    source within ``max_km`` of a point is in its block (int64 min: none).
    """
    s_lon, s_lat, value = src
    cos = max(np.cos(np.radians(np.nanmax(np.abs(np.concatenate([s_lat, lat]))))), 1e-6)
    cell_lat = max_km / 110.0
    cell_lon = max_km / (111.4 * cos)

    def keys(x, y, dx=0, dy=0):
        ix = np.floor(x / cell_lon).astype(np.int64) + dx
        iy = np.floor(y / cell_lat).astype(np.int64) + dy
        return ix * np.int64(1 << 31) + iy

    sk = keys(s_lon, s_lat)
    order = np.argsort(sk, kind="stable")
    sk, sv = sk[order], value[order]
    uk, start = np.unique(sk, return_index=True)
    cell_max = np.maximum.reduceat(sv, start)
    top = np.full(len(lon), np.iinfo(np.int64).min, dtype=np.int64)
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            k = keys(lon, lat, dx, dy)
            pos = np.clip(np.searchsorted(uk, k), 0, len(uk) - 1)
            hit = uk[pos] == k
            top[hit] = np.maximum(top[hit], cell_max[pos[hit]])
    return top


def _ball_pairs(tree, centres, chord):
    """(centre index, point index) blocks of every tree point within ``chord`` of each centre."""
    counts = tree.query_ball_point(centres, chord, return_length=True)
    ends = np.cumsum(counts)
    start = 0
    while start < len(centres):
        stop = max(start + 1, int(np.searchsorted(ends, ends[start] - counts[start] + _BLOCK)))
        hits = tree.query_ball_point(centres[start:stop], chord[start:stop])
        c = np.repeat(np.arange(start, stop), counts[start:stop])
        pts = np.concatenate([np.asarray(h, dtype=np.int64) for h in hits]) if len(c) else c
        yield c, pts
        start = stop


def _violated_pairs(space, rules, fams, radius_km, cand, fam_pot, pi, resolution):
    """Every allowed left-out pair of ``fams`` whose reduced cost is negative.

    A pair can be negative only within the family's ``radius_km`` and, seen
    from the mentor, within ``pi(m)`` less the lowest family potential
    around it (a pair costs at least its distance). Pairs are enumerated from
    whichever side holds fewer, in blocks of a few million.
    """
    p = space.p
    nothing = np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
    if space.tree is None or len(fams) == 0:
        return nothing

    def chord(km):
        return 2.0 * np.sin(np.clip(km, 0, None) / (2.0 * EARTH_RADIUS_KM)) * (1 + 1e-9)

    f_chord = chord(radius_km)
    men = np.flatnonzero((pi > np.iinfo(np.int64).min) & ~np.isnan(p.men_lon))
    if rules.max_km is None:
        low = np.full(len(men), -int(fam_pot[fams].min()), dtype=np.int64)
    else:
        src = (p.fam_lon[fams], p.fam_lat[fams], -fam_pot[fams])
        low = _cell_max(rules.max_km, src, p.men_lon[men], p.men_lat[men])
    near = low > np.iinfo(np.int64).min
    men, low = men[near], low[near]
    m_km = (pi[men] + low + 1).astype(float) * resolution / 1000.0
    if rules.max_km is not None:
        m_km = np.minimum(m_km, rules.max_km)
    fam_tree = cKDTree(space.fam_xyz[fams])
    m_xyz = unit_vectors(p.men_lon[men], p.men_lat[men])
    m_chord = chord(m_km)
    m_count = int(fam_tree.query_ball_point(m_xyz, m_chord, return_length=True).sum())
    f_count = (
        np.inf
        if m_count <= _BLOCK  # the mentor side is small enough: skip counting the other
        else int(
            space.tree.query_ball_point(space.fam_xyz[fams], f_chord, return_length=True).sum()
        )
    )
    if m_count < f_count:
        blocks = ((fams[pt], men[c]) for c, pt in _ball_pairs(fam_tree, m_xyz, m_chord))
    else:
        blocks = ((fams[c], pt) for c, pt in _ball_pairs(space.tree, space.fam_xyz[fams], f_chord))
    out_f, out_m, out_k = [nothing[0]], [nothing[1]], [nothing[2]]
    for f, m in blocks:
        km = great_circle_km(p.fam_lon[f], p.fam_lat[f], p.men_lon[m], p.men_lat[m])
        ok = space.allowed(f, m, km, True, True)
        key = f * np.int64(space.n_m) + m
        if len(cand):
            pos = np.clip(np.searchsorted(cand, key), 0, len(cand) - 1)
            ok &= cand[pos] != key
        f, m, km = f[ok], m[ok], km[ok]
        bad = _costs(p, rules, f, m, km, resolution) + fam_pot[f] - pi[m] < 0
        out_f.append(f[bad])
        out_m.append(m[bad])
        out_k.append(km[bad])
    return np.concatenate(out_f), np.concatenate(out_m), np.concatenate(out_k)


def _floor_dist(p, fi, mj, resolution: int) -> np.ndarray:
    km = great_circle_km(p.fam_lon[fi], p.fam_lat[fi], p.men_lon[mj], p.men_lat[mj])
    return np.floor(km * 1000.0 / resolution * (1 - 1e-12)).astype(np.int64)


def _naive(space: _Space, order: np.ndarray, lists=None) -> np.ndarray:
    """Each family in ``order`` takes the nearest allowed mentor that still has room.

    ``lists`` = (family, mentor, complete): each family's nearest allowed
    mentors as :meth:`_Space.pairs` gives them, and per family (all of the
    problem's) whether that list holds every allowed mentor. A family tries its list
    first; only when all of it is full (and the list may miss mentors) is
    the tree of the mentors that still have room asked, rebuilt whenever it
    has gone stale, so crowded and scarce pools stay fast.
    """
    p = space.p
    room = p.men_cap.astype(np.int64).copy()
    mentor = np.full(len(p.fam_lon), -1, dtype=np.int64)
    if space.tree is None or len(order) == 0:
        return mentor
    if lists is None:
        lf, lm, _, listed = space.pairs(order, 8)
        complete_of = np.zeros(len(p.fam_lon), dtype=bool)
        complete_of[order] = listed
    else:
        lf, lm, complete_of = lists
    by_family = np.argsort(lf, kind="stable")  # each family's list stays nearest first
    lf, lm = lf[by_family], lm[by_family]
    start = np.searchsorted(lf, order)
    stop = np.searchsorted(lf, order, side="right")
    lm_list, room_list = lm.tolist(), room.tolist()
    open_tree = None  # (tree, mentor indices) over the mentors with room when built
    for f, a, b in zip(order.tolist(), start.tolist(), stop.tolist()):
        taken = -1
        for j in lm_list[a:b]:
            if room_list[j] > 0:
                taken = j
                break
        if taken < 0 and not complete_of[f]:
            taken, open_tree = _nearest_open(space, f, room_list, open_tree)
        if taken >= 0:
            mentor[f] = taken
            room_list[taken] -= 1
    return mentor


def _nearest_open(space, f: int, room: list, open_tree):
    """The nearest allowed mentor with room for family ``f``, from a tree of open mentors."""
    p = space.p
    fresh = False
    while True:
        if open_tree is None:
            idx = np.flatnonzero(np.asarray(room) > 0)
            if len(idx) == 0:
                return -1, (None, idx)
            open_tree, fresh = (cKDTree(unit_vectors(p.men_lon[idx], p.men_lat[idx])), idx), True
        tree, idx = open_tree
        if tree is None:
            return -1, open_tree
        kq = min(len(idx), 16)
        while True:
            d, pos = tree.query(space.fam_xyz[f], k=kq, distance_upper_bound=space.bound)
            d, pos = np.atleast_1d(d), np.atleast_1d(pos)
            found = pos < len(idx)
            m = idx[pos[found]]
            has_room = np.array([room[j] > 0 for j in m.tolist()], dtype=bool)
            ok = has_room & space.allowed(np.full(len(m), f), m, chord_to_km(d[found]), True, False)
            if ok.any():
                return int(m[np.argmax(ok)]), open_tree
            if not has_room.all() and not fresh:
                break  # stale: rebuild over the mentors with room now
            if not found.all() or kq >= len(idx):
                return -1, open_tree
            kq = min(len(idx), kq * 4)
        open_tree = None


def solve_matching(p: MatchProblem, rules: MatchRules | None = None) -> MatchResult:
    """The exact matching (see the module docstring) and the naive one beside it."""
    rules = rules or MatchRules()
    n_f = len(p.fam_lon)
    if rules.priority == "none":  # one class: families count alike
        p = replace(p, fam_class=np.zeros(n_f, dtype=np.int64))
    space = _Space(p, rules)
    located = np.flatnonzero(~np.isnan(p.fam_lon) & ~np.isnan(p.fam_lat))
    k = rules.k
    rounds: list[dict] = []
    ffi, fmj, fkm, complete_list = space.pairs(located, k)
    complete = np.ones(n_f, dtype=bool)
    complete[located] = complete_list
    all_complete = bool(complete.all())
    fi, mj, km = space.with_mentor_side(located, ffi, fmj, fkm, k)
    while True:
        if len(fi):
            mentor, status, objective, resolution, _, _, pots = _solve(p, rules, fi, mj, km)
            cand = np.sort(fi * np.int64(space.n_m) + mj)
            vf, vm, vk = _violated(space, rules, ffi, fmj, complete, pots, resolution, cand)
        else:
            mentor = np.full(n_f, -1, dtype=np.int64)
            status, objective, resolution = "OPTIMAL", 0, 1
            vf = vm = np.zeros(0, np.int64)
            vk = np.zeros(0)
        proven = len(vf) == 0
        rounds.append(
            {
                "k": k,
                "arcs": len(fi),
                "assigned": int((mentor >= 0).sum()),
                "added": len(vf),
                "proven": proven,
            }
        )
        if proven:
            break
        fi, mj, km = np.concatenate([fi, vf]), np.concatenate([mj, vm]), np.concatenate([km, vk])
    optimal = proven
    mentor_km = np.full(n_f, np.nan)
    ok = mentor >= 0
    if ok.any():
        idx = np.flatnonzero(ok)
        mentor_km[idx] = great_circle_km(
            p.fam_lon[idx], p.fam_lat[idx], p.men_lon[mentor[idx]], p.men_lat[mentor[idx]]
        )
    misfit = np.zeros(n_f, dtype=bool)
    misfit[ok] = _misfit(p, rules, np.flatnonzero(ok), mentor[ok])

    order = np.lexsort((np.arange(n_f), p.fam_class))
    order = order[np.isin(order, located)]
    naive = _naive(space, order, (ffi, fmj, complete))
    naive_km = np.full(n_f, np.nan)
    nk = naive >= 0
    if nk.any():
        idx = np.flatnonzero(nk)
        naive_km[idx] = great_circle_km(
            p.fam_lon[idx], p.fam_lat[idx], p.men_lon[naive[idx]], p.men_lat[naive[idx]]
        )
    naive_misfit = np.zeros(n_f, dtype=bool)
    naive_misfit[nk] = _misfit(p, rules, np.flatnonzero(nk), naive[nk])
    return MatchResult(
        mentor=mentor,
        km=mentor_km,
        misfit=misfit,
        reason=_reasons(space, located, mentor),
        naive_mentor=naive,
        naive_km=naive_km,
        naive_misfit=naive_misfit,
        fam_class=p.fam_class.astype(np.int64),
        rules=rules,
        status=status,
        optimal=optimal,
        objective=objective,
        resolution_m=resolution,
        k=k,
        complete=all_complete,
        arcs=len(fi),
        rounds=rounds,
    )


def _reasons(space: _Space, located: np.ndarray, mentor: np.ndarray) -> np.ndarray:
    """Why each unassigned family has no mentor (index into UNASSIGNED_REASONS)."""
    n_f = len(mentor)
    reason = np.full(n_f, -1, dtype=np.int8)
    code = {c: i for i, c in enumerate(_REASON_CODES)}
    unplaced = np.ones(n_f, dtype=bool)
    unplaced[located] = False
    reason[unplaced] = code["no_location"]
    todo = located[mentor[located] < 0]
    reach_f = space.pairs(todo, 1, competence=False, room=False)[0]
    fit_f = space.pairs(todo, 1, competence=True, room=False)[0]
    reason[todo] = code["no_mentor_in_reach"]
    in_reach = todo[np.isin(todo, reach_f)]
    reason[in_reach] = code["no_competence_fit"]
    fits = in_reach[np.isin(in_reach, fit_f)]
    reason[fits] = code["capacity_exhausted"]
    return reason
