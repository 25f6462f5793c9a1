"""The meeting tables on a printed sheet: in the PDF, clear of the map and the panel, per page."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re  # noqa: E402
from dataclasses import replace  # noqa: E402

import numpy as np  # noqa: E402
import pytest  # noqa: E402

from gis.maps.sheet_layout import (  # noqa: E402
    MapItem,
    SheetSpec,
    TableItem,
    TextItem,
    compose,
    compose_series,
)
from gis.model.filters import HouseholdFilter  # noqa: E402
from gis.model.mentors import mentors_from_psks  # noqa: E402
from gis.plan.family_matching import match_families  # noqa: E402
from gis.plan.matching import MatchRules  # noqa: E402
from gis.plan.meeting_tables import MeetingTables  # noqa: E402
from tests.output_fixtures import small_map_data  # noqa: E402
from widgets.output.sheet_render import render_pdf  # noqa: E402

BOTH = ("sinergi", "pendamping")
ALL = ("sinergi", "kombinasi", "pendamping")


@pytest.fixture(scope="module")
def data(demo_paths):
    """The small demo province filtered to desil 1-2, with PSKS persons as the mentor pool."""
    base = small_map_data(demo_paths)
    flt = HouseholdFilter(desil=(1, 2))
    t = base.households
    data = replace(base, filter=flt, mask=flt.mask(t), _cache={})
    pool = mentors_from_psks(data.psks)
    matching = match_families(t, pool, data.mask, MatchRules(max_km=12.0))
    data.meeting = MeetingTables(t, data.mask, data.filter_text(), pool, "PSKS", 12.0, matching)
    return data


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _pdf_text(path) -> str:
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    doc.load(str(path))
    return _squash("".join(doc.getAllText(i).text() for i in range(doc.pageCount())))


@pytest.mark.parametrize(
    "paper,orientation", [("A4", "landscape"), ("A4", "portrait"), ("A3", "landscape")]
)
def test_tables_printed_clear_of_map_and_panel(qapp, data, tmp_path, paper, orientation):
    spec = SheetSpec(paper=paper, orientation=orientation, tables=ALL)
    layout = compose(spec, data)
    titles = [s.title for key in BOTH for s in data.meeting.sections(key)]
    tables = [it for it in layout.items if isinstance(it, TableItem) and it.title in titles]
    assert sorted(t.title for t in tables) == sorted(titles)
    (frame,) = layout.find(MapItem, "map")
    page = layout.items[0].rect  # the neat line
    others = [
        it
        for it in layout.items
        if isinstance(it, TableItem | TextItem | MapItem)
        and it not in tables
        and getattr(it, "role", "") not in ("meeting-note", "meeting-chart")
    ]
    notes = layout.find(TextItem, "meeting-note") + layout.find(TextItem, "meeting-chart")
    assert notes
    for it in [*tables, *notes]:
        assert page.contains(it.rect), it
        # nothing of the tables on the map (with its grid labels) or on a panel block
        assert not it.rect.overlaps(frame.rect.inset(-4.0)), it
        for other in others:
            assert not it.rect.overlaps(other.rect), (it, other)
    for a in tables + notes:
        for b in tables + notes:
            assert a is b or not a.rect.overlaps(b.rect), (a, b)

    text = _pdf_text(render_pdf(layout, tmp_path / f"rapat-{paper}-{orientation}.pdf"))
    for t in tables:
        assert _squash(t.title) in text
        for row in t.rows[:3]:
            assert _squash(" ".join(c for c in row if c).replace("…", "")) in text.replace("…", "")
    # the UpSet chart: its title, a bar count per combination, each program at the side
    (chart,) = data.meeting.sections("kombinasi", rows="compact")
    assert "KOMBINASIPROGRAM(UPSET)" in text
    for _, n in chart.combos:
        assert f"{n:,}".replace(",", ".") in text
    printed = {t.text for t in layout.find(TextItem, "meeting-chart")}
    assert set(chart.programs) <= printed or all(p[:4] in " ".join(printed) for p in chart.programs)
    # what the tables count is printed with them: the filter, the reach, placement by rule
    assert "Keluarga:RTdesil1-2" in text
    assert "12kmdarititikdesa" in text and "perkiraandititikdesanya" in text


def test_gap_rows_are_the_largest_gaps_in_the_pdf(qapp, data, tmp_path):
    layout = compose(SheetSpec(tables=("pendamping",)), data)
    text = _pdf_text(render_pdf(layout, tmp_path / "gap.pdf"))
    ind = data.meeting.gap_indicators()
    gap = np.nan_to_num(ind["mentor_gap"].values, nan=-1)
    names = data.villages.names
    largest = names[int(np.argmax(gap))]
    assert _squash(str(largest)) in text
    assert "KESENJANGANPENDAMPING(12KM)" in text and "HASILPENCOCOKANPENDAMPING" in text
    assert "KOMBINASIPROGRAM" not in text  # only the table asked for


def test_no_tables_unless_asked(data):
    plain = compose(SheetSpec(), data)
    assert not plain.find(TextItem, "meeting-note")
    assert not any("KOMBINASI" in t for t in plain.texts())
    # the map gives up the strip's height only when tables are printed
    (a,) = plain.find(MapItem, "map")
    (b,) = compose(SheetSpec(tables=BOTH), data).find(MapItem, "map")
    assert b.rect.h < a.rect.h


def test_each_page_of_a_series_counts_its_own_villages(data):
    spec = SheetSpec(tables=("sinergi",))
    pages = list(compose_series(spec, data, "kecamatan", units=None))[:2]
    v = data.villages
    for page in pages:
        focus = v.kec_index == v.kec_codes.tolist().index(page.unit_code)
        sel = data.mask & (data.households.village >= 0)
        sel &= focus[np.maximum(data.households.village, 0)]
        note = next(t for t in page.texts() if t.startswith("Keluarga: "))
        assert f"({int(sel.sum()):,} keluarga di wilayah lembar ini)".replace(",", ".") in note


def test_preview_checkboxes_follow_the_data(qtbot, data):
    from widgets.output.sheet_preview import SheetPreview

    without = replace(data, meeting=None, _cache={})
    w = SheetPreview(without)
    qtbot.addWidget(w)
    assert not w.synergy_table.isEnabled() and not w.gap_table.isEnabled()
    assert not w.upset_chart.isEnabled()
    assert w.spec().tables == ()
    w.close()

    no_pool = replace(data, meeting=MeetingTables(data.households, data.mask), _cache={})
    w = SheetPreview(no_pool)
    qtbot.addWidget(w)
    assert w.synergy_table.isEnabled() and not w.gap_table.isEnabled()
    assert w.upset_chart.isEnabled()
    assert "pendamping" in w.gap_table.toolTip().lower()
    w.close()

    w = SheetPreview(data)
    qtbot.addWidget(w)
    assert w.synergy_table.isEnabled() and w.gap_table.isEnabled()
    w.synergy_table.setChecked(True)
    assert w.spec().tables == ("sinergi",)
    w.gap_table.setChecked(True)
    assert w.spec().tables == BOTH
    w.upset_chart.setChecked(True)
    assert w.spec().tables == ALL
    w.close()


def test_output_page_hands_the_mentor_tab_to_the_sheet(qtbot, ws, tmp_path):
    """The sheet's tables count the mentor tab's pool, reach and matching, as the tab shows."""
    from gis.demo.mentors import write_demo_mentors
    from widgets.output.output_page import OutputPage
    from widgets.scenario.mentor_panel import MentorPanel

    ws.set_filter(HouseholdFilter(desil=(1,)))
    panel = MentorPanel(ws)
    qtbot.addWidget(panel)
    page = OutputPage(ws, mentors=panel.meeting_inputs)
    qtbot.addWidget(page)
    # no list opened, PSKS persons left out: no pool, so no gap table
    panel.with_psks.setChecked(False)
    assert page.map_data().meeting.available() == ("sinergi", "kombinasi")
    # without the mentor tab the PSKS persons are the pool
    alone = OutputPage(ws)
    qtbot.addWidget(alone)
    assert "pendamping" in alone.map_data().meeting.available()

    panel.open_mentors(write_demo_mentors(tmp_path / "pendamping.csv", ws.villages, count=60))
    panel.max_km.setValue(9.0)
    panel.run()
    assert panel.wait(60)
    meeting = page.map_data().meeting
    assert meeting.available() == ALL
    assert meeting.matching is panel.matching and meeting.max_km == 9.0
    assert meeting.pool_text == "pendamping.csv"
    sections = meeting.sections("pendamping")
    assert sections[0].title == "KESENJANGAN PENDAMPING (9 KM)"
    matched = {r[0]: r[1] for r in sections[-1].rows}
    assert matched["Terdampingi"] == f"{int(panel.matching.result.assigned.sum()):,}".replace(
        ",", "."
    )
