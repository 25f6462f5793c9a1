"""Referral and synergy counts per village and zone, recounted after every filter change.

Issue 14: at a million households the tallies must follow a filter change
in under 100 ms. The referral status comes from the one engine
(:func:`gis.plan.referrals.status_bits`) as one program bitmask per family;
the counts per village and program are then a single ``bincount`` over
``village << programs | bitmask`` and a product with the table of which
bit each mask holds, and the programs received per village (0, 1, 2, 3+,
nothing known) another ``bincount``. No loop runs per family or per
village in Python.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from gis.model.households import HouseholdTable
from gis.plan.allocation import EligibilityRule
from gis.plan.referrals import popcount, status_bits

#: columns of :attr:`VillageTally.received`: known programs received, and nothing known
RECEIVED_BUCKETS = ("0", "1", "2", "3+", "unknown")
#: largest (slots x masks) table counted in one bincount; beyond it, one bincount per bit
_COMBINED = 1 << 23


@dataclass
class VillageTally:
    """Counts per village (row ``i`` = village ``i``; the last row: families without one)."""

    keys: tuple[str, ...]
    families: np.ndarray  # (villages + 1,)
    refer: np.ndarray  # (villages + 1, programs)
    unknown: np.ndarray  # (villages + 1, programs)
    received: np.ndarray  # (villages + 1, 5), columns RECEIVED_BUCKETS

    def totals(self) -> dict:
        """Province totals: families to refer and unknown per program, families per bucket."""
        return {
            "families": int(self.families.sum()),
            "refer": dict(zip(self.keys, self.refer.sum(axis=0).tolist())),
            "unknown": dict(zip(self.keys, self.unknown.sum(axis=0).tolist())),
            "received": dict(zip(RECEIVED_BUCKETS, self.received.sum(axis=0).tolist())),
        }


def bits_per_slot(slot: np.ndarray, bits: np.ndarray, n_slots: int, n_bits: int) -> np.ndarray:
    """How many of the values in each slot have each bit set: ``(n_slots, n_bits)`` int64."""
    if n_bits == 0:
        return np.zeros((n_slots, 0), dtype=np.int64)
    if (n_slots << n_bits) <= _COMBINED:
        key = (slot.astype(np.int64) << n_bits) | bits.astype(np.int64)
        combos = np.bincount(key, minlength=n_slots << n_bits).reshape(n_slots, 1 << n_bits)
        masks = np.arange(1 << n_bits, dtype=np.int64)
        holds = (masks[:, None] >> np.arange(n_bits, dtype=np.int64)) & 1
        used = np.flatnonzero(combos.any(axis=0))  # only the masks that occur
        return combos[:, used] @ holds[used]
    out = np.zeros((n_slots, n_bits), dtype=np.int64)
    for b in range(n_bits):
        hit = (bits >> np.uint32(b)) & np.uint32(1) != 0
        out[:, b] = np.bincount(slot[hit], minlength=n_slots)
    return out


def village_tally(
    table: HouseholdTable,
    mask: np.ndarray | None = None,
    rules: Mapping[str, EligibilityRule] | None = None,
    keys: Sequence[str] | None = None,
) -> VillageTally:
    """Referral and program-receipt counts per village for the families in ``mask``."""
    families = np.flatnonzero(np.ones(len(table), bool) if mask is None else mask)
    bits = status_bits(table, families, rules, keys)
    n_v = len(table.villages)
    n_slots = n_v + 1
    village = table.village[families]
    slot = np.where(village >= 0, village, n_v).astype(np.int64)
    n_keys = len(bits.keys)
    known = table.programs_known[families]
    got = table.programs[families] & known
    bucket = np.minimum(popcount(got), 3)
    bucket[known == 0] = 4
    received = np.bincount(slot * 5 + bucket, minlength=n_slots * 5).reshape(n_slots, 5)
    return VillageTally(
        keys=bits.keys,
        families=np.bincount(slot, minlength=n_slots),
        refer=bits_per_slot(slot, bits.refer, n_slots, n_keys),
        unknown=bits_per_slot(slot, bits.unknown, n_slots, n_keys),
        received=received,
    )


@dataclass
class ZoneTally:
    """Referral and program-receipt counts per zone (row ``i`` = zone ``i``).

    Zones may overlap: a family inside two zones is counted in both, so the
    zone rows do not add up to the families reached. ``in_other`` says, per
    zone, how many of its families another zone counts too, and
    ``distinct`` how many families the zones reach together.
    """

    names: tuple[str, ...]
    keys: tuple[str, ...]
    families: np.ndarray  # (zones,)
    refer: np.ndarray  # (zones, programs)
    unknown: np.ndarray  # (zones, programs)
    received: np.ndarray  # (zones, 5), columns RECEIVED_BUCKETS
    in_other: np.ndarray  # (zones,)
    distinct: int

    def rows(self) -> list[dict]:
        """One dict per zone: families, to refer and unknown per program, receipt buckets."""
        return [
            {
                "zone": name,
                "families": int(self.families[i]),
                "also_in_other_zone": int(self.in_other[i]),
                "refer": dict(zip(self.keys, self.refer[i].tolist())),
                "unknown": dict(zip(self.keys, self.unknown[i].tolist())),
                "received": dict(zip(RECEIVED_BUCKETS, self.received[i].tolist())),
            }
            for i, name in enumerate(self.names)
        ]

    def note(self) -> str:
        """The sentence that makes the zone rows add up."""
        total = int(self.families.sum())
        twice = total - self.distinct
        if twice == 0:
            return f"Jumlah zona: {total} keluarga; tidak ada keluarga yang terhitung di dua zona."
        return (
            f"Jumlah zona {total} keluarga − {twice} terhitung lebih dari sekali "
            f"= {self.distinct} keluarga berbeda."
        )


def zone_tally(
    table: HouseholdTable,
    mask: np.ndarray | None,
    zones: Sequence[tuple[str, np.ndarray]],
    rules: Mapping[str, EligibilityRule] | None = None,
    keys: Sequence[str] | None = None,
) -> ZoneTally:
    """Referral and receipt counts of the families in ``mask`` inside each zone.

    ``zones`` are (name, household mask) pairs, as the zone masks of the
    workspace or of ``gis.model.zones.zone_mask`` give them. The referral
    status comes from the same engine as the village counts.
    """
    families = np.flatnonzero(np.ones(len(table), bool) if mask is None else mask)
    bits = status_bits(table, families, rules, keys)
    n_keys = len(bits.keys)
    known = table.programs_known[families]
    got = table.programs[families] & known
    bucket = np.minimum(popcount(got), 3)
    bucket[known == 0] = 4
    n_z = len(zones)
    inside = np.zeros((n_z, len(families)), dtype=bool)
    for z, (_name, zmask) in enumerate(zones):
        inside[z] = np.asarray(zmask, dtype=bool)[families]
    hits = inside.sum(axis=0)
    refer = np.zeros((n_z, n_keys), dtype=np.int64)
    unknown = np.zeros((n_z, n_keys), dtype=np.int64)
    received = np.zeros((n_z, 5), dtype=np.int64)
    in_other = np.zeros(n_z, dtype=np.int64)
    for z in range(n_z):
        sel = inside[z]
        slot = np.zeros(int(sel.sum()), dtype=np.int64)
        refer[z] = bits_per_slot(slot, bits.refer[sel], 1, n_keys)[0]
        unknown[z] = bits_per_slot(slot, bits.unknown[sel], 1, n_keys)[0]
        received[z] = np.bincount(bucket[sel], minlength=5)
        in_other[z] = int((sel & (hits > 1)).sum())
    return ZoneTally(
        names=tuple(name for name, _ in zones),
        keys=bits.keys,
        families=inside.sum(axis=1).astype(np.int64),
        refer=refer,
        unknown=unknown,
        received=received,
        in_other=in_other,
        distinct=int((hits > 0).sum()),
    )
