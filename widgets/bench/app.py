"""Benchmark rows for the workstation: start-up, and the panels' share of a filter change.

``bench_rows(repeat, households, entry)`` returns rows shaped like
:func:`gis.bench.table.row` (name, value, unit, target, lower bound, ratio, ok, note):

* start to interactive on the demo province: ``sasaran --screenshot`` run in
  a fresh process (``entry`` is the command that starts ``sasaran``), timed from spawning the process to its first full paint
  on data (the app prints ``SASARAN_READY`` then; see :mod:`desktop.app`),
  against the bare minimum of the same entry (start it, import Qt and
  pyqtgraph, read the demo province: ``sasaran bench --part bare-start``,
  which runs :func:`bare_start`) as lower bound. Target 3 s.
* the filter panel's live counts and the attribute table's row refresh after
  a filter change at a million households (the demo register tiled), each
  against one bare mask-and-bincount.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from gis.bench.table import row, timeit
from gis.numbers import format_number

REPO = Path(__file__).resolve().parents[2]

#: reads ``ctx.dataset`` (for its size; see :mod:`widgets.bench.registry`)
NEEDS = ("dataset",)


def _env(tmp: Path) -> dict:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
        SASARAN_REPORT_READY="1",
        SASARAN_SETTINGS_FILE=str(tmp / "settings.ini"),
    )
    env.pop("SASARAN_DEMO_DIR", None)  # the real demo province, not a test's small one
    return env


def start_to_interactive(
    tmp: Path, entry: list[str], size: str = "1600x1000", timeout: float = 120
) -> float:
    """Seconds from spawning ``sasaran --screenshot`` to its first full paint on data."""
    out = tmp / "start.png"
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [*entry, "--screenshot", str(out), "--size", size],
        cwd=REPO,
        env=_env(tmp),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    ready = None
    try:
        for line in proc.stderr:
            if line.startswith("SASARAN_READY"):
                ready = time.perf_counter() - t0
                break
        proc.communicate(timeout=timeout)
    finally:
        if proc.poll() is None:
            proc.kill()
    if ready is None or proc.returncode != 0:
        raise RuntimeError(f"sasaran --screenshot failed (exit {proc.returncode})")
    return ready


def bare_start() -> None:
    """The least a start on data does: Qt and pyqtgraph imported, the demo read."""
    import pyqtgraph  # noqa: F401
    from PySide6 import QtWidgets

    from widgets.base.demo import load_demo

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])  # noqa: F841
    load_demo()


def _bare_start(tmp: Path, entry: list[str]) -> float:
    """Seconds for a fresh ``sasaran bench --part bare-start`` process."""
    t0 = time.perf_counter()
    subprocess.run(
        [*entry, "bench", "--part", "bare-start"],
        cwd=REPO,
        env=_env(tmp),
        check=True,
        timeout=120,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - t0


def tiled_table(table, households: int):
    """The register repeated until it holds ``households`` rows (columns only, no copies of names)."""
    reps = max(1, int(np.ceil(households / len(table))))
    idx = np.tile(np.arange(len(table)), reps)[:households]
    return replace(
        table,
        hh_id=np.arange(households).astype(str).astype(object),
        village=table.village[idx],
        desil=table.desil[idx],
        members=table.members[idx],
        ppks=table.ppks[idx],
        programs=table.programs[idx],
        programs_known=table.programs_known[idx],
        ppks_known=table.ppks_known[idx],
        x=table.x[idx],
        y=table.y[idx],
        approx=table.approx[idx],
        row=np.arange(households, dtype=np.int64) + 2,
        name=None,
        nik=None,
        kk=None,
        address=None,
    )


def panel_rows(repeat: int = 5, households: int = 1_000_000) -> list[dict]:
    """Filter-panel counts and attribute-table refresh at ``households`` (no window needed)."""
    from gis.model.filters import HouseholdFilter
    from gis.model.workspace import Workspace
    from widgets.base.demo import load_demo
    from widgets.panels.attribute_table import HouseholdModel
    from widgets.panels.filter_panel import chip_counts

    data = load_demo()
    table = tiled_table(data.households, households)
    flt = HouseholdFilter(desil=(1, 2), ppks_any=(9, 24), lacks_all=("PKH",))
    n = len(table)

    def bound():
        m = table.desil <= 2
        np.bincount(table.desil[m], minlength=11)

    lb = timeit(bound, repeat)
    out = [
        row(
            f"hitungan chip panel filter, {format_number(n)} RT",
            timeit(lambda: chip_counts(table, flt), repeat),
            target=50,
            lower_bound=lb,
            note="batas bawah: satu perbandingan + bincount",
        )
    ]
    ws = Workspace(replace(data, villages=table.villages, households=table, psks=None))
    model = HouseholdModel(ws)
    model.sort(model.column_index("desil"))
    flts = [flt, HouseholdFilter()]

    def refresh():
        ws.set_filter(flts[0])
        flts.reverse()

    out.append(
        row(
            f"tabel atribut mengikuti filter (urut desil), {format_number(n)} RT",
            timeit(refresh, repeat),
            target=50,
            lower_bound=lb,
            note="filter + baris + argsort; batas bawah: satu perbandingan + bincount",
        )
    )
    return out


def bench_rows(entry: list[str], repeat: int = 3, households: int = 1_000_000) -> list[dict]:
    """All rows of this module (start-up runs ``repeat`` fresh processes of ``entry``)."""
    with tempfile.TemporaryDirectory(prefix="sasaran-app-bench-") as tmp:
        tmp = Path(tmp)
        starts = [start_to_interactive(tmp, entry) * 1000 for _ in range(max(1, repeat))]
        bare = _bare_start(tmp, entry) * 1000
    out = [
        row(
            "mulai sampai siap dipakai (provinsi demo, 65.000 RT)",
            statistics.median(starts),
            target=3000,
            lower_bound=bare,
            note="proses baru sampai peta tergambar; batas bawah: Python + Qt + baca data demo",
        )
    ]
    out.extend(panel_rows(max(3, repeat), households))
    return out


def rows(ctx) -> list[dict]:
    """The registry's entry point, at the size of the generated province."""
    return bench_rows(
        ctx.entry, repeat=max(1, min(ctx.repeat, 3)), households=len(ctx.dataset.households)
    )
