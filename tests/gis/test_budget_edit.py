"""The budget cap edit as a pure record: applying it returns the edit that undoes it."""

from gis.model.edits import SetBudgetCap
from gis.plan.scenario import Scenario
from tests.gis.scenario_data import simple_programs


def test_setting_the_cap_returns_its_inverse():
    sc = Scenario(programs=simple_programs())
    seen = []
    sc.events.budget_cap.connect(lambda *a: seen.append(a[0]))
    steps = [2_000_000_000, 2_500_000_000, None, 0]
    inverses = []
    for cap in steps:
        inverses.append(SetBudgetCap(sc, cap).apply(None))
        assert sc.budget_cap == cap
    assert seen == steps  # every change is announced, so the meter follows
    # undoing in reverse order walks back through every cap to none
    for inverse, before in zip(reversed(inverses), [None, 2_500_000_000, 2_000_000_000, None]):
        redo = inverse.apply(None)
        assert sc.budget_cap == before
        assert isinstance(redo, SetBudgetCap)
    assert SetBudgetCap(sc, 1).label == "Ubah pagu anggaran"
