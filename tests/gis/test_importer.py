"""Importing registers: a corpus of bad files the tests build themselves.

Each defect named in the foundation issue appears at least once, and each
test checks both sides: the bad row is reported with its row number and
reason, and the good rows around it are kept.
"""

import geopandas as gpd
import numpy as np
import openpyxl
import pytest
import shapely

from gis.model.importer import load_households

HEADER = "ID Keluarga P3KE;Kode Kemdagri;Desil Kesejahteraan;Nama;NIK;Penerima PKH;Penerima BPNT;Lintang;Bujur;PPKS"


def _write_csv(path, lines, encoding="cp1252"):
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


@pytest.fixture
def bad_csv(tmp_path):
    lines = [
        "DATA P3KE KEPULAUAN BANGKA BELITUNG;;;;;;;;;",
        "Dicetak: 2025-10-01;;;;;;;;;",
        HEADER,
        "K001;1901032001;1;Siti Aminah;3201015504890002;Ya;Tidak;-1,98;106,11;24",  # 4 good, women's NIK
        "K002;19.01.01.1001;2;José Núñez;3,20101E+15;Tidak;Ya;;;",  # 5 NIK damaged, cp1252 name
        "K003;1901032001;11;Ani;3201011504890001;Ya;Ya;;;",  # 6 desil out of range -> rejected
        ";1901032001;1;Tanpa ID;3201011504890004;Ya;Ya;;;",  # 7 no id -> rejected
        "K001;1901032001;1;Ganda;3201011504890005;Ya;Ya;;;",  # 8 duplicate id -> rejected
        "K004;2999999999;3;Kode Asing;3201011504890006;Tidak;Tidak;;;",  # 9 unknown village code
        "K005;1901010001;3;Kode BPS;3201011504890007;Tidak;Tidak;;;",  # 10 BPS-style code
        "K006;1901032001;4;Luar;3201011504890008;Tidak;Tidak;-6,2;120,5;",  # 11 outside the province
        "K007;1901032001;2;Tertukar;3201011504890009;Tidak;Tidak;106,11;-1,98;",  # 12 swapped lat/lon
        "K008;1905011008;1;Keranggan;3201013504890010;Tidak;Tidak;;;",  # 13 village without polygon, bad NIK day 35
        "K009;1901032001;5;Dobel NIK;3201015504890002;mungkin;Tidak;;;Keluarga Rentan",  # 14 dup NIK, bad flag, unmapped legacy PPKS
        "K010;;3;Tanpa kode;3201011504890011;Tidak;Tidak;-1,8576;106,1222;",  # 15 coords only -> by polygon
    ]
    return _write_csv(tmp_path / "p3ke_rusak.csv", lines)


def _problem(report, code):
    return sorted(r for r, c, k, v, rej in report.problem_rows() if k == code)


def test_bad_rows_reported_good_rows_kept(bad_csv, babel_villages):
    table, report = load_households(bad_csv, babel_villages)
    assert report.rows_read == 12
    assert report.reasons() == {"desil_out_of_range": 1, "no_id": 1, "duplicate_id": 1}
    assert report.rejected_rows.tolist() == [6, 7, 8]
    assert report.households == len(table) == 9
    assert set(table.hh_id) == {
        "K001",
        "K002",
        "K004",
        "K005",
        "K006",
        "K007",
        "K008",
        "K009",
        "K010",
    }
    assert _problem(report, "nik_scientific") == [5]
    assert _problem(report, "nik_invalid") == [13]
    assert _problem(report, "nik_duplicate") == [14]
    assert _problem(report, "flag_unreadable") == [14]
    assert _problem(report, "ppks_unknown") == [14]
    assert _problem(report, "village_code_unknown") == [9]
    assert report.unknown_village_codes == {"2999999999": 1}
    assert _problem(report, "village_code_bps") == [10]
    assert _problem(report, "coords_outside") == [11]
    assert _problem(report, "coords_swapped") == [12]
    assert _problem(report, "village_without_polygon") == [13]
    assert "José Núñez" in table.name.tolist()
    # damaged NIK is never repaired by guessing
    assert table.nik[table.hh_id.tolist().index("K002")] is None


def test_locations_follow_the_stated_rules(bad_csv, babel_villages):
    table, _ = load_households(bad_csv, babel_villages)
    v = table.villages
    by_id = {h: i for i, h in enumerate(table.hh_id)}
    # own coordinates kept, decimal comma read
    i = by_id["K001"]
    assert not table.approx[i] and abs(table.x[i] - 106.11) < 1e-9 and abs(table.y[i] + 1.98) < 1e-9
    # swapped coordinates put back
    i = by_id["K007"]
    assert abs(table.x[i] - 106.11) < 1e-9 and not table.approx[i]
    # outside the province: coordinates dropped, placed approximately in its coded village
    i = by_id["K006"]
    assert table.approx[i] and shapely.contains_xy(
        v.geoms[table.village[i]], table.x[i], table.y[i]
    )
    # no code, coordinates inside Sungailiat -> assigned by polygon
    i = by_id["K010"]
    assert v.names[table.village[i]] == "Sungailiat"
    # village without polygon kept, placed inside its kecamatan (Mentok)
    i = by_id["K008"]
    assert v.codes[table.village[i]] == "1905011008" and table.approx[i]
    # unknown code: kept, but without village or position
    i = by_id["K004"]
    assert table.village[i] == -1 and np.isnan(table.x[i])


def test_programs_and_ppks_bits(bad_csv, babel_villages):
    table, _ = load_households(bad_csv, babel_villages)
    i = table.hh_id.tolist().index("K001")
    assert table.programs[i] & table.program_bit("PKH")
    assert not table.programs[i] & table.program_bit("SEMBAKO")
    assert table.ppks[i] == 1 << 23


def test_problems_csv_written_masked_and_never_overwrites(bad_csv, babel_villages, tmp_path):
    _, report = load_households(bad_csv, babel_villages)
    out = report.write_problems(tmp_path / "masalah.csv")
    text = out.read_text(encoding="utf-8-sig")
    assert "baris,kolom,kode" in text.splitlines()[0]
    assert "3201015504890002" not in text  # NIK values masked
    assert "desil_out_of_range" in text
    with pytest.raises(FileExistsError):
        report.write_problems(tmp_path / "masalah.csv")


def test_xlsx_with_title_rows_and_float_nik(tmp_path, babel_villages):
    wb = openpyxl.Workbook()
    ws = wb.active
    for _ in range(12):
        ws.append(["LAPORAN P3KE"])
    ws.merge_cells("A1:F1")
    ws.append(
        [
            "ID Keluarga P3KE",
            "Kode Kemdagri",
            "Desil Kesejahteraan",
            "NIK",
            "Penerima PKH",
            "Persentil",
        ]
    )
    ws.append(["A1", "1901032001", 1, 3201011504890001.0, "Ya", 5])
    ws.append(["A2", "1901032002", 2, "3201011504890002", "Tidak", 12])
    wb.save(tmp_path / "p3ke.xlsx")
    table, report = load_households(tmp_path / "p3ke.xlsx", babel_villages)
    assert report.layout == "P3KE keluarga"
    assert len(table) == 2
    assert _problem(report, "nik_scientific") == [14]


def test_person_level_sheet_grouped_into_households(tmp_path, babel_villages):
    lines = [
        "ID Keluarga P3KE,ID Individu,Kode Kemendagri,Desil Kesejahteraan,Nama,NIK,Hubungan dengan Kepala Keluarga,Penerima PKH",
        "F1,P1,1901032001,1,Ahmad,3201011504890001,Kepala Keluarga,Tidak",
        "F1,P2,1901032001,1,Aminah,3201015504890002,Istri,Ya",
        "F1,P3,1901032001,1,Budi,3201011504100003,Anak,Tidak",
        "F2,P4,1901011001,3,Citra,3201015504890004,Kepala Keluarga,Tidak",
    ]
    table, report = load_households(
        _write_csv(tmp_path / "ind.csv", lines, "utf-8"), babel_villages
    )
    assert report.level == "individu" and report.rows_read == 4 and len(table) == 2
    i = table.hh_id.tolist().index("F1")
    assert table.members[i] == 3
    assert table.name[i] == "Ahmad"  # the head's name, not the first row's by accident
    assert table.programs[i] & table.program_bit("PKH")  # any member receiving counts


def test_region_names_only_sheet_matched_by_name(tmp_path, babel_villages):
    lines = [
        "ID DTKS,PROVINSI,KABUPATEN/KOTA,KECAMATAN,DESA/KELUARAHAN,NOMOR KK,NOMOR NIK,NAMA,HUBUNGAN KELUARGA",
        "1,KEPULAUAN BANGKA BELITUNG,BANGKA,MERAWANG,BATU RUSA,1901031504890001,1901031504890001,A,KEPALA KELUARGA",
        "2,KEPULAUAN BANGKA BELITUNG,BANGKA,MERAWANG,BATU RUSA,1901031504890001,1901035504890002,B,ISTRI",
        "3,KEPULAUAN BANGKA BELITUNG,BANGKA,ANTAH,BERANTAH,1901031504890003,1901031504890003,C,KEPALA KELUARGA",
    ]
    table, report = load_households(
        _write_csv(tmp_path / "dtks.csv", lines, "utf-8"), babel_villages
    )
    assert report.layout == "DTKS SIKS-NG" and len(table) == 2
    v = table.villages
    assert v.names[table.village[0]] == "Batu Rusa"
    assert table.village[1] == -1
    assert _problem(report, "village_name_unmatched") == [4]


@pytest.mark.filterwarnings("ignore::UserWarning", "ignore::RuntimeWarning")  # 10-char dbf names
def test_shapefile_without_prj_and_geopackage_layers(tmp_path, babel_villages):
    gdf = gpd.GeoDataFrame(
        {"id_keluarga": ["S1", "S2"], "kode_desa": ["1901032001", None], "desil": [1, 2]},
        geometry=[shapely.Point(106.11, -1.98), shapely.Point(106.1222, -1.8576)],
        crs=4326,
    )
    gdf.to_file(tmp_path / "rt.shp", engine="pyogrio")
    (tmp_path / "rt.prj").unlink()
    table, report = load_households(tmp_path / "rt.shp", babel_villages)
    assert len(table) == 2 and report.without_coordinates == 0
    # the shapefile truncated "id_keluarga" to "id_keluarg": still recognised as the id
    assert report.mapping["hh_id"] == "id_keluarg" and set(table.hh_id) == {"S1", "S2"}
    assert table.villages.names[table.village[1]] == "Sungailiat"


def test_cancel_leaves_nothing_half_done(bad_csv, babel_villages):
    from gis.errors import Cancelled

    with pytest.raises(Cancelled):
        load_households(bad_csv, babel_villages, cancelled=lambda: True)


def test_repeated_ids_placed_as_if_never_there(tmp_path, babel_villages):
    """Households are placed while ids are checked: a repeat must change nothing else."""
    code = str(babel_villages.codes[np.flatnonzero(babel_villages.has_polygon)[0]])
    rows = [f"K{i:03d};{code};{1 + i % 9};Nama {i};;Ya;Tidak;;;" for i in range(40)]
    rows.append("K777;2999999999;3;Kode Asing;;Tidak;Tidak;;;")  # unknown village
    with_repeats = rows[:10] + [rows[3].replace("Nama 3", "Ganda"), "K005;1901010001;2;X;;;;;;"]
    with_repeats += rows[10:]
    a, rep_a = load_households(
        _write_csv(tmp_path / "a.csv", [HEADER, *with_repeats]), babel_villages
    )
    b, rep_b = load_households(_write_csv(tmp_path / "b.csv", [HEADER, *rows]), babel_villages)
    assert list(a.hh_id) == list(b.hh_id)
    assert np.array_equal(a.x, b.x, equal_nan=True)
    assert np.array_equal(a.y, b.y, equal_nan=True)
    assert np.array_equal(a.village, b.village)
    codes_a = [c.code for c in rep_a.chunks]
    assert codes_a.count("duplicate_id") == 1
    assert codes_a.index("duplicate_id") < codes_a.index("village_code_unknown")
    # the repeated rows' own location problems are not reported: they were rejected
    assert [c.code for c in rep_b.chunks] == [c for c in codes_a if c != "duplicate_id"]
    assert rep_a.unknown_village_codes == rep_b.unknown_village_codes == {"2999999999": 1}
    assert rep_a.without_coordinates == rep_b.without_coordinates
    assert rep_a.notes == rep_b.notes


def test_arrow_text_import_equals_the_pandas_text_import(bad_csv, babel_villages, tmp_path):
    """The household import reads vector text as Arrow; the table is the same either way."""
    import pandas as pd

    from gis.io.readers import read_table
    from gis.model.importer import build_households

    frame = read_table(bad_csv).frame
    gdf = gpd.GeoDataFrame(frame.astype(object), geometry=[None] * len(frame), crs="EPSG:4326")
    path = tmp_path / "register.gpkg"
    gdf.to_file(path)
    tables = []
    for arrow_text in (False, True):
        raw = read_table(path, arrow_text=arrow_text)
        tables.append(build_households(raw, babel_villages))
    (a, ra), (b, rb) = tables
    assert ra.reasons() == rb.reasons()
    assert [(c.code, c.rows.tolist()) for c in ra.chunks] == [
        (c.code, c.rows.tolist()) for c in rb.chunks
    ]
    for name in ("village", "desil", "programs", "programs_known", "ppks", "ppks_known", "row"):
        assert np.array_equal(getattr(a, name), getattr(b, name)), name
    assert np.array_equal(a.x, b.x, equal_nan=True)
    assert list(pd.Series(a.hh_id)) == list(pd.Series(b.hh_id))


@pytest.mark.parametrize("columns", [False, True])
def test_building_twice_from_one_raw_table_gives_the_same_households(
    tmp_path, babel_villages, columns
):
    """The import dialog builds again from the table it previewed (another
    mapping): the raw table's coordinates must stay as read."""
    from gis.io.readers import read_table
    from gis.model.importer import build_households

    attrs = {
        "ID Keluarga P3KE": ["K1", "K2", "K3", "K4"],
        "Kode Kemdagri": ["1901032001"] * 4,
        "Desil Kesejahteraan": [1, 2, 3, 4],
    }
    if columns:  # swapped, outside the province, fine, missing
        attrs["Lintang"] = ["106,11", "-6,2", "-1,98", ""]
        attrs["Bujur"] = ["-1,98", "120,5", "106,11", ""]
    gdf = gpd.GeoDataFrame(
        attrs,
        # swapped, outside the province, none, none
        geometry=[shapely.Point(-1.98, 106.11), shapely.Point(120.5, -6.2), None, None],
        crs="EPSG:4326",
    )
    path = tmp_path / "dua_kali.gpkg"
    gdf.to_file(path)
    raw = read_table(path)
    x0, y0 = raw.x.copy(), raw.y.copy()
    first, _ = build_households(raw, babel_villages)
    second, _ = build_households(raw, babel_villages)
    np.testing.assert_array_equal(raw.x, x0)
    np.testing.assert_array_equal(raw.y, y0)
    np.testing.assert_array_equal(first.x, second.x)
    np.testing.assert_array_equal(first.y, second.y)
