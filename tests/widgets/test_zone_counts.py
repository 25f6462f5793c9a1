"""Zone counts and place counts as the planner reads them: zone list, scenario panel, step 1.

The numbers are checked against plain numpy on the workspace; the words
against the numbers (formatted as the interface formats them).
"""

from __future__ import annotations

import csv

import numpy as np
import pytest
import shapely
from PySide6.QtCore import Qt

from gis.io.report import place_counts
from gis.model.edits import AddZone
from gis.model.workspace import Dataset, Workspace
from gis.model.zones import Zone, circle_zone
from widgets.base.fmt import num, pct
from widgets.base.gis_text import gis_text
from widgets.base.undo import UndoStack
from widgets.panels.data_summary import DataSummary, places_html
from widgets.panels.import_dialog import ImportDialog
from widgets.panels.zone_list import ZoneList

pytest_plugins = ["tests.widgets.scenario_helpers"]


def _overlapping(ws, radius_km: float) -> None:
    """A kecamatan's villages and a circle on its centre: they overlap."""
    v = ws.villages
    kec = v.kec_codes[0]
    members = np.flatnonzero(v.codes.astype("U6") == kec)
    AddZone(Zone("zona-1", "Kecamatan pertama", villages=tuple(v.codes[members]))).apply(ws)
    b = v.bounds[members]
    lon, lat = float(np.nanmean(b[:, [0, 2]])), float(np.nanmean(b[:, [1, 3]]))
    AddZone(circle_zone("zona-2", "Lingkaran", lon, lat, radius_km)).apply(ws)


def _item_lines(panel: ZoneList, zone_id: str) -> list[str]:
    for i in range(panel.tree.topLevelItemCount()):
        item = panel.tree.topLevelItem(i)
        if item.data(0, Qt.ItemDataRole.UserRole) == zone_id:
            return item.text(1).split("\n")
    raise KeyError(zone_id)


@pytest.mark.parametrize("radius_km", [4.0, 8.0, 15.0])
def test_zone_list_shows_the_overlap_and_explains_the_total(qtbot, ws, radius_km):
    _overlapping(ws, radius_km)
    panel = ZoneList(ws)
    qtbot.addWidget(panel)
    t = ws.households
    masks = [ws.zone_mask(z) & ws.mask for z in ws.zones]
    cover = np.sum(masks, axis=0)
    for z, m in zip(ws.zones, masks):
        lines = _item_lines(panel, z.zone_id)
        own, approx = int((m & ~t.approx).sum()), int((m & t.approx).sum())
        # own coordinates lead; the approximate ones are their own number
        assert lines[0] == f"berkoordinat: {num(own)} · letak perkiraan: {num(approx)}"
        shared = int((m & (cover > 1)).sum())
        assert shared > 0
        assert any(f"dihitung di zona lain: {num(shared)}" in line for line in lines)
    zone_sum = int(sum(m.sum() for m in masks))
    distinct = int((cover > 0).sum())
    assert zone_sum != distinct
    text = panel.total_label.text()
    assert panel.total_label.isVisibleTo(panel)
    assert f"{num(zone_sum)} RT − {num(zone_sum - distinct)} hitungan ganda" in text
    assert f"= {num(distinct)} RT berbeda" in text


def test_zone_list_says_how_many_approximate_households_a_rectangle_splits(qtbot, ws):
    t = ws.households
    v = ws.villages
    approx_per_village = np.bincount(t.village[t.approx & ws.mask], minlength=len(v))
    panel = ZoneList(ws)
    qtbot.addWidget(panel)
    geoms = v.geoms
    for k, vi in enumerate(np.flatnonzero(approx_per_village >= 15)[:3]):
        minx, miny, maxx, maxy = v.bounds[vi]
        rect = shapely.box(minx - 1e-4, miny - 1e-4, (minx + maxx) / 2, maxy + 1e-4)
        zid = f"persegi-{k}"
        AddZone(Zone(zid, f"Persegi {k}", rect)).apply(ws)
        panel.refresh()
        area = shapely.area(geoms)
        share = shapely.area(shapely.intersection(geoms, rect)) / np.where(area > 0, area, 1)
        split = np.flatnonzero((share > 1e-3) & (share < 1 - 1e-3))
        assert vi in split
        soft = np.isin(t.village, split) & t.approx & ws.mask
        n_villages = len(np.unique(t.village[soft]))
        lines = _item_lines(panel, zid)
        assert f"membelah {num(int(soft.sum()))} RT perkiraan di {num(n_villages)} desa" in lines
        inside = ws.zone_mask(ws.zone(zid)) & ws.mask
        assert lines[0] == (
            f"berkoordinat: {num(int((inside & ~t.approx).sum()))} · "
            f"letak perkiraan: {num(int((inside & t.approx).sum()))}"
        )


def test_scenario_panel_shows_approximate_reach_and_the_zone_total(qtbot, demo_ws, tmp_path):
    from widgets.scenario.scenario_panel import ScenarioPanel

    panel = ScenarioPanel(
        demo_ws, UndoStack(demo_ws), recovery_folder=tmp_path / "pemulihan", autosave_minutes=0
    )
    qtbot.addWidget(panel)
    _overlapping(demo_ws, 8.0)
    assert panel.wait(30) and not panel.busy
    s = panel.allocation.summary
    table = panel.zone_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    col = headers.index("perkiraan")
    for r, z in enumerate(s["by_zone"]):
        assert table.item(r, col).text() == num(z["reached_approximate"])
        assert z["own_coordinates"] + z["approximate"] == z["households_in_zone"]
    tot = s["zones_total"]
    assert tot["zone_sum"] != tot["distinct"]
    text = panel.zone_total.text()
    assert f"{num(tot['zone_sum'])} RT − {num(tot['counted_again'])} hitungan ganda" in text
    assert f"= {num(tot['distinct'])} RT berbeda" in text


def _register(path, codes, unknown: int, with_coords: int, ws) -> None:
    """Households on the demo villages: some with coordinates, some with unknown codes."""
    v = ws.villages
    pts = shapely.point_on_surface(v.geoms[: len(codes)])
    rows = [["ID Keluarga", "Kode Desa", "Desil", "Jumlah Anggota", "Lintang", "Bujur"]]
    n = 24
    for i in range(n):
        code = codes[i % len(codes)]
        lat = lon = ""
        if i < unknown:
            code = f"31710110{i:02d}"  # a Jakarta village: not in the province
        elif i < unknown + with_coords:
            p = pts[i % len(codes)]
            lat, lon = f"{p.y:.6f}", f"{p.x:.6f}"
        rows.append([f"K-{i:03d}", code, str(1 + i % 10), "3", lat, lon])
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)


@pytest.mark.parametrize("unknown, with_coords", [(1, 0), (3, 5), (7, 10)])
def test_step1_and_import_report_say_the_same_with_unknown_codes(
    qtbot, ws, tmp_path, unknown, with_coords
):
    codes = [str(c) for c in ws.villages.codes[:4]]
    path = tmp_path / "register.csv"
    _register(path, codes, unknown, with_coords, ws)
    dialog = ImportDialog(ws, "households")
    qtbot.addWidget(dialog)
    dialog.load_file(str(path))
    qtbot.waitUntil(lambda: dialog.raw is not None, timeout=10_000)
    dialog.run_import()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    table, report = dialog.result
    places = report.places
    assert places == place_counts(table.x, table.approx)
    assert places.unplaced == unknown == sum(report.unknown_village_codes.values())
    assert places.own == with_coords
    assert places.own + places.approximate + places.unplaced == report.households == 24
    # step 1 on the same data
    data = Dataset(villages=table.villages, households=table, household_report=report)
    summary = DataSummary(Workspace(data))
    qtbot.addWidget(summary)
    report_text = dialog.report_view.toHtml()
    for label, n in places.rows():
        line = f"{num(n)} ({pct(n, places.total)}) {gis_text(label)}"
        assert line in summary.text
        assert line in report_text
    assert places_html(places) in summary.text
    # no more "without coordinates, placed approximately" for households that were not placed
    assert "ditempatkan perkiraan" not in summary.text


def test_drawing_a_rectangle_across_a_village_says_what_it_split(qtbot, ws):
    from gis.numbers import format_number
    from widgets.map.canvas import MapCanvas
    from widgets.map.zone_tools import ZoneTools

    canvas = MapCanvas(ws)
    qtbot.addWidget(canvas)
    tools = ZoneTools(canvas, UndoStack(ws, canvas), canvas)
    messages = []
    tools.sig_message.connect(messages.append)
    t, v = ws.households, ws.villages
    per_village = np.bincount(t.village[t.approx & ws.mask], minlength=len(v))
    for vi in np.flatnonzero(per_village >= 15)[:3]:
        minx, miny, maxx, maxy = v.bounds[vi]
        rect = shapely.box(minx - 1e-4, miny - 1e-4, (minx + maxx) / 2, maxy + 1e-4)
        zone = tools.add_zone(rect)
        sel = ws.zone_mask(zone) & ws.mask
        own, approx = int((sel & ~t.approx).sum()), int((sel & t.approx).sum())
        text = messages[-1]
        assert (
            f"{format_number(own + approx)} rumah tangga terfilter ({format_number(own)} "
            f"berkoordinat sendiri, {format_number(approx)} letak perkiraan)" in text
        )
        area = shapely.area(v.geoms)
        share = shapely.area(shapely.intersection(v.geoms, rect)) / np.where(area > 0, area, 1)
        split = np.flatnonzero((share > 1e-3) & (share < 1 - 1e-3))
        soft = np.isin(t.village, split) & t.approx & ws.mask
        n_v = len(np.unique(t.village[soft]))
        assert (
            f"Zona membelah {format_number(int(soft.sum()))} RT perkiraan di "
            f"{format_number(n_v)} desa." in text
        )
