"""The workstation's benchmark rows have the shape of ``sasaran bench`` rows."""

from __future__ import annotations

import numpy as np

from widgets.bench.app import panel_rows, tiled_table


def test_panel_rows(demo_dataset):
    rows = panel_rows(repeat=1, households=20_000)
    assert len(rows) == 2
    for row in rows:
        assert {"name", "value", "unit", "target", "lower_bound", "ratio", "ok", "note"} <= set(row)
        assert row["value"] > 0 and row["unit"] == "ms"


def test_tiled_table_repeats_the_columns(demo_dataset):
    t = demo_dataset.households
    big = tiled_table(t, 3 * len(t) + 5)
    assert len(big) == 3 * len(t) + 5
    assert np.array_equal(big.desil[len(t) : 2 * len(t)], t.desil)
    assert big.nik is None and big.name is None
