"""NIK and KK number checks for registers that came through spreadsheets.

A household register is only as good as the identity numbers in it: the NIK
(16-digit national identity number) ties a person to assistance, the KK
(16-digit family card number) ties persons into a household. Registers reach
planners as Excel or CSV exports, and spreadsheets damage these numbers: a cell
read as a number becomes a float (``3201011504890001.0``), scientific notation
(``3.20101E+15``, ``3,20101E+15`` with a decimal comma) or a thousands-formatted
number, and silently loses its last digits (a spreadsheet keeps only 15
significant digits, a float only 15-17); leading digits vanish, letters replace
digits (``O`` for ``0``), Excel's text-forcing apostrophe stays in front.

A damaged number that is "repaired" by guessing can attach assistance to the
wrong person, or merge two families. This module therefore only *classifies*
(:class:`IdStatus`) and never guesses a digit. The only normalisations it makes
are those that provably keep every digit: Excel's leading apostrophe,
surrounding whitespace, and spaces or dots used to group an otherwise complete
16-digit number (``"3201 0115 0489 0001"``). Any value that went through a
float, whatever it prints as, is flagged: the reader cannot prove that no digit
was lost.

Registers hold up to millions of rows and the check runs at every import, so
:func:`check_ids` is vectorised: clean 16-digit strings are checked byte-wise on
a fixed-width byte array, and only the rows that fail that fast test go through
the per-value rules.

The region prefix of a NIK is where it was first issued and does not follow the
person: it is checked for plausibility only and must never be used to place a
household on the map.
"""

from __future__ import annotations

import enum
import re
from itertools import repeat

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from gis.io.codes import PROVINCE_CODES as _REGION_PROVINCES
from gis.io.parse import arrow_array
from gis.io.repeats import later_repeats
from gis.io.text_arrow import TEXT_TYPE, is_missing, objects, offsets_and_bytes

__all__ = [
    "IdCheck",
    "IdStatus",
    "check_ids",
    "mask_id",
    "mask_name",
    "nik_birthdate_parts",
    "nik_sex",
]


class IdStatus(enum.IntEnum):
    """Outcome of checking one NIK or KK value."""

    OK = 0
    #: empty cell, None, NaN, pandas NA, or a textual null such as "nan" or "-"
    MISSING = 1
    #: scientific notation or any value that went through a float or a number
    #: format: digits were lost, it cannot be repaired
    SCIENTIFIC = 2
    #: digits only, but not 16 of them (a leading zero lost, or truncated)
    BAD_LENGTH = 3
    #: letters or other characters, dashes and signs included (only spaces and
    #: dots count as harmless group separators)
    NOT_DIGITS = 4
    #: 16 intact digits, but the province prefix is not a real province code or
    #: the regency part is 00
    BAD_REGION = 5
    #: 16 intact digits, but the date part is impossible (NIK: day 01-31 or
    #: 41-71, KK: day 01-31; month 01-12 for both)
    BAD_DATE = 6
    #: second and later occurrence of an otherwise valid number
    DUPLICATE = 7


#: Kemendagri province codes that can open a NIK or KK: one list for the
#: whole product (gis.io.codes), which also admits 99, the synthetic demo province.
PROVINCE_CODES: frozenset[int] = _REGION_PROVINCES
_PROVINCE_OK = np.zeros(100, dtype=bool)
_PROVINCE_OK[sorted(PROVINCE_CODES)] = True

KINDS = ("nik", "kk")

_WIDTH = 16
_LOWEST = 10 ** (_WIDTH - 1)
_BEYOND = 10**_WIDTH


class IdCheck:
    """Per-row result of :func:`check_ids`.

    Attributes
    ----------
    value : numpy.ndarray
        Object array. The normalised 16-digit string where the digits are intact
        (status OK, DUPLICATE, BAD_REGION or BAD_DATE), None elsewhere. A check
        of an Arrow text column keeps its values in Arrow
        (:meth:`arrow_values`) and makes this array only when asked.
    status : numpy.ndarray
        int8 array of :class:`IdStatus` codes, one per row.
    """

    def __init__(self, value=None, status=None, *, arrow: pa.Array | None = None):
        self.status = status
        self._value = value
        self._arrow = arrow

    @property
    def value(self) -> np.ndarray:
        if self._value is None:
            self._value = np.asarray(self._arrow.to_numpy(zero_copy_only=False), dtype=object)
        return self._value

    def arrow_values(self) -> pa.ChunkedArray:
        """The normalised values as Arrow text (null where not intact)."""
        if self._arrow is None:
            self._arrow = pa.chunked_array([pa.array(self._value, type=TEXT_TYPE)])
        return self._arrow

    def mark_damaged(self, rows: np.ndarray) -> None:
        """Mark ``rows`` (bool mask) SCIENTIFIC and drop their values."""
        self.status[rows] = IdStatus.SCIENTIFIC
        value = self.value.copy()
        value[rows] = None
        self._value, self._arrow = value, None

    def counts(self) -> dict[str, int]:
        """Count rows per status.

        Returns
        -------
        dict of str to int
            Status name (``"OK"``, ``"SCIENTIFIC"``, ...) to number of rows, in
            status order; statuses that do not occur are omitted.
        """
        tally = np.bincount(self.status.astype(np.intp), minlength=len(IdStatus))
        return {IdStatus(code).name: int(n) for code, n in enumerate(tally) if n}


def check_ids(values, kind: str = "nik", flag_duplicates: bool = True) -> IdCheck:
    """Classify NIK or KK values and normalise the intact ones.

    Parameters
    ----------
    values : sequence, numpy.ndarray or pandas.Series
        One value per row, as read from the register: str (the expected
        form), object arrays mixing str, None, NaN and numbers, float arrays,
        int arrays, pandas' ``"str"``/``"string"`` dtypes with NA, nullable
        ``Int64``/``Float64``.
    kind : {"nik", "kk"}
        ``"nik"`` allows day 41-71 (women: day + 40) in the date part; a KK
        number carries an issue date, so day 01-31 only.
    flag_duplicates : bool
        Mark the second and later rows of a valid number DUPLICATE. Pass False
        for KK numbers on individual rows, where a family's number repeats by
        design.

    Returns
    -------
    IdCheck
        Normalised value and status for every row, in input order.

    Raises
    ------
    ValueError
        If ``kind`` is unknown or ``values`` is not one-dimensional.
    TypeError
        If ``values`` is a single str or bytes rather than a sequence.

    Notes
    -----
    Every float value (a float dtype, a Python or numpy float in an object
    array, a string such as ``"3201011504890001.0"`` or ``"3.2E+15"``, or a
    thousands-formatted ``"3.201.011.504.890.001"``) is SCIENTIFIC even if it
    shows 16 digits: above 2**53 a float cannot hold every 16-digit number, and
    spreadsheets keep only 15 significant digits. Integer input is exact:
    16-digit integers are checked as digits, shorter ones are BAD_LENGTH.

    A number whose digits are intact but invalid keeps BAD_REGION or BAD_DATE on
    every row where it occurs; DUPLICATE is only given to repeats of valid
    numbers, the first occurrence stays OK. Normalised forms are compared, so
    ``"'3201011504890001"`` repeats ``"3201011504890001"``.
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
    rows = _Rows(values, kind, want_keys=flag_duplicates)
    if flag_duplicates:
        rows.flag_duplicates()
    if rows.arrow is not None:
        return IdCheck(status=rows.status, arrow=rows.arrow_values())
    return IdCheck(value=rows.value, status=rows.status)


def nik_sex(value) -> str | None:
    """Sex encoded in a NIK: ``"P"`` (perempuan, day 41-71) or ``"L"`` (day 01-31).

    Parameters
    ----------
    value : str
        A NIK, preferably the normalised value from :func:`check_ids`; the same
        harmless normalisations (apostrophe, spaces) are applied.

    Returns
    -------
    str or None
        None if the value is not 16 intact digits, or its day or month is
        impossible. The region is not checked.
    """
    parts = _date_part(value)
    if parts is None:
        return None
    return "P" if parts[0] > 40 else "L"


def nik_birthdate_parts(value) -> tuple[int, int, int] | None:
    """Birth date encoded in a NIK, with the women's +40 on the day removed.

    Parameters
    ----------
    value : str or int
        A NIK, preferably the normalised value from :func:`check_ids`.

    Returns
    -------
    tuple of int or None
        ``(day 1-31, month 1-12, two-digit year)``. The century is not
        guessed. None if the value is not 16 intact digits or the date part is
        impossible.
    """
    parts = _date_part(value)
    if parts is None:
        return None
    day, month, year = parts
    return (day - 40 if day > 40 else day), month, year


def mask_id(value: str | None) -> str:
    """Mask a NIK or KK for display, keeping only the 6-digit region prefix.

    Parameters
    ----------
    value : str or None
        The number, normalised or not.

    Returns
    -------
    str
        ``"320101**********"`` for ``"3201011504890001"``; the length is kept.
        Values of six characters or fewer are masked completely (they are not
        numbers whose prefix is safe to show). None, NaN and blanks give ``""``.
    """
    text = _display_text(value)
    keep = 6 if len(text) > 6 else 0
    return text[:keep] + "*" * (len(text) - keep)


def mask_name(value: str | None) -> str:
    """Mask a person's name for display, keeping the first letter of each word.

    Parameters
    ----------
    value : str or None
        A name such as ``"Siti Aminah"``.

    Returns
    -------
    str
        ``"S*** A*****"``: spacing and word lengths are kept so a table still
        reads naturally. None, NaN and blanks give ``""``.
    """
    text = _display_text(value)
    return _WORD.sub(lambda m: m[0][0] + "*" * (len(m[0]) - 1), text)


#: 15 or more digits in a row, allowing the spaces, dots and dashes a spreadsheet
#: or a typist puts between groups: a NIK or KK, even with a digit lost or added
_ID_RUN = re.compile(r"(?<![0-9])[0-9](?:[ .\-]?[0-9]){14,}(?![0-9])")
#: a 15-17 digit number that a spreadsheet turned into scientific notation
_ID_SCIENTIFIC = re.compile(r"[0-9]+(?:[.,][0-9]*)?\s*[eE]\s*\+?\s*(?:1[4-6])(?![0-9])")


def mask_ids_in_text(value) -> str:
    """Mask every NIK- or KK-shaped number inside any text, whatever its column.

    A row shifted by one missing field puts the NIK under "desil" or "alamat";
    masking by column alone would then write it in clear. Any run of 15 or more
    digits is masked like :func:`mask_id` (region prefix kept), and numbers in
    scientific notation of that size (``3.2E+15``) are masked completely.
    """
    text = _display_text(value)
    text = _ID_SCIENTIFIC.sub(lambda m: "*" * len(m[0]), text)
    return _ID_RUN.sub(lambda m: m[0][:6] + re.sub(r"[0-9]", "*", m[0][6:]), text)


# --------------------------------------------------------------------------
# per-row work


class _Rows:
    """Status, normalised value and duplicate key of every row, filled in by path.

    Each input shape (clean strings, ints, floats, mixed objects) has its own
    vectorised path; everything a path cannot settle falls through to the
    per-value rules in :func:`_classify_scalar`. Row indices passed between
    paths are sorted, so an index array as long as the table means "all rows".
    """

    def __init__(self, values, kind: str, want_keys: bool):
        self.kind = kind
        self.arrow = None
        path, arr, missing = _as_1d(values)
        n = len(arr)
        self.status = np.full(n, IdStatus.MISSING, dtype=np.int8)
        self.n = n
        self._value = None  # made when a value is first written (see value)
        # A 16-digit number fits an int64 exactly, so duplicates are found by
        # hashing integers rather than strings.
        self.key = np.full(n, -1, dtype=np.int64) if want_keys else None
        idx = np.arange(n)
        if missing is not None and missing.any():
            idx, arr = idx[~missing], arr[~missing]
        if path == "arrow":
            self._arrow_text(arr)
        elif path == "float":
            # A float cannot prove that it still holds all 16 digits.
            status = np.where(np.isnan(arr), IdStatus.MISSING, IdStatus.SCIENTIFIC)
            self._put(self.status, idx, status)
        elif path == "int":
            self._ints(idx, arr)
        else:
            self._objects(idx, arr)

    @property
    def value(self) -> np.ndarray:
        """Normalised value per row (object array). Made only when a path
        writes one: clean Arrow text keeps its values in Arrow, and an
        object array of None per row is 120 MB at 15 million households.
        """
        if self._value is None:
            self._value = np.full(self.n, None, dtype=object)
        return self._value

    def _put(self, target: np.ndarray, idx: np.ndarray, data) -> None:
        # Whole-column assignment is several times faster than fancy indexing.
        if len(idx) == len(target):
            target[:] = data
        else:
            target[idx] = data

    # -- paths by input type ------------------------------------------------

    def _ints(self, idx: np.ndarray, arr: np.ndarray) -> None:
        if arr.dtype.kind == "u":
            too_big = arr >= _BEYOND
            arr = np.where(too_big, 0, arr).astype(np.int64)
        else:
            arr = arr.astype(np.int64, copy=False)
            too_big = arr >= _BEYOND
        short = np.where(arr < 0, IdStatus.NOT_DIGITS, IdStatus.BAD_LENGTH)
        self._put(self.status, idx, short)
        whole = (arr >= _LOWEST) & ~too_big
        if not whole.all():
            idx, arr = idx[whole], arr[whole]
        status = _validate(
            province=arr // 10**14,
            regency=arr // 10**12 % 100,
            day=arr // 10**8 % 100,
            month=arr // 10**6 % 100,
            kind=self.kind,
        )
        self._put(self.status, idx, status)
        text = np.fromiter(map(str, arr.tolist()), dtype=object, count=len(arr))
        self._put(self.value, idx, text)
        if self.key is not None:
            self._put(self.key, idx, arr)

    def _arrow_text(self, arr: pa.ChunkedArray) -> None:
        """Fast path for Arrow text: 16 ASCII digits tested in the Arrow buffers themselves.

        No Python string is made for a clean value; the rows that fail the
        byte test (spaces, apostrophes, short or long values) go through the
        per-value rules like any other. Chunks are tested one by one, never joined.
        """
        self.arrow = arr
        n = len(arr)
        valid = ~is_missing(arr)
        self.fast = np.zeros(n, dtype=bool)
        base = 0
        for chunk in arr.chunks:
            m = len(chunk)
            offsets, data = offsets_and_bytes(chunk)
            at = np.flatnonzero(valid[base : base + m] & (np.diff(offsets) == _WIDTH))
            if len(at) == m and m and offsets[-1] - offsets[0] == _WIDTH * m:
                codes = data[offsets[0] : offsets[-1]].reshape(m, _WIDTH)  # a view, no copy
            else:
                codes = data[offsets[at][:, None] + np.arange(_WIDTH)]
            clean = _all_digits(codes)
            if not clean.all():
                at, codes = at[clean], codes[clean]
            self._set_digits(at + base, codes, None)
            self.fast[at + base] = True
            base += m
        rest = np.flatnonzero(valid & ~self.fast)
        if len(rest):
            self._one_by_one(rest, objects(arr.take(pa.array(rest))))

    def arrow_values(self) -> pa.ChunkedArray:
        """Normalised values of an Arrow input: the source where clean, the rules' result else."""
        arr = self.arrow
        if not self.fast.all():
            arr = pc.if_else(pa.array(self.fast), arr, pa.scalar(None, arr.type))
        slow = (
            np.flatnonzero(~self.fast & np.not_equal(self._value, None))
            if self._value is not None
            else np.zeros(0, dtype=np.intp)
        )
        if len(slow):
            mask = np.zeros(len(arr), dtype=bool)
            mask[slow] = True
            fixed = pa.array(self.value[slow], arr.type)
            arr = pc.replace_with_mask(arr.combine_chunks(), pa.array(mask), fixed)
        return arr if isinstance(arr, pa.ChunkedArray) else pa.chunked_array([arr])

    def _objects(self, idx: np.ndarray, arr: np.ndarray) -> None:
        if len(arr) == 0:
            return
        # infer_dtype runs in C; "string" without skipna also proves there is
        # no missing value, the common case of a register read as text.
        if pd.api.types.infer_dtype(arr, skipna=False) == "string":
            self._strings(idx, arr)
            return
        missing = pd.isna(arr)
        if missing.any():
            idx, arr = idx[~missing], arr[~missing]
        self._by_type(idx, arr, split=True)

    def _by_type(self, idx: np.ndarray, arr: np.ndarray, split: bool) -> None:
        """Send non-missing objects to the vectorised path their type allows."""
        inferred = pd.api.types.infer_dtype(arr, skipna=False)
        if inferred == "string":
            self._strings(idx, arr)
        elif inferred == "floating":
            self._put(self.status, idx, IdStatus.SCIENTIFIC)
        elif inferred == "integer" and (ints := _as_int64(arr)) is not None:
            # e.g. numeric cells read by openpyxl: Python ints are exact
            self._ints(idx, ints)
        elif split:
            # A column mixing text cells and numeric cells: each part on its own.
            is_str = np.fromiter(map(isinstance, arr, repeat(str)), dtype=bool, count=len(arr))
            self._strings(idx[is_str], arr[is_str])
            self._by_type(idx[~is_str], arr[~is_str], split=False)
        else:
            self._one_by_one(idx, arr)

    def _strings(self, idx: np.ndarray, strs: np.ndarray) -> None:
        """Fast path for str values: exactly 16 ASCII digits, tested byte-wise."""
        count = len(strs)
        if count == 0:
            return
        try:
            # Longer strings are truncated to 16 bytes here, shorter ones padded
            # with NUL (not a digit); lengths are settled below.
            codes = strs.astype(f"S{_WIDTH}").view(np.uint8).reshape(count, _WIDTH)
        except UnicodeEncodeError:  # some value holds non-ASCII characters
            codes = None
        if codes is not None:
            clean = _all_digits(codes)
            # All 16 leading characters are digits, so every string is at
            # least 16 long; a total of 16 per row then proves exactly 16.
            if clean.all() and sum(map(len, strs)) == _WIDTH * count:
                self._set_digits(idx, codes, strs)
                return
            clean &= _lengths(strs) == _WIDTH
            fast = np.flatnonzero(clean)
            codes = codes[fast]
        else:
            ascii16 = _lengths(strs) == _WIDTH
            ascii16[ascii16] = np.fromiter(map(str.isascii, strs[ascii16]), dtype=bool)
            candidate = np.flatnonzero(ascii16)
            codes = strs[candidate].astype(f"S{_WIDTH}").view(np.uint8).reshape(-1, _WIDTH)
            clean = _all_digits(codes)
            fast, codes = candidate[clean], codes[clean]
        self._set_digits(idx[fast], codes, strs[fast])
        rest = np.ones(count, dtype=bool)
        rest[fast] = False
        self._one_by_one(idx[rest], strs[rest])

    def _one_by_one(self, idx: np.ndarray, objs: np.ndarray) -> None:
        """Slow path: per-value rules, then the shared vectorised date/region test."""
        if len(objs) == 0:
            return
        settled = np.empty(len(objs), dtype=np.int8)
        digits: list[str] = []
        at: list[int] = []
        for i, obj in enumerate(objs.tolist()):
            status, normalised = _classify_scalar(obj)
            if normalised is None:
                settled[i] = status
            else:
                digits.append(normalised)
                at.append(i)
        self._put(self.status, idx, settled)
        if digits:
            where = idx[np.asarray(at, dtype=np.intp)]
            codes = np.array(digits, dtype=f"S{_WIDTH}").view(np.uint8).reshape(-1, _WIDTH)
            self._set_digits(where, codes, np.array(digits, dtype=object))

    def _set_digits(self, idx: np.ndarray, codes: np.ndarray, text: np.ndarray | None) -> None:
        """Record rows whose 16 digits are intact; ``codes`` holds their ASCII bytes."""
        if len(idx) == 0:
            return

        def pair(at: int) -> np.ndarray:
            return (codes[:, at].astype(np.int16) - 48) * 10 + (codes[:, at + 1] - 48)

        self._put(self.status, idx, _validate(pair(0), pair(2), pair(6), pair(8), self.kind))
        if text is not None:  # an Arrow input keeps its clean values in Arrow
            self._put(self.value, idx, text)
        if self.key is not None:
            self._put(self.key, idx, _digits_to_int(codes))

    # -- duplicates ---------------------------------------------------------

    def flag_duplicates(self) -> None:
        ok = np.flatnonzero(self.status == IdStatus.OK)
        again = later_repeats(self.key[ok])
        self.status[ok[again]] = IdStatus.DUPLICATE


def _as_1d(values) -> tuple[str, np.ndarray, np.ndarray | None]:
    """Turn any supported input into (path name, 1-D array, missing mask or None).

    The object path finds its own missing values, more cheaply than here.
    """
    if isinstance(values, (pd.Series, pd.Index)):
        values = values.array
    arrow = arrow_array(values)
    if arrow is not None:
        return "arrow", arrow, None
    if isinstance(values, pd.api.extensions.ExtensionArray):
        dtype = values.dtype
        if isinstance(dtype, np.dtype):  # numpy-backed pandas data
            values = values.to_numpy()
        elif pd.api.types.is_bool_dtype(dtype):
            values = values.to_numpy(dtype=object)
        elif pd.api.types.is_integer_dtype(dtype):
            wide = np.uint64 if dtype.kind == "u" else np.int64
            return "int", values.to_numpy(dtype=wide, na_value=0), np.asarray(values.isna())
        elif pd.api.types.is_float_dtype(dtype):
            return "float", values.to_numpy(dtype=np.float64, na_value=np.nan), None
        else:
            values = values.to_numpy(dtype=object)
    if isinstance(values, (str, bytes)):
        raise TypeError("values must be a sequence of values, not a single string")
    if not isinstance(values, np.ndarray):
        values = list(values) if not hasattr(values, "__len__") else values
        # Never let numpy infer a dtype from a list: [3201011504890001, 3.2e15]
        # would become float64 and the intact integer would be damaged here.
        values = np.fromiter(values, dtype=object, count=len(values))
    if values.ndim != 1:
        raise ValueError(f"values must be one-dimensional, got shape {values.shape}")
    kind = values.dtype.kind
    if kind in "fc":
        return "float", values, None
    if kind in "iu":
        return "int", values, None
    if kind == "S":
        values = np.char.decode(values, "latin-1")
    return "object", (values if kind == "O" else values.astype(object)), None


def _as_int64(ints: np.ndarray) -> np.ndarray | None:
    try:
        return ints.astype(np.int64)
    except OverflowError:  # Python ints beyond int64 are left to the per-value rules
        return None


def _lengths(strs: np.ndarray) -> np.ndarray:
    return np.fromiter(map(len, strs), dtype=np.intp, count=len(strs))


# Byte masks for testing and parsing eight ASCII characters in one uint64.
_HIGH_NIBBLES = np.uint64(0xF0F0F0F0F0F0F0F0)
_ASCII_ZEROS = np.uint64(0x3030303030303030)
_SIXES = np.uint64(0x0606060606060606)
_LOW_NIBBLES = np.uint64(0x0F0F0F0F0F0F0F0F)


def _all_digits(codes: np.ndarray) -> np.ndarray:
    """Rows of ``codes`` (n, 16 uint8) made of ASCII '0'-'9' only.

    Tested eight bytes at a time: a byte is a digit when its high nibble is 3
    and its low nibble is below 10; adding 6 pushes a low nibble of 10-15 into
    the high nibble, so both tests are masks on whole 64-bit words. No byte
    can carry into the next one (0x3F + 6 < 0x100), so the test does not
    depend on byte order.
    """
    words = np.ascontiguousarray(codes).view(np.uint64)
    bad = (words & _HIGH_NIBBLES) ^ _ASCII_ZEROS
    bad |= ((words + _SIXES) & _HIGH_NIBBLES) ^ _ASCII_ZEROS
    return (bad[:, 0] | bad[:, 1]) == 0


def _digits_to_int(codes: np.ndarray) -> np.ndarray:
    """The 16-digit numbers spelled by ``codes`` (n, 16 ASCII digits), as int64.

    Each half is parsed as one little-endian word (first character in the
    lowest byte) by combining neighbours pairwise: 1-digit lanes into 2-digit
    lanes (x 10), then 4-digit (x 100), then 8-digit (x 10,000); each multiply
    adds a lane, scaled, into its right-hand neighbour, and the shift and mask
    keep only the combined lanes.
    """
    words = np.ascontiguousarray(codes).view("<u8") & _LOW_NIBBLES
    words = (words * np.uint64(10 << 8 | 1)) >> np.uint64(8)
    words &= np.uint64(0x00FF00FF00FF00FF)
    words = (words * np.uint64(100 << 16 | 1)) >> np.uint64(16)
    words &= np.uint64(0x0000FFFF0000FFFF)
    words = (words * np.uint64(10_000 << 32 | 1)) >> np.uint64(32)
    return (words[:, 0] * np.uint64(10**8) + words[:, 1]).astype(np.int64)


def _validate(province, regency, day, month, kind: str) -> np.ndarray:
    """Status OK / BAD_REGION / BAD_DATE from the numeric parts of intact numbers.

    A bad region wins over a bad date: with an impossible prefix the value is
    probably not a NIK or KK at all.
    """
    real_day = (day >= 1) & (day <= 31)
    if kind == "nik":
        real_day |= (day >= 41) & (day <= 71)
    date_ok = real_day & (month >= 1) & (month <= 12)
    region_ok = _PROVINCE_OK[province] & (regency != 0)
    status = np.where(date_ok, IdStatus.OK, IdStatus.BAD_DATE).astype(np.int8)
    status[~region_ok] = IdStatus.BAD_REGION
    return status


# --------------------------------------------------------------------------
# rules for one value (slow path, and the scalar helpers)

# Characters a spreadsheet or a copy from a web page leaves around a value:
# whitespace, and invisible ones str.strip() keeps (zero-width spaces,
# direction marks, byte-order marks).
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"
_EDGES = re.compile(rf"^[\s{_INVISIBLE}]+|[\s{_INVISIBLE}]+$")
# Excel's text-forcing apostrophe (and its typographic cousins from Word).
_APOSTROPHES = "'\u2018\u2019"
# What exports write for an empty cell.
_NULL_TOKENS = frozenset({"nan", "none", "null", "na", "n/a", "#n/a", "-", "--"})
# [0-9] rather than \d below: \d would accept Arabic-Indic or fullwidth digits.
# Mantissa with a decimal point or comma, then an exponent: 3.20101E+15, 3,2e15.
_SCIENTIFIC = re.compile(r"[+-]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)\s*[eE]\s*[+-]?[0-9]{1,3}")
# A float printed in full: 3201011504890001.0, 3201011504890001,00.
_FLOAT_TAIL = re.compile(r"[+-]?[0-9]+[.,]0+")
# A number shown with thousands separators (3.201.011.504.890.000 in an
# Indonesian spreadsheet): it was a number cell, so only 15 digits survived.
_THOUSANDS = re.compile(r"[+-]?[0-9]{1,3}([.,])[0-9]{3}(?:\1[0-9]{3}){2,}")
# Digit groups separated by spaces or single dots: 3201 0115 0489 0001,
# 32.01.01.150489.0001.
_GROUPED = re.compile(r"[0-9]+(?:(?:\s+|\s*\.\s*)[0-9]+)+")
_NOT_DIGIT = re.compile(r"[^0-9]")
_WORD = re.compile(r"\S+")


def _classify_scalar(obj) -> tuple[int, str | None]:
    """Status of one value, or (-1, digits) when its 16 digits are intact.

    Intact digits still need the region and date test, which is done
    vectorised by the caller.
    """
    if obj is None or obj is pd.NA or obj is pd.NaT:
        return IdStatus.MISSING, None
    if isinstance(obj, str):
        return _classify_text(obj)
    if isinstance(obj, (bool, np.bool_)):
        return IdStatus.NOT_DIGITS, None
    if isinstance(obj, (float, np.floating, complex, np.complexfloating)):
        return (IdStatus.MISSING if obj != obj else IdStatus.SCIENTIFIC), None
    if isinstance(obj, (int, np.integer)):
        number = int(obj)
        if number < 0:
            return IdStatus.NOT_DIGITS, None
        text = str(number)
        return (-1, text) if len(text) == _WIDTH else (IdStatus.BAD_LENGTH, None)
    if isinstance(obj, (bytes, bytearray)):
        return _classify_text(obj.decode("latin-1"))
    # Decimal, numpy.str_ subclasses handled above; anything else by its text
    # (a Decimal("3.2E+15") is SCIENTIFIC, Decimal("NaN") MISSING).
    return _classify_text(str(obj))


def _classify_text(raw: str) -> tuple[int, str | None]:
    text = _trim(raw)
    if text and text[0] in _APOSTROPHES:
        text = _trim(text[1:])
    if not text or text.casefold() in _NULL_TOKENS:
        return IdStatus.MISSING, None
    if text.isascii() and text.isdigit():
        return (-1, text) if len(text) == _WIDTH else (IdStatus.BAD_LENGTH, None)
    if _SCIENTIFIC.fullmatch(text) or _FLOAT_TAIL.fullmatch(text) or _THOUSANDS.fullmatch(text):
        return IdStatus.SCIENTIFIC, None
    if _GROUPED.fullmatch(text):
        digits = _NOT_DIGIT.sub("", text)
        return (-1, digits) if len(digits) == _WIDTH else (IdStatus.BAD_LENGTH, None)
    return IdStatus.NOT_DIGITS, None


def _trim(text: str) -> str:
    text = text.strip()
    if text and (text[0] in _INVISIBLE or text[-1] in _INVISIBLE):
        text = _EDGES.sub("", text)
    return text


def _date_part(value) -> tuple[int, int, int] | None:
    """(day as coded, month, year) of a NIK whose digits and date are intact."""
    _status, digits = _classify_scalar(value)
    if digits is None:
        return None
    day, month, year = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    if not (1 <= month <= 12 and (1 <= day <= 31 or 41 <= day <= 71)):
        return None
    return day, month, year


def _display_text(value) -> str:
    if value is None or value is pd.NA:
        return ""
    if isinstance(value, (float, np.floating)) and value != value:
        return ""
    return str(value).strip()
