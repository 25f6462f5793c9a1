"""The grid's zone mask equals shapely.contains_xy on every point."""

import numpy as np
import pytest
import shapely

from gis.model.point_grid import PointGrid


def _points(rng, n):
    x = rng.normal(106.0, 0.5, n)
    y = rng.normal(-2.5, 0.3, n)
    # points on a lattice: many exactly on cell and polygon edges
    k = n // 4
    x[:k] = np.round(x[:k], 1)
    y[:k] = np.round(y[:k], 1)
    x[k : k + 50] = np.nan  # households with no point at all
    y[k + 50 : k + 60] = np.nan
    x[k + 60 : k + 160] = 106.0  # a stack of identical points
    y[k + 60 : k + 160] = -2.5
    return x, y


def _polygons():
    ang = np.linspace(0, 2 * np.pi, 50, endpoint=False)
    r = 0.4 * (1 + 0.3 * np.sin(5 * ang))
    star = shapely.Polygon(np.c_[106.0 + r * np.cos(ang), -2.5 + r * np.sin(ang)])
    square = shapely.box(105.8, -2.7, 106.2, -2.3)  # edges on the lattice
    holed = shapely.Polygon(
        [(105, -3.5), (107, -3.5), (107, -1.5), (105, -1.5)],
        [[(105.9, -2.6), (106.1, -2.6), (106.1, -2.4), (105.9, -2.4)]],
    )
    islands = shapely.MultiPolygon(
        [shapely.box(105.1, -3.1, 105.3, -2.9), shapely.box(106.6, -2.0, 106.9, -1.8)]
    )
    sliver = shapely.Polygon([(105.0, -2.5), (107.0, -2.5), (107.0, -2.4999)])
    whole = shapely.box(100, -10, 110, 5)
    nowhere = shapely.box(120, 10, 121, 11)
    tiny = shapely.Point(106.0, -2.5).buffer(1e-6)
    return [star, square, holed, islands, sliver, whole, nowhere, tiny]


@pytest.mark.parametrize("n", [0, 1, 7, 3_000, 60_000])
def test_grid_mask_equals_contains_xy(n):
    rng = np.random.default_rng(n)
    x, y = _points(rng, n) if n >= 200 else (rng.normal(106, 0.5, n), rng.normal(-2.5, 0.3, n))
    grid = PointGrid.build(x, y)
    for geom in _polygons():
        want = np.zeros(n, dtype=bool)
        ok = ~(np.isnan(x) | np.isnan(y))
        want[ok] = shapely.contains_xy(geom, x[ok], y[ok])
        got = grid.mask(geom, x, y, n)
        assert np.array_equal(got, want), geom.geom_type


def test_grid_of_points_on_one_line():
    x = np.full(500, 106.0)
    y = np.linspace(-3, -2, 500)
    grid = PointGrid.build(x, y)
    geom = shapely.box(105.5, -2.6, 106.5, -2.4)
    assert np.array_equal(grid.mask(geom, x, y, 500), shapely.contains_xy(geom, x, y))
