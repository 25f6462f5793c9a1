"""Synthetic demo province: boundaries, a household register and social-welfare resources.

Why this exists: the product has to show something on first start, in tutorials,
screenshots, tests and benchmarks, yet real registers are personal data (UU 27/2022)
and may not leave the office that holds them. This module builds a complete,
plausible province from a seed instead: *Provinsi Kepulauan Sasaran (sintetis)*,
province code ``99`` (not a Kemendagri province), an archipelago in open sea in
the Java Sea that looks and behaves like Bangka Belitung without pretending to be
it: two big islands and a few small ones, about 7 kabupaten/kota, 47 kecamatan and
390 villages at the default size, a DTSEN-style household register with desil,
PPKS and program receipt (including exclusion and inclusion errors), and the PSKS
and program staff who could serve those households.

Everything is drawn from :class:`numpy.random.Generator` streams derived from the
seed, so the same seed gives the same tables and geometries. The geography depends
only on ``(seed, villages)``, so a small and a large register drawn with the same
seed share one map. Every layer says it is synthetic (``sumber`` column and the
GeoPackage layer description); names are built from syllables and mean nothing.

The household part is vectorised over households (a loop over villages is the
most any step does), so a million households over 6,000 villages stays fast and
lean; household strings are built and written in batches.
"""

from __future__ import annotations

import contextlib
import heapq
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyogrio
import shapely

from gis.errors import Cancelled, SasaranError
from gis.io.outputguard import OutputError, check_targets, writing

#: the smallest demo province: six kabupaten and a kota need this many villages
MIN_VILLAGES = 40


class DemoSizeError(SasaranError, ValueError):
    """The demo province asked for is too small (code ``demo_size``)."""


__all__ = [
    "BDT_2015_BABEL",
    "BOUNDS",
    "DemoPaths",
    "HOUSEHOLD_FILE",
    "HOUSEHOLD_SOURCE",
    "PROVINCE_CODE",
    "PROVINCE_NAME",
    "PSKS_FILE",
    "RESOURCE_TYPES",
    "SNAPSHOT_DATE",
    "SOURCE_LABEL",
    "VILLAGE_FILE",
    "generate_demo",
]

PROVINCE_CODE = "99"
PROVINCE_NAME = "Provinsi Kepulauan Sasaran (sintetis)"
SOURCE_LABEL = "Data sintetis Sasaran (demo)"
HOUSEHOLD_SOURCE = "DTSEN (sintetis)"
SNAPSHOT_DATE = "2025-09-30"

VILLAGE_FILE = "wilayah_demo.gpkg"
HOUSEHOLD_FILE = "rumah_tangga_demo.gpkg"
PSKS_FILE = "psks_demo.gpkg"

#: Where the province lies (lon/lat, EPSG:4326): open sea, no real land inside.
BOUNDS = (111.0, -5.3, 114.5, -3.3)

#: BDT 2015, Kepulauan Bangka Belitung: desil -> (households, persons). The demo
#: register reproduces the household ratio of desil 1-4 and the household size.
BDT_2015_BABEL = {
    1: (14_798, 68_974),
    2: (24_216, 81_049),
    3: (21_611, 62_431),
    4: (4_965, 12_823),
}

#: Resource kinds of the PSKS layer: the 12 PSKS of Permensos 8/2012 plus two
#: kinds the product models beside them (program staff and civil-servant mentors).
RESOURCE_TYPES = {
    1: "Pekerja Sosial Profesional",
    2: "Pekerja Sosial Masyarakat",
    3: "Taruna Siaga Bencana",
    4: "Lembaga Kesejahteraan Sosial",
    5: "Karang Taruna",
    6: "Lembaga Konsultasi Kesejahteraan Keluarga",
    7: "Keluarga Pioner",
    8: "Wanita Pemimpin Kesejahteraan Sosial",
    9: "Penyuluh Sosial",
    10: "Tenaga Kesejahteraan Sosial Kecamatan",
    11: "Wahana Kesejahteraan Sosial Berbasis Masyarakat",
    12: "Dunia Usaha",
    13: "Pendamping PKH",
    14: "ASN Pendamping",
}

Progress = Callable[[float, str], None]

# Sizes of the real province the defaults imitate (Bangka Belitung, 2025 codes).
_REF_VILLAGES = 391


@dataclass(frozen=True)
class DemoPaths:
    """The three GeoPackages written by :func:`generate_demo`.

    Attributes
    ----------
    villages
        ``wilayah_demo.gpkg`` with layers ``desa``, ``kecamatan``, ``kabupaten``.
    households
        ``rumah_tangga_demo.gpkg`` with layer ``rumah_tangga``.
    psks
        ``psks_demo.gpkg`` with layer ``psks``.
    """

    villages: Path
    households: Path
    psks: Path


# ---------------------------------------------------------------------------
# The plan of the province
# ---------------------------------------------------------------------------

# Big islands: centre (lon, lat), semi-axes (deg), rotation (deg, counter-clockwise).
# Island 0 is long and runs north-west to south-east like Bangka, island 1 is
# rounder like Belitung; the strait between them is about 40 km wide.
_BIG_ISLANDS = (
    ((112.17, -4.13), (1.0, 0.36), -33.0),
    ((113.80, -4.62), (0.39, 0.33), 15.0),
)
# Small islands: centre, semi-axes, rotation. They get a handful of villages each
# and are grouped into "Kepulauan ..." kecamatan of the nearest kabupaten; two
# lie far out (the remote places of the province).
_SMALL_ISLANDS = (
    ((113.02, -5.02), (0.085, 0.055), 20.0),
    ((112.50, -5.12), (0.055, 0.04), -10.0),
    ((113.27, -4.30), (0.045, 0.035), 40.0),
    ((114.33, -5.05), (0.05, 0.035), 0.0),
    ((111.30, -4.95), (0.055, 0.04), 30.0),
    ((114.25, -3.62), (0.045, 0.035), -20.0),
)
_ISLETS = 30  # tiny islands without a village of their own: they make multi-part villages

# Kabupaten/kota: code, island, seat in the island's unit frame (x along the long
# axis, y across it; the y > 0 side faces north-east), direction suffix of the
# name (None for the kota), and the real village and kecamatan counts whose
# proportions the demo keeps.
_KAB_PLAN = (
    ("01", 0, (-0.45, 0.80), "", 81, 8),
    ("02", 0, (-0.93, 0.05), "Barat", 49, 6),
    ("03", 0, (0.92, -0.15), "Selatan", 53, 8),
    ("04", 0, (0.28, 0.78), "Tengah", 63, 6),
    ("05", 1, (-0.82, 0.10), "", 64, 5),
    ("06", 1, (0.78, 0.20), "Timur", 39, 7),
    ("71", 0, (-0.02, 0.84), None, 42, 7),
)
_KOTA = "71"
# Kelurahan in the six kabupaten seats together (real: 82 kelurahan, 42 in the kota).
_REF_SEAT_KELURAHAN = 40


# ---------------------------------------------------------------------------
# Progress and cancellation
# ---------------------------------------------------------------------------


class _Reporter:
    """Forward progress and turn a cancel request into :class:`Cancelled`."""

    def __init__(self, progress: Progress | None, cancelled: Callable[[], bool] | None):
        self._progress = progress
        self._cancelled = cancelled

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()

    def __call__(self, fraction: float, message: str) -> None:
        self.check()
        if self._progress is not None:
            self._progress(float(min(max(fraction, 0.0), 1.0)), message)

    def done(self, message: str) -> None:
        """Report completion; a cancel arriving now is too late to matter."""
        if self._progress is not None:
            self._progress(1.0, message)


# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------

_ONSETS = ("b", "d", "g", "j", "k", "l", "m", "n", "p", "r", "s", "t", "w", "ng", "c", "h")
_VOWELS = ("a", "a", "a", "i", "i", "u", "u", "e", "o")
_CODAS = ("", "", "", "ng", "n", "k", "r", "s", "t", "m", "h", "l")
_PLACE_PREFIXES = (
    *("Tanjung", "Air", "Sungai", "Batu", "Pangkal", "Teluk", "Bukit", "Kuala", "Simpang"),
    *("Lubuk", "Muara", "Parit", "Padang", "Kampung", "Rantau", "Tebing", "Labuh", "Selat"),
)
_PLACE_SUFFIXES = (
    *("Baru", "Jaya", "Indah", "Makmur", "Lama", "Hulu", "Hilir", "Darat", "Laut", "Permai"),
    *("Sari", "Mulia"),
)
_MALE_ENDINGS = ("man", "di", "to", "no", "din", "wan", "ri", "an", "son", "yadi")
_FEMALE_ENDINGS = ("wati", "ni", "sih", "yanti", "nah", "ti", "sari", "na", "yah")


class _Names:
    """Seeded syllable names, unique across everything this instance returns."""

    def __init__(self, rng: np.random.Generator):
        self._rng = rng
        self._used: set[str] = set()

    def _pick(self, items):
        return items[int(self._rng.integers(len(items)))]

    def core(self, syllables: int | None = None, coda: bool = True) -> str:
        """A made-up word of two or three syllables, capitalised."""
        if syllables is None:
            syllables = 2 if self._rng.random() < 0.65 else 3
        parts = [self._pick(_ONSETS) + self._pick(_VOWELS) for _ in range(syllables)]
        if self._rng.random() < 0.3:
            # Vowel-initial words (Air, Ulu...) are common in the region.
            parts[0] = parts[0][-1]
        if coda:
            parts[-1] += self._pick(_CODAS)
        return "".join(parts).capitalize()

    def reserve(self, names) -> None:
        """Names taken elsewhere: never return them."""
        self._used.update(names)

    def unique(self, make: Callable[[], str]) -> str:
        for _ in range(1000):
            name = make()
            if name not in self._used:
                self._used.add(name)
                return name
        raise RuntimeError("name space exhausted")  # pragma: no cover - 16^3 cores

    def place(self, urban: bool = False) -> str:
        """A village name: ``Tanjung Ralingka``, ``Sebutang``, ``Kelawit Baru``..."""

        def make() -> str:
            u = self._rng.random()
            prefix_share = 0.35 if urban else 0.55
            if u < prefix_share:
                return f"{self._pick(_PLACE_PREFIXES)} {self.core()}"
            if u < prefix_share + 0.15:
                return f"{self.core()} {self._pick(_PLACE_SUFFIXES)}"
            return self.core()

        return self.unique(make)

    def person_pool(self, size: int, female: bool) -> list[str]:
        """Distinct given names: a two-syllable stem and a gendered ending."""
        endings = _FEMALE_ENDINGS if female else _MALE_ENDINGS
        return [
            self.unique(lambda: self.core(2, coda=False) + self._pick(endings)) for _ in range(size)
        ]


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


# ---------------------------------------------------------------------------
# Households
# ---------------------------------------------------------------------------

# Share of households per desil: 85 % in desil 1-4 with the BDT 2015 ratio,
# 15 % in desil 5-10 falling with the desil.
_BDT_HH = np.array([BDT_2015_BABEL[d][0] for d in (1, 2, 3, 4)], dtype=float)
_DESIL_SHARE = np.concatenate(
    [0.85 * _BDT_HH / _BDT_HH.sum(), 0.15 * np.arange(6, 0, -1) / np.arange(6, 0, -1).sum()]
)
# Mean household size per desil: BDT persons per household, 3.5 above desil 4.
_MEAN_SIZE = np.concatenate(
    [[BDT_2015_BABEL[d][1] / BDT_2015_BABEL[d][0] for d in (1, 2, 3, 4)], np.full(6, 3.5)]
)
# Relative vulnerability by desil: poorer households carry more PPKS.
_POVERTY_WEIGHT = np.array([1.8, 1.5, 1.15, 0.85, 0.5, 0.4, 0.3, 0.22, 0.16, 0.12])
_FAKIR_MISKIN = np.array([0.93, 0.88, 0.75, 0.4, 0.12, 0.05, 0.02, 0.01, 0.005, 0.005])

# Programs. A household is first "reached" by the social-assistance system or
# not (not reached in desil 1-2 = exclusion error, reached in desil 7-10 =
# inclusion error); the programs a reached household receives are drawn so that
# their overall share per desil is the one below.
_PROGRAMS = ("pkh", "sembako", "pip", "pbi", "listrik")
_REACHED = np.array([0.76, 0.75, 0.72, 0.65, 0.4, 0.25, 0.06, 0.05, 0.045, 0.04])
_PROGRAM_SHARE = {
    "pkh": np.array([0.40, 0.33, 0.25, 0.15, 0.08, 0.05, 0.02, 0.02, 0.02, 0.02]),
    "sembako": np.array([0.55, 0.46, 0.36, 0.22, 0.10, 0.06, 0.025, 0.025, 0.02, 0.02]),
    "pip": np.array([0.30, 0.26, 0.20, 0.12, 0.06, 0.04, 0.01, 0.01, 0.008, 0.008]),
    "pbi": np.array([0.65, 0.62, 0.58, 0.52, 0.30, 0.18, 0.03, 0.03, 0.025, 0.025]),
    "listrik": np.array([0.55, 0.50, 0.45, 0.30, 0.15, 0.08, 0.02, 0.02, 0.015, 0.015]),
}


@dataclass
class _Households:
    """Numeric columns of the register; strings are built per written batch."""

    village: np.ndarray  # int32 village index (households sorted by village)
    desil: np.ndarray  # int8 1..10
    size: np.ndarray  # int16 >= 1
    ppks: np.ndarray  # uint32 bit mask: bit c-1 set = PPKS code c
    programs: np.ndarray  # uint8 bit mask in _PROGRAMS order
    settlement: np.ndarray  # int32 global settlement index
    rt: np.ndarray  # int16
    first_name: np.ndarray  # int32 index into the given-name pool
    second_name: np.ndarray  # int32 index into the second-name pool, -1 = none
    nik: np.ndarray  # int64
    no_kk: np.ndarray  # int64
    has_xy: np.ndarray  # bool
    xy: np.ndarray  # (has_xy.sum(), 2) float64, in household order
    given_names: np.ndarray  # pool: male names then female names
    second_names: np.ndarray


def _with_serial(prefix: np.ndarray) -> np.ndarray:
    """Append a 4-digit serial that makes every number unique within its prefix.

    ``prefix`` (int64) is consumed: the result is built in its memory.
    """
    n = len(prefix)
    order = np.argsort(prefix, kind="stable")
    sorted_prefix = prefix[order]
    first = np.ones(n, dtype=bool)
    first[1:] = sorted_prefix[1:] != sorted_prefix[:-1]
    del sorted_prefix
    # Position of each row in the sorted order minus the start of its group.
    rank = np.arange(n, dtype=np.int64)
    rank -= np.maximum.accumulate(np.where(first, rank, 0))
    if n and rank.max() >= 9999:  # pragma: no cover - needs 10^4 people born the same day
        raise RuntimeError("serial overflow")
    prefix *= 10_000
    prefix[order] += rank + 1
    return prefix


def _date_digits(rng, year: np.ndarray) -> np.ndarray:
    """A random day (no 29 February) of each ``year`` as int64 ``DDMMYY``."""
    n = len(year)
    month = rng.integers(1, 13, n, dtype=np.int64)
    days = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])[month - 1]
    ddmmyy = (1 + (rng.random(n) * days).astype(np.int64)) * 10_000
    ddmmyy += month * 100
    ddmmyy += year % 100
    return ddmmyy


def _make_households(rng, geo: _Geography, st: _Settlements, names: _Names, n: int, report):
    n_vill = len(geo.code)
    n_kec = len(geo.kec_code)
    kec_effect = rng.normal(0.0, 0.55, n_kec)

    # Where households are: kelurahan are denser, small islands thinner.
    weight = rng.lognormal(0.0, 0.45, n_vill)
    weight *= np.where(geo.kelurahan, 2.2, 1.0) * np.where(geo.small_island, 0.8, 1.0)
    weight *= (geo.area / geo.area.mean()) ** 0.35
    per_village = rng.multinomial(n, weight / weight.sum())
    village = np.repeat(np.arange(n_vill, dtype=np.int32), per_village)

    # Remote villages and isolated communities (KAT), disaster-struck coasts.
    n_kat = max(2, round(n_vill * 0.008))
    remote_desa = np.flatnonzero(~geo.kelurahan & (geo.remote > np.quantile(geo.remote, 0.9)))
    kat = rng.choice(remote_desa, min(n_kat, len(remote_desa)), replace=False)
    coastal = np.flatnonzero(geo.coastal & ~geo.small_island)
    disaster = np.zeros(n_vill, dtype=bool)
    per_cluster = max(1, round(n_vill * 0.025 / 3))
    for c in rng.choice(coastal, 3, replace=False):
        near = coastal[np.argsort(np.hypot(*(geo.rep[coastal] - geo.rep[c]).T))]
        disaster[near[:per_cluster]] = True
    is_kat = np.zeros(n_vill, dtype=bool)
    is_kat[kat] = True

    # Poverty clusters in space: kecamatan and village effects, remoteness,
    # islands; towns are better off. Desil comes from the rank of a latent
    # score, so the province-wide shares are exact.
    poverty = (
        kec_effect[geo.kec]
        + rng.normal(0.0, 0.3, n_vill)
        + 0.8 * geo.remote
        - 0.45 * geo.kelurahan
        + 0.35 * geo.small_island
        + 0.8 * is_kat
    )
    score = poverty[village] + rng.normal(0.0, 1.0, n)
    per_desil = _largest_remainder(n, _DESIL_SHARE)
    desil = np.empty(n, dtype=np.int8)
    desil[np.argsort(-score, kind="stable")] = np.repeat(np.arange(1, 11, dtype=np.int8), per_desil)
    del score
    d = desil.astype(np.intp) - 1
    size = (1 + rng.poisson(_MEAN_SIZE[d] - 1.0)).astype(np.int16)
    report(0.3, "Rumah tangga: desil")

    # PPKS, more often in poorer households.
    w = _POVERTY_WEIGHT[d]
    small_hh = size <= 2
    children = size >= 3

    def draw(share: float, factor: np.ndarray) -> np.ndarray:
        # Scale the relative risk so that the province-wide share is ``share``.
        mean = factor.mean() if n else 0.0
        return rng.random(n) < (factor * (share / mean) if mean > 0 else factor)

    ppks = np.zeros(n, dtype=np.uint32)
    flags = {
        24: rng.random(n) < _FAKIR_MISKIN[d],
        8: draw(0.04, w * np.where(small_hh, 2.2, 0.7)),
        9: draw(0.04, w),
        5: draw(0.01, w * children),
        23: draw(0.03, w * np.where(size <= 3, 1.8, 0.6)),
        21: rng.random(n) < np.where(disaster[village], 0.45, 0.0015) * (0.7 + 0.3 * w),
        26: rng.random(n) < np.where(is_kat[village], 0.75, 0.0),
        16: draw(0.001, w),
        17: draw(0.003, w * np.where(geo.kelurahan[village], 2.0, 1.0)),
        15: draw(0.004, w),
        2: draw(0.005, w * children),
    }
    for code, flag in flags.items():
        ppks |= flag.astype(np.uint32) << np.uint32(code - 1)
    elderly = flags[8]
    disabled = flags[9] | flags[5]
    prse = flags[23]
    del flags
    report(0.34, "Rumah tangga: PPKS")

    # Programs: reached or not (village coverage varies, remote is worse), then
    # each program with the share that gives the target overall rate.
    coverage = np.exp(rng.normal(0.0, 0.12, n_vill) - 0.25 * geo.remote)
    if n:
        coverage /= coverage[village].mean()
    reached = rng.random(n) < np.clip(_REACHED[d] * coverage[village], 0.0, 0.97)
    programs = np.zeros(n, dtype=np.uint8)
    by_desil = np.bincount(d, minlength=10).clip(1)
    for bit, prog in enumerate(_PROGRAMS):
        q = _PROGRAM_SHARE[prog][d] / _REACHED[d]
        if prog == "pkh":
            # PKH pays per component: children, the elderly and the disabled.
            f = 0.55 + 0.15 * (size - 1) + 0.4 * (elderly | disabled)
        elif prog == "pip":
            f = children.astype(float)
        else:
            f = np.ones(n)
        f = f / (np.bincount(d, weights=f, minlength=10) / by_desil)[d].clip(1e-9)
        got = reached & (rng.random(n) < q * f)
        programs |= got.astype(np.uint8) << np.uint8(bit)
    # A reached household receives at least one program (PBI, the broadest).
    programs[reached & (programs == 0)] |= np.uint8(1 << _PROGRAMS.index("pbi"))
    report(0.38, "Rumah tangga: program")

    del d, w, small_hh, disabled
    # Address: a hamlet of the village and an RT in it.
    settlement = (st.offset[village] + (rng.random(n) * st.count[village]).astype(np.int64)).astype(
        np.int32
    )
    rt = (1 + rng.random(n) * st.rt[settlement]).astype(np.int16)

    # Head of household: sex, name, birth date. Women head PRSE households
    # and many elderly ones.
    female = rng.random(n) < np.where(prse, 1.0, np.where(elderly, 0.35, 0.12))
    male_pool = names.person_pool(500, female=False)
    female_pool = names.person_pool(400, female=True)
    second_pool = np.array([names.core() for _ in range(700)], dtype=object)
    first_name = rng.integers(0, len(male_pool), n, dtype=np.int32)
    first_name[female] = len(male_pool) + rng.integers(
        0, len(female_pool), int(female.sum()), dtype=np.int32
    )
    second_name = rng.integers(0, len(second_pool), n, dtype=np.int32)
    second_name[rng.random(n) >= 0.7] = -1  # many Indonesians carry a single name
    age = np.clip(rng.normal(46.0, 12.0, n), 18, 80).astype(np.int64)
    parent = children & ~elderly
    age[parent] = np.clip(age[parent], 20, 62)
    age[elderly] = rng.integers(60, 89, int(elderly.sum()))
    del parent, children, elderly, prse

    # NIK: issuing region (where the person was first registered: a few moved
    # in from another kecamatan), birth date (day + 40 for women), serial.
    # KK: the family's current kecamatan, issue date, serial.
    kec_region = np.array([int(c.replace(".", "")) for c in geo.kec_code], dtype=np.int64)
    moved = np.flatnonzero(rng.random(n) < 0.05)
    nik = kec_region[geo.kec[village]]
    nik[moved] = kec_region[rng.integers(0, n_kec, moved.size)]
    nik *= 1_000_000
    birth = _date_digits(rng, 2025 - age)
    birth += female * 400_000
    nik += birth
    del birth, age, moved
    nik = _with_serial(nik)
    no_kk = kec_region[geo.kec[village]]
    no_kk *= 1_000_000
    no_kk += _date_digits(rng, rng.integers(2008, 2025, n))
    no_kk = _with_serial(no_kk)
    report(0.42, "Rumah tangga: NIK dan KK")

    # Coordinates for about half: verification rounds covered some kecamatan
    # more than others.
    coord_rate = rng.uniform(0.3, 0.7, n_kec)
    has_xy = rng.random(n) < coord_rate[geo.kec[village]]
    located = np.flatnonzero(has_xy)
    xy = _clustered_points(
        geo.geoms,
        village[located],
        st.xy[settlement[located]],
        st.sigma[village[located]],
        rng,
    )
    report(0.5, "Rumah tangga: koordinat")
    return (
        _Households(
            village=village,
            desil=desil,
            size=size,
            ppks=ppks,
            programs=programs,
            settlement=settlement,
            rt=rt,
            first_name=first_name,
            second_name=second_name,
            nik=nik,
            no_kk=no_kk,
            has_xy=has_xy,
            xy=xy,
            given_names=np.array(male_pool + female_pool, dtype=object),
            second_names=second_pool,
        ),
        disaster,
    )


def _ppks_text(masks: np.ndarray) -> pa.Array:
    """``"24;8;9"``: Fakir Miskin first (the defining one), then ascending codes."""
    unique, inverse = np.unique(masks, return_inverse=True)
    texts = []
    for m in unique.tolist():
        codes = [c for c in range(1, 27) if m >> (c - 1) & 1]
        if 24 in codes:
            codes = [24] + [c for c in codes if c != 24]
        texts.append(";".join(str(c) for c in codes))
    return pa.array(texts, pa.string()).take(pa.array(inverse.astype(np.int32)))


def _wkb_points(xy: np.ndarray, valid: np.ndarray) -> pa.Array:
    """Point WKB per row, null where ``valid`` is False, without shapely objects."""
    n = len(valid)
    rec = np.empty(len(xy), dtype=[("order", "u1"), ("kind", "<u4"), ("x", "<f8"), ("y", "<f8")])
    rec["order"] = 1  # little endian
    rec["kind"] = 1  # Point
    rec["x"] = xy[:, 0]
    rec["y"] = xy[:, 1]
    offsets = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(np.where(valid, 21, 0), out=offsets[1:])
    bitmap = pa.py_buffer(np.packbits(valid, bitorder="little"))
    return pa.Array.from_buffers(
        pa.binary(),
        n,
        [bitmap, pa.py_buffer(offsets), pa.py_buffer(rec.tobytes())],
        null_count=int(n - valid.sum()),
    )


_HOUSEHOLD_SCHEMA = pa.schema(
    [
        ("id_keluarga", pa.string()),
        ("kode_desa", pa.string()),
        ("alamat", pa.string()),
        ("desil", pa.int32()),
        ("jumlah_anggota", pa.int32()),
        ("ppks", pa.string()),
        *[(f"penerima_{p}", pa.string()) for p in _PROGRAMS],
        ("nama", pa.string()),
        ("nik", pa.string()),
        ("no_kk", pa.string()),
        ("sumber", pa.string()),
        ("tanggal_data", pa.string()),
        ("geom", pa.binary()),
    ]
)


def _household_batches(
    hh: _Households, geo: _Geography, st: _Settlements, report: _Reporter, batch: int = 65_536
) -> Iterator[pa.RecordBatch]:
    n = len(hh.village)
    width = max(7, len(str(n)))
    codes = pa.array(geo.code, pa.string())
    labels = pa.array(st.label, pa.string())
    rw = pa.array([f" RW {r:03d}" for r in st.rw], pa.string())
    numbers = pa.array([f"{i:03d}" for i in range(1000)], pa.string())
    given = pa.array(hh.given_names.astype(str), pa.string())
    second = pa.array(hh.second_names.astype(str), pa.string())
    xy_start = np.r_[0, np.cumsum(hh.has_xy)]
    for start in range(0, n, batch):
        report.check()
        stop = min(n, start + batch)
        rows = slice(start, stop)
        ids = pc.utf8_lpad(
            pc.cast(pa.array(np.arange(start + 1, stop + 1)), pa.string()), width, "0"
        )
        settlement = pa.array(hh.settlement[rows])
        second_idx = hh.second_name[rows]
        second_names = second.take(pa.array(np.maximum(second_idx, 0), mask=second_idx < 0))
        columns = {
            "id_keluarga": pc.binary_join_element_wise("DEMO-", ids, ""),
            "kode_desa": codes.take(pa.array(hh.village[rows])),
            "alamat": pc.binary_join_element_wise(
                labels.take(settlement),
                numbers.take(pa.array(hh.rt[rows].astype(np.int32))),
                rw.take(settlement),
                "",
            ),
            "desil": pa.array(hh.desil[rows].astype(np.int32)),
            "jumlah_anggota": pa.array(hh.size[rows].astype(np.int32)),
            "ppks": _ppks_text(hh.ppks[rows]),
        }
        for bit, prog in enumerate(_PROGRAMS):
            got = pa.array((hh.programs[rows] >> bit) & 1 == 1)
            columns[f"penerima_{prog}"] = pc.if_else(got, "Ya", "Tidak")
        columns["nama"] = pc.binary_join_element_wise(
            given.take(pa.array(hh.first_name[rows])),
            second_names,
            " ",
            null_handling="skip",
        )
        columns["nik"] = pc.cast(pa.array(hh.nik[rows]), pa.string())
        columns["no_kk"] = pc.cast(pa.array(hh.no_kk[rows]), pa.string())
        columns["sumber"] = pa.repeat(pa.scalar(HOUSEHOLD_SOURCE), stop - start)
        columns["tanggal_data"] = pa.repeat(pa.scalar(SNAPSHOT_DATE), stop - start)
        columns["geom"] = _wkb_points(hh.xy[xy_start[start] : xy_start[stop]], hh.has_xy[rows])
        yield pa.record_batch(columns, schema=_HOUSEHOLD_SCHEMA)
        report(0.5 + 0.35 * stop / max(n, 1), "Menulis rumah tangga")


# ---------------------------------------------------------------------------
# Social-welfare resources (PSKS, PKH facilitators, civil-servant mentors)
# ---------------------------------------------------------------------------

# Households one resource can serve (low, high). A civil servant mentors one family.
_CAPACITY = {
    1: (40, 80),
    2: (20, 50),
    3: (50, 150),
    4: (20, 120),
    5: (30, 80),
    6: (100, 250),
    7: (5, 15),
    8: (20, 40),
    9: (100, 300),
    10: (300, 800),
    11: (30, 80),
    12: (50, 500),
    13: (200, 300),
    14: (1, 1),
}
# Count in the default province (390 villages) for kinds placed by weight; where
# they tend to be: "town" (kelurahan), "coast", or "any".
_PLACED = {
    14: (260, "town"),
    3: (40, "coast"),
    4: (25, "town"),
    1: (15, "town"),
    8: (30, "any"),
    9: (10, "town"),
    7: (20, "any"),
    11: (40, "any"),
    12: (15, "town"),
}
_INSTITUTION_WORDS = ("Bina", "Tunas", "Harapan", "Cahaya", "Karya", "Mitra", "Sinar", "Pelita")
_INSTITUTION_NOUNS = ("Muda", "Bangsa", "Sejahtera", "Mandiri", "Bersama", "Kasih", "Peduli")


def _institution_name(kind: int, village: str, kab: str, names: _Names, rng) -> str:
    """Made-up institution names; persons (kinds 1-3, 8-10, 13, 14) get none."""
    word = _INSTITUTION_WORDS[int(rng.integers(len(_INSTITUTION_WORDS)))]
    noun = _INSTITUTION_NOUNS[int(rng.integers(len(_INSTITUTION_NOUNS)))]
    if kind == 4:
        form = ("Yayasan", "Panti Sosial", "LKS")[int(rng.integers(3))]
        return f"{form} {word} {noun} {village}"
    if kind == 5:
        return f"Karang Taruna {word} {noun} {village}"
    if kind == 6:
        return f"LK3 {kab}"
    if kind == 7:
        return f"Keluarga Pioner {village}"
    if kind == 11:
        return f"WKSBM {village}"
    if kind == 12:
        return f"PT {names.core()} {noun}"
    return ""


def _make_psks(rng, geo: _Geography, st: _Settlements, names: _Names, pkh_per_village, disaster):
    """Resource table: kind, village, capacity, institution name and location."""
    n_vill = len(geo.code)
    scale = n_vill / 390
    kinds, villages = [], []

    def add(kind: int, where: np.ndarray) -> None:
        kinds.append(np.full(len(where), kind))
        villages.append(np.asarray(where, dtype=np.int64))

    add(10, geo.kec_centre)  # one TKSK per kecamatan, at its centre
    add(6, geo.kab_seat)  # one LK3 per kabupaten/kota, at the seat
    add(5, np.flatnonzero(rng.random(n_vill) < 0.95))  # Karang Taruna
    add(2, np.repeat(np.arange(n_vill), rng.poisson(1.5, n_vill)))  # PSM
    n_pkh = round(pkh_per_village.sum() / 250)
    if n_pkh:
        # One facilitator per ~250 PKH families, where those families live.
        p = pkh_per_village / pkh_per_village.sum()
        add(13, np.repeat(np.arange(n_vill), rng.multinomial(n_pkh, p)))
    weights = {
        "town": np.where(geo.kelurahan, 8.0, 1.0),
        "coast": np.where(disaster, 10.0, np.where(geo.coastal, 3.0, 1.0)),
        "any": np.ones(n_vill),
    }
    for kind, (count, where) in _PLACED.items():
        w = weights[where]
        add(kind, np.repeat(np.arange(n_vill), rng.multinomial(round(count * scale), w / w.sum())))
    kind = np.concatenate(kinds)
    village = np.concatenate(villages)
    order = np.lexsort((kind, village))
    kind, village = kind[order], village[order]

    low = np.array([_CAPACITY[k][0] for k in kind])
    high = np.array([_CAPACITY[k][1] for k in kind])
    capacity = rng.integers(low, high + 1)
    kab_of = geo.kec_kab[geo.kec]
    lembaga = [
        _institution_name(k, geo.name[v], geo.kab_name[kab_of[v]], names, rng)
        for k, v in zip(kind.tolist(), village.tolist())
    ]
    # Offices and homes sit in the settlements like everyone else.
    pick = st.offset[village] + (rng.random(len(village)) * st.count[village]).astype(np.int64)
    xy = _clustered_points(geo.geoms, village, st.xy[pick], st.sigma[village], rng)
    width = max(5, len(str(len(kind))))
    return {
        "id_psks": [f"DEMO-PSKS-{i:0{width}d}" for i in range(1, len(kind) + 1)],
        "jenis": kind.astype(np.int32),
        "jenis_nama": [RESOURCE_TYPES[k] for k in kind.tolist()],
        "nama_lembaga": lembaga,
        "kode_desa": geo.code[village],
        "kapasitas": capacity.astype(np.int32),
        "sumber": [SOURCE_LABEL] * len(kind),
    }, xy


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------


def _layer_options(what: str) -> dict:
    return {"DESCRIPTION": f"{what} - {PROVINCE_NAME} - {SOURCE_LABEL}"}


def _metadata(seed: int) -> dict:
    return {
        "sumber": SOURCE_LABEL,
        "provinsi": PROVINCE_NAME,
        "kode_provinsi": PROVINCE_CODE,
        "seed": str(seed),
    }


def _wkb(geoms: np.ndarray) -> pa.Array:
    return pa.array(shapely.to_wkb(geoms), pa.binary())


def _write(table: pa.Table | pa.RecordBatchReader, path: Path, layer: str, kind: str, meta):
    pyogrio.write_arrow(
        table,
        path,
        layer=layer,
        driver="GPKG",
        geometry_name="geom",
        geometry_type=kind,
        crs="EPSG:4326",
        layer_options=_layer_options(layer),
        layer_metadata=meta,
    )


def _write_regions(geo: _Geography, path: Path, meta: dict) -> None:
    kab_of = geo.kec_kab[geo.kec]
    rep = np.round(geo.rep, 6)
    desa = pa.table(
        {
            "kode_desa": geo.code,
            "kode_dotted": [f"{c[:2]}.{c[2:4]}.{c[4:6]}.{c[6:]}" for c in geo.code],
            "nama_desa": geo.name,
            "jenis": np.where(geo.kelurahan, "Kelurahan", "Desa"),
            "kode_kec": geo.kec_code[geo.kec],
            "kecamatan": geo.kec_name[geo.kec],
            "kode_kab": geo.kab_code[kab_of],
            "kabupaten": geo.kab_name[kab_of],
            "lat": rep[:, 1],
            "lng": rep[:, 0],
            "sumber": [SOURCE_LABEL] * len(geo.code),
            "geom": _wkb(geo.geoms),
        }
    )
    _write(desa, path, "desa", "MultiPolygon", meta)

    kec_geoms = _to_multipolygons(
        np.array([shapely.union_all(geo.geoms[geo.kec == j]) for j in range(len(geo.kec_code))])
    )
    kec_rep = np.round(shapely.get_coordinates(shapely.point_on_surface(kec_geoms)), 6)
    kecamatan = pa.table(
        {
            "kode_kec": geo.kec_code,
            "kecamatan": geo.kec_name,
            "kode_kab": geo.kab_code[geo.kec_kab],
            "kabupaten": geo.kab_name[geo.kec_kab],
            "lat": kec_rep[:, 1],
            "lng": kec_rep[:, 0],
            "sumber": [SOURCE_LABEL] * len(geo.kec_code),
            "geom": _wkb(kec_geoms),
        }
    )
    _write(kecamatan, path, "kecamatan", "MultiPolygon", meta)

    kab_geoms = _to_multipolygons(
        np.array([shapely.union_all(kec_geoms[geo.kec_kab == k]) for k in range(len(geo.kab_code))])
    )
    kab_rep = np.round(shapely.get_coordinates(shapely.point_on_surface(kab_geoms)), 6)
    kabupaten = pa.table(
        {
            "kode_kab": geo.kab_code,
            "kabupaten": geo.kab_name,
            "lat": kab_rep[:, 1],
            "lng": kab_rep[:, 0],
            "sumber": [SOURCE_LABEL] * len(geo.kab_code),
            "geom": _wkb(kab_geoms),
        }
    )
    _write(kabupaten, path, "kabupaten", "MultiPolygon", meta)


def _write_psks(columns: dict, xy: np.ndarray, path: Path, meta: dict) -> None:
    table = pa.table(
        {
            **columns,
            "geom": _wkb_points(xy, np.ones(len(xy), dtype=bool)),
        }
    )
    _write(table, path, "psks", "Point", meta)


def _write_households(hh, geo, st, path: Path, meta: dict, report: _Reporter) -> None:
    stop: list[BaseException] = []

    def guarded() -> Iterator[pa.RecordBatch]:
        # An exception raised inside the stream reaches pyogrio as a generic
        # Arrow error; remember the real one to re-raise it.
        try:
            yield from _household_batches(hh, geo, st, report)
        except BaseException as exc:
            stop.append(exc)
            raise

    reader = pa.RecordBatchReader.from_batches(_HOUSEHOLD_SCHEMA, guarded())
    try:
        _write(reader, path, "rumah_tangga", "Point", meta)
    except Exception:
        if stop:
            raise stop[0] from None
        raise


def _remove(path: Path) -> None:
    for p in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------


def generate_demo(
    out_dir: str | os.PathLike,
    households: int = 65_000,
    seed: int = 2025,
    villages: int = 390,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    overwrite: bool = False,
) -> DemoPaths:
    """Generate the synthetic demo province as three GeoPackages.

    Parameters
    ----------
    out_dir
        Folder to write into (created if missing).
    households
        Number of households in the register (``rumah_tangga``).
    seed
        Seed of every random draw: the same seed (and sizes) gives the same
        attribute values and geometries. The boundaries depend only on
        ``seed`` and ``villages``.
    villages
        Number of villages (desa + kelurahan), at least 40. Kecamatan and PSKS
        counts scale with it; there are always 6 kabupaten and one kota, with at
        most 99 kecamatan each.
    progress
        Optional ``progress(fraction, message)`` callback, fraction in 0..1.
    cancelled
        Optional callable polled between steps; when it returns True the job
        stops, removes its temporary files and raises
        :class:`gis.errors.Cancelled`.
    overwrite
        Replace existing files of the same names. Without it an existing file
        raises :class:`FileExistsError` before anything is computed.

    Returns
    -------
    DemoPaths
        Paths of ``wilayah_demo.gpkg`` (layers ``desa``, ``kecamatan``,
        ``kabupaten``), ``rumah_tangga_demo.gpkg`` (layer ``rumah_tangga``) and
        ``psks_demo.gpkg`` (layer ``psks``), all EPSG:4326.

    Raises
    ------
    FileExistsError
        A target file exists and ``overwrite`` is False.
    ValueError
        ``households`` is negative or ``villages`` is below 40.
    gis.errors.Cancelled
        ``cancelled()`` returned True.

    Notes
    -----
    Files are written under temporary names in ``out_dir`` and renamed only
    when all three are complete, so a crash or a cancel leaves no half file.
    """
    if households < 0 or villages < MIN_VILLAGES:
        raise DemoSizeError(
            f"demo needs >= {MIN_VILLAGES} villages and >= 0 households",
            code="demo_size",
            villages=villages,
            households=households,
            minimum=MIN_VILLAGES,
        )
    out = Path(out_dir)
    paths = DemoPaths(out / VILLAGE_FILE, out / HOUSEHOLD_FILE, out / PSKS_FILE)
    targets = (paths.villages, paths.households, paths.psks)

    def refuse_existing() -> None:
        # OutputExists is a FileExistsError that names the file (not errno 17)
        check_targets(targets, overwrite)

    with writing(out):
        out.mkdir(parents=True, exist_ok=True)
    refuse_existing()
    report = _Reporter(progress, cancelled)
    report(0.0, "Membuat provinsi demo")

    # Independent streams: the map does not change with the number of households.
    geo_seq, names_seq, hh_seq, psks_seq = np.random.SeedSequence([seed, 2025_0930]).spawn(4)
    geo_rng = np.random.default_rng(geo_seq)
    geo = _build_geography(geo_rng, int(villages), report)
    names = _Names(np.random.default_rng(names_seq))
    names.reserve(geo.name.tolist())
    st = _settlements(geo_rng, geo, names)
    hh, disaster = _make_households(
        np.random.default_rng(hh_seq), geo, st, names, int(households), report
    )
    pkh = np.bincount(hh.village, weights=(hh.programs & 1).astype(float), minlength=len(geo.code))
    psks, psks_xy = _make_psks(np.random.default_rng(psks_seq), geo, st, names, pkh, disaster)

    temps = [out / f".{t.stem}.{os.getpid()}.partial.gpkg" for t in targets]
    meta = _metadata(seed)
    try:
        for tmp in temps:
            _remove(tmp)
        with _worded(targets[0]):
            _write_regions(geo, temps[0], meta)
        report(0.5, "Menulis rumah tangga")
        with _worded(targets[1]):
            _write_households(hh, geo, st, temps[1], meta, report)
        del hh
        with _worded(targets[2]):
            _write_psks(psks, psks_xy, temps[2], meta)
        report(0.97, "Menyimpan berkas")
        report.check()  # last chance: after the renames the job is done
        refuse_existing()
        with writing(targets[0]):
            for tmp, target in zip(temps, targets):
                os.replace(tmp, target)
    except BaseException:
        for tmp in temps:
            _remove(tmp)
        raise
    report.done("Selesai")
    return paths


@contextlib.contextmanager
def _worded(target: Path) -> Iterator[None]:
    """GDAL's errors (disk full...) name the temporary file in English: say it of ``target``."""
    try:
        with writing(target):
            yield
    except RuntimeError as exc:
        raise OutputError(code="output_failed", path=target, reason="system") from exc
