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

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from gis.model.filters import ppks_mask
from gis.model.households import HouseholdTable
from gis.plan.allocation import DEFAULT_RULE, N_DESIL, EligibilityRule

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


@dataclass
class StatusBits:
    """Per family, one bit per program (in ``keys`` order) for each referral status."""

    keys: tuple[str, ...]
    families: np.ndarray  # row indices into the household table
    refer: np.ndarray  # uint32
    receives: np.ndarray  # uint32
    unknown: np.ndarray  # uint32


def status_bits(
    table: HouseholdTable,
    families: np.ndarray,
    rules: Mapping[str, EligibilityRule] | None = None,
    keys: Sequence[str] | None = None,
) -> StatusBits:
    """The referral status of ``families`` as program bitmasks: a few whole-array operations.

    The rule's desil condition is one lookup of a per-desil bitmask; its PPKS
    condition one ``&`` per program that has one; the register's program
    bits are reordered into ``keys`` order (a key the register has no bit
    for is known for nobody). Nothing is done per family in Python, so a
    filter change at a million households recounts in milliseconds.
    """
    keys = tuple(keys if keys is not None else table.program_keys)
    if len(keys) > 32:
        raise ValueError("at most 32 programs")
    rules = rules or {}
    desil = table.desil[families]
    ppks = table.ppks[families]
    ppks_known = table.ppks_known[families]
    by_desil = np.zeros(max(N_DESIL, int(desil.max()) + 1 if len(desil) else 0), dtype=np.uint32)
    ppks_rules = np.uint32(0)
    for i, key in enumerate(keys):
        rule = rules.get(key, DEFAULT_RULE)
        bit = np.uint32(1 << i)
        if rule.desil:
            for d in rule.desil:
                if 0 <= d < len(by_desil):
                    by_desil[d] |= bit
        else:
            by_desil |= bit
        if rule.ppks_any:
            ppks_rules |= bit
    desil_fit = by_desil[desil]
    fits = desil_fit & ~ppks_rules  # programs without a PPKS condition
    for i, key in enumerate(keys):
        rule = rules.get(key, DEFAULT_RULE)
        if rule.ppks_any:
            hit = (ppks & np.uint32(ppks_mask(rule.ppks_any))) != 0
            fits |= desil_fit & np.where(hit, np.uint32(1 << i), np.uint32(0))
    # fitting depends on PPKS the register does not carry for the family
    fit_unknown = np.where(ppks_known, np.uint32(0), desil_fit & ppks_rules)
    if keys == tuple(table.program_keys):
        known = table.programs_known[families]
        programs = table.programs[families]
    else:
        known = np.zeros(len(families), dtype=np.uint32)
        programs = np.zeros(len(families), dtype=np.uint32)
        all_known, all_programs = table.programs_known[families], table.programs[families]
        for i, key in enumerate(keys):
            tb = table.program_bit(key)
            if tb:
                shift = np.uint32(tb.bit_length() - 1)
                known |= ((all_known >> shift) & np.uint32(1)) << np.uint32(i)
                programs |= ((all_programs >> shift) & np.uint32(1)) << np.uint32(i)
    receives = known & programs
    unknown = (fits & ~known) | (fit_unknown & ~receives)
    return StatusBits(
        keys=keys,
        families=families,
        refer=fits & known & ~receives & ~unknown,
        receives=fits & receives,
        unknown=unknown,
    )


def referrals(
    table: HouseholdTable,
    mask: np.ndarray | None = None,
    rules: Mapping[str, EligibilityRule] | None = None,
    keys: Sequence[str] | None = None,
) -> Referrals:
    """Referral status per program for the families in ``mask`` (default all)."""
    families = np.flatnonzero(np.ones(len(table), bool) if mask is None else mask)
    bits = status_bits(table, families, rules, keys)
    status = np.zeros((len(bits.keys), len(families)), dtype=np.int8)
    for name, values in (("refer", bits.refer), ("receives", bits.receives)):
        for i in range(len(bits.keys)):
            status[i][(values >> np.uint32(i)) & np.uint32(1) != 0] = STATUS.index(name)
    for i in range(len(bits.keys)):
        status[i][(bits.unknown >> np.uint32(i)) & np.uint32(1) != 0] = STATUS.index("unknown")
    return Referrals(keys=bits.keys, families=families, status=status)


def popcount(values: np.ndarray) -> np.ndarray:
    """Set bits per value (programs received, from a bitmask)."""
    return np.bitwise_count(np.asarray(values, dtype=np.uint32)).astype(np.int64)


def top_combinations(got: np.ndarray, program_keys, top: int = 10) -> list[dict]:
    """The ``top`` commonest program bitmasks in ``got``, commonest first (ties: smaller mask)."""
    if len(got) == 0:
        return []
    if len(program_keys) <= 20:  # few programs: one bincount over the bitmasks, no sort
        counts = np.bincount(got, minlength=1 << len(program_keys))
        values = np.flatnonzero(counts)
        counts = counts[values]
    else:
        values, counts = np.unique(got, return_counts=True)
    order = np.lexsort((values, -counts))[:top]
    out = []
    for value, count in zip(values[order].tolist(), counts[order].tolist()):
        names = [k for b, k in enumerate(program_keys) if value >> b & 1]
        out.append({"programs": names, "label": " + ".join(names) or "-", "families": count})
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
    n_got = popcount(got)
    nothing_known = known == 0
    buckets = {
        "0": int(((n_got == 0) & ~nothing_known).sum()),
        "1": int((n_got == 1).sum()),
        "2": int((n_got == 2).sum()),
        "3+": int((n_got >= 3).sum()),
        "unknown": int(nothing_known.sum()),
    }
    combos = top_combinations(got[~nothing_known], table.program_keys, top)
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
