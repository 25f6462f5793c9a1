"""The program cost table dialog edits the table live, checks it, and can put it back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit

from gis.plan.programs import default_programs
from widgets.scenario.program_table_dialog import AddProgramDialog, ProgramTableDialog

#: fixtures: demo_data, demo_ws (the shipped demo province), answers (message boxes)
pytest_plugins = ["tests.widgets.scenario_helpers"]


def make(qtbot, table=None):
    table = table or default_programs()
    dlg = ProgramTableDialog(table)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg, table


def test_amount_typed_in_the_cell_reaches_the_table(qtbot):
    dlg, table = make(qtbot)
    changes = []
    table.changed.connect(lambda: changes.append(1))
    col = dlg.model.column("amount")
    row = dlg.model.row_of("PBI", "iuran")
    index = dlg.model.index(row, col)
    assert index.data().replace(".", "").replace(",", "") == "Rp 42000"
    dlg.view.setCurrentIndex(index)
    dlg.view.edit(index)
    editor = dlg.view.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "45.000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.get("PBI").lines[0].amount == 45_000)
    assert changes  # the scenario's meter hears about it
    # the preview beside the program follows: 4 persons x 12 months
    preview = dlg.model.index(row, dlg.model.column("preview")).data()
    assert preview.replace(".", "").replace(",", "") == "Rp " + str(4 * 12 * 45_000)


def test_unit_period_year_and_source_are_editable(qtbot):
    dlg, table = make(qtbot)
    row = dlg.model.row_of("SEMBAKO")
    m = dlg.model
    assert m.setData(m.index(row, m.column("period")), "year")
    assert m.setData(m.index(row, m.column("valid_from")), 2025)
    assert m.setData(m.index(row, m.column("source")), "Kepmensos 2025 (uji)")
    line = table.get("SEMBAKO").lines[0]
    assert (line.period, line.valid_from, line.source) == ("year", 2025, "Kepmensos 2025 (uji)")
    # the unit editor is a list of the four units, in Indonesian
    index = m.index(row, m.column("unit"))
    dlg.view.edit(index)
    combo = dlg.view.viewport().findChild(QComboBox)
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == ["per keluarga", "per jiwa", "per komponen", "per siswa"]


def test_problems_are_worded_and_block_closing(qtbot):
    dlg, table = make(qtbot)
    assert dlg.problem_texts() == [] and dlg.done_button.isEnabled()
    m = dlg.model
    row = m.row_of("SEMBAKO")
    m.setData(m.index(row, m.column("unit")), "per_component")
    m.setData(m.index(row, m.column("per_member")), None)
    problems = dlg.problem_texts()
    assert len(problems) == 1 and "porsi per anggota" in problems[0]
    assert "porsi per anggota" in dlg.problems.text()
    assert not dlg.done_button.isEnabled()
    assert m.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    dlg.accept()
    assert dlg.isVisible()  # a table that cannot be used is not accepted
    m.setData(m.index(row, m.column("per_member")), 0.5)
    assert dlg.problem_texts() == [] and dlg.done_button.isEnabled()
    dlg.accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert table.get("SEMBAKO").lines[0].per_member == 0.5


def test_regional_program_added_from_the_umkm_example_and_removed(qtbot, answers):
    dlg, table = make(qtbot)
    add = AddProgramDialog(table, dlg)
    qtbot.addWidget(add)
    add.example.setCurrentIndex(2)  # UMKM with two years of mentoring
    assert add.key.text() == "UMKM_2"  # UMKM exists in the default table
    assert add.ok.isEnabled()
    add.key.setText("KERJA")
    add._check()
    assert not add.ok.isEnabled() and "sudah dipakai" in add.message.text()
    add.key.setText("UMKM_BABEL")
    add.name.setText("BABEL MANDIRI: UMKM dan pendampingan")
    add._check()
    program = add.program()
    assert program is not None and program.user_defined
    assert [line.years for line in program.lines] == [1, 2]
    assert dlg.add_program(program) is program
    assert "UMKM_BABEL" in table
    # two years of mentoring: the commitment counts both years, the yearly cost one
    cost = table.get("UMKM_BABEL").annual_cost([4], commitment=False)[0]
    assert cost == 5_000_000 + 12 * 250_000
    assert table.get("UMKM_BABEL").annual_cost([4], commitment=True)[0] == cost + 12 * 250_000

    dlg.select_program("PKH")
    assert not dlg.remove_button.isEnabled()  # built-in: edited, never removed
    dlg.select_program("UMKM_BABEL")
    assert dlg.remove_button.isEnabled()
    answers.queue.append("Batal")
    dlg.remove_selected()
    assert "UMKM_BABEL" in table
    answers.queue.append("Hapus")
    dlg.remove_selected()
    assert "UMKM_BABEL" not in table


def test_cancel_restores_and_reset_returns_to_the_default(qtbot, answers):
    table = default_programs()
    table.set_amount("PKH", "anak_sd", 1_000_000)
    before = table.copy()
    dlg, _ = make(qtbot, table)
    dlg.edit_cell("PKH", "anak_sd", "amount", 1_234_567)
    answers.queue.append("Kembalikan")
    assert dlg.reset_to_default()
    assert table == default_programs()
    dlg.reject()
    assert table == before  # "Batalkan perubahan": as it was when the dialog opened

    dlg2, _ = make(qtbot, table)
    answers.queue.append("Batal")
    assert not dlg2.reset_to_default()
    assert table == before


def test_an_absurd_amount_typed_in_a_cell_is_refused_with_a_sentence(qtbot):
    dlg, table = make(qtbot)
    m = dlg.model
    row = m.row_of("PBI", "iuran")
    index = m.index(row, m.column("amount"))
    for typed, says in [
        ("1e308", "Terlalu besar"),  # once read as 1308 (the digits only)
        ("200 triliun", "Terlalu besar"),
        ("-42.000", "tidak boleh negatif"),
        ("empat puluh ribu", "tidak terbaca"),
    ]:
        assert not m.setData(index, typed)
        assert table.get("PBI").lines[0].amount == 42_000
        assert says in dlg.problems.text() and "Besaran tidak diubah" in dlg.problems.text()
    assert m.setData(index, "Rp 45 rb") and table.get("PBI").lines[0].amount == 45_000
    assert dlg.problems.text() == ""
    # a table that already holds an absurd amount (from a file) names it and cannot be used
    table.set_amount("PBI", "iuran", 10**308)
    assert any("Rp 100 triliun" in p for p in dlg.problem_texts())
    assert not dlg.done_button.isEnabled()
    assert m.index(row, m.column("preview")).data() == "–"  # not "Rp -9.223.372.036.854.775.808"


def test_a_regional_program_with_an_absurd_amount_is_not_added(qtbot):
    dlg, table = make(qtbot)
    add = AddProgramDialog(table, dlg)
    qtbot.addWidget(add)
    add.example.setCurrentIndex(2)
    assert add.ok.isEnabled()
    add.lines.item(0, 3).setText("1e308")
    add._check()
    assert add.program() is None and not add.ok.isEnabled()
    assert "Terlalu besar" in add.message.text()
    add.lines.item(0, 3).setText("5 juta")
    add._check()
    assert add.ok.isEnabled() and add.program().lines[0].amount == 5_000_000
