"""Import -> snapshot -> reopen gives what a fresh import gives, and only then.

The registers are built here: the bad-rows corpus of test_importer (damaged
and duplicate NIKs, unknown and BPS codes, swapped coordinates, a village
only the register names), a person-level sheet grouped into families, a
spreadsheet with title rows and a float NIK, and the generated demo
GeoPackage with personal columns for thousands of households.
"""

from __future__ import annotations

import copy
import os
import pickle

import numpy as np
import openpyxl
import pytest

import gis.model.importer as importer
from gis.io.mapping import recognise
from gis.io.nik import mask_id, mask_name
from gis.model.aggregate import program_counts, village_desil_counts
from gis.model.households import TEXT
from gis.model.importer import load_households
from gis.model.snapshot import read_snapshot, snapshot_paths, write_snapshot
from gis.model.villages import read_villages
from tests.gis.test_importer import HEADER, _write_csv


def _bad_rows(tmp_path):
    lines = [
        "DATA P3KE KEPULAUAN BANGKA BELITUNG;;;;;;;;;",
        HEADER,
        "K001;1901032001;1;Siti Aminah;3201015504890002;Ya;Tidak;-1,98;106,11;24",
        "K002;19.01.01.1001;2;José Núñez;3,20101E+15;Tidak;Ya;;;",
        "K003;1901032001;11;Ani;3201011504890001;Ya;Ya;;;",
        ";1901032001;1;Tanpa ID;3201011504890004;Ya;Ya;;;",
        "K001;1901032001;1;Ganda;3201011504890005;Ya;Ya;;;",
        "K004;2999999999;3;Kode Asing;3201011504890006;Tidak;Tidak;;;",
        "K005;1901010001;3;Kode BPS;3201011504890007;Tidak;Tidak;;;",
        "K006;1901032001;4;Luar;3201011504890008;Tidak;Tidak;-6,2;120,5;",
        "K007;1901032001;2;Tertukar;3201011504890009;Tidak;Tidak;106,11;-1,98;",
        "K008;1905011008;1;Keranggan;3201013504890010;Tidak;Tidak;;;",
        "K009;1901032001;5;Dobel NIK;3201015504890002;mungkin;Tidak;;;Keluarga Rentan",
    ]
    return _write_csv(tmp_path / "bad.csv", lines)


def _person_level(tmp_path):
    lines = [
        "ID Keluarga P3KE,ID Individu,Kode Kemendagri,Desil Kesejahteraan,Nama,NIK,"
        "Hubungan dengan Kepala Keluarga,Penerima PKH,Alamat",
        "F1,P1,1901032001,1,Ahmad,3201011504890001,Kepala Keluarga,Tidak,Jl. Merdeka 1",
        "F1,P2,1901032001,1,Aminah,3201015504890002,Istri,Ya,Jl. Merdeka 1",
        "F2,P4,1901011001,3,Citra,3201015504890004,Kepala Keluarga,Tidak,",
    ]
    return _write_csv(tmp_path / "ind.csv", lines, "utf-8")


def _xlsx(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["LAPORAN P3KE"])
    ws.merge_cells("A1:F1")
    ws.append(["ID Keluarga P3KE", "Kode Kemdagri", "Desil Kesejahteraan", "NIK", "Nama"])
    ws.append(["A1", "1901032001", 1, 3201011504890001.0, "Ani"])
    ws.append(["A2", "1901032002", 2, "3201011504890002", None])
    ws.append([3, "1901032002", 2, 3201011504890003, 7])
    path = tmp_path / "p3ke.xlsx"
    wb.save(path)
    return path


REGISTERS = {"bad_csv": _bad_rows, "person_level": _person_level, "xlsx": _xlsx}
ARRAYS = [
    "hh_id",
    "village",
    "desil",
    "members",
    "ppks",
    "programs",
    "programs_known",
    "ppks_known",
    "x",
    "y",
    "approx",
    "row",
    "name",
    "nik",
    "kk",
    "address",
]


def _same_tables(a, b) -> None:
    for name in ARRAYS:
        x, y = getattr(a, name), getattr(b, name)
        assert (x is None) == (y is None), name
        if x is None:
            continue
        assert x.dtype == y.dtype, name
        assert x.tolist() == y.tolist() or np.array_equal(x, y, equal_nan=True), name
    assert a.program_keys == b.program_keys and a.program_names == b.program_names
    assert (a.source, a.snapshot, a.file_name) == (b.source, b.snapshot, b.file_name)
    assert a.villages.codes.tolist() == b.villages.codes.tolist()
    assert a.fingerprint() == b.fingerprint()
    assert np.array_equal(village_desil_counts(a), village_desil_counts(b))
    assert np.array_equal(program_counts(a), program_counts(b))
    for name, masker in (("name", mask_name), ("nik", mask_id), ("kk", mask_id)):
        if getattr(a, name) is not None:
            assert [masker(v) for v in getattr(a, name)] == [masker(v) for v in getattr(b, name)]


def _same_reports(a, b) -> None:
    assert a.to_dict() == b.to_dict()
    assert [str(n) for n in a.notes] == [str(n) for n in b.notes]
    assert [type(n) for n in a.notes] == [type(n) for n in b.notes]
    assert list(a.problem_rows()) == list(b.problem_rows())
    assert list(a.masked_problem_rows()) == list(b.masked_problem_rows())


def _no_parsing(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the register was parsed again")

    monkeypatch.setattr(importer, "read_table", refuse)


@pytest.mark.parametrize("kind", sorted(REGISTERS))
def test_reopen_from_snapshot_equals_fresh_import(kind, tmp_path, babel_villages, monkeypatch):
    path = REGISTERS[kind](tmp_path)
    fresh, fresh_report = load_households(path, babel_villages)
    first, _ = load_households(path, babel_villages, snapshots=tmp_path / "snap")
    _same_tables(fresh, first)
    assert snapshot_paths(path, tmp_path / "snap")[0].exists()
    _no_parsing(monkeypatch)
    again, again_report = load_households(path, babel_villages, snapshots=tmp_path / "snap")
    _same_tables(fresh, again)
    _same_reports(fresh_report, again_report)
    # identifiers and personal text as compact strings, not one Python object per value
    for name in ("hh_id", "name", "nik", "kk", "address"):
        values = getattr(fresh, name)
        assert values is None or values.dtype == TEXT, name


def test_demo_register_round_trip_with_personal_columns(demo_paths, tmp_path, monkeypatch):
    villages = read_villages(demo_paths.villages)
    fresh, report = load_households(demo_paths.households, villages)
    assert fresh.has_personal_data
    assert write_snapshot(fresh, report, demo_paths.households, villages, tmp_path) is not None
    _no_parsing(monkeypatch)
    table, again = read_snapshot(demo_paths.households, villages, tmp_path)
    assert len(table) == len(fresh) and table.has_personal_data
    copied = copy.copy(table)
    pickled = pickle.loads(pickle.dumps(table))
    _same_tables(fresh, table)
    _same_tables(fresh, copied)
    _same_tables(fresh, pickled)
    _same_reports(report, again)
    # numeric columns come straight from the mapped file, not a parsed copy
    assert not table.desil.flags.owndata and not table.desil.flags.writeable


def test_changed_source_or_arguments_never_reuse_the_snapshot(tmp_path, babel_villages):
    path = _bad_rows(tmp_path)
    folder = tmp_path / "snap"
    load_households(path, babel_villages, snapshots=folder)
    assert read_snapshot(path, babel_villages, folder) is not None
    # other arguments: another mapping, another sheet name, other boundaries
    mapping = recognise(HEADER.split(";"))
    mapping.fields.pop("name")
    assert read_snapshot(path, babel_villages, folder, mapping=mapping) is None
    fewer = babel_villages.with_extra_villages(["1901032999"], ["Desa Baru"])
    assert read_snapshot(path, fewer, folder) is None

    # same size, same time, one digit changed: the content hash tells
    text = path.read_bytes()
    st = os.stat(path)
    path.write_bytes(text.replace(b"K009;1901032001;5", b"K009;1901032001;4"))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert read_snapshot(path, babel_villages, folder) is None
    table, _ = load_households(path, babel_villages, snapshots=folder)
    assert table.desil[table.hh_id.tolist().index("K009")] == 4
    # the new snapshot replaced the stale one and is used from now on
    assert read_snapshot(path, babel_villages, folder) is not None

    # a row appended: size and time change
    with open(path, "ab") as fh:
        fh.write(b"K010;1901032001;3;Baru;3201011504890011;Ya;Tidak;;;\r\n")
    table, _ = load_households(path, babel_villages, snapshots=folder)
    assert "K010" in table.hh_id.tolist()


def test_damaged_or_missing_snapshot_is_a_miss(tmp_path, babel_villages):
    path = _bad_rows(tmp_path)
    folder = tmp_path / "snap"
    fresh, _ = load_households(path, babel_villages, snapshots=folder)
    hh_file, report_file = snapshot_paths(path, folder)
    hh_file.write_bytes(hh_file.read_bytes()[:200])
    assert read_snapshot(path, babel_villages, folder) is None
    table, _ = load_households(path, babel_villages, snapshots=folder)
    _same_tables(fresh, table)
    report_file.unlink()
    assert read_snapshot(path, babel_villages, folder) is None
    assert read_snapshot(tmp_path / "gone.csv", babel_villages, folder) is None


def test_unwritable_folder_skips_the_snapshot(tmp_path, babel_villages):
    path = _bad_rows(tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    table, report = load_households(path, babel_villages, snapshots=blocker / "sub")
    assert len(table) and not (blocker / "sub").exists()


def _mapped_resident(path) -> int:
    """Resident bytes of this process's maps of ``path`` (Linux ``smaps``)."""
    total, inside = 0, False
    with open("/proc/self/smaps") as fh:
        for line in fh:
            head = line.split()
            if head and "-" in head[0] and len(head) >= 5 and ":" in head[3]:
                inside = len(head) >= 6 and head[5] == str(path)
            elif inside and head and head[0] == "Rss:":
                total += int(head[1]) * 1024
    return total


@pytest.mark.skipif(not os.path.exists("/proc/self/smaps"), reason="Linux smaps only")
@pytest.mark.parametrize("widen", [4, 16])
def test_used_text_columns_leave_their_arrow_bytes_unmapped(demo_paths, tmp_path, widen):
    from dataclasses import replace

    villages = read_villages(demo_paths.villages)
    fresh, report = load_households(demo_paths.households, villages)
    # long addresses, so that the text dwarfs the numeric columns in the file
    fresh = replace(fresh, address=np.array([a * widen for a in fresh.address.tolist()], TEXT))
    hh_path = write_snapshot(fresh, report, demo_paths.households, villages, tmp_path)
    table, _ = read_snapshot(demo_paths.households, villages, tmp_path)
    numeric = 0
    for name in ("village", "desil", "members", "ppks", "programs", "x", "y", "row"):
        numeric += getattr(table, name).nbytes
        getattr(table, name).sum()
    text_bytes = sum(len(a) for a in fresh.address.tolist())
    for name in ("hh_id", "name", "nik", "kk", "address"):
        assert getattr(table, name).tolist() == getattr(fresh, name).tolist()
    # what stays mapped is the numeric columns (whole pages), not the text read once
    assert _mapped_resident(hh_path.resolve()) < numeric + 64 * 4096 < text_bytes


@pytest.mark.skipif(not os.path.exists("/proc/self/smaps"), reason="Linux smaps only")
@pytest.mark.parametrize("rows", [range(0, 40), range(3000, 3040, 3)])
def test_showing_a_few_rows_never_reads_a_whole_text_column(demo_paths, tmp_path, rows):
    from dataclasses import replace

    villages = read_villages(demo_paths.villages)
    fresh, report = load_households(demo_paths.households, villages)
    fresh = replace(fresh, address=np.array([a * 64 for a in fresh.address.tolist()], TEXT))
    fresh.name[5] = None  # a missing name stays missing
    hh_path = write_snapshot(fresh, report, demo_paths.households, villages, tmp_path)
    table, _ = read_snapshot(demo_paths.households, villages, tmp_path)
    before = _mapped_resident(hh_path.resolve())
    for key in ("hh_id", "name", "nik", "kk", "address"):
        assert table.has_text(key)
        assert [table.text_at(key, i) for i in rows] == [getattr(fresh, key)[i] for i in rows]
    text_bytes = sum(len(a) for a in fresh.address.tolist())
    # the pages of the rows shown, not the columns
    assert _mapped_resident(hh_path.resolve()) - before < text_bytes / 4
    # and the whole column, once asked for, is what a fresh import gives
    assert table.name.tolist() == fresh.name.tolist() and table.name[5] is None
    fresh.nik = None
    assert not fresh.has_text("nik") and fresh.text_at("nik", 0) is None
