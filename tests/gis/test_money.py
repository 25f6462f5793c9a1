"""Rupiah amounts as typed: read exactly, refused when absurd, said back in words."""

from decimal import Decimal

import pytest

from gis.plan.money import MAX_RUPIAH, MoneyError, check_rupiah, parse_rupiah, words_rupiah

JUTA, MILIAR, TRILIUN = 10**6, 10**9, 10**12

#: what a planner types -> whole Rupiah
READ = [
    ("2 miliar", 2 * MILIAR),
    ("2 Miliar", 2 * MILIAR),
    ("2 milyar", 2 * MILIAR),
    ("2,5 M", 2_500 * JUTA),
    ("2,5M", 2_500 * JUTA),
    ("2.000.000.000", 2 * MILIAR),
    ("Rp 2.000.000.000", 2 * MILIAR),
    ("Rp2.000.000.000,-", 2 * MILIAR),
    ("1 miliar 234 juta 567 ribu 890", 1_234_567_890),
    ("2000 juta", 2 * MILIAR),
    ("2.000 juta", 2 * MILIAR),
    ("Rp 750 jt", 750 * JUTA),
    ("Rp. 750 jt.", 750 * JUTA),
    ("1,5 triliun", 1_500 * MILIAR),
    ("1,25 T", 1_250 * MILIAR),
    ("12,5 juta", 12_500_000),
    ("12 500 000", 12_500_000),
    ("2.500.000,75", 2_500_001),
    ("2,000,000", 2 * JUTA),
    ("2,500.5 juta", 2_500_500_000),
    ("1.5 juta", 1_500_000),
    ("750 ribu", 750_000),
    ("750rb", 750_000),
    ("0", 0),
    ("1e9", MILIAR),
    ("2 miliar rupiah", 2 * MILIAR),
    ("100 triliun", MAX_RUPIAH),
]


@pytest.mark.parametrize(("text", "value"), READ)
def test_amounts_read_exactly(text, value):
    got = parse_rupiah(text)
    assert got == value and type(got) is int


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "Rp",
        "2 kg",
        "1.2.3",
        "1,2,3",
        "..",
        "inf",
        "nan",
        "2 juta juta",
        "1 juta 2 miliar",
        "5 juta 1.000 ribu",
    ],
)
def test_unreadable_amounts_are_refused_with_the_text(text):
    with pytest.raises(MoneyError) as err:
        parse_rupiah(text)
    assert err.value.code in ("amount_empty", "amount_unparseable")
    assert err.value.text == text


@pytest.mark.parametrize("text", ["-5 juta", "Rp -5.000", "−2 miliar", "- 1"])
def test_negative_amounts_are_refused(text):
    with pytest.raises(MoneyError) as err:
        parse_rupiah(text)
    assert err.value.code == "amount_negative" and err.value.value < 0


@pytest.mark.parametrize(
    "text", ["100.000.000.000.001", "200 triliun", "1e308", "1e999999999", "99999999 miliar"]
)
def test_absurd_amounts_are_refused_with_the_ceiling(text):
    with pytest.raises(MoneyError) as err:
        parse_rupiah(text)
    assert err.value.code == "amount_absurd" and err.value.ceiling == MAX_RUPIAH


def test_a_smaller_ceiling_and_zero_refused_on_request():
    assert parse_rupiah("5 juta", ceiling=5 * JUTA) == 5 * JUTA
    with pytest.raises(MoneyError):
        parse_rupiah("5.000.001", ceiling=5 * JUTA)
    with pytest.raises(MoneyError):
        parse_rupiah("0", allow_zero=False)


#: whole Rupiah -> what the field says back
WORDS = [
    (2 * MILIAR, "Rp 2 miliar", "Rp 2 billion"),
    (2_500 * JUTA, "Rp 2,5 miliar", "Rp 2.5 billion"),
    (2_050 * JUTA, "Rp 2,05 miliar", "Rp 2.05 billion"),
    (750 * JUTA, "Rp 750 juta", "Rp 750 million"),
    (1_500 * MILIAR, "Rp 1,5 triliun", "Rp 1.5 trillion"),
    (MAX_RUPIAH, "Rp 100 triliun", "Rp 100 trillion"),
    (12_500_000, "Rp 12,5 juta", "Rp 12.5 million"),
    (750_000, "Rp 750.000", "Rp 750,000"),
    (0, "Rp 0", "Rp 0"),
    (
        1_234_567_890,
        "Rp 1 miliar 234 juta 567 ribu 890",
        "Rp 1 billion 234 million 567 thousand 890",
    ),
    (2 * TRILIUN + 5, "Rp 2 triliun 5", "Rp 2 trillion 5"),
    (5_000 * TRILIUN, "Rp 5.000 triliun", "Rp 5,000 trillion"),
]


@pytest.mark.parametrize(("value", "indonesian", "english"), WORDS)
def test_amounts_said_back_in_words(value, indonesian, english):
    assert words_rupiah(value) == indonesian
    assert words_rupiah(value, "en") == english


@pytest.mark.parametrize("value", [v for v, _, _ in WORDS if v <= MAX_RUPIAH])
def test_words_read_back_to_the_same_amount(value):
    # what the field says back is itself an amount the field accepts, exactly
    assert parse_rupiah(words_rupiah(value)) == value


def test_numbers_from_files_are_checked():
    assert check_rupiah(2_000_000_000) == 2 * MILIAR
    assert check_rupiah(2e9) == 2 * MILIAR
    assert check_rupiah(Decimal("2.5e9")) == 2_500 * JUTA
    assert check_rupiah("2 miliar") == 2 * MILIAR
    for bad, code in [
        (float("inf"), "amount_absurd"),  # 1e309 in JSON
        (1e308, "amount_absurd"),
        (10**30, "amount_absurd"),
        (float("nan"), "amount_unparseable"),
        (float("-inf"), "amount_negative"),
        (-1, "amount_negative"),
        (True, "amount_unparseable"),
        (None, "amount_unparseable"),
        ([1], "amount_unparseable"),
    ]:
        with pytest.raises(MoneyError) as err:
            check_rupiah(bad)
        assert err.value.code == code, bad


def test_english_separators_on_request():
    assert parse_rupiah("2.5 billion", decimal=".") == 2_500 * JUTA
    assert parse_rupiah("2,500", decimal=".") == 2_500
    assert parse_rupiah("2,000,000,000", decimal=".") == 2 * MILIAR
    assert parse_rupiah("Rp 1,500.75", decimal=".") == 1_501
    for value, _, english in WORDS:
        if value <= MAX_RUPIAH:
            assert parse_rupiah(english, decimal=".") == value
