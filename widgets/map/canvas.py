"""The planner's map: the view, the mouse and the list of drawn layers.

The canvas is a view of one :class:`gis.model.workspace.Workspace`. It keeps no
copy of the filter, the zones or the selection: it listens to the
workspace's signals and hands them to its layers, which redraw from the
workspace (DESIGN convention 1), so the map, the zone list, the table and
the charts can never disagree.

What is drawn lives in the layers (``widgets.map.layers``, one module per
layer behind the :class:`widgets.map.layer.MapLayer` interface) and in the
overlays painted on top in screen pixels (``widgets.map.overlays``). The
canvas owns what they share:

* the view, kept undistorted with a cos(latitude) aspect lock, so a circle
  drawn with a radius in kilometres is round and the scale bar is true;
* the villages as drawn (one ring array, simplified when huge), which the
  choropleth, the village outlines and identify all use;
* the order, visibility and opacity of the layers (the layer panel's model);
* the mouse. Mouse modes (drawing zones, editing them) are plug-ins: a
  :class:`widgets.map.tool.CanvasTool` set with :meth:`MapCanvas.set_tool`
  receives the mouse events with their lon/lat first (see
  ``widgets.map.zone_tools``). Without a tool, dragging pans, the wheel
  zooms, a click identifies what is under the cursor and Shift+drag selects
  households.

Households are drawn as a picture of exactly the current view when many are in
view, redrawn shortly after the view stops moving (:attr:`VIEW_DEBOUNCE_MS`).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import shapely
from PySide6.QtCore import (
    QCoreApplication,
    QPointF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QGraphicsRectItem, QVBoxLayout, QWidget

from gis.maps import classify, raster
from gis.model import indicators
from gis.model.workspace import Dataset, Workspace
from gis.model.zones import Zone
from widgets.map import layers as layer_registry
from widgets.map import overlays
from widgets.map.drawing import Geometry, cosmetic_pen, disconnector
from widgets.map.layer import MapLayer
from widgets.map.layer_list import LayerListMixin
from widgets.map.mouse import MouseMixin
from widgets.map.navigation import NavigationMixin
from widgets.map.overlays.scalebar import scale_bar
from widgets.map.tool import CanvasTool


def tr(text: str) -> str:
    # the empty context is what pyside6-lupdate records for a module-level tr()
    return QCoreApplication.translate("", text)


class _Overlay(QWidget):
    """The overlays (legend, scale bar, north arrow, ...), painted over the map."""

    def __init__(self, canvas: MapCanvas):
        super().__init__(canvas)
        self._canvas = canvas
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)

    def paintEvent(self, event):
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._canvas._paint_overlay(painter, self.rect())
        finally:
            painter.end()


class MapCanvas(LayerListMixin, MouseMixin, NavigationMixin, QWidget):
    """Map of one workspace, drawn by the layers of ``widgets.map.layers.REGISTRY``.

    Parameters
    ----------
    workspace
        The model to show; the canvas follows its signals and edits nothing
        but the selection (rubber band) and the current zone (click on a
        zone).

    Signals
    -------
    sig_cursor_moved(float, float)
        Lon/lat under the mouse, for the status bar.
    sig_identify(str, int)
        The user clicked something: kind ``"village"``, ``"household"``,
        ``"psks"`` or ``"zone"`` (a layer's ``identify_kind``), and its index
        (into the village table, the household table, the PSKS table, or
        ``workspace.zones``).
    sig_layers_changed()
        Visibility, opacity, order or title of a layer changed (the layer panel refreshes).
    sig_legend_changed()
        Indicator, classification or class limits changed.
    sig_view_changed(tuple)
        The view settled on a new (west, south, east, north) rectangle.
    """

    sig_cursor_moved = Signal(float, float)
    sig_identify = Signal(str, int)
    sig_layers_changed = Signal()
    sig_legend_changed = Signal()
    sig_view_changed = Signal(tuple)

    #: fewer households than this in view: draw symbols instead of a picture
    SYMBOL_LIMIT = 5000
    #: households per pixel above which the household picture is drawn half-transparent
    DENSE_POINTS = 0.02
    #: more PSKS than this in view: hide their symbols until the user zooms in
    PSKS_LIMIT = 2500
    #: more PSKS than this in view: tiny symbols, which a click does not pick (the village wins)
    PSKS_TINY = 600
    #: pause after the view stops moving before view-following layers redraw (ms)
    VIEW_DEBOUNCE_MS = 60
    #: above this many boundary vertices, simplify for display (degrees)
    SIMPLIFY_ABOVE = 400_000
    SIMPLIFY_TOLERANCE = 5e-5

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self._ws = workspace
        self._tool: CanvasTool | None = None
        self._legend_visible = True
        self._last_bounds: tuple | None = None
        self._press: QPointF | None = None
        self._rubber_start: tuple[float, float] | None = None
        self._data_ready = False
        #: the villages as drawn (set with the data), shared by the layers
        self.village_geo = Geometry(np.zeros(0, dtype=object))
        self.village_bounds = np.zeros((0, 4))
        self.simplify_tolerance = 0.0

        self._plot = pg.PlotWidget(self, background="#eef3f6")
        self._plot.setObjectName("peta")
        item = self._plot.getPlotItem()
        item.hideAxis("left")
        item.hideAxis("bottom")
        item.hideButtons()
        item.setMenuEnabled(False)
        item.getViewBox().setMenuEnabled(False)
        self._plot.setAntialiasing(False)
        self._vb: pg.ViewBox = item.getViewBox()
        self._vb.setDefaultPadding(0.0)
        self._vb.disableAutoRange()
        self._vb.setAspectLocked(True, ratio=1.0)
        self._vb.setLimits(minXRange=0.002, minYRange=0.002, maxXRange=60.0, maxYRange=60.0)
        self._plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._plot)
        self._overlay = _Overlay(self)
        self._overlay.raise_()

        # the layer list: one of each registered layer, top first
        registered = layer_registry.REGISTRY
        self._order: list[str] = [cls.name for cls in registered]
        self._layers: dict[str, MapLayer] = {}
        for cls in registered:
            self._layers[cls.name] = cls(self)
        self._overlays = [cls(self) for cls in overlays.OVERLAYS]
        #: layer titles as last announced with sig_layers_changed
        self._titles = [info.title for info in self.layers()]

        self._rubber = QGraphicsRectItem()
        self._rubber.setPen(cosmetic_pen("#111111", 1.0, Qt.PenStyle.DashLine))
        self._rubber.setBrush(QBrush(QColor(0, 229, 255, 40)))
        self._rubber.setZValue(1000)
        self._rubber.setVisible(False)
        self._vb.addItem(self._rubber, ignoreBounds=True)

        self._view_timer = QTimer(self, singleShot=True, interval=self.VIEW_DEBOUNCE_MS)
        self._view_timer.timeout.connect(self._on_view_settled)
        self._vb.sigRangeChanged.connect(self._on_range_changed)

        self._viewport = self._plot.viewport()
        self._viewport.setMouseTracking(True)
        self._viewport.installEventFilter(self)
        self._plot.installEventFilter(self)

        self._connections = [
            (workspace.sig_data_changed, self._on_data_changed),
            (workspace.sig_filter_changed, self._on_filter_changed),
            (workspace.sig_zones_changed, self._on_zones_changed),
            (workspace.sig_selection_changed, self._on_selection_changed),
            (workspace.sig_current_zone_changed, self._on_zones_changed),
            (workspace.sig_plan_changed, self._on_plan_changed),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        self.destroyed.connect(disconnector(self._connections))
        if workspace.data is not None:
            self._on_data_changed(workspace.data)

    # ------------------------------------------------------------------ access
    @property
    def workspace(self) -> Workspace:
        return self._ws

    @property
    def plot_widget(self) -> pg.PlotWidget:
        return self._plot

    @property
    def view_box(self) -> pg.ViewBox:
        return self._vb

    @property
    def viewport(self) -> QWidget:
        """The widget that receives the map's mouse events (tests click here)."""
        return self._viewport

    @property
    def data_ready(self) -> bool:
        """True once the layers have been built for the workspace's data."""
        return self._data_ready

    @property
    def points_mode(self) -> str:
        """How households are drawn now: ``"raster"``, ``"symbols"`` or ``"none"``."""
        return self._layers["rumah_tangga"].mode

    # -------------------------------------------------------------- indicator
    @property
    def _choropleth(self):
        return self._layers["koroplet"]

    @property
    def indicator_key(self) -> str | None:
        return self._choropleth.indicator_key

    @property
    def indicator(self) -> indicators.Indicator | None:
        """The indicator values per village now shown (None without data or indicator)."""
        return self._choropleth.indicator

    @property
    def classes(self) -> classify.Classes | None:
        """The classification now shown (breaks, labels, colours, class per village)."""
        return self._choropleth.classes

    @property
    def classification(self) -> tuple[str, int, str]:
        c = self._choropleth
        return c.method, c.k, c.palette

    def set_indicator(self, key: str | None) -> None:
        """Colour villages by indicator ``key``; None: no fill.

        ``key`` is one of ``gis.model.indicators.INDICATORS``, or one of
        :func:`available_indicators` (mentor, referral and synergy maps).
        """
        self._choropleth.set_indicator(key)
        self._titles = [info.title for info in self.layers()]
        self.sig_layers_changed.emit()

    def available_indicators(self) -> list[str]:
        """Keys of the extra indicators the workspace allows now (see ``gis.plan.map_indicators``)."""
        return self._choropleth.available_extras()

    def indicator_title(self) -> str:
        """Title of the indicator shown, saying which households it counts under the filter."""
        return self._choropleth.indicator_title()

    def set_classification(
        self, method: str = "quantile", k: int = 5, palette: str = "YlOrRd"
    ) -> None:
        """Classification of the choropleth: method (see ``gis.maps.classify.METHODS``), classes, palette."""
        self._choropleth.set_classification(method, k, palette)

    def legend_changed(self) -> None:
        """A layer's legend changed: repaint the legend and tell listeners."""
        self._overlay.update()
        self.sig_legend_changed.emit()

    # ------------------------------------------------------------ data events
    def _on_data_changed(self, data: Dataset) -> None:
        self._data_ready = False
        villages = data.households.villages
        n_coords = int(shapely.get_num_coordinates(villages.geoms[villages.has_polygon]).sum())
        tol = self.SIMPLIFY_TOLERANCE if n_coords > self.SIMPLIFY_ABOVE else 0.0
        self.simplify_tolerance = tol
        self.village_geo = Geometry(villages.geoms, simplify=tol)
        self.village_bounds = villages.bounds
        b = self.village_bounds
        ok = ~np.isnan(b[:, 0]) if len(b) else np.zeros(0, dtype=bool)
        ref_lat = float((b[ok, 1].min() + b[ok, 3].max()) / 2) if ok.any() else 0.0
        self._vb.setAspectLocked(True, ratio=raster.aspect_ratio(ref_lat))
        self._each("on_data", data)
        self._data_ready = True
        self._each("update")
        self._titles = [info.title for info in self.layers()]
        self.zoom_full()
        self._on_view_settled()

    def _on_filter_changed(self, _flt=None) -> None:
        self._each("on_filter")
        titles = [info.title for info in self.layers()]
        if titles != self._titles:  # a title names the filter: the layer panel shows it
            self._titles = titles
            self.sig_layers_changed.emit()
        self._on_view_settled()

    def _on_plan_changed(self) -> None:
        """A matching or eligibility rules came or went: mentor lines, extra indicators."""
        if not self._data_ready:
            return
        self._each("on_plan")
        self._titles = [info.title for info in self.layers()]
        self.sig_layers_changed.emit()  # the layer panel offers other indicators now
        self._on_view_settled()

    def _on_selection_changed(self, _sel=None) -> None:
        self._each("on_selection")
        self._on_view_settled()

    def _on_zones_changed(self, _zones=None) -> None:
        self._each("on_zones")

    # ------------------------------------------------------------------ zones
    def zone_geometry(self, zone: Zone):
        """Polygon of a zone as drawn: its own, or the union of its villages (cached)."""
        return self._layers["zona"].geometry(zone)

    def set_zone_preview(self, zone_id: str, geometry) -> None:
        """Draw ``zone_id`` with ``geometry`` until the zones change (live drag preview)."""
        self._layers["zona"].set_preview(zone_id, geometry)

    def zone_items(self, zone_id: str):
        """(path item, label item) drawing a zone, or None."""
        return self._layers["zona"].zone_items(zone_id)

    def zone_at(self, lon: float, lat: float, inside: bool = True, tol_px: float = 5.0) -> int:
        """Index in ``workspace.zones`` of the zone at lon/lat (topmost first), -1 if none.

        With ``inside`` False only a click on a zone's outline or label counts.
        """
        return self._layers["zona"].zone_at(lon, lat, inside=inside, tol_px=tol_px)

    # ------------------------------------------------------------------- view
    def _on_range_changed(self, *_args) -> None:
        self._overlay.update()
        self._view_timer.start()

    def _on_view_settled(self) -> None:
        """Tell listeners and the view-following layers (households, PSKS) the view now."""
        self._view_timer.stop()
        view = self.current_view()
        bounds = self.view_bounds()
        if view is not None and bounds != self._last_bounds:
            self._last_bounds = bounds
            self.sig_view_changed.emit(bounds)
        for layer in self._layers.values():
            if layer.follows_view:
                layer.on_view(view)

    def current_view(self) -> raster.View | None:
        """The view rectangle and its size in device pixels."""
        (x0, x1), (y0, y1) = self._vb.viewRange()
        dpr = self.devicePixelRatioF() or 1.0
        w = int(round(self._vb.width() * dpr))
        h = int(round(self._vb.height() * dpr))
        if w < 1 or h < 1 or not (x1 > x0 and y1 > y0):
            return None
        return raster.View(x0, y0, x1, y1, w, h)

    def view_bounds(self) -> tuple[float, float, float, float]:
        (x0, x1), (y0, y1) = self._vb.viewRange()
        return (x0, y0, x1, y1)

    def flush(self) -> None:
        """Do now what is waiting for the view to settle (tests, benchmarks, screenshots)."""
        if self._view_timer.isActive():
            self._on_view_settled()

    def redraw(self) -> None:
        """Rebuild every layer from the workspace (choropleth, zones, household picture)."""
        self._each("update")
        self._on_view_settled()

    def render_image(self) -> QImage:
        """The canvas as it looks now (pending redraws done first)."""
        self.flush()
        return self.grab().toImage()

    # ---------------------------------------------------------------- overlay
    @property
    def legend_visible(self) -> bool:
        return self._legend_visible

    def set_legend_visible(self, visible: bool) -> None:
        """Show or hide the legend drawn in the map's top-right corner."""
        self._legend_visible = bool(visible)
        self._overlay.update()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._overlay.setGeometry(self._plot.geometry())
        self._overlay.raise_()

    def legend_entries(self, detail: bool = False) -> list[tuple[str, list[tuple[str, str, str]]]]:
        """Legend as sections: (title, rows of (kind, colour, label)), of the visible
        layers from the bottom of the registry up (the fill first, zones last).

        ``kind`` is ``"fill"`` (a class swatch), ``"point"``, ``"hollow"``,
        ``"zone"``, ``"line"`` / ``"dash"`` (a stroke), ``"star"``, ``"note"`` (text only) or a pyqtgraph symbol name for PSKS. The map's own legend
        groups PSKS by form when there are many types; ``detail`` lists
        every type (for a layer panel).
        """
        out = []
        for layer in reversed(self._layers.values()):
            if layer.visible:
                out.extend(layer.legend_entries(detail))
        return out

    def scale_bar(self) -> tuple[float, float] | None:
        """(kilometres, screen pixels) of the scale bar: true east-west at the view's centre."""
        return scale_bar(self, self._overlay.width())

    def _paint_overlay(self, p: QPainter, rect) -> None:
        if self._ws.data is None:
            p.setPen(QColor("#333333"))
            f = QFont(self.font())
            f.setPointSizeF(f.pointSizeF() * 1.2)
            p.setFont(f)
            p.drawText(
                rect,
                Qt.AlignmentFlag.AlignCenter,
                tr(
                    "Belum ada data.\n"
                    "Buka data rumah tangga dan batas desa, atau muat provinsi demo."
                ),
            )
            return
        for overlay in self._overlays:
            overlay.paint(p, rect)


# ---------------------------------------------------------------------------
# running on its own: python -m widgets.map.canvas
# ---------------------------------------------------------------------------


def main(argv=None) -> int:
    """Show the canvas with the zone tools on the demo province (``--screenshot`` saves a PNG)."""
    import argparse
    import os
    import sys

    from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar

    parser = argparse.ArgumentParser(description="Peta Sasaran pada data demo")
    parser.add_argument("--screenshot", help="simpan gambar peta (PNG) lalu keluar")
    parser.add_argument("--size", default="1280x800", help="ukuran jendela, mis. 1600x1000")
    parser.add_argument("--indicator", default="desil_1_4", choices=list(indicators.INDICATORS))
    parser.add_argument("--unit", help="perbesar ke kode wilayah ini")
    args = parser.parse_args(argv)

    from widgets.base.demo import load_demo
    from widgets.base.undo import UndoStack
    from widgets.map.zone_tools import ZoneTools

    app = QApplication.instance() or QApplication(sys.argv)
    ws = Workspace(load_demo())
    window = QMainWindow()
    window.setWindowTitle(tr("Sasaran – peta"))
    canvas = MapCanvas(ws)
    canvas.set_indicator(args.indicator)
    window.setCentralWidget(canvas)
    stack = UndoStack(ws, window)
    tools = ZoneTools(canvas, stack, window)
    bar = QToolBar(tr("Zona"), window)
    bar.addActions(tools.actions())
    bar.addSeparator()
    bar.addAction(stack.undo_action(window))
    bar.addAction(stack.redo_action(window))
    window.addToolBar(bar)
    status = window.statusBar()
    canvas.sig_cursor_moved.connect(lambda lon, lat: status.showMessage(f"{lon:.5f}, {lat:.5f}"))
    tools.sig_message.connect(status.showMessage)
    w, h = (int(v) for v in args.size.lower().split("x"))
    window.resize(w, h)
    window.show()
    app.processEvents()
    if args.unit:
        canvas.zoom_to_unit(args.unit)
    else:
        canvas.zoom_full()
    if args.screenshot:
        app.processEvents()
        canvas.flush()
        app.processEvents()
        window.grab().save(args.screenshot)
        return 0
    # the example test runs every widget module briefly (DESIGN convention 10)
    seconds = os.environ.get("SASARAN_EXAMPLE_SECONDS")
    if seconds:

        def close() -> None:
            grab = os.environ.get("SASARAN_EXAMPLE_GRAB")
            if grab:
                canvas.flush()
                window.grab().save(grab, "PNG")
            app.quit()

        QTimer.singleShot(int(float(seconds) * 1000), close)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
