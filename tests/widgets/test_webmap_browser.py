"""The exported web map opens in a real browser with no network and shows its layers.

Uses Debian's headless Chromium. Outside CI a machine without it skips this
test; in CI (``CI=true``) a missing browser is a failure, because the build
installs it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from gis.maps.classify import classify
from gis.maps.webmap import export_webmap
from gis.model.indicators import compute
from tests.output_fixtures import small_map_data


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(
            "chromium is not installed (apt-get install -y chromium); the browser test needs it in CI"
        )
    pytest.skip("chromium not installed")


def test_exported_map_renders_offline_in_chromium(demo_paths, tmp_path):
    browser = _chromium()
    data = small_map_data(demo_paths)
    page = export_webmap(data, tmp_path / "peta.html")
    profile = tmp_path / "profil"
    cmd = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--proxy-server=127.0.0.1:9",  # any network request would fail: the page must not need one
        f"--user-data-dir={profile}",
        "--virtual-time-budget=8000",
        "--window-size=1200,800",
        "--dump-dom",
        page.as_uri(),
    ]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=90)
    dom = out.stdout
    assert "leaflet-container" in dom, out.stderr[-2000:]
    # the map scripts ran: Leaflet panes, the layer control and the legend exist
    assert "leaflet-overlay-pane" in dom
    assert "leaflet-control-layers" in dom
    assert "Zona intervensi" in dom and "Batas kabupaten/kota" in dom
    # village polygons were drawn in every class colour, and the zone outline
    classes = classify(compute("desil_1_4", data.households).values, "quantile", 5)
    fills = re.findall(r'<path[^>]*fill="(#[0-9a-f]{6})"', dom)
    for color in classes.colors:
        assert color in fills
    assert len(fills) >= 300
    assert re.search(r'<path[^>]*stroke="#1b4f9c"', dom)
