"""The parts of the import dialog work alone: the column mapping editor and the report."""

from __future__ import annotations

import csv

import pytest

from gis.io.mapping import recognise
from gis.io.readers import read_table
from gis.model.importer import build_households
from widgets.base.fmt import num
from widgets.panels.filter_chip import Chip
from widgets.panels.import_mapping import ColumnMappingEditor
from widgets.panels.import_report import LISTED_PROBLEMS, ImportReportView

HEADER = ["ID Keluarga", "Kode Desa", "Desil", "Jumlah Anggota", "Catatan"]


@pytest.fixture
def register(tmp_path, ws):
    """A register on the demo villages with one desil out of range per ten rows."""
    codes = [str(c) for c in ws.villages.codes[:5]]
    path = tmp_path / "register.csv"
    rows = [HEADER] + [
        [f"K-{i:03d}", codes[i % 5], "12" if i % 10 == 3 else str(1 + i % 10), "4", "x"]
        for i in range(40)
    ]
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)
    return read_table(str(path))


def test_the_mapping_editor_shows_and_returns_a_mapping(qtbot, register):
    editor = ColumnMappingEditor()
    qtbot.addWidget(editor)
    columns = list(register.frame.columns)
    mapping = recognise(columns)
    editor.fill(columns, mapping, "households")
    assert editor.field_combos["hh_id"].currentData() == "ID Keluarga"
    assert editor.field_combos["desil"].currentData() == "Desil"
    assert editor.program_combos and all(b.isEnabled() for b in editor.mapping_buttons)
    assert editor.current_mapping(mapping, columns).fields == mapping.fields
    combo = editor.field_combos["members"]
    combo.setCurrentIndex(combo.findData("Catatan"))
    changed = editor.current_mapping(mapping, columns)
    assert changed.fields["members"] == "Catatan" and "Catatan" not in changed.unmapped
    combo.setCurrentIndex(0)  # "(tidak dipakai)"
    assert "members" not in editor.current_mapping(mapping, columns).fields
    editor.fill(columns, mapping, "psks")  # PSKS columns are only shown, not chosen
    assert set(editor.field_combos) <= set(ColumnMappingEditor.fields_for_kind("psks"))
    assert not any(c.isEnabled() for c in editor.field_combos.values())
    assert not editor.program_combos
    editor.fill(None, None, "households")
    assert not editor.field_combos and editor.mapping_form.rowCount() == 0


def test_the_report_view_shows_counts_reasons_and_rows(qtbot, ws, register):
    table, report = build_households(
        register, ws.villages, mapping=recognise(list(register.frame.columns))
    )
    view = ImportReportView()
    qtbot.addWidget(view)
    saves = []
    view.sig_save_wanted.connect(lambda: saves.append(1))
    view.show_report(table, report, "households")
    text = view.report_view.toPlainText()
    assert num(report.rows_read) in text and num(report.households) in text
    records = report.problem_rows()
    assert records and view.problem_table.rowCount() == min(len(records), LISTED_PROBLEMS)
    assert view.save_problems_button.isEnabled()
    view.save_problems_button.click()
    assert saves == [1]
    view.show_boundaries(ws.villages)
    assert num(len(ws.villages)) in view.report_view.toPlainText()
    assert view.problem_table.rowCount() == 0 and not view.save_problems_button.isEnabled()
    view.clear()
    assert view.report_view.toPlainText() == ""


def test_a_chip_shows_its_count_or_unknown(qtbot):
    chip = Chip("Desil 1", "desil satu")
    qtbot.addWidget(chip)
    chip.set_count(1234)
    assert chip.text() == "Desil 1\n" + num(1234)
    chip.set_unknown("tidak diketahui")
    assert chip.text().endswith("tidak diketahui")
    chip.set_unknown("")
    chip.set_note("3 tanpa desil")
    assert chip.text().endswith(num(1234)) and chip.toolTip() == "desil satu\n3 tanpa desil"
