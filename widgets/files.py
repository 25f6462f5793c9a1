"""Choosing files to open and save, and never overwriting one without asking.

Every panel that reads or writes a file asks through these few functions,
so the wording is the same everywhere, an existing file is only replaced
after an explicit yes, and tests can answer the questions (they replace
these functions) without driving a platform file dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def tr(text: str) -> str:
    # the empty context is what pyside6-lupdate records for a module-level tr()
    return QCoreApplication.translate("", text)


def ask_open_path(parent: QWidget | None, title: str, folder: str = "", filters: str = "") -> str:
    """A file to open, or "" when the user cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return path


def ask_save_path(parent: QWidget | None, title: str, folder: str = "", filters: str = "") -> str:
    """A file name to save to, or "" when cancelled (existing files are asked about later)."""
    path, chosen = QFileDialog.getSaveFileName(
        parent, title, folder, filters, options=QFileDialog.Option.DontConfirmOverwrite
    )
    if path and not Path(path).suffix and chosen:
        # add the extension of the chosen filter, e.g. "GeoPackage (*.gpkg)" -> ".gpkg"
        start = chosen.find("*.")
        if start >= 0:
            path += chosen[start + 1 :].split(")")[0].split()[0]
    return path


def confirm_overwrite(parent: QWidget | None, path: str | Path) -> bool:
    """Ask before replacing an existing file; True only on an explicit yes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Berkas sudah ada"))
    box.setText(tr("Berkas {name} sudah ada. Timpa?").format(name=Path(path).name))
    yes = box.addButton(tr("Timpa"), QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(tr("Batal"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def choose_save_target(
    parent: QWidget | None, title: str, folder: str = "", filters: str = ""
) -> tuple[str, bool]:
    """Ask for a file name; returns ``(path, overwrite)`` or ``("", False)`` if abandoned."""
    path = ask_save_path(parent, title, folder, filters)
    if not path:
        return "", False
    if Path(path).exists():
        if not confirm_overwrite(parent, path):
            return "", False
        return path, True
    return path, False


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """An error worded for the planner (see widgets.messages.describe)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.addButton(tr("Tutup"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
