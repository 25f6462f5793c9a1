"""What is painted over the map in screen pixels: scale bar, north arrow,
legend and the synthetic-data mark, one module each.

An overlay is a class built with the canvas and painted with
``paint(painter, rect)`` (rect: the map's pixels) while data is shown, in
the order of :data:`OVERLAYS`; adding one is one module and one line here.

May import: widgets.base and gis.
"""

from __future__ import annotations

from widgets.map.overlays.badge import SyntheticBadge
from widgets.map.overlays.legend import Legend
from widgets.map.overlays.north import NorthArrow
from widgets.map.overlays.scalebar import ScaleBar

#: overlay classes in painting order (later ones on top)
OVERLAYS = (ScaleBar, NorthArrow, Legend, SyntheticBadge)
