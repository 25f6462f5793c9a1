"""Comparison figures and per-village differences, checked by hand (scenario_data.ROWS)."""

import json

import pytest

from gis.errors import Cancelled
from gis.model.zones import Zone
from gis.plan.allocation import EligibilityRule, allocate
from gis.plan.compare import CompareError, compare
from gis.plan.scenario import Scenario
from tests.gis.scenario_data import (
    ROWS,
    V1,
    V2,
    V3,
    V4,
    make_table,
    psks_table,
    simple_programs,
    village_table,
)


@pytest.fixture(scope="module")
def villages(tmp_path_factory):
    return village_table(tmp_path_factory.mktemp("desa"))


@pytest.fixture(scope="module")
def table(villages):
    return make_table(villages, ROWS)


def scenarios() -> list[Scenario]:
    s1 = Scenario(name="Satu", programs=simple_programs())
    s1.add_zone(Zone("a", "Barat", villages=(V1, V2)), ("A",))
    s2 = Scenario(name="Dua", programs=simple_programs(), budget_cap=10_000)
    s2.add_zone(Zone("b", "Tengah", villages=(V2, V4)), ("A",))
    s2.set_rule("A", EligibilityRule(desil=()))  # anyone, whatever the desil
    s3 = Scenario(name="Tiga", programs=simple_programs())
    s3.add_zone(Zone("c", "Timur", villages=(V3,)), ("B",))
    return [s1, s2, s3]


def test_metrics_by_hand(table, villages):
    psks = psks_table(villages, [(V1, 2), (V2, 5), (V2, 13), (V4, 10)])
    c = compare(table, scenarios(), psks=psks)
    m1, m2, m3 = c.metrics
    assert c.names == ["Satu", "Dua", "Tiga"]
    # Satu: rows 0 (d1, 4 pers.), 1 (d2, 2), 2 (d1, 3); 100 each
    assert m1.households == 3 and m1.households_by_desil[1:3] == [2, 1]
    assert m1.persons == 9 and m1.cost == 300 and m1.cost_per_d12 == 100
    # desil 1-2 receiving nothing in the whole table: rows 0, 2, 6, 7 (row 1 has PKH)
    assert m1.d12_nothing_total == 4 and m1.d12_nothing_reached == 2
    assert m1.d12_nothing_coverage == 0.5
    assert m1.inclusion_d710 == 0 and m1.inclusion_share == 0
    assert m1.psks_in_zones == 2 and m1.psks_per_household == pytest.approx(2 / 3)
    assert m1.zones == 1 and m1.villages_covered == 2 and m1.budget_cap is None
    # Dua: rows 2 (d1), 3 (d5), 6 (d1), 7 (d2, size unknown), 8 (d8)
    assert m2.households == 5
    assert m2.households_by_desil == [0, 2, 1, 0, 0, 1, 0, 0, 1, 0, 0]
    assert m2.persons == 3 + 5 + 6 + 0 + 3 and m2.cost == 500
    assert m2.cost_per_d12 == pytest.approx(500 / 3)
    assert m2.d12_nothing_reached == 3 and m2.d12_nothing_coverage == 0.75
    assert m2.inclusion_d710 == 1 and m2.inclusion_share == pytest.approx(0.2)
    assert m2.psks_in_zones == 2 and m2.budget_cap == 10_000
    # Tiga: row 4 only (row 5 has no desil), B costs 10 per person
    assert m3.households == 1 and m3.cost == 10
    assert m3.cost_per_d12 is None and m3.d12_nothing_coverage == 0
    assert m3.psks_in_zones == 0 and m3.psks_per_household == 0
    assert m1.programs["A"]["households"] == 3
    json.dumps(c.to_dict())  # plain data


def test_village_differences_against_the_first(table):
    c = compare(table, scenarios())
    vd = c.villages
    assert vd.reached.tolist() == [[2, 0, 0], [1, 2, 0], [0, 0, 1], [0, 3, 0]]
    assert vd.delta[:, 1].tolist() == [-2, 1, 0, 3]
    assert vd.delta[:, 2].tolist() == [-2, -1, 1, 0]
    assert vd.delta[:, 0].tolist() == [0, 0, 0, 0]
    assert vd.status(1).tolist() == ["turun", "naik", "tetap", "naik"]
    assert vd.cost[:, 0].tolist() == [200, 100, 0, 0]
    rows = vd.rows()
    assert [r["code"] for r in rows] == [V1, V2, V3, V4]
    assert rows[0] == {
        "code": V1,
        "name": "Satu",
        "kecamatan": "Kec Satu",
        "reached": [2, 0, 0],
        "cost": [200, 0, 0],
        "delta": [0, -2, -2],
    }


def test_unchanged_villages_are_left_out(table):
    a, b = scenarios()[:2]
    same = Scenario(name="Sama", programs=simple_programs())
    same.add_zone(Zone("a", "Barat", villages=(V1, V2)), ("A",))
    c = compare(table, [a, same])
    assert c.villages.rows() == []
    assert len(c.villages.rows(changed_only=False)) == 4


def test_two_to_five_scenarios(table):
    s = scenarios()
    with pytest.raises(CompareError) as e:
        compare(table, s[:1])
    assert e.value.code == "scenario_count"
    with pytest.raises(CompareError):
        compare(table, s + s)
    assert len(compare(table, s + s[:2]).metrics) == 5


def test_progress_and_cancel(table):
    seen = []
    compare(table, scenarios(), progress=lambda f, m="": seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0
    with pytest.raises(Cancelled):
        compare(table, scenarios(), cancelled=lambda: True)


def test_precomputed_allocations_are_used_as_given(table):
    s = scenarios()[:2]
    allocs = [allocate(table, x) for x in s]
    c = compare(table, s, allocations=allocs)
    assert c.allocations[0] is allocs[0]
    assert c.metrics[1].cost == 500


def _later(villages):
    """The register after a round: row 0 moved up to desil 6, row 3 down to desil 2,
    a new family (desil 1) in V3, row 8 gone."""
    rows = [dict(r) for r in ROWS]
    rows[0]["desil"] = 6
    rows[3]["desil"] = 2
    rows.append({"village": V3, "desil": 1, "members": 4})
    del rows[8]
    return make_table(villages, rows)


def test_one_scenario_on_two_registers_equals_each_register_alone(table, villages):
    from gis.plan.compare import compare_on_registers

    later = _later(villages)
    psks = psks_table(villages, [(V1, 2), (V2, 5), (V4, 10)])
    for sc in scenarios():
        c = compare_on_registers(sc, [("DTKS 2024", table), ("DTSEN 2025", later)], psks=psks)
        assert c.names == [f"{sc.name} – DTKS 2024", f"{sc.name} – DTSEN 2025"]
        for k, t in enumerate((table, later)):
            alone = compare(t, [sc, sc], psks=psks)
            got, want = c.metrics[k].to_dict(), alone.metrics[0].to_dict()
            got.pop("name"), want.pop("name")
            assert got == want
            assert c.villages.reached[:, k].tolist() == alone.villages.reached[:, 0].tolist()
        assert [s.name for s in c.scenarios] == c.names
        json.dumps(c.to_dict())
    # by hand: Satu (A in V1, V2 for desil 1-4) loses row 0 (now desil 6), gains row 3 (now 2)
    c = compare_on_registers(scenarios()[0], [("lama", table), ("baru", later)])
    assert c.villages.reached.tolist() == [[2, 1], [1, 2], [0, 0], [0, 0]]
    assert c.villages.delta[:, 1].tolist() == [-1, 1, 0, 0]
    assert [m.households for m in c.metrics] == [3, 3]


def test_registers_on_other_villages_or_too_few_are_refused(table, villages, tmp_path):
    from gis.plan.compare import compare_on_registers

    sc = scenarios()[0]
    with pytest.raises(CompareError) as e:
        compare_on_registers(sc, [("lama", table)])
    assert e.value.code == "scenario_count"
    import dataclasses

    other = dataclasses.replace(
        villages, codes=villages.codes[::-1].copy()
    )  # the same count, other order
    moved = dataclasses.replace(table, villages=other)
    with pytest.raises(CompareError) as e:
        compare_on_registers(sc, [("lama", table), ("baru", moved)])
    assert e.value.code == "villages_differ"
