"""Where a register row says its village is: its Kemendagri code, read whole
or composed from region parts, its BPS code parts, or its region names.

Part of the household import (:mod:`gis.model.importer`). A province has a
few thousand village codes over millions of rows, so a code is kept once
per distinct value (:class:`RowCodes`): fixed-width strings for every row
cost 600 MB and more than a second at 15 million households.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from gis.io.codelists import slug
from gis.io.codes import codes_to_int, normalize_village_codes
from gis.io.mapping import ColumnMapping
from gis.io.parse import factorize_values, text_column
from gis.model.villages import VillageTable

_ADMIN_PREFIXES = ("kabupaten", "kab", "kota", "kecamatan", "kec", "desa", "kelurahan", "kel")


@dataclass
class RowCodes:
    """The village code of each row, and what it was read from.

    Attributes
    ----------
    codes, code_int, has_code
        Per row: the 10-digit code (an object array sharing one Python
        string per distinct code; "" where none), the code as int64 (-1),
        and whether the row has a code at all.
    raw_key, raw_uniq
        The row's raw text is ``raw_uniq[raw_key]`` (None last, for a blank
        cell); both None without a code column.
    code_key, key_int
        The row's code is ``key_int[code_key]`` (the distinct codes as
        int64), so villages are looked up once per distinct code; None once
        codes were composed row by row.
    """

    codes: np.ndarray
    code_int: np.ndarray
    has_code: np.ndarray
    raw_key: np.ndarray | None = None
    raw_uniq: np.ndarray | None = None
    code_key: np.ndarray | None = None
    key_int: np.ndarray | None = None

    def take(self, rows: np.ndarray) -> RowCodes:
        """The codes of ``rows`` (positions or a boolean mask), in that order."""

        def pick(values):
            return None if values is None else values[rows]

        return replace(
            self,
            codes=self.codes[rows],
            code_int=self.code_int[rows],
            has_code=self.has_code[rows],
            raw_key=pick(self.raw_key),
            code_key=pick(self.code_key),
        )

    def raw_at(self, rows: np.ndarray) -> np.ndarray:
        """The raw text of ``rows`` (object array, None for blanks)."""
        if self.raw_key is None:
            return np.full(len(self.codes[rows]), None, dtype=object)
        return self.raw_uniq[self.raw_key[rows]]

    def villages_in(self, villages: VillageTable) -> np.ndarray:
        """Village index of each row's code in ``villages`` (-1 where none)."""
        if self.code_key is None:
            return villages.lookup_int(self.code_int)
        return villages.lookup_int(self.key_int)[self.code_key]


def column(frame: pd.DataFrame, mapping: ColumnMapping, fld: str):
    """The frame's column mapped to field ``fld``, or None."""
    name = mapping.fields.get(fld)
    return None if name is None else frame[name]


def read_row_codes(frame: pd.DataFrame, mapping: ColumnMapping, n: int) -> RowCodes:
    """The village code of every row of ``frame`` (``n`` rows).

    A full code in the village column wins; otherwise the code is composed
    from separate province / kabupaten / kecamatan / village columns (DTSEN
    sheets split it that way), using the last 2/2/2/4 digits of each.
    """
    raw = column(frame, mapping, "village_code")
    if raw is None:
        return RowCodes(
            codes=np.full(n, "", dtype=object),
            code_int=np.full(n, -1, np.int64),
            has_code=np.zeros(n, dtype=bool),
        )
    # a register repeats a few thousand codes a million times: normalise each once
    fcodes, uniques = factorize_values(raw)
    uniq_text = text_column(pd.Series(uniques, dtype=object))
    uniq_codes = np.append(normalize_village_codes(uniq_text), "").astype("U10")
    uniq_text = np.append(uniq_text, None)
    # integer keys from the distinct codes: the village lookup becomes a searchsorted
    key_int = codes_to_int(uniq_codes)
    out = RowCodes(
        codes=uniq_codes.astype(object)[fcodes],
        code_int=key_int[fcodes],
        has_code=(uniq_codes != "")[fcodes],
        raw_key=fcodes,
        raw_uniq=uniq_text,
        code_key=fcodes,
        key_int=key_int,
    )
    parts = [
        column(frame, mapping, f) for f in ("province_code", "kabupaten_code", "kecamatan_code")
    ]
    missing = ~out.has_code
    if missing.any() and all(p is not None for p in parts):
        idx = np.flatnonzero(missing)
        digits = [
            pd.Series(text_column(p)[idx], dtype="string").str.replace(r"\D", "", regex=True)
            for p in parts
        ]
        desa = pd.Series(out.raw_at(idx), dtype="string").str.replace(r"\D", "", regex=True)
        composed = (
            digits[0].str[-2:].str.zfill(2)
            + digits[1].str[-2:].str.zfill(2)
            + digits[2].str[-2:].str.zfill(2)
            + desa.str[-4:].str.zfill(4)
        )
        ok = (desa.str.len() >= 4) & digits[0].notna() & digits[1].notna() & digits[2].notna()
        composed = composed.where(ok.fillna(False), "")
        made = normalize_village_codes(composed.fillna("").to_numpy(dtype=object))
        out.codes[idx] = made
        out.code_int[idx] = codes_to_int(made)
        out.has_code[idx] = made != ""
        out.code_key = out.key_int = None  # some rows' codes are no longer their raw text's
    return out


def bps_codes(frame: pd.DataFrame, mapping: ColumnMapping, n: int) -> np.ndarray | None:
    parts = [column(frame, mapping, f) for f in ("bps_prop", "bps_kab", "bps_kec", "bps_desa")]
    if any(p is None for p in parts):
        return None
    widths = (2, 2, 3, 3)
    out = None
    for p, w in zip(parts, widths):
        s = pd.Series(text_column(p), dtype="string").str.replace(r"\.0$", "", regex=True)
        s = s.str.zfill(w)
        out = s if out is None else out + s
    return out.fillna("").to_numpy(dtype=object)


def _name_key(value) -> str:
    key = slug(value or "")
    for prefix in _ADMIN_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix) + 2:
            return key[len(prefix) :]
    return key


def match_names(villages: VillageTable, frame, mapping, rows_needed: np.ndarray) -> np.ndarray:
    """Village index from region names (registers such as SIKS-NG have no codes).

    Matches (kabupaten, kecamatan, desa) names, then (kecamatan, desa), then
    the desa name alone, each only where it is unambiguous.
    """
    out = np.full(len(rows_needed), -1, dtype=np.int32)
    vcol = column(frame, mapping, "village_name")
    if vcol is None or len(rows_needed) == 0:
        return out
    kec_col = column(frame, mapping, "kecamatan_name")
    kab_col = column(frame, mapping, "kabupaten_name")
    vnames = [_name_key(v) for v in villages.names]
    knames = [_name_key(villages.kec_names[i]) for i in villages.kec_index]
    bnames = [_name_key(villages.kab_names[i]) for i in villages.kab_index]
    index3: dict[tuple, list[int]] = {}
    index2: dict[tuple, list[int]] = {}
    index1: dict[str, list[int]] = {}
    for i, (v, k, b) in enumerate(zip(vnames, knames, bnames)):
        index3.setdefault((b, k, v), []).append(i)
        index2.setdefault((k, v), []).append(i)
        index1.setdefault(v, []).append(i)

    def cols(c):
        return text_column(c)[rows_needed] if c is not None else np.full(len(rows_needed), None)

    triples = pd.DataFrame({"b": cols(kab_col), "k": cols(kec_col), "v": cols(vcol)})
    codes, uniques = pd.factorize(pd.MultiIndex.from_frame(triples.fillna("")))
    result = np.full(len(uniques), -1, dtype=np.int32)
    for j, (b, k, v) in enumerate(uniques):
        b, k, v = _name_key(b), _name_key(k), _name_key(v)
        for hits in (index3.get((b, k, v)), index2.get((k, v)), index1.get(v)):
            if hits is not None and len(hits) == 1:
                result[j] = hits[0]
                break
    return result[codes]
