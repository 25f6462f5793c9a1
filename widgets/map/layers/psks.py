"""PSKS (social welfare resources) and PKH / ASN companions as symbols.

A symbol per form (person, institution, other) and a colour per type
within it (Okabe-Ito, colour-blind safe). Many in view: smaller symbols,
and none at all above :attr:`MapCanvas.PSKS_LIMIT` (the legend says to zoom in).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from gis.io.codelists import psks_types
from widgets.base import fmt
from widgets.map.drawing import cosmetic_pen
from widgets.map.layer import MapLayer, tr

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


class PsksLayer(MapLayer):
    name = "psks"
    follows_view = True
    identify_kind = "psks"
    identify_rank = 10

    def __init__(self, canvas):
        super().__init__(canvas)
        self.size = 10
        #: PSKS in the view when it last settled
        self.in_view = 0
        self._pen = cosmetic_pen("#ffffff", 1.0)
        self.scatter = pg.ScatterPlotItem(pxMode=True, size=10)
        self.add_item(self.scatter)

    def title(self) -> str:
        return tr("PSKS dan pendamping")

    def on_data(self, data) -> None:
        ps = data.psks
        if ps is None or len(ps) == 0:
            self.scatter.clear()
            self.set_active(self.scatter, False)
            return
        idx = np.flatnonzero(~np.isnan(ps.x))
        styles = {int(t): psks_style(int(t)) for t in np.unique(ps.type)}
        brushes = {t: pg.mkBrush(c) for t, (_, c) in styles.items()}
        pen = self._pen if self.size > 5 else pg.mkPen(None)
        types = ps.type[idx].tolist()
        self.scatter.setData(
            x=ps.x[idx],
            y=ps.y[idx],
            symbol=[styles[t][0] for t in types],
            brush=[brushes[t] for t in types],
            pen=pen,
            size=self.size,
        )
        self.set_active(self.scatter, True)

    def on_view(self, view) -> None:
        """Smaller PSKS symbols when many are in view, none when they would bury the map."""
        ps = self.ws.psks
        if view is None or not self.canvas.data_ready or ps is None or not len(ps):
            return
        n = int(np.count_nonzero(view.contains(ps.x, ps.y)))
        self.in_view = n
        hidden = n > self.canvas.PSKS_LIMIT
        self.set_active(self.scatter, not hidden)
        size = 5 if n > self.canvas.PSKS_TINY else 8 if n > 150 else 11
        if not hidden and size != self.size:
            self.size = size
            self.scatter.setSize(size)
            self.scatter.setPen(self._pen if size > 5 else pg.mkPen(None))

    def legend_entries(self, detail: bool = False):
        ps = self.ws.psks
        if ps is None or not len(ps):
            return []
        present = set(np.unique(ps.type).tolist())
        types = [t for t in psks_types() if t.code in present]
        if detail or len(types) <= 6:
            rows = [(*psks_style(t.code), t.name) for t in types]
            title = tr("PSKS dan pendamping")
        else:  # one row per form; the colour of each type is in the identify panel
            rows = []
            for form, form_title in _psks_form_titles().items():
                members = [t for t in types if (t.form if t.is_psks else "lain") == form]
                if members:
                    sym, _col = psks_style(members[0].code)
                    label = tr("{0} ({1} jenis)").format(form_title, len(members))
                    rows.append((sym, "#4d4d4d", label))
            title = tr("PSKS (warna = jenis)")
        if not detail and self.in_view > self.canvas.PSKS_LIMIT:
            n = fmt.num(self.in_view)
            note = tr("{0} di tampilan: perbesar peta untuk melihatnya").format(n)
            rows = [("note", "", note)]
            title = tr("PSKS dan pendamping")
        return [(title, rows)]

    def identify(self, lon: float, lat: float, tol_px: float) -> int:
        """A PSKS symbol near the click, once few enough are in view for full-size symbols."""
        ps = self.ws.psks
        if (
            ps is None
            or not len(ps)
            or not self.scatter.isVisible()
            or self.in_view > self.canvas.PSKS_TINY
        ):
            return -1
        return self.canvas.nearest(ps.x, ps.y, lon, lat, min(tol_px, self.size / 2 + 2))

    def bounds(self):
        ps = self.ws.psks
        if ps is None or not len(ps):
            return None
        return np.nanmin(ps.x), np.nanmin(ps.y), np.nanmax(ps.x), np.nanmax(ps.y)
