"""Text columns kept as Arrow strings from the file to the household table.

A register of a million households carries five text columns (family id,
name, NIK, KK, address). Read through pyogrio or pandas they already are
Arrow string arrays; turning them into one Python ``str`` per value, and
then into numpy strings, cost more than reading the file did. These helpers
do the same cleaning as :func:`gis.io.parse.text_column` (surrounding
whitespace stripped, a blank cell missing) inside Arrow, so the household
table can hold the columns as they came and turn them into numpy strings
only when a view asks for them (``HouseholdTable.defer_text``).
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from gis.io.parse import arrow_array, text_column

#: the Arrow type of text made here from Python values; Arrow text read from a
#: file keeps its own type (string or large_string)
TEXT_TYPE = pa.large_string()


def offsets_and_bytes(values: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """Start offsets (n + 1, into the byte buffer) and the byte buffer of Arrow text.

    Views of the array's own buffers: nothing is copied.
    """
    width = np.int64 if pa.types.is_large_string(values.type) else np.int32
    n = len(values)
    offsets = np.frombuffer(values.buffers()[1], dtype=width)[values.offset : values.offset + n + 1]
    buf = values.buffers()[2]
    data = np.frombuffer(buf, dtype=np.uint8) if buf is not None else np.zeros(0, np.uint8)
    return offsets, data


def _needs_trim(values: pa.ChunkedArray) -> bool:
    """True when some value may begin or end with whitespace (or is blank)."""
    return any(_chunk_needs_trim(chunk) for chunk in values.chunks)


def _chunk_needs_trim(values: pa.Array) -> bool:
    """True when some value may begin or end with whitespace (or is blank).

    Tested on the first and last byte of every value: an ASCII space or
    control character, or any byte of a multi-byte character (which may be a
    no-break space). Clean registers pass without a copy of the column.
    """
    offsets, data = offsets_and_bytes(values)
    lengths = np.diff(offsets)
    filled = lengths > 0
    if (~filled & ~is_missing(values)).any():
        return True
    first = data[offsets[:-1][filled]]
    last = data[offsets[1:][filled] - 1]
    return bool(((first <= 0x20) | (first >= 0x80) | (last <= 0x20) | (last >= 0x80)).any())


def text_arrow(values) -> pa.ChunkedArray:
    """``values`` as cleaned Arrow text: stripped, a blank or missing value null.

    The same values as :func:`gis.io.parse.text_column` gives, without a
    Python object per row when the source is already Arrow text; any other
    input (numbers, objects from a spreadsheet) goes through ``text_column``.
    """
    data = arrow_array(values)
    if data is None:
        return pa.chunked_array([pa.array(text_column(values), type=TEXT_TYPE)])
    if not _needs_trim(data):
        return data
    trimmed = pc.utf8_trim_whitespace(data)
    blank = pc.equal(pc.binary_length(trimmed), 0)
    if pc.any(blank).as_py():
        trimmed = pc.if_else(blank, pa.scalar(None, trimmed.type), trimmed)
    return trimmed


def is_missing(values: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """Bool per row: True where the Arrow text value is null."""
    if values.null_count == 0:
        return np.zeros(len(values), dtype=bool)
    return values.is_null().to_numpy(zero_copy_only=False)


def take(values: pa.Array, rows: np.ndarray) -> pa.Array:
    """Values at ``rows`` (integer positions), as one Arrow array.

    ``rows`` equal to every row in order (the usual register, nothing
    rejected) gives the array itself, not a copy.
    """
    rows = np.asarray(rows, dtype=np.int64)
    if len(rows) == len(values) and (
        len(rows) == 0 or (rows[0] == 0 and (np.diff(rows) == 1).all())
    ):
        return values
    return values.take(pa.array(rows))


def objects(values: pa.Array) -> np.ndarray:
    """Python strings (None where missing), for the few rows a report names."""
    return np.asarray(values.to_numpy(zero_copy_only=False), dtype=object)


def first_seen_codes(values: pa.Array) -> np.ndarray:
    """int32 code per row, equal codes for equal values, -1 where missing.

    Codes follow the order values are first seen in, as ``pandas.factorize``
    numbers them, so grouping by code keeps the file's order.
    """
    encoded = pc.dictionary_encode(values, null_encoding="mask")
    # the chunks of an encoded chunked array share one dictionary
    chunks = encoded.chunks if isinstance(encoded, pa.ChunkedArray) else [encoded]
    out = np.empty(len(values), dtype=np.int32)
    base = 0
    for chunk in chunks:
        indices = chunk.indices
        if indices.null_count:
            indices = indices.fill_null(-1)
        out[base : base + len(chunk)] = indices.to_numpy()
        base += len(chunk)
    return out
