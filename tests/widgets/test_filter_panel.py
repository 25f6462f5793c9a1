"""The filter panel drives the workspace filter through undoable edits, with live counts."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gis.model.filters import PRESETS, HouseholdFilter
from widgets.base.undo import UndoStack
from widgets.panels.filter_panel import FilterPanel, bit_counts, chip_counts


def _panel(qtbot, ws, undo=None):
    panel = FilterPanel(ws, undo, debounce_ms=10)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_clicking_a_desil_chip_changes_the_filter_and_the_counts(qtbot, ws):
    panel = _panel(qtbot, ws)
    assert ws.filter.desil == (1, 2, 3, 4)
    assert panel.desil_chips[4].isChecked() and not panel.desil_chips[5].isChecked()
    before = int(ws.mask.sum())
    d5 = int((ws.households.desil == 5).sum())
    assert panel.desil_chips[5].count == d5  # what the chip would add

    qtbot.mouseClick(panel.desil_chips[5], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.filter.desil == (1, 2, 3, 4, 5), timeout=2000)
    assert int(ws.mask.sum()) == before + d5
    assert panel.desil_chips[5].isChecked()
    qtbot.waitUntil(
        lambda: str(before + d5) in panel.summary.text().replace(".", "").replace(",", "")
    )

    qtbot.mouseClick(panel.desil_chips[1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.filter.desil == (2, 3, 4, 5), timeout=2000)


def test_quick_clicks_become_one_edit(qtbot, ws):
    undo = UndoStack(ws)
    panel = FilterPanel(ws, undo, debounce_ms=200)
    qtbot.addWidget(panel)
    for d in (5, 6, 7):
        qtbot.mouseClick(panel.desil_chips[d], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.filter.desil == (1, 2, 3, 4, 5, 6, 7), timeout=3000)
    assert undo.count() == 1


def test_counts_are_within_the_other_conditions(ws):
    t = ws.households
    flt = HouseholdFilter(desil=(1, 2), ppks_any=(24,), receives_any=("PKH",))
    c = chip_counts(t, flt)
    ppks24 = (t.ppks & (1 << 23)) != 0
    pkh = (t.programs & t.program_bit("PKH")) != 0
    d12 = np.isin(t.desil, (1, 2))
    # desil chips: within PPKS and program conditions, whatever the desil
    assert c.desil[7] == int(((t.desil == 7) & ppks24 & pkh).sum())
    # a PPKS chip: within desil and program conditions
    ppks9 = (t.ppks & (1 << 8)) != 0
    assert c.ppks[8] == int((ppks9 & d12 & pkh).sum())
    # program chips: within desil and PPKS conditions
    sembako = (t.programs & t.program_bit("SEMBAKO")) != 0
    assert c.receives["SEMBAKO"] == int((sembako & d12 & ppks24).sum())
    assert c.lacks["SEMBAKO"] == int((~sembako & d12 & ppks24 & pkh).sum())
    assert c.households == int(flt.mask(t).sum())
    # villages sum to kecamatan and kabupaten
    assert c.kabupaten.sum() == c.kecamatan.sum() == c.villages.sum()


def test_bit_counts_match_unpacking():
    rng = np.random.default_rng(3)
    bits = rng.integers(0, 2**26, 5000).astype(np.uint32)
    expected = np.unpackbits(bits.view(np.uint8).reshape(-1, 4), axis=1, bitorder="little").sum(0)
    assert np.array_equal(bit_counts(bits, 26), expected[:26])


def test_presets(qtbot, ws):
    panel = _panel(qtbot, ws)
    assert panel.preset_buttons["desil_1_4"].isChecked()
    qtbot.mouseClick(panel.preset_buttons["exclusion_error"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.filter == PRESETS["exclusion_error"], timeout=2000)
    t = ws.households
    assert int(ws.mask.sum()) == int((np.isin(t.desil, (1, 2)) & (t.programs == 0)).sum())
    assert panel.preset_buttons["exclusion_error"].isChecked()
    assert panel.lack_everything_chip.isChecked()
    assert not panel.preset_buttons["desil_1_4"].isChecked()
    qtbot.mouseClick(panel.preset_buttons["inclusion_error"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.filter == PRESETS["inclusion_error"], timeout=2000)
    assert panel.desil_chips[9].isChecked() and not panel.desil_chips[1].isChecked()


def test_ppks_programs_and_units(qtbot, ws):
    panel = _panel(qtbot, ws)
    panel.ppks_items[9].setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: ws.filter.ppks_any == (9,), timeout=2000)
    qtbot.mouseClick(panel.receive_chips["PKH"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.filter.receives_any == ("PKH",), timeout=2000)
    qtbot.mouseClick(panel.lack_chips["PBI"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.filter.lacks_all == ("PBI",), timeout=2000)
    kab = str(ws.villages.kab_codes[0])
    panel.kab_combo.setCurrentIndex(panel.kab_combo.findData(kab))
    panel.kab_combo.activated.emit(panel.kab_combo.currentIndex())
    qtbot.waitUntil(lambda: ws.filter.units == (kab,), timeout=2000)
    assert panel.kec_combo.isEnabled() and panel.kec_combo.count() > 1
    t = ws.households
    in_kab = ws.villages.codes.astype("U4")[t.village] == kab
    assert int(ws.mask.sum()) == int(
        (
            np.isin(t.desil, (1, 2, 3, 4))
            & ((t.ppks & (1 << 8)) != 0)
            & ((t.programs & t.program_bit("PKH")) != 0)
            & ((t.programs & t.program_bit("PBI")) == 0)
            & in_kab
            & (t.village >= 0)
        ).sum()
    )


def test_ctrl_z_restores_the_previous_filter(qtbot, ws):
    undo = UndoStack(ws)
    host = QWidget()
    layout = QVBoxLayout(host)
    panel = FilterPanel(ws, undo, debounce_ms=10)
    layout.addWidget(panel)
    host.addAction(undo.undo_action(host))
    host.addAction(undo.redo_action(host))
    qtbot.addWidget(host)
    host.show()
    host.activateWindow()
    qtbot.waitExposed(host)
    qtbot.mouseClick(panel.preset_buttons["all"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.filter == PRESETS["all"], timeout=2000)
    assert panel.desil_chips[10].isChecked()
    qtbot.keyClick(panel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ws.filter.desil == (1, 2, 3, 4), timeout=2000)
    assert not panel.desil_chips[10].isChecked()  # the panel follows the model
    qtbot.keyClick(panel, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ws.filter == PRESETS["all"], timeout=2000)
