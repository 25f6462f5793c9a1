"""Benchmark rows for filters and zones: a filter change recounted per desil and
per village (20 ms), the point index built once per load, and the tally of one
50-vertex zone (30 ms), each against a bare numpy mask-and-bincount or
bounding-box test.
"""

from __future__ import annotations

import time

import numpy as np

from gis.bench.context import CoreContext
from gis.bench.data import zone_polygon
from gis.bench.table import row, timeit
from gis.numbers import format_number


def rows(ctx: CoreContext) -> list[dict]:
    """Filter, point index and zone tally rows on the table in ``ctx``."""
    from gis.model.aggregate import village_desil_counts, village_desil_key
    from gis.model.filters import HouseholdFilter
    from gis.model.zones import PointIndex, Zone, zone_mask

    table = ctx.table()
    repeat = ctx.repeat
    out = []
    key = village_desil_key(table)
    flt = HouseholdFilter(desil=(1, 2, 3, 4), lacks_all=("PKH",))

    def filter_recount():
        m = flt.mask(table)
        np.bincount(table.desil[m], minlength=11)
        village_desil_counts(table, m, key)

    def numpy_bound():
        m = table.desil <= 4
        np.bincount(key[m], minlength=(len(table.villages) + 1) * 11)

    out.append(
        row(
            "filter + hitung ulang per desil dan per desa",
            timeit(filter_recount, repeat),
            target=20,
            lower_bound=timeit(numpy_bound, repeat),
            note="batas bawah: satu perbandingan + bincount",
        )
    )
    t0 = time.perf_counter()
    index = PointIndex.build(table.x)
    out.append(row("indeks titik (sekali per muat)", (time.perf_counter() - t0) * 1000))
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
            target=30,
            lower_bound=timeit(bbox_bound, repeat),
            note="batas bawah: uji kotak batas numpy tanpa poligon",
        )
    )
    return out
