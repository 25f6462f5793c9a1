"""Drawing and editing intervention zones on the map canvas.

A planner draws where a program should go: a polygon around a coastal
strip, a rectangle, a circle of so many kilometres around a health post,
or, most often, whole villages or a whole kecamatan (the unit budgets are
written for). Then they reshape, move, rename or delete zones until the
tallies look right.

Every change goes through a :mod:`gis.model.edits` record pushed on the
:class:`widgets.base.undo.UndoStack` (DESIGN convention 4), so each step is one
Ctrl+Z; the tools never touch the zone list directly. Dragging shows a live
preview, and only the end of a drag becomes an edit (convention 7): the
zone masks and tallies are recomputed once per edit, not per mouse move.

The tools are checkable ``QAction``s in one exclusive group, created here
and handed to the main window through :meth:`ZoneTools.actions` (convention
5); the main window only places them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QInputDialog

from gis.model.edits import AddZone, RemoveZone, ReplaceZone
from gis.model.zone_tally import count_zones
from gis.model.zones import Zone
from gis.numbers import format_number
from widgets.base.undo import UndoStack
from widgets.map.drawing import disconnector
from widgets.map.tool import CanvasTool
from widgets.map.zone_draw import (
    TOOLS,
    CircleTool,
    PickKecamatanTool,
    PickVillagesTool,
    PolygonTool,
    RectangleTool,
    SelectTool,
    tool_texts,
    tr,
)
from widgets.map.zone_edit import EditVerticesTool, MoveTool

__all__ = ["TOOLS", "ZoneTools", "tool_texts"]


class ZoneTools(QObject):
    """The zone tools of one canvas, as actions for the main window to place.

    Parameters
    ----------
    canvas
        The map the tools draw on (a ``widgets.map.canvas.MapCanvas``; not
        imported here, so that the canvas's run-alone window can import this).
    undo_stack
        Where every zone edit goes (its workspace must be the canvas's).

    Signals
    -------
    sig_message(str)
        A hint or a result for the status bar ("Jari-jari 2,50 km").
    sig_zone_created(str)
        Id of a zone a tool has just created.
    """

    sig_message = Signal(str)
    sig_zone_created = Signal(str)

    def __init__(self, canvas, undo_stack: UndoStack, parent: QObject | None = None):
        super().__init__(parent)
        if undo_stack.workspace is not canvas.workspace:
            raise ValueError("the undo stack and the canvas must share one workspace")
        self.canvas = canvas
        self.stack = undo_stack
        self.last_radius_km: float | None = None
        self._tools = {
            "geser": None,
            "poligon": PolygonTool(self),
            "persegi": RectangleTool(self),
            "lingkaran": CircleTool(self),
            "pilih_desa": PickVillagesTool(self),
            "pilih_kecamatan": PickKecamatanTool(self),
            "ubah_titik": EditVerticesTool(self),
            "pindah": MoveTool(self),
            "pilih_rt": SelectTool(self),
        }
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self._actions: dict[str, QAction] = {}
        for key, (text, hint) in tool_texts().items():
            action = QAction(text, self)
            action.setObjectName(f"zona_{key}")
            action.setCheckable(True)
            action.setToolTip(f"{text}\n{hint}")
            action.setStatusTip(hint)
            action.setData(key)
            self._group.addAction(action)
            self._actions[key] = action
        self._actions["geser"].setChecked(True)
        self._group.triggered.connect(lambda a: self.activate(a.data()))

        self._rename = QAction(tr("Ganti nama zona..."), self)
        self._rename.setObjectName("zona_ganti_nama")
        self._rename.setStatusTip(tr("Ganti nama zona yang sedang dipilih."))
        self._rename.triggered.connect(self._ask_rename)
        self._delete = QAction(tr("Hapus zona"), self)
        self._delete.setObjectName("zona_hapus")
        self._delete.setStatusTip(tr("Hapus zona yang sedang dipilih (dapat diurungkan)."))
        self._delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self._delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._delete.triggered.connect(self._delete_current)
        canvas.addAction(self._delete)
        ws = canvas.workspace
        self._connections = [
            (ws.sig_current_zone_changed, self._update_enabled),
            (ws.sig_zones_changed, self._update_enabled),
            (ws.sig_data_changed, self._on_data_changed),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        self.destroyed.connect(disconnector(self._connections))
        self._update_enabled()

    # ----------------------------------------------------------------- access
    @property
    def workspace(self):
        return self.canvas.workspace

    def actions(self) -> list[QAction]:
        """Tool actions (checkable, exclusive), then rename and delete."""
        return [*self._actions.values(), self._rename, self._delete]

    def action(self, key: str) -> QAction:
        """One action by key: one of :data:`TOOLS`, ``"ganti_nama"`` or ``"hapus"``."""
        if key == "ganti_nama":
            return self._rename
        if key == "hapus":
            return self._delete
        return self._actions[key]

    @property
    def active(self) -> str:
        """Key of the active tool."""
        checked = self._group.checkedAction()
        return checked.data() if checked is not None else "geser"

    def tool(self, key: str) -> CanvasTool | None:
        return self._tools[key]

    def activate(self, key: str) -> None:
        """Make tool ``key`` the canvas's mouse mode."""
        if key not in self._tools:
            raise ValueError(f"unknown zone tool {key!r}")
        self._actions[key].setChecked(True)
        self.canvas.set_tool(self._tools[key])
        self.sig_message.emit(tool_texts()[key][1])

    # ------------------------------------------------------------------ edits
    def default_name(self, zone_id: str) -> str:
        m = re.search(r"(\d+)$", zone_id)
        return f"Zona {m.group(1)}" if m else zone_id

    def add_zone(self, geometry=None, villages=(), name: str | None = None, zone=None, note=""):
        """Create a zone through the undo stack, make it current and say what it reaches."""
        ws = self.workspace
        if zone is None:
            zone_id = ws.new_zone_id()
            zone = Zone(zone_id, name or self.default_name(zone_id), geometry, tuple(villages))
        self.stack.push_edit(AddZone(zone))
        ws.set_current_zone(zone.zone_id)
        c = count_zones(ws.households, [zone], ws.zone_masks, ws.mask).zones[0]
        name = f"{zone.name} ({note})" if note else zone.name
        text = tr(
            "{0} dibuat: {1} rumah tangga terfilter ({2} berkoordinat sendiri, "
            "{3} letak perkiraan)."
        ).format(name, format_number(c.total), format_number(c.own), format_number(c.approximate))
        if c.split_approximate:
            text += " " + tr("Zona membelah {0} RT perkiraan di {1} desa.").format(
                format_number(c.split_approximate), format_number(c.split_villages)
            )
        self.sig_message.emit(text)
        self.sig_zone_created.emit(zone.zone_id)
        return zone

    def replace_zone(self, zone: Zone) -> None:
        self.stack.push_edit(ReplaceZone(zone))

    def rename_zone(self, zone_id: str, name: str) -> bool:
        """Rename a zone (one undoable edit); False if the zone is unknown or the name empty."""
        zone = self.workspace.zone(zone_id)
        name = (name or "").strip()
        if zone is None or not name or name == zone.name:
            return False
        self.stack.push_edit(ReplaceZone(replace(zone, name=name)))
        return True

    def delete_zone(self, zone_id: str) -> bool:
        if self.workspace.zone(zone_id) is None:
            return False
        self.stack.push_edit(RemoveZone(zone_id))
        return True

    def _ask_rename(self) -> None:
        zone_id = self.workspace.current_zone
        zone = self.workspace.zone(zone_id) if zone_id else None
        if zone is None:
            return
        name, ok = QInputDialog.getText(
            self.canvas, tr("Ganti nama zona"), tr("Nama zona:"), text=zone.name
        )
        if ok:
            self.rename_zone(zone_id, name)

    def _delete_current(self) -> None:
        zone_id = self.workspace.current_zone
        if zone_id:
            self.delete_zone(zone_id)

    def _update_enabled(self, *_):
        ws = self.workspace
        has = ws.current_zone is not None and ws.zone(ws.current_zone) is not None
        self._rename.setEnabled(has)
        self._delete.setEnabled(has)

    def _on_data_changed(self, *_):
        self.activate("geser")
