"""The planner's map: villages as a choropleth, households, PSKS and zones.

The canvas is a view of one :class:`gis.model.workspace.Workspace`. It keeps no
copy of the filter, the zones or the selection: it listens to the
workspace's signals and redraws from it (DESIGN convention 1), so the map,
the zone list, the table and the charts can never disagree. What it does
own is how things look: the indicator shown, its classification, and the
visibility, opacity and order of the layers.

Speed is the point of most choices here (DESIGN "Data flow"):

* villages are drawn as one ``QPainterPath`` per class, built from numpy
  arrays of ring coordinates with ``pyqtgraph.arrayToQPath``; recolouring
  after a filter change is a bincount, a classification and a handful of
  paths, not one item per village;
* households are drawn as a picture of exactly the current view
  (:mod:`gis.maps.raster`) when many are in view, redrawn shortly after the view
  stops moving, and as symbols only when fewer than
  :attr:`MapCanvas.SYMBOL_LIMIT` are in view;
* the map is kept undistorted with a cos(latitude) aspect lock, so a circle
  drawn with a radius in kilometres is round and the scale bar is true.

Mouse modes (drawing zones, editing them) are plug-ins: a
:class:`CanvasTool` set with :meth:`MapCanvas.set_tool` receives the mouse
events with their lon/lat first (see ``widgets.map.zone_tools``). Without a
tool, dragging pans, the wheel zooms, a click identifies what is under the
cursor and Shift+drag selects households.
"""

from __future__ import annotations

import contextlib
import math
from dataclasses import dataclass, field
from types import SimpleNamespace

import numpy as np
import pyqtgraph as pg
import shapely
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsRectItem, QVBoxLayout, QWidget

from gis.io.codelists import psks_types
from gis.maps import classify, raster
from gis.model import indicators
from gis.model.filter_text import describe_filter, indicator_title
from gis.model.workspace import Dataset, Workspace
from gis.model.zones import Zone
from widgets.base import fmt
from widgets.base.gis_text import gis_lang, gis_text


def tr(text: str) -> str:
    # the empty context is what pyside6-lupdate records for a module-level tr()
    return QCoreApplication.translate("", text)


#: layers from top to bottom, as a layer panel lists them
LAYERS: tuple[str, ...] = (
    "zona",
    "psks",
    "rumah_tangga",
    "batas_kabupaten",
    "batas_kecamatan",
    "batas_desa",
    "koroplet",
)


def layer_titles() -> dict[str, str]:
    """Layer name -> title shown to the user."""
    return {
        "zona": tr("Zona intervensi"),
        "psks": tr("PSKS dan pendamping"),
        "rumah_tangga": tr("Rumah tangga (titik)"),
        "batas_kabupaten": tr("Batas kabupaten/kota"),
        "batas_kecamatan": tr("Batas kecamatan"),
        "batas_desa": tr("Batas desa/kelurahan"),
        "koroplet": tr("Desa: indikator"),
    }


_DEFAULT_OPACITY = {"koroplet": 0.85}

#: colours of zones (Okabe-Ito blue) and of the zone being worked on (vermillion)
ZONE_COLOR = "#0072b2"
CURRENT_ZONE_COLOR = "#d55e00"

# PSKS symbol per form and a colour per type within it (Okabe-Ito, colour-blind safe)
_PSKS_SYMBOL = {"orang": "t1", "lembaga": "s", "lain": "d"}
_PSKS_COLORS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9")


def _psks_form_titles() -> dict[str, str]:
    return {
        "orang": tr("PSKS perorangan"),
        "lembaga": tr("PSKS kelembagaan"),
        "lain": tr("Pendamping PKH / ASN"),
    }


def psks_style(type_code: int) -> tuple[str, str]:
    """(pyqtgraph symbol, hex colour) of a PSKS / resource type code."""
    types = {t.code: t for t in psks_types()}
    t = types.get(int(type_code))
    if t is None:
        return "o", "#666666"
    form = t.form if t.is_psks else "lain"
    same = [u.code for u in psks_types() if (u.form if u.is_psks else "lain") == form]
    return _PSKS_SYMBOL.get(form, "o"), _PSKS_COLORS[same.index(t.code) % len(_PSKS_COLORS)]


@dataclass(frozen=True)
class LayerInfo:
    """What a layer panel needs to show one layer."""

    name: str
    title: str
    visible: bool
    opacity: float


@dataclass
class _Layer:
    name: str
    title: str
    visible: bool = True
    opacity: float = 1.0
    items: list = field(default_factory=list)


class CanvasTool:
    """A mouse mode of the canvas (drawing, editing, picking).

    The canvas hands every mouse event to the active tool first, with its
    lon/lat; a handler returns True when it used the event (the map then
    does not pan), False to let the map handle it as usual. The wheel
    always zooms.
    """

    #: mouse cursor while the tool is active
    cursor = Qt.CursorShape.CrossCursor
    #: one sentence for the status bar
    hint = ""

    def __init__(self):
        self.canvas: MapCanvas | None = None

    def activate(self, canvas: MapCanvas) -> None:
        self.canvas = canvas

    def deactivate(self) -> None:
        self.canvas = None

    def press(self, lon: float, lat: float, event) -> bool:
        return False

    def move(self, lon: float, lat: float, event) -> bool:
        return False

    def release(self, lon: float, lat: float, event) -> bool:
        return False

    def double_click(self, lon: float, lat: float, event) -> bool:
        return False

    def key(self, event) -> bool:
        return False


class _Geometry:
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


def _geometry_path(geom) -> QPainterPath:
    if geom is None or geom.is_empty:
        return QPainterPath()
    return _Geometry(np.array([geom], dtype=object)).path()


def _with_alpha(color: str, alpha: int) -> QColor:
    c = QColor(color)
    c.setAlpha(alpha)
    return c


def _cosmetic_pen(color, width: float = 1.0, style=Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(QColor(color))
    pen.setWidthF(width)
    pen.setCosmetic(True)
    pen.setStyle(style)
    return pen


class _Overlay(QWidget):
    """Legend, scale bar, north arrow and the "data sintetis" mark, drawn over the map."""

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


class MapCanvas(QWidget):
    """Map of one workspace: choropleth, boundaries, households, PSKS and zones.

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
        ``"psks"`` or ``"zone"``, and its index (into the village table,
        the household table, the PSKS table, or ``workspace.zones``).
    sig_layers_changed()
        Visibility, opacity or order of a layer changed (the layer panel refreshes).
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
    #: pause after the view stops moving before the household picture is redrawn (ms)
    VIEW_DEBOUNCE_MS = 60
    #: above this many boundary vertices, simplify for display (degrees)
    SIMPLIFY_ABOVE = 400_000
    SIMPLIFY_TOLERANCE = 5e-5

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self._ws = workspace
        titles = layer_titles()
        self._layers: dict[str, _Layer] = {
            name: _Layer(name, titles[name], opacity=_DEFAULT_OPACITY.get(name, 1.0))
            for name in LAYERS
        }
        self._order = list(LAYERS)  # top first
        self._indicator_key: str | None = "desil_1_4"
        self._method, self._k, self._palette = "quantile", 5, "YlOrRd"
        self._indicator: indicators.Indicator | None = None
        self._classes: classify.Classes | None = None
        self._tool: CanvasTool | None = None
        self._points_mode = "none"
        self._psks_size = 10
        self._psks_in_view = 0
        self._psks_pen = _cosmetic_pen("#ffffff", 1.0)
        self._legend_visible = True
        self._last_bounds: tuple | None = None
        self._press: QPointF | None = None
        self._rubber_start: tuple[float, float] | None = None
        self._zone_items: dict[str, tuple] = {}
        self._zone_geoms: dict[str, object] = {}
        self._data_ready = False

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

        # households: one picture item and two symbol items, reused
        self._image = pg.ImageItem(axisOrder="row-major")
        self._scatter = pg.ScatterPlotItem(pxMode=True, size=8)
        self._sel_scatter = pg.ScatterPlotItem(pxMode=True, size=13)
        self._psks_scatter = pg.ScatterPlotItem(pxMode=True, size=10)
        for it in (self._image, self._sel_scatter, self._scatter):
            self._add_item("rumah_tangga", it)
        self._add_item("psks", self._psks_scatter)
        self._rubber = QGraphicsRectItem()
        self._rubber.setPen(_cosmetic_pen("#111111", 1.0, Qt.PenStyle.DashLine))
        self._rubber.setBrush(QBrush(QColor(0, 229, 255, 40)))
        self._rubber.setZValue(1000)
        self._rubber.setVisible(False)
        self._vb.addItem(self._rubber, ignoreBounds=True)
        self._lut = raster.key_colors()
        self._brushes = [pg.mkBrush(c) for c in raster.DESIL_COLORS]
        # rings for approximate locations: thin and half-transparent, so a
        # measured point (filled) still reads as the surer one
        self._approx_pens = [_cosmetic_pen(_with_alpha(c, 190), 1.4) for c in raster.DESIL_COLORS]
        self._point_pen = _cosmetic_pen("#ffffff", 1.0)
        self._hollow_brush = pg.mkBrush(255, 255, 255, 120)

        self._points_timer = QTimer(self, singleShot=True, interval=self.VIEW_DEBOUNCE_MS)
        self._points_timer.timeout.connect(self._redraw_points)
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
            (workspace.sig_current_zone_changed, self._on_current_zone_changed),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        self.destroyed.connect(_disconnector(self._connections))
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
    def points_mode(self) -> str:
        """How households are drawn now: ``"raster"``, ``"symbols"`` or ``"none"``."""
        return self._points_mode

    # ------------------------------------------------------------------ layers
    def layers(self) -> list[LayerInfo]:
        """The layers, top first, as a layer panel lists them."""
        titles = layer_titles()
        return [
            LayerInfo(
                n, self._layer_title(n, titles), self._layers[n].visible, self._layers[n].opacity
            )
            for n in self._order
        ]

    def set_layer_visible(self, name: str, visible: bool) -> None:
        layer = self._layer(name)
        if layer.visible != bool(visible):
            layer.visible = bool(visible)
            self._apply_layer(layer)
            if name in ("rumah_tangga", "psks") and visible:
                self._redraw_points()
            self._overlay.update()
            self.sig_layers_changed.emit()

    def set_layer_opacity(self, name: str, opacity: float) -> None:
        layer = self._layer(name)
        opacity = float(min(1.0, max(0.0, opacity)))
        if layer.opacity != opacity:
            layer.opacity = opacity
            self._apply_layer(layer)
            self.sig_layers_changed.emit()

    def set_layer_order(self, names) -> None:
        """Put layers in this order, top first; layers not named keep their relative place below."""
        names = [n for n in names if n in self._layers]
        rest = [n for n in self._order if n not in names]
        order = list(dict.fromkeys(names)) + rest
        if order != self._order:
            self._order = order
            for layer in self._layers.values():
                self._apply_layer(layer)
            self.sig_layers_changed.emit()

    def _layer(self, name: str) -> _Layer:
        try:
            return self._layers[name]
        except KeyError:
            raise ValueError(f"unknown layer {name!r}; layers: {', '.join(self._order)}") from None

    def _z(self, name: str) -> float:
        return float((len(self._order) - self._order.index(name)) * 10)

    def _apply_layer(self, layer: _Layer) -> None:
        z = self._z(layer.name)
        for it in layer.items:
            it.setZValue(z + getattr(it, "_z_offset", 0.0))
            it.setOpacity(layer.opacity * getattr(it, "_opacity_factor", 1.0))
            it.setVisible(layer.visible and getattr(it, "_active", True))

    def _add_item(self, layer_name: str, item, z_offset: float = 0.0, active: bool = True):
        layer = self._layers[layer_name]
        item._z_offset = z_offset
        item._active = active
        layer.items.append(item)
        self._vb.addItem(item, ignoreBounds=True)
        item.setZValue(self._z(layer_name) + z_offset)
        item.setOpacity(layer.opacity)
        item.setVisible(layer.visible and active)
        return item

    def _set_active(self, item, active: bool) -> None:
        item._active = active
        layer = next(ly for ly in self._layers.values() if item in ly.items)
        item.setVisible(layer.visible and active)

    def _clear_items(self, layer_name: str, keep=()) -> None:
        layer = self._layers[layer_name]
        for it in list(layer.items):
            if it in keep:
                continue
            layer.items.remove(it)
            self._vb.removeItem(it)

    # -------------------------------------------------------------- indicator
    @property
    def indicator_key(self) -> str | None:
        return self._indicator_key

    @property
    def indicator(self) -> indicators.Indicator | None:
        """The indicator values per village now shown (None without data or indicator)."""
        return self._indicator

    @property
    def classes(self) -> classify.Classes | None:
        """The classification now shown (breaks, labels, colours, class per village)."""
        return self._classes

    @property
    def classification(self) -> tuple[str, int, str]:
        return self._method, self._k, self._palette

    def set_indicator(self, key: str | None) -> None:
        """Colour villages by indicator ``key`` (see ``gis.model.indicators.INDICATORS``); None: no fill."""
        if key is not None and key not in indicators.INDICATORS:
            raise ValueError(f"unknown indicator {key!r}")
        self._indicator_key = key
        self._update_choropleth()
        self.sig_layers_changed.emit()

    def indicator_title(self) -> str:
        """Title of the indicator shown, saying which households it counts under the filter."""
        if self._indicator_key is None:
            return ""
        return gis_text(
            indicator_title(
                self._indicator_key, self._ws.filter, self._ws.households, lang=gis_lang()
            )
        )

    def _retitle_choropleth(self) -> None:
        """Name the choropleth layer after the indicator and the filter."""
        key = self._indicator_key
        self._layers["koroplet"].title = (
            tr("Desa: {0}").format(self.indicator_title()) if key else tr("Desa (tanpa indikator)")
        )

    def _layer_title(self, name: str, titles: dict[str, str]) -> str:
        """A layer's title in the language of now (a live switch may have happened)."""
        if name == "koroplet":
            self._retitle_choropleth()
            return self._layers[name].title
        return titles[name]

    def set_classification(
        self, method: str = "quantile", k: int = 5, palette: str = "YlOrRd"
    ) -> None:
        """Classification of the choropleth: method (see ``gis.maps.classify.METHODS``), classes, palette."""
        if method not in classify.METHODS:
            raise ValueError(f"unknown classification method {method!r}")
        classify.palette(palette, 1)  # raises on an unknown palette name
        self._method, self._k, self._palette = method, int(k), palette
        self._update_choropleth()

    def _update_choropleth(self) -> None:
        self._clear_items("koroplet")
        self._indicator = self._classes = None
        self._retitle_choropleth()
        hh = self._ws.households
        if hh is None or not self._data_ready:
            self._emit_legend()
            return
        geo = self._village_geo
        if self._indicator_key is not None:
            self._indicator = indicators.compute(
                self._indicator_key, hh, self._ws.mask, psks=self._ws.psks, flt=self._ws.filter
            )
            self._classes = classify.classify(
                self._indicator.values, self._method, self._k, self._palette
            )
            cls = self._classes.class_index
            colors = [*self._classes.colors, self._classes.no_data_color]
            for c in range(-1, self._classes.k):
                path = geo.path(cls == c)
                if path.isEmpty():
                    continue
                item = QGraphicsPathItem(path)
                item.setPen(QPen(Qt.PenStyle.NoPen))
                item.setBrush(QBrush(QColor(colors[c])))
                self._add_item("koroplet", item)
        else:
            item = QGraphicsPathItem(geo.path())
            item.setPen(QPen(Qt.PenStyle.NoPen))
            item.setBrush(QBrush(QColor("#f7f7f2")))
            self._add_item("koroplet", item)
        self._emit_legend()

    def _emit_legend(self) -> None:
        self._overlay.update()
        self.sig_legend_changed.emit()

    # ------------------------------------------------------------ data events
    def _on_data_changed(self, data: Dataset) -> None:
        self._data_ready = False
        for name in ("koroplet", "batas_desa", "batas_kecamatan", "batas_kabupaten", "zona"):
            self._clear_items(name)
        self._zone_items.clear()
        self._zone_geoms.clear()
        villages = data.households.villages
        n_coords = int(shapely.get_num_coordinates(villages.geoms[villages.has_polygon]).sum())
        tol = self.SIMPLIFY_TOLERANCE if n_coords > self.SIMPLIFY_ABOVE else 0.0
        self._village_geo = _Geometry(villages.geoms, simplify=tol)
        self._village_bounds = villages.bounds
        b = self._village_bounds
        ok = ~np.isnan(b[:, 0]) if len(b) else np.zeros(0, dtype=bool)
        self._ref_lat = float((b[ok, 1].min() + b[ok, 3].max()) / 2) if ok.any() else 0.0
        self._vb.setAspectLocked(True, ratio=raster.aspect_ratio(self._ref_lat))
        outline = QGraphicsPathItem(self._village_geo.path(fill=False))
        outline.setPen(_cosmetic_pen("#ffffff", 0.6))
        self._add_item("batas_desa", outline)
        for name, geoms, color, width in (
            ("batas_kecamatan", self._unit_geoms(villages, "kecamatan"), "#5a5a5a", 1.0),
            ("batas_kabupaten", self._unit_geoms(villages, "kabupaten"), "#1a1a1a", 1.8),
        ):
            item = QGraphicsPathItem(_Geometry(geoms, simplify=tol).path(fill=False))
            item.setPen(_cosmetic_pen(color, width))
            self._add_item(name, item)
        hh = data.households
        self._keys = raster.point_keys(hh.desil, hh.approx)
        self._build_psks(data)
        self._data_ready = True
        self._update_choropleth()
        self._rebuild_zones()
        self.zoom_full()
        self._redraw_points()

    @staticmethod
    def _unit_geoms(villages, level: str) -> np.ndarray:
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

    def _build_psks(self, data: Dataset) -> None:
        ps = data.psks
        if ps is None or len(ps) == 0:
            self._psks_scatter.clear()
            self._set_active(self._psks_scatter, False)
            return
        ok = ~np.isnan(ps.x)
        idx = np.flatnonzero(ok)
        styles = {int(t): psks_style(int(t)) for t in np.unique(ps.type)}
        brushes = {t: pg.mkBrush(c) for t, (_, c) in styles.items()}
        pen = self._psks_pen if self._psks_size > 5 else pg.mkPen(None)
        types = ps.type[idx].tolist()
        self._psks_scatter.setData(
            x=ps.x[idx],
            y=ps.y[idx],
            symbol=[styles[t][0] for t in types],
            brush=[brushes[t] for t in types],
            pen=pen,
            size=self._psks_size,
        )
        self._set_active(self._psks_scatter, True)

    def _on_filter_changed(self, _flt=None) -> None:
        before = self._layers["koroplet"].title
        self._update_choropleth()
        if self._layers["koroplet"].title != before:  # the layer panel shows the new name
            self.sig_layers_changed.emit()
        self._update_zone_labels()
        self._redraw_points()

    def _on_selection_changed(self, _sel=None) -> None:
        self._redraw_points()

    def _on_current_zone_changed(self, _zone_id=None) -> None:
        self._rebuild_zones()

    def _on_zones_changed(self, _zones=None) -> None:
        self._rebuild_zones()

    # ------------------------------------------------------------------ zones
    def zone_geometry(self, zone: Zone):
        """Polygon of a zone as drawn: its own, or the union of its villages (cached)."""
        if zone.geometry is not None:
            return zone.geometry
        key = zone.key()
        if key not in self._zone_geoms:
            villages = self._ws.villages
            geom = None
            if villages is not None and zone.villages:
                idx = villages.lookup(list(zone.villages))
                parts = [villages.geoms[i] for i in idx if i >= 0 and villages.geoms[i] is not None]
                geom = shapely.union_all(parts) if parts else None
            self._zone_geoms[key] = geom
        return self._zone_geoms[key]

    def _rebuild_zones(self) -> None:
        self._clear_items("zona")
        self._zone_items.clear()
        if not self._data_ready:
            return
        current = self._ws.current_zone
        for zone in self._ws.zones:
            geom = self.zone_geometry(zone)
            if geom is None or geom.is_empty:
                continue
            is_current = zone.zone_id == current
            color = QColor(CURRENT_ZONE_COLOR if is_current else ZONE_COLOR)
            fill = QColor(color)
            fill.setAlpha(70 if is_current else 45)
            item = QGraphicsPathItem(_geometry_path(geom))
            item.setPen(_cosmetic_pen(color, 3.0 if is_current else 2.0))
            item.setBrush(QBrush(fill))
            self._add_item("zona", item, z_offset=2.0 if is_current else 0.0)
            label = pg.TextItem(
                "",
                color="#111111",
                anchor=(0.5, 0.5),
                fill=pg.mkBrush(255, 255, 255, 215),
                border=pg.mkPen(color, width=1),
            )
            rp = shapely.point_on_surface(geom)
            label.setPos(rp.x, rp.y)
            self._add_item("zona", label, z_offset=3.0)
            self._zone_items[zone.zone_id] = (item, label)
        self._update_zone_labels()

    def _update_zone_labels(self) -> None:
        mask = self._ws.mask
        for zone in self._ws.zones:
            items = self._zone_items.get(zone.zone_id)
            if items is None:
                continue
            n = int(np.count_nonzero(self._ws.zone_mask(zone) & mask))
            items[1].setText(tr("{0}\n{1} RT").format(zone.name, fmt.num(n)))

    def set_zone_preview(self, zone_id: str, geometry) -> None:
        """Draw ``zone_id`` with ``geometry`` until the zones change (live drag preview)."""
        items = self._zone_items.get(zone_id)
        if items is None or geometry is None:
            return
        items[0].setPath(_geometry_path(geometry))

    def zone_items(self, zone_id: str):
        """(path item, label item) drawing a zone, or None."""
        return self._zone_items.get(zone_id)

    # ----------------------------------------------------------------- points
    def _on_range_changed(self, *_args) -> None:
        self._overlay.update()
        self._points_timer.start()

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

    def _redraw_points(self) -> None:
        self._points_timer.stop()
        hh = self._ws.households
        view = self.current_view()
        bounds = self.view_bounds()
        if view is not None and bounds != self._last_bounds:
            self._last_bounds = bounds
            self.sig_view_changed.emit(bounds)
        layer = self._layers["rumah_tangga"]
        if view is not None and self._data_ready:
            self._fit_psks_size(view)
        if hh is None or view is None or not self._data_ready or not layer.visible:
            self._points_mode = "none"
            for it in (self._image, self._scatter, self._sel_scatter):
                self._set_active(it, False)
            return
        mask = self._ws.mask
        vis = raster.visible(view, hh.x, hh.y, mask)
        n = int(np.count_nonzero(vis))
        selection = self._ws.selection
        if n == 0:
            self._points_mode = "none"
            for it in (self._image, self._scatter, self._sel_scatter):
                self._set_active(it, False)
        elif n < self.SYMBOL_LIMIT:
            self._points_mode = "symbols"
            idx = np.flatnonzero(vis)
            desil = hh.desil[idx].astype(np.int64)
            desil[(desil < 0) | (desil > 10)] = 0
            approx = hh.approx[idx]
            self._scatter.setData(
                x=hh.x[idx],
                y=hh.y[idx],
                brush=[
                    self._hollow_brush if a else self._brushes[d] for d, a in zip(desil, approx)
                ],
                pen=[self._approx_pens[d] if a else self._point_pen for d, a in zip(desil, approx)],
                size=8,
                symbol="o",
            )
            self._set_active(self._image, False)
            self._set_active(self._scatter, True)
            sel = None
            if selection is not None and len(selection):
                sel = selection[vis[selection]]
            if sel is not None and len(sel):
                self._sel_scatter.setData(
                    x=hh.x[sel],
                    y=hh.y[sel],
                    brush=pg.mkBrush(raster.SELECTION_COLOR),
                    pen=_cosmetic_pen(raster.SELECTION_RIM, 1.5),
                    size=14,
                )
                self._set_active(self._sel_scatter, True)
            else:
                self._set_active(self._sel_scatter, False)
        else:
            self._points_mode = "raster"
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
            )
            self._image.setImage(rgba, autoLevels=False)
            # a view packed with points lets the choropleth show through them
            dense = n / float(view.width * view.height) > self.DENSE_POINTS
            self._image._opacity_factor = 0.55 if dense else 1.0
            self._image.setOpacity(layer.opacity * self._image._opacity_factor)
            self._image.setTransform(QTransform(view.px_w, 0.0, 0.0, -view.px_h, view.x0, view.y1))
            self._set_active(self._image, True)
            self._set_active(self._scatter, False)
            self._set_active(self._sel_scatter, False)

    def _fit_psks_size(self, view: raster.View) -> None:
        """Smaller PSKS symbols when many are in view, none when they would bury the map."""
        ps = self._ws.psks
        if ps is None or not len(ps):
            return
        n = int(np.count_nonzero(view.contains(ps.x, ps.y)))
        self._psks_in_view = n
        hidden = n > self.PSKS_LIMIT
        self._set_active(self._psks_scatter, not hidden)
        size = 5 if n > self.PSKS_TINY else 8 if n > 150 else 11
        if not hidden and size != self._psks_size:
            self._psks_size = size
            self._psks_scatter.setSize(size)
            self._psks_scatter.setPen(self._psks_pen if size > 5 else pg.mkPen(None))

    def flush(self) -> None:
        """Do now what is waiting for the view to settle (tests, benchmarks, screenshots)."""
        if self._points_timer.isActive():
            self._redraw_points()

    def redraw(self) -> None:
        """Rebuild the choropleth, zones and household picture from the workspace."""
        self._update_choropleth()
        self._rebuild_zones()
        self._redraw_points()

    def render_image(self) -> QImage:
        """The canvas as it looks now (pending redraws done first)."""
        self.flush()
        return self.grab().toImage()

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
        """Show everything a layer draws."""
        self._layer(name)
        if name == "rumah_tangga" and self._ws.households is not None:
            hh = self._ws.households
            m = self._ws.mask & ~np.isnan(hh.x)
            if m.any():
                self.zoom_to_bounds(hh.x[m].min(), hh.y[m].min(), hh.x[m].max(), hh.y[m].max())
                return
        if name == "psks" and self._ws.psks is not None and len(self._ws.psks):
            ps = self._ws.psks
            self.zoom_to_bounds(np.nanmin(ps.x), np.nanmin(ps.y), np.nanmax(ps.x), np.nanmax(ps.y))
            return
        if name == "zona" and self._ws.zones:
            geoms = [self.zone_geometry(z) for z in self._ws.zones]
            geoms = [g for g in geoms if g is not None]
            if geoms:
                b = shapely.total_bounds(np.array(geoms, dtype=object))
                self.zoom_to_bounds(*b)
                return
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
        b = self._village_bounds[match]
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

    # --------------------------------------------------------------- identify
    def village_at(self, lon: float, lat: float) -> int:
        """Index of the village whose polygon holds lon/lat, -1 if none."""
        villages = self._ws.villages
        if villages is None or not len(villages):
            return -1
        b = self._village_bounds
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

    def _nearest(self, xs, ys, lon, lat, tol_px) -> int:
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

    def zone_at(self, lon: float, lat: float, inside: bool = True, tol_px: float = 5.0) -> int:
        """Index in ``workspace.zones`` of the zone at lon/lat (topmost first), -1 if none.

        With ``inside`` False only a click on a zone's outline or label counts.
        """
        pw, ph = self.pixel_size()
        pt = shapely.Point(lon, lat)
        zones = self._ws.zones
        for i in range(len(zones) - 1, -1, -1):
            geom = self.zone_geometry(zones[i])
            if geom is None:
                continue
            if inside and shapely.contains_xy(geom, lon, lat):
                return i
            if shapely.distance(geom.boundary, pt) <= tol_px * max(pw, ph):
                return i
            items = self._zone_items.get(zones[i].zone_id)
            if items is not None and items[1].isVisible():
                scene = self._vb.mapViewToScene(QPointF(lon, lat))
                if items[1].sceneBoundingRect().contains(scene):
                    return i
        return -1

    def identify_at(self, lon: float, lat: float, tol_px: float = 6.0) -> tuple[str, int] | None:
        """What a click at lon/lat means: a PSKS or household symbol near it, a zone's
        outline or label, else the village under it.

        Symbols count only where they are drawn distinct: PSKS once few enough
        are in view for full-size symbols, households once drawn as symbols
        rather than a picture. Zoomed out (the whole province), hundreds of
        tiny symbols lie within a few pixels of any click, and the planner
        clicking a village means the village.
        """
        if not self._data_ready:
            return None
        ps = self._ws.psks
        if (
            ps is not None
            and len(ps)
            and self._psks_scatter.isVisible()
            and self._psks_in_view <= self.PSKS_TINY
        ):
            i = self._nearest(ps.x, ps.y, lon, lat, min(tol_px, self._psks_size / 2 + 2))
            if i >= 0:
                return "psks", i
        hh = self._ws.households
        if (
            hh is not None
            and self._layers["rumah_tangga"].visible
            and self._points_mode == "symbols"
        ):
            m = self._ws.mask
            pw, ph = self.pixel_size()
            near = np.flatnonzero(
                (np.abs(hh.x - lon) <= tol_px * pw) & (np.abs(hh.y - lat) <= tol_px * ph) & m
            )
            if len(near):
                j = self._nearest(hh.x[near], hh.y[near], lon, lat, tol_px)
                if j >= 0:
                    return "household", int(near[j])
        if self._layers["zona"].visible:
            z = self.zone_at(lon, lat, inside=False)
            if z >= 0:
                return "zone", z
        v = self.village_at(lon, lat)
        return ("village", v) if v >= 0 else None

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
        """Legend as sections: (title, rows of (kind, colour, label)).

        ``kind`` is ``"fill"`` (a class swatch), ``"point"``, ``"hollow"``,
        ``"zone"``, ``"note"`` (text only) or a pyqtgraph symbol name for PSKS. The map's own legend
        groups PSKS by form when there are many types; ``detail`` lists
        every type (for a layer panel).
        """
        out = []
        if self._classes is not None and self._layers["koroplet"].visible:
            ind = self._indicator
            title = self.indicator_title()
            if ind.unit:
                title = f"{title} ({gis_text(ind.unit)})"
            legend = self._classes.legend(number=fmt.dec)
            rows = [("fill", col, gis_text(lab)) for lab, col, _n in legend]
            out.append((title, rows))
        hh = self._ws.households
        if hh is not None and self._layers["rumah_tangga"].visible:
            desils = sorted(set(self._ws.filter.desil) or set(range(0, 11)))
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
            words = describe_filter(self._ws.filter, hh, lang=gis_lang(), short=True)
            out.append((tr("Rumah tangga: {0}").format(words), rows))
        ps = self._ws.psks
        if ps is not None and len(ps) and self._layers["psks"].visible:
            present = set(np.unique(ps.type).tolist())
            types = [t for t in psks_types() if t.code in present]
            if detail or len(types) <= 6:
                rows = [(*psks_style(t.code), t.name) for t in types]
            else:  # one row per form; the colour of each type is in the identify panel
                rows = []
                for form, title in _psks_form_titles().items():
                    members = [t for t in types if (t.form if t.is_psks else "lain") == form]
                    if members:
                        sym, _col = psks_style(members[0].code)
                        label = tr("{0} ({1} jenis)").format(title, len(members))
                        rows.append((sym, "#4d4d4d", label))
            title = (
                tr("PSKS dan pendamping")
                if detail or len(types) <= 6
                else tr("PSKS (warna = jenis)")
            )
            if not detail and self._psks_in_view > self.PSKS_LIMIT:
                n = fmt.num(self._psks_in_view)
                note = tr("{0} di tampilan: perbesar peta untuk melihatnya").format(n)
                rows = [("note", "", note)]
                title = tr("PSKS dan pendamping")
            out.append((title, rows))
        if self._ws.zones and self._layers["zona"].visible:
            out.append(("", [("zone", ZONE_COLOR, tr("Zona intervensi"))]))
        return out

    def _paint_overlay(self, p: QPainter, rect) -> None:
        data = self._ws.data
        if data is None:
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
        view = self.current_view()
        if view is not None:
            self._paint_scale_bar(p, rect, view)
        self._paint_north(p, rect)
        self._paint_legend(p, rect)
        if data.synthetic:
            text = (
                tr("DATA SINTETIS – bukan data sebenarnya")
                if rect.width() > 520
                else tr("DATA SINTETIS")
            )
            self._paint_badge(p, rect, text)

    def scale_bar(self) -> tuple[float, float] | None:
        """(kilometres, screen pixels) of the scale bar: true east-west at the view's centre."""
        view = self.current_view()
        if view is None:
            return None
        dpr = self.devicePixelRatioF() or 1.0
        km_per_px = view.km_per_pixel * dpr  # per logical pixel
        if not km_per_px > 0:
            return None
        length_km = raster.nice_length(km_per_px * min(220, self._overlay.width() / 4))
        if length_km <= 0:
            return None
        return length_km, length_km / km_per_px

    def _paint_scale_bar(self, p: QPainter, rect, view: raster.View) -> None:
        bar = self.scale_bar()
        if bar is None:
            return
        length_km, px = bar
        x0, y0 = rect.left() + 14, rect.bottom() - 22
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.9))
        p.setFont(font)
        fm = QFontMetrics(font)
        label = _length_label(length_km)
        half = _length_label(length_km / 2)
        box = QRectF(
            x0 - 6,
            y0 - fm.height() - 8,
            px + fm.horizontalAdvance(label) / 2 + 16,
            fm.height() + 22,
        )
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 255, 255, 200))
        p.drawRoundedRect(box, 3, 3)
        p.setPen(QPen(QColor("#111111"), 1))
        for i in range(4):
            p.setBrush(QColor("#111111") if i % 2 == 0 else QColor("#ffffff"))
            p.drawRect(QRectF(x0 + i * px / 4, y0, px / 4, 5))
        p.setPen(QColor("#111111"))
        p.drawText(QPointF(x0 - fm.horizontalAdvance("0") / 2, y0 - 4), "0")
        p.drawText(QPointF(x0 + px / 2 - fm.horizontalAdvance(half) / 2, y0 - 4), half)
        p.drawText(QPointF(x0 + px - fm.horizontalAdvance(label) / 2, y0 - 4), label)

    def _paint_north(self, p: QPainter, rect) -> None:
        cx, top = rect.left() + 24, rect.top() + 12
        p.setPen(QPen(QColor("#111111"), 1))
        p.setBrush(QColor("#111111"))
        p.drawPolygon(
            QPolygonF([QPointF(cx, top), QPointF(cx + 7, top + 20), QPointF(cx, top + 15)])
        )
        p.setBrush(QColor("#ffffff"))
        p.drawPolygon(
            QPolygonF([QPointF(cx, top), QPointF(cx - 7, top + 20), QPointF(cx, top + 15)])
        )
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        fm = QFontMetrics(font)
        north = tr("U")  # utara
        p.drawText(QPointF(cx - fm.horizontalAdvance(north) / 2, top + 22 + fm.ascent()), north)

    def _paint_badge(self, p: QPainter, rect, text: str) -> None:
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        fm = QFontMetrics(font)
        w = min(fm.horizontalAdvance(text) + 16, max(rect.width() - 12, 40))
        h = fm.height() + 8
        text = fm.elidedText(text, Qt.TextElideMode.ElideRight, int(w - 8))
        box = QRectF(rect.right() - w - min(10, rect.width() - w), rect.bottom() - h - 10, w, h)
        p.setPen(QPen(QColor("#8a1c1c"), 1))
        p.setBrush(QColor(255, 248, 225, 230))
        p.drawRoundedRect(box, 3, 3)
        p.setPen(QColor("#8a1c1c"))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _legend_layout(self, rect):
        """What of the legend fits in ``rect`` (pixels): sections, width, height, fonts.

        None when the legend is hidden, empty or would take half the map.
        """
        sections = self.legend_entries() if self._legend_visible else []
        if not sections:
            return None
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.9))
        bold = QFont(font)
        bold.setBold(True)
        fm, fmb = QFontMetrics(font), QFontMetrics(bold)
        row_h = max(fm.height(), 14) + 2
        sw = 16
        # a small map keeps most of itself: the legend takes at most about a
        # third of the width and what fits of the height, whole sections only
        room = rect.height() - 90
        width = 0
        height = 8
        shown = []
        for title, rows in sections:
            h = (fmb.height() + 2 if title else 0) + row_h * len(rows) + 6
            if height + h > room:
                break
            height += h
            shown.append((title, rows))
            if title:
                width = max(width, fmb.horizontalAdvance(title))
            for _k, _c, label in rows:
                width = max(width, sw + 6 + fm.horizontalAdvance(label))
        width = min(width + 16, max(150, int(rect.width() * 0.36)))
        if not shown or width > rect.width() * 0.5:
            return None

        # titles wrap rather than lose their end: it says which filter the colours count
        def title_h(title: str) -> int:
            flags = int(Qt.TextFlag.TextWordWrap)
            return fmb.boundingRect(0, 0, int(width - 16), 10_000, flags, title).height()

        height, fitted = 8, []
        for title, rows in shown:
            h = (title_h(title) + 2 if title else 0) + row_h * len(rows) + 6
            if height + h > room:
                break
            height += h
            fitted.append((title, rows, title_h(title) if title else 0))
        if not fitted:
            return None
        return SimpleNamespace(
            sections=fitted,
            width=width,
            height=height,
            font=font,
            bold=bold,
            fm=fm,
            fmb=fmb,
            row_h=row_h,
            sw=sw,
        )

    def _paint_legend(self, p: QPainter, rect) -> None:
        layout = self._legend_layout(rect)
        if layout is None:
            return
        sections, width, height = layout.sections, layout.width, layout.height
        font, bold, fm = layout.font, layout.bold, layout.fm
        row_h, sw = layout.row_h, layout.sw
        box = QRectF(rect.right() - width - 10, rect.top() + 10, width, height)
        p.setPen(QPen(QColor("#9a9a9a"), 1))
        p.setBrush(QColor(255, 255, 255, 225))
        p.drawRoundedRect(box, 4, 4)
        x = box.left() + 8
        y = box.top() + 6
        for title, rows, th in sections:
            if title:
                p.setFont(bold)
                p.setPen(QColor("#111111"))
                p.drawText(
                    QRectF(x, y, width - 16, th),
                    Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                    title,
                )
                y += th + 2
            p.setFont(font)
            for kind, color, label in rows:
                sw_rect = QRectF(x, y + (row_h - 11) / 2, sw, 11)
                _draw_swatch(p, kind, color, sw_rect)
                p.setPen(QColor("#111111"))
                p.drawText(
                    QRectF(x + sw + 6, y, width - sw - 18, row_h),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    fm.elidedText(label, Qt.TextElideMode.ElideRight, int(width - sw - 18)),
                )
                y += row_h
            y += 6


def _length_label(km: float) -> str:
    if km < 1:
        return f"{fmt.num(round(km * 1000))} m"
    decimals = 0 if km == int(km) else 1
    return f"{fmt.dec(km, decimals)} km"


def _draw_swatch(p: QPainter, kind: str, color: str, r: QRectF) -> None:
    if kind == "note":
        return
    c = QColor(color)
    if kind == "fill":
        p.setPen(QPen(QColor("#7a7a7a"), 0.8))
        p.setBrush(c)
        p.drawRect(r)
        return
    if kind == "zone":
        fill = QColor(c)
        fill.setAlpha(60)
        p.setPen(QPen(c, 2))
        p.setBrush(fill)
        p.drawRect(r.adjusted(1, 1, -1, -1))
        return
    centre = r.center()
    rad = 4.5
    if kind == "point":
        p.setPen(QPen(QColor("#ffffff"), 1))
        p.setBrush(c)
        p.drawEllipse(centre, rad, rad)
    elif kind == "hollow":
        p.setPen(QPen(c, 2))
        p.setBrush(QColor(255, 255, 255, 170))
        p.drawEllipse(centre, rad, rad)
    else:  # PSKS symbol
        p.setPen(QPen(QColor("#ffffff"), 1))
        p.setBrush(c)
        cx, cy = centre.x(), centre.y()
        if kind == "t1":
            p.drawPolygon(
                QPolygonF(
                    [
                        QPointF(cx, cy - 5.5),
                        QPointF(cx + 5.5, cy + 4.5),
                        QPointF(cx - 5.5, cy + 4.5),
                    ]
                )
            )
        elif kind == "s":
            p.drawRect(QRectF(cx - 4.5, cy - 4.5, 9, 9))
        elif kind == "d":
            p.drawPolygon(
                QPolygonF(
                    [
                        QPointF(cx, cy - 5.5),
                        QPointF(cx + 5.5, cy),
                        QPointF(cx, cy + 5.5),
                        QPointF(cx - 5.5, cy),
                    ]
                )
            )
        else:
            p.drawEllipse(centre, rad, rad)


def _disconnector(connections):
    """A callable that disconnects psygnal slots (safe after the widget is gone)."""

    def disconnect(*_):
        for signal, slot in connections:
            # already disconnected, or the workspace went first
            with contextlib.suppress(Exception):
                signal.disconnect(slot)

    return disconnect


# ---------------------------------------------------------------------------
# running on its own: python -m widgets.map.map_canvas
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
