"""The village table on the real Bangka Belitung boundaries, defects included."""

import geopandas as gpd
import numpy as np
import pytest
import shapely

from gis.errors import BoundaryError, ReadError
from gis.model.villages import read_villages


def test_real_file_levels_and_names(babel_villages):
    v = babel_villages
    assert len(v) == 391
    assert len(v.kec_codes) == 47 and len(v.kab_codes) == 7
    assert "Kota Pangkal Pinang" in v.kab_names.tolist()
    assert "Kurau (Timur)" in v.names.tolist()
    # membership from the code prefix: Batu Rusa (19.01.03.2001) is in Merawang, Kabupaten Bangka
    i = v.lookup(["19.01.03.2001"])[0]
    assert v.names[i] == "Batu Rusa"
    assert v.kec_names[v.kec_index[i]] == "Merawang"
    assert v.kab_names[v.kab_index[i]] == "Kabupaten Bangka"


def test_invalid_kecamatan_and_kabupaten_shells_are_repaired_and_counted(babel_villages):
    # 11 kecamatan + 4 kabupaten polygons are invalid in the source (README defect 1)
    assert babel_villages.repaired == 15
    kec = babel_villages.kec_geoms
    assert all(g is None or g.is_valid for g in kec)


def test_membership_ignores_non_nesting_geometry(babel_gpkg, babel_villages):
    # README defect 2: five desa have their representative point outside their own kecamatan polygon
    desa = gpd.read_file(babel_gpkg, layer="desa")
    kec = gpd.read_file(babel_gpkg, layer="kecamatan")
    kec["geometry"] = kec.geometry.make_valid()
    pts = desa.set_geometry(desa.geometry.representative_point())
    joined = gpd.sjoin(pts, kec[["kode_kec", "geometry"]], predicate="within", how="left")
    mismatched = joined[joined["kode_kec_left"] != joined["kode_kec_right"]]["kode_desa"].unique()
    assert len(mismatched) >= 5
    idx = babel_villages.lookup(mismatched)
    # the table still puts each of them in the kecamatan of its code prefix
    for code, i in zip(mismatched, idx):
        assert babel_villages.kec_codes[babel_villages.kec_index[i]] == code[:6]


def test_codes_without_polygon_join_their_kecamatan(babel_villages):
    # README defect 4: Keranggan and Menjelang (Mentok) have no polygon
    ext = babel_villages.with_extra_villages(
        ["1905011008", "1905011009", "2999999999"], ["Keranggan", "Menjelang", "?"]
    )
    assert len(ext) == 393
    i = ext.lookup(["19.05.01.1008"])[0]
    assert i >= 391 and not ext.has_polygon[i]
    assert ext.kec_codes[ext.kec_index[i]] == "190501"
    assert ext.lookup(["2999999999"])[0] == -1


def test_boundary_errors(tmp_path):
    with pytest.raises(ReadError) as err:
        read_villages(tmp_path / "missing.gpkg")
    assert err.value.code == "not_found"
    gdf = gpd.GeoDataFrame({"nama": ["a"]}, geometry=[shapely.box(0, 0, 1, 1)], crs=4326)
    gdf.to_file(tmp_path / "nocode.gpkg", engine="pyogrio")
    with pytest.raises(BoundaryError) as err:
        read_villages(tmp_path / "nocode.gpkg")
    assert err.value.code == "no_code_column"
    (tmp_path / "junk.gpkg").write_bytes(np.random.default_rng(0).bytes(5000))
    with pytest.raises(ReadError):
        read_villages(tmp_path / "junk.gpkg")


def test_invalid_village_polygon_repaired_with_count(tmp_path):
    bowtie = shapely.Polygon([(106, -2), (106.1, -2.1), (106.1, -2), (106, -2.1)])
    ok = shapely.box(106.2, -2.1, 106.3, -2.0)
    gdf = gpd.GeoDataFrame(
        {"kode_desa": ["1901032001", "1901032002"], "nama_desa": ["A", "B"]},
        geometry=[bowtie, ok],
        crs=4326,
    )
    gdf.to_file(tmp_path / "v.shp", engine="pyogrio")
    v = read_villages(tmp_path / "v.shp")
    assert v.repaired == 1 and all(g.is_valid for g in v.geoms)


def test_reprojected_boundaries(tmp_path, babel_gpkg):
    desa = gpd.read_file(babel_gpkg, layer="desa").head(20).to_crs(32748)
    desa.to_file(tmp_path / "utm.gpkg", layer="desa", engine="pyogrio")
    v = read_villages(tmp_path / "utm.gpkg")
    minx, miny, maxx, maxy = v.province_bounds(0)
    assert 105 < minx < maxx < 109 and -4 < miny < maxy < -1
