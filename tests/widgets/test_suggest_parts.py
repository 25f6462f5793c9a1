"""The parts of the suggestion panel work alone: the proposal table and the budget chart."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from gis.plan.programs import default_programs
from gis.plan.suggest import DEFAULT_TARGET, suggest_range
from widgets.scenario.suggest_chart import BudgetRangeChart
from widgets.scenario.suggest_proposals import ProposalModel

#: fixtures: demo_data, demo_ws (the shipped demo province)
pytest_plugins = ["tests.widgets.scenario_helpers"]

BUDGETS = [2_000_000_000, 5_000_000_000, 10_000_000_000, 20_000_000_000]


def picks(ws):
    return suggest_range(
        ws.households, BUDGETS, ("PKH", "SEMBAKO"), default_programs(), target=DEFAULT_TARGET
    )


def test_the_proposal_model_lists_each_pick_in_the_order_taken(demo_ws):
    rng = picks(demo_ws)
    model = ProposalModel()
    for pick in rng.picks:
        model.set_pick(pick, demo_ws.villages)
        assert model.rowCount() == len(pick.codes)
        assert [model.code(r) for r in range(model.rowCount())] == list(pick.codes)
        if model.rowCount():
            assert model.reason(0)
            model.sort(3, Qt.SortOrder.DescendingOrder)
            shown = [model.index(r, 3).data() for r in range(model.rowCount())]
            values = [int(x.replace(".", "").replace(",", "")) for x in shown]
            assert values == sorted(values, reverse=True)
    model.set_pick(None, demo_ws.villages)
    assert model.rowCount() == 0


def test_the_budget_chart_draws_the_curve_and_the_chosen_budget(qtbot, demo_ws):
    rng = picks(demo_ws)
    chart = BudgetRangeChart()
    qtbot.addWidget(chart)
    chart.show_range(rng, BUDGETS[1])
    x, y = chart.curve.getData()
    curve = rng.curve()
    assert np.allclose(x, [c["budget"] / 1e9 for c in curve])
    assert np.allclose(y, [c["target"] for c in curve])
    assert chart.budget_line.value() == BUDGETS[1] / 1e9
    dropped = sum(1 for ch in rng.changes if ch["dropped"])
    assert len(chart.dropped_points.data) == dropped
    assert chart.chart_note.text()
    chart.show_range(None, BUDGETS[1])
    x, _ = chart.curve.getData()
    assert (x is None or len(x) == 0) and chart.chart_note.text() == ""
