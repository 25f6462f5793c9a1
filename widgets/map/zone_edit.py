"""The zone tools that reshape a drawn zone: dragging its vertices and moving it whole.

Split from ``widgets.map.zone_draw`` (the tools that make a zone) to keep
both modules short; the same rules hold: a drag shows a live preview
(``MapCanvas.set_zone_preview``) and only its end becomes one undoable edit.
"""

from __future__ import annotations

from dataclasses import replace

import pyqtgraph as pg
import shapely
import shapely.affinity
from PySide6.QtCore import Qt

from gis.model.zones import Zone
from widgets.map.layers.zones import CURRENT_ZONE_COLOR
from widgets.map.zone_draw import ZoneTool, polygonal, tr


class _ZoneROI(pg.PolyLineROI):
    """PolyLineROI with handles big enough to grab and a handle menu in Indonesian."""

    def __init__(self, positions, **kwargs):
        self._handle_size = 9
        super().__init__(positions, **kwargs)

    def addFreeHandle(self, *args, **kwargs):
        self.handleSize = self._handle_size
        return super().addFreeHandle(*args, **kwargs)

    def addHandle(self, info, index=None):
        handle = super().addHandle(info, index=index)
        action = getattr(handle, "removeAction", None)
        if action is not None:
            action.setText(tr("Hapus titik sudut"))
            handle.menu.setTitle(tr("Titik sudut"))
        return handle


class EditVerticesTool(ZoneTool):
    """Drag a zone's corners (PolyLineROI): live preview while dragging, one edit at the end."""

    key_name = "ubah_titik"
    cursor = Qt.CursorShape.ArrowCursor

    def __init__(self, tools):
        super().__init__(tools)
        self.roi: _ZoneROI | None = None
        self.zone_id: str | None = None
        self._others = None  # parts of a multipolygon not being edited
        self._holes = []
        self._syncing = False

    def activate(self, canvas):
        super().activate(canvas)
        ws = self.tools.workspace
        ws.sig_zones_changed.connect(self._on_zones_changed)
        if ws.current_zone:
            self.attach(ws.current_zone)

    def deactivate(self):
        self.tools.workspace.sig_zones_changed.disconnect(self._on_zones_changed)
        self.detach()
        super().deactivate()

    def attach(self, zone_id: str) -> bool:
        """Put handles on the corners of zone ``zone_id`` (polygon zones only)."""
        self.detach()
        zone = self.tools.workspace.zone(zone_id)
        if zone is None:
            return False
        if zone.geometry is None:
            self.tools.sig_message.emit(
                tr("{0} tersusun dari desa: ubah dengan alat Pilih desa sebagai zona.").format(
                    zone.name
                )
            )
            return False
        self.zone_id = zone_id
        shell = self._split(zone.geometry)
        self._syncing = True
        try:
            self.roi = _ZoneROI(
                shell,
                closed=True,
                pen=pg.mkPen(CURRENT_ZONE_COLOR, width=2),
                hoverPen=pg.mkPen("#111111", width=3),
                handlePen=pg.mkPen("#111111", width=2),
                handleHoverPen=pg.mkPen(CURRENT_ZONE_COLOR, width=3),
                movable=True,
            )
            self.canvas.add_tool_item(self.roi)
        finally:
            self._syncing = False
        self.roi.sigRegionChanged.connect(self._on_changing)
        self.roi.sigRegionChangeFinished.connect(self._on_finished)
        self.tools.sig_message.emit(tr("Mengubah {0}: seret titik sudutnya.").format(zone.name))
        return True

    def detach(self):
        if self.roi is not None:
            self.roi.sigRegionChanged.disconnect(self._on_changing)
            self.roi.sigRegionChangeFinished.disconnect(self._on_finished)
            self.canvas.remove_tool_item(self.roi)
        self.roi = None
        self.zone_id = None

    def _split(self, geom) -> list[tuple[float, float]]:
        """Exterior of the largest part (edited), remembering holes and other parts."""
        parts = list(shapely.get_parts(geom))
        parts.sort(key=lambda g: g.area, reverse=True)
        main = parts[0]
        self._others = parts[1:]
        self._holes = [list(r.coords) for r in main.interiors]
        return [tuple(c) for c in list(main.exterior.coords)[:-1]]

    def handle_points(self) -> list[tuple[float, float]]:
        """Corners as now dragged, in lon/lat."""
        out = []
        for h in self.roi.getHandles():
            p = self.roi.mapToParent(h.pos())
            out.append((p.x(), p.y()))
        return out

    def geometry(self):
        pts = self.handle_points()
        if len(pts) < 3:
            return None
        geom = shapely.Polygon(pts, self._holes)
        if self._others:
            geom = shapely.union_all([geom, *self._others])
        return polygonal(geom)

    def _on_changing(self, *_):
        if self._syncing or self.zone_id is None:
            return
        geom = self.geometry()
        if geom is not None:
            self.canvas.set_zone_preview(self.zone_id, geom)

    def _on_finished(self, *_):
        if self._syncing or self.zone_id is None:
            return
        zone = self.tools.workspace.zone(self.zone_id)
        geom = self.geometry()
        if zone is None or geom is None:
            self.tools.sig_message.emit(tr("Bentuk zona tidak sah; perubahan tidak disimpan."))
            return
        if zone.geometry is not None and shapely.equals_exact(zone.geometry, geom, 1e-12):
            return
        self.tools.replace_zone(replace(zone, geometry=geom))

    def _on_zones_changed(self, _zones):
        """Undo, redo or an edit elsewhere: put the handles where the zone now is."""
        if self.roi is None or self.zone_id is None:
            return
        zone = self.tools.workspace.zone(self.zone_id)
        if zone is None or zone.geometry is None:
            self.detach()
            return
        current = self.geometry()
        if current is not None and shapely.equals_exact(zone.geometry, current, 1e-12):
            return
        shell = self._split(zone.geometry)
        self._syncing = True
        try:
            self.roi.setPos(0, 0)
            self.roi.setPoints(shell)
        finally:
            self._syncing = False

    def _on_roi(self, event) -> bool:
        if self.roi is None:
            return False
        for item in self.canvas.plot_widget.items(event.position().toPoint()):
            while item is not None:
                if item is self.roi:
                    return True
                item = item.parentItem()
        return False

    def press(self, lon, lat, event):
        if event.button() != Qt.MouseButton.LeftButton or self._on_roi(event):
            return False  # the ROI's own handles and body take it
        ws = self.tools.workspace
        i = self.canvas.zone_at(lon, lat)
        if i < 0:
            return False  # pan the map
        zone = ws.zones[i]
        ws.set_current_zone(zone.zone_id)
        self.attach(zone.zone_id)
        return True

    def key(self, event):
        if event.key() == Qt.Key.Key_Escape and self.roi is not None:
            self.detach()
            return True
        return False


class MoveTool(ZoneTool):
    key_name = "pindah"
    cursor = Qt.CursorShape.SizeAllCursor

    def __init__(self, tools):
        super().__init__(tools)
        self.zone: Zone | None = None
        self.start = None

    def press(self, lon, lat, event):
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        ws = self.tools.workspace
        i = self.canvas.zone_at(lon, lat)
        if i < 0:
            return False
        zone = ws.zones[i]
        ws.set_current_zone(zone.zone_id)
        if zone.geometry is None:
            self.tools.sig_message.emit(
                tr("{0} tersusun dari desa dan tidak dapat dipindahkan.").format(zone.name)
            )
            return True
        self.zone, self.start = zone, (lon, lat)
        return True

    def move(self, lon, lat, event):
        if self.zone is None:
            return False
        dx, dy = lon - self.start[0], lat - self.start[1]
        self.canvas.set_zone_preview(
            self.zone.zone_id, shapely.affinity.translate(self.zone.geometry, dx, dy)
        )
        return True

    def release(self, lon, lat, event):
        if self.zone is None or event.button() != Qt.MouseButton.LeftButton:
            return self.zone is not None
        zone, start = self.zone, self.start
        self.zone = self.start = None
        if self.px_distance(start, (lon, lat)) <= 2:
            self.canvas.set_zone_preview(zone.zone_id, zone.geometry)
            return True
        moved = shapely.affinity.translate(zone.geometry, lon - start[0], lat - start[1])
        self.tools.replace_zone(replace(zone, geometry=moved))
        return True

    def key(self, event):
        if event.key() == Qt.Key.Key_Escape and self.zone is not None:
            self.canvas.set_zone_preview(self.zone.zone_id, self.zone.geometry)
            self.zone = self.start = None
            return True
        return False
