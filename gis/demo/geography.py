"""The geography of the demo province: islands, village polygons (Voronoi
cells on land), kabupaten and kecamatan grown as contiguous groups of
villages, and the settlements inside villages where households live. It
depends only on ``(seed, villages)``. Part of :mod:`gis.demo.province`.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

import numpy as np
import shapely

from gis.demo.facts import (
    _BIG_ISLANDS,
    _ISLETS,
    _KAB_PLAN,
    _KOTA,
    _REF_SEAT_KELURAHAN,
    _REF_VILLAGES,
    _SMALL_ISLANDS,
    BOUNDS,
    PROVINCE_CODE,
    _Reporter,
)
from gis.demo.names import _Names

# ---------------------------------------------------------------------------
# Islands and villages
# ---------------------------------------------------------------------------


class _Island:
    """An island: a perturbed ellipse with a fractal coast.

    The outline starts as a coarse ring whose radius is a smooth positive
    function of the angle (a star shape, so the ring cannot cross itself), then
    each edge is split again and again with its midpoint pushed sideways by a
    random share of the edge length (midpoint displacement): capes, bays and
    coves at every scale, like a real coast. The rare self-touching loop this
    can make is repaired by keeping the largest valid piece.
    """

    def __init__(self, rng, centre, axes, rotation, coarse, levels, roughness, jag=0.2):
        self.centre = np.asarray(centre, dtype=float)
        self.axes = np.asarray(axes, dtype=float)
        angle = np.deg2rad(rotation)
        self._rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
        self._k = np.arange(2, 7)
        self._amp = roughness * self._k**-1.0 * np.abs(rng.normal(1.0, 0.4, self._k.size))
        self._phase = rng.uniform(0, 2 * np.pi, self._k.size)
        theta = np.linspace(0, 2 * np.pi, coarse, endpoint=False)
        ring = self.at(theta, np.ones_like(theta))
        for level in range(levels):
            nxt = np.roll(ring, -1, axis=0)
            edge = nxt - ring
            normal = np.column_stack([-edge[:, 1], edge[:, 0]])
            mid = (ring + nxt) / 2 + normal * rng.normal(
                0.0, jag * (1.5 - 0.1 * level), (len(ring), 1)
            )
            ring = np.column_stack([ring, mid]).reshape(-1, 2)
        polygon = shapely.polygons(np.vstack([ring, ring[:1]]))
        if not shapely.is_valid(polygon):
            parts = shapely.get_parts(shapely.make_valid(polygon))
            parts = parts[shapely.get_type_id(parts) == 3]
            polygon = parts[int(np.argmax(shapely.area(parts)))]
        self.polygon = polygon

    def radius(self, theta: np.ndarray) -> np.ndarray:
        wave = self._amp[:, None] * np.cos(self._k[:, None] * theta[None, :] + self._phase[:, None])
        return np.clip(1.0 + wave.sum(axis=0), 0.5, None)

    def at(self, theta: np.ndarray, fraction: np.ndarray) -> np.ndarray:
        """Points at ``fraction`` of the coarse radius from the centre."""
        r = self.radius(theta) * fraction
        local = np.column_stack([np.cos(theta) * r, np.sin(theta) * r]) * self.axes
        return local @ self._rot.T + self.centre

    def inland(self, unit_xy, fraction: float = 0.8) -> np.ndarray:
        """A point on land in the direction of ``unit_xy`` (unit frame) from the centre."""
        theta = np.atleast_1d(np.arctan2(unit_xy[1], unit_xy[0]))
        for f in np.linspace(fraction, 0.0, 17):
            xy = self.at(theta, np.full(1, f))[0]
            if shapely.contains_xy(self.polygon, xy[0], xy[1]):
                return xy
        return shapely.get_coordinates(shapely.point_on_surface(self.polygon))[0]


def _make_islands(rng: np.random.Generator):
    """Big islands, small islands and islets, pairwise apart."""
    big = [_Island(rng, c, a, r, coarse=40, levels=6, roughness=0.26) for c, a, r in _BIG_ISLANDS]
    small = [
        _Island(rng, c, a, r, coarse=12, levels=4, roughness=0.2) for c, a, r in _SMALL_ISLANDS
    ]
    polygons = [i.polygon for i in big + small]
    land = shapely.union_all(polygons)
    if len(shapely.get_parts(land)) != len(polygons):  # pragma: no cover - plan guarantees
        raise RuntimeError("demo islands overlap")
    # Islets sit off the coasts of the bigger islands, away from other land.
    islets = []
    hosts = big + small[:3]
    host_weight = np.array([shapely.length(i.polygon) for i in hosts])
    host_weight /= host_weight.sum()
    tries = 0
    while len(islets) < _ISLETS and tries < 50 * _ISLETS:
        tries += 1
        host = hosts[int(rng.choice(len(hosts), p=host_weight))]
        theta = rng.uniform(0, 2 * np.pi)
        offshore = 1.0 + rng.uniform(0.04, 0.16) / host.axes.mean() * 0.5
        centre = host.at(np.array([theta]), np.array([offshore]))[0]
        size = rng.uniform(0.004, 0.02)
        islet = _Island(
            rng,
            centre,
            (size, size * rng.uniform(0.5, 1.0)),
            rng.uniform(0, 180),
            coarse=7,
            levels=2,
            roughness=0.2,
        )
        if shapely.distance(islet.polygon, land) < 0.012:
            continue
        islets.append(islet)
        land = shapely.union(land, islet.polygon)
    return big, small, islets, land


def _sample_in(polygon, n: int, rng: np.random.Generator, centre=None, sigma=None) -> np.ndarray:
    """``n`` random points inside ``polygon``: uniform, or normal around ``centre``."""
    shapely.prepare(polygon)
    xmin, ymin, xmax, ymax = shapely.bounds(polygon)
    out = np.empty((0, 2))
    while len(out) < n:
        m = max(16, 2 * (n - len(out)))
        if centre is None:
            xy = np.column_stack([rng.uniform(xmin, xmax, m), rng.uniform(ymin, ymax, m)])
        else:
            xy = rng.normal(centre, sigma, (m, 2))
        xy = xy[shapely.contains_xy(polygon, xy[:, 0], xy[:, 1])]
        out = np.vstack([out, xy[: n - len(out)]])
    return out


def _largest_remainder(total: int, weights) -> np.ndarray:
    """Split ``total`` into integers proportional to ``weights``."""
    w = np.asarray(weights, dtype=float)
    exact = total * w / w.sum()
    counts = np.floor(exact).astype(np.int64)
    rest = total - counts.sum()
    order = np.argsort(-(exact - counts), kind="stable")
    counts[order[:rest]] += 1
    return counts


def _voronoi_villages(seeds: np.ndarray, land) -> np.ndarray:
    """Voronoi cells of ``seeds`` clipped to the land, in seed order."""
    xmin, ymin, xmax, ymax = BOUNDS
    frame = shapely.box(xmin - 1, ymin - 1, xmax + 1, ymax + 1)
    cells = shapely.get_parts(
        shapely.voronoi_polygons(shapely.multipoints(seeds), extend_to=frame, ordered=True)
    )
    shapely.prepare(land)
    # Inland cells stay as they are; only the coastal ones need the overlay.
    clipped = cells.copy()
    coastal = ~shapely.contains_properly(land, cells)
    clipped[coastal] = shapely.intersection(cells[coastal], land)
    # A cell can graze the coast in a single point or line: keep the area only.
    kinds = shapely.get_type_id(clipped)
    odd = np.flatnonzero((kinds != 3) & (kinds != 6))
    for i in odd:
        parts = shapely.get_parts(clipped[i])
        parts = parts[np.isin(shapely.get_type_id(parts), (3, 6))]
        clipped[i] = shapely.union_all(parts)
    return clipped


def _to_multipolygons(geoms: np.ndarray) -> np.ndarray:
    """Every geometry as a MultiPolygon (the layer type of the real boundary files)."""
    parts, index = shapely.get_parts(geoms, return_index=True)
    return shapely.multipolygons(parts, indices=index)


# ---------------------------------------------------------------------------
# Region growing: kabupaten and kecamatan as contiguous groups of villages
# ---------------------------------------------------------------------------


def _adjacency(geoms: np.ndarray) -> list[list[int]]:
    """Villages that share a boundary (or a corner)."""
    tree = shapely.STRtree(geoms)
    a, b = tree.query(geoms, predicate="intersects")
    keep = a != b
    neigh: list[list[int]] = [[] for _ in range(len(geoms))]
    for i, j in zip(a[keep].tolist(), b[keep].tolist()):
        neigh[i].append(j)
    return neigh


def _components(neigh: list[list[int]], members: np.ndarray) -> list[list[int]]:
    """Connected components of the subgraph on ``members`` (sorted lists)."""
    inside = np.zeros(len(neigh), dtype=bool)
    inside[members] = True
    seen = np.zeros(len(neigh), dtype=bool)
    comps = []
    for start in members.tolist():
        if seen[start]:
            continue
        seen[start] = True
        stack, comp = [start], []
        while stack:
            v = stack.pop()
            comp.append(v)
            for w in neigh[v]:
                if inside[w] and not seen[w]:
                    seen[w] = True
                    stack.append(w)
        comps.append(sorted(comp))
    return comps


def _grow(neigh, xy, members, seeds, targets) -> np.ndarray:
    """Grow contiguous regions from ``seeds`` over the villages ``members``.

    Villages join the region whose seed is nearest along the frontier, until a
    region reaches its target size; whatever is left then joins any neighbouring
    region. Regions stay contiguous because a village only ever joins a region
    it touches. Returns the region index per village (-1 outside ``members``
    and for villages not connected to any seed).
    """
    label = np.full(len(neigh), -1, dtype=np.int64)
    allowed = np.zeros(len(neigh), dtype=bool)
    allowed[members] = True
    size = np.zeros(len(seeds), dtype=np.int64)
    heap: list[tuple[float, int, int]] = []
    for r, s in enumerate(seeds):
        heap.append((0.0, int(s), r))
    heapq.heapify(heap)
    parked: list[tuple[float, int, int]] = []
    for capped in (True, False):
        if not capped:
            heap = parked
            heapq.heapify(heap)
        while heap:
            d, v, r = heapq.heappop(heap)
            if label[v] >= 0:
                continue
            if capped and size[r] >= targets[r]:
                parked.append((d, v, r))
                continue
            label[v] = r
            size[r] += 1
            sx, sy = xy[seeds[r]]
            for w in neigh[v]:
                if allowed[w] and label[w] < 0:
                    heapq.heappush(heap, (float(np.hypot(xy[w, 0] - sx, xy[w, 1] - sy)), w, r))
    return label


def _kmeans_seeds(xy: np.ndarray, members: np.ndarray, first: int, k: int) -> list[int]:
    """``k`` well spread villages of ``members``; the first is fixed (the seat)."""
    pts = xy[members]
    centres = [xy[first]]
    dmin = np.hypot(*(pts - xy[first]).T)
    for _ in range(1, k):
        # Farthest-point start, then a few Lloyd steps for compact groups.
        centres.append(pts[int(np.argmax(dmin))])
        dmin = np.minimum(dmin, np.hypot(*(pts - centres[-1]).T))
    c = np.array(centres)
    for _ in range(6):
        d = np.hypot(pts[:, None, 0] - c[None, :, 0], pts[:, None, 1] - c[None, :, 1])
        lab = np.argmin(d, axis=1)
        for j in range(1, k):
            if np.any(lab == j):
                c[j] = pts[lab == j].mean(axis=0)
    chosen = [first]
    taken = {first}
    for j in range(1, k):
        order = np.argsort(np.hypot(*(pts - c[j]).T), kind="stable")
        for o in order.tolist():
            v = int(members[o])
            if v not in taken:
                taken.add(v)
                chosen.append(v)
                break
    return chosen


# ---------------------------------------------------------------------------
# The administrative geography
# ---------------------------------------------------------------------------


@dataclass
class _Geography:
    """Villages in code order with their kecamatan and kabupaten."""

    geoms: np.ndarray  # MultiPolygon per village
    code: np.ndarray  # "9901032001"
    name: np.ndarray
    kelurahan: np.ndarray  # bool
    kec: np.ndarray  # kecamatan index per village
    rep: np.ndarray  # representative point (lon, lat) per village
    area: np.ndarray  # deg2, only used as a weight
    coastal: np.ndarray  # bool: touches the sea
    remote: np.ndarray  # 0 (at a seat) .. 1 (farthest from any seat)
    small_island: np.ndarray  # bool: on one of the small islands
    kec_code: np.ndarray  # "99.01.03"
    kec_name: np.ndarray
    kec_kab: np.ndarray  # kabupaten index per kecamatan
    kec_centre: np.ndarray  # village index of the kecamatan's centre
    kab_code: np.ndarray  # "99.01"
    kab_name: np.ndarray
    kab_seat: np.ndarray  # village index of the seat (the kota's centre)


def _build_geography(rng: np.random.Generator, n_villages: int, report: _Reporter) -> _Geography:
    names = _Names(rng)
    big, small, _islets, land = _make_islands(rng)
    islands = big + small
    report(0.03, "Pulau dibuat")

    # Seats of the kabupaten and the centre of the kota, on land near the coast.
    seat_xy = np.array([islands[isl].inland(xy) for _, isl, xy, *_ in _KAB_PLAN])
    scale = n_villages / _REF_VILLAGES
    kab_villages = np.array([p[4] for p in _KAB_PLAN])
    kab_kec = np.array([p[5] for p in _KAB_PLAN])
    is_kota = np.array([p[0] == _KOTA for p in _KAB_PLAN])
    n_kota = max(3, round(42 * scale))
    n_seat_cluster = max(1, round(_REF_SEAT_KELURAHAN / 6 * scale))

    # Village seeds: dense around the towns (small urban villages), spread
    # evenly elsewhere; each island gets villages in proportion to its area.
    per_island = _largest_remainder(n_villages, shapely.area([i.polygon for i in islands]))
    for i in range(len(big), len(islands)):
        if per_island[i] == 0:
            per_island[i] = 1
            per_island[0] -= 1
    seeds, seed_island = [], []
    for i, island in enumerate(islands):
        parts = []
        left = int(per_island[i])
        for k, plan in enumerate(_KAB_PLAN):
            if plan[1] != i:
                continue
            n = n_kota if is_kota[k] else n_seat_cluster
            sigma = 0.035 if is_kota[k] else 0.02
            n = min(n, left - 1)
            parts.append(_sample_in(island.polygon, n, rng, seat_xy[k], sigma))
            left -= n
        parts.append(_sample_in(island.polygon, left, rng))
        seeds.append(np.vstack(parts))
        seed_island.append(np.full(int(per_island[i]), i))
    seeds = np.vstack(seeds)
    seed_island = np.concatenate(seed_island)

    cells = _voronoi_villages(seeds, land)
    # One half Lloyd step: evens out village sizes without dissolving the towns.
    centroid = shapely.get_coordinates(shapely.centroid(cells))
    island_poly = np.array([islands[i].polygon for i in seed_island])
    shapely.prepare(island_poly)
    moved = (seeds + centroid) / 2
    ok = shapely.contains_xy(island_poly, moved[:, 0], moved[:, 1])
    seeds[ok] = moved[ok]
    geoms = _voronoi_villages(seeds, land)
    report(0.12, "Desa dibentuk")

    neigh = _adjacency(geoms)
    rep = shapely.get_coordinates(shapely.point_on_surface(geoms))
    # The village of each seat (distinct even when two seats share a nearest seed).
    seat_village = np.zeros(len(seat_xy), dtype=np.int64)
    for k, xy in enumerate(seat_xy):
        dist = np.hypot(*(seeds - xy).T)
        dist[seat_village[:k]] = np.inf
        seat_village[k] = int(np.argmin(dist))
    all_villages = np.arange(n_villages)

    # Kabupaten: grow from the seats on each big island, then attach the small
    # islands (whole components of the adjacency graph) to the nearest kabupaten.
    comps = _components(neigh, all_villages)
    comp_of = np.empty(n_villages, dtype=np.int64)
    for c, comp in enumerate(comps):
        comp_of[comp] = c
    targets = np.zeros(len(_KAB_PLAN), dtype=np.int64)
    for c in np.unique(comp_of[seat_village]):
        in_comp = np.flatnonzero(comp_of[seat_village] == c)
        size = len(comps[c])
        kota_here = in_comp[is_kota[in_comp]]
        targets[kota_here] = min(n_kota, size // 3)
        rest = in_comp[~is_kota[in_comp]]
        targets[rest] = _largest_remainder(size - targets[kota_here].sum(), kab_villages[rest])
    kab = _grow(neigh, seeds, all_villages, seat_village, targets)
    for comp in comps:
        if kab[comp[0]] >= 0:
            continue
        # A small island joins the kabupaten of the nearest village on land
        # already assigned (never the kota: a kota does not govern islands).
        assigned = np.flatnonzero((kab >= 0) & ~is_kota[np.maximum(kab, 0)])
        pts = seeds[comp]
        d = np.min(np.hypot(*(seeds[assigned][:, None, :] - pts[None, :, :]).transpose(2, 0, 1)), 1)
        kab[comp] = kab[assigned[int(np.argmin(d))]]
    report(0.16, "Kabupaten dibagi")

    # Kecamatan inside each kabupaten: compact contiguous groups of similar size
    # on the main island, plus one "Kepulauan" kecamatan for attached islands.
    kec = np.full(n_villages, -1, dtype=np.int64)
    kec_kab, kec_centre, kec_is_islands = [], [], []
    seat_kelurahan = np.zeros(n_villages, dtype=bool)
    for k in range(len(_KAB_PLAN)):
        report.check()
        members = np.flatnonzero(kab == k)
        parts = _components(neigh, members)
        main = next(p for p in parts if seat_village[k] in p)
        islands_part = [v for p in parts if p is not main for v in p]
        n_kec = int(np.clip(round(kab_kec[k] * scale), 1, 99))
        n_kec = min(n_kec, len(members))
        n_main = n_kec - 1 if islands_part and n_kec >= 2 else n_kec
        n_main = max(1, min(n_main, len(main)))
        main_arr = np.array(main)
        centres = _kmeans_seeds(seeds, main_arr, int(seat_village[k]), n_main)
        sizes = _largest_remainder(len(main), np.ones(n_main))
        local = _grow(neigh, seeds, main_arr, np.array(centres), sizes)
        # Kecamatan 01 holds the seat; the others follow by distance from it.
        order = [0] + sorted(
            range(1, n_main),
            key=lambda j: float(np.hypot(*(seeds[centres[j]] - seeds[seat_village[k]]))),
        )
        for j in order:
            kec[main_arr[local[main_arr] == j]] = len(kec_kab)
            kec_kab.append(k)
            kec_centre.append(centres[j])
            kec_is_islands.append(False)
        if islands_part:
            isl = np.array(islands_part)
            if n_main < n_kec:
                centre = isl[np.argmin(np.hypot(*(seeds[isl] - seeds[isl].mean(0)).T))]
                kec[isl] = len(kec_kab)
                kec_kab.append(k)
                kec_centre.append(int(centre))
                kec_is_islands.append(True)
            else:
                # No room for an island kecamatan: they join the seat's one.
                kec[isl] = kec[seat_village[k]]
        if not is_kota[k]:
            # Kelurahan at the seat: the villages nearest to it in its kecamatan.
            seat_kec = np.flatnonzero(kec == kec[seat_village[k]])
            near = seat_kec[np.argsort(np.hypot(*(rep[seat_kec] - rep[seat_village[k]]).T))]
            seat_kelurahan[near[: max(1, min(n_seat_cluster, len(near)))]] = True
    kec_kab = np.array(kec_kab)
    kelurahan = seat_kelurahan | is_kota[kab]
    report(0.2, "Kecamatan dibagi")

    # Codes: kelurahan 1001.., desa 2001.. within each kecamatan, nearest to the
    # kecamatan centre first.
    kab_code = np.array([f"{PROVINCE_CODE}.{p[0]}" for p in _KAB_PLAN])
    kec_local = np.zeros(len(kec_kab), dtype=np.int64)
    kec_code = []
    for j, k in enumerate(kec_kab):
        kec_local[j] = (kec_kab[:j] == k).sum() + 1
        kec_code.append(f"{kab_code[k]}.{kec_local[j]:02d}")
    kec_code = np.array(kec_code)
    kec_centre = np.array(kec_centre)
    code = np.empty(n_villages, dtype=object)
    for j in range(len(kec_kab)):
        vs = np.flatnonzero(kec == j)
        dist = np.hypot(*(rep[vs] - rep[kec_centre[j]]).T)
        for kind in (True, False):
            sel = vs[kelurahan[vs] == kind]
            sel = sel[np.argsort(dist[kelurahan[vs] == kind], kind="stable")]
            base = 1000 if kind else 2000
            for n, v in enumerate(sel, start=1):
                code[v] = f"{kec_code[j]}.{base + n}".replace(".", "")

    # Names: islands, then kabupaten after their island and direction, then
    # villages; a kecamatan is named after its centre village, as is common.
    island_names = [names.core() for _ in islands]
    name = np.array([names.place(urban=bool(u)) for u in kelurahan], dtype=object)
    kab_name = []
    for k, plan in enumerate(_KAB_PLAN):
        if is_kota[k]:
            kab_name.append(f"Kota {names.place(urban=True)}")
        else:
            kab_name.append(f"Kabupaten {island_names[plan[1]]} {plan[3]}".strip())
    kec_name = []
    for j in range(len(kec_kab)):
        if kec_is_islands[j]:
            vs = np.flatnonzero(kec == j)
            counts = np.bincount(seed_island[vs], minlength=len(islands))
            kec_name.append(f"Kepulauan {island_names[int(np.argmax(counts))]}")
        else:
            kec_name.append(name[kec_centre[j]])

    # Sort everything into code order.
    order = np.argsort(code.astype(str), kind="stable")
    rank = np.empty(n_villages, dtype=np.int64)
    rank[order] = np.arange(n_villages)
    geoms = _to_multipolygons(geoms[order])
    rep = rep[order]
    coast = shapely.boundary(land)
    shapely.prepare(coast)
    seats_final = rank[seat_village]
    d_seat = np.min(
        np.hypot(rep[:, 0, None] - rep[seats_final, 0], rep[:, 1, None] - rep[seats_final, 1]), 1
    )
    return _Geography(
        geoms=geoms,
        code=code[order].astype(str),
        name=name[order].astype(str),
        kelurahan=kelurahan[order],
        kec=kec[order],
        rep=rep,
        area=shapely.area(geoms),
        coastal=shapely.intersects(coast, geoms),
        remote=d_seat / d_seat.max(),
        small_island=(seed_island >= len(big))[order],
        kec_code=kec_code,
        kec_name=np.array(kec_name, dtype=str),
        kec_kab=kec_kab,
        kec_centre=rank[kec_centre],
        kab_code=kab_code,
        kab_name=np.array(kab_name, dtype=str),
        kab_seat=seats_final,
    )


# ---------------------------------------------------------------------------
# Points inside villages
# ---------------------------------------------------------------------------


def _uniform_points(geoms: np.ndarray, owner: np.ndarray, rng) -> np.ndarray:
    """One uniform random point strictly inside ``geoms[owner[i]]`` for each ``i``."""
    bounds = shapely.bounds(geoms)
    xy = np.empty((len(owner), 2))
    todo = np.arange(len(owner))
    for _ in range(200):
        if todo.size == 0:
            return xy
        b = bounds[owner[todo]]
        px = b[:, 0] + rng.random(todo.size) * (b[:, 2] - b[:, 0])
        py = b[:, 1] + rng.random(todo.size) * (b[:, 3] - b[:, 1])
        ok = shapely.contains_xy(geoms[owner[todo]], px, py)
        xy[todo[ok], 0] = px[ok]
        xy[todo[ok], 1] = py[ok]
        todo = todo[~ok]
    # A village that is mostly sea inside its bounding box: a sure interior point.
    xy[todo] = shapely.get_coordinates(shapely.point_on_surface(geoms[owner[todo]]))
    return xy


def _clustered_points(geoms, owner, centre_xy, sigma, rng) -> np.ndarray:
    """Points scattered around settlement centres, each inside its own village.

    Households and offices cluster in hamlets (dusun) rather than spreading
    evenly; a point that falls outside its village is drawn again, and the few
    that keep missing are placed uniformly instead.
    """
    xy = np.empty((len(owner), 2))
    todo = np.arange(len(owner))
    for _ in range(8):
        if todo.size == 0:
            break
        p = centre_xy[todo] + rng.normal(0.0, 1.0, (todo.size, 2)) * sigma[todo, None]
        ok = shapely.contains_xy(geoms[owner[todo]], p[:, 0], p[:, 1])
        xy[todo[ok]] = p[ok]
        todo = todo[~ok]
    if todo.size:
        xy[todo] = _uniform_points(geoms, owner[todo], rng)
    return xy


@dataclass
class _Settlements:
    """Hamlets (dusun) or urban neighbourhoods (lingkungan) of every village."""

    offset: np.ndarray  # first settlement index per village
    count: np.ndarray  # settlements per village
    xy: np.ndarray  # centre per settlement
    label: np.ndarray  # "Dusun Kalirang RT " per settlement
    rw: np.ndarray  # number within its village (the RW)
    rt: np.ndarray  # RT units per settlement
    sigma: np.ndarray  # spread of houses around the centre, per village (deg)


def _settlements(rng, geo: _Geography, names: _Names) -> _Settlements:
    n_vill = len(geo.code)
    count = np.where(geo.kelurahan, rng.integers(3, 9, n_vill), rng.integers(2, 7, n_vill))
    offset = np.concatenate([[0], np.cumsum(count)[:-1]])
    owner = np.repeat(np.arange(n_vill), count)
    shapely.prepare(geo.geoms)
    xy = _uniform_points(geo.geoms, owner, rng)
    pool = np.array([names.core() for _ in range(max(400, int(count.max()) * 4))], dtype=object)
    label = np.empty(len(owner), dtype=object)
    for v in range(n_vill):
        kind = "Lingkungan" if geo.kelurahan[v] else "Dusun"
        picked = rng.choice(len(pool), int(count[v]), replace=False)
        label[offset[v] : offset[v] + count[v]] = [f"{kind} {pool[i]} RT " for i in picked]
    rw = np.arange(len(owner)) - offset[owner] + 1
    sigma = 0.3 * np.sqrt(geo.area / count)
    return _Settlements(
        offset, count, xy, label.astype(str), rw, rng.integers(2, 9, len(owner)), sigma
    )
