"""The last benchmark row of the data core: the peak memory of the measuring
process (2 GB at a million households). Registered last, so that it covers
every group before it; the data were generated in another process.
"""

from __future__ import annotations

import resource

from gis.bench.context import CoreContext
from gis.bench.table import row


def rows(ctx: CoreContext) -> list[dict]:
    """One row: ``ru_maxrss`` of this process in MB."""
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return [row("memori puncak proses", peak_mb, target=2048, unit="MB")]
