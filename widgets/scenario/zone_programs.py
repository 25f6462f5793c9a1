"""Which programs each zone delivers: the "Zona" tab of the scenario panel.

A part of its own: the table of the scenario's zones with their programs
and, once the plan is evaluated, the households reached, how many of
them are placed approximately and the yearly cost per zone; below it the
program boxes of the selected zone and a button giving every zone the
same programs. Selecting a row makes that zone the workspace's current
zone (the map follows) and the workspace's current zone selects its row.
Ticks are written into the scenario (:meth:`Scenario.set_zone_programs`);
the panel that observes the scenario asks this part to show it again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gis.model.workspace import Workspace
from gis.model.zone_tally import ZoneCounts
from gis.plan.scenario import Scenario
from widgets.base.fmt import num
from widgets.base.zone_text import split_explanation, total_text, zone_detail
from widgets.scenario.scenario_common import program_label, rupiah_short

_RED = "#c53030"


class ZoneProgramsEditor(QWidget):
    """The zones of a scenario, their programs and (when known) their figures."""

    def __init__(
        self, workspace: Workspace, scenario: Scenario | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.workspace = workspace
        self._scenario = scenario
        self._allocation = None
        self._program_checks: dict[str, QCheckBox] = {}
        self._build()
        if scenario is not None:
            self.show_zones()
            self.show_program_boxes()

    def _build(self) -> None:
        self.zone_table = QTableWidget(0, 5)
        self.zone_table.setHorizontalHeaderLabels(
            [
                self.tr("Zona"),
                self.tr("Program"),
                self.tr("RT"),
                self.tr("perkiraan"),
                self.tr("Biaya"),
            ]
        )
        self.zone_table.verticalHeader().hide()
        self.zone_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.zone_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.zone_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.zone_table.setWordWrap(False)
        h = self.zone_table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for c in (2, 3, 4):
            h.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.zone_table.horizontalHeaderItem(2).setToolTip(
            self.tr("Rumah tangga terjangkau di zona (setelah pagu)")
        )
        self.zone_table.horizontalHeaderItem(3).setToolTip(
            self.tr(
                "Di antara rumah tangga terjangkau: yang letaknya perkiraan (tanpa koordinat "
                "sendiri, ditempatkan menurut aturan di desanya)"
            )
        )
        self.zone_total = QLabel()
        self.zone_total.setWordWrap(True)
        self.zone_table.itemSelectionChanged.connect(self._zone_selected)
        self.zone_empty = QLabel(
            self.tr("Belum ada zona. Gambar zona atau pilih desa di langkah 3 (Zona).")
        )
        self.zone_empty.setWordWrap(True)
        self.zone_empty.setStyleSheet("color: palette(dark);")
        self.zone_programs_title = QLabel()
        self.zone_programs_title.setWordWrap(True)
        self.program_boxes_widget = QWidget()
        self.program_boxes = QGridLayout(self.program_boxes_widget)
        self.program_boxes.setContentsMargins(0, 0, 0, 0)
        self.apply_all_button = QPushButton(self.tr("Pakai program ini di semua zona"))
        self.apply_all_button.clicked.connect(self.apply_programs_to_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.zone_empty)
        layout.addWidget(self.zone_table, 1)
        layout.addWidget(self.zone_total)
        layout.addWidget(self.zone_programs_title)
        layout.addWidget(self.program_boxes_widget)
        layout.addWidget(self.apply_all_button)

    # --- the model ---------------------------------------------------------------------

    @property
    def scenario(self) -> Scenario | None:
        return self._scenario

    def set_scenario(self, scenario: Scenario) -> None:
        """Edit ``scenario`` from now on; its figures are unknown until :meth:`set_allocation`."""
        self._scenario = scenario
        self._allocation = None

    def set_allocation(self, allocation) -> None:
        """The evaluated plan whose per-zone figures the table shows (None: "–")."""
        self._allocation = allocation

    # --- showing -----------------------------------------------------------------------

    def show_zones(self) -> None:
        sc = self._scenario
        by_zone = {}
        counts = None
        if self._allocation is not None:
            by_zone = {z["zone_id"]: z for z in self._allocation.summary.get("by_zone", [])}
            if "zones_total" in self._allocation.summary:
                counts = ZoneCounts.from_summary(self._allocation.summary)
        current = self.selected_zone_id() or self.workspace.current_zone
        self.zone_table.blockSignals(True)
        self.zone_table.setRowCount(len(sc.zones))
        for r, z in enumerate(sc.zones):
            keys = sc.zone_programs.get(z.zone_id, ())
            missing = [k for k in keys if k not in sc.programs]
            label = ", ".join(program_label(sc.programs, k) for k in keys) or self.tr("(tidak ada)")
            figures = by_zone.get(z.zone_id)
            cells = [
                z.name,
                label,
                num(figures["reached"]) if figures else "–",
                num(figures["reached_approximate"]) if figures and counts else "–",
                rupiah_short(figures["cost"]) if figures else "–",
            ]
            count = counts.get(z.zone_id) if counts is not None else None
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, z.zone_id)
                if c >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if c in (2, 3) and count is not None:
                    item.setToolTip(zone_detail(count))
                if c == 0 and count is not None and count.split_approximate:
                    item.setText(z.name + " ⚠")
                    item.setToolTip(split_explanation(count))
                if c == 1:
                    item.setToolTip(
                        "\n".join(sc.programs.get(k).name if k in sc.programs else k for k in keys)
                    )
                    if missing or not keys:
                        item.setForeground(QColor(_RED))
                    if missing:
                        item.setToolTip(
                            self.tr("Tidak ada di tabel biaya: {keys}").format(
                                keys=", ".join(missing)
                            )
                        )
                self.zone_table.setItem(r, c, item)
            if z.zone_id == current:
                self.zone_table.selectRow(r)
        if self.zone_table.currentRow() < 0 and sc.zones:
            self.zone_table.selectRow(0)
        self.zone_table.blockSignals(False)
        self.zone_empty.setVisible(not sc.zones)
        self.zone_table.setVisible(bool(sc.zones))
        self.zone_total.setText(
            self.tr("Rumah tangga di zona, sebelum syarat program dan pagu:")
            + " "
            + total_text(counts)
            if counts is not None and sc.zones
            else ""
        )
        self.zone_total.setVisible(bool(self.zone_total.text()))

    def selected_zone_id(self) -> str | None:
        rows = self.zone_table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.zone_table.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select_zone(self, zone_id) -> None:
        """Select the row of ``zone_id`` (the workspace's current zone changed)."""
        for r in range(self.zone_table.rowCount()):
            item = self.zone_table.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == zone_id:
                if self.zone_table.currentRow() != r:
                    self.zone_table.selectRow(r)
                return

    def _zone_selected(self) -> None:
        zid = self.selected_zone_id()
        self.show_program_boxes()
        if zid and zid != self.workspace.current_zone:
            self.workspace.set_current_zone(zid)

    def show_program_boxes(self) -> None:
        sc = self._scenario
        zid = self.selected_zone_id()
        keys = set(sc.zone_programs.get(zid, ())) if zid else set()
        wanted = list(sc.programs.keys)
        if list(self._program_checks) != wanted:
            for box in self._program_checks.values():
                self.program_boxes.removeWidget(box)
                box.deleteLater()
            self._program_checks = {}
            for i, k in enumerate(wanted):
                box = QCheckBox(program_label(sc.programs, k))
                box.setToolTip(sc.programs.get(k).name)
                box.toggled.connect(lambda on, key=k: self._program_toggled(key, on))
                self.program_boxes.addWidget(box, i // 3, i % 3)
                self._program_checks[k] = box
        for k, box in self._program_checks.items():
            box.blockSignals(True)
            box.setChecked(k in keys)
            box.setEnabled(zid is not None)
            box.setToolTip(sc.programs.get(k).name)
            box.blockSignals(False)
        zone = next((z for z in sc.zones if z.zone_id == zid), None)
        self.zone_programs_title.setText(
            self.tr("<b>Program di zona {name}</b>").format(name=zone.name)
            if zone
            else self.tr("<b>Program per zona</b>: pilih zona di atas")
        )
        self.apply_all_button.setEnabled(zone is not None and len(sc.zones) > 1)
        self.program_boxes_widget.setVisible(bool(sc.zones))
        self.apply_all_button.setVisible(bool(sc.zones))

    # --- edits -------------------------------------------------------------------------

    def _program_toggled(self, key: str, on: bool) -> None:
        zid = self.selected_zone_id()
        if zid is None:
            return
        sc = self._scenario
        keys = list(sc.zone_programs.get(zid, ()))
        if on and key not in keys:
            # keep the table's order so zone lists read the same everywhere
            keys = [k for k in sc.programs.keys if k in keys or k == key] + [
                k for k in keys if k not in sc.programs
            ]
        elif not on:
            keys = [k for k in keys if k != key]
        sc.set_zone_programs(zid, keys)

    def apply_programs_to_all(self) -> None:
        """Every zone delivers the programs of the selected zone."""
        zid = self.selected_zone_id()
        if zid is None:
            return
        sc = self._scenario
        keys = sc.zone_programs.get(zid, ())
        sc.zone_programs = {z.zone_id: tuple(keys) for z in sc.zones}
