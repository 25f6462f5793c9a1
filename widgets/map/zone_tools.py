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

import numpy as np
import pyqtgraph as pg
import shapely
import shapely.affinity
from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QBrush, QColor, QKeySequence, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QInputDialog

from gis.maps import raster
from gis.model.edits import AddZone, RemoveZone, ReplaceZone
from gis.model.zone_tally import count_zones
from gis.model.zones import Zone, circle_zone
from gis.numbers import format_number
from widgets.base.undo import UndoStack
from widgets.map.map_canvas import CURRENT_ZONE_COLOR, CanvasTool, MapCanvas, _disconnector

#: tool keys, in the order the actions are listed
TOOLS: tuple[str, ...] = (
    "geser",
    "poligon",
    "persegi",
    "lingkaran",
    "pilih_desa",
    "pilih_kecamatan",
    "ubah_titik",
    "pindah",
    "pilih_rt",
)


def tr(text: str) -> str:
    # the empty context is what pyside6-lupdate records for a module-level tr()
    return QCoreApplication.translate("", text)


def tool_texts() -> dict[str, tuple[str, str]]:
    """Tool key -> (action text, status-bar hint)."""
    return {
        "geser": (
            tr("Geser dan identifikasi"),
            tr(
                "Seret untuk menggeser peta, gulir untuk memperbesar, klik untuk melihat "
                "keterangan, Shift+seret untuk memilih rumah tangga."
            ),
        ),
        "poligon": (
            tr("Gambar poligon"),
            tr(
                "Klik untuk menambah titik sudut; klik ganda atau Enter untuk selesai; "
                "Backspace menghapus titik terakhir; Esc membatalkan."
            ),
        ),
        "persegi": (
            tr("Gambar persegi"),
            tr("Seret dari satu sudut ke sudut seberangnya. Esc membatalkan."),
        ),
        "lingkaran": (
            tr("Gambar lingkaran"),
            tr("Tekan di titik pusat lalu seret; jari-jari tampil dalam km. Esc membatalkan."),
        ),
        "pilih_desa": (
            tr("Pilih desa sebagai zona"),
            tr(
                "Klik desa untuk menambah atau melepasnya dari zona; Enter menutup zona ini, "
                "klik berikutnya membuat zona baru."
            ),
        ),
        "pilih_kecamatan": (
            tr("Pilih kecamatan sebagai zona"),
            tr("Klik satu desa: seluruh kecamatannya menjadi satu zona."),
        ),
        "ubah_titik": (
            tr("Ubah titik sudut zona"),
            tr(
                "Klik zona, lalu seret titik sudutnya; klik garis tepi untuk menambah titik, "
                "klik kanan titik untuk menghapusnya."
            ),
        ),
        "pindah": (tr("Pindahkan zona"), tr("Seret zona ke tempat barunya.")),
        "pilih_rt": (
            tr("Pilih rumah tangga"),
            tr("Seret kotak untuk memilih rumah tangga yang tampil."),
        ),
    }


_PREVIEW_COLOR = CURRENT_ZONE_COLOR


def _preview_item() -> QGraphicsPathItem:
    item = QGraphicsPathItem()
    pen = QPen(QColor(_PREVIEW_COLOR))
    pen.setWidthF(2.0)
    pen.setCosmetic(True)
    pen.setStyle(Qt.PenStyle.DashLine)
    item.setPen(pen)
    fill = QColor(_PREVIEW_COLOR)
    fill.setAlpha(40)
    item.setBrush(QBrush(fill))
    return item


def _ring_path(points, closed: bool = True) -> QPainterPath:
    path = QPainterPath()
    if not points:
        return path
    path.moveTo(QPointF(*points[0]))
    for p in points[1:]:
        path.lineTo(QPointF(*p))
    if closed and len(points) > 2:
        path.closeSubpath()
    return path


def _polygonal(geom):
    """A valid polygon or multipolygon from a drawn shape, or None if it has no area."""
    if geom is None:
        return None
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    if geom.geom_type == "GeometryCollection":
        parts = [g for g in shapely.get_parts(geom) if g.geom_type in ("Polygon", "MultiPolygon")]
        geom = shapely.union_all(parts) if parts else None
    if geom is None or geom.is_empty or geom.area <= 0:
        return None
    return geom


class _Tool(CanvasTool):
    """A zone tool: knows the ZoneTools it reports to."""

    key_name = ""

    def __init__(self, tools: ZoneTools):
        super().__init__()
        self.tools = tools

    @property
    def hint(self) -> str:
        return tool_texts()[self.key_name][1]

    def px_distance(self, a, b) -> float:
        pw, ph = self.canvas.pixel_size()
        return float(np.hypot((a[0] - b[0]) / pw, (a[1] - b[1]) / ph))


class _PolygonTool(_Tool):
    key_name = "poligon"

    def __init__(self, tools):
        super().__init__(tools)
        self.vertices: list[tuple[float, float]] = []
        self.item: QGraphicsPathItem | None = None
        self.hover: tuple[float, float] | None = None

    def activate(self, canvas):
        super().activate(canvas)
        self.item = _preview_item()
        canvas.add_tool_item(self.item)

    def deactivate(self):
        self.cancel()
        self.canvas.remove_tool_item(self.item)
        self.item = None
        super().deactivate()

    def _update(self):
        pts = list(self.vertices)
        if self.hover is not None and pts:
            pts.append(self.hover)
        self.item.setPath(_ring_path(pts, closed=len(pts) > 2))

    def press(self, lon, lat, event):
        if event.button() == Qt.MouseButton.RightButton:
            self.finish()
            return True
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        if not self.vertices or self.px_distance(self.vertices[-1], (lon, lat)) > 3:
            self.vertices.append((lon, lat))
            self.tools.sig_message.emit(
                tr("{0} titik sudut. Klik ganda atau Enter untuk selesai.").format(
                    len(self.vertices)
                )
            )
        self._update()
        return True

    def move(self, lon, lat, event):
        self.hover = (lon, lat)
        if self.vertices:
            self._update()
        return bool(event.buttons() & Qt.MouseButton.LeftButton)

    def release(self, lon, lat, event):
        return event.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton)

    def double_click(self, lon, lat, event):
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        if not self.vertices or self.px_distance(self.vertices[-1], (lon, lat)) > 3:
            self.vertices.append((lon, lat))
        self.finish()
        return True

    def key(self, event):
        k = event.key()
        if k in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
            return True
        if k == Qt.Key.Key_Escape:
            self.cancel()
            self.tools.sig_message.emit(tr("Gambar poligon dibatalkan."))
            return True
        if k == Qt.Key.Key_Backspace and self.vertices:
            self.vertices.pop()
            self._update()
            return True
        return False

    def cancel(self):
        self.vertices = []
        self.hover = None
        if self.item is not None:
            self.item.setPath(QPainterPath())

    def finish(self):
        if len(self.vertices) < 3:
            self.tools.sig_message.emit(tr("Poligon perlu sedikitnya tiga titik sudut."))
            return
        geom = _polygonal(shapely.Polygon(self.vertices))
        self.cancel()
        if geom is None:
            self.tools.sig_message.emit(tr("Poligon tidak memiliki luas; tidak dibuat."))
            return
        self.tools.add_zone(geometry=geom)


class _DragTool(_Tool):
    """Press, drag, release: rectangle, circle, household selection."""

    def __init__(self, tools):
        super().__init__(tools)
        self.start: tuple[float, float] | None = None
        self.item: QGraphicsPathItem | None = None

    def activate(self, canvas):
        super().activate(canvas)
        self.item = _preview_item()
        canvas.add_tool_item(self.item)

    def deactivate(self):
        self.start = None
        self.canvas.remove_tool_item(self.item)
        self.item = None
        super().deactivate()

    def press(self, lon, lat, event):
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        self.start = (lon, lat)
        return True

    def move(self, lon, lat, event):
        if self.start is None:
            return False
        self.preview(lon, lat)
        return True

    def release(self, lon, lat, event):
        if event.button() != Qt.MouseButton.LeftButton or self.start is None:
            return False
        start, self.start = self.start, None
        self.item.setPath(QPainterPath())
        if self.px_distance(start, (lon, lat)) > 3:
            self.done(start, (lon, lat))
        return True

    def key(self, event):
        if event.key() == Qt.Key.Key_Escape and self.start is not None:
            self.start = None
            self.item.setPath(QPainterPath())
            return True
        return False

    def preview(self, lon, lat):
        raise NotImplementedError

    def done(self, start, end):
        raise NotImplementedError


class _RectangleTool(_DragTool):
    key_name = "persegi"

    def preview(self, lon, lat):
        path = QPainterPath()
        path.addRect(QRectF(QPointF(*self.start), QPointF(lon, lat)).normalized())
        self.item.setPath(path)

    def done(self, start, end):
        geom = _polygonal(
            shapely.box(
                min(start[0], end[0]),
                min(start[1], end[1]),
                max(start[0], end[0]),
                max(start[1], end[1]),
            )
        )
        if geom is not None:
            self.tools.add_zone(geometry=geom)


class _CircleTool(_DragTool):
    key_name = "lingkaran"

    def __init__(self, tools):
        super().__init__(tools)
        self.label: pg.TextItem | None = None

    def activate(self, canvas):
        super().activate(canvas)
        self.label = pg.TextItem(
            "", color="#111111", anchor=(0, 1), fill=pg.mkBrush(255, 255, 255, 220)
        )
        self.label.setVisible(False)
        canvas.add_tool_item(self.label)

    def deactivate(self):
        self.canvas.remove_tool_item(self.label)
        self.label = None
        super().deactivate()

    def radius_km(self, lon, lat) -> float:
        return raster.distance_km(self.start[0], self.start[1], lon, lat)

    def preview(self, lon, lat):
        r = self.radius_km(lon, lat)
        if r <= 0:
            return
        ring = shapely.get_coordinates(circle_zone("", "", *self.start, r).geometry.exterior)
        self.item.setPath(_ring_path([tuple(p) for p in ring]))
        text = f"r = {format_number(r, 2)} km"
        self.label.setText(text)
        self.label.setPos(lon, lat)
        self.label.setVisible(True)
        self.tools.sig_message.emit(tr("Jari-jari {0} km").format(format_number(r, 2)))

    def release(self, lon, lat, event):
        if self.label is not None:
            self.label.setVisible(False)
        return super().release(lon, lat, event)

    def done(self, start, end):
        r = raster.distance_km(start[0], start[1], end[0], end[1])
        self.tools.last_radius_km = r
        zone_id = self.tools.workspace.new_zone_id()
        zone = circle_zone(zone_id, self.tools.default_name(zone_id), start[0], start[1], r)
        note = tr("lingkaran jari-jari {0} km").format(format_number(r, 2))
        self.tools.add_zone(zone=zone, note=note)


class _SelectTool(_DragTool):
    key_name = "pilih_rt"
    cursor = Qt.CursorShape.CrossCursor

    def preview(self, lon, lat):
        path = QPainterPath()
        path.addRect(QRectF(QPointF(*self.start), QPointF(lon, lat)).normalized())
        self.item.setPath(path)

    def done(self, start, end):
        n = self.canvas.select_in_rect(
            min(start[0], end[0]),
            min(start[1], end[1]),
            max(start[0], end[0]),
            max(start[1], end[1]),
        )
        self.tools.sig_message.emit(tr("{0} rumah tangga dipilih.").format(format_number(n)))


class _PickVillagesTool(_Tool):
    key_name = "pilih_desa"
    cursor = Qt.CursorShape.PointingHandCursor

    def __init__(self, tools):
        super().__init__(tools)
        self.zone_id: str | None = None

    def activate(self, canvas):
        super().activate(canvas)
        ws = self.tools.workspace
        current = ws.zone(ws.current_zone) if ws.current_zone else None
        self.zone_id = (
            current.zone_id if current is not None and current.kind == "villages" else None
        )

    def press(self, lon, lat, event):
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        v = self.canvas.village_at(lon, lat)
        if v < 0:
            self.tools.sig_message.emit(tr("Tidak ada desa di titik ini."))
            return True
        ws = self.tools.workspace
        code = str(ws.villages.codes[v])
        name = str(ws.villages.names[v])
        zone = ws.zone(self.zone_id) if self.zone_id else None
        if zone is None or zone.kind != "villages":
            self.zone_id = self.tools.add_zone(villages=(code,)).zone_id
            return True
        if code in zone.villages:
            remaining = tuple(c for c in zone.villages if c != code)
            if not remaining:
                self.tools.delete_zone(zone.zone_id)
                self.zone_id = None
                return True
            self.tools.replace_zone(replace(zone, villages=remaining))
            self.tools.sig_message.emit(tr("{0} dilepas dari {1}.").format(name, zone.name))
        else:
            self.tools.replace_zone(replace(zone, villages=(*zone.villages, code)))
            self.tools.sig_message.emit(tr("{0} ditambahkan ke {1}.").format(name, zone.name))
        return True

    def release(self, lon, lat, event):
        return event.button() == Qt.MouseButton.LeftButton

    def double_click(self, lon, lat, event):
        return event.button() == Qt.MouseButton.LeftButton  # a double click is two picks, no zoom

    def key(self, event):
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            self.zone_id = None
            self.tools.sig_message.emit(tr("Zona ditutup; klik desa untuk membuat zona baru."))
            return True
        return False


class _PickKecamatanTool(_Tool):
    key_name = "pilih_kecamatan"
    cursor = Qt.CursorShape.PointingHandCursor

    def press(self, lon, lat, event):
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        v = self.canvas.village_at(lon, lat)
        if v < 0:
            self.tools.sig_message.emit(tr("Tidak ada desa di titik ini."))
            return True
        villages = self.tools.workspace.villages
        kec = int(villages.kec_index[v])
        codes = tuple(str(c) for c in villages.codes[villages.kec_index == kec])
        name = str(villages.kec_names[kec]) or str(villages.kec_codes[kec])
        self.tools.add_zone(villages=codes, name=f"Kec. {name}")
        return True

    def release(self, lon, lat, event):
        return event.button() == Qt.MouseButton.LeftButton

    def double_click(self, lon, lat, event):
        return event.button() == Qt.MouseButton.LeftButton


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


class _EditVerticesTool(_Tool):
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
                pen=pg.mkPen(_PREVIEW_COLOR, width=2),
                hoverPen=pg.mkPen("#111111", width=3),
                handlePen=pg.mkPen("#111111", width=2),
                handleHoverPen=pg.mkPen(_PREVIEW_COLOR, width=3),
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
        return _polygonal(geom)

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


class _MoveTool(_Tool):
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


class ZoneTools(QObject):
    """The zone tools of one canvas, as actions for the main window to place.

    Parameters
    ----------
    canvas
        The map the tools draw on.
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

    def __init__(self, canvas: MapCanvas, undo_stack: UndoStack, parent: QObject | None = None):
        super().__init__(parent)
        if undo_stack.workspace is not canvas.workspace:
            raise ValueError("the undo stack and the canvas must share one workspace")
        self.canvas = canvas
        self.stack = undo_stack
        self.last_radius_km: float | None = None
        self._tools = {
            "geser": None,
            "poligon": _PolygonTool(self),
            "persegi": _RectangleTool(self),
            "lingkaran": _CircleTool(self),
            "pilih_desa": _PickVillagesTool(self),
            "pilih_kecamatan": _PickKecamatanTool(self),
            "ubah_titik": _EditVerticesTool(self),
            "pindah": _MoveTool(self),
            "pilih_rt": _SelectTool(self),
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
        self.destroyed.connect(_disconnector(self._connections))
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
