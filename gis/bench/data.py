"""The generated province the benchmarks measure, and the test zone drawn on it.

The data are generated once per work folder and size (``selesai.json``
marks a finished folder, so an interrupted run generates again). The
orchestrator (``desktop.bench``) calls :func:`ensure_data` in a child
process of its own, so the generator's memory does not count in the
peak-memory row of the measurements.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np


def data_folder(workdir: Path, households: int, villages: int, seed: int = 7) -> Path:
    """The folder of one generated size inside ``workdir``."""
    return Path(workdir) / f"h{households}_v{villages}_s{seed}"


def generated_paths(workdir: Path, households: int, villages: int, seed: int = 7) -> dict | None:
    """``{"villages", "households", "psks"}`` of a finished generation, or None."""
    done = data_folder(workdir, households, villages, seed) / "selesai.json"
    return json.loads(done.read_text()) if done.exists() else None


def ensure_data(workdir: Path, households: int, villages: int, seed: int = 7) -> dict:
    """Generate (once, in this process) the benchmark province; returns the paths."""
    paths = generated_paths(workdir, households, villages, seed)
    if paths is not None:
        return paths
    from gis.demo.province import generate_demo

    folder = data_folder(workdir, households, villages, seed)
    folder.mkdir(parents=True, exist_ok=True)
    p = generate_demo(folder, households=households, villages=villages, seed=seed, overwrite=True)
    paths = {"villages": str(p.villages), "households": str(p.households), "psks": str(p.psks)}
    (folder / "selesai.json").write_text(json.dumps(paths))
    return paths


def zone_polygon(table, n_vertices: int = 50, share: float = 0.05):
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
