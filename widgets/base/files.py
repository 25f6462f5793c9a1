"""Choosing files to open and save, and never overwriting one without asking.

Every panel that reads or writes a file asks through these few functions,
so the wording is the same everywhere, an existing file is only replaced
after an explicit yes, and tests can answer the questions (they replace
these functions) without driving a platform file dialog.

Where a dialog opens: the folder the panel names (that of the file being
edited), else the last folder the planner used in any dialog, else the
user's Documents; never the folder the program was started from, which a
planner neither chose nor knows. The main window keeps the last folder in
the settings between sessions (:func:`last_folder`, :func:`set_last_folder`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def tr(text: str) -> str:
    # the empty context is what pyside6-lupdate records for a module-level tr()
    return QCoreApplication.translate("", text)


_last_folder = ""


def last_folder() -> str:
    """The folder of the file last chosen in any dialog ("" before the first)."""
    return _last_folder


def set_last_folder(folder: str | Path) -> None:
    """Remember ``folder`` (an existing folder; anything else is ignored)."""
    global _last_folder
    if folder and Path(folder).is_absolute() and Path(folder).is_dir():
        _last_folder = str(folder)


def documents_folder() -> str:
    """The user's Documents folder (their home folder when the system names none)."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs if docs and Path(docs).is_dir() else str(Path.home())


def start_path(folder_or_file: str | Path = "") -> str:
    """Where a dialog opens for ``folder_or_file`` (a folder, a suggested file, a bare name).

    An absolute existing folder, or a file in one, is kept; otherwise the
    last folder used, else Documents, with the suggested file name kept.
    """
    given = Path(folder_or_file) if folder_or_file else None
    name = ""
    if given is not None:
        if given.is_absolute() and given.is_dir():
            return str(given)
        if given.is_absolute() and given.parent.is_dir():
            return str(given)
        name = given.name
    base = _last_folder if _last_folder and Path(_last_folder).is_dir() else documents_folder()
    return str(Path(base) / name) if name else base


def _chosen(path: str) -> str:
    if path:
        set_last_folder(Path(path).parent)
    return path


def ask_open_path(parent: QWidget | None, title: str, folder: str = "", filters: str = "") -> str:
    """A file to open, or "" when the user cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, start_path(folder), filters)
    return _chosen(path)


def ask_save_path(parent: QWidget | None, title: str, folder: str = "", filters: str = "") -> str:
    """A file name to save to, or "" when cancelled (existing files are asked about later)."""
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        title,
        start_path(folder),
        filters,
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if path and not Path(path).suffix and chosen:
        # add the extension of the chosen filter, e.g. "GeoPackage (*.gpkg)" -> ".gpkg"
        start = chosen.find("*.")
        if start >= 0:
            path += chosen[start + 1 :].split(")")[0].split()[0]
    return _chosen(path)


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
    """An error worded for the planner (see widgets.base.messages.describe)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.addButton(tr("Tutup"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def save_to_chosen(parent: QWidget | None, title: str, filters: str, write, failed: str):
    """Ask for a file (:func:`choose_save_target`), then ``write(path, overwrite)``.

    Returns ``(path, what write returned)``, or None when the planner
    abandoned it or writing failed; a failure is shown worded under the
    title ``failed``.
    """
    from gis.errors import SasaranError
    from widgets.base.messages import describe

    path, overwrite = choose_save_target(parent, title, "", filters)
    if not path:
        return None
    try:
        return path, write(path, overwrite)
    except (SasaranError, OSError) as exc:
        show_error(parent, failed, describe(exc))
        return None
