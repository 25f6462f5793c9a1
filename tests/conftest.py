"""Test-wide set-up: headless Qt, the shared real data, no user settings.

Qt must be told to render offscreen before anything imports it, and
QtWebEngine refuses to start as root without its sandbox disabled; both
are set here so that ``pytest`` works the same on a laptop and in CI.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --disable-background-networking")
# register snapshots written by imports under test stay out of the user's cache
os.environ.setdefault("SASARAN_SNAPSHOT_DIR", tempfile.mkdtemp(prefix="sasaran-test-snapshots-"))

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared_file(*parts: str) -> Path:
    """A file from the shared real data; missing is a failure, never a skip."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.fail(
            f"shared test data missing: {Path('shared', *parts)} (expected beside the repository)"
        )
    return path


@pytest.fixture(scope="session")
def babel_gpkg() -> Path:
    """The real Bangka Belitung boundaries (desa / kecamatan / kabupaten layers)."""
    return shared_file("data", "babel", "babel_desa.gpkg")


@pytest.fixture(scope="session")
def babel_villages(babel_gpkg):
    from gis.model.villages import read_villages

    return read_villages(babel_gpkg)


@pytest.fixture(scope="session")
def layouts_dir() -> Path:
    return shared_file("data", "layouts", "README.md").parent


@pytest.fixture(scope="session")
def demo_paths(tmp_path_factory):
    """A small demo province generated once per test session."""
    from gis.demo.province import generate_demo

    out = tmp_path_factory.mktemp("demo")
    return generate_demo(out, households=8000, seed=2025)
