"""Household filters: what a planner ticks, as boolean masks.

A filter is plain data (so a scenario can store it and undo can restore
it); applying it is a handful of numpy operations over the household
columns, fast enough to follow every click at a million households.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np

from gis.model.households import HouseholdTable


def ppks_mask(codes) -> int:
    """Bit mask of PPKS codes 1-26."""
    mask = 0
    for c in codes:
        mask |= 1 << (int(c) - 1)
    return mask


@dataclass(frozen=True)
class HouseholdFilter:
    """Which households a planner is looking at.

    Attributes
    ----------
    desil
        Desil values kept (1-10; 0 = missing desil). Empty means all.
    ppks_any
        PPKS codes; keep households with at least one. Empty means no condition.
    receives_any
        Program keys; keep households receiving at least one.
    lacks_all
        Program keys; keep households known not to receive any of them (a
        household whose receipt of one of them is unknown - the register has
        no column for it - is not kept: unknown is not "not received"). The
        special key ``"*"`` means "receives none of the programs known for
        it", for households with at least one known program.
    units
        Admin unit codes (kabupaten 4, kecamatan 6 or village 10 digits, dots
        allowed); keep households in any of them. Empty means the whole area.
    stale_months
        Keep households not verified in the last ``stale_months`` months:
        verified longer ago, or never verified in the register's
        verification columns (:attr:`HouseholdTable.verification`). 0 means no
        condition.
    """

    desil: tuple[int, ...] = (1, 2, 3, 4)
    ppks_any: tuple[int, ...] = ()
    receives_any: tuple[str, ...] = ()
    lacks_all: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    label: str = ""
    stale_months: int = 0

    def to_dict(self) -> dict:
        out = {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}
        if not self.stale_months:  # files written before the condition existed stay the same
            del out["stale_months"]
        return out

    @classmethod
    def from_dict(cls, data: dict) -> HouseholdFilter:
        return cls(
            desil=tuple(int(d) for d in data.get("desil", ())),
            ppks_any=tuple(int(p) for p in data.get("ppks_any", ())),
            receives_any=tuple(data.get("receives_any", ())),
            lacks_all=tuple(data.get("lacks_all", ())),
            units=tuple(data.get("units", ())),
            label=data.get("label", ""),
            stale_months=int(data.get("stale_months", 0) or 0),
        )

    def mask(self, table: HouseholdTable) -> np.ndarray:
        """Boolean mask over the households of ``table``."""
        m = np.ones(len(table), dtype=bool)
        if self.desil and set(self.desil) != set(range(0, 11)):
            lut = np.zeros(11, dtype=bool)
            lut[list(self.desil)] = True
            m &= lut[table.desil]
        if self.ppks_any:
            m &= (table.ppks & np.uint32(ppks_mask(self.ppks_any))) != 0
        if self.receives_any:
            m &= (table.programs & np.uint32(table.program_mask(self.receives_any))) != 0
        if self.lacks_all:
            m &= lacks_mask(table, self.lacks_all)
        if self.units:
            m &= unit_mask(table, self.units)
        if self.stale_months:
            m &= stale_mask(table, self.stale_months)
        return m


def stale_mask(table: HouseholdTable, months: int, today=None) -> np.ndarray:
    """Households not verified in the last ``months`` months (never verified included)."""
    from datetime import date

    from gis.model.verification import months_since

    prov = table.verification
    if prov is None:
        return np.ones(len(table), dtype=bool)
    age = months_since(prov.verified_on, today or date.today())
    return np.isnan(age) | (age >= months)


def lacks_mask(table: HouseholdTable, keys) -> np.ndarray:
    """Households known not to receive any of the programs ``keys`` (``"*"``: any program).

    Unknown is neither yes nor no: a program the register does not carry
    (or left unreadable for a household) keeps that household out, and
    ``"*"`` keeps only households with at least one known program and no
    known program received.
    """
    if "*" in keys:
        return table.received_nothing()
    want = table.program_mask(keys)
    if any(table.program_bit(k) == 0 for k in keys):
        # a key the table has no bit for is unknown for everybody
        return np.zeros(len(table), dtype=bool)
    bits = np.uint32(want)
    return ((table.programs & bits) == 0) & ((table.programs_known & bits) == bits)


def unit_mask(table: HouseholdTable, units) -> np.ndarray:
    """Households whose village lies in any of the admin units (by code prefix)."""
    v = table.villages
    keep_v = np.zeros(len(v) + 1, dtype=bool)  # last slot: village -1
    for unit in units:
        digits = "".join(ch for ch in str(unit) if ch.isdigit())
        if len(digits) == 10:
            keep_v[:-1] |= v.codes == digits
        elif len(digits) == 6:
            keep_v[:-1] |= v.codes.astype("U6") == digits
        elif len(digits) == 4:
            keep_v[:-1] |= v.codes.astype("U4") == digits
        elif len(digits) == 2:
            keep_v[:-1] |= v.codes.astype("U2") == digits
        else:
            raise ValueError(f"not an admin unit code: {unit!r}")
    return keep_v[table.village]


#: Named presets the filter panel offers (DOMAIN.md: exclusion and inclusion errors).
PRESETS = {
    "desil_1_4": HouseholdFilter(desil=(1, 2, 3, 4), label="Desil 1-4"),
    "exclusion_error": HouseholdFilter(
        desil=(1, 2), lacks_all=("*",), label="Desil 1-2 belum menerima bantuan apa pun"
    ),
    "inclusion_error": HouseholdFilter(
        desil=(7, 8, 9, 10),
        receives_any=("PKH", "SEMBAKO", "PIP", "PBI", "LISTRIK"),
        label="Desil 7-10 menerima bantuan",
    ),
    "all": HouseholdFilter(desil=(), label="Semua rumah tangga"),
}


@dataclass
class FilterCounts:
    """Live counts next to each chip: how many households each choice adds."""

    desil: dict[int, int] = field(default_factory=dict)
    ppks: dict[int, int] = field(default_factory=dict)
    programs: dict[str, int] = field(default_factory=dict)
