"""The mentor panel: the filtered families matched, the optimum beside the naive pick."""

from __future__ import annotations

import pytest

from gis.demo.mentors import write_demo_mentors
from gis.model.filters import HouseholdFilter
from gis.model.mentors import load_mentors, mentors_from_psks
from gis.plan.family_matching import match_families
from gis.plan.matching import MatchRules
from widgets.base.fmt import num
from widgets.scenario.mentor_panel import MentorPanel


@pytest.fixture
def panel(qtbot, ws, tmp_path):
    ws.set_filter(HouseholdFilter(desil=(1,)))
    p = MentorPanel(ws)
    qtbot.addWidget(p)
    p.open_mentors(write_demo_mentors(tmp_path / "pendamping.csv", ws.villages, count=80))
    p.resize(460, 760)
    p.show()
    return p


def test_panel_matches_the_filtered_families_like_the_gis_function(panel, ws):
    panel.competence.setCurrentIndex(panel.competence.findData("hard"))
    panel.max_km.setValue(10.0)
    assert panel.rules() == MatchRules(max_km=10.0, competence="hard", penalty_km=5.0)
    assert not panel.penalty.isEnabled()
    panel.run()
    assert panel.wait(60)
    mentors, _ = load_mentors(panel_path(panel), ws.villages)
    pool = mentors.extend(mentors_from_psks(ws.psks))
    expected = match_families(ws.households, pool, ws.mask, panel.rules()).summary()
    got = panel.matching.summary()
    assert got["optimised"] == expected["optimised"]
    assert got["naive"] == expected["naive"]
    text = panel.summary.text()
    assert num(expected["optimised"]["assigned"]) in text
    assert "optimal" in text and "Tanpa pendamping" in text
    agencies = {panel.load.item(r, 0).text() for r in range(panel.load.rowCount())}
    assert "Dinas Sosial" in agencies or "PSM" in agencies
    # no names, no NIP anywhere on the panel
    assert not any(n and n in text for n in mentors.name[:20])


def test_without_psks_only_the_list_counts(panel, ws):
    panel.with_psks.setChecked(False)
    assert len(panel.pool()) == len(panel.mentors)
    panel.with_psks.setChecked(True)
    assert len(panel.pool()) > len(panel.mentors)
    ws.set_filter(HouseholdFilter(receives_any=("PKH",), lacks_all=("PKH",)))  # nobody
    assert not panel.run_button.isEnabled()


def panel_path(panel):
    return panel.mentor_path


def test_family_lists_are_exported_only_when_asked_and_logged(panel, tmp_path):
    from openpyxl import load_workbook

    from gis.io.exportlog import read_log

    panel.log_path = tmp_path / "log.jsonl"
    assert not panel.export_button.isEnabled()  # nothing matched yet
    panel.run()
    assert panel.wait(60)
    assert panel.export_button.isEnabled()
    assert read_log(panel.log_path) == []  # matching alone writes no names out
    out = tmp_path / "daftar.xlsx"
    entry = panel.export_to(out)
    assert load_workbook(out).active["A1"].value.startswith("RAHASIA")
    assert entry["jumlah_orang"] == int(panel.matching.result.assigned.sum())
    assert read_log(panel.log_path) == [entry]


def test_matching_is_kept_in_the_scenario_undoably_and_shown_again(qtbot, ws, tmp_path):
    from gis.plan.scenario import Scenario, open_scenario, save_scenario
    from widgets.base.undo import UndoStack

    ws.set_filter(HouseholdFilter(desil=(1,)))
    scenario = Scenario(name="uji")
    undo = UndoStack(ws)
    panel = MentorPanel(ws, scenario=lambda: scenario, undo=undo)
    qtbot.addWidget(panel)
    mentors = write_demo_mentors(tmp_path / "pendamping.csv", ws.villages, count=80)
    panel.open_mentors(mentors)
    digest = scenario.digest()
    panel.run()
    assert panel.wait(60)
    saved = scenario.matching
    assert saved is not None and scenario.digest() != digest  # an unsaved change
    assert len(saved["pairs"]) == int(panel.matching.result.assigned.sum())
    undo.undo()
    assert scenario.matching is None and scenario.digest() == digest
    undo.redo()
    assert scenario.matching == saved
    path = save_scenario(scenario, tmp_path / "s.skenario.json")

    # a later session: the scenario is opened, then the same register and mentor list
    opened = open_scenario(path)
    again = MentorPanel(ws, scenario=lambda: opened)
    qtbot.addWidget(again)
    again.competence.setCurrentIndex(again.competence.findData("none"))
    again.max_km.setValue(3.0)
    again.with_psks.setChecked(panel.with_psks.isChecked())
    assert not again.show_saved()  # only the PSKS persons so far: another pool
    assert "data lain" in again.summary.text()
    again.open_mentors(mentors)
    assert again.show_saved()
    text = again.summary.text()
    optimised = saved["summary"]["optimised"]
    assert num(optimised["assigned"]) in text and "tersimpan" in text
    assert again.load.rowCount() == len(saved["load"])
    assert again.rules() == panel.rules()  # the controls show what it was made with

    # another mentor list: the saved matching is not shown as if it were this one's
    other = MentorPanel(ws, scenario=lambda: opened)
    qtbot.addWidget(other)
    other.open_mentors(write_demo_mentors(tmp_path / "lain.csv", ws.villages, count=40))
    assert not other.show_saved()
    assert "data lain" in other.summary.text()
    assert other.load.rowCount() == 0
