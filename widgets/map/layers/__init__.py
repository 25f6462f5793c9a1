"""The drawn layers of the map, one module each, and the one list that registers them.

Adding a layer (verification progress, mentors, referrals, ...): write a
module here with a subclass of :class:`widgets.map.layer.MapLayer` and put
its class in :data:`REGISTRY` at its place in the stack. The canvas builds
one of each, in this order, and the layer panel lists them.

May import: widgets.base, widgets.map.layer, widgets.map.drawing and gis.
"""

from __future__ import annotations

from widgets.map.layer import MapLayer
from widgets.map.layers.boundaries import (
    KabupatenBoundaries,
    KecamatanBoundaries,
    VillageBoundaries,
)
from widgets.map.layers.choropleth import ChoroplethLayer
from widgets.map.layers.households import HouseholdsLayer
from widgets.map.layers.mentor_lines import MentorLinesLayer
from widgets.map.layers.psks import PsksLayer
from widgets.map.layers.snapshot_change import SnapshotChangeLayer
from widgets.map.layers.zones import ZonesLayer

#: layer classes from top to bottom, as a layer panel lists them
REGISTRY: tuple[type[MapLayer], ...] = (
    ZonesLayer,
    MentorLinesLayer,
    PsksLayer,
    HouseholdsLayer,
    KabupatenBoundaries,
    KecamatanBoundaries,
    VillageBoundaries,
    SnapshotChangeLayer,
    ChoroplethLayer,
)

#: layer names from top to bottom (the default order)
LAYERS: tuple[str, ...] = tuple(cls.name for cls in REGISTRY)
