"""CSV and other delimited text read into a raw table: encoding, delimiter and
decimal mark detected, title rows above the header skipped, values kept as
text. Part of :mod:`gis.io.readers`.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from gis.errors import ReadError
from gis.io.read_base import (
    _HEADER_SCAN_ROWS,
    Note,
    RawTable,
    _corrupt,
    _Feedback,
    _find_header,
    _header_rows,
    _too_wide,
    _trim_width,
)
from gis.io.table_shape import MAX_COLUMNS

_CSV_CHECK_EVERY = 20_000

# Numbers as they appear in exports: 12, -3.5, 1.234,56, 3,2E+15 ...
_DECIMAL_COMMA_RE = re.compile(r"^[+-]?(\d{1,3}(\.\d{3})+|\d+),\d+$")
_DECIMAL_POINT_RE = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)\.\d+$")


# --------------------------------------------------------------------------
# CSV


def _decode(path: Path, raw: bytes, notes: list[str]) -> tuple[str, str]:
    """Text and encoding name: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text" export.
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ReadError(str(exc), code="bad_encoding", path=path) from exc
    try:
        text, encoding = raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = raw.decode("cp1252"), "cp1252"
        except UnicodeDecodeError as exc:
            raise ReadError(str(exc), code="bad_encoding", path=path) from exc
        notes.append(Note("encoding", "encoding cp1252 detected", encoding="cp1252"))
    if "\x00" in text:
        # Binary content behind a text extension (a renamed .xls, say).
        raise ReadError("binary data in a text file", code="corrupt", path=path)
    return text, encoding


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits the top of the file into the most regular rows.

    Counting the header and title rows too matters: a ';' file with decimal
    commas splits evenly on ',' in its data rows, but its header does not.
    """
    sample = text[: 1 << 16]
    if len(sample) < len(text):
        sample = sample[: sample.rfind("\n") + 1] or sample
    best, best_score = ",", None
    for delimiter in (",", ";", "\t", "|"):
        widths = []
        try:
            for row in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter):
                if any(cell.strip() for cell in row):
                    widths.append(len(row))
                if len(widths) >= 200:
                    break
        except csv.Error:
            continue
        if not widths:
            continue
        modal, count = Counter(widths).most_common(1)[0]
        if modal < 2:
            continue
        score = (count / len(widths), modal)
        if best_score is None or score > best_score:
            best, best_score = delimiter, score
    return best


def _sniff_decimal(records: Sequence[Sequence[str]]) -> str:
    commas = points = 0
    for row in records[:2000]:
        for cell in row:
            if not cell:
                continue
            if _DECIMAL_COMMA_RE.match(cell):
                commas += 1
            elif _DECIMAL_POINT_RE.match(cell):
                points += 1
    return "," if commas > points else "."


def _read_csv(path: Path, fb: _Feedback) -> RawTable:
    notes: list[str] = []
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _corrupt(path, exc) from exc
    text, encoding = _decode(path, raw, notes)
    if not text.strip():
        raise ReadError("empty file", code="empty", path=path)
    delimiter = _sniff_delimiter(text)
    fb.report(0.05, "parsing")

    # Parse with the csv module rather than pandas: it tells where each record
    # starts, so row numbers stay true to the file even with blank lines and
    # line breaks inside quoted cells.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[list[str]] = []
    lines: list[int] = []
    previous = 0
    estimate = max(text.count("\n"), 1)
    try:
        for row in reader:
            start = previous + 1
            previous = reader.line_num
            if not any(row) or not any(cell.strip() for cell in row):
                continue
            # a register has tens to hundreds of columns: refuse before a
            # broken file with a huge header costs minutes and gigabytes
            if len(row) > MAX_COLUMNS:
                _too_wide(path, len(row), start)
            records.append(row)
            lines.append(start)
            if len(records) % _CSV_CHECK_EVERY == 0:
                fb.report(0.05 + 0.75 * previous / estimate, f"lines {previous}")
    except csv.Error as exc:
        raise ReadError(str(exc), code="corrupt", path=path, row=previous + 1) from exc
    if not records:
        raise ReadError("empty file", code="empty", path=path)

    head = _find_header(records[:_HEADER_SCAN_ROWS])
    if head is None:
        raise ReadError("no header row found", code="no_header", path=path)
    header, taken = _header_rows(records, head, notes, lines)
    data = records[head + taken :]
    width = _trim_width(header, data)
    header = (header + [""] * width)[:width]
    fb.report(0.85, "building table")
    frame = _text_frame(header, data, width)
    decimal = _sniff_decimal(data)
    if lines[head] > 1:
        notes.append(
            Note(
                "title_rows",
                f"header found on line {lines[head]}; lines above it skipped",
                header_row=lines[head],
            )
        )
    return RawTable(
        frame=frame,
        x=None,
        y=None,
        rows=np.asarray(lines[head + taken :], dtype=np.int64),
        path=path,
        layer=None,
        format="csv",
        encoding=encoding,
        delimiter=delimiter,
        decimal=decimal,
        header_row=lines[head],
        notes=notes,
    )


def _text_frame(header: list[str], data: list[list[str]], width: int) -> pd.DataFrame:
    """Columns of text, empty cells missing, built column-wise for speed."""
    fixed = [row if len(row) == width else (row + [""] * width)[:width] for row in data]
    columns = list(zip(*fixed)) if fixed else [()] * width
    frame = pd.DataFrame(
        {i: pd.array(col, dtype="str") for i, col in enumerate(columns)},
        index=pd.RangeIndex(len(data)),
    )
    frame = frame.mask(frame == "")
    frame.columns = header
    return frame
