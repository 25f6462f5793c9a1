"""Unknown is neither yes nor no: a register that does not carry a program, PPKS or size.

A P3KE keluarga sheet has PKH, BPNT and SEMBAKO columns only, no household
size and no PPKS. Its households are not "not receiving PIP", do not have
"no PPKS" and do not have "0 jiwa". Every test builds the sheet itself
with the real P3KE header (tests/gis/p3ke_data.py).
"""

from __future__ import annotations

import numpy as np
import pytest

from gis.maps.mapdata import MapData
from gis.maps.sheet_layout import SheetSpec, TableItem, compose, summary_rows
from gis.model.aggregate import tally
from gis.model.filters import PRESETS, HouseholdFilter
from gis.model.importer import load_households
from gis.model.indicators import compute
from gis.model.unknowns import ASSUMED_SIZE, assumed_size_text, persons_of_text, persons_text
from gis.model.zones import Zone
from gis.plan.allocation import allocate
from gis.plan.budget_export import ESTIMATION_NOTE, metadata_rows, scenario_budget_sheets
from gis.plan.programs import default_programs
from gis.plan.scenario import Scenario
from tests.gis.p3ke_data import NOT_CARRIED, p3ke_rows, write_p3ke
from tests.gis.scenario_data import V1, V2, V3, village_table


@pytest.fixture
def villages(tmp_path):
    return village_table(tmp_path)


@pytest.fixture
def p3ke(tmp_path, villages):
    rows = p3ke_rows()
    table, report = load_households(write_p3ke(tmp_path, rows), villages)
    return table, report, rows


def _expected(rows, keep) -> int:
    return sum(1 for r in rows if keep(r))


def test_programs_and_fields_the_sheet_lacks_are_unknown_and_reported(p3ke):
    table, report, rows = p3ke
    assert len(table) == len(rows)
    assert set(table.missing_programs()) == set(NOT_CARRIED)
    assert set(table.carried_programs()) >= {"PKH", "SEMBAKO"}
    for key in NOT_CARRIED:
        assert not table.program_known(key).any()
    assert table.program_known("PKH").all() and table.program_known("SEMBAKO").all()
    assert not table.carries_ppks and not table.carries_members
    # the report names what the file does not carry
    assert set(report.programs_not_carried) == set(NOT_CARRIED)
    assert {"members", "ppks", "coordinates"} <= set(report.fields_not_carried)
    assert "desil" not in report.fields_not_carried
    assert "village" not in report.fields_not_carried
    d = report.to_dict()
    assert set(d["programs_not_carried"]) == set(NOT_CARRIED)
    text = "\n".join(report.not_carried_text())
    for key in NOT_CARRIED:
        assert key in text
    assert "jumlah anggota keluarga" in text and "jenis PPKS" in text


def test_lacking_a_program_the_sheet_does_not_carry_keeps_nobody(p3ke):
    table, _, rows = p3ke
    for key in NOT_CARRIED:
        assert HouseholdFilter(desil=(), lacks_all=(key,)).mask(table).sum() == 0
        assert HouseholdFilter(desil=(), lacks_all=("PKH", key)).mask(table).sum() == 0
    # a program it does carry: the households known not to receive it
    no_pkh = HouseholdFilter(desil=(), lacks_all=("PKH",)).mask(table)
    assert no_pkh.sum() == _expected(rows, lambda r: not r["PKH"])
    # "receives nothing": none of the programs known for the household
    nothing = HouseholdFilter(desil=(), lacks_all=("*",)).mask(table)
    assert nothing.sum() == _expected(rows, lambda r: not r["PKH"] and not r["BPNT"])


def test_presets_count_only_households_whose_programs_are_known(tmp_path, villages, p3ke):
    table, _, rows = p3ke
    excl = PRESETS["exclusion_error"].mask(table)
    assert excl.sum() == _expected(rows, lambda r: r["desil"] <= 2 and not (r["PKH"] or r["BPNT"]))
    # a register with no program column at all: nobody is known to receive nothing
    bare = tmp_path / "bare.csv"
    lines = ["ID Keluarga P3KE;Kode Kemdagri;Desil Kesejahteraan"]
    lines += [f"K{i};{V1};{1 + i % 2}" for i in range(10)]
    bare.write_text("\n".join(lines) + "\n", encoding="utf-8")
    t, report = load_households(bare, villages)
    assert len(t) == 10 and t.programs_unknown().all()
    assert PRESETS["exclusion_error"].mask(t).sum() == 0
    assert HouseholdFilter(desil=(), lacks_all=("*",)).mask(t).sum() == 0
    assert report.counts["programs_unknown"] == 10
    assert tally(t).receives_nothing is None


def test_person_level_households_keep_their_own_known_bits(tmp_path, villages):
    # one family's members say nothing readable about PIP; another's head says yes
    path = tmp_path / "anggota.csv"
    path.write_text(
        "ID Keluarga;ID Individu;Kode Desa;Desil;Penerima PIP;Penerima PKH\n"
        f"F1;1;{V1};1;entah;Tidak\n"
        f"F1;2;{V1};1;?;Tidak\n"
        f"F2;3;{V1};1;Ya;Tidak\n"
        f"F2;4;{V1};1;entah;Tidak\n"
        f"F3;5;{V1};1;Tidak;Ya\n",
        encoding="utf-8",
    )
    t, report = load_households(path, villages)
    assert len(t) == 3
    by_id = {str(h): i for i, h in enumerate(t.hh_id)}
    pip = t.program_known("PIP")
    assert not pip[by_id["F1"]] and pip[by_id["F2"]] and pip[by_id["F3"]]
    lacks_pip = HouseholdFilter(desil=(), lacks_all=("PIP",)).mask(t)
    assert lacks_pip.tolist() == [False, False, True]
    # the unreadable values are still reported row by row
    assert "flag_unreadable" in report.warnings()


def test_tally_and_indicator_leave_unknown_programs_out(p3ke):
    table, _, rows = p3ke
    t = tally(table)
    for key in NOT_CARRIED:
        assert t.programs[key] is None
    assert t.programs["PKH"] == _expected(rows, lambda r: r["PKH"])
    assert t.receives_nothing == _expected(rows, lambda r: not (r["PKH"] or r["BPNT"]))
    assert t.unknown_size == len(rows) and t.persons == 0
    assert not t.ppks_carried and all(v is None for v in t.by_ppks.values())

    ind = compute("d12_no_aid", table)
    v = table.villages
    for code in (V1, V2, V3):
        i = int(np.flatnonzero(v.codes == code)[0])
        d12 = [r for r in rows if r["village"] == code and r["desil"] <= 2]
        none = [r for r in d12 if not (r["PKH"] or r["BPNT"])]
        assert ind.numerator[i] == len(none) and ind.denominator[i] == len(d12)
    assert all(k in ind.note for k in NOT_CARRIED)
    ppks = compute("ppks_per_1000", table)
    # no PPKS column: unknown (no data), never a rate of 0
    assert np.isnan(ppks.values).all()
    assert "PPKS" in ppks.note


def test_d12_without_aid_is_no_data_where_no_program_is_known(tmp_path, villages):
    bare = tmp_path / "bare.csv"
    lines = ["ID Keluarga P3KE;Kode Kemdagri;Desil Kesejahteraan"]
    lines += [f"K{i};{V1};1" for i in range(8)]
    bare.write_text("\n".join(lines) + "\n", encoding="utf-8")
    t, _ = load_households(bare, villages)
    ind = compute("d12_no_aid", t)
    assert np.isnan(ind.values).all()
    assert ind.numerator.sum() == 0


def _scenario(programs) -> Scenario:
    s = Scenario(name="Uji P3KE", programs=default_programs())
    s.add_zone(Zone("z", "Zona", villages=(V1, V2, V3)), programs)
    return s


def test_scenario_counts_unknown_receipt_apart(p3ke):
    table, _, rows = p3ke
    sc = _scenario(("PKH", "PIP"))
    a = allocate(table, sc)
    s = a.summary
    # PKH: the sheet says who has it; those are not eligible, none is "unknown"
    assert s["by_program"]["PKH"]["eligible"] == _expected(rows, lambda r: not r["PKH"])
    assert s["by_program"]["PKH"].get("receipt_unknown", 0) == 0
    # PIP: the sheet says nothing; eligible (the stated rule) and every one counted apart
    pip = s["by_program"]["PIP"]
    assert pip["eligible"] == len(rows)
    assert pip["receipt_unknown"] == pip["households"] == len(rows)
    assert s["reached_receipt_unknown"] == len(rows)
    # no size: persons reached are the known ones (none), the rest are counted
    assert s["persons_reached"] == 0 and s["reached_unknown_size"] == s["households_reached"]


def test_budget_export_states_unknown_sizes_once_and_never_zero_persons(p3ke):
    table, _, rows = p3ke
    sc = _scenario(("PKH", "PIP"))
    sc.evaluate(table)
    alloc = allocate(table, sc)
    sheets = scenario_budget_sheets(sc, alloc)
    budget = sheets[0]
    persons_col = [c[0] for c in budget.columns].index("Jiwa")
    for row in budget.rows:
        assert row[persons_col] == "–", row
    by_desil = sheets[2]
    persons_col = [c[0] for c in by_desil.columns].index("Jiwa terjangkau")
    reached_col = [c[0] for c in by_desil.columns].index("RT terjangkau")
    for row in by_desil.rows:
        assert row[persons_col] == ("–" if row[reached_col] else 0), row
    meta = dict(metadata_rows([sc]))
    assumed = assumed_size_text(len(rows), sc.programs.unknown_members)
    assert assumed in meta.values()
    assert "dihitung" not in ESTIMATION_NOTE  # the assumption is worded in one place only
    assert any("PIP" in v or "Indonesia Pintar" in v for v in meta.values())


def test_persons_text_never_says_zero_for_unknown_sizes():
    assert persons_text(0, 5, 5) == "–"
    assert persons_text(12, 5, 2) == "12 (2 RT tanpa jumlah anggota)"
    assert persons_text(1500, 400, 0) == "1.500"
    assert persons_of_text(np.array([0, 0], dtype=np.int16)) == "–"
    assert persons_of_text(np.array([3, 0, 4], dtype=np.int16)) == "7 (1 RT tanpa jumlah anggota)"
    assert assumed_size_text(0, 4) == ""
    assert assumed_size_text(3, 4) == ASSUMED_SIZE.format(n="3", m="4")
    assert assumed_size_text(3, 4.5) == ASSUMED_SIZE.format(n="3", m="4,5")


def test_sheet_summary_shows_unknown_persons_and_programs(p3ke):
    table, _, rows = p3ke
    data = MapData(villages=table.villages, households=table)
    s = summary_rows(data, None)
    assert s["unknown_size_1_4"] == len(rows)
    assert s["d12_no_aid"] == _expected(
        rows, lambda r: r["desil"] <= 2 and not (r["PKH"] or r["BPNT"])
    )
    lay = compose(SheetSpec(), data)
    table_rows = {r[0]: r for r in lay.find(TableItem)[0].rows}
    for k in range(1, 5):
        assert table_rows[f"Desil {k}"][2] == "–"
    assert table_rows["Jumlah desil 1-4"][2] == "–"
    assert table_rows["RT tanpa jumlah anggota"][1] == str(len(rows))
    assert "Desil 1-2 tanpa program tercatat" in table_rows


def test_indicators_from_the_workspace_key_equal_the_table_s(p3ke):
    """The map passes the workspace's village x desil key; the figures are the same."""
    from gis.model.aggregate import village_desil_key
    from gis.model.indicators import INDICATORS

    table, _, _ = p3ke
    rng = np.random.default_rng(4)
    key = village_desil_key(table)
    for mask in (None, rng.random(len(table)) < 0.6):
        for name in INDICATORS:
            plain = compute(name, table, mask)
            keyed = compute(name, table, mask, desil_key=key)
            for field in ("values", "numerator", "denominator"):
                a, b = getattr(plain, field, None), getattr(keyed, field, None)
                if a is not None:
                    np.testing.assert_array_equal(a, b)
