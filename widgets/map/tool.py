"""The mouse-mode plug-in of the map canvas (drawing, editing, picking).

Its own module so that tools (``widgets.map.zone_tools``) and the canvas
(``widgets.map.canvas``) both import it and not each other.
"""

from __future__ import annotations

from PySide6.QtCore import Qt


class CanvasTool:
    """A mouse mode of the canvas (drawing, editing, picking).

    The canvas hands every mouse event to the active tool first, with its
    lon/lat; a handler returns True when it used the event (the map then
    does not pan), False to let the map handle it as usual. The wheel
    always zooms.
    """

    #: mouse cursor while the tool is active
    cursor = Qt.CursorShape.CrossCursor
    #: one sentence for the status bar
    hint = ""

    def __init__(self):
        #: the ``widgets.map.canvas.MapCanvas`` while active, else None
        self.canvas = None

    def activate(self, canvas) -> None:
        self.canvas = canvas

    def deactivate(self) -> None:
        self.canvas = None

    def press(self, lon: float, lat: float, event) -> bool:
        return False

    def move(self, lon: float, lat: float, event) -> bool:
        return False

    def release(self, lon: float, lat: float, event) -> bool:
        return False

    def double_click(self, lon: float, lat: float, event) -> bool:
        return False

    def key(self, event) -> bool:
        return False
