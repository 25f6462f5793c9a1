"""Counting for the filter panel: how many households each choice would give.

Pure numpy, no Qt, tested without a window. Counts next to a choice are
the households that have that value *and* meet the other active
conditions (the usual faceted-search count): the desil chips count within
the PPKS, program and area conditions, and so on. They are bincounts over
the household columns, a few milliseconds at a million households.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from gis.model.filters import HouseholdFilter, ppks_mask, unit_mask
from gis.model.households import HouseholdTable
from gis.model.verification import months_since

#: "Not verified in N months" choices the panel offers (a stored filter may name another N).
STALE_CHOICES: tuple[int, ...] = (3, 6, 12, 24)

# ---------------------------------------------------------------------------
# counting (pure numpy; tested without a window)

# bit b of byte value v, for turning per-byte bincounts into per-bit counts
_BYTE_BITS = np.unpackbits(np.arange(256, dtype=np.uint8)[:, None], axis=1, bitorder="little")
_BYTE_BITS = _BYTE_BITS.astype(np.int64)


def bit_counts(bits: np.ndarray, n_bits: int) -> np.ndarray:
    """How many values of a uint32 bit-mask array have each of the first ``n_bits`` bits set."""
    as_bytes = np.ascontiguousarray(bits, dtype=np.uint32).view(np.uint8).reshape(-1, 4)
    out = np.concatenate(
        [np.bincount(as_bytes[:, k], minlength=256) @ _BYTE_BITS for k in range(4)]
    )
    return out[:n_bits]


@dataclass
class ChipCounts:
    """Counts shown beside each choice (see the module docstring for their meaning)."""

    total: int = 0
    households: int = 0
    desil: np.ndarray = field(default_factory=lambda: np.zeros(11, dtype=np.int64))
    ppks: np.ndarray = field(default_factory=lambda: np.zeros(26, dtype=np.int64))
    receives: dict[str, int] = field(default_factory=dict)
    lacks: dict[str, int] = field(default_factory=dict)
    # per program: households (under the other conditions) whose receipt is unknown
    unknown: dict[str, int] = field(default_factory=dict)
    # program keys the register says nothing about for any household
    not_carried: tuple[str, ...] = ()
    # False when the register has no PPKS column: PPKS counts are unknown, not 0
    ppks_carried: bool = True
    lacks_everything: int = 0
    villages: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    kecamatan: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    kabupaten: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    # months -> households not verified in that many months (under the other conditions)
    stale: dict[int, int] = field(default_factory=dict)
    # False when the register has no verification columns: "not verified" is unknown
    verification_carried: bool = True


def chip_counts(table: HouseholdTable, flt: HouseholdFilter, today=None) -> ChipCounts:
    """Counts for every chip of the panel under filter ``flt`` (``today`` for tests)."""
    from datetime import date

    n = len(table)
    prov = table.verification
    # months since each household's last verification, computed once for every choice
    age = None if prov is None else months_since(prov.verified_on, today or date.today())
    parts: dict[str, np.ndarray] = {}
    if flt.desil and set(flt.desil) != set(range(11)):
        parts["desil"] = HouseholdFilter(desil=flt.desil).mask(table)
    if flt.ppks_any:
        parts["ppks"] = (table.ppks & np.uint32(ppks_mask(flt.ppks_any))) != 0
    if flt.receives_any:
        parts["receives"] = HouseholdFilter(desil=(), receives_any=flt.receives_any).mask(table)
    if flt.lacks_all:
        parts["lacks"] = HouseholdFilter(desil=(), lacks_all=flt.lacks_all).mask(table)
    if flt.units:
        parts["units"] = unit_mask(table, flt.units)
    if flt.stale_months:
        parts["stale"] = np.ones(n, dtype=bool) if age is None else _stale(age, flt.stale_months)

    def others(skip: str) -> np.ndarray | slice:
        sel = None
        for key, m in parts.items():
            if key != skip:
                sel = m.copy() if sel is None else np.logical_and(sel, m, out=sel)
        return slice(None) if sel is None else sel

    out = ChipCounts(total=n)
    all_sel = others("")
    out.households = n if isinstance(all_sel, slice) else int(all_sel.sum())
    out.desil = np.bincount(table.desil[others("desil")], minlength=11).astype(np.int64)
    out.ppks = bit_counts(table.ppks[others("ppks")], 26)
    keys = table.program_keys
    rec = bit_counts(table.programs[others("receives")], len(keys))
    out.receives = {k: int(rec[i]) for i, k in enumerate(keys)}
    # "belum" counts only households whose receipt is known: unknown is not "no"
    lack_rows = others("lacks")
    lack_sel = table.programs[lack_rows]
    known_sel = table.programs_known[lack_rows]
    known = bit_counts(known_sel, len(keys))
    lack = known - bit_counts(lack_sel & known_sel, len(keys))
    out.lacks = {k: int(lack[i]) for i, k in enumerate(keys)}
    out.unknown = {k: int(len(known_sel) - known[i]) for i, k in enumerate(keys)}
    out.not_carried = table.missing_programs()
    out.ppks_carried = table.carries_ppks
    out.lacks_everything = int(np.count_nonzero((lack_sel == 0) & (known_sel != 0)))
    v = table.villages
    per_village = np.bincount(table.village[others("units")] + 1, minlength=len(v) + 1)[1:]
    out.villages = per_village.astype(np.int64)
    out.kecamatan = np.bincount(v.kec_index, weights=per_village, minlength=len(v.kec_codes))
    out.kabupaten = np.bincount(v.kab_index, weights=per_village, minlength=len(v.kab_codes))
    out.kecamatan = out.kecamatan.astype(np.int64)
    out.kabupaten = out.kabupaten.astype(np.int64)
    out.verification_carried = age is not None
    if age is not None:
        stale_rows = age[others("stale")]
        months = sorted({*STALE_CHOICES, *((flt.stale_months,) if flt.stale_months else ())})
        out.stale = {m: int(np.count_nonzero(_stale(stale_rows, m))) for m in months}
    return out


def _stale(age: np.ndarray, months: int) -> np.ndarray:
    """Never verified (NaN) or verified ``months`` or more months ago (as ``stale_mask``)."""
    return np.isnan(age) | (age >= months)


def short_program_name(name: str) -> str:
    """A program name short enough for a chip row: the acronym in brackets, else the name.

    "Program Keluarga Harapan (PKH)" -> "PKH"; "Program Sembako / BPNT" -> "Sembako / BPNT";
    "PKH Plus (program daerah lansia)" -> "PKH Plus".
    """
    if "(" in name and name.rstrip().endswith(")"):
        inner = name[name.rfind("(") + 1 : name.rstrip().rfind(")")].strip()
        if inner and len(inner) <= 14:
            return inner
        name = name[: name.rfind("(")].strip()  # "PKH Plus (program daerah lansia)" -> "PKH Plus"
    name = name[len("Program ") :] if name.startswith("Program ") else name
    return name if len(name) <= 18 else name[:17] + "…"


def same_filter(a: HouseholdFilter, b: HouseholdFilter) -> bool:
    """Equal conditions, whatever the labels (a preset stays a preset when relabelled)."""

    def norm(f: HouseholdFilter) -> HouseholdFilter:
        desil = () if set(f.desil) >= set(range(11)) else tuple(sorted(f.desil))
        return replace(
            f,
            desil=desil,
            ppks_any=tuple(sorted(f.ppks_any)),
            receives_any=tuple(sorted(f.receives_any)),
            lacks_all=tuple(sorted(f.lacks_all)),
            units=tuple(sorted(f.units)),
            label="",
        )

    return norm(a) == norm(b)
