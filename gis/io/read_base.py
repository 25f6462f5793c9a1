"""What every reader shares: the raw table it returns, the notes it makes,
progress and cancel checks, and the header finding of text and spreadsheet
files. :mod:`gis.io.readers` is the entry (``read_table``); the format
modules (``read_vector``, ``read_csv``, ``read_xlsx``) build on this one.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from gis.errors import Cancelled, ReadError
from gis.io.table_shape import (
    HEADER_JOIN,
    MAX_COLUMNS,
    join_header,
    looks_numeric,
    sub_header,
)

ProgressFn = Callable[[float, str], None]
CancelledFn = Callable[[], bool]

# Header detection looks only at the top of a file: title blocks are short.
_HEADER_SCAN_ROWS = 60
# A header must fill at least this share of the modal row width ...
_HEADER_MIN_FILL = 0.6
# ... and at least this share of its non-empty cells must be non-numeric text.
_HEADER_MIN_TEXT = 0.5


class Note(str):
    """A remark for the user about how a file was read.

    It is a plain string (short English, fine for logs and tests) that also
    carries a stable :attr:`code` and the values behind it in :attr:`data`, so
    that the widgets can word it in Bahasa Indonesia.
    """

    code: str
    data: dict

    def __new__(cls, code: str, text: str, **data) -> Note:
        note = super().__new__(cls, text)
        note.code = code
        note.data = data
        return note

    def __getnewargs_ex__(self):
        # Lets copy and pickle rebuild a note (results may cross processes).
        return (self.code, str(self)), dict(self.data)


@dataclass
class RawTable:
    """One file, read but not interpreted.

    Attributes
    ----------
    frame
        Attribute columns with header names stripped of whitespace, index
        ``0..n-1``. CSV columns are text (``str`` dtype, empty cells NA);
        spreadsheet columns that hold only text are ``str``, the others keep
        openpyxl's Python values (``object``); vector and Parquet columns keep
        their stored types.
    x, y
        float64 longitude / latitude (EPSG:4326) per row, NaN where the row
        has no geometry; ``None`` when the source has no geometry at all. If
        the source CRS is unknown and the coordinates do not look like
        lon/lat, they are left in source units and a note with code
        ``"unknown_crs"`` says so.
    rows
        int64 row number as the user sees it: spreadsheet row (1-based,
        counting title rows) for XLSX, line number for CSV, feature number
        (1-based) for vector and Parquet files.
    path, layer, format
        Source file, layer (for XLSX: the sheet) and format name.
    encoding, delimiter, decimal, header_row
        What was detected in text files (``header_row`` is 1-based).
    crs, geometry_type
        Source CRS (``"EPSG:xxxx"`` or WKT, ``None`` if unknown) and the
        declared geometry type.
    notes
        :class:`Note` objects for things the user should know.
    """

    frame: pd.DataFrame
    x: np.ndarray | None
    y: np.ndarray | None
    rows: np.ndarray
    path: Path
    layer: str | None
    format: str
    encoding: str | None = None
    delimiter: str | None = None
    decimal: str | None = None
    header_row: int | None = None
    crs: str | None = None
    geometry_type: str | None = None
    notes: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.frame)

    @property
    def has_geometry(self) -> bool:
        """Whether the source had a geometry column at all."""
        return self.x is not None


class _Feedback:
    """Progress and cancel callbacks with the checks in one place."""

    def __init__(self, path: Path, progress: ProgressFn | None, cancelled: CancelledFn | None):
        self.path = path
        self._progress = progress
        self._cancelled = cancelled

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled(path=self.path)

    def report(self, fraction: float, message: str) -> None:
        self.check()
        if self._progress is not None:
            self._progress(min(max(float(fraction), 0.0), 1.0), message)


# --------------------------------------------------------------------------
# shared helpers


def _existing(path: str | Path) -> Path:
    path = Path(path)
    if not path.is_file():
        raise ReadError("file not found", code="not_found", path=path)
    return path


def _corrupt(path: Path, exc: BaseException, layer: str | None = None) -> ReadError:
    if isinstance(exc, PermissionError):
        return ReadError(str(exc), code="unreadable", path=path, layer=layer)
    return ReadError(str(exc) or type(exc).__name__, code="corrupt", path=path, layer=layer)


def _clean_columns(frame: pd.DataFrame, notes: list[str]) -> pd.DataFrame:
    """Strip header names; make them unique and non-empty so columns can be addressed."""
    names: list[str] = []
    seen: set[str] = set()
    renamed: list[str] = []
    for i, name in enumerate(frame.columns):
        base = "" if name is None else str(name).strip()
        blank = not base
        if blank:
            base = f"column_{i + 1}"
        candidate, k = base, 2
        while candidate in seen:
            candidate = f"{base}_{k}"
            k += 1
        if blank or candidate != base:
            renamed.append(candidate)
        seen.add(candidate)
        names.append(candidate)
    if renamed:
        notes.append(
            Note(
                "renamed_columns",
                "empty or repeated column names renamed: " + ", ".join(renamed),
                columns=renamed,
            )
        )
    frame.columns = names
    if not isinstance(frame.index, pd.RangeIndex) or frame.index.start != 0:
        frame = frame.reset_index(drop=True)
    return frame


def _is_empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _find_header(rows: Sequence[Sequence]) -> int | None:
    """Index of the header among the first rows of a table, or None.

    Government exports put a title block above the header: a few rows with
    one or two filled cells (merged cells deliver their value once). The
    header is the first row that is about as wide as the table's usual row
    and mostly text rather than numbers.
    """
    widths = []
    for row in rows:
        last = 0
        for j, value in enumerate(row):
            if not _is_empty(value):
                last = j + 1
        widths.append(last)
    wide = [w for w in widths if w >= 2]
    modal = Counter(wide).most_common(1)[0][0] if wide else max(widths, default=0)
    if modal == 0:
        return None
    # A narrow table's header names every column; a wide one may leave a few
    # blank, but a title row ("Provinsi: ...") fills only one or two cells.
    need = modal if modal <= 4 else math.ceil(_HEADER_MIN_FILL * modal)
    for i, row in enumerate(rows):
        filled = [v for v in row if not _is_empty(v)]
        if len(filled) < need:
            continue
        text = sum(1 for v in filled if not looks_numeric(v))
        if text >= _HEADER_MIN_TEXT * len(filled) and text > 0:
            return i
    return None


def _header_names(row: Sequence) -> list[str]:
    return [_header_text(v) for v in row]


def _header_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    return str(value).strip()


def _header_rows(records: Sequence[Sequence], head: int, notes: list[str], numbers) -> tuple:
    """Header names and how many rows they take (1, or 2 for a two-row header)."""
    following = records[head + 1] if head + 1 < len(records) else None
    if sub_header(records[head], following):
        names = join_header(records[head], following)
        joined = [n for n in names if HEADER_JOIN in n]
        notes.append(
            Note(
                "two_row_header",
                f"two-row header on rows {numbers[head]}-{numbers[head + 1]} joined",
                first=int(numbers[head]),
                second=int(numbers[head + 1]),
                example=joined[0] if joined else "",
            )
        )
        return names, 2
    return _header_names(records[head]), 1


def _too_wide(path: Path, width: int, row: int | None, layer: str | None = None) -> None:
    if width > MAX_COLUMNS:
        raise ReadError(
            "too many columns",
            code="too_many_columns",
            path=path,
            layer=layer,
            row=row,
            columns=int(width),
            limit=MAX_COLUMNS,
        )


def _trim_width(header: list[str], records: Sequence[Sequence]) -> int:
    """Columns to keep: every named one, plus unnamed ones that hold data."""
    width = len(header)
    while width and not header[width - 1]:
        width -= 1
    for row in records:
        if len(row) > width:
            for j in range(len(row) - 1, width - 1, -1):
                if not _is_empty(row[j]):
                    width = j + 1
                    break
    return width
