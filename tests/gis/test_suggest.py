"""Suggested villages: greedy on target households per Rupiah, locks, budget ranges."""

import pytest

from gis.errors import Cancelled
from gis.model.filters import HouseholdFilter
from gis.model.zones import Zone
from gis.plan.allocation import AllocationError, EligibilityRule, allocate
from gis.plan.scenario import Scenario
from gis.plan.suggest import suggest, suggest_range, village_stats
from tests.gis.scenario_data import V1, V2, V3, V4, make_table, simple_programs, village_table

# program A costs 100 per household; target = desil 1-2 receiving nothing
# V1: 5 target                    -> cost 500, target 5 (10,000 per Rp 1 M)
# V2: 1 target + 1 desil 3        -> cost 200, target 1 (5,000 per Rp 1 M)
# V3: 1 target + 3 desil 4        -> cost 400, target 1 (2,500 per Rp 1 M)
# V4: 2 desil 3 with Sembako, 1 desil 8 -> cost 200, no target: never suggested
ROWS = (
    [{"village": V1, "desil": 1, "members": 3}] * 5
    + [{"village": V2, "desil": 2, "members": 3}, {"village": V2, "desil": 3, "members": 3}]
    + [{"village": V3, "desil": 1, "members": 3}]
    + [{"village": V3, "desil": 4, "members": 3}] * 3
    + [{"village": V4, "desil": 3, "members": 3, "programs": ("SEMBAKO",)}] * 2
    + [{"village": V4, "desil": 8, "members": 3}]
)


@pytest.fixture(scope="module")
def table(tmp_path_factory):
    return make_table(village_table(tmp_path_factory.mktemp("desa")), ROWS)


def pick(table, budget, **kw):
    return suggest(table, budget, ("A",), simple_programs(), **kw)


def test_village_stats_by_hand_and_equal_to_allocation(table):
    stats = village_stats(table, ("A",), simple_programs())
    assert stats.cost.tolist() == [500, 200, 400, 200]
    assert stats.target.tolist() == [5, 1, 1, 0]
    assert stats.eligible.tolist() == [5, 2, 4, 2]
    assert stats.target_total == 7
    assert stats.ratio.tolist() == [10_000, 5_000, 2_500, 0]
    # a village's cost is exactly what a scenario with that village as its zone costs
    for code, cost in zip((V1, V2, V3, V4), stats.cost):
        s = Scenario(programs=simple_programs())
        s.add_zone(Zone("z", "z", villages=(code,)), ("A",))
        assert allocate(table, s).total_cost == cost


def test_greedy_skips_what_no_longer_fits(table):
    p = pick(table, 300)
    assert p.codes == [V2] and p.total_cost == 200 and p.remaining == 100
    p = pick(table, 700)
    assert p.codes == [V1, V2] and p.total_target == 6
    assert p.coverage == pytest.approx(6 / 7)
    p = pick(table, 1_100)
    assert p.codes == [V1, V2, V3] and p.total_cost == 1_100
    assert pick(table, 50).codes == []
    rows = pick(table, 700).rows()
    assert rows[0] == {
        "code": V1,
        "name": "Satu",
        "locked": False,
        "cost": 500,
        "target": 5,
        "eligible": 5,
        "visit_cost": 0,
        "per_target": 100.0,
        "rank": 1,
        "ranked": 3,
        "reason": "ratio",
    }


def test_locked_villages(table):
    p = pick(table, 700, locked_in=(V3,))
    assert p.codes == [V3, V2] and p.locked.tolist() == [True, False]
    p = pick(table, 700, locked_out=(V1,))
    assert p.codes == [V2, V3]
    p = pick(table, 700, locked_in=(V1, V3))
    assert p.over_budget and p.codes == [V1, V3]
    # a village with no target households can still be locked in
    p = pick(table, 700, locked_in=(V4,))
    assert p.codes[0] == V4 and not p.over_budget
    # "in" wins over "out" when a village is given both ways
    assert V2 in pick(table, 700, locked_in=(V2,), locked_out=(V2,)).codes


def test_pick_is_not_nested_across_budgets(table):
    r = suggest_range(table, [500, 300, 700], ("A",), simple_programs())
    assert r.budgets == [300, 500, 700]
    assert [p.codes for p in r.picks] == [[V2], [V1], [V1, V2]]
    assert r.nested is False
    assert r.changes[0] == {"budget": 500, "added": [V1], "dropped": [V2]}
    assert r.changes[1] == {"budget": 700, "added": [V2], "dropped": []}
    assert [c["target"] for c in r.curve()] == [1, 5, 6]
    nested = suggest_range(table, [700, 1_100], ("A",), simple_programs())
    assert nested.nested is True


def test_target_rules_and_filter_are_respected(table):
    # target: every desil 1-4 household; PKH costs 1000 and desil 1-2 only are eligible
    target = HouseholdFilter(desil=(1, 2, 3, 4))
    stats = village_stats(
        table,
        ("PKH",),
        simple_programs(),
        target=target,
        rules={"PKH": EligibilityRule(desil=(1, 2))},
    )
    assert stats.cost.tolist() == [5_000, 1_000, 1_000, 0]
    assert stats.target.tolist() == [5, 1, 1, 0]
    assert stats.target_total == 13
    only_kec2 = village_stats(
        table,
        ("A",),
        simple_programs(),
        household_filter=HouseholdFilter(desil=(), units=("990102",)),
    )
    assert only_kec2.cost.tolist() == [0, 0, 400, 200]
    assert only_kec2.target_total == 1


def test_as_zone_progress_cancel_and_unknown_program(table):
    p = pick(table, 700)
    z = p.as_zone("usulan", "Usulan")
    assert z.kind == "villages" and z.villages == (V1, V2)
    seen = []
    pick(table, 700, progress=lambda f, m="": seen.append(f))
    assert seen[-1] == 1.0
    with pytest.raises(Cancelled):
        pick(table, 700, cancelled=lambda: True)
    with pytest.raises(Cancelled):
        suggest_range(table, [1, 2], ("A",), simple_programs(), cancelled=lambda: True)
    with pytest.raises(AllocationError):
        suggest(table, 700, ("NOPE",), simple_programs())
