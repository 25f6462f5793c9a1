"""Referral and synergy counts per village equal an independent pandas computation."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from gis.plan.allocation import EligibilityRule
from gis.plan.referral_tally import RECEIVED_BUCKETS, bits_per_slot, village_tally, zone_tally
from tests.gis.scenario_data import PROGRAM_KEYS, village_table
from tests.gis.test_referrals import pandas_status_rows, random_table

RULES = {
    "PKH": EligibilityRule(desil=(1, 2), ppks_any=(5, 9)),
    "PIP": EligibilityRule(desil=(1, 2, 3)),
    "LISTRIK": EligibilityRule(desil=()),
}


@pytest.mark.parametrize("seed", range(4))
def test_counts_per_village_equal_pandas(tmp_path, seed):
    table = random_table(village_table(tmp_path), seed, n=500)
    table.village[:7] = -1  # some families placed in no village
    table.programs_known[7:30] = 0
    table.programs[7:30] = 0
    mask = np.random.default_rng(seed).random(len(table)) < 0.7
    keys = (*PROGRAM_KEYS, "DAERAH")
    tally = village_tally(table, mask, RULES, keys)
    n_v = len(table.villages)
    slot = np.where(table.village >= 0, table.village, n_v)
    for p, key in enumerate(keys):
        status = pandas_status_rows(table, key, RULES.get(key, EligibilityRule()), mask)
        df = pd.DataFrame({"slot": slot[status.index], "status": status.to_numpy()})
        for name, got in (("refer", tally.refer), ("unknown", tally.unknown)):
            want = df[df.status == name].groupby("slot").size()
            want = want.reindex(range(n_v + 1), fill_value=0).to_numpy()
            assert np.array_equal(got[:, p], want), (key, name)
    n_got = [bin(int(a) & int(b)).count("1") for a, b in zip(table.programs, table.programs_known)]
    df = pd.DataFrame({"slot": slot, "n": n_got, "known": table.programs_known.astype(int)})[mask]
    df["bucket"] = np.where(df.known == 0, "unknown", df.n.clip(upper=3).astype(str))
    df.loc[df.bucket == "3", "bucket"] = "3+"
    want = df.groupby(["slot", "bucket"]).size().unstack(fill_value=0)
    want = want.reindex(index=range(n_v + 1), columns=list(RECEIVED_BUCKETS), fill_value=0)
    assert np.array_equal(tally.received, want.to_numpy())
    assert np.array_equal(tally.families, np.bincount(slot[mask], minlength=n_v + 1))
    assert tally.totals()["families"] == int(mask.sum())


@pytest.mark.parametrize("n_slots", [3, 200_000])
def test_bits_per_slot_counts_each_bit_in_one_bincount_or_per_bit(n_slots):
    rng = np.random.default_rng(n_slots)
    slot = rng.integers(0, n_slots, 5000)
    bits = rng.integers(0, 1 << 8, 5000).astype(np.uint32)
    got = bits_per_slot(slot, bits, n_slots, 8)
    for b in range(8):
        hit = (bits >> b) & 1 == 1
        assert np.array_equal(got[:, b], np.bincount(slot[hit], minlength=n_slots))


def test_the_tally_row_is_a_group_of_the_benchmark(demo_paths):
    from gis.bench import referrals, registry
    from gis.bench.context import CoreContext

    assert registry.GROUPS.index(referrals) < registry.GROUPS.index(registry.memory)
    ctx = CoreContext(
        paths={"villages": demo_paths.villages, "households": demo_paths.households}, repeat=1
    )
    (row,) = referrals.rows(ctx)
    assert row["target"] == 100 and row["unit"] == "ms" and row["lower_bound"] is not None


@pytest.mark.parametrize("seed", range(3))
def test_counts_per_zone_equal_pandas_and_overlaps_are_stated(tmp_path, seed):
    table = random_table(village_table(tmp_path), seed, n=400)
    table.programs_known[:25] = 0
    rng = np.random.default_rng(seed)
    mask = rng.random(len(table)) < 0.8
    a = rng.random(len(table)) < 0.4
    b = a & (rng.random(len(table)) < 0.5) | (rng.random(len(table)) < 0.2)  # overlaps a
    empty = np.zeros(len(table), dtype=bool)
    zones = [("Zona A", a), ("Zona B", b), ("Kosong", empty)]
    keys = (*PROGRAM_KEYS, "DAERAH")
    tally = zone_tally(table, mask, zones, RULES, keys)
    rows = tally.rows()
    n_got = [bin(int(x) & int(y)).count("1") for x, y in zip(table.programs, table.programs_known)]
    bucket = np.where(
        table.programs_known == 0, "unknown", np.minimum(n_got, 3).astype(str)
    ).astype(object)
    bucket[bucket == "3"] = "3+"
    for z, (name, zmask) in enumerate(zones):
        sel = mask & zmask
        assert rows[z]["zone"] == name and rows[z]["families"] == int(sel.sum())
        for key in keys:
            status = pandas_status_rows(table, key, RULES.get(key, EligibilityRule()), sel)
            assert rows[z]["refer"][key] == int((status == "refer").sum()), (name, key)
            assert rows[z]["unknown"][key] == int((status == "unknown").sum()), (name, key)
        want = pd.Series(bucket[sel]).value_counts()
        assert rows[z]["received"] == {k: int(want.get(k, 0)) for k in RECEIVED_BUCKETS}
        others = np.zeros(len(table), dtype=bool)
        for w, (_n, other) in enumerate(zones):
            if w != z:
                others |= other
        assert rows[z]["also_in_other_zone"] == int((sel & others).sum())
    distinct = int((mask & (a | b)).sum())
    assert tally.distinct == distinct
    twice = int((mask & a).sum() + (mask & b).sum()) - distinct
    assert f"− {twice} terhitung lebih dari sekali = {distinct} keluarga berbeda" in tally.note()
