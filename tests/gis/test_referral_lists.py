"""Referral lists per village: rows equal pandas, masked by default, RAHASIA and logged with names."""

from __future__ import annotations

import numpy as np
import pytest
from openpyxl import load_workbook

from gis.io.exportlog import read_log
from gis.io.nik import mask_name
from gis.io.outputguard import OutputError, OutputExists
from gis.io.personal_lists import HEADER_ROW, MASKED_MARK, PAGE_MARK
from gis.io.worksheets import RAHASIA
from gis.plan.allocation import EligibilityRule
from gis.plan.referral_lists import (
    MASKED_HEADER,
    NAMED_HEADER,
    SECTIONS,
    referral_list_rows,
    write_referral_lists,
)
from gis.plan.referrals import referrals
from tests.gis.scenario_data import PROGRAM_KEYS, village_table
from tests.gis.test_referrals import pandas_status_rows, random_table

RULES = {
    "PKH": EligibilityRule(desil=(1, 2), ppks_any=(5, 9)),
    "PIP": EligibilityRule(desil=(1, 2, 3)),
}


def personal_table(tmp_path, seed):
    table = random_table(village_table(tmp_path), seed, n=300)
    n = len(table)
    table.hh_id = np.array([f"KEL{i:04d}" for i in range(n)], dtype=object)
    table.name = np.array([f"Siti Rahasia {i}" for i in range(n)], dtype=object)
    table.nik = np.array([f"99010141019{i:05d}" for i in range(n)], dtype=object)
    table.address = np.array([f"Jalan Rahasia No. {i}" for i in range(n)], dtype=object)
    return table


def sheet_rows(path):
    wb = load_workbook(path)
    return wb, {
        title: [[c.value for c in r] for r in wb[title].iter_rows(min_row=HEADER_ROW + 1)]
        for _, title in SECTIONS
    }


@pytest.mark.parametrize("seed", range(3))
def test_list_rows_equal_pandas_per_village_and_program(tmp_path, seed):
    table = personal_table(tmp_path, seed)
    mask = table.desil != 10
    keys = (*PROGRAM_KEYS, "DAERAH")
    ref = referrals(table, mask, RULES, keys)
    chosen = [0, 2]  # two villages of four
    for status, _ in SECTIONS:
        rows = referral_list_rows(table, ref, status, chosen)
        got = sorted((r[0], r[2], r[3]) for r in rows)
        want = []
        for key in keys:
            s = pandas_status_rows(table, key, RULES.get(key, EligibilityRule()), mask)
            for f in s.index[s == status]:
                v = int(table.village[f])
                if v in chosen:
                    want.append((str(table.villages.codes[v]), key, str(table.hh_id[f])))
        assert got == sorted(want) and got, status
        # ordered by village code, then program order
        order = [(r[0], keys.index(r[2])) for r in rows]
        assert order == sorted(order)
    everyone = referral_list_rows(table, ref, "refer")
    assert len(everyone) == sum(c["refer"] for c in ref.counts().values())


def test_lists_are_masked_by_default_and_need_no_log(tmp_path):
    table = personal_table(tmp_path, 7)
    ref = referrals(table, None, RULES)
    out = tmp_path / "rujukan.xlsx"
    log = tmp_path / "log.jsonl"
    info = write_referral_lists(out, table, ref, log_path=log)
    assert info["entry"] is None and read_log(log) == []
    wb, rows = sheet_rows(out)
    text = " ".join(
        str(c.value) for ws in wb.worksheets for r in ws.iter_rows() for c in r if c.value
    )
    for f in range(len(table)):
        assert str(table.name[f]) not in text and str(table.nik[f]) not in text
        assert str(table.address[f]) not in text
    for _, title in SECTIONS:
        ws = wb[title]
        assert ws["A1"].value == MASKED_MARK
        assert [c.value for c in ws[HEADER_ROW]] == list(MASKED_HEADER)
    refer = rows[SECTIONS[0][1]]
    assert len(refer) == info["rows"]["refer"] > 0
    f = int(np.flatnonzero(table.hh_id == refer[0][3])[0])
    assert refer[0][4] == str(table.nik[f])[:6] + "*" * 10
    assert refer[0][5] == mask_name(str(table.name[f])) and refer[0][5].startswith("S*** R***")


def test_lists_with_names_are_rahasia_on_every_sheet_and_logged(tmp_path):
    table = personal_table(tmp_path, 3)
    ref = referrals(table, None, RULES)
    out = tmp_path / "rujukan_nama.xlsx"
    log = tmp_path / "log.jsonl"
    info = write_referral_lists(out, table, ref, villages=[1], with_names=True, log_path=log)
    wb, rows = sheet_rows(out)
    for _, title in SECTIONS:
        ws = wb[title]
        assert ws["A1"].value == RAHASIA
        assert ws.oddHeader.center.text == PAGE_MARK == ws.oddFooter.center.text
        assert [c.value for c in ws[HEADER_ROW]] == list(NAMED_HEADER)
    ids = set()
    for section in rows.values():
        for r in section:
            f = int(np.flatnonzero(table.hh_id == r[3])[0])
            assert r[0] == str(table.villages.codes[1]) and int(table.village[f]) == 1
            assert (r[4], r[5], r[6]) == (table.nik[f], table.name[f], table.address[f])
            ids.add(r[3])
    (entry,) = read_log(log)
    assert entry == info["entry"]
    assert entry["berkas"] == ["rujukan_nama.xlsx"] and entry["jumlah_orang"] == len(ids) > 0
    assert entry["desa"] == [str(table.villages.codes[1])]


@pytest.mark.parametrize("with_names", [False, True])
def test_an_existing_file_is_kept_and_nothing_is_logged(tmp_path, with_names):
    table = personal_table(tmp_path, 1)
    ref = referrals(table, None, RULES)
    out = tmp_path / "rujukan.xlsx"
    out.write_bytes(b"punya orang")
    log = tmp_path / "log.jsonl"
    with pytest.raises(OutputExists):
        write_referral_lists(out, table, ref, with_names=with_names, log_path=log)
    assert out.read_bytes() == b"punya orang" and read_log(log) == []


def test_a_log_that_cannot_be_written_leaves_no_named_list(tmp_path):
    table = personal_table(tmp_path, 2)
    ref = referrals(table, None, RULES)
    out = tmp_path / "rujukan.xlsx"
    blocked = tmp_path / "log_is_a_folder"
    blocked.mkdir()
    with pytest.raises(OutputError):
        write_referral_lists(out, table, ref, with_names=True, log_path=blocked)
    assert not out.exists()
