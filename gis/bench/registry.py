"""The row groups of the data core, in the order ``sasaran bench`` prints them.

``desktop.bench`` walks :data:`GROUPS` in one fresh measuring process: each
module's ``rows(ctx)`` returns rows shaped by :func:`gis.bench.table.row`.
The register group goes first (it reads the data the others use), the
memory row last (it covers all before it).
"""

from __future__ import annotations

from gis.bench import (
    memory,
    mentors,
    referrals,
    register,
    round,
    scenario,
    snapshot,
    xlsx_import,
    zones,
)

#: register -> filters and zones -> scenarios -> verification rounds and
#: register snapshots -> reopen from the snapshot (in fresh processes) ->
#: a spreadsheet register in a fresh process -> mentor matching -> referral and synergy tallies -> peak memory of this process
GROUPS = (register, zones, scenario, round, snapshot, xlsx_import, mentors, referrals, memory)


def walk(ctx, groups=GROUPS) -> list[dict]:
    """Every row of ``groups`` on ``ctx`` (a :class:`gis.bench.context.CoreContext`), in order."""
    out = []
    for group in groups:
        out += group.rows(ctx)
    return out
