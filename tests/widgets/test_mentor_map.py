"""Mentors on the map: lines to their families when zoomed in, and the extra indicators.

The matching is made by the gis function and put in the workspace, as the
mentor panel does when it finishes; the map must draw one line per assigned
pair in view only while zoomed in, offer the mentor maps only while a
matching is there, and colour villages with exactly the gis values.
"""

from __future__ import annotations

import numpy as np
import pytest

from gis.demo.mentors import write_demo_mentors
from gis.model.filters import HouseholdFilter
from gis.model.mentors import load_mentors, mentors_from_psks
from gis.plan import map_indicators as mi
from gis.plan.family_matching import match_families
from gis.plan.matching import MatchRules
from widgets.map.canvas import MapCanvas
from widgets.map.layers.mentor_lines import MAX_VIEW_KM, view_width_km
from widgets.panels.layer_panel import LayerPanel


@pytest.fixture(scope="module")
def mentoring_of(tmp_path_factory):
    """A matching of the desil-1 families of a workspace to the demo pool plus its PSKS."""
    made = {}

    def make(ws):
        if "m" not in made:
            path = tmp_path_factory.mktemp("pendamping") / "pendamping.csv"
            pool, _ = load_mentors(write_demo_mentors(path, ws.villages, count=80), ws.villages)
            pool = pool.extend(mentors_from_psks(ws.psks))
            matching = match_families(ws.households, pool, ws.mask, MatchRules(max_km=15.0))
            made["m"] = mi.Mentoring.of_matching(pool, matching)
        return made["m"]

    return make


@pytest.fixture
def mapped(qtbot, ws, mentoring_of):
    ws.set_filter(HouseholdFilter(desil=(1,)))
    canvas = MapCanvas(ws)
    qtbot.addWidget(canvas)
    canvas.resize(900, 650)
    canvas.show()
    qtbot.waitExposed(canvas)
    return ws, canvas, mentoring_of(ws)


def pairs_in(ws, mentoring, bounds):
    """Assigned pairs whose segment box meets ``bounds``, counted pair by pair."""
    west, south, east, north = bounds
    hh, pool = ws.households, mentoring.pool
    exact = approx = 0
    for f, j in zip(mentoring.families.tolist(), mentoring.mentor.tolist()):
        if j < 0:
            continue
        xs, ys = (hh.x[f], pool.x[j]), (hh.y[f], pool.y[j])
        if np.isnan(xs).any() or np.isnan(ys).any():
            continue
        if max(xs) >= west and min(xs) <= east and max(ys) >= south and min(ys) <= north:
            if hh.approx[f]:
                approx += 1
            else:
                exact += 1
    return exact, approx


def busiest_mentor(mentoring):
    mentor = mentoring.mentor
    return int(np.bincount(mentor[mentor >= 0]).argmax())


def test_lines_are_drawn_in_view_when_zoomed_in_and_none_when_zoomed_out(mapped):
    ws, canvas, mentoring = mapped
    layer = canvas.layer("garis_pendamping")
    canvas.flush()
    assert layer.segments is None and layer.legend_entries() == []  # no matching yet
    ws.set_mentoring(mentoring)
    canvas.zoom_full()
    canvas.flush()
    assert view_width_km(*canvas.view_bounds()) >= MAX_VIEW_KM
    assert layer.zoomed_out and layer.drawn == layer.drawn_approx == 0
    assert not layer.exact_item.isVisible() and layer.exact_item.path().isEmpty()
    (title, rows), *_ = layer.legend_entries()
    assert "diperbesar" in rows[0][2] and "30 km" in rows[0][2]
    assert "30 km" in layer.title()  # the layer panel states the rule too

    j = busiest_mentor(mentoring)
    x, y = mentoring.pool.x[j], mentoring.pool.y[j]
    canvas.zoom_to_bounds(x - 0.03, y - 0.03, x + 0.03, y + 0.03, margin=0.0)
    canvas.flush()
    bounds = canvas.view_bounds()
    assert view_width_km(*bounds) < MAX_VIEW_KM and not layer.zoomed_out
    exact, approx = pairs_in(ws, mentoring, bounds)
    assert exact + approx > 0
    assert (layer.drawn, layer.drawn_approx) == (exact, approx)
    # one path of separate segments: a move and a line per pair
    assert layer.exact_item.path().elementCount() == 2 * exact
    assert layer.approx_item.path().elementCount() == 2 * approx
    assert layer.exact_item.isVisible() and layer.mentor_item.isVisible()
    assert len(layer.mentor_item.data) >= 1
    kinds = [kind for kind, _c, _l in layer.legend_entries()[0][1]]
    assert kinds[0] == "star" and ("line" in kinds or "dash" in kinds)

    canvas.set_layer_visible("garis_pendamping", False)
    assert not layer.exact_item.isVisible()
    canvas.set_layer_visible("garis_pendamping", True)
    canvas.zoom_full()
    canvas.flush()
    assert layer.drawn == layer.drawn_approx == 0 and not layer.exact_item.isVisible()


def test_lines_clear_when_the_matching_goes_or_the_data_change(mapped, demo_dataset):
    ws, canvas, mentoring = mapped
    layer = canvas.layer("garis_pendamping")
    ws.set_mentoring(mentoring)
    assert layer.segments is not None and len(layer.segments) > 0
    ws.set_mentoring(None)
    assert layer.segments is None and layer.legend_entries() == []
    ws.set_mentoring(mentoring)
    ws.set_data(demo_dataset)  # another register (here: the same, loaded again)
    assert ws.mentoring is None and layer.segments is None


def test_combo_offers_mentor_maps_only_with_a_matching(qtbot, mapped):
    ws, canvas, mentoring = mapped
    panel = LayerPanel(ws, canvas)
    qtbot.addWidget(panel)
    combo = panel.indicator_combo

    def keys():
        return {combo.itemData(i) for i in range(combo.count())}

    carried = ws.households.carried_programs()
    assert {mi.REFER + k for k in carried} <= keys()
    assert not set(mi.MENTOR_KEYS) & keys() and "program_mentor" not in keys()
    ws.set_mentoring(mentoring)
    assert set(mi.MENTOR_KEYS) | {"program_mentor", "no_known_program"} <= keys()
    combo.setCurrentIndex(combo.findData("mentor_gap"))
    combo.activated.emit(combo.currentIndex())
    assert canvas.indicator_key == "mentor_gap"
    ws.set_mentoring(None)  # the matching is gone: so are its maps, and the map falls back
    assert not set(mi.MENTOR_KEYS) & keys()
    assert canvas.indicator_key == "desil_1_4" and combo.currentData() == "desil_1_4"
    with pytest.raises(ValueError):
        canvas.set_indicator("mentor_gap")


def test_choropleth_values_are_the_gis_values_under_the_filter(mapped):
    ws, canvas, mentoring = mapped
    ws.set_mentoring(mentoring)
    program = ws.households.carried_programs()[0]
    for key in ("mentor_need", "mentor_gap", mi.REFER + program, "no_known_program"):
        canvas.set_indicator(key)
        want = mi.compute(key, ws.households, ws.mask, flt=ws.filter, mentoring=mentoring)
        np.testing.assert_array_equal(canvas.indicator.values, want.values)
        assert canvas.indicator_title() == want.title
    ws.set_filter(HouseholdFilter(desil=(1, 2)))
    want = mi.compute(key, ws.households, ws.mask, flt=ws.filter, mentoring=mentoring)
    np.testing.assert_array_equal(canvas.indicator.values, want.values)
    assert "terfilter" in canvas.indicator_title() and "1-2" in canvas.indicator_title()
    titles = [title for title, _rows in canvas.legend_entries()]
    assert any(t.startswith(canvas.indicator_title()) for t in titles)
    # unknown stays "no data", never 0
    nan = np.isnan(want.values)
    assert (canvas.classes.class_index[nan] == -1).all()


def test_program_and_mentor_map_is_drawn_in_its_own_kinds(mapped):
    ws, canvas, mentoring = mapped
    ws.set_mentoring(mentoring)
    canvas.set_indicator("program_mentor")
    cls = mi.synergy_village_classes(ws.households, ws.mask, mentoring.pool.village)
    assert canvas.classes.class_index.tolist() == cls.tolist()
    (title, rows), *_ = [s for s in canvas.legend_entries() if s[0] == canvas.indicator_title()]
    labels = [label for _k, _c, label in rows]
    assert labels[:4] == [label[0] for _k, label, _c in mi.SYNERGY_CLASSES]
    assert labels[-1] == "tidak ada data"


def test_the_mentor_panel_hands_its_matching_to_the_map(qtbot, ws, tmp_path):
    from widgets.scenario.mentor_panel import MentorPanel

    ws.set_filter(HouseholdFilter(desil=(1,)))
    panel = MentorPanel(ws)
    qtbot.addWidget(panel)
    panel.open_mentors(write_demo_mentors(tmp_path / "p.csv", ws.villages, count=40))
    assert ws.mentoring is None
    panel.run()
    assert panel.wait(60)
    qtbot.waitUntil(lambda: panel.matching is not None, timeout=60_000)
    assert ws.mentoring is not None
    np.testing.assert_array_equal(ws.mentoring.families, panel.matching.families)
    np.testing.assert_array_equal(ws.mentoring.mentor, panel.matching.result.mentor)
    assert len(ws.mentoring.pool) == len(panel.pool())


def test_a_saved_matching_shown_again_draws_its_lines_again(qtbot, ws, tmp_path):
    from gis.plan.scenario import Scenario
    from widgets.scenario.mentor_panel import MentorPanel

    ws.set_filter(HouseholdFilter(desil=(1,)))
    scenario = Scenario(name="uji")
    panel = MentorPanel(ws, scenario=lambda: scenario)
    qtbot.addWidget(panel)
    mentors = write_demo_mentors(tmp_path / "p.csv", ws.villages, count=40)
    panel.open_mentors(mentors)
    panel.run()
    assert panel.wait(60)
    qtbot.waitUntil(lambda: panel.matching is not None, timeout=60_000)
    made = mi.mentor_segments(ws.households, ws.mentoring)
    ws.set_mentoring(None)  # e.g. another session: the scenario is opened again
    assert panel.show_saved()
    again = mi.mentor_segments(ws.households, ws.mentoring)
    assert len(again) == len(made) > 0
    np.testing.assert_array_equal(np.sort(again.fx), np.sort(made.fx))
    np.testing.assert_array_equal(np.sort(again.mx), np.sort(made.mx))
