"""The map legend, the charts and the scenario panel say which filter their numbers follow."""

from __future__ import annotations

import pytest

from gis.model.filters import PRESETS, HouseholdFilter
from widgets.map.canvas import MapCanvas
from widgets.panels.charts import ChartsPanel

EXCLUSION = HouseholdFilter(desil=(1, 2), lacks_all=("*",))
WORDS = "desil 1-2, belum menerima program apa pun"
EN_WORDS = "decile 1-2, receiving no program at all"


@pytest.fixture
def canvas(qtbot, ws):
    c = MapCanvas(ws)
    qtbot.addWidget(c)
    c.resize(900, 700)
    return c


@pytest.fixture
def english(qapp):
    from desktop.i18n import install_language

    install_language("en", qapp)
    yield qapp
    install_language("id", qapp)


def test_map_legend_and_layer_name_follow_the_filter(canvas, ws, qtbot):
    title, _rows = canvas.legend_entries()[0]
    assert title == "Rumah tangga desil 1-4 (RT)"  # the default filter: the indicator as defined
    with qtbot.waitSignal(canvas.sig_layers_changed):
        ws.set_filter(EXCLUSION)
    sections = dict(canvas.legend_entries())
    title = next(iter(sections))
    assert title == f"RT terfilter ({WORDS}) (RT)"
    assert "desil 1-4" not in title
    assert f"Rumah tangga: {WORDS}" in sections
    layer = next(li for li in canvas.layers() if li.name == "koroplet")
    assert layer.title == f"Desa: RT terfilter ({WORDS})"
    # each preset that narrows the count changes the words; "all" keeps the indicator's title
    ws.set_filter(PRESETS["all"])
    assert canvas.legend_entries()[0][0] == "Rumah tangga desil 1-4 (RT)"
    assert "Rumah tangga: semua desil" in dict(canvas.legend_entries())


def test_map_legend_in_english(canvas, ws, english):
    ws.set_filter(EXCLUSION)
    sections = dict(canvas.legend_entries())
    title = next(iter(sections))
    assert title == f"Filtered households ({EN_WORDS}) (HH)"
    assert any(EN_WORDS in s for s in sections)


def test_chart_titles_name_the_filter(qtbot, ws):
    charts = ChartsPanel(ws)
    qtbot.addWidget(charts)
    ws.set_filter(EXCLUSION)

    def title(plot) -> str:  # the words, whatever the lines they are wrapped in
        return plot.plotItem.titleLabel.text.replace("<br>", " ")

    qtbot.waitUntil(lambda: WORDS in title(charts.desil_plot), timeout=3000)
    assert "Sebaran desil (% RT terfilter)" in title(charts.desil_plot)
    program_title = title(charts.program_plot)
    assert "Cakupan program (% RT terfilter)" in program_title and WORDS in program_title
    ws.set_filter(HouseholdFilter(desil=(7, 8), receives_any=("PKH",)))
    qtbot.waitUntil(lambda: "desil 7-8, menerima PKH" in title(charts.desil_plot), timeout=3000)


def test_scenario_panel_says_which_filter_eligibility_starts_from(qtbot, ws, tmp_path):
    from widgets.base.undo import UndoStack
    from widgets.scenario.scenario_panel import ScenarioPanel

    panel = ScenarioPanel(
        ws, UndoStack(ws), recovery_folder=tmp_path / "pemulihan", autosave_minutes=0
    )
    qtbot.addWidget(panel)
    ws.set_filter(EXCLUSION)
    panel.refresh()
    text = panel.filter_label.text()
    assert text.startswith("Kelayakan dihitung dari filter: Miskin belum dibantu")
    assert text.endswith("RT desil 1-2 yang belum menerima program apa pun yang tercatat")
    panel.wait(30)


def test_identify_says_which_filter_its_counts_follow(qtbot, ws, canvas):
    from widgets.panels.identify import IdentifyPanel

    panel = IdentifyPanel(ws, canvas)
    qtbot.addWidget(panel)
    ws.set_filter(EXCLUSION)
    canvas.sig_identify.emit("village", 3)
    assert "Filter: Miskin belum dibantu (exclusion error): RT desil 1-2 yang belum" in panel.text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_comparison_view_names_each_scenarios_filter(qtbot, ws, qapp, lang):
    from desktop.i18n import install_language
    from gis.model.zones import circle_zone
    from gis.plan.scenario import Scenario
    from widgets.scenario.comparison_view import ComparisonView

    view = ComparisonView(ws, debounce_ms=10)
    qtbot.addWidget(view)
    zone = circle_zone("z1", "Zona Teluk", 112.2, -3.9, 10)
    for name, flt in (("Belum dibantu", EXCLUSION), ("Semua", HouseholdFilter(desil=()))):
        sc = Scenario(name=name, filter=flt)
        sc.add_zone(zone, ("PKH",))
        assert view.add_scenario(sc)
    install_language(lang, qapp)
    try:
        view.compare()
        assert view.wait(30)
        label = "Household filter" if lang == "en" else "Filter rumah tangga"
        first, second = view.metric_text(label, 0), view.metric_text(label, 1)
    finally:
        install_language("id", qapp)
    if lang == "en":
        assert first.endswith("Decile 1-2 households receiving no recorded program")
        assert second == "All households"
    else:
        assert first.endswith("RT desil 1-2 yang belum menerima program apa pun yang tercatat")
        assert second == "Semua rumah tangga"


def test_status_bar_count_names_the_filter(qtbot, ws):
    from widgets.panels.status_bar import StatusBar

    bar = StatusBar(ws)
    qtbot.addWidget(bar)
    ws.set_filter(EXCLUSION)
    bar.refresh()
    assert bar.count_label.toolTip() == (
        "Filter: Miskin belum dibantu (exclusion error): "
        "RT desil 1-2 yang belum menerima program apa pun yang tercatat"
    )
