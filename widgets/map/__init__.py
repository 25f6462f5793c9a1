"""The planner's map: the canvas (view, input, layer list), the drawn layers
behind one interface, the overlays painted over them, and the zone tools.

``canvas`` (with its mixins ``layer_list``, ``navigation``, ``mouse``) shows
the layers of ``layers.REGISTRY`` (each a ``layer.MapLayer``) and the
overlays of ``overlays.OVERLAYS``; ``zone_tools`` (with ``zone_draw`` and
``zone_edit``) plugs mouse tools (``tool.CanvasTool``) into it without
importing it. Adding a layer: one module in ``layers`` and one line in
``layers.REGISTRY``.

May import: widgets.base and gis.
"""
