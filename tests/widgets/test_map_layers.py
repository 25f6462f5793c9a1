"""A new map layer is one class and one line in the registry (issue 10).

The test layer below is written the way the next issues will add theirs
(verification progress, mentors, referrals): a subclass of ``MapLayer``
put in ``widgets.map.layers.REGISTRY``. The canvas must then list it, stack
it, draw it, hide it, show its legend and keep it up to date with the filter,
without any other change.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from gis.model.filters import HouseholdFilter
from gis.model.workspace import Workspace
from widgets.map import layers as registry
from widgets.map.canvas import MapCanvas
from widgets.map.layer import MapLayer

MARK = "#ff00ff"  # a colour no other layer uses


class _MarkLayer(MapLayer):
    """A square on the view's centre, redrawn on every filter change."""

    name = "tanda_uji"

    def __init__(self, canvas):
        super().__init__(canvas)
        self.updates = 0
        self.filters = 0

    def title(self) -> str:
        return "Tanda uji"

    def update(self) -> None:
        self.updates += 1
        self.clear_items()
        x0, y0, x1, y1 = self.canvas.view_bounds()
        w, h = (x1 - x0) / 10, (y1 - y0) / 10
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        item = QGraphicsRectItem(cx - w, cy - h, 2 * w, 2 * h)
        item.setPen(QPen(QColor(MARK)))
        item.setBrush(QBrush(QColor(MARK)))
        self.add_item(item)

    def on_filter(self) -> None:
        self.filters += 1

    def legend_entries(self, detail: bool = False):
        return [("Tanda uji", [("fill", MARK, "tanda")])]


@pytest.fixture(params=[0, 3, None], ids=["top", "middle", "bottom"])
def canvas(request, qtbot, demo_dataset, monkeypatch):
    """A canvas with the test layer registered at the top, in the middle or at the bottom."""
    at = len(registry.REGISTRY) if request.param is None else request.param
    reg = (*registry.REGISTRY[:at], _MarkLayer, *registry.REGISTRY[at:])
    monkeypatch.setattr(registry, "REGISTRY", reg)
    c = MapCanvas(Workspace(demo_dataset))
    qtbot.addWidget(c)
    c.resize(800, 600)
    c.show()
    qtbot.waitExposed(c)
    c.zoom_full()
    c.redraw()  # the square follows the settled view
    c.flush()
    c._at = at
    return c


def _centre_colour(canvas) -> QColor:
    x0, y0, x1, y1 = canvas.view_bounds()
    img = canvas.render_image()
    return QColor(img.pixel(canvas.canvas_pos((x0 + x1) / 2, (y0 + y1) / 2)))


def _others_hidden(canvas) -> None:
    for info in canvas.layers():
        if info.name != "tanda_uji":
            canvas.set_layer_visible(info.name, False)


def test_a_registered_layer_is_listed_in_its_place(canvas):
    names = [info.name for info in canvas.layers()]
    assert names.index("tanda_uji") == canvas._at
    assert len(names) == len(registry.REGISTRY)
    info = canvas.layers()[canvas._at]
    assert info.title == "Tanda uji" and info.visible and info.opacity == 1.0


def test_a_registered_layer_is_painted_and_hidden_on_request(canvas):
    layer = canvas.layer("tanda_uji")
    assert layer.updates >= 1 and layer.items
    canvas.set_layer_order(["tanda_uji"])  # on top of the choropleth, wherever registered
    assert _centre_colour(canvas).name() == MARK
    canvas.set_layer_visible("tanda_uji", False)
    assert _centre_colour(canvas).name() != MARK
    canvas.set_layer_visible("tanda_uji", True)
    _others_hidden(canvas)
    canvas.set_layer_order([n.name for n in canvas.layers()][::-1])  # now at the bottom
    assert _centre_colour(canvas).name() == MARK


def test_a_registered_layer_follows_the_workspace_and_shows_its_legend(canvas):
    layer = canvas.layer("tanda_uji")
    assert ("Tanda uji", [("fill", MARK, "tanda")]) in canvas.legend_entries()
    canvas.workspace.set_filter(HouseholdFilter(desil=(1,)))
    assert layer.filters == 1
    before = layer.updates
    canvas.redraw()
    assert layer.updates == before + 1
    canvas.set_layer_visible("tanda_uji", False)
    assert all(title != "Tanda uji" for title, _rows in canvas.legend_entries())
