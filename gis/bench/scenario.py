"""Benchmark rows for scenarios: evaluate, compare, save + open.

Issue 4 promises, at a million households: a scenario of 10 zones and 4
programs evaluates in under 200 ms (the live budget meter), 5 scenarios
compare in under 1 s, and a scenario saves and opens in under 100 ms. Each
figure is printed beside a plain-numpy lower bound measured on the same
data, in the format of :func:`gis.bench.table.row`, so that ``sasaran bench``
can list them with the others.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import numpy as np

from gis.bench.context import CoreContext
from gis.bench.table import row, timeit
from gis.model.households import HouseholdTable
from gis.model.zones import Zone, ZoneMasks, circle_zone
from gis.numbers import format_number
from gis.plan.allocation import EligibilityRule, allocate
from gis.plan.compare import compare
from gis.plan.programs import default_programs
from gis.plan.scenario import Scenario, open_scenario, save_scenario, scenario_document

PROGRAMS = ("PKH", "SEMBAKO", "PBI", "UMKM")


def bench_scenarios(table: HouseholdTable, count: int = 5, zones: int = 10) -> list[Scenario]:
    """``count`` scenarios of ``zones`` zones delivering 4 programs, built from the data.

    Zones are sets of about 2 % of the villages each (overlapping), plus two
    circles around populated places when households have coordinates, so
    both kinds of zone are in the measurement. The budget cap binds.
    """
    v = table.villages
    nv = len(v)
    rng = np.random.default_rng(4)
    located = np.flatnonzero(~np.isnan(table.x))
    out = []
    for s in range(count):
        sc = Scenario(name=f"Bench {s + 1}", programs=default_programs())
        for z in range(zones):
            if z >= zones - 2 and len(located):
                i = located[rng.integers(len(located))]
                zone = circle_zone(
                    f"z{z}", f"Lingkaran {z}", float(table.x[i]), float(table.y[i]), 8.0
                )
            else:
                size = max(1, nv // 50)
                start = int(rng.integers(0, max(1, nv - size)))
                zone = Zone(
                    f"z{z}", f"Zona {z}", villages=tuple(v.codes[start : start + size].tolist())
                )
            sc.add_zone(zone, PROGRAMS[: 2 + (z % 3)] if z % 4 else PROGRAMS)
        sc.set_rule("UMKM", EligibilityRule(desil=(2, 3, 4)))
        out.append(sc)
    # a cap that binds: half of what the first scenario's eligible households would cost
    full = allocate(table, out[0]).eligible_cost
    for sc in out:
        sc.budget_cap = max(1, full // 2)
    return out


def _numpy_bound(table: HouseholdTable, scenario: Scenario, masks: ZoneMasks):
    """Bare numpy: OR the zone masks, one desil test and bit test per program,
    the candidates, a cost lookup and a running total against the cap."""
    zm = [masks.mask(z) for z in scenario.zones]
    cap = scenario.budget_cap or 0
    luts = {k: scenario.programs.cost_lut(k, int(table.members.max())) for k in PROGRAMS}

    def run():
        u = np.logical_or.reduce(zm)
        d = (table.desil >= 1) & (table.desil <= 4)
        cost = None
        cand = None
        for k in PROGRAMS:
            e = u & d & ((table.programs & np.uint32(table.program_bit(k))) == 0)
            if cand is None:
                cand = np.flatnonzero(e)
                cost = luts[k][table.members[cand]]
            else:
                cost = cost + luts[k][table.members[cand]] * e[cand]
        order = np.argsort(table.desil[cand], kind="stable")
        return np.cumsum(cost[order]) <= cap

    return run


def bench_rows(table: HouseholdTable, repeat: int = 5) -> list[dict]:
    """Benchmark rows (format of ``gis.bench.table.row``) for evaluate, compare, save + open."""
    out = []
    n = len(table)
    scenarios = bench_scenarios(table)
    masks = ZoneMasks(table)
    first = scenarios[0]
    first.evaluate(table, masks=masks)  # warm the zone mask cache, as the live meter has it
    cold = timeit(lambda: first.evaluate(table, masks=ZoneMasks(table)), max(1, repeat // 2))
    out.append(
        row(
            f"evaluasi skenario 10 zona x 4 program, {format_number(n)} RT",
            timeit(lambda: first.evaluate(table, masks=masks), repeat),
            target=200,
            lower_bound=timeit(_numpy_bound(table, first, masks), repeat),
            note=f"masker zona tersimpan (ubah satu zona); tanpa cache {cold:.0f} ms. "
            "batas bawah: OR masker + uji desil/bit + lookup biaya + cumsum",
        )
    )
    bound_one = _numpy_bound(table, first, masks)
    out.append(
        row(
            "bandingkan 5 skenario",
            timeit(lambda: compare(table, scenarios, masks=masks), repeat),
            target=1000,
            lower_bound=timeit(lambda: [bound_one() for _ in range(5)], repeat),
            note="termasuk evaluasi kelima skenario; batas bawah: 5 x batas evaluasi",
        )
    )
    fp = table.fingerprint()  # the app keeps it from load time
    doc = scenario_document(first)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.skenario.json"

        def save_open():
            save_scenario(first, path, overwrite=True)
            open_scenario(path, table, fingerprint=fp)

        save_open()
        out.append(
            row(
                "simpan + buka skenario",
                timeit(save_open, repeat),
                target=100,
                lower_bound=timeit(lambda: json.loads(json.dumps(doc)), repeat),
                note=f"berkas {path.stat().st_size / 1024:.0f} KB, tulis atomik + fsync; "
                "batas bawah: json dumps + loads tanpa berkas",
            )
        )
    return out


def rows(ctx: CoreContext) -> list[dict]:
    """The scenario rows on the table in ``ctx`` (the registry's entry point)."""
    return bench_rows(ctx.table(), ctx.repeat)
