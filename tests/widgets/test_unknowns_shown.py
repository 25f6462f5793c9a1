"""The panels on a P3KE-like register: what the file does not carry reads as unknown.

The sheet (tests/gis/p3ke_data.py, real P3KE header) has PKH, BPNT and
SEMBAKO columns only, no household size and no PPKS: no chip says
"Belum N" for PIP, no summary says "0 jiwa", no chart shows 0 %.
"""

from __future__ import annotations

import numpy as np
import pytest

from gis.model.edits import AddZone, SetFilter
from gis.model.filters import PRESETS, HouseholdFilter
from gis.model.importer import load_households
from gis.model.workspace import Dataset, Workspace
from gis.model.zones import Zone
from tests.gis.p3ke_data import NOT_CARRIED, p3ke_rows, write_p3ke
from tests.gis.scenario_data import V1, V2, V3, village_table
from widgets.panels.charts import ChartsPanel
from widgets.panels.data_summary import DataSummary
from widgets.panels.filter_panel import FilterPanel, chip_counts
from widgets.panels.identify import IdentifyPanel
from widgets.panels.zone_list import ZoneList, zone_tallies
from widgets.scenario.scenario_panel import ScenarioPanel


@pytest.fixture
def p3ke_ws(tmp_path):
    villages = village_table(tmp_path)
    rows = p3ke_rows()
    table, report = load_households(write_p3ke(tmp_path, rows), villages)
    ws = Workspace(Dataset(table.villages, table, household_report=report, label="P3KE uji"))
    return ws, rows


def _plain(text: str) -> str:
    return text.replace(".", "").replace(",", "")


def test_chip_counts_never_say_belum_for_programs_the_file_lacks(p3ke_ws):
    ws, rows = p3ke_ws
    t = ws.households
    c = chip_counts(t, HouseholdFilter(desil=()))
    for key in NOT_CARRIED:
        assert c.lacks[key] == 0 and c.unknown[key] == len(rows)
    assert set(c.not_carried) == set(NOT_CARRIED)
    assert c.lacks["PKH"] == sum(1 for r in rows if not r["PKH"]) and c.unknown["PKH"] == 0
    assert c.lacks_everything == sum(1 for r in rows if not (r["PKH"] or r["BPNT"]))
    assert not c.ppks_carried


def test_filter_panel_shows_unknown_programs_and_ppks(qtbot, p3ke_ws):
    ws, rows = p3ke_ws
    panel = FilterPanel(ws, debounce_ms=10)
    qtbot.addWidget(panel)
    panel.show()
    for key in NOT_CARRIED:
        # "tidak diketahui" in place of the Menerima / Belum chips, never "Belum N"
        label = panel.unknown_labels[key]
        assert label.text() == "tidak diketahui" and label.isVisible()
        assert "tidak diketahui" in label.toolTip()
        for chip in (panel.receive_chips[key], panel.lack_chips[key]):
            assert not chip.isVisible() and not chip.isEnabled() and chip.text() == "–"
    # the chips of programs it does carry count as before
    assert panel.lack_chips["PKH"].isEnabled()
    assert panel.lack_chips["PKH"].text() == str(sum(1 for r in rows if not r["PKH"]))
    assert not panel.ppks_note.isHidden()
    assert all(item.text(1) == "–" for item in panel.ppks_items.values())
    # the preset counts only households whose programs are known, and says what is left out
    expected = sum(1 for r in rows if r["desil"] <= 2 and not (r["PKH"] or r["BPNT"]))
    assert panel.preset_buttons["exclusion_error"].count == expected
    assert "PIP" in panel.preset_buttons["exclusion_error"].toolTip()


def test_summary_zone_list_and_identify_never_say_zero_persons(qtbot, p3ke_ws):
    ws, rows = p3ke_ws
    summary = DataSummary(ws)
    qtbot.addWidget(summary)
    text = summary.text
    assert "Jiwa</td><td>–</td>" in text
    assert "Program tidak ada di berkas" in text and "PIP" in text
    AddZone(Zone("z", "Zona uji", villages=(V1, V2, V3))).apply(ws)
    SetFilter(PRESETS["all"]).apply(ws)
    tl = zone_tallies(ws)[0]
    assert tl.households == len(rows) and tl.unknown_size == len(rows)
    zl = ZoneList(ws)
    qtbot.addWidget(zl)
    line = zl.tree.topLevelItem(0).text(1)
    assert "– jiwa" in line and " 0 jiwa" not in line
    assert "PPKS: tidak diketahui" in line
    ident = IdentifyPanel(ws)
    qtbot.addWidget(ident)
    html = ident._village(int(np.flatnonzero(ws.villages.codes == V1)[0]))
    assert "Jiwa (sesuai filter)</td><td>–</td>" in html
    assert "PPKS terbanyak</td><td>tidak diketahui</td>" in html
    hh = ident._household(0)
    assert "Anggota</td><td>tidak diketahui</td>" in hh
    assert "PPKS</td><td>tidak diketahui</td>" in hh
    assert "PIP" in hh.split("Tidak diketahui</td><td>")[1].split("</td>")[0]


def test_chart_shows_unknown_programs_as_unknown_not_zero(qtbot, p3ke_ws):
    ws, rows = p3ke_ws
    SetFilter(PRESETS["all"]).apply(ws)
    charts = ChartsPanel(ws)
    qtbot.addWidget(charts)
    cover = charts.program_values["Filter"]
    keys = ws.households.program_keys
    for key in NOT_CARRIED:
        assert np.isnan(cover[keys.index(key)])
    pkh = sum(1 for r in rows if r["PKH"])
    assert cover[keys.index("PKH")] == pytest.approx(100 * pkh / len(rows))


def test_scenario_line_states_unknown_sizes_and_receipt_once(qtbot, p3ke_ws, tmp_path):
    ws, rows = p3ke_ws
    SetFilter(PRESETS["all"]).apply(ws)
    panel = ScenarioPanel(ws, recovery_folder=tmp_path / "pemulihan", autosave_minutes=0)
    qtbot.addWidget(panel)
    AddZone(Zone("z", "Zona uji", villages=(V1, V2, V3))).apply(ws)
    panel.set_zone_programs("z", ("PKH", "PIP"))
    assert panel.wait(30)
    text = panel.meter_detail.text()
    assert "0 jiwa" not in text
    assert "– jiwa" in text
    assert text.count("tanpa jumlah anggota") == 1
    assert "biaya per orang dihitung 4 jiwa per RT" in text
    assert "penerimaan" in text and "tidak diketahui" in text


def test_import_dialog_report_names_what_the_file_does_not_carry(qtbot, ws, tmp_path):
    from widgets.panels.import_dialog import ImportDialog

    # the P3KE sheet on the demo villages, so the dialog places it on the loaded boundaries
    codes = [str(c) for c in ws.villages.codes[:3]]
    rows = [dict(r, village=codes[i % 3]) for i, r in enumerate(p3ke_rows(1))]
    path = write_p3ke(tmp_path, rows)
    dialog = ImportDialog(ws, "households")
    qtbot.addWidget(dialog)
    dialog.load_file(str(path))
    qtbot.waitUntil(lambda: dialog.raw is not None, timeout=10_000)
    dialog.run_import()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    text = dialog.report_view.toPlainText()
    line = next(x for x in text.splitlines() if "Program tidak ada di berkas" in x)
    for name in ("Indonesia Pintar", "PBI", "listrik", "KKS", "PKH Plus"):
        assert name in line
    assert "tidak diketahui" in line
    fields = next(x for x in text.splitlines() if "Kolom tidak ada di berkas" in x)
    assert "jumlah anggota keluarga" in fields and "jenis PPKS" in fields
