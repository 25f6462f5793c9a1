"""Step 5: print map sheets and build the web map from what is on screen now.

The map-sheet preview (:mod:`widgets.output.sheet_preview`) and the web map
(:mod:`widgets.output.webmap_view`) take a :class:`gis.maps.mapdata.MapData`: a bundle of
the tables, the zones and the filter at one moment. This page makes that
bundle from the workspace when the planner asks, and opens each in its own
window (both need room). Zones drawn on the web map come back as undoable
edits of the workspace.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from gis.model.edits import AddZone
from gis.model.workspace import Workspace
from widgets.base.screen_fit import fit_window


def map_data_from_workspace(ws: Workspace, scenario=None, allocation=None, mentors=None):
    """The workspace now as a :class:`gis.maps.mapdata.MapData` (filter, zones, sources).

    With the scenario being edited (and its latest allocation) the sheet's
    subtitle names it and the summary table shows its cost against the cap.
    ``mentors`` (a callable giving the mentor pool, where it came from, the
    reach in km and the last matching) feeds the sheet's meeting tables;
    without it the PSKS persons of the PSKS layer are the pool.
    """
    from gis.demo import province as demo
    from gis.maps.mapdata import DataSource, MapData

    d = ws.data
    mask = ws.mask if ws.households is not None else None
    if mask is not None and mask.all():
        mask = None
    data = MapData(
        villages=d.villages,
        households=d.households if len(d.households) else None,
        psks=d.psks,
        zones=ws.zones,
        mask=None if mask is None else np.asarray(mask),
        filter=ws.filter,
    )
    if scenario is not None:
        data.scenario = scenario.name
        if scenario.budget_cap is not None:
            data.budget = float(scenario.budget_cap)
        if allocation is not None:
            data.cost = float(allocation.total_cost)
    if d.synthetic:
        data.sources = [
            DataSource("Rumah tangga", demo.HOUSEHOLD_SOURCE, demo.SNAPSHOT_DATE),
            DataSource("PSKS", demo.SOURCE_LABEL, demo.SNAPSHOT_DATE),
            DataSource("Batas desa", demo.SOURCE_LABEL),
        ]
    data.meeting = meeting_tables(ws, data, mentors)
    return data


def meeting_tables(ws: Workspace, data, mentors=None):
    """The program-synergy and mentor-gap tables the sheet may print (None without a register)."""
    from gis.model.mentors import mentors_from_psks
    from gis.plan.meeting_tables import MeetingTables

    if data.households is None:
        return None
    pool, pool_text, max_km, matching = mentors() if mentors is not None else (None, "", 15.0, None)
    if mentors is None and ws.psks is not None:  # the mentor tab's choice stands when given
        pool, pool_text = mentors_from_psks(ws.psks), "PSKS (PSM, TKSK, pendamping PKH)"
    return MeetingTables(
        data.households, data.mask, data.filter_text(), pool, pool_text, max_km, matching
    )


class OutputPage(QWidget):
    """Buttons that open the map sheet and the web map for the current workspace.

    ``scenario_panel`` (optional) is the step-4 panel: its scenario name,
    cap and latest cost go on the sheet. ``mentors`` (optional) gives the
    mentor pool, its origin, the reach and the last matching for the sheet's
    mentor-gap table (see :func:`map_data_from_workspace`).
    """

    def __init__(
        self,
        workspace: Workspace,
        undo=None,
        parent: QWidget | None = None,
        scenario_panel=None,
        mentors=None,
    ):
        super().__init__(parent)
        self.mentors = mentors
        self.workspace = workspace
        self.undo = undo
        self.scenario_panel = scenario_panel
        self.windows: dict[str, QWidget] = {}
        intro = QLabel(
            self.tr(
                "Lembar peta untuk rapat (PDF/PNG, A4 atau A3, dengan legenda, skala, "
                "sumber data dan baris privasi) dan peta web (HTML) dibuat dari yang "
                "tampil sekarang: filter, zona dan data yang dimuat."
            )
        )
        intro.setWordWrap(True)
        self.sheet_button = QPushButton(self.tr("Lembar peta (PDF)..."))
        self.sheet_button.clicked.connect(self.open_sheet)
        self.web_button = QPushButton(self.tr("Peta web (HTML)..."))
        self.web_button.clicked.connect(self.open_webmap)
        note = QLabel(
            self.tr(
                "Keduanya agregat per desa secara bawaan; titik rumah tangga adalah data "
                "pribadi dan hanya tampil bila dipilih dengan sengaja."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #2f6b2f;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.sheet_button)
        layout.addWidget(self.web_button)
        layout.addWidget(note)
        layout.addStretch(1)
        workspace.sig_data_changed.connect(lambda *_: self._enable())
        workspace.sig_zones_changed.connect(self._follow_zones)
        self._enable()

    def _follow_zones(self, zones) -> None:
        web = self.windows.get("web")
        if web is not None:
            web.set_zones(list(zones))

    def _enable(self) -> None:
        has = self.workspace.data is not None
        self.sheet_button.setEnabled(has)
        self.web_button.setEnabled(has)

    def _show(self, key: str, widget: QWidget, size: tuple[int, int]) -> QWidget:
        old = self.windows.pop(key, None)
        if old is not None:
            old.close()
        widget.setParent(self.window(), Qt.WindowType.Window)
        widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        widget.destroyed.connect(lambda *_: self.windows.pop(key, None))
        fit_window(widget, *size)
        widget.show()
        self.windows[key] = widget
        return widget

    def open_sheet(self):
        """A map-sheet preview window of the workspace as it is now."""
        from widgets.output.sheet_preview import SheetPreview

        return self._show("sheet", SheetPreview(self.map_data()), (1300, 850))

    def map_data(self):
        """What the sheet and web map show now: the workspace and the scenario being edited."""
        panel = self.scenario_panel
        if panel is None:
            return map_data_from_workspace(self.workspace, mentors=self.mentors)
        return map_data_from_workspace(
            self.workspace, panel.scenario, panel.allocation, mentors=self.mentors
        )

    def open_webmap(self):
        """A web-map window; zones drawn there become zones of the workspace."""
        from gis.plan.map_indicators import ExtraIndicators
        from widgets.output.webmap_view import WebMapView, zone_from_feature

        # the mentor, referral and synergy maps the workspace allows now (counts only)
        extras = ExtraIndicators.of_workspace(self.workspace)
        view = WebMapView(self.map_data(), extras=extras)

        def add(feature: dict) -> None:
            ws = self.workspace
            zone_id = ws.new_zone_id()
            name = self.tr("Zona peta web {n}").format(n=zone_id.split("-")[-1])
            edit = AddZone(zone_from_feature(feature, zone_id, name))
            if self.undo is not None:
                self.undo.push_edit(edit)
            else:
                edit.apply(ws)

        view.sig_zone_drawn.connect(add)
        return self._show("web", view, (1200, 800))


if __name__ == "__main__":
    import sys

    from widgets.base.demo import run_example

    sys.exit(run_example(OutputPage, "Cetak"))
