"""Per-mentor family lists: RAHASIA, names only when asked, every export logged."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from gis.demo.data import load_dataset
from gis.demo.mentors import write_demo_mentors
from gis.io.exportlog import read_log
from gis.io.mentor_lists import HEADER, HEADER_ROW, export_mentor_lists
from gis.io.outputguard import OutputExists
from gis.io.worksheets import RAHASIA
from gis.model.mentors import load_mentors
from gis.plan.family_matching import match_families
from gis.plan.matching import MatchRules


@pytest.fixture(scope="module")
def matched(demo_paths, tmp_path_factory):
    data = load_dataset(
        {
            "villages": demo_paths.villages,
            "households": demo_paths.households,
            "psks": demo_paths.psks,
        },
        label="uji",
    )
    table = data.households
    folder = tmp_path_factory.mktemp("mentors")
    mentors, _ = load_mentors(
        write_demo_mentors(folder / "m.csv", table.villages, count=50), table.villages
    )
    mask = table.desil == 1
    return table, mentors, match_families(table, mentors, mask, MatchRules(max_km=20.0))


def test_lists_carry_every_assigned_family_with_name_and_are_logged(matched, tmp_path):
    table, mentors, matching = matched
    r = matching.result
    assert r.assigned.any() and (~r.assigned).any()
    log = tmp_path / "log.jsonl"
    out = tmp_path / "daftar.xlsx"
    entry = export_mentor_lists(matching, table, mentors, out, log_path=log, who="uji")
    ws = load_workbook(out).active
    assert ws["A1"].value == RAHASIA and "RAHASIA" in ws.oddHeader.center.text
    assert [c.value for c in ws[HEADER_ROW]] == list(HEADER)
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=HEADER_ROW + 1)]
    assert len(rows) == int(r.assigned.sum())
    # each row is the family's own mentor, name and address (grouped by mentor)
    by_id = {str(table.hh_id[f]): (i, f) for i, f in enumerate(matching.families.tolist())}
    for row in rows:
        i, f = by_id[row[3]]
        assert row[0] == str(mentors.mentor_id[r.mentor[i]])
        assert row[4] == str(table.name[f]) and row[5] == str(table.address[f])
        assert abs(row[8] - r.km[i]) < 1e-3
    ids = [row[0] for row in rows]
    assert ids == sorted(ids)
    (logged,) = read_log(log)
    assert logged == entry
    assert logged["berkas"] == ["daftar.xlsx"] and logged["jumlah_orang"] == len(rows)
    assert logged["oleh"] == "uji" and logged["desa"]


def test_an_existing_file_is_kept_and_nothing_is_logged(matched, tmp_path):
    table, mentors, matching = matched
    out = tmp_path / "daftar.xlsx"
    out.write_bytes(b"punya orang")
    log = tmp_path / "log.jsonl"
    with pytest.raises(OutputExists):
        export_mentor_lists(matching, table, mentors, out, log_path=log)
    assert out.read_bytes() == b"punya orang" and read_log(log) == []


def test_a_log_that_cannot_be_written_leaves_no_list_behind(matched, tmp_path):
    from gis.io.outputguard import OutputError

    table, mentors, matching = matched
    out = tmp_path / "daftar.xlsx"
    blocked = tmp_path / "log_is_a_folder"
    blocked.mkdir()
    with pytest.raises(OutputError):
        export_mentor_lists(matching, table, mentors, out, log_path=blocked)
    assert not out.exists()
