"""Benchmark row for referrals and synergy: a filter change recounted per village (100 ms).

Issue 14: at a million households, referral and synergy tallies must follow
a filter change in under 100 ms. The row measures, from a new filter, its
mask, the families to refer and of unknown receipt per village and program
(:func:`gis.plan.referral_tally.village_tally`) and the synergy figures
(:func:`gis.plan.referrals.synergy`: programs received, the commonest
combinations, villages where programs and mentors coincide), beside a
bare numpy mask and one bincount over village and program bits.
"""

from __future__ import annotations

import numpy as np

from gis.bench.context import CoreContext
from gis.bench.table import row, timeit
from gis.numbers import format_number

#: mentors placed in villages for the coincidence counts (the issue's city)
MENTORS = 13_260


def rows(ctx: CoreContext) -> list[dict]:
    """The referral and synergy tally row on the table in ``ctx``."""
    from gis.model.filters import HouseholdFilter
    from gis.plan.referral_tally import village_tally
    from gis.plan.referrals import synergy

    table = ctx.table()
    rng = np.random.default_rng(14)
    n_v = max(len(table.villages), 1)
    mentor_villages = rng.integers(0, n_v, MENTORS)
    flt = HouseholdFilter(desil=(1, 2, 3))
    n_bits = len(table.program_keys)

    def tally():
        m = flt.mask(table)
        village_tally(table, m)
        synergy(table, m, mentor_villages)

    def numpy_bound():
        m = table.desil <= 3
        key = table.village[m].astype(np.int64) << n_bits | table.programs[m]
        np.bincount(key[key >= 0], minlength=(n_v + 1) << n_bits)

    chosen = int(flt.mask(table).sum())
    return [
        row(
            f"rujukan + sinergi per desa setelah filter ({format_number(chosen)} keluarga)",
            timeit(tally, ctx.repeat),
            target=100,
            lower_bound=timeit(numpy_bound, ctx.repeat),
            note="batas bawah: satu perbandingan + satu bincount desa x bit program",
        )
    ]
