"""The demo province: shipped files when present, else generated once into the cache."""

from __future__ import annotations

from pathlib import Path

from widgets.base import demo


def test_generates_into_the_cache_when_not_shipped(tmp_path, monkeypatch):
    monkeypatch.delenv("SASARAN_DEMO_DIR", raising=False)
    monkeypatch.setenv("SASARAN_CACHE_DIR", str(tmp_path / "cache"))
    missing = {k: tmp_path / "nowhere" / f"{k}.gpkg" for k in ("villages", "households", "psks")}
    monkeypatch.setattr(demo, "demo_paths", lambda: missing)
    monkeypatch.setattr(demo, "DEMO_HOUSEHOLDS", 3000)
    paths, generate = demo.demo_files()
    assert generate and Path(paths["villages"]).parent.parent == tmp_path / "cache"
    steps = []
    data = demo.load_demo(progress=lambda f, m="": steps.append(f))
    assert data.synthetic and len(data.households) == 3000 and len(data.psks) > 0
    assert steps and steps[-1] == 1.0
    assert demo.demo_files()[1] is False  # the next start reads the cached files


def test_shipped_or_overridden_files_are_read(small_demo):
    paths, generate = demo.demo_files()
    assert not generate and paths["households"] == small_demo.households
