"""Every panel module runs on its own against the demo data (DESIGN convention 10).

Each module is started as ``python -m widgets.<room>.<name>`` in a subprocess,
shown for about a second on the small demo province and closed; a crash,
a traceback or a hang fails the test. The modules run side by side to keep
the suite short.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run_examples(names, env: dict, tmp_path: Path, seconds: float) -> None:
    """Start ``python -m widgets.<room>.<name>`` for each name side by side; all must show and close.

    Each module saves a PNG of its window just before closing
    (``SASARAN_EXAMPLE_GRAB``); a missing or tiny PNG, a traceback, a
    non-zero exit or a hang past ``seconds`` fails the test.
    """
    procs = {}
    for name in names:
        env_one = dict(env, SASARAN_EXAMPLE_GRAB=str(tmp_path / f"{name}.png"))
        procs[name] = subprocess.Popen(
            [sys.executable, "-m", f"widgets.{name}"],
            cwd=REPO,
            env=env_one,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    deadline = time.monotonic() + seconds
    failures = []
    for name, proc in procs.items():
        try:
            _, err = proc.communicate(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
            failures.append(f"{name}: did not close")
            continue
        grab = tmp_path / f"{name}.png"
        if proc.returncode != 0 or "Traceback" in err:
            failures.append(f"{name}: exit {proc.returncode}\n{err[-2000:]}")
        elif not grab.exists() or grab.stat().st_size <= 1000:
            failures.append(f"{name}: window was not shown")
    assert not failures, "\n".join(failures)


MODULES = (
    "panels.filter_panel",
    "panels.attribute_table",
    "panels.zone_list",
    "panels.charts",
    "panels.identify",
    "panels.status_bar",
    "panels.import_dialog",
    "panels.layer_panel",
    "panels.data_summary",
    "output.output_page",
)


def test_each_panel_runs_on_its_own(small_demo, fresh_settings, tmp_path):
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        SASARAN_EXAMPLE_SECONDS="1",
        SASARAN_DEMO_DIR=str(Path(small_demo.villages).parent),
        SASARAN_CACHE_DIR=str(tmp_path / "cache"),
    )
    run_examples(MODULES, env, tmp_path, seconds=120)
