"""Windows that fit the planner's screen, buttons included.

An office laptop shows 1366x768, less the taskbar. A window opened at a
fixed 1300x850 or 1200x800 ran past the bottom edge and its buttons (export,
print) could not be reached. Every window of Sasaran opens through
:func:`fit_window`: the size it asks for, but never more than the screen's
free area minus the window frame, and placed inside that area.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: room for the title bar and the borders the window manager adds around a window
FRAME = (16, 40)


def available_area(widget: QWidget | None = None) -> QRect | None:
    """The free area (without taskbars) of the screen ``widget`` is on, else the primary screen."""
    screen = None
    if widget is not None:
        parent = widget.parentWidget()
        screen = (parent.window() if parent is not None else widget).screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_window(
    widget: QWidget, width: int, height: int, area: QRect | None = None
) -> tuple[int, int]:
    """Resize ``widget`` to ``width`` x ``height`` or less, so that it and its frame fit ``area``.

    ``area`` is the screen's free area by default. Returns the size given.
    """
    area = area or available_area(widget)
    if area is not None:
        width = min(width, area.width() - FRAME[0])
        height = min(height, area.height() - FRAME[1])
    widget.resize(width, height)
    if area is not None:
        x = area.x() + max(0, (area.width() - width - FRAME[0]) // 2)
        y = area.y() + max(0, (area.height() - height - FRAME[1]) // 2)
        widget.move(x, y)
    return width, height
