"""Value parsers for register columns, vectorised through the unique values.

A column of a million rows holds a few dozen distinct values ("Ya", "Tidak",
"24;9"...). Each parser factorises the column, interprets the distinct
values once in Python and broadcasts the result back, so that parsing stays
a numpy operation per column however messy the spellings are.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from gis.io.codelists import ppks_by_name, ppks_legacy_map, slug

_TRUE = {"ya", "y", "yes", "true", "benar", "ada", "1", "penerima", "v", "x", "iya"}
_FALSE = {"tidak", "t", "no", "n", "false", "salah", "tidakada", "0", "bukan", "bukanpenerima", "-"}


def factorize_values(values) -> tuple[np.ndarray, np.ndarray]:
    """Code per row (-1 for missing) and the distinct values as Python objects.

    Arrow text (pandas' ``str`` or ``ArrowDtype`` columns) is hashed chunk
    by chunk in Arrow; anything else goes through ``pandas.factorize``.
    """
    data = arrow_array(values)
    if data is not None:
        return _factorize_arrow(data)
    codes, uniques = pd.factorize(pd.Series(values, copy=False), use_na_sentinel=True)
    return codes, np.asarray(uniques, dtype=object)


def arrow_array(values) -> pa.ChunkedArray | None:
    """The Arrow strings behind ``values``, as they are chunked, or None when there are none.

    Accepts a pandas Series or array backed by Arrow strings (pandas' ``str``
    dtype), or a pyarrow (chunked) array of strings or large strings. The
    chunks of a file read in batches are kept: joining them would copy
    every value once more.
    """
    if isinstance(values, (pd.Series, pd.Index)):
        values = values.array
    data = getattr(values, "_pa_array", values)
    if not isinstance(data, (pa.Array, pa.ChunkedArray)):
        return None
    if not (pa.types.is_string(data.type) or pa.types.is_large_string(data.type)):
        return None
    return data if isinstance(data, pa.ChunkedArray) else pa.chunked_array([data])


def _factorize_arrow(data: pa.ChunkedArray) -> tuple[np.ndarray, np.ndarray]:
    """:func:`factorize_values` in Arrow, chunk by chunk: pandas would join the chunks
    and widen the codes first, fresh memory that costs more than the hashing
    on a register of millions of rows.
    """
    encoded = pc.dictionary_encode(data, null_encoding="mask")
    codes = np.empty(len(data), dtype=np.int32)
    base = 0
    dictionary = None
    for chunk in encoded.chunks:  # the chunks share one dictionary, complete in the last
        indices = chunk.indices
        if indices.null_count:
            indices = indices.fill_null(-1)
        codes[base : base + len(chunk)] = indices.to_numpy()
        base += len(chunk)
        dictionary = chunk.dictionary
    uniques = np.array(dictionary.to_pylist() if dictionary is not None else [], dtype=object)
    return codes, uniques


def _is_blank(value) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and value != value:
        return True
    return isinstance(value, str) and not value.strip()


def parse_flags(values) -> tuple[np.ndarray, np.ndarray]:
    """Read a yes/no column ("Ya/Tidak", "1/0", "ADA/TIDAK", BPS 1/2).

    Returns
    -------
    flags
        bool array, False for blanks.
    bad
        bool array, True where a non-blank value was not understood (the
        caller reports those rows; the flag is then False).

    Notes
    -----
    BPS questionnaires code yes/no as 1 = ya, 2 = tidak. A column whose
    values are only 1 and 2 is read that way; a column containing 0 reads
    1 as yes and 0 as no. A 2 next to 0 is not understood.
    """
    few = _few_values(values)
    if few is not None:  # Arrow text of a handful of spellings: no hashing of every row
        uniques, masks = few
        table_true, table_bad = _flag_tables(uniques)
        flags = np.zeros(len(values), dtype=bool)
        bad = np.zeros(len(values), dtype=bool)
        for mask, is_true, is_bad in zip(masks, table_true, table_bad):
            if is_true:
                flags |= _bools(mask)
            elif is_bad:
                bad |= _bools(mask)
        return flags, bad
    codes, uniques = factorize_values(values)
    table_true, table_bad = _flag_tables(uniques)
    # index -1 (NA) maps to the extra last slot: False, not bad
    return table_true[codes], table_bad[codes]


def _flag_tables(uniques: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per distinct value of a yes/no column: yes, and not understood (one extra False slot)."""
    keys = []
    for u in uniques:
        if isinstance(u, (int, np.integer, float, np.floating, bool, np.bool_)):
            u = str(int(u)) if float(u).is_integer() else str(u)
        keys.append(slug(u))
    present = set(keys)
    bps_coding = present <= {"1", "2"} and "2" in present
    table_true = np.zeros(len(uniques) + 1, dtype=bool)
    table_bad = np.zeros(len(uniques) + 1, dtype=bool)
    for i, (raw, key) in enumerate(zip(uniques, keys)):
        if _is_blank(raw):
            continue
        if bps_coding:
            table_true[i] = key == "1"
        elif key in _TRUE:
            table_true[i] = True
        elif key not in _FALSE:
            table_bad[i] = True
    return table_true, table_bad


#: at most this many spellings are tried one by one (see :func:`_few_values`)
_FEW = 8


def _few_values(values) -> tuple[np.ndarray, list[pa.ChunkedArray]] | None:
    """The distinct values of Arrow text holding only a few, and each one's rows.

    A yes/no column of 15 million rows holds two or three spellings. The
    spellings of the first batch are compared with every row (a pass over
    the bytes each, no hash table); if they account for every non-missing
    row, they are all the values there are. Otherwise, or for input that is
    not Arrow text, None: factorise.
    """
    data = arrow_array(values)
    if data is None or len(data) == 0:
        return None
    first = next(c for c in data.chunks if len(c))
    candidates = pc.unique(first).drop_null().to_pylist()
    if len(candidates) > _FEW:
        return None
    masks = [pc.equal(data, value) for value in candidates]
    covered = sum(pc.sum(m).as_py() or 0 for m in masks)
    if covered + data.null_count != len(data):
        return None
    used = [i for i, m in enumerate(masks) if pc.any(m).as_py()]
    return np.array([candidates[i] for i in used], dtype=object), [masks[i] for i in used]


def _bools(mask: pa.ChunkedArray) -> np.ndarray:
    """A comparison's result as a numpy bool array, missing rows False."""
    if mask.null_count:
        mask = pc.fill_null(mask, False)
    return mask.to_numpy(zero_copy_only=False)


def parse_int_range(values, lo: int, hi: int) -> tuple[np.ndarray, np.ndarray]:
    """Parse small integers such as desil ("1", 1.0, "Desil 3").

    Returns
    -------
    number
        int16 array, 0 where blank or bad.
    bad
        bool array: non-blank and not an integer in ``[lo, hi]``.
    """
    arr = values.to_numpy() if isinstance(values, pd.Series) else np.asarray(values)
    if arr.dtype.kind in "iu":
        bad = (arr < lo) | (arr > hi)
        out = arr.astype(np.int16)  # a value beyond int16 is bad, and zeroed next
        out[bad] = 0
        return out, bad
    if arr.dtype.kind == "f":
        blank = np.isnan(arr)
        whole = np.where(blank, 0, arr)
        bad = ~blank & ((whole != np.round(whole)) | (whole < lo) | (whole > hi))
        return np.where(bad | blank, 0, whole).astype(np.int16), bad
    codes, uniques = factorize_values(arr)
    num = np.zeros(len(uniques) + 1, dtype=np.int16)
    bad = np.zeros(len(uniques) + 1, dtype=bool)
    for i, u in enumerate(uniques):
        if _is_blank(u):
            continue
        m = re.fullmatch(r"\s*(?:desil\s*)?(\d+)(?:[.,]0+)?\s*", str(u), flags=re.IGNORECASE)
        n = int(m.group(1)) if m else None
        if n is None or not lo <= n <= hi:
            bad[i] = True
        else:
            num[i] = n
    return num[codes], bad[codes]


def parse_ppks(values) -> tuple[np.ndarray, np.ndarray, dict[str, int]]:
    """Read PPKS lists ("24;9", "24, 9", "Fakir Miskin; Penyandang Cacat").

    Codes 1-26 and current or pre-2012 names (through ``ppks_lama.csv``)
    are accepted. Returns the uint32 bit mask (bit ``k-1`` for code ``k``),
    a bool array of rows with at least one part not understood, and a count
    of the unknown parts by text so the report can say what to add to the
    mapping table.
    """
    codes, uniques = factorize_values(values)
    by_name = ppks_by_name()
    legacy = ppks_legacy_map()
    masks = np.zeros(len(uniques) + 1, dtype=np.uint32)
    bad = np.zeros(len(uniques) + 1, dtype=bool)
    unknown: dict[str, int] = {}
    counts = np.bincount(codes[codes >= 0], minlength=len(uniques))
    for i, u in enumerate(uniques):
        if _is_blank(u):
            continue
        if isinstance(u, (int, np.integer, float, np.floating)):
            u = str(int(u)) if float(u).is_integer() else str(u)
        mask = 0
        for part in re.split(r"[;,|/]+", str(u)):
            part = part.strip()
            if not part:
                continue
            code = None
            if re.fullmatch(r"\d+(\.0)?", part):
                n = int(float(part))
                code = n if 1 <= n <= 26 else None
            else:
                key = slug(part)
                code = by_name.get(key)
                if code is None and key in legacy:
                    code = legacy[key]
            if code is None:
                bad[i] = True
                unknown[part] = unknown.get(part, 0) + int(counts[i])
            else:
                mask |= 1 << (code - 1)
        masks[i] = mask
    return masks[codes], bad[codes], unknown


def parse_float(values) -> tuple[np.ndarray, np.ndarray]:
    """Numbers that may carry a decimal comma ("106,12"); NaN for blanks.

    Returns the float64 array and a bool array of non-blank values that are
    not numbers.
    """
    arr = values.to_numpy() if isinstance(values, pd.Series) else np.asarray(values)
    if arr.dtype.kind in "iuf":
        out = arr.astype(np.float64)
        return out, np.zeros(len(out), dtype=bool)
    text = pd.Series(arr, dtype=object).astype("string").str.strip().str.replace(",", ".")
    out = pd.to_numeric(text, errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
    blank = text.isna().to_numpy() | (text.fillna("") == "").to_numpy()
    return out, np.isnan(out) & ~blank


def text_column(values) -> np.ndarray:
    """Object array of stripped strings, None for blanks."""
    s = pd.Series(values, copy=False)
    if s.dtype.kind in "iu":
        return s.astype(str).to_numpy(dtype=object)
    if s.dtype.kind == "f":
        # a float id column (e.g. from Excel): whole numbers print without ".0"
        out = np.empty(len(s), dtype=object)
        vals = s.to_numpy()
        ok = ~np.isnan(vals)
        whole = ok & (vals == np.round(vals))
        out[whole] = vals[whole].astype(np.int64).astype(str)
        out[ok & ~whole] = vals[ok & ~whole].astype(str)
        return out
    st = s.astype("string").str.strip()
    st = st.mask(st == "")
    return st.to_numpy(dtype=object, na_value=None)
