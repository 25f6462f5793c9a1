"""Drawing helpers every map layer shares: polygons as one path, cosmetic pens.

Villages are drawn as one ``QPainterPath`` per class, built from numpy
arrays of ring coordinates with ``pyqtgraph.arrayToQPath``; recolouring
after a filter change is a bincount, a classification and a handful of
paths, not one item per village (DESIGN "Data flow").
"""

from __future__ import annotations

import contextlib

import numpy as np
import pyqtgraph as pg
import shapely
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainterPath, QPen


class Geometry:
    """Ring coordinates of polygons as flat arrays, ready for one path per class."""

    def __init__(self, geoms: np.ndarray, simplify: float = 0.0):
        geoms = np.asarray(geoms, dtype=object)
        present = np.flatnonzero(~shapely.is_missing(geoms)) if len(geoms) else np.zeros(0, int)
        shapes = geoms[present]
        if simplify > 0 and len(shapes):
            shapes = shapely.simplify(shapes, simplify, preserve_topology=True)
        if len(shapes):
            # counter-clockwise shells and clockwise holes: a winding fill then
            # fills overlapping neighbours and still leaves holes empty
            shapes = shapely.orient_polygons(shapes, exterior_cw=False)
            polys, owner = shapely.get_parts(shapes, return_index=True)
            rings, ring_poly = shapely.get_rings(polys, return_index=True)
            coords, coord_ring = shapely.get_coordinates(rings, return_index=True)
        else:
            owner = ring_poly = coord_ring = np.zeros(0, dtype=np.int64)
            coords = np.zeros((0, 2))
        self.x = np.ascontiguousarray(coords[:, 0])
        self.y = np.ascontiguousarray(coords[:, 1])
        # feature (index into the original array) of every coordinate
        self.feature = present[owner[ring_poly[coord_ring]]].astype(np.int32)
        # connect[i] = 1: coordinate i joins the next one (0 at the end of a ring)
        last = np.ones(len(coord_ring), dtype=bool)
        last[:-1] = coord_ring[1:] != coord_ring[:-1]
        self.connect = (~last).astype(np.int32)

    def __len__(self) -> int:
        return len(self.x)

    def path(self, keep: np.ndarray | None = None, fill: bool = True) -> QPainterPath:
        """One path of the features where ``keep`` (per feature) is True (all when None)."""
        if keep is None:
            x, y, connect = self.x, self.y, self.connect
        else:
            m = keep[self.feature]
            x, y, connect = self.x[m], self.y[m], self.connect[m]
        if not len(x):
            return QPainterPath()
        path = pg.arrayToQPath(x, y, connect=connect, finiteCheck=False)
        if fill:
            path.setFillRule(Qt.FillRule.WindingFill)
        return path


def geometry_path(geom) -> QPainterPath:
    """Path of one shapely polygon (empty for None or an empty shape)."""
    if geom is None or geom.is_empty:
        return QPainterPath()
    return Geometry(np.array([geom], dtype=object)).path()


def with_alpha(color: str, alpha: int) -> QColor:
    c = QColor(color)
    c.setAlpha(alpha)
    return c


def cosmetic_pen(color, width: float = 1.0, style=Qt.PenStyle.SolidLine) -> QPen:
    """A pen as wide in screen pixels at every zoom."""
    pen = QPen(QColor(color))
    pen.setWidthF(width)
    pen.setCosmetic(True)
    pen.setStyle(style)
    return pen


def disconnector(connections):
    """A callable that disconnects psygnal slots (safe after the widget is gone)."""

    def disconnect(*_):
        for signal, slot in connections:
            # already disconnected, or the workspace went first
            with contextlib.suppress(Exception):
                signal.disconnect(slot)

    return disconnect
