"""Referral and synergy tallies equal an independent pandas computation of the rules."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd
import pytest

from gis.plan.allocation import EligibilityRule
from gis.plan.referrals import STATUS, referrals, synergy
from tests.gis.scenario_data import PROGRAM_KEYS, VILLAGES, make_table, village_table


def random_table(villages, seed, n=400):
    rng = np.random.default_rng(seed)
    rows = []
    for _ in range(n):
        rows.append(
            {
                "village": VILLAGES[int(rng.integers(len(VILLAGES)))][0],
                "desil": int(rng.integers(0, 11)),
                "members": int(rng.integers(0, 7)),
                "ppks": tuple(int(c) for c in rng.choice([5, 8, 9, 24], rng.integers(0, 3))),
                "programs": tuple(k for k in PROGRAM_KEYS if rng.random() < 0.3),
            }
        )
    table = make_table(villages, rows)
    # some programs unknown for some families, one not carried at all; PPKS unknown for some
    known = np.full(n, (1 << len(PROGRAM_KEYS)) - 1, dtype=np.uint32)
    known &= ~np.where(rng.random(n) < 0.2, np.uint32(1 << 2), np.uint32(0))
    known &= ~np.uint32(1 << PROGRAM_KEYS.index("KKS"))
    table.programs_known = known
    table.programs = table.programs & known  # the register says nothing where unknown
    table.ppks_known = rng.random(n) > 0.15
    table.ppks = np.where(table.ppks_known, table.ppks, 0).astype(np.uint32)
    return table


def pandas_status(table, key, rule, mask):
    """Families per status, by the rules written out again in pandas."""
    status = pandas_status_rows(table, key, rule, mask)
    return status.value_counts().reindex(list(STATUS), fill_value=0).to_dict()


def pandas_status_rows(table, key, rule, mask) -> pd.Series:
    """The referral rules written out again in pandas, row by row (index = table row)."""
    df = pd.DataFrame(
        {
            "desil": table.desil.astype(int),
            "ppks": table.ppks.astype(np.int64),
            "ppks_known": table.ppks_known,
            "programs": table.programs.astype(np.int64),
            "known": table.programs_known.astype(np.int64),
        }
    )[mask]
    bit = 1 << PROGRAM_KEYS.index(key) if key in PROGRAM_KEYS else 0
    ppks_bits = sum(1 << (c - 1) for c in rule.ppks_any)
    desil_ok = df.desil.isin(rule.desil) if rule.desil else pd.Series(True, index=df.index)
    ppks_ok = (df.ppks & ppks_bits) != 0 if rule.ppks_any else pd.Series(True, index=df.index)
    fits = desil_ok & ppks_ok
    fit_unknown = desil_ok & ~df.ppks_known if rule.ppks_any else pd.Series(False, index=df.index)
    known = (df.known & bit) != 0
    receives = known & ((df.programs & bit) != 0)
    status = pd.Series("not_fit", index=df.index)
    status[fits & known & ~receives] = "refer"
    status[fits & receives] = "receives"
    status[(fits & ~known) | (fit_unknown & ~receives)] = "unknown"
    return status


@pytest.mark.parametrize("seed", range(4))
def test_referral_counts_equal_pandas(tmp_path, seed):
    villages = village_table(tmp_path)
    table = random_table(villages, seed)
    mask = table.desil != 10
    rules = {
        "PKH": EligibilityRule(desil=(1, 2), ppks_any=(5, 9)),
        "PIP": EligibilityRule(desil=(1, 2, 3)),
        "LISTRIK": EligibilityRule(desil=()),
    }
    keys = (*PROGRAM_KEYS, "DAERAH")  # a program no register records: unknown for all
    ref = referrals(table, mask, rules, keys)
    counts = ref.counts()
    for key in keys:
        rule = rules.get(key, EligibilityRule())
        assert counts[key] == pandas_status(table, key, rule, mask), key
    assert counts["KKS"]["refer"] == 0 and counts["KKS"]["receives"] == 0
    assert counts["DAERAH"]["unknown"] > 0
    # per village the referrals add up to the total
    by = ref.by_unit(table, "desa")
    for key in keys:
        assert sum(u["refer"][key] for u in by) == counts[key]["refer"]
        assert sum(u["unknown"][key] for u in by) == counts[key]["unknown"]
    by_kec = ref.by_unit(table, "kecamatan")
    assert sum(u["families"] for u in by_kec) == int(mask.sum())


@pytest.mark.parametrize("seed", range(3))
def test_synergy_equals_pandas(tmp_path, seed):
    villages = village_table(tmp_path)
    table = random_table(villages, seed)
    table.programs_known[:25] = 0  # nothing known about these families
    table.programs[:25] = 0
    mask = np.ones(len(table), dtype=bool)
    mentor_villages = np.array([0, 0, 2, -1])
    out = synergy(table, mask, mentor_villages)
    got = [
        sum(1 for b in range(len(PROGRAM_KEYS)) if (int(p) & int(k)) >> b & 1)
        for p, k in zip(table.programs, table.programs_known)
    ]
    df = pd.DataFrame({"n": got, "known": table.programs_known.astype(int)})
    unknown = df.known == 0
    assert out["programs_received"] == {
        "0": int(((df.n == 0) & ~unknown).sum()),
        "1": int((df.n == 1).sum()),
        "2": int((df.n == 2).sum()),
        "3+": int((df.n >= 3).sum()),
        "unknown": int(unknown.sum()),
    }
    combos = Counter(
        int(p & k) for p, k in zip(table.programs, table.programs_known) if int(k) != 0
    )
    assert [c["families"] for c in out["combinations"]] == [n for _, n in combos.most_common(10)]
    v = out["villages"]
    with_prog = set(table.village[(table.programs & table.programs_known) != 0].tolist())
    assert v["programs_and_mentors"] == len(with_prog & {0, 2})
    assert v["programs_no_mentor"] == len(with_prog - {0, 2})
    assert sum(v.values()) == len(villages)
