"""Mentor matching on a travel table: least travel minutes (or km) between villages.

With a travel table (:mod:`gis.model.travel`) the cost of a pair is the
table's value from the family's village to the mentor's village, so two
families of one village with the same needs and priority class are
interchangeable, and so are two mentors of one village with the same
competences. The exact matching is then a transportation problem between
those groups: source -> family group (its size) -> mentor group (the
pair's value, plus the competence penalty) -> sink (the group's capacity),
with the same unassigned arcs per priority class as
:mod:`gis.plan.matching` (one step per class larger than any change of
total travel, so more families of an earlier class always come first).
All allowed group pairs are arcs, so the min-cost flow's optimum is the
optimum over every pair; the group flows are then handed out to families
and mentors in index order. Families without a known village and mentors
without one have no row in any table: they are out of reach.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from gis.plan.matching import (
    _REASON_CODES,
    MatchingError,
    MatchProblem,
    MatchResult,
    MatchRules,
    _class_weights,
)


def _groups(columns: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Group id per row of the stacked ``columns``, and each group's first row."""
    stacked = np.column_stack([np.asarray(c, dtype=np.int64) for c in columns])
    _, first, inverse = np.unique(stacked, axis=0, return_index=True, return_inverse=True)
    return inverse.reshape(-1), first


def _arcs(p, rules, travel, fam_village, men_village, fams, mens):
    """Allowed (family group, mentor group) pairs with their value, misfit and cost."""
    unit = travel.unit
    limit = rules.max_minutes if unit == "menit" else rules.max_km
    penalty = rules.penalty_minutes if unit == "menit" else rules.penalty_km
    fam_gid, fam_first = _groups(
        [fam_village[fams], p.fam_needs[fams], p.fam_class[fams], p.fam_area[fams]]
    )
    men_gid, men_first = _groups([men_village[mens], p.men_comp[mens], p.men_area[mens]])
    fg = pd.DataFrame(
        {
            "g": np.arange(len(fam_first)),
            "src": fam_village[fams][fam_first],
            "needs": p.fam_needs[fams][fam_first].astype(np.int64),
            "f_area": p.fam_area[fams][fam_first].astype(np.int64),
        }
    )
    mg = pd.DataFrame(
        {
            "h": np.arange(len(men_first)),
            "dst": men_village[mens][men_first],
            "comp": p.men_comp[mens][men_first].astype(np.int64),
            "m_area": p.men_area[mens][men_first].astype(np.int64),
        }
    )
    pairs = travel.pairs()
    if limit is not None:
        pairs = pairs[pairs.value <= limit]
    arcs = pairs.merge(fg, on="src").merge(mg, on="dst")
    if rules.same_area is not None:
        arcs = arcs[(arcs.f_area >= 0) & (arcs.f_area == arcs.m_area)]
    fit = (arcs.needs == 0) | ((arcs.needs & arcs.comp) != 0)
    arcs = arcs.assign(fit=fit.to_numpy())
    misfit = ~arcs.fit if rules.competence != "none" else np.zeros(len(arcs), dtype=bool)
    soft = rules.competence == "soft"
    arcs = arcs.assign(misfit=np.asarray(misfit), cost=arcs.value + penalty * (misfit & soft))
    groups = (fam_gid, fam_first, men_gid, men_first)
    return arcs.reset_index(drop=True), groups


def solve_travel_matching(
    p: MatchProblem,
    rules: MatchRules | None,
    fam_village: np.ndarray,
    men_village: np.ndarray,
    travel,
) -> MatchResult:
    """The exact matching on the travel table, and the naive pick beside it."""
    rules = rules or MatchRules()
    n_f = len(fam_village)
    if rules.priority == "none":
        p = replace(p, fam_class=np.zeros(n_f, dtype=np.int64))
    fam_village = np.asarray(fam_village, dtype=np.int64)
    men_village = np.asarray(men_village, dtype=np.int64)
    fams = np.flatnonzero(fam_village >= 0)
    mens = np.flatnonzero(men_village >= 0)
    arcs, (fam_gid, fam_first, men_gid, men_first) = _arcs(
        p, rules, travel, fam_village, men_village, fams, mens
    )
    n_g, n_h = len(fam_first), len(men_first)
    g_size = np.bincount(fam_gid, minlength=n_g)
    g_class = p.fam_class[fams][fam_first].astype(np.int64) if n_g else np.zeros(0, np.int64)
    men_cap = np.maximum(p.men_cap[mens].astype(np.int64), 0)
    h_cap = np.bincount(men_gid, weights=men_cap, minlength=n_h).astype(np.int64)
    usable = arcs[
        (h_cap[arcs.h.to_numpy()] > 0) & (arcs.fit.to_numpy() | (rules.competence != "hard"))
    ].reset_index(drop=True)
    flow, status, objective, resolution = _flow(usable, g_size, g_class, h_cap)

    # families of each group in index order; mentors' places (one per capacity) likewise
    fam_rows = np.split(fams[np.argsort(fam_gid, kind="stable")], np.cumsum(g_size)[:-1])
    slot_mentor = np.repeat(mens, men_cap)
    slot_group = np.repeat(men_gid, men_cap)
    order = np.argsort(slot_group, kind="stable")
    slots = np.split(slot_mentor[order], np.cumsum(h_cap)[:-1])
    mentor = np.full(n_f, -1, dtype=np.int64)
    value = np.full(n_f, np.nan)
    misfit = np.zeros(n_f, dtype=bool)
    g_next = np.zeros(n_g, dtype=np.int64)
    h_next = np.zeros(n_h, dtype=np.int64)
    for a in np.flatnonzero(flow > 0).tolist():
        g, h, n = int(usable.g[a]), int(usable.h[a]), int(flow[a])
        who = fam_rows[g][g_next[g] : g_next[g] + n]
        mentor[who] = slots[h][h_next[h] : h_next[h] + n]
        value[who] = usable.value[a]
        misfit[who] = bool(usable.misfit[a])
        g_next[g] += n
        h_next[h] += n

    naive, naive_value, naive_misfit = _naive(p, usable, fam_gid, fams, slots, n_f)
    return MatchResult(
        mentor=mentor,
        km=value,
        misfit=misfit,
        reason=_reasons(arcs, rules, fam_gid, fams, mentor),
        naive_mentor=naive,
        naive_km=naive_value,
        naive_misfit=naive_misfit,
        fam_class=p.fam_class.astype(np.int64),
        rules=rules,
        status=status,
        optimal=status == "OPTIMAL",
        objective=objective,
        resolution_m=resolution,
        k=0,
        complete=True,
        arcs=len(usable),
        rounds=[
            {
                "k": 0,
                "arcs": len(usable),
                "assigned": int((mentor >= 0).sum()),
                "added": 0,
                "proven": True,
            }
        ],
        unit=travel.unit,
        distance_text=travel.describe(),
    )


def _flow(arcs, g_size, g_class, h_cap):
    """Min-cost flow over the group arcs: flow per arc, status, objective, cost resolution."""
    from ortools.graph.python import min_cost_flow

    if len(arcs) == 0:
        return np.zeros(0, dtype=np.int64), "OPTIMAL", 0, 1
    g = arcs.g.to_numpy(np.int64)
    h = arcs.h.to_numpy(np.int64)
    gs = np.unique(g)
    hs = np.unique(h)
    n_cls = int(g_class.max()) + 1
    counts = np.bincount(g_class[gs], weights=g_size[gs], minlength=n_cls).astype(np.int64)
    nodes = len(gs) + len(hs) + 2
    cost_value = arcs.cost.to_numpy(float)
    for resolution in (1, 10, 100, 1000, 10_000):
        cost = np.rint(cost_value * 1000.0 / resolution).astype(np.int64)
        per_group = np.zeros(len(g_size), dtype=np.int64)
        np.maximum.at(per_group, g, cost)
        weights = _class_weights(counts, int((per_group * g_size).sum()), nodes)
        if weights is not None:
            break
    else:
        raise MatchingError("cost range", code="cost_range", families=int(g_size[gs].sum()))
    g_node = np.full(len(g_size), -1, dtype=np.int64)
    g_node[gs] = np.arange(1, len(gs) + 1)
    h_node = np.full(len(h_cap), -1, dtype=np.int64)
    h_node[hs] = np.arange(len(gs) + 1, len(gs) + 1 + len(hs))
    sink = nodes - 1
    w = np.asarray(weights, dtype=np.int64)
    size = g_size[gs].astype(np.int64)
    tails = np.concatenate([np.zeros(len(gs), np.int64), g_node[g], h_node[hs], g_node[gs]])
    heads = np.concatenate([g_node[gs], h_node[h], np.full(len(hs), sink), np.full(len(gs), sink)])
    caps = np.concatenate([size, np.minimum(g_size[g], h_cap[h]), h_cap[hs], size])
    costs = np.concatenate(
        [np.zeros(len(gs), np.int64), cost, np.zeros(len(hs), np.int64), w[g_class[gs]]]
    )
    smcf = min_cost_flow.SimpleMinCostFlow()
    handles = smcf.add_arcs_with_capacity_and_unit_cost(tails, heads, caps, costs)
    supplies = np.zeros(nodes, dtype=np.int64)
    supplies[0], supplies[sink] = int(size.sum()), -int(size.sum())
    smcf.set_nodes_supplies(np.arange(nodes), supplies)
    status = smcf.solve()
    if status != smcf.OPTIMAL:
        raise MatchingError("solver", code="solver_failed", status=str(status))
    flows = smcf.flows(handles)[len(gs) : len(gs) + len(g)]
    return flows, "OPTIMAL", int(smcf.optimal_cost()), resolution


def _naive(p, arcs, fam_gid, fams, slots, n_f):
    """Each family in priority order takes the nearest (by the table) allowed mentor with room."""
    mentor = np.full(n_f, -1, dtype=np.int64)
    value = np.full(n_f, np.nan)
    misfit = np.zeros(n_f, dtype=bool)
    if len(arcs) == 0:
        return mentor, value, misfit
    by_group: dict[int, list] = {}
    ranked = arcs.sort_values(["g", "value", "h"], kind="stable")
    for g, h, v, mf in zip(
        ranked.g.tolist(), ranked.h.tolist(), ranked.value.tolist(), ranked.misfit.tolist()
    ):
        by_group.setdefault(g, []).append((h, v, mf))
    taken = [0] * len(slots)
    order = np.lexsort((fams, p.fam_class[fams]))
    gid = fam_gid[order].tolist()
    for f, g in zip(fams[order].tolist(), gid):
        for h, v, mf in by_group.get(g, ()):
            if taken[h] < len(slots[h]):
                mentor[f] = slots[h][taken[h]]
                value[f], misfit[f] = v, mf
                taken[h] += 1
                break
    return mentor, value, misfit


def _reasons(arcs, rules, fam_gid, fams, mentor) -> np.ndarray:
    """Why each unassigned family has no mentor (index into the matching's reasons)."""
    code = {c: i for i, c in enumerate(_REASON_CODES)}
    n_f = len(mentor)
    reason = np.full(n_f, code["no_location"], dtype=np.int8)
    reason[mentor >= 0] = -1
    n_g = int(fam_gid.max()) + 1 if len(fam_gid) else 0
    reach = np.zeros(n_g, dtype=bool)
    reach[arcs.g.to_numpy(np.int64)] = True
    fit = np.zeros(n_g, dtype=bool)
    ok = arcs.fit.to_numpy() | (rules.competence != "hard")
    fit[arcs.g.to_numpy(np.int64)[ok]] = True
    todo = mentor[fams] < 0
    f, g = fams[todo], fam_gid[todo]
    reason[f] = np.where(
        ~reach[g],
        code["no_mentor_in_reach"],
        np.where(~fit[g], code["no_competence_fit"], code["capacity_exhausted"]),
    )
    return reason
