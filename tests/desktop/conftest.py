"""Desktop tests: private settings and the small demo province (tests/qt_fixtures.py).

The widget application is made before any test runs: the CLI's headless
commands, run in-process here, would otherwise make a bare QGuiApplication
first, and no window could be built after it.
"""

import pytest

from tests.qt_fixtures import demo_dataset, fresh_settings, small_demo, ws  # noqa: F401


@pytest.fixture(autouse=True, scope="session")
def _widget_application(qapp):
    return qapp
