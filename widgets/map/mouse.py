"""The mouse on the map: tools, identify, Shift+drag selection, double-click zoom.

A mixin of :class:`widgets.map.canvas.MapCanvas` (which sets ``_vb``, ``_plot``,
``_viewport``, ``_ws``, ``_layers``, ``_rubber``, ``_press``,
``_rubber_start`` and ``_tool``); its own module to keep the canvas short,
importing nothing of the canvas. Identify asks the layers, in their
``identify_rank`` order.
"""

from __future__ import annotations

import numpy as np
import shapely
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt

from widgets.map.tool import CanvasTool


class MouseMixin:
    """Input handling of the map canvas."""

    # --------------------------------------------------------------- identify
    def village_at(self, lon: float, lat: float) -> int:
        """Index of the village whose polygon holds lon/lat, -1 if none."""
        villages = self._ws.villages
        if villages is None or not len(villages):
            return -1
        b = self.village_bounds
        with np.errstate(invalid="ignore"):
            cand = np.flatnonzero(
                (b[:, 0] <= lon) & (b[:, 2] >= lon) & (b[:, 1] <= lat) & (b[:, 3] >= lat)
            )
        if not len(cand):
            return -1
        inside = shapely.contains_xy(villages.geoms[cand], lon, lat)
        hits = cand[inside]
        if not len(hits):
            return -1
        if len(hits) > 1:  # overlapping boundaries: the smaller village is the likelier meaning
            hits = hits[np.argsort(shapely.area(villages.geoms[hits]))]
        return int(hits[0])

    def nearest(self, xs, ys, lon, lat, tol_px) -> int:
        """Index of the point nearest lon/lat within ``tol_px`` screen pixels, -1 if none."""
        pw, ph = self.pixel_size()
        with np.errstate(invalid="ignore"):
            near = (np.abs(xs - lon) <= tol_px * pw) & (np.abs(ys - lat) <= tol_px * ph)
        cand = np.flatnonzero(near)
        if not len(cand):
            return -1
        d = ((xs[cand] - lon) / pw) ** 2 + ((ys[cand] - lat) / ph) ** 2
        best = int(np.argmin(d))
        return int(cand[best]) if d[best] <= tol_px * tol_px else -1

    def identify_at(self, lon: float, lat: float, tol_px: float = 6.0) -> tuple[str, int] | None:
        """What a click at lon/lat means: asked layer by layer in ``identify_rank``
        order (a PSKS or household symbol near it, a zone's outline or label, else
        the village under it).

        Symbols count only where they are drawn distinct: PSKS once few enough
        are in view for full-size symbols, households once drawn as symbols
        rather than a picture. Zoomed out (the whole province), hundreds of
        tiny symbols lie within a few pixels of any click, and the planner
        clicking a village means the village.
        """
        if not self._data_ready:
            return None
        pickable = [ly for ly in self._layers.values() if ly.identify_kind is not None]
        for layer in sorted(pickable, key=lambda ly: ly.identify_rank):
            i = layer.identify(lon, lat, tol_px)
            if i >= 0:
                return layer.identify_kind, i
        return None

    def select_in_rect(self, minx, miny, maxx, maxy) -> int:
        """Select the households shown (passing the filter) inside the rectangle; returns how many."""
        hh = self._ws.households
        if hh is None:
            return 0
        with np.errstate(invalid="ignore"):
            inside = (hh.x >= minx) & (hh.x <= maxx) & (hh.y >= miny) & (hh.y <= maxy)
        idx = np.flatnonzero(inside & self._ws.mask)
        self._ws.set_selection(idx if len(idx) else None)
        return len(idx)

    # ------------------------------------------------------------------ tools
    @property
    def tool(self) -> CanvasTool | None:
        return self._tool

    def set_tool(self, tool: CanvasTool | None) -> None:
        """Make ``tool`` the mouse mode (None: pan, identify, Shift+drag selects)."""
        if tool is self._tool:
            return
        if self._tool is not None:
            self._tool.deactivate()
        self._tool = tool
        if tool is not None:
            tool.activate(self)
            self._viewport.setCursor(tool.cursor)
        else:
            self._viewport.unsetCursor()
        self._overlay.update()

    def add_tool_item(self, item) -> None:
        """Show a drawing aid (rubber line, handles) above every layer."""
        item.setZValue(1000)
        self._vb.addItem(item, ignoreBounds=True)

    def remove_tool_item(self, item) -> None:
        if item is not None and item.scene() is not None:
            self._vb.removeItem(item)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        et = event.type()
        if obj is self._viewport:
            if et == QEvent.Type.MouseMove:
                lon, lat = self.lonlat_at(event.position())
                self.sig_cursor_moved.emit(lon, lat)
                if self._tool is not None and self._tool.move(lon, lat, event):
                    return True
                return self._default_move(lon, lat, event)
            if et == QEvent.Type.MouseButtonPress:
                lon, lat = self.lonlat_at(event.position())
                self._plot.setFocus()
                if self._tool is not None and self._tool.press(lon, lat, event):
                    return True
                return self._default_press(lon, lat, event)
            if et == QEvent.Type.MouseButtonRelease:
                lon, lat = self.lonlat_at(event.position())
                if self._tool is not None and self._tool.release(lon, lat, event):
                    self._press = None
                    return True
                return self._default_release(lon, lat, event)
            if et == QEvent.Type.MouseButtonDblClick:
                lon, lat = self.lonlat_at(event.position())
                if self._tool is not None and self._tool.double_click(lon, lat, event):
                    return True
                if event.button() == Qt.MouseButton.LeftButton and self._tool is None:
                    self._vb.scaleBy((0.5, 0.5), center=QPointF(lon, lat))
                    return True
                return False
        elif obj is self._plot and et == QEvent.Type.KeyPress:
            if self._tool is not None and self._tool.key(event):
                return True
            if event.key() == Qt.Key.Key_Escape and self._ws.selection is not None:
                self._ws.set_selection(None)
                return True
        return super().eventFilter(obj, event)

    def _default_press(self, lon, lat, event) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        self._press = QPointF(event.position())
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._rubber_start = (lon, lat)
            self._rubber.setRect(QRectF(lon, lat, 0, 0))
            self._rubber.setVisible(True)
            return True
        return False

    def _default_move(self, lon, lat, event) -> bool:
        if self._rubber_start is None:
            return False
        x0, y0 = self._rubber_start
        self._rubber.setRect(QRectF(QPointF(x0, y0), QPointF(lon, lat)).normalized())
        return True

    def _default_release(self, lon, lat, event) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        press, self._press = self._press, None
        if self._rubber_start is not None:
            x0, y0 = self._rubber_start
            self._rubber_start = None
            self._rubber.setVisible(False)
            if press is not None and (QPointF(event.position()) - press).manhattanLength() > 3:
                self.select_in_rect(min(x0, lon), min(y0, lat), max(x0, lon), max(y0, lat))
            return True
        if press is not None and (QPointF(event.position()) - press).manhattanLength() <= 3:
            hit = self.identify_at(lon, lat)
            if hit is not None:
                kind, index = hit
                if kind == "zone":
                    self._ws.set_current_zone(self._ws.zones[index].zone_id)
                self.sig_identify.emit(kind, index)
        return False
