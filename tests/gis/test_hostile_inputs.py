"""Hostile files: every one is read right or refused with an error that carries data.

Each test builds its file in ``tmp_path``: a workbook whose register sits
behind a cover sheet, a two-row header with merged cells, a CSV with a
header hundreds of thousands of columns wide, a shapefile without its .dbf,
boundaries in metres with no CRS, points or a CSV offered as boundaries,
and zone files that are not zone files.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import geopandas as gpd
import numpy as np
import openpyxl
import pytest
import shapely

from gis.errors import BoundaryError, ReadError
from gis.io.readers import read_table
from gis.model.importer import load_households
from gis.model.villages import VillageTable, read_villages
from gis.model.zonefile import read_zones

SCENARIOS = Path(__file__).resolve().parents[2] / "resources" / "scenarios"

HEADER = ["ID Keluarga", "Kode Desa", "Desil", "Jumlah Anggota", "Penerima PKH"]


def _register_rows(n: int = 20) -> list[list]:
    return [
        [f"K-{i:03d}", "1901032001", 1 + i % 10, 1 + i % 6, "Ya" if i < 15 else "Tidak"]
        for i in range(n)
    ]


def _cover(ws, kind: str) -> None:
    """A first sheet that is not the register, as Dinas Sosial workbooks have them."""
    if kind == "title":
        ws["A1"] = "DATA PENERIMA BANTUAN SOSIAL KABUPATEN BANGKA"
        ws.merge_cells("A1:F1")
        ws["A3"] = "Disusun oleh Dinas Sosial"
        ws["A4"] = "Tahun anggaran 2025"
    elif kind == "key_value":
        for row in (
            ["Provinsi", "Kepulauan Bangka Belitung"],
            ["Kabupaten", "Bangka"],
            ["Sumber", "DTSEN"],
            ["Tanggal", "2025-03-01"],
        ):
            ws.append(row)
    elif kind == "summary":
        ws.append(["Kecamatan", "Jumlah KK", "Desil 1", "Desil 2"])
        for name, total in (("Sungailiat", 120), ("Belinyu", 80), ("Merawang", 45)):
            ws.append([name, total, total // 3, total // 4])


# ----------------------------------------------------------- register sheet


@pytest.mark.parametrize("cover", ["title", "key_value", "summary"])
def test_register_behind_a_cover_sheet_is_found(tmp_path, cover):
    path = tmp_path / "bansos.xlsx"
    wb = openpyxl.Workbook()
    _cover(wb.active, cover)
    wb.active.title = "Sampul"
    data = wb.create_sheet("Data KPM")
    data.append(HEADER)
    for row in _register_rows():
        data.append(row)
    wb.save(path)

    raw = read_table(path)
    assert raw.layer == "Data KPM" and len(raw) == 20
    chosen = [n for n in raw.notes if n.code == "sheet_chosen"]
    assert chosen and chosen[0].data == {"sheet": "Data KPM", "others": ["Sampul"]}

    table, report = load_households(path, VillageTable.empty())
    assert report.layer == "Data KPM" and report.rows_read == 20 and report.households == 20
    assert int((table.programs & (1 << table.program_keys.index("PKH")) != 0).sum()) == 15


def test_workbook_without_a_register_lists_its_sheets(tmp_path):
    path = tmp_path / "sampul_saja.xlsx"
    wb = openpyxl.Workbook()
    _cover(wb.active, "title")
    wb.active.title = "Sampul"
    _cover(wb.create_sheet("Catatan"), "title")
    wb.save(path)
    with pytest.raises(ReadError) as err:
        read_table(path)
    assert err.value.code == "no_register_sheet" and err.value.layers == ["Sampul", "Catatan"]
    # the cover sheet named explicitly is refused too, not read as a register
    with pytest.raises(ReadError) as err:
        read_table(path, sheet="Sampul")
    assert err.value.code == "no_register_sheet" and err.value.layer == "Sampul"


# ------------------------------------------------------------ two-row header


@pytest.mark.parametrize("merged", [True, False])
@pytest.mark.parametrize("group", ["Penerima Bantuan", "Status Kepesertaan Program"])
def test_two_row_header_maps_each_program_column(tmp_path, merged, group):
    """No | ID | Kode | Desil merged down two rows; a group label over PKH, BPNT, KIS."""
    path = tmp_path / "dua_baris.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    for col, name in zip("ABCD", ["No", "ID Keluarga", "Kode Desa", "Desil"]):
        ws[f"{col}1"] = name
        if merged:
            ws.merge_cells(f"{col}1:{col}2")
    ws["E1"] = group
    if merged:
        ws.merge_cells("E1:G1")
    ws["E2"], ws["F2"], ws["G2"] = "PKH", "BPNT", "KIS"
    rng = np.random.default_rng(7)
    pkh = np.zeros(40, dtype=bool)
    pkh[rng.choice(40, 15, replace=False)] = True
    sembako = rng.random(40) < 0.3
    for i in range(40):
        ws.append(
            [
                i + 1,
                f"K-{i:03d}",
                "1901032001",
                1 + i % 10,
                "Ya" if pkh[i] else "Tidak",
                "Ya" if sembako[i] else "Tidak",
                "Tidak",
            ]
        )
    wb.save(path)

    raw = read_table(path)
    assert list(raw.frame.columns) == [
        "No",
        "ID Keluarga",
        "Kode Desa",
        "Desil",
        f"{group} / PKH",
        f"{group} / BPNT",
        f"{group} / KIS",
    ]
    assert len(raw) == 40 and raw.rows[0] == 3  # the sub-header is no data row
    assert any(n.code == "two_row_header" for n in raw.notes)

    table, report = load_households(path, VillageTable.empty())
    assert report.programs["PKH"] == [f"{group} / PKH"]
    assert report.programs["SEMBAKO"] == [f"{group} / BPNT"]
    assert report.programs["PBI"] == [f"{group} / KIS"]
    assert report.rejected == 0 and report.households == 40

    def receivers(key):
        return int((table.programs & (1 << table.program_keys.index(key)) != 0).sum())

    assert receivers("PKH") == 15
    assert receivers("SEMBAKO") == int(sembako.sum())
    assert receivers("PBI") == 0


def test_two_row_header_in_a_csv(tmp_path):
    path = tmp_path / "dua_baris.csv"
    rows = [
        ["No", "ID Keluarga", "Kode Desa", "Desil", "Penerima Bantuan", "", ""],
        ["", "", "", "", "PKH", "Sembako", "PIP"],
    ] + [
        [str(i + 1), f"K-{i}", "1901032001", str(1 + i % 4), "Ya" if i < 3 else "", "Ya", ""]
        for i in range(6)
    ]
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)
    table, report = load_households(path, VillageTable.empty())
    assert report.rows_read == 6
    assert report.programs["PKH"] == ["Penerima Bantuan / PKH"]
    assert int((table.programs & (1 << table.program_keys.index("PKH")) != 0).sum()) == 3


def test_text_first_row_under_a_full_header_is_data(tmp_path):
    """A PSKS list whose rows are all text is not a second header row."""
    path = tmp_path / "psks.csv"
    path.write_text(
        "Nama Lembaga,Jenis PSKS,Alamat,Keterangan\n"
        "Panti Asuhan Harapan,LKS,Jl. Merdeka,aktif\n"
        "Karang Taruna Maju,KT,Jl. Sudirman,\n",
        encoding="utf-8",
    )
    raw = read_table(path)
    assert list(raw.frame.columns) == ["Nama Lembaga", "Jenis PSKS", "Alamat", "Keterangan"]
    assert len(raw) == 2


# --------------------------------------------------------------- width limit


@pytest.mark.parametrize("columns", [300_000, 5_000])
def test_csv_with_a_huge_header_is_refused(tmp_path, columns):
    path = tmp_path / "lebar.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(",".join(f"k{i}" for i in range(columns)) + "\n")
        fh.write(",".join("1" for _ in range(columns)) + "\n")
    with pytest.raises(ReadError) as err:
        read_table(path)
    assert err.value.code == "too_many_columns"
    assert err.value.columns == columns and err.value.row == 1


# ------------------------------------------------------------ shapefile parts


def _villages_gdf(crs=4326, offset=(0.0, 0.0), size=0.01):
    x0, y0 = 106.0 + offset[0], -2.0 + offset[1]
    return gpd.GeoDataFrame(
        {"kode_desa": ["1901032001", "1901032002"], "nama_desa": ["A", "B"]},
        geometry=[
            shapely.box(x0, y0, x0 + size, y0 + size),
            shapely.box(x0 + size, y0, x0 + 2 * size, y0 + size),
        ],
        crs=crs,
    )


@pytest.mark.parametrize("part", [".dbf", ".DBF"])
def test_shapefile_without_dbf_is_refused(tmp_path, part):
    _villages_gdf().to_file(tmp_path / "desa.shp", engine="pyogrio")
    (tmp_path / "desa.dbf").unlink()
    for read in (read_table, read_villages):
        with pytest.raises(ReadError) as err:
            read(tmp_path / "desa.shp")
        assert err.value.code == "missing_part" and err.value.missing == [".dbf"]


# ------------------------------------------------------------- boundary CRS


@pytest.mark.parametrize("suffix", [".shp", ".gpkg", ".fgb"])
def test_boundaries_in_metres_without_crs_are_refused(tmp_path, suffix):
    utm = _villages_gdf().to_crs(32748).set_crs(None, allow_override=True)
    path = tmp_path / f"desa_utm{suffix}"
    with pytest.warns(UserWarning):
        utm.to_file(path, engine="pyogrio")
    with pytest.raises(BoundaryError) as err:
        read_villages(path)
    assert err.value.code == "not_degrees" and err.value.crs is None
    minx, miny, maxx, maxy = err.value.bounds
    assert minx > 180 and miny > 90  # the metres are carried for the message


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg"])
def test_metres_labelled_as_degrees_are_refused(tmp_path, suffix):
    """A .prj (or GeoJSON's implied WGS 84) that says degrees over coordinates in metres."""
    utm = _villages_gdf().to_crs(32748).set_crs(4326, allow_override=True)
    path = tmp_path / f"desa{suffix}"
    utm.to_file(path, engine="pyogrio")
    with pytest.raises(BoundaryError) as err:
        read_villages(path)
    assert err.value.code == "not_degrees" and err.value.crs == "EPSG:4326"


def test_boundaries_in_metres_with_crs_are_reprojected(tmp_path):
    path = tmp_path / "desa_utm.gpkg"
    _villages_gdf().to_crs(32748).to_file(path, engine="pyogrio")
    v = read_villages(path)
    assert 105.9 < v.province_bounds(0)[0] < 106.1


# --------------------------------------------------------- what is no boundary


@pytest.mark.parametrize(
    "geometry",
    [
        shapely.Point(106.0, -2.0),
        shapely.LineString([(106.0, -2.0), (106.1, -2.1)]),
        shapely.MultiPoint([(106.0, -2.0), (106.1, -2.1)]),
    ],
)
def test_point_or_line_layer_as_boundaries_is_refused(tmp_path, geometry):
    path = tmp_path / "titik.gpkg"
    gpd.GeoDataFrame(
        {"kode_desa": ["1901032001", "1901032002"]}, geometry=[geometry, geometry], crs=4326
    ).to_file(path, engine="pyogrio")
    with pytest.raises(BoundaryError) as err:
        read_villages(path)
    assert err.value.code == "not_polygon_layer"
    assert err.value.geometry_types == [geometry.geom_type]


@pytest.mark.parametrize("name", ["desa.csv", "desa.xlsx", "desa.txt"])
def test_table_files_as_boundaries_are_refused(tmp_path, name):
    path = tmp_path / name
    if name.endswith(".xlsx"):
        wb = openpyxl.Workbook()
        wb.active.append(["kode_desa", "nama_desa"])
        wb.active.append(["1901032001", "A"])
        wb.save(path)
    else:
        path.write_text("kode_desa,nama_desa,wkt\n1901032001,A,POINT (1 2)\n", encoding="utf-8")
    with pytest.raises(BoundaryError) as err:
        read_villages(path)
    assert err.value.code == "not_boundary_file"


def test_layer_without_geometry_as_boundaries_is_refused(tmp_path):
    path = tmp_path / "tabel.gpkg"
    gpd.GeoDataFrame({"kode_desa": ["1901032001"]}).to_file(path, engine="pyogrio")
    with pytest.raises(BoundaryError) as err:
        read_villages(path)
    assert err.value.code == "no_geometry"


@pytest.mark.parametrize("suffix", [".gpkg", ".geojson", ".shp"])
def test_boundaries_whose_every_geometry_is_null_are_refused(tmp_path, suffix):
    """Codes and names without one polygon would draw an empty map and place nobody."""
    path = tmp_path / f"kosong{suffix}"
    gdf = _villages_gdf()
    gdf["geometry"] = None
    gpd.GeoDataFrame(gdf, geometry="geometry", crs=4326).to_file(path, engine="pyogrio")
    with pytest.raises(BoundaryError) as err:
        read_villages(path)
    assert err.value.code == "no_polygons"
    assert err.value.data["features"] == 2


def test_dropped_and_repaired_boundary_features_are_counted_by_reason(tmp_path):
    bowtie = shapely.Polygon([(106, -2), (106.1, -2.1), (106.1, -2), (106, -2.1)])
    sliver = shapely.Polygon([(106.3, -2), (106.4, -2), (106.5, -2), (106.3, -2)])
    features = [
        ("1901032001", shapely.box(106.0, -2.0, 106.1, -1.9)),
        ("1901032002", bowtie),  # repaired
        ("19.01.03.2003", shapely.box(106.2, -2.0, 106.3, -1.9)),  # dotted: still valid
        ("abc", shapely.box(106.4, -2.0, 106.5, -1.9)),  # invalid code
        ("", shapely.box(106.5, -2.0, 106.6, -1.9)),  # invalid code
        ("1901032001", shapely.box(106.1, -2.0, 106.2, -1.9)),  # duplicate: merged
        ("1901032004", shapely.Point(106.7, -2.0)),  # not a polygon
        ("1901032005", None),  # no geometry
        ("1901032006", sliver),  # repaired into nothing
    ]
    path = tmp_path / "desa.geojson"
    gpd.GeoDataFrame(
        {"kode_desa": [c for c, _ in features]}, geometry=[g for _, g in features], crs=4326
    ).to_file(path, engine="pyogrio")
    v = read_villages(path)
    assert v.problems == {
        "code_invalid": 2,
        "duplicate_merged": 1,
        "not_polygon": 1,
        "no_geometry": 1,
        "repaired": 2,
        "repair_emptied": 1,
    }
    # every feature is accounted for: kept villages + skipped + merged
    assert len(v) + 2 + 1 == len(features)
    assert v.repaired == 2


# ----------------------------------------------------------------- zone files


def _ring(coords):
    return {"type": "Polygon", "coordinates": [coords]}


GOOD_RING = [[106.0, -2.0], [106.1, -2.0], [106.1, -1.9], [106.0, -2.0]]


@pytest.mark.parametrize(
    "content, code",
    [
        ("[1, 2, 3]", "not_zones"),
        ("[]", "not_zones"),
        ("null", "not_zones"),
        ('"zona"', "not_zones"),
        ('{"type": "Topology", "objects": {}}', "not_zones"),
        ('{"type": "FeatureCollection", "features": {"a": 1}}', "not_zones"),
        ('{"type": "FeatureCollection", "features": [1, 2]}', "not_zones"),
        ('{"type": "FeatureCollection", "features": []}', "empty"),
        ("{not json", "corrupt"),
    ],
)
def test_zone_json_that_is_no_geojson_is_refused(tmp_path, content, code):
    path = tmp_path / "zona.geojson"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ReadError) as err:
        read_zones(path)
    assert err.value.code == code


@pytest.mark.parametrize(
    "coords",
    [
        [[1e999, "x"], [106.1, -2.0], [106.1, -1.9], [1e999, "x"]],
        [[1e999, -2.0], [106.1, -2.0], [106.1, -1.9], [1e999, -2.0]],
        [["106", "-2"], ["a", "b"], [106.1, -1.9], ["106", "-2"]],
        [[600000, 9700000], [600100, 9700000], [600100, 9700100], [600000, 9700000]],
        [[106.0], [106.1, -2.0], [106.1, -1.9], [106.0]],
        [[106.0, -2.0], [106.1, -2.0]],
        "abc",
    ],
)
def test_zone_with_bad_coordinates_is_refused_with_its_number(tmp_path, coords):
    fc = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": {"name": "A"}, "geometry": _ring(GOOD_RING)},
            {"type": "Feature", "properties": {"name": "B"}, "geometry": _ring(coords)},
        ],
    }
    path = tmp_path / "zona.geojson"
    path.write_text(json.dumps(fc), encoding="utf-8")
    with pytest.raises(ReadError) as err:
        read_zones(path)
    assert err.value.code == "bad_coordinates" and err.value.row == 2


@pytest.mark.parametrize("name", sorted(p.name for p in SCENARIOS.glob("*.skenario.json")))
def test_scenario_file_as_zones_is_refused(tmp_path, name):
    path = tmp_path / name
    shutil.copy(SCENARIOS / name, path)
    with pytest.raises(ReadError) as err:
        read_zones(path)
    assert err.value.code == "scenario_as_zones"


def test_zone_vector_files_are_checked(tmp_path):
    points = tmp_path / "titik.gpkg"
    gpd.GeoDataFrame({"name": ["a"]}, geometry=[shapely.Point(106, -2)], crs=4326).to_file(
        points, engine="pyogrio"
    )
    with pytest.raises(ReadError) as err:
        read_zones(points)
    assert err.value.code == "not_polygon" and err.value.row == 1
    table = tmp_path / "zona.csv"
    table.write_text("name,luas\nA,3\n", encoding="utf-8")
    with pytest.raises(ReadError) as err:
        read_zones(table)
    assert err.value.code == "not_zones"
    metres = tmp_path / "zona_utm.gpkg"
    gpd.GeoDataFrame(
        {"name": ["a"]}, geometry=[shapely.box(600000, 9700000, 601000, 9701000)]
    ).to_file(metres, engine="pyogrio")
    with pytest.raises(ReadError) as err:
        read_zones(metres)
    assert err.value.code == "bad_coordinates"


def test_good_zone_files_still_read(tmp_path):
    fc = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": {"name": "Pusat"}, "geometry": _ring(GOOD_RING)},
            {"type": "Feature", "properties": {"name": "Desa", "villages": ["1901032001"]}},
        ],
    }
    path = tmp_path / "zona.geojson"
    path.write_text(json.dumps(fc), encoding="utf-8")
    zones = read_zones(path)
    assert [z.name for z in zones] == ["Pusat", "Desa"]
    assert zones[0].geometry.geom_type == "Polygon" and zones[1].villages == ("1901032001",)
