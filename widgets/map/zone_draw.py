"""The mouse tools that draw and edit zones on the map canvas, and their texts.

Each tool is a :class:`widgets.map.tool.CanvasTool` owned by one
:class:`widgets.map.zone_tools.ZoneTools`, through which every change
becomes one undoable edit; a drag shows a live preview and only its end
becomes an edit. Split from ``zone_tools`` (the actions and the edits) to
keep both modules short.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pyqtgraph as pg
import shapely
import shapely.affinity
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from gis.maps import raster
from gis.model.zones import circle_zone
from gis.numbers import format_number
from widgets.map.layers.zones import CURRENT_ZONE_COLOR
from widgets.map.tool import CanvasTool

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


def polygonal(geom):
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


class ZoneTool(CanvasTool):
    """A zone tool: knows the ZoneTools it reports to."""

    key_name = ""

    def __init__(self, tools):
        super().__init__()
        self.tools = tools

    @property
    def hint(self) -> str:
        return tool_texts()[self.key_name][1]

    def px_distance(self, a, b) -> float:
        pw, ph = self.canvas.pixel_size()
        return float(np.hypot((a[0] - b[0]) / pw, (a[1] - b[1]) / ph))


class PolygonTool(ZoneTool):
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
        geom = polygonal(shapely.Polygon(self.vertices))
        self.cancel()
        if geom is None:
            self.tools.sig_message.emit(tr("Poligon tidak memiliki luas; tidak dibuat."))
            return
        self.tools.add_zone(geometry=geom)


class DragTool(ZoneTool):
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


class RectangleTool(DragTool):
    key_name = "persegi"

    def preview(self, lon, lat):
        path = QPainterPath()
        path.addRect(QRectF(QPointF(*self.start), QPointF(lon, lat)).normalized())
        self.item.setPath(path)

    def done(self, start, end):
        geom = polygonal(
            shapely.box(
                min(start[0], end[0]),
                min(start[1], end[1]),
                max(start[0], end[0]),
                max(start[1], end[1]),
            )
        )
        if geom is not None:
            self.tools.add_zone(geometry=geom)


class CircleTool(DragTool):
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


class SelectTool(DragTool):
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


class PickVillagesTool(ZoneTool):
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


class PickKecamatanTool(ZoneTool):
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
