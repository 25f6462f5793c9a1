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
