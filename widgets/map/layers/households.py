"""Households: a picture of exactly the current view when many are in view,
symbols when few.

The picture (:mod:`gis.maps.raster`) is redrawn shortly after the view stops
moving; below :attr:`MapCanvas.SYMBOL_LIMIT` households in view they are drawn
as symbols, which a click can pick, with the selection ringed on top.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QTransform

from gis.maps import raster
from gis.model.filter_text import describe_filter
from widgets.base.gis_text import gis_lang
from widgets.map.drawing import cosmetic_pen, with_alpha
from widgets.map.layer import MapLayer, tr


class HouseholdsLayer(MapLayer):
    name = "rumah_tangga"
    follows_view = True
    identify_kind = "household"
    identify_rank = 20

    def __init__(self, canvas):
        super().__init__(canvas)
        #: how households are drawn now: "raster", "symbols" or "none"
        self.mode = "none"
        # one picture item and two symbol items, reused
        self.image = pg.ImageItem(axisOrder="row-major")
        self.scatter = pg.ScatterPlotItem(pxMode=True, size=8)
        self.sel_scatter = pg.ScatterPlotItem(pxMode=True, size=13)
        for it in (self.image, self.sel_scatter, self.scatter):
            self.add_item(it)
        self._keys = None
        self._lut = raster.key_colors()
        self._brushes = [pg.mkBrush(c) for c in raster.DESIL_COLORS]
        # rings for approximate locations: thin and half-transparent, so a
        # measured point (filled) still reads as the surer one
        self._approx_pens = [cosmetic_pen(with_alpha(c, 190), 1.4) for c in raster.DESIL_COLORS]
        self._point_pen = cosmetic_pen("#ffffff", 1.0)
        self._hollow_brush = pg.mkBrush(255, 255, 255, 120)

    def title(self) -> str:
        return tr("Rumah tangga (titik)")

    def on_data(self, data) -> None:
        hh = data.households
        self._keys = raster.point_keys(hh.desil, hh.approx)

    def _hide_all(self) -> None:
        self.mode = "none"
        for it in (self.image, self.scatter, self.sel_scatter):
            self.set_active(it, False)

    def on_view(self, view) -> None:
        canvas, ws = self.canvas, self.ws
        hh = ws.households
        if hh is None or view is None or not canvas.data_ready or not self.visible:
            self._hide_all()
            return
        mask = ws.mask
        vis = raster.visible(view, hh.x, hh.y, mask)
        n = int(np.count_nonzero(vis))
        if n == 0:
            self._hide_all()
        elif n < canvas.SYMBOL_LIMIT:
            self._draw_symbols(hh, vis, ws.selection)
        else:
            self._draw_picture(hh, view, n, mask, ws.selection, vis)

    def _draw_symbols(self, hh, vis, selection) -> None:
        self.mode = "symbols"
        idx = np.flatnonzero(vis)
        desil = hh.desil[idx].astype(np.int64)
        desil[(desil < 0) | (desil > 10)] = 0
        approx = hh.approx[idx]
        self.scatter.setData(
            x=hh.x[idx],
            y=hh.y[idx],
            brush=[self._hollow_brush if a else self._brushes[d] for d, a in zip(desil, approx)],
            pen=[self._approx_pens[d] if a else self._point_pen for d, a in zip(desil, approx)],
            size=8,
            symbol="o",
        )
        self.set_active(self.image, False)
        self.set_active(self.scatter, True)
        sel = None
        if selection is not None and len(selection):
            sel = selection[vis[selection]]
        if sel is not None and len(sel):
            self.sel_scatter.setData(
                x=hh.x[sel],
                y=hh.y[sel],
                brush=pg.mkBrush(raster.SELECTION_COLOR),
                pen=cosmetic_pen(raster.SELECTION_RIM, 1.5),
                size=14,
            )
            self.set_active(self.sel_scatter, True)
        else:
            self.set_active(self.sel_scatter, False)

    def _draw_picture(self, hh, view, n, mask, selection, vis=None) -> None:
        self.mode = "raster"
        size, halo = raster.auto_point_size(n, view)
        rgba = raster.render_points(
            view,
            hh.x,
            hh.y,
            self._keys,
            mask,
            selected=selection,
            point_size=size,
            halo=halo,
            lut=self._lut,
            vis=vis,
        )
        image = self.image
        image.setImage(rgba, autoLevels=False)
        # a view packed with points lets the choropleth show through them
        dense = n / float(view.width * view.height) > self.canvas.DENSE_POINTS
        image._opacity_factor = 0.55 if dense else 1.0
        image.setOpacity(self.opacity * image._opacity_factor)
        image.setTransform(QTransform(view.px_w, 0.0, 0.0, -view.px_h, view.x0, view.y1))
        self.set_active(image, True)
        self.set_active(self.scatter, False)
        self.set_active(self.sel_scatter, False)

    def legend_entries(self, detail: bool = False):
        ws = self.ws
        hh = ws.households
        if hh is None:
            return []
        desils = sorted(set(ws.filter.desil) or set(range(0, 11)))
        rows = [
            (
                "point",
                raster.DESIL_COLORS[d],
                tr("Desil {0}").format(d) if d else tr("Desil tidak tercatat"),
            )
            for d in desils
            if 0 <= d <= 10
        ]
        if hh.approx.any():
            rows.append(
                (
                    "hollow",
                    raster.DESIL_COLORS[desils[0] if desils else 1],
                    tr("Lokasi perkiraan (pucat/cincin)"),
                )
            )
        words = describe_filter(ws.filter, hh, lang=gis_lang(), short=True)
        return [(tr("Rumah tangga: {0}").format(words), rows)]

    def identify(self, lon: float, lat: float, tol_px: float) -> int:
        """A household symbol near the click; a picture of many is not picked from."""
        hh = self.ws.households
        if hh is None or not self.visible or self.mode != "symbols":
            return -1
        m = self.ws.mask
        pw, ph = self.canvas.pixel_size()
        near = np.flatnonzero(
            (np.abs(hh.x - lon) <= tol_px * pw) & (np.abs(hh.y - lat) <= tol_px * ph) & m
        )
        if not len(near):
            return -1
        j = self.canvas.nearest(hh.x[near], hh.y[near], lon, lat, tol_px)
        return int(near[j]) if j >= 0 else -1

    def bounds(self):
        hh = self.ws.households
        if hh is None:
            return None
        m = self.ws.mask & ~np.isnan(hh.x)
        if not m.any():
            return None
        return hh.x[m].min(), hh.y[m].min(), hh.x[m].max(), hh.y[m].max()
