"""Arrow text cleaning gives the values the object path gives."""

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from gis.io.parse import text_column
from gis.io.text_arrow import first_seen_codes, take, text_arrow

VALUES = [
    "DEMO-1",
    " padded ",
    "\tTab\t",
    "",
    "   ",
    None,
    "Siti\u00a0",  # no-break space at the end
    "\u00a0Ahmad",
    "Jl. Merdeka No. 5",
    "Ñoño",
    "x",
    "DEMO-1",
    "\u200bzero width",  # not whitespace: kept as it is
]


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("kind", ["str", "arrow-string", "large", "sliced", "chunked"])
def test_text_arrow_equals_text_column(seed, kind):
    rng = np.random.default_rng(seed)
    values = [VALUES[i] for i in rng.integers(0, len(VALUES), 300)]
    given = {
        "str": lambda: pd.Series(values, dtype="str"),
        "arrow-string": lambda: pd.Series(values, dtype=pd.ArrowDtype(pa.string())),
        "large": lambda: pa.array(values, type=pa.large_string()),
        "sliced": lambda: pa.array(["pad"] + values, type=pa.string()).slice(1),
        "chunked": lambda: pa.chunked_array([pa.array(values[:100]), pa.array(values[100:])]),
    }[kind]()
    want = text_column(pd.Series(values, dtype=object)).tolist()
    assert text_arrow(given).to_pylist() == want


def test_clean_values_are_not_copied():
    arr = pa.chunked_array([pa.array(["A1", "B2"]), pa.array([None, "C3"])])
    assert text_arrow(arr) is arr
    assert take(arr, np.arange(4)) is arr
    assert take(arr, [3, 0]).to_pylist() == ["C3", "A1"]


def test_non_arrow_input_goes_through_text_column():
    floats = pd.Series([3201.0, np.nan, 12.5])
    assert text_arrow(floats).to_pylist() == text_column(floats).tolist()


def test_first_seen_codes_number_like_factorize():
    values = ["b", "a", None, "b", "c", "a"]
    want, _ = pd.factorize(pd.Series(values, dtype=object))
    assert first_seen_codes(pa.array(values)).tolist() == want.tolist()
    chunked = pa.chunked_array([pa.array(values[:2]), pa.array(values[2:])])
    assert first_seen_codes(chunked).tolist() == want.tolist()
