"""Village assignment and approximate placement, checked independently.

The real Bangka Belitung boundaries overlap and leave gaps (README defect
3). The expected village of every point is computed here with geopandas
(sjoin, and sjoin_nearest for gaps) and the same stated rule, then compared
exactly with the product's vectorised assignment.
"""

import geopandas as gpd
import numpy as np
import pytest
import shapely

from gis.model.placement import GAP_TOLERANCE_DEG, assign_by_point, place_approximately


def _random_points(v, n, seed):
    rng = np.random.default_rng(seed)
    minx, miny, maxx, maxy = v.province_bounds(0)
    # half near village boundaries (where slivers and gaps are), half anywhere
    b = v.geoms[v.has_polygon]
    edge = shapely.get_coordinates(shapely.boundary(b))
    pick = edge[rng.integers(0, len(edge), n // 2)] + rng.normal(0, 0.0015, (n // 2, 2))
    anywhere = np.c_[rng.uniform(minx, maxx, n - n // 2), rng.uniform(miny, maxy, n - n // 2)]
    # and one point inside each real overlap between two villages
    geoms = v.geoms[v.has_polygon]
    tree = shapely.STRtree(geoms)
    a, b = tree.query(geoms, predicate="overlaps")
    keep = a < b
    inter = shapely.intersection(geoms[a[keep]], geoms[b[keep]])
    inter = inter[shapely.area(inter) > 1e-9]
    ov = shapely.get_coordinates(shapely.point_on_surface(inter))
    pts = np.vstack([pick, anywhere, ov])
    return pts[:, 0], pts[:, 1]


def _expected(v, x, y):
    desa = gpd.GeoDataFrame(
        {"vid": np.arange(len(v))[v.has_polygon], "code": v.codes[v.has_polygon]},
        geometry=list(v.geoms[v.has_polygon]),
        crs=4326,
    )
    rep = desa.geometry.representative_point()
    desa["rx"], desa["ry"] = rep.x, rep.y
    pts = gpd.GeoDataFrame({"pid": np.arange(len(x))}, geometry=gpd.points_from_xy(x, y), crs=4326)
    j = gpd.sjoin(pts, desa, predicate="within", how="inner")
    j["d"] = (j.geometry.x - j["rx"]) ** 2 + (j.geometry.y - j["ry"]) ** 2
    j = j.sort_values(["pid", "d", "code"])
    first = j.drop_duplicates("pid")
    expected = np.full(len(x), -1)
    expected[first["pid"].to_numpy()] = first["vid"].to_numpy()
    multi = j.groupby("pid").size()
    overlap = np.zeros(len(x), bool)
    overlap[multi[multi > 1].index.to_numpy()] = True
    gap_pts = pts[expected < 0]
    near = gpd.sjoin_nearest(gap_pts, desa, max_distance=GAP_TOLERANCE_DEG, how="inner")
    near = near.sort_values(["pid", "code"]).drop_duplicates("pid")
    expected[near["pid"].to_numpy()] = near["vid"].to_numpy()
    return expected, overlap


@pytest.mark.filterwarnings(
    "ignore:Geometry is in a geographic CRS"
)  # the rule's tolerance is in degrees too
def test_assignment_matches_independent_sjoin_on_real_boundaries(babel_villages):
    v = babel_villages
    x, y = _random_points(v, 20_000, seed=1)
    got, overlap, gap = assign_by_point(v, x, y)
    expected, exp_overlap = _expected(v, x, y)
    assert overlap.sum() > 50, "the sample must exercise real overlaps"
    assert gap.sum() > 50, "the sample must exercise real gaps"
    np.testing.assert_array_equal(overlap, exp_overlap)
    np.testing.assert_array_equal(got, expected)


def test_assignment_is_deterministic_and_order_free(babel_villages):
    x, y = _random_points(babel_villages, 5000, seed=2)
    a, _, _ = assign_by_point(babel_villages, x, y)
    perm = np.random.default_rng(3).permutation(len(x))
    b, _, _ = assign_by_point(babel_villages, x[perm], y[perm])
    np.testing.assert_array_equal(a[perm], b)


def test_approximate_points_inside_their_village_and_stable(babel_villages):
    v = babel_villages
    village = np.repeat(np.arange(len(v)), 7).astype(np.int32)
    x, y = place_approximately(v, village)
    assert not np.isnan(x).any()
    inside = shapely.contains_xy(v.geoms[village], x, y)
    assert inside.all()
    # the k-th household of a village keeps its point when other villages change
    x2, y2 = place_approximately(v, village[7:])
    np.testing.assert_array_equal(x[7:], x2)
    # points spread, not piled on one spot
    assert len(np.unique(np.c_[x, y], axis=0)) == len(x)


def test_village_without_polygon_is_placed_in_its_kecamatan(babel_villages):
    ext = babel_villages.with_extra_villages(["1905011008"], ["Keranggan"])
    i = ext.lookup(["1905011008"])[0]
    x, y = place_approximately(ext, np.array([i, i, i], dtype=np.int32))
    kec = ext.kecamatan_geometry(int(ext.kec_index[i]))
    assert shapely.contains_xy(kec, x, y).all()


def test_placing_on_two_threads_gives_the_same_points(babel_villages, monkeypatch):
    import gis.model.placement as placement

    rng = np.random.default_rng(5)
    v = babel_villages
    village = rng.integers(-1, len(v), 3000)
    monkeypatch.setattr(placement, "_SPLIT_FROM", 10**9)
    one = place_approximately(v, village)
    monkeypatch.setattr(placement, "_SPLIT_FROM", 0)
    two = place_approximately(v, village)
    assert np.array_equal(one[0], two[0], equal_nan=True)
    assert np.array_equal(one[1], two[1], equal_nan=True)
