"""The program cost table model works without its dialog: rows, words, edits, refusals."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gis.plan.programs import default_programs
from widgets.scenario.program_table_model import ProgramTableModel


def test_the_model_shows_every_cost_line_and_writes_amounts_into_the_table(qtbot):
    table = default_programs()
    model = ProgramTableModel(table)
    lines = [(p.key, line.component) for p in table.programs for line in p.lines]
    assert model.rowCount() == len(lines)
    amount = model.column("amount")
    for key, component in lines:
        row = model.row_of(key, component)
        p, line = model.line_at(row)
        assert (p.key, line.component) == (key, component)
        index = model.index(row, amount)
        assert model.setData(index, "1,5 juta" if line.amount != 1_500_000 else "2 juta")
        want = 1_500_000 if line.amount != 1_500_000 else 2_000_000
        assert model.line_at(row)[1].amount == want
        assert table.get(key).lines[[ln.component for ln in p.lines].index(component)].amount == (
            want
        )
    before = [ln.amount for p in table.programs for ln in p.lines]
    for bad in ("-5", "1e308", "banyak"):
        assert not model.setData(model.index(0, amount), bad)
    assert [ln.amount for p in table.programs for ln in p.lines] == before
    unit = model.data(model.index(0, model.column("unit")), Qt.ItemDataRole.DisplayRole)
    assert unit and not unit.startswith("per_")  # in words, not the key
