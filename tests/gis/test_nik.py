"""Tests for gis.io.nik: NIK / KK classification, normalisation and masking."""

from __future__ import annotations

import math
import random
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest

from gis.io.nik import (
    IdCheck,
    IdStatus,
    check_ids,
    mask_id,
    mask_name,
    nik_birthdate_parts,
    nik_sex,
)

# A man born 15-04-1989, registered in Kab. Bogor (32.01), district 01, serial 0001.
MAN = "3201011504890001"
# A woman born 15-04-1989: day + 40 = 55.
WOMAN = "3201015504890002"
# Kab. Bangka (19.01), Merawang district (03).
BANGKA = "1901032208750003"


def statuses(result: IdCheck) -> list[str]:
    return [IdStatus(code).name for code in result.status]


# --------------------------------------------------------------------------
# every status with realistic values


@pytest.mark.parametrize(
    ("raw", "status", "value"),
    [
        (MAN, "OK", MAN),
        (WOMAN, "OK", WOMAN),
        (BANGKA, "OK", BANGKA),
        # normalisations that guess no digit
        ("'3201011504890001", "OK", MAN),
        ("\u20183201011504890001", "OK", MAN),
        (" 3201 0115 0489 0001 ", "OK", MAN),
        ("320101 150489 0001", "OK", MAN),
        ("32.01.01.150489.0001", "OK", MAN),
        ("\xa03201011504890001\t", "OK", MAN),
        ("\ufeff3201011504890001", "OK", MAN),
        # missing
        (None, "MISSING", None),
        ("", "MISSING", None),
        ("   ", "MISSING", None),
        (float("nan"), "MISSING", None),
        (pd.NA, "MISSING", None),
        ("nan", "MISSING", None),
        ("-", "MISSING", None),
        ("'", "MISSING", None),
        # came through a float: digits lost or unprovable
        ("3.20101E+15", "SCIENTIFIC", None),
        ("3,20101E+15", "SCIENTIFIC", None),
        ("3.201011504890001E15", "SCIENTIFIC", None),
        ("3.2e15", "SCIENTIFIC", None),
        (3.201011504890001e15, "SCIENTIFIC", None),
        (np.float64(3201011504890001), "SCIENTIFIC", None),
        ("3201011504890001.0", "SCIENTIFIC", None),
        ("3201011504890001,00", "SCIENTIFIC", None),
        ("3.201.011.504.890.000", "SCIENTIFIC", None),
        ("3,201,011,504,890,001", "SCIENTIFIC", None),
        # digits only, wrong count
        ("320101150489001", "BAD_LENGTH", None),
        ("32010115048900011", "BAD_LENGTH", None),
        ("0", "BAD_LENGTH", None),
        ("3201 0115 0489 001", "BAD_LENGTH", None),
        (320101150489001, "BAD_LENGTH", None),
        # not digits
        ("32010115O4890001", "NOT_DIGITS", None),
        ("3201-0115-0489-0001", "NOT_DIGITS", None),
        ("-3201011504890001", "NOT_DIGITS", None),
        (
            "\uff13\uff12\uff10\uff11\uff10\uff11\uff11\uff15\uff10\uff14\uff18\uff19"
            "\uff10\uff10\uff10\uff11",
            "NOT_DIGITS",
            None,
        ),  # fullwidth digits
        ("3201011504890001\x00", "NOT_DIGITS", None),
        ("belum ada", "NOT_DIGITS", None),
        (True, "NOT_DIGITS", None),
        # intact digits, impossible region
        ("2001011504890001", "BAD_REGION", "2001011504890001"),  # province 20
        ("5401011504890001", "BAD_REGION", "5401011504890001"),  # 54: Timor Timur, gone
        ("3200011504890001", "BAD_REGION", "3200011504890001"),  # regency 00
        ("0001011504890001", "BAD_REGION", "0001011504890001"),
        # intact digits, impossible date
        ("3201013504890001", "BAD_DATE", "3201013504890001"),  # day 35
        ("3201017204890001", "BAD_DATE", "3201017204890001"),  # day 72
        ("3201010004890001", "BAD_DATE", "3201010004890001"),  # day 00
        ("3201011513890001", "BAD_DATE", "3201011513890001"),  # month 13
        ("3201011500890001", "BAD_DATE", "3201011500890001"),  # month 00
    ],
)
def test_each_status(raw, status, value):
    # Surround the value with clean numbers so it goes through the vectorised
    # paths the way it would inside a real register.
    result = check_ids(["1971015607920005", raw, "3273012012650004"])
    assert statuses(result)[1] == status
    assert result.value[1] == value
    assert statuses(result)[0] == statuses(result)[2] == "OK"


@pytest.mark.parametrize("raw", ["3201011504890001", "'3201011504890001", MAN + "\x00"])
def test_single_values_take_the_same_paths(raw):
    # One value alone (fast path) agrees with the same value inside a mix.
    alone = check_ids([raw])
    mixed = check_ids([raw, None, 1.5, "x"])
    assert alone.status[0] == mixed.status[0]
    assert alone.value[0] == mixed.value[0]


def test_women_day_plus_forty():
    result = check_ids([WOMAN, "3201013504890001"])
    assert statuses(result) == ["OK", "BAD_DATE"]
    assert nik_sex(WOMAN) == "P"
    assert nik_sex(MAN) == "L"
    assert nik_birthdate_parts(WOMAN) == (15, 4, 89)
    assert nik_birthdate_parts(MAN) == (15, 4, 89)
    assert nik_birthdate_parts("3201017112000005") == (31, 12, 0)


def test_sex_and_birthdate_refuse_damaged_values():
    for damaged in ["3201013504890001", "3201011513890001", "3.20101E+15", 3.2e15, None, ""]:
        assert nik_sex(damaged) is None
        assert nik_birthdate_parts(damaged) is None
    # harmless normalisations are applied, an exact integer is fine
    assert nik_sex("'3201015504890002") == "P"
    assert nik_birthdate_parts(int(WOMAN)) == (15, 4, 89)


def test_kk_has_no_plus_forty_day():
    kk = "3201014104890001"  # day 41: a woman's NIK, not a KK issue date
    assert statuses(check_ids([kk], kind="nik")) == ["OK"]
    assert statuses(check_ids([kk], kind="kk")) == ["BAD_DATE"]
    assert statuses(check_ids(["3201011504890001"], kind="kk")) == ["OK"]


def test_unknown_kind_rejected():
    with pytest.raises(ValueError, match="kind"):
        check_ids([MAN], kind="npwp")


def test_input_shape_rejected():
    with pytest.raises(ValueError, match="one-dimensional"):
        check_ids(np.array([[MAN, MAN]]))
    with pytest.raises(TypeError):
        check_ids(MAN)


# --------------------------------------------------------------------------
# duplicates


def test_second_occurrence_is_duplicate_first_stays_ok():
    result = check_ids([MAN, WOMAN, MAN, "'3201011504890001", " 3201 0115 0489 0001 "])
    assert statuses(result) == ["OK", "OK", "DUPLICATE", "DUPLICATE", "DUPLICATE"]
    # the duplicate rows still carry the number, so the caller can group them
    assert list(result.value) == [MAN, WOMAN, MAN, MAN, MAN]


def test_duplicates_can_be_left_to_the_caller():
    # KK numbers repeat on every member row of one family.
    family = [BANGKA] * 4 + ["3201011504890001"] * 2
    result = check_ids(family, kind="kk", flag_duplicates=False)
    assert set(statuses(result)) == {"OK"}


def test_invalid_repeats_keep_their_own_status():
    result = check_ids(["2001011504890001", "2001011504890001", "3.2E+15", "3.2E+15"])
    assert statuses(result) == ["BAD_REGION", "BAD_REGION", "SCIENTIFIC", "SCIENTIFIC"]


def test_duplicates_across_input_types():
    result = check_ids([int(MAN), MAN, 3.201011504890001e15])
    assert statuses(result) == ["OK", "DUPLICATE", "SCIENTIFIC"]


# --------------------------------------------------------------------------
# containers and dtypes


def test_pandas_str_series_with_na():
    series = pd.Series([MAN, None, "3.20101E+15", WOMAN, MAN], dtype="str")
    result = check_ids(series)
    assert statuses(result) == ["OK", "MISSING", "SCIENTIFIC", "OK", "DUPLICATE"]
    assert result.value.dtype == object
    assert result.status.dtype == np.int8
    assert result.value[1] is None


def test_pandas_nullable_string_and_object_series():
    nullable = pd.Series([MAN, pd.NA, "32010115O4890001"], dtype="string")
    assert statuses(check_ids(nullable)) == ["OK", "MISSING", "NOT_DIGITS"]
    # what read_excel gives for a column of mixed cells
    mixed = pd.Series([MAN, np.nan, 3.201011504890001e15, int(WOMAN)], dtype=object)
    assert statuses(check_ids(mixed)) == ["OK", "MISSING", "SCIENTIFIC", "OK"]
    # the Series index plays no part: results are positional
    shifted = pd.Series([MAN, WOMAN], index=[10, 3])
    assert list(check_ids(shifted).value) == [MAN, WOMAN]


def test_int64_array():
    ints = np.array(
        [int(MAN), 320101150489001, int("3201011513890001"), -int(MAN), int(MAN), 0],
        dtype=np.int64,
    )
    result = check_ids(ints)
    assert statuses(result) == [
        "OK",
        "BAD_LENGTH",
        "BAD_DATE",
        "NOT_DIGITS",
        "DUPLICATE",
        "BAD_LENGTH",
    ]
    assert list(result.value) == [MAN, None, "3201011513890001", None, MAN, None]


def test_nullable_and_unsigned_integers():
    nullable = pd.Series([int(MAN), None, 1234], dtype="Int64")
    assert statuses(check_ids(nullable)) == ["OK", "MISSING", "BAD_LENGTH"]
    unsigned = np.array([int(MAN), 2**64 - 1, 10**16], dtype=np.uint64)
    assert statuses(check_ids(unsigned)) == ["OK", "BAD_LENGTH", "BAD_LENGTH"]
    # Python ints in a list, one of them too large for int64
    assert statuses(check_ids([int(MAN), 10**25])) == ["OK", "BAD_LENGTH"]


def test_float_input_is_always_scientific():
    # Even a float that prints as the right 16 digits cannot prove it kept them.
    floats = np.array([3201011504890001.0, np.nan, 1.0, float(BANGKA)])
    result = check_ids(floats)
    assert statuses(result) == ["SCIENTIFIC", "MISSING", "SCIENTIFIC", "SCIENTIFIC"]
    assert list(result.value) == [None] * 4
    nullable = pd.Series([3201011504890001.0, None], dtype="Float64")
    assert statuses(check_ids(nullable)) == ["SCIENTIFIC", "MISSING"]
    # a list of floats must not be read as numbers that happen to be whole
    assert statuses(check_ids([float(MAN), float("nan")])) == ["SCIENTIFIC", "MISSING"]


def test_list_mixing_ints_and_floats_is_not_coerced_to_float():
    result = check_ids([int(MAN), 3.2e15])
    assert statuses(result) == ["OK", "SCIENTIFIC"]


def test_other_scalars():
    result = check_ids([Decimal(MAN), Decimal("3.2E+15"), b"3201015504890002", np.str_(BANGKA)])
    assert statuses(result) == ["OK", "SCIENTIFIC", "OK", "OK"]


def test_numpy_string_arrays():
    unicode = np.array([MAN, "3.2E+15", " 3201 0115 0489 0002 "])
    assert statuses(check_ids(unicode)) == ["OK", "SCIENTIFIC", "OK"]
    raw = np.array([b"3201011504890001", b"12"], dtype="S16")
    assert statuses(check_ids(raw)) == ["OK", "BAD_LENGTH"]


def test_empty_input():
    result = check_ids([])
    assert len(result.value) == len(result.status) == 0
    assert result.counts() == {}


def test_counts_omit_zero():
    result = check_ids([MAN, MAN, None, "3.2E+15", "3201013504890001"])
    assert result.counts() == {
        "OK": 1,
        "MISSING": 1,
        "SCIENTIFIC": 1,
        "BAD_DATE": 1,
        "DUPLICATE": 1,
    }


def test_clean_fast_path_keeps_every_row():
    rng = np.random.default_rng(7)
    day = rng.integers(1, 29, 5000) + 40 * rng.integers(0, 2, 5000)
    month = rng.integers(1, 13, 5000)
    values = [f"190103{d:02d}{m:02d}85{i:04d}" for i, (d, m) in enumerate(zip(day, month))]
    result = check_ids(np.array(values, dtype=object))
    assert result.counts() == {"OK": 5000}
    assert list(result.value) == values


# --------------------------------------------------------------------------
# masking for display


def test_mask_id():
    assert mask_id(MAN) == "320101**********"
    assert mask_id(BANGKA) == "190103**********"
    assert len(mask_id(MAN)) == 16
    assert mask_id(None) == ""
    assert mask_id("") == ""
    assert mask_id(float("nan")) == ""
    assert mask_id("1234") == "****"  # too short to have a region worth showing
    assert "1504890001" not in mask_id(" 3201011504890001 ")


def test_mask_name():
    assert mask_name("Siti Aminah") == "S*** A*****"
    assert mask_name("Budi") == "B***"
    assert mask_name("  Muh.  Rizki ") == "M***  R****"
    assert mask_name(None) == ""
    assert mask_name("") == ""
    assert mask_name(float("nan")) == ""


# --------------------------------------------------------------------------
# property-style: the vectorised paths against a plain Python reference

PROVINCES = {*range(11, 20), 21, *range(31, 37), *range(51, 54), *range(61, 66)}
PROVINCES |= {*range(71, 77), 81, 82, *range(91, 97)}
PROVINCES |= {99}  # the synthetic demo province, admitted by gis.io.codes
NULL_TEXT = {"", "nan", "none", "null", "na", "n/a", "#n/a", "-", "--"}
DIGITS = set("0123456789")


def reference_one(value, kind):
    """(status, normalised) for one value, written plainly, one rule at a time."""
    if value is None or value is pd.NA:
        return IdStatus.MISSING, None
    if isinstance(value, bool):
        return IdStatus.NOT_DIGITS, None
    if isinstance(value, float):
        return (IdStatus.MISSING if math.isnan(value) else IdStatus.SCIENTIFIC), None
    if isinstance(value, int):
        if value < 0:
            return IdStatus.NOT_DIGITS, None
        return reference_digits(str(value), kind)
    text = value.strip()
    if text.startswith("'"):
        text = text[1:].strip()
    if text.lower() in NULL_TEXT:
        return IdStatus.MISSING, None
    if set(text) <= DIGITS:
        return reference_digits(text, kind)
    lower = text.lower()
    if lower.count("e") == 1:
        mantissa, exponent = lower.split("e")
        mantissa = mantissa.replace(",", ".")
        number = mantissa.count(".") <= 1 and mantissa.replace(".", "").isdigit()
        if number and exponent.lstrip("+-").isdigit():
            return IdStatus.SCIENTIFIC, None
    for mark in ".,":
        whole, sep, fraction = text.partition(mark)
        if sep and whole.isdigit() and fraction and set(fraction) == {"0"}:
            return IdStatus.SCIENTIFIC, None
        groups = text.split(mark)
        if (
            len(groups) >= 4
            and 1 <= len(groups[0]) <= 3
            and all(len(g) == 3 for g in groups[1:])
            and all(g.isdigit() for g in groups)
        ):
            return IdStatus.SCIENTIFIC, None
    if set(text) <= DIGITS | {" ", "."} and text[0] != "." and text[-1] != "." and ".." not in text:
        return reference_digits("".join(c for c in text if c in DIGITS), kind)
    return IdStatus.NOT_DIGITS, None


def reference_digits(digits, kind):
    if not digits.isascii() or not digits.isdigit():
        return IdStatus.NOT_DIGITS, None
    if len(digits) != 16:
        return IdStatus.BAD_LENGTH, None
    province, regency = int(digits[0:2]), int(digits[2:4])
    day, month = int(digits[6:8]), int(digits[8:10])
    if province not in PROVINCES or regency == 0:
        return IdStatus.BAD_REGION, digits
    good_day = 1 <= day <= 31 or (kind == "nik" and 41 <= day <= 71)
    if not good_day or not 1 <= month <= 12:
        return IdStatus.BAD_DATE, digits
    return IdStatus.OK, digits


def reference(values, kind, flag_duplicates):
    seen = set()
    status, value = [], []
    for raw in values:
        code, digits = reference_one(raw, kind)
        if code == IdStatus.OK and flag_duplicates:
            if digits in seen:
                code = IdStatus.DUPLICATE
            seen.add(digits)
        status.append(int(code))
        value.append(digits)
    return status, value


def random_register(n, seed):
    """A register column with mostly good numbers and every kind of damage."""
    rnd = random.Random(seed)
    provinces = sorted(PROVINCES)

    def good():
        day = rnd.randint(1, 28) + rnd.choice([0, 40])
        return (
            f"{rnd.choice(provinces):02d}{rnd.randint(1, 79):02d}{rnd.randint(1, 30):02d}"
            f"{day:02d}{rnd.randint(1, 12):02d}{rnd.randint(0, 99):02d}{rnd.randint(1, 9999):04d}"
        )

    def any_digits():
        return "".join(rnd.choice("0123456789") for _ in range(16))

    damage = [
        lambda s: s[1:],  # leading digit lost
        lambda s: s + rnd.choice("0123456789"),
        lambda s: f"{float(s):.5E}",
        lambda s: f"{float(s):.5E}".replace(".", ","),
        lambda s: float(s),
        lambda s: s + ".0",
        lambda s: f"{int(s):,}",  # thousands-formatted number cell
        lambda s: s[:5] + rnd.choice("OIlS") + s[6:],
        lambda s: "'" + s,
        lambda s: f" {s[:4]} {s[4:8]} {s[8:12]} {s[12:]} ",
        lambda s: f"{s[:6]}.{s[6:12]}.{s[12:]}",
        lambda s: f"{s[:4]}-{s[4:8]}-{s[8:12]}-{s[12:]}",
        lambda s: "\xa0" + s,
        lambda s: s.translate(
            str.maketrans(
                "0123456789", "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19"
            )
        ),
        lambda s: int(s),
        lambda s: None,
        lambda s: "",
        lambda s: float("nan"),
        lambda s: "nan",
    ]
    values = []
    for _ in range(n):
        roll = rnd.random()
        if roll < 0.80:
            values.append(good())
        elif roll < 0.85:
            values.append(any_digits())
        elif roll < 0.90 and values:
            values.append(values[rnd.randrange(len(values))])  # a repeated row
        else:
            values.append(rnd.choice(damage)(rnd.choice([good, any_digits])()))
    return values


@pytest.mark.parametrize("kind", ["nik", "kk"])
@pytest.mark.parametrize("flag_duplicates", [True, False])
def test_large_random_register_matches_reference(kind, flag_duplicates):
    values = random_register(200_000, seed=2024)
    expected_status, expected_value = reference(values, kind, flag_duplicates)
    result = check_ids(values, kind=kind, flag_duplicates=flag_duplicates)
    mismatch = np.flatnonzero(result.status != np.array(expected_status, dtype=np.int8))
    assert mismatch.size == 0, [(values[i], result.status[i]) for i in mismatch[:10]]
    assert list(result.value) == expected_value
    # every status the generator can produce did occur
    assert set(result.counts()) >= {
        "OK",
        "MISSING",
        "SCIENTIFIC",
        "BAD_LENGTH",
        "NOT_DIGITS",
        "BAD_REGION",
        "BAD_DATE",
    }


@pytest.mark.parametrize(
    "container",
    [
        lambda v: np.array(v, dtype=object),
        lambda v: pd.Series(v, dtype=object),
        # text cells only, as read with dtype=str: ints and floats become text
        lambda v: pd.Series([x if x is None or isinstance(x, str) else str(x) for x in v]),
    ],
    ids=["object-array", "object-series", "str-series"],
)
def test_containers_agree_with_list(container):
    values = random_register(50_000, seed=11)
    as_list = check_ids(values)
    other = check_ids(container(values))
    assert np.array_equal(as_list.status, other.status)
    assert list(as_list.value) == list(other.value)


def test_all_string_register_without_damage_matches_reference():
    rnd = random.Random(5)
    values = ["".join(rnd.choice("0123456789") for _ in range(16)) for _ in range(20_000)]
    expected_status, expected_value = reference(values, "nik", True)
    result = check_ids(values)
    assert result.status.tolist() == expected_status
    assert list(result.value) == expected_value
