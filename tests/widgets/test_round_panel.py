"""The round panel: live counts per verifier, logged worksheets, results applied only on request."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
from openpyxl import load_workbook

from gis.io.exportlog import read_log
from gis.io.worksheets import COLUMNS, SHEET
from gis.model.filters import HouseholdFilter
from gis.model.verification import select_households
from widgets.panels.round_panel import RoundPanel

COL = {key: i for i, (key, _t) in enumerate(COLUMNS, start=1)}


def _counts(panel):
    return {
        panel.table.item(r, 0).text(): panel.table.item(r, 2).text()
        for r in range(panel.table.rowCount())
    }


def test_counts_follow_criteria_verifiers_and_area(qtbot, ws):
    panel = RoundPanel(ws)
    qtbot.addWidget(panel)
    assert panel.table.rowCount() == 0 and not panel.write_button.isEnabled()
    panel.verifiers.setPlainText("Ani\nBudi\nCitra")
    t = ws.households
    sel = select_households(t, ["eksklusi", "inklusi"])
    assert sum(panel.round.counts_per_verifier().values()) == int(
        (sel.mask & (t.village >= 0)).sum()
    )
    assert set(_counts(panel)) == {"Ani", "Budi", "Citra"} and panel.write_button.isEnabled()
    panel.checks["tanpa_koordinat"].setChecked(True)
    wider = len(panel.round.households)
    assert wider > int(sel.mask.sum())
    # the area of the filter narrows the round to its villages
    kab = str(t.villages.codes[0])[:4]
    ws.set_filter(HouseholdFilter(units=(kab,)))
    assert all(str(t.villages.codes[v]).startswith(kab) for v in panel.round.village_verifier)
    assert len(panel.round.households) < wider


def test_worksheets_logged_then_results_applied_to_a_new_file(qtbot, ws, tmp_path):
    panel = RoundPanel(ws)
    qtbot.addWidget(panel)
    panel.log_path = tmp_path / "log.jsonl"
    panel.verifiers.setPlainText("Ani\nBudi")
    paths = panel.write_to(tmp_path)
    entries = read_log(panel.log_path)
    assert len(entries) == 1 and entries[0]["jumlah_orang"] == len(panel.round.households)
    assert sorted(entries[0]["berkas"]) == sorted(p.name for p in paths)
    # a verifier fills three rows
    wb = load_workbook(paths[0])
    sheet = wb[SHEET]
    ids = []
    for r in range(5, 8):
        sheet.cell(row=r, column=COL["status"], value="meninggal")
        sheet.cell(row=r, column=COL["date"], value=date.today())
        ids.append(sheet.cell(row=r, column=COL["hh_id"]).value)
    wb.save(paths[0])
    before = ws.households.desil.copy()
    panel.import_files(paths)
    assert "3 meninggal" in panel.summary.text() and panel.apply_button.isEnabled()
    out = panel.apply_to(tmp_path / "baru.parquet")
    state = pd.read_parquet(out)
    assert sorted(state.loc[state["verif_status"] == "meninggal", "id_keluarga"]) == sorted(ids)
    assert "nama" not in state.columns
    assert np.array_equal(ws.households.desil, before) and ws.households.verification is None
    assert len(read_log(panel.log_path)) == 1
