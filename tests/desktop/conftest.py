"""Desktop tests: private settings and the small demo province (tests/qt_fixtures.py).

The widget application is made before any test runs (the session fixture
``indonesian_interface``, which also sets the app's language): the CLI's headless
commands, run in-process here, would otherwise make a bare QGuiApplication
first, and no window could be built after it.
"""

import pytest

from tests.qt_fixtures import (  # noqa: F401
    demo_dataset,
    fresh_settings,
    indonesian_interface,
    no_blocking_questions,
    small_demo,
    ws,
)


@pytest.fixture
def window(qtbot, ws, monkeypatch):  # noqa: F811 (ws is the fixture imported above)
    """The main window on the small demo province, shown at 1400x900.

    At the end of the test it closes without saving a scenario the test
    left unsaved (the question is answered "Jangan simpan").
    """
    from PySide6.QtWidgets import QMessageBox

    from desktop.main_window import MainWindow
    from desktop.settings import Settings

    def leave_unsaved(box):
        for b in box.buttons():
            if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole:
                b.click()
                return 0
        raise AssertionError(f"unexpected question at close: {box.text()!r}")

    win = MainWindow(ws, Settings())
    # pytest-qt closes the window after the test, before fixtures are torn down
    qtbot.addWidget(
        win, before_close_func=lambda _w: monkeypatch.setattr(QMessageBox, "exec", leave_unsaved)
    )
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    return win
