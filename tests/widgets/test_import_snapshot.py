"""An import through the dialog leaves a snapshot the next open uses instead of the file."""

from __future__ import annotations

import csv

import gis.model.importer as importer
from gis.model.importer import load_households
from gis.model.snapshot import read_snapshot
from tests.widgets.test_import_dialog import _dialog


def _register(path, codes):
    rows = [
        ["ID Keluarga", "Kode Desa", "Desil", "NIK", "Nama Kepala Keluarga", "Alamat"],
        ["K-001", codes[0], "1", "9901014508900001", "Siti Aminah", "Jl. Pantai 3"],
        ["K-002", codes[1], "2", "9901010101850002", "Budi Santoso", ""],
        ["K-003", codes[2], "12", "9901010202800003", "Ahmad Yani", "RT 02"],
    ]
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)
    return path


def test_dialog_import_writes_the_snapshot_reopened_without_reading(
    qtbot, ws, tmp_path, monkeypatch
):
    register_csv = _register(tmp_path / "register.csv", [str(c) for c in ws.villages.codes[:3]])
    monkeypatch.setenv("SASARAN_SNAPSHOT_DIR", str(tmp_path / "snap"))
    dialog = _dialog(qtbot, ws)
    dialog.load_file(str(register_csv))
    qtbot.waitUntil(lambda: dialog.raw is not None, timeout=10_000)
    mapping = dialog.current_mapping()
    dialog.run_import()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    imported, report = dialog.result
    layer = dialog.raw.layer
    assert read_snapshot(register_csv, ws.villages, layer=layer, mapping=mapping) is not None

    def refuse(*args, **kwargs):
        raise AssertionError("the register was read again")

    monkeypatch.setattr(importer, "read_table", refuse)
    table, again = load_households(
        register_csv, ws.villages, layer=layer, mapping=mapping, snapshots=True
    )
    assert table.hh_id.tolist() == imported.hh_id.tolist()
    for name in ("name", "nik", "address"):
        assert getattr(table, name).tolist() == getattr(imported, name).tolist()
    assert table.fingerprint() == imported.fingerprint()
    assert again.to_dict() == report.to_dict()
