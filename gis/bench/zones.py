"""Benchmark rows for filters and zones: a filter change recounted per desil and
per village, the point grid built once per load, and the tally of one 50-vertex
zone (each under 10 ms per million households), against a bare numpy
mask-and-bincount or bounding-box test.
"""

from __future__ import annotations

import time

import numpy as np

from gis.bench.context import CoreContext
from gis.bench.data import zone_polygon
from gis.bench.table import row, scaled_target, timeit
from gis.numbers import format_number


def rows(ctx: CoreContext) -> list[dict]:
    """Filter, point index and zone tally rows on the table in ``ctx``."""
    from gis.model.aggregate import village_desil_counts, village_desil_key
    from gis.model.filters import HouseholdFilter
    from gis.model.point_grid import PointGrid
    from gis.model.zones import Zone, zone_mask

    table = ctx.table()
    repeat = ctx.repeat
    out = []
    key = village_desil_key(table)
    flt = HouseholdFilter(desil=(1, 2, 3, 4), lacks_all=("PKH",))

    def filter_recount():
        m = flt.mask(table)
        per_village = village_desil_counts(table, m, key)
        per_village.sum(axis=0)  # per desil

    def numpy_bound():
        m = table.desil <= 4
        np.bincount(np.compress(m, key), minlength=(len(table.villages) + 1) * 11)

    out.append(
        row(
            "filter + hitung ulang per desil dan per desa",
            timeit(filter_recount, repeat),
            target=scaled_target(len(table), 10, 150),
            lower_bound=timeit(numpy_bound, repeat),
            note="batas bawah: satu perbandingan + compress + bincount",
        )
    )
    t0 = time.perf_counter()
    index = PointGrid.build(table.x, table.y)
    out.append(row("grid titik (sekali per muat)", (time.perf_counter() - t0) * 1000))
    poly = zone_polygon(table)
    zone = Zone("bench", "bench", poly)

    def zone_tally():
        m = zone_mask(zone, table, index)
        np.bincount(table.desil[m], minlength=11)
        np.bincount(table.desil[m], weights=table.members[m], minlength=11)
        int((m & table.approx).sum())

    minx, miny, maxx, maxy = poly.bounds

    def bbox_bound():
        x, y = table.x, table.y
        m = (x >= minx) & (x <= maxx) & (y >= miny) & (y <= maxy)
        np.bincount(table.desil[m], minlength=11)

    inside = int(zone_mask(zone, table, index).sum())
    out.append(
        row(
            f"tally satu zona 50 titik sudut ({format_number(inside)} RT di dalam)",
            timeit(zone_tally, repeat),
            target=scaled_target(len(table), 10, 150),
            lower_bound=timeit(bbox_bound, repeat),
            note="batas bawah: uji kotak batas numpy tanpa poligon",
        )
    )
    return out
