"""Mentors and their families: a line from each assigned family to its mentor.

Drawn from the workspace's last matching (``Workspace.mentoring``, set when
the mentor panel finishes; cleared with new data), only while the view is
narrower than :data:`MAX_VIEW_KM`: over a whole kabupaten thousands of
lines are a smudge, and the choropleth of the mentor gap says more there.
The legend then says to zoom in, and the layer's title states the rule.

The lines in view are two ``QPainterPath`` items (own coordinates solid;
families placed at their village dashed and lighter, since their end is
only the village's point), built in one go from numpy arrays with
``connect="pairs"``; mentors with families are one scatter item. Nothing
here shows a name or an ID.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsPathItem

from gis.plan.map_indicators import Segments, mentor_segments
from widgets.base import fmt
from widgets.map.drawing import cosmetic_pen
from widgets.map.layer import MapLayer, tr

# lines are drawn only while the view is narrower than this (east-west, km)
MAX_VIEW_KM = 30.0
# near-black and grey: apart from the purple households, the coloured PSKS and the fills
LINE_COLOR = "#1a1a1a"
APPROX_COLOR = "#6e6e6e"
MENTOR_COLOR = "#111111"
_KM_PER_DEGREE = 111.32


def view_width_km(west: float, south: float, east: float, north: float) -> float:
    """East-west width of a view at its middle latitude (the scale bar's reading)."""
    lat = np.radians((south + north) / 2.0)
    return float((east - west) * _KM_PER_DEGREE * np.cos(lat))


def pairs_path(x0, y0, x1, y1) -> QPainterPath:
    """One path of separate segments (x0, y0)-(x1, y1), built from arrays."""
    if not len(x0):
        return QPainterPath()
    x = np.empty(2 * len(x0))
    y = np.empty(2 * len(x0))
    x[0::2], x[1::2] = x0, x1
    y[0::2], y[1::2] = y0, y1
    return pg.arrayToQPath(x, y, connect="pairs")


class MentorLinesLayer(MapLayer):
    name = "garis_pendamping"
    follows_view = True

    def __init__(self, canvas):
        super().__init__(canvas)
        # every line of the matching (None without one)
        self.segments: Segments | None = None
        # lines drawn for the view now (own coordinates, village point)
        self.drawn = 0
        self.drawn_approx = 0
        # True while the view is too wide for lines
        self.zoomed_out = False
        self.exact_item = QGraphicsPathItem()
        self.exact_item.setPen(cosmetic_pen(LINE_COLOR, 1.4))
        self.approx_item = QGraphicsPathItem()
        self.approx_item.setPen(cosmetic_pen(APPROX_COLOR, 1.2, Qt.PenStyle.DashLine))
        self.mentor_item = pg.ScatterPlotItem(
            pxMode=True,
            size=13,
            symbol="star",
            brush=pg.mkBrush(MENTOR_COLOR),
            pen=pg.mkPen("#ffffff", width=1),
        )
        for z, item in enumerate((self.approx_item, self.exact_item, self.mentor_item)):
            self.add_item(item, z_offset=z, active=False)

    def title(self) -> str:
        return tr("Garis pendamping (lebar peta < {km} km)").format(km=fmt.num(int(MAX_VIEW_KM)))

    # ------------------------------------------------------------------ hooks
    def on_data(self, data) -> None:
        self._load()

    def on_plan(self) -> None:
        self._load()
        self.canvas.legend_changed()

    def _load(self) -> None:
        """Every line of the workspace's matching (none without one); drawn in :meth:`on_view`."""
        ws = self.ws
        m, hh = ws.mentoring, ws.households
        self.segments = None if m is None or hh is None else mentor_segments(hh, m)
        self._clear()

    def on_view(self, view) -> None:
        seg = self.segments
        if seg is None or view is None or not self.canvas.data_ready:
            self._clear()
            return
        box = (view.x0, view.y0, view.x1, view.y1)
        self.zoomed_out = view_width_km(*box) >= MAX_VIEW_KM
        if self.zoomed_out:
            self._clear(keep_zoom=True)
        else:
            inside = seg.in_box(*box)
            exact, approx = inside & ~seg.approx, inside & seg.approx
            self.exact_item.setPath(
                pairs_path(seg.fx[exact], seg.fy[exact], seg.mx[exact], seg.my[exact])
            )
            self.approx_item.setPath(
                pairs_path(seg.fx[approx], seg.fy[approx], seg.mx[approx], seg.my[approx])
            )
            mentors = np.unique(seg.mentor[inside])
            pool = self.ws.mentoring.pool
            self.mentor_item.setData(x=np.asarray(pool.x)[mentors], y=np.asarray(pool.y)[mentors])
            self.drawn, self.drawn_approx = int(exact.sum()), int(approx.sum())
            for item in (self.exact_item, self.approx_item, self.mentor_item):
                self.set_active(item, True)
        self.canvas.legend_changed()

    def _clear(self, keep_zoom: bool = False) -> None:
        self.exact_item.setPath(QPainterPath())
        self.approx_item.setPath(QPainterPath())
        self.mentor_item.clear()
        self.drawn = self.drawn_approx = 0
        if not keep_zoom:
            self.zoomed_out = False
        for item in (self.exact_item, self.approx_item, self.mentor_item):
            self.set_active(item, False)

    # ----------------------------------------------------------------- legend
    def legend_entries(self, detail: bool = False):
        if self.segments is None:
            return []
        title = tr("Pendamping dan keluarganya")
        if self.zoomed_out or (self.drawn + self.drawn_approx) == 0:
            note = tr("Garis tampil saat diperbesar (lebar peta < {km} km)").format(
                km=fmt.num(int(MAX_VIEW_KM))
            )
            if not self.zoomed_out:
                note = tr("Tidak ada pasangan pendamping–keluarga di tampilan")
            return [(title, [("note", "", note)])]
        rows = [("star", MENTOR_COLOR, tr("pendamping (kantor)"))]
        if self.drawn:
            rows.append(("line", LINE_COLOR, tr("keluarga berkoordinat sendiri")))
        if self.drawn_approx:
            rows.append(("dash", APPROX_COLOR, tr("keluarga di titik desanya (letak perkiraan)")))
        return [(title, rows)]

    def bounds(self):
        seg = self.segments
        if seg is None or not len(seg):
            return None
        xs, ys = np.concatenate([seg.fx, seg.mx]), np.concatenate([seg.fy, seg.my])
        return float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max())
