"""The sheet preview and the web view run on their own against the demo data (briefly)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

import pytest  # noqa: E402


@pytest.fixture
def demo_cache(tmp_path_factory, monkeypatch, demo_paths):
    """A cache folder already holding the small demo province (no second generation)."""
    import shutil

    folder = tmp_path_factory.mktemp("cache")
    target = folder / "demo-8000-2025"
    target.mkdir()
    for p in (demo_paths.villages, demo_paths.households, demo_paths.psks):
        shutil.copy(p, target / p.name)
    monkeypatch.setenv("SASARAN_CACHE_DIR", str(folder))
    return folder


@pytest.mark.parametrize("module", ["widgets.output.sheet_preview", "widgets.output.webmap_view"])
def test_module_runs_on_its_own(demo_cache, module):
    """In a child process: quitting a QApplication shuts QtWebEngine down for good."""
    import subprocess
    import sys

    env = dict(os.environ, SASARAN_CACHE_DIR=str(demo_cache), QT_QPA_PLATFORM="offscreen")
    env.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    proc = subprocess.run(
        [sys.executable, "-m", module, "--households", "8000", "--quit-after", "2000"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
