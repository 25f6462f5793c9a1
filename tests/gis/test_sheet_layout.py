"""Sheet layout in millimetres: conventions present, nothing overlaps, scale is right."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from gis.maps.sheet_layout import (
    HOUSEHOLD_WARNING,
    PRIVACY_LINE,
    BoxItem,
    DotLayer,
    ImageItem,
    LegendItem,
    LineItem,
    MapItem,
    NorthArrowItem,
    ScaleBarItem,
    SheetSpec,
    TableItem,
    TextItem,
    compose,
    compose_series,
    dms_label,
    grid_interval_minutes,
    ground_metres,
    nice_scale,
    project_xy,
    series_units,
    utm_epsg,
)
from tests.output_fixtures import small_map_data

TODAY = date(2025, 10, 1)


@pytest.fixture(scope="module")
def data(demo_paths):
    return small_map_data(demo_paths)


def _boxes(layout):
    """Rectangles of the panel's content items (not frames and rules)."""
    return [
        it.rect
        for it in layout.items
        if not isinstance(it, (BoxItem, LineItem))
        and not (isinstance(it, MapItem) and it.role == "map")
    ]


@pytest.mark.parametrize(
    "paper,orientation", [("A4", "landscape"), ("A3", "landscape"), ("A4", "portrait")]
)
def test_sheet_has_every_element_and_nothing_overlaps(data, paper, orientation):
    lay = compose(SheetSpec(paper=paper, orientation=orientation), data, today=TODAY)
    w, h = (297, 210) if paper == "A4" else (420, 297)
    if orientation == "portrait":
        w, h = h, w
    assert (lay.width_mm, lay.height_mm) == (w, h)
    title = lay.find(TextItem, "title")[0]
    assert title.text == title.text.upper()
    assert "RUMAH TANGGA DESIL 1-4" in title.text and "2025" in title.text
    assert "SASARAN" in title.text
    assert "Skenario Uji" in lay.find(TextItem, "subtitle")[0].text
    assert lay.find(MapItem, "map") and lay.find(MapItem, "inset")
    assert lay.find(ScaleBarItem) and lay.find(NorthArrowItem) and lay.find(ImageItem)
    assert lay.find(TableItem)
    legend = lay.find(LegendItem)[0]
    labels = [e.label for e in legend.entries]
    assert any(lab.startswith("tidak ada data") for lab in labels)
    assert len([e for e in legend.entries if e.kind == "fill"]) == lay.classes.k + 1
    assert "Datum: WGS 84 (EPSG:32749)" in lay.find(TextItem, "projection")[0].text
    src = lay.find(TextItem, "sources")[0].text
    assert "DTSEN (sintetis)" in src and "30 September 2025" in src
    assert lay.find(TextItem, "privacy")[0].text == PRIVACY_LINE
    assert "1 Oktober 2025" in lay.find(TextItem, "edition")[0].text
    # everything on the paper, inside the neat line, no two blocks overlapping
    paper_rect = lay.items[0].rect
    boxes = _boxes(lay)
    for r in boxes:
        assert paper_rect.contains(r), r
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b), (a, b)
    main = lay.find(MapItem, "map")[0]
    for r in boxes:
        assert not main.rect.overlaps(r)
    # the legend's own rectangle holds its title, entries and notes
    need = (
        len(legend.title_lines) * legend.size_pt * 1.1 * 25.4 / 72 * 1.22
        + legend.size_pt * 25.4 / 72 * 1.22
        + 1
        + len(legend.entries) * legend.row_mm
        + len(legend.note_lines) * legend.size_pt * 0.9 * 25.4 / 72 * 1.22
    )
    assert legend.rect.h >= need - 0.01
    # text is readable: nothing below 4.5 pt
    assert min(it.size_pt for it in lay.find(TextItem)) >= 4.5
    # grid labels on all four sides
    assert {g.side for g in main.grid_labels} == {"top", "bottom", "left", "right"}


def test_scale_is_rounded_and_scale_bar_is_true_on_the_ground(data):
    lay = compose(SheetSpec(), data, today=TODAY)
    assert lay.scale == nice_scale(lay.scale)
    assert str(lay.scale)[0] in "123456789"
    main = lay.find(MapItem, "map")[0]
    minx, miny, maxx, maxy = lay.extent
    grid_mm = (maxx - minx) / main.rect.w
    bar = lay.find(ScaleBarItem)[0]
    km = float(bar.labels[-1][1].replace(".", "").replace(",", "."))
    bar_mm = bar.segments[-1] - bar.segments[0]
    # the bar's ground length, measured geodesically at the map centre
    from pyproj import Geod, Transformer

    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    to_ll = Transformer.from_crs(lay.epsg, 4326, always_xy=True)
    lon0, lat0 = to_ll.transform(cx, cy)
    lon1, lat1 = to_ll.transform(cx + bar_mm * grid_mm, cy)
    ground_km = Geod(ellps="WGS84").inv(lon0, lat0, lon1, lat1)[2] / 1000
    assert ground_km == pytest.approx(km, rel=2e-3)
    # and the numeric scale agrees with it
    assert bar_mm * lay.scale / 1e6 == pytest.approx(km, rel=2e-3)


def test_utm_helpers():
    assert utm_epsg(106.1, -2.1) == 32748  # Bangka
    assert utm_epsg(112.5, -4.0) == 32749
    assert utm_epsg(120.0, 1.0) == 32651
    assert nice_scale(1_830_000) == 2_000_000
    assert nice_scale(240_000) == 250_000
    assert nice_scale(1_000_000) == 1_000_000
    assert grid_interval_minutes(3.5) == 60
    assert grid_interval_minutes(0.3) == 5
    assert dms_label(106.5, "lon") == "106°30'BT"
    assert dms_label(-2.25, "lat") == "2°15'LS"
    assert dms_label(-2.0, "lat") == "2°LS"
    # UTM shrinks ground distances at the central meridian (k0 = 0.9996) and
    # stretches them near the zone's edge: the scale bar must follow
    e, n = project_xy(32748, [105.0, 107.9], [-2.0, -2.0])
    assert ground_metres(32748, float(e[0]), float(n[0]), 1000.0) == pytest.approx(999.6, abs=0.05)
    assert ground_metres(32748, float(e[1]), float(n[1]), 1000.0) > 1000.5


def test_households_only_on_request_and_then_with_a_warning(data):
    plain = compose(SheetSpec(), data, today=TODAY)
    assert not any(isinstance(layer, DotLayer) for layer in plain.find(MapItem, "map")[0].layers)
    shown = compose(SheetSpec(show_households=True), data, today=TODAY)
    dots = [layer for layer in shown.find(MapItem, "map")[0].layers if isinstance(layer, DotLayer)]
    assert dots and len(dots[0].x) > 1000
    assert shown.find(TextItem, "privacy")[0].text == HOUSEHOLD_WARNING
    assert not any("Nama" in t for t in shown.texts())


def test_summary_table_counts_desil_and_budget(data):
    lay = compose(SheetSpec(), data, today=TODAY)
    t = data.households
    s = lay.summary
    assert s["desil_1_4"][0] == int(((t.desil >= 1) & (t.desil <= 4)).sum())
    rows = {r[0]: r for r in lay.find(TableItem)[0].rows}
    assert rows["Biaya skenario per tahun"][1] == "Rp 12,50 M"
    assert rows["Sisa pagu"][1] == "Rp 2,50 M"


def test_series_pages_have_own_extent_legend_counts_and_tallies(data):
    units = series_units(data, "kecamatan")
    assert len(units) == 47
    pages = list(
        compose_series(
            SheetSpec(),
            data,
            "kecamatan",
            units=[str(data.villages.kec_codes[i.index]) for i in units[:3]],
            today=TODAY,
        )
    )
    assert len(pages) == 3
    assert len({p.extent for p in pages}) == 3
    assert all(p.scale < 2_000_000 for p in pages)
    # same breaks on every page, counts of the page's own villages
    assert all((p.classes.breaks == pages[0].classes.breaks).all() for p in pages)
    for p, u in zip(pages, units[:3]):
        n_vill = int((data.villages.kec_index == u.index).sum())
        assert p.classes.counts.sum() + p.classes.no_data_count == n_vill
        assert "KECAMATAN" in p.title
        assert p.unit_code == str(data.villages.kec_codes[u.index])
    totals = [p.summary["desil_1_4"][0] for p in pages]
    assert len(set(totals)) > 1
    one_village = list(
        compose_series(SheetSpec(), data, "desa", units=[str(data.villages.codes[0])], today=TODAY)
    )
    assert (
        len(one_village) == 1
        and "DESA" in one_village[0].title
        or "KELURAHAN" in one_village[0].title
    )


def test_layout_without_households(data):
    from gis.maps.mapdata import MapData

    bare = MapData(villages=data.villages)
    lay = compose(SheetSpec(), bare, today=TODAY)
    assert lay.classes.k == 0
    assert any("tidak ada data" in t for t in lay.texts())
    assert np.isfinite(lay.extent).all()
