"""The web map offers the mentor, referral and synergy maps the workspace allows."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from gis.demo.mentors import write_demo_mentors  # noqa: E402
from gis.model.filters import HouseholdFilter  # noqa: E402
from gis.model.mentors import load_mentors  # noqa: E402
from gis.plan import map_indicators as mi  # noqa: E402
from gis.plan.family_matching import match_families  # noqa: E402
from gis.plan.matching import MatchRules  # noqa: E402
from widgets.output.output_page import map_data_from_workspace  # noqa: E402
from widgets.output.webmap_view import WebMapView  # noqa: E402


def keys_of(view):
    combo = view.indicator
    return [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i)]


def test_extra_maps_are_offered_and_drawn_titled_with_the_filter(qtbot, ws, tmp_path):
    ws.set_filter(HouseholdFilter(desil=(1, 2)))
    plain = WebMapView(map_data_from_workspace(ws), extras=mi.ExtraIndicators.of_workspace(ws))
    qtbot.addWidget(plain)
    assert not set(mi.MENTOR_KEYS) & set(keys_of(plain))  # no matching: no mentor maps
    pool, _ = load_mentors(write_demo_mentors(tmp_path / "p.csv", ws.villages, 40), ws.villages)
    ws.set_mentoring(
        mi.Mentoring.of_matching(pool, match_families(ws.households, pool, ws.mask, MatchRules()))
    )
    extras = mi.ExtraIndicators.of_workspace(ws)
    view = WebMapView(map_data_from_workspace(ws), extras=extras)
    qtbot.addWidget(view)
    assert keys_of(view)[-len(extras.keys()) :] == extras.keys()
    assert "mentor_gap" in keys_of(view) and "program_mentor" in keys_of(view)
    view.indicator.setCurrentIndex(view.indicator.findData("mentor_gap"))
    page = view.html_path().read_text(encoding="utf-8")
    want = extras.compute("mentor_gap")
    assert want.title in page and "desil 1-2" in want.title
    assert pool.name is not None
    assert not any(str(n) in page for n in pool.name if n)  # counts only: no mentor names
