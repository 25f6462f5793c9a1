"""The peak memory of a fresh opening process is its own (issue 11's memory rows).

``sasaran bench`` reopens the register in child processes started from the
measuring process, which holds a whole register by then; the child's peak
must not start from that size.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import gis

ROOT = Path(gis.__file__).resolve().parents[1]


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="Linux /proc only")
@pytest.mark.parametrize("held_mb", [200, 400])
def test_child_peak_leaves_out_the_parents_memory(held_mb):
    held = bytearray(held_mb * 2**20)
    held[::4096] = b"x" * len(held[::4096])  # resident, not only reserved
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    code = "from gis.bench.snapshot import _peak; print(_peak())"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    child_peak = int(out.stdout.strip())
    assert 0 < child_peak < 120 * 2**20
    del held


def test_peak_grows_with_what_this_process_holds():
    from gis.bench.snapshot import _peak

    before = _peak()
    held = bytearray(96 * 2**20)
    held[::4096] = b"x" * len(held[::4096])
    assert _peak() - before >= 64 * 2**20 or before >= 96 * 2**20
    del held
