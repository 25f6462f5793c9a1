"""Villages coloured by an indicator (the choropleth), one path per class.

The layer owns the indicator shown and its classification; recolouring after
a filter change is a bincount, a classification and a handful of paths, not
one item per village. A click on the map that hits nothing above picks the
village under it (even with this layer hidden: the village is what the
planner points at).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from gis.maps import classify
from gis.model import indicators
from gis.model.filter_text import indicator_title
from widgets.base import fmt
from widgets.base.gis_text import gis_lang, gis_text
from widgets.map.layer import MapLayer, tr


class ChoroplethLayer(MapLayer):
    name = "koroplet"
    default_opacity = 0.85
    identify_kind = "village"
    identify_rank = 90

    def __init__(self, canvas):
        super().__init__(canvas)
        self.indicator_key: str | None = "desil_1_4"
        self.method, self.k, self.palette = "quantile", 5, "YlOrRd"
        self.indicator: indicators.Indicator | None = None
        self.classes: classify.Classes | None = None

    def title(self) -> str:
        if self.indicator_key:
            return tr("Desa: {0}").format(self.indicator_title())
        return tr("Desa (tanpa indikator)")

    def indicator_title(self) -> str:
        """Title of the indicator shown, saying which households it counts under the filter."""
        if self.indicator_key is None:
            return ""
        ws = self.ws
        return gis_text(
            indicator_title(self.indicator_key, ws.filter, ws.households, lang=gis_lang())
        )

    def set_indicator(self, key: str | None) -> None:
        if key is not None and key not in indicators.INDICATORS:
            raise ValueError(f"unknown indicator {key!r}")
        self.indicator_key = key
        self.update()

    def set_classification(self, method: str, k: int, palette: str) -> None:
        if method not in classify.METHODS:
            raise ValueError(f"unknown classification method {method!r}")
        classify.palette(palette, 1)  # raises on an unknown palette name
        self.method, self.k, self.palette = method, int(k), palette
        self.update()

    def on_data(self, data) -> None:
        self.clear_items()

    def on_filter(self) -> None:
        self.update()

    def update(self) -> None:
        self.clear_items()
        self.indicator = self.classes = None
        canvas, ws = self.canvas, self.ws
        hh = ws.households
        if hh is None or not canvas.data_ready:
            canvas.legend_changed()
            return
        geo = canvas.village_geo
        if self.indicator_key is not None:
            self.indicator = indicators.compute(
                self.indicator_key, hh, ws.mask, psks=ws.psks, flt=ws.filter
            )
            self.classes = classify.classify(
                self.indicator.values, self.method, self.k, self.palette
            )
            cls = self.classes.class_index
            colors = [*self.classes.colors, self.classes.no_data_color]
            for c in range(-1, self.classes.k):
                path = geo.path(cls == c)
                if path.isEmpty():
                    continue
                self._add_fill(path, colors[c])
        else:
            self._add_fill(geo.path(), "#f7f7f2")
        canvas.legend_changed()

    def _add_fill(self, path, color: str) -> None:
        item = QGraphicsPathItem(path)
        item.setPen(QPen(Qt.PenStyle.NoPen))
        item.setBrush(QBrush(QColor(color)))
        self.add_item(item)

    def legend_entries(self, detail: bool = False):
        if self.classes is None:
            return []
        title = self.indicator_title()
        if self.indicator.unit:
            title = f"{title} ({gis_text(self.indicator.unit)})"
        legend = self.classes.legend(number=fmt.dec)
        return [(title, [("fill", col, gis_text(lab)) for lab, col, _n in legend])]

    def identify(self, lon: float, lat: float, tol_px: float) -> int:
        return self.canvas.village_at(lon, lat)

    def bounds(self):
        return None  # the whole province: the canvas's zoom_full
