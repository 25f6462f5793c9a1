"""Program combinations for an UpSet chart: which known programs reach the same families.

One count for the two UpSet charts of issue 14, the one in the Pendamping
tab (:mod:`widgets.scenario.upset_chart`) and the one a printed sheet may
carry (:mod:`gis.plan.meeting_tables`): families per exact combination of
known programs (the commonest first), and the size of each program's set.
Only known programs count: a program the register does not carry is no
set, families about which nothing is known are counted apart, and families
known to receive none of the known programs are the empty combination,
stated apart rather than drawn as a bar.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: combinations shown (the rest are summed)
TOP = 8


@dataclass(frozen=True)
class UpsetData:
    """What the chart draws: combinations and set sizes of the known programs."""

    programs: tuple[str, ...]  # the rows of the matrix, largest set first
    set_sizes: tuple[int, ...]
    combos: tuple[tuple[tuple[str, ...], int], ...]  # (programs, families), commonest first
    families: int  # families of the filter
    nothing_known: int  # no program known at all: left out
    partly_known: int  # some of the carried programs unknown
    receives_none: int  # known, and no known program received
    other_combos: int  # families in combinations beyond the shown ones


def upset_data(table, mask=None, top: int = TOP) -> UpsetData:
    """Combination counts and set sizes over the families in ``mask`` (all when None)."""
    sel = np.ones(len(table), dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
    known = np.asarray(table.programs_known)[sel].astype(np.uint64)
    got = np.asarray(table.programs)[sel].astype(np.uint64) & known
    nothing = known == 0
    carried = int(np.bitwise_or.reduce(known)) if len(known) else 0
    bits = [b for b in range(len(table.program_keys)) if carried >> b & 1]
    some = (~nothing) & (got != 0)
    values, counts = np.unique(got[some], return_counts=True)
    order = np.lexsort((values, -counts))
    shown = order[:top]
    sizes = {b: int(((got[~nothing] >> np.uint64(b)) & np.uint64(1)).sum()) for b in bits}
    rows = sorted(bits, key=lambda b: (-sizes[b], b))
    keys = table.program_keys
    combos = tuple(
        (tuple(keys[b] for b in rows if int(values[i]) >> b & 1), int(counts[i])) for i in shown
    )
    return UpsetData(
        programs=tuple(keys[b] for b in rows),
        set_sizes=tuple(sizes[b] for b in rows),
        combos=combos,
        families=int(sel.sum()),
        nothing_known=int(nothing.sum()),
        partly_known=int(((~nothing) & (known != np.uint64(carried))).sum()),
        receives_none=int(((~nothing) & (got == 0)).sum()),
        other_combos=int(counts[order[top:]].sum()),
    )
