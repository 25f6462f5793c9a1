"""Import dialog and hostile files: worded messages, boundary counts, no English, no point talk."""

from __future__ import annotations

import csv
import re

import geopandas as gpd
import openpyxl
import pytest
import shapely

from widgets.panels.import_dialog import ImportDialog

ENGLISH = re.compile(
    r"\b(boundary|features?|skipped|merged|header|found|assumed|sheet|layer|"
    r"representative|points?|duplicate|without|invalid|used)\b",
    re.IGNORECASE,
)


def _dialog(qtbot, ws, kind):
    dialog = ImportDialog(ws, kind)
    qtbot.addWidget(dialog)
    return dialog


def _preview(qtbot, dialog, path):
    job = dialog.load_file(str(path))
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    return job


def _import(qtbot, dialog):
    job = dialog.run_import()
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    return job


def test_boundary_report_counts_dropped_and_repaired_features_in_indonesian(qtbot, ws, tmp_path):
    bowtie = shapely.Polygon([(106, -2), (106.1, -2.1), (106.1, -2), (106, -2.1)])
    path = tmp_path / "batas.geojson"
    gpd.GeoDataFrame(
        {
            "kode_desa": ["1901032001", "1901032002", "bukan kode", "1901032001", "1901032003"],
            "nama_desa": ["A", "B", "C", "A2", "D"],
        },
        geometry=[
            shapely.box(106.0, -2.0, 106.1, -1.9),
            bowtie,
            shapely.box(106.2, -2.0, 106.3, -1.9),
            shapely.box(106.1, -2.0, 106.2, -1.9),
            None,
        ],
        crs=4326,
    ).to_file(path, engine="pyogrio")
    dialog = _dialog(qtbot, ws, "boundaries")
    _preview(qtbot, dialog, path)
    assert dialog.raw is not None
    notes = dialog.preview_notes.text()
    assert "bukan titik" not in notes and "titik wakil" not in notes

    _import(qtbot, dialog)
    text = dialog.report_view.toPlainText()
    assert "3 desa/kelurahan" in text
    assert "1 fitur batas tanpa kode desa 10 digit yang valid dilewati." in text
    assert "1 fitur batas dengan kode desa ganda digabung ke fitur pertama." in text
    assert "1 poligon desa tidak valid diperbaiki." in text
    assert "1 fitur batas tanpa geometri: desanya dimuat tanpa poligon." in text
    assert "bukan titik" not in text
    assert not ENGLISH.search(text), text


def _points(tmp_path):
    path = tmp_path / "titik.gpkg"
    gpd.GeoDataFrame(
        {"kode_desa": ["1901032001", "1901032002"]},
        geometry=[shapely.Point(106.0, -2.0), shapely.Point(106.1, -2.0)],
        crs=4326,
    ).to_file(path, engine="pyogrio")
    return path, ("titik.gpkg", "bukan poligon desa")


def _csv(tmp_path):
    path = tmp_path / "desa.csv"
    path.write_text("kode_desa,nama_desa\n1901032001,A\n1901032002,B\n", encoding="utf-8")
    return path, ("desa.csv", "bukan berkas batas wilayah")


def _metres(tmp_path):
    path = tmp_path / "desa_utm.shp"
    gdf = gpd.GeoDataFrame(
        {"kode_desa": ["1901032001"]}, geometry=[shapely.box(106.0, -2.0, 106.1, -1.9)], crs=4326
    )
    with pytest.warns(UserWarning):
        gdf.to_crs(32748).set_crs(None, allow_override=True).to_file(path, engine="pyogrio")
    return path, ("desa_utm.shp", "bukan derajat")


def _no_dbf(tmp_path):
    path = tmp_path / "desa.shp"
    gpd.GeoDataFrame(
        {"kode_desa": ["1901032001"]}, geometry=[shapely.box(106.0, -2.0, 106.1, -1.9)], crs=4326
    ).to_file(path, engine="pyogrio")
    (tmp_path / "desa.dbf").unlink()
    return path, ("desa.shp", ".dbf")


@pytest.mark.parametrize("make", [_points, _csv, _metres, _no_dbf])
def test_files_that_are_no_boundaries_get_a_worded_message(qtbot, ws, tmp_path, make):
    path, words = make(tmp_path)
    dialog = _dialog(qtbot, ws, "boundaries")
    _preview(qtbot, dialog, path)
    if dialog.raw is not None:  # the preview may read it; loading as boundaries must refuse
        _import(qtbot, dialog)
    status = dialog.status.text()
    for word in words:
        assert word in status, status
    assert str(tmp_path) not in status
    assert dialog.result is None and not dialog.apply_button.isEnabled()
    assert "bukan titik" not in dialog.preview_notes.text()


def test_register_behind_a_cover_sheet_is_previewed_and_reported(qtbot, ws, tmp_path):
    codes = [str(c) for c in ws.villages.codes[:2]]
    path = tmp_path / "bansos.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Sampul"
    wb.active["A1"] = "DATA PENERIMA BANTUAN SOSIAL 2025"
    wb.active["A3"] = "Dinas Sosial"
    data = wb.create_sheet("Data KPM")
    data.append(["ID Keluarga", "Kode Desa", "Desil", "Penerima PKH"])
    for i in range(12):
        data.append([f"K-{i}", codes[i % 2], 1 + i % 4, "Ya" if i < 5 else "Tidak"])
    wb.save(path)
    dialog = _dialog(qtbot, ws, "households")
    _preview(qtbot, dialog, path)
    assert dialog.raw is not None and len(dialog.raw) == 12
    assert dialog.layer_combo.currentData() == "Data KPM"
    assert 'lembar "Data KPM"' in dialog.preview_notes.text()
    _import(qtbot, dialog)
    assert dialog.report.households == 12
    text = dialog.report_view.toPlainText()
    assert 'Data dibaca dari lembar "Data KPM" (lembar lain: Sampul).' in text


def test_household_report_notes_are_worded_not_english(qtbot, ws, tmp_path):
    codes = [str(c) for c in ws.villages.codes[:2]]
    path = tmp_path / "register.csv"
    rows = [
        ["DATA KELUARGA 2025"],
        [],
        ["ID Keluarga", "Kode Desa", "Desil", "Penerima Bantuan", "", ""],
        ["", "", "", "PKH", "Sembako", "PIP"],
        ["K-1", codes[0], "1", "Ya", "Tidak", "Tidak"],
        ["K-2", codes[1], "2", "Tidak", "Ya", "Tidak"],
    ]
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)
    dialog = _dialog(qtbot, ws, "households")
    _preview(qtbot, dialog, path)
    assert dialog.field_combos["hh_id"].currentData() == "ID Keluarga"
    assert dialog.program_combos["PKH"].currentData() == "Penerima Bantuan / PKH"
    _import(qtbot, dialog)
    text = dialog.report_view.toPlainText()
    assert dialog.report.households == 2
    assert "Judul kolom dua baris (baris 3-4) digabung" in text
    assert "header found" not in text and "two-row" not in text


def test_too_wide_csv_is_refused_in_the_dialog(qtbot, ws, tmp_path):
    path = tmp_path / "lebar.csv"
    path.write_text(",".join(f"k{i}" for i in range(300_000)) + "\n", encoding="utf-8")
    dialog = _dialog(qtbot, ws, "households")
    _preview(qtbot, dialog, path)
    assert dialog.raw is None and not dialog.load_button.isEnabled()
    status = dialog.status.text()
    assert "lebar.csv" in status and "300.000 kolom" in status


def test_an_unforeseen_error_is_still_a_sentence_naming_the_file(qtbot, ws, tmp_path, monkeypatch):
    import gis.model.villages

    def broken(path, layer=None):
        raise ValueError("operands could not be broadcast together with shapes (3,) (4,)")

    path = tmp_path / "batas.geojson"
    gpd.GeoDataFrame(
        {"kode_desa": ["1901032001"]}, geometry=[shapely.box(106.0, -2.0, 106.1, -1.9)], crs=4326
    ).to_file(path, engine="pyogrio")
    dialog = _dialog(qtbot, ws, "boundaries")
    _preview(qtbot, dialog, path)
    monkeypatch.setattr(gis.model.villages, "read_villages", broken)
    _import(qtbot, dialog)
    status = dialog.status.text()
    assert "batas.geojson" in status and "Tidak ada yang diubah" in status
    assert "broadcast" not in status and str(tmp_path) not in status


@pytest.mark.parametrize(
    "code, data, words",
    [
        ("missing_part", {"missing": [".dbf"]}, (".dbf",)),
        ("too_many_columns", {"columns": 300_000, "limit": 2_000}, ("300.000 kolom",)),
        ("no_register_sheet", {"layers": ["Sampul", "Catatan"]}, ("Sampul, Catatan",)),
        ("not_boundary_file", {}, ("bukan berkas batas wilayah",)),
        ("no_geometry", {}, ("tidak memiliki geometri",)),
        ("not_polygon_layer", {"geometry_types": ["LineString"]}, ("berisi garis",)),
        ("not_degrees", {"bounds": (6e5, 9.7e6, 6e5, 9.7e6), "crs": None}, ("bukan derajat",)),
        ("not_zones", {"found": "list"}, ("bukan berkas zona",)),
        ("scenario_as_zones", {}, ("berkas skenario",)),
        ("bad_coordinates", {}, ("Zona ke-2",)),
        ("unreadable", {}, ("tidak dapat dibuka",)),
    ],
)
def test_each_refusal_is_worded_with_the_file_name_only(code, data, words):
    from gis.errors import ReadError
    from widgets.base.messages import describe

    exc = ReadError(
        "[Errno 13] Permission denied", code=code, path="/data/dinsos/x.csv", row=2, **data
    )
    text = describe(exc)
    assert "x.csv" in text and "/data/dinsos" not in text
    assert "Errno" not in text and f"({code})" not in text
    for word in words:
        assert word in text, text
