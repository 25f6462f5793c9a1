import numpy as np

from gis.io.codes import (
    bps_code_from_parts,
    dotted,
    is_kelurahan,
    is_kota,
    looks_like_bps,
    normalize_village_code,
    normalize_village_codes,
)


def test_normalize_accepts_the_forms_exports_use():
    assert normalize_village_code("19.01.03.2001") == "1901032001"
    assert normalize_village_code("1901032001") == "1901032001"
    assert normalize_village_code(1901032001) == "1901032001"
    assert normalize_village_code(1901032001.0) == "1901032001"
    assert normalize_village_code("1901032001.0") == "1901032001"
    assert normalize_village_code("19.01.03") is None
    assert normalize_village_code(None) is None
    assert normalize_village_code(float("nan")) is None


def test_vectorised_normalize_matches_scalar():
    values = ["19.01.03.2001", "1901032001", None, "abc", 1971011001, "19010320011"]
    out = normalize_village_codes(np.array(values, dtype=object))
    assert out.tolist() == [normalize_village_code(v) or "" for v in values]


def test_kelurahan_kota_and_bps_shapes():
    assert is_kelurahan("1901011001") and not is_kelurahan("1901032001")
    assert is_kota("19.71") and not is_kota("19.01")
    # BPS 1901010001: district 010, village 001 -> village part "0001" under Kemendagri reading
    assert looks_like_bps("1901010001")
    assert not looks_like_bps("1901032001")
    assert bps_code_from_parts("19", "1", "10", "1") == "1901010001"
    assert dotted("1901032001") == "19.01.03.2001"
