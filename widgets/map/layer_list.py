"""The canvas's list of layers: order, visibility, opacity, and the hooks.

A mixin of :class:`widgets.map.canvas.MapCanvas` (which builds ``_layers``,
one of each class in ``widgets.map.layers.REGISTRY``, and ``_order``, their
names top first); its own module to keep the canvas short, importing
nothing of the canvas. This is the model a layer panel shows.
"""

from __future__ import annotations

from widgets.map.layer import LayerInfo, MapLayer


class LayerListMixin:
    """The ordered layers of the map canvas."""

    # ------------------------------------------------------------------ layers
    def layer(self, name: str) -> MapLayer:
        """The layer object called ``name`` (ValueError for an unknown name)."""
        try:
            return self._layers[name]
        except KeyError:
            raise ValueError(f"unknown layer {name!r}; layers: {', '.join(self._order)}") from None

    def layers(self) -> list[LayerInfo]:
        """The layers, top first, as a layer panel lists them."""
        return [self._layers[n].info() for n in self._order]

    def layer_z(self, name: str) -> float:
        """Stacking value of a layer's items (the top layer highest)."""
        return float((len(self._order) - self._order.index(name)) * 10)

    def set_layer_visible(self, name: str, visible: bool) -> None:
        layer = self.layer(name)
        if layer.visible != bool(visible):
            layer.visible = bool(visible)
            layer.apply(self.layer_z(name))
            if layer.follows_view and visible:
                self._on_view_settled()
            self._overlay.update()
            self.sig_layers_changed.emit()

    def set_layer_opacity(self, name: str, opacity: float) -> None:
        layer = self.layer(name)
        opacity = float(min(1.0, max(0.0, opacity)))
        if layer.opacity != opacity:
            layer.opacity = opacity
            layer.apply(self.layer_z(name))
            self.sig_layers_changed.emit()

    def set_layer_order(self, names) -> None:
        """Put layers in this order, top first; layers not named keep their relative place below."""
        names = [n for n in names if n in self._layers]
        rest = [n for n in self._order if n not in names]
        order = list(dict.fromkeys(names)) + rest
        if order != self._order:
            self._order = order
            for name, layer in self._layers.items():
                layer.apply(self.layer_z(name))
            self.sig_layers_changed.emit()

    def _each(self, hook: str, *args) -> None:
        """Call a hook of every layer, in registration order (whatever the user's order)."""
        for layer in self._layers.values():
            getattr(layer, hook)(*args)
