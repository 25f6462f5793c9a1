"""Who wrote the scenario and why: the "Catatan" tab of the scenario panel.

A small part of its own: the author line and the free notes, written
into the scenario as they are typed. The scenario file goes to the
finance office, so the tab says not to write residents' names, NIK or
addresses here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from gis.plan.scenario import Scenario


class ScenarioNotes(QWidget):
    """Author and notes of one scenario."""

    def __init__(self, scenario: Scenario | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._scenario = scenario
        self.author_edit = QLineEdit()
        self.author_edit.setPlaceholderText(self.tr("mis. Bidang Perencanaan, Dinas Sosial"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(
            self.tr("Alasan, asumsi, sumber anggaran… (tanpa nama atau NIK warga)")
        )
        hint = QLabel(
            self.tr(
                "Berkas skenario dibagikan ke bagian keuangan: jangan menulis nama, NIK "
                "atau alamat warga di sini."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(dark);")
        form = QFormLayout()
        form.addRow(self.tr("Penyusun"), self.author_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Catatan")))
        layout.addWidget(self.notes_edit, 1)
        layout.addWidget(hint)
        self.author_edit.textEdited.connect(self._author_edited)
        self.notes_edit.textChanged.connect(self._notes_edited)
        if scenario is not None:
            self.show_author()
            self.show_notes()

    def set_scenario(self, scenario: Scenario) -> None:
        """Edit ``scenario`` from now on (the caller shows it when it is ready)."""
        self._scenario = scenario

    def show_author(self) -> None:
        if self.author_edit.text() != self._scenario.author:
            self.author_edit.setText(self._scenario.author)

    def show_notes(self) -> None:
        if self.notes_edit.toPlainText() != self._scenario.notes:
            self.notes_edit.blockSignals(True)
            self.notes_edit.setPlainText(self._scenario.notes)
            self.notes_edit.blockSignals(False)

    def _author_edited(self, text: str) -> None:
        self._scenario.author = text

    def _notes_edited(self) -> None:
        text = self.notes_edit.toPlainText()
        if text != self._scenario.notes:
            self._scenario.notes = text
