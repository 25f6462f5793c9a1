"""Benchmark rows measured on whole fresh processes opening a project (issue 11).

Two figures a planner meets the next morning, each a fresh ``sasaran``
process on a project file (``*.sasaran``) built here over the generated
province, read once unmeasured (its register snapshot written) and saved
after that reading, as the app saves it (so the
figures are of a reopen, as on every day but the first):

* peak memory of the whole process, project loaded AND the map drawn:
  ``sasaran P.sasaran --screenshot`` at 1600 x 1000, its peak resident set
  read from the kernel when the process ends (``os.wait4``), so nothing
  that process touched is left out, Qt and the drawn map included;
* ``sasaran sheet --project P.sasaran --paper A3`` to a PDF, wall clock from
  spawning the process to its exit, with its peak memory.

The targets are the issue's at a million households and at 15 million,
interpolated linearly in between (the 1M target below a million).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
from pathlib import Path

from gis.bench.table import row, scaled_target  # noqa: F401 (tests import it here)
from gis.numbers import format_number

REPO = Path(__file__).resolve().parents[2]

#: (at 1M, at 15M) targets of the issue
PEAK_MB = (600, 6144)
SHEET_S = (2.0, 10.0)


def _env(tmp: Path) -> dict:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
        SASARAN_SETTINGS_FILE=str(tmp / "settings.ini"),
        SASARAN_SNAPSHOT_DIR=str(tmp / "snapshots"),
    )
    return env


#: A small process that starts the measured one and reports its own figures.
#: The peak resident set a process reports (``ru_maxrss``) starts from the
#: memory of the process that forked it, so a child started straight from
#: this (large) measuring process would carry our size into its figure; a
#: child forked from this small launcher carries only the launcher's few MB.
_LAUNCHER = """
import json, os, sys, time
out, args = sys.argv[1], sys.argv[2:]
t0 = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(args[0], args)
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - t0
with open(out, "w") as fh:
    json.dump({"code": os.waitstatus_to_exitcode(status), "s": seconds,
               "maxrss": usage.ru_maxrss}, fh)
"""


def run_measured(args: list[str], env: dict, log: Path, timeout: float = 900) -> tuple[float, int]:
    """Run ``args`` as a fresh process; ``(seconds, peak resident bytes)`` of it alone.

    The process is started by a small launcher (see :data:`_LAUNCHER`), which
    times it from fork to exit and reads its peak from ``wait4``, so neither
    this process nor earlier children count in it. Raises ``RuntimeError``
    with the tail of the child's error output when it fails.
    """
    import json
    import sys

    log = Path(log)
    figures = log.with_suffix(".json")
    figures.unlink(missing_ok=True)
    with open(log, "w") as err:
        subprocess.run(
            [sys.executable, "-c", _LAUNCHER, str(figures), *args],
            cwd=REPO,
            env=env or None,
            stdout=subprocess.DEVNULL,
            stderr=err,
            timeout=timeout,
            check=False,
        )
    got = json.loads(figures.read_text()) if figures.exists() else {"code": None}
    if got["code"] != 0:
        tail = "\n".join(log.read_text(errors="replace").strip().splitlines()[-8:])
        raise RuntimeError(f"{' '.join(args[-6:])} gagal (kode {got['code']}):\n{tail}")
    # ru_maxrss is in KiB on Linux, in bytes on macOS
    scale = 1 if sys.platform == "darwin" else 1024
    return got["s"], got["maxrss"] * scale


def write_project(paths: dict, folder: Path, snapshots: Path | None = None) -> Path:
    """A project file in ``folder`` naming the generated boundaries, register and PSKS.

    With ``snapshots`` the project is first read once (its register snapshot
    written there) and then saved, as a planner's project is after Berkas >
    Simpan proyek: it then records the column mapping the import used, which
    the reopening's snapshot key names.
    """
    from gis.io.project import save_project
    from gis.model.project_data import build_project, load_project_data

    files = {"boundaries": {"path": paths["villages"]}, "households": {"path": paths["households"]}}
    if paths.get("psks"):
        files["psks"] = {"path": paths["psks"]}
    project = build_project(files, name="Provinsi uji")
    if snapshots is not None:
        before = os.environ.get("SASARAN_SNAPSHOT_DIR")
        os.environ["SASARAN_SNAPSHOT_DIR"] = str(snapshots)
        try:
            load_project_data(project)
        finally:
            if before is None:
                os.environ.pop("SASARAN_SNAPSHOT_DIR", None)
            else:
                os.environ["SASARAN_SNAPSHOT_DIR"] = before
    return save_project(project, folder / "uji.sasaran")


def bench_rows(paths: dict, entry: list[str], households: int, repeat: int = 2) -> list[dict]:
    """The whole-process rows on the generated province (``repeat`` runs of each, median)."""
    with tempfile.TemporaryDirectory(prefix="sasaran-whole-bench-") as tmp:
        tmp = Path(tmp)
        env = _env(tmp)
        project = write_project(paths, tmp, snapshots=Path(env["SASARAN_SNAPSHOT_DIR"]))
        pdf = tmp / "a3.pdf"
        sheet = [*entry, "sheet", "--project", str(project), "--paper", "A3"]
        sheet += ["--out", str(pdf), "--overwrite"]
        run_measured(sheet, env, tmp / "first.log")  # fills the page cache (not measured)
        sheets = [run_measured(sheet, env, tmp / "sheet.log") for _ in range(max(1, repeat))]
        shot = [*entry, str(project), "--screenshot", str(tmp / "peta.png"), "--size", "1600x1000"]
        drawn = [run_measured(shot, env, tmp / "shot.log") for _ in range(max(1, repeat))]
    n = format_number(households)
    return [
        row(
            f"memori puncak seluruh proses, proyek dimuat + peta digambar, {n} RT",
            statistics.median(p for _s, p in drawn) / 2**20,
            target=scaled_target(households, *PEAK_MB),
            unit="MB",
            note="sasaran P.sasaran --screenshot 1600x1000, proses baru, dari snapshot",
        ),
        row(
            f"sasaran sheet --project, A3 ke PDF, seluruh proses, {n} RT",
            statistics.median(s for s, _p in sheets),
            target=scaled_target(households, *SHEET_S),
            unit="s",
            note="dari mulai proses sampai keluar; register dari snapshot",
        ),
        row(
            "memori puncak seluruh proses, sasaran sheet --project A3",
            statistics.median(p for _s, p in sheets) / 2**20,
            unit="MB",
        ),
    ]


def rows(ctx) -> list[dict]:
    """The registry's entry point, at the size of the generated province."""
    import pyogrio

    households = int(pyogrio.read_info(ctx.paths["households"])["features"])
    return bench_rows(ctx.paths, list(ctx.entry), households, repeat=max(1, min(ctx.repeat, 2)))
