"""The main window: demo data, the five steps, undo, language, settings, screenshot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QWidget

from desktop.actions import load_demo
from desktop.i18n import install_language
from desktop.main_window import MainWindow
from desktop.memory import open_recent
from desktop.settings import Settings
from gis.model.filters import PRESETS
from gis.model.workspace import Workspace
from widgets.panels.filter_panel import FilterPanel
from widgets.panels.zone_list import ZoneList

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def indonesian_afterwards():
    yield
    install_language("id")


def test_opens_on_the_demo_data(window, ws):
    assert "DATA SINTETIS" in window.windowTitle()
    assert window.status.synthetic_label.text() == "DATA SINTETIS"
    assert window.status.synthetic_label.isVisible()
    assert window.status.privacy_label.text() == "Data pribadi disamarkan"
    assert window.canvas is not None and window.centralWidget() is window.canvas
    assert window.table.model.rowCount() == int(ws.mask.sum())


def test_all_five_steps_are_reachable(window):
    bar = window.toolbars["steps"]
    labels = [a.text() for a in bar.actions() if a.isCheckable()]
    assert labels == ["1 Muat data", "2 Saring", "3 Zona", "4 Skenario", "5 Cetak"]
    for i, key in enumerate(window.STEP_NAMES):
        button = bar.widgetForAction(window.registry[f"step.{key}"])
        button.click()
        assert window.step == i
        assert window.registry[f"step.{key}"].isChecked()
        assert window.docks["steps"].isVisible()
        assert window.pages.currentWidget().isVisible()
    window.show_step(1)
    assert window.pages.currentWidget().findChild(FilterPanel) is window.filter_panel
    window.show_step(2)
    assert window.pages.currentWidget().findChild(ZoneList) is window.zone_list
    # docks one click away
    window.registry["dock.table"].trigger()
    assert window.docks["table"].isHidden()
    window.registry["dock.table"].trigger()
    assert window.docks["table"].isVisible()


def test_ctrl_z_undoes_a_filter_change(qtbot, window, ws):
    window.show_step(1)
    panel = window.filter_panel
    qtbot.mouseClick(panel.preset_buttons["inclusion_error"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.filter == PRESETS["inclusion_error"], timeout=3000)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ws.filter.desil == (1, 2, 3, 4), timeout=3000)
    assert window.table.model.rowCount() == int(ws.mask.sum())


def test_english_switches_the_menus(window, indonesian_afterwards):
    assert window.menus["file"].title() == "&Berkas"
    window.registry["settings.lang_en"].trigger()
    assert window.menus["file"].title() == "&File"
    assert window.menus["view"].title() == "&View"
    assert window.docks["table"].windowTitle() == "Attribute table"
    assert window.registry["step.filter"].text() == "2 Filter"
    assert window.settings.language == "en"
    window.registry["settings.lang_id"].trigger()
    assert window.menus["file"].title() == "&Berkas"


def test_starting_in_english_translates_the_panels(qtbot, ws, indonesian_afterwards):
    settings = Settings()
    settings.set("interface/language", "en")
    install_language(settings.language)
    win = MainWindow(ws, settings)
    qtbot.addWidget(win)
    assert win.menus["file"].title() == "&File"
    assert win.filter_panel.reset_button.text() == "Reset to deciles 1-4"
    assert win.status.privacy_label.text() == "Personal data masked"
    assert win.status.synthetic_label.text() == "SYNTHETIC DATA"


def test_settings_stay_private(qtbot, ws, fresh_settings):
    real = fresh_settings.real
    before = real.stat().st_mtime_ns if real.exists() else None
    win = MainWindow(ws, Settings())
    qtbot.addWidget(win)
    win.show()
    win.show_step(2)
    win.close()
    stored = Settings()
    assert stored.path == fresh_settings.path
    assert stored.get("window/step") == 2
    assert not stored.get("window/state").isEmpty()
    after = real.stat().st_mtime_ns if real.exists() else None
    assert before == after
    # a new window restores the layout and the step
    win2 = MainWindow(ws, Settings())
    qtbot.addWidget(win2)
    assert win2.step == 2


def test_load_demo_in_the_background(qtbot, small_demo):
    ws = Workspace()
    win = MainWindow(ws, Settings())
    qtbot.addWidget(win)
    assert "DATA SINTETIS" not in win.windowTitle()
    job = load_demo(win)
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    assert ws.data is not None and ws.data.synthetic
    assert "DATA SINTETIS" in win.windowTitle()
    assert win.filter_panel.counts is not None


def test_screenshot_writes_a_drawn_png(tmp_path, small_demo, fresh_settings):
    out = tmp_path / "layar.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--screenshot", str(out), "--size", "1200x800"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1200, 800)
    # the map in the middle is drawn: village fills of several classes, not one background
    colors = {
        img.pixelColor(x, y).name()
        for x in range(int(1200 * 0.3), int(1200 * 0.6), 6)
        for y in range(int(800 * 0.2), int(800 * 0.6), 6)
    }
    assert len(colors) > 8
    assert not fresh_settings.path.exists() or "window" not in fresh_settings.path.read_text()


def test_recent_files_and_map_style_are_remembered(qtbot, ws, small_demo):
    settings = Settings()
    settings.add_recent(str(small_demo.psks))
    win = MainWindow(ws, settings)
    qtbot.addWidget(win)
    win.recent_menu.aboutToShow.emit()
    entries = [a.text() for a in win.recent_menu.actions()]
    assert entries == [small_demo.psks.name]
    dialog = open_recent(win, str(small_demo.psks))
    qtbot.waitUntil(lambda: dialog.raw is not None, timeout=10_000)
    assert dialog.path == str(small_demo.psks)
    dialog.close()
    win.canvas.set_indicator("ppks_per_1000")
    win.canvas.set_classification("equal", 4, win.canvas.classification[2])
    again = MainWindow(ws, Settings())
    qtbot.addWidget(again)
    assert again.canvas.indicator_key == "ppks_per_1000"
    assert again.canvas.classification[:2] == ("equal", 4)


def _shown_texts(root) -> list[tuple[str, str]]:
    """(object name, text) of every label, button, tab, group, toolbar action and list item."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QGroupBox,
        QLabel,
        QListWidget,
        QTabWidget,
        QToolBar,
    )

    out = []
    for w in [root, *root.findChildren(QWidget)]:
        name = f"{type(w).__name__}:{w.objectName()}"
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append((name, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((name, w.title()))
        elif isinstance(w, QTabWidget):
            out += [(name, w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QListWidget):
            out += [(name, w.item(i).text()) for i in range(w.count())]
        elif isinstance(w, QToolBar):
            out += [(name, a.text()) for a in w.actions()]
    return out


def _untranslated(root) -> list[tuple[str, str]]:
    """Texts still in Indonesian though the catalogue has an English text for them."""
    import re
    import xml.etree.ElementTree as ET

    ts = ET.parse(REPO / "resources" / "i18n" / "sasaran_en.ts").getroot()
    indonesian, english = {}, set()
    for msg in ts.iter("message"):
        source, translation = msg.findtext("source"), msg.findtext("translation")
        english.add(translation)
        if source and translation and source != translation:
            indonesian[source] = translation
    bad = []
    for name, text in _shown_texts(root):
        for line in [text, *text.split("\n")]:
            plain = re.sub(r"<[^<>]+>", "", line).strip()
            if plain in indonesian and plain not in english:
                bad.append((name, plain))
    return bad


def test_a_live_switch_translates_every_panel(qtbot, window, indonesian_afterwards):
    from PySide6.QtWidgets import QToolButton

    assert len(_untranslated(window)) > 20  # the check finds Indonesian texts
    dirty, edits = window.scenario_panel.is_dirty(), window.undo.count()
    window.registry["settings.lang_en"].trigger()
    # a language is not an edit: nothing to save, nothing to undo
    assert window.scenario_panel.is_dirty() == dirty and window.undo.count() == edits
    tools = window.toolbars["tools"]
    tool_texts = [a.text() for a in tools.actions() if not a.isSeparator()]
    assert "Undo" in tool_texts and "Redo" in tool_texts
    assert "Pan and identify" in tool_texts and "Select households" in tool_texts
    assert [a.text() for a in window.toolbars["steps"].actions() if a.isCheckable()] == [
        "1 Load data",
        "2 Filter",
        "3 Zones",
        "4 Scenario",
        "5 Print",
    ]
    titles = [w.text() for w in window.pages.findChildren(QLabel, "step_title")]
    assert "<b>1 Load data</b>" in titles and "<b>4 Scenario and budget</b>" in titles
    assert window.status.privacy_label.text() == "Personal data masked"
    assert window.status.synthetic_label.text() == "SYNTHETIC DATA"
    assert window.filter_panel.reset_button.text() == "Reset to deciles 1-4"
    chip = window.filter_panel.preset_buttons["all"]
    assert chip.text().split("\n")[0] == "All"
    assert "," in chip.text() or chip.count < 1000  # the count in English format
    assert window.scenario_tabs.tabText(0) == "Scenario"
    assert window.table.model.headerData(0, Qt.Orientation.Horizontal) == "Row"
    assert "dari" not in window.table.count_label.text()
    assert window.menus["edit"].actions()[-2].text().startswith("Undo")
    assert all(b.text() for b in window.findChildren(QToolButton) if b.isVisible())
    for step in range(len(window.STEP_NAMES)):
        window.show_step(step)
        assert _untranslated(window) == [], (step, _untranslated(window))
    comparison = window.show_comparison()
    assert _untranslated(comparison) == []
    # chart titles are labels, translated like the rest (a plot's own title was not)
    assert window.charts.desil_chart.title.text() == "<b>Deciles (% of households)</b>"
    assert comparison.charts["cost"].title.text() == "<b>Cost per year (billion Rp)</b>"
    # and back: the same panels in Indonesian again
    window.registry["settings.lang_id"].trigger()
    assert window.filter_panel.reset_button.text() == "Atur ulang ke desil 1-4"
    assert window.status.privacy_label.text() == "Data pribadi disamarkan"
    assert window.toolbars["tools"].actions()[2].text() == "Urungkan"
    assert window.table.model.headerData(0, Qt.Orientation.Horizontal) == "Baris"
    assert window.scenario_tabs.tabText(0) == "Skenario"


def test_a_comparison_window_opened_before_the_switch_follows_it(window, indonesian_afterwards):
    comparison = window.show_comparison()
    window.registry["settings.lang_en"].trigger()
    assert _untranslated(comparison) == []
    assert comparison.windowTitle() == "Compare scenarios — Sasaran"


@pytest.mark.parametrize(
    "label",
    [
        "Provinsi Kepulauan Sasaran (data sintetis)",
        "Provinsi Kepulauan Sasaran (Data Sintetis)",
        "Kabupaten uji (sintetis, 2025)",
        "Provinsi demo (uji)",
        "",
    ],
)
def test_the_window_title_marks_synthetic_data_once(window, label, indonesian_afterwards):
    import dataclasses

    data = dataclasses.replace(window.workspace.data, label=label, synthetic=True)
    window.workspace.set_data(data)
    title = window.windowTitle()
    assert title.lower().count("sintetis") == 1, title
    assert title.endswith("— DATA SINTETIS")
    if "uji)" in label:
        assert "Provinsi demo (uji)" in title
    window.registry["settings.lang_en"].trigger()
    title = window.windowTitle()
    assert "sintetis" not in title.lower() and title.count("SYNTHETIC DATA") == 1, title
    window.workspace.set_data(dataclasses.replace(data, synthetic=False))
    assert "SYNTHETIC" not in window.windowTitle()


def test_mentor_panel_is_a_tab_of_step_four(qtbot, window, ws, tmp_path):
    from gis.demo.mentors import write_demo_mentors
    from widgets.scenario.mentor_panel import MentorPanel

    window.show_step(3)
    tabs = window.scenario_tabs
    index = [tabs.tabText(i) for i in range(tabs.count())].index("Pendamping")
    assert tabs.widget(index).widget() is window.mentor_panel
    assert isinstance(window.mentor_panel, MentorPanel)
    tabs.setCurrentIndex(index)
    assert window.mentor_panel.isVisible()
    # the run goes to the worker; the job strip shows it while it runs
    panel = window.mentor_panel
    panel.open_mentors(write_demo_mentors(tmp_path / "pendamping.csv", ws.villages, count=40))
    panel.run()
    assert panel.wait(60)
    qtbot.waitUntil(lambda: panel.matching is not None, timeout=5000)
    assert "optimal" in panel.summary.text()


def test_the_matching_goes_into_the_session_scenario_and_comes_back(qtbot, window, ws, tmp_path):
    from gis.demo.mentors import write_demo_mentors

    panel = window.mentor_panel
    scenario = window.scenario_panel
    mentors = write_demo_mentors(tmp_path / "pendamping.csv", ws.villages, count=40)
    panel.open_mentors(mentors)
    assert not scenario.is_dirty()
    panel.run()
    assert panel.wait(60)
    qtbot.waitUntil(lambda: scenario.scenario.matching is not None, timeout=5000)
    qtbot.waitUntil(scenario.is_dirty, timeout=5000)
    saved = scenario.scenario.matching
    window.undo.undo()  # the scenario's undo stack takes it back
    assert scenario.scenario.matching is None
    window.undo.redo()
    assert scenario.scenario.matching == saved
    path = tmp_path / "s.skenario.json"
    assert scenario.files.save_as(path)
    panel.summary.setText("")
    assert scenario.open_file(path)
    assert scenario.scenario.matching == saved
    qtbot.waitUntil(lambda: "tersimpan" in panel.summary.text(), timeout=5000)
