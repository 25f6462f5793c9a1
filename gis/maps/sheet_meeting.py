"""The meeting tables of a map sheet: a strip of tables under the map, in columns.

A sheet for a coordination meeting can carry the program-synergy and
mentor-gap tables (issue 14). They are wider and longer than the zone or
round table, and the legend panel beside the map is already full, so they
sit in a strip across the foot of the map: the map gives up the strip's
height, and the tables flow into as many columns as the width holds, each
section (its title, header, rows and the notes that say what it counts)
whole in one column. Long lists are cut by their builder ("… dan N desa
lainnya"); a text that is still wider than its cell is shortened with "…"
here, never printed over its neighbour.

The tables come from ``MapData.meeting`` (built in ``gis.plan.meeting_tables``,
which this room may not import): any object with ``available()`` and
``sections(key, in_focus, rows)``, whose sections have ``title``,
``header``, ``rows``, ``col_fracs``, ``bold_rows`` and ``notes``.
"""

from __future__ import annotations

from itertools import combinations

from gis.maps.sheet_frame import line_mm, text_width_mm, wrap
from gis.maps.sheet_items import BoxItem, LineItem, Rect, TableItem, TextItem

#: the tables a sheet can carry (built by gis.plan.meeting_tables)
MEETING_TABLES = ("sinergi", "pendamping")
#: narrowest column of the strip, in millimetres at font scale 1
MIN_COLUMN_MM = 58.0
#: the text measure is an estimate: texts are fitted to this share of their room
SAFE = 0.9
#: the largest share of the neat area's height the strip may take from the map
MAX_SHARE = {"landscape": 0.42, "portrait": 0.3}


def meeting_sections(data, keys, in_focus=None, rows: str = "full") -> list:
    """The sections of the tables ``keys`` the data allow, for the villages ``in_focus``."""
    meeting = getattr(data, "meeting", None)
    if meeting is None or not keys:
        return []
    have = set(meeting.available())
    out = []
    for key in keys:
        if key in have:
            out.extend(meeting.sections(key, in_focus, rows))
    return out


def _fit(text: str, width: float, size: float, bold: bool = False) -> str:
    """``text`` shortened with "…" to ``width`` millimetres."""
    width *= SAFE
    if text_width_mm(text, size, bold) <= width:
        return text
    while text and text_width_mm(text + "…", size, bold) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class MeetingStrip:
    """Sections laid out in columns of a strip ``width`` mm wide, in type of ``size`` points."""

    def __init__(self, sections, width: float, size: float, pad: float = 2.5):
        self.sections = list(sections)
        self.size = size
        self.pad = pad
        self.row = line_mm(size) * 1.12
        self.note_size = size * 0.86
        gap = 2.0
        n = max(
            1, min(len(self.sections), int((width + gap) // (MIN_COLUMN_MM * size / 6.5 + gap)))
        )
        self.col_w = (width - gap * (n - 1)) / n
        self.gap = gap
        self.columns = self._balance(n)
        self.height = max((self._column_height(c) for c in self.columns), default=0.0)

    def _section_height(self, s) -> float:
        inner = self.col_w - 2 * self.pad
        notes = sum(len(wrap(n, inner * SAFE * 0.94, self.note_size)) for n in s.notes)
        return (
            line_mm(self.size)  # title
            + self.row * (len(s.rows) + 1)
            + (0.8 + notes * line_mm(self.note_size) if notes else 0.0)
        )

    def _column_height(self, col) -> float:
        if not col:
            return 0.0
        return 2 * self.pad + sum(self._section_height(s) for s in col) + 2.0 * (len(col) - 1)

    def _balance(self, n: int) -> list[list]:
        """The sections in order, cut into at most ``n`` columns with the lowest tallest column."""
        s = self.sections
        if n <= 1 or len(s) <= 1:
            return [s]
        best, best_h = [s], self._column_height(s)
        for k in range(1, min(n, len(s))):
            for cuts in combinations(range(1, len(s)), k):
                bounds = (0, *cuts, len(s))
                cols = [s[a:b] for a, b in zip(bounds, bounds[1:])]
                h = max(self._column_height(c) for c in cols)
                if h < best_h - 0.01:
                    best, best_h = cols, h
        return best

    def place(self, x: float, y: float, h: float) -> list:
        """The items of the strip with its top-left corner at (x, y), ``h`` mm high."""
        out = []
        width = self.col_w * len(self.columns) + self.gap * (len(self.columns) - 1)
        out.append(BoxItem(Rect(x, y, width, h), 0.3))
        for ci, col in enumerate(self.columns):
            cx = x + ci * (self.col_w + self.gap)
            if ci:
                out.append(
                    LineItem(cx - self.gap / 2, y, cx - self.gap / 2, y + h, 0.15, "#555555")
                )
            cy = y + self.pad
            for si, s in enumerate(col):
                if si:
                    out.append(LineItem(cx, cy - 1.0, cx + self.col_w, cy - 1.0, 0.1, "#9a9a9a"))
                out.extend(self._section_items(s, cx + self.pad, cy, self.col_w - 2 * self.pad))
                cy += self._section_height(s) + 2.0
        return out

    def _section_items(self, s, x: float, y: float, w: float) -> list:
        fracs = tuple(s.col_fracs)
        rows = []
        for r in s.rows:
            cells = []
            for ci, cell in enumerate(r):
                cw = fracs[ci] * w - 1.2 if ci < len(fracs) else w
                bold = (len(rows)) in tuple(s.bold_rows)
                cells.append(_fit(str(cell), cw, self.size, bold))
            rows.append(tuple(cells))
        header = tuple(
            _fit(str(c), fracs[i] * w - 1.2, self.size, True) for i, c in enumerate(s.header)
        )
        table_h = line_mm(self.size) + self.row * (len(rows) + 1)
        out = [
            TableItem(
                Rect(x, y, w, table_h),
                _fit(s.title, w, self.size, True),
                header,
                tuple(rows),
                fracs,
                self.size,
                self.row,
                tuple(s.bold_rows),
            )
        ]
        lines = [ln for n in s.notes for ln in wrap(n, w * SAFE * 0.94, self.note_size)]
        if lines:
            out.append(
                TextItem(
                    Rect(x, y + table_h + 0.8, w, len(lines) * line_mm(self.note_size)),
                    tuple(lines),
                    self.note_size,
                    italic=True,
                    color="#333333",
                    role="meeting-note",
                )
            )
        return out
