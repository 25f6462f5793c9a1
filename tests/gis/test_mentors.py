"""The mentor pool: import report, PSKS persons as mentors, family needs, the demo pool."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from gis.demo.mentors import demo_mentor_columns, write_demo_mentors
from gis.model.mentors import (
    MAX_CAPACITY,
    PSKS_MENTOR_CAPACITY,
    competence_bit,
    family_needs,
    load_mentors,
    mentors_from_psks,
)
from tests.gis.scenario_data import ROWS, V1, V2, V3, make_table, psks_table, village_table

HEADER = ["Nama", "NIP", "OPD", "Kode Desa", "Kompetensi", "Kapasitas"]
NIP_A = "198001012005011001"
NIP_B = "197512312000032002"


def write_csv(path, rows, header=HEADER):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


@pytest.fixture
def villages(tmp_path):
    return village_table(tmp_path)


def test_report_names_every_refused_and_doubtful_row(tmp_path, villages):
    rows = [
        ["Ani Lestari", NIP_A, "Dinas Sosial", V1, "lansia; umkm", "3"],  # row 2: fine
        ["Budi Santoso", NIP_A, "Dinas Sosial", V1, "lansia", "2"],  # 3: duplicate NIP
        ["Citra Dewi", NIP_B, "Dinas Kesehatan", V2, "kesehatan", "0"],  # 4: capacity 0
        ["Dedi Kurnia", "198202022010011003", "Bappeda", V2, "", "999"],  # 5: absurd
        ["Eka Putri", "12345", "Dinas Pendidikan", V3, "menjahit", ""],  # 6: doubtful
        ["Fajar Nugroho", "198303032011011004", "Dinas Sosial", "9999999999", "", "1"],  # 7
    ]
    table, report = load_mentors(write_csv(tmp_path / "asn.csv", rows), villages)
    assert report.reasons() == {
        "mentor_duplicate_nip": 1,
        "mentor_capacity_zero": 1,
        "mentor_capacity_absurd": 1,
        "mentor_no_location": 1,
    }
    assert report.warnings() == {
        "mentor_nip_invalid": 1,
        "mentor_competence_unknown": 1,
        "mentor_capacity_default": 1,
        "village_code_unknown": 1,
    }
    assert len(table) == 2
    assert table.capacity.tolist() == [3, 1]
    assert table.competence[0] == competence_bit("lansia") | competence_bit("umkm")
    assert table.competence[1] == 0
    assert table.approx.all()  # placed at their villages' points
    rows_by_code = {c.code: c.rows.tolist() for c in report.chunks}
    assert rows_by_code["mentor_duplicate_nip"] == [3]
    assert rows_by_code["mentor_capacity_absurd"] == [5]
    # NIP values in the problem list are masked; the file written says no NIP whole
    out = report.write_problems(tmp_path / "masalah.csv")
    text = out.read_text(encoding="utf-8-sig")
    assert NIP_A not in text and "198001" in text
    assert "Budi" not in text


def test_capacity_bound_and_missing_columns(tmp_path, villages):
    rows = [[V1, str(MAX_CAPACITY)], [V2, str(MAX_CAPACITY + 1)], [V3, "2.5"]]
    table, report = load_mentors(
        write_csv(tmp_path / "m.csv", rows, ["kode_desa", "kapasitas"]), villages
    )
    assert table.capacity.tolist() == [MAX_CAPACITY]
    assert report.reasons() == {"mentor_capacity_absurd": 1, "mentor_capacity_zero": 1}
    assert "nip" in report.fields_not_carried
    assert table.nip is None and table.name is None
    _, report = load_mentors(write_csv(tmp_path / "n.csv", [[V1]], ["kode_desa"]), villages)
    assert "capacity" in report.fields_not_carried


def test_coordinates_place_a_mentor_without_village_code(tmp_path, villages):
    rows = [["106.05", "-1.95"], ["abc", ""]]
    table, report = load_mentors(
        write_csv(tmp_path / "xy.csv", rows, ["bujur", "lintang"]), villages
    )
    assert len(table) == 1 and not table.approx[0]
    assert villages.codes[table.village[0]] == V1
    assert report.reasons() == {"mentor_no_location": 1}


def test_psks_persons_join_the_pool_with_their_default_capacity(villages):
    psks = psks_table(villages, [(V1, 2), (V1, 5), (V2, 10), (V2, 13), (V3, 14), (V3, 4)])
    pool = mentors_from_psks(psks)
    assert pool.from_psks.all()
    assert pool.mentor_id.tolist() == ["P0", "P2", "P3", "P4"]
    assert pool.capacity.tolist() == [PSKS_MENTOR_CAPACITY[t] for t in (2, 10, 13, 14)]
    assert (pool.competence == 0).all()


def test_family_needs_follow_the_rule_table_and_unknown_is_no_need(tmp_path, villages):
    table = make_table(villages, ROWS)
    needs = family_needs(table)
    dis, lansia = competence_bit("disabilitas"), competence_bit("lansia")
    assert needs[0] & dis and not needs[0] & lansia  # PPKS 9
    assert needs[2] & dis and needs[2] & lansia  # PPKS 8, 9
    assert needs[3] == 0
    table.ppks_known = np.zeros(len(table), dtype=bool)  # a register without PPKS
    assert (family_needs(table) & (dis | lansia) == 0).all()


def test_demo_pool_is_deterministic_and_imports_cleanly(tmp_path, villages):
    a = demo_mentor_columns(villages, count=60, seed=7)
    b = demo_mentor_columns(villages, count=60, seed=7)
    assert a == b
    assert demo_mentor_columns(villages, count=60, seed=8) != a
    assert len(set(a["opd"])) >= 4
    path = write_demo_mentors(tmp_path / "pendamping.csv", villages, count=60, seed=7)
    with pytest.raises(FileExistsError):
        write_demo_mentors(path, villages, count=60, seed=7)
    table, report = load_mentors(path, villages)
    assert len(table) == 60 and report.rejected == 0
    assert not report.warnings()
