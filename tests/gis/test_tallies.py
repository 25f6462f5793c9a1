"""Filters, zones and tallies, checked against an independent computation.

Households are generated on the real Bangka Belitung boundaries: some with
a village code only, some with coordinates only. Expected tallies are
computed here with pandas and geopandas (sjoin), not with the product's
bincount machinery, and must match exactly.
"""

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from gis.model.aggregate import by_unit, tally
from gis.model.filters import PRESETS, HouseholdFilter, unit_mask
from gis.model.importer import load_households
from gis.model.zones import Zone, ZoneMasks, circle_zone


@pytest.fixture(scope="module")
def register(tmp_path_factory, babel_villages):
    rng = np.random.default_rng(11)
    v = babel_villages
    n = 6000
    vid = rng.integers(0, len(v), n)
    rep = shapely.point_on_surface(v.geoms[vid])
    coded = rng.random(n) < 0.6
    desil = rng.integers(1, 11, n)
    members = rng.integers(1, 8, n)
    pkh = rng.random(n) < 0.3
    sembako = rng.random(n) < 0.3
    ppks = np.where(rng.random(n) < 0.2, "24;9", np.where(rng.random(n) < 0.1, "8", ""))
    df = pd.DataFrame(
        {
            "id_keluarga": [f"H{i:05d}" for i in range(n)],
            "kode_desa": np.where(coded, v.codes[vid], None),
            "desil": desil,
            "jumlah_anggota": members,
            "ppks": ppks,
            "penerima_pkh": np.where(pkh, "Ya", "Tidak"),
            "penerima_sembako": np.where(sembako, "Ya", "Tidak"),
        }
    )
    geom = [None if c else p for c, p in zip(coded, rep)]
    gdf = gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geom, crs=4326))
    path = tmp_path_factory.mktemp("reg") / "rt.gpkg"
    gdf.to_file(path, layer="rumah_tangga", engine="pyogrio")
    table, report = load_households(path, v)
    return gdf, table


def _expected_village_codes(gdf, babel_gpkg):
    desa = gpd.read_file(babel_gpkg, layer="desa")[["kode_desa", "geometry"]]
    pts = gdf[gdf["kode_desa"].isna()]
    j = gpd.sjoin(pts, desa, predicate="within", how="left")
    # representative points lie in exactly one village unless slivers overlap: take the code order
    j = j.sort_values("kode_desa_right").groupby(level=0).first()
    codes = gdf["kode_desa"].copy()
    codes.loc[j.index] = j["kode_desa_right"]
    return codes


def test_by_kecamatan_matches_pandas_groupby(register, babel_gpkg):
    gdf, table = register
    codes = _expected_village_codes(gdf, babel_gpkg)
    assert codes.notna().all()
    sel = gdf["desil"] <= 4
    expected = gdf[sel].assign(kec=codes[sel].str[:6]).groupby("kec").size()
    units = by_unit(table, "kecamatan", HouseholdFilter(desil=(1, 2, 3, 4)).mask(table))
    got = pd.Series(units.households, index=units.codes)
    got = got[got > 0]
    pd.testing.assert_series_equal(
        got.sort_index(), expected.sort_index(), check_names=False, check_dtype=False
    )
    persons = gdf[sel].assign(kab=codes[sel].str[:4]).groupby("kab")["jumlah_anggota"].sum()
    kab = by_unit(table, "kabupaten", HouseholdFilter(desil=(1, 2, 3, 4)).mask(table))
    assert dict(zip(kab.codes, kab.persons)) == {k: int(p) for k, p in persons.items()}


def test_filters_match_hand_counts(register):
    gdf, table = register
    pkh = gdf["penerima_pkh"] == "Ya"
    semb = gdf["penerima_sembako"] == "Ya"
    d = gdf["desil"]
    assert PRESETS["exclusion_error"].mask(table).sum() == ((d <= 2) & ~pkh & ~semb).sum()
    assert PRESETS["inclusion_error"].mask(table).sum() == ((d >= 7) & (pkh | semb)).sum()
    f = HouseholdFilter(desil=(1, 2, 3), ppks_any=(9,), lacks_all=("PKH",))
    assert f.mask(table).sum() == ((d <= 3) & gdf["ppks"].str.contains("9") & ~pkh).sum()
    t = tally(table, HouseholdFilter(desil=()).mask(table))
    assert t.households == len(gdf)
    assert t.persons == gdf["jumlah_anggota"].sum()
    assert t.by_ppks[24] == (gdf["ppks"] == "24;9").sum()
    assert t.by_ppks[8] == (gdf["ppks"] == "8").sum()
    assert t.programs["PKH"] == pkh.sum()
    assert t.receives_nothing == (~pkh & ~semb).sum()


def test_unit_filter_by_code_prefix(register):
    _, table = register
    m = unit_mask(table, ["19.71"])
    assert m.sum() > 0
    assert all(table.villages.codes[table.village[m]].astype("U4") == "1971")


def test_zone_tally_matches_geopandas_within(register):
    gdf, table = register
    zone = circle_zone("z1", "Pangkalpinang 15 km", 106.11, -2.13, 15)
    mask = ZoneMasks(table).mask(zone)
    pts = gpd.GeoDataFrame(geometry=gpd.points_from_xy(table.x, table.y), crs=4326)
    expected = pts.within(zone.geometry).to_numpy()
    np.testing.assert_array_equal(mask, expected)
    t = tally(table, mask)
    assert t.own_coordinates + t.approximate == t.households == expected.sum()
    own = expected & ~table.approx
    assert t.own_coordinates == own.sum() and t.approximate > 0 and t.own_coordinates > 0


def test_village_set_zone(register):
    _, table = register
    codes = list(table.villages.codes[:5])
    m = ZoneMasks(table).mask(Zone("z2", "Lima desa", None, tuple(codes)))
    assert m.sum() == np.isin(table.village, np.arange(5)).sum()


def test_circle_radius_is_true_on_the_ground():
    from pyproj import Geod

    z = circle_zone("c", "c", 106.1, -2.1, 5.0)
    lon, lat = np.asarray(z.geometry.exterior.coords).T
    _, _, dist = Geod(ellps="WGS84").inv(
        np.full(len(lon), 106.1), np.full(len(lon), -2.1), lon, lat
    )
    assert np.allclose(dist, 5000, rtol=0.01)
