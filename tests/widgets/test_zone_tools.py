"""Zone tools driven with real mouse and key events on the canvas."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gis.maps import raster
from gis.model.aggregate import tally
from gis.model.edits import AddZone
from gis.model.importer import load_households
from gis.model.psks import load_psks
from gis.model.villages import read_villages
from gis.model.workspace import Dataset, Workspace
from gis.model.zones import Zone
from widgets.base.undo import UndoStack
from widgets.map.canvas import MapCanvas
from widgets.map.zone_tools import TOOLS, ZoneTools, tool_texts

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier


@pytest.fixture(scope="module")
def dataset(demo_paths):
    villages = read_villages(demo_paths.villages)
    table, report = load_households(demo_paths.households, villages)
    psks, _ = load_psks(demo_paths.psks, table.villages)
    return Dataset(table.villages, table, psks, report, synthetic=True)


@pytest.fixture
def setup(qtbot, dataset):
    ws = Workspace(dataset)
    canvas = MapCanvas(ws)
    qtbot.addWidget(canvas)
    canvas.resize(800, 600)
    canvas.show()
    qtbot.waitExposed(canvas)
    stack = UndoStack(ws, canvas)
    tools = ZoneTools(canvas, stack, canvas)
    # a view around the largest village, a few km across
    v = largest_village(ws)
    canvas.zoom_to_unit(ws.villages.codes[v])
    canvas.flush()
    return ws, canvas, stack, tools


def largest_village(ws) -> int:
    idx = np.flatnonzero(ws.villages.has_polygon)
    return int(idx[np.argmax(shapely.area(ws.villages.geoms[idx]))])


def centre(canvas):
    x0, y0, x1, y1 = canvas.view_bounds()
    return (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0), (y1 - y0)


def click(canvas, lon, lat, button=LEFT):
    QTest.mouseClick(canvas.viewport, button, NO_MOD, canvas.viewport_pos(lon, lat))


def drag(canvas, start, end, steps=6):
    a = canvas.viewport_pos(*start)
    b = canvas.viewport_pos(*end)
    QTest.mousePress(canvas.viewport, LEFT, NO_MOD, a)
    for k in range(1, steps + 1):
        QTest.mouseMove(canvas.viewport, a + (b - a) * (k / steps))
    QTest.mouseRelease(canvas.viewport, LEFT, NO_MOD, b)


def filtered_inside(ws, geom) -> int:
    hh = ws.households
    return int((shapely.contains_xy(geom, hh.x, hh.y) & ws.mask).sum())


def test_actions_are_indonesian_exclusive_and_switch_the_mouse_mode(setup):
    ws, canvas, stack, tools = setup
    actions = tools.actions()
    texts = [a.text() for a in actions]
    assert texts[: len(TOOLS)] == [tool_texts()[k][0] for k in TOOLS]
    assert "Ganti nama zona..." in texts and "Hapus zona" in texts
    assert tools.active == "geser" and canvas.tool is None
    tools.action("poligon").trigger()
    assert tools.active == "poligon" and canvas.tool is tools.tool("poligon")
    assert not tools.action("geser").isChecked()
    tools.action("geser").trigger()
    assert canvas.tool is None
    assert not tools.action("hapus").isEnabled()  # no zone yet


def test_draw_a_polygon_with_clicks_and_a_double_click(setup, qtbot):
    ws, canvas, stack, tools = setup
    cx, cy, w, h = centre(canvas)
    corners = [
        (cx - w * 0.3, cy - h * 0.3),
        (cx + w * 0.3, cy - h * 0.25),
        (cx + w * 0.25, cy + h * 0.3),
        (cx - w * 0.3, cy + h * 0.2),
    ]
    tools.activate("poligon")
    for lon, lat in corners[:-1]:
        click(canvas, lon, lat)
    assert ws.zones == []  # nothing until the polygon is finished
    with qtbot.waitSignal(ws.sig_zones_changed):
        QTest.mouseDClick(canvas.viewport, LEFT, NO_MOD, canvas.viewport_pos(*corners[-1]))
    assert len(ws.zones) == 1 and stack.count() == 1
    zone = ws.zones[0]
    assert zone.name == "Zona 1" and ws.current_zone == zone.zone_id
    coords = shapely.get_coordinates(zone.geometry.exterior)[:-1]
    assert len(coords) == 4  # the double click's own press added no extra corner
    px_w, px_h = canvas.pixel_size()
    for (lon, lat), (x, y) in zip(corners, coords):
        assert abs(lon - x) <= 1.5 * px_w and abs(lat - y) <= 1.5 * px_h
    # the tally follows the drawn zone
    inside = filtered_inside(ws, zone.geometry)
    assert inside > 0
    mask = ws.zone_mask(zone) & ws.mask
    assert tally(ws.households, mask).households == inside
    label = canvas.zone_items(zone.zone_id)[1].toPlainText()
    assert label.startswith("Zona 1\n")


def test_enter_finishes_escape_cancels_backspace_takes_back(setup):
    ws, canvas, stack, tools = setup
    cx, cy, w, h = centre(canvas)
    tools.activate("poligon")
    for dx, dy in ((-0.2, -0.2), (0.2, -0.2), (0.0, 0.2)):
        click(canvas, cx + dx * w, cy + dy * h)
    QTest.keyClick(canvas.plot_widget, Qt.Key.Key_Escape)
    QTest.keyClick(canvas.plot_widget, Qt.Key.Key_Return)
    assert ws.zones == []  # cancelled: nothing left to finish
    for dx, dy in ((-0.2, -0.2), (0.2, -0.2), (0.3, 0.3), (0.0, 0.2)):
        click(canvas, cx + dx * w, cy + dy * h)
    QTest.keyClick(canvas.plot_widget, Qt.Key.Key_Backspace)
    QTest.keyClick(canvas.plot_widget, Qt.Key.Key_Return)
    assert len(ws.zones) == 1
    assert len(shapely.get_coordinates(ws.zones[0].geometry.exterior)) == 4  # triangle, closed


def test_drawing_does_not_pan_the_map(setup):
    ws, canvas, stack, tools = setup
    before = canvas.view_bounds()
    cx, cy, w, h = centre(canvas)
    tools.activate("persegi")
    drag(canvas, (cx - 0.2 * w, cy + 0.2 * h), (cx + 0.1 * w, cy - 0.1 * h))
    assert canvas.view_bounds() == pytest.approx(before)
    zone = ws.zones[0]
    minx, miny, maxx, maxy = zone.geometry.bounds
    px_w, px_h = canvas.pixel_size()
    assert minx == pytest.approx(cx - 0.2 * w, abs=1.5 * px_w)
    assert maxy == pytest.approx(cy + 0.2 * h, abs=1.5 * px_h)
    assert maxx == pytest.approx(cx + 0.1 * w, abs=1.5 * px_w)
    assert miny == pytest.approx(cy - 0.1 * h, abs=1.5 * px_h)


def test_circle_radius_in_km(setup, qtbot):
    ws, canvas, stack, tools = setup
    cx, cy, w, h = centre(canvas)
    radius_km = 1.0
    edge = (cx + radius_km / raster.km_per_degree_lon(cy), cy)
    tools.activate("lingkaran")
    messages = []
    tools.sig_message.connect(messages.append)
    drag(canvas, (cx, cy), edge)
    km_per_px = canvas.pixel_size()[0] * raster.km_per_degree_lon(cy)
    assert tools.last_radius_km == pytest.approx(radius_km, abs=2 * km_per_px)
    assert any(m.startswith("Jari-jari 1,0") or m.startswith("Jari-jari 0,9") for m in messages)
    zone = ws.zones[0]
    # area on the ground: pi r^2 (64-gon), measured in a local km frame
    coords = shapely.get_coordinates(zone.geometry)
    km = np.c_[
        (coords[:, 0] - cx) * raster.km_per_degree_lon(cy),
        (coords[:, 1] - cy) * raster.KM_PER_DEG_LAT,
    ]
    area = shapely.Polygon(km).area
    r = tools.last_radius_km
    assert area == pytest.approx(math.pi * r * r, rel=0.01)
    assert "lingkaran jari-jari" in " ".join(messages)


def test_pick_villages_adds_and_removes_them(setup, qtbot):
    ws, canvas, stack, tools = setup
    canvas.zoom_full()
    canvas.flush()
    v = ws.villages
    idx = np.flatnonzero(v.has_polygon)
    order = idx[np.argsort(shapely.area(v.geoms[idx]))[::-1]]
    a, b = int(order[0]), int(order[1])
    pa = shapely.point_on_surface(v.geoms[a])
    pb = shapely.point_on_surface(v.geoms[b])
    tools.activate("pilih_desa")
    click(canvas, pa.x, pa.y)
    click(canvas, pb.x, pb.y)
    assert len(ws.zones) == 1
    zone = ws.zones[0]
    assert zone.kind == "villages" and zone.villages == (v.codes[a], v.codes[b])
    expected = int((np.isin(ws.households.village, [a, b]) & ws.mask).sum())
    assert int((ws.zone_mask(zone) & ws.mask).sum()) == expected
    click(canvas, pa.x, pa.y)
    assert ws.zones[0].villages == (v.codes[b],)
    QTest.keyClick(canvas.plot_widget, Qt.Key.Key_Return)
    click(canvas, pa.x, pa.y)
    assert [z.villages for z in ws.zones] == [(v.codes[b],), (v.codes[a],)]
    assert stack.count() == 4
    stack.undo()
    stack.undo()
    assert ws.zones[0].villages == (v.codes[a], v.codes[b])


def test_pick_a_kecamatan(setup):
    ws, canvas, stack, tools = setup
    v = ws.villages
    a = largest_village(ws)
    p = shapely.point_on_surface(v.geoms[a])
    tools.activate("pilih_kecamatan")
    click(canvas, p.x, p.y)
    zone = ws.zones[0]
    kec = v.kec_index[a]
    assert set(zone.villages) == set(v.codes[v.kec_index == kec])
    assert zone.name == f"Kec. {v.kec_names[kec]}"


def handle_positions(tool):
    return tool.handle_points()


def test_dragging_a_vertex_previews_live_and_ends_in_one_edit(setup, qtbot):
    ws, canvas, stack, tools = setup
    cx, cy, w, h = centre(canvas)
    square = shapely.Polygon(
        [
            (cx - 0.2 * w, cy - 0.2 * h),
            (cx + 0.2 * w, cy - 0.2 * h),
            (cx + 0.2 * w, cy + 0.2 * h),
            (cx - 0.2 * w, cy + 0.2 * h),
        ]
    )
    tools.add_zone(geometry=square)
    zone_id = ws.zones[0].zone_id
    tools.activate("ubah_titik")
    tool = tools.tool("ubah_titik")
    assert tool.roi is not None and len(tool.roi.getHandles()) == 4
    start = handle_positions(tool)[2]
    target = (cx + 0.3 * w, cy + 0.35 * h)
    a = canvas.viewport_pos(*start)
    b = canvas.viewport_pos(*target)
    count = stack.count()
    path_item = canvas.zone_items(zone_id)[0]
    before_rect = path_item.path().boundingRect()
    QTest.mousePress(canvas.viewport, LEFT, NO_MOD, a)
    for k in range(1, 9):
        QTest.qWait(15)  # pyqtgraph drops mouse moves closer than 10 ms apart
        QTest.mouseMove(canvas.viewport, a + (b - a) * (k / 8))
    # live preview: the drawn zone grew, the model has not changed yet
    assert path_item.path().boundingRect().right() > before_rect.right()
    assert ws.zone(zone_id).geometry.equals(square)
    assert stack.count() == count
    QTest.mouseRelease(canvas.viewport, LEFT, NO_MOD, b)
    assert stack.count() == count + 1
    assert stack.undoText().startswith("Ubah zona")
    moved = shapely.get_coordinates(ws.zone(zone_id).geometry.exterior)[2]
    px_w, px_h = canvas.pixel_size()
    assert moved[0] == pytest.approx(target[0], abs=2 * px_w)
    assert moved[1] == pytest.approx(target[1], abs=2 * px_h)
    # undo puts the zone and the handles back
    stack.undo()
    assert ws.zone(zone_id).geometry.equals(square)
    back = handle_positions(tool)[2]
    assert back == pytest.approx(start)


def test_edit_tool_picks_the_zone_clicked(setup):
    ws, canvas, stack, tools = setup
    cx, cy, w, h = centre(canvas)
    left = shapely.box(cx - 0.4 * w, cy - 0.1 * h, cx - 0.2 * w, cy + 0.1 * h)
    right = shapely.box(cx + 0.2 * w, cy - 0.1 * h, cx + 0.4 * w, cy + 0.1 * h)
    tools.add_zone(geometry=left)
    tools.add_zone(geometry=right)
    ws.set_current_zone(None)
    tools.activate("ubah_titik")
    assert tools.tool("ubah_titik").roi is None
    click(canvas, cx - 0.3 * w, cy)
    assert ws.current_zone == ws.zones[0].zone_id
    assert tools.tool("ubah_titik").zone_id == ws.zones[0].zone_id


def test_move_a_zone(setup):
    ws, canvas, stack, tools = setup
    cx, cy, w, h = centre(canvas)
    box = shapely.box(cx - 0.1 * w, cy - 0.1 * h, cx + 0.1 * w, cy + 0.1 * h)
    tools.add_zone(geometry=box)
    tools.activate("pindah")
    drag(canvas, (cx, cy), (cx + 0.2 * w, cy - 0.1 * h))
    moved = ws.zones[0].geometry
    px_w, px_h = canvas.pixel_size()
    assert moved.centroid.x == pytest.approx(cx + 0.2 * w, abs=1.5 * px_w)
    assert moved.centroid.y == pytest.approx(cy - 0.1 * h, abs=1.5 * px_h)
    assert moved.area == pytest.approx(box.area)
    stack.undo()
    assert ws.zones[0].geometry.equals(box)


def test_rename_and_delete(setup, monkeypatch):
    ws, canvas, stack, tools = setup
    AddZone(Zone("zona-1", "Zona 1", shapely.box(112, -4, 112.1, -3.9))).apply(ws)
    ws.set_current_zone("zona-1")
    assert tools.action("ganti_nama").isEnabled() and tools.action("hapus").isEnabled()
    monkeypatch.setattr(
        "widgets.map.zone_tools.QInputDialog.getText", lambda *a, **k: ("Pesisir Utara", True)
    )
    tools.action("ganti_nama").trigger()
    assert ws.zones[0].name == "Pesisir Utara" and ws.zones[0].zone_id == "zona-1"
    assert not tools.rename_zone("zona-1", "   ")
    tools.action("hapus").trigger()
    assert ws.zones == []
    assert not tools.action("hapus").isEnabled()
    stack.undo()
    assert ws.zones[0].name == "Pesisir Utara"
    stack.undo()
    assert ws.zones[0].name == "Zona 1"


def test_select_tool_selects_households(setup):
    ws, canvas, stack, tools = setup
    cx, cy, w, h = centre(canvas)
    tools.activate("pilih_rt")
    drag(canvas, (cx - 0.3 * w, cy + 0.3 * h), (cx + 0.3 * w, cy - 0.3 * h))
    assert ws.selection is not None and len(ws.selection) > 0
    hh = ws.households
    assert ws.mask[ws.selection].all()
    assert (np.abs(hh.x[ws.selection] - cx) <= 0.31 * w).all()


def test_undo_redo_of_drawn_zones(setup):
    ws, canvas, stack, tools = setup
    cx, cy, w, h = centre(canvas)
    tools.activate("persegi")
    drag(canvas, (cx - 0.3 * w, cy - 0.3 * h), (cx - 0.1 * w, cy - 0.1 * h))
    drag(canvas, (cx + 0.1 * w, cy + 0.1 * h), (cx + 0.3 * w, cy + 0.3 * h))
    first, second = ws.zones
    stack.undo()
    assert ws.zones == [first]
    stack.undo()
    assert ws.zones == []
    assert canvas.zone_items(first.zone_id) is None
    stack.redo()
    stack.redo()
    assert ws.zones == [first, second]
    assert canvas.zone_items(second.zone_id) is not None


def test_tools_need_the_canvas_workspace(qtbot, dataset):
    canvas = MapCanvas(Workspace(dataset))
    qtbot.addWidget(canvas)
    with pytest.raises(ValueError):
        ZoneTools(canvas, UndoStack(Workspace()))


def test_wheel_still_zooms_while_drawing(setup):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    ws, canvas, stack, tools = setup
    tools.activate("poligon")
    before = canvas.view_bounds()
    pos = QPointF(400, 300)
    event = QWheelEvent(
        pos,
        canvas.viewport.mapToGlobal(pos),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        NO_MOD,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas.viewport, event)
    after = canvas.view_bounds()
    assert after[2] - after[0] < before[2] - before[0]
