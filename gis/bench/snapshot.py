"""Benchmark rows for opening the register: import from the source GeoPackage,
reopen from its columnar snapshot, peak memory and resident bytes per household.

Each of the two opens runs in its own fresh process, so one's memory never
counts in the other's figures: the first imports the file (read + validate
+ assign villages) and writes the snapshot, the second reopens from it as a
planner does the next morning. Resident bytes per household are the growth
of the process's resident set from before the register is read to after it
is loaded, every column touched once (as the first map draw does), divided
by the households.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

_BYTES_PER_HH = 250


def _rss() -> int:
    """Resident set size of this process now, in bytes (Linux; peak elsewhere)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return _peak()


def _peak() -> int:
    """Peak resident set of this process alone, in bytes.

    On Linux the high-water mark of this process's own memory (``VmHWM``,
    which starts again at ``exec``); ``ru_maxrss`` is kept only where that
    is missing, because it starts from the size of the process that started
    this one (here the measuring process, the whole register loaded).
    """
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def _touch(table) -> None:
    """Read every column once, as drawing and counting do."""
    from gis.model.households import TEXT_FIELDS

    for name in ("village", "desil", "members", "ppks", "programs", "x", "y", "approx", "row"):
        getattr(table, name).sum()
    for name in TEXT_FIELDS:
        values = getattr(table, name)
        if values is not None:
            (values == "").sum()


def open_once(paths: dict, folder: str, repeat: int = 1) -> dict:
    """One open of the register in this process (run it in a fresh one).

    The first open in ``folder`` imports the source and writes the snapshot;
    later opens reopen from it. Returns times in ms, bytes and counts.
    """
    from gis.model.importer import load_households
    from gis.model.snapshot import read_snapshot, write_snapshot
    from gis.model.villages import read_villages

    villages = read_villages(paths["villages"])
    reopen = read_snapshot(paths["households"], villages, folder) is not None
    gc.collect()
    before = _rss()
    times = []
    table = None
    write_ms = None
    for _ in range(max(1, repeat if reopen else 1)):
        table = None
        gc.collect()
        t0 = time.perf_counter()
        if reopen:
            table, _report = load_households(paths["households"], villages, snapshots=folder)
        else:  # the import, then the snapshot it leaves (timed on their own)
            table, report = load_households(paths["households"], villages)
        t1 = time.perf_counter()
        times.append((t1 - t0) * 1000)
        if not reopen:
            write_snapshot(table, report, paths["households"], villages, folder)
            write_ms = (time.perf_counter() - t1) * 1000
    _touch(table)
    gc.collect()
    out = {
        "reopen": reopen,
        "ms": sorted(times)[len(times) // 2],
        "write_ms": write_ms,
        "households": len(table),
        "resident": _rss() - before,
        "peak": _peak(),
    }
    if not reopen:
        import pyogrio

        t0 = time.perf_counter()
        pyogrio.read_arrow(paths["households"])
        out["bound_ms"] = (time.perf_counter() - t0) * 1000
    return out


def _child(ctx, folder: str, repeat: int) -> dict:
    """:func:`open_once` in a fresh process, started through the ``sasaran`` entry."""
    args = [*ctx.child_args, "--repeat", str(repeat), "--snapshot-dir", folder]
    out = subprocess.run(
        [*ctx.entry, "bench", "--part", "open-register", *args],
        check=True,
        capture_output=True,
        text=True,
        env=os.environ,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def rows(ctx) -> list[dict]:
    """The snapshot rows of ``sasaran bench`` for the generated province of ``ctx``."""
    from gis.bench.register import import_target_ms
    from gis.bench.table import row, scaled_target
    from gis.numbers import format_number

    repeat = ctx.repeat

    with tempfile.TemporaryDirectory(prefix="sasaran-snapshot-") as folder:
        first = _child(ctx, folder, 1)
        again = _child(ctx, folder, repeat)
    n = first["households"]
    per_hh = {k: r["resident"] / max(n, 1) for k, r in (("first", first), ("again", again))}
    return [
        row(
            f"impor dari GPKG sumber di proses baru, {format_number(n)} RT",
            first["ms"],
            target=import_target_ms(n),
            lower_bound=first["bound_ms"],
            note="impor pertama proses; batas bawah: pyogrio.read_arrow tanpa olah",
        ),
        row(f"tulis snapshot kolom, {format_number(n)} RT", first["write_ms"]),
        row(
            f"buka ulang dari snapshot, {format_number(n)} RT",
            again["ms"],
            target=scaled_target(n, 300, 4000),
            note="tanpa membaca ulang berkas sumber",
        ),
        row("memori puncak, impor dari berkas", first["peak"] / 2**20, unit="MB"),
        row("memori puncak, buka dari snapshot", again["peak"] / 2**20, unit="MB"),
        row(
            "byte resident per RT setelah impor",
            per_hh["first"],
            target=_BYTES_PER_HH,
            unit="B",
        ),
        row(
            "byte resident per RT setelah buka dari snapshot",
            per_hh["again"],
            target=_BYTES_PER_HH,
            unit="B",
            note="semua kolom dibaca sekali",
        ),
    ]
