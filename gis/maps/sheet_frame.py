"""The page frame of a map sheet: text measure, the UTM projection, the
rounded numeric scale, the geographic grid and the map frame that turns
ground metres into paper millimetres, with the projected geometries cached
on the map data. Used by :mod:`gis.maps.sheet_layout`.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

import numpy as np
import shapely

from gis.maps.mapdata import MapData
from gis.maps.sheet_items import MM_PER_PT, GridLabel, Rect

# ---------------------------------------------------------------------------
# Text measure (approximate, font-independent; the renderer shrinks to fit)
# ---------------------------------------------------------------------------

_NARROW = set("iIjl.,:;'|!()[]f t")
_WIDE = set("mwMW@%")


def text_width_mm(text: str, size_pt: float, bold: bool = False) -> float:
    """Estimated width of ``text`` in a sans-serif font (Liberation/Arial metrics)."""
    em = 0.0
    for ch in text:
        if ch in _NARROW:
            em += 0.28
        elif ch in _WIDE:
            em += 0.85
        elif ch.isupper():
            em += 0.68
        elif ch.isdigit():
            em += 0.56
        else:
            em += 0.53
    return em * size_pt * MM_PER_PT * (1.07 if bold else 1.0)


def wrap(text: str, width_mm: float, size_pt: float, bold: bool = False) -> list[str]:
    """Greedy word wrap to ``width_mm``; a word longer than the width gets its own line."""
    lines: list[str] = []
    for para in text.split("\n"):
        cur = ""
        for word in para.split():
            trial = f"{cur} {word}" if cur else word
            if cur and text_width_mm(trial, size_pt, bold) > width_mm:
                lines.append(cur)
                cur = word
            else:
                cur = trial
        lines.append(cur)
    return lines


def line_mm(size_pt: float) -> float:
    """Line height for ``size_pt`` text."""
    return size_pt * MM_PER_PT * 1.22


# ---------------------------------------------------------------------------
# Projection, scale, grid
# ---------------------------------------------------------------------------


def utm_epsg(lon: float, lat: float) -> int:
    """EPSG code of the WGS 84 / UTM zone containing (lon, lat)."""
    zone = int(min(60, max(1, math.floor((lon + 180) / 6) + 1)))
    return (32700 if lat < 0 else 32600) + zone


def utm_name(epsg: int) -> str:
    zone = epsg % 100
    return f"UTM zona {zone}{'S' if epsg >= 32700 else 'N'}"


# pyproj transformers must not be shared between threads (the preview renders
# in a worker thread): one cache per thread.
_local = threading.local()


def _transformer(src: int, dst: int):
    cache_ = getattr(_local, "transformers", None)
    if cache_ is None:
        cache_ = _local.transformers = {}
    tr = cache_.get((src, dst))
    if tr is None:
        from pyproj import Transformer

        tr = cache_[(src, dst)] = Transformer.from_crs(src, dst, always_xy=True)
    return tr


def _to_utm(epsg: int):
    return _transformer(4326, epsg)


def _from_utm(epsg: int):
    return _transformer(epsg, 4326)


def _geod():
    geod = getattr(_local, "geod", None)
    if geod is None:
        from pyproj import Geod

        geod = _local.geod = Geod(ellps="WGS84")
    return geod


def project_xy(epsg: int, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """lon/lat arrays to UTM metres."""
    ex, ny = _to_utm(epsg).transform(np.asarray(x, float), np.asarray(y, float))
    return np.asarray(ex), np.asarray(ny)


def project_geoms(epsg: int, geoms: np.ndarray) -> np.ndarray:
    """Shapely lon/lat geometries to UTM metres (vectorised over all vertices)."""
    tr = _to_utm(epsg)

    def fn(c):
        e, n = tr.transform(c[:, 0], c[:, 1])
        return np.column_stack([e, n])

    return shapely.transform(np.asarray(geoms, dtype=object), fn)


def ground_metres(epsg: int, e: float, n: float, ground_m: float) -> float:
    """Grid metres (UTM, eastward) that ``ground_m`` metres on the ground span at (e, n).

    The distance is geodesic on the WGS 84 ellipsoid, measured due east from
    the point, so the scale bar is right at the map's own latitude.
    """
    lon, lat = _from_utm(epsg).transform(e, n)
    lon2, lat2, _ = _geod().fwd(lon, lat, 90.0, ground_m)
    e2, n2 = _to_utm(epsg).transform(lon2, lat2)
    return float(math.hypot(e2 - e, n2 - n))


def convergence_deg(epsg: int, e: float, n: float) -> float:
    """Angle from grid north to true north at (e, n), clockwise positive, in degrees."""
    lon, lat = _from_utm(epsg).transform(e, n)
    e2, n2 = _to_utm(epsg).transform(lon, lat + 0.05)
    return math.degrees(math.atan2(e2 - e, n2 - n))


_NICE_SCALES = (1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.5, 8.0, 10.0)


def nice_scale(denominator: float) -> int:
    """The smallest readable scale denominator not below ``denominator`` (1:N rounded)."""
    if denominator <= 0:
        return 1
    mag = 10 ** math.floor(math.log10(denominator))
    for step in _NICE_SCALES:
        if step * mag >= denominator * (1 - 1e-9):
            return int(round(step * mag))
    return int(round(10 * mag))


def _nice_length(max_value: float) -> float:
    """Largest 1, 2, 2.5 or 5 x 10^n not above ``max_value``."""
    mag = 10 ** math.floor(math.log10(max_value))
    for step in (5.0, 2.5, 2.0, 1.0):
        if step * mag <= max_value:
            return step * mag
    return mag


_GRID_MINUTES = (1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600)


def grid_interval_minutes(span_deg: float, max_lines: int = 6) -> int:
    """Graticule interval (arc minutes) giving at most ``max_lines`` lines across ``span_deg``."""
    for m in _GRID_MINUTES:
        if span_deg * 60 / m <= max_lines:
            return m
    return _GRID_MINUTES[-1]


def dms_label(value: float, axis: str) -> str:
    """``106°30'BT``, ``2°15'LS`` (degrees and minutes, Indonesian hemispheres)."""
    hemi = ("BT" if value >= 0 else "BB") if axis == "lon" else ("LU" if value >= 0 else "LS")
    total = round(abs(value) * 60)
    deg, minute = divmod(total, 60)
    return f"{deg}°{minute:02d}'{hemi}" if minute else f"{deg}°{hemi}"


@dataclass(frozen=True)
class MapFrame:
    """The geometry of one map frame: extent, scale and the lon/lat -> paper transform."""

    rect: Rect
    epsg: int
    extent: tuple[float, float, float, float]  # UTM metres
    mpm: float  # grid metres per paper millimetre
    scale: int  # rounded scale denominator (ground)

    def to_mm(self, e, n):
        minx, _, _, maxy = self.extent
        return (
            self.rect.x + (np.asarray(e) - minx) / self.mpm,
            self.rect.y + (maxy - np.asarray(n)) / self.mpm,
        )

    def geoms_to_mm(self, utm_geoms: np.ndarray) -> np.ndarray:
        minx, _, _, maxy = self.extent
        r, s = self.rect, self.mpm

        def fn(c):
            return np.column_stack([r.x + (c[:, 0] - minx) / s, r.y + (maxy - c[:, 1]) / s])

        return shapely.transform(utm_geoms, fn)

    def visible(self, utm_bounds: np.ndarray) -> np.ndarray:
        """Which geometries (by their UTM bounds) can show in the frame."""
        minx, miny, maxx, maxy = self.extent
        b = utm_bounds
        with np.errstate(invalid="ignore"):
            return ~(
                np.isnan(b[:, 0])
                | (b[:, 0] > maxx)
                | (b[:, 2] < minx)
                | (b[:, 1] > maxy)
                | (b[:, 3] < miny)
            )


def fit_frame(rect: Rect, epsg: int, bounds_utm, pad: float = 0.04) -> MapFrame:
    """Extent and rounded scale so that ``bounds_utm`` fills ``rect``, centred."""
    minx, miny, maxx, maxy = bounds_utm
    w = max(maxx - minx, 100.0) * (1 + 2 * pad)
    h = max(maxy - miny, 100.0) * (1 + 2 * pad)
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    mpm = max(w / rect.w, h / rect.h)
    grid_per_ground = ground_metres(epsg, cx, cy, 1000.0) / 1000.0
    scale = nice_scale(mpm * 1000 / grid_per_ground)
    mpm = scale / 1000 * grid_per_ground
    half_w, half_h = rect.w * mpm / 2, rect.h * mpm / 2
    extent = (cx - half_w, cy - half_h, cx + half_w, cy + half_h)
    return MapFrame(rect=rect, epsg=epsg, extent=extent, mpm=mpm, scale=scale)


def graticule(frame: MapFrame, max_lines: int = 6):
    """Grid lines (paper mm polylines) and their labels where they leave the frame."""
    minx, miny, maxx, maxy = frame.extent
    corners_e = np.array([minx, maxx, maxx, minx, (minx + maxx) / 2])
    corners_n = np.array([miny, miny, maxy, maxy, (miny + maxy) / 2])
    lon, lat = _from_utm(frame.epsg).transform(corners_e, corners_n)
    lon0, lon1 = float(np.min(lon)), float(np.max(lon))
    lat0, lat1 = float(np.min(lat)), float(np.max(lat))
    step = grid_interval_minutes(max(lon1 - lon0, lat1 - lat0), max_lines) / 60.0
    r = frame.rect
    lines, labels = [], []
    samples = np.linspace(0, 1, 48)
    for axis, values, other0, other1 in (
        ("lon", np.arange(math.ceil(lon0 / step) * step, lon1, step), lat0, lat1),
        ("lat", np.arange(math.ceil(lat0 / step) * step, lat1, step), lon0, lon1),
    ):
        for v in values:
            other = other0 + (other1 - other0) * samples
            if axis == "lon":
                e, n = project_xy(frame.epsg, np.full_like(other, v), other)
            else:
                e, n = project_xy(frame.epsg, other, np.full_like(other, v))
            x, y = frame.to_mm(e, n)
            line = np.column_stack([x, y])
            inside = (x >= r.x) & (x <= r.right) & (y >= r.y) & (y <= r.bottom)
            if not inside.any():
                continue
            lines.append(line)
            text = dms_label(round(v * 60) / 60, axis)
            sides = ("bottom", "top") if axis == "lon" else ("left", "right")
            for side in sides:
                pos = _edge_crossing(line, r, side)
                if pos is not None:
                    labels.append(GridLabel(text, *pos, side))
    return tuple(lines), tuple(labels)


def _edge_crossing(line: np.ndarray, r: Rect, side: str):
    """Where a grid polyline crosses one edge of the frame, if it does."""
    if side in ("top", "bottom"):
        y0 = r.y if side == "top" else r.bottom
        ys, xs = line[:, 1], line[:, 0]
        order = np.argsort(ys)
        if not (ys.min() <= y0 <= ys.max()):
            return None
        x = float(np.interp(y0, ys[order], xs[order]))
        return (x, y0) if r.x + 2 <= x <= r.right - 2 else None
    x0 = r.x if side == "left" else r.right
    xs, ys = line[:, 0], line[:, 1]
    order = np.argsort(xs)
    if not (xs.min() <= x0 <= xs.max()):
        return None
    y = float(np.interp(x0, xs[order], ys[order]))
    return (x0, y) if r.y + 2 <= y <= r.bottom - 2 else None


# ---------------------------------------------------------------------------
# Geometry caches on MapData
# ---------------------------------------------------------------------------


def _utm_layer(data: MapData, name: str, epsg: int):
    """(UTM geometries, their bounds) of villages / kecamatan / kabupaten outlines."""

    def make():
        v = data.villages
        if name == "villages":
            geoms = v.geoms
        elif name == "kecamatan":
            geoms = np.array(
                [v.kecamatan_geometry(i) for i in range(len(v.kec_codes))], dtype=object
            )
        else:
            geoms = np.empty(len(v.kab_codes), dtype=object)
            for i in range(len(v.kab_codes)):
                g = v.kab_geoms[i] if v.kab_geoms is not None else None
                if g is None:
                    members = v.geoms[(v.kab_index == i) & v.has_polygon]
                    g = shapely.union_all(members) if len(members) else None
                geoms[i] = g
        utm = project_geoms(epsg, geoms)
        return utm, shapely.bounds(utm)

    return data.cached(("utm", name, epsg), make)


def _utm_points(data: MapData, which: str, epsg: int):
    def make():
        src = data.households if which == "households" else data.psks
        return project_xy(epsg, src.x, src.y)

    return data.cached(("utm_pts", which, epsg), make)


def _to_paper(frame: MapFrame, utm: np.ndarray, sel: np.ndarray, simplify_mm: float = 0.12):
    """Selected UTM geometries in paper mm, simplified to what the paper can show."""
    geoms = frame.geoms_to_mm(utm[sel])
    geoms = shapely.simplify(geoms, simplify_mm)
    return shapely.orient_polygons(geoms) if hasattr(shapely, "orient_polygons") else geoms
