"""The row groups of the interface, in the order ``sasaran bench`` prints them.

``desktop.bench`` walks :data:`GROUPS` in one fresh process with Qt: each
module's ``rows(ctx)`` returns rows shaped by :func:`gis.bench.table.row`.
A module that reads ``ctx.dataset`` says so in ``NEEDS = ("dataset",)``;
the walk lets the dataset go once no later group needs it.
"""

from __future__ import annotations

from widgets.bench import app, map, output, whole

#: map canvas -> start-up and panels -> map sheets and web map -> whole
#: fresh processes on a project (peak memory loaded and drawn; sheet --project)
GROUPS = (map, app, output, whole)


def walk(ctx, groups=GROUPS, progress=None) -> list[dict]:
    """Every row of ``groups`` on ``ctx``, in order."""
    out = []
    for i, group in enumerate(groups):
        if progress:
            progress(i / len(groups), group.__name__.rsplit(".", 1)[-1])
        out += group.rows(ctx)
        if not any("dataset" in getattr(g, "NEEDS", ()) for g in groups[i + 1 :]):
            ctx.forget_dataset()
    return out
