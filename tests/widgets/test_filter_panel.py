"""The filter panel drives the workspace filter through undoable edits, with live counts."""

from __future__ import annotations

from dataclasses import replace

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


def _verified_dataset(ws, seed: int):
    """The demo with verification dates spread over the last three years (some never)."""
    import dataclasses
    from datetime import date, timedelta

    from gis.model.verification import Provenance

    t = ws.households
    rng = np.random.default_rng(seed)
    prov = Provenance.empty(len(t))
    days = rng.integers(0, 3 * 365, len(t))
    never = rng.random(len(t)) < 0.3
    today = date.today()
    prov.verified_on[:] = np.array(
        [np.datetime64(today - timedelta(days=int(d))) for d in days], dtype="datetime64[D]"
    )
    prov.verified_on[never] = np.datetime64("NaT")
    return dataclasses.replace(ws._data, households=dataclasses.replace(t, verification=prov))


def test_stale_counts_are_within_the_other_conditions(ws):
    from datetime import date

    from gis.model.filters import stale_mask
    from widgets.panels.filter_counts import STALE_CHOICES

    for seed in (1, 2):
        t = _verified_dataset(ws, seed).households
        for flt in (
            HouseholdFilter(desil=(1, 2), ppks_any=(24,)),
            HouseholdFilter(desil=(), stale_months=9),
            HouseholdFilter(desil=(3, 4), receives_any=("PKH",), stale_months=12),
        ):
            today = date.today()
            c = chip_counts(t, flt, today=today)
            assert c.verification_carried
            others = replace(flt, stale_months=0).mask(t)
            for m in sorted({*STALE_CHOICES, flt.stale_months} - {0}):
                want = int((others & stale_mask(t, m, today)).sum())
                assert c.stale[m] == want
            # the other chips count within the stale condition
            want7 = int(((t.desil == 7) & replace(flt, desil=()).mask(t)).sum())
            assert c.desil[7] == want7
            assert c.households == int(flt.mask(t).sum())


def test_stale_choice_is_an_undoable_filter_edit_with_live_counts(qtbot, ws):
    ws.set_data(_verified_dataset(ws, 3))
    undo = UndoStack(ws)
    panel = _panel(qtbot, ws, undo)
    combo = panel.stale_combo
    assert combo.isEnabled() and not panel.stale_note.isVisible()
    assert combo.currentData() == 0
    i12 = combo.findData(12)
    want = int(replace(ws.filter, stale_months=12).mask(ws.households).sum())
    assert f"({want})" in combo.itemText(i12).replace(".", "").replace(",", "")
    combo.setCurrentIndex(i12)
    combo.activated.emit(i12)
    qtbot.waitUntil(lambda: ws.filter.stale_months == 12, timeout=2000)
    assert int(ws.mask.sum()) == want
    qtbot.waitUntil(lambda: str(want) in panel.summary.text().replace(".", "").replace(",", ""))
    undo.undo()
    assert ws.filter.stale_months == 0
    qtbot.waitUntil(lambda: panel.stale_combo.currentData() == 0, timeout=2000)
    undo.redo()
    qtbot.waitUntil(lambda: panel.stale_combo.currentData() == 12, timeout=2000)
    # a stored filter with a month count not among the choices is shown as it is
    ws.set_filter(replace(ws.filter, stale_months=9))
    qtbot.waitUntil(lambda: panel.stale_combo.currentData() == 9, timeout=2000)


def test_stale_choice_without_verification_columns_is_unknown(qtbot, ws):
    assert ws.households.verification is None
    panel = _panel(qtbot, ws)
    assert not panel.stale_combo.isEnabled()
    assert panel.stale_note.isVisible()
    assert "tidak diketahui" in panel.stale_combo.itemText(panel.stale_combo.findData(12))
    assert chip_counts(ws.households, ws.filter).stale == {}
