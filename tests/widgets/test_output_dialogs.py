"""The dialogs that write files word a bad target by its file name and write nothing half."""

from __future__ import annotations

import csv
import re

import pytest

from gis.model.edits import AddZone
from gis.model.zones import circle_zone
from widgets.base import files
from widgets.panels.import_dialog import ImportDialog
from widgets.panels.zone_list import ZoneList


def _clean(text: str, name: str, tmp_path) -> None:
    assert name in text, text
    assert str(tmp_path) not in text and "Errno" not in text and ".tmp" not in text
    assert not re.search(r"No such file|Permission denied|Failed to create|GDAL", text)


@pytest.fixture
def dialog_after_import(qtbot, ws, tmp_path):
    codes = [str(c) for c in ws.villages.codes[:2]]
    path = tmp_path / "register.csv"
    rows = [
        ["ID Keluarga", "Kode Desa", "Desil", "NIK", "Nama Kepala Keluarga"],
        ["K-001", codes[0], "1", "9901014508900001", "Siti Aminah"],
        # the desil is missing: the name and the NIK move one column to the left
        ["K-002", codes[1], "Budi Santoso", "9901010101850002", ""],
    ]
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    dialog = ImportDialog(ws, "households")
    qtbot.addWidget(dialog)
    dialog.load_file(str(path))
    qtbot.waitUntil(lambda: dialog.raw is not None, timeout=10_000)
    dialog.run_import()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    return dialog


def test_problem_rows_into_a_missing_folder(dialog_after_import, tmp_path):
    dialog = dialog_after_import
    target = tmp_path / "tidak_ada" / "bermasalah.csv"
    assert dialog.save_problems(str(target)) is False
    _clean(dialog.status.text(), "bermasalah.csv", tmp_path)
    assert not target.parent.exists()


def test_problem_rows_listed_and_saved_masked(dialog_after_import, tmp_path):
    dialog = dialog_after_import
    shown = [dialog.problem_table.item(r, 3).text() for r in range(dialog.problem_table.rowCount())]
    assert shown and not any("Budi" in s or "Santoso" in s for s in shown)
    out = tmp_path / "bermasalah.csv"
    assert dialog.save_problems(str(out))
    text = out.read_text(encoding="utf-8-sig")
    assert "Budi" not in text and "Santoso" not in text
    assert not re.search(r"[0-9]{12,}", text)


def test_mapping_into_a_missing_folder(dialog_after_import, tmp_path, monkeypatch):
    dialog = dialog_after_import
    target = tmp_path / "tidak_ada" / "pemetaan.json"
    monkeypatch.setattr(files, "ask_save_path", lambda *a, **k: str(target))
    dialog.save_mapping_dialog()  # used to raise out of the dialog
    _clean(dialog.status.text(), "pemetaan.json", tmp_path)


def test_zones_into_a_missing_folder(qtbot, ws, tmp_path, monkeypatch):
    v = ws.villages
    b = v.bounds[0]
    AddZone(circle_zone("z", "Zona", float(b[0] + b[2]) / 2, float(b[1] + b[3]) / 2, 3.0)).apply(ws)
    panel = ZoneList(ws)
    qtbot.addWidget(panel)
    for name in ("zona.geojson", "zona.gpkg"):
        target = tmp_path / "tidak_ada" / name
        monkeypatch.setattr(files, "ask_save_path", lambda *a, t=target, **k: str(t))
        panel.export_dialog()
        _clean(panel.message.text(), name, tmp_path)
        assert not target.parent.exists()
