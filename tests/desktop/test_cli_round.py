"""``sasaran round`` and ``sasaran diff`` on the demo province, with the privacy promises.

Worksheets are the only output with names: each written set is logged
(who, when, which files and villages, how many people); an import summary,
the applied register state and the diff carry no name, NIK, KK or address
unless personal data is asked for explicitly (and then that is logged too).
"""

from __future__ import annotations

import json
from datetime import date

import numpy as np
import pyogrio
import pytest
from openpyxl import load_workbook

from desktop.cli import main
from gis.io.exportlog import read_log
from gis.io.worksheets import COLUMNS, SHEET

COL = {key: i for i, (key, _t) in enumerate(COLUMNS, start=1)}


@pytest.fixture(scope="module")
def register(demo_paths):
    frame = pyogrio.read_dataframe(demo_paths.households, read_geometry=False)
    return demo_paths, frame


def _inputs(paths):
    return ["--households", str(paths.households), "--villages", str(paths.villages)]


def _personal_values(frame, n=300):
    """Names, NIK, KK and addresses of the register (a sample large enough to catch a leak)."""
    out = set()
    for col in ("nama", "nik", "no_kk", "alamat"):
        out |= {str(v) for v in frame[col].dropna().head(n) if len(str(v)) > 5}
    return out


def _worksheets(tmp_path, paths, capsys, log, extra=()):
    out = tmp_path / "lembar"
    out.mkdir(exist_ok=True)
    verifiers = tmp_path / "petugas.txt"
    verifiers.write_text("Ani\nBudi\n", encoding="utf-8")
    argv = ["round", "worksheets", *_inputs(paths), "--verifiers", str(verifiers)]
    argv += ["--out", str(out), "--log", str(log), "--round", "R1", "--json", *extra]
    assert main(argv) == 0
    return out, json.loads(capsys.readouterr().out)


def test_worksheets_are_logged_and_carry_names(register, tmp_path, capsys):
    paths, frame = register
    log = tmp_path / "log.jsonl"
    out, data = _worksheets(tmp_path, paths, capsys, log, ["--villages-in", "9901"])
    files = sorted(out.glob("*.xlsx"))
    assert [f.name for f in files] == sorted(data["berkas"]) and len(files) == 2
    entries = read_log(log)
    assert len(entries) == 1
    entry = entries[0]
    assert entry["jenis"] == "lembar_verifikasi" and entry["oleh"]
    assert sorted(entry["berkas"]) == [f.name for f in files]
    assert entry["jumlah_orang"] == data["rumah_tangga"] == sum(data["per_petugas"].values())
    assert entry["desa"] and all(c.startswith("9901") for c in entry["desa"])
    # the sheets do carry names (that is their purpose) and only of the chosen villages
    names = set()
    codes = set()
    rows = 0
    for f in files:
        ws = load_workbook(f)[SHEET]
        for r in range(5, ws.max_row + 1):
            if ws.cell(row=r, column=COL["hh_id"]).value:
                names.add(ws.cell(row=r, column=COL["name"]).value)
                rows += 1
                codes.add(ws.cell(row=r, column=COL["village_code"]).value)
    assert names & set(frame["nama"]) and all(c.startswith("9901") for c in codes)
    assert rows == entry["jumlah_orang"]
    # a second set is a second entry
    _worksheets(tmp_path, paths, capsys, log, ["--villages-in", "9902", "--overwrite"])
    assert len(read_log(log)) == 2


def test_unloggable_worksheets_are_not_left_behind(register, tmp_path, capsys):
    paths, _frame = register
    out = tmp_path / "lembar"
    out.mkdir()
    verifiers = tmp_path / "petugas.txt"
    verifiers.write_text("Ani\n", encoding="utf-8")
    argv = ["round", "worksheets", *_inputs(paths), "--verifiers", str(verifiers)]
    argv += ["--out", str(out), "--log", str(tmp_path / "tidak-ada" / "log.jsonl")]
    assert main(argv) == 2
    assert "log.jsonl" in capsys.readouterr().err
    assert list(out.iterdir()) == []


def test_import_applies_only_when_asked_and_keeps_names_out(register, tmp_path, capsys):
    paths, frame = register
    log = tmp_path / "log.jsonl"
    out, _data = _worksheets(tmp_path, paths, capsys, log, ["--villages-in", "9901"])
    files = sorted(out.glob("*.xlsx"))
    filled = 0
    for f in files:
        wb = load_workbook(f)
        ws = wb[SHEET]
        for r in range(5, 9):
            ws.cell(row=r, column=COL["status"], value="tidak layak")
            ws.cell(row=r, column=COL["date"], value=date.today())
            ws.cell(row=r, column=COL["desil_new"], value=9)
            filled += 1
        ws.cell(row=9, column=COL["status"], value="entah")
        wb.save(f)
    base = ["round", "import", *map(str, files), *_inputs(paths)]
    assert main([*base, "--json"]) == 0
    text = capsys.readouterr().out
    summary = json.loads(text)
    assert summary["per_status"]["tidak layak"] == filled and not summary["diterapkan"]
    assert summary["masalah"] == {"bad_status": len(files)}
    assert not [v for v in _personal_values(frame) if v in text]
    assert not list(tmp_path.glob("*.parquet"))
    # the round summary per kecamatan as XLSX: counts only, no personal data
    summary_xlsx = tmp_path / "ringkasan.xlsx"
    assert main([*base, "--by", "kecamatan", "--summary", str(summary_xlsx)]) == 0
    capsys.readouterr()
    sheet = load_workbook(summary_xlsx).active
    cells = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert "kemajuan_%" in cells and "tidak layak" in cells
    assert not [v for v in _personal_values(frame) if v in cells]

    # applied: a new file, the source untouched, no personal columns, not logged
    before = paths.households.read_bytes()
    new = tmp_path / "register_baru.parquet"
    assert main([*base, "--apply", "--out", str(new)]) == 0
    printed = capsys.readouterr().out
    assert not [v for v in _personal_values(frame) if v in printed]
    assert paths.households.read_bytes() == before
    import pandas as pd

    state = pd.read_parquet(new)
    assert not {"nama", "nik", "no_kk", "alamat"} & set(state.columns)
    assert (state["verif_status"] == "tidak layak").sum() == filled
    assert (state.loc[state["verif_status"].notna(), "desil"] == 9).all()
    assert len(read_log(log)) == 1
    # never over the source, never over an existing file unless asked
    assert main([*base, "--apply", "--out", str(new)]) == 2
    capsys.readouterr()

    # the diff of before and after says exactly what the round changed, without names
    assert (
        main(["diff", str(paths.households), str(new), "--villages", str(paths.villages), "--json"])
        == 0
    )
    diff_text = capsys.readouterr().out
    diff = json.loads(diff_text)
    assert not [v for v in _personal_values(frame) if v in diff_text]
    matrix = np.array(diff["matriks_desil"])
    assert matrix.sum() == len(frame) and diff["total"]["entries"] == 0
    moved_to_9 = matrix[:, 9].sum() - np.diag(matrix)[9]
    assert moved_to_9 == int(
        (
            (state["verif_status"] == "tidak layak") & (pd.Series(frame["desil"].to_numpy()) != 9)
        ).sum()
    )

    # personal data in the new state only on request, and logged
    with_names = tmp_path / "register_bernama.parquet"
    argv = [*base, "--apply", "--out", str(with_names), "--with-personal-data", "--log", str(log)]
    assert main(argv) == 0
    capsys.readouterr()
    assert "nama" in pd.read_parquet(with_names).columns
    entries = read_log(log)
    assert len(entries) == 2 and entries[-1]["jenis"] == "register_hasil_verifikasi"
    assert entries[-1]["berkas"] == [with_names.name]


def test_import_refuses_a_file_that_is_not_a_worksheet(register, tmp_path, capsys):
    paths, _frame = register
    bogus = tmp_path / "bukan.xlsx"
    from openpyxl import Workbook

    Workbook().save(bogus)
    assert main(["round", "import", str(bogus), *_inputs(paths)]) == 2
    err = capsys.readouterr().err
    assert "bukan.xlsx" in err and "bukan lembar verifikasi" in err and str(tmp_path) not in err


def test_printable_lists_are_logged_with_the_worksheets(register, tmp_path, capsys):
    paths, _frame = register
    log = tmp_path / "log.jsonl"
    out, data = _worksheets(tmp_path, paths, capsys, log, ["--villages-in", "9901", "--pdf"])
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == 2 and all(p.read_bytes().startswith(b"%PDF") for p in pdfs)
    entry = read_log(log)[-1]
    assert {p.name for p in pdfs} <= set(entry["berkas"]) and len(entry["berkas"]) == 4
    assert not list(out.glob(".*"))  # no temporary file left


def test_nothing_selected_writes_and_logs_nothing(register, tmp_path, capsys):
    paths, _frame = register
    out = tmp_path / "lembar"
    out.mkdir()
    verifiers = tmp_path / "petugas.txt"
    verifiers.write_text("Ani\n", encoding="utf-8")
    log = tmp_path / "log.jsonl"
    argv = ["round", "worksheets", *_inputs(paths), "--verifiers", str(verifiers)]
    argv += ["--out", str(out), "--log", str(log), "--villages-in", "1234"]
    assert main(argv) == 1
    assert "tidak ada lembar kerja" in capsys.readouterr().err
    assert list(out.iterdir()) == [] and not log.exists()


def test_missing_worksheet_file_is_named(register, tmp_path, capsys):
    paths, _frame = register
    assert main(["round", "import", str(tmp_path / "hilang.xlsx"), *_inputs(paths)]) == 2
    err = capsys.readouterr().err
    assert (
        "hilang.xlsx" in err and "bukan lembar verifikasi" not in err and str(tmp_path) not in err
    )


def test_diff_by_unit_and_zone(register, tmp_path, capsys):
    paths, frame = register
    rng = np.random.default_rng(4)
    gone = rng.choice(len(frame), 40, replace=False)
    later = frame.drop(index=gone).reset_index(drop=True)
    up = rng.choice(len(later), 60, replace=False)
    before = later["desil"].copy()
    later.loc[up, "desil"] = 10
    new_path = tmp_path / "register_2026.parquet"
    later.to_parquet(new_path)
    codes = sorted(frame["kode_desa"].astype(str).unique())[::4]
    zone = tmp_path / "zona.geojson"
    feature = {"type": "Feature", "geometry": None, "properties": {"name": "Z1", "villages": codes}}
    zone.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    argv = ["diff", str(paths.households), str(new_path), "--villages", str(paths.villages)]
    assert main([*argv, "--by", "kecamatan", "--zone", str(zone), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"]["exits"] == 40 and data["total"]["entries"] == 0
    changed = before.to_numpy()[up] != 10
    assert data["total"]["desil_up"] == int(changed.sum())
    assert sum(data["cocok"].values()) == len(later)
    in_zone = frame["kode_desa"].astype(str).isin(codes).to_numpy()
    assert data["per_zona"]["Z1"]["exits"] == int(in_zone[gone].sum())
    later_in = later["kode_desa"].astype(str).isin(codes).to_numpy()
    assert data["per_zona"]["Z1"]["desil_up"] == int((later_in[up] & changed).sum())
    assert all(len(code) == 6 for code in data["per_kecamatan"])
    assert main(argv) == 0
    assert "Matriks desil" in capsys.readouterr().out
