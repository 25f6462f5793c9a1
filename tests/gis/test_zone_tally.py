"""Zone counts that add up and say where they are soft, checked independently.

A register is written on the real Bangka Belitung boundaries: households
with own coordinates, households with a village code only (placed by rule
inside their village), and households whose village code is unknown. The
expected figures are computed here with geopandas and plain numpy, not with
the product's zone machinery.
"""

import geopandas as gpd
import numpy as np
import openpyxl
import pandas as pd
import pytest
import shapely

from gis.io.report import PLACE_APPROXIMATE, PLACE_OWN, PLACE_UNPLACED, place_counts
from gis.model.importer import load_households
from gis.model.zone_tally import count_zones, total_line, zone_line
from gis.model.zones import Zone, ZoneMasks, circle_zone
from gis.numbers import format_number
from gis.plan.allocation import allocate
from gis.plan.budget_export import scenario_budget_sheets, write_xlsx
from gis.plan.programs import default_programs
from gis.plan.scenario import Scenario

UNKNOWN_CODES = ("3171011001", "3273022005")  # Jakarta / Bandung: not in Bangka Belitung


def _points_inside(geoms, rng) -> np.ndarray:
    """One random point inside each polygon (rejection sampling in its box)."""
    out = np.empty(len(geoms), dtype=object)
    todo = np.arange(len(geoms))
    b = shapely.bounds(geoms)
    while len(todo):
        x = b[todo, 0] + rng.random(len(todo)) * (b[todo, 2] - b[todo, 0])
        y = b[todo, 1] + rng.random(len(todo)) * (b[todo, 3] - b[todo, 1])
        ok = shapely.contains_xy(geoms[todo], x, y)
        out[todo[ok]] = shapely.points(x[ok], y[ok])
        todo = todo[~ok]
    return out


@pytest.fixture(scope="module")
def register(tmp_path_factory, babel_villages):
    """6,000 households on Pangkalpinang and around: own coordinates, code only, unknown code."""
    rng = np.random.default_rng(7)
    v = babel_villages
    near = np.flatnonzero(
        (np.abs(shapely.get_x(shapely.centroid(v.geoms)) - 106.12) < 0.25)
        & (np.abs(shapely.get_y(shapely.centroid(v.geoms)) + 2.13) < 0.25)
    )
    n = 6000
    vid = near[rng.integers(0, len(near), n)]
    kind = rng.choice(["own", "code", "unknown"], n, p=[0.45, 0.5, 0.05])
    pts = _points_inside(v.geoms[vid], rng)
    codes = np.where(kind == "unknown", rng.choice(UNKNOWN_CODES, n), v.codes[vid])
    df = pd.DataFrame(
        {
            "id_keluarga": [f"H{i:05d}" for i in range(n)],
            "kode_desa": np.where(kind == "own", None, codes),
            "desil": rng.integers(1, 11, n),
            "jumlah_anggota": rng.integers(1, 8, n),
            "penerima_pkh": np.where(rng.random(n) < 0.3, "Ya", "Tidak"),
        }
    )
    geom = [p if k == "own" else None for k, p in zip(kind, pts)]
    gdf = gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geom, crs=4326))
    path = tmp_path_factory.mktemp("zona") / "rt.gpkg"
    gdf.to_file(path, layer="rumah_tangga", engine="pyogrio")
    table, report = load_households(path, v)
    return table, report, kind


def _expected_mask(table, zone) -> np.ndarray:
    if zone.geometry is None:
        return np.isin(table.village, table.villages.lookup(list(zone.villages)))
    pts = gpd.GeoSeries(gpd.points_from_xy(table.x, table.y), crs=4326)
    return pts.within(zone.geometry).to_numpy()


def _overlapping_zone_sets(table):
    """Several sets of zones, each with at least one overlap: circles and a village set."""
    v = table.villages
    sets = []
    for lon, lat, r1, dx, r2 in [
        (106.11, -2.13, 6.0, 0.05, 5.0),
        (106.15, -2.10, 4.0, 0.03, 8.0),
        (106.08, -2.16, 9.0, -0.08, 6.0),
    ]:
        a = circle_zone("a", "Lingkar A", lon, lat, r1)
        b = circle_zone("b", "Lingkar B", lon + dx, lat, r2)
        inside = shapely.intersects(v.geoms, b.geometry) & v.has_polygon
        c = Zone("c", "Desa pilihan", villages=tuple(v.codes[inside][:6]))
        sets.append([a, b, c])
    return sets


def test_overlapping_zones_total_row_explains_the_difference(register):
    table, _, _ = register
    for zones in _overlapping_zone_sets(table):
        base = table.desil <= 6  # a filter, as the planner has one
        counts = count_zones(table, zones, ZoneMasks(table), base)
        expected = [_expected_mask(table, z) & base for z in zones]
        cover = np.sum(expected, axis=0)
        for z, c, m in zip(zones, counts.zones, expected):
            assert c.zone_id == z.zone_id
            assert c.total == m.sum()
            assert c.approximate == (m & table.approx).sum()
            assert c.own == (m & ~table.approx).sum()
            assert c.shared == (m & (cover > 1)).sum()
            assert c.approximate > 0 and c.own > 0
        distinct = int((cover > 0).sum())
        assert counts.zone_sum == sum(int(m.sum()) for m in expected)
        assert counts.distinct == distinct
        assert counts.zone_sum != distinct  # the overlap is there ...
        assert counts.zone_sum - counts.counted_again == distinct  # ... and accounted for
        assert counts.in_several == int((cover > 1).sum())
        assert counts.distinct_own + counts.distinct_approximate == distinct
        text = total_line(counts)
        assert (
            f"{format_number(counts.zone_sum)} RT − {format_number(counts.counted_again)} "
            "hitungan ganda" in text
        )
        assert f"= {format_number(distinct)} RT berbeda" in text


def test_xlsx_per_zona_sheet_shows_the_overlap_and_the_arithmetic(register, tmp_path):
    table, _, _ = register
    for i, zones in enumerate(_overlapping_zone_sets(table)):
        s = Scenario(name=f"Uji {i}", programs=default_programs())
        for z in zones:
            s.add_zone(z, ("PKH",))
        alloc = allocate(table, s)
        counts = count_zones(table, zones)
        path = write_xlsx(scenario_budget_sheets(s, alloc), tmp_path / f"anggaran{i}.xlsx")
        ws = openpyxl.load_workbook(path)["Per zona"]
        rows = [[c.value for c in r] for r in ws.iter_rows()]
        head = rows[0]
        col = {label: j for j, label in enumerate(head)}
        for label in ("RT berkoordinat sendiri", "RT letak perkiraan", "dihitung di zona lain"):
            assert label in col
        # own coordinates lead, approximate apart
        assert col["RT berkoordinat sendiri"] < col["RT letak perkiraan"] < col["RT di zona"]
        by_name = {r[1]: r for r in rows[1:]}
        for c in counts.zones:
            r = by_name[c.name]
            assert r[col["RT berkoordinat sendiri"]] == c.own
            assert r[col["RT letak perkiraan"]] == c.approximate
            assert r[col["RT di zona"]] == c.total
            assert r[col["dihitung di zona lain"]] == c.shared
        zone_rows = [by_name[c.name][col["RT di zona"]] for c in counts.zones]
        assert by_name["Jumlah baris zona"][col["RT di zona"]] == sum(zone_rows)
        again = by_name["− dihitung lebih dari sekali"][col["RT di zona"]]
        total = by_name["JUMLAH RT berbeda"]
        assert sum(zone_rows) - again == total[col["RT di zona"]] == counts.distinct
        assert total[col["Catatan"]] == total_line(counts)
        assert total[col["RT terjangkau"]] == alloc.summary["households_reached"]


def test_rectangle_over_half_a_village_states_the_split(register):
    table, _, _ = register
    v = table.villages
    approx_per_village = np.bincount(table.village[table.approx], minlength=len(v))
    candidates = np.flatnonzero(approx_per_village >= 20)[:6]
    assert len(candidates) >= 3
    geoms = gpd.GeoSeries(v.geoms)  # area shares only: degrees are fine
    for vi in candidates:
        minx, miny, maxx, maxy = v.bounds[vi]
        for frac in (0.3, 0.5, 0.7):
            rect = shapely.box(
                minx - 0.001, miny - 0.001, minx + frac * (maxx - minx), maxy + 0.001
            )
            zone = Zone("r", "Persegi", rect)
            c = count_zones(table, [zone]).zones[0]
            inside = _expected_mask(table, zone)
            # approximate households are a separate number from the own-coordinate ones
            assert c.approximate == (inside & table.approx).sum()
            assert c.own == (inside & ~table.approx).sum()
            # the split: villages the rectangle only partly covers (area share, by geopandas)
            share = (geoms.intersection(rect).area / geoms.area).fillna(0).to_numpy()
            split = np.flatnonzero((share > 1e-3) & (share < 1 - 1e-3))
            assert vi in split
            soft = np.isin(table.village, split) & table.approx
            assert c.split_approximate == soft.sum() > 0
            assert c.split_villages == len(np.unique(table.village[soft]))
            assert c.split_inside == (soft & inside).sum()
            assert 0 < c.split_inside < c.split_approximate  # half in, half out, by rule
            text = zone_line(c)
            assert f"{format_number(c.own)} RT berkoordinat sendiri" in text
            assert f"{format_number(c.approximate)} RT letak perkiraan" in text
            assert (
                f"membelah {format_number(c.split_approximate)} RT perkiraan di "
                f"{format_number(c.split_villages)} desa" in text
            )


def test_village_zones_and_whole_villages_split_nothing(register):
    table, _, _ = register
    v = table.villages
    vi = np.flatnonzero(np.bincount(table.village[table.approx], minlength=len(v)) >= 20)[:3]
    whole = Zone("w", "Desa", villages=tuple(v.codes[vi]))
    cover = Zone("p", "Menutup", shapely.box(*shapely.total_bounds(v.geoms[vi])).buffer(0.01))
    counts = count_zones(table, [whole, cover])
    assert counts.zones[0].split_approximate == 0
    # the box covers the three villages whole; it only cuts villages around them
    split = ZoneMasks(table).split_villages(cover)
    assert not set(vi.tolist()) & set(split.tolist())
    assert "membelah" not in zone_line(counts.zones[0])


def test_place_counts_add_up_and_name_the_unknown_codes(register):
    table, report, kind = register
    p = place_counts(table.x, table.approx)
    assert p == report.places
    assert p.total == len(table) == report.households
    assert p.own == (kind == "own").sum()
    assert p.unplaced == (kind == "unknown").sum() == sum(report.unknown_village_codes.values())
    assert p.approximate == (kind == "code").sum()
    assert [label for label, _ in p.rows()] == [PLACE_OWN, PLACE_APPROXIMATE, PLACE_UNPLACED]
    assert report.to_dict()["unplaced"] == p.unplaced
