"""``sasaran bench``: the speed figures the issues promise, measured here.

Every figure is printed next to a plain-numpy lower bound measured in the
same run on the same data (a bare read, a bare mask-and-bincount, a bare
bounding-box test), so a slow machine shows as a slow machine and a slow
implementation as a high ratio. Test data are generated once per workdir by
the demo generator in a child process, so its memory does not count in the
peak; the measurements run in a fresh child process too.
"""

from __future__ import annotations

import json
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from gis.numbers import format_number


def _timeit(fn, repeat: int) -> float:
    """Median wall time of ``fn`` in milliseconds."""
    times = []
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _row(name, value, target=None, lower_bound=None, unit="ms", note=""):
    value = round(value, 3)
    lower_bound = None if lower_bound is None else round(lower_bound, 3)
    ratio = value / lower_bound if lower_bound else None
    return {
        "name": name,
        "value": value,
        "unit": unit,
        "target": target,
        "lower_bound": lower_bound,
        "ratio": None if ratio is None else round(ratio, 2),
        "ok": None if target is None else bool(value <= target),
        "note": note,
    }


def ensure_data(workdir: Path, households: int, villages: int, seed: int = 7) -> dict:
    """Generate (once) the benchmark province in ``workdir``; returns the paths."""
    tag = f"h{households}_v{villages}_s{seed}"
    folder = workdir / tag
    done = folder / "selesai.json"
    if done.exists():
        return json.loads(done.read_text())
    folder.mkdir(parents=True, exist_ok=True)
    code = (
        "import json,sys; from gis.demo.province import generate_demo; "
        f"p = generate_demo({str(folder)!r}, households={households}, villages={villages}, "
        f"seed={seed}, overwrite=True); "
        "print(json.dumps({'villages': str(p.villages), 'households': str(p.households), "
        "'psks': str(p.psks)}))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    paths = json.loads(out.stdout.strip().splitlines()[-1])
    done.write_text(json.dumps(paths))
    return paths


def _zone_polygon(table, n_vertices: int = 50, share: float = 0.05):
    """A 50-vertex star-ish polygon around the densest part, reaching about ``share`` of points."""
    import shapely

    x, y = table.x, table.y
    ok = ~np.isnan(x)
    cx, cy = float(np.median(x[ok])), float(np.median(y[ok]))
    d = np.hypot(x[ok] - cx, y[ok] - cy)
    r = float(np.quantile(d, share))
    ang = np.linspace(0, 2 * math.pi, n_vertices, endpoint=False)
    rr = r * (1 + 0.15 * np.sin(5 * ang))
    return shapely.Polygon(np.c_[cx + rr * np.cos(ang), cy + rr * np.sin(ang)])


def measure(paths: dict, repeat: int = 5, progress=None) -> list[dict]:
    """Run the measurements in this process (call it in a fresh one)."""
    import pyogrio

    from gis.model.aggregate import village_desil_counts, village_desil_key
    from gis.model.filters import HouseholdFilter
    from gis.model.importer import load_households
    from gis.model.villages import read_villages
    from gis.model.zones import PointIndex, Zone, zone_mask

    say = progress or (lambda f, m="": None)
    rows = []
    say(0.05, "batas desa")
    t0 = time.perf_counter()
    villages = read_villages(paths["villages"])
    rows.append(
        _row(f"baca batas {format_number(len(villages))} desa", (time.perf_counter() - t0) * 1000)
    )

    say(0.1, "baca rumah tangga")
    lb_read = _timeit(lambda: pyogrio.read_arrow(paths["households"]), 1)
    load_times = []
    table = None
    for _ in range(max(1, min(repeat, 3))):
        table = report = None  # let the previous table go before building the next
        t0 = time.perf_counter()
        table, report = load_households(paths["households"], villages)
        load_times.append((time.perf_counter() - t0) * 1000)
    n = len(table)
    rows.append(
        _row(
            f"baca + validasi + tetapkan desa, {format_number(n)} RT (GPKG)",
            statistics.median(load_times),
            target=2000,
            lower_bound=lb_read,
            note="batas bawah: pyogrio.read_arrow tanpa olah",
        )
    )
    say(0.6, "filter")
    key = village_desil_key(table)
    flt = HouseholdFilter(desil=(1, 2, 3, 4), lacks_all=("PKH",))

    def filter_recount():
        m = flt.mask(table)
        np.bincount(table.desil[m], minlength=11)
        village_desil_counts(table, m, key)

    def numpy_bound():
        m = table.desil <= 4
        np.bincount(key[m], minlength=(len(table.villages) + 1) * 11)

    rows.append(
        _row(
            "filter + hitung ulang per desil dan per desa",
            _timeit(filter_recount, repeat),
            target=20,
            lower_bound=_timeit(numpy_bound, repeat),
            note="batas bawah: satu perbandingan + bincount",
        )
    )
    say(0.75, "zona")
    t0 = time.perf_counter()
    index = PointIndex.build(table.x)
    rows.append(_row("indeks titik (sekali per muat)", (time.perf_counter() - t0) * 1000))
    poly = _zone_polygon(table)
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
    rows.append(
        _row(
            f"tally satu zona 50 titik sudut ({format_number(inside)} RT di dalam)",
            _timeit(zone_tally, repeat),
            target=30,
            lower_bound=_timeit(bbox_bound, repeat),
            note="batas bawah: uji kotak batas numpy tanpa poligon",
        )
    )
    say(0.85, "skenario")
    from gis.bench.scenario import bench_rows as scenario_rows

    rows.extend(scenario_rows(table, repeat))
    from gis.bench.register import bench_rows as register_rows

    rows.extend(register_rows(paths, repeat, _row))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows.append(_row("memori puncak proses", peak_mb, target=2048, unit="MB"))
    say(1.0, "selesai")
    return rows


def run_bench(
    households: int = 1_000_000, villages: int = 6000, repeat: int = 5, workdir=None, progress=None
):
    """Generate data if needed, then measure in a fresh child process."""
    say = progress or (lambda f, m="": None)
    base = Path(workdir) if workdir else Path(tempfile.gettempdir()) / "sasaran-bench"
    base.mkdir(parents=True, exist_ok=True)
    say(0.0, f"data uji {format_number(households)} RT / {format_number(villages)} desa")
    paths = ensure_data(base, households, villages)
    env = dict(os.environ)
    code = (
        "import json,sys; from gis.bench.core import measure; "
        f"print(json.dumps(measure({paths!r}, repeat={repeat})))"
    )
    say(0.3, "mengukur")
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env
    )
    return json.loads(out.stdout.strip().splitlines()[-1])
