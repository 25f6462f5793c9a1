"""The web map as HTML text: self-contained, layers present, no personal data."""

from __future__ import annotations

import re

import pytest

from gis.maps.webmap import app_html, export_html, export_webmap
from tests.output_fixtures import small_map_data, with_personal_data


@pytest.fixture(scope="module")
def data(demo_paths):
    return small_map_data(demo_paths)


@pytest.fixture(scope="module")
def exported(data):
    return export_html(data)


def _external_refs(html: str) -> list[str]:
    tags = re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", html, flags=re.I)
    refs = []
    for tag in tags:
        for attr in re.findall(r'\b(?:src|href)\s*=\s*["\']([^"\']+)', tag, flags=re.I):
            refs.append(attr)
    refs += re.findall(r"@import\s+url\(([^)]+)\)", html)
    refs += [
        u for u in re.findall(r"url\(['\"]?([^'\")]+)", html) if not u.startswith(("data:", "#"))
    ]
    return refs


def test_export_has_no_external_script_or_style(exported):
    assert _external_refs(exported) == []
    assert "L.map(" in exported  # Leaflet code is inlined...
    assert "L.HeatLayer" in exported  # ...and the heat plugin
    assert ".leaflet-container" in exported  # CSS inlined
    assert "data:image/png;base64," in exported  # CSS images as data URIs
    assert "cdn.jsdelivr" not in exported and "unpkg.com" not in exported
    assert "tile.openstreetmap.org" not in exported  # no online base map unless asked


def test_online_base_map_only_when_asked(data):
    html = export_html(data, online_basemap=True)
    assert "tile.openstreetmap.org" in html
    assert _external_refs(html) == []  # tiles are data requests, not scripts or styles


def test_layers_legend_and_sources_present(data, exported):
    # one GeoJSON layer per class, each with a constant style (no per-feature switch)
    class_layers = re.findall(r'"fillColor": "(#[0-9a-f]{6})", "fillOpacity": 0.85', exported)
    assert len(set(class_layers)) >= 4
    assert "case " not in exported.split("_styler(feature)")[1][:400]
    for name in (
        "Batas kabupaten/kota",
        "Zona intervensi",
        "Kepadatan RT desil 1-4",
        "PSKS (12 jenis)",
    ):
        assert name in exported
    assert "Zona Pesisir Utara" in exported
    assert "tidak ada data" in exported
    assert "Data agregat; tidak memuat data pribadi" in exported
    assert "DTSEN (sintetis)" in exported and "30 September 2025" in exported
    assert "sasaranReady" in exported


def test_no_personal_data_even_when_the_table_has_it(data):
    personal = with_personal_data(data)
    assert personal.households.has_personal_data
    html = export_html(personal)
    assert "Nama Rahasia" not in html
    assert "19710000000" not in html
    # households never appear as individual points: the heat map has one point per village
    heat = re.search(r"L\.heatLayer\(\s*(\[.*?\]\])", html, flags=re.S)
    assert heat is not None
    assert heat.group(1).count("],") + 1 <= len(data.villages)


def test_export_writes_small_file_and_refuses_to_overwrite(data, tmp_path):
    out = export_webmap(data, tmp_path / "peta.html")
    assert out.stat().st_size < 5_000_000
    with pytest.raises(FileExistsError):
        export_webmap(data, out)
    export_webmap(data, out, overwrite=True)


def test_app_variant_refers_to_local_files_and_the_web_channel(data):
    html = app_html(data)
    srcs = re.findall(r'<script src="([^"]+)"', html)
    assert any(s.startswith("file://") and s.endswith("leaflet.js") for s in srcs)
    assert any(s.endswith("leaflet.draw.js") for s in srcs)
    assert "qrc:///qtwebchannel/qwebchannel.js" in srcs
    assert all(s.startswith(("file://", "qrc:")) for s in srcs)
    assert "L.Control.Draw" in html and "zone_drawn" in html and "sasaranSetZones" in html


@pytest.mark.parametrize("online", [False, True])
def test_the_scale_bar_is_metric_only(data, online):
    import re

    html = export_html(data, online_basemap=online)
    calls = re.findall(r"L\.control\.scale\(([^)]*)\)", html)
    assert len(calls) == 1
    assert re.search(r"imperial:\s*false", calls[0]) and re.search(r"metric:\s*true", calls[0])
