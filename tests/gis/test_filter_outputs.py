"""Sheets, web maps and exports state the filter in force and title what they count.

With "desil 1-2, no program at all" the outputs used to say "Rumah tangga
desil 1-4": here every output of that filter (and of a family of others)
names the filter and no longer claims desil 1-4.
"""

from __future__ import annotations

import csv
import re
from dataclasses import replace
from datetime import date

import openpyxl
import pytest

from gis.maps.mapdata import MapData
from gis.maps.sheet_layout import LegendItem, MapItem, SheetSpec, TableItem, TextItem, compose
from gis.maps.webmap import export_html
from gis.model.filter_text import describe_filter, indicator_title
from gis.model.filters import PRESETS, HouseholdFilter
from gis.model.zones import Zone
from gis.plan.budget_export import export_comparison
from gis.plan.compare import compare
from gis.plan.scenario import DataRef, Scenario
from tests.gis.scenario_data import ROWS, V1, V2, V4, make_table, simple_programs, village_table
from tests.output_fixtures import small_map_data

TODAY = date(2025, 10, 1)
EXCLUSION = HouseholdFilter(desil=(1, 2), lacks_all=("*",))
TITLE_WORDS = "RT terfilter (desil 1-2, belum menerima program apa pun)"
SENTENCE = "RT desil 1-2 yang belum menerima program apa pun yang tercatat"


@pytest.fixture(scope="module")
def data(demo_paths):
    return small_map_data(demo_paths)


def filtered(data: MapData, flt: HouseholdFilter) -> MapData:
    """The same bundle under ``flt`` (its mask computed from the filter)."""
    return replace(data, filter=flt, mask=None, _cache={})


def _one(layout, kind, role=None):
    found = layout.find(kind, role)
    assert len(found) == 1, (kind, role, found)
    return found[0]


@pytest.mark.parametrize(
    "paper,orientation", [("A4", "landscape"), ("A3", "landscape"), ("A4", "portrait")]
)
def test_sheet_title_legend_and_subtitle_carry_the_filter(data, paper, orientation):
    spec = SheetSpec(paper=paper, orientation=orientation)
    lay = compose(spec, filtered(data, EXCLUSION), today=TODAY)
    title = _one(lay, TextItem, "title").text
    assert TITLE_WORDS.upper() in title and "DESIL 1-4" not in title
    assert TITLE_WORDS.upper() in lay.title  # the PDF's own title too
    legend = " ".join(_one(lay, LegendItem).title_lines)
    assert TITLE_WORDS in legend and "desil 1-4" not in legend
    subtitle = _one(lay, TextItem, "subtitle").text
    assert f"Filter: Miskin belum dibantu (exclusion error): {SENTENCE}" in subtitle
    # the summary table (a sheet with zones has a zone table beside it)
    table = next(t for t in lay.find(TableItem) if t.header == ("", "RT", "Jiwa"))
    labels = [r[0] for r in table.rows]
    assert "Jumlah desil 1-2" in labels
    assert not {"Desil 3", "Desil 4", "Jumlah desil 1-4"} & set(labels)
    # the longer subtitle stays in its place: inside the frame, clear of the map
    sub = _one(lay, TextItem, "subtitle")
    the_map = next(m for m in lay.find(MapItem) if m.role != "inset")
    assert sub.rect.bottom <= the_map.rect.y or sub.rect.x >= the_map.rect.right
    assert sub.rect.right <= lay.width_mm


FAMILY = [
    PRESETS["exclusion_error"],
    PRESETS["inclusion_error"],
    HouseholdFilter(desil=(1, 2, 3), ppks_any=(9,)),
    HouseholdFilter(desil=(3, 4), receives_any=("PKH",)),
    HouseholdFilter(desil=(), lacks_all=("SEMBAKO", "PIP")),
]


@pytest.mark.parametrize("flt", FAMILY, ids=lambda f: describe_filter(f, short=True))
def test_every_narrowing_filter_is_on_the_sheet_and_the_web_map(data, flt):
    shown = filtered(data, flt)
    words = describe_filter(flt, data.households)
    counted = indicator_title("desil_1_4", flt, data.households)
    assert counted != "Rumah tangga desil 1-4"  # each of these filters narrows the count
    lay = compose(SheetSpec(summary=False), shown, today=TODAY)
    title = _one(lay, TextItem, "title").text
    assert f"PETA {counted.upper()} {data.area.upper()}" in title
    assert f"Filter: {words}" in _one(lay, TextItem, "subtitle").text
    html = export_html(shown)
    head = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert head.startswith(f"{counted} — ") and f"Filter: {words}" in head
    assert "Kepadatan RT desil 1-4" not in html


def test_web_map_title_legend_and_layers_carry_the_filter(data):
    html = export_html(filtered(data, EXCLUSION))
    head = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert head.startswith(f"{TITLE_WORDS} — ")
    assert f"Filter: Miskin belum dibantu (exclusion error): {SENTENCE}" in head
    title_div = re.search(r'id="sasaran-title">(.*?)</div></div>', html, re.S).group(1)
    assert TITLE_WORDS in title_div and "desil 1-4" not in title_div
    legend = re.search(r'id="sasaran-legend">(.*?)<div class="foot">Sumber', html, re.S).group(1)
    assert f"<h4>{TITLE_WORDS} (RT)</h4>" in legend
    assert f"Filter: Miskin belum dibantu (exclusion error): {SENTENCE}." in legend
    assert f"{TITLE_WORDS} (per desa)" in html  # the layer's name in the layer control
    assert f"Kepadatan {TITLE_WORDS} (agregat desa)" in html
    assert "RT desil 1-4" not in html and "Rumah tangga desil 1-4" not in html
    # without a filter the web map says so too
    plain = export_html(replace(data, filter=None, mask=None, _cache={}))
    assert "Filter: Semua rumah tangga" in plain


@pytest.fixture(scope="module")
def table(tmp_path_factory):
    return make_table(village_table(tmp_path_factory.mktemp("desa")), ROWS)


def test_xlsx_and_csv_carry_each_scenarios_filter(table, tmp_path):
    a = Scenario(name="Skenario A", programs=simple_programs(), filter=EXCLUSION)
    a.add_zone(Zone("a", "Barat", villages=(V1, V2)), ("A",))
    b = Scenario(name="Skenario B", programs=simple_programs())
    b.add_zone(Zone("b", "Timur", villages=(V4,)), ("A",))
    for s in (a, b):
        s.evaluate(table)
    comparison = compare(table, [a, b])
    assert comparison.metrics[0].filter_text.endswith(SENTENCE)
    xlsx, out_csv = tmp_path / "banding.xlsx", tmp_path / "banding.csv"
    export_comparison(comparison, xlsx=xlsx, csv_path=out_csv, data=DataRef.of(table))
    wb = openpyxl.load_workbook(xlsx)
    rows = {r[0].value: [c.value for c in r[1:]] for r in wb["Ringkasan"].iter_rows(min_row=2)}
    a_text, b_text = rows["Filter rumah tangga"]
    assert a_text == f"Miskin belum dibantu (exclusion error): {SENTENCE}"
    assert b_text == "Semua rumah tangga"
    source = {r[0].value: r[1].value for r in wb["Sumber"].iter_rows(min_row=2)}
    assert source["Filter (Skenario A)"] == a_text
    assert source["Filter (Skenario B)"] == b_text
    with out_csv.open(encoding="utf-8-sig") as fh:
        by = {r[0]: r[1:] for r in csv.reader(fh)}
    assert by["Filter rumah tangga"] == [a_text, b_text]
