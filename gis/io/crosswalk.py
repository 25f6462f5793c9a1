"""BPS-to-Kemendagri village code crosswalk.

BPS and Kemendagri number villages differently (in Bangka Belitung BPS 1903
is Bangka Barat while Kemendagri 19.03 is Bangka Selatan), so registers
keyed on BPS codes - BDT 2015 above all - can only be placed through an
explicit table. The planner supplies it (BPS publishes one with each
Master File Desa); the product never converts one code into the other by
its digits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from gis.errors import MappingError
from gis.io.codelists import slug
from gis.io.codes import normalize_village_code
from gis.io.parse import text_column
from gis.io.readers import read_table

_BPS_COLS = ("kodebps", "kdbps", "bps", "kodedesabps", "idbps")
_KEM_COLS = ("kodekemendagri", "kodekemdagri", "kemendagri", "kodedesa", "kdepum")


@dataclass
class Crosswalk:
    """BPS 10-digit village code -> Kemendagri 10-digit village code."""

    codes: dict[str, str] = field(default_factory=dict)
    skipped_rows: list[int] = field(default_factory=list)  # rows whose codes were not 10 digits
    conflicting: list[str] = field(default_factory=list)  # BPS codes listed with two targets
    source: str = ""

    def translate(self, bps_codes: np.ndarray) -> np.ndarray:
        """Kemendagri code per BPS code ("" where the table has none)."""
        uniq, inv = np.unique(np.asarray(bps_codes, dtype="U10"), return_inverse=True)
        mapped = np.array([self.codes.get(u, "") for u in uniq], dtype="U10")
        return mapped[inv]


def read_crosswalk(path: str | Path) -> Crosswalk:
    """Read a two-column crosswalk (CSV or XLSX) with a BPS and a Kemendagri code column."""
    raw = read_table(path)
    by_slug = {slug(c): c for c in raw.frame.columns}
    bps_col = next((by_slug[c] for c in _BPS_COLS if c in by_slug), None)
    kem_col = next((by_slug[c] for c in _KEM_COLS if c in by_slug), None)
    if bps_col is None or kem_col is None:
        raise MappingError(
            "crosswalk needs a BPS and a Kemendagri code column",
            code="crosswalk_columns",
            path=path,
            missing=[
                n for n, c in (("kode_bps", bps_col), ("kode_kemendagri", kem_col)) if c is None
            ],
        )
    out = Crosswalk(source=Path(path).name)
    bps = text_column(raw.frame[bps_col])
    kem = text_column(raw.frame[kem_col])
    for row, b, k in zip(raw.rows.tolist(), bps, kem):
        b_digits = "".join(ch for ch in str(b or "") if ch.isdigit())
        k_code = normalize_village_code(k)
        if len(b_digits) != 10 or k_code is None:
            out.skipped_rows.append(int(row))
            continue
        if out.codes.setdefault(b_digits, k_code) != k_code:
            out.conflicting.append(b_digits)
    for b in set(out.conflicting):
        del out.codes[b]  # ambiguous: refuse rather than guess
    return out
