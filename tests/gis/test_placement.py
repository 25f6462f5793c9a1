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


def _placed_as_first_written(villages, village, max_rounds=200):
    """The placement rule as first written (one point at a time, boxes per
    point, ``%`` for the fraction): the faster code must give the same bits."""
    import zlib

    from gis.model.placement import _A1, _A2, _A3, placement_geometries

    n = len(village)
    x, y = np.full(n, np.nan), np.full(n, np.nan)
    geoms = placement_geometries(villages)
    has_geom = np.array([g is not None for g in geoms], dtype=bool)
    todo = np.flatnonzero((village >= 0) & has_geom[np.maximum(village, 0)])
    order = todo[np.argsort(village[todo], kind="stable")]
    vid = village[order]
    starts = np.r_[0, np.flatnonzero(vid[1:] != vid[:-1]) + 1]
    counts = np.diff(np.r_[starts, len(order)])
    k = (np.arange(len(order)) - np.repeat(starts, counts)).astype(np.float64)
    step = np.repeat(counts, counts).astype(np.float64)
    offsets = np.array([zlib.crc32(c.encode()) / 2**32 for c in villages.codes])
    parts, pv = shapely.get_parts(np.where(has_geom, geoms, None), return_index=True)
    area = shapely.area(parts)
    po = np.lexsort((np.arange(len(parts)), pv))
    parts, pv, area = parts[po], pv[po], area[po]
    varea = np.bincount(pv, weights=area, minlength=len(villages))
    share = area / np.maximum(varea[pv], 1e-300)
    cum = np.cumsum(share) - np.repeat(
        np.r_[0, np.cumsum(np.bincount(pv, weights=share, minlength=len(villages)))[:-1]],
        np.bincount(pv, minlength=len(villages)),
    )
    cum_key = pv + np.minimum(cum, 1.0)
    pb = shapely.bounds(parts)
    pending = np.arange(len(order))
    for _ in range(max_rounds):
        kk, vv = k[pending], vid[pending]
        off = offsets[vv]
        r = (off * 0.3819 + (kk + 1) * _A3) % 1.0
        part = np.minimum(np.searchsorted(cum_key, vv + r, side="right"), len(parts) - 1)
        part = np.where(pv[part] == vv, part, np.searchsorted(pv, vv))
        u = (off + (kk + 1) * _A1) % 1.0
        w = (off * 0.618 + (kk + 1) * _A2) % 1.0
        b = pb[part]
        px = b[:, 0] + u * (b[:, 2] - b[:, 0])
        py = b[:, 1] + w * (b[:, 3] - b[:, 1])
        inside = shapely.contains_xy(parts[part], px, py)
        x[order[pending[inside]]], y[order[pending[inside]]] = px[inside], py[inside]
        pending = pending[~inside]
        if not len(pending):
            break
        k[pending] += step[pending]
    rep = shapely.point_on_surface(geoms[vid[pending]])
    x[order[pending]], y[order[pending]] = shapely.get_x(rep), shapely.get_y(rep)
    return x, y


def test_points_are_the_rule_as_first_written_bit_for_bit(babel_villages, monkeypatch):
    # Babel's villages include islands of several parts and slivers
    rng = np.random.default_rng(21)
    village = rng.integers(-1, len(babel_villages), 60_000).astype(np.int32)
    ex, ey = _placed_as_first_written(babel_villages, village)
    for split, block in ((10**9, 65_536), (1, 65_536), (1, 997), (10**9, 4_096)):
        monkeypatch.setattr("gis.model.placement._SPLIT_FROM", split)
        monkeypatch.setattr("gis.model.placement._BLOCK", block)
        x, y = place_approximately(babel_villages, village)
        assert np.array_equal(x, ex, equal_nan=True) and np.array_equal(y, ey, equal_nan=True)
