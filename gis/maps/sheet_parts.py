"""Pieces of a map sheet beside the map: the summary table's rows, the locator
inset, the blocks of the legend panel and how they stack in columns, and the
words for the area in focus. Used by :mod:`gis.maps.sheet_layout`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import shapely

from gis.maps.mapdata import MapData
from gis.maps.sheet_frame import MapFrame, _utm_layer, line_mm, project_geoms
from gis.maps.sheet_items import (
    ACCENT,
    BoxItem,
    LineItem,
    MapItem,
    PolygonLayer,
    Rect,
    TableItem,
)
from gis.numbers import format_number


@dataclass(frozen=True)
class Focus:
    """One unit of a series: a kecamatan or a village (index into its level)."""

    level: str  # kecamatan | desa
    index: int


# ---------------------------------------------------------------------------
# Composition
# ---------------------------------------------------------------------------


@dataclass
class _Block:
    """A piece of the information panel: its height for a width, and how to place it."""

    name: str
    height: Callable[[float], float]
    place: Callable[[float, float, float], list]
    flexible: bool = False
    bottom: bool = False  # sits at the foot of its column


def _table_block(name: str, table, size: float, pad: float) -> _Block:
    """A block holding one table (title, header, rows) in type of ``size`` points."""
    row = line_mm(size) * 1.12

    def height(w):
        return 2 * pad + line_mm(size) + row * (len(table.rows) + 1)

    def place(x, y, w):
        return [
            TableItem(
                Rect(x + pad, y + pad, w - 2 * pad, height(w) - 2 * pad),
                table.title,
                table.header,
                table.rows,
                table.col_fracs,
                size,
                row,
                table.bold_rows,
            )
        ]

    return _Block(name, height, place)


def _fmt_int(n) -> str:
    return format_number(int(n), 0)


def _rupiah(value: float) -> str:
    if abs(value) >= 1e9:
        return f"Rp {format_number(value / 1e9, 2)} M"
    if abs(value) >= 1e6:
        return f"Rp {format_number(value / 1e6, 1)} jt"
    return f"Rp {format_number(value, 0)}"


def summary_rows(data: MapData, hh_mask: np.ndarray | None, psks_mask=None) -> dict:
    """Tallies for the summary table: households and persons per desil 1-4, gaps, PSKS."""
    t = data.households
    out: dict = {}
    if t is None:
        return out
    sel = np.ones(len(t), dtype=bool) if hh_mask is None else hh_mask
    d = np.bincount(t.desil[sel], minlength=11)
    p = np.bincount(t.desil[sel], weights=t.members[sel], minlength=11)
    # households without a size add no persons; they are counted, never shown as 0 jiwa
    u = np.bincount(t.desil[sel & (t.members <= 0)], minlength=11)
    out["desil"] = {k: (int(d[k]), int(p[k])) for k in range(1, 5)}
    out["desil_1_4"] = (int(d[1:5].sum()), int(p[1:5].sum()))
    out["unknown_size"] = {k: int(u[k]) for k in range(1, 5)}
    out["unknown_size_1_4"] = int(u[1:5].sum())
    d12 = sel & ((t.desil == 1) | (t.desil == 2))
    # None: the register says nothing about any program of these households
    known = d12 & ~t.programs_unknown()
    out["d12_no_aid"] = int((d12 & t.received_nothing()).sum()) if known.any() else None
    out["programs_not_carried"] = list(t.missing_programs())
    out["d12"] = int(d12.sum())
    if data.psks is not None:
        pm = data.psks.is_psks if psks_mask is None else (psks_mask & data.psks.is_psks)
        out["psks"] = int(pm.sum())
    if data.cost is not None:
        out["cost"] = float(data.cost)
    if data.budget is not None:
        out["budget"] = float(data.budget)
    return out


def _keeps(flt, desil: int) -> bool:
    """True when filter ``flt`` keeps households of ``desil`` (an empty desil list keeps all)."""
    return not flt.desil or desil in flt.desil


def _focus_name(data: MapData, focus: Focus | None) -> str:
    v = data.villages
    if focus is None:
        return data.area
    if focus.level == "kecamatan":
        kab = v.kabupaten_name(str(v.kec_codes[focus.index])[:4])
        return f"Kecamatan {v.kec_names[focus.index]}" + (f", {kab}" if kab else "")
    kec_i = int(v.kec_index[focus.index])
    kind = "Kelurahan" if str(v.codes[focus.index])[6] == "1" else "Desa"
    return f"{kind} {v.names[focus.index]}, Kecamatan {v.kec_names[kec_i]}"


def _focus_villages(data: MapData, focus: Focus | None) -> np.ndarray:
    v = data.villages
    if focus is None:
        return np.ones(len(v), dtype=bool)
    if focus.level == "kecamatan":
        return v.kec_index == focus.index
    out = np.zeros(len(v), dtype=bool)
    out[focus.index] = True
    return out


def _portrait_columns(by: dict) -> list:
    """Block columns under a portrait map: legend | scale, projection, inset | table, text."""
    return [
        [by["legenda"]],
        [by["skala"], by["proyeksi"], by["inset"]],
        [
            b
            for b in (
                by.get("ringkasan"),
                by.get("zona"),
                by.get("putaran"),
                by["sumber"],
                by["privasi"],
                by["instansi"],
            )
            if b is not None
        ],
    ]


def _km(value: float) -> str:
    return format_number(value, 0 if value == int(value) else 1)


def _zone_geometry(zone, data: MapData):
    if zone.geometry is not None:
        return zone.geometry
    v = data.villages
    idx = v.lookup(list(zone.villages))
    parts = [v.geoms[i] for i in idx if i >= 0 and v.geoms[i] is not None]
    return shapely.union_all(parts) if parts else None


def _inset(rect: Rect, data: MapData, frame: MapFrame, epsg: int, focus: Focus | None) -> MapItem:
    """Locator map: the whole area with the main map's extent (and focus) marked."""
    outline = data.province_outline()
    kab_utm, kab_b = _utm_layer(data, "kabupaten", epsg)
    ok = ~np.isnan(kab_b[:, 0])
    ex = frame.extent
    if ok.any():
        b = kab_b[ok]
        bounds = (b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max())
        if focus is None:  # the whole area: show the frame's extent around it
            bounds = (
                min(bounds[0], ex[0]),
                min(bounds[1], ex[1]),
                max(bounds[2], ex[2]),
                max(bounds[3], ex[3]),
            )
    else:
        bounds = ex
    minx, miny, maxx, maxy = bounds
    w, h = (maxx - minx) * 1.08, (maxy - miny) * 1.08
    mpm = max(w / rect.w, h / rect.h)
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    inset = MapFrame(
        rect,
        epsg,
        (
            cx - rect.w * mpm / 2,
            cy - rect.h * mpm / 2,
            cx + rect.w * mpm / 2,
            cy + rect.h * mpm / 2,
        ),
        mpm,
        0,
    )
    layers = []
    if outline is not None:
        layers.append(
            PolygonLayer(
                shapely.simplify(
                    inset.geoms_to_mm(project_geoms(epsg, np.array([outline], dtype=object))), 0.15
                ),
                ("#d9d9d9",),
                "#7f7f7f",
                0.1,
                name="wilayah",
            )
        )
    if ok.any():
        layers.append(
            PolygonLayer(
                shapely.simplify(inset.geoms_to_mm(kab_utm[ok]), 0.1),
                None,
                "#7f7f7f",
                0.12,
                name="kabupaten",
            )
        )
    if focus is not None:
        sel = _focus_villages(data, focus) & data.villages.has_polygon
        vill_utm, _ = _utm_layer(data, "villages", epsg)
        if sel.any():
            g = shapely.union_all(vill_utm[sel])
            layers.append(
                PolygonLayer(
                    inset.geoms_to_mm(np.array([g], dtype=object)),
                    (ACCENT,),
                    ACCENT,
                    0.2,
                    name="fokus",
                )
            )
    box = shapely.box(*ex)
    layers.append(
        PolygonLayer(
            inset.geoms_to_mm(np.array([box], dtype=object)), None, ACCENT, 0.35, name="batas peta"
        )
    )
    return MapItem(rect, tuple(layers), "#ffffff", border_mm=0.2, role="inset")


def _stack(all_blocks: list[_Block], panel: Rect, columns: list[list[_Block]]):
    """Place blocks top-down in columns of ``panel``; None when they do not fit."""
    n = len(columns)
    gap = 2.0
    col_w = (panel.w - gap * (n - 1)) / n
    out = []
    for ci, col in enumerate(columns):
        x = panel.x + ci * (col_w + gap)
        heights = [b.height(col_w) for b in col]
        spare = panel.h - sum(heights)
        if spare < -0.01:
            flex = [i for i, b in enumerate(col) if b.flexible]
            need = -spare
            for i in flex:
                cut = min(need, heights[i] - 20.0)
                if cut > 0:
                    heights[i] -= cut
                    need -= cut
            if need > 0.01:
                return None
            spare = 0.0
        else:
            # spare room goes to the flexible block (a larger inset), up to a limit
            for i, b in enumerate(col):
                if b.flexible:
                    add = min(spare, 30.0)
                    heights[i] += add
                    spare -= add
        out.append(BoxItem(Rect(x, panel.y, col_w, panel.h), 0.3))
        y = panel.y
        for bi, (b, h) in enumerate(zip(col, heights)):
            if b.bottom and spare > 0:
                # the privacy line and the agency sit at the foot of the column
                y += spare
                spare = 0.0
            if bi > 0:
                out.append(LineItem(x, y, x + col_w, y, 0.15, "#555555"))
            out.extend(b.place(x, y, col_w, h) if b.flexible else b.place(x, y, col_w))
            y += h
    return out
