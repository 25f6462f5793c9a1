"""Outlines of villages, kecamatan and kabupaten/kota: one path per level."""

from __future__ import annotations

import numpy as np
import shapely
from PySide6.QtWidgets import QGraphicsPathItem

from widgets.map.drawing import Geometry, cosmetic_pen
from widgets.map.layer import MapLayer, tr


class _BoundaryLayer(MapLayer):
    """One outline path of the units of one level, in one colour and width."""

    level = "desa"
    color = "#ffffff"
    width = 1.0

    def on_data(self, data) -> None:
        self.clear_items()
        villages = data.households.villages
        if self.level == "desa":
            path = self.canvas.village_geo.path(fill=False)
        else:
            geoms = unit_geoms(villages, self.level)
            path = Geometry(geoms, simplify=self.canvas.simplify_tolerance).path(fill=False)
        item = QGraphicsPathItem(path)
        item.setPen(cosmetic_pen(self.color, self.width))
        self.add_item(item)


class KabupatenBoundaries(_BoundaryLayer):
    name = "batas_kabupaten"
    level = "kabupaten"
    color = "#1a1a1a"
    width = 1.8

    def title(self) -> str:
        return tr("Batas kabupaten/kota")


class KecamatanBoundaries(_BoundaryLayer):
    name = "batas_kecamatan"
    level = "kecamatan"
    color = "#5a5a5a"
    width = 1.0

    def title(self) -> str:
        return tr("Batas kecamatan")


class VillageBoundaries(_BoundaryLayer):
    name = "batas_desa"
    level = "desa"
    color = "#ffffff"
    width = 0.6

    def title(self) -> str:
        return tr("Batas desa/kelurahan")


def unit_geoms(villages, level: str) -> np.ndarray:
    """Polygons of the kecamatan or kabupaten: read ones, else unions of their villages."""
    geoms = villages.kec_geoms if level == "kecamatan" else villages.kab_geoms
    n = len(villages.kec_codes if level == "kecamatan" else villages.kab_codes)
    if geoms is not None and any(g is not None for g in geoms):
        return np.asarray(geoms, dtype=object)
    index = villages.kec_index if level == "kecamatan" else villages.kab_index
    out = np.full(n, None, dtype=object)
    has = villages.has_polygon
    for u in range(n):
        members = villages.geoms[(index == u) & has]
        if len(members):
            out[u] = shapely.coverage_union_all(members)
    return out
