"""Village suggestions a planner can defend: a cost per village visit, a minimum size, reasons."""

import pytest

from gis.plan.money import MoneyError
from gis.plan.suggest import suggest, suggest_range
from tests.gis.scenario_data import V1, V2, V3, V4, make_table, simple_programs, village_table

# program A costs 100 per household; target = desil 1-2 receiving nothing
# V1: 20 target + 5 desil 3  -> cost 2,500, 20 target
# V2: 1 target, nobody else  -> cost 100, 1 target  (the best ratio on programme cost alone)
# V3: 1 target, nobody else  -> cost 100, 1 target
# V4: 2 target + 1 desil 3   -> cost 300, 2 target
ROWS = (
    [{"village": V1, "desil": 1, "members": 3}] * 20
    + [{"village": V1, "desil": 3, "members": 3}] * 5
    + [{"village": V2, "desil": 2, "members": 1}]
    + [{"village": V3, "desil": 1, "members": 2}]
    + [{"village": V4, "desil": 1, "members": 3}] * 2
    + [{"village": V4, "desil": 3, "members": 3}]
)
SINGLES = {V2, V3}


@pytest.fixture(scope="module")
def table(tmp_path_factory):
    return make_table(village_table(tmp_path_factory.mktemp("desa")), ROWS)


def pick(table, budget, **kw):
    return suggest(table, budget, ("A",), simple_programs(), **kw)


def test_without_a_visit_cost_one_household_villages_come_first(table):
    # the defect the planner saw: the best "ratio" is a village of one household
    assert pick(table, 10_000).codes[:2] == [V2, V3]


@pytest.mark.parametrize("budget", [3_500, 4_000, 6_000, 10_000, 100_000])
def test_with_a_visit_cost_the_pick_no_longer_starts_with_one_household_villages(table, budget):
    p = pick(table, budget, visit_cost=1_000)
    assert p.codes[0] == V1
    # every village of one target household is ranked after every larger one
    targets = [r["target"] for r in p.rows()]
    assert targets == sorted(targets, reverse=True)
    # the visits are paid from the same budget
    assert p.total_cost == p.programme_cost + 1_000 * len(p.villages) <= budget
    assert p.remaining == budget - p.total_cost


def test_a_minimum_village_size_leaves_small_villages_out(table):
    p = pick(table, 100_000, min_target=2)
    assert p.codes == [V1, V4] and not SINGLES & set(p.codes)
    assert p.ranked == 2 and p.min_target == 2
    # locked-in villages stay in whatever their size
    p = pick(table, 100_000, min_target=2, locked_in=(V3,))
    assert p.codes[0] == V3 and p.rows()[0]["reason"] == "locked_in"


def test_each_village_carries_why_it_is_there(table):
    p = pick(table, 5_000, visit_cost=1_000)
    rows = p.rows()
    assert [r["code"] for r in rows] == [V1, V4]
    first = rows[0]
    assert first["target"] == 20 and first["cost"] == 2_500 and first["visit_cost"] == 1_000
    assert first["per_target"] == pytest.approx((2_500 + 1_000) / 20)
    assert (first["rank"], first["ranked"], first["reason"]) == (1, 4, "ratio")
    assert rows[1]["rank"] == 2 and rows[1]["per_target"] == pytest.approx(1_300 / 2)
    # a range of budgets ranks the same way
    rng = suggest_range(table, [5_000, 10_000], ("A",), simple_programs(), visit_cost=1_000)
    assert rng.picks[0].codes == p.codes and rng.picks[1].codes[0] == V1


@pytest.mark.parametrize("bad", [-1, float("inf"), float("nan"), 10**20])
def test_an_impossible_visit_cost_is_refused(table, bad):
    with pytest.raises(MoneyError):
        pick(table, 5_000, visit_cost=bad)
