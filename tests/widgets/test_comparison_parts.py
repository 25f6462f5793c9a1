"""The parts of the comparison view work alone: charts, village table, gain/loss map."""

from __future__ import annotations

import numpy as np
import pytest

from gis.plan.compare import compare
from gis.plan.scenario import open_scenario
from widgets.base.fmt import num
from widgets.scenario.comparison_charts import ComparisonCharts
from widgets.scenario.comparison_villages import ComparisonMap, VillageDiffTable
from widgets.scenario.scenario_common import example_scenarios

#: fixtures: demo_data, demo_ws (the shipped demo province)
pytest_plugins = ["tests.widgets.scenario_helpers"]


@pytest.fixture
def comparison(demo_ws):
    """The shipped examples compared on the demo province (2 and 3 scenarios)."""
    table = demo_ws.households
    scs = [open_scenario(p, table, accept_data_mismatch=True) for _, p in example_scenarios()]
    assert len(scs) >= 2
    return compare(table, scs[:3])


def test_the_charts_show_one_bar_group_per_scenario(qtbot, comparison):
    part = ComparisonCharts()
    qtbot.addWidget(part)
    part.show_comparison(comparison)
    for name in comparison.names:
        assert name[:13] in part.chart_legend.text()
    assert part.cost_plot.listDataItems()  # bars drawn
    part.show_comparison(None)
    assert part.chart_legend.text() == "" and not part.cost_plot.listDataItems()


def test_the_village_table_lists_the_changed_villages_largest_first(qtbot, comparison):
    part = VillageDiffTable()
    qtbot.addWidget(part)
    part.show_comparison(comparison)
    model = part.village_model
    vd = comparison.villages
    assert model.rowCount() == len(vd.changed)
    assert num(model.rowCount()) in part.village_note.text()
    n = len(comparison.names)
    first_delta = 3 + n
    biggest = [
        max(abs(model.value(r, c)) for c in range(first_delta, model.columnCount()))
        for r in range(model.rowCount())
    ]
    assert biggest == sorted(biggest, reverse=True)
    part.show_comparison(None)
    assert model.rowCount() == 0 and part.village_note.text() == ""


def test_the_map_colours_gain_and_loss_for_the_chosen_scenario(qtbot, demo_ws, comparison):
    part = ComparisonMap(demo_ws)
    qtbot.addWidget(part)
    part.show_comparison(comparison)
    assert part.map_choice.count() == len(comparison.names) - 1
    for i in range(part.map_choice.count()):
        part.map_choice.setCurrentIndex(i)
        status = part.map_status()
        assert np.array_equal(status, comparison.villages.status(i + 1))
        for key in ("naik", "turun", "tetap"):
            want = int(((status == key) & demo_ws.villages.has_polygon).sum())
            assert part._map_items[key].path().isEmpty() == (want == 0)
    part.show_comparison(None)
    assert part.map_status() is None and part.map_note.text() == ""
