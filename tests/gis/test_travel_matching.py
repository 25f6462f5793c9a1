"""Matching on a travel table equals an independent LP over every allowed pair."""

from __future__ import annotations

import numpy as np
import pytest

from gis.model.travel import TravelTable
from gis.plan.matching import MatchProblem, MatchRules
from gis.plan.travel_matching import solve_travel_matching
from tests.gis.test_matching import lp_optimum

N_VILLAGES = 5


def random_case(seed):
    rng = np.random.default_rng(seed)
    nf, nm = int(rng.integers(4, 22)), int(rng.integers(2, 9))
    fam_village = rng.integers(-1, N_VILLAGES, nf)  # -1: village unknown
    men_village = rng.integers(-1, N_VILLAGES, nm)
    area_of = rng.integers(0, 2, N_VILLAGES)
    p = MatchProblem(
        fam_lon=np.zeros(nf),
        fam_lat=np.zeros(nf),
        fam_area=np.where(fam_village >= 0, area_of[fam_village], -1),
        fam_needs=rng.choice([0, 1, 2, 4, 3], nf).astype(np.uint32),
        fam_class=rng.integers(0, 3, nf),
        men_lon=np.zeros(nm),
        men_lat=np.zeros(nm),
        men_area=np.where(men_village >= 0, area_of[men_village], -1),
        men_comp=rng.choice([0, 1, 2, 4, 6], nm).astype(np.uint32),
        men_cap=rng.integers(0, 4, nm),  # zero capacity included
    )
    # a random table: some pairs missing, whole minutes (ties), a few fractions
    src, dst, val = [], [], []
    for a in range(N_VILLAGES):
        for b in range(N_VILLAGES):
            if rng.random() < 0.7:
                src.append(a)
                dst.append(b)
                val.append(float(rng.integers(0, 60)) + (0.5 if rng.random() < 0.2 else 0.0))
    travel = TravelTable(
        "waktu.csv", "menit", np.array(src), np.array(dst), np.array(val), same_village=3.0
    )
    return p, fam_village, men_village, travel


def table_pairs(p, r, fam_village, men_village, travel):
    """Every allowed (family, mentor, cost), written out pair by pair from a dict."""
    value = {
        (int(a), int(b)): float(v)
        for a, b, v in zip(travel.from_village, travel.to_village, travel.value)
    }
    out = []
    for f, vf in enumerate(fam_village.tolist()):
        for m, vm in enumerate(men_village.tolist()):
            if vf < 0 or vm < 0 or p.men_cap[m] <= 0:
                continue
            t = value.get((vf, vm))
            if t is None and vf == vm and travel.same_village is not None:
                t = travel.same_village
            if t is None or (r.max_minutes is not None and t > r.max_minutes):
                continue
            if r.same_area and p.fam_area[f] != p.men_area[m]:
                continue
            fit = p.fam_needs[f] == 0 or (p.fam_needs[f] & p.men_comp[m]) != 0
            if r.competence == "hard" and not fit:
                continue
            out.append((f, m, t + (r.penalty_minutes if r.competence == "soft" and not fit else 0)))
    return out


CASES = [(s, c, a) for s in range(8) for c in ("hard", "soft", "none") for a in (None, "kecamatan")]


@pytest.mark.parametrize("seed,comp,area", CASES)
def test_travel_matching_equals_lp_optimum_and_beats_naive(seed, comp, area):
    p, fv, mv, travel = random_case(500 + seed)
    r = MatchRules(max_minutes=40.0, same_area=area, competence=comp, penalty_minutes=12.0)
    res = solve_travel_matching(p, r, fv, mv, travel)
    assert res.status == "OPTIMAL" and res.optimal and res.unit == "menit"
    pairs = table_pairs(p, r, fv, mv, travel)
    allowed = {(f, m): c for f, m, c in pairs}
    for mentor in (res.mentor, res.naive_mentor):
        for f in np.flatnonzero(mentor >= 0):
            assert (f, int(mentor[f])) in allowed
        load = np.bincount(mentor[mentor >= 0], minlength=len(mv))
        assert (load <= np.maximum(p.men_cap, 0)).all()
    best, bound = lp_optimum(p, r, pairs)
    got = {c: int(((res.mentor >= 0) & (p.fam_class == c)).sum()) for c in best}
    assert got == best
    cost = sum(allowed[(f, int(res.mentor[f]))] for f in np.flatnonzero(res.mentor >= 0))
    assert abs(cost - bound) < 1e-3  # the LP carries 1e-7 slack per class
    # the minutes reported per family are the table's (penalty apart)
    for f in np.flatnonzero(res.mentor >= 0):
        pen = r.penalty_minutes if (comp == "soft" and res.misfit[f]) else 0.0
        assert abs(res.km[f] + pen - allowed[(f, int(res.mentor[f]))]) < 1e-9
    naive = [int(((res.naive_mentor >= 0) & (p.fam_class == c)).sum()) for c in best]
    assert naive <= [best[c] for c in best]
    if naive == [best[c] for c in best]:
        naive_cost = sum(
            allowed[(f, int(res.naive_mentor[f]))] for f in np.flatnonzero(res.naive_mentor >= 0)
        )
        assert naive_cost >= bound - 1e-3
    # every unassigned family has its reason; no village is "no location"
    codes = res.reason_codes()
    assert ((codes == "") == (res.mentor >= 0)).all()
    assert (codes[fv < 0] == "no_location").all()
    reachable = {
        f
        for f, _, _ in table_pairs(
            p, MatchRules(max_minutes=40.0, same_area=area, competence="none"), fv, mv, travel
        )
    }
    for f in np.flatnonzero(codes == "no_mentor_in_reach"):
        assert f not in reachable


def test_missing_pairs_are_unreachable_unless_a_fallback_is_stated():
    p = MatchProblem(
        fam_lon=np.zeros(2), fam_lat=np.zeros(2), fam_area=np.zeros(2, np.int64),
        fam_needs=np.zeros(2, np.uint32), fam_class=np.zeros(2, np.int64),
        men_lon=np.zeros(1), men_lat=np.zeros(1), men_area=np.zeros(1, np.int64),
        men_comp=np.zeros(1, np.uint32), men_cap=np.array([2]),
    )  # fmt: skip
    fv, mv = np.array([0, 1]), np.array([1])
    only = TravelTable("t.csv", "menit", np.array([1]), np.array([0]), np.array([15.0]))
    res = solve_travel_matching(p, MatchRules(max_minutes=60.0), fv, mv, only)
    assert res.mentor.tolist() == [-1, -1]  # 0->1 missing; 1->1 missing; 1->0 is the wrong way
    assert res.reason_codes().tolist() == ["no_mentor_in_reach"] * 2
    assert "tidak terjangkau" in res.summary()["distance"]
    both = TravelTable(
        "t.csv", "menit", np.array([1]), np.array([0]), np.array([15.0]),
        symmetric=True, same_village=5.0,
    )  # fmt: skip
    res = solve_travel_matching(p, MatchRules(max_minutes=60.0), fv, mv, both)
    assert res.mentor.tolist() == [0, 0] and res.km.tolist() == [15.0, 5.0]
    s = res.summary()
    assert s["optimised"]["total_minutes"] == 20.0 and s["unit"] == "menit"
    assert s["rules"]["max_minutes"] == 60.0 and "tabel t.csv" in s["distance"]
    res = solve_travel_matching(p, MatchRules(max_minutes=10.0), fv, mv, both)
    assert res.mentor.tolist() == [-1, 0]  # 15 minutes is beyond the limit
