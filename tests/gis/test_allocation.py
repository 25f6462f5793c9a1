"""Allocation against hand-computed cases (see scenario_data.ROWS for the register)."""

import time

import numpy as np
import pytest
import shapely

from gis.errors import Cancelled
from gis.model.filters import HouseholdFilter
from gis.model.zones import Zone, ZoneMasks
from gis.plan.allocation import (
    AllocationError,
    EligibilityRule,
    _priority_order,
    allocate,
)
from gis.plan.scenario import Scenario
from tests.gis.scenario_data import (
    ROWS,
    SIDE,
    V1,
    V2,
    V3,
    V4,
    VILLAGES,
    make_table,
    simple_programs,
    village_table,
)


@pytest.fixture(scope="module")
def villages(tmp_path_factory):
    return village_table(tmp_path_factory.mktemp("desa"))


@pytest.fixture(scope="module")
def table(villages):
    return make_table(villages, ROWS)


def scenario(zones, programs, **kw) -> Scenario:
    s = Scenario(name="uji", programs=simple_programs(), **kw)
    for z in zones:
        s.add_zone(z, programs.get(z.zone_id, ()) if isinstance(programs, dict) else programs)
    return s


def reached_rows(alloc) -> list[int]:
    return sorted(alloc.candidates[alloc.reached].tolist())


def test_overlapping_zones_pay_a_household_once(table):
    z1 = Zone("z1", "Zona 1", villages=(V1, V2))
    z2 = Zone("z2", "Zona 2", villages=(V2, V3))
    a = allocate(table, scenario([z1, z2], ("A",)))
    # desil 1-4 in the zones: rows 0, 1, 2 (z1), 2 and 4 (z2); row 3 is desil 5, row 5 has none
    assert reached_rows(a) == [0, 1, 2, 4]
    assert a.total_cost == 400  # row 2 paid once
    zones = {z["zone_id"]: z for z in a.summary["by_zone"]}
    assert zones["z1"]["reached"] == 3 and zones["z2"]["reached"] == 2
    # the shared household's cost goes to the first zone: zone costs add up to the total
    assert zones["z1"]["cost"] == 300 and zones["z2"]["cost"] == 100
    assert zones["z1"]["households_in_zone"] == 4 and zones["z2"]["households_in_zone"] == 4
    assert zones["z1"]["persons_reached"] == 4 + 2 + 3 and zones["z2"]["persons_reached"] == 3 + 1
    assert zones["z1"]["programs"] == {"A": 3} and zones["z2"]["programs"] == {"A": 2}
    assert not a.cap_binds and a.households_cut == 0


def test_polygon_and_village_zone_overlap_is_paid_once(table):
    x, y = VILLAGES[0][2]
    poly = Zone("p", "Poligon", geometry=shapely.box(x, y, x + SIDE, y + SIDE))
    vz = Zone("v", "Desa", villages=(V1,))
    a = allocate(table, scenario([poly, vz], {"p": ("A", "B"), "v": ("A",)}))
    assert reached_rows(a) == [0, 1]
    # A once (100) + B (10 per person) for rows 0 (4 persons) and 1 (2 persons)
    assert a.total_cost == 2 * 100 + 10 * (4 + 2)
    assert a.summary["by_program"]["A"]["households"] == 2
    assert [z["cost"] for z in a.summary["by_zone"]] == [260, 0]


def test_lacks_program_rule_reads_the_register(table):
    z = Zone("z", "Semua", villages=(V1, V2, V3, V4))
    a = allocate(table, scenario([z], ("PKH",)))
    assert 1 not in reached_rows(a)  # row 1 already receives PKH
    assert reached_rows(a) == [0, 2, 4, 6, 7]
    s = scenario([z], ("PKH",))
    s.set_rule("PKH", EligibilityRule(desil=(1, 2), lacks_program=False))
    assert reached_rows(allocate(table, s)) == [0, 1, 2, 6, 7]


def test_ppks_rule_and_household_filter(table):
    z = Zone("z", "Semua", villages=(V1, V2, V3, V4))
    s = scenario([z], ("A",))
    s.set_rule("A", EligibilityRule(desil=(), ppks_any=(9,)))
    assert reached_rows(allocate(table, s)) == [0, 2]
    s = scenario([z], ("A",), filter=HouseholdFilter(desil=(), units=("99.01.02",)))
    assert reached_rows(allocate(table, s)) == [4, 6, 7]
    assert allocate(table, s).summary["by_zone"][0]["households_in_zone"] == 5


def all_villages_ab(**kw) -> Scenario:
    return scenario([Zone("z", "Semua", villages=(V1, V2, V3, V4))], ("A", "B"), **kw)


# costs with A (100) + B (10 per person, unknown size = 4):
# row 0: 140, 1: 120, 2: 130, 4: 110, 6: 160, 7: 140 (size unknown)
# default priority: desil asc, PPKS count desc, size desc ->
# 2 (d1, 2 PPKS), 0 (d1, 1 PPKS), 6 (d1), 1 (d2, 2 pers.), 7 (d2, size 0), 4 (d3)
# running totals: 130, 270, 430, 550, 690, 800
ORDER = [2, 0, 6, 1, 7, 4]
RUNNING = [130, 270, 430, 550, 690, 800]


def test_cap_binding_follows_the_priority_order(table):
    a = allocate(table, all_villages_ab(budget_cap=450))
    assert a.cap_binds
    assert a.eligible_cost == 800
    assert reached_rows(a) == [0, 2, 6]
    assert a.total_cost == 430
    assert a.meter() == {
        "cost": 430,
        "cap": 450,
        "eligible_cost": 800,
        "remaining": 20,
        "share": pytest.approx(430 / 450),
        "over": True,
    }
    cut = a.cut(table)
    assert cut["row"].tolist() == [1, 7, 4]
    assert cut["rank"].tolist() == [3, 4, 5]
    assert cut["short_by"].tolist() == [550 - 450, 690 - 450, 800 - 450]
    assert set(cut["reason"]) == {"budget_cap"}
    assert cut["programs"].tolist() == ["A+B"] * 3
    assert cut["village_code"].tolist() == [V1, V4, V3]
    # the cut list carries no personal data columns
    assert not {"name", "nik", "kk", "address"} & set(cut)
    s = a.summary
    assert s["households_cut"] == 3 and s["remaining"] == 20
    assert s["by_desil"]["2"] == {"eligible": 2, "reached": 0, "cut": 2, "persons": 0, "cost": 0}


def test_cap_is_a_strict_priority_prefix(table):
    # 430 spent after the first three; row 4 (110) would still fit under 545, but
    # rows 1 and 7 come first and do not: a lower-priority household never jumps the queue
    a = allocate(table, all_villages_ab(budget_cap=545))
    assert reached_rows(a) == [0, 2, 6]


def test_editable_priority_rule(table):
    # household size first (descending): 6 (6), 0 (4), 2 (3), 1 (2), 4 (1), 7 (0)
    a = allocate(table, all_villages_ab(budget_cap=300, priority=("-members",)))
    assert reached_rows(a) == [0, 6]  # 160 + 140 = 300 fits exactly; row 2 (130) does not
    a = allocate(table, all_villages_ab(budget_cap=300, priority=("cost",)))
    assert reached_rows(a) == [1, 4]  # cheapest first: 110, 120 (then 130 > 300 - 230)
    with pytest.raises(AllocationError) as e:
        all_villages_ab(priority=("wealth",))
    assert e.value.code == "bad_priority"


def test_ties_are_broken_by_register_row_deterministically(table):
    # desil only: rows 0, 2, 6 tie at desil 1 and stay in row order
    a = allocate(table, all_villages_ab(budget_cap=270, priority=("desil",)))
    assert reached_rows(a) == [0, 2]  # 140 + 130; row 6 (160) is cut
    again = allocate(table, all_villages_ab(budget_cap=270, priority=("desil",)))
    assert np.array_equal(a.rank, again.rank)
    assert a.cut(table)["row"].tolist() == [6, 1, 7, 4]


def test_missing_desil_ranks_last(villages):
    rows = [{"village": V1, "desil": 0, "members": 1}, {"village": V1, "desil": 4, "members": 1}]
    t = make_table(villages, rows)
    s = scenario([Zone("z", "z", villages=(V1,))], ("A",), budget_cap=100)
    s.set_rule("A", EligibilityRule(desil=()))
    assert reached_rows(allocate(t, s)) == [1]


def test_packed_sort_equals_lexsort():
    rng = np.random.default_rng(3)
    keys = [rng.integers(1, 12, 5000), -rng.integers(0, 5, 5000), -rng.integers(0, 9, 5000)]
    assert np.array_equal(_priority_order(keys, 5000), np.lexsort(keys[::-1]))
    wide = [rng.integers(0, 2**40, 5000), rng.integers(0, 2**40, 5000)]
    assert np.array_equal(_priority_order(wide, 5000), np.lexsort(wide[::-1]))


def test_zero_budget_reaches_no_one(table):
    a = allocate(table, all_villages_ab(budget_cap=0))
    assert a.households_reached == 0 and a.total_cost == 0
    assert a.households_cut == 6 and a.cap_binds
    assert a.cut(table)["short_by"].tolist() == RUNNING
    assert a.cut(table)["row"].tolist() == ORDER


def test_empty_zones_and_no_zones(table):
    x, y = VILLAGES[0][2]
    empty_poly = Zone("p", "Laut", geometry=shapely.box(x - 1, y - 1, x - 0.5, y - 0.5))
    empty_set = Zone("e", "Kosong", villages=())
    a = allocate(table, scenario([empty_poly, empty_set], ("A",), budget_cap=1000))
    assert a.households_reached == 0 and a.total_cost == 0 and not a.cap_binds
    assert [z["households_in_zone"] for z in a.summary["by_zone"]] == [0, 0]
    assert a.reached_mask().sum() == 0
    none = allocate(table, Scenario(programs=simple_programs()))
    assert none.keys == () and none.summary["households_eligible"] == 0
    assert none.summary["cost"] == 0 and none.summary["by_zone"] == []
    # a zone without programs delivers nothing
    idle = allocate(table, scenario([Zone("z", "z", villages=(V1,))], ()))
    assert idle.households_reached == 0


def test_component_estimate_and_multi_year_commitment(table):
    z = Zone("z", "z", villages=(V1,))
    # C: 1000 per component, 0.5 per member, at most 1: row 0 (4 pers.) -> 1 comp.; row 1 (2) -> 1
    a = allocate(table, scenario([z], ("C", "M")))
    assert a.summary["by_program"]["C"]["cost"] == 2000
    # M: 5 a month for two years: 60 per year, 120 committed
    assert a.summary["by_program"]["M"] == {
        "eligible": 2,
        "households": 2,
        "persons": 6,
        "cost": 120,
        "commitment": 240,
    }
    assert a.summary["commitment"] == 2000 + 240


def test_masks_per_program_and_village_arrays(table):
    a = allocate(table, all_villages_ab(budget_cap=450))
    assert np.flatnonzero(a.program_mask("A")).tolist() == [0, 2, 6]
    assert np.flatnonzero(a.cut_mask()).tolist() == [1, 4, 7]
    assert np.flatnonzero(a.eligible_mask()).tolist() == [0, 1, 2, 4, 6, 7]
    # villages: V1 row 0, V2 row 2, V4 row 6 reached
    assert a.village_reached.tolist() == [1, 1, 0, 1, 0]
    assert a.village_cost.tolist() == [140, 130, 0, 160, 0]
    assert a.village_persons.tolist() == [4, 3, 0, 6, 0]


def test_unknown_program_and_negative_budget(table):
    with pytest.raises(AllocationError) as e:
        allocate(table, scenario([Zone("z", "z", villages=(V1,))], ("NOPE",)))
    assert e.value.code == "unknown_program"
    with pytest.raises(AllocationError):
        allocate(table, all_villages_ab(budget_cap=-1))


def test_progress_and_cancel(table):
    seen = []
    allocate(table, all_villages_ab(), progress=lambda f, m="": seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(Cancelled):
        allocate(table, all_villages_ab(), cancelled=lambda: True)


def test_vectorised_at_scale(villages):
    # 200,000 households, 10 zones, 4 programs: a loop over households would take seconds
    rng = np.random.default_rng(0)
    n = 200_000
    codes = [v[0] for v in VILLAGES]
    rows = [{"village": V1, "desil": 1, "members": 1}]
    t = make_table(villages, rows)
    t.village = rng.integers(0, 4, n).astype(np.int32)
    t.desil = rng.integers(0, 11, n).astype(np.int8)
    t.members = rng.integers(0, 9, n).astype(np.int16)
    t.ppks = rng.integers(0, 2**26, n).astype(np.uint32)
    t.programs = rng.integers(0, 32, n).astype(np.uint32)
    t.programs_known = np.full(n, 127, dtype=np.uint32)
    t.ppks_known = np.ones(n, dtype=bool)
    t.x = np.full(n, np.nan)
    t.y = np.full(n, np.nan)
    t.approx = np.zeros(n, dtype=bool)
    t.hh_id = np.arange(n).astype(object)
    t.row = np.arange(n)
    zones = [Zone(f"z{i}", f"z{i}", villages=(codes[i % 4], codes[(i + 1) % 4])) for i in range(10)]
    s = scenario(zones, ("A", "B", "C", "PKH"), budget_cap=10_000_000)
    masks = ZoneMasks(t)
    allocate(t, s, masks=masks)
    t0 = time.perf_counter()
    a = allocate(t, s, masks=masks)
    elapsed = time.perf_counter() - t0
    assert a.cap_binds and 0 < a.households_reached < len(a.candidates)
    assert a.total_cost <= 10_000_000
    assert elapsed < 1.0, f"{elapsed:.2f} s"
