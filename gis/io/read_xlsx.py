"""Excel workbooks (XLSX) read into a raw table: the register's sheet chosen
by :func:`sheet_score`, title rows above the header skipped, cells kept as
openpyxl delivers them. Part of :mod:`gis.io.readers`.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from gis.errors import Cancelled, ReadError
from gis.io.mapping import recognise
from gis.io.read_base import (
    _HEADER_SCAN_ROWS,
    Note,
    RawTable,
    _corrupt,
    _Feedback,
    _find_header,
    _header_rows,
    _is_empty,
    _too_wide,
    _trim_width,
)
from gis.io.table_shape import (
    cell_text,
    join_header,
    sub_header,
)

# --------------------------------------------------------------------------
# XLSX


def _open_workbook(path: Path):
    from gis.io.xlsx import Workbook

    try:
        return Workbook(path)
    except Exception as exc:
        raise _corrupt(path, exc) from exc


def _cell_value(value):
    """Spreadsheet value as delivered, except dates and times as ISO text."""
    if isinstance(value, _dt.datetime):
        if value.time() == _dt.time(0) and value.tzinfo is None:
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, _dt.timedelta):
        return str(value)
    return value


def _scan_sheet(rows) -> tuple:
    """Score of one sheet from its top rows (see :func:`sheet_score`)."""
    top = [values for _, values in rows[:_HEADER_SCAN_ROWS]]
    head = _find_header(top) if top else None
    if head is None:
        return sheet_score(None, 0)
    following = top[head + 1] if head + 1 < len(top) else None
    if sub_header(top[head], following):
        return sheet_score(join_header(top[head], following), len(top) - head - 2)
    return sheet_score(top[head], len(top) - head - 1)


def _choose_sheet(workbook, path: Path, names: list[str]) -> str:
    """The sheet that holds the register: a cover or summary sheet often comes first."""
    try:
        scores = [_scan_sheet(workbook.rows(name)) for name in names]
    except Exception as exc:
        raise _corrupt(path, exc) from exc
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    if not scores[best][0]:
        raise ReadError("no sheet holds a table", code="no_register_sheet", path=path, layers=names)
    return names[best]


def _read_xlsx(path: Path, sheet: str | None, fb: _Feedback) -> RawTable:
    notes: list[str] = []
    workbook = _open_workbook(path)
    try:
        names = list(workbook.titles)
        if sheet is not None:
            if sheet not in names:
                raise ReadError(
                    "no such sheet", code="no_layer", path=path, layer=sheet, layers=names
                )
            title = sheet
        elif len(names) == 1:
            title = names[0]
        else:
            title = _choose_sheet(workbook, path, names)
            others = [n for n in names if n != title]
            notes.append(
                Note(
                    "sheet_chosen",
                    f"sheet {title} holds the table; other sheets: {', '.join(others)}",
                    sheet=title,
                    others=others,
                )
            )
        fb.report(0.05, "reading sheet")
        try:
            rows = workbook.rows(title)
        except (Cancelled, ReadError):
            raise
        except Exception as exc:
            raise _corrupt(path, exc, title) from exc
        numbers = [number for number, _ in rows]
        records = [values for _, values in rows]
        fb.report(0.9, f"rows {numbers[-1] if numbers else 0}")
    finally:
        workbook.close()
    if not records:
        raise ReadError("no data", code="empty", path=path, layer=title, layers=names)

    head = _find_header(records[:_HEADER_SCAN_ROWS])
    if head is None:
        raise ReadError("no header row found", code="no_header", path=path, layer=title)
    header, taken = _header_rows(records, head, notes, numbers)
    data = records[head + taken :]
    width = _trim_width(header, data)
    _too_wide(path, width, numbers[head], title)
    header = (header + [""] * width)[:width]
    if not sheet_score(header, len(data))[0]:
        # a cover or title sheet: one column of text, or a header with nothing below
        raise ReadError(
            "sheet holds no table",
            code="no_register_sheet",
            path=path,
            layer=title,
            layers=names,
        )
    fb.report(0.92, "building table")
    frame = _value_frame(header, data, width)
    if numbers[head] > 1:
        notes.append(
            Note(
                "title_rows",
                f"header found on row {numbers[head]}; rows above it skipped",
                header_row=numbers[head],
            )
        )
    return RawTable(
        frame=frame,
        x=None,
        y=None,
        rows=np.asarray(numbers[head + taken :], dtype=np.int64),
        path=path,
        layer=title,
        format="xlsx",
        header_row=numbers[head],
        notes=notes,
    )


def _value_frame(header: list[str], data: list[tuple], width: int) -> pd.DataFrame:
    """Columns of spreadsheet values: text-only columns as ``str``, others as objects."""
    columns = {}
    for j in range(width):
        values = [_cell_value(row[j]) if j < len(row) else None for row in data]
        if all(v is None or isinstance(v, str) for v in values):
            array = pd.array([None if v == "" else v for v in values], dtype="str")
        else:
            # Keep openpyxl's values untouched (an int stays an int, a float
            # NIK stays the float Excel made of it): the validator judges them.
            array = np.empty(len(values), dtype=object)
            array[:] = values
        columns[j] = array
    frame = pd.DataFrame(columns, index=pd.RangeIndex(len(data)))
    frame.columns = header
    return frame


def sheet_score(header: Sequence | None, data_rows: int) -> tuple:
    """How much a sheet looks like a register, from its header and the rows under it.

    A register has a header naming at least two columns and rows below it
    (or, for an empty template, at least two columns the mapping knows);
    among sheets that have that, the one whose columns the mapping
    recognises best wins (a cover or summary sheet names few register
    fields), then the one with more rows, then the wider one.
    """
    if header is None:
        return (False, 0, 0, 0)
    names = [cell_text(v) for v in header if not _is_empty(v)]
    mapping = recognise(names)
    known = len(mapping.fields) + sum(len(c) for c in mapping.programs.values())
    # an empty register template (header only) is still a register
    qualifies = len(names) >= 2 and (data_rows >= 1 or known >= 2)
    return (qualifies, known, data_rows, len(names))
