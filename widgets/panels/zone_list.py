"""The zone list: every intervention zone with what it reaches, live.

Per zone, among the households that pass the current filter: households
(and desil 1-4 among them), persons, households with any PPKS, households
that receive no program yet (the gap a program would fill), PSKS inside,
and households that another zone reaches too (counted twice in a plan if
nobody looks). The numbers follow every zone edit and filter change.
Rename and delete go through :mod:`gis.model.edits` so they can be undone; zones
export to GeoPackage or GeoJSON for QGIS.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gis.model.edits import RemoveZone, ReplaceZone
from gis.model.unknowns import UNKNOWN
from gis.model.workspace import Workspace
from gis.model.zone_tally import ZoneCount, ZoneCounts, count_zones
from gis.model.zones import psks_zone_mask
from widgets.base import files
from widgets.base.fmt import num, persons_split
from widgets.base.gis_text import gis_text
from widgets.base.messages import describe
from widgets.base.zone_text import place_line, split_line, total_text, zone_detail


@dataclass
class ZoneTally:
    """What one zone reaches among the filtered households."""

    zone_id: str
    name: str
    households: int = 0
    by_desil: np.ndarray = field(default_factory=lambda: np.zeros(11, dtype=np.int64))
    persons: int = 0
    with_ppks: int = 0
    receives_nothing: int = 0
    # households without a known size (their persons are not in ``persons``)
    unknown_size: int = 0
    # False when the register carries no PPKS / no program at all: unknown, not 0
    ppks_known: bool = True
    programs_known: bool = True
    psks: int = 0
    shared: int = 0
    approximate: int = 0
    count: ZoneCount | None = None

    @property
    def desil_1_4(self) -> int:
        return int(self.by_desil[1:5].sum())


def zone_tallies(ws: Workspace) -> list[ZoneTally]:
    """One :class:`ZoneTally` per zone of ``ws``, in list order (pure numpy)."""
    return zone_tallies_and_total(ws)[0]


def zone_tallies_and_total(ws: Workspace) -> tuple[list[ZoneTally], ZoneCounts | None]:
    """The zones' tallies and the :class:`~gis.model.zone_tally.ZoneCounts` their total row uses."""
    t = ws.households
    zones = ws.zones
    if t is None or not zones:
        return [], None
    flt = ws.mask
    counts = count_zones(t, zones, ws.zone_masks, flt)
    out = []
    psks = ws.psks
    # unknown is not "none": PPKS / programs the register does not carry stay unknown
    nothing = t.received_nothing()
    ppks_known, programs_known = t.carries_ppks, bool(t.carried_programs())
    for z, c in zip(zones, counts.zones):
        sel = ws.zone_mask(z) & flt
        row = ZoneTally(z.zone_id, z.name, count=c)
        row.households = c.total
        row.by_desil = np.bincount(t.desil[sel], minlength=11).astype(np.int64)
        row.persons = int(t.members[sel].sum(dtype=np.int64))
        row.unknown_size = int(np.count_nonzero(t.members[sel] <= 0))
        row.with_ppks = int(np.count_nonzero(t.ppks[sel]))
        row.ppks_known = ppks_known
        row.receives_nothing = int(np.count_nonzero(nothing[sel]))
        row.programs_known = programs_known
        row.shared = c.shared
        row.approximate = c.approximate
        if psks is not None and len(psks):
            row.psks = int((psks_zone_mask(z, psks) & psks.is_psks).sum())
        out.append(row)
    return out, counts


class ZoneList(QWidget):
    """Zones with live tallies; rename, delete, export; picks the current zone."""

    def __init__(self, workspace: Workspace, undo=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.undo = undo
        self.folder = ""
        self.tallies: list[ZoneTally] = []
        self.total: ZoneCounts | None = None
        self._syncing = False

        tree = QTreeWidget()
        tree.setColumnCount(2)
        tree.setHeaderLabels([self.tr("Zona"), self.tr("Jangkauan (rumah tangga sesuai filter)")])
        tree.headerItem().setToolTip(0, self.tr("Nama zona (klik dua kali untuk mengganti)"))
        tree.headerItem().setToolTip(
            1,
            self.tr(
                "RT: rumah tangga di zona yang memenuhi filter; jiwa: anggotanya; "
                "PPKS: dengan sedikitnya satu jenis PPKS; belum dibantu: belum menerima "
                "program apa pun; PSKS: sumber kesejahteraan sosial di zona; dihitung di zona "
                "lain: rumah tangga yang juga dijangkau zona lain. Letak perkiraan: "
                "rumah tangga tanpa koordinat sendiri, ditempatkan menurut aturan di desanya."
            ),
        )
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(False)
        tree.setWordWrap(False)  # wrapped lines would outgrow the row height Qt computes
        tree.setAlternatingRowColors(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 130)
        tree.itemChanged.connect(self._on_item_changed)
        tree.currentItemChanged.connect(self._on_current_item)
        self.tree = tree

        self.empty_label = QLabel(
            self.tr(
                "Belum ada zona. Gambar zona di peta (poligon, persegi, lingkaran) "
                "atau pilih desa/kecamatan sebagai zona."
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(mid); padding: 6px;")

        self.rename_button = QPushButton(self.tr("Ganti nama"))
        self.rename_button.clicked.connect(self.start_rename)
        self.delete_button = QPushButton(self.tr("Hapus"))
        self.delete_button.clicked.connect(self.delete_current)
        self.export_button = QPushButton(self.tr("Ekspor zona..."))
        self.export_button.setToolTip(
            self.tr("Simpan semua zona sebagai GeoPackage atau GeoJSON (QGIS)")
        )
        self.export_button.clicked.connect(self.export_dialog)
        self.total_label = QLabel()
        self.total_label.setWordWrap(True)
        self.total_label.setStyleSheet("font-weight: bold; padding: 2px;")
        self.total_label.setToolTip(
            self.tr(
                "Rumah tangga yang berada di beberapa zona dihitung di setiap zona itu, tetapi "
                "hanya sekali di jumlah rumah tangga berbeda."
            )
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.rename_button, self.delete_button, self.export_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(tree, 1)
        layout.addWidget(self.total_label)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        for sig in (
            workspace.sig_zones_changed,
            workspace.sig_filter_changed,
            workspace.sig_data_changed,
        ):
            sig.connect(self._schedule)
        workspace.sig_current_zone_changed.connect(self._on_current_zone)
        self.refresh()

    def _schedule(self, *_):
        self._timer.start()

    # --- showing ------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute every zone's tally and redraw the list."""
        self._timer.stop()
        self.tallies, self.total = zone_tallies_and_total(self.workspace)
        self._syncing = True
        try:
            self.tree.clear()
            for tl in self.tallies:
                persons, size_note = persons_split(tl.persons, tl.households, tl.unknown_size)
                unknown = gis_text(UNKNOWN)
                c = tl.count
                lines = [
                    place_line(c),
                    self.tr("{hh} RT · {persons} jiwa · desil 1-4: {d14}").format(
                        hh=num(tl.households), persons=persons, d14=num(tl.desil_1_4)
                    )
                    + (f" ({size_note})" if size_note else ""),
                    self.tr("PPKS: {ppks} · belum dibantu: {gap}").format(
                        ppks=num(tl.with_ppks) if tl.ppks_known else unknown,
                        gap=num(tl.receives_nothing) if tl.programs_known else unknown,
                    ),
                    self.tr("PSKS: {psks} · dihitung di zona lain: {shared}").format(
                        psks=num(tl.psks), shared=num(tl.shared)
                    ),
                ]
                if c.split_approximate:
                    lines.append(split_line(c))
                item = QTreeWidgetItem([tl.name, "\n".join(lines)])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                item.setData(0, Qt.ItemDataRole.UserRole, tl.zone_id)
                item.setTextAlignment(0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                desil = ", ".join(
                    f"D{d}: {num(tl.by_desil[d])}" for d in range(1, 11) if tl.by_desil[d]
                )
                tip = self.tr("Per desil: {desil}").format(desil=desil or "–")
                tip += "\n" + zone_detail(c)
                item.setToolTip(0, tip)
                item.setToolTip(1, tip)
                self.tree.addTopLevelItem(item)
                if tl.zone_id == self.workspace.current_zone:
                    self.tree.setCurrentItem(item)
        finally:
            self._syncing = False
        has = bool(self.tallies)
        self.total_label.setText(total_text(self.total) if self.total else "")
        self.total_label.setVisible(has)
        self.empty_label.setVisible(not has)
        for b in (self.rename_button, self.delete_button, self.export_button):
            b.setEnabled(has)

    def _item_of(self, zone_id: str | None) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == zone_id:
                return item
        return None

    def _on_current_zone(self, zone_id) -> None:
        item = self._item_of(zone_id)
        self._syncing = True
        try:
            if item is not None:
                self.tree.setCurrentItem(item)
            else:
                self.tree.clearSelection()
        finally:
            self._syncing = False

    def _on_current_item(self, item, _previous) -> None:
        if self._syncing:
            return
        self.workspace.set_current_zone(item.data(0, Qt.ItemDataRole.UserRole) if item else None)

    # --- editing ------------------------------------------------------------
    def _push(self, edit) -> None:
        if self.undo is not None:
            self.undo.push_edit(edit)
        else:
            edit.apply(self.workspace)

    def start_rename(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.tree.editItem(item, 0)

    def rename(self, zone_id: str, name: str) -> None:
        zone = self.workspace.zone(zone_id)
        name = name.strip()
        if zone is None or not name or name == zone.name:
            return
        self._push(ReplaceZone(replace(zone, name=name)))

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._syncing or column != 0:
            return
        zone_id = item.data(0, Qt.ItemDataRole.UserRole)
        zone = self.workspace.zone(zone_id)
        if zone is not None and not item.text(0).strip():
            self._schedule()  # an empty name is not a name: show the old one again
            return
        QTimer.singleShot(0, lambda: self.rename(zone_id, item.text(0)))

    def delete_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self._push(RemoveZone(item.data(0, Qt.ItemDataRole.UserRole)))

    def export_dialog(self) -> None:
        path, overwrite = files.choose_save_target(
            self,
            self.tr("Ekspor zona"),
            self.folder,
            self.tr("GeoPackage (*.gpkg);;GeoJSON (*.geojson)"),
        )
        if path:
            self.export(path, overwrite=overwrite)

    def export(self, path: str, overwrite: bool = False) -> bool:
        """Write all zones (EPSG:4326); reports the outcome under the list."""
        from pathlib import Path

        from gis.model.zonefile import write_zones

        try:
            write_zones(self.workspace.zones, path, self.workspace.villages, overwrite=overwrite)
        except Exception as exc:  # worded for the planner, never a traceback
            self.message.setText(describe(exc))
            return False
        self.folder = str(Path(path).parent)
        self.message.setText(
            self.tr("{n} zona disimpan ke {name}.").format(
                n=len(self.workspace.zones), name=Path(path).name
            )
        )
        return True


def _example(workspace: Workspace) -> ZoneList:
    """Two demo zones: the first kecamatan's villages, and a circle around its centre."""
    from gis.model.edits import AddZone
    from gis.model.zones import Zone, circle_zone

    v = workspace.villages
    kec = v.kec_codes[0]
    codes = tuple(str(c) for c in v.codes[v.codes.astype("U6") == kec])
    AddZone(Zone("zona-1", f"Kec. {v.kec_names[0]}", villages=codes)).apply(workspace)
    b = v.bounds[np.flatnonzero(v.codes.astype("U6") == kec)]
    lon, lat = float(np.nanmean(b[:, [0, 2]])), float(np.nanmean(b[:, [1, 3]]))
    AddZone(circle_zone("zona-2", "Radius 10 km", lon, lat, 10.0)).apply(workspace)
    return ZoneList(workspace)


if __name__ == "__main__":
    import sys

    from widgets.base.demo import run_example

    sys.exit(run_example(_example, "Zona"))
