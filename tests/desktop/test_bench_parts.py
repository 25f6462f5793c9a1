"""``sasaran bench`` starts its parts through the ``sasaran`` entry itself.

A frozen program has no ``python -c``: every child must be started as
``sasaran bench --part ...``, with the entry started from source or frozen.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop.bench import entry_command, run_all


def test_entry_command_from_source_and_frozen(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert entry_command() == [sys.executable, "-m", "desktop.cli"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert entry_command() == [sys.executable]


@pytest.mark.slow
def test_parts_start_through_the_entry_not_code_strings(tmp_path, monkeypatch):
    started = []
    real_run = subprocess.run

    def spy(argv, *args, **kwargs):
        started.append(list(argv))
        return real_run(argv, *args, **kwargs)

    monkeypatch.setattr(subprocess, "run", spy)
    rows = run_all(households=3000, villages=120, repeat=1, workdir=tmp_path, interface=False)
    assert started, "no part ran in a child process"
    for argv in started:
        assert "-c" not in argv, argv
        assert argv[: len(entry_command()) + 2] == [*entry_command(), "bench", "--part"], argv
    parts = [argv[argv.index("--part") + 1] for argv in started]
    assert parts == ["data", "core"]
    # the groups of the registry, in its order: register, filters + zones, scenarios, memory
    names = [r["name"] for r in rows]
    assert names[0].startswith("baca batas") and "baca + validasi" in names[1]
    assert names[2].startswith("filter") and names[4].startswith("tally satu zona")
    assert any(n.startswith("evaluasi skenario") for n in names)
    assert names[-1] == "memori puncak proses"
    # the data are generated once per work folder: a second run starts only the measuring part
    started.clear()
    run_all(households=3000, villages=120, repeat=1, workdir=tmp_path, interface=False)
    assert [argv[argv.index("--part") + 1] for argv in started] == ["core"]


def test_a_failing_part_is_reported_in_indonesian(tmp_path, capsys):
    from desktop.cli import main

    # households that cannot be generated: the data part fails in its child
    code = main(["bench", "--households", "-5", "--villages", "3", "--workdir", str(tmp_path)])
    assert code == 2
    err = capsys.readouterr().err
    assert "Galat: pembuatan data uji gagal" in err
