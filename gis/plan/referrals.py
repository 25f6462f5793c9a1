"""Referrals (SLRT) and program synergy: who fits which program and is not yet in it.

One engine: a family fits a program by the scenario's eligibility rule
(:class:`gis.plan.allocation.EligibilityRule`, desil and PPKS conditions),
exactly as the budget allocation reads it. For referral the receipt
condition is read apart, because unknown is never "no":

* ``refer``: fits, and the register says it does not receive the program;
* ``receives``: fits and already receives it;
* ``unknown``: fits but the register does not carry the program for the
  family, or fitting depends on PPKS the register does not carry (and the
  family is not known to receive it);
* anything else does not fit.

Synergy counts the *known* programs a family receives (0, 1, 2, 3+; a family
about which no program is known is counted apart), the most common
combinations, and villages where programs and mentors coincide.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from gis.model.households import HouseholdTable
from gis.plan.allocation import DEFAULT_RULE, EligibilityRule

STATUS = ("not_fit", "refer", "receives", "unknown")
STATUS_WORDS = {
    "not_fit": "tidak memenuhi syarat",
    "refer": "perlu dirujuk (memenuhi syarat, belum menerima)",
    "receives": "sudah menerima",
    "unknown": "tidak diketahui (register tidak memuat programnya atau PPKS-nya)",
}


@dataclass
class Referrals:
    """Per program, the status of each selected family (index into STATUS)."""

    keys: tuple[str, ...]
    families: np.ndarray  # row indices into the household table
    status: np.ndarray  # (programs, families) int8

    def counts(self) -> dict[str, dict[str, int]]:
        return {
            k: {s: int((self.status[i] == j).sum()) for j, s in enumerate(STATUS)}
            for i, k in enumerate(self.keys)
        }

    def per_village(self, table: HouseholdTable, key: str) -> tuple[np.ndarray, np.ndarray]:
        """Families to refer to ``key`` and families unknown for it, per village."""
        i = self.keys.index(key)
        village = table.village[self.families]
        n = len(table.villages)
        placed = village >= 0

        def count(status):
            sel = placed & (self.status[i] == STATUS.index(status))
            return np.bincount(village[sel], minlength=n)[:n]

        return count("refer"), count("unknown")

    def by_unit(self, table: HouseholdTable, level: str = "desa") -> list[dict]:
        """Families to refer (and unknown) per program, per village / kecamatan / kabupaten."""
        vt = table.villages
        village = table.village[self.families].astype(np.int64)
        if level == "desa":
            unit, codes, names = village, vt.codes, vt.names
        else:
            index, codes, names = vt.unit_index(level)
            unit = np.where(village >= 0, np.asarray(index)[np.maximum(village, 0)], -1)
        n_units = len(codes)
        slot = np.where(unit >= 0, unit, n_units)
        rows = []
        tallies = {
            (k, s): np.bincount(slot[self.status[i] == j], minlength=n_units + 1)
            for i, k in enumerate(self.keys)
            for j, s in enumerate(STATUS)
            if s in ("refer", "unknown")
        }
        total = np.bincount(slot, minlength=n_units + 1)
        for u in np.flatnonzero(total):
            rows.append(
                {
                    "code": str(codes[u]) if u < n_units else "",
                    "name": str(names[u]) if u < n_units else "tanpa desa",
                    "families": int(total[u]),
                    "refer": {k: int(tallies[(k, "refer")][u]) for k in self.keys},
                    "unknown": {k: int(tallies[(k, "unknown")][u]) for k in self.keys},
                }
            )
        return rows


def referrals(
    table: HouseholdTable,
    mask: np.ndarray | None = None,
    rules: Mapping[str, EligibilityRule] | None = None,
    keys: Sequence[str] | None = None,
) -> Referrals:
    """Referral status per program for the families in ``mask`` (default all)."""
    families = np.flatnonzero(np.ones(len(table), bool) if mask is None else mask)
    keys = tuple(keys if keys is not None else table.program_keys)
    rules = rules or {}
    desil = table.desil[families].astype(np.int64)
    ppks = table.ppks[families]
    programs = table.programs[families]
    ppks_known = table.ppks_known[families]
    status = np.zeros((len(keys), len(families)), dtype=np.int8)
    for i, key in enumerate(keys):
        rule = rules.get(key, DEFAULT_RULE)
        fits = rule.mask(desil, ppks, programs, 0)
        fit_unknown = np.zeros(len(families), dtype=bool)
        if rule.ppks_any:
            by_desil = EligibilityRule(desil=rule.desil, lacks_program=False)
            fit_unknown = by_desil.mask(desil, ppks, programs, 0) & ~ppks_known
        bit = np.uint32(table.program_bit(key))
        known = (table.programs_known[families] & bit) != 0
        receives = known & ((programs & bit) != 0)
        status[i][fits & known & ~receives] = STATUS.index("refer")
        status[i][fits & receives] = STATUS.index("receives")
        status[i][(fits & ~known) | (fit_unknown & ~receives)] = STATUS.index("unknown")
    return Referrals(keys=keys, families=families, status=status)


def _popcount(values: np.ndarray) -> np.ndarray:
    out = np.zeros(len(values), dtype=np.int64)
    v = values.astype(np.uint64)
    for b in range(32):
        out += ((v >> np.uint64(b)) & np.uint64(1)).astype(np.int64)
    return out


def synergy(
    table: HouseholdTable,
    mask: np.ndarray | None = None,
    mentor_villages: np.ndarray | None = None,
    top: int = 10,
) -> dict:
    """Known programs per family, the commonest combinations, programs and mentors per village."""
    families = np.flatnonzero(np.ones(len(table), bool) if mask is None else mask)
    known = table.programs_known[families]
    got = table.programs[families] & known
    n_got = _popcount(got)
    nothing_known = known == 0
    buckets = {
        "0": int(((n_got == 0) & ~nothing_known).sum()),
        "1": int((n_got == 1).sum()),
        "2": int((n_got == 2).sum()),
        "3+": int((n_got >= 3).sum()),
        "unknown": int(nothing_known.sum()),
    }
    counter = Counter(got[~nothing_known].tolist())
    combos = []
    for value, count in counter.most_common(top):
        names = [k for b, k in enumerate(table.program_keys) if value >> b & 1]
        combos.append({"programs": names, "label": " + ".join(names) or "-", "families": count})
    out = {"families": len(families), "programs_received": buckets, "combinations": combos}
    n_v = len(table.villages)
    village = table.village[families]
    placed = village >= 0
    with_programs = np.zeros(n_v, dtype=bool)
    with_programs[village[placed & (got != 0)]] = True
    program_known = np.zeros(n_v, dtype=bool)
    program_known[village[placed & ~nothing_known]] = True
    with_families = np.zeros(n_v, dtype=bool)
    with_families[village[placed]] = True
    if mentor_villages is not None:
        with_mentors = np.zeros(n_v, dtype=bool)
        mv = np.asarray(mentor_villages)
        with_mentors[mv[mv >= 0]] = True
        scope = with_families | with_mentors
        out["villages"] = {
            "programs_and_mentors": int((with_programs & with_mentors).sum()),
            "programs_no_mentor": int((with_programs & ~with_mentors).sum()),
            "mentors_no_program": int((~with_programs & program_known & with_mentors).sum()),
            "neither": int((~with_programs & program_known & ~with_mentors & scope).sum()),
            "programs_unknown": int((~program_known & scope).sum()),
        }
    return out
