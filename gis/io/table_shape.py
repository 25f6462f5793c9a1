"""Where the table sits in a file: which sheet, which header rows, how wide.

Spreadsheets from a Dinas Sosial rarely start at A1 with one header row. A
workbook often opens on a cover sheet ("Sampul", "Keterangan") and keeps
the register on the second sheet; the header often spans two rows, a group
label merged across several columns ("Penerima Bantuan") above the
programs it groups ("PKH", "BPNT", "PIP"). Reading the first sheet, or only
the first header row, gives a table that looks plausible and is wrong:
zero rows, or a program column feeding the wrong field. The helpers here
find the real table or say there is none; :mod:`gis.io.readers` calls them.

A header wider than any register (hundreds of thousands of columns, a
broken export or a hostile file) is refused before it costs minutes and
gigabytes.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence

#: Registers have tens to a few hundred columns; far more means a broken file.
MAX_COLUMNS = 2_000

#: How group label and sub-header of a two-row header are joined.
HEADER_JOIN = " / "


def _is_empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


#: a cell that reads as a number (thousands dots or commas, exponent, percent)
NUMERIC_RE = re.compile(r"^[+-]?(\d[\d.,\s]*)?\d([eE][+-]?\d+)?%?$")


def looks_numeric(value) -> bool:
    """True for numbers, dates and times, and text that reads as a number."""
    if value is None or isinstance(value, bool):
        return False
    if isinstance(value, (int, float, _dt.date, _dt.time, _dt.timedelta)):
        return True
    text = str(value).strip()
    return bool(text) and NUMERIC_RE.match(text) is not None


_is_number = looks_numeric


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    return str(value).strip()


def sub_header(header: Sequence, following: Sequence | None) -> bool:
    """Whether ``following`` is the second row of a two-row header.

    It is when it holds only text (a data row has codes, desil or counts),
    names a column the first row leaves blank to the right of a label (the
    rest of a group label merged across several columns), and leaves blank
    a column the first row names (a label merged down both rows, such as
    "No" or "ID Keluarga"). A data row fills those.
    """
    if following is None:
        return False
    filled = [v for v in following if not _is_empty(v)]
    if not filled or any(_is_number(v) for v in filled):
        return False
    top = [not _is_empty(v) for v in header]
    top += [False] * (len(following) - len(top))
    below = [not _is_empty(v) for v in following]
    below += [False] * (len(top) - len(below))
    under_group = any(below[j] and not top[j] and any(top[:j]) for j in range(len(top)))
    merged_down = any(top[j] and not below[j] for j in range(len(top)))
    return under_group and merged_down


def join_header(header: Sequence, following: Sequence) -> list[str]:
    """Column names of a two-row header: ``"group / sub"`` under a group, else the one name.

    A blank cell of the first row belongs to the group label to its left
    (merged cells deliver their value once, in the first cell). A column
    with no sub-header keeps its first-row name (merged down both rows).
    """
    width = max(len(header), len(following))
    top = [cell_text(header[j]) if j < len(header) else "" for j in range(width)]
    sub = [cell_text(following[j]) if j < len(following) else "" for j in range(width)]
    names: list[str] = []
    group = ""
    for j in range(width):
        if top[j]:
            group = top[j]
        elif not sub[j]:
            group = ""
        if not sub[j]:
            names.append(top[j])
        elif top[j] or group:
            names.append(f"{top[j] or group}{HEADER_JOIN}{sub[j]}")
        else:
            names.append(sub[j])
    return names


def check_shapefile_parts(path) -> None:
    """Refuse a shapefile whose attribute (.dbf) or index (.shx) file is missing.

    GDAL opens a lone .shp and hands over shapes with no attributes at all,
    which would load as boundaries without codes or a register without a
    single field; the user has only forgotten to copy a file.
    """
    from pathlib import Path

    from gis.errors import ReadError

    path = Path(path)
    if path.suffix.lower() != ".shp":
        return
    stem = path.with_suffix("")
    missing = [
        ext
        for ext in (".dbf", ".shx")
        if not any(stem.with_suffix(s).is_file() for s in (ext, ext.upper()))
    ]
    if missing:
        raise ReadError("shapefile part missing", code="missing_part", path=path, missing=missing)
