"""Repeated family ids and NIK numbers: fingerprints and sorting give exactly
what hashing every value gives, for every shape of text and every size."""

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from gis.io import repeats
from gis.io.nik import IdStatus, check_ids
from gis.io.repeats import (
    later_repeats,
    repeated,
    text_fingerprints,
    text_later_repeats,
    text_repeat_candidates,
)


@pytest.fixture(params=["hash", "sort"])
def way(request, monkeypatch):
    """Both ways of finding repeated keys: hashing (small columns) and sorting (large)."""
    monkeypatch.setattr(repeats, "SORT_FROM", 0 if request.param == "sort" else 10**12)
    return request.param


@pytest.mark.parametrize("share", [0.0, 0.001, 0.3, 1.0])
def test_later_repeats_equal_keep_first(way, share):
    rng = np.random.default_rng(7)
    n = 20_000
    keys = rng.integers(0, 2**62, n, dtype=np.int64)
    again = rng.random(n) < share
    keys[again] = keys[rng.integers(0, n, again.sum())]
    expected = pd.Series(keys).duplicated(keep="first").to_numpy()
    assert np.array_equal(later_repeats(keys), expected)
    assert np.array_equal(repeated(keys), pd.Series(keys).duplicated(keep=False).to_numpy())


def test_later_repeats_of_nothing_and_one(way):
    assert later_repeats(np.zeros(0, dtype=np.int64)).tolist() == []
    assert later_repeats(np.array([5], dtype=np.int64)).tolist() == [False]
    assert later_repeats(np.array([5, 5, 5], dtype=np.int64)).tolist() == [False, True, True]


HOSTILE = [
    "K001",
    "K001 ",
    "K001\x00",
    "k001",
    "",
    "3201011504890001",
    "3201011504890001x",
    "ID/2024/ÄÖ/ñ",
    "a" * 8,
    "a" * 9,
    "a" * 64,
    "😀",
    None,
]


def _chunked(values, sizes, large=False):
    typ = pa.large_string() if large else pa.string()
    out, at = [], 0
    for size in sizes:
        out.append(pa.array(values[at : at + size], typ))
        at += size
    return pa.chunked_array(out, typ)


@pytest.mark.parametrize("large", [False, True])
def test_fingerprints_equal_for_equal_text_only(large):
    rng = np.random.default_rng(3)
    values = [HOSTILE[i] for i in rng.integers(0, len(HOSTILE), 3000)]
    arr = _chunked(values, [1000, 0, 1500, 500], large)
    keys = text_fingerprints(arr)
    assert keys is not None
    by_text = {}
    for v, k in zip(values, keys.tolist()):
        if v is not None:
            by_text.setdefault(v, set()).add(k)
    assert all(len(ks) == 1 for ks in by_text.values())  # equal text, one fingerprint
    assert len({next(iter(ks)) for ks in by_text.values()}) == len(by_text)  # and no collision here


def test_fingerprints_of_sliced_and_fixed_width_chunks():
    values = [f"DEMO-{i:07d}" for i in range(5000)]
    whole = pa.chunked_array([pa.array(values)])
    sliced = pa.chunked_array([pa.array(values).slice(1000, 3000)])
    assert np.array_equal(text_fingerprints(whole)[1000:4000], text_fingerprints(sliced))
    mixed = pa.chunked_array([pa.array(values[:2000]), pa.array(values[2000:] + ["x"])])
    assert np.array_equal(text_fingerprints(mixed)[:5000], text_fingerprints(whole))


def test_text_longer_than_the_fingerprint_is_left_to_hashing():
    arr = pa.chunked_array([pa.array(["a" * 65, "b"])])
    assert text_fingerprints(arr) is None
    assert text_repeat_candidates(arr) is None


@pytest.mark.parametrize("collide", [False, True])
def test_text_later_repeats_exact_even_when_fingerprints_collide(way, collide, monkeypatch):
    rng = np.random.default_rng(11)
    values = [HOSTILE[i] for i in rng.integers(0, len(HOSTILE), 4000)]
    arr = _chunked(values, [2500, 1500])
    if collide:  # every value the same fingerprint: the text alone must decide
        real = text_fingerprints

        def constant(a):
            return np.zeros(len(real(a)), dtype=np.uint64)

        monkeypatch.setattr(repeats, "text_fingerprints", constant)
    cand = text_repeat_candidates(arr)
    kept = np.flatnonzero(rng.random(len(values)) < 0.7)
    kept = kept[[values[i] is not None for i in kept]]
    got = text_later_repeats(arr, kept, cand)
    expected = pd.Series([values[i] for i in kept], dtype=object).duplicated().to_numpy()
    assert np.array_equal(got, expected)
    assert not cand[[i for i, v in enumerate(values) if v is None]].any()


def test_nik_duplicates_same_both_ways(way):
    rng = np.random.default_rng(5)
    nik = [
        f"3201{rng.integers(10, 99)}{rng.integers(1, 28):02d}0{rng.integers(1, 9)}"
        f"{rng.integers(80, 99)}{rng.integers(1, 9999):04d}"
        for _ in range(3000)
    ]
    nik += nik[:40]
    check = check_ids(pd.Series(nik, dtype="str"), kind="nik")
    intact = np.isin(check.status, [IdStatus.OK, IdStatus.DUPLICATE])
    assert intact.sum() > 2000
    expected = np.zeros(len(nik), dtype=bool)
    expected[intact] = pd.Series(np.array(nik)[intact]).duplicated(keep="first").to_numpy()
    assert expected.sum() > 0
    assert np.array_equal(check.status == IdStatus.DUPLICATE, expected)
