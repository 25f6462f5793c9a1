"""The mentor benchmark rows on a small size: the row shape and the same data per seed."""

import numpy as np

from gis.bench.mentors import city_problem, mentor_rows
from gis.plan.matching import MatchRules


def test_city_problem_is_deterministic():
    a, b = city_problem(300, 400), city_problem(300, 400)
    assert np.array_equal(a.fam_lon, b.fam_lon) and np.array_equal(a.men_comp, b.men_comp)
    assert (a.men_cap == 1).all()


def test_rows_report_value_target_and_first_round_bound():
    rows = mentor_rows(sizes=((200, 260, 10.0),), rules=MatchRules(max_km=15.0))
    (row,) = rows
    assert row["unit"] == "s" and row["target"] == 10.0
    assert row["lower_bound"] is not None and row["value"] > 0
    assert "keluarga terdampingi" in row["note"] and "optimal" in row["note"]


def test_sizes_are_the_issues_for_a_full_register_and_scale_down_below():
    from gis.bench.mentors import SIZES, scaled_sizes

    assert scaled_sizes(1_000_000) == SIZES
    assert [(f, m) for f, m, _ in scaled_sizes(3000)] == [(200, 200), (300, 200)]
    half = scaled_sizes(500_000)
    assert [(f, m) for f, m, _ in half] == [(5322, 6630), (50_000, 10_000)]


def test_mentor_rows_are_a_group_of_the_benchmark():
    from gis.bench import mentors, registry

    assert mentors in registry.GROUPS
    assert registry.GROUPS.index(mentors) < registry.GROUPS.index(registry.memory)
