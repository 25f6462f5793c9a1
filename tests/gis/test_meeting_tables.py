"""The sheet's synergy and mentor-gap tables equal an independent pandas computation."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

from gis.model.filters import HouseholdFilter
from gis.model.households import HouseholdTable
from gis.model.mentors import MentorTable
from gis.model.villages import read_villages
from gis.plan.family_matching import match_families
from gis.plan.matching import MatchRules, great_circle_km
from gis.plan.meeting_tables import MeetingTables

KEYS = ("PKH", "SEMBAKO", "PIP", "PBI", "LISTRIK", "KKS", "PKH_PLUS")
SIDE = 0.05


def grid_villages(folder, n=14):
    """``n`` square villages in a row (some 5 km wide), two kecamatan, one without polygon."""
    codes = [f"99010{1 + i // 7}{1001 + i}" for i in range(n)]
    geoms = [shapely.box(106 + i * SIDE, -2, 106 + (i + 1) * SIDE, -2 + SIDE) for i in range(n)]
    gdf = gpd.GeoDataFrame(
        {
            "kode_desa": codes,
            "nama_desa": [f"Desa {chr(65 + i)}" for i in range(n)],
            "kecamatan": [f"Kec {1 + i // 7}" for i in range(n)],
            "kabupaten": ["Kab Uji"] * n,
        },
        geometry=geoms,
        crs="EPSG:4326",
    )
    path = folder / "desa_grid.gpkg"
    gdf.to_file(path, layer="desa", engine="pyogrio")
    return read_villages(path)


def random_register(villages, seed, n=900):
    """Families spread unevenly over the villages; programs known or not; some approximate."""
    rng = np.random.default_rng(seed)
    weights = rng.gamma(0.8, 1.0, len(villages))
    village = rng.choice(len(villages), n, p=weights / weights.sum()).astype(np.int32)
    village[rng.random(n) < 0.03] = -1  # no village
    programs = np.zeros(n, dtype=np.uint32)
    for b in range(len(KEYS)):
        programs |= np.where(rng.random(n) < 0.25 + 0.1 * b % 0.4, np.uint32(1 << b), 0).astype(
            np.uint32
        )
    known = np.full(n, (1 << 5) - 1, dtype=np.uint32)  # KKS and PKH_PLUS never carried
    known[rng.random(n) < 0.1] = 0  # nothing known about these families
    known &= ~np.where(rng.random(n) < 0.2, np.uint32(1 << 2), np.uint32(0))
    x = 106 + (np.maximum(village, 0) + rng.uniform(0.1, 0.9, n)) * SIDE
    y = -2 + rng.uniform(0.1, 0.9, n) * SIDE
    return HouseholdTable(
        villages=villages,
        hh_id=np.array([f"RT{i:04d}" for i in range(n)], dtype=object),
        village=village,
        desil=rng.integers(0, 6, n).astype(np.int8),
        members=rng.integers(0, 6, n).astype(np.int16),
        ppks=np.zeros(n, dtype=np.uint32),
        programs=programs & known,
        programs_known=known,
        x=x,
        y=y,
        approx=rng.random(n) < 0.3,
        row=np.arange(n, dtype=np.int64),
        program_keys=KEYS,
        program_names={k: k for k in KEYS},
        name=np.array([f"Nama Rahasia {i}" for i in range(n)], dtype=object),
    )


def mentor_pool(villages, seed, n=9):
    rng = np.random.default_rng(seed + 100)
    village = rng.choice(len(villages) - 3, n).astype(np.int32)  # none in the last villages
    return MentorTable(
        villages=villages,
        mentor_id=np.array([f"M{i}" for i in range(n)], dtype=object),
        agency=np.array(["Dinas Sosial"] * n, dtype=object),
        village=village,
        capacity=rng.integers(1, 25, n).astype(np.int32),
        competence=np.zeros(n, dtype=np.uint32),
        x=106 + (village + 0.5) * SIDE,
        y=np.full(n, -2 + SIDE / 2),
        approx=np.zeros(n, dtype=bool),
        from_psks=np.zeros(n, dtype=bool),
        row=np.arange(n, dtype=np.int64),
    )


def num(text: str) -> int:
    return int(text.replace(".", ""))


def rows_of(section) -> dict:
    return {r[0]: r[1:] for r in section.rows}


def frame(table, mask):
    got = (table.programs & table.programs_known).astype(np.int64)
    return pd.DataFrame(
        {
            "village": table.village.astype(int),
            "known": table.programs_known.astype(np.int64),
            "got": got,
            "n": [bin(int(v)).count("1") for v in got],
            "approx": table.approx,
        }
    )[mask]


@pytest.fixture
def villages(tmp_path):
    return grid_villages(tmp_path)


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("focus", [False, True])
def test_synergy_table_equals_pandas(villages, seed, focus):
    table = random_register(villages, seed)
    pool = mentor_pool(villages, seed)
    mask = np.isin(table.desil, [1, 2, 3])
    in_focus = (np.arange(len(villages)) < 7) if focus else None
    m = MeetingTables(table, mask, "Desil 1-3", pool, "pendamping.csv", 15.0)
    buckets, combos, places = m.sections("sinergi", in_focus, rows="compact")

    sel = mask.copy()
    if focus:
        sel &= (table.village >= 0) & (table.village < 7)
    df = frame(table, sel)
    unknown = df.known == 0
    r = rows_of(buckets)
    assert num(r["0 program"][0]) == ((df.n == 0) & ~unknown).sum()
    assert num(r["1 program"][0]) == (df.n == 1).sum()
    assert num(r["2 program"][0]) == (df.n == 2).sum()
    assert num(r["3 program atau lebih"][0]) == (df.n >= 3).sum()
    assert num(r["Jumlah diketahui"][0]) == (~unknown).sum()
    # unknown is its own row, never counted as 0 programs
    assert num(r["tidak diketahui"][0]) == unknown.sum() and r["tidak diketahui"][1] == "–"
    assert f"({len(df):,} keluarga".replace(",", ".") in buckets.notes[0]
    assert "KKS" in buckets.notes[1] and "Desil 1-3" in buckets.notes[0]

    # combinations: only known programs, empty combination left out, the rest summed
    counts = df[(df.got != 0)].got.value_counts()
    label = {v: "+".join(k for b, k in enumerate(KEYS) if v >> b & 1) for v in counts.index}
    shown = [row for row in combos.rows if not row[0].startswith("…")]
    assert len(shown) == min(4, len(counts))
    for name, n in shown:
        assert counts[[v for v in counts.index if label[v] == name][0]] == num(n)
    assert sorted((num(n) for _, n in shown), reverse=True) == sorted(counts.values)[::-1][:4]
    rest = combos.rows[-1]
    assert rest[0] == f"… dan {len(counts) - 4} kombinasi lain"
    assert num(rest[1]) == counts.sum() - sum(num(n) for _, n in shown)

    # villages with programs and mentors
    scope = np.arange(len(villages)) < 7 if focus else np.ones(len(villages), bool)
    mv = set(pool.village[scope[pool.village]].tolist())
    placed = df[df.village >= 0]
    with_prog = set(placed[placed.got != 0].village)
    known_v = set(placed[placed.known != 0].village)
    families_v = set(placed.village)
    p = rows_of(places)
    assert num(p["ada program dan pendamping"][0]) == len(with_prog & mv)
    assert num(p["ada program, tanpa pendamping"][0]) == len(with_prog - mv)
    assert num(p["ada pendamping, tanpa program"][0]) == len((known_v - with_prog) & mv)
    neither = (known_v - with_prog - mv) & (families_v | mv)
    assert num(p["tanpa program dan pendamping"][0]) == len(neither)


@pytest.mark.parametrize("seed", range(3))
def test_gap_table_equals_pandas(villages, seed):
    table = random_register(villages, seed)
    pool = mentor_pool(villages, seed)
    mask = table.desil <= 2
    m = MeetingTables(table, mask, "Desil 1-2", pool, "pendamping.csv", 6.0)
    (gap_section,) = m.sections("pendamping", rows="compact")

    df = frame(table, mask)
    need = df[df.village >= 0].village.value_counts().reindex(range(len(villages)), fill_value=0)
    centres = np.array([g.representative_point().coords[0] for g in villages.geoms])
    cap = pd.Series(
        [
            int(
                pool.capacity[
                    great_circle_km(pool.x, pool.y, np.full(len(pool), cx), np.full(len(pool), cy))
                    <= 6.0
                ].sum()
            )
            for cx, cy in centres
        ]
    )
    gap = (need - cap).clip(lower=0)
    expected = (
        pd.DataFrame({"need": need, "cap": cap, "gap": gap, "name": list(villages.names)})
        .query("gap > 0")
        .sort_values(["gap", "need"], ascending=False, kind="stable")
    )
    rows = gap_section.rows
    top = expected.head(4)
    assert [r[0] for r in rows[: len(top)]] == list(top.name)
    assert [tuple(num(v) for v in r[1:]) for r in rows[: len(top)]] == [
        (a, b, c) for a, b, c in zip(top.need, top.cap, top.gap)
    ]
    rest = expected.iloc[4:]
    if len(rest):
        assert rows[4] == (
            f"… dan {len(rest)} desa lainnya",
            f"{rest.need.sum():,}".replace(",", "."),
            "",
            f"{rest.gap.sum():,}".replace(",", "."),
        )
    total = rows[gap_section.bold_rows[0]]
    assert total[0] == f"Jumlah ({len(expected)} desa)"
    assert num(total[1]) == expected.need.sum() and num(total[3]) == expected.gap.sum()
    # what it counts: the filter, the reach, own coordinates against placed by rule
    notes = " ".join(gap_section.notes)
    placed = df[df.village >= 0]
    assert "Desil 1-2" in notes and "6 km" in notes and "6 KM" in gap_section.title
    assert f"{(~placed.approx).sum()} dengan koordinat sendiri" in notes
    assert f"{placed.approx.sum()} perkiraan di titik desanya" in notes
    assert f"{(df.village < 0).sum()} keluarga tanpa desa" in notes
    text = repr(m.sections("sinergi")) + repr(gap_section)
    assert "Rahasia" not in text and "RT0" not in text and "M1" not in text


def test_matching_totals_only_for_the_same_families(villages):
    table = random_register(villages, 4)
    pool = mentor_pool(villages, 4)
    mask = table.desil <= 3
    matching = match_families(table, pool, mask, MatchRules(max_km=6.0, competence="none"))
    m = MeetingTables(table, mask, "Desil 1-3", pool, "pendamping.csv", 6.0, matching)
    section = m.sections("pendamping")[-1]
    r = rows_of(section)
    res = matching.result
    codes = pd.Series(res.reason_codes())
    assert num(r["Keluarga dicocokkan"][0]) == mask.sum()
    assert num(r["Terdampingi"][0]) == (res.mentor >= 0).sum()
    assert (
        num(r["  di antaranya letak perkiraan"][0])
        == ((res.mentor >= 0) & table.approx[mask]).sum()
    )
    assert num(r["Tanpa pendamping"][0]) == (res.mentor < 0).sum()
    assert num(r["  kapasitas dalam jangkauan habis"][0]) == (codes == "capacity_exhausted").sum()
    assert "6 km" in section.notes[0] and "optimal" in section.notes[0]

    # on one page of a series only that page's families
    focus = np.arange(len(villages)) < 7
    section = m.sections("pendamping", focus)[-1]
    here = (table.village[mask] >= 0) & (table.village[mask] < 7)
    assert num(rows_of(section)["Terdampingi"][0]) == ((res.mentor >= 0) & here).sum()

    # a matching of other families is not printed as if it were this one's
    other = MeetingTables(table, table.desil <= 2, "Desil 1-2", pool, "", 6.0, matching)
    last = other.sections("pendamping")[-1]
    assert "keluarga lain" in last.rows[0][0] and "Terdampingi" not in rows_of(last)


def test_tables_available_only_with_their_data(villages):
    table = random_register(villages, 1)
    assert MeetingTables(table).available() == ("sinergi", "kombinasi")
    assert MeetingTables(table, pool=mentor_pool(villages, 1)).available() == (
        "sinergi",
        "kombinasi",
        "pendamping",
    )
    assert MeetingTables(table).sections("pendamping") == ()
    flt = HouseholdFilter(desil=(1,))
    m = MeetingTables(table, flt.mask(table), "Desil 1")
    # without a mentor pool there is no villages-and-mentors section
    assert [s.title for s in m.sections("sinergi")] == [
        "KELUARGA MENURUT JUMLAH PROGRAM",
        "KOMBINASI PROGRAM TERBANYAK",
    ]


def test_a_filter_that_keeps_no_family_prints_no_false_zeros(villages):
    table = random_register(villages, 2)
    pool = mentor_pool(villages, 2)
    m = MeetingTables(table, np.zeros(len(table), bool), "Desil 9", pool, "p.csv", 10.0)
    buckets, combos, places = m.sections("sinergi")
    r = rows_of(buckets)
    assert r["0 program"] == ("0", "–") and r["Jumlah diketahui"] == ("0", "–")
    assert combos.rows == (("tidak ada keluarga yang diketahui menerima program", ""),)
    (gap,) = m.sections("pendamping")
    assert gap.rows[0][0] == "Tidak ada desa yang kekurangan"
    assert "(0 keluarga)" in gap.notes[0]


def test_sheet_spec_refuses_unknown_tables():
    from gis.maps.sheet_layout import SheetSpec

    assert SheetSpec(tables=("sinergi", "pendamping")).tables == ("sinergi", "pendamping")
    with pytest.raises(ValueError):
        SheetSpec(tables=("venn",))


@pytest.mark.parametrize("seed", range(3))
def test_upset_chart_section_equals_pandas(villages, seed):
    table = random_register(villages, seed)
    mask = table.desil >= 2
    in_focus = np.arange(len(villages)) >= 5
    m = MeetingTables(table, mask, "Desil 2-5")
    (chart,) = m.sections("kombinasi", in_focus, rows="compact")
    sel = mask & (table.village >= 5)
    df = frame(table, sel)
    df = df[df.known != 0]
    counts = df[df.got != 0].got.value_counts()
    members = {
        frozenset(k for b, k in enumerate(KEYS) if v >> b & 1): int(c) for v, c in counts.items()
    }
    assert [n for _, n in chart.combos] == sorted(counts.values, reverse=True)[:4]
    for programs, n in chart.combos:
        assert members[frozenset(programs)] == n
    sizes = {k: int(((df.got // (1 << b)) % 2).sum()) for b, k in enumerate(KEYS[:5])}
    assert dict(zip(chart.programs, chart.set_sizes)) == sizes
    assert list(chart.set_sizes) == sorted(chart.set_sizes, reverse=True)
    # unknown receipt is stated, and the families left out are counted
    nothing = int((frame(table, sel).known == 0).sum())
    assert f"{nothing} keluarga tanpa keterangan program" in chart.notes[1]
    assert f"{counts.sum() - sum(n for _, n in chart.combos)} keluarga di kombinasi lain" in (
        chart.notes[1].replace(".", "")
    )


@pytest.mark.parametrize("size", [5.0, 5.5, 6.5, 7.0, 8.3])
def test_a_cell_sized_for_its_text_keeps_the_text_whole(size):
    from gis.maps.sheet_frame import text_width_mm
    from gis.maps.sheet_meeting import SAFE, _fit

    for n in (7, 89, 726, 1602, 1334, 12_345, 1_234_567):
        text = f"{n:,}".replace(",", ".")
        assert _fit(text, text_width_mm(text, size) / SAFE, size) == text
