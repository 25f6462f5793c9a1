"""The suggestion panel: villages for a budget, locks, the budget chart and the zone it makes."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gis.model.edits import AddZone
from gis.plan.programs import default_programs
from gis.plan.scenario import Scenario
from gis.plan.suggest import DEFAULT_TARGET, DEFAULT_VISIT_COST, suggest, suggest_range
from widgets.scenario.suggest_panel import NOT_NESTED_NOTE, SuggestPanel, proposal_zone

#: fixtures: demo_data, demo_ws (the shipped demo province), answers (message boxes)
pytest_plugins = ["tests.widgets.scenario_helpers"]

BUDGET = 10_000_000_000
PROGRAMS = ("PKH", "SEMBAKO", "PBI")


@pytest.fixture
def panel(qtbot, demo_ws):
    p = SuggestPanel(demo_ws, debounce_ms=10)
    qtbot.addWidget(p)
    p.resize(440, 760)
    p.show()
    p.set_budget(BUDGET)
    assert p.wait(30)
    return p


def expected(ws, **kwargs):
    return suggest(
        ws.households,
        kwargs.pop("budget", BUDGET),
        PROGRAMS,
        default_programs(),
        target=DEFAULT_TARGET,
        household_filter=ws.filter,
        **{"visit_cost": DEFAULT_VISIT_COST, **kwargs},
    )


def test_default_target_and_programs_give_gis_suggestion(panel, demo_ws):
    assert panel.target.currentText() == "Desil 1-2 belum menerima bantuan apa pun"
    assert panel.programs() == PROGRAMS
    pick = panel.suggestion
    want = expected(demo_ws)
    assert pick.codes == want.codes and len(pick.codes) > 3
    assert panel.proposed_codes() == want.codes
    assert panel.model.rowCount() == len(want.codes)
    codes = [panel.model.code(r) for r in range(panel.model.rowCount())]
    assert codes == want.codes  # in the order they were taken
    panel.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # most target households first
    col = [panel.model.index(r, 3).data() for r in range(panel.model.rowCount())]
    assert [int(x.replace(".", "").replace(",", "")) for x in col] == sorted(
        [int(t) for t in want.target], reverse=True
    )
    assert str(want.total_target) in panel.summary.text().replace(".", "").replace(",", "")


def test_the_pick_is_said_to_be_not_nested(panel):
    assert panel.note.isVisible()
    assert panel.note.text() == NOT_NESTED_NOTE
    assert "tidak bertingkat" in NOT_NESTED_NOTE and "desa yang berbeda" in NOT_NESTED_NOTE


def test_chart_plots_target_reached_over_the_budget_range(panel, demo_ws):
    rng = suggest_range(
        demo_ws.households,
        panel.budgets(),
        PROGRAMS,
        default_programs(),
        household_filter=demo_ws.filter,
        visit_cost=DEFAULT_VISIT_COST,
    )
    x, y = panel.curve.getData()
    assert list(y) == [c["target"] for c in rng.curve()]
    assert np.allclose(x, [b / 1e9 for b in rng.budgets])
    assert BUDGET in panel.budgets() and min(panel.budgets()) < BUDGET < max(panel.budgets())
    assert panel.budget_line.value() == pytest.approx(BUDGET / 1e9)
    dropped = sum(1 for ch in rng.changes if ch["dropped"])
    assert len(panel.dropped_points.data) == dropped
    assert ("melepas desa" in panel.chart_note.text()) == (not rng.nested)


def test_locks_in_and_out(panel, demo_ws):
    first = panel.proposed_codes()[0]
    panel.table.selectRow(0)
    assert panel.selected_codes() == [first]
    panel.lock_out([first])
    assert panel.wait(30)
    assert first not in panel.proposed_codes()
    v = demo_ws.villages
    # the village with the fewest target households, which a greedy pick skips
    lonely = str(v.codes[int(np.argmax(v.codes != first))])
    panel.lock_in([lonely])
    assert panel.wait(30)
    pick = panel.suggestion
    assert pick.codes[0] == lonely and pick.locked[0]
    assert pick.codes == expected(demo_ws, locked_in=[lonely], locked_out=[first]).codes
    assert panel.tabs.tabText(2) == "Kunci (2)"
    assert panel.locks.count() == 2
    panel.unlock([first, lonely])
    assert panel.wait(30)
    assert panel.proposed_codes() == expected(demo_ws).codes


def test_budget_target_and_program_changes_rerun(panel, demo_ws):
    assert panel.budget.set_text("5 miliar")
    assert panel.wait(30)
    assert panel.suggestion.budget == 5_000_000_000
    assert panel.proposed_codes() == expected(demo_ws, budget=5_000_000_000).codes
    panel.set_target("d14_nothing")
    assert panel.wait(30)
    assert panel.suggestion.target_total > expected(demo_ws, budget=5_000_000_000).target_total
    for box in panel._program_checks.values():
        box.setChecked(False)
    assert panel.wait(30)
    assert panel.suggestion is None and "program" in panel.error
    assert not panel.zone_button.isEnabled()


def test_scenario_program_table_is_used(qtbot, demo_ws):
    sc = Scenario()
    p = SuggestPanel(demo_ws, sc, debounce_ms=10)
    qtbot.addWidget(p)
    p.set_budget(BUDGET)
    assert p.wait(30)
    before = p.suggestion.total_cost
    sc.programs.set_amount("SEMBAKO", "bantuan_pangan", 400_000)
    assert p.busy
    assert p.wait(30)
    table = sc.programs
    want = suggest(
        demo_ws.households,
        BUDGET,
        PROGRAMS,
        table,
        household_filter=demo_ws.filter,
        visit_cost=DEFAULT_VISIT_COST,
    )
    assert p.proposed_codes() == want.codes
    assert p.suggestion.total_cost == want.total_cost != before


def test_proposed_villages_become_an_undoable_zone(panel, demo_ws, qtbot):
    with qtbot.waitSignal(panel.sig_villages_proposed) as blocker:
        panel.zone_button.click()
    codes = blocker.args[0]
    assert codes == panel.proposed_codes()
    inverse = AddZone(proposal_zone(demo_ws, codes)).apply(demo_ws)
    zone = demo_ws.zones[-1]
    assert zone.kind == "villages" and list(zone.villages) == codes
    assert zone.name == "Usulan desa"
    inverse.apply(demo_ws)
    assert demo_ws.zones == []


def test_visit_cost_and_minimum_size_rank_the_villages_and_say_why(panel, demo_ws):
    """The planner sets the cost of a village visit and a minimum size; each row says why."""
    assert panel.visit_cost_rupiah() == DEFAULT_VISIT_COST and panel.min_target.value() == 1
    assert panel.visit_cost.words.text() == "= Rp 5 juta"
    assert panel.visit_cost.set_text("25 juta")
    panel.min_target.setValue(20)
    assert panel.wait(30)
    pick = panel.suggestion
    want = expected(demo_ws, visit_cost=25_000_000, min_target=20)
    assert pick.codes == want.codes and pick.visit_cost == 25_000_000
    assert min(pick.target) >= 20
    assert pick.total_cost == pick.programme_cost + 25_000_000 * len(pick.codes) <= BUDGET
    headers = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(9)]
    assert "Rp per RT sasaran" in headers and "Alasan" in headers
    rows = pick.rows()
    for r in range(panel.model.rowCount()):
        why = panel.model.reason(r)
        row = rows[r]
        assert why == panel.model.index(r, 1).data(Qt.ItemDataRole.ToolTipRole)
        assert f"{row['target']} RT sasaran" in why.replace(".", "")
        assert f"Peringkat {row['rank']} dari {row['ranked']}" in why.replace(".", "")
        assert "per RT sasaran" in why and "kunjungan Rp 25,0 juta" in why
    reason_col = headers.index("Alasan")
    assert panel.model.index(0, reason_col).data() == f"peringkat 1 dari {rows[0]['ranked']}"
    assert "kunjungan" in panel.summary.text()
