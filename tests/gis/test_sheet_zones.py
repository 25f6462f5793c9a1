"""The zone table of a map sheet: own coordinates first, approximate apart, overlap explained."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from gis.maps.mapdata import MapData
from gis.maps.sheet_layout import LegendItem, SheetSpec, TableItem, compose
from gis.model.zones import Zone, circle_zone
from gis.numbers import format_number
from tests.output_fixtures import small_map_data

TODAY = date(2025, 10, 1)


@pytest.fixture(scope="module")
def base(demo_paths):
    return small_map_data(demo_paths)


def _data(base, zones, mask=None) -> MapData:
    return MapData(
        villages=base.villages,
        households=base.households,
        psks=base.psks,
        zones=zones,
        mask=mask,
        sources=base.sources,
    )


def _expected(data):
    t = data.households
    sel = np.ones(len(t), bool) if data.mask is None else data.mask
    masks = []
    for z in data.zones:
        if z.geometry is None:
            m = np.isin(t.village, data.villages.lookup(list(z.villages)))
        else:
            import shapely

            m = shapely.contains_xy(z.geometry, t.x, t.y)
        masks.append(m & sel)
    cover = np.sum(masks, axis=0)
    return masks, cover


@pytest.mark.parametrize("r2", [6.0, 10.0, 14.0])
def test_portrait_sheet_lists_zones_and_the_arithmetic(base, r2):
    v = base.villages
    zones = [
        circle_zone("z1", "Pesisir", 112.2, -3.9, 12),
        circle_zone("z2", "Tengah", 112.3, -3.9, r2),
        Zone("z3", "Desa pilihan", villages=tuple(v.codes[:5])),
    ]
    data = _data(base, zones, mask=base.households.desil <= 4)
    lay = compose(SheetSpec(paper="A4", orientation="portrait"), data, today=TODAY)
    tables = [it for it in lay.find(TableItem) if it.title.startswith("RUMAH TANGGA DI ZONA")]
    assert len(tables) == 1
    rows = {r[0].rstrip(" *"): r for r in tables[0].rows}
    masks, cover = _expected(data)
    t = data.households
    for z, m in zip(zones, masks):
        own, approx = int((m & ~t.approx).sum()), int((m & t.approx).sum())
        assert rows[z.name][1:] == (
            format_number(own),
            format_number(approx),
            format_number(own + approx),
        )
    zone_sum = int(sum(m.sum() for m in masks))
    distinct = int((cover > 0).sum())
    assert zone_sum != distinct
    assert rows["Jumlah 3 zona"][3] == format_number(zone_sum)
    assert rows["− ganda (>1 zona)"][3] == format_number(zone_sum - distinct)
    assert rows["= RT berbeda"][3] == format_number(distinct)
    # the drawn circles cut villages: the approximate households they split are stated
    assert any(r[0].startswith("* ") and "desa terbelah" in r[0] for r in tables[0].rows)


def test_crowded_landscape_sheet_still_states_the_zone_households(base):
    zones = [
        circle_zone("z1", "Pesisir", 112.2, -3.9, 12),
        circle_zone("z2", "Tengah", 112.3, -3.9, 10),
    ]
    data = _data(base, zones)
    lay = compose(SheetSpec(paper="A4", orientation="landscape"), data, today=TODAY)
    masks, cover = _expected(data)
    distinct = int((cover > 0).sum())
    approx = int(((cover > 0) & data.households.approx).sum())
    again = int(sum(m.sum() for m in masks)) - distinct
    cells = [r for it in lay.find(TableItem) for r in it.rows]
    zone_table = [it for it in lay.find(TableItem) if it.title.startswith("RUMAH TANGGA DI ZONA")]
    if zone_table:
        assert (
            "= RT berbeda",
            *(format_number(x) for x in (distinct - approx, approx, distinct)),
        ) in cells
    elif ("  di antaranya letak perkiraan", format_number(approx), "") not in cells:
        # the fullest panel: the legend line carries the figures
        legend = [e.label for it in lay.find(LegendItem) for e in it.entries]
        assert (
            f"Zona intervensi: {format_number(distinct)} RT, "
            f"{format_number(approx)} perkiraan, −{format_number(again)} ganda"
        ) in legend
    else:
        assert (f"RT di zona (−{format_number(again)} ganda)", format_number(distinct), "") in cells
        assert ("  di antaranya letak perkiraan", format_number(approx), "") in cells
