"""Intervention zones: outline, light fill and a label with the households counted.

The zone being worked on is drawn in vermillion above the others (Okabe-Ito
blue). Zone tools (``widgets.map.zone_tools``) draw a live preview through
:meth:`ZonesLayer.set_preview` while the user drags.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import shapely
from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGraphicsPathItem

from gis.model.zones import Zone
from widgets.base import fmt
from widgets.map.drawing import cosmetic_pen, geometry_path
from widgets.map.layer import MapLayer, tr

#: colours of zones (Okabe-Ito blue) and of the zone being worked on (vermillion)
ZONE_COLOR = "#0072b2"
CURRENT_ZONE_COLOR = "#d55e00"


class ZonesLayer(MapLayer):
    name = "zona"
    identify_kind = "zone"
    identify_rank = 30

    def __init__(self, canvas):
        super().__init__(canvas)
        self._items: dict[str, tuple] = {}
        self._geoms: dict[str, object] = {}

    def title(self) -> str:
        return tr("Zona intervensi")

    def on_data(self, data) -> None:
        self.clear_items()
        self._items.clear()
        self._geoms.clear()

    def on_zones(self) -> None:
        self.update()

    def on_filter(self) -> None:
        self.update_labels()

    def geometry(self, zone: Zone):
        """Polygon of a zone as drawn: its own, or the union of its villages (cached)."""
        if zone.geometry is not None:
            return zone.geometry
        key = zone.key()
        if key not in self._geoms:
            villages = self.ws.villages
            geom = None
            if villages is not None and zone.villages:
                idx = villages.lookup(list(zone.villages))
                parts = [villages.geoms[i] for i in idx if i >= 0 and villages.geoms[i] is not None]
                geom = shapely.union_all(parts) if parts else None
            self._geoms[key] = geom
        return self._geoms[key]

    def update(self) -> None:
        self.clear_items()
        self._items.clear()
        if not self.canvas.data_ready:
            return
        current = self.ws.current_zone
        for zone in self.ws.zones:
            geom = self.geometry(zone)
            if geom is None or geom.is_empty:
                continue
            is_current = zone.zone_id == current
            color = QColor(CURRENT_ZONE_COLOR if is_current else ZONE_COLOR)
            fill = QColor(color)
            fill.setAlpha(70 if is_current else 45)
            item = QGraphicsPathItem(geometry_path(geom))
            item.setPen(cosmetic_pen(color, 3.0 if is_current else 2.0))
            item.setBrush(QBrush(fill))
            self.add_item(item, z_offset=2.0 if is_current else 0.0)
            label = pg.TextItem(
                "",
                color="#111111",
                anchor=(0.5, 0.5),
                fill=pg.mkBrush(255, 255, 255, 215),
                border=pg.mkPen(color, width=1),
            )
            rp = shapely.point_on_surface(geom)
            label.setPos(rp.x, rp.y)
            self.add_item(label, z_offset=3.0)
            self._items[zone.zone_id] = (item, label)
        self.update_labels()

    def update_labels(self) -> None:
        """Each label: the zone's name and the households it holds under the filter."""
        ws = self.ws
        mask = ws.mask
        for zone in ws.zones:
            items = self._items.get(zone.zone_id)
            if items is None:
                continue
            n = int(np.count_nonzero(ws.zone_mask(zone) & mask))
            items[1].setText(tr("{0}\n{1} RT").format(zone.name, fmt.num(n)))

    def set_preview(self, zone_id: str, geometry) -> None:
        """Draw ``zone_id`` with ``geometry`` until the zones change (live drag preview)."""
        items = self._items.get(zone_id)
        if items is None or geometry is None:
            return
        items[0].setPath(geometry_path(geometry))

    def zone_items(self, zone_id: str):
        """(path item, label item) drawing a zone, or None."""
        return self._items.get(zone_id)

    def zone_at(self, lon: float, lat: float, inside: bool = True, tol_px: float = 5.0) -> int:
        """Index in ``workspace.zones`` of the zone at lon/lat (topmost first), -1 if none.

        With ``inside`` False only a click on a zone's outline or label counts.
        """
        canvas = self.canvas
        pw, ph = canvas.pixel_size()
        pt = shapely.Point(lon, lat)
        zones = self.ws.zones
        for i in range(len(zones) - 1, -1, -1):
            geom = self.geometry(zones[i])
            if geom is None:
                continue
            if inside and shapely.contains_xy(geom, lon, lat):
                return i
            if shapely.distance(geom.boundary, pt) <= tol_px * max(pw, ph):
                return i
            items = self._items.get(zones[i].zone_id)
            if items is not None and items[1].isVisible():
                scene = canvas.view_box.mapViewToScene(QPointF(lon, lat))
                if items[1].sceneBoundingRect().contains(scene):
                    return i
        return -1

    def identify(self, lon: float, lat: float, tol_px: float) -> int:
        """A click on a zone's outline or label (inside, the village wins)."""
        return self.zone_at(lon, lat, inside=False) if self.visible else -1

    def legend_entries(self, detail: bool = False):
        if not self.ws.zones:
            return []
        return [("", [("zone", ZONE_COLOR, tr("Zona intervensi"))])]

    def bounds(self):
        geoms = [self.geometry(z) for z in self.ws.zones]
        geoms = [g for g in geoms if g is not None]
        if not geoms:
            return None
        return tuple(shapely.total_bounds(np.array(geoms, dtype=object)))
