"""Qt widget tests: private settings and the small demo province (tests/qt_fixtures.py)."""

from tests.qt_fixtures import (  # noqa: F401
    demo_dataset,
    fresh_settings,
    indonesian_interface,
    no_blocking_questions,
    small_demo,
    ws,
)
