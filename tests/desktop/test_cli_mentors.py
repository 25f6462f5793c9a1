"""``sasaran mentors check|match`` and ``sasaran referrals`` on the shipped demo province."""

import csv
import json

import pytest

from desktop.cli import main
from gis.demo.data import demo_paths
from gis.demo.mentors import write_demo_mentors
from gis.model.villages import read_villages

NIP = "198001012005011001"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    p = demo_paths()
    folder = tmp_path_factory.mktemp("pendamping")
    mentors = write_demo_mentors(folder / "pendamping.csv", read_villages(p["villages"]))
    return p, mentors


def test_check_words_the_report_and_masks_nip(tmp_path, capsys):
    path = tmp_path / "asn.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["nama", "nip", "opd", "kapasitas", "lon", "lat"])
        w.writerow(["Ani", NIP, "Dinas Sosial", "2", "106.1", "-2.1"])
        w.writerow(["Budi", NIP, "Dinas Sosial", "0", "106.1", "-2.1"])
    rejected = tmp_path / "masalah.csv"
    assert main(["mentors", "check", str(path), "--rejected", str(rejected)]) == 0
    out = capsys.readouterr().out
    assert "Laporan impor pendamping: asn.csv" in out
    assert "NIP ganda (baris pertama dipakai)" in out
    assert "Pendamping dipakai  : 1" in out
    assert NIP not in out and NIP not in rejected.read_text(encoding="utf-8-sig")
    assert main(["mentors", "check", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["reasons"] == {"mentor_duplicate_nip": 1}
    assert NIP not in json.dumps(data)


def test_match_prints_optimum_beside_naive_and_writes_ids_only(demo, tmp_path, capsys):
    p, mentors = demo
    out_csv = tmp_path / "penugasan.csv"
    argv = ["mentors", "match", "--households", str(p["households"])]
    argv += ["--villages", str(p["villages"]), "--mentors", str(mentors), "--psks", str(p["psks"])]
    argv += ["--desil", "1", "--max-km", "10", "--competence", "hard", "--out", str(out_csv)]
    assert main(argv + ["--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    s, o, n = data["solver"], data["optimised"], data["naive"]
    assert s["status"] == "OPTIMAL" and s["optimal"]
    assert o["assigned"] >= n["assigned"]
    if o["assigned"] == n["assigned"]:
        assert o["total_km"] <= n["total_km"] + 1e-6
    assigned = [a for a in data["assignments"] if a["id_pendamping"]]
    assert len(assigned) == o["assigned"]
    assert all(float(a["jarak_km"]) <= 10 for a in assigned)
    unassigned = [a for a in data["assignments"] if not a["id_pendamping"]]
    assert all(a["alasan_tanpa_pendamping"] for a in unassigned)
    assert sum(data["unassigned"].values()) == len(unassigned)
    assert sum(r["families"] for r in data["load_by_agency"]) == o["assigned"]
    header = out_csv.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("id_keluarga,id_pendamping,jarak_km")
    assert "nama" not in header and "nip" not in header
    # the file exists now: not overwritten without --overwrite
    assert main(argv) == 2
    assert "Galat" in capsys.readouterr().err
    assert main(argv + ["--overwrite"]) == 0
    out = capsys.readouterr().out
    assert "Pemecah: OR-Tools SimpleMinCostFlow, status optimal" in out
    assert "terdekat-berkapasitas" in out and "Tanpa pendamping, menurut alasan:" in out


def test_referrals_by_kecamatan(demo, tmp_path, capsys):
    p, mentors = demo
    argv = ["referrals", "--households", str(p["households"]), "--villages", str(p["villages"])]
    argv += ["--mentors", str(mentors), "--desil", "1-4", "--by", "kecamatan", "--json"]
    assert main(argv) == 0
    data = json.loads(capsys.readouterr().out)
    for key, c in data["programs"].items():
        assert sum(c.values()) == data["families"]
        assert sum(u["refer"][key] for u in data["by"]["units"]) == c["refer"]
    assert sum(data["synergy"]["programs_received"].values()) == data["families"]
    assert data["mentor_gap"]["families_needing"] == data["families"]
    xlsx = tmp_path / "sinergi.xlsx"
    assert main(argv[:-1] + ["--xlsx", str(xlsx)]) == 0
    out = capsys.readouterr().out
    assert "Rujukan program" in out and "Lembar sinergi ditulis: sinergi.xlsx" in out
    assert xlsx.exists()
    assert main(argv[:-1] + ["--xlsx", str(xlsx)]) == 2  # never over a file unasked


def test_referral_lists_masked_unless_asked_and_logged_with_names(
    demo, tmp_path, capsys, monkeypatch
):
    from openpyxl import load_workbook

    from gis.io.exportlog import read_log
    from gis.io.worksheets import RAHASIA
    from gis.model.importer import load_households

    p, _ = demo
    log = tmp_path / "log.jsonl"
    monkeypatch.setenv("SASARAN_EXPORT_LOG", str(log))
    table, _ = load_households(p["households"], read_villages(p["villages"]))
    code = str(table.villages.codes[int(table.village[table.desil == 1][0])])
    argv = ["referrals", "--households", str(p["households"]), "--villages", str(p["villages"])]
    argv += ["--desil", "1-2", "--village", code]
    masked = tmp_path / "rujukan.xlsx"
    assert main(argv + ["--lists", str(masked), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)["lists"]
    assert data["villages"] == [code] and data["rows"]["refer"] > 0 and not data["logged"]
    assert read_log(log) == []
    cells = {
        str(c.value) for ws in load_workbook(masked).worksheets for r in ws.iter_rows() for c in r
    }
    in_village = table.village == table.villages.lookup([code])[0]
    names = {str(n) for n in table.name[in_village]}
    addresses = {str(a) for a in table.address[in_village]}
    assert not cells & names and not cells & addresses and RAHASIA not in cells
    named = tmp_path / "rujukan_nama.xlsx"
    assert main(argv + ["--lists", str(named), "--with-names"]) == 0
    assert "RAHASIA), dicatat di log ekspor data pribadi" in capsys.readouterr().out
    wb = load_workbook(named)
    assert all(ws["A1"].value == RAHASIA for ws in wb.worksheets)
    cells = {str(c.value) for ws in wb.worksheets for r in ws.iter_rows() for c in r}
    assert cells & names
    (entry,) = read_log(log)
    assert entry["berkas"] == ["rujukan_nama.xlsx"] and entry["desa"] == [code]
    # an existing list is never overwritten unasked, and nothing more is logged
    before = named.read_bytes()
    assert main(argv + ["--lists", str(named), "--with-names"]) == 2
    assert "Galat" in capsys.readouterr().err
    assert named.read_bytes() == before and len(read_log(log)) == 1
    assert main(argv[:-1] + ["0000000000", "--lists", str(tmp_path / "x.xlsx")]) == 2
    assert "kode desa tidak ada di batas wilayah: 0000000000" in capsys.readouterr().err
    assert main(argv + ["--with-names"]) == 2  # --with-names means nothing without --lists


def test_match_on_a_travel_table_minimises_minutes_and_says_so(demo, tmp_path, capsys):
    import numpy as np

    from gis.model.importer import load_households
    from gis.model.mentors import load_mentors

    p, mentors = demo
    villages = read_villages(p["villages"])
    table, _ = load_households(p["households"], villages)
    pool, _ = load_mentors(mentors, villages)
    fam_v = np.unique(table.village[(table.desil == 1) & (table.village >= 0)])
    men_v = np.unique(pool.village[pool.village >= 0])
    rng = np.random.default_rng(3)
    minutes = {}
    path = tmp_path / "waktu.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["kode_desa_asal", "kode_desa_tujuan", "menit"])
        for a in fam_v.tolist():
            for b in men_v.tolist():
                if villages.kec_index[a] == villages.kec_index[b] and rng.random() < 0.8:
                    value = int(rng.integers(5, 90))
                    minutes[(str(villages.codes[a]), str(villages.codes[b]))] = value
                    w.writerow([villages.codes[a], villages.codes[b], value])
        w.writerow(["9999999999", villages.codes[0], "5"])  # an unknown code: reported
    argv = ["mentors", "match", "--households", str(p["households"])]
    argv += ["--villages", str(p["villages"]), "--mentors", str(mentors), "--desil", "1"]
    argv += ["--travel", str(path), "--max-minutes", "45", "--competence", "none"]
    assert main(argv + ["--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (
        data["unit"] == "menit" and "waktu tempuh (menit) dari tabel waktu.csv" in data["distance"]
    )
    assert data["rules"]["max_minutes"] == 45 and data["solver"]["optimal"]
    assert data["travel_table"]["problems"] == {"travel_unknown_code": 1}
    o, n = data["optimised"], data["naive"]
    assert o["assigned"] >= n["assigned"] > 0
    if o["assigned"] == n["assigned"]:
        assert o["total_minutes"] <= n["total_minutes"]
    hh_village = dict(zip(map(str, table.hh_id.tolist()), table.village.tolist()))
    men_village = dict(zip(map(str, pool.mentor_id.tolist()), pool.village.tolist()))
    assigned = [a for a in data["assignments"] if a["id_pendamping"]]
    assert len(assigned) == o["assigned"]
    for a in assigned:
        pair = (
            str(villages.codes[hh_village[a["id_keluarga"]]]),
            str(villages.codes[men_village[a["id_pendamping"]]]),
        )
        assert float(a["waktu_tempuh_menit"]) == minutes[pair] <= 45
    assert abs(sum(float(a["waktu_tempuh_menit"]) for a in assigned) - o["total_minutes"]) < 1e-6
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "Jarak: waktu tempuh (menit) dari tabel waktu.csv" in out
    assert "total waktu (menit)" in out and "kode desa tidak ada di batas wilayah" in out
    bad = tmp_path / "salah.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(argv[:-6] + ["--travel", str(bad)]) == 2
    assert "Tabel perjalanan salah.csv harus punya kolom" in capsys.readouterr().err
    assert main(argv[:-6]) == 0
    assert "Jarak: jarak garis lurus (km)" in capsys.readouterr().out


def test_referrals_per_zone_state_families_counted_twice(demo, tmp_path, capsys):
    import shapely

    from gis.model.zonefile import write_zones
    from gis.model.zones import Zone

    p, _mentors = demo
    v = read_villages(p["villages"])
    minx, miny, maxx, maxy = v.province_bounds()
    midx = (minx + maxx) / 2
    west = Zone("z1", "Barat", shapely.box(minx, miny, midx + 0.1, maxy))
    east = Zone("z2", "Timur", shapely.box(midx - 0.1, miny, maxx, maxy))
    zones = write_zones([west, east], tmp_path / "zona.geojson")
    argv = ["referrals", "--households", str(p["households"]), "--villages", str(p["villages"])]
    argv += ["--desil", "1-2", "--zones", str(zones), "--json"]
    assert main(argv) == 0
    data = json.loads(capsys.readouterr().out)
    rows = data["zones"]["rows"]
    assert [r["zone"] for r in rows] == ["Barat", "Timur"]
    twice = rows[0]["also_in_other_zone"]
    assert twice > 0 and rows[1]["also_in_other_zone"] == twice
    distinct = rows[0]["families"] + rows[1]["families"] - twice
    assert f"= {distinct} keluarga berbeda" in data["zones"]["note"]
    for r in rows:
        assert sum(r["received"].values()) == r["families"]
    xlsx = tmp_path / "sinergi.xlsx"
    assert main(argv[:-1] + ["--xlsx", str(xlsx)]) == 0
    assert "Per zona" in capsys.readouterr().out
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx, read_only=True)["Per zona"]
    values = [row for row in sheet.iter_rows(values_only=True)]
    assert any(r and r[0] == "= keluarga berbeda" and r[1] == distinct for r in values)
