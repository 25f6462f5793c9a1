"""The command line reopens an unchanged register from its snapshot, with the same figures."""

from __future__ import annotations

import json
import shutil

import gis.model.importer as importer
from desktop.cli import main


def _stats(capsys, households, villages) -> dict:
    argv = ["stats", "--households", str(households), "--villages", str(villages)]
    assert main([*argv, "--desil", "1-4", "--by", "kecamatan", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_second_stats_run_reads_the_snapshot_not_the_file(
    demo_paths, tmp_path, capsys, monkeypatch
):
    monkeypatch.setenv("SASARAN_SNAPSHOT_DIR", str(tmp_path / "snap"))
    register = tmp_path / "rumah_tangga.gpkg"
    shutil.copy(demo_paths.households, register)
    first = _stats(capsys, register, demo_paths.villages)
    assert list((tmp_path / "snap").glob("*.households.arrow"))

    real_read = importer.read_table

    def refuse(*args, **kwargs):
        raise AssertionError("the register was read again")

    monkeypatch.setattr(importer, "read_table", refuse)
    assert _stats(capsys, register, demo_paths.villages) == first

    # a changed file is read again, never answered from the old snapshot
    monkeypatch.setattr(importer, "read_table", real_read)
    with open(register, "ab") as fh:
        fh.write(b"\0")
    calls = []
    monkeypatch.setattr(
        importer, "read_table", lambda *a, **k: calls.append(a) or real_read(*a, **k)
    )
    assert _stats(capsys, register, demo_paths.villages) == first
    assert len(calls) == 1
