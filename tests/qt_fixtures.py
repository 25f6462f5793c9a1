"""Fixtures shared by the Qt tests (tests/widgets and tests/desktop).

Every Qt test runs with its own settings file (``SASARAN_SETTINGS_FILE``
and QSettings' user paths point into the test's temporary folder), so no
test can read or change the user's real settings (DESIGN convention 6,
napari's ``_fresh_settings``). The demo workspace is the small generated
province of the ``demo_paths`` fixture, loaded once per session.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings

from desktop.settings import APPLICATION, ORGANISATION

#: the user's real settings file, as Qt would locate it before any redirection
REAL_SETTINGS = Path(
    QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    ).fileName()
)


@pytest.fixture(autouse=True, scope="session")
def indonesian_interface(qapp):
    """The interface language and number format the app starts with (Bahasa Indonesia)."""
    from desktop.i18n import install_language

    install_language("id", qapp)
    return qapp


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path, monkeypatch):
    """A private, empty settings location for one test."""
    path = tmp_path / "settings" / "sasaran.ini"
    monkeypatch.setenv("SASARAN_SETTINGS_FILE", str(path))
    qt_dir = tmp_path / "qsettings"
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(qt_dir))
    return SimpleNamespace(path=path, real=REAL_SETTINGS, qt_dir=qt_dir)


@pytest.fixture(autouse=True)
def no_blocking_questions(monkeypatch):
    """A message box no test expected fails the test instead of waiting for a click.

    Offscreen, nobody can answer a modal box, and the run would hang until
    CI kills it. Tests that expect questions answer them with the
    ``answers`` fixture (tests/widgets/scenario_helpers.py), which replaces this.
    """
    from PySide6.QtWidgets import QMessageBox

    def refuse(box):
        raise AssertionError(f"unexpected question: {box.windowTitle()!r}: {box.text()!r}")

    monkeypatch.setattr(QMessageBox, "exec", refuse)


@pytest.fixture(autouse=True)
def small_demo(demo_paths, monkeypatch):
    """Everything that loads "the demo" loads the small generated province."""
    monkeypatch.setenv("SASARAN_DEMO_DIR", str(Path(demo_paths.villages).parent))
    return demo_paths


@pytest.fixture(scope="session")
def demo_dataset(demo_paths):
    from gis.demo.data import load_dataset

    paths = {"villages": demo_paths.villages, "households": demo_paths.households}
    paths["psks"] = demo_paths.psks
    return load_dataset(paths, label="Provinsi demo (uji)")


@pytest.fixture
def ws(demo_dataset):
    """A fresh workspace on the small demo province (default filter: desil 1-4)."""
    from gis.model.workspace import Workspace

    return Workspace(demo_dataset)
