"""Desktop tests: private settings and the small demo province (tests/qt_fixtures.py).

The widget application is made before any test runs: the CLI's headless
commands, run in-process here, would otherwise make a bare QGuiApplication
first, and no window could be built after it.
"""

import pytest

from tests.qt_fixtures import demo_dataset, fresh_settings, small_demo, ws  # noqa: F401


@pytest.fixture
def window(qtbot, ws):  # noqa: F811 (ws is the fixture imported above)
    """The main window on the small demo province, shown at 1400x900."""
    from desktop.main_window import MainWindow
    from desktop.settings import Settings

    win = MainWindow(ws, Settings())
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture(autouse=True, scope="session")
def _widget_application(qapp):
    return qapp
