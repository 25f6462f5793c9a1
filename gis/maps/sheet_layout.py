"""Map sheets for meetings, described in millimetres on paper (no Qt).

A planner brings printed maps to a budget meeting, and a sheet that lacks
its scale, its sources or its date is not accepted as evidence. The sheet
follows the thematic-map conventions of Perka BIG 3/2016 as DOMAIN.md lists
them: title (theme, area, year; capitals), subtitle (scenario, date), a map
in a frame with a geographic grid, legend with class rules and "tidak ada
data", numeric scale and scale bar, north arrow, locator inset, projection
and datum, sources with snapshot dates, agency and logo, edition and print
date, the privacy line, and optionally a summary table.

This module only computes *where everything goes*: :func:`compose` returns
a :class:`SheetLayout`, a list of items with rectangles in millimetres from
the top-left corner of the paper, and map geometries already transformed to
paper millimetres. ``widgets.output.sheet_render`` paints that on a PDF, an image
or a printer without deciding anything, so the layout is testable without
Qt and the same on every device.

The map is drawn in the UTM zone of its centre (WGS 84; EPSG:32748 for most
of Bangka Belitung). The numeric scale is rounded to a readable number and
the extent widened to match it exactly; the scale bar is measured along the
ground (geodesic on the WGS 84 ellipsoid) at the map's centre latitude, so
it stays right wherever the zone's scale factor differs from one. The north
arrow points to true north (UTM grid north differs by the convergence).

Privacy: by default the map shows village aggregates, zones and PSKS only.
Household points appear only when ``SheetSpec.show_households`` is set, and
the sheet then carries a warning instead of the privacy line.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np
import shapely

from gis.errors import Cancelled
from gis.maps.classify import Classes, classify
from gis.maps.mapdata import MapData, tanggal
from gis.maps.sheet_zones import zone_legend_label, zone_summary_rows, zone_table
from gis.model.filter_text import desil_words
from gis.model.indicators import INDICATORS, compute
from gis.model.unknowns import UNKNOWN, persons_parts
from gis.numbers import format_number

PAPER_MM = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}
ORIENTATIONS = {"landscape": "Lanskap", "portrait": "Potret"}
SERIES_LEVELS = {"kecamatan": "Kecamatan", "desa": "Desa/Kelurahan"}

PRIVACY_LINE = "Data agregat; tidak memuat data pribadi"
HOUSEHOLD_WARNING = (
    "PERHATIAN: memuat lokasi rumah tangga (data pribadi, UU 27/2022). "
    "Hanya untuk keperluan dinas; jangan disebarluaskan."
)

# colours of the fixed map symbols
SEA = "#d9e8f5"
OUTSIDE_FILL = "#ebebe6"
VILLAGE_LINE = "#9a9a9a"
KEC_LINE = "#555555"
KAB_LINE = "#222222"
ZONE_LINE = "#1b4f9c"
PSKS_FILL = "#1b7837"
HOUSEHOLD_DOT = "#3b0f70"
GRID_LINE = "#7f7f7f"
ACCENT = "#b2182b"

MM_PER_PT = 25.4 / 72


# ---------------------------------------------------------------------------
# Items: what the renderer paints
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Rect:
    """A rectangle in millimetres from the paper's top-left corner."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def inset(self, d: float) -> Rect:
        return Rect(self.x + d, self.y + d, self.w - 2 * d, self.h - 2 * d)

    def contains(self, other: Rect, tol: float = 0.01) -> bool:
        return (
            other.x >= self.x - tol
            and other.y >= self.y - tol
            and other.right <= self.right + tol
            and other.bottom <= self.bottom + tol
        )

    def overlaps(self, other: Rect, tol: float = 0.01) -> bool:
        return not (
            other.x >= self.right - tol
            or other.right <= self.x + tol
            or other.y >= self.bottom - tol
            or other.bottom <= self.y + tol
        )


@dataclass(frozen=True)
class TextItem:
    """Lines of text, already wrapped; ``size_pt`` in typographic points."""

    rect: Rect
    lines: tuple[str, ...]
    size_pt: float
    bold: bool = False
    italic: bool = False
    align: str = "left"  # left | center | right
    color: str = "#000000"
    role: str = ""  # title, subtitle, source, privacy, ... (for tests and styling)

    @property
    def text(self) -> str:
        return " ".join(self.lines)


@dataclass(frozen=True)
class BoxItem:
    """A rectangle outline (and optional fill); widths in millimetres."""

    rect: Rect
    line_mm: float = 0.2
    color: str = "#000000"
    fill: str | None = None


@dataclass(frozen=True)
class LineItem:
    """A straight line on the paper."""

    x0: float
    y0: float
    x1: float
    y1: float
    line_mm: float = 0.2
    color: str = "#000000"


@dataclass(frozen=True)
class PolygonLayer:
    """Polygons in paper mm; ``fills`` one colour per geometry or None for outline only."""

    geoms: np.ndarray
    fills: tuple[str, ...] | None = None
    line_color: str | None = None
    line_mm: float = 0.1
    fill_alpha: float = 1.0
    dash: bool = False
    name: str = ""


@dataclass(frozen=True)
class PointLayer:
    """Point symbols in paper mm (few: PSKS, not households)."""

    x: np.ndarray
    y: np.ndarray
    size_mm: float = 1.2
    fill: str = PSKS_FILL
    line_color: str = "#ffffff"
    shape: str = "triangle"  # triangle | circle | square
    name: str = ""


@dataclass(frozen=True)
class DotLayer:
    """Dense points (households): painted as a raster image at ``dpi``."""

    x: np.ndarray
    y: np.ndarray
    color: str = HOUSEHOLD_DOT
    dpi: int = 200
    name: str = ""


@dataclass(frozen=True)
class LabelLayer:
    """Place names in paper mm, with a white halo."""

    x: np.ndarray
    y: np.ndarray
    texts: tuple[str, ...]
    size_pt: float = 6.0
    bold: bool = False
    color: str = "#202020"
    name: str = ""


@dataclass(frozen=True)
class GridLabel:
    text: str
    x: float
    y: float
    side: str  # top | bottom | left | right


@dataclass(frozen=True)
class MapItem:
    """A map frame: background, layers (paper mm) clipped to ``rect``, grid, border."""

    rect: Rect
    layers: tuple
    background: str = SEA
    grid_lines: tuple[np.ndarray, ...] = ()
    grid_labels: tuple[GridLabel, ...] = ()
    grid_size_pt: float = 6.0
    border_mm: float = 0.35
    role: str = "map"


@dataclass(frozen=True)
class LegendEntry:
    kind: str  # fill | line | dashline | point | dots | zone
    label: str
    color: str
    line_color: str | None = None


@dataclass(frozen=True)
class LegendItem:
    rect: Rect
    title_lines: tuple[str, ...]
    subtitle: str
    entries: tuple[LegendEntry, ...]
    size_pt: float
    row_mm: float
    note_lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class ScaleBarItem:
    """Numeric scale text above a bar of alternating segments."""

    rect: Rect
    numeric: str
    bar_x: float
    bar_y: float
    bar_h: float
    segments: tuple[float, ...]  # x positions (mm) of segment edges
    labels: tuple[tuple[float, str], ...]
    unit: str
    size_pt: float


@dataclass(frozen=True)
class NorthArrowItem:
    rect: Rect
    angle_deg: float  # clockwise from paper up to true north
    size_pt: float


@dataclass(frozen=True)
class TableItem:
    rect: Rect
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    col_fracs: tuple[float, ...]
    size_pt: float
    row_mm: float
    bold_rows: tuple[int, ...] = ()


@dataclass(frozen=True)
class ImageItem:
    """A picture (the agency logo); ``path`` None means the placeholder logo."""

    rect: Rect
    path: str | None = None


@dataclass
class SheetLayout:
    """Everything on one sheet, in paper millimetres."""

    paper: str
    orientation: str
    width_mm: float
    height_mm: float
    items: list
    title: str = ""
    unit_code: str = ""
    scale: int = 0
    epsg: int = 0
    extent: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    classes: Classes | None = None
    summary: dict = field(default_factory=dict)
    zone_names: list = field(default_factory=list)

    def find(self, kind: type, role: str | None = None) -> list:
        """Items of one type (and role, for text and maps)."""
        return [
            it
            for it in self.items
            if isinstance(it, kind) and (role is None or getattr(it, "role", None) == role)
        ]

    def texts(self) -> list[str]:
        """All words printed on the sheet (for tests and search)."""
        out = []
        for it in self.items:
            if isinstance(it, TextItem):
                out.append(it.text)
            elif isinstance(it, LegendItem):
                out.extend([*it.title_lines, it.subtitle, *(e.label for e in it.entries)])
                out.extend(it.note_lines)
            elif isinstance(it, TableItem):
                out.append(it.title)
                out.extend(" ".join(r) for r in it.rows)
            elif isinstance(it, ScaleBarItem):
                out.append(it.numeric)
        return out


# ---------------------------------------------------------------------------
# What the planner chooses
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SheetSpec:
    """Choices of one sheet (or of every sheet of a series).

    Attributes
    ----------
    paper, orientation
        ``"A4"`` / ``"A3"``; ``"landscape"`` / ``"portrait"``.
    indicator
        Key of :data:`gis.model.indicators.INDICATORS` coloured per village.
    method, classes, palette
        Classification (see :func:`gis.maps.classify.classify`).
    theme
        Title theme; the indicator's title when "".
    year
        Year in the title; the register's snapshot year when None.
    subtitle_date
        Date in the subtitle (ISO text); today when "".
    agency, agency_detail
        Agency name (and a second line, e.g. the address) beside the logo.
    logo
        Path of a PNG/JPG/SVG logo; None prints the neutral placeholder.
    edition
        Edition text, e.g. ``"Edisi 1"``.
    print_date
        Print date (ISO text); today when "".
    show_households
        Draw household points (personal data): off by default.
    show_psks, show_zones, summary
        PSKS symbols, intervention zones, summary table.
    psks_max_points
        Above this many PSKS on one sheet their symbols would hide the
        choropleth: they are left out and the legend says so (the series
        sheets and the PSKS indicator show them).
    """

    paper: str = "A4"
    orientation: str = "landscape"
    indicator: str = "desil_1_4"
    method: str = "quantile"
    classes: int = 5
    palette: str = "YlOrRd"
    theme: str = ""
    year: int | None = None
    subtitle_date: str = ""
    agency: str = "DINAS SOSIAL"
    agency_detail: str = ""
    logo: str | None = None
    edition: str = "Edisi 1"
    print_date: str = ""
    show_households: bool = False
    show_psks: bool = True
    show_zones: bool = True
    summary: bool = True
    psks_max_points: int = 1500

    def __post_init__(self):
        if self.paper not in PAPER_MM:
            raise ValueError(f"paper must be one of {', '.join(PAPER_MM)}")
        if self.orientation not in ORIENTATIONS:
            raise ValueError("orientation must be 'landscape' or 'portrait'")
        if self.indicator not in INDICATORS:
            raise ValueError(f"unknown indicator {self.indicator!r}")

    @property
    def size_mm(self) -> tuple[float, float]:
        w, h = PAPER_MM[self.paper]
        return (h, w) if self.orientation == "landscape" else (w, h)


@dataclass(frozen=True)
class Focus:
    """One unit of a series: a kecamatan or a village (index into its level)."""

    level: str  # kecamatan | desa
    index: int


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


# ---------------------------------------------------------------------------
# Composition
# ---------------------------------------------------------------------------


@dataclass
class _Block:
    """A piece of the information panel: its height for a width, and how to place it."""

    name: str
    height: Callable[[float], float]
    place: Callable[[float, float, float], list]
    flexible: bool = False
    bottom: bool = False  # sits at the foot of its column


def _fmt_int(n) -> str:
    return format_number(int(n), 0)


def _rupiah(value: float) -> str:
    if abs(value) >= 1e9:
        return f"Rp {format_number(value / 1e9, 2)} M"
    if abs(value) >= 1e6:
        return f"Rp {format_number(value / 1e6, 1)} jt"
    return f"Rp {format_number(value, 0)}"


def summary_rows(data: MapData, hh_mask: np.ndarray | None, psks_mask=None) -> dict:
    """Tallies for the summary table: households and persons per desil 1-4, gaps, PSKS."""
    t = data.households
    out: dict = {}
    if t is None:
        return out
    sel = np.ones(len(t), dtype=bool) if hh_mask is None else hh_mask
    d = np.bincount(t.desil[sel], minlength=11)
    p = np.bincount(t.desil[sel], weights=t.members[sel], minlength=11)
    # households without a size add no persons; they are counted, never shown as 0 jiwa
    u = np.bincount(t.desil[sel & (t.members <= 0)], minlength=11)
    out["desil"] = {k: (int(d[k]), int(p[k])) for k in range(1, 5)}
    out["desil_1_4"] = (int(d[1:5].sum()), int(p[1:5].sum()))
    out["unknown_size"] = {k: int(u[k]) for k in range(1, 5)}
    out["unknown_size_1_4"] = int(u[1:5].sum())
    d12 = sel & ((t.desil == 1) | (t.desil == 2))
    # None: the register says nothing about any program of these households
    known = d12 & ~t.programs_unknown()
    out["d12_no_aid"] = int((d12 & t.received_nothing()).sum()) if known.any() else None
    out["programs_not_carried"] = list(t.missing_programs())
    out["d12"] = int(d12.sum())
    if data.psks is not None:
        pm = data.psks.is_psks if psks_mask is None else (psks_mask & data.psks.is_psks)
        out["psks"] = int(pm.sum())
    if data.cost is not None:
        out["cost"] = float(data.cost)
    if data.budget is not None:
        out["budget"] = float(data.budget)
    return out


def _keeps(flt, desil: int) -> bool:
    """True when filter ``flt`` keeps households of ``desil`` (an empty desil list keeps all)."""
    return not flt.desil or desil in flt.desil


def _focus_name(data: MapData, focus: Focus | None) -> str:
    v = data.villages
    if focus is None:
        return data.area
    if focus.level == "kecamatan":
        kab = v.kabupaten_name(str(v.kec_codes[focus.index])[:4])
        return f"Kecamatan {v.kec_names[focus.index]}" + (f", {kab}" if kab else "")
    kec_i = int(v.kec_index[focus.index])
    kind = "Kelurahan" if str(v.codes[focus.index])[6] == "1" else "Desa"
    return f"{kind} {v.names[focus.index]}, Kecamatan {v.kec_names[kec_i]}"


def _focus_villages(data: MapData, focus: Focus | None) -> np.ndarray:
    v = data.villages
    if focus is None:
        return np.ones(len(v), dtype=bool)
    if focus.level == "kecamatan":
        return v.kec_index == focus.index
    out = np.zeros(len(v), dtype=bool)
    out[focus.index] = True
    return out


def compose(
    spec: SheetSpec,
    data: MapData,
    focus: Focus | None = None,
    classes: Classes | None = None,
    today: date | None = None,
) -> SheetLayout:
    """Lay out one sheet.

    Parameters
    ----------
    spec
        The planner's choices.
    data
        What to draw.
    focus
        One kecamatan or village (a page of a series); the whole area when None.
    classes
        Classes to reuse (a series keeps one set of breaks on every page so
        colours compare); computed from all villages when None.
    today
        Print date when ``spec.print_date`` is "" (tests pass a fixed one).

    Returns
    -------
    SheetLayout
    """
    today = today or date.today()
    indicator = (
        compute(spec.indicator, data.households, data.mask, data.psks, flt=data.filter)
        if (data.households is not None)
        else None
    )
    values = indicator.values if indicator is not None else np.full(len(data.villages), np.nan)
    if classes is None:
        classes = classify(values, spec.method, spec.classes, spec.palette)
    in_focus = _focus_villages(data, focus)
    page_classes = classes.apply(np.where(in_focus, values, np.nan))
    page_classes = replace(
        page_classes, no_data_count=int((page_classes.class_index < 0)[in_focus].sum())
    )
    scale_up = 1.0 if spec.paper == "A4" else 1.25
    # the zone table gives way (to fewer rows, two summary rows, the legend line) before the fonts
    # shrink: zones never make a sheet's text smaller than it would be without them
    modes = ("full", "compact", "rows", "legend", "")
    tries = [(a, mode) for a in range(5) for mode in modes]
    for attempt, zones_table in tries:
        layout = _compose_once(
            spec,
            data,
            focus,
            classes,
            page_classes,
            indicator,
            in_focus,
            today,
            scale_up,
            attempt,
            zones_table=zones_table,
        )
        if layout is not None:
            return layout
    raise RuntimeError("sheet layout does not fit the paper")  # pragma: no cover


def _compose_once(
    spec,
    data,
    focus,
    classes,
    page_classes,
    indicator,
    in_focus,
    today,
    scale_up,
    attempt,
    zones_table="full",
) -> SheetLayout | None:
    page_w, page_h = spec.size_mm
    margin = 8.0 if spec.paper == "A4" else 10.0
    fs = scale_up * (0.92**attempt)  # font scale; shrinks when the panel overflows
    neat = Rect(margin, margin, page_w - 2 * margin, page_h - 2 * margin)
    items: list = [BoxItem(neat, 0.5)]
    landscape = spec.orientation == "landscape"
    grid_pad = 4.8 * max(1.0, fs)
    gap = 3.0

    # --- texts that do not depend on the frame
    theme = spec.theme or (indicator.title if indicator is not None else "Batas wilayah")
    year = spec.year or data.snapshot_year()
    place = _focus_name(data, focus)
    title = f"PETA {theme} {place} tahun {year}".upper()
    sub_date = tanggal(spec.subtitle_date or today)
    subtitle = (
        f"Skenario: {data.scenario}" if data.scenario else "Tanpa skenario"
    ) + f" · Filter: {data.filter_text()} · {sub_date}"

    # --- map frame
    v = data.villages
    any_poly = v.has_polygon
    centre_src = (
        v.bounds[in_focus & any_poly] if (in_focus & any_poly).any() else v.bounds[any_poly]
    )
    if len(centre_src) == 0:
        lon_c, lat_c = 117.0, -2.5
        bounds_ll = (110.0, -6.0, 124.0, 1.0)
    else:
        bounds_ll = (
            float(np.nanmin(centre_src[:, 0])),
            float(np.nanmin(centre_src[:, 1])),
            float(np.nanmax(centre_src[:, 2])),
            float(np.nanmax(centre_src[:, 3])),
        )
        lon_c, lat_c = (bounds_ll[0] + bounds_ll[2]) / 2, (bounds_ll[1] + bounds_ll[3]) / 2
    epsg = utm_epsg(lon_c, lat_c)
    vill_utm, vill_b = _utm_layer(data, "villages", epsg)
    fb = vill_b[in_focus]
    fb = fb[~np.isnan(fb[:, 0])]
    if len(fb):
        bounds_utm = (fb[:, 0].min(), fb[:, 1].min(), fb[:, 2].max(), fb[:, 3].max())
    else:
        e, n = project_xy(epsg, [bounds_ll[0], bounds_ll[2]], [bounds_ll[1], bounds_ll[3]])
        bounds_utm = (e[0], n[0], e[1], n[1])
    hh_mask = data.mask
    hh_in_area = None
    if data.households is not None:
        lut = np.concatenate([in_focus, [False]])
        idx = data.households.village
        hh_in_area = lut[np.where(idx >= 0, idx, len(in_focus))]
        if focus is None:
            hh_in_area = hh_in_area | (idx < 0)
        if hh_mask is not None:
            hh_in_area = hh_in_area & hh_mask
    psks_in_area = None
    if data.psks is not None:
        pv = data.psks.village
        lut = np.concatenate([in_focus, [False]])
        psks_in_area = lut[np.where(pv >= 0, pv, len(in_focus))]
    n_psks = int((psks_in_area & data.psks.is_psks).sum()) if psks_in_area is not None else 0
    draw_psks = spec.show_psks and data.psks is not None and n_psks <= spec.psks_max_points

    title_block_in_panel = landscape
    # --- information panel blocks
    blocks: list[_Block] = []
    pad = 2.5
    if title_block_in_panel:
        tsize, ssize = 12.5 * fs, 8.5 * fs

        def t_h(w):
            return (
                2 * pad
                + len(wrap(title, w - 2 * pad, tsize, True)) * line_mm(tsize)
                + 1
                + line_mm(ssize) * len(wrap(subtitle, w - 2 * pad, ssize))
            )

        def t_place(x, y, w):
            tl = wrap(title, w - 2 * pad, tsize, True)
            sl = wrap(subtitle, w - 2 * pad, ssize)
            th = len(tl) * line_mm(tsize)
            return [
                TextItem(
                    Rect(x + pad, y + pad, w - 2 * pad, th),
                    tuple(tl),
                    tsize,
                    True,
                    align="center",
                    role="title",
                ),
                TextItem(
                    Rect(x + pad, y + pad + th + 1, w - 2 * pad, len(sl) * line_mm(ssize)),
                    tuple(sl),
                    ssize,
                    align="center",
                    role="subtitle",
                ),
            ]

        blocks.append(_Block("judul", t_h, t_place))

    # north arrow + scale
    nsize = 7.5 * fs

    def ns_h(w):
        return 2 * pad + max(16.0 * fs, line_mm(nsize) * 2 + 9 * fs)

    def ns_place(x, y, w):
        h = ns_h(w)
        arrow_w = 12.0 * fs
        cx = (frame.extent[0] + frame.extent[2]) / 2
        cy = (frame.extent[1] + frame.extent[3]) / 2
        north = convergence_deg(epsg, cx, cy)
        out = [NorthArrowItem(Rect(x + pad, y + pad, arrow_w, h - 2 * pad), north, nsize)]
        bx = x + pad + arrow_w + 4
        bw_max = w - (bx - x) - pad - 4
        grid_per_km = ground_metres(epsg, cx, cy, 1000.0)  # grid metres per ground km
        mm_per_km = grid_per_km / frame.mpm
        length_km = _nice_length(bw_max / mm_per_km)
        bar_mm = length_km * mm_per_km
        n_seg = 4 if bar_mm > 24 else 2
        edges = tuple(bx + bar_mm * i / n_seg for i in range(n_seg + 1))
        labels = (
            (edges[0], "0"),
            (edges[n_seg // 2], _km(length_km / 2)),
            (edges[-1], _km(length_km)),
        )
        out.append(
            ScaleBarItem(
                Rect(bx, y + pad, w - (bx - x) - pad, h - 2 * pad),
                f"Skala 1:{format_number(frame.scale, 0)}",
                bx,
                y + pad + line_mm(nsize) + 2.0,
                2.0 * fs,
                edges,
                labels,
                "km",
                nsize,
            )
        )
        return out

    blocks.append(_Block("skala", ns_h, ns_place))

    # legend
    lsize = 7.2 * fs
    entries = [
        LegendEntry("fill", f"{lab} ({n} desa)", col) for lab, col, n in page_classes.legend(False)
    ]
    entries.append(
        LegendEntry(
            "fill",
            f"{classes.no_data_label} ({page_classes.no_data_count} desa)",
            classes.no_data_color,
        )
    )
    if focus is not None:
        entries.append(LegendEntry("fill", "di luar wilayah lembar ini", OUTSIDE_FILL))
    entries.append(LegendEntry("line", "Batas kabupaten/kota", KAB_LINE))
    entries.append(LegendEntry("dashline", "Batas kecamatan", KEC_LINE))
    entries.append(LegendEntry("line", "Batas desa/kelurahan", VILLAGE_LINE))
    if spec.show_zones and data.zones:
        zlabel = zone_legend_label(data) if zones_table == "legend" else "Zona intervensi"
        entries.append(LegendEntry("zone", zlabel, ZONE_LINE, ZONE_LINE))
    if draw_psks:
        entries.append(LegendEntry("point", "PSKS (12 jenis)", PSKS_FILL))
    if spec.show_households and data.households is not None:
        entries.append(LegendEntry("dots", "Rumah tangga (titik)", HOUSEHOLD_DOT))
    unit = f" ({indicator.unit})" if indicator is not None else ""
    legend_title = f"{indicator.title if indicator is not None else theme}{unit}"
    method_label = {
        "quantile": "kuantil",
        "equal": "interval sama",
        "jenks": "jeda alami (Jenks)",
        "manual": "batas manual",
    }[classes.method]
    legend_sub = (
        f"per desa, {classes.k} kelas {method_label}"
        if classes.k
        else "register rumah tangga tidak dimuat"
    )
    notes = []
    if indicator is not None and indicator.note:
        notes.append(indicator.note)
    if spec.show_psks and data.psks is not None and not draw_psks:
        notes.append(
            f"{format_number(n_psks, 0)} PSKS terlalu padat untuk skala ini dan tidak digambar; "
            "lihat lembar seri per kecamatan."
        )
    if data.households is not None and data.households.approx.any():
        notes.append("Rumah tangga tanpa koordinat dihitung pada desanya.")
    row = line_mm(lsize) * 1.18

    def lg_h(w):
        tl = wrap(legend_title, w - 2 * pad, lsize * 1.1, True)
        nl = sum(len(wrap(n, w - 2 * pad, lsize * 0.9)) for n in notes)
        return (
            2 * pad
            + line_mm(lsize)  # "LEGENDA"
            + len(tl) * line_mm(lsize * 1.1)
            + line_mm(lsize)  # class method line
            + 1
            + len(entries) * row
            + nl * line_mm(lsize * 0.9)
            + (1 if notes else 0)
        )

    def lg_place(x, y, w):
        tl = wrap(legend_title, w - 2 * pad, lsize * 1.1, True)
        nl = [ln for n in notes for ln in wrap(n, w - 2 * pad, lsize * 0.9)]
        return [
            TextItem(
                Rect(x + pad, y + pad, w - 2 * pad, line_mm(lsize)),
                ("LEGENDA",),
                lsize,
                True,
                role="legend-head",
            ),
            LegendItem(
                Rect(
                    x + pad,
                    y + pad + line_mm(lsize),
                    w - 2 * pad,
                    lg_h(w) - 2 * pad - line_mm(lsize),
                ),
                tuple(tl),
                legend_sub,
                tuple(entries),
                lsize,
                row,
                tuple(nl),
            ),
        ]

    blocks.append(_Block("legenda", lg_h, lg_place))

    # summary table
    summary = summary_rows(data, hh_in_area, psks_in_area)
    if spec.summary and summary:
        tsz = 6.8 * fs
        trow = line_mm(tsz) * 1.12
        unknown_size = summary["unknown_size"]

        def persons_cell(hh, pp, unknown) -> str:
            # the count of households without size gets its own row below
            return persons_parts(pp, hh, unknown, fmt=_fmt_int)[0]

        # only the desil the filter keeps: a filtered sheet lists no empty desil rows
        shown = [k for k in summary["desil"] if not data.filter or _keeps(data.filter, k)]
        shown = shown or list(summary["desil"])
        rows = [
            (
                f"Desil {k}",
                _fmt_int(summary["desil"][k][0]),
                persons_cell(*summary["desil"][k], unknown_size[k]),
            )
            for k in shown
        ]
        rows.append(
            (
                f"Jumlah {desil_words(shown)}",
                _fmt_int(summary["desil_1_4"][0]),
                persons_cell(*summary["desil_1_4"], summary["unknown_size_1_4"]),
            )
        )
        bold = [len(rows) - 1]
        if summary["unknown_size_1_4"]:
            rows.append(("RT tanpa jumlah anggota", _fmt_int(summary["unknown_size_1_4"]), "–"))
        no_aid = summary["d12_no_aid"]
        rows.append(
            (
                "Desil 1-2 tanpa program tercatat"
                if summary["programs_not_carried"]
                else "Desil 1-2 tanpa bantuan",
                UNKNOWN if no_aid is None else _fmt_int(no_aid),
                "",
            )
        )
        if "psks" in summary:
            rows.append(("PSKS (orang/lembaga)", _fmt_int(summary["psks"]), ""))
        if "cost" in summary:
            rows.append(("Biaya skenario per tahun", _rupiah(summary["cost"]), ""))
        if "budget" in summary:
            rows.append(("Pagu anggaran", _rupiah(summary["budget"]), ""))
            if "cost" in summary:
                left = summary["budget"] - summary["cost"]
                rows.append(("Sisa pagu" if left >= 0 else "Kekurangan", _rupiah(abs(left)), ""))
        if zones_table == "rows" and spec.show_zones:
            rows.extend(zone_summary_rows(data))
        ttitle = "RINGKASAN " + ("WILAYAH" if focus is None else "LEMBAR INI")
        if data.mask is not None:
            ttitle += " (setelah filter)"

        def tb_h(w):
            return 2 * pad + line_mm(tsz) + trow * (len(rows) + 1)

        def tb_place(x, y, w):
            return [
                TableItem(
                    Rect(x + pad, y + pad, w - 2 * pad, tb_h(w) - 2 * pad),
                    ttitle,
                    ("", "RT", "Jiwa"),
                    tuple(rows),
                    (0.5, 0.27, 0.23),
                    tsz,
                    trow,
                    tuple(bold),
                )
            ]

        blocks.append(_Block("ringkasan", tb_h, tb_place))

    # zone table: own coordinates first, approximate apart, overlaps explained
    zt = (
        zone_table(data, compact=zones_table == "compact")
        if zones_table in ("full", "compact") and spec.summary and spec.show_zones
        else None
    )
    if zt is not None:
        zsz = 6.8 * fs
        zrow = line_mm(zsz) * 1.12

        def zt_h(w):
            return 2 * pad + line_mm(zsz) + zrow * (len(zt.rows) + 1)

        def zt_place(x, y, w):
            return [
                TableItem(
                    Rect(x + pad, y + pad, w - 2 * pad, zt_h(w) - 2 * pad),
                    zt.title,
                    zt.header,
                    zt.rows,
                    zt.col_fracs,
                    zsz,
                    zrow,
                    zt.bold_rows,
                )
            ]

        blocks.append(_Block("zona", zt_h, zt_place))

    # inset
    inset_title = "LOKASI LEMBAR" if focus is not None else "LOKASI WILAYAH"

    def in_h(w):
        return min(max(24.0, (w - 2 * pad) * 0.55), 44.0 * fs) + line_mm(6.5 * fs) + 2 * pad

    def in_place(x, y, w, h=None):
        h = h or in_h(w)
        r = Rect(x + pad, y + pad + line_mm(6.5 * fs), w - 2 * pad, h - 2 * pad - line_mm(6.5 * fs))
        return [
            TextItem(
                Rect(x + pad, y + pad, w - 2 * pad, line_mm(6.5 * fs)),
                (inset_title,),
                6.5 * fs,
                True,
                role="inset-head",
            ),
            _inset(r, data, frame, epsg, focus),
        ]

    blocks.append(_Block("inset", in_h, in_place, flexible=True))

    # projection, sources, privacy, agency
    psize = 6.4 * fs
    proj_text = (
        f"Sistem proyeksi: Transverse Mercator, {utm_name(epsg)}\n"
        f"Datum: WGS 84 (EPSG:{epsg})\n"
        f"Grid geografis dalam derajat dan menit"
    )
    src_text = "Sumber data: " + "; ".join(s.text() for s in data.sources) + "."
    privacy = (
        HOUSEHOLD_WARNING if spec.show_households and data.households is not None else PRIVACY_LINE
    )

    def tx_h(text, size, bold=False):
        return lambda w: 2 * pad + len(wrap(text, w - 2 * pad, size, bold)) * line_mm(size)

    def tx_place(text, size, role, bold=False, color="#000000", italic=False):
        def place_fn(x, y, w):
            lines = wrap(text, w - 2 * pad, size, bold)
            return [
                TextItem(
                    Rect(x + pad, y + pad, w - 2 * pad, len(lines) * line_mm(size)),
                    tuple(lines),
                    size,
                    bold,
                    italic,
                    color=color,
                    role=role,
                )
            ]

        return place_fn

    blocks.append(
        _Block("proyeksi", tx_h(proj_text, psize), tx_place(proj_text, psize, "projection"))
    )
    blocks.append(_Block("sumber", tx_h(src_text, psize), tx_place(src_text, psize, "sources")))
    pcolor = ACCENT if privacy != PRIVACY_LINE else "#000000"
    blocks.append(
        _Block(
            "privasi",
            tx_h(privacy, psize * 1.08, True),
            tx_place(privacy, psize * 1.08, "privacy", True, pcolor),
            bottom=True,
        )
    )

    asize = 7.5 * fs
    agency_lines_text = spec.agency + (f"\n{spec.agency_detail}" if spec.agency_detail else "")
    pdate = tanggal(spec.print_date or today)
    edition = f"{spec.edition} · dicetak {pdate}"
    logo = 13.0 * fs

    def ag_h(w):
        tw = w - 2 * pad - logo - 2
        n = len(wrap(agency_lines_text, tw, asize, True))
        return 2 * pad + max(logo, n * line_mm(asize) + line_mm(psize) + 1)

    def ag_place(x, y, w):
        tw = w - 2 * pad - logo - 2
        lines = wrap(agency_lines_text, tw, asize, True)
        th = len(lines) * line_mm(asize)
        return [
            ImageItem(Rect(x + pad, y + pad, logo, logo), spec.logo),
            TextItem(
                Rect(x + pad + logo + 2, y + pad, tw, th), tuple(lines), asize, True, role="agency"
            ),
            TextItem(
                Rect(x + pad + logo + 2, y + pad + th + 1, tw, line_mm(psize)),
                (edition,),
                psize,
                role="edition",
            ),
        ]

    blocks.append(_Block("instansi", ag_h, ag_place, bottom=True))

    # --- frame rectangle
    if landscape:
        panel_w = 80.0 if spec.paper == "A4" else 104.0
        map_rect = Rect(
            neat.x + grid_pad,
            neat.y + grid_pad,
            neat.w - panel_w - 2 * grid_pad - gap,
            neat.h - 2 * grid_pad,
        )
        panel = Rect(map_rect.right + grid_pad + gap, neat.y, panel_w, neat.h)
    else:
        title_size = 13 * fs
        title_lines = wrap(title, neat.w - 8, title_size, True)
        sub_lines = wrap(subtitle, neat.w - 8, 9 * fs)  # the filter can make it long
        title_h = 4 + len(title_lines) * line_mm(title_size) + len(sub_lines) * line_mm(9 * fs) + 3
        items.append(
            TextItem(
                Rect(neat.x + 4, neat.y + 3, neat.w - 8, len(title_lines) * line_mm(title_size)),
                tuple(title_lines),
                title_size,
                bold=True,
                align="center",
                role="title",
            )
        )
        items.append(
            TextItem(
                Rect(
                    neat.x + 4,
                    neat.y + 3 + len(title_lines) * line_mm(title_size) + 0.5,
                    neat.w - 8,
                    len(sub_lines) * line_mm(9 * fs),
                ),
                tuple(sub_lines),
                9 * fs,
                align="center",
                role="subtitle",
            )
        )
        items.append(LineItem(neat.x, neat.y + title_h, neat.right, neat.y + title_h, 0.3))
        by = {b.name: b for b in blocks}
        columns = _portrait_columns(by)
        col_w = (neat.w - 2.0 * (len(columns) - 1)) / len(columns)
        panel_h = max(sum(b.height(col_w) for b in col) for col in columns)
        panel_h = min(max(panel_h, neat.h * 0.25), neat.h * 0.45)
        panel_h_guess = panel_h
        map_rect = Rect(
            neat.x + grid_pad,
            neat.y + title_h + grid_pad,
            neat.w - 2 * grid_pad,
            neat.h - title_h - panel_h_guess - 2 * grid_pad,
        )
        panel = Rect(
            neat.x, map_rect.bottom + grid_pad, neat.w, neat.bottom - map_rect.bottom - grid_pad
        )

    frame = fit_frame(map_rect, epsg, bounds_utm, pad=0.04 if focus is None else 0.12)

    layers = []
    vis = frame.visible(vill_b)
    shown = vis & any_poly
    fills_all = np.array([*classes.colors, classes.no_data_color], dtype=object)[
        classes.class_index
    ]
    fills_all = np.where(in_focus, fills_all, OUTSIDE_FILL)
    geoms = _to_paper(frame, vill_utm, shown)
    layers.append(PolygonLayer(geoms, tuple(fills_all[shown]), VILLAGE_LINE, 0.08, name="desa"))
    kec_utm, kec_b = _utm_layer(data, "kecamatan", epsg)
    ksel = frame.visible(kec_b)
    if ksel.any():
        layers.append(
            PolygonLayer(
                _to_paper(frame, kec_utm, ksel), None, KEC_LINE, 0.22, dash=True, name="kecamatan"
            )
        )
    kab_utm, kab_b = _utm_layer(data, "kabupaten", epsg)
    bsel = frame.visible(kab_b)
    if bsel.any():
        layers.append(
            PolygonLayer(_to_paper(frame, kab_utm, bsel), None, KAB_LINE, 0.45, name="kabupaten")
        )
    if focus is not None:
        outline = (
            shapely.union_all(vill_utm[in_focus & any_poly])
            if (in_focus & any_poly).any()
            else None
        )
        if outline is not None:
            layers.append(
                PolygonLayer(
                    frame.geoms_to_mm(np.array([outline], dtype=object)),
                    None,
                    "#000000",
                    0.6,
                    name="fokus",
                )
            )

    if spec.show_households and data.households is not None:
        ex, ny = _utm_points(data, "households", epsg)
        x, y = frame.to_mm(ex, ny)
        r = frame.rect
        # only the households this sheet is about (and the planner's filter)
        sel = (x >= r.x) & (x <= r.right) & (y >= r.y) & (y <= r.bottom) & hh_in_area
        layers.append(DotLayer(x[sel], y[sel], name="rumah tangga"))
    if draw_psks:
        ex, ny = _utm_points(data, "psks", epsg)
        x, y = frame.to_mm(ex, ny)
        r = frame.rect
        sel = (x >= r.x) & (x <= r.right) & (y >= r.y) & (y <= r.bottom) & data.psks.is_psks
        layers.append(
            PointLayer(x[sel], y[sel], size_mm=0.95 * max(1, fs), line_color="#0b3d1a", name="PSKS")
        )
    zone_names = []
    if spec.show_zones and data.zones:
        zg = np.array([_zone_geometry(z, data) for z in data.zones], dtype=object)
        ok = np.array([g is not None for g in zg], dtype=bool)
        if ok.any():
            zutm = project_geoms(epsg, zg[ok])
            zsel = frame.visible(shapely.bounds(zutm))
            if zsel.any():
                zmm = frame.geoms_to_mm(zutm[zsel])
                layers.append(
                    PolygonLayer(
                        zmm,
                        (ZONE_LINE,) * int(zsel.sum()),
                        ZONE_LINE,
                        0.6,
                        fill_alpha=0.12,
                        name="zona",
                    )
                )
                names = [
                    z.name for z, k in zip([z for z, o in zip(data.zones, ok) if o], zsel) if k
                ]
                pts = shapely.point_on_surface(zmm)
                layers.append(
                    LabelLayer(
                        shapely.get_x(pts),
                        shapely.get_y(pts),
                        tuple(names),
                        6.5 * fs,
                        True,
                        ZONE_LINE,
                        name="label zona",
                    )
                )
                zone_names = names
    # place names: kabupaten on a province sheet, villages on a kecamatan or village sheet
    if focus is None:
        kab_ok = bsel & ~np.isnan(kab_b[:, 0])
        if 0 < kab_ok.sum() <= 20:
            pts = shapely.point_on_surface(frame.geoms_to_mm(kab_utm[kab_ok]))
            layers.append(
                LabelLayer(
                    shapely.get_x(pts),
                    shapely.get_y(pts),
                    tuple(str(n) for n in v.kab_names[kab_ok]),
                    7 * fs,
                    True,
                    name="label kabupaten",
                )
            )
    else:
        lab = in_focus & any_poly
        if 0 < lab.sum() <= 60:
            pts = shapely.point_on_surface(frame.geoms_to_mm(vill_utm[lab]))
            layers.append(
                LabelLayer(
                    shapely.get_x(pts),
                    shapely.get_y(pts),
                    tuple(str(n) for n in v.names[lab]),
                    6 * fs,
                    name="label desa",
                )
            )
    grid_lines, grid_labels = graticule(frame)
    items.append(
        MapItem(frame.rect, tuple(layers), SEA, grid_lines, grid_labels, 6.0 * max(1.0, fs * 0.9))
    )

    if landscape:
        placed = _stack(blocks, panel, [blocks])
    else:
        placed = _stack(blocks, panel, _portrait_columns({b.name: b for b in blocks}))
    if placed is None:
        return None
    items.extend(placed)
    layout = SheetLayout(
        paper=spec.paper,
        orientation=spec.orientation,
        width_mm=page_w,
        height_mm=page_h,
        items=items,
        title=title,
        unit_code=(
            ""
            if focus is None
            else str(
                v.kec_codes[focus.index] if focus.level == "kecamatan" else v.codes[focus.index]
            )
        ),
        scale=frame.scale,
        epsg=epsg,
        extent=frame.extent,
        classes=page_classes,
        summary=summary,
        zone_names=zone_names,
    )
    return layout


def _portrait_columns(by: dict) -> list:
    """Block columns under a portrait map: legend | scale, projection, inset | table, text."""
    return [
        [by["legenda"]],
        [by["skala"], by["proyeksi"], by["inset"]],
        [
            b
            for b in (
                by.get("ringkasan"),
                by.get("zona"),
                by["sumber"],
                by["privasi"],
                by["instansi"],
            )
            if b is not None
        ],
    ]


def _km(value: float) -> str:
    return format_number(value, 0 if value == int(value) else 1)


def _zone_geometry(zone, data: MapData):
    if zone.geometry is not None:
        return zone.geometry
    v = data.villages
    idx = v.lookup(list(zone.villages))
    parts = [v.geoms[i] for i in idx if i >= 0 and v.geoms[i] is not None]
    return shapely.union_all(parts) if parts else None


def _inset(rect: Rect, data: MapData, frame: MapFrame, epsg: int, focus: Focus | None) -> MapItem:
    """Locator map: the whole area with the main map's extent (and focus) marked."""
    outline = data.province_outline()
    kab_utm, kab_b = _utm_layer(data, "kabupaten", epsg)
    ok = ~np.isnan(kab_b[:, 0])
    ex = frame.extent
    if ok.any():
        b = kab_b[ok]
        bounds = (b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max())
        if focus is None:  # the whole area: show the frame's extent around it
            bounds = (
                min(bounds[0], ex[0]),
                min(bounds[1], ex[1]),
                max(bounds[2], ex[2]),
                max(bounds[3], ex[3]),
            )
    else:
        bounds = ex
    minx, miny, maxx, maxy = bounds
    w, h = (maxx - minx) * 1.08, (maxy - miny) * 1.08
    mpm = max(w / rect.w, h / rect.h)
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    inset = MapFrame(
        rect,
        epsg,
        (
            cx - rect.w * mpm / 2,
            cy - rect.h * mpm / 2,
            cx + rect.w * mpm / 2,
            cy + rect.h * mpm / 2,
        ),
        mpm,
        0,
    )
    layers = []
    if outline is not None:
        layers.append(
            PolygonLayer(
                shapely.simplify(
                    inset.geoms_to_mm(project_geoms(epsg, np.array([outline], dtype=object))), 0.15
                ),
                ("#d9d9d9",),
                "#7f7f7f",
                0.1,
                name="wilayah",
            )
        )
    if ok.any():
        layers.append(
            PolygonLayer(
                shapely.simplify(inset.geoms_to_mm(kab_utm[ok]), 0.1),
                None,
                "#7f7f7f",
                0.12,
                name="kabupaten",
            )
        )
    if focus is not None:
        sel = _focus_villages(data, focus) & data.villages.has_polygon
        vill_utm, _ = _utm_layer(data, "villages", epsg)
        if sel.any():
            g = shapely.union_all(vill_utm[sel])
            layers.append(
                PolygonLayer(
                    inset.geoms_to_mm(np.array([g], dtype=object)),
                    (ACCENT,),
                    ACCENT,
                    0.2,
                    name="fokus",
                )
            )
    box = shapely.box(*ex)
    layers.append(
        PolygonLayer(
            inset.geoms_to_mm(np.array([box], dtype=object)), None, ACCENT, 0.35, name="batas peta"
        )
    )
    return MapItem(rect, tuple(layers), "#ffffff", border_mm=0.2, role="inset")


def _stack(all_blocks: list[_Block], panel: Rect, columns: list[list[_Block]]):
    """Place blocks top-down in columns of ``panel``; None when they do not fit."""
    n = len(columns)
    gap = 2.0
    col_w = (panel.w - gap * (n - 1)) / n
    out = []
    for ci, col in enumerate(columns):
        x = panel.x + ci * (col_w + gap)
        heights = [b.height(col_w) for b in col]
        spare = panel.h - sum(heights)
        if spare < -0.01:
            flex = [i for i, b in enumerate(col) if b.flexible]
            need = -spare
            for i in flex:
                cut = min(need, heights[i] - 20.0)
                if cut > 0:
                    heights[i] -= cut
                    need -= cut
            if need > 0.01:
                return None
            spare = 0.0
        else:
            # spare room goes to the flexible block (a larger inset), up to a limit
            for i, b in enumerate(col):
                if b.flexible:
                    add = min(spare, 30.0)
                    heights[i] += add
                    spare -= add
        out.append(BoxItem(Rect(x, panel.y, col_w, panel.h), 0.3))
        y = panel.y
        for bi, (b, h) in enumerate(zip(col, heights)):
            if b.bottom and spare > 0:
                # the privacy line and the agency sit at the foot of the column
                y += spare
                spare = 0.0
            if bi > 0:
                out.append(LineItem(x, y, x + col_w, y, 0.15, "#555555"))
            out.extend(b.place(x, y, col_w, h) if b.flexible else b.place(x, y, col_w))
            y += h
    return out


def series_units(data: MapData, level: str, units=None) -> list[Focus]:
    """The pages of a series: every kecamatan or village with a polygon (or ``units``, codes)."""
    v = data.villages
    if level not in SERIES_LEVELS:
        raise ValueError(f"series level must be one of {', '.join(SERIES_LEVELS)}")
    if level == "kecamatan":
        codes = v.kec_codes
        has = np.bincount(v.kec_index[v.has_polygon], minlength=len(codes)) > 0
    else:
        codes = v.codes
        has = v.has_polygon
    idx = np.flatnonzero(has)
    if units:
        wanted = {str(u).replace(".", "") for u in units}
        idx = [i for i in idx if str(codes[i]) in wanted]
    return [Focus(level, int(i)) for i in idx]


def compose_series(
    spec: SheetSpec,
    data: MapData,
    level: str,
    units=None,
    progress=None,
    cancelled=None,
    today: date | None = None,
) -> Iterator[SheetLayout]:
    """One sheet per kecamatan or village, each with its own extent, legend counts and tallies.

    The class breaks are computed once over all villages, so a colour means
    the same on every page of the series.
    """
    if data.households is not None:
        values = compute(
            spec.indicator, data.households, data.mask, data.psks, flt=data.filter
        ).values
    else:
        values = np.full(len(data.villages), np.nan)
    classes = classify(values, spec.method, spec.classes, spec.palette)
    pages = series_units(data, level, units)
    for i, focus in enumerate(pages):
        if cancelled is not None and cancelled():
            raise Cancelled("cancelled", code="cancelled")
        if progress is not None:
            progress(i / max(1, len(pages)), f"lembar {i + 1} dari {len(pages)}")
        yield compose(spec, data, focus, classes, today)
    if progress is not None:
        progress(1.0, "selesai")
