"""Benchmark rows for reading the register: village boundaries, then households
read, validated and assigned to villages (issue 11: a million households in
1 s, 15 million in 20 s), against a bare ``pyogrio.read_arrow`` of the same file.
"""

from __future__ import annotations

import statistics
import time

from gis.bench.context import CoreContext
from gis.bench.table import row, scaled_target, timeit
from gis.numbers import format_number


def import_target_ms(households: int) -> float:
    """Issue 11's import target: 1 s at a million households, 20 s at 15 million."""
    return scaled_target(households, 1000, 20_000)


def rows(ctx: CoreContext) -> list[dict]:
    """Read rows; leaves the villages and the household table in ``ctx``."""
    import pyogrio

    from gis.model.importer import load_households
    from gis.model.villages import read_villages

    out = []
    t0 = time.perf_counter()
    ctx.villages = read_villages(ctx.paths["villages"])
    out.append(
        row(
            f"baca batas {format_number(len(ctx.villages))} desa",
            (time.perf_counter() - t0) * 1000,
        )
    )
    # the bound as often as the import (median): a single first read pays for
    # the cold file and the first allocations, and once measured 0.9x
    runs = max(1, min(ctx.repeat, 3))
    lb_read = timeit(lambda: pyogrio.read_arrow(ctx.paths["households"]), runs)
    load_times = []
    ctx.households = None
    for _ in range(runs):
        ctx.households = report = None  # let the previous table go before building the next
        t0 = time.perf_counter()
        ctx.households, report = load_households(ctx.paths["households"], ctx.villages)
        load_times.append((time.perf_counter() - t0) * 1000)
    out.append(
        row(
            f"baca + validasi + tetapkan desa, {format_number(len(ctx.households))} RT (GPKG)",
            statistics.median(load_times),
            target=import_target_ms(len(ctx.households)),
            lower_bound=lb_read,
            note="batas bawah: pyogrio.read_arrow tanpa olah",
        )
    )
    return out
