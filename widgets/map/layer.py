"""The one interface every drawn map layer implements (napari's layer/visual
split, QGIS's per-layer renderer).

A layer is a small object that owns the pyqtgraph items it draws with and
knows how to (re)build them from the workspace; the canvas owns the view,
the mouse and the ordered layer list, and calls the hooks below when the
workspace or the view changes. The canvas keeps the visibility, opacity
and stacking of every item a layer adds through :meth:`MapLayer.add_item`,
so a layer never deals with the layer panel.

Adding a layer: write one module in ``widgets.map.layers`` with a subclass
of :class:`MapLayer` and put the class in ``widgets.map.layers.REGISTRY``.

May import: widgets.base and gis (and Qt/pyqtgraph), never the canvas module.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    # the empty context is what pyside6-lupdate records for a module-level tr()
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class LayerInfo:
    """What a layer panel needs to show one layer."""

    name: str
    title: str
    visible: bool
    opacity: float


#: a legend section: (title, rows of (kind, colour, label)); see MapCanvas.legend_entries
LegendSection = tuple[str, list[tuple[str, str, str]]]


class MapLayer:
    """One drawn layer of the map canvas.

    Class attributes say what the canvas needs to know without asking:
    the layer's ``name`` (stable key, used by the layer panel and saved
    settings), its ``default_opacity``, whether it is drawn for the current
    view (``follows_view``: :meth:`on_view` runs when the view settles and
    when the layer is shown again) and, for a layer a click can pick, the
    ``identify_kind`` it reports and its ``identify_rank`` (lower asks first).
    """

    name: str = ""
    default_opacity: float = 1.0
    follows_view: bool = False
    identify_kind: str | None = None
    identify_rank: int = 100

    def __init__(self, canvas):
        #: the ``widgets.map.canvas.MapCanvas`` drawing this layer
        self.canvas = canvas
        self.visible = True
        self.opacity = float(self.default_opacity)
        #: the graphics items of this layer, in the canvas's view box
        self.items: list = []

    @property
    def ws(self):
        return self.canvas.workspace

    # ---------------------------------------------------------------- identity
    def title(self) -> str:
        """Title shown to the user, in the language of now (a live switch may happen)."""
        raise NotImplementedError

    def info(self) -> LayerInfo:
        return LayerInfo(self.name, self.title(), self.visible, self.opacity)

    # ------------------------------------------------------------------ hooks
    def on_data(self, data) -> None:
        """A new dataset: drop what was drawn and build what does not depend on
        the filter (the canvas then calls :meth:`update`)."""

    def update(self) -> None:
        """Redraw from the workspace as it is now (indicator, filter, zones)."""

    def on_filter(self) -> None:
        """The household filter changed (view-following layers redraw in :meth:`on_view`)."""

    def on_selection(self) -> None:
        """The selected households changed."""

    def on_zones(self) -> None:
        """The zones or the current zone changed."""

    def on_plan(self) -> None:
        """The workspace's mentor matching or eligibility rules changed (``sig_plan_changed``)."""

    def on_view(self, view) -> None:
        """The view settled (``gis.maps.raster.View`` or None); only with ``follows_view``."""

    def legend_entries(self, detail: bool = False) -> list[LegendSection]:
        """Legend sections of this layer while it is visible (none by default)."""
        return []

    def identify(self, lon: float, lat: float, tol_px: float) -> int:
        """Index of what a click at lon/lat picks in this layer, -1 if nothing."""
        return -1

    def bounds(self) -> tuple[float, float, float, float] | None:
        """(west, south, east, north) of everything drawn, None when unknown."""
        return None

    # ------------------------------------------------------------------ items
    def add_item(self, item, z_offset: float = 0.0, active: bool = True):
        """Draw ``item`` in this layer; ``active`` False keeps it hidden for now."""
        item._z_offset = z_offset
        item._active = active
        self.items.append(item)
        self.canvas.view_box.addItem(item, ignoreBounds=True)
        item.setZValue(self.canvas.layer_z(self.name) + z_offset)
        item.setOpacity(self.opacity)
        item.setVisible(self.visible and active)
        return item

    def set_active(self, item, active: bool) -> None:
        """Show (when the layer is visible) or hide one of this layer's items."""
        item._active = active
        item.setVisible(self.visible and active)

    def clear_items(self, keep=()) -> None:
        """Remove this layer's items from the map, except those in ``keep``."""
        for it in list(self.items):
            if it in keep:
                continue
            self.items.remove(it)
            self.canvas.view_box.removeItem(it)

    def apply(self, z: float) -> None:
        """Give every item this layer's stacking, opacity and visibility."""
        for it in self.items:
            it.setZValue(z + getattr(it, "_z_offset", 0.0))
            it.setOpacity(self.opacity * getattr(it, "_opacity_factor", 1.0))
            it.setVisible(self.visible and getattr(it, "_active", True))
