"""Where the map looks: lon/lat <-> pixels and zooming, for the map canvas.

A mixin of :class:`widgets.map.canvas.MapCanvas` (which sets ``_vb``, ``_plot``,
``_viewport``, ``_ws`` and ``village_bounds``); its own module to keep the
canvas short, importing nothing of the canvas.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPoint, QPointF

from widgets.map.overlays.legend import legend_layout


class NavigationMixin:
    """Coordinates and zoom of the map canvas."""

    # ------------------------------------------------------------ coordinates
    def lonlat_at(self, pos) -> tuple[float, float]:
        """Lon/lat under a point of the viewport (widget pixels)."""
        inverse, _ok = self._plot.viewportTransform().inverted()
        p = self._vb.mapSceneToView(inverse.map(QPointF(pos)))
        return float(p.x()), float(p.y())

    def viewport_posf(self, lon: float, lat: float) -> QPointF:
        """Exact viewport position of a lon/lat (fractional pixels)."""
        scene = self._vb.mapViewToScene(QPointF(lon, lat))
        return self._plot.viewportTransform().map(scene)

    def viewport_pos(self, lon: float, lat: float) -> QPoint:
        """Viewport pixel holding a lon/lat (where a click lands on it)."""
        p = self.viewport_posf(lon, lat)
        return QPoint(math.floor(p.x()), math.floor(p.y()))

    def canvas_pos(self, lon: float, lat: float) -> QPoint:
        """Pixel of a lon/lat in the canvas widget (and in :meth:`render_image`)."""
        return self._viewport.mapTo(self, self.viewport_pos(lon, lat))

    def pixel_size(self) -> tuple[float, float]:
        """Degrees of longitude and latitude per screen pixel."""
        (x0, x1), (y0, y1) = self._vb.viewRange()
        return (
            (x1 - x0) / max(self._vb.width(), 1.0),
            (y1 - y0) / max(self._vb.height(), 1.0),
        )

    # ------------------------------------------------------------------- zoom
    def zoom_to_bounds(self, minx, miny, maxx, maxy, margin: float = 0.05) -> None:
        """Show the lon/lat rectangle whole (widened to the window's shape)."""
        minx, miny, maxx, maxy = (float(v) for v in (minx, miny, maxx, maxy))
        if not all(math.isfinite(v) for v in (minx, miny, maxx, maxy)):
            return
        w = max(maxx - minx, 0.01)
        h = max(maxy - miny, 0.01)
        cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
        w, h = w * (1 + 2 * margin), h * (1 + 2 * margin)
        self._vb.setRange(
            xRange=(cx - w / 2, cx + w / 2), yRange=(cy - h / 2, cy + h / 2), padding=0.0
        )

    def zoom_full(self) -> None:
        """Show all villages, clear of the legend in the top-right corner."""
        villages = self._ws.villages
        if villages is not None:
            minx, miny, maxx, maxy = villages.province_bounds(margin=0.0)
            self.zoom_to_bounds(minx, miny, maxx, maxy, margin=0.03)
            self._clear_of_legend(minx, maxx, margin=0.03)

    def _legend_layout(self, rect):
        """What of the legend fits in ``rect`` (see ``widgets.map.overlays.legend``)."""
        return legend_layout(self, rect)

    def _clear_of_legend(self, minx: float, maxx: float, margin: float) -> None:
        """Move or widen the view so that ``minx..maxx`` ends left of the legend.

        The legend sits over the map's right edge; a whole-province view
        would otherwise hide the islands under it. Pan first (when there is
        room on the left), else widen the view (the aspect lock follows).
        """
        size = self._viewport.rect()
        layout = self._legend_layout(size)
        if layout is None or size.width() <= 0 or not all(map(math.isfinite, (minx, maxx))):
            return
        (x0, x1), _ = self._vb.viewRange()
        share = (layout.width + 20) / size.width()
        need = share * (x1 - x0)
        free_right = x1 - maxx
        if free_right >= need:
            return
        shift = need - free_right
        pad = margin * max(maxx - minx, 0.01)
        if shift <= (minx - x0) - pad:
            self._vb.setXRange(x0 + shift, x1 + shift, padding=0.0)
        else:
            left = minx - pad
            self._vb.setXRange(left, left + (maxx - minx + 2 * pad) / (1 - share), padding=0.0)

    def zoom_to_layer(self, name: str) -> None:
        """Show everything a layer draws (the whole province when that is unknown)."""
        bounds = self.layer(name).bounds()
        if bounds is not None:
            self.zoom_to_bounds(*bounds)
        else:
            self.zoom_full()

    def zoom_to_selection(self) -> bool:
        """Show the selected households; False when nothing placeable is selected."""
        hh, sel = self._ws.households, self._ws.selection
        if hh is None or sel is None or not len(sel):
            return False
        x, y = hh.x[sel], hh.y[sel]
        ok = ~np.isnan(x)
        if not ok.any():
            return False
        self.zoom_to_bounds(x[ok].min(), y[ok].min(), x[ok].max(), y[ok].max(), margin=0.15)
        return True

    def zoom_to_unit(self, code: str) -> bool:
        """Show an admin unit by Kemendagri code (province 2, kabupaten 4, kecamatan 6 or
        village 10 digits, dots allowed); False when the code is unknown or has no polygon."""
        villages = self._ws.villages
        digits = "".join(ch for ch in str(code) if ch.isdigit())
        if villages is None or len(digits) not in (2, 4, 6, 10):
            return False
        match = villages.codes.astype(f"U{len(digits)}") == digits
        b = self.village_bounds[match]
        b = b[~np.isnan(b[:, 0])] if len(b) else b
        if not len(b):
            return False
        self.zoom_to_bounds(b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max())
        return True

    def zoom_to_zone(self, zone_id: str) -> bool:
        zone = self._ws.zone(zone_id)
        geom = self.zone_geometry(zone) if zone is not None else None
        if geom is None:
            return False
        self.zoom_to_bounds(*geom.bounds)
        return True
