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
``header``, ``rows``, ``col_fracs``, ``bold_rows`` and ``notes`` (a table),
or ``programs``, ``set_sizes``, ``combos`` and ``notes`` (an UpSet chart:
bars of families per combination over a matrix of square dots saying which
programs form it, each program's set size at the side).
"""

from __future__ import annotations

from itertools import combinations

from gis.maps.sheet_frame import line_mm, text_width_mm, wrap
from gis.maps.sheet_items import BoxItem, LineItem, Rect, TableItem, TextItem
from gis.numbers import format_number

#: the tables a sheet can carry (built by gis.plan.meeting_tables)
MEETING_TABLES = ("sinergi", "kombinasi", "pendamping")
#: narrowest column of the strip, in millimetres at font scale 1
MIN_COLUMN_MM = 58.0
BAR = "#2b6cb0"
DOT_ON = "#333333"
DOT_OFF = "#d5d9de"
STRIPE = "#f3f5f7"
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
    width = width * SAFE + 1e-9  # a cell sized for the text (width / SAFE) keeps it whole
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
        body = self._chart_height(s) if _is_chart(s) else self.row * (len(s.rows) + 1)
        return (
            line_mm(self.size)  # title
            + body
            + (0.8 + notes * line_mm(self.note_size) if notes else 0.0)
        )

    def _chart_height(self, s) -> float:
        """Bars with their counts above, then one matrix row per program."""
        return self._bars_h() + line_mm(self.note_size) + self.row * max(1, len(s.programs))

    def _bars_h(self) -> float:
        return 16.0 * self.size / 6.5

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
        if _is_chart(s):
            return self._chart_items(s, x, y, w)
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
        return out + self._notes(s, x, y + table_h, w)

    def _notes(self, s, x: float, y: float, w: float) -> list:
        lines = [ln for n in s.notes for ln in wrap(n, w * SAFE * 0.94, self.note_size)]
        if not lines:
            return []
        return [
            TextItem(
                Rect(x, y + 0.8, w, len(lines) * line_mm(self.note_size)),
                tuple(lines),
                self.note_size,
                italic=True,
                color="#333333",
                role="meeting-note",
            )
        ]

    def _chart_items(self, s, x: float, y: float, w: float) -> list:
        """The UpSet chart: title, bars with counts, the dot matrix, set sizes at the left."""
        size, small = self.size, self.note_size
        out = [
            TextItem(
                Rect(x, y, w, line_mm(size)),
                (_fit(s.title, w, size, True),),
                size,
                True,
                role="meeting-chart",
            )
        ]
        body_y = y + line_mm(size)
        matrix_y = body_y + line_mm(small) + self._bars_h()
        height = self._chart_height(s)
        if not s.combos:
            out.append(
                TextItem(
                    Rect(x, body_y, w, line_mm(small)),
                    ("tidak ada keluarga yang diketahui menerima program",),
                    small,
                    italic=True,
                    role="meeting-chart",
                )
            )
            return out + self._notes(s, x, y + line_mm(size) + height, w)
        label_w = min(0.3 * w, max(text_width_mm(k, size) for k in s.programs) / SAFE + 1.0)
        stripes: list = []  # painted first, under the dots
        links: list = []
        size_w = min(
            0.2 * w, max(text_width_mm(format_number(n), small) for n in s.set_sizes) / SAFE + 2.0
        )  # 1.2 mm gap to the dots, 0.8 mm so the widest count is never cut by rounding
        left = x + label_w + size_w
        col_w = (x + w - left) / len(s.combos)
        peak = max(n for _, n in s.combos)
        # one type size for the counts over the bars, small enough for the widest in a column
        widest = max(text_width_mm(format_number(n), small) for _, n in s.combos)
        count_size = small * min(1.0, col_w * SAFE / widest)
        base = matrix_y - 0.6
        for i, (members, n) in enumerate(s.combos):
            cx = left + (i + 0.5) * col_w
            bh = (self._bars_h() - 0.6) * n / peak
            bw = min(col_w * 0.6, 4.0 * size / 6.5)
            out.append(BoxItem(Rect(cx - bw / 2, base - bh, bw, bh), 0.1, BAR, BAR))
            out.append(
                TextItem(
                    Rect(cx - col_w / 2, base - bh - line_mm(small), col_w, line_mm(small)),
                    (format_number(n),),
                    count_size,
                    align="center",
                    role="meeting-chart",
                )
            )
            ys = [matrix_y + (r + 0.5) * self.row for r, k in enumerate(s.programs) if k in members]
            if len(ys) > 1:  # painted over the dots, after them
                links.append(LineItem(cx, min(ys), cx, max(ys), 0.35, DOT_ON))
        out.append(LineItem(left, base + 0.3, x + w, base + 0.3, 0.15, "#555555"))
        dot = min(self.row * 0.55, col_w * 0.5)
        for r, (k, n) in enumerate(zip(s.programs, s.set_sizes)):
            ry = matrix_y + r * self.row
            if r % 2 == 0:
                stripes.append(BoxItem(Rect(x, ry, w, self.row), 0.0, STRIPE, STRIPE))
            out.append(
                TextItem(
                    Rect(x, ry, label_w - 0.8, self.row),
                    (_fit(k, label_w - 0.8, size),),
                    size,
                    align="right",
                    role="meeting-chart",
                )
            )
            out.append(
                TextItem(
                    Rect(x + label_w, ry, size_w - 1.2, self.row),
                    (_fit(format_number(n), size_w - 1.2, small),),
                    small,
                    align="right",
                    color="#444444",
                    role="meeting-chart",
                )
            )
            for i, (members, _) in enumerate(s.combos):
                cx = left + (i + 0.5) * col_w
                on = k in members
                colour = DOT_ON if on else DOT_OFF
                out.append(
                    BoxItem(
                        Rect(cx - dot / 2, ry + (self.row - dot) / 2, dot, dot), 0.0, colour, colour
                    )
                )
        return stripes + out + links + self._notes(s, x, y + line_mm(size) + height, w)


def _is_chart(section) -> bool:
    return hasattr(section, "combos")
