"""Compare the register with an earlier snapshot: who entered, left, moved, changed desil.

The planner loads the earlier register (last year's DTKS, the state before
a round); the families are matched with the workspace's register by KK,
head's NIK, then ID (:mod:`gis.model.snapshots`). The view shows how they
matched, the totals (entries, exits, moves, desil up and down, and the
"graduated" count: left desil 1-4 or left the register), the desil
transition matrix, and hands the net change per village to the map layer
``perubahan_register`` (:mod:`widgets.map.layers.snapshot_change`).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gis.model.households import HouseholdTable
from gis.model.importer import load_households
from gis.model.snapshots import SnapshotDiff, diff_snapshots, match_snapshots, village_values
from gis.model.workspace import Workspace
from widgets.base.files import ask_open_path, show_error
from widgets.base.fmt import num
from widgets.base.messages import describe
from widgets.base.worker import run_job

# the name of the map layer the net change goes to
LAYER = "perubahan_register"


class SnapshotView(QWidget):
    """The workspace's register against an earlier snapshot; the map shows the net change.

    Signals
    -------
    sig_other_changed(object, str)
        The earlier register (a :class:`HouseholdTable`, None when cleared) and its label,
        for the comparison window (one scenario on both registers).
    """

    sig_other_changed = Signal(object, str)

    def __init__(self, workspace: Workspace, canvas=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.canvas = canvas
        self.other: HouseholdTable | None = None
        self.other_label = ""
        self.diff: SnapshotDiff | None = None
        # net change (entries + moves in - exits - moves out) per village, or None
        self.net: np.ndarray | None = None
        self._job = None
        layout = QVBoxLayout(self)
        self.load_button = QPushButton(self.tr("Muat register sebelumnya…"))
        self.load_button.setToolTip(
            self.tr(
                "Register yang lebih lama (mis. DTKS tahun lalu, atau sebelum putaran "
                "verifikasi) dibandingkan dengan register yang sedang dibuka."
            )
        )
        self.load_button.clicked.connect(self.ask_load)
        layout.addWidget(self.load_button)
        self.summary = QLabel(self.tr("Belum ada register pembanding."))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel("<b>" + self.tr("Perpindahan desil (KK yang cocok)") + "</b>"))
        self.matrix = QTableWidget(11, 11)
        heads = [self.tr("tanpa")] + [str(d) for d in range(1, 11)]
        self.matrix.setHorizontalHeaderLabels(heads)
        self.matrix.setVerticalHeaderLabels(heads)
        self.matrix.setToolTip(
            self.tr("Baris: desil di register sebelumnya; kolom: desil di register sekarang.")
        )
        self.matrix.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.verticalHeader().setDefaultSectionSize(20)
        font = self.matrix.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.matrix.setFont(font)
        layout.addWidget(self.matrix, 1)
        workspace.sig_data_changed.connect(self._on_data_changed)

    # -- comparing ---------------------------------------------------------------------------

    def compare_with(self, other: HouseholdTable, label: str = "") -> SnapshotDiff:
        """Compare ``other`` (the earlier snapshot) with the workspace's register."""
        new = self.workspace.households
        if new is None:
            raise ValueError("no register open to compare with")
        match = match_snapshots(other, new)
        self.diff = diff = diff_snapshots(other, new, match, "desa")
        self.other, self.other_label = other, label
        self.net = village_values(diff, new.villages, "net")
        self._show(diff)
        if self.canvas is not None:
            self.canvas.layer(LAYER).set_change(self.net)
        self.sig_other_changed.emit(other, label)
        return diff

    def load_file(self, path: str | Path) -> SnapshotDiff:
        """Read an earlier register onto the workspace's villages and compare (blocking)."""
        villages = self.workspace.villages
        if villages is None:
            raise ValueError("no villages loaded")
        other, _report = load_households(path, villages)
        return self.compare_with(other, Path(path).name)

    def start_load(self, path: str | Path):
        """Read an earlier register on the worker pool, then compare; returns the job."""
        villages = self.workspace.villages
        if villages is None:
            return None
        name = Path(path).name
        job = run_job(load_households, path, villages)
        job.sig_finished.connect(lambda result: self._loaded(job, result, name))
        job.sig_failed.connect(self._load_failed)
        self._job = job
        self.load_button.setEnabled(False)
        self.summary.setText(self.tr("Membaca {name}…").format(name=name))
        return job

    def _loaded(self, job, result, name: str) -> None:
        if job is not self._job:
            return
        self._job = None
        self.load_button.setEnabled(True)
        self.compare_with(result[0], name)

    def _load_failed(self, exc) -> None:
        self._job = None
        self.load_button.setEnabled(True)
        self.summary.setText(self.tr("Belum ada register pembanding."))
        show_error(self, self.tr("Register pembanding tidak dapat dibaca"), describe(exc))

    def ask_load(self) -> None:
        if self.workspace.households is None:
            return
        path = ask_open_path(
            self,
            self.tr("Register sebelumnya"),
            "",
            self.tr("Register (*.gpkg *.parquet *.csv *.xlsx);;Semua berkas (*)"),
        )
        if path:
            self.start_load(path)

    def clear(self) -> None:
        self.other, self.diff, self.net, self.other_label = None, None, None, ""
        self.summary.setText(self.tr("Belum ada register pembanding."))
        self.matrix.clearContents()
        if self.canvas is not None:
            self.canvas.layer(LAYER).set_change(None)
        self.sig_other_changed.emit(None, "")

    def _on_data_changed(self, *_):
        # the register changed: the comparison was made against another one
        if self.diff is not None:
            self.clear()

    # -- showing -----------------------------------------------------------------------------

    def _show(self, diff: SnapshotDiff) -> None:
        t = diff.totals()
        m = diff.match_counts
        matched = sum(m["matched"].values())
        lines = [
            self.tr("Dibandingkan dengan <b>{name}</b>.").format(name=self.other_label or "-"),
            self.tr("Cocok: {n} KK (KK {kk}, NIK kepala {nik}, ID {id}).").format(
                n=num(matched),
                kk=num(m["matched"]["kk"]),
                nik=num(m["matched"]["nik"]),
                id=num(m["matched"]["id"]),
            ),
            self.tr(
                "Tidak cocok karena kunci ganda: {old} di register sebelumnya, {new} di "
                "register sekarang; tanpa kunci: {old_none} dan {new_none}."
            ).format(
                old=num(m["unmatched_old"]["duplicate_key"]),
                new=num(m["unmatched_new"]["duplicate_key"]),
                old_none=num(m["unmatched_old"]["no_key"]),
                new_none=num(m["unmatched_new"]["no_key"]),
            ),
            self.tr("Masuk {entries}, keluar {exits}, pindah desa {moved}.").format(
                entries=num(t.get("entries", 0)),
                exits=num(t.get("exits", 0)),
                moved=num(t.get("moved_out", 0)),
            ),
            self.tr("Desil naik {up}, turun {down}.").format(
                up=num(t.get("desil_up", 0)), down=num(t.get("desil_down", 0))
            ),
            "<b>"
            + self.tr("Lulus (keluar dari desil 1-4 atau dari register): {n} KK").format(
                n=num(t.get("graduated", 0))
            )
            + "</b>",
        ]
        self.summary.setText("<br>".join(lines))
        for i in range(11):
            for j in range(11):
                item = QTableWidgetItem(num(int(diff.transition[i, j])))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if i == j:
                    item.setBackground(self.palette().alternateBase())
                self.matrix.setItem(i, j, item)
