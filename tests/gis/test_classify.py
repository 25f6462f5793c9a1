"""Choropleth classes: breaks, labels that agree with colours, no-data class, palettes."""

from __future__ import annotations

import itertools
import time

import numpy as np
import pytest

from gis.maps.classify import _jenks, classify, palette, palette_names
from gis.numbers import format_number


def test_quantile_classes_cover_values_and_keep_no_data_apart():
    rng = np.random.default_rng(3)
    v = rng.lognormal(3, 1, 1000)
    v[:25] = np.nan
    c = classify(v, "quantile", 5)
    assert c.k == 5
    assert len(c.labels) == len(c.colors) == 5
    assert c.no_data_count == 25
    assert (c.class_index[:25] == -1).all()
    assert c.counts.sum() == 975
    # roughly equal counts per class
    assert c.counts.min() > 150
    # every value lies inside the breaks of its class
    ok = ~np.isnan(v)
    lo, hi = c.breaks[c.class_index[ok]], c.breaks[c.class_index[ok] + 1]
    assert ((v[ok] >= lo - 1e-9) | (c.class_index[ok] == 0)).all()
    assert (v[ok] <= hi + 1e-9).all()
    legend = c.legend()
    assert legend[-1][0] == "tidak ada data"
    assert legend[-1][2] == 25


def test_integer_counts_get_non_overlapping_labels():
    v = np.array([0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144], dtype=float)
    c = classify(v, "equal", 3)
    assert c.integral
    assert c.labels == ["0 – 48", "49 – 96", "97 – 144"]
    assert c.class_index.tolist() == [0] * 9 + [1, 1, 2]


def test_many_equal_values_collapse_classes_instead_of_repeating_them():
    c = classify([0, 0, 0, 0, 0, 0, 1, 2, np.nan], "quantile", 5)
    assert c.k == len(set(c.labels)) <= 3
    assert c.no_data_count == 1
    one = classify([7, 7, 7], "quantile", 5)
    assert one.k == 1 and one.labels == ["7"]
    none = classify([np.nan, None], "jenks", 4)
    assert none.k == 0 and none.legend() == [("tidak ada data", none.no_data_color, 2)]


def test_decimal_labels_use_indonesian_format():
    c = classify(np.linspace(0.0, 1.0, 101), "equal", 4)
    assert c.labels[0] == "0,00 – 0,25"
    assert format_number(1234567.891, 2) == "1.234.567,89"


def test_legend_limits_can_follow_the_screen_language():
    c = classify(np.array([0.0, 1.25, 2.5, np.nan]), "equal", 2)
    english = [lab for lab, _c, _n in c.legend(number=lambda v, d: f"{v:,.{d}f}")]
    assert english[0] == "0.00 – 1.25" and english[-1] == "tidak ada data"
    assert c.legend()[0][0] == "0,00 – 1,25"  # the sheet keeps Indonesian


def test_jenks_matches_brute_force():
    for seed in range(6):
        x = np.sort(np.random.default_rng(seed).normal(0, 1, 12))

        def cost(cut, x=x):
            return sum(((p - p.mean()) ** 2).sum() for p in np.split(x, cut))

        best = min(itertools.combinations(range(1, 12), 3), key=cost)
        got = _jenks(x, 4)
        assert np.allclose(got[1:-1], x[[i - 1 for i in best]])


def test_jenks_is_fast_for_6000_villages():
    v = np.random.default_rng(1).lognormal(3, 1, 6000)
    t0 = time.perf_counter()
    c = classify(v, "jenks", 7)
    assert time.perf_counter() - t0 < 1.0
    assert c.k == 7
    # natural breaks separate the long tail: the top class is small
    assert c.counts[-1] < c.counts[0]


def test_apply_reuses_breaks_for_a_subset():
    v = np.arange(100, dtype=float)
    c = classify(v, "quantile", 4)
    sub = c.apply(v[:10])
    assert (sub.breaks == c.breaks).all()
    assert sub.counts.tolist() == [10, 0, 0, 0]


def test_palettes_light_to_dark_and_colour_blind_safe_choices():
    assert {"YlOrRd", "viridis", "cividis"} <= set(palette_names())
    for name in palette_names():
        for k in (1, 2, 5, 9, 12):
            cols = palette(name, k)
            assert len(cols) == k
            assert all(c.startswith("#") and len(c) == 7 for c in cols)
    lum = [sum(int(c[i : i + 2], 16) for i in (1, 3, 5)) for c in palette("viridis", 5)]
    assert lum == sorted(lum, reverse=True)  # light = low
    assert palette("YlOrRd", 5)[::-1] == palette("YlOrRd", 5, reverse=True)
    with pytest.raises(ValueError):
        palette("nope", 3)
