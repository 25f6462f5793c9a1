"""Which rows repeat an earlier row's value: family ids, NIK numbers.

A register must say which family id or NIK occurs twice, and keep the
first. The obvious way, a hash table of every value (``pandas.duplicated``,
Arrow's ``dictionary_encode``), is the fastest at a million rows, but at
fifteen million its table no longer fits any cache and its memory is taken
fresh from the system page by page: measured here, the family ids of
15 million households took 5.5 s that way, their NIK numbers 4 s. A sort of
numbers in numpy costs a third of that, so large columns are first sorted to
find the few values that occur more than once; only the rows holding those
go through the exact keep-the-first rule.

Text is first turned into 64-bit fingerprints (:func:`text_fingerprints`).
Equal texts always have equal fingerprints; two different texts with the
same fingerprint are told apart by comparing the texts themselves, so the
answer never rests on the fingerprint alone.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa

from gis.io.text_arrow import offsets_and_bytes, take

#: from this many rows, repeated values are found by sorting (see above)
SORT_FROM = 4_000_000
#: text longer than this (bytes) is not fingerprinted: the caller hashes it
MAX_FINGERPRINT_BYTES = 64

_K0 = np.uint64(0x9E3779B97F4A7C15)
_K1 = np.uint64(0xBF58476D1CE4E5B9)
_K2 = np.uint64(0x94D049BB133111EB)


def repeated(keys: np.ndarray) -> np.ndarray:
    """Bool per row: True where the row's key occurs in some other row too."""
    n = len(keys)
    if n < SORT_FROM:
        return pd.Series(keys, copy=False).duplicated(keep=False).to_numpy()
    s = np.sort(keys)
    same = s[1:] == s[:-1]
    if not same.any():
        return np.zeros(n, dtype=bool)
    values = np.unique(s[1:][same])
    at = np.minimum(np.searchsorted(values, keys), len(values) - 1)
    return values[at] == keys


def later_repeats(keys: np.ndarray) -> np.ndarray:
    """Bool per row: True where an earlier row has the same key (the first stays False)."""
    out = np.zeros(len(keys), dtype=bool)
    cand = np.flatnonzero(repeated(keys))
    if len(cand):
        out[cand] = pd.Series(keys[cand], copy=False).duplicated(keep="first").to_numpy()
    return out


def text_fingerprints(values: pa.ChunkedArray) -> np.ndarray | None:
    """A 64-bit fingerprint per value of Arrow text (nulls get some number: mask them).

    Each value's bytes, zero-padded to whole 8-byte words, are mixed with its
    length, so values that differ only by trailing zero bytes differ too.
    None when a value is longer than :data:`MAX_FINGERPRINT_BYTES`.
    """
    out = np.empty(len(values), dtype=np.uint64)
    base = 0
    for chunk in values.chunks:
        m = len(chunk)
        if m == 0:
            continue
        offsets, data = offsets_and_bytes(chunk)
        offsets = offsets.astype(np.int64)
        lens = np.diff(offsets)
        width = int(lens.max())
        if width > MAX_FINGERPRINT_BYTES:
            return None
        words = max(1, -(-width // 8))
        pad = np.zeros((m, 8 * words), dtype=np.uint8)
        start, stop = int(offsets[0]), int(offsets[-1])
        if (lens == width).all():  # ids of one format: the bytes are a matrix already
            pad[:, :width] = data[start:stop].reshape(m, width)
        else:
            rows = np.repeat(np.arange(m), lens)
            cols = np.arange(stop - start) - np.repeat(offsets[:-1] - start, lens)
            pad[rows, cols] = data[start:stop]
        lanes = pad.view(np.uint64)
        h = lens.astype(np.uint64) * _K0
        for j in range(words):
            h ^= lanes[:, j]
            h *= _K1
            h ^= h >> np.uint64(31)
        h *= _K2
        h ^= h >> np.uint64(29)
        out[base : base + m] = h
        base += m
    return out


def text_repeat_candidates(values: pa.ChunkedArray) -> np.ndarray | None:
    """Bool per row: True where the value may occur in another row (a superset of the repeats).

    Nulls are never candidates. None when the text cannot be fingerprinted;
    then hash the values themselves.
    """
    keys = text_fingerprints(values)
    if keys is None:
        return None
    cand = repeated(keys)
    if values.null_count:
        cand = cand & values.is_valid().to_numpy(zero_copy_only=False)
    return cand


def text_later_repeats(values: pa.ChunkedArray, rows: np.ndarray, cand: np.ndarray) -> np.ndarray:
    """Among ``rows`` (positions, in order): True where an earlier one of them has the same text.

    ``cand`` comes from :func:`text_repeat_candidates` on ``values``; the
    candidates among ``rows`` are compared as text, so a shared fingerprint
    of two different values is never taken for a repeat.
    """
    out = np.zeros(len(rows), dtype=bool)
    at = np.flatnonzero(cand[rows])
    if len(at):
        text = pd.arrays.ArrowExtensionArray(take(values, rows[at]))
        out[at] = pd.Series(text, copy=False).duplicated(keep="first").to_numpy()
    return out
