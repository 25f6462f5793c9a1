"""A grid over the households' display points, for the mask of a drawn zone.

Testing every household in a zone's bounding box against the polygon cost
about 10 ms per zone at a million households, and grows with the province:
at 15 million a planner would wait on each zone edit. The grid, built once
per load, sorts the points by cell (about 64 points a cell). A zone then
classifies the cells its bounding box covers, a few hundred boxes tested at
once: every point of a cell lying strictly inside the polygon is in the zone
without a test, a cell the polygon misses is skipped, and only the points of
cells on the polygon's edge are tested one by one. The answer is exactly
that of ``shapely.contains_xy`` on every point (tests compare the two).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely

#: points per cell the grid aims at
POINTS_PER_CELL = 64
#: a cell box is widened by this share of its size before "strictly inside"
#: is decided, so that rounding in a point's cell number can never put a
#: point outside the box it is counted in
_MARGIN = 1e-6


@dataclass(frozen=True)
class PointGrid:
    """Household indices sorted by grid cell, with each cell's slice."""

    order: np.ndarray  # int64 household index, sorted by cell
    starts: np.ndarray  # int64, len cells + 1: cell c holds order[starts[c]:starts[c + 1]]
    x0: float
    y0: float
    w: float
    h: float
    nx: int
    ny: int

    @classmethod
    def build(cls, x: np.ndarray, y: np.ndarray) -> PointGrid:
        """The grid of the points (x, y); points with a NaN coordinate are left out."""
        ok = np.flatnonzero(~(np.isnan(x) | np.isnan(y)))
        if len(ok) == 0:
            empty = np.zeros(0, dtype=np.int64)
            return cls(empty, np.zeros(2, dtype=np.int64), 0.0, 0.0, 1.0, 1.0, 1, 1)
        px, py = x[ok], y[ok]
        x0, x1 = float(px.min()), float(px.max())
        y0, y1 = float(py.min()), float(py.max())
        dx, dy = max(x1 - x0, 1e-9), max(y1 - y0, 1e-9)
        cells = max(1, min(len(ok) // POINTS_PER_CELL, 1 << 22))
        nx = max(1, min(int(math.sqrt(cells * dx / dy)), 1 << 12))
        ny = max(1, min(cells // nx, 1 << 12))
        w, h = dx / nx * (1 + 1e-12), dy / ny * (1 + 1e-12)
        cell = cls._cells(px, py, x0, y0, w, h, nx, ny)
        by_cell = np.argsort(cell, kind="stable")
        order = ok[by_cell]
        starts = np.searchsorted(cell[by_cell], np.arange(nx * ny + 1))
        return cls(order, starts.astype(np.int64), x0, y0, w, h, nx, ny)

    @staticmethod
    def _cells(px, py, x0, y0, w, h, nx, ny) -> np.ndarray:
        ci = np.clip(((px - x0) / w).astype(np.int64), 0, nx - 1)
        cj = np.clip(((py - y0) / h).astype(np.int64), 0, ny - 1)
        return cj * nx + ci

    def mask(self, geom, x: np.ndarray, y: np.ndarray, n: int) -> np.ndarray:
        """Boolean mask (length ``n``) of the points inside polygon ``geom``."""
        out = np.zeros(n, dtype=bool)
        if len(self.order) == 0 or geom is None or geom.is_empty:
            return out
        minx, miny, maxx, maxy = shapely.bounds(geom)
        i0, i1 = self._span(minx, maxx, self.x0, self.w, self.nx)
        j0, j1 = self._span(miny, maxy, self.y0, self.h, self.ny)
        if i0 > i1 or j0 > j1:
            return out
        jj, ii = np.meshgrid(np.arange(j0, j1 + 1), np.arange(i0, i1 + 1), indexing="ij")
        ii, jj = ii.ravel(), jj.ravel()
        cells = jj * self.nx + ii
        filled = self.starts[cells + 1] > self.starts[cells]
        ii, jj, cells = ii[filled], jj[filled], cells[filled]
        if len(cells) == 0:
            return out
        mx, my = self.w * _MARGIN, self.h * _MARGIN
        boxes = shapely.box(
            self.x0 + ii * self.w - mx,
            self.y0 + jj * self.h - my,
            self.x0 + (ii + 1) * self.w + mx,
            self.y0 + (jj + 1) * self.h + my,
        )
        shapely.prepare(geom)
        inside = shapely.contains_properly(geom, boxes)
        edge = ~inside & shapely.intersects(geom, boxes)
        out[self._members(cells[inside])] = True
        cand = self._members(cells[edge])
        if len(cand):
            out[cand[shapely.contains_xy(geom, x[cand], y[cand])]] = True
        return out

    @staticmethod
    def _span(lo: float, hi: float, origin: float, size: float, count: int) -> tuple[int, int]:
        """First and last cell number a coordinate range [lo, hi] touches."""
        a = math.floor((lo - origin) / size) - 1
        b = math.floor((hi - origin) / size) + 1
        return max(a, 0), min(b, count - 1)

    def _members(self, cells: np.ndarray) -> np.ndarray:
        """Household indices of every point in ``cells``."""
        if len(cells) == 0:
            return np.zeros(0, dtype=np.int64)
        s, e = self.starts[cells], self.starts[cells + 1]
        lens = e - s
        total = int(lens.sum())
        shift = np.repeat(s - np.r_[0, np.cumsum(lens)[:-1]], lens)
        return self.order[shift + np.arange(total)]
