"""The map canvas drawn offscreen: pixel probes at known places, real mouse events."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from gis.maps import classify, raster
from gis.model.edits import AddZone
from gis.model.filters import HouseholdFilter
from gis.model.workspace import Dataset, Workspace
from gis.model.zones import Zone
from widgets.map.canvas import MapCanvas
from widgets.map.layers import LAYERS

BACKGROUND = QColor("#eef3f6").rgb()
ONLY = ("koroplet", "batas_desa", "batas_kecamatan", "batas_kabupaten", "rumah_tangga", "psks")


@pytest.fixture(scope="module")
def dataset(demo_dataset):
    return demo_dataset


@pytest.fixture
def ws(dataset):
    return Workspace(dataset)


@pytest.fixture
def canvas(qtbot, ws):
    c = MapCanvas(ws)
    qtbot.addWidget(c)
    c.resize(800, 600)
    c.show()
    qtbot.waitExposed(c)
    c.zoom_full()
    c.flush()
    return c


def only(canvas, *names):
    """Show just these layers, fully opaque, without the legend."""
    for name in ONLY:
        canvas.set_layer_visible(name, name in names)
        canvas.set_layer_opacity(name, 1.0)
    canvas.set_legend_visible(False)


def color_at(img, canvas, lon, lat) -> QColor:
    return QColor(img.pixel(canvas.canvas_pos(lon, lat)))


def clear_of_overlay(canvas, lon, lat) -> bool:
    """Away from the north arrow, scale bar and "data sintetis" mark at the map's edges."""
    p = canvas.canvas_pos(lon, lat)
    return 60 < p.y() < canvas.height() - 60 and 0 <= p.x() < canvas.width()


def big_villages(ws, n=12):
    v = ws.villages
    idx = np.flatnonzero(v.has_polygon)
    return idx[np.argsort(shapely.area(v.geoms[idx]))[::-1][:n]]


def inner_point(geom):
    """A point well inside a polygon (not on a pixel shared with its outline)."""
    inner = geom.buffer(-0.01)
    return shapely.point_on_surface(inner if not inner.is_empty else geom)


def test_villages_are_filled_with_their_class_colour(canvas, ws):
    only(canvas, "koroplet")
    img = canvas.render_image()
    classes = canvas.classes
    assert classes is not None and classes.k >= 3
    probed = set()
    for v in big_villages(ws, 30):
        p = inner_point(ws.villages.geoms[v])
        if not clear_of_overlay(canvas, p.x, p.y):
            continue
        expected = QColor(classes.colors[classes.class_index[v]]).rgb()
        assert color_at(img, canvas, p.x, p.y).rgb() == expected, ws.villages.names[v]
        probed.add(int(classes.class_index[v]))
    assert len(probed) >= 3  # several classes, not one colour everywhere
    # the sea stays background
    minx, miny, maxx, maxy = ws.villages.province_bounds(margin=0.0)
    assert color_at(img, canvas, minx + 0.001, maxy - 0.001).rgb() == BACKGROUND


def test_villages_without_data_get_the_no_data_colour(canvas, ws):
    only(canvas, "koroplet")
    kec = str(ws.villages.codes[big_villages(ws, 1)[0]])[:6]
    ws.set_filter(HouseholdFilter(desil=(1, 2, 3, 4), units=(kec,)))
    img = canvas.render_image()
    classes = canvas.classes
    no_data = QColor(classify.no_data_color()).rgb()
    inside = outside = 0
    members = np.flatnonzero(ws.villages.codes.astype("U6") == kec)
    for v in np.unique(np.r_[big_villages(ws, 40), members]):
        if not ws.villages.has_polygon[v]:
            continue
        p = inner_point(ws.villages.geoms[v])
        if not clear_of_overlay(canvas, p.x, p.y):
            continue
        got = color_at(img, canvas, p.x, p.y).rgb()
        if ws.villages.codes[v].startswith(kec):
            assert got == QColor(classes.colors[classes.class_index[v]]).rgb()
            inside += 1
        else:
            assert classes.class_index[v] == -1
            assert got == no_data
            outside += 1
    assert outside > 0 and inside > 0
    legend = canvas.legend_entries()[0][1]
    assert legend[-1] == ("fill", classify.no_data_color(), "tidak ada data")


def test_household_picture_has_points_where_households_are(canvas, ws):
    only(canvas, "rumah_tangga")
    ws.set_filter(HouseholdFilter(desil=()))  # all 8,000: more than the symbol limit
    img = canvas.render_image()
    assert canvas.points_mode == "raster"
    hh = ws.households
    measured = {QColor(c).rgb() for c in raster.DESIL_COLORS}
    shown = [i for i in range(0, len(hh), 7) if clear_of_overlay(canvas, hh.x[i], hh.y[i])]
    assert len(shown) > 500
    for i in shown:
        got = color_at(img, canvas, hh.x[i], hh.y[i]).rgb()
        if hh.approx[i]:
            assert got != BACKGROUND
        else:
            assert got in measured
    # far from every household the picture is empty
    minx, miny, maxx, maxy = ws.villages.province_bounds(margin=0.0)
    assert color_at(img, canvas, minx + 0.001, maxy - 0.001).rgb() == BACKGROUND


def test_filter_change_redraws_the_points(canvas, ws):
    only(canvas, "rumah_tangga")
    ws.set_filter(HouseholdFilter(desil=()))
    canvas.flush()
    hh = ws.households
    lut = raster.key_colors()

    def count(img, desil):
        arr = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine())
        arr = arr[:, : img.width() * 4].reshape(img.height(), img.width(), 4)
        rgb = lut[12 - desil + 11][:3]  # measured key of this desil
        return int((arr[..., [2, 1, 0]] == rgb).all(axis=2).sum())

    argb = QImage.Format.Format_ARGB32
    img = canvas.render_image().convertToFormat(argb)
    assert count(img, 7) > 0
    ws.set_filter(HouseholdFilter(desil=(1, 2)))  # no flush: a filter change redraws at once
    img = canvas.grab().toImage().convertToFormat(argb)
    assert count(img, 7) == 0
    assert count(img, 1) > 0
    assert hh is ws.households


def test_zoomed_in_households_are_symbols_and_approximate_ones_hollow(canvas, ws):
    only(canvas, "rumah_tangga")
    v = big_villages(ws, 1)[0]
    canvas.zoom_to_unit(ws.villages.codes[v])
    img = canvas.render_image()
    assert canvas.points_mode == "symbols"
    hh = ws.households
    in_view = np.flatnonzero(raster.visible(canvas.current_view(), hh.x, hh.y, ws.mask))
    view = canvas.current_view()
    col, row = view.pixel_of(hh.x[in_view], hh.y[in_view])

    def isolated(i):
        others = np.hypot(col - col[i], row - row[i])
        return np.sort(others)[1] > 12

    checked = {True: 0, False: 0}
    for j, i in enumerate(in_view):
        if not isolated(j) or not clear_of_overlay(canvas, hh.x[i], hh.y[i]):
            continue
        p = canvas.viewport_posf(hh.x[i], hh.y[i])
        centre = QColor(img.pixel(QPoint(round(p.x()), round(p.y()))))
        if hh.approx[i]:
            assert centre.lightness() > 200  # hollow: a light centre
        else:
            assert centre.rgb() == QColor(raster.DESIL_COLORS[hh.desil[i]]).rgb()
        checked[bool(hh.approx[i])] += 1
    assert checked[True] > 0 and checked[False] > 0


def test_selection_is_highlighted(canvas, ws):
    only(canvas, "rumah_tangga")
    ws.set_filter(HouseholdFilter(desil=()))
    hh = ws.households
    i = next(i for i in np.flatnonzero(~hh.approx) if clear_of_overlay(canvas, hh.x[i], hh.y[i]))
    ws.set_selection(np.array([i]))
    img = canvas.render_image()
    assert color_at(img, canvas, hh.x[i], hh.y[i]).rgb() == QColor(raster.SELECTION_COLOR).rgb()


def test_the_map_is_not_stretched(canvas, ws):
    px_w, px_h = canvas.pixel_size()
    lat = canvas.current_view().center[1]
    # a kilometre is as many pixels east as north
    km_east = px_w * raster.km_per_degree_lon(lat)
    km_north = px_h * raster.KM_PER_DEG_LAT
    assert km_east == pytest.approx(km_north, rel=0.01)


def test_cursor_coordinates_follow_the_mouse(canvas, ws, qtbot):
    v = big_villages(ws, 1)[0]
    p = inner_point(ws.villages.geoms[v])
    with qtbot.waitSignal(canvas.sig_cursor_moved) as blocker:
        QTest.mouseMove(canvas.viewport, canvas.viewport_pos(p.x, p.y))
    lon, lat = blocker.args
    px_w, px_h = canvas.pixel_size()
    assert abs(lon - p.x) <= 1.5 * px_w and abs(lat - p.y) <= 1.5 * px_h


def test_clicking_identifies_village_psks_household_and_zone(canvas, ws, qtbot):
    only(canvas, "koroplet")
    v = big_villages(ws, 1)[0]
    p = inner_point(ws.villages.geoms[v])
    with qtbot.waitSignal(canvas.sig_identify) as blocker:
        qtbot.mouseClick(
            canvas.viewport, Qt.MouseButton.LeftButton, pos=canvas.viewport_pos(p.x, p.y)
        )
    assert blocker.args == ["village", int(v)]

    canvas.set_layer_visible("psks", True)
    ps = ws.psks
    k = int(np.flatnonzero(~np.isnan(ps.x))[0])
    canvas.zoom_to_bounds(ps.x[k] - 0.01, ps.y[k] - 0.01, ps.x[k] + 0.01, ps.y[k] + 0.01)
    canvas.flush()
    assert canvas.identify_at(ps.x[k], ps.y[k]) == ("psks", k)
    with qtbot.waitSignal(canvas.sig_identify) as blocker:
        qtbot.mouseClick(
            canvas.viewport, Qt.MouseButton.LeftButton, pos=canvas.viewport_pos(ps.x[k], ps.y[k])
        )
    assert blocker.args[0] == "psks"

    canvas.set_layer_visible("psks", False)
    canvas.set_layer_visible("rumah_tangga", True)
    hh = ws.households
    i = int(np.flatnonzero(ws.mask & ~np.isnan(hh.x))[3])
    canvas.zoom_to_bounds(hh.x[i] - 0.003, hh.y[i] - 0.003, hh.x[i] + 0.003, hh.y[i] + 0.003)
    canvas.flush()
    kind, index = canvas.identify_at(hh.x[i], hh.y[i])
    assert kind == "household"
    assert np.hypot(hh.x[index] - hh.x[i], hh.y[index] - hh.y[i]) < 1e-3

    zone = Zone("zona-1", "Uji", shapely.box(p.x - 0.05, p.y - 0.05, p.x + 0.05, p.y + 0.05))
    AddZone(zone).apply(ws)
    canvas.zoom_to_zone("zona-1")
    canvas.flush()
    with qtbot.waitSignal(canvas.sig_identify) as blocker:
        qtbot.mouseClick(
            canvas.viewport, Qt.MouseButton.LeftButton, pos=canvas.viewport_pos(p.x - 0.05, p.y)
        )
    assert blocker.args == ["zone", 0]
    assert ws.current_zone == "zona-1"


def test_shift_drag_selects_the_filtered_households_in_the_box(canvas, ws, qtbot):
    hh = ws.households
    v = big_villages(ws, 1)[0]
    minx, miny, maxx, maxy = ws.villages.geoms[v].bounds
    a = canvas.viewport_pos(minx, maxy)
    b = canvas.viewport_pos(maxx, miny)
    shift = Qt.KeyboardModifier.ShiftModifier
    with qtbot.waitSignal(ws.sig_selection_changed):
        QTest.mousePress(canvas.viewport, Qt.MouseButton.LeftButton, shift, a)
        QTest.mouseMove(canvas.viewport, (a + b) / 2)
        QTest.mouseMove(canvas.viewport, b)
        QTest.mouseRelease(canvas.viewport, Qt.MouseButton.LeftButton, shift, b)
    lon0, lat1 = canvas.lonlat_at(a)
    lon1, lat0 = canvas.lonlat_at(b)
    expected = np.flatnonzero(
        (hh.x >= lon0) & (hh.x <= lon1) & (hh.y >= lat0) & (hh.y <= lat1) & ws.mask
    )
    assert len(expected) > 0
    assert np.array_equal(np.sort(ws.selection), expected)
    # the view did not pan while selecting
    assert canvas.viewport_pos(minx, maxy) == a
    QTest.keyClick(canvas.plot_widget, Qt.Key.Key_Escape)
    assert ws.selection is None


def test_layers_can_be_hidden_faded_and_reordered(canvas, qtbot):
    names = [info.name for info in canvas.layers()]
    assert names == list(LAYERS)
    assert all(info.title for info in canvas.layers())
    with qtbot.waitSignal(canvas.sig_layers_changed):
        canvas.set_layer_visible("koroplet", False)
    assert not next(i for i in canvas.layers() if i.name == "koroplet").visible
    canvas.set_layer_opacity("koroplet", 0.4)
    assert next(i for i in canvas.layers() if i.name == "koroplet").opacity == pytest.approx(0.4)
    canvas.set_layer_visible("koroplet", True)
    fill = canvas._layers["koroplet"].items[0]
    assert fill.isVisible() and fill.opacity() == pytest.approx(0.4)
    z_before = fill.zValue()
    canvas.set_layer_order(["koroplet"])
    assert canvas.layers()[0].name == "koroplet"
    assert fill.zValue() > z_before
    assert fill.zValue() > canvas._layers["psks"].items[0].zValue()
    with pytest.raises(ValueError):
        canvas.set_layer_visible("sungai", True)


def test_indicator_and_classification_can_be_chosen(canvas, qtbot):
    with qtbot.waitSignal(canvas.sig_legend_changed):
        canvas.set_indicator("ppks_per_1000")
    canvas.set_classification("equal", 4, "viridis")
    classes = canvas.classes
    assert classes.method == "equal" and classes.k <= 4
    assert classes.colors == classify.palette("viridis", classes.k)
    title, rows = canvas.legend_entries()[0]
    assert title.startswith("PPKS per 1.000 RT")
    assert [r[2] for r in rows[:-1]] == classes.labels
    # the default filter keeps desil 1-4 only: the rate is per 1,000 of those, and says so
    assert canvas.layers()[-1].title == "Desa: PPKS per 1.000 RT terfilter (desil 1-4)"
    canvas.set_indicator(None)
    assert canvas.classes is None
    with pytest.raises(ValueError):
        canvas.set_indicator("bukan_indikator")
    with pytest.raises(ValueError):
        canvas.set_classification("acak", 5, "YlOrRd")


def test_zoom_to_unit_layer_and_selection(canvas, ws):
    kec = ws.villages.kec_codes[2]
    assert canvas.zoom_to_unit(f"{kec[:2]}.{kec[2:4]}.{kec[4:]}")
    b = ws.villages.bounds[ws.villages.codes.astype("U6") == kec]
    x0, y0, x1, y1 = canvas.view_bounds()
    assert x0 <= np.nanmin(b[:, 0]) and x1 >= np.nanmax(b[:, 2])
    assert y0 <= np.nanmin(b[:, 1]) and y1 >= np.nanmax(b[:, 3])
    assert (x1 - x0) < 3 * (np.nanmax(b[:, 2]) - np.nanmin(b[:, 0])) + 0.05
    assert not canvas.zoom_to_unit("12.34.56")
    hh = ws.households
    ws.set_selection(np.array([0, 1]))
    assert canvas.zoom_to_selection()
    x0, y0, x1, y1 = canvas.view_bounds()
    assert x0 <= hh.x[:2].min() <= x1 and y0 <= hh.y[:2].min() <= y1
    canvas.zoom_to_layer("psks")
    canvas.zoom_full()
    province = ws.villages.province_bounds(margin=0.0)
    x0, y0, x1, y1 = canvas.view_bounds()
    assert x0 <= province[0] and x1 >= province[2]


def test_zones_are_drawn_on_top_with_a_live_label(canvas, ws):
    only(canvas, "koroplet")
    canvas.set_layer_visible("zona", True)
    v = big_villages(ws, 1)[0]
    p = inner_point(ws.villages.geoms[v])
    geom = shapely.box(p.x - 0.03, p.y - 0.03, p.x + 0.03, p.y + 0.03)
    AddZone(Zone("zona-1", "Pesisir", geom)).apply(ws)
    path_item, label = canvas.zone_items("zona-1")
    inside = int((ws.zone_mask(ws.zone("zona-1")) & ws.mask).sum())
    assert label.toPlainText() == f"Pesisir\n{classify.format_number(inside)} RT"
    img = canvas.render_image()
    probe = color_at(img, canvas, p.x + 0.02, p.y + 0.02)
    under = QColor(canvas.classes.colors[canvas.classes.class_index[v]])
    assert probe.rgb() != under.rgb()  # tinted by the zone fill
    assert probe.blue() > under.blue()
    ws.set_filter(HouseholdFilter(desil=(1,)))
    inside = int((ws.zone_mask(ws.zone("zona-1")) & ws.mask).sum())
    assert (
        canvas.zone_items("zona-1")[1]
        .toPlainText()
        .endswith(f"{classify.format_number(inside)} RT")
    )


def test_demo_data_is_marked_synthetic(canvas, ws, dataset, qtbot):
    def badge_pixels(c):
        img = c.render_image()
        w, h = img.width(), img.height()
        red = QColor("#8a1c1c").rgb()
        return sum(
            1 for x in range(w - 420, w, 2) for y in range(h - 60, h, 2) if img.pixel(x, y) == red
        )

    assert badge_pixels(canvas) > 20
    other = MapCanvas(Workspace(Dataset(dataset.villages, dataset.households, dataset.psks)))
    qtbot.addWidget(other)
    other.resize(800, 600)
    other.show()
    other.zoom_full()
    assert badge_pixels(other) == 0


def test_scale_bar_labels():
    from widgets.map.overlays.scalebar import length_label as _length_label

    assert _length_label(0.5) == "500 m"
    assert _length_label(20) == "20 km"
    assert _length_label(2.5) == "2,5 km"


def test_canvas_without_data_says_so(qtbot):
    c = MapCanvas(Workspace())
    qtbot.addWidget(c)
    c.resize(400, 300)
    c.show()
    img = c.render_image()
    assert c.points_mode == "none"
    assert img.width() == 400


def test_closing_the_canvas_disconnects_it(qtbot, dataset):
    ws = Workspace(dataset)
    c = MapCanvas(ws)
    c.deleteLater()
    qtbot.wait(10)
    ws.set_filter(HouseholdFilter(desil=(1,)))  # must not reach the deleted canvas
    ws.set_selection(None)


def test_runs_on_its_own(tmp_path, qtbot):
    from widgets.map.canvas import main

    out = tmp_path / "peta.png"
    assert main(["--screenshot", str(out), "--size", "640x480"]) == 0
    from PySide6.QtGui import QImage

    img = QImage(str(out))
    assert img.width() == 640
    colours = {img.pixel(x, y) for x in range(0, 640, 16) for y in range(60, 480, 16)}
    assert len(colours) > 8


def test_too_many_psks_in_view_wait_for_a_closer_zoom(canvas, ws):
    canvas.PSKS_LIMIT = 50
    canvas.redraw()
    assert not canvas.layer("psks").scatter.isVisible()
    ps = ws.psks
    hidden = int(np.flatnonzero(~np.isnan(ps.x))[0])
    assert canvas.identify_at(ps.x[hidden], ps.y[hidden]) != ("psks", hidden)
    section = next(rows for title, rows in canvas.legend_entries() if title.startswith("PSKS"))
    assert section[0][0] == "note" and "perbesar peta" in section[0][2]
    k = int(np.flatnonzero(~np.isnan(ps.x))[0])
    canvas.zoom_to_bounds(ps.x[k] - 0.01, ps.y[k] - 0.01, ps.x[k] + 0.01, ps.y[k] + 0.01)
    canvas.flush()
    assert canvas.layer("psks").scatter.isVisible()


def test_a_packed_view_lets_the_choropleth_show_through(canvas, ws):
    canvas.DENSE_POINTS = 0.0001
    ws.set_filter(HouseholdFilter(desil=()))
    assert canvas.points_mode == "raster"
    image = canvas.layer("rumah_tangga").image
    assert image.isVisible() and image.opacity() < 1.0
    canvas.set_layer_opacity("rumah_tangga", 0.5)
    assert image.opacity() == pytest.approx(0.5 * image._opacity_factor)


def test_bench_rows(qtbot, dataset):
    from widgets.bench.map import bench_rows

    rows = bench_rows(dataset, repeat=1)
    assert [r["target"] for r in rows] == [100, 60, 50]  # the redraw: issue 11 at 1M or less
    assert all(r["value"] > 0 and r["lower_bound"] > 0 and r["unit"] == "ms" for r in rows)
    assert rows[0]["name"].startswith("filter -> peta")


def test_scale_bar_is_true_at_the_view_latitude(canvas, ws):
    v = big_villages(ws, 1)[0]
    canvas.zoom_to_unit(ws.villages.codes[v])
    km, px = canvas.scale_bar()
    assert km == raster.nice_length(km)  # a round 1, 2 or 5 x 10^k
    # walk px pixels east from the centre: the ground distance is km
    centre = canvas.viewport.rect().center()
    lon0, lat0 = canvas.lonlat_at(centre)
    lon1, lat1 = canvas.lonlat_at(centre + QPoint(round(px), 0))
    assert raster.distance_km(lon0, lat0, lon1, lat1) == pytest.approx(km, rel=0.01)
    # and it is drawn: a dark first quarter at the bottom left
    img = canvas.render_image()
    y = canvas.height() - 20
    assert QColor(img.pixel(14 + int(px / 8), y)).lightness() < 60
    assert QColor(img.pixel(14 + int(3 * px / 8), y)).lightness() > 200


def test_view_changes_are_announced_once_settled(canvas, ws, qtbot):
    seen = []
    canvas.sig_view_changed.connect(seen.append)
    v = big_villages(ws, 1)[0]
    canvas.zoom_to_unit(ws.villages.codes[v])
    assert seen == []  # still moving: the redraw waits for the view to settle
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=2000)
    assert seen[0] == pytest.approx(canvas.view_bounds())
    ws.set_filter(HouseholdFilter(desil=(1,)))  # a redraw without a move says nothing
    assert len(seen) == 1


@pytest.mark.parametrize("size", [(800, 600), (1100, 520), (520, 700)])
def test_whole_province_is_clear_of_the_legend(qtbot, ws, size):
    c = MapCanvas(ws)
    qtbot.addWidget(c)
    c.resize(*size)
    c.show()
    qtbot.waitExposed(c)
    c.zoom_full()
    c.flush()
    layout = c._legend_layout(c._viewport.rect())
    assert layout is not None
    (x0, x1), _ = c._vb.viewRange()
    legend_left = x1 - (layout.width + 10) / c._viewport.width() * (x1 - x0)
    minx, _miny, maxx, _maxy = ws.villages.province_bounds(margin=0.0)
    assert maxx < legend_left  # no island under the legend
    assert x0 < minx  # and none cut off on the left


def test_at_province_zoom_a_click_identifies_the_village(canvas, ws):
    """Zoomed out, tiny PSKS symbols and the household picture do not steal a village click."""
    ps, hh = ws.psks, ws.households
    located = np.flatnonzero(~np.isnan(ps.x))
    # a province as full as the real ones: more PSKS than distinct symbols allow,
    # more households than symbols (the picture is drawn)
    canvas.PSKS_TINY = len(located) // 2
    canvas.SYMBOL_LIMIT = 10
    for name in ONLY:
        canvas.set_layer_visible(name, True)
    canvas.zoom_full()
    canvas.flush()
    assert canvas.layer("psks").scatter.isVisible() and canvas.points_mode == "raster"
    for v in big_villages(ws, 25):
        p = inner_point(ws.villages.geoms[v])
        assert canvas.identify_at(p.x, p.y) == ("village", int(v))
    for k in located[:: max(1, len(located) // 40)]:
        v = canvas.village_at(ps.x[k], ps.y[k])
        assert canvas.identify_at(ps.x[k], ps.y[k]) == (("village", v) if v >= 0 else None)
    i = int(np.flatnonzero(ws.mask & ~np.isnan(hh.x))[0])
    v = canvas.village_at(hh.x[i], hh.y[i])
    assert canvas.identify_at(hh.x[i], hh.y[i]) == (("village", v) if v >= 0 else None)
    # zoomed in until the symbols are distinct, the same click picks the PSKS
    k = int(located[0])
    canvas.zoom_to_bounds(ps.x[k] - 0.01, ps.y[k] - 0.01, ps.x[k] + 0.01, ps.y[k] + 0.01)
    canvas.flush()
    assert canvas.identify_at(ps.x[k], ps.y[k]) == ("psks", k)
