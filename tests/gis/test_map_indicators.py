"""Mentor, referral and synergy map indicators equal an independent pandas count."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from gis.maps import classify
from gis.model.filters import HouseholdFilter
from gis.model.mentors import MentorTable
from gis.plan import map_indicators as mi
from gis.plan.allocation import EligibilityRule
from gis.plan.family_matching import match_families
from gis.plan.matching import MatchRules
from gis.plan.referrals import synergy
from tests.gis.scenario_data import PROGRAM_KEYS, village_table
from tests.gis.test_referrals import pandas_status, random_table


@pytest.fixture(scope="module")
def villages(tmp_path_factory):
    return village_table(tmp_path_factory.mktemp("desa"))


def random_pool(villages, seed, n=6, located=None):
    """Mentors at random points over the four villages (some with no village when asked)."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(106.0, 106.4, n)
    y = rng.uniform(-2.0, -1.9, n)
    village = np.floor((x - 106.0) / 0.1).astype(np.int32).clip(0, 3)
    if located is not None:
        village = np.where(located, village, -1).astype(np.int32)
    return MentorTable(
        villages=villages,
        mentor_id=np.array([f"M{i}" for i in range(n)], dtype=object),
        agency=np.array(["Dinas Sosial"] * n, dtype=object),
        village=village,
        capacity=rng.integers(1, 6, n).astype(np.int32),
        competence=np.zeros(n, dtype=np.uint32),
        x=x,
        y=y,
        approx=np.zeros(n, dtype=bool),
        from_psks=np.zeros(n, dtype=bool),
        row=np.arange(n),
    )


def frame(table, mask):
    df = pd.DataFrame(
        {
            "village": table.village.astype(int),
            "programs": table.programs.astype(np.int64),
            "known": table.programs_known.astype(np.int64),
        }
    )
    return df[mask & (table.village >= 0)]


@pytest.mark.parametrize("seed", range(4))
def test_synergy_classes_equal_pandas_and_the_synergy_tally(villages, seed):
    table = random_table(villages, seed, n=60)
    rng = np.random.default_rng(seed)
    # a sparse register leaves villages with nothing known or no family at all
    table.programs_known[rng.random(len(table)) < 0.5] = 0
    table.programs = table.programs & table.programs_known
    mask = rng.random(len(table)) < 0.4
    pool = random_pool(villages, seed, n=3, located=rng.random(3) < 0.7)
    got = mi.synergy_village_classes(table, mask, pool.village)

    df = frame(table, mask)
    receives = df[(df.programs & df.known) != 0].village.unique()
    known = df[df.known != 0].village.unique()
    mentors = set(pool.village[pool.village >= 0].tolist())
    names = [k for k, _label, _colour in mi.SYNERGY_CLASSES]
    for v in range(len(villages)):
        if v in receives:
            want = "programs_and_mentors" if v in mentors else "programs_no_mentor"
        elif v in known:
            want = "mentors_no_program" if v in mentors else "neither"
        else:
            want = None  # nothing known about programs: no data, never "no program"
        assert (names[got[v]] if got[v] >= 0 else None) == want

    villages_tally = synergy(table, mask, pool.village)["villages"]
    for c, name in enumerate(names):
        assert int((got == c).sum()) == villages_tally[name]


@pytest.mark.parametrize("seed", range(3))
def test_no_known_program_counts_equal_pandas_and_unknown_stays_nan(villages, seed):
    table = random_table(villages, seed, n=80)
    rng = np.random.default_rng(seed + 10)
    table.programs_known[table.village == 2] = 0  # one village about which nothing is known
    table.programs = table.programs & table.programs_known
    mask = rng.random(len(table)) < 0.7
    ind = mi.compute("no_known_program", table, mask)
    df = frame(table, mask)
    none = df[(df.known != 0) & (df.programs == 0)].groupby("village").size()
    known = df[df.known != 0].groupby("village").size()
    for v in range(len(villages)):
        if known.get(v, 0) == 0:
            assert np.isnan(ind.values[v])
        else:
            assert ind.values[v] == none.get(v, 0)
    assert np.isnan(ind.values[2])


@pytest.mark.parametrize("seed", range(3))
def test_referral_map_equals_pandas_rules_per_village(villages, seed):
    table = random_table(villages, seed, n=120)
    mask = np.random.default_rng(seed).random(len(table)) < 0.8
    rules = {"PKH": EligibilityRule(desil=(1, 2), ppks_any=(8, 9))}
    for key in ("PKH", "PIP"):
        ind = mi.compute(mi.REFER + key, table, mask, rules=rules)
        rule = rules.get(key, EligibilityRule())
        for v in range(len(villages)):
            counts = pandas_status(table, key, rule, mask & (table.village == v))
            refer, unknown = counts["refer"], counts["unknown"]
            if refer == 0 and unknown > 0:
                assert np.isnan(ind.values[v])
            else:
                assert ind.values[v] == refer
        assert ind.title == f"Keluarga perlu dirujuk ke {key}"


def test_lines_join_each_assigned_family_to_its_mentor(villages):
    table = random_table(villages, 5, n=50)
    table.approx = np.arange(len(table)) % 3 == 0
    table.x[7] = np.nan  # a family without a point has no line
    pool = random_pool(villages, 5, n=5)
    matching = match_families(table, pool, table.desil <= 4, MatchRules(max_km=30.0))
    seg = mi.mentor_segments(table, mi.Mentoring.of_matching(pool, matching))
    expected = [
        (table.x[f], table.y[f], pool.x[m], pool.y[m], bool(table.approx[f]))
        for f, m in zip(matching.families.tolist(), matching.result.mentor.tolist())
        if m >= 0 and not np.isnan(table.x[f])
    ]
    assert len(expected) > 10
    got = list(zip(seg.fx, seg.fy, seg.mx, seg.my, seg.approx.tolist()))
    assert got == expected
    # a box around one end holds the lines from or to it, and a far box none
    box = (seg.fx[0] - 1e-6, seg.fy[0] - 1e-6, seg.fx[0] + 1e-6, seg.fy[0] + 1e-6)
    assert seg.in_box(*box)[0]
    assert not seg.in_box(120.0, 10.0, 121.0, 11.0).any()


def test_mentor_indicators_use_the_matching_reach(villages):
    table = random_table(villages, 6, n=60)
    pool = random_pool(villages, 6, n=4)
    mask = table.desil <= 3
    matching = match_families(table, pool, mask, MatchRules(max_km=8.0))
    m = mi.Mentoring.of_matching(pool, matching)
    from gis.model.indicators import mentor_indicators

    want = mentor_indicators(table, mask, pool.x, pool.y, pool.capacity, 8.0)
    for key in mi.MENTOR_KEYS:
        got = mi.compute(key, table, mask, mentoring=m)
        np.testing.assert_array_equal(got.values, want[key].values)
    unlimited = mi.Mentoring.of_matching(
        pool, match_families(table, pool, mask, MatchRules(max_km=None))
    )
    reach = mi.compute("mentor_capacity_reach", table, mask, mentoring=unlimited)
    assert (reach.values == pool.capacity.sum()).all()  # every mentor reaches every village
    assert "Tanpa batas jarak" in reach.note


def test_offered_only_when_what_they_rest_on_is_there(villages):
    table = random_table(villages, 7, n=40)
    offered = mi.available(table, None)
    assert not set(mi.MENTOR_KEYS) & set(offered) and "program_mentor" not in offered
    assert mi.REFER + "PKH" in offered and mi.REFER + "KKS" not in offered  # KKS not carried
    pool = random_pool(villages, 7)
    matching = match_families(table, pool, None, MatchRules(max_km=20.0))
    with_mentors = mi.available(table, mi.Mentoring.of_matching(pool, matching))
    assert set(mi.MENTOR_KEYS) | {"program_mentor"} <= set(with_mentors)
    table.programs_known[:] = 0  # a register with no program column
    assert not any(k.startswith(mi.REFER) for k in mi.available(table, None))
    assert mi.available(None, None) == []


def test_titles_name_the_filter_in_force(villages):
    table = random_table(villages, 8, n=20)
    assert mi.title("mentor_need", HouseholdFilter(), table) == "Keluarga perlu pendamping"
    t = mi.title("refer:PKH", HouseholdFilter(desil=(1, 2)), table)
    assert t.startswith("Keluarga perlu dirujuk ke PKH di antara RT terfilter (") and "1-2" in t
    en = mi.title("mentor_gap", HouseholdFilter(desil=(1,)), table, lang="en")
    assert en.startswith("Mentor gap among filtered HH (")
    ind = mi.compute("no_known_program", table, flt=HouseholdFilter(desil=(1, 2)))
    assert ind.title == mi.title("no_known_program", HouseholdFilter(desil=(1, 2)), table)


def test_categories_keep_their_labels_and_classes():
    cats = tuple((f"jenis {i}", c) for i, c in enumerate(("#111111", "#222222", "#333333")))
    values = np.array([0, 2, np.nan, 1, 2, 7, 0.5])
    c = classify.categorical(values, cats)
    assert c.class_index.tolist() == [0, 2, -1, 1, 2, -1, -1]
    assert c.counts.tolist() == [1, 1, 2] and c.no_data_count == 3
    np.testing.assert_array_equal(c.index_of(values[:5]), c.class_index[:5])
    rows = c.legend(number=lambda v, d: "angka")  # a screen's number format leaves kinds alone
    assert [r[0] for r in rows] == ["jenis 0", "jenis 1", "jenis 2", "tidak ada data"]
    assert [r[1] for r in rows[:3]] == ["#111111", "#222222", "#333333"]


def test_program_mentor_is_categorical_with_unknown_as_nan(villages):
    table = random_table(villages, 9, n=40)
    table.programs_known[table.village == 1] = 0
    pool = random_pool(villages, 9, n=3)
    m = mi.Mentoring.of_matching(pool, match_families(table, pool, None, MatchRules(max_km=20.0)))
    ind = mi.compute("program_mentor", table, mentoring=m)
    assert [label for label, _ in ind.categories] == [
        label[0] for _k, label, _c in mi.SYNERGY_CLASSES
    ]
    assert np.isnan(ind.values[1])
    cls = mi.synergy_village_classes(table, None, pool.village)
    assert np.array_equal(np.where(cls >= 0, cls, -1), np.nan_to_num(ind.values, nan=-1))
    assert PROGRAM_KEYS  # the register's program keys are what the referral keys name


def test_web_map_shows_an_extra_map_with_its_title_and_counts_only(villages):
    from gis.maps.mapdata import MapData
    from gis.maps.webmap import build_map, export_html

    table = random_table(villages, 11, n=60)
    table.name = np.array([f"Nama Rahasia {i}" for i in range(len(table))], dtype=object)
    pool = random_pool(villages, 11, n=3)
    pool.mentor_id = np.array([f"PENDAMPING-{i}-RAHASIA" for i in range(3)], dtype=object)
    table.hh_id = np.array([f"KELUARGA-{i}-RAHASIA" for i in range(len(table))], dtype=object)
    flt = HouseholdFilter(desil=(1, 2, 3))
    mask = flt.mask(table)
    m = mi.Mentoring.of_matching(pool, match_families(table, pool, mask, MatchRules(max_km=20.0)))
    extras = mi.ExtraIndicators(table, mask, flt, m)
    assert extras.keys() == mi.available(table, m)
    data = MapData(villages=villages, households=table, mask=mask, filter=flt)
    kinds = extras.compute("program_mentor")
    web = build_map(data, indicator="program_mentor", values=kinds)
    assert web.sasaran_classes.labels == [label for label, _c in kinds.categories]
    np.testing.assert_array_equal(
        web.sasaran_classes.class_index, np.nan_to_num(kinds.values, nan=-1).astype(int)
    )
    gap = extras.compute("mentor_gap")
    text = export_html(data, indicator="mentor_gap", values=gap)
    assert gap.title in text and "terfilter" in gap.title
    assert "Rahasia" not in text and "RAHASIA" not in text  # no name, no family or mentor ID
    with pytest.raises(ValueError):
        build_map(data, indicator="mentor_gap")  # gis.maps cannot compute it alone


def test_saved_pairs_give_the_same_lines_as_the_matching(villages):
    from gis.plan.family_matching import mentor_load
    from gis.plan.saved_matching import matching_record

    table = random_table(villages, 12, n=60)
    pool = random_pool(villages, 12, n=4)
    matching = match_families(table, pool, table.desil <= 5, MatchRules(max_km=12.0))
    record = matching_record(matching, table, pool, mentor_load(matching, pool))
    saved = mi.Mentoring.of_record(record, table, pool)
    made = mi.mentor_segments(table, mi.Mentoring.of_matching(pool, matching))
    again = mi.mentor_segments(table, saved)
    assert saved.max_km == 12.0 and len(again) == len(made) > 0
    key = np.lexsort((made.fy, made.fx))
    key2 = np.lexsort((again.fy, again.fx))
    for a in ("fx", "fy", "mx", "my", "mentor"):
        np.testing.assert_array_equal(getattr(again, a)[key2], getattr(made, a)[key])
