"""Net change of the register per village between two snapshots (entries and moves in
minus exits and moves out), in five diverging classes: fewer families red, more blue.

The layer draws nothing until a comparison gives it values
(:meth:`SnapshotChangeLayer.set_change`, from :mod:`widgets.panels.snapshot_view`);
a village with no change is its own class, not folded into "a little more".
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from widgets.base import fmt
from widgets.map.layer import MapLayer, tr

# ColorBrewer RdBu (5): much fewer, fewer, unchanged, more, much more families
COLORS = ("#ca0020", "#f4a582", "#f7f7f7", "#92c5de", "#0571b0")


def change_classes(values: np.ndarray) -> tuple[np.ndarray, int]:
    """Class 0-4 per village and the bound between "fewer" and "much fewer" (and more).

    The bound is half the largest change either way (at least 2), so that the
    classes are symmetric around "unchanged" and read the same on both sides.
    """
    v = np.asarray(values, dtype=np.int64)
    big = max(2, int(np.ceil(np.abs(v).max(initial=0) / 2)))
    cls = np.full(len(v), 2, dtype=np.int64)
    cls[v < 0] = 1
    cls[v <= -big] = 0
    cls[v > 0] = 3
    cls[v >= big] = 4
    return cls, big


class SnapshotChangeLayer(MapLayer):
    name = "perubahan_register"
    default_opacity = 0.85

    def __init__(self, canvas):
        super().__init__(canvas)
        # int64 per village of the workspace's villages, or None before a comparison
        self.values: np.ndarray | None = None
        self.classes: np.ndarray | None = None
        self.bound = 0

    def title(self) -> str:
        return tr("Perubahan bersih register per desa")

    def set_change(self, values: np.ndarray | None) -> None:
        """Show these net changes per village (None: no comparison, nothing drawn)."""
        self.values = None if values is None else np.asarray(values, dtype=np.int64)
        self.update()

    def on_data(self, data) -> None:
        # another register: a comparison made against the old one no longer applies
        self.values = None
        self.clear_items()

    def update(self) -> None:
        self.clear_items()
        self.classes = None
        canvas = self.canvas
        villages = canvas.workspace.villages
        if self.values is None or villages is None or not canvas.data_ready:
            canvas.legend_changed()
            return
        if len(self.values) != len(villages):
            raise ValueError("one value per village of the workspace is needed")
        self.classes, self.bound = change_classes(self.values)
        for c, color in enumerate(COLORS):
            path = canvas.village_geo.path(self.classes == c)
            if path.isEmpty():
                continue
            item = QGraphicsPathItem(path)
            item.setPen(QPen(Qt.PenStyle.NoPen))
            item.setBrush(QBrush(QColor(color)))
            self.add_item(item)
        canvas.legend_changed()

    def legend_entries(self, detail: bool = False):
        if self.classes is None:
            return []
        b = fmt.num(self.bound)
        labels = (
            tr("berkurang {n} KK atau lebih").format(n=b),
            tr("berkurang"),
            tr("tetap"),
            tr("bertambah"),
            tr("bertambah {n} KK atau lebih").format(n=b),
        )
        title = tr("Perubahan bersih register (KK)")
        return [(title, [("fill", col, lab) for col, lab in zip(COLORS, labels, strict=True)])]
