"""Two snapshots with known entries, exits, moves, desil and program changes.

The new snapshot is built from the old one by the test (families dropped,
added, moved, re-ranked, keys damaged), so the answer is known from the
construction, not from the matcher.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest

from gis.demo.data import load_dataset
from gis.model.snapshots import diff_snapshots, match_snapshots


@pytest.fixture(scope="module")
def old(demo_paths):
    ds = load_dataset(
        {
            "villages": demo_paths.villages,
            "households": demo_paths.households,
            "psks": demo_paths.psks,
        }
    )
    return ds.households


def _build(old, seed):
    rng = np.random.default_rng(seed)
    n = len(old)
    nv = len(old.villages)
    perm = rng.permutation(n)
    exits = np.sort(perm[:300])
    kept = np.sort(perm[300:])
    k = len(kept)
    # changes of the kept families (positions into ``kept``)
    pos = rng.permutation(k)
    rerank, moved = pos[:1000], pos[1000:1200]
    damaged_kk, no_kk_nik = pos[1200:1350], pos[1350:1450]
    pkh_flip = pos[1450:1550]
    shared = pos[1550:1552]
    desil = old.desil[kept].copy()
    desil[rerank] = rng.integers(1, 11, len(rerank))
    village = old.village[kept].copy()
    village[moved] = (village[moved] + rng.integers(1, nv, len(moved))) % nv
    kk = old.kk[kept].copy()
    nik = old.nik[kept].copy()
    kk[damaged_kk] = "3.20101E+15"
    kk[no_kk_nik] = None
    nik[no_kk_nik] = None
    bit = np.uint32(old.program_bit("PKH"))
    programs = old.programs[kept].copy()
    programs[pkh_flip] ^= bit
    # old snapshot: two kept families share a KK (then matched by NIK)
    old_kk = old.kk.copy()
    old_kk[kept[shared[1]]] = old_kk[kept[shared[0]]]
    old = dataclasses.replace(old, kk=old_kk)
    # entries: fresh families; two share a KK and carry no NIK; one has no key at all
    m = 250
    e_vil = rng.integers(0, nv, m).astype(np.int32)
    e_desil = rng.integers(1, 11, m).astype(np.int8)
    e_kk = np.array([f"99010115038{i:05d}" for i in range(m)], dtype=object)
    e_nik = np.array([f"99010141029{i:05d}" for i in range(m)], dtype=object)
    e_id = np.array([f"BARU-{i}" for i in range(m)], dtype=object)
    e_kk[1] = e_kk[0]
    e_nik[[0, 1]] = None
    e_kk[2], e_nik[2], e_id[2] = None, None, ""

    def cat(a, b):
        return np.concatenate([a, np.asarray(b, dtype=a.dtype)])

    order = rng.permutation(k + m)
    new = dataclasses.replace(
        old,
        hh_id=cat(old.hh_id[kept], e_id)[order],
        village=cat(village, e_vil)[order],
        desil=cat(desil, e_desil)[order],
        members=cat(old.members[kept], np.ones(m))[order],
        ppks=cat(old.ppks[kept], np.zeros(m))[order],
        programs=cat(programs, np.zeros(m))[order],
        programs_known=cat(old.programs_known[kept], np.zeros(m))[order],
        ppks_known=cat(old.ppks_known[kept], np.zeros(m, bool))[order],
        x=cat(old.x[kept], np.full(m, np.nan))[order],
        y=cat(old.y[kept], np.full(m, np.nan))[order],
        approx=cat(old.approx[kept], np.zeros(m, bool))[order],
        row=np.arange(k + m, dtype=np.int64),
        name=None,
        address=None,
        kk=cat(kk, e_kk)[order],
        nik=cat(nik, e_nik)[order],
    )
    truth = {
        "exits": exits,
        "kept": kept,
        "desil_after": desil,
        "village_after": village,
        "entries_village": e_vil[3:],
        "entry_reasons": {"duplicate_key": 2, "no_key": 1, "absent": m - 3},
        "moved": moved,
        "by_nik": len(damaged_kk) + 2,
        "by_id": len(no_kk_nik),
        "pkh_flip": pkh_flip,
        "programs_after": programs,
        "order": order,
    }
    truth["entries_village"] = e_vil
    return old, new, truth


def test_matching_and_changes_equal_the_construction(old):
    # the premise: the demo register's KK and NIK numbers are intact and unique
    assert pd.Series(old.kk).is_unique and pd.Series(old.nik).is_unique
    old2, new, truth = _build(old, seed=11)
    match = match_snapshots(old2, new)
    kept, exits = truth["kept"], truth["exits"]
    # every kept family found where the construction put it
    where_new = np.empty(len(new), dtype=np.int64)
    where_new[truth["order"]] = np.arange(len(new))
    assert np.array_equal(match.old_to_new[kept], where_new[: len(kept)])
    assert (match.old_to_new[exits] == -1).all()
    assert (match.reason_old[exits] == "absent").all()
    counts = match.counts()
    assert counts["matched"] == {
        "kk": len(kept) - truth["by_nik"] - truth["by_id"],
        "nik": truth["by_nik"],
        "id": truth["by_id"],
    }
    assert counts["unmatched_new"] == truth["entry_reasons"]

    diff = diff_snapshots(old2, new, match, level="desa")
    before = old.desil[kept].astype(np.int64)
    after = truth["desil_after"].astype(np.int64)
    want = np.bincount(before * 11 + after, minlength=121).reshape(11, 11)
    assert np.array_equal(diff.transition, want)

    codes = old.villages.codes
    ov = codes[old.village[kept]]
    nv = codes[truth["village_after"]]
    mv = ov != nv
    poor = (old.desil >= 1) & (old.desil <= 4)
    grad_kept = poor[kept] & (truth["desil_after"] >= 5)
    expected = {
        "entries": pd.Series(codes[truth["entries_village"]]).value_counts(),
        "exits": pd.Series(codes[old.village[exits]]).value_counts(),
        "moved_out": pd.Series(ov[mv]).value_counts(),
        "moved_in": pd.Series(nv[mv]).value_counts(),
        "desil_up": pd.Series(ov[after > before]).value_counts(),
        "desil_down": pd.Series(ov[after < before]).value_counts(),
        "graduated": pd.concat(
            [pd.Series(codes[old.village[exits[poor[exits]]]]), pd.Series(ov[grad_kept])]
        ).value_counts(),
    }
    bit = np.uint32(old.program_bit("PKH"))
    had = (old.programs[kept] & bit) != 0
    has = (truth["programs_after"] & bit) != 0
    expected["gained_PKH"] = pd.Series(ov[~had & has]).value_counts()
    expected["lost_PKH"] = pd.Series(ov[had & ~has]).value_counts()
    for column, series in expected.items():
        got = diff.per_unit[column]
        got = got[got > 0].sort_index()
        assert got.equals(series.sort_index().rename(column).rename_axis("desa")), column
    assert diff.per_unit["net"].sum() == len(new) - len(old)


def test_by_kecamatan_adds_up_villages(old):
    old2, new, _truth = _build(old, seed=5)
    match = match_snapshots(old2, new)
    desa = diff_snapshots(old2, new, match, "desa").per_unit
    kec = diff_snapshots(old2, new, match, "kecamatan").per_unit
    rolled = desa.groupby(desa.index.str[:6]).sum()
    rolled.index.name = "kecamatan"
    # a move within one kecamatan is no move at kecamatan level; the rest adds up
    same = [c for c in kec.columns if c not in ("moved_in", "moved_out", "net")]
    assert rolled.loc[kec.index, same].equals(kec[same])
    codes = old.villages.codes
    i = np.flatnonzero(match.old_to_new >= 0)
    a = codes[old2.village[i]].astype("U6")
    b = codes[new.village[match.old_to_new[i]]].astype("U6")
    assert kec["moved_out"].sum() == np.count_nonzero(a != b) < desa["moved_out"].sum()


def test_nothing_changed_is_the_diagonal(old):
    match = match_snapshots(old, old)
    assert (match.method_old == "kk").all()
    diff = diff_snapshots(old, old, match)
    assert np.array_equal(np.diag(diff.transition), np.bincount(old.desil, minlength=11))
    assert diff.transition.sum() == np.trace(diff.transition)
    assert (diff.per_unit.to_numpy() == 0).all()


def test_area_changes_add_up_its_villages(old):
    from gis.model.snapshots import area_changes

    old2, new, truth = _build(old, seed=9)
    match = match_snapshots(old2, new)
    area = np.arange(len(old.villages)) % 3 == 0  # a third of the villages, scattered
    old_in, new_in = area[old2.village], area[new.village]
    got = area_changes(old2, new, match, old_in, new_in)
    desa = diff_snapshots(old2, new, match, "desa").per_unit
    inside = desa.index.isin(old.villages.codes[area])
    for col in ("entries", "exits", "desil_up", "desil_down", "graduated"):
        assert got[col] == int(desa.loc[inside, col].sum()), col
    kept = truth["kept"]
    before, after = area[old.village[kept]], area[truth["village_after"]]
    assert got["moved_in"] == int(np.count_nonzero(~before & after))
    assert got["moved_out"] == int(np.count_nonzero(before & ~after))
    assert got["net"] == int(new_in.sum() - old_in.sum())


def test_village_values_line_up_with_the_village_table(old):
    from gis.model.snapshots import village_values

    for seed in (3, 4):
        before, new, _truth = _build(old, seed)
        match = match_snapshots(before, new)
        diff = diff_snapshots(before, new, match)
        codes = new.villages.codes.astype(str)
        for column in ("net", "entries", "graduated"):
            got = village_values(diff, new.villages, column)
            assert got.dtype == np.int64 and len(got) == len(codes)
            per = diff.per_unit[column]
            for i, code in enumerate(codes):
                assert got[i] == (int(per[code]) if code in per.index else 0)
        assert village_values(diff, new.villages).sum() == diff.per_unit["net"].sum() - int(
            diff.per_unit["net"].get("", 0)
        )
        with pytest.raises(ValueError):
            village_values(diff_snapshots(before, new, match, "kecamatan"), new.villages)
