"""Where each household sits: village assignment and approximate placement.

Rules (stated in the interface and the docs, and tested):

1. A household with a valid Kemendagri village code belongs to that village,
   whatever its coordinates say; coordinates far outside that village's box
   are reported, not trusted over the code.
2. A household with coordinates but no usable code is assigned by point in
   polygon. A point inside two overlapping villages (slivers are common in
   real boundaries) goes to the village whose representative point is
   nearest; a point in a gap between villages goes to the nearest village
   within ``GAP_TOLERANCE_DEG``; beyond that it has no village.
3. A household without own coordinates is placed, for display and zone
   queries only, at a point inside its village drawn from a low-discrepancy
   (R2) sequence offset by a hash of the village code, on an island of the
   village chosen in proportion to its area: the ``k``-th such household of
   a village (in file order) always gets the same point, whatever happens
   in other villages, and households spread evenly over the village instead
   of piling on its centroid. A village without polygon uses its kecamatan's outline. Such
   points are flagged ``approx`` and drawn differently.
"""

from __future__ import annotations

import threading
import zlib
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import shapely

from gis.model.villages import VillageTable

#: ~1 km at the equator: points in gaps this close to a village join it.
GAP_TOLERANCE_DEG = 0.01

_PHI2 = 1.324717957244746  # plastic number: the R2 sequence's generator
_A1, _A2 = 1.0 / _PHI2, 1.0 / (_PHI2 * _PHI2)
_A3 = 0.7548776662466927  # a third irrational step: which island of a village
#: households to place from which the work is split over two threads
_SPLIT_FROM = 50_000
#: households placed together (see the end of :func:`place_approximately`)
_BLOCK = 65_536


def assign_by_point(villages: VillageTable, x: np.ndarray, y: np.ndarray):
    """Village index for each point, by point in polygon.

    Returns
    -------
    village : int32 array, -1 where no village is within tolerance
    overlap : bool array, point was inside more than one village
    gap : bool array, point was inside none and the nearest one was used
    """
    n = len(x)
    village = np.full(n, -1, dtype=np.int32)
    hits = np.zeros(n, dtype=np.int8)
    ok = ~(np.isnan(x) | np.isnan(y))
    idx_ok = np.flatnonzero(ok)
    if len(idx_ok) == 0:
        return village, np.zeros(n, bool), np.zeros(n, bool)
    # sort the points by x once; each village then scans only its x-slice
    order = idx_ok[np.argsort(x[idx_ok], kind="stable")]
    xs = x[order]
    bounds = villages.bounds
    overlap_pairs: list[tuple[np.ndarray, int]] = []
    for v in np.flatnonzero(villages.has_polygon):
        minx, miny, maxx, maxy = bounds[v]
        lo = np.searchsorted(xs, minx, side="left")
        hi = np.searchsorted(xs, maxx, side="right")
        if hi <= lo:
            continue
        cand = order[lo:hi]
        yy = y[cand]
        cand = cand[(yy >= miny) & (yy <= maxy)]
        if len(cand) == 0:
            continue
        inside = cand[shapely.contains_xy(villages.geoms[v], x[cand], y[cand])]
        if len(inside) == 0:
            continue
        already = inside[hits[inside] > 0]
        if len(already):
            overlap_pairs.append((already, v))
        village[inside[hits[inside] == 0]] = v
        hits[inside] += 1
    overlap = hits > 1
    if overlap_pairs:
        rep = shapely.point_on_surface(villages.geoms[villages.has_polygon])
        rx = np.full(len(villages), np.nan)
        ry = np.full(len(villages), np.nan)
        rx[villages.has_polygon] = shapely.get_x(rep)
        ry[villages.has_polygon] = shapely.get_y(rep)
        for pts, v in overlap_pairs:
            cur = village[pts]
            d_cur = (x[pts] - rx[cur]) ** 2 + (y[pts] - ry[cur]) ** 2
            d_new = (x[pts] - rx[v]) ** 2 + (y[pts] - ry[v]) ** 2
            better = (d_new < d_cur) | (
                (d_new == d_cur) & (villages.codes[v] < villages.codes[cur])
            )
            village[pts[better]] = v
    gap = ok & (hits == 0)
    gap_idx = np.flatnonzero(gap)
    if len(gap_idx):
        poly_idx = np.flatnonzero(villages.has_polygon)
        tree = shapely.STRtree(villages.geoms[poly_idx])
        pts = shapely.points(x[gap_idx], y[gap_idx])
        (src, dst), _ = tree.query_nearest(
            pts, max_distance=GAP_TOLERANCE_DEG, return_distance=True, all_matches=True
        )
        # ties: the lowest village code, so the result never depends on tree order
        chosen = np.full(len(gap_idx), -1, dtype=np.int64)
        for s, d in zip(src, poly_idx[dst]):
            if chosen[s] < 0 or villages.codes[d] < villages.codes[chosen[s]]:
                chosen[s] = d
        village[gap_idx] = chosen.astype(np.int32)
        gap = np.zeros(n, dtype=bool)
        gap[gap_idx[chosen >= 0]] = True
    return village, overlap, gap


def placement_geometries(villages: VillageTable) -> np.ndarray:
    """Polygon used to place approximate points per village (kecamatan if none)."""
    geoms = villages.geoms.copy()
    missing = np.flatnonzero(~villages.has_polygon)
    cache: dict[int, object] = {}
    for v in missing:
        k = int(villages.kec_index[v])
        if k not in cache:
            cache[k] = villages.kecamatan_geometry(k)
        geoms[v] = cache[k]
    present = np.array([g is not None for g in geoms], dtype=bool)
    shapely.prepare(geoms[present])
    return geoms


def place_approximately(villages: VillageTable, village: np.ndarray, max_rounds: int = 200):
    """Deterministic points inside each household's village (rule 3 above).

    Parameters
    ----------
    villages
        The village table.
    village
        Village index per household to place (-1: left unplaced, NaN).

    Returns
    -------
    x, y : float64 arrays (NaN where the village has no polygon at all)
    """
    n = len(village)
    x = np.full(n, np.nan)
    y = np.full(n, np.nan)
    if n == 0 or len(villages) == 0:
        return x, y
    geoms = placement_geometries(villages)
    has_geom = np.array([g is not None for g in geoms], dtype=bool)
    todo = np.flatnonzero((village >= 0) & has_geom[np.maximum(village, 0)])
    if len(todo) == 0:
        return x, y
    # rank of each household among those of its village, in file order
    order = todo[np.argsort(village[todo], kind="stable")]
    v_sorted = village[order]
    starts = np.r_[0, np.flatnonzero(v_sorted[1:] != v_sorted[:-1]) + 1]
    counts = np.diff(np.r_[starts, len(order)])
    rank = np.arange(len(order)) - np.repeat(starts, counts)
    offsets = np.array([zlib.crc32(c.encode()) / 2**32 for c in villages.codes], dtype=np.float64)
    # Multi-part villages (islands) are sampled part by part, a part chosen with
    # probability proportional to its area: sampling the whole bounding box
    # of far-flung islands would waste almost every draw.
    parts, part_village = shapely.get_parts(np.where(has_geom, geoms, None), return_index=True)
    part_area = shapely.area(parts)
    part_order = np.lexsort((np.arange(len(parts)), part_village))
    parts, part_village, part_area = (
        parts[part_order],
        part_village[part_order],
        part_area[part_order],
    )
    village_area = np.bincount(part_village, weights=part_area, minlength=len(villages))
    share = part_area / np.maximum(village_area[part_village], 1e-300)
    cum = np.cumsum(share) - np.repeat(
        np.r_[0, np.cumsum(np.bincount(part_village, weights=share, minlength=len(villages)))[:-1]],
        np.bincount(part_village, minlength=len(villages)),
    )
    cum_key = part_village + np.minimum(cum, 1.0)
    shapely.prepare(parts)
    pbounds = shapely.bounds(parts)
    # what each round needs per part: its box's corner and size (the same
    # numbers as taking the box per point, computed once), and per village
    # its first part: the only one for most villages, which need no draw of
    # the island at all
    bx0, by0 = pbounds[:, 0], pbounds[:, 1]
    bw, bh = pbounds[:, 2] - pbounds[:, 0], pbounds[:, 3] - pbounds[:, 1]
    first_part = np.searchsorted(part_village, np.arange(len(villages)))
    several = np.bincount(part_village, minlength=len(villages)) > 1
    vid = v_sorted
    # the k-th point of the village's sequence; points outside the polygon are
    # skipped by moving every household still waiting further along it
    k = rank.astype(np.float64)
    step = np.repeat(counts, counts).astype(np.float64)

    def frac(a: np.ndarray) -> np.ndarray:
        """``a % 1.0`` for a >= 0, in place: both are exact, so the bits agree."""
        return np.subtract(a, np.floor(a), out=a)

    def place(pending: np.ndarray, parts: np.ndarray = parts) -> None:
        for _ in range(max_rounds):
            t = k[pending]
            t += 1.0
            vv = vid[pending]
            off = offsets[vv]
            part = first_part[vv]
            multi = np.flatnonzero(several[vv])
            if len(multi):  # an island drawn in proportion to its area
                vm = vv[multi]
                r = frac(off[multi] * 0.3819 + t[multi] * _A3)
                pm = np.searchsorted(cum_key, vm + r, side="right")
                pm = np.minimum(pm, len(parts) - 1)
                part[multi] = np.where(part_village[pm] == vm, pm, first_part[vm])
            u = frac(off + t * _A1)
            w = frac(off * 0.618 + t * _A2)
            px = bx0[part] + u * bw[part]
            py = by0[part] + w * bh[part]
            inside = shapely.contains_xy(parts[part], px, py)
            hit = pending[inside]
            x[order[hit]] = px[inside]
            y[order[hit]] = py[inside]
            pending = pending[~inside]
            if len(pending) == 0:
                return
            k[pending] += step[pending]
        # pathological slivers: fall back to a point that is surely inside
        rep = shapely.point_on_surface(geoms[vid[pending]])
        x[order[pending]] = shapely.get_x(rep)
        y[order[pending]] = shapely.get_y(rep)

    # Each household's point depends only on its village and rank, so the
    # households are placed in blocks, two at a time on two cores (numpy and
    # shapely let go of the GIL); blocks write to different households. A
    # block's temporaries are small enough to come from, and go back to, the
    # heap: placed all at once, 15 million households took every round's
    # arrays fresh from the system.
    #
    # A prepared GEOS polygon fills caches of its own on the points it is
    # asked about, unguarded: two threads asking one polygon at once can
    # corrupt memory and crash the process. Each thread therefore asks its
    # own prepared copy of the parts (the same coordinates, so the same answers).
    blocks = [np.arange(a, min(a + _BLOCK, len(order))) for a in range(0, len(order), _BLOCK)]
    if len(order) < _SPLIT_FROM:
        for block in blocks:
            place(block)
        return x, y
    spare = [parts, _prepared_copy(parts)]
    lock = threading.Lock()
    own = threading.local()

    def place_on_own_copy(block: np.ndarray) -> None:
        if not hasattr(own, "parts"):
            with lock:
                own.parts = spare.pop()
        place(block, own.parts)

    with ThreadPoolExecutor(max_workers=len(spare), thread_name_prefix="letak") as pool:
        list(pool.map(place_on_own_copy, blocks))
    return x, y


def _prepared_copy(geoms: np.ndarray) -> np.ndarray:
    """New geometry objects with the same coordinates, prepared on their own."""
    copy = shapely.from_wkb(shapely.to_wkb(geoms, output_dimension=2, flavor="iso"))
    shapely.prepare(copy)
    return copy
