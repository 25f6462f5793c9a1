"""Shared test data of the output tests (sheets, web map): the small demo province.

Plain functions with a cache, so that each output test module declares its
own fixture and no conftest is shared with other suites.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

import numpy as np


@cache
def _load(villages: Path, households: Path, psks: Path):
    from gis.demo import province as demo
    from gis.maps.mapdata import DataSource, load_map_data
    from gis.model.zones import circle_zone

    data = load_map_data(villages, households, psks)
    data.zones = [circle_zone("z1", "Zona Pesisir Utara", 112.2, -3.9, 12)]
    data.scenario = "Skenario Uji"
    data.cost = 12_500_000_000
    data.budget = 15_000_000_000
    data.sources = [
        DataSource("Rumah tangga", demo.HOUSEHOLD_SOURCE, demo.SNAPSHOT_DATE),
        DataSource("PSKS", demo.SOURCE_LABEL, demo.SNAPSHOT_DATE),
        DataSource("Batas desa", demo.SOURCE_LABEL),
    ]
    return data


def small_map_data(demo_paths):
    """The 8,000-household demo province as MapData, with one zone, a scenario name and a budget."""
    return _load(Path(demo_paths.villages), Path(demo_paths.households), Path(demo_paths.psks))


def with_personal_data(data):
    """The same data with names and NIK filled in: outputs must never show them."""
    from gis.maps.mapdata import MapData

    t = data.households
    n = len(t)
    names = np.array([f"Nama Rahasia {i:05d}" for i in range(n)], dtype=object)
    niks = np.array([f"19710{i:011d}" for i in range(n)], dtype=object)
    table = replace(t, name=names, nik=niks, kk=niks, address=names)
    return MapData(
        villages=data.villages,
        households=table,
        psks=data.psks,
        zones=data.zones,
        scenario=data.scenario,
        sources=data.sources,
    )
