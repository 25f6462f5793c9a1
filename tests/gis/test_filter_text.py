"""The filter in the planner's words, and indicator titles that say what they count."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from gis.io.codelists import ppks_types
from gis.model import indicators
from gis.model.filter_text import (
    INDICATOR_TITLES,
    describe_filter,
    desil_words,
    filter_line,
    indicator_title,
    preset_key,
)
from gis.model.filters import PRESETS, HouseholdFilter
from tests.gis.scenario_data import ROWS, V2, make_table, village_table

EXCLUSION = HouseholdFilter(desil=(1, 2), lacks_all=("*",))


def _ppks_name(code: int) -> str:
    return next(p.name for p in ppks_types() if p.code == code)


@pytest.fixture(scope="module")
def table(tmp_path_factory):
    return make_table(village_table(tmp_path_factory.mktemp("desa")), ROWS)


def test_desil_1_2_without_any_program_in_words():
    # with or without the preset's label: the conditions decide, not the label
    for flt in (EXCLUSION, PRESETS["exclusion_error"], HouseholdFilter((2, 1), (), (), ("*",))):
        assert preset_key(flt) == "exclusion_error"
        text = describe_filter(flt)
        assert text.endswith("RT desil 1-2 yang belum menerima program apa pun yang tercatat")
        assert text.startswith("Miskin belum dibantu")
        assert describe_filter(flt, short=True) == "desil 1-2, belum menerima program apa pun"
        assert filter_line(flt).startswith("Filter: Miskin belum dibantu")
        en = describe_filter(flt, lang="en")
        assert en.endswith("Decile 1-2 households receiving no recorded program")
        assert "desil" not in en.lower()


def test_no_filter_and_all_desil_read_as_every_household():
    for flt in (
        None,
        HouseholdFilter(desil=()),
        HouseholdFilter(desil=tuple(range(11))),
        PRESETS["all"],
    ):
        assert describe_filter(flt) == "Semua rumah tangga"
        assert describe_filter(flt, lang="en") == "All households"
        assert describe_filter(flt, short=True) == "semua desil"


def test_desil_sets_read_as_ranges():
    assert desil_words((1, 2, 3, 4)) == "desil 1-4"
    assert desil_words((4, 1, 3, 2, 7, 9, 10)) == "desil 1-4, 7, 9-10"
    assert desil_words((0,)) == "tanpa desil tercatat"
    assert desil_words((0, 1)) == "desil 1 atau tanpa desil tercatat"
    assert desil_words(()) == desil_words(range(11)) == "semua desil"
    assert desil_words((1, 2), lang="en") == "decile 1-2"


def test_programs_ppks_and_units_are_named(table):
    flt = HouseholdFilter(
        desil=(1, 2, 3),
        ppks_any=(8,),
        receives_any=("SEMBAKO", "PKH"),
        lacks_all=("PIP",),
        units=("9901.02", V2),
    )
    text = describe_filter(flt, table)
    ppks8 = _ppks_name(8)
    assert text.startswith(f"RT desil 1-3 dengan PPKS {ppks8} yang menerima ")
    # programs in the filter panel's order, the names the register uses
    assert "menerima PKH atau SEMBAKO dan belum menerima PIP" in text
    assert "Kecamatan Kec Dua" not in text and "Kec Dua" in text  # no doubled kind
    assert "Kelurahan Dua, Kec Satu" in text  # the village's name from the village table
    assert "9901" not in text
    short = describe_filter(flt, table, short=True)
    assert short.startswith(f"desil 1-3, PPKS {ppks8}, menerima PKH atau SEMBAKO")
    # without the village table the codes are shown, not guessed names
    assert "wilayah 9901.02" in describe_filter(flt)
    # many PPKS are counted in a title, listed in the sentence
    many = HouseholdFilter(desil=(), ppks_any=(1, 2, 3, 4))
    assert describe_filter(many, short=True) == "semua desil, PPKS (4 jenis)"
    assert "Anak Jalanan" in describe_filter(many)


def test_base_titles_are_the_indicator_titles():
    assert set(INDICATOR_TITLES) == set(indicators.INDICATORS)
    for key, (_own, base, _filtered) in INDICATOR_TITLES.items():
        assert base[0] == indicators.INDICATORS[key][0]


FILTERS = [
    HouseholdFilter(desil=desil, ppks_any=ppks, receives_any=rec, lacks_all=lacks)
    for desil, ppks, rec, lacks in itertools.product(
        [(), (1, 2), (1, 2, 3, 4), (3, 4, 5, 6), (7, 8, 9, 10), (0, 1)],
        [(), (9,)],
        [(), ("PKH",)],
        [(), ("*",), ("SEMBAKO",)],
    )
]


@pytest.mark.parametrize("key", list(indicators.INDICATORS))
def test_indicator_titles_name_what_is_counted(table, key):
    """For every filter: the title names the desil really counted, and keeps the
    indicator's own title only when the filter changes nothing it counts."""
    own = set(INDICATOR_TITLES[key][0]) or set(range(11))
    base = indicators.INDICATORS[key][0]
    for flt in FILTERS:
        ind = indicators.compute(key, table, psks=None, flt=flt)
        np.testing.assert_array_equal(
            ind.values, indicators.compute(key, table, flt.mask(table)).values
        )  # the numbers are the filter's: only the words change
        kept = (set(flt.desil) or set(range(11))) & own
        narrows = kept != own or flt.ppks_any or flt.receives_any or flt.lacks_all
        if not narrows:
            assert ind.title == base
            continue
        assert ind.title != base, flt
        if not kept:
            assert ind.title.startswith(f"{base} dalam filter ("), ind.title
            assert ind.title.endswith("): tidak ada")
            continue
        assert f"({desil_words(kept)}" in ind.title, (flt, ind.title)
        if "*" in flt.lacks_all:
            assert "belum menerima program apa pun" in ind.title
        if flt.receives_any:
            assert "menerima PKH" in ind.title
        if flt.ppks_any:
            assert f"PPKS {_ppks_name(9)}" in ind.title


def test_desil_1_2_without_program_no_longer_claims_desil_1_4(table):
    ind = indicators.compute("desil_1_4", table, EXCLUSION.mask(table), flt=EXCLUSION)
    assert ind.title == "RT terfilter (desil 1-2, belum menerima program apa pun)"
    assert "1-4" not in ind.title
    # the count is what the title says: desil 1-2 households receiving nothing (rows 0, 2, 6, 7)
    assert np.nansum(ind.values) == 4
    en = indicator_title("desil_1_4", EXCLUSION, table, lang="en")
    assert en == "Filtered households (decile 1-2, receiving no program at all)"
    # the default filter leaves the title as it always was
    assert indicators.compute("desil_1_4", table, flt=HouseholdFilter()).title == (
        "Rumah tangga desil 1-4"
    )
