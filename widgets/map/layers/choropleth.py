"""Villages coloured by an indicator (the choropleth), one path per class.

The layer owns the indicator shown and its classification; recolouring after
a filter change is a bincount, a classification and a handful of paths, not
one item per village. Besides the register's own indicators it shows the
mentor, referral and synergy maps of :mod:`gis.plan.map_indicators` while
the workspace holds what they rest on (a matching, programs in the
register); when that goes, the map falls back to the default indicator
rather than colour villages from a matching that no longer applies. A
map of kinds (programs and mentors) keeps its fixed colours and labels. A
click on the map that hits nothing above picks the
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
from gis.plan import map_indicators
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
        if map_indicators.is_extra(self.indicator_key):
            return map_indicators.title(
                self.indicator_key, ws.filter, ws.households, lang=gis_lang()
            )
        return gis_text(
            indicator_title(self.indicator_key, ws.filter, ws.households, lang=gis_lang())
        )

    def available_extras(self) -> list[str]:
        """Keys of the mentor, referral and synergy maps the workspace allows now."""
        ws = self.ws
        return map_indicators.available(ws.households, ws.mentoring)

    def set_indicator(self, key: str | None) -> None:
        known = key is None or key in indicators.INDICATORS
        if not known and key not in self.available_extras():
            raise ValueError(f"unknown or unavailable indicator {key!r}")
        self.indicator_key = key
        self.update()

    def _fall_back(self) -> None:
        """An extra indicator whose matching or programs are gone: the default map."""
        key = self.indicator_key
        if map_indicators.is_extra(key) and key not in self.available_extras():
            self.indicator_key = "desil_1_4"

    def on_plan(self) -> None:
        if map_indicators.is_extra(self.indicator_key):  # the register's own need no redraw
            self._fall_back()
            self.update()

    def set_classification(self, method: str, k: int, palette: str) -> None:
        if method not in classify.METHODS:
            raise ValueError(f"unknown classification method {method!r}")
        classify.palette(palette, 1)  # raises on an unknown palette name
        self.method, self.k, self.palette = method, int(k), palette
        self.update()

    def on_data(self, data) -> None:
        self._fall_back()
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
            self.indicator = self._compute(self.indicator_key)
            if self.indicator.categories:
                self.classes = classify.categorical(
                    self.indicator.values,
                    [(gis_text(label), c) for label, c in self.indicator.categories],
                    no_data_label=gis_text(classify.NO_DATA_LABEL),
                )
            else:
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

    def _compute(self, key: str) -> indicators.Indicator:
        ws = self.ws
        if map_indicators.is_extra(key):
            return map_indicators.compute(
                key,
                ws.households,
                ws.mask,
                flt=ws.filter,
                mentoring=ws.mentoring,
                rules=ws.referral_rules,
                lang=gis_lang(),
            )
        return indicators.compute(
            key,
            ws.households,
            ws.mask,
            psks=ws.psks,
            flt=ws.filter,
            desil_key=ws.village_desil_key,
        )

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
