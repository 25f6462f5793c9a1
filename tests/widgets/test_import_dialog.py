"""Import dialog: a CSV with a title row and a bad row gives a report and a problems file."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from widgets.base import files
from widgets.panels.import_dialog import ImportDialog


@pytest.fixture
def register_csv(tmp_path, ws):
    """A small register on the demo villages: a title row above the header, one bad desil."""
    codes = [str(c) for c in ws.villages.codes[:3]]
    path = tmp_path / "register.csv"
    rows = [
        ["DATA KELUARGA MISKIN KABUPATEN DEMO 2025"],
        [],
        ["ID Keluarga", "Kode Desa", "Desil", "Jumlah Anggota", "NIK", "Nama Kepala Keluarga"],
        ["K-001", codes[0], "1", "4", "9901014508900001", "Siti Aminah"],
        ["K-002", codes[1], "2", "3", "9901010101850002", "Budi Santoso"],
        ["K-003", codes[2], "12", "5", "9901010202800003", "Ahmad Yani"],
        ["K-004", codes[0], "3", "2", "9901010303700004", "Dewi Lestari"],
    ]
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)
    return path


def _dialog(qtbot, ws, kind="households"):
    dialog = ImportDialog(ws, kind)
    qtbot.addWidget(dialog)
    return dialog


def test_csv_with_title_row_and_bad_row(qtbot, ws, register_csv, tmp_path, monkeypatch):
    dialog = _dialog(qtbot, ws)
    dialog.load_file(str(register_csv))
    qtbot.waitUntil(lambda: dialog.raw is not None, timeout=10_000)
    # preview: the header was found under the title row; personal columns masked
    assert dialog.preview.columnCount() == 6
    assert dialog.preview.horizontalHeaderItem(0).text() == "ID Keluarga"
    assert dialog.preview.rowCount() == 4
    notes = dialog.preview_notes.text()
    assert "Judul kolom di baris 3" in notes and "header found" not in notes
    assert dialog.preview.item(0, 4).text() != "9901014508900001"
    assert "Siti Aminah" not in dialog.preview.item(0, 5).text()
    # mapping pre-filled from the recognised columns
    assert dialog.field_combos["hh_id"].currentData() == "ID Keluarga"
    assert dialog.field_combos["desil"].currentData() == "Desil"
    assert dialog.field_combos["village_code"].currentData() == "Kode Desa"

    dialog.run_import()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    report = dialog.report
    assert report.rows_read == 4 and report.households == 3 and report.rejected == 1
    text = dialog.report_view.toPlainText()
    assert "Desil bukan angka 1-10: 1" in text
    assert dialog.problem_table.rowCount() >= 1
    labels = [
        dialog.problem_table.item(r, 2).text() for r in range(dialog.problem_table.rowCount())
    ]
    assert any("Desil bukan angka 1-10" in label for label in labels)
    bad_row = dialog.problem_table.item(0, 0).text()
    assert bad_row == "6"  # the row a planner sees in the file: title, blank, header, 3 rows

    # save the problem rows; an existing file is never overwritten unasked
    out = tmp_path / "bermasalah.csv"
    monkeypatch.setattr(files, "ask_save_path", lambda *a, **k: str(out))
    dialog.save_problems_dialog()
    with out.open(encoding="utf-8-sig") as fh:
        saved = list(csv.DictReader(fh))
    assert any(r["baris"] == "6" and r["kode"] == "desil_out_of_range" for r in saved)
    out.write_text("punya saya")
    monkeypatch.setattr(files, "confirm_overwrite", lambda *a, **k: False)
    dialog.save_problems_dialog()
    assert out.read_text() == "punya saya"
    monkeypatch.setattr(files, "confirm_overwrite", lambda *a, **k: True)
    dialog.save_problems_dialog()
    assert "desil_out_of_range" in out.read_text(encoding="utf-8-sig")

    # into the workspace
    assert dialog.apply()
    assert len(ws.households) == 3
    assert sorted(ws.households.hh_id.tolist()) == ["K-001", "K-002", "K-004"]


def test_edited_mapping_is_used_and_saved(qtbot, ws, register_csv, tmp_path):
    dialog = _dialog(qtbot, ws)
    dialog.load_file(str(register_csv))
    qtbot.waitUntil(lambda: dialog.raw is not None, timeout=10_000)
    combo = dialog.field_combos["desil"]
    combo.setCurrentIndex(combo.findData(None))  # desil not used
    mapping = dialog.current_mapping()
    assert "desil" not in mapping.fields and "Desil" in mapping.unmapped
    path = tmp_path / "pemetaan.json"
    mapping.save(path)
    dialog.run_import()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert dialog.report.rejected == 0
    assert np.all(dialog.result[0].desil == 0)
    # loading the saved mapping restores the combos
    combo.setCurrentIndex(combo.findData("Desil"))
    assert dialog.load_mapping(str(path))
    assert dialog.field_combos["desil"].currentData() is None


def test_psks_and_boundaries_load_in_the_background(qtbot, ws, small_demo):
    dialog = _dialog(qtbot, ws, "psks")
    dialog.load_file(str(small_demo.psks))
    qtbot.waitUntil(lambda: dialog.raw is not None, timeout=10_000)
    dialog.run_import()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    n = len(dialog.result[0])
    assert dialog.apply() and len(ws.psks) == n

    dialog = _dialog(qtbot, ws, "boundaries")
    dialog.load_file(str(small_demo.villages))
    qtbot.waitUntil(lambda: dialog.raw is not None, timeout=10_000)
    assert dialog.layer_combo.count() == 3  # desa, kecamatan, kabupaten
    dialog.run_import()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    assert dialog.apply()
    assert len(ws.villages) == len(dialog.result) and len(ws.households) == 0


def test_unreadable_file_is_worded_for_a_person(qtbot, ws, tmp_path):
    bad = tmp_path / "lama.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0")
    dialog = _dialog(qtbot, ws)
    job = dialog.load_file(str(bad))
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    assert "tidak dikenali" in dialog.status.text()
    assert not dialog.load_button.isEnabled()


def _imported(qtbot, dialog, path):
    dialog.load_file(str(path))
    qtbot.waitUntil(lambda: dialog.raw is not None, timeout=10_000)
    dialog.run_import()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)


def _report_shown(dialog) -> bool:
    return bool(
        dialog.report_view.toPlainText().strip()
        or dialog.problem_table.rowCount()
        or dialog.problem_note.text()
        or dialog.save_problems_button.isEnabled()
    )


@pytest.mark.parametrize("switch", ["kind then file", "file only", "kind only"])
def test_a_report_never_outlives_its_file(qtbot, ws, small_demo, register_csv, switch):
    """The boundary report is gone once the planner turns to the household file (and back)."""
    dialog = _dialog(qtbot, ws, "boundaries")
    _imported(qtbot, dialog, small_demo.villages)
    assert "desa/kelurahan" in dialog.report_view.toPlainText()
    if switch != "file only":
        dialog.kind_buttons["households"].click()
        assert dialog.kind == "households"
        assert not _report_shown(dialog) and dialog.result is None
    if switch != "kind only":
        dialog.load_file(str(register_csv))
        assert not _report_shown(dialog) and dialog.result is None
    # and a household report with problems is gone when another file is read
    dialog.kind_buttons["households"].click()
    _imported(qtbot, dialog, register_csv)
    assert dialog.problem_table.rowCount() and dialog.save_problems_button.isEnabled()
    dialog.load_file(str(small_demo.psks))
    assert not _report_shown(dialog)
