"""The items of a map sheet: what ``widgets.output.sheet_render`` paints, in
millimetres from the top-left corner of the paper, and the fixed symbols
and lines every sheet carries. Composed by :mod:`gis.maps.sheet_layout`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from gis.maps.classify import Classes

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
