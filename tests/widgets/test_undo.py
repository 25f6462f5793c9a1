"""The Qt undo stack over gis.model.edits records: undo and redo restore the zones."""

from __future__ import annotations

from dataclasses import replace

import shapely

from gis.model.edits import AddZone, RemoveZone, ReplaceZone, SetFilter
from gis.model.filters import HouseholdFilter
from gis.model.workspace import Workspace
from gis.model.zones import Zone
from widgets.base.undo import EditCommand, UndoStack


def square(x, y, d=0.1):
    return shapely.box(x, y, x + d, y + d)


def names(ws):
    return [(z.zone_id, z.name) for z in ws.zones]


def test_undo_and_redo_restore_the_zones(qtbot):
    ws = Workspace()
    stack = UndoStack(ws)
    a = Zone("zona-1", "Zona 1", square(112, -3))
    b = Zone("zona-2", "Zona 2", square(113, -3))
    stack.push_edit(AddZone(a))
    stack.push_edit(AddZone(b))
    stack.push_edit(ReplaceZone(replace(a, name="Pesisir", geometry=square(112.5, -3))))
    stack.push_edit(RemoveZone("zona-2"))
    assert names(ws) == [("zona-1", "Pesisir")]
    assert stack.undoText() == "Hapus zona zona-2"

    stack.undo()
    assert names(ws) == [("zona-1", "Pesisir"), ("zona-2", "Zona 2")]
    stack.undo()
    assert names(ws) == [("zona-1", "Zona 1"), ("zona-2", "Zona 2")]
    assert ws.zone("zona-1").geometry.equals(square(112, -3))
    stack.undo()
    stack.undo()
    assert ws.zones == []
    assert not stack.canUndo()

    stack.redo()
    stack.redo()
    stack.redo()
    assert names(ws) == [("zona-1", "Pesisir"), ("zona-2", "Zona 2")]
    assert ws.zone("zona-1").geometry.equals(square(112.5, -3))
    stack.redo()
    assert names(ws) == [("zona-1", "Pesisir")]
    assert not stack.canRedo()


def test_removed_zone_comes_back_in_its_place(qtbot):
    ws = Workspace()
    stack = UndoStack(ws)
    for i in range(3):
        stack.push_edit(AddZone(Zone(f"zona-{i}", f"Zona {i}", square(112 + i, -3))))
    stack.push_edit(RemoveZone("zona-1"))
    stack.undo()
    assert [z.zone_id for z in ws.zones] == ["zona-0", "zona-1", "zona-2"]


def test_every_change_is_announced_once(qtbot):
    ws = Workspace()
    stack = UndoStack(ws)
    seen = []
    ws.sig_zones_changed.connect(lambda zones: seen.append(len(zones)))
    stack.push_edit(AddZone(Zone("zona-1", "Zona 1", square(112, -3))))
    stack.undo()
    stack.redo()
    assert seen == [1, 0, 1]


def test_filter_edits_undo_too(qtbot):
    ws = Workspace()
    stack = UndoStack(ws)
    before = ws.filter
    stack.push_edit(SetFilter(HouseholdFilter(desil=(1, 2))))
    assert ws.filter.desil == (1, 2)
    stack.undo()
    assert ws.filter == before


def test_actions_speak_indonesian_and_use_ctrl_z_ctrl_y(qtbot):
    ws = Workspace()
    stack = UndoStack(ws)
    undo = stack.undo_action(stack)
    redo = stack.redo_action(stack)
    stack.push_edit(AddZone(Zone("zona-1", "Pesisir", square(112, -3))))
    assert undo.text() == "Urungkan Tambah zona Pesisir"
    assert undo.isEnabled() and not redo.isEnabled()
    assert "Ctrl+Z" in [k.toString() for k in undo.shortcuts()]
    assert redo.shortcuts()[0].toString() == "Ctrl+Y"
    undo.trigger()
    assert ws.zones == []
    assert redo.text() == "Ulangi Tambah zona Pesisir"
    redo.trigger()
    assert names(ws) == [("zona-1", "Pesisir")]


def test_command_holds_the_edit_that_redo_applies(qtbot):
    ws = Workspace()
    cmd = EditCommand(AddZone(Zone("zona-1", "Z", square(112, -3))), ws)
    assert cmd.text() == "Tambah zona Z"
    cmd.redo()
    assert cmd.edit is None and len(ws.zones) == 1
    cmd.undo()
    assert isinstance(cmd.edit, AddZone) and ws.zones == []
