"""Small, hand-checkable data for the scenario, allocation and comparison tests.

Four square villages (1 x 1 degree... small enough to reason about, real
enough to go through ``read_villages``) in two kecamatan, and households
given row by row so each expected figure can be worked out by hand.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

from gis.model.filters import ppks_mask
from gis.model.households import HouseholdTable
from gis.model.psks import PsksTable
from gis.model.villages import VillageTable, read_villages
from gis.plan.programs import CostLine, Program, ProgramTable

PROGRAM_KEYS = ("PKH", "SEMBAKO", "PIP", "PBI", "LISTRIK", "KKS", "PKH_PLUS")

# code, name, lower-left corner (lon, lat)
VILLAGES = [
    ("9901011001", "Satu", (106.0, -2.0)),
    ("9901011002", "Dua", (106.1, -2.0)),
    ("9901022001", "Tiga", (106.2, -2.0)),
    ("9901022002", "Empat", (106.3, -2.0)),
]
V1, V2, V3, V4 = (v[0] for v in VILLAGES)
SIDE = 0.1


def write_villages(folder: Path) -> Path:
    """A GeoPackage with a ``desa`` layer of the four villages."""
    geoms = [shapely.box(x, y, x + SIDE, y + SIDE) for _, _, (x, y) in VILLAGES]
    gdf = gpd.GeoDataFrame(
        {
            "kode_desa": [v[0] for v in VILLAGES],
            "nama_desa": [v[1] for v in VILLAGES],
            "kecamatan": ["Kec Satu", "Kec Satu", "Kec Dua", "Kec Dua"],
            "kabupaten": ["Kab Uji"] * 4,
        },
        geometry=geoms,
        crs="EPSG:4326",
    )
    path = folder / "desa_uji.gpkg"
    gdf.to_file(path, layer="desa", engine="pyogrio")
    return path


def village_table(folder: Path) -> VillageTable:
    return read_villages(write_villages(folder))


def centre(code: str) -> tuple[float, float]:
    for c, _, (x, y) in VILLAGES:
        if c == code:
            return x + SIDE / 2, y + SIDE / 2
    raise KeyError(code)


def make_table(villages: VillageTable, rows: list[dict], personal: bool = False) -> HouseholdTable:
    """Households from dicts: village (code), desil, members, ppks (codes), programs (keys).

    Each household sits near the centre of its village (slightly apart, so
    polygon zones can tell them apart).
    """
    n = len(rows)
    vidx = villages.lookup([r["village"] for r in rows])
    xy = np.array([centre(r["village"]) for r in rows], dtype=float).reshape(n, 2)
    xy[:, 0] += np.arange(n) * 1e-4
    prog = np.zeros(n, dtype=np.uint32)
    for i, r in enumerate(rows):
        for k in r.get("programs", ()):
            prog[i] |= np.uint32(1 << PROGRAM_KEYS.index(k))
    table = HouseholdTable(
        villages=villages,
        hh_id=np.array([r.get("id", f"RT{i:03d}") for i, r in enumerate(rows)], dtype=object),
        village=vidx.astype(np.int32),
        desil=np.array([r["desil"] for r in rows], dtype=np.int8),
        members=np.array([r["members"] for r in rows], dtype=np.int16),
        ppks=np.array([ppks_mask(r.get("ppks", ())) for r in rows], dtype=np.uint32),
        programs=prog,
        x=xy[:, 0].copy(),
        y=xy[:, 1].copy(),
        approx=np.zeros(n, dtype=bool),
        row=np.arange(n, dtype=np.int64),
        program_keys=PROGRAM_KEYS,
        program_names={k: k for k in PROGRAM_KEYS},
        source="uji",
        snapshot="2025-01-01",
        file_name="rumah_tangga_uji.csv",
    )
    if personal:
        table.name = np.array([f"Nama Rahasia {i}" for i in range(n)], dtype=object)
        table.nik = np.array([f"99010141019{i:05d}" for i in range(n)], dtype=object)
        table.kk = np.array([f"99010101020{i:05d}" for i in range(n)], dtype=object)
        table.address = np.array([f"Jalan Rahasia No. {i}" for i in range(n)], dtype=object)
    return table


#: the hand-checked register (index = row)
ROWS = [
    {"village": V1, "desil": 1, "members": 4, "ppks": (9,)},  # 0
    {"village": V1, "desil": 2, "members": 2, "programs": ("PKH",)},  # 1
    {"village": V2, "desil": 1, "members": 3, "ppks": (8, 9)},  # 2
    {"village": V2, "desil": 5, "members": 5},  # 3
    {"village": V3, "desil": 3, "members": 1},  # 4
    {"village": V3, "desil": 0, "members": 2},  # 5
    {"village": V4, "desil": 1, "members": 6},  # 6
    {"village": V4, "desil": 2, "members": 0},  # 7 (size unknown)
    {"village": V4, "desil": 8, "members": 3, "programs": ("SEMBAKO",)},  # 8
]


def simple_programs() -> ProgramTable:
    """Round numbers: A 100 per household, B 10 per person, C components, M two years, PKH."""
    return ProgramTable(
        programs=[
            Program("A", "Program A", (CostLine("a", "a", "per_household", "year", 100),)),
            Program("B", "Program B", (CostLine("b", "b", "per_person", "year", 10),)),
            Program(
                "C",
                "Program C",
                (CostLine("c", "c", "per_component", "year", 1000, per_member=0.5),),
                max_units=1,
            ),
            Program(
                "M",
                "Program M",
                (CostLine("m", "m", "per_household", "month", 5, years=2),),
                user_defined=True,
            ),
            Program("PKH", "PKH", (CostLine("p", "p", "per_household", "year", 1000),)),
        ],
        year=2025,
        title="Tabel uji",
        unknown_members=4,
    )


def psks_table(villages: VillageTable, entries: list[tuple[str, int]]) -> PsksTable:
    """PSKS from (village code, type code) pairs, placed at village centres."""
    n = len(entries)
    xy = np.array([centre(v) for v, _ in entries], dtype=float).reshape(n, 2)
    return PsksTable(
        villages=villages,
        psks_id=np.array([f"P{i}" for i in range(n)], dtype=object),
        type=np.array([t for _, t in entries], dtype=np.int8),
        village=villages.lookup([v for v, _ in entries]).astype(np.int32),
        capacity=np.zeros(n, dtype=np.int32),
        x=xy[:, 0].copy(),
        y=xy[:, 1].copy(),
        approx=np.zeros(n, dtype=bool),
    )
