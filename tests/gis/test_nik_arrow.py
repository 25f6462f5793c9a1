"""NIK/KK checks on Arrow text give exactly what the per-value rules give."""

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from gis.io.nik import IdStatus, check_ids

HOSTILE = [
    "3201011504890001",
    "3201011504890001",  # duplicate
    " 3201011504890002 ",
    "'3201011504890003",
    "3201 0115 0489 0004",
    "3.20101E+15",
    "3201011504890005.0",
    "320101150489000",  # 15 digits
    "32010115048900066",  # 17 digits
    "32010115O4890007",  # letter O
    "３２０１０１１５０４８９０００８",  # full-width digits, 16 characters
    "1201011504890009",  # region 12 exists; keep as is
    "0001011504890010",  # bad region
    "3201019904890011",  # bad date
    "3201015504890012",  # NIK day 55: a woman
    "",
    "   ",
    "nan",
    "-",
    None,
    "\u200b3201011504890013",
    "3201011504890001",  # duplicate again
]


def _same(a, b):
    assert a.status.tolist() == b.status.tolist()
    assert a.value.tolist() == b.value.tolist()


@pytest.mark.parametrize("kind", ["nik", "kk"])
@pytest.mark.parametrize("dups", [True, False])
def test_arrow_text_checks_like_objects(kind, dups):
    rng = np.random.default_rng(3)
    values = [HOSTILE[i] for i in rng.integers(0, len(HOSTILE), 500)]
    want = check_ids(np.array(values, dtype=object), kind=kind, flag_duplicates=dups)
    for given in (
        pd.Series(values, dtype="str"),
        pd.Series(values, dtype=pd.ArrowDtype(pa.string())),
        pa.chunked_array([pa.array(values[:200]), pa.array(values[200:])]),
        pa.array(["x"] + values, type=pa.large_string()).slice(1),
    ):
        got = check_ids(given, kind=kind, flag_duplicates=dups)
        _same(got, want)
        assert got.arrow_values().to_pylist() == want.value.tolist()


def test_arrow_all_clean_and_all_missing():
    clean = [f"320101150489{i:04d}" for i in range(1, 50)]
    got = check_ids(pd.Series(clean, dtype="str"))
    assert (got.status == IdStatus.OK).all()
    assert got.arrow_values().to_pylist() == clean
    empty = check_ids(pd.Series([None, None], dtype="str"))
    assert (empty.status == IdStatus.MISSING).all()
    assert empty.value.tolist() == [None, None]


def test_mark_damaged_drops_values():
    got = check_ids(pd.Series(["3201011504890001", "3201011504890002"], dtype="str"))
    got.mark_damaged(np.array([False, True]))
    assert got.status.tolist() == [IdStatus.OK, IdStatus.SCIENTIFIC]
    assert got.arrow_values().to_pylist() == ["3201011504890001", None]
