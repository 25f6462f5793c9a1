"""Benchmark rows of the map canvas for ``sasaran bench``.

The issue promises three figures at a million households: a filter change
redrawn on the map within 100 ms, a full redraw of a 1600 x 1000 view within
150 ms, and a zone edit reflected in its tally within 50 ms. They are
measured here on the real canvas (rendered offscreen with ``grab()``, so
Qt's painting is in the figure), each next to a plain-numpy lower bound
measured in the same run, as :mod:`gis.bench.core` does for the data core.
"""

from __future__ import annotations

import time

import numpy as np
import shapely
import shapely.affinity

from gis.bench.core import _row, _timeit, _zone_polygon
from gis.model.aggregate import tally
from gis.model.edits import AddZone, ReplaceZone
from gis.model.filters import HouseholdFilter
from gis.model.workspace import Dataset, Workspace
from gis.model.zones import Zone, psks_zone_mask
from gis.numbers import format_number

VIEW_SIZE = (1600, 1000)


def _canvas(dataset: Dataset):
    from PySide6.QtWidgets import QApplication

    from widgets.base.undo import UndoStack
    from widgets.map.canvas import MapCanvas

    app = QApplication.instance() or QApplication([])
    ws = Workspace(dataset)
    canvas = MapCanvas(ws)
    # the view box gets the whole widget but for a one-pixel frame
    canvas.resize(VIEW_SIZE[0] + 2, VIEW_SIZE[1] + 2)
    canvas.show()
    app.processEvents()
    canvas.zoom_full()
    canvas.flush()
    canvas.grab()
    return app, ws, canvas, UndoStack(ws)


def bench_rows(dataset: Dataset, repeat: int = 5) -> list[dict]:
    """Map canvas timings on ``dataset`` (medians of ``repeat`` runs), as bench rows.

    Needs a Qt platform (``QT_QPA_PLATFORM=offscreen`` without a display).
    """
    app, ws, canvas, stack = _canvas(dataset)
    hh = ws.households
    n = len(hh)
    view = canvas.current_view()
    rows = []

    # -- filter change to redrawn map ---------------------------------------
    filters = [
        HouseholdFilter(desil=(1, 2, 3, 4), lacks_all=("PKH",)),
        HouseholdFilter(desil=(1, 2)),
    ]
    state = {"i": 0}

    def filter_redraw():
        state["i"] += 1
        ws.set_filter(filters[state["i"] % 2])
        canvas.grab()

    def filter_bound():
        m = filters[state["i"] % 2].mask(hh)
        ok = m & (hh.x >= view.x0) & (hh.x < view.x1) & (hh.y > view.y0) & (hh.y <= view.y1)
        col = ((hh.x[ok] - view.x0) / view.px_w).astype(np.int64)
        row = ((view.y1 - hh.y[ok]) / view.px_h).astype(np.int64)
        np.bincount(row * view.width + col, minlength=view.width * view.height)

    value = _timeit(filter_redraw, repeat)
    rows.append(
        _row(
            f"filter -> peta tergambar ulang, {format_number(n)} RT",
            value,
            target=100,
            lower_bound=_timeit(filter_bound, repeat),
            note=f"mode titik: {canvas.points_mode}; batas bawah: filter + bincount titik ke piksel",
        )
    )

    # -- full redraw of the view --------------------------------------------
    ws.set_filter(HouseholdFilter(desil=(1, 2, 3, 4)))
    canvas.flush()

    def full_redraw():
        canvas.redraw()
        canvas.grab()

    def redraw_bound():
        m = ws.mask
        ok = m & (hh.x >= view.x0) & (hh.x < view.x1) & (hh.y > view.y0) & (hh.y <= view.y1)
        col = ((hh.x[ok] - view.x0) / view.px_w).astype(np.int64)
        row = ((view.y1 - hh.y[ok]) / view.px_h).astype(np.int64)
        np.bincount(row * view.width + col, minlength=view.width * view.height)

    rows.append(
        _row(
            f"gambar ulang penuh tampilan {VIEW_SIZE[0]}x{VIEW_SIZE[1]}",
            _timeit(full_redraw, repeat),
            target=150,
            lower_bound=_timeit(redraw_bound, repeat),
            note="koroplet + batas + titik + zona, dilukis offscreen; batas bawah: bincount titik",
        )
    )

    # -- zone edit to updated tally -----------------------------------------
    poly = _zone_polygon(hh)
    zone = Zone("bench", "Zona uji", poly)
    stack.push_edit(AddZone(zone))
    step = {"k": 0}

    def zone_edit():
        # a new shape every time: the zone mask cache must not answer
        step["k"] += 1
        moved = shapely.affinity.translate(poly, 1e-4 * step["k"], 0.0)
        stack.push_edit(ReplaceZone(Zone("bench", "Zona uji", moved)))
        current = ws.zone("bench")
        mask = ws.zone_mask(current) & ws.mask
        pm = psks_zone_mask(current, ws.psks) if ws.psks is not None else None
        tally(hh, mask, ws.psks, pm)

    minx, miny, maxx, maxy = poly.bounds

    def bbox_bound():
        m = (hh.x >= minx) & (hh.x <= maxx) & (hh.y >= miny) & (hh.y <= maxy)
        np.bincount(hh.desil[m], minlength=11)

    t0 = time.perf_counter()
    zone_edit()
    first = (time.perf_counter() - t0) * 1000
    inside = int((ws.zone_mask(ws.zone("bench")) & ws.mask).sum())
    rows.append(
        _row(
            f"edit zona 50 titik sudut -> tally diperbarui ({format_number(inside)} RT terfilter di dalam)",
            _timeit(zone_edit, repeat),
            target=50,
            lower_bound=_timeit(bbox_bound, repeat),
            note=f"lewat tumpukan urungkan, peta ikut; pertama {first:.0f} ms; "
            "batas bawah: uji kotak batas numpy",
        )
    )
    canvas.close()
    canvas.deleteLater()
    app.processEvents()
    return rows


def main(argv=None) -> int:
    """``python -m widgets.bench.map [households]``: print the rows on a generated province."""
    import json
    import os
    import sys
    import tempfile
    from pathlib import Path

    from gis.bench.core import ensure_data
    from gis.demo.data import load_dataset

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args = sys.argv[1:] if argv is None else argv
    households = int(args[0]) if args else 1_000_000
    villages = 6000 if households >= 500_000 else 390
    base = Path(tempfile.gettempdir()) / "sasaran-bench"
    paths = ensure_data(base, households, villages)
    rows = bench_rows(load_dataset(paths), repeat=5)
    print(json.dumps(rows, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
