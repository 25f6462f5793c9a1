"""``sasaran bench``: the orchestrator. It parses the options, starts the parts
and prints the table; the rows themselves are measured in ``gis.bench`` (the
data core, without Qt) and ``widgets.bench`` (map, start-up, panels, sheets,
web map), each floor walking its own registry of row groups.

Every part runs in a fresh child process started through the ``sasaran``
entry itself (``sasaran bench --part ...``; :func:`entry_command` knows how
the entry is started, from source or frozen), never from a code string:

- ``data``: generate one size of the test province (once per work folder),
  so the generator's memory does not count in the peak-memory row;
- ``core``: the data-core rows (``gis.bench.registry``);
- ``interface``: the rows that need Qt (``widgets.bench.registry``), in a
  process of their own so that one part's caches stay out of the other's
  timings;
- ``bare-start``: the lower bound of the start-up row (Qt, pyqtgraph and
  the demo province, nothing else).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

#: the province of the demo size, for the web-map rows (the issue sets them there)
DEMO_SIZE = (65_000, 390, 2025)
#: the seed of the generated benchmark province
SEED = 7
#: the parts a child process runs (``--part``, not shown in ``--help``)
PARTS = ("data", "core", "interface", "bare-start", "open-register")


def register(sub) -> None:
    """Add ``bench`` to the ``sasaran`` parser."""
    b = sub.add_parser("bench", help="ukur kecepatan pada data bangkitan")
    b.set_defaults(func=cmd_bench)
    b.add_argument("--households", type=int, default=1_000_000)
    b.add_argument("--villages", type=int, default=6000)
    b.add_argument("--repeat", type=int, default=5)
    b.add_argument("--json", action="store_true")
    b.add_argument(
        "--no-interface",
        action="store_true",
        help="hanya inti data (tanpa peta, jendela, lembar peta dan peta web)",
    )
    b.add_argument("--workdir", type=Path, help="folder untuk data uji (bawaan: folder sementara)")
    b.add_argument("--part", choices=PARTS, help=argparse.SUPPRESS)
    b.add_argument("--seed", type=int, default=SEED, help=argparse.SUPPRESS)
    b.add_argument("--snapshot-dir", help=argparse.SUPPRESS)


def entry_command() -> list[str]:
    """The command that starts ``sasaran``: the frozen program itself, or this
    Python running the ``desktop.cli`` module."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "desktop.cli"]


def _workdir(workdir) -> Path:
    base = Path(workdir) if workdir else Path(tempfile.gettempdir()) / "sasaran-bench"
    base = base.resolve()
    base.mkdir(parents=True, exist_ok=True)
    return base


def _child(args: list[str], qt: bool = False):
    """Run ``sasaran bench ARGS`` in a fresh process; its last stdout line is JSON."""
    env = dict(os.environ)
    if qt:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    frozen = getattr(sys, "frozen", False)
    out = subprocess.run(
        [*entry_command(), "bench", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        cwd=None if frozen else Path(__file__).resolve().parents[1],
    )
    if out.returncode != 0:
        tail = "\n".join(out.stderr.strip().splitlines()[-8:])
        what = {"data": "pembuatan data uji", "core": "pengukuran inti data"}.get(
            args[1], "pengukuran antarmuka"
        )
        raise RuntimeError(f"{what} gagal (kode {out.returncode}):\n{tail}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _size_args(base: Path, households: int, villages: int, repeat: int = 1) -> list[str]:
    return [
        "--households",
        str(households),
        "--villages",
        str(villages),
        "--repeat",
        str(repeat),
        "--workdir",
        str(base),
    ]


def _ensure_data(base: Path, households: int, villages: int, seed: int = SEED) -> dict:
    """The generated files of one size, generated in a child process when missing."""
    from gis.bench.data import generated_paths

    paths = generated_paths(base, households, villages, seed)
    if paths is None:
        args = ["--part", "data", *_size_args(base, households, villages), "--seed", str(seed)]
        paths = _child(args)
    return paths


def run_part(args) -> int:
    """One part in this process (a child of :func:`run_all`); prints JSON."""
    if args.part == "bare-start":
        from widgets.bench.app import bare_start

        bare_start()
        return 0
    from gis.bench.data import ensure_data

    base = _workdir(args.workdir)
    if args.part == "data":
        result = ensure_data(base, args.households, args.villages, args.seed)
    elif args.part == "core":
        from gis.bench.context import CoreContext
        from gis.bench.registry import walk

        paths = ensure_data(base, args.households, args.villages, args.seed)
        # the snapshot rows reopen these files in fresh processes of their own
        again = ("--households", str(args.households), "--villages", str(args.villages))
        again += ("--workdir", str(base), "--seed", str(args.seed))
        ctx = CoreContext(paths, repeat=args.repeat, entry=tuple(entry_command()), child_args=again)
        result = walk(ctx)
    elif args.part == "open-register":
        from gis.bench.snapshot import open_once

        paths = ensure_data(base, args.households, args.villages, args.seed)
        result = open_once(paths, args.snapshot_dir, args.repeat)
    else:
        from widgets.bench.context import InterfaceContext
        from widgets.bench.registry import walk

        ctx = InterfaceContext(
            paths=ensure_data(base, args.households, args.villages, args.seed),
            demo_paths=ensure_data(base, *DEMO_SIZE),
            repeat=args.repeat,
            entry=entry_command(),
        )
        result = walk(ctx)
    print(json.dumps(result))
    return 0


def run_all(
    households: int = 1_000_000,
    villages: int = 6000,
    repeat: int = 5,
    workdir: Path | None = None,
    progress=None,
    interface: bool = True,
) -> list[dict]:
    """Every benchmark row: the data core first, then (optionally) the interface."""
    from gis.numbers import format_number

    say = progress or (lambda f, m="": None)
    base = _workdir(workdir)
    say(0.0, f"data uji {format_number(households)} RT / {format_number(villages)} desa")
    _ensure_data(base, households, villages)
    say(0.18, "mengukur")
    size = _size_args(base, households, villages, repeat)
    rows = _child(["--part", "core", *size])
    if not interface:
        return rows
    say(0.6, "antarmuka: peta, mulai, panel, lembar peta, peta web")
    _ensure_data(base, *DEMO_SIZE)
    rows += _child(["--part", "interface", *size], qt=True)
    say(1.0, "selesai")
    return rows


def print_table(rows: list[dict]) -> None:
    """The rows as the table people read (Indonesian number format)."""
    from gis.numbers import format_number

    width = max(56, *(len(r["name"]) for r in rows))
    print(
        f"{'operasi':{width}s} {'waktu':>10s} {'target':>9s} {'batas bawah':>12s} {'rasio':>7s}  ok"
    )
    for r in rows:
        unit = r.get("unit", "ms")
        target = f"{format_number(r['target'])} {unit}" if r.get("target") is not None else "-"
        lb = (
            f"{format_number(r['lower_bound'], 1)} {unit}"
            if r.get("lower_bound") is not None
            else "-"
        )
        ratio = f"{format_number(r['ratio'], 1)}x" if r.get("ratio") is not None else "-"
        ok = {True: "ya", False: "TIDAK", None: "-"}[r.get("ok")]
        value = format_number(r["value"], 1)
        print(
            f"{r['name']:{width}s} {value:>7s} {unit:2s} {target:>9s} {lb:>12s} {ratio:>7s}  {ok}"
        )


def cmd_bench(args) -> int:
    """``sasaran bench``: start the parts, print the table (or JSON)."""
    if args.part:
        return run_part(args)
    from desktop.cli import _progress_printer

    try:
        rows = run_all(
            households=args.households,
            villages=args.villages,
            repeat=args.repeat,
            workdir=args.workdir,
            progress=_progress_printer(not args.json),
            interface=not args.no_interface,
        )
    except RuntimeError as exc:
        print(f"Galat: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    print_table(rows)
    return 0
