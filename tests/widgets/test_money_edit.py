"""The budget field: amounts typed as planners write them, said back, refused when absurd, undoable."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from gis.model.edits import AddZone
from gis.model.zones import Zone
from gis.plan.money import MAX_RUPIAH
from gis.plan.scenario import Scenario, save_scenario
from widgets.base.money_edit import MoneyEdit
from widgets.base.undo import UndoStack
from widgets.scenario.scenario_panel import ScenarioPanel

pytest_plugins = ["tests.widgets.scenario_helpers"]

JUTA, MILIAR = 10**6, 10**9


@pytest.fixture
def field(qtbot):
    w = MoneyEdit()
    qtbot.addWidget(w)
    return w


@pytest.fixture
def panel(qtbot, demo_ws, tmp_path):
    stack = UndoStack(demo_ws)
    p = ScenarioPanel(demo_ws, stack, recovery_folder=tmp_path / "pemulihan", autosave_minutes=0)
    # the main window holds these actions; here the panel is the window
    p.addAction(stack.undo_action(p))
    p.addAction(stack.redo_action(p))
    qtbot.addWidget(p)
    p.resize(420, 760)
    return p


@pytest.mark.parametrize(
    ("typed", "value", "words"),
    [
        ("2 miliar", 2 * MILIAR, "= Rp 2 miliar"),
        ("2000000000", 2 * MILIAR, "= Rp 2 miliar"),  # full Rupiah, once read as Rp 2.000 triliun
        ("2.000.000.000", 2 * MILIAR, "= Rp 2 miliar"),
        ("2000 juta", 2 * MILIAR, "= Rp 2 miliar"),
        ("2,5 M", 2_500 * JUTA, "= Rp 2,5 miliar"),
        ("Rp 750 jt", 750 * JUTA, "= Rp 750 juta"),
        ("1,5 triliun", 1_500 * MILIAR, "= Rp 1,5 triliun"),
    ],
)
def test_typed_amounts_are_read_exactly_and_said_back(field, qtbot, typed, value, words):
    seen = []
    field.sig_value_changed.connect(seen.append)
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, typed)
    assert field.words.text() == words  # said back while typing, before anything is kept
    assert field.value() is None and not seen
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.value() == value and seen == [value]
    assert field.error() == "" and field.words.text() == words


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("200.000.000.000.000", "Terlalu besar"),
        ("1e308", "Terlalu besar"),
        ("-5 juta", "tidak boleh negatif"),
        ("dua miliar", "tidak terbaca"),
        ("", "Isi jumlahnya"),
    ],
)
def test_absurd_negative_and_unreadable_amounts_are_refused_with_a_sentence(field, typed, says):
    field.set_value(2 * MILIAR)
    refused = []
    field.sig_refused.connect(refused.append)
    assert not field.set_text(typed)
    assert field.value() == 2 * MILIAR  # the old amount stands
    assert says in field.error() and refused == [field.error()]
    assert field.message.text() == field.error() and field.words.text() == ""
    assert "Yang dipakai tetap Rp 2 miliar" in field.error()
    if "besar" in says:
        assert "Rp 100 triliun" in field.error()
    assert field.set_text("3 miliar") and field.error() == "" and field.message.isHidden()


def test_the_panel_cap_is_typed_in_rupiah_and_undone_with_ctrl_z(panel, demo_ws, qtbot):
    v = demo_ws.villages
    AddZone(Zone("zona-1", "Satu desa", villages=(str(v.codes[0]),))).apply(demo_ws)
    with qtbot.waitActive(panel):
        panel.show()
        panel.activateWindow()
    panel.cap_check.setChecked(True)
    edit = panel.cap_edit.edit
    edit.setFocus()
    qtbot.keyClicks(edit, "2.000.000.000")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert panel.scenario.budget_cap == 2 * MILIAR
    assert panel.cap_edit.words.text() == "= Rp 2 miliar"
    edit.selectAll()
    qtbot.keyClicks(edit, "2,5 M")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert panel.scenario.budget_cap == 2_500 * MILIAR // 1000
    # Ctrl+Z in the field itself goes back one cap, then to no cap; Ctrl+Y redoes
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.scenario.budget_cap == 2 * MILIAR
    assert edit.text() == "2.000.000.000" and panel.cap_edit.words.text() == "= Rp 2 miliar"
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.scenario.budget_cap is None and not panel.cap_check.isChecked()
    qtbot.keyClick(panel, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert panel.scenario.budget_cap == 2 * MILIAR and panel.cap_check.isChecked()
    # an absurd cap is refused: the scenario keeps its cap and nothing is pushed
    count = panel._undo.count()
    edit.selectAll()
    qtbot.keyClicks(edit, "1e308")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert panel.scenario.budget_cap == 2 * MILIAR and panel._undo.count() == count
    assert "Terlalu besar" in panel.cap_edit.message.text()


def test_typing_in_the_field_is_undone_first_then_the_cap(panel, qtbot):
    with qtbot.waitActive(panel):
        panel.show()
        panel.activateWindow()
    panel.set_budget_cap(2 * MILIAR)
    edit = panel.cap_edit.edit
    edit.setFocus()
    edit.end(False)
    qtbot.keyClicks(edit, "0")  # typing, not yet committed
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == "2.000.000.000" and panel.scenario.budget_cap == 2 * MILIAR


def test_a_negative_cap_is_worded_in_indonesian_on_the_meter(panel, demo_ws):
    v = demo_ws.villages
    AddZone(Zone("zona-1", "Satu desa", villages=(str(v.codes[0]),))).apply(demo_ws)
    panel.scenario.budget_cap = -5  # as a script or an old file could set it
    assert panel.wait(30)
    assert "tidak boleh negatif" in panel.error
    assert "negative" not in panel.error and "bad_budget" not in panel.error


@pytest.mark.parametrize("literal", ["1e309", "-5000000", "NaN", str(MAX_RUPIAH * 10)])
def test_a_scenario_file_with_a_bad_budget_opens_to_a_worded_message(
    panel, tmp_path, answers, literal
):
    path = save_scenario(
        Scenario(name="Uji", budget_cap=2 * MILIAR), tmp_path / "asli.skenario.json"
    )
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["scenario"]["budget_cap"] = "@@"
    bad = tmp_path / "pagu rusak.skenario.json"
    bad.write_text(json.dumps(doc).replace('"@@"', literal), encoding="utf-8")
    before = bad.read_bytes()
    assert not panel.open_file(bad)
    (box,) = answers.asked
    assert "pagu rusak.skenario.json" in box.text and "Pagu anggaran" in box.text
    assert "tidak diubah" in box.text
    assert str(tmp_path) not in box.text + box.informative + box.detail
    assert bad.read_bytes() == before


def test_the_english_interface_reads_and_says_english_amounts(field):
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        assert field.set_text("2.5 billion") and field.value() == 2_500 * JUTA
        assert field.words.text() == "= Rp 2.5 billion"
        assert field.edit.text() == "2,500,000,000"
        assert field.set_text("2,500") and field.value() == 2_500  # not 2.5
        assert field.set_text(field.edit.text()) and field.value() == 2_500
    finally:
        QLocale.setDefault(before)
