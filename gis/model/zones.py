"""Intervention zones and which households they reach.

A zone is either a drawn polygon (EPSG:4326) or a set of whole villages,
the usual planning unit. Its household mask is computed once per zone edit
and cached: a grid of the points (:mod:`gis.model.point_grid`) takes whole
cells inside the polygon at once, and only points near its edge are tested
with ``shapely.contains_xy``. Households
placed approximately (no own coordinates) are inside a polygon zone when
their placed point is, which is why tallies report them separately.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field

import numpy as np
import shapely

from gis.model.households import HouseholdTable
from gis.model.point_grid import PointGrid


@dataclass(frozen=True)
class Zone:
    """One intervention zone.

    Attributes
    ----------
    zone_id
        Stable identifier (kept across renames; scenarios refer to it).
    name
        What the planner calls it.
    geometry
        Polygon or MultiPolygon in lon/lat, or None for a village-set zone.
    villages
        10-digit village codes for a village-set zone (empty for polygons).
    """

    zone_id: str
    name: str
    geometry: object | None = None
    villages: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        return "polygon" if self.geometry is not None else "villages"

    def key(self) -> str:
        """Hash of what the mask depends on (not the name)."""
        h = hashlib.sha1()
        if self.geometry is not None:
            h.update(shapely.to_wkb(self.geometry))
        h.update("|".join(sorted(self.villages)).encode())
        return h.hexdigest()

    def to_geojson_feature(self, table_villages=None) -> dict:
        """GeoJSON feature (village zones carry the union of their villages if given)."""
        geom = self.geometry
        if geom is None and table_villages is not None:
            idx = table_villages.lookup(list(self.villages))
            parts = [
                table_villages.geoms[i]
                for i in idx
                if i >= 0 and table_villages.geoms[i] is not None
            ]
            geom = shapely.union_all(parts) if parts else None
        return {
            "type": "Feature",
            "properties": {
                "zone_id": self.zone_id,
                "name": self.name,
                "villages": list(self.villages),
            },
            "geometry": shapely.geometry.mapping(geom) if geom is not None else None,
        }


def circle_zone(
    zone_id: str, name: str, lon: float, lat: float, radius_km: float, n: int = 64
) -> Zone:
    """A circle of ``radius_km`` around (lon, lat), as a lon/lat polygon.

    The radius is true on the ground: degrees of longitude shrink with the
    cosine of the latitude.
    """
    ang = np.linspace(0, 2 * math.pi, n, endpoint=False)
    dlat = radius_km / 110.574
    dlon = radius_km / (111.320 * math.cos(math.radians(lat)))
    ring = np.c_[lon + dlon * np.cos(ang), lat + dlat * np.sin(ang)]
    return Zone(zone_id, name, shapely.Polygon(ring))


@dataclass
class ZoneMasks:
    """Per-table cache of zone masks, keyed by the zone's geometry hash."""

    table: HouseholdTable
    _index: PointGrid | None = None
    _cache: dict[str, np.ndarray] = field(default_factory=dict)
    _split: dict[str, np.ndarray] = field(default_factory=dict)
    _placement: np.ndarray | None = None

    @property
    def index(self) -> PointGrid:
        if self._index is None:
            self._index = PointGrid.build(self.table.x, self.table.y)
        return self._index

    def mask(self, zone: Zone) -> np.ndarray:
        key = zone.key()
        hit = self._cache.get(key)
        if hit is None:
            hit = zone_mask(zone, self.table, self.index)
            if len(self._cache) > 256:
                self._cache.clear()
            self._cache[key] = hit
        return hit

    def forget(self, zone: Zone) -> None:
        self._cache.pop(zone.key(), None)
        self._split.pop(zone.key(), None)

    def split_villages(self, zone: Zone) -> np.ndarray:
        """Indices of the villages a drawn ``zone`` only partly covers (cached).

        Their approximate households were placed by rule, so which of them
        fall inside the zone says nothing about where they live.
        """
        key = zone.key()
        hit = self._split.get(key)
        if hit is None:
            if self._placement is None:
                from gis.model.placement import placement_geometries

                self._placement = placement_geometries(self.table.villages)
            hit = split_villages(zone, self._placement)
            if len(self._split) > 256:
                self._split.clear()
            self._split[key] = hit
        return hit


def zone_mask(zone: Zone, table: HouseholdTable, index: PointGrid | None = None) -> np.ndarray:
    """Boolean mask of the households ``zone`` reaches."""
    if zone.geometry is None:
        lut = np.zeros(len(table.villages) + 1, dtype=bool)
        idx = table.villages.lookup(list(zone.villages)) if zone.villages else np.zeros(0, int)
        lut[idx[idx >= 0]] = True
        return lut[table.village]
    geom = zone.geometry
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    index = index or PointGrid.build(table.x, table.y)
    return index.mask(geom, table.x, table.y, len(table))


#: share of a village's area inside a zone below which (or above 1 minus which)
#: the village counts as outside (inside): a zone snapped along a boundary
#: does not split the village next to it
SPLIT_TOLERANCE = 1e-3


def split_villages(zone: Zone, geoms: np.ndarray) -> np.ndarray:
    """Villages (indices into ``geoms``) that a polygon ``zone`` cuts in two.

    ``geoms`` are the polygons approximate households are placed in (see
    :func:`gis.model.placement.placement_geometries`). Village-set zones take
    whole villages and split none.
    """
    if zone.geometry is None or len(geoms) == 0:
        return np.zeros(0, dtype=np.int64)
    geom = zone.geometry if zone.geometry.is_valid else shapely.make_valid(zone.geometry)
    present = np.flatnonzero(~shapely.is_missing(geoms))
    if len(present) == 0:
        return np.zeros(0, dtype=np.int64)
    b = shapely.bounds(geoms[present])
    minx, miny, maxx, maxy = shapely.bounds(geom)
    near = present[(b[:, 0] <= maxx) & (b[:, 2] >= minx) & (b[:, 1] <= maxy) & (b[:, 3] >= miny)]
    if len(near) == 0:
        return near.astype(np.int64)
    shapely.prepare(geom)
    g = geoms[near]
    crossing = shapely.intersects(geom, g) & ~shapely.covers(geom, g)
    near, g = near[crossing], g[crossing]
    if len(near) == 0:
        return near.astype(np.int64)
    area = shapely.area(g)
    share = shapely.area(shapely.intersection(g, geom)) / np.where(area > 0, area, 1.0)
    keep = (share > SPLIT_TOLERANCE) & (share < 1.0 - SPLIT_TOLERANCE)
    return near[keep].astype(np.int64)


def psks_zone_mask(zone: Zone, psks) -> np.ndarray:
    """Which PSKS lie in ``zone`` (same rules as households)."""
    if zone.geometry is None:
        lut = np.zeros(len(psks.villages) + 1, dtype=bool)
        idx = psks.villages.lookup(list(zone.villages))
        lut[idx[idx >= 0]] = True
        return lut[psks.village]
    ok = ~np.isnan(psks.x)
    out = np.zeros(len(psks), dtype=bool)
    out[ok] = shapely.contains_xy(zone.geometry, psks.x[ok], psks.y[ok])
    return out
