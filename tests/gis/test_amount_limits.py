"""Amounts that would overflow are refused, never summed into negative costs.

Program amounts, household sizes and shares, budget caps from scenario
files and the sums the allocation builds: each is checked against a stated
ceiling (:data:`gis.plan.money.MAX_RUPIAH`, :data:`gis.plan.money.MAX_TOTAL_RUPIAH`)
before any int64 arithmetic.
"""

import json

import numpy as np
import pytest

from gis.model.zones import Zone
from gis.plan.allocation import AllocationError, allocate
from gis.plan.money import MAX_RUPIAH, MAX_TOTAL_RUPIAH
from gis.plan.programs import CostLine, Program, ProgramTable, ProgramTableError, parse_programs_csv
from gis.plan.scenario import Scenario, ScenarioFileError, open_scenario, save_scenario
from gis.plan.suggest import village_stats
from tests.gis.scenario_data import V1, V2, make_table, simple_programs, village_table


@pytest.fixture(scope="module")
def villages(tmp_path_factory):
    return village_table(tmp_path_factory.mktemp("desa"))


def one_program(line: CostLine, unknown_members: float = 4) -> ProgramTable:
    return ProgramTable([Program("X", "Program X", (line,))], unknown_members=unknown_members)


HUGE_LINES = [
    CostLine("x", "x", "per_household", "year", 10**308),
    CostLine("x", "x", "per_household", "month", MAX_RUPIAH),  # 12 x the ceiling a year
    CostLine("x", "x", "per_person", "year", MAX_RUPIAH // 2),  # 4 persons: 2 x the ceiling
    CostLine("x", "x", "per_component", "year", 1_000_000, per_member=1e308),
]


@pytest.mark.parametrize("line", HUGE_LINES)
def test_a_household_cost_above_the_ceiling_is_refused_not_wrapped(line):
    table = one_program(line)
    with pytest.raises(ProgramTableError) as err:
        table.cost_lut("X", 8)
    assert err.value.code == "absurd_cost" and err.value.key == "X"
    assert err.value.ceiling == MAX_RUPIAH


def test_an_unknown_household_size_of_1e308_is_refused():
    table = one_program(CostLine("x", "x", "per_person", "year", 1000), unknown_members=1e308)
    assert "bad_unknown_members" in [p.code for p in table.validate()]
    with pytest.raises(ProgramTableError):
        table.cost_lut("X", 3)


@pytest.mark.parametrize("amount", [MAX_RUPIAH + 1, 10**20, 10**308])
def test_the_table_check_names_an_absurd_amount(amount):
    problems = one_program(CostLine("x", "x", "per_household", "year", amount)).validate()
    assert [(p.code, p.key, p.component) for p in problems] == [("absurd_amount", "X", "x")]
    # the ceiling itself is a price the table accepts
    assert one_program(CostLine("x", "x", "per_household", "year", MAX_RUPIAH)).validate() == []


def test_a_program_csv_with_an_absurd_amount_is_refused():
    text = (
        "key,component,name,component_name,unit,period,amount\n"
        f"X,x,Program X,x,per_household,year,{10**308}\n"
    )
    with pytest.raises(ProgramTableError) as err:
        parse_programs_csv(text, path="biaya.csv")
    assert err.value.code == "invalid_program_table"
    assert [p.code for p in err.value.problems] == ["absurd_amount"]


def test_cost_sums_that_would_leave_exact_integers_are_refused(villages):
    # every household costs the ceiling; 100 of them cost more than 2**53
    rows = [{"village": V1, "desil": 1, "members": 3}] * 100
    table = make_table(villages, rows)
    s = Scenario(programs=one_program(CostLine("x", "x", "per_household", "year", MAX_RUPIAH)))
    s.add_zone(Zone("z", "z", villages=(V1,)), ("X",))
    assert 100 * MAX_RUPIAH > MAX_TOTAL_RUPIAH
    with pytest.raises(AllocationError) as err:
        allocate(table, s)
    assert err.value.code == "amount_overflow"
    with pytest.raises(AllocationError):
        village_stats(table, ("X",), s.programs)
    # below the bound the sums are exact integers
    small = make_table(villages, rows[:50])
    alloc = allocate(small, s)
    assert alloc.total_cost == 50 * MAX_RUPIAH and (alloc.cost > 0).all()
    assert int(alloc.village_cost.sum()) == 50 * MAX_RUPIAH


@pytest.mark.parametrize(("cap", "reason"), [(-1, "negative"), (MAX_RUPIAH + 1, "absurd")])
def test_a_budget_cap_out_of_range_is_refused_with_its_reason(villages, cap, reason):
    table = make_table(villages, [{"village": V1, "desil": 1, "members": 3}])
    s = Scenario(programs=simple_programs(), budget_cap=cap)
    s.add_zone(Zone("z", "z", villages=(V1,)), ("A",))
    with pytest.raises(AllocationError) as err:
        allocate(table, s)
    assert err.value.code == "bad_budget" and err.value.reason == reason


def scenario_text(tmp_path) -> str:
    s = Scenario(name="Uji", programs=simple_programs(), budget_cap=2_000_000_000)
    s.add_zone(Zone("z", "Zona", villages=(V1, V2)), ("A",))
    return save_scenario(s, tmp_path / "asli.skenario.json").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("literal", "reason"),
    [
        ("1e309", "amount_absurd"),  # JSON reads it as infinity
        ("Infinity", "amount_absurd"),
        ("-Infinity", "amount_negative"),
        ("NaN", "amount_unparseable"),
        ("-5000000", "amount_negative"),
        ("1e308", "amount_absurd"),
        (str(MAX_RUPIAH + 1), "amount_absurd"),
        ('"dua miliar"', "amount_unparseable"),
        ("true", "amount_unparseable"),
        ("[1]", "amount_unparseable"),
    ],
)
def test_a_scenario_file_with_a_bad_budget_is_a_worded_problem(tmp_path, literal, reason):
    text = scenario_text(tmp_path)
    assert text.count('"budget_cap": 2000000000') == 1
    path = tmp_path / "anggaran.skenario.json"
    path.write_text(text.replace('"budget_cap": 2000000000', f'"budget_cap": {literal}'))
    with pytest.raises(ScenarioFileError) as err:
        open_scenario(path)
    assert err.value.code == "bad_budget" and err.value.reason == reason
    assert err.value.path.name == "anggaran.skenario.json"
    assert err.value.ceiling == MAX_RUPIAH


@pytest.mark.parametrize("literal", ["1e309", "-1e309", "NaN", "1e308"])
def test_a_scenario_file_with_an_absurd_program_amount_is_refused(tmp_path, literal):
    doc = json.loads(scenario_text(tmp_path))
    doc["scenario"]["program_table"]["programs"][0]["lines"][0]["amount"] = "@@"
    path = tmp_path / "biaya.skenario.json"
    path.write_text(json.dumps(doc).replace('"@@"', literal))
    with pytest.raises(ScenarioFileError) as err:
        open_scenario(path)
    assert err.value.code == "corrupt"


def test_a_sound_budget_in_a_file_still_opens(tmp_path):
    text = scenario_text(tmp_path)
    for literal, value in [("2000000000", 2_000_000_000), ("2e9", 2_000_000_000), ("null", None)]:
        path = tmp_path / "baik.skenario.json"
        path.write_text(text.replace('"budget_cap": 2000000000', f'"budget_cap": {literal}'))
        got = open_scenario(path).budget_cap
        assert got == value and (got is None or type(got) is int)


def test_no_cost_is_ever_negative_at_the_ceiling(villages):
    # the largest household sizes a register holds, at the largest price: refused or exact
    rows = [{"village": V1, "desil": 1, "members": m} for m in (1, 100, 32767)]
    table = make_table(villages, rows)
    for line in [
        CostLine("x", "x", "per_person", "year", 1_000_000),
        CostLine("x", "x", "per_person", "year", 10**10),
    ]:
        s = Scenario(programs=one_program(line))
        s.add_zone(Zone("z", "z", villages=(V1,)), ("X",))
        try:
            alloc = allocate(table, s)
        except (AllocationError, ProgramTableError):
            continue
        expected = [line.amount * m for m in (1, 100, 32767)]
        assert alloc.cost.tolist() == expected and np.all(alloc.cost >= 0)
