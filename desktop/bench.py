"""``sasaran bench``: the data-core rows and the interface rows, each in its own process.

gis/ measures reading, filtering, zone tallies and scenarios without Qt
(:func:`gis.bench.core.run_bench`). The interface figures (map redraw, start-up,
panels, map sheets, web map) need Qt, which gis/ may not import, so they
are measured here, in a second child process on the same generated data:
a fresh process per part keeps the peak-memory row of the data core
honest and one part's caches out of the other's timings.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

#: the province of the demo size, for the web-map rows (the issue sets them there)
DEMO_SIZE = (65_000, 390, 2025)


def interface_rows(paths: dict, demo_paths: dict, repeat: int) -> list[dict]:
    """Map canvas, start-up and panel, and output rows (run in a child with Qt)."""
    from gis.demo.data import load_dataset
    from widgets.bench import app as app_bench
    from widgets.bench import map as map_bench
    from widgets.bench import output as output_bench

    data = load_dataset(paths, label="Provinsi uji (data bangkitan)")
    rows = map_bench.bench_rows(data, repeat=repeat)
    rows += app_bench.bench_rows(repeat=max(1, min(repeat, 3)), households=len(data.households))
    del data
    rows += output_bench.bench_rows(paths, repeat=max(1, min(repeat, 3)), webmap_paths=demo_paths)
    return rows


def _child(code: str) -> list[dict]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    if out.returncode != 0:
        tail = "\n".join(out.stderr.strip().splitlines()[-8:])
        raise RuntimeError(f"pengukuran antarmuka gagal (kode {out.returncode}):\n{tail}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_all(
    households: int = 1_000_000,
    villages: int = 6000,
    repeat: int = 5,
    workdir: Path | None = None,
    progress=None,
    interface: bool = True,
) -> list[dict]:
    """Every benchmark row: the data core first, then (optionally) the interface."""
    import tempfile

    from gis.bench.core import ensure_data, run_bench

    say = progress or (lambda f, m="": None)
    base = Path(workdir) if workdir else Path(tempfile.gettempdir()) / "sasaran-bench"
    rows = run_bench(households, villages, repeat, base, progress=lambda f, m="": say(f * 0.6, m))
    if not interface:
        return rows
    say(0.6, "antarmuka: peta, mulai, panel, lembar peta, peta web")
    paths = ensure_data(base, households, villages)
    demo = ensure_data(base, *DEMO_SIZE)
    code = (
        "import json; from desktop.bench import interface_rows; "
        f"print(json.dumps(interface_rows({paths!r}, {demo!r}, {repeat})))"
    )
    rows += _child(code)
    say(1.0, "selesai")
    return rows
