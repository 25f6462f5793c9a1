"""Hostile files on the command line: exit code 2, a worded Indonesian message, no traceback.

The message names the file by its name (never the folder it sits in), and
nothing is written: no web map in metres, no half report.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import geopandas as gpd
import openpyxl
import pytest
import shapely

from desktop.cli import main

SCENARIOS = Path(__file__).resolve().parents[2] / "resources" / "scenarios"


def _refused(capsys, argv, name: str, *words: str) -> str:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    assert err.startswith("Galat: ") and "Traceback" not in err + out
    assert name in err
    for word in words:
        assert word in err, err
    return err


def _no_folder(err: str, tmp_path: Path) -> None:
    assert str(tmp_path) not in err


@pytest.fixture
def villages(tmp_path) -> Path:
    path = tmp_path / "desa.gpkg"
    gpd.GeoDataFrame(
        {"kode_desa": ["1901032001", "1901032002"], "nama_desa": ["A", "B"]},
        geometry=[shapely.box(106.0, -2.0, 106.1, -1.9), shapely.box(106.1, -2.0, 106.2, -1.9)],
        crs=4326,
    ).to_file(path, engine="pyogrio")
    return path


@pytest.fixture
def households(tmp_path) -> Path:
    path = tmp_path / "rt.csv"
    path.write_text(
        "id_keluarga,kode_desa,desil,jumlah_anggota,penerima_pkh,lon,lat\n"
        "1,1901032001,1,4,Ya,106.05,-1.95\n2,1901032002,2,3,Tidak,106.15,-1.95\n",
        encoding="utf-8",
    )
    return path


def test_check_register_behind_a_cover_sheet_names_the_sheet(tmp_path, capsys):
    path = tmp_path / "bansos.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Sampul"
    wb.active["A1"] = "DATA PENERIMA BANTUAN SOSIAL 2025"
    data = wb.create_sheet("Data KPM")
    data.append(["ID Keluarga", "Kode Desa", "Desil", "Penerima PKH"])
    for i in range(12):
        data.append([f"K-{i}", "1901032001", 1 + i % 4, "Ya" if i < 5 else "Tidak"])
    wb.save(path)
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Laporan impor: bansos.xlsx (lembar Data KPM)" in out
    assert "Baris dibaca        : 12" in out
    assert 'Data dibaca dari lembar "Data KPM" (lembar lain: Sampul).' in out

    only_cover = tmp_path / "sampul.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Sampul"
    wb.active["A1"] = "DATA PENERIMA BANTUAN SOSIAL 2025"
    wb.create_sheet("Kosong")
    wb.save(only_cover)
    err = _refused(capsys, ["check", only_cover], "sampul.xlsx", "Lembar yang ada: Sampul, Kosong")
    _no_folder(err, tmp_path)
    _refused(capsys, ["check", path, "--sheet", "Sampul"], "bansos.xlsx", "Lembar Sampul")


def test_check_two_row_header_maps_programs(tmp_path, capsys):
    path = tmp_path / "dua_baris.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    for col, name in zip("ABC", ["ID Keluarga", "Kode Desa", "Desil"]):
        ws[f"{col}1"] = name
        ws.merge_cells(f"{col}1:{col}2")
    ws["D1"] = "Penerima Bantuan"
    ws.merge_cells("D1:E1")
    ws["D2"], ws["E2"] = "PKH", "BPNT"
    for i in range(20):
        ws.append([f"K-{i}", "1901032001", 1 + i % 4, "Ya" if i < 15 else "Tidak", "Tidak"])
    wb.save(path)
    assert main(["check", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["rows_read"] == 20 and data["rejected"] == 0
    assert data["programs"]["PKH"] == ["Penerima Bantuan / PKH"]
    assert data["programs"]["SEMBAKO"] == ["Penerima Bantuan / BPNT"]
    assert any("Judul kolom dua baris (baris 1-2)" in n for n in data["notes"])


def test_check_refuses_a_huge_header_quickly(tmp_path, capsys):
    path = tmp_path / "lebar.csv"
    path.write_text(",".join(f"k{i}" for i in range(300_000)) + "\n1,2\n", encoding="utf-8")
    err = _refused(capsys, ["check", path], "lebar.csv", "300.000 kolom", "batas 2.000")
    _no_folder(err, tmp_path)


def test_check_shapefile_without_dbf(tmp_path, capsys, villages):
    gpd.read_file(villages).to_file(tmp_path / "desa.shp", engine="pyogrio")
    (tmp_path / "desa.dbf").unlink()
    _refused(capsys, ["check", tmp_path / "desa.shp"], "desa.shp", ".dbf", "tidak lengkap")
    rt = tmp_path / "rt.csv"
    rt.write_text("id_keluarga,kode_desa,desil\n1,1901032001,1\n", encoding="utf-8")
    _refused(capsys, ["check", rt, "--villages", tmp_path / "desa.shp"], "desa.shp", ".dbf")


def test_boundaries_that_are_no_boundaries(tmp_path, capsys, households, villages):
    utm = tmp_path / "desa_utm.shp"
    with pytest.warns(UserWarning):
        gpd.read_file(villages).to_crs(32748).set_crs(None, allow_override=True).to_file(
            utm, engine="pyogrio"
        )
    points = tmp_path / "titik.gpkg"
    gpd.GeoDataFrame(
        {"kode_desa": ["1901032001"]}, geometry=[shapely.Point(106.05, -1.95)], crs=4326
    ).to_file(points, engine="pyogrio")
    for bad, words in (
        (utm, ("bukan derajat", ".prj")),
        (points, ("titik", "bukan poligon desa")),
        (households, ("bukan berkas batas wilayah",)),
    ):
        err = _refused(capsys, ["check", households, "--villages", bad], bad.name, *words)
        _no_folder(err, tmp_path)
        _refused(
            capsys,
            ["stats", "--households", households, "--villages", bad],
            bad.name,
            *words,
        )
    # a web map of boundaries in metres is never written
    out = tmp_path / "peta.html"
    _refused(capsys, ["webmap", "--villages", utm, "--out", out], utm.name, "bukan derajat")
    assert not out.exists()


def test_web_map_of_boundaries_without_any_polygon_is_refused(tmp_path, capsys, villages):
    empty = tmp_path / "desa_kosong.gpkg"
    gdf = gpd.read_file(villages)
    gdf["geometry"] = None
    gpd.GeoDataFrame(gdf, geometry="geometry", crs=4326).to_file(empty, engine="pyogrio")
    out = tmp_path / "peta.html"
    _refused(capsys, ["webmap", "--villages", empty, "--out", out], empty.name, "poligon")
    assert not out.exists()


def test_check_counts_dropped_and_repaired_boundary_features(tmp_path, capsys, households):
    bowtie = shapely.Polygon([(106, -2), (106.1, -2.1), (106.1, -2), (106, -2.1)])
    path = tmp_path / "desa.geojson"
    gpd.GeoDataFrame(
        {"kode_desa": ["1901032001", "1901032002", "salah", "1901032001"]},
        geometry=[
            shapely.box(106.0, -2.0, 106.1, -1.9),
            bowtie,
            shapely.box(106.2, -2.0, 106.3, -1.9),
            shapely.box(106.1, -2.0, 106.2, -1.9),
        ],
        crs=4326,
    ).to_file(path, engine="pyogrio")
    assert main(["check", str(households), "--villages", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Batas wilayah desa.geojson: 2 desa/kelurahan" in out
    assert "1 fitur batas tanpa kode desa 10 digit yang valid dilewati." in out
    assert "1 fitur batas dengan kode desa ganda digabung ke fitur pertama." in out
    assert "1 poligon desa tidak valid diperbaiki." in out
    assert main(["check", str(households), "--villages", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["boundaries"]["problems"] == {
        "code_invalid": 1,
        "duplicate_merged": 1,
        "repaired": 1,
    }


@pytest.mark.parametrize(
    "content, words",
    [
        ("[1, 2, 3]", ("bukan berkas zona",)),
        (
            json.dumps(
                {"type": "Polygon", "coordinates": [[[1e999, "x"], [0, 1], [1, 1], [1e999, "x"]]]}
            ),
            ("Zona ke-1", "bukan bujur/lintang"),
        ),
        ("scenario", ("berkas skenario Sasaran, bukan berkas zona",)),
    ],
)
def test_stats_and_webmap_refuse_zone_files_that_are_not_zones(
    tmp_path, capsys, households, villages, content, words
):
    zone = tmp_path / "zona.geojson"
    if content == "scenario":
        zone = tmp_path / "skenario_a.skenario.json"
        shutil.copy(SCENARIOS / zone.name, zone)
    else:
        zone.write_text(content, encoding="utf-8")
    argv = ["stats", "--households", households, "--villages", villages, "--zone", zone]
    err = _refused(capsys, argv, zone.name, *words)
    _no_folder(err, tmp_path)
    out = tmp_path / "peta.html"
    argv = ["webmap", "--villages", villages, "--zones", zone, "--out", out]
    _refused(capsys, argv, zone.name, *words)
    assert not out.exists()
