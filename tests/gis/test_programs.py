"""The program cost table: default figures, the estimation rule, editing, validation."""

import numpy as np
import pytest

from gis.plan.programs import (
    CostLine,
    Program,
    ProgramTableError,
    default_programs,
    load_programs,
    parse_programs_csv,
)

PKH_SHARES = {  # component -> (amount, per_member) of the default table
    "hamil_usia_dini": (3_000_000, 0.10),
    "anak_sd": (900_000, 0.12),
    "anak_smp": (1_500_000, 0.06),
    "anak_sma": (2_000_000, 0.05),
    "disabilitas_lansia": (2_400_000, 0.06),
}


def test_default_table_carries_the_domain_figures_with_year_and_source():
    t = default_programs()
    assert t.keys[:5] == ("PKH", "SEMBAKO", "PIP", "PBI", "LISTRIK")
    assert t.year == 2025 and t.title and t.unknown_members == 4
    pkh = t.get("PKH")
    assert pkh.max_units == 4 and not pkh.user_defined
    assert {ln.component: (ln.amount, ln.per_member) for ln in pkh.lines} == PKH_SHARES
    assert all(ln.unit == "per_component" and ln.period == "year" for ln in pkh.lines)
    sembako = t.get("SEMBAKO").lines[0]
    assert (sembako.unit, sembako.period, sembako.amount) == ("per_household", "month", 200_000)
    pbi = t.get("PBI").lines[0]
    assert (pbi.unit, pbi.period, pbi.amount, pbi.valid_from) == (
        "per_person",
        "month",
        42_000,
        2020,
    )
    pip = {ln.component: ln.amount for ln in t.get("PIP").lines}
    assert pip == {"siswa_sd": 450_000, "siswa_smp": 750_000, "siswa_sma": 1_800_000}
    assert all(ln.unit == "per_pupil" and ln.per_member is not None for ln in t.get("PIP").lines)
    # regional examples are user-defined rows; UMKM mentoring runs two years
    assert t.get("KERJA").user_defined and t.get("UMKM").user_defined
    umkm = {ln.component: ln for ln in t.get("UMKM").lines}
    assert umkm["pendampingan"].years == 2 and umkm["pendampingan"].period == "month"
    for p in t:
        for ln in p.lines:
            assert ln.source, (p.key, ln.component)
            assert ln.valid_from is not None
    assert t.validate() == []


def test_pkh_estimate_for_a_household_of_four_by_hand():
    t = default_programs()
    # 4 members: 0.39 x 4 = 1.56 components, under the cap of 4
    expected = sum(a * s * 4 for a, s in PKH_SHARES.values())
    assert expected == pytest.approx(2_968_000)
    assert t.annual_cost("PKH", np.array([4]))[0] == pytest.approx(expected)
    assert t.cost_lut("PKH", 4)[4] == 2_968_000


def test_component_cap_scales_all_components_together():
    t = default_programs()
    m = 20  # 0.39 x 20 = 7.8 components -> scaled to 4
    per_member_cost = sum(a * s for a, s in PKH_SHARES.values())
    share_total = sum(s for _, s in PKH_SHARES.values())
    expected = per_member_cost * m * (4 / (share_total * m))
    assert t.annual_cost("PKH", np.array([m]))[0] == pytest.approx(expected)
    units = t.get("PKH").units(np.array([m]))
    assert units.sum() == pytest.approx(4.0)


def test_units_per_person_per_household_month_and_unknown_size():
    t = default_programs()
    sizes = np.array([0, 1, 3])
    # PBI: 42,000 x 12 per person; unknown size counts as 4 persons
    assert list(t.cost_lut("PBI", 3)) == [42_000 * 12 * 4, 42_000 * 12, 42_000 * 24, 42_000 * 36]
    assert np.all(t.annual_cost("SEMBAKO", sizes) == 2_400_000)
    t.set_unknown_members(5)
    assert t.cost_lut("PBI", 0)[0] == 42_000 * 12 * 5


def test_multi_year_lines_count_once_per_year_and_whole_in_commitment():
    t = default_programs()
    umkm = t.get("UMKM")
    assert umkm.annual_cost(np.array([3]))[0] == 5_000_000 + 250_000 * 12
    assert umkm.annual_cost(np.array([3]), commitment=True)[0] == 5_000_000 + 250_000 * 12 * 2


def test_csv_and_dict_round_trip(tmp_path):
    t = default_programs()
    again = parse_programs_csv(t.to_csv_text())
    assert again == t
    assert type(t).from_dict(t.to_dict()) == t
    path = t.write_csv(tmp_path / "biaya.csv")
    assert load_programs(path) == t
    with pytest.raises(FileExistsError):
        t.write_csv(path)


def test_edits_emit_changed_and_protect_built_in_programs():
    t = default_programs()
    seen = []
    t.changed.connect(lambda: seen.append(1))
    regional = Program(
        "BEDAH_RUMAH",
        "Bedah rumah (program daerah)",
        (CostLine("bahan", "Bahan bangunan", "per_household", "year", 15_000_000, 2025, "APBD"),),
        user_defined=True,
    )
    t.add(regional)
    assert "BEDAH_RUMAH" in t and seen
    with pytest.raises(ProgramTableError) as e:
        t.add(regional)
    assert e.value.code == "duplicate_program"
    t.set_amount("SEMBAKO", "bantuan_pangan", 150_000, source="Angka lama")
    assert t.get("SEMBAKO").lines[0].amount == 150_000
    assert t.get("SEMBAKO").lines[0].source == "Angka lama"
    with pytest.raises(ProgramTableError) as e:
        t.remove("PKH")
    assert e.value.code == "builtin_program"
    assert t.remove("BEDAH_RUMAH").key == "BEDAH_RUMAH" and "BEDAH_RUMAH" not in t
    with pytest.raises(ProgramTableError) as e:
        t.get("NOPE")
    assert e.value.code == "unknown_program"
    assert len(seen) == 3  # add, set_amount, remove


HEADER = "key,component,name,component_name,unit,period,amount,valid_from,source,note,per_member,max_units,years,user_defined\n"


def test_estimated_unit_without_its_rule_is_refused():
    text = HEADER + "X,komp,X,k,per_component,year,1000,2025,s,,,4,,1\n"
    with pytest.raises(ProgramTableError) as e:
        parse_programs_csv(text)
    assert e.value.code == "invalid_program_table"
    assert [p.code for p in e.value.problems] == ["missing_estimate"]


@pytest.mark.parametrize(
    ("row", "code"),
    [
        ("X,a,X,a,per_week,year,1000,2025,s,,,,,1", "unknown_unit"),
        ("X,a,X,a,per_household,day,1000,2025,s,,,,,1", "unknown_period"),
        ("X,a,X,a,per_household,year,-5,2025,s,,,,,1", "bad_amount"),
        ("X,a,X,a,per_household,year,5,2025,s,,,,0,1", "bad_years"),
        ("x y,a,X,a,per_household,year,5,2025,s,,,,,1", "bad_key"),
    ],
)
def test_validation_codes(row, code):
    with pytest.raises(ProgramTableError) as e:
        parse_programs_csv(HEADER + row + "\n")
    assert code in [p.code for p in e.value.problems]


def test_unreadable_value_names_the_line():
    text = "# comment\n" + HEADER + "X,a,X,a,per_household,year,lots,2025,s,,,,,1\n"
    with pytest.raises(ProgramTableError) as e:
        parse_programs_csv(text)
    assert e.value.code == "bad_row" and e.value.row == 3


def test_amounts_typed_with_thousands_separators_and_settings_lines():
    text = "#@ tahun=2026\n#@ anggota_tidak_diketahui=3,5\n" + HEADER
    text += 'X,a,X,a,per_household,month,"Rp 1.500.000",2026,s,,,,,1\n'
    t = parse_programs_csv(text)
    assert t.year == 2026 and t.unknown_members == 3.5
    assert t.get("X").lines[0].amount == 1_500_000
    assert t.cost_lut("X", 0)[0] == 18_000_000


def test_missing_file_and_missing_columns(tmp_path):
    with pytest.raises(ProgramTableError) as e:
        load_programs(tmp_path / "none.csv")
    assert e.value.code == "not_found"
    with pytest.raises(ProgramTableError) as e:
        parse_programs_csv("key,name\nX,Y\n")
    assert e.value.code == "missing_columns"
