"""Zone list, identify, charts, status bar, layer panel and data summary follow the workspace."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gis.model.edits import AddZone, SetFilter
from gis.model.filters import PRESETS
from gis.model.zones import Zone, circle_zone, psks_zone_mask
from widgets.base import files
from widgets.base.undo import UndoStack
from widgets.panels.charts import ChartsPanel
from widgets.panels.data_summary import DataSummary
from widgets.panels.identify import IdentifyPanel
from widgets.panels.layer_panel import LayerPanel
from widgets.panels.status_bar import StatusBar
from widgets.panels.zone_list import ZoneList, zone_tallies


@pytest.fixture
def zoned(ws):
    """Two overlapping zones: a kecamatan's villages and a circle on its centre."""
    v = ws.villages
    kec = v.kec_codes[0]
    members = np.flatnonzero(v.codes.astype("U6") == kec)
    AddZone(Zone("zona-1", "Kecamatan pertama", villages=tuple(v.codes[members]))).apply(ws)
    b = v.bounds[members]
    lon, lat = float(np.nanmean(b[:, [0, 2]])), float(np.nanmean(b[:, [1, 3]]))
    AddZone(circle_zone("zona-2", "Lingkaran", lon, lat, 8.0)).apply(ws)
    return ws


def test_zone_tallies_match_direct_counts(zoned):
    ws = zoned
    t = ws.households
    rows = zone_tallies(ws)
    assert [r.zone_id for r in rows] == ["zona-1", "zona-2"]
    m1, m2 = (ws.zone_mask(z) for z in ws.zones)
    sel = m1 & ws.mask
    r = rows[0]
    assert r.households == int(sel.sum())
    assert r.desil_1_4 == int((sel & np.isin(t.desil, (1, 2, 3, 4))).sum())
    assert r.persons == int(t.members[sel].sum())
    assert r.with_ppks == int((sel & (t.ppks != 0)).sum())
    assert r.receives_nothing == int((sel & (t.programs == 0)).sum())
    assert r.shared == int((sel & m2).sum()) > 0
    assert r.psks == int((psks_zone_mask(ws.zones[0], ws.psks) & ws.psks.is_psks).sum())
    SetFilter(PRESETS["all"]).apply(ws)
    assert zone_tallies(ws)[0].households == int(m1.sum())


def test_zone_list_renames_deletes_and_exports(qtbot, zoned, tmp_path, monkeypatch):
    ws = zoned
    undo = UndoStack(ws)
    panel = ZoneList(ws, undo)
    qtbot.addWidget(panel)
    assert panel.tree.topLevelItemCount() == 2
    item = panel.tree.topLevelItem(0)
    assert item.text(0) == "Kecamatan pertama"
    assert f"{zone_tallies(ws)[0].households}" in item.text(1).replace(".", "").replace(",", "")
    # picking a row makes it the current zone, and the other way round
    panel.tree.setCurrentItem(panel.tree.topLevelItem(1))
    assert ws.current_zone == "zona-2"
    ws.set_current_zone("zona-1")
    assert panel.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == "zona-1"
    # rename in place: one undoable edit
    item.setText(0, "Pesisir utara")
    qtbot.waitUntil(lambda: ws.zone("zona-1").name == "Pesisir utara", timeout=2000)
    undo.undo()
    assert ws.zone("zona-1").name == "Kecamatan pertama"
    # tallies follow the filter
    before = panel.tallies[0].households
    SetFilter(PRESETS["exclusion_error"]).apply(ws)
    qtbot.waitUntil(lambda: panel.tallies[0].households != before, timeout=2000)
    # export, and never overwrite unasked
    out = tmp_path / "zona.geojson"
    monkeypatch.setattr(files, "ask_save_path", lambda *a, **k: str(out))
    panel.export_dialog()
    doc = json.loads(out.read_text())
    assert [f["properties"]["name"] for f in doc["features"]] == ["Kecamatan pertama", "Lingkaran"]
    assert all(f["geometry"] for f in doc["features"])
    monkeypatch.setattr(files, "confirm_overwrite", lambda *a, **k: False)
    out.write_text("lama")
    panel.export_dialog()
    assert out.read_text() == "lama"
    # delete
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    panel.delete_current()
    assert [z.zone_id for z in ws.zones] == ["zona-2"]
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1, timeout=2000)
    undo.undo()
    assert len(ws.zones) == 2


def test_identify_village_household_and_psks(qtbot, ws, monkeypatch):
    panel = IdentifyPanel(ws)
    qtbot.addWidget(panel)
    t = ws.households
    busiest = int(np.argmax(np.bincount(t.village[t.village >= 0])))
    panel.identify(("village", busiest))
    text = panel.text
    assert str(ws.villages.names[busiest]) in text
    assert f"{int((t.village == busiest).sum())}" in text.replace(".", "").replace(",", "")
    hh = int(np.flatnonzero(t.nik != None)[0])  # noqa: E711
    panel.identify(("household", hh))
    assert str(t.hh_id[hh]) in panel.text
    assert str(t.nik[hh]) not in panel.text and str(t.name[hh]) not in panel.text
    assert "disamarkan" in panel.text
    ws.set_show_personal(True)
    assert str(t.nik[hh]) in panel.text
    ws.set_show_personal(False)
    panel.identify({"kind": "psks", "index": 0})
    assert "PSKS" in panel.text
    ws.set_selection(np.array([hh]))
    assert str(t.hh_id[hh]) in panel.text


def test_identify_follows_the_canvas_click_signal(qtbot, zoned):
    from widgets.map.canvas import MapCanvas

    ws = zoned
    canvas = MapCanvas(ws)
    qtbot.addWidget(canvas)
    panel = IdentifyPanel(ws, canvas)
    qtbot.addWidget(panel)
    canvas.sig_identify.emit("village", 3)
    assert str(ws.villages.names[3]) in panel.text
    canvas.sig_identify.emit("zone", 0)
    assert "Kecamatan pertama" in panel.text


def test_charts_follow_filter_and_zone(qtbot, zoned):
    ws = zoned
    charts = ChartsPanel(ws)
    qtbot.addWidget(charts)
    assert list(charts.desil_values) == ["Filter"]
    share = charts.desil_values["Filter"]
    assert share[4:].sum() == 0 and share.sum() == pytest.approx(100)
    ws.set_current_zone("zona-1")
    qtbot.waitUntil(lambda: len(charts.desil_values) == 2, timeout=2000)
    zone_share = charts.desil_values["Kecamatan pertama"]
    t = ws.households
    sel = ws.zone_mask(ws.zones[0]) & ws.mask
    expected = 100 * np.bincount(t.desil[sel], minlength=11)[1:11] / sel.sum()
    assert np.allclose(zone_share, expected)
    pkh = t.program_keys.index("PKH")
    cover = charts.program_values["Filter"][pkh]
    assert cover == pytest.approx(100 * ((t.programs[ws.mask] & 1) != 0).mean())


def test_status_bar_says_synthetic_and_privacy(qtbot, ws):
    bar = StatusBar(ws)
    qtbot.addWidget(bar)
    assert bar.synthetic_label.text() == "DATA SINTETIS"
    assert bar.privacy_label.text() == "Data pribadi disamarkan"
    ws.set_show_personal(True)
    assert "PERINGATAN" in bar.privacy_label.text() and "27/2022" in bar.privacy_label.text()
    n = int(ws.mask.sum())
    assert str(n) in bar.count_label.text().replace(".", "").replace(",", "")
    bar.set_cursor(112.5, -4.25)
    assert "112.5000" in bar.cursor_label.text() or "112,5000" in bar.cursor_label.text()
    assert "LS" in bar.cursor_label.text()


def test_layer_panel_drives_the_canvas(qtbot, ws):
    from widgets.map.canvas import MapCanvas

    canvas = MapCanvas(ws)
    panel = LayerPanel(ws, canvas)
    qtbot.addWidget(canvas)
    qtbot.addWidget(panel)
    names = [
        panel.layer_list.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(panel.layer_list.count())
    ]
    assert names == [info.name for info in canvas.layers()]
    item = panel.layer_list.item(names.index("psks"))
    item.setCheckState(Qt.CheckState.Unchecked)
    assert not next(i for i in canvas.layers() if i.name == "psks").visible
    panel.layer_list.setCurrentItem(item)
    panel.opacity.setValue(40)
    assert next(i for i in canvas.layers() if i.name == "psks").opacity == pytest.approx(0.4)
    panel.move_current(+1)
    assert [i.name for i in canvas.layers()].index("psks") == names.index("psks") + 1
    panel.indicator_combo.setCurrentIndex(panel.indicator_combo.findData("ppks_per_1000"))
    panel.indicator_combo.activated.emit(panel.indicator_combo.currentIndex())
    assert canvas.indicator_key == "ppks_per_1000"
    panel.classes_spin.setValue(4)
    assert canvas.classification[1] == 4
    assert "DATA SINTETIS" in panel.data_label.text()


def test_data_summary(qtbot, ws):
    summary = DataSummary(ws)
    qtbot.addWidget(summary)
    assert "DATA SINTETIS" in summary.text
    assert f"{len(ws.households)}" in summary.text.replace(".", "").replace(",", "")


def test_output_page_builds_the_sheet_from_the_workspace(qtbot, zoned):
    from widgets.output.output_page import OutputPage, map_data_from_workspace

    ws = zoned
    data = map_data_from_workspace(ws)
    assert [z.zone_id for z in data.zones] == ["zona-1", "zona-2"]
    assert np.array_equal(data.mask, ws.mask)
    assert any("sintetis" in s.text().lower() for s in data.sources)
    page = OutputPage(ws)
    qtbot.addWidget(page)
    sheet = page.open_sheet()
    assert page.windows["sheet"] is sheet and sheet.isVisible()
    sheet.close()
    qtbot.waitUntil(lambda: "sheet" not in page.windows, timeout=5000)
