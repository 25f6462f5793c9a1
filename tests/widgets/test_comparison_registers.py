"""One scenario on the open register and on an earlier snapshot, side by side (issue 13)."""

from __future__ import annotations

import pytest

from gis.model.zones import Zone
from gis.plan.compare import compare_on_registers
from gis.plan.scenario import Scenario
from tests.gis.scenario_data import simple_programs
from tests.widgets.test_snapshot_view import _earlier
from widgets.scenario.comparison_view import ComparisonView, cell_text


def _scenario(ws, k: int) -> Scenario:
    v = ws.villages
    sc = Scenario(name="Uji", programs=simple_programs())
    sc.add_zone(Zone("z", "Zona uji", villages=tuple(v.codes[:k])), ("A",))
    return sc


@pytest.mark.parametrize("seed", [1, 2])
def test_first_scenario_on_both_registers(qtbot, ws, seed):
    old, *_ = _earlier(ws.households, seed)
    view = ComparisonView(ws, debounce_ms=10)
    qtbot.addWidget(view)
    view.show()
    assert not view.registers_check.isVisible()
    sc = _scenario(ws, 40 * seed)
    view.add_scenario(sc, "uji")
    assert view.wait(30) and view.comparison is None  # one scenario alone: nothing to compare
    view.set_other_register(old, "dtks_lama.parquet")
    assert view.registers_check.isVisible() and "dtks_lama" in view.registers_check.text()
    view.registers_check.setChecked(True)
    assert view.wait(30)
    comp = view.comparison
    want = compare_on_registers(
        sc, [("register sekarang", ws.households), ("dtks_lama.parquet", old)], psks=ws.psks
    )
    assert comp.names == want.names == ["Uji – register sekarang", "Uji – dtks_lama.parquet"]
    assert view.metrics.horizontalHeaderItem(2).text() == want.names[1]
    for col, m in enumerate(want.metrics):
        assert view.metric_text("Rumah tangga terjangkau", col) == cell_text(m.households, "int")
    assert (comp.villages.reached == want.villages.reached).all()
    assert "dtks_lama" in view.status.text()
    # the comparison of register is cleared: back to scenarios side by side
    view.set_other_register(None)
    assert not view.registers_check.isVisible() and not view.registers_check.isChecked()
    assert view.wait(30) and view.comparison is None
