"""A minimal main window: the demo province's villages and its headline counts.

It shows that the data core works end to end on the built-in data (villages
drawn from the village table, households counted through the workspace
filter). The full planner's workstation replaces it when installed.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import shapely
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QHBoxLayout, QLabel, QMainWindow, QWidget

from gis.aggregate import tally


def _villages_path(geoms) -> QPainterPath:
    path = QPainterPath()
    for g in geoms:
        if g is None:
            continue
        for ring in shapely.get_rings(shapely.get_parts(g)):
            xy = shapely.get_coordinates(ring)
            path.moveTo(xy[0, 0], xy[0, 1])
            for x, y in xy[1:]:
                path.lineTo(x, y)
    return path


class BasicWindow(QMainWindow):
    """Village outlines and the counts of the current filter."""

    def __init__(self, workspace):
        super().__init__()
        self.workspace = workspace
        data = workspace.data
        title = "Sasaran"
        if data is not None and data.synthetic:
            title += " — DATA SINTETIS"
        self.setWindowTitle(title)
        plot = pg.PlotWidget(background="w")
        _, miny, _, maxy = workspace.villages.province_bounds(0)
        # a degree of longitude is shorter than one of latitude away from the equator
        plot.setAspectLocked(True, ratio=1 / np.cos(np.radians((miny + maxy) / 2)))
        plot.hideAxis("left")
        plot.hideAxis("bottom")
        item = QGraphicsPathItem(_villages_path(workspace.villages.geoms))
        item.setPen(QPen(QColor("#555555"), 0))
        item.setBrush(QColor("#e8efe0"))
        plot.addItem(item)
        t = tally(workspace.households, workspace.mask, workspace.psks)
        lines = [
            f"<b>{data.label}</b>" if data else "",
            f"Desa/kelurahan: {len(workspace.villages):,}",
            f"Rumah tangga desil 1-4: {t.households:,}",
            f"Jiwa: {t.persons:,}",
            f"Belum menerima program apa pun: {t.receives_nothing:,}",
            f"PSKS per 1.000 RT desil 1-4: {t.psks_per_1000_desil_1_4}",
        ]
        panel = QLabel("<br>".join(lines))
        panel.setMinimumWidth(320)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(plot, 1)
        layout.addWidget(panel)
        self.setCentralWidget(central)
        self.statusBar().showMessage("DATA SINTETIS — data pribadi disamarkan")
