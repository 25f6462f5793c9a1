"""A travel table between villages: minutes (or km) from a family's village to a mentor's.

Great-circle km ignore rivers, straits and roads; a Dinas that has travel
times (from a routing service, or the kecamatan's own knowledge) gives a
table of village code pairs and lets the matching minimise those instead.
The direction is family village -> mentor village. A pair missing from
the table is unreachable, unless a fallback is stated: the reverse pair's
value (``symmetric``) or, for a family in the mentor's own village, a fixed
value (``same_village``). Rows that cannot be used are counted per reason
and named (row number, code or value), never silently dropped: unknown
village codes, empty or non-numeric values, negative or absurd values, and
a pair given twice (the first row is used).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from gis.errors import SasaranError
from gis.io.codes import normalize_village_codes

#: header names (normalised: lower case, spaces and dashes as ``_``) per column
FROM_NAMES = (
    "dari", "asal", "kode_asal", "desa_asal", "kode_desa_asal", "kode_desa_keluarga",
    "desa_keluarga", "from", "origin",
)  # fmt: skip
TO_NAMES = (
    "ke", "tujuan", "kode_tujuan", "desa_tujuan", "kode_desa_tujuan", "kode_desa_pendamping",
    "desa_pendamping", "to", "destination",
)  # fmt: skip
MINUTE_NAMES = ("menit", "waktu_tempuh", "waktu", "waktu_menit", "durasi", "minutes", "minute")
KM_NAMES = ("km", "jarak", "jarak_km", "distance_km", "distance")
#: larger than any trip a mentor makes: a typing slip (or seconds, or metres)
ABSURD = {"menit": 24 * 60.0, "km": 1000.0}
#: why a row of the table is not used
TRAVEL_PROBLEMS = {
    "travel_unknown_code": "kode desa tidak ada di batas wilayah",
    "travel_bad_value": "nilai kosong atau bukan angka",
    "travel_negative": "nilai negatif",
    "travel_absurd": "nilai tidak masuk akal (lebih dari {limit:g} {unit})",
    "travel_duplicate": "pasangan desa yang sama diulang (baris pertama dipakai)",
}
#: rows named per reason in the report
EXAMPLES = 5


class TravelTableError(SasaranError):
    """The travel table cannot be used at all (no code or value columns, nothing usable)."""


@dataclass
class TravelTable:
    """Village pairs (indices into the village table) and their travel value."""

    source: str
    unit: str  # "menit" or "km"
    from_village: np.ndarray  # int64
    to_village: np.ndarray  # int64
    value: np.ndarray  # float64, >= 0
    symmetric: bool = False
    same_village: float | None = None

    def pairs(self) -> pd.DataFrame:
        """Every usable (from, to, value), fallbacks included (first value of a pair wins)."""
        df = pd.DataFrame({"src": self.from_village, "dst": self.to_village, "value": self.value})
        if self.symmetric:
            back = df.rename(columns={"src": "dst", "dst": "src"})
            df = pd.concat([df, back], ignore_index=True)
        if self.same_village is not None:
            every = np.unique(np.concatenate([self.from_village, self.to_village]))
            df = pd.concat(
                [df, pd.DataFrame({"src": every, "dst": every, "value": self.same_village})],
                ignore_index=True,
            )
        return df.drop_duplicates(["src", "dst"], keep="first").reset_index(drop=True)

    def describe(self) -> str:
        """Which distance the matching uses, in the planner's words."""
        what = "waktu tempuh (menit)" if self.unit == "menit" else "jarak tempuh (km)"
        text = f"{what} dari tabel {self.source}, desa keluarga ke desa pendamping"
        extra = []
        if self.symmetric:
            extra.append("pasangan yang tidak ada memakai arah sebaliknya")
        if self.same_village is not None:
            extra.append(f"desa yang sama tanpa baris: {self.same_village:g} {self.unit}")
        extra.append("pasangan lain yang tidak ada di tabel dianggap tidak terjangkau")
        return text + "; " + "; ".join(extra)


@dataclass
class TravelReport:
    """What was read from the travel table, and every row that was not used, by reason."""

    file: str
    unit: str
    rows_read: int = 0
    pairs: int = 0
    problems: dict[str, int] = field(default_factory=dict)
    examples: dict[str, list[str]] = field(default_factory=dict)
    columns: dict[str, str] = field(default_factory=dict)

    def lines(self) -> list[str]:
        """The report in Bahasa Indonesia, one line each."""
        out = [
            f"Tabel perjalanan: {self.file} ({self.unit}); kolom: "
            + ", ".join(f"{k} <- {v}" for k, v in self.columns.items()),
            f"  baris dibaca {self.rows_read}, pasangan desa dipakai {self.pairs}",
        ]
        for code, n in self.problems.items():
            text = TRAVEL_PROBLEMS[code].format(limit=ABSURD[self.unit], unit=self.unit)
            out.append(f"  {n} baris tidak dipakai: {text}; mis. {', '.join(self.examples[code])}")
        return out

    def to_dict(self) -> dict:
        return {
            "file": self.file,
            "unit": self.unit,
            "rows_read": self.rows_read,
            "pairs": self.pairs,
            "columns": self.columns,
            "problems": self.problems,
            "examples": self.examples,
        }


def _norm(name) -> str:
    return re.sub(r"[\s\-]+", "_", str(name).strip().lower())


def _pick(columns, names) -> str | None:
    by_norm = {_norm(c): c for c in columns}
    for n in names:
        if n in by_norm:
            return by_norm[n]
    return None


def read_travel_table(
    path,
    villages,
    *,
    symmetric: bool = False,
    same_village: float | None = None,
    sheet: str | None = None,
) -> tuple[TravelTable, TravelReport]:
    """Read a travel table (CSV/XLSX) against the village boundaries; a worded report beside it."""
    from gis.io.readers import read_table

    raw = read_table(path, sheet=sheet)
    frame = raw.frame
    name = Path(path).name
    src, dst = _pick(frame.columns, FROM_NAMES), _pick(frame.columns, TO_NAMES)
    minutes, km = _pick(frame.columns, MINUTE_NAMES), _pick(frame.columns, KM_NAMES)
    value_col = minutes or km
    if src is None or dst is None or value_col is None:
        raise TravelTableError(
            "travel columns",
            code="travel_columns",
            path=path,
            found=[str(c) for c in frame.columns],
        )
    unit = "menit" if minutes else "km"
    if same_village is not None and not 0 <= same_village <= ABSURD[unit]:
        raise TravelTableError("same village", code="travel_bad_fallback", value=same_village)
    report = TravelReport(
        file=name,
        unit=unit,
        rows_read=len(frame),
        columns={"desa keluarga": str(src), "desa pendamping": str(dst), unit: str(value_col)},
    )
    f_idx = villages.lookup(normalize_village_codes(frame[src].astype(str).to_numpy()))
    t_idx = villages.lookup(normalize_village_codes(frame[dst].astype(str).to_numpy()))
    text = frame[value_col].astype(str).str.strip().str.replace(",", ".", regex=False)
    value = pd.to_numeric(text, errors="coerce").to_numpy(dtype=float)
    rows = np.asarray(raw.rows)
    reason = np.full(len(frame), "", dtype=object)
    unknown = (f_idx < 0) | (t_idx < 0)
    reason[unknown] = "travel_unknown_code"
    todo = reason == ""
    reason[todo & ~np.isfinite(value)] = "travel_bad_value"
    todo = reason == ""
    reason[todo & (value < 0)] = "travel_negative"
    todo = reason == ""
    reason[todo & (value > ABSURD[unit])] = "travel_absurd"
    todo = np.flatnonzero(reason == "")
    key = f_idx[todo].astype(np.int64) * max(len(villages), 1) + t_idx[todo]
    _, first = np.unique(key, return_index=True)
    again = np.ones(len(todo), dtype=bool)
    again[first] = False
    reason[todo[again]] = "travel_duplicate"
    for code in TRAVEL_PROBLEMS:
        hit = np.flatnonzero(reason == code)
        if len(hit):
            report.problems[code] = len(hit)
            report.examples[code] = [
                _example(code, int(rows[i]), frame[src].iloc[i], frame[dst].iloc[i], text.iloc[i])
                for i in hit[:EXAMPLES]
            ]
    keep = reason == ""
    report.pairs = int(keep.sum())
    if report.pairs == 0:
        raise TravelTableError("no pairs", code="travel_empty", path=path, report=report)
    table = TravelTable(
        source=name,
        unit=unit,
        from_village=f_idx[keep].astype(np.int64),
        to_village=t_idx[keep].astype(np.int64),
        value=value[keep],
        symmetric=symmetric,
        same_village=same_village,
    )
    return table, report


def _example(code: str, row: int, src, dst, value) -> str:
    if code == "travel_unknown_code":
        return f"baris {row} ({src} -> {dst})"
    if code == "travel_duplicate":
        return f"baris {row} ({src} -> {dst})"
    return f"baris {row} (nilai {value!r})" if value not in ("", "nan", "<NA>") else f"baris {row}"
