"""The round table of a map sheet: the latest round per kecamatan, only with verification columns."""

from __future__ import annotations

import dataclasses
from datetime import date

import numpy as np
import pandas as pd
import pytest

from gis.maps.mapdata import MapData
from gis.maps.sheet_layout import SheetSpec, TableItem, compose
from gis.maps.sheet_rounds import MAX_ROUND_ROWS, round_table
from gis.model.verification import STATUSES, Provenance
from gis.numbers import format_number
from tests.output_fixtures import small_map_data

TODAY = date(2025, 10, 1)


@pytest.fixture(scope="module")
def base(demo_paths):
    return small_map_data(demo_paths)


def _verified(base, seed: int, mask=None) -> MapData:
    """The demo with an earlier round R0 and a latest round R1 over random households."""
    t = base.households
    rng = np.random.default_rng(seed)
    n = len(t)
    prov = Provenance.empty(n)
    r0 = rng.random(n) < 0.2
    prov.planned[r0] = "R0"
    prov.round_id[r0] = "R0"
    prov.verified_on[r0] = np.datetime64("2024-03-01")
    prov.status[r0] = "ditemukan"
    r1 = rng.random(n) < 0.3
    prov.planned[r1] = "R1"
    done = r1 & (rng.random(n) < 0.6)
    prov.round_id[done] = "R1"
    prov.verified_on[done] = np.datetime64("2025-09-01")
    prov.status[done] = rng.choice(np.array(STATUSES, dtype=object), int(done.sum()))
    table = dataclasses.replace(t, verification=prov)
    return MapData(
        villages=base.villages, households=table, psks=base.psks, mask=mask, sources=base.sources
    )


def _expected(data) -> pd.DataFrame:
    t, prov = data.households, data.households.verification
    sel = np.ones(len(t), bool) if data.mask is None else data.mask
    frame = pd.DataFrame(
        {
            "kec": np.where(
                t.village >= 0, t.villages.kec_names[t.villages.kec_index[t.village]], None
            ),
            "planned": (prov.planned == "R1") & sel,
            "done": (prov.round_id == "R1") & sel,
            "error": pd.Series(prov.status).isin(["tidak ditemukan", "tidak layak"]).to_numpy()
            & (prov.round_id == "R1")
            & sel,
        }
    )
    frame = frame[frame["kec"].notna()]
    return frame.groupby("kec")[["planned", "done", "error"]].sum()


def _round_tables(lay):
    return [it for it in lay.find(TableItem) if it.title.startswith("PUTARAN VERIFIKASI")]


def _check(table, data, full: bool) -> None:
    assert table.title.startswith("PUTARAN VERIFIKASI R1")
    assert ("(setelah filter)" in table.title) == (data.mask is not None)
    want = _expected(data)
    want = want[want["planned"] > 0].sort_values("planned", ascending=False, kind="stable")
    rows = {r[0]: r for r in table.rows}
    total = want.sum()
    pct = f"{round(100 * total['done'] / total['planned'])} %"
    assert rows["Jumlah"][1:] == (
        format_number(total["planned"]),
        pct,
        format_number(total["error"]),
    )
    if not full:
        return
    for kec, row in want.iloc[:MAX_ROUND_ROWS].iterrows():
        pct = f"{round(100 * row['done'] / row['planned'])} %"
        assert rows[kec][1:] == (format_number(row["planned"]), pct, format_number(row["error"]))
    assert len(table.rows) == min(len(want), MAX_ROUND_ROWS) + 1 + (len(want) > MAX_ROUND_ROWS)
    if len(want) > MAX_ROUND_ROWS:
        rest = next(r for r in table.rows if r[0].startswith("… dan"))
        assert rest[1] == format_number(want.iloc[MAX_ROUND_ROWS:]["planned"].sum())


@pytest.mark.parametrize("seed", [1, 2])
def test_round_table_per_kecamatan_equals_pandas(base, seed):
    mask = base.households.desil <= 4 if seed == 2 else None
    data = _verified(base, seed, mask)
    _check(round_table(data), data, full=True)
    _check(round_table(data, compact=True), data, full=False)
    # a page of a series: only the kecamatan of its villages
    v = data.villages
    in_focus = v.kec_index == v.kec_index[0]
    (kec_row, total_row) = round_table(data, in_focus).rows
    assert kec_row[0] == str(v.kec_names[v.kec_index[0]]) and total_row[1] == kec_row[1]


@pytest.mark.parametrize("seed", [1, 2])
def test_sheets_carry_the_round_table(base, seed):
    mask = base.households.desil <= 4 if seed == 2 else None
    data = _verified(base, seed, mask)
    # portrait: beside the desil summary, with its rows per kecamatan
    lay = compose(SheetSpec(orientation="portrait"), data, today=TODAY)
    (table,) = _round_tables(lay)
    _check(table, data, full=True)
    assert any(it.title.startswith("RINGKASAN") for it in lay.find(TableItem))
    # the progress sheet: the round table takes the place of the desil summary
    lay = compose(SheetSpec(indicator="verif_progress"), data, today=TODAY)
    (table,) = _round_tables(lay)
    _check(table, data, full=len(table.rows) > 1)
    assert not any(it.title.startswith("RINGKASAN") for it in lay.find(TableItem))


def test_no_round_table_without_verification_columns(base):
    data = MapData(
        villages=base.villages,
        households=dataclasses.replace(base.households, verification=None),
        psks=base.psks,
        sources=base.sources,
    )
    for orientation in ("landscape", "portrait"):
        lay = compose(SheetSpec(orientation=orientation), data, today=TODAY)
        assert _round_tables(lay) == []
