"""Household points drawn into a picture of the view: pixel probes, no Qt."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely

from gis.maps import raster
from gis.model.zones import circle_zone

VIEW = raster.View(112.0, -4.0, 113.0, -3.0, 200, 100)


def rgba(color, alpha=255):
    return np.array(raster.hex_to_rgba(color, alpha), dtype=np.uint8)


def draw(x, y, desil, approx=None, **kw):
    x = np.asarray(x, dtype=float)
    approx = np.zeros(len(x), dtype=bool) if approx is None else np.asarray(approx)
    keys = raster.point_keys(np.asarray(desil), approx)
    kw.setdefault("point_size", 1)
    kw.setdefault("halo", False)
    return raster.render_points(VIEW, x, np.asarray(y, dtype=float), keys, **kw)


def test_pixel_of_a_known_point():
    # 0.005 deg per pixel east-west, 0.01 north-south; row 0 is the north edge
    col, row = VIEW.pixel_of(112.0123, -3.0251)
    assert (int(col), int(row)) == (2, 2)
    lon, lat = VIEW.to_lonlat(2.5, 2.5)
    assert lon == pytest.approx(112.0125)
    assert lat == pytest.approx(-3.025)


def test_point_lands_on_its_pixel_in_its_desil_colour():
    img = draw([112.0123], [-3.0251], [1])
    assert img.shape == (100, 200, 4)
    assert (img[2, 2] == rgba(raster.DESIL_COLORS[1])).all()
    # nothing anywhere else
    assert int((img[..., 3] > 0).sum()) == 1


def test_every_desil_has_its_own_colour_and_missing_is_grey():
    lons = 112.0025 + 0.01 * np.arange(11)
    img = draw(lons, np.full(11, -3.5), np.arange(11))
    row = VIEW.pixel_of(112.0, -3.5)[1]
    seen = [tuple(img[row, int(VIEW.pixel_of(lon, -3.5)[0])]) for lon in lons]
    assert seen[0] == raster.hex_to_rgba(raster.DESIL_COLORS[0])
    assert len(set(seen)) == 11


def test_desil_ramp_gets_darker_towards_the_poorest():
    def lum(c):
        r, g, b, _ = raster.hex_to_rgba(c)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    lums = [lum(raster.DESIL_COLORS[d]) for d in range(1, 11)]
    assert all(a < b for a, b in zip(lums, lums[1:]))


def test_approximate_points_are_paler_and_translucent():
    img = draw([112.5001, 112.6001], [-3.5, -3.5], [2, 2], approx=[False, True])
    r = VIEW.pixel_of(112.5, -3.5)[1]
    measured = img[r, int(VIEW.pixel_of(112.5001, -3.5)[0])]
    approx = img[r, int(VIEW.pixel_of(112.6001, -3.5)[0])]
    assert (measured == rgba(raster.DESIL_COLORS[2])).all()
    assert (approx == rgba(raster.lighten(raster.DESIL_COLORS[2]), raster.APPROX_ALPHA)).all()
    assert approx[:3].astype(int).sum() > measured[:3].astype(int).sum()


def test_on_a_shared_pixel_measured_and_poorer_win():
    lon, lat = 112.3001, -3.3001
    col, row = (int(v) for v in VIEW.pixel_of(lon, lat))
    # a rich measured point, a poor approximate one and a poor measured one
    img = draw([lon] * 3, [lat] * 3, [9, 1, 3], approx=[False, True, False])
    assert (img[row, col] == rgba(raster.DESIL_COLORS[3])).all()
    img = draw([lon] * 2, [lat] * 2, [9, 1], approx=[False, True])
    assert (img[row, col] == rgba(raster.DESIL_COLORS[9])).all()


def test_filtered_out_unplaced_and_outside_points_are_not_drawn():
    x = [112.5, np.nan, 111.9, 112.5]
    y = [-3.5, -3.5, -3.5, -3.4]
    img = draw(x, y, [1, 1, 1, 2], mask=np.array([False, True, True, True]))
    drawn = np.argwhere(img[..., 3] > 0)
    assert len(drawn) == 1
    col, row = VIEW.pixel_of(112.5, -3.4)
    assert tuple(drawn[0]) == (int(row), int(col))


def test_points_get_a_light_halo_and_a_size():
    lon, lat = 112.5001, -3.5001
    col, row = (int(v) for v in VIEW.pixel_of(lon, lat))
    img = draw([lon], [lat], [1], point_size=3, halo=True)
    assert (img[row - 1 : row + 2, col - 1 : col + 2] == rgba(raster.DESIL_COLORS[1])).all()
    assert tuple(img[row, col + 2]) == raster.HALO_COLOR
    assert img[row, col + 3, 3] == 0


def test_selected_points_are_marked_on_top():
    lon, lat = 112.4001, -3.6001
    col, row = (int(v) for v in VIEW.pixel_of(lon, lat))
    img = draw([lon, lon], [lat, lat], [1, 5], selected=np.array([1]))
    assert (img[row, col] == rgba(raster.SELECTION_COLOR)).all()
    # a dark rim just outside the marked square
    rim = img[row - 3 : row + 4, col - 3 : col + 4].reshape(-1, 4)
    assert (rim == rgba(raster.SELECTION_RIM)).all(axis=1).any()
    # a selected household the filter hides stays hidden
    img = draw([lon], [lat], [1], selected=np.array([0]), mask=np.array([False]))
    assert img[..., 3].max() == 0


def test_fit_keeps_a_kilometre_as_long_east_as_north():
    bounds = (105.0, -60.0, 106.0, -59.0)  # far south, where the correction is large
    view = raster.View.fit(bounds, 800, 600)
    km_x = view.px_w * raster.km_per_degree_lon(view.center[1])
    km_y = view.px_h * raster.KM_PER_DEG_LAT
    assert km_x == pytest.approx(km_y, rel=1e-9)
    assert view.x0 <= 105.0 and view.x1 >= 106.0 and view.y0 <= -60.0 and view.y1 >= -59.0
    # one side fits tightly
    assert view.x1 - view.x0 == pytest.approx(1.0) or view.y1 - view.y0 == pytest.approx(1.0)


def test_a_circle_zone_is_round_on_the_fitted_view():
    zone = circle_zone("z", "z", 112.5, -3.5, 10.0)
    view = raster.View.fit(zone.geometry.bounds, 400, 400)
    coords = shapely.get_coordinates(zone.geometry)
    col, row = view.to_pixel(coords[:, 0], coords[:, 1])
    assert np.ptp(col) == pytest.approx(np.ptp(row), rel=1e-3)
    assert raster.distance_km(112.5, -3.5, coords[0, 0], coords[0, 1]) == pytest.approx(
        10.0, rel=1e-3
    )


def test_scale_bar_lengths_and_km_per_pixel():
    assert raster.nice_length(7.3) == 5
    assert raster.nice_length(23) == 20
    assert raster.nice_length(1.0) == 1
    assert raster.nice_length(0.37) == pytest.approx(0.2)
    view = raster.View(112.0, -3.5, 113.0, -3.0, 100, 50)
    assert view.km_per_pixel == pytest.approx(0.01 * 111.320 * math.cos(math.radians(-3.25)))


def test_a_million_points_render_to_the_view_size():
    rng = np.random.default_rng(1)
    n = 1_000_000
    x = rng.uniform(112.0, 113.0, n)
    y = rng.uniform(-4.0, -3.0, n)
    keys = raster.point_keys(rng.integers(0, 11, n), rng.random(n) < 0.5)
    view = raster.View(112.0, -4.0, 113.0, -3.0, 1600, 1000)
    img = raster.render_points(view, x, y, keys, mask=rng.random(n) < 0.4)
    assert img.shape == (1000, 1600, 4) and img.dtype == np.uint8
    assert (img[..., 3] > 0).mean() > 0.2
