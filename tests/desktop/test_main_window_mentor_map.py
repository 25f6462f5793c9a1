"""The main window hands the mentor matching and the eligibility rules to the map."""

from __future__ import annotations

from gis.demo.mentors import write_demo_mentors
from gis.model.filters import HouseholdFilter
from gis.plan import map_indicators as mi
from gis.plan.allocation import EligibilityRule


def combo_keys(window):
    combo = window.layer_panel.indicator_combo
    return {combo.itemData(i) for i in range(combo.count())}


def test_matching_reaches_the_map_and_leaves_it_when_undone(qtbot, window, ws, tmp_path):
    ws.set_filter(HouseholdFilter(desil=(1,)))
    panel = window.mentor_panel
    panel.open_mentors(write_demo_mentors(tmp_path / "p.csv", ws.villages, count=40))
    assert ws.mentoring is None and "mentor_gap" not in combo_keys(window)
    panel.run()
    assert panel.wait(60)
    qtbot.waitUntil(lambda: ws.mentoring is not None, timeout=60_000)
    lines = window.canvas.layer("garis_pendamping")
    assert lines.segments is not None and len(lines.segments) > 0
    assert set(mi.MENTOR_KEYS) <= combo_keys(window)
    window.canvas.set_indicator("mentor_gap")

    window.undo.undo()  # the matching kept in the scenario is undone
    assert window.scenario_panel.scenario.matching is None
    assert ws.mentoring is None and lines.segments is None
    assert "mentor_gap" not in combo_keys(window)
    assert window.canvas.indicator_key == "desil_1_4"


def test_referral_map_follows_the_scenario_rules(qtbot, window, ws):
    scenario = window.scenario_panel.scenario
    assert ws.referral_rules == (dict(scenario.rules) or None)
    window.scenario_panel.set_rule("PKH", EligibilityRule(desil=(1,)))
    assert window.scenario_panel.wait(60)
    qtbot.waitUntil(lambda: ws.referral_rules == scenario.rules, timeout=30_000)
    key = mi.REFER + "PKH"
    window.canvas.set_indicator(key)
    want = mi.compute(key, ws.households, ws.mask, flt=ws.filter, rules=scenario.rules)
    assert ws.referral_rules == scenario.rules
    assert window.canvas.indicator.values.tolist() == want.values.tolist()
