"""Showing personal data unmasked: only on purpose, only for this session.

Names, NIK, KK numbers and addresses are masked in every view by default
(UU 27/2022 on personal data protection). A planner who needs to see them,
for instance to check one family against a paper list, turns masking off for
the session after a confirmation that names the law; the status bar then
says so until masking is back on. Nothing here is ever saved in settings.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from gis.model.workspace import Workspace


def tr(text: str) -> str:
    # the empty context is what pyside6-lupdate records for a module-level tr()
    return QCoreApplication.translate("", text)


def confirm_unmask(parent: QWidget | None) -> bool:
    """Ask the planner to confirm showing personal data; True only on an explicit yes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Tampilkan data pribadi?"))
    box.setText(
        tr(
            "Nama, NIK, nomor KK dan alamat adalah data pribadi yang dilindungi "
            "UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi."
        )
    )
    box.setInformativeText(
        tr(
            "Tampilkan tanpa disamarkan hanya untuk sesi ini? Jangan memotret layar, "
            "mencetak atau membagikan data ini. Setelan ini tidak disimpan."
        )
    )
    show = box.addButton(tr("Tampilkan untuk sesi ini"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(tr("Tetap disamarkan"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is show


def set_personal_visible(workspace: Workspace, show: bool, parent: QWidget | None = None) -> bool:
    """Turn masking off (after confirmation) or back on; returns the new state."""
    # confirm_unmask is looked up at call time, so tests can answer the question
    if show and not workspace.show_personal and not confirm_unmask(parent):
        return workspace.show_personal
    workspace.set_show_personal(show)
    return workspace.show_personal


def privacy_text(show_personal: bool) -> str:
    """The status-bar wording for the current masking state."""
    if show_personal:
        return tr("PERINGATAN: data pribadi ditampilkan (sesi ini, UU 27/2022)")
    return tr("Data pribadi disamarkan")
