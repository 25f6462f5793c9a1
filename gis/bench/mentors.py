"""Benchmark rows for mentor matching: a city's families to its civil servants.

Issue 14 promises: 10,644 families matched to 13,260 mentors over a
kabupaten-size area in under 10 s, candidate generation included, and
100,000 families to 20,000 mentors in under 60 s. The data are generated
here (settlement clusters over about 80 x 80 km, a civil servant mentoring
one family, a few competences), the same for the same seed. Each row
carries, as its lower bound, one min-cost-flow solve over the first round's
candidate arcs, so a reader sees what the proof rounds (column generation
on the reduced costs) cost on top. Rows are in the format of
:func:`gis.bench.table.row`; :func:`rows` is the group in
:data:`gis.bench.registry.GROUPS`: the issue's sizes for a register of a
million households, scaled down with a smaller ``--households``.
"""

from __future__ import annotations

import time

import numpy as np

from gis.bench.table import row as _row
from gis.numbers import format_number
from gis.plan.matching import MatchProblem, MatchRules, solve_matching

#: (families, mentors, target in seconds)
SIZES = ((10_644, 13_260, 10.0), (100_000, 20_000, 60.0))


def city_problem(families: int, mentors: int, seed: int = 14) -> MatchProblem:
    """Families and mentors in 40 settlement clusters over a kabupaten-size area."""
    rng = np.random.default_rng(seed)
    centres = rng.uniform([106.0, -2.6], [106.75, -1.9], (40, 2))

    def points(n):
        k = rng.integers(0, len(centres), n)
        return centres[k, 0] + rng.normal(0, 0.03, n), centres[k, 1] + rng.normal(0, 0.03, n)

    fx, fy = points(families)
    mx, my = points(mentors)
    return MatchProblem(
        fam_lon=fx,
        fam_lat=fy,
        fam_area=np.zeros(families, dtype=np.int64),
        fam_needs=rng.choice([0, 0, 1, 2], families).astype(np.uint32),
        fam_class=rng.integers(0, 2, families),
        men_lon=mx,
        men_lat=my,
        men_area=np.zeros(mentors, dtype=np.int64),
        men_comp=rng.choice([0, 1, 2, 3], mentors).astype(np.uint32),
        men_cap=np.ones(mentors, dtype=np.int64),
    )


def mentor_rows(sizes=SIZES, rules: MatchRules | None = None) -> list[dict]:
    """One row per size: the whole matching (candidates, proof rounds, naive pick)."""
    rules = rules or MatchRules(max_km=15.0, competence="soft")
    rows = []
    for families, mentors, target in sizes:
        problem = city_problem(families, mentors)
        t0 = time.perf_counter()
        result = solve_matching(problem, rules)
        seconds = time.perf_counter() - t0
        bound = _first_round_seconds(problem, rules)
        note = (
            f"{format_number(int(result.assigned.sum()))} keluarga terdampingi, "
            f"k={result.k}, {len(result.rounds)} putaran, "
            f"{'optimal' if result.optimal else result.status}"
        )
        rows.append(
            _row(
                f"Pencocokan pendamping {format_number(families)} keluarga x "
                f"{format_number(mentors)} pendamping",
                seconds,
                target,
                bound,
                unit="s",
                note=note,
            )
        )
    return rows


def scaled_sizes(households: int, full: int = 1_000_000, floor: int = 200):
    """The issue's sizes, scaled by ``households / full`` below a full register."""
    share = min(1.0, households / full)
    return tuple(
        (max(floor, round(f * share)), max(floor, round(m * share)), target)
        for f, m, target in SIZES
    )


def rows(ctx) -> list[dict]:
    """The mentor-matching rows of ``sasaran bench`` (sizes follow the register's size)."""
    return mentor_rows(sizes=scaled_sizes(len(ctx.table())))


def _first_round_seconds(problem: MatchProblem, rules: MatchRules) -> float:
    """Wall time of the first round alone: candidate arcs and one min-cost-flow solve."""
    from gis.plan.matching import _solve, _Space

    t0 = time.perf_counter()
    space = _Space(problem, rules)
    located = np.flatnonzero(~np.isnan(problem.fam_lon))
    fi, mj, km, _ = space.pairs(located, rules.k)
    fi, mj, km = space.with_mentor_side(located, fi, mj, km, rules.k)
    _solve(problem, rules, fi, mj, km)
    return time.perf_counter() - t0
