"""Referral lists from the Pendamping tab: a masked preview, names only when asked and confirmed."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from gis.io.exportlog import read_log
from gis.io.worksheets import RAHASIA
from gis.model.filters import HouseholdFilter
from gis.plan.referral_lists import referral_list_rows
from gis.plan.referrals import referrals
from widgets.scenario.mentor_panel import MentorPanel


@pytest.fixture
def dialog(qtbot, ws, tmp_path):
    ws.set_filter(HouseholdFilter(desil=(1, 2)))
    panel = MentorPanel(ws)
    qtbot.addWidget(panel)
    panel.log_path = tmp_path / "log.jsonl"
    assert panel.referral_button.isEnabled()
    d = panel.referral_dialog()
    yield d  # the panel (the dialog's parent) lives while the test runs
    d.close()


def cells(table_widget):
    return {
        table_widget.item(r, c).text()
        for r in range(table_widget.rowCount())
        for c in range(table_widget.columnCount())
    }


def test_preview_is_masked_and_follows_the_chosen_village(dialog, ws):
    table = ws.households
    assert dialog.village.count() > 2
    assert dialog.preview.rowCount() > 0
    shown = cells(dialog.preview)
    names = {str(n) for n in table.name[ws.mask]}
    addresses = {str(a) for a in table.address[ws.mask]}
    niks = {str(n) for n in table.nik[ws.mask]}
    assert not shown & names and not shown & addresses and not shown & niks
    dialog.village.setCurrentIndex(1)
    v = dialog.village.currentData()
    code = str(table.villages.codes[v])
    expected = referral_list_rows(table, referrals(table, ws.mask), "refer", [v])
    assert dialog.preview.rowCount() == min(len(expected), 200)
    assert {dialog.preview.item(r, 0).text() for r in range(dialog.preview.rowCount())} <= {code}
    dialog.section.setCurrentIndex(1)  # receipt unknown, apart
    unknown = referral_list_rows(table, referrals(table, ws.mask), "unknown", [v])
    assert dialog.preview.rowCount() == min(len(unknown), 200)


def test_names_need_a_confirmation_and_are_logged(dialog, ws, tmp_path, monkeypatch):
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    masked = tmp_path / "rujukan.xlsx"
    info = dialog.save_to(masked)
    assert not info["with_names"] and read_log(dialog.log_path) == []
    dialog.with_names.setChecked(True)  # answered No: stays masked
    assert not dialog.with_names.isChecked()
    dialog.with_names.setChecked(True)  # answered Yes
    assert dialog.with_names.isChecked()
    dialog.village.setCurrentIndex(1)
    named = tmp_path / "rujukan_nama.xlsx"
    info = dialog.save_to(named)
    wb = load_workbook(named)
    assert all(ws_["A1"].value == RAHASIA for ws_ in wb.worksheets)
    (entry,) = read_log(dialog.log_path)
    assert entry["jumlah_orang"] == info["families"] > 0 and entry["berkas"] == [named.name]
    # an existing file is kept unless the save dialog asked
    before = named.read_bytes()
    with pytest.raises(FileExistsError):
        dialog.save_to(named)
    assert named.read_bytes() == before and len(read_log(dialog.log_path)) == 1


def test_save_asks_for_the_file_and_says_what_was_written(dialog, tmp_path, monkeypatch):
    import widgets.base.files as files

    out = tmp_path / "rujukan.xlsx"
    monkeypatch.setattr(files, "choose_save_target", lambda *a, **k: (str(out), False))
    dialog.ask_save()
    assert out.exists() and "NIK dan nama disamarkan" in dialog.result.text()
    assert "rujukan.xlsx" in dialog.result.text() and read_log(dialog.log_path) == []
    shown = []
    monkeypatch.setattr(files, "show_error", lambda parent, title, text: shown.append(text))
    dialog.ask_save()  # the file is there now and overwriting was not confirmed
    assert shown and "rujukan.xlsx" in shown[0]


def test_zones_of_the_workspace_get_their_counts(qtbot, ws, tmp_path):
    import shapely

    from gis.model.edits import AddZone
    from gis.model.zones import Zone

    ws.set_filter(HouseholdFilter(desil=(1, 2)))
    minx, miny, maxx, maxy = ws.households.villages.province_bounds()
    AddZone(Zone("z1", "Utara", shapely.box(minx, (miny + maxy) / 2, maxx, maxy))).apply(ws)
    panel = MentorPanel(ws)
    qtbot.addWidget(panel)
    panel.log_path = tmp_path / "log.jsonl"
    d = panel.referral_dialog()
    assert d.zone_table is not None and d.zone_table.rowCount() == 1
    assert d.zone_table.item(0, 0).text() == "Utara"
    inside = ws.mask & ws.zone_masks.mask(ws.zones[0])
    assert d.zone_table.item(0, 1).text().replace(".", "") == str(int(inside.sum()))
    assert "keluarga berbeda" in d.zone_note.text()
    heads = [d.zone_table.horizontalHeaderItem(c).text() for c in range(d.zone_table.columnCount())]
    for key in ws.households.missing_programs():  # not carried: unknown, never 0
        assert d.zone_table.item(0, heads.index(f"Dirujuk {key}")).text() == "tidak diketahui"
    d.close()
