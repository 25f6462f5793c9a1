"""Per-village mentor and referral indicators, and the synergy workbook."""

from __future__ import annotations

import numpy as np
import openpyxl
import pytest

from gis.model.indicators import (
    mentor_indicators,
    referral_indicator,
    village_points,
)
from gis.plan.matching import great_circle_km
from gis.plan.referrals import referrals, synergy
from gis.plan.synergy_export import write_synergy_xlsx
from tests.gis.scenario_data import village_table
from tests.gis.test_referrals import random_table


@pytest.mark.parametrize("seed", range(3))
def test_need_capacity_and_gap_equal_a_brute_force_count(tmp_path, seed):
    villages = village_table(tmp_path)
    table = random_table(villages, seed, n=200)
    rng = np.random.default_rng(seed)
    mx, my = rng.uniform(105.9, 106.5, 12), rng.uniform(-2.1, -1.8, 12)
    cap = rng.integers(0, 5, 12)
    mask = np.isin(table.desil, [1, 2])
    ind = mentor_indicators(table, mask, mx, my, cap, max_km=12.0)
    vx, vy = village_points(table)
    for v in range(len(villages)):
        need = int((mask & (table.village == v)).sum())
        d = great_circle_km(np.full(12, vx[v]), np.full(12, vy[v]), mx, my)
        reach = int(cap[d <= 12.0].sum())
        assert ind["mentor_need"].numerator[v] == need
        assert ind["mentor_capacity_reach"].numerator[v] == reach
        gap = ind["mentor_gap"].values[v]
        assert (np.isnan(gap) and need == 0) or gap == max(need - reach, 0)


def test_referral_indicator_keeps_unknown_apart(tmp_path):
    villages = village_table(tmp_path)
    table = random_table(villages, 1)
    ref = referrals(table)
    refer, unknown = ref.per_village(table, "KKS")  # the register never carries KKS
    ind = referral_indicator(table, "KKS", refer, unknown)
    assert np.isnan(ind.values[unknown > 0]).all() and "tidak diketahui" in ind.note
    refer, unknown = ref.per_village(table, "PKH")
    ind = referral_indicator(table, "PKH", refer, unknown)
    assert ind.values.tolist() == refer.astype(float).tolist()
    assert refer.sum() == ref.counts()["PKH"]["refer"]


def test_synergy_workbook_holds_the_same_counts_and_no_ids(tmp_path):
    villages = village_table(tmp_path)
    table = random_table(villages, 2)
    table.name = np.array([f"Nama Rahasia {i}" for i in range(len(table))], dtype=object)
    ref = referrals(table)
    syn = synergy(table, None, np.array([0, 1]))
    ind = mentor_indicators(table, None, np.array([106.05]), np.array([-1.95]), [3], 20.0)
    path = write_synergy_xlsx(tmp_path / "sinergi.xlsx", table, ref, syn, ind)
    with pytest.raises(FileExistsError):
        write_synergy_xlsx(path, table, ref, syn, ind)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Sinergi", "Rujukan per program", "Per desa", "Sumber"]
    rows = list(wb["Rujukan per program"].iter_rows(min_row=2, values_only=True))
    counts = ref.counts()
    by_key = {r[0]: r[1:] for r in rows}
    assert by_key["PKH"] == tuple(counts["PKH"].values())
    assert by_key["KKS"][:3] == (None, None, None)  # not carried: only "unknown" counts
    assert by_key["KKS"][3] == counts["KKS"]["unknown"]
    desa = list(wb["Per desa"].iter_rows(min_row=2, values_only=True))
    assert len(desa) == len(villages)
    header = [c.value for c in wb["Per desa"][1]]
    col = header.index("Dirujuk PKH")
    assert sum(r[col] or 0 for r in desa) == counts["PKH"]["refer"]
    text = " ".join(str(c) for ws in wb for row in ws.iter_rows(values_only=True) for c in row)
    assert "Rahasia" not in text and "RT0" not in text
