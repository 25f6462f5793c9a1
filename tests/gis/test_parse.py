import numpy as np
import pandas as pd

from gis.io.parse import parse_flags, parse_float, parse_int_range, parse_ppks


def test_flags_in_every_spelling():
    flags, bad = parse_flags(["Ya", "Tidak", "ADA", "TIDAK ADA", "1", "0", None, "", "mungkin"])
    assert flags.tolist() == [True, False, True, False, True, False, False, False, False]
    assert bad.tolist() == [False] * 8 + [True]


def test_bps_one_two_coding():
    flags, bad = parse_flags([1, 2, 2, 1, None])
    assert flags.tolist() == [True, False, False, True, False]
    assert not bad.any()


def test_desil_parsing_flags_out_of_range():
    num, bad = parse_int_range(
        pd.Series(["1", "Desil 4", "10", "11", "0", "abc", None, "3.0"]), 1, 10
    )
    assert num.tolist() == [1, 4, 10, 0, 0, 0, 0, 3]
    assert bad.tolist() == [False, False, False, True, True, True, False, False]
    num, bad = parse_int_range(np.array([1.0, np.nan, 12.0]), 1, 10)
    assert num.tolist() == [1, 0, 0] and bad.tolist() == [False, False, True]


def test_ppks_codes_names_and_legacy_names():
    masks, bad, unknown = parse_ppks(
        ["24;9", "Fakir Miskin, Penyandang Cacat", "Anak Nakal", "99", None]
    )
    assert masks[0] == (1 << 23) | (1 << 8)
    assert masks[1] == masks[0]  # legacy "Penyandang Cacat" -> 9
    assert masks[2] == 1 << 2  # legacy "Anak Nakal" -> 3
    assert bad.tolist() == [False, False, False, True, False]
    assert unknown == {"99": 1}


def test_legacy_name_without_counterpart_is_reported_not_guessed():
    masks, bad, unknown = parse_ppks(["Keluarga Rentan"])
    assert masks[0] == 0 and bad[0] and unknown == {"Keluarga Rentan": 1}


def test_decimal_comma():
    out, bad = parse_float(["106,125", "-2.5", "x", None])
    assert out[0] == 106.125 and out[1] == -2.5 and np.isnan(out[2]) and np.isnan(out[3])
    assert bad.tolist() == [False, False, True, False]


def _arrow_text(values, chunks):
    import pyarrow as pa

    at = np.linspace(0, len(values), chunks + 1).astype(int)
    arr = pa.chunked_array([pa.array(values[a:b], pa.string()) for a, b in zip(at[:-1], at[1:])])
    return pd.Series(pd.arrays.ArrowExtensionArray(arr))


def test_flags_from_arrow_text_equal_the_factorised_reading():
    # spellings the first batch lacks, blanks, nulls, BPS 1/2, values not understood
    cases = [
        ["Ya", "Tidak", None, "Ya"] * 50 + ["  ya ", "mungkin"],
        ["1", "2", "2", None] * 50,
        ["1", "2", "0"] * 50,
        ["Ya", "", " ", None] * 50,
        [None] * 20,
        ["Tidak"] * 30 + [f"v{i}" for i in range(20)],
    ]
    for values in cases:
        expected = parse_flags(pd.Series(values, dtype=object))
        for chunks in (1, 3):
            got = parse_flags(_arrow_text(values, chunks))
            assert all(np.array_equal(a, b) for a, b in zip(got, expected)), values
