"""The command line states zone overlaps, approximate households and place counts."""

import json

import numpy as np
import pytest

from desktop.cli import main
from gis.io.report import PLACE_APPROXIMATE, PLACE_OWN, PLACE_UNPLACED, place_counts
from gis.model.importer import load_households
from gis.model.villages import read_villages
from gis.model.zone_tally import count_zones, total_line
from gis.model.zonefile import read_zones
from gis.model.zones import ZoneMasks
from gis.numbers import format_number
from gis.plan.scenario import Scenario, save_scenario


def _box(cx, cy, half):
    return [
        [cx - half, cy - half],
        [cx + half, cy - half],
        [cx + half, cy + half],
        [cx - half, cy + half],
        [cx - half, cy - half],
    ]


@pytest.fixture(scope="module")
def demo(demo_paths):
    v = read_villages(demo_paths.villages)
    table, _ = load_households(demo_paths.households, v)
    return v, table


@pytest.mark.parametrize("shift", [0.05, 0.15, 0.3])  # 0.3: the boxes no longer overlap
def test_stats_zone_states_overlap_and_approximate(demo, demo_paths, tmp_path, capsys, shift):
    v, table = demo
    minx, miny, maxx, maxy = v.province_bounds(0)
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    path = tmp_path / "zona.geojson"
    feats = [
        {
            "type": "Feature",
            "properties": {"name": name},
            "geometry": {"type": "Polygon", "coordinates": [_box(x, cy, 0.2)]},
        }
        for name, x in (("Barat", cx - shift), ("Timur", cx + shift))
    ]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": feats}))
    zones = read_zones(path)
    base = np.isin(table.desil, (1, 2, 3, 4))
    expected = count_zones(table, zones, ZoneMasks(table), base)
    assert (expected.zone_sum != expected.distinct) == (shift < 0.2)
    argv = ["stats", "--households", str(demo_paths.households)]
    argv += ["--villages", str(demo_paths.villages), "--desil", "1-4", "--zone", str(path)]
    assert main(argv) == 0
    out = capsys.readouterr().out
    for c in expected.zones:
        assert f"{format_number(c.own)} RT berkoordinat sendiri" in out
        assert f"{format_number(c.approximate)} RT letak perkiraan" in out
        assert f"{format_number(c.shared)} RT dihitung di zona lain juga" in out
    assert f"\n{total_line(expected)}\n" in out
    if shift < 0.2:
        assert "hitungan ganda" in out
    else:
        assert "zona tidak tumpang tindih" in out
    data = json.loads(main(argv + ["--json"]) == 0 and capsys.readouterr().out)
    t = data["zones_total"]
    assert t["zone_sum"] - t["counted_again"] == t["distinct"] == expected.distinct
    assert [z["count"]["shared"] for z in data["zones"]] == [c.shared for c in expected.zones]


def test_scenario_evaluate_states_overlap(demo, demo_paths, tmp_path, capsys):
    from gis.model.zones import Zone, circle_zone
    from gis.plan.programs import default_programs

    v, table = demo
    kec = v.kec_codes[0]
    members = np.flatnonzero(v.codes.astype("U6") == kec)
    b = v.bounds[members]
    lon, lat = float(np.nanmean(b[:, [0, 2]])), float(np.nanmean(b[:, [1, 3]]))
    s = Scenario(name="Tumpang tindih", programs=default_programs())
    s.add_zone(Zone("a", "Kecamatan", villages=tuple(v.codes[members])), ("PKH",))
    s.add_zone(circle_zone("b", "Lingkar", lon, lat, 8.0), ("SEMBAKO",))
    path = save_scenario(s, tmp_path / "uji.skenario.json")
    expected = count_zones(table, s.zones)
    assert expected.counted_again > 0
    argv = ["scenario", "evaluate", str(path), "--households", str(demo_paths.households)]
    argv += ["--villages", str(demo_paths.villages)]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert f"    {total_line(expected)}\n" in out
    c = expected.zones[1]
    assert f"{format_number(c.approximate)} RT letak perkiraan" in out
    if c.split_approximate:
        assert f"membelah {format_number(c.split_approximate)} RT perkiraan" in out


@pytest.mark.parametrize("unknown", [1, 4])
def test_check_counts_places_like_step_one(demo, demo_paths, tmp_path, capsys, unknown):
    v, _ = demo
    src = tmp_path / "rt.csv"
    lines = ["id_keluarga,kode_desa,desil,lintang,bujur"]
    p = v.geoms[0].representative_point()
    for i in range(12):
        code = f"31710110{i:02d}" if i < unknown else str(v.codes[i % 5])
        lat, lon = (f"{p.y:.6f}", f"{p.x:.6f}") if unknown <= i < unknown + 3 else ("", "")
        lines.append(f"K{i},{code},{1 + i % 9},{lat},{lon}")
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["check", str(src), "--villages", str(demo_paths.villages)]) == 0
    out = capsys.readouterr().out
    table, report = load_households(src, v)
    places = place_counts(table.x, table.approx)
    assert places.unplaced == unknown and places.own == 3 and places.total == 12
    for label, n in ((PLACE_OWN, 3), (PLACE_APPROXIMATE, 12 - 3 - unknown)):
        assert f"{format_number(n):>9}  {label}" in out
    assert f"{format_number(unknown):>9}  {PLACE_UNPLACED}" in out
    assert "ditempatkan perkiraan:" not in out
