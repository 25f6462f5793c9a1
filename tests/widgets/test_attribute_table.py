"""The attribute table: virtual rows that follow the filter, sort, share the selection, mask."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QItemSelectionModel, Qt

from gis.model.edits import SetFilter
from gis.model.filters import PRESETS
from widgets.base import privacy
from widgets.panels.attribute_table import AttributeTable


def _table(qtbot, ws):
    table = AttributeTable(ws)
    qtbot.addWidget(table)
    table.resize(900, 400)
    table.show()
    return table


def _column_values(model, key):
    col = model.column_index(key)
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_rows_follow_the_filter(qtbot, ws):
    table = _table(qtbot, ws)
    model = table.model
    assert model.rowCount() == int(ws.mask.sum())
    SetFilter(PRESETS["exclusion_error"]).apply(ws)
    assert model.rowCount() == int(ws.mask.sum())
    assert set(_column_values(model, "desil")) <= {1, 2}
    assert set(model.rows.tolist()) == set(np.flatnonzero(ws.mask).tolist())
    SetFilter(PRESETS["all"]).apply(ws)
    assert model.rowCount() == len(ws.households)


def test_sorting_by_a_column(qtbot, ws):
    table = _table(qtbot, ws)
    model = table.model
    col = model.column_index("members")
    table.view.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    members = [m or 0 for m in _column_values(model, "members")]
    assert members == sorted(members, reverse=True)
    table.view.sortByColumn(model.column_index("desil"), Qt.SortOrder.AscendingOrder)
    desil = _column_values(model, "desil")
    assert desil == sorted(desil)
    # sorting survives a filter change
    SetFilter(PRESETS["all"]).apply(ws)
    desil = [d or 0 for d in _column_values(model, "desil")]
    assert desil == sorted(desil) and len(desil) == len(ws.households)


def test_selection_is_shared_both_ways(qtbot, ws):
    table = _table(qtbot, ws)
    model = table.model
    sm = table.view.selectionModel()
    # view -> workspace
    sm.select(
        model.index(3, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    sm.select(
        model.index(10, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert sorted(ws.selection.tolist()) == sorted([model.household(3), model.household(10)])
    # workspace -> view (as the map's rubber band would)
    chosen = np.flatnonzero(ws.mask)[[5, 6, 7, 40]]
    ws.set_selection(chosen)
    rows = [i.row() for i in sm.selectedRows()]
    assert sorted(model.household(r) for r in rows) == sorted(chosen.tolist())
    # households outside the filter are not shown, so they cannot be selected in the view
    hidden = np.flatnonzero(~ws.mask)[:2]
    ws.set_selection(hidden)
    assert sm.selectedRows() == []
    ws.set_selection(None)
    assert sm.selectedRows() == []


def test_personal_data_masked_by_default(qtbot, ws):
    table = _table(qtbot, ws)
    model = table.model
    t = ws.households
    assert t.nik is not None and t.name is not None
    raw_niks = {str(v) for v in t.nik if v}
    raw_names = {str(v) for v in t.name if v}
    shown = set()
    for r in range(0, model.rowCount(), 7):
        for c in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(model.index(r, c), role)
                if value is not None:
                    shown.add(str(value))
    assert not shown & raw_niks
    assert not shown & raw_names
    nik_col = model.column_index("nik")
    assert model.data(model.index(0, nik_col)).endswith("*" * 10)


def test_unmasking_needs_confirmation(qtbot, ws, monkeypatch):
    table = _table(qtbot, ws)
    model = table.model
    nik_col = model.column_index("nik")
    raw = str(ws.households.nik[model.household(0)])
    asked = []
    monkeypatch.setattr(privacy, "confirm_unmask", lambda parent: asked.append(1) or False)
    qtbot.mouseClick(table.personal_button, Qt.MouseButton.LeftButton)
    assert asked and not ws.show_personal
    assert not table.personal_button.isChecked()
    assert model.data(model.index(0, nik_col)) != raw

    monkeypatch.setattr(privacy, "confirm_unmask", lambda parent: True)
    qtbot.mouseClick(table.personal_button, Qt.MouseButton.LeftButton)
    assert ws.show_personal
    assert model.data(model.index(0, nik_col)) == raw
    # masking back on needs no question
    monkeypatch.setattr(privacy, "confirm_unmask", lambda parent: 1 / 0)
    qtbot.mouseClick(table.personal_button, Qt.MouseButton.LeftButton)
    assert not ws.show_personal
    assert model.data(model.index(0, nik_col)) != raw


def test_a_million_rows_stay_virtual(qtbot, demo_dataset):
    from dataclasses import replace

    from gis.model.workspace import Workspace
    from widgets.bench.app import tiled_table

    big = tiled_table(demo_dataset.households, 1_000_000)
    ws = Workspace(replace(demo_dataset, households=big, psks=None))
    SetFilter(PRESETS["all"]).apply(ws)
    table = _table(qtbot, ws)
    model = table.model
    assert model.rowCount() == 1_000_000
    table.view.scrollToBottom()
    last = model.rowCount() - 1
    assert model.data(model.index(last, model.column_index("row"))) == int(big.row[-1])
    # the model holds one index array, not a copy of the columns
    assert model.rows.nbytes == 8 * 1_000_000
    table.view.sortByColumn(model.column_index("desil"), Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, model.column_index("desil"))) == int(big.desil.max())
    ws.set_selection(np.array([999_999]))
    rows = [i.row() for i in table.view.selectionModel().selectedRows()]
    assert [model.household(r) for r in rows] == [999_999]
