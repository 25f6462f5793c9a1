"""The whole-process rows (issue 11): a fresh child's own peak memory, the
project they open, and the issue's targets between 1M and 15M households."""

from __future__ import annotations

import sys

import pytest

from gis.io.project import open_project
from widgets.bench.whole import PEAK_MB, SHEET_S, run_measured, scaled_target, write_project


@pytest.mark.parametrize("pair", [PEAK_MB, SHEET_S])
def test_targets_run_from_the_1m_figure_to_the_15m_figure(pair):
    at_1m, at_15m = pair
    assert scaled_target(100_000, at_1m, at_15m) == at_1m
    assert scaled_target(1_000_000, at_1m, at_15m) == at_1m
    assert scaled_target(15_000_000, at_1m, at_15m) == at_15m
    assert scaled_target(30_000_000, at_1m, at_15m) == at_15m
    mid = scaled_target(8_000_000, at_1m, at_15m)
    assert mid == pytest.approx((at_1m + at_15m) / 2)


@pytest.mark.parametrize("mb", [64, 256])
def test_peak_is_the_childs_own_and_counts_what_it_held(tmp_path, mb):
    grab = f"b = bytearray({mb} * 2**20); b[::4096] = b'x' * len(b[::4096])"
    small_s, small_peak = run_measured([sys.executable, "-c", "pass"], {}, tmp_path / "a.log")
    big_s, big_peak = run_measured([sys.executable, "-c", grab], {}, tmp_path / "b.log")
    assert small_s > 0 and big_s > 0
    assert big_peak - small_peak >= (mb - 8) * 2**20
    # the measuring process's own size never enters the figure
    assert small_peak < 64 * 2**20


def test_a_failing_child_is_said_with_its_error_output(tmp_path):
    boom = "import sys; print('kolom hilang', file=sys.stderr); sys.exit(3)"
    with pytest.raises(RuntimeError) as info:
        run_measured([sys.executable, "-c", boom], {}, tmp_path / "c.log")
    assert "kode 3" in str(info.value) and "kolom hilang" in str(info.value)


@pytest.mark.parametrize("with_psks", [True, False])
def test_project_names_the_generated_files(tmp_path, with_psks):
    paths = {}
    for role in ("villages", "households", "psks"):
        f = tmp_path / "data" / f"{role}.gpkg"
        f.parent.mkdir(exist_ok=True)
        f.write_bytes(role.encode() * 100)
        paths[role] = str(f)
    if not with_psks:
        paths.pop("psks")
    folder = tmp_path / "p"
    folder.mkdir()
    project = open_project(write_project(paths, folder))
    roles = {f.role: project.resolve(f.path) for f in project.data_files}
    expected = {"boundaries": "villages", "households": "households"}
    if with_psks:
        expected["psks"] = "psks"
    assert {r: p.name for r, p in roles.items()} == {r: f"{k}.gpkg" for r, k in expected.items()}


def test_project_read_once_reopens_from_its_snapshot(demo_paths, tmp_path, monkeypatch):
    import gis.io.readers as readers
    from gis.model.project_data import load_project_data

    paths = {k: str(getattr(demo_paths, k)) for k in ("villages", "households", "psks")}
    snaps = tmp_path / "snap"
    monkeypatch.delenv("SASARAN_SNAPSHOT_DIR", raising=False)
    project = write_project(paths, tmp_path, snapshots=snaps)
    assert any(snaps.iterdir())
    assert "SASARAN_SNAPSHOT_DIR" not in __import__("os").environ
    monkeypatch.setenv("SASARAN_SNAPSHOT_DIR", str(snaps))
    reads = []
    real = readers.read_table
    monkeypatch.setattr(readers, "read_table", lambda *a, **k: reads.append(a[0]) or real(*a, **k))
    loaded = load_project_data(open_project(project))
    assert len(loaded.data.households) > 0
    assert paths["households"] not in [str(r) for r in reads]
