"""Zone counts that add up, and say where they are soft.

Three things make a per-zone household count hard to defend in a budget
meeting, and every place that shows a zone count states them with it:

* **Households without own coordinates.** Most registers locate a household
  only by its village code; such a household is drawn at a point chosen by
  rule inside its village (``approx``). A count leads with the households
  located by their own coordinates and gives the approximate ones as a
  separate number.
* **A drawn zone across a village.** Which approximate households of a
  village the zone cuts fall inside it says nothing about where they live.
  A drawn zone says how many approximate households it split, in how many
  villages, and how many of those it counted.
* **Overlapping zones.** A household inside two zones is counted in each,
  while the total counts it once. Each zone says how many of its households
  another zone counts too, and the total row states the arithmetic: sum of
  the zones − extra counts of shared households = distinct households.

One function, :func:`count_zones`, computes all of it from zone masks (no
Qt); the zone list, the scenario panel, the XLSX "Per zona" sheet and the
command line all show its numbers, worded by :func:`zone_line` and
:func:`total_line` here (Indonesian, for files and the command line) or by
the interface in its own language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass

import numpy as np

from gis.model.households import HouseholdTable
from gis.model.zones import Zone, ZoneMasks
from gis.numbers import format_number


@dataclass(frozen=True)
class ZoneCount:
    """The households one zone reaches, and how firmly.

    Attributes
    ----------
    own
        Households inside by their own coordinates (or, for a village-set
        zone, households of its villages that have own coordinates).
    approximate
        Households inside only by the point their village code placed them at.
    shared
        Households of this zone that another zone counts too.
    split_approximate, split_villages
        Drawn zones only: approximate households of the villages the zone
        only partly covers, and how many such villages hold any.
    split_inside
        How many of ``split_approximate`` are counted inside the zone.
    """

    zone_id: str
    name: str
    kind: str
    own: int = 0
    approximate: int = 0
    shared: int = 0
    split_approximate: int = 0
    split_villages: int = 0
    split_inside: int = 0

    @property
    def total(self) -> int:
        return self.own + self.approximate

    def to_dict(self) -> dict:
        return {**asdict(self), "total": self.total}


@dataclass(frozen=True)
class ZoneCounts:
    """Every zone's count and the total row that explains their sum."""

    zones: tuple[ZoneCount, ...] = ()
    distinct: int = 0
    distinct_own: int = 0
    distinct_approximate: int = 0
    in_several: int = 0

    @property
    def zone_sum(self) -> int:
        """Sum of the zone totals (a shared household counts once per zone)."""
        return sum(z.total for z in self.zones)

    @property
    def counted_again(self) -> int:
        """Extra counts of shared households: ``zone_sum - distinct``."""
        return self.zone_sum - self.distinct

    @classmethod
    def from_summary(cls, summary: dict) -> ZoneCounts:
        """Back from an allocation summary (``by_zone`` and ``zones_total``)."""
        zones = tuple(
            ZoneCount(
                z["zone_id"],
                z["name"],
                z.get("kind", ""),
                own=z["own_coordinates"],
                approximate=z["approximate"],
                shared=z["shared"],
                split_approximate=z["split_approximate"],
                split_villages=z["split_villages"],
                split_inside=z["split_inside"],
            )
            for z in summary["by_zone"]
        )
        t = summary["zones_total"]
        return cls(
            zones,
            distinct=t["distinct"],
            distinct_own=t["distinct_own"],
            distinct_approximate=t["distinct_approximate"],
            in_several=t["in_several"],
        )

    def get(self, zone_id: str) -> ZoneCount | None:
        return next((z for z in self.zones if z.zone_id == zone_id), None)

    def to_dict(self) -> dict:
        return {
            "zones": [z.to_dict() for z in self.zones],
            "total": {
                "zone_sum": self.zone_sum,
                "counted_again": self.counted_again,
                "distinct": self.distinct,
                "distinct_own": self.distinct_own,
                "distinct_approximate": self.distinct_approximate,
                "in_several": self.in_several,
            },
        }


def count_zones(
    table: HouseholdTable,
    zones: Sequence[Zone],
    masks: ZoneMasks | None = None,
    base: np.ndarray | None = None,
) -> ZoneCounts:
    """Count the households of each zone among ``base`` (all if None).

    ``masks`` is the zone mask cache of ``table`` (pass the map's, so an
    edit only recomputes the zone that changed).
    """
    zones = list(zones)
    if not zones or len(table) == 0:
        return ZoneCounts(tuple(ZoneCount(z.zone_id, z.name, z.kind) for z in zones))
    masks = masks if masks is not None else ZoneMasks(table)
    approx = table.approx
    sel = [masks.mask(z) if base is None else masks.mask(z) & base for z in zones]
    cover = np.zeros(len(table), dtype=np.int16)
    for m in sel:
        cover += m
    several = cover > 1
    out = []
    for z, m in zip(zones, sel):
        n_approx = int(np.count_nonzero(m & approx))
        split_n = split_in = split_v = 0
        if z.geometry is not None:
            split = masks.split_villages(z)
            if len(split):
                lut = np.zeros(len(table.villages) + 1, dtype=bool)
                lut[split] = True
                soft = lut[table.village] & approx
                if base is not None:
                    soft &= base
                split_n = int(np.count_nonzero(soft))
                split_in = int(np.count_nonzero(soft & m))
                split_v = int(np.count_nonzero(np.bincount(table.village[soft], minlength=1)))
        out.append(
            ZoneCount(
                z.zone_id,
                z.name,
                z.kind,
                own=int(np.count_nonzero(m)) - n_approx,
                approximate=n_approx,
                shared=int(np.count_nonzero(m & several)),
                split_approximate=split_n,
                split_villages=split_v,
                split_inside=split_in,
            )
        )
    anywhere = cover > 0
    n_approx = int(np.count_nonzero(anywhere & approx))
    distinct = int(np.count_nonzero(anywhere))
    return ZoneCounts(
        tuple(out),
        distinct=distinct,
        distinct_own=distinct - n_approx,
        distinct_approximate=n_approx,
        in_several=int(np.count_nonzero(several)),
    )


# --- Indonesian wording for files and the command line ---------------------------


def _n(value: int) -> str:
    return format_number(int(value))


def zone_line(c: ZoneCount) -> str:
    """One zone's count in a planner's words, own coordinates first."""
    parts = [
        f"{_n(c.own)} RT berkoordinat sendiri",
        f"{_n(c.approximate)} RT letak perkiraan (tanpa koordinat)",
        f"jumlah {_n(c.total)} RT",
        f"{_n(c.shared)} RT dihitung di zona lain juga",
    ]
    text = " · ".join(parts)
    split = split_note(c)
    return f"{text}. {split}" if split else text


def split_note(c: ZoneCount) -> str:
    """'membelah N RT perkiraan di M desa ...' for a drawn zone across villages, else ''."""
    if not c.split_approximate:
        return ""
    return (
        f"Zona membelah {_n(c.split_approximate)} RT perkiraan di {_n(c.split_villages)} desa "
        f"({_n(c.split_inside)} di antaranya terhitung di dalam zona): letak mereka di desanya "
        "hanya perkiraan"
    )


def total_line(t: ZoneCounts) -> str:
    """The total row's arithmetic: sum of zones − counted again = distinct households."""
    if t.counted_again:
        return (
            f"Jumlah semua zona {_n(t.zone_sum)} RT − {_n(t.counted_again)} hitungan ganda "
            f"({_n(t.in_several)} RT berada di lebih dari satu zona) = {_n(t.distinct)} RT berbeda "
            f"({_n(t.distinct_own)} berkoordinat sendiri, {_n(t.distinct_approximate)} letak perkiraan)"
        )
    return (
        f"Jumlah semua zona {_n(t.zone_sum)} RT = {_n(t.distinct)} RT berbeda, zona tidak tumpang "
        f"tindih ({_n(t.distinct_own)} berkoordinat sendiri, {_n(t.distinct_approximate)} letak "
        "perkiraan)"
    )
