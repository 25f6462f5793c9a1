"""The verification indicators on the map: chosen in the layer panel, unknown without a round.

A register without verification columns colours every village "tidak ada
data" (never 0 %); after a round is applied the progress map shows each
village's share of its round households verified, equal to a count made here.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import numpy as np
import pytest
from openpyxl import load_workbook

from gis.io.worksheets import COLUMNS, HEADER_ROW, SHEET
from gis.maps.classify import NO_DATA_LABEL
from gis.model.filters import HouseholdFilter
from gis.model.indicators import VERIFICATION_INDICATORS
from gis.model.round_results import apply_results
from gis.model.verification import Provenance
from widgets.map.canvas import MapCanvas
from widgets.panels.layer_panel import LayerPanel
from widgets.panels.round_panel import RoundPanel

COL = {key: i for i, (key, _t) in enumerate(COLUMNS, start=1)}


def _canvas(qtbot, ws):
    canvas = MapCanvas(ws)
    qtbot.addWidget(canvas)
    canvas.resize(700, 520)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.zoom_full()
    canvas.flush()
    return canvas


def _choropleth_rows(canvas):
    title = canvas._choropleth.indicator_title()
    return next(rows for t, rows in canvas.legend_entries() if t.startswith(title))


@pytest.mark.parametrize("key", VERIFICATION_INDICATORS)
def test_verification_indicators_chosen_in_the_layer_panel_unknown_without_columns(qtbot, ws, key):
    assert ws.households.verification is None
    canvas = _canvas(qtbot, ws)
    panel = LayerPanel(ws, canvas)
    qtbot.addWidget(panel)
    i = panel.indicator_combo.findData(key)
    assert i > 0
    panel.indicator_combo.setCurrentIndex(i)
    panel.indicator_combo.activated.emit(i)
    assert canvas.indicator_key == key
    values = canvas._choropleth.indicator.values
    if key == "data_age" and ws.households.snapshot:
        return  # the age falls back to the register's own date
    assert np.isnan(values).all()
    rows = _choropleth_rows(canvas)
    assert [label for _kind, _col, label in rows] == [NO_DATA_LABEL]


def _apply_a_round(ws, tmp_path, qtbot):
    """Worksheets written by the round panel, filled in part, applied: the new table."""
    panel = RoundPanel(ws)
    qtbot.addWidget(panel)
    panel.log_path = tmp_path / "log.jsonl"
    panel.verifiers.setPlainText("Ani\nBudi\nCitra")
    paths = panel.write_to(tmp_path)
    rng = np.random.default_rng(7)
    for path in paths:
        wb = load_workbook(path)
        sheet = wb[SHEET]
        last = sheet.max_row
        share = rng.random()  # each verifier got this far
        for r in range(HEADER_ROW + 1, last + 1):
            if sheet.cell(row=r, column=COL["hh_id"]).value is None or rng.random() > share:
                continue
            sheet.cell(row=r, column=COL["status"], value="ditemukan")
            sheet.cell(row=r, column=COL["date"], value=date.today())
        wb.save(path)
    panel.import_files(paths)
    t = ws.households
    new, prov = apply_results(t, Provenance.empty(len(t)), panel.result, panel.round.round_id)
    return dataclasses.replace(ws._data, households=new)


def test_progress_map_after_a_round_equals_a_count_per_village(qtbot, ws, tmp_path):
    ws.set_filter(HouseholdFilter(desil=()))
    data = _apply_a_round(ws, tmp_path, qtbot)
    ws.set_data(data)
    canvas = _canvas(qtbot, ws)
    canvas.set_indicator("verif_progress")
    t, prov = ws.households, ws.households.verification
    rid = prov.latest_round()
    planned = (prov.planned == rid) & (t.village >= 0)
    done = planned & (prov.round_id == rid)
    n = len(t.villages)
    den = np.bincount(t.village[planned], minlength=n)
    want = np.full(n, np.nan)
    want[den > 0] = 100.0 * np.bincount(t.village[done], minlength=n)[den > 0] / den[den > 0]
    got = canvas._choropleth.indicator.values
    assert np.allclose(got, want, equal_nan=True)
    assert np.nanmax(got) > 0  # verifiers got some way
    rows = _choropleth_rows(canvas)
    assert len(rows) > 1 and rows[-1][2] == NO_DATA_LABEL  # villages outside the round
    img = canvas.render_image()
    assert not img.isNull()
    img.save(str(tmp_path / "kemajuan.png"))
