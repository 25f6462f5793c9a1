"""Mentor matching against independent optima: an LP (HiGHS) and linear_sum_assignment.

Generated cases cover ties (mentors and families on shared grid points),
zero capacity, unreachable families, competence conflicts, priority classes
and the same-area rule. The b-matching LP is totally unimodular, so its
lexicographic optimum is the integer optimum the solver must reach.
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy.optimize import linear_sum_assignment, linprog

from gis.plan.matching import (
    UNASSIGNED_REASONS,
    MatchingError,
    MatchProblem,
    MatchRules,
    great_circle_km,
    solve_matching,
)

#: rounding to whole metres per assigned family, in km
TOL_KM = 0.001


def random_problem(rng, nf, nm, grid: bool) -> MatchProblem:
    def pts(n):
        if grid:  # few distinct points: many equal distances (ties)
            return (
                106.0 + 0.05 * rng.integers(0, 4, n).astype(float),
                -2.0 - 0.05 * rng.integers(0, 4, n).astype(float),
            )
        return rng.uniform(106.0, 106.4, n), rng.uniform(-2.4, -2.0, n)

    flon, flat = pts(nf)
    mlon, mlat = pts(nm)
    flon[rng.random(nf) < 0.05] = np.nan  # a family without a place
    far = rng.random(nf) < 0.1  # unreachable families, far from everyone
    flon[far], flat[far] = 110.0, 3.0
    return MatchProblem(
        fam_lon=flon,
        fam_lat=flat,
        fam_area=rng.integers(0, 2, nf),
        fam_needs=rng.choice([0, 1, 2, 3, 4], nf).astype(np.uint32),
        fam_class=rng.integers(0, 3, nf),
        men_lon=mlon,
        men_lat=mlat,
        men_area=rng.integers(0, 2, nm),
        men_comp=rng.choice([0, 1, 2, 4, 6], nm).astype(np.uint32),
        men_cap=rng.integers(0, 4, nm),  # zero capacity included
    )


def allowed_pairs(p: MatchProblem, r: MatchRules):
    """Every allowed (family, mentor) pair and its cost in km, written out independently."""
    out = []
    for f in range(len(p.fam_lon)):
        if np.isnan(p.fam_lon[f]):
            continue
        for m in range(len(p.men_lon)):
            if p.men_cap[m] <= 0:
                continue
            d = float(great_circle_km(p.fam_lon[f], p.fam_lat[f], p.men_lon[m], p.men_lat[m])[0])
            if r.max_km is not None and d > r.max_km:
                continue
            if r.same_area and p.fam_area[f] != p.men_area[m]:
                continue
            fit = p.fam_needs[f] == 0 or (p.fam_needs[f] & p.men_comp[m]) != 0
            if r.competence == "hard" and not fit:
                continue
            cost = d + (r.penalty_km if (r.competence == "soft" and not fit) else 0.0)
            out.append((f, m, cost))
    return out


def lp_optimum(p: MatchProblem, r: MatchRules, pairs=None):
    """Lexicographic LP: families per class (first class first), then the least cost.

    ``pairs`` = (family, mentor, cost) of every allowed pair (default: by great-circle km).
    """
    pairs = allowed_pairs(p, r) if pairs is None else pairs
    nf, nm = len(p.fam_lon), len(p.men_lon)
    classes = sorted(set(p.fam_class.tolist()))
    if not pairs:
        return {c: 0 for c in classes}, 0.0
    n = len(pairs)
    a_ub = np.zeros((nf + nm, n))
    for j, (f, m, _) in enumerate(pairs):
        a_ub[f, j] = 1
        a_ub[nf + m, j] = 1
    b_ub = np.concatenate([np.ones(nf), p.men_cap.astype(float)])
    extra_a, extra_b = [], []
    best = {}
    for c in classes:
        obj = np.array([-1.0 if p.fam_class[f] == c else 0.0 for f, _, _ in pairs])
        res = linprog(
            obj,
            A_ub=np.vstack([a_ub, *extra_a]) if extra_a else a_ub,
            b_ub=np.concatenate([b_ub, extra_b]) if extra_b else b_ub,
            bounds=(0, 1),
            method="highs",
        )
        assert res.status == 0
        best[c] = round(-res.fun)
        extra_a.append(obj[None, :])
        extra_b.append(-best[c] + 1e-7)
    cost = np.array([k for _, _, k in pairs])
    res = linprog(
        cost,
        A_ub=np.vstack([a_ub, *extra_a]),
        b_ub=np.concatenate([b_ub, extra_b]),
        bounds=(0, 1),
        method="highs",
    )
    assert res.status == 0
    return best, float(res.fun)


def result_cost(p, r, res, mentor, km):
    total = 0.0
    for f in np.flatnonzero(mentor >= 0):
        m = mentor[f]
        fit = p.fam_needs[f] == 0 or (p.fam_needs[f] & p.men_comp[m]) != 0
        total += km[f] + (r.penalty_km if (r.competence == "soft" and not fit) else 0.0)
    return total


def check_allowed(p, r, mentor):
    """Every pair respects reach, area, hard competence and capacity."""
    pairs = {(f, m) for f, m, _ in allowed_pairs(p, r)}
    for f in np.flatnonzero(mentor >= 0):
        assert (f, int(mentor[f])) in pairs
    load = np.bincount(mentor[mentor >= 0], minlength=len(p.men_lon))
    assert (load <= np.maximum(p.men_cap, 0)).all()


CASES = [
    (seed, comp, area, k, grid)
    for seed in range(6)
    for comp in ("hard", "soft", "none")
    for area in (None, "kecamatan")
    for k, grid in ((1, False), (8, True))
]


@pytest.mark.parametrize("seed,comp,area,k,grid", CASES)
def test_matching_equals_lp_optimum_and_beats_naive(seed, comp, area, k, grid):
    rng = np.random.default_rng(1000 + seed)
    nf, nm = int(rng.integers(5, 25)), int(rng.integers(2, 10))
    p = random_problem(rng, nf, nm, grid)
    r = MatchRules(max_km=20.0, same_area=area, competence=comp, penalty_km=7.0, k=k)
    res = solve_matching(p, r)
    assert res.status == "OPTIMAL" and res.optimal
    check_allowed(p, r, res.mentor)
    check_allowed(p, r, res.naive_mentor)
    best, bound = lp_optimum(p, r)
    got = {c: int(((res.mentor >= 0) & (p.fam_class == c)).sum()) for c in best}
    assert got == best
    opt_cost = result_cost(p, r, res, res.mentor, res.km)
    assert abs(opt_cost - bound) <= TOL_KM * nf
    # the naive result never beats the optimum: fewer families by priority, or more km
    naive = [int(((res.naive_mentor >= 0) & (p.fam_class == c)).sum()) for c in best]
    assert naive <= [best[c] for c in best]
    if naive == [best[c] for c in best]:
        assert result_cost(p, r, res, res.naive_mentor, res.naive_km) >= bound - TOL_KM * nf


@pytest.mark.parametrize("seed", range(5))
def test_one_to_one_equals_linear_sum_assignment(seed):
    rng = np.random.default_rng(seed)
    nf = int(rng.integers(3, 15))
    nm = nf + int(rng.integers(0, 5))
    p = MatchProblem(
        fam_lon=rng.uniform(106, 107, nf),
        fam_lat=rng.uniform(-3, -2, nf),
        fam_area=np.zeros(nf, int),
        fam_needs=np.zeros(nf, np.uint32),
        fam_class=np.zeros(nf, int),
        men_lon=rng.uniform(106, 107, nm),
        men_lat=rng.uniform(-3, -2, nm),
        men_area=np.zeros(nm, int),
        men_comp=np.zeros(nm, np.uint32),
        men_cap=np.ones(nm, int),
    )
    res = solve_matching(p, MatchRules(max_km=None, competence="none", priority="none", k=2))
    dist = great_circle_km(
        np.repeat(p.fam_lon, nm),
        np.repeat(p.fam_lat, nm),
        np.tile(p.men_lon, nf),
        np.tile(p.men_lat, nf),
    ).reshape(nf, nm)
    rows, cols = linear_sum_assignment(dist)
    assert (res.mentor >= 0).all()
    assert abs(res.km.sum() - dist[rows, cols].sum()) <= TOL_KM * nf
    assert len(set(res.mentor.tolist())) == nf


def one_point_problem(fams, mentors, **over):
    """Families and mentors as (lon, lat, needs/competence, class/capacity) tuples."""
    f = np.array(fams, dtype=float).reshape(-1, 4)
    m = np.array(mentors, dtype=float).reshape(-1, 4)
    return MatchProblem(
        fam_lon=f[:, 0],
        fam_lat=f[:, 1],
        fam_area=over.get("fam_area", np.zeros(len(f), int)),
        fam_needs=f[:, 2].astype(np.uint32),
        fam_class=f[:, 3].astype(int),
        men_lon=m[:, 0],
        men_lat=m[:, 1],
        men_area=over.get("men_area", np.zeros(len(m), int)),
        men_comp=m[:, 2].astype(np.uint32),
        men_cap=m[:, 3].astype(int),
    )


def test_every_unassigned_family_has_its_reason():
    p = one_point_problem(
        [
            (106.0, -2.0, 0, 0),  # takes the one mentor with room
            (106.001, -2.0, 0, 0),  # same place, no room left
            (106.0, -2.5, 0, 0),  # 55 km away: no one in reach
            (106.3, -2.0, 1, 0),  # needs competence 1, only a mentor without it nearby
            (np.nan, np.nan, 0, 0),  # no place
            (106.6, -2.0, 0, 0),  # only a zero-capacity mentor nearby
        ],
        [
            (106.0, -2.0, 0, 1),
            (106.3, -2.0, 2, 3),
            (106.6, -2.0, 0, 0),
        ],
    )
    res = solve_matching(p, MatchRules(max_km=10, competence="hard"))
    assert res.reason_codes().tolist() == [
        "",
        "capacity_exhausted",
        "no_mentor_in_reach",
        "no_competence_fit",
        "no_location",
        "capacity_exhausted",
    ]
    assert set(UNASSIGNED_REASONS) >= set(res.reason_codes()) - {""}


def test_priority_class_first_then_distance():
    # one mentor, room for one: the desil-1 family far away wins over a near desil-2 one
    p = one_point_problem(
        [(106.0, -2.0, 0, 1), (106.1, -2.0, 0, 0)],
        [(106.0, -2.0, 0, 1)],
    )
    res = solve_matching(p, MatchRules(max_km=50))
    assert res.mentor.tolist() == [-1, 0]
    res = solve_matching(p, MatchRules(max_km=50, priority="none"))
    assert res.mentor.tolist() == [0, -1]  # no priority: the nearer family


def test_soft_competence_penalty_trades_distance():
    # the fitting mentor is 3 km farther: taken under a 5 km penalty, not under 1 km
    fam = [(106.0, -2.0, 1, 0)]
    men = [(106.0, -2.0, 0, 1), (106.0 + 3 / 111.2, -2.0, 1, 1)]
    p = one_point_problem(fam, men)
    assert solve_matching(p, MatchRules(competence="soft", penalty_km=5)).mentor[0] == 1
    assert solve_matching(p, MatchRules(competence="soft", penalty_km=1)).mentor[0] == 0
    res = solve_matching(p, MatchRules(competence="soft", penalty_km=1))
    assert res.misfit[0]


def test_same_area_keeps_pairs_inside_their_kecamatan():
    p = one_point_problem(
        [(106.0, -2.0, 0, 0)],
        [(106.0, -2.0, 0, 1), (106.05, -2.0, 0, 1)],
        fam_area=np.array([1]),
        men_area=np.array([0, 1]),
    )
    assert solve_matching(p, MatchRules(same_area="kecamatan")).mentor[0] == 1
    assert solve_matching(p, MatchRules()).mentor[0] == 0


def test_bad_rules_are_refused_with_a_code():
    for kwargs in ({"competence": "x"}, {"same_area": "desa"}, {"max_km": 0}, {"priority": "y"}):
        with pytest.raises(MatchingError):
            MatchRules(**kwargs)


def test_crowded_nearest_mentor_is_shared_out_with_one_candidate_each():
    # both families have the same nearest mentor (room for one): with one
    # candidate each only one family could be matched; the mentor-side arcs
    # and the proof (raising k where it fails) must still reach the optimum
    p = one_point_problem(
        [(106.0, -2.0, 0, 0), (106.01, -2.0, 0, 0)],
        [(106.005, -2.0, 0, 1), (106.05, -2.0, 0, 1), (106.3, -2.0, 0, 1)],
    )
    res = solve_matching(p, MatchRules(max_km=100, k=1))
    assert (res.mentor >= 0).all() and res.optimal
    assert sorted(res.mentor.tolist()) == [0, 1]
    assert res.rounds[-1]["proven"] and all(r["k"] == 1 for r in res.rounds)


@pytest.mark.parametrize("seed", range(4))
def test_larger_pool_with_few_candidates_is_still_optimal(seed):
    rng = np.random.default_rng(50 + seed)
    p = random_problem(rng, 40, 30, grid=False)
    r = MatchRules(max_km=25.0, competence="soft", penalty_km=3.0, k=1)
    res = solve_matching(p, r)
    best, bound = lp_optimum(p, r)
    assert {c: int(((res.mentor >= 0) & (p.fam_class == c)).sum()) for c in best} == best
    assert abs(result_cost(p, r, res, res.mentor, res.km) - bound) <= TOL_KM * 40


def test_candidate_queries_in_small_blocks_give_the_same_answer(monkeypatch):
    import gis.plan.matching as matching

    rng = np.random.default_rng(77)
    p = random_problem(rng, 60, 25, grid=False)
    r = MatchRules(max_km=25.0, competence="soft", k=2)
    whole = solve_matching(p, r)
    monkeypatch.setattr(matching, "_BLOCK", 50)
    blocks = solve_matching(p, r)
    assert np.array_equal(whole.mentor, blocks.mentor)
    assert whole.rounds == blocks.rounds


def test_naive_misfits_are_counted_like_the_optimum():
    # the nearest mentor lacks the competence: the naive pick takes it (soft), counted
    p = one_point_problem([(106.0, -2.0, 1, 0)], [(106.0, -2.0, 0, 1), (106.2, -2.0, 1, 1)])
    res = solve_matching(p, MatchRules(max_km=50, competence="soft", penalty_km=50))
    s = res.summary()
    assert res.mentor[0] == 1 and res.naive_mentor[0] == 0
    assert s["optimised"]["competence_misfits"] == 0
    assert s["naive"]["competence_misfits"] == 1


@pytest.mark.parametrize("seed", range(6))
def test_without_a_distance_limit_the_proof_still_reaches_the_lp_optimum(seed):
    # no max_km: every mentor can be in reach, one candidate each to start
    rng = np.random.default_rng(500 + seed)
    p = random_problem(rng, 40, 15, grid=bool(seed % 2))
    r = MatchRules(max_km=None, competence=("soft", "hard", "none")[seed % 3], k=1)
    res = solve_matching(p, r)
    assert res.optimal and res.rounds[-1]["added"] == 0
    best, bound = lp_optimum(p, r)
    assert {c: int(((res.mentor >= 0) & (p.fam_class == c)).sum()) for c in best} == best
    assert abs(result_cost(p, r, res, res.mentor, res.km) - bound) <= TOL_KM * 40
