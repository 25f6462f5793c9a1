"""The in-app web map: it loads from a file, and a drawn polygon reaches Python."""

from __future__ import annotations

import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from gis.model.zones import circle_zone  # noqa: E402
from tests.output_fixtures import small_map_data  # noqa: E402
from widgets.output.webmap_view import WebMapView, zone_from_feature  # noqa: E402

POLYGON = {
    "type": "Feature",
    "properties": {},
    "geometry": {
        "type": "Polygon",
        "coordinates": [
            [[112.1, -3.9], [112.3, -3.9], [112.3, -4.1], [112.1, -4.1], [112.1, -3.9]]
        ],
    },
}


def _js(qtbot, view, code):
    """Result of ``code`` (a JSON string expression) as Python."""
    box = {}
    view.run_js(code, lambda v: box.setdefault("v", v))
    qtbot.waitUntil(lambda: "v" in box, timeout=10_000)
    return json.loads(box["v"]) if isinstance(box["v"], str) and box["v"] else box["v"]


@pytest.fixture
def view(qtbot, demo_paths):
    v = WebMapView(small_map_data(demo_paths))
    qtbot.addWidget(v)
    v.resize(900, 650)
    v.show()
    with qtbot.waitSignal(v.sig_ready, timeout=30_000):
        pass
    yield v
    v.close()


def test_page_loads_from_a_temp_file_with_leaflet_and_layers(qtbot, view):
    assert view.html_path().exists()
    assert view.view.url().isLocalFile()
    info = _js(
        qtbot,
        view,
        "JSON.stringify({leaflet: typeof L, draw: typeof L.Control.Draw,"
        " channel: typeof QWebChannel, bridge: !!window.sasaranBridge,"
        " paths: document.querySelectorAll('path.leaflet-interactive').length})",
    )
    assert info["leaflet"] == "object"
    assert info["draw"] == "function"
    assert info["channel"] == "function"
    assert info["bridge"] is True
    assert info["paths"] > 50  # village polygons drawn


def test_drawn_polygon_reaches_python(qtbot, view):
    got = []
    view.sig_zone_drawn.connect(got.append)
    with qtbot.waitSignal(view.sig_zone_drawn, timeout=10_000):
        view.run_js(f"window.sasaranSend({json.dumps(POLYGON)})")
    feature = got[0]
    assert feature["geometry"]["type"] == "Polygon"
    assert feature["geometry"]["coordinates"][0][1] == [112.3, -3.9]
    zone = zone_from_feature(feature, "z9", "Zona gambar")
    assert zone.geometry.area == pytest.approx(0.04)


def test_leaflet_draw_event_goes_through_the_bridge(qtbot, view):
    """The real Leaflet.draw 'created' event path, not just the helper."""
    with qtbot.waitSignal(view.sig_zone_drawn, timeout=10_000) as blocker:
        view.run_js(
            "var ll = [[-3.9, 112.1], [-3.9, 112.3], [-4.1, 112.2]];"
            "window.sasaranMap.fire(L.Draw.Event.CREATED, {layer: L.polygon(ll), layerType: 'polygon'});"
        )
    coords = blocker.args[0]["geometry"]["coordinates"][0]
    assert [112.2, -4.1] in coords


def test_zones_drawn_elsewhere_show_up(qtbot, view):
    view.set_zones(
        [circle_zone("a", "Zona A", 112.2, -4.0, 10), circle_zone("b", "Zona B", 113.8, -4.6, 8)]
    )
    qtbot.waitUntil(
        lambda: (
            _js(
                qtbot,
                view,
                "JSON.stringify(document.querySelectorAll('path[stroke=\"#1b4f9c\"]').length)",
            )
            >= 2
        ),
        timeout=10_000,
    )
    view.set_zones([])
    qtbot.waitUntil(
        lambda: (
            _js(
                qtbot,
                view,
                "JSON.stringify(document.querySelectorAll('path[stroke=\"#1b4f9c\"]').length)",
            )
            == 0
        ),
        timeout=10_000,
    )
