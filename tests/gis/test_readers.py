"""Tests for gis.io.readers: every format a planner brings, read into one raw table."""

from __future__ import annotations

import csv
import datetime as dt
import pickle
import zipfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import openpyxl
import pandas as pd
import pyarrow as pa
import pyogrio
import pytest
import shapely
from pyproj import Transformer

from gis.errors import Cancelled, ReadError
from gis.io.read_vector import _xy_from_wkb
from gis.io.readers import list_layers, read_table

SHARED = Path(__file__).resolve().parents[3] / "shared"
LAYOUTS = SHARED / "data" / "layouts"
BABEL = SHARED / "data" / "babel" / "babel_desa.gpkg"

LON = [106.1, 106.2, 105.9, 107.5]
LAT = [-2.1, -2.2, -1.9, -2.8]


def _households(null_rows=(1,)) -> gpd.GeoDataFrame:
    geometry = [
        None if i in null_rows else shapely.Point(lon, lat)
        for i, (lon, lat) in enumerate(zip(LON, LAT))
    ]
    return gpd.GeoDataFrame(
        {
            "nik": ["3201011504890001", "0012345678901234", "1901034105850002", "1971010101010003"],
            "nama": ["Budi", "Siti", "Agus", "Dewi"],
            "desil": [1, 2, 4, 10],
            "luas": [12.5, 30.0, 45.25, 8.0],
        },
        geometry=geometry,
        crs="EPSG:4326",
    )


def _assert_points(table, gdf, null_rows=(1,)):
    assert table.x is not None and table.y is not None
    assert table.x.dtype == np.float64 and table.y.dtype == np.float64
    for i in range(len(gdf)):
        if i in null_rows:
            assert np.isnan(table.x[i]) and np.isnan(table.y[i])
        else:
            assert table.x[i] == pytest.approx(LON[i], abs=1e-9)
            assert table.y[i] == pytest.approx(LAT[i], abs=1e-9)


# -------------------------------------------------------------- vector files


@pytest.mark.parametrize(
    ("suffix", "driver", "fmt"),
    [
        (".gpkg", "GPKG", "gpkg"),
        (".shp", "ESRI Shapefile", "shp"),
        (".geojson", "GeoJSON", "geojson"),
        (".fgb", "FlatGeobuf", "fgb"),
    ],
)
def test_vector_round_trip_with_null_geometry(tmp_path, suffix, driver, fmt):
    gdf = _households()
    path = tmp_path / f"rumah_tangga{suffix}"
    # FlatGeobuf stores NULL geometries only without its spatial index.
    options = {"SPATIAL_INDEX": "NO"} if fmt == "fgb" else {}
    gdf.to_file(path, driver=driver, engine="pyogrio", layer_options=options)

    table = read_table(path)

    assert table.format == fmt
    assert list(table.frame.columns) == ["nik", "nama", "desil", "luas"]
    assert list(table.frame["nik"]) == list(gdf["nik"])  # text stays text, leading zeros kept
    assert list(table.frame["desil"]) == [1, 2, 4, 10]  # numbers are not turned into text
    assert table.frame["luas"].tolist() == pytest.approx([12.5, 30.0, 45.25, 8.0])
    assert isinstance(table.frame.index, pd.RangeIndex)
    assert table.rows.dtype == np.int64 and table.rows.tolist() == [1, 2, 3, 4]
    _assert_points(table, gdf)
    assert table.crs == "EPSG:4326"
    assert table.geometry_type == "Point"
    assert not [n for n in table.notes if n.code in ("assumed_crs", "unknown_crs")]


def test_geoparquet_round_trip_wkb_and_geoarrow(tmp_path):
    gdf = _households()
    wkb = tmp_path / "wkb.parquet"
    arrow = tmp_path / "geoarrow.parquet"
    gdf.to_parquet(wkb)
    gdf.to_parquet(arrow, geometry_encoding="geoarrow")
    for path in (wkb, arrow):
        table = read_table(path)
        assert table.format == "parquet"
        assert list(table.frame.columns) == ["nik", "nama", "desil", "luas"]
        assert list(table.frame["nik"]) == list(gdf["nik"])
        assert table.rows.tolist() == [1, 2, 3, 4]
        _assert_points(table, gdf)
        assert table.crs == "EPSG:4326"


def test_geoparquet_in_utm_is_reprojected(tmp_path):
    gdf = _households().to_crs(32748)
    path = tmp_path / "utm.parquet"
    gdf.to_parquet(path)
    table = read_table(path)
    assert table.crs == "EPSG:32748"
    _assert_points(table, gdf)  # back in lon/lat, to well under a millimetre
    assert "reprojected" in {n.code for n in table.notes}


def test_plain_parquet_has_no_geometry(tmp_path):
    path = tmp_path / "plain.parquet"
    pd.DataFrame({"nik": ["0012345678901234"], "desil": [3]}).to_parquet(path, index=False)
    table = read_table(path)
    assert table.x is None and table.y is None
    assert table.frame["nik"].tolist() == ["0012345678901234"]


def test_shapefile_cp1252_without_cpg_and_prj(tmp_path):
    gdf = gpd.GeoDataFrame(
        {"nama": ["José Muñoz", "Budi", "Ñoño €uro"]},
        geometry=[shapely.Point(106, -2), None, shapely.Point(107, -3)],
        crs="EPSG:4326",
    )
    path = tmp_path / "psks.shp"
    gdf.to_file(path, encoding="cp1252", engine="pyogrio")
    for sidecar in (".cpg", ".prj"):
        path.with_suffix(sidecar).unlink(missing_ok=True)
    assert b"Jos\xe9" in path.with_suffix(".dbf").read_bytes()  # really cp1252 on disk

    table = read_table(path)

    assert table.frame["nama"].tolist() == ["José Muñoz", "Budi", "Ñoño €uro"]
    assert table.encoding == "cp1252"
    codes = {n.code for n in table.notes}
    assert {"encoding", "assumed_crs"} <= codes
    assert any("no .prj" in n and "EPSG:4326" in n for n in table.notes)
    assert table.crs is None
    assert table.x[0] == 106 and np.isnan(table.x[1]) and table.y[2] == -3


def test_shapefile_utf8_without_cpg(tmp_path):
    gdf = gpd.GeoDataFrame({"nama": ["José"]}, geometry=[shapely.Point(106, -2)], crs=4326)
    path = tmp_path / "utf8.shp"
    gdf.to_file(path, encoding="utf-8", engine="pyogrio")
    path.with_suffix(".cpg").unlink(missing_ok=True)
    table = read_table(path)
    assert table.frame["nama"].tolist() == ["José"]
    assert table.encoding == "utf-8"


def test_shapefile_projected_without_prj_is_unknown_crs(tmp_path):
    gdf = gpd.GeoDataFrame({"a": [1]}, geometry=[shapely.Point(620000, 9760000)], crs=32748)
    path = tmp_path / "utm.shp"
    gdf.to_file(path, engine="pyogrio")
    path.with_suffix(".prj").unlink(missing_ok=True)
    table = read_table(path)
    assert table.crs is None
    assert [n.code for n in table.notes if n.code.endswith("crs")] == ["unknown_crs"]
    assert table.x[0] == 620000  # left in source units, flagged by the note


def test_gpkg_in_utm_48s_is_reprojected(tmp_path):
    to_utm = Transformer.from_crs(4326, 32748, always_xy=True)
    east, north = to_utm.transform(LON, LAT)
    gdf = gpd.GeoDataFrame(
        {"id": [1, 2, 3, 4]},
        geometry=[shapely.Point(e, n) for e, n in zip(east, north)],
        crs="EPSG:32748",
    )
    path = tmp_path / "utm.gpkg"
    gdf.to_file(path, layer="rumah_tangga", engine="pyogrio")

    table = read_table(path)

    back = Transformer.from_crs(32748, 4326, always_xy=True)
    lon, lat = back.transform(east, north)
    np.testing.assert_allclose(table.x, lon, atol=1e-9)
    np.testing.assert_allclose(table.y, lat, atol=1e-9)
    np.testing.assert_allclose(table.x, LON, atol=1e-6)
    assert table.crs == "EPSG:32748"
    assert "reprojected" in {n.code for n in table.notes}


def test_polygons_give_representative_points(tmp_path):
    ring = shapely.Polygon(
        [(0, 0), (4, 0), (4, 1), (1, 1), (1, 4), (0, 4)]
    )  # an L: centroid outside
    shape = shapely.affinity.translate(ring, 105, -4)
    gdf = gpd.GeoDataFrame(
        {"kode": ["a", "b", "c"]}, geometry=[shape, None, shapely.Polygon()], crs=4326
    )
    path = tmp_path / "desa.gpkg"
    gdf.to_file(path, engine="pyogrio")
    table = read_table(path)
    assert shapely.contains_xy(shape, table.x[0], table.y[0])
    assert np.isnan(table.x[1:]).all()
    note = next(n for n in table.notes if n.code == "representative_point")
    assert "representative point" in note


def test_wkb_fast_path_matches_shapely():
    rng = np.random.default_rng(7)
    geoms = shapely.points(rng.uniform(105, 109, 50), rng.uniform(-4, -1, 50)).astype(object)
    geoms[[3, 17]] = None
    geoms[5] = shapely.Point()  # POINT EMPTY
    expected_x = np.array([np.nan if g is None or g.is_empty else g.x for g in geoms])
    expected_y = np.array([np.nan if g is None or g.is_empty else g.y for g in geoms])
    wkb = pa.array(shapely.to_wkb(geoms), type=pa.binary())
    x, y, replaced = _xy_from_wkb(wkb)
    assert replaced == 0
    np.testing.assert_array_equal(x, expected_x)
    np.testing.assert_array_equal(y, expected_y)
    # Big-endian and 3D points leave the fast path but must give the same answer.
    big = pa.array(shapely.to_wkb(geoms, byte_order=0), type=pa.binary())
    np.testing.assert_array_equal(_xy_from_wkb(big)[0], x)
    z = shapely.force_3d(geoms)
    np.testing.assert_array_equal(_xy_from_wkb(pa.array(shapely.to_wkb(z)))[1], y)
    # A sliced array (non-zero offset) reads its own rows.
    np.testing.assert_array_equal(_xy_from_wkb(wkb.slice(10, 5))[0], x[10:15])
    # Mixed with a polygon: representative point for it, the points unchanged.
    mixed = geoms.copy()
    mixed[0] = shapely.box(105, -3, 106, -2)
    mx, my, replaced = _xy_from_wkb(pa.array(shapely.to_wkb(mixed)))
    assert replaced == 1
    assert shapely.contains_xy(mixed[0], mx[0], my[0])
    np.testing.assert_array_equal(mx[1:], expected_x[1:])


def test_several_layers_need_a_choice(tmp_path):
    path = tmp_path / "multi.gpkg"
    _households().to_file(path, layer="rumah_tangga", engine="pyogrio")
    _households().to_file(path, layer="psks", engine="pyogrio")
    with pytest.raises(ReadError) as info:
        read_table(path)
    assert info.value.code == "choose_layer"
    assert sorted(info.value.layers) == ["psks", "rumah_tangga"]
    assert read_table(path, "psks").layer == "psks"
    with pytest.raises(ReadError) as info:
        read_table(path, "nope")
    assert info.value.code == "no_layer"
    assert sorted(name for name, _, _ in list_layers(path)) == ["psks", "rumah_tangga"]
    assert {count for _, _, count in list_layers(path)} == {4}


def test_attribute_only_layer_has_no_geometry(tmp_path):
    path = tmp_path / "tabel.gpkg"
    frame = pd.DataFrame({"nik": ["0012345678901234"], "desil": [2]})
    pyogrio.write_dataframe(frame, path, layer="keluarga")
    table = read_table(path)
    assert table.x is None and table.y is None and not table.has_geometry
    assert table.geometry_type is None
    assert table.frame["nik"].tolist() == ["0012345678901234"]


def test_notes_carry_codes_and_survive_pickling(tmp_path):
    gdf = _households().to_crs(32748)
    path = tmp_path / "utm.gpkg"
    gdf.to_file(path, engine="pyogrio")
    table = read_table(path)
    again = pickle.loads(pickle.dumps(table))
    assert again.notes == table.notes
    assert again.notes[0].code == "reprojected" and again.notes[0].data["source"] == "EPSG:32748"
    np.testing.assert_array_equal(again.x, table.x)


def test_empty_layer_reads_as_empty_table(tmp_path):
    path = tmp_path / "empty.gpkg"
    _households().iloc[:0].to_file(path, engine="pyogrio")
    table = read_table(path)
    assert len(table) == 0
    assert list(table.frame.columns) == ["nik", "nama", "desil", "luas"]
    assert table.x is not None and len(table.x) == 0 and len(table.rows) == 0


@pytest.mark.parametrize("suffix", [".gpkg", ".shp", ".geojson", ".fgb", ".parquet", ".xlsx"])
def test_corrupt_file(tmp_path, suffix):
    path = tmp_path / f"rusak{suffix}"
    path.write_bytes(np.random.default_rng(3).bytes(4096))
    with pytest.raises(ReadError) as info:
        read_table(path)
    assert info.value.code == "corrupt"
    assert info.value.path == path


def test_missing_and_unknown_files(tmp_path):
    with pytest.raises(ReadError) as info:
        read_table(tmp_path / "tidak_ada.gpkg")
    assert info.value.code == "not_found"
    old_excel = tmp_path / "data.xls"
    old_excel.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ReadError) as info:
        read_table(old_excel)
    assert info.value.code == "unknown_format"
    assert info.value.extension == ".xls"


# ---------------------------------------------------------------------- CSV


def test_csv_utf8_bom_comma(tmp_path):
    path = tmp_path / "dtks.csv"
    text = "NIK , Nama,Desil\r\n0012345678901234,José,1\r\n3201011504890001,,4\r\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))

    table = read_table(path)

    assert list(table.frame.columns) == ["NIK", "Nama", "Desil"]  # BOM and spaces gone
    assert table.frame["NIK"].tolist() == ["0012345678901234", "3201011504890001"]
    assert table.frame["Desil"].tolist() == ["1", "4"]  # still text: nothing interpreted
    assert pd.isna(table.frame.loc[1, "Nama"])
    assert table.frame.loc[0, "Nama"] == "José"
    assert (table.encoding, table.delimiter, table.decimal) == ("utf-8-sig", ",", ".")
    assert table.header_row == 1
    assert table.rows.tolist() == [2, 3]
    assert table.x is None and table.y is None


def test_csv_cp1252_semicolon_decimal_comma(tmp_path):
    path = tmp_path / "p3ke.csv"
    lines = [
        "nik;nama;luas_lantai;pendapatan",
        "0012345678901234;Muñoz;12,5;1.250.000,75",
        "3201011504890001;José;30,25;950000,5",
        "1901034105850002;Agus;8,0;0,5",
    ]
    path.write_bytes("\n".join(lines).encode("cp1252"))

    table = read_table(path)

    assert (table.encoding, table.delimiter, table.decimal) == ("cp1252", ";", ",")
    assert table.frame["nama"].tolist() == ["Muñoz", "José", "Agus"]
    assert table.frame["luas_lantai"].tolist() == [
        "12,5",
        "30,25",
        "8,0",
    ]  # recorded, not converted
    assert table.frame["nik"].tolist()[0] == "0012345678901234"
    assert any(n.code == "encoding" and "cp1252" in n for n in table.notes)


def test_csv_title_lines_blank_lines_and_multiline_cells(tmp_path):
    path = tmp_path / "export.csv"
    text = (
        "DATA PENSASARAN PERCEPATAN PENGHAPUSAN KEMISKINAN EKSTREM,,,\n"  # line 1
        "Kabupaten Bangka,,,\n"  # 2
        "Tanggal cetak: 2025-03-01,,,\n"  # 3
        "\n"  # 4
        "No,NIK,Nama,Alamat\n"  # 5 header
        '1,0012345678901234,Budi,"Jl. Merdeka\nRT 01"\n'  # 6-7
        "\n"  # 8
        "2,3201011504890001,Siti,Dusun I\n"  # 9
        ",,,\n"  # 10: empty, skipped
        "3,1901034105850002,Agus,\n"  # 11
    )
    path.write_text(text, encoding="utf-8")

    table = read_table(path)

    assert table.header_row == 5
    assert list(table.frame.columns) == ["No", "NIK", "Nama", "Alamat"]
    assert table.rows.tolist() == [6, 9, 11]
    assert table.frame["Alamat"].tolist()[0] == "Jl. Merdeka\nRT 01"
    assert pd.isna(table.frame["Alamat"].tolist()[2])
    assert table.frame["NIK"].tolist() == [
        "0012345678901234",
        "3201011504890001",
        "1901034105850002",
    ]
    assert any(n.code == "title_rows" for n in table.notes)


def test_csv_tab_and_ragged_rows(tmp_path):
    path = tmp_path / "psks.txt"
    path.write_text("jenis\tnama\tkode_desa\nTKSK\tAni\nPSM\tBudi\t1901032001\textra\n")
    table = read_table(path)
    assert table.delimiter == "\t"
    assert list(table.frame.columns) == ["jenis", "nama", "kode_desa", "column_4"]
    assert pd.isna(table.frame.loc[0, "kode_desa"])
    assert table.frame.loc[1, "column_4"] == "extra"
    assert any(n.code == "renamed_columns" for n in table.notes)


def test_csv_header_only_and_failures(tmp_path):
    header_only = tmp_path / "kosong.csv"
    header_only.write_text("nik,nama\n")
    table = read_table(header_only)
    assert len(table) == 0 and list(table.frame.columns) == ["nik", "nama"]
    assert table.rows.dtype == np.int64 and len(table.rows) == 0

    blank = tmp_path / "blank.csv"
    blank.write_text("\n\n")
    with pytest.raises(ReadError) as info:
        read_table(blank)
    assert info.value.code == "empty"

    numbers = tmp_path / "angka.csv"
    numbers.write_text("1,2,3\n4,5,6\n")
    with pytest.raises(ReadError) as info:
        read_table(numbers)
    assert info.value.code == "no_header"


def _layout_files():
    # Missing shared data must fail the suite, not skip it.
    assert LAYOUTS.is_dir(), f"shared layouts folder missing: {LAYOUTS}"
    files = sorted(LAYOUTS.glob("*.csv"))
    assert len(files) >= 7, "expected the seven real register layouts"
    return files


def test_real_register_layouts_read_as_empty_tables():
    for path in _layout_files():
        with open(path, newline="", encoding="utf-8-sig") as handle:
            expected = [name.strip() for name in next(csv.reader(handle))]
        table = read_table(path)
        assert len(table) == 0, path.name
        assert list(table.frame.columns) == expected, path.name
        assert table.header_row == 1 and table.delimiter == ","


# --------------------------------------------------------------------- XLSX


def _p3ke_workbook(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Ringkasan"  # an empty first sheet: the reader must pass it by
    ws2 = wb.create_sheet("Data Keluarga")
    ws2["A1"] = "DATA PENSASARAN PERCEPATAN PENGHAPUSAN KEMISKINAN EKSTREM (P3KE)"
    ws2.merge_cells("A1:F1")
    ws2["A2"] = "KEMENKO PMK"
    ws2.merge_cells("A2:F2")
    ws2["A4"] = "Provinsi"
    ws2["C4"] = "KEPULAUAN BANGKA BELITUNG"
    ws2["A5"] = "Kabupaten/Kota"
    ws2["C5"] = "BANGKA"
    ws2["A7"] = 2025
    ws2["A9"] = "Rahasia: data pribadi"
    ws2.merge_cells("A9:C10")
    ws2["A12"] = "Dicetak"
    ws2["B12"] = dt.datetime(2025, 3, 1, 8, 30)
    header = [
        "ID Keluarga P3KE",
        "Kode Kemdagri",
        "Desil Kesejahteraan",
        "Nama",
        "NIK",
        " Tanggal Lahir ",
    ]
    for j, name in enumerate(header, 1):
        ws2.cell(row=13, column=j, value=name)
    rows = {
        14: ["P3KE-001", "1901032001", 1, "Budi", "0012345678901234", dt.datetime(1985, 5, 1)],
        16: ["P3KE-002", "1901011001", 2, "Siti", 3201011504890001, dt.datetime(1990, 1, 2)],
        17: ["P3KE-003", "1971011001", 4, None, "1901034105850002", None],
    }
    for r, values in rows.items():
        for j, value in enumerate(values, 1):
            ws2.cell(row=r, column=j, value=value)
    ws2.cell(row=18, column=1, value="P3KE-004")
    ws2.cell(row=18, column=5, value=3201011504890002)
    wb.save(path)
    # Excel stores such a number in scientific notation: make the file say so,
    # as openpyxl would write the integer digits.
    _rewrite_xml(
        path,
        "xl/worksheets/sheet2.xml",
        b"<v>3201011504890002</v>",
        b"<v>3.201011504890002E+15</v>",
    )


def _rewrite_xml(path, member, old, new):
    with zipfile.ZipFile(path) as src:
        items = [(info, src.read(info)) for info in src.infolist()]
    assert any(info.filename == member and old in data for info, data in items)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info, data in items:
            dst.writestr(info, data.replace(old, new) if info.filename == member else data)


def test_xlsx_title_rows_merged_cells_and_numeric_nik(tmp_path):
    path = tmp_path / "p3ke.xlsx"
    _p3ke_workbook(path)

    table = read_table(path)

    assert table.format == "xlsx" and table.layer == "Data Keluarga"
    assert table.header_row == 13
    assert list(table.frame.columns) == [
        "ID Keluarga P3KE",
        "Kode Kemdagri",
        "Desil Kesejahteraan",
        "Nama",
        "NIK",
        "Tanggal Lahir",
    ]
    assert table.rows.tolist() == [14, 16, 17, 18]  # row 15 is empty and skipped
    nik = table.frame["NIK"].tolist()
    assert nik[0] == "0012345678901234"
    # Numbers stay the numbers openpyxl delivers, never digits formatted by us:
    # the validator must still see that the cell was not text.
    assert type(nik[1]) is int and nik[1] == 3201011504890001
    assert type(nik[3]) is float and nik[3] == 3.201011504890002e15
    assert table.frame["Kode Kemdagri"].tolist()[:3] == ["1901032001", "1901011001", "1971011001"]
    assert table.frame["Desil Kesejahteraan"].tolist()[:3] == [1, 2, 4]
    assert table.frame["Tanggal Lahir"].tolist()[:2] == ["1985-05-01", "1990-01-02"]
    assert pd.isna(table.frame["Nama"].tolist()[2])
    assert table.frame["ID Keluarga P3KE"].dtype == "str"
    assert table.x is None


def test_xlsx_sheet_choice(tmp_path):
    path = tmp_path / "p3ke.xlsx"
    _p3ke_workbook(path)
    assert read_table(path, sheet="Data Keluarga").header_row == 13
    with pytest.raises(ReadError) as info:
        read_table(path, sheet="Tidak Ada")
    assert info.value.code == "no_layer"
    assert info.value.layers == ["Ringkasan", "Data Keluarga"]
    with pytest.raises(ReadError) as info:
        read_table(path, sheet="Ringkasan")
    assert info.value.code == "empty"
    assert [name for name, _, _ in list_layers(path)] == ["Ringkasan", "Data Keluarga"]


# ------------------------------------------------------- progress and cancel


@pytest.mark.parametrize("suffix", [".gpkg", ".csv", ".xlsx", ".parquet"])
def test_cancel_raises_cancelled(tmp_path, suffix):
    path = tmp_path / f"data{suffix}"
    if suffix == ".csv":
        path.write_text("nik,nama\n1,a\n")
    elif suffix == ".xlsx":
        _p3ke_workbook(path)
    elif suffix == ".parquet":
        _households().to_parquet(path)
    else:
        _households().to_file(path, engine="pyogrio")
    with pytest.raises(Cancelled):
        read_table(path, cancelled=lambda: True)


def test_cancel_during_a_long_read(tmp_path):
    path = tmp_path / "besar.csv"
    n = 50_000
    body = "\n".join(f"{i:016d},nama {i}" for i in range(n))
    path.write_text("nik,nama\n" + body)
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3  # let it start, then stop it mid-parse

    with pytest.raises(Cancelled):
        read_table(path, cancelled=cancelled)


def test_progress_reports_fractions_up_to_one(tmp_path):
    path = tmp_path / "data.gpkg"
    _households().to_file(path, engine="pyogrio")
    seen = []
    read_table(path, progress=lambda f, msg: seen.append((f, msg)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions)
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert all(isinstance(msg, str) for _, msg in seen)


# ------------------------------------------------------- real boundary data


def test_real_babel_villages():
    assert BABEL.is_file(), f"shared boundary file missing: {BABEL}"
    table = read_table(BABEL, "desa")
    assert len(table) == 391
    assert table.crs == "EPSG:4326"
    assert "kode_desa" in table.frame.columns
    assert np.isfinite(table.x).all() and np.isfinite(table.y).all()
    assert ((table.x > 105) & (table.x < 109)).all()
    assert ((table.y > -4) & (table.y < -1)).all()
    assert any(n.code == "representative_point" for n in table.notes)
    # The representative point lies inside its own village polygon.
    polygons = gpd.read_file(BABEL, layer="desa", engine="pyogrio").geometry.to_numpy()
    assert shapely.contains_xy(polygons, table.x, table.y).all()
    layers = {name: (gtype, count) for name, gtype, count in list_layers(BABEL)}
    assert layers["desa"][1] == 391 and layers["kecamatan"][1] == 47
    with pytest.raises(ReadError) as info:
        read_table(BABEL)
    assert info.value.code == "choose_layer"


@pytest.mark.parametrize("batch", [1, 4, 1000])
def test_points_of_every_batch_land_on_their_rows(tmp_path, monkeypatch, batch):
    """Batches of points only, of no geometry, and mixed, written in place."""
    monkeypatch.setattr("gis.io.read_vector._BATCH_SIZE", batch)
    rng = np.random.default_rng(9)
    n = 23
    geoms = shapely.points(rng.uniform(105, 109, n), rng.uniform(-4, -1, n)).astype(object)
    geoms[4:12] = None  # two whole batches of 4 without a point
    geoms[15] = shapely.Point()
    geoms[20] = shapely.box(105, -3, 106, -2)
    frame = gpd.GeoDataFrame(
        {"nama": [f"RT {i}" for i in range(n)]}, geometry=list(geoms), crs="EPSG:4326"
    )
    path = tmp_path / "campur.gpkg"
    frame.to_file(path)
    table = read_table(path)
    for i, g in enumerate(geoms):
        if g is None or g.is_empty:
            assert np.isnan(table.x[i]) and np.isnan(table.y[i])
        elif g.geom_type == "Point":
            assert (table.x[i], table.y[i]) == (g.x, g.y)
        else:
            assert shapely.contains_xy(g, table.x[i], table.y[i])
    assert len(table.x) == n


def test_arrow_text_keeps_the_strings_and_their_values(tmp_path):
    values = ["Ya", None, "  spasi ", "", "José Núñez", "3201011504890001"]
    frame = gpd.GeoDataFrame(
        {"teks": values, "angka": range(6)},
        geometry=[shapely.Point(106, -2)] * 6,
        crs="EPSG:4326",
    )
    path = tmp_path / "teks.gpkg"
    frame.to_file(path)
    plain = read_table(path).frame
    arrow = read_table(path, arrow_text=True).frame
    assert isinstance(arrow["teks"].dtype, pd.ArrowDtype)
    assert arrow["angka"].dtype == plain["angka"].dtype
    assert [None if pd.isna(v) else v for v in arrow["teks"]] == [
        None if pd.isna(v) else v for v in plain["teks"]
    ]
