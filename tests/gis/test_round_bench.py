"""The round and snapshot benchmark rows run and report what they measured (no timing asserted)."""

from __future__ import annotations

import numpy as np

from gis.bench.round import bench_rows, second_snapshot
from gis.demo.data import load_dataset
from gis.model.snapshots import match_snapshots


def test_rows_measure_rounds_and_snapshots(demo_paths):
    ds = load_dataset(
        {
            "villages": demo_paths.villages,
            "households": demo_paths.households,
            "psks": demo_paths.psks,
        }
    )
    t = ds.households
    new = second_snapshot(t)
    m = match_snapshots(t, new)
    counts = m.counts()
    assert counts["matched"]["nik"] > 0 and counts["matched"]["kk"] > 0
    assert sum(counts["matched"].values()) == len(new)
    rows = bench_rows(t, repeat=1, households=500, verifiers=4)
    assert [r["target"] for r in rows] == [20_000, 10_000, 5_000, 100]
    assert all(np.isfinite(r["value"]) and r["value"] > 0 for r in rows)
    assert "500 RT" in rows[0]["name"] and "4 lembar" in rows[1]["name"]
