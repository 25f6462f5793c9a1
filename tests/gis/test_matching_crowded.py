"""Mentor matching at a few thousand families, crowded round few mentors, against an LP.

The candidate lists are kept short (``k`` of 1 or 2) while families crowd
round small clusters of one-family mentors, so the answer over the first
candidates is not the optimum and the proof (column generation on the
reduced costs) must add the pairs that are missing. The LP is written out
independently over every allowed pair (sparse, HiGHS); the b-matching LP is
totally unimodular, so its lexicographic optimum is the integer one. The
naive pick is checked against a plain greedy over every pair.
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy.optimize import linprog
from scipy.sparse import coo_matrix, vstack

from gis.plan.matching import MatchProblem, MatchRules, great_circle_km, solve_matching


def crowded_problem(rng, nf, nm, scarce: bool) -> MatchProblem:
    """Families in tight crowds; mentors (capacity 0-2) in fewer, looser clusters."""
    hubs = rng.uniform([106.0, -2.2], [106.3, -2.0], (6, 2))
    fh = rng.integers(0, len(hubs), nf)
    mh = rng.integers(0, len(hubs), nm)
    fam = hubs[fh] + rng.normal(0, 0.004, (nf, 2))
    men = hubs[mh] + rng.normal(0, 0.02 if scarce else 0.012, (nm, 2))
    return MatchProblem(
        fam_lon=fam[:, 0],
        fam_lat=fam[:, 1],
        fam_area=np.zeros(nf, dtype=np.int64),
        fam_needs=rng.choice([0, 0, 1, 2], nf).astype(np.uint32),
        fam_class=rng.integers(0, 3, nf),
        men_lon=men[:, 0],
        men_lat=men[:, 1],
        men_area=np.zeros(nm, dtype=np.int64),
        men_comp=rng.choice([0, 1, 2, 3], nm).astype(np.uint32),
        men_cap=rng.choice([0, 1, 1, 1, 2], nm),
    )


def all_allowed(p: MatchProblem, r: MatchRules):
    """Every allowed pair, by brute force over the full distance matrix: (f, m, cost km)."""
    nf, nm = len(p.fam_lon), len(p.men_lon)
    f = np.repeat(np.arange(nf), nm)
    m = np.tile(np.arange(nm), nf)
    d = great_circle_km(p.fam_lon[f], p.fam_lat[f], p.men_lon[m], p.men_lat[m])
    fit = (p.fam_needs[f] == 0) | ((p.fam_needs[f] & p.men_comp[m]) != 0)
    ok = (d <= r.max_km) & (p.men_cap[m] > 0)
    if r.competence == "hard":
        ok &= fit
    cost = d + np.where(fit, 0.0, r.penalty_km if r.competence == "soft" else 0.0)
    return f[ok], m[ok], cost[ok], d[ok]


def lp_bound(p: MatchProblem, r: MatchRules, f, m, cost):
    """Lexicographic sparse LP: families per class, first class first, then the least cost."""
    nf, nm, n = len(p.fam_lon), len(p.men_lon), len(f)
    cols = np.arange(n)
    a = vstack(
        [
            coo_matrix((np.ones(n), (f, cols)), shape=(nf, n)),
            coo_matrix((np.ones(n), (m, cols)), shape=(nm, n)),
        ]
    ).tocsr()
    b = np.concatenate([np.ones(nf), p.men_cap.astype(float)])
    best = {}
    for c in sorted(set(p.fam_class.tolist())):
        obj = -(p.fam_class[f] == c).astype(float)
        res = linprog(obj, A_ub=a, b_ub=b, bounds=(0, 1), method="highs")
        assert res.status == 0
        best[c] = round(-res.fun)
        a = vstack([a, coo_matrix(obj[None, :])]).tocsr()
        b = np.append(b, -best[c] + 1e-7)
    res = linprog(cost, A_ub=a, b_ub=b, bounds=(0, 1), method="highs")
    assert res.status == 0
    return best, float(res.fun)


def greedy(p: MatchProblem, f, m, d):
    """Families in class order (then index) take the nearest allowed mentor with room."""
    room = p.men_cap.astype(np.int64).copy()
    by_pair = np.lexsort((m, d, f))
    mentor = np.full(len(p.fam_lon), -1, dtype=np.int64)
    start = np.searchsorted(f[by_pair], np.arange(len(p.fam_lon)))
    stop = np.searchsorted(f[by_pair], np.arange(len(p.fam_lon)), side="right")
    for fam in np.lexsort((np.arange(len(p.fam_lon)), p.fam_class)).tolist():
        for j in m[by_pair[start[fam] : stop[fam]]].tolist():
            if room[j] > 0:
                mentor[fam], room[j] = j, room[j] - 1
                break
    return mentor


@pytest.mark.parametrize(
    "seed,scarce,comp,k",
    [(0, False, "soft", 1), (1, True, "soft", 2), (2, True, "hard", 1), (3, False, "none", 2)],
)
def test_crowded_thousands_equal_the_lp_bound(seed, scarce, comp, k):
    rng = np.random.default_rng(140 + seed)
    nf, nm = (2500, 900) if scarce else (2000, 1600)
    p = crowded_problem(rng, nf, nm, scarce)
    r = MatchRules(max_km=0.8, competence=comp, penalty_km=1.5, k=k)
    res = solve_matching(p, r)
    assert res.optimal and res.status == "OPTIMAL"
    # the first candidates were not enough: the proof had to add pairs
    assert len(res.rounds) > 1 and res.rounds[0]["added"] > 0 and res.rounds[-1]["added"] == 0
    f, m, cost, d = all_allowed(p, r)
    allowed = set(zip(f.tolist(), m.tolist()))
    got = np.flatnonzero(res.mentor >= 0)
    assert all((int(i), int(res.mentor[i])) in allowed for i in got)
    load = np.bincount(res.mentor[got], minlength=nm)
    assert (load <= p.men_cap).all()
    best, bound = lp_bound(p, r, f, m, cost)
    assert {c: int(((res.mentor >= 0) & (p.fam_class == c)).sum()) for c in best} == best
    fit = (p.fam_needs[got] == 0) | ((p.fam_needs[got] & p.men_comp[res.mentor[got]]) != 0)
    penalty = np.where(fit, 0.0, r.penalty_km if comp == "soft" else 0.0)
    total = float((res.km[got] + penalty).sum())
    assert abs(total - bound) <= 0.001 * len(got)  # whole metres per family
    # the naive pick is the plain greedy over every pair
    naive = greedy(p, f, m, d)
    assert np.array_equal(res.naive_mentor, naive)


def test_many_priority_classes_of_thousands_fit_the_solver_costs():
    # six classes of about a thousand families each: weights multiplied by
    # class sizes overflowed the solver's cost range (BAD_COST_RANGE)
    rng = np.random.default_rng(7)
    nf, nm = 6000, 700
    p = crowded_problem(rng, nf, nm, scarce=True)
    p.fam_class = rng.integers(0, 6, nf)
    r = MatchRules(max_km=15.0, competence="none", k=4)
    res = solve_matching(p, r)
    assert res.optimal and res.status == "OPTIMAL"
    # the first class takes as many mentors as it could alone
    first = p.fam_class == 0
    alone = solve_matching(
        MatchProblem(
            fam_lon=p.fam_lon[first],
            fam_lat=p.fam_lat[first],
            fam_area=p.fam_area[first],
            fam_needs=p.fam_needs[first],
            fam_class=np.zeros(int(first.sum()), dtype=np.int64),
            men_lon=p.men_lon,
            men_lat=p.men_lat,
            men_area=p.men_area,
            men_comp=p.men_comp,
            men_cap=p.men_cap,
        ),
        r,
    )
    assert int((res.mentor[first] >= 0).sum()) == int((alone.mentor >= 0).sum())
    capacity = int(p.men_cap.sum())
    assert int((res.mentor >= 0).sum()) == min(capacity, nf)
