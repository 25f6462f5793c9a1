"""Step 4 in the main window: nothing lost on close, recovery, suggestions, comparison."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton

from desktop.main_window import MainWindow
from desktop.settings import Settings
from gis.model.workspace import Workspace
from gis.plan.scenario import Scenario, list_recoveries, write_recovery

#: fixtures: answers (message boxes)
pytest_plugins = ["tests.widgets.scenario_helpers"]


def make_dirty(win) -> None:
    panel = win.scenario_panel
    panel.name_edit.setText("Skenario rapat Senin")
    panel.name_edit.textEdited.emit("Skenario rapat Senin")
    assert panel.is_dirty()


def test_close_with_an_unsaved_scenario_asks_and_can_stay(qtbot, window, answers):
    make_dirty(window)
    answers.queue.append("Batal")
    window.close()
    assert window.isVisible()  # the planner stayed; nothing lost
    assert "belum disimpan" in answers.asked[-1].text
    answers.queue.append("Jangan simpan")
    window.close()
    assert not window.isVisible()


def test_close_with_nothing_unsaved_asks_nothing(window, answers):
    window.close()
    assert not window.isVisible() and not answers.asked


def test_the_scenario_menu_saves_with_ctrl_s(window):
    menu = window.menus["scenario"]
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:4] == [
        "Skenario baru",
        "Buka skenario…",
        "Simpan skenario",
        "Simpan skenario sebagai…",
    ]
    assert window.scenario_panel.action_save.shortcut() == QKeySequence(
        QKeySequence.StandardKey.Save
    )
    assert "Bandingkan skenario..." in texts and "Usulan desa..." in texts


def test_proposed_villages_become_an_undoable_zone(window, ws):
    codes = [str(c) for c in ws.villages.codes[:3]]
    window.suggest_panel.sig_villages_proposed.emit(codes)
    assert len(ws.zones) == 1
    zone = ws.zones[0]
    assert tuple(zone.villages) == tuple(codes)
    # the zone reaches the scenario of step 4 as well
    assert [z.zone_id for z in window.scenario_panel.scenario.zones] == [zone.zone_id]
    window.undo.undo()
    assert ws.zones == []


def test_suggestions_follow_a_replaced_scenario(window):
    window.show_suggestions()
    assert window.step == window.STEP_NAMES.index("scenario")
    assert window.scenario_tabs.currentWidget() is window.suggest_panel
    window.scenario_panel.new_scenario()
    assert window.suggest_panel._scenario is window.scenario_panel.scenario


def test_comparison_window_offers_the_current_scenario(qtbot, window):
    button = window.findChild(QPushButton, "open_comparison")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    view = window.comparison
    assert view is not None and view.isVisible() and view.isWindow()
    assert view.add_current_button.isEnabled()
    assert window.show_comparison() is view  # one window, kept between uses


def test_autosave_copies_are_offered_after_the_first_data(qtbot, demo_dataset, answers):
    settings = Settings()
    folder = settings.path.parent / "pemulihan"
    lost = Scenario(name="Skenario yang belum disimpan")
    write_recovery(lost, folder)
    ws = Workspace()
    win = MainWindow(ws, settings)
    qtbot.addWidget(win)
    assert not answers.asked  # nothing asked before there are data
    answers.queue.append("Pulihkan")
    ws.set_data(demo_dataset)
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=5000)
    assert "Skenario yang belum disimpan" in answers.asked[0].text
    assert win.scenario_panel.scenario.name == "Skenario yang belum disimpan"
    assert list_recoveries(folder)  # the copy stays until the recovered scenario is saved
    answers.queue.append("Jangan simpan")


def test_sheets_name_the_scenario_and_its_cost(qtbot, window, ws):
    panel = window.scenario_panel
    codes = [str(c) for c in ws.villages.codes[:5]]
    window.add_proposed_zone(codes)
    panel.name_edit.setText("Skenario rapat Senin")
    panel.name_edit.textEdited.emit("Skenario rapat Senin")
    assert panel.wait(30)
    data = window.output_page.map_data()
    assert data.scenario == "Skenario rapat Senin"
    assert data.cost == panel.allocation.total_cost > 0
    assert [z.zone_id for z in data.zones] == [ws.zones[0].zone_id]


def _open_ways(window, monkeypatch):
    """Every way a planner opens or starts a scenario from outside step 4."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from widgets.scenario.scenario_common import example_scenarios

    def agree(box):  # examples were computed on the full demo: open and recompute, never save
        for b in box.buttons():
            if b.text() in ("Buka dan hitung ulang", "Jangan simpan"):
                b.click()
                return 0
        raise AssertionError(box.text())

    monkeypatch.setattr(QMessageBox, "exec", agree)
    examples = example_scenarios()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(examples[1][1]), ""))
    panel = window.scenario_panel
    return {
        "menu Buka skenario": panel.action_open.trigger,
        "menu Buka contoh": lambda: panel.examples_menu.actions()[0].trigger(),
        "menu Skenario baru": panel.action_new.trigger,
        "file": lambda: panel.open_file(examples[2][1]),
    }


def test_opening_a_scenario_goes_to_step_4(window, monkeypatch):
    scenario_step = window.STEP_NAMES.index("scenario")
    for name, open_it in _open_ways(window, monkeypatch).items():
        for step in range(len(window.STEP_NAMES)):
            window.show_step(step)
            window.show_suggestions() if step == scenario_step else None
            open_it()
            assert window.scenario_panel.wait(30)
            assert window.step == scenario_step, (name, step)
            assert window.scenario_tabs.currentWidget() is window.scenario_panel, name
            assert window.scenario_panel.isVisible()
