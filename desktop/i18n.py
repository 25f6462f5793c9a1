"""The interface language: Bahasa Indonesia by default, English on request.

Indonesian is the source language of every interface string (written in
the code through ``tr()``), so it needs no translation file of its own;
``resources/i18n/sasaran_en.qm`` carries English. Qt's own few words on
standard buttons come from ``qt_id.qm`` (Qt ships no Indonesian) or from
Qt's English. The default QLocale follows the language, so numbers read
``12.345`` in Indonesian and ``12,345`` in English.

To refresh the files after changing strings::

    pyside6-lupdate -no-obsolete $(find desktop widgets -name "*.py") -ts resources/i18n/sasaran_en.ts
    (translate the new entries, e.g. in pyside6-linguist)
    pyside6-lrelease resources/i18n/sasaran_en.ts -qm resources/i18n/sasaran_en.qm
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_installed: list[QTranslator] = []


def i18n_dir() -> Path:
    return Path(str(resources.files("resources").joinpath("i18n")))


def install_language(lang: str, app: QCoreApplication | None = None) -> list[QTranslator]:
    """Install the translators and the default locale for ``lang`` (``"id"`` or ``"en"``)."""
    app = app or QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        files = [i18n_dir() / "sasaran_en.qm"]
        qt = QTranslator()
        if qt.load("qtbase_en", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        files = [i18n_dir() / "qt_id.qm"]
    for path in files:
        t = QTranslator()
        if path.exists() and t.load(str(path)):
            app.installTranslator(t)
            _installed.append(t)
    return list(_installed)
