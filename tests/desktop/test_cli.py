"""The headless ``sasaran`` subcommands, run through ``desktop.cli.main``."""

import json

import pytest

from desktop.cli import main


def _json(capsys, argv):
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_demo_writes_and_refuses_to_overwrite(tmp_path, capsys):
    assert main(["demo", "--out", str(tmp_path), "--households", "3000", "--villages", "120"]) == 0
    out = capsys.readouterr().out
    assert "sintetis" in out
    assert {p.name for p in tmp_path.glob("*.gpkg")} == {
        "wilayah_demo.gpkg",
        "rumah_tangga_demo.gpkg",
        "psks_demo.gpkg",
    }
    assert main(["demo", "--out", str(tmp_path), "--households", "3000", "--villages", "120"]) == 2
    assert "tidak ditimpa" in capsys.readouterr().err


def test_check_json_has_the_promised_keys(demo_paths, capsys):
    data = _json(
        capsys,
        ["check", str(demo_paths.households), "--villages", str(demo_paths.villages), "--json"],
    )
    for key in (
        "rows_read",
        "households",
        "rejected",
        "reasons",
        "mapping",
        "unmapped",
        "without_coordinates",
        "unknown_village_codes",
    ):
        assert key in data
    assert data["rows_read"] == data["households"] == 8000
    assert data["rejected"] == 0 and data["unknown_village_codes"] == {}
    assert 0.4 < data["without_coordinates"] / data["households"] < 0.6
    assert data["mapping"]["village_code"] == "kode_desa"


def test_check_bad_file_text_and_rejected_rows(tmp_path, babel_gpkg, capsys):
    src = tmp_path / "rt.csv"
    src.write_text(
        "ID Keluarga P3KE,Kode Kemdagri,Desil Kesejahteraan,NIK\n"
        "A,1901032001,1,3201011504890001\n"
        "B,1901032001,12,3.2E+15\n"
        "C,1901012999,2,\n",
        encoding="utf-8",
    )
    rejected = tmp_path / "ditolak.csv"
    assert (
        main(["check", str(src), "--villages", str(babel_gpkg), "--rejected", str(rejected)]) == 0
    )
    out = capsys.readouterr().out
    assert "Baris ditolak       : 1" in out
    assert "Desil bukan angka 1-10" in out
    assert "1901012999" in out
    lines = rejected.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].startswith("3,Desil Kesejahteraan,desil_out_of_range")
    # never overwrite what the user owns
    assert (
        main(["check", str(src), "--villages", str(babel_gpkg), "--rejected", str(rejected)]) == 2
    )


def test_check_without_boundaries_still_reports(tmp_path, capsys):
    src = tmp_path / "rt.csv"
    src.write_text(
        "id_keluarga,kode_desa,desil\nA,1901032001,1\nB,1901032001,0\n", encoding="utf-8"
    )
    data = _json(capsys, ["check", str(src), "--json"])
    assert data["households"] == 1 and data["reasons"] == {"desil_out_of_range": 1}
    assert data["unknown_village_codes"] == {"1901032001": 1}


def test_check_real_layout_header(layouts_dir, capsys):
    data = _json(
        capsys, ["check", str(layouts_dir / "p3ke_keluarga_kemenko_pmk_header.csv"), "--json"]
    )
    assert data["rows_read"] == 0 and data["layout"] == "P3KE keluarga"


def test_check_missing_file_message(tmp_path, capsys):
    assert main(["check", str(tmp_path / "tidak_ada.csv")]) == 2
    assert "tidak ditemukan" in capsys.readouterr().err


def test_stats_with_zone_and_units(demo_paths, tmp_path, capsys):
    zone = tmp_path / "zona.geojson"
    from gis.model.villages import read_villages

    v = read_villages(demo_paths.villages)
    minx, miny, maxx, maxy = v.province_bounds(0)
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    ring = [
        [cx - 0.3, cy - 0.3],
        [cx + 0.3, cy - 0.3],
        [cx + 0.3, cy + 0.3],
        [cx - 0.3, cy + 0.3],
        [cx - 0.3, cy - 0.3],
    ]
    zone.write_text(
        json.dumps(
            {
                "type": "Feature",
                "properties": {"name": "Pusat"},
                "geometry": {"type": "Polygon", "coordinates": [ring]},
            }
        )
    )
    argv = [
        "stats",
        "--households",
        str(demo_paths.households),
        "--villages",
        str(demo_paths.villages),
    ]
    argv += [
        "--psks",
        str(demo_paths.psks),
        "--desil",
        "1-4",
        "--zone",
        str(zone),
        "--by",
        "kecamatan",
        "--json",
    ]
    data = _json(capsys, argv)
    area = data["area"]
    assert sum(area["by_desil"][str(d)] for d in range(5, 11)) == 0
    z = data["zones"][0]
    assert z["name"] == "Pusat" and z["households"] > 0
    assert z["own_coordinates"] + z["approximate"] == z["households"]
    assert sum(u["households"] for u in data["by"]["units"]) == z["households"]
    assert area["psks_per_1000_desil_1_4"] > 0


def test_stats_on_real_boundaries_without_layer_name(babel_gpkg, tmp_path, capsys):
    src = tmp_path / "rt.csv"
    src.write_text(
        "id_keluarga,kode_desa,desil,jumlah_anggota,penerima_pkh\n"
        "1,1901032001,1,4,Ya\n2,1901032001,2,3,Tidak\n3,1971011001,1,5,Tidak\n",
        encoding="utf-8",
    )
    data = _json(
        capsys,
        [
            "stats",
            "--households",
            str(src),
            "--villages",
            str(babel_gpkg),
            "--lacks",
            "PKH",
            "--by",
            "kabupaten",
            "--json",
        ],
    )
    assert data["area"]["households"] == 2 and data["area"]["persons"] == 8
    by = {u["code"]: u["households"] for u in data["by"]["units"]}
    assert by["1901"] == 1 and by["1971"] == 1


@pytest.mark.slow
def test_bench_runs_small(tmp_path, capsys):
    rows = _json(
        capsys,
        [
            "bench",
            "--households",
            "20000",
            "--villages",
            "150",
            "--repeat",
            "1",
            "--workdir",
            str(tmp_path),
            "--json",
        ],
    )
    names = " ".join(r["name"] for r in rows)
    assert "baca + validasi" in names and "filter" in names and "zona" in names
    # the interface rows come from a second process, with Qt
    for part in ("peta tergambar ulang", "mulai sampai siap", "lembar A3 ke PDF", "peta web"):
        assert part in names, part
    for r in rows:
        assert r["value"] > 0
        if r["lower_bound"]:
            assert r["ratio"] == pytest.approx(r["value"] / r["lower_bound"], rel=0.05)
