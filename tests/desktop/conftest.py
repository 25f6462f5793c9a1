"""Desktop tests: private settings and the small demo province (tests/qt_fixtures.py)."""

from tests.qt_fixtures import demo_dataset, fresh_settings, small_demo, ws  # noqa: F401
