"""The filter panel: which households the planner is looking at.

Desil chips, the PPKS checklist grouped as planners think of it, programs
received or not, the admin unit, and the named presets for exclusion and
inclusion errors. Every choice shows a live count, and every change goes
through :class:`gis.model.edits.SetFilter` so it can be undone. The panel keeps no
filter of its own beyond the clicks of the last few milliseconds: it shows
``workspace.filter`` and writes back through edits.

Counts next to a choice are the households that have that value *and* meet
the other active conditions (the usual faceted-search count): the desil
chips count within the PPKS, program and area conditions, and so on. They
are bincounts over the household columns, a few milliseconds at a million
households (:mod:`widgets.panels.filter_counts`); the chip is
:mod:`widgets.panels.filter_chip`.

Why this module is over 500 lines: every group of chips (presets, desil,
PPKS, programs, area) is built, kept in step with ``workspace.filter`` and
recounted together, because each group's count depends on the others'
choices; counting and the chip itself live in their own modules.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gis.io.codelists import ppks_groups, ppks_types, received_programs
from gis.model.edits import SetFilter
from gis.model.filters import PRESETS, HouseholdFilter
from gis.model.households import HouseholdTable
from gis.model.workspace import Workspace
from widgets.base.fmt import num
from widgets.panels.filter_chip import Chip, preset_titles
from widgets.panels.filter_counts import (
    STALE_CHOICES,
    ChipCounts,
    bit_counts,
    chip_counts,
    same_filter,
    short_program_name,
)

__all__ = [
    "Chip",
    "ChipCounts",
    "FilterPanel",
    "bit_counts",
    "chip_counts",
    "preset_titles",
    "same_filter",
    "short_program_name",
]


class FilterPanel(QWidget):
    """Desil, PPKS, programs, admin unit and presets over ``workspace.filter``.

    Parameters
    ----------
    workspace
        The model; the panel observes it and writes through edits.
    undo
        Anything with ``push_edit(edit)`` (the application's undo stack).
        Without it edits are applied directly (a panel shown on its own).
    debounce_ms
        Clicks within this time become one filter change (and one undo step).
    """

    def __init__(
        self,
        workspace: Workspace,
        undo=None,
        parent: QWidget | None = None,
        debounce_ms: int = 60,
    ):
        super().__init__(parent)
        self.workspace = workspace
        self.undo = undo
        self.counts: ChipCounts | None = None
        self._pending: HouseholdFilter | None = None
        self._syncing = False
        self._preset_cache: tuple | None = None

        self._commit_timer = QTimer(self)
        self._commit_timer.setSingleShot(True)
        self._commit_timer.setInterval(debounce_ms)
        self._commit_timer.timeout.connect(self.commit)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self.recount)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold; padding: 4px;")
        outer.addWidget(self.summary)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self._body = QVBoxLayout(body)
        self._body.setContentsMargins(4, 0, 4, 4)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self._build_presets()
        self._build_desil()
        self._build_ppks()
        self._build_programs()
        self._build_units()
        self._build_stale()
        self._body.addStretch(1)
        self.reset_button = QPushButton(self.tr("Atur ulang ke desil 1-4"))
        self.reset_button.clicked.connect(lambda: self.apply_preset("desil_1_4"))
        outer.addWidget(self.reset_button)

        workspace.sig_filter_changed.connect(self._on_filter_changed)
        workspace.sig_data_changed.connect(self._on_data_changed)
        self._on_data_changed()

    def _count_tip(self, what: str) -> str:
        return self.tr(
            "Angka: rumah tangga dengan {what} ini yang juga memenuhi syarat lain "
            "yang sedang aktif."
        ).format(what=what)

    # --- building ---------------------------------------------------------
    def _build_presets(self) -> None:
        box = QGroupBox(self.tr("Pilihan cepat"))
        grid = QGridLayout(box)
        self.preset_buttons: dict[str, Chip] = {}
        for i, (key, (title, tip)) in enumerate(preset_titles().items()):
            chip = Chip(title, tip + "\n" + self.tr("Angka: rumah tangga yang cocok."))
            chip.clicked.connect(lambda _=False, k=key: self.apply_preset(k))
            grid.addWidget(chip, i // 2, i % 2)
            self.preset_buttons[key] = chip
        self._body.addWidget(box)

    def _build_desil(self) -> None:
        box = QGroupBox(self.tr("Desil kesejahteraan"))
        box.setToolTip(
            self.tr("Desil 1 = 10 % termiskin secara nasional. Bantuan lazimnya untuk desil 1-4.")
        )
        grid = QGridLayout(box)
        grid.setSpacing(3)
        tip = self._count_tip(self.tr("desil"))
        self.desil_chips: dict[int, Chip] = {}
        for d in range(1, 11):
            chip = Chip(str(d), tip)
            chip.clicked.connect(lambda _=False, d=d: self.toggle_desil(d))
            grid.addWidget(chip, (d - 1) // 5, (d - 1) % 5)
            self.desil_chips[d] = chip
        chip = Chip(self.tr("Tanpa desil"), tip)
        chip.clicked.connect(lambda _=False: self.toggle_desil(0))
        grid.addWidget(chip, 2, 0, 1, 2)
        self.desil_chips[0] = chip
        quick14 = QPushButton(self.tr("Desil 1-4"))
        quick14.clicked.connect(lambda: self.set_desil((1, 2, 3, 4)))
        quick_all = QPushButton(self.tr("Semua desil"))
        quick_all.clicked.connect(lambda: self.set_desil(()))
        grid.addWidget(quick14, 2, 2, 1, 1)
        grid.addWidget(quick_all, 2, 3, 1, 2)
        self._body.addWidget(box)

    def _build_ppks(self) -> None:
        box = QGroupBox(self.tr("Jenis PPKS (salah satu)"))
        box.setToolTip(self.tr("Rumah tangga dengan sedikitnya satu jenis PPKS yang dicentang."))
        lay = QVBoxLayout(box)
        tree = QTreeWidget()
        tree.setColumnCount(2)
        tree.setHeaderHidden(True)
        tree.setRootIsDecorated(True)
        tree.setUniformRowHeights(True)
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tip = self._count_tip(self.tr("jenis PPKS"))
        self.ppks_items: dict[int, QTreeWidgetItem] = {}
        self.ppks_group_items: dict[str, QTreeWidgetItem] = {}
        for key, name in ppks_groups().items():
            g = QTreeWidgetItem([name, ""])
            g.setFlags(g.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
            g.setCheckState(0, Qt.CheckState.Unchecked)
            tree.addTopLevelItem(g)
            self.ppks_group_items[key] = g
        for p in ppks_types():
            parent = self.ppks_group_items.get(p.group)
            item = QTreeWidgetItem([f"{p.code}. {p.name}", ""])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setToolTip(0, p.name + "\n" + tip)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, Qt.ItemDataRole.UserRole, p.code)
            if parent is None:
                tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            self.ppks_items[p.code] = item
        tree.itemChanged.connect(self._on_ppks_item)
        tree.itemExpanded.connect(lambda _i: self._fit_tree())
        tree.itemCollapsed.connect(lambda _i: self._fit_tree())
        self.ppks_tree = tree
        self.ppks_note = QLabel(
            self.tr("Berkas tidak memuat kolom PPKS: jenis PPKS tidak diketahui (bukan nol).")
        )
        self.ppks_note.setWordWrap(True)
        self.ppks_note.hide()
        lay.addWidget(self.ppks_note)
        lay.addWidget(tree)
        self._body.addWidget(box)
        self._fit_tree()

    def _fit_tree(self) -> None:
        tree = self.ppks_tree
        rows = 0
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            rows += 1
            if top.isExpanded():
                rows += top.childCount()
        row_h = tree.sizeHintForRow(0)
        if row_h <= 0:  # not laid out yet: estimate from the font, refit when shown
            row_h = tree.fontMetrics().height() + 1
        tree.setFixedHeight(rows * row_h + 2 * tree.frameWidth() + 2)
        tree.header().setStretchLastSection(False)
        tree.header().resizeSection(1, 58)
        tree.header().setSectionResizeMode(0, tree.header().ResizeMode.Stretch)

    def _build_programs(self) -> None:
        box = QGroupBox(self.tr("Program bantuan"))
        self.program_box = box
        self.program_grid = QGridLayout(box)
        self.program_grid.setSpacing(3)
        self.receive_chips: dict[str, Chip] = {}
        self.lack_chips: dict[str, Chip] = {}
        # "tidak diketahui" in place of the chips of programs the register does not carry
        self.unknown_labels: dict[str, QLabel] = {}
        self.lack_everything_chip = Chip(
            self.tr("Belum menerima bantuan apa pun"),
            self.tr(
                "Rumah tangga yang tidak menerima satu pun program yang tercatat untuknya "
                "(rumah tangga tanpa program tercatat sama sekali tidak dihitung)."
            )
            + "\n"
            + self._count_tip(self.tr("keadaan")),
        )
        self.lack_everything_chip.clicked.connect(self.toggle_lacks_everything)
        self._body.addWidget(box)

    def _rebuild_program_rows(self, table: HouseholdTable | None) -> None:
        grid = self.program_grid
        while grid.count():
            w = grid.takeAt(0).widget()
            if w is not None and w is not self.lack_everything_chip:
                w.deleteLater()
        self.receive_chips.clear()
        self.lack_chips.clear()
        self.unknown_labels.clear()
        grid.addWidget(QLabel(self.tr("Program")), 0, 0)
        grid.addWidget(QLabel(self.tr("Menerima")), 0, 1)
        grid.addWidget(QLabel(self.tr("Belum")), 0, 2)
        keys = table.program_keys if table is not None else ()
        names = {p.key: p.name for p in received_programs()}
        if table is not None:
            names.update(table.program_names)
        tip_r = self._count_tip(self.tr("program"))
        missing = set(table.missing_programs()) if table is not None else set()
        for row, key in enumerate(keys, start=1):
            name = names.get(key, key)
            label = QLabel(short_program_name(name))
            label.setToolTip(name)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            grid.addWidget(label, row, 0)
            rchip = Chip("", self.tr("Menerima {name}.").format(name=name) + "\n" + tip_r)
            rchip.clicked.connect(lambda _=False, k=key: self.toggle_receives(k))
            lchip = Chip("", self.tr("Belum menerima {name}.").format(name=name) + "\n" + tip_r)
            lchip.clicked.connect(lambda _=False, k=key: self.toggle_lacks(k))
            grid.addWidget(rchip, row, 1)
            grid.addWidget(lchip, row, 2)
            self.receive_chips[key] = rchip
            self.lack_chips[key] = lchip
            if key in missing:
                # the register has no column for it: neither "menerima" nor "belum"
                why = self.tr(
                    "Berkas tidak memuat kolom {name}: penerimaannya tidak diketahui, "
                    'bukan "belum".'
                ).format(name=name)
                label.setToolTip(why)
                label.setEnabled(False)
                unknown = QLabel(self.tr("tidak diketahui"))
                unknown.setAlignment(Qt.AlignmentFlag.AlignCenter)
                unknown.setToolTip(why)
                unknown.setStyleSheet("color: palette(dark); font-style: italic;")
                grid.addWidget(unknown, row, 1, 1, 2)
                self.unknown_labels[key] = unknown
                for chip in (rchip, lchip):
                    chip.set_unknown("–")
                    chip.set_note(why)
                    chip.hide()  # shown only while a stored filter still names the program
        grid.addWidget(self.lack_everything_chip, len(keys) + 1, 0, 1, 3)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)

    def _build_units(self) -> None:
        box = QGroupBox(self.tr("Wilayah"))
        box.setToolTip(self._count_tip(self.tr("wilayah")))
        lay = QGridLayout(box)
        self.kab_combo = QComboBox()
        self.kec_combo = QComboBox()
        self.desa_combo = QComboBox()
        for row, (text, combo) in enumerate(
            (
                (self.tr("Kabupaten/kota"), self.kab_combo),
                (self.tr("Kecamatan"), self.kec_combo),
                (self.tr("Desa/kelurahan"), self.desa_combo),
            )
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            lay.addWidget(QLabel(text), row, 0)
            lay.addWidget(combo, row, 1)
        lay.setColumnStretch(1, 1)
        self.units_note = QLabel()
        self.units_note.setWordWrap(True)
        self.units_note.hide()
        lay.addWidget(self.units_note, 3, 0, 1, 2)
        self.kab_combo.activated.connect(lambda _i: self._on_unit_picked(self.kab_combo))
        self.kec_combo.activated.connect(lambda _i: self._on_unit_picked(self.kec_combo))
        self.desa_combo.activated.connect(lambda _i: self._on_unit_picked(self.desa_combo))
        self._body.addWidget(box)

    def _build_stale(self) -> None:
        box = QGroupBox(self.tr("Verifikasi lapangan"))
        box.setToolTip(
            self.tr(
                "Rumah tangga yang belum diverifikasi dalam sekian bulan terakhir "
                "(termasuk yang belum pernah)."
            )
            + "\n"
            + self._count_tip(self.tr("keadaan"))
        )
        lay = QVBoxLayout(box)
        self.stale_combo = QComboBox()
        self.stale_combo.activated.connect(
            lambda _i: self.set_stale(int(self.stale_combo.currentData() or 0))
        )
        lay.addWidget(self.stale_combo)
        self.stale_note = QLabel(
            self.tr(
                "Berkas tidak memuat kolom verifikasi: kapan terakhir diverifikasi tidak diketahui."
            )
        )
        self.stale_note.setWordWrap(True)
        self.stale_note.hide()
        lay.addWidget(self.stale_note)
        self._body.addWidget(box)

    def _fill_stale(self, flt: HouseholdFilter) -> None:
        """The month choices with their counts, the filter's own choice selected."""
        counts = self.counts
        carried = counts is None or counts.verification_carried
        months = sorted({*STALE_CHOICES, *((flt.stale_months,) if flt.stale_months else ())})
        combo = self.stale_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Semua (tanpa syarat verifikasi)"), 0)
        for m in months:
            text = self.tr("Belum diverifikasi dalam {n} bulan").format(n=m)
            if counts is not None and carried:
                text += f" ({num(counts.stale.get(m, 0))})"
            elif counts is not None:
                text += " (" + self.tr("tidak diketahui") + ")"
            combo.addItem(text, m)
        combo.setCurrentIndex(max(combo.findData(flt.stale_months), 0))
        # nothing to choose without verification columns (a stored choice can still be cleared)
        combo.setEnabled(carried or bool(flt.stale_months))
        combo.blockSignals(False)
        self.stale_note.setVisible(not carried)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_tree()

    # --- state ------------------------------------------------------------
    @property
    def current(self) -> HouseholdFilter:
        """The filter the next click starts from (pending clicks included)."""
        return self._pending if self._pending is not None else self.workspace.filter

    def propose(self, flt: HouseholdFilter) -> None:
        """Show ``flt`` at once and commit it after the debounce interval."""
        self._pending = replace(flt, label="") if not self._is_preset(flt) else flt
        self._sync(self._pending)
        self._commit_timer.start()

    def commit(self) -> None:
        """Push the pending filter as one undoable edit."""
        self._commit_timer.stop()
        flt, self._pending = self._pending, None
        if flt is None or flt == self.workspace.filter:
            return
        edit = SetFilter(flt)
        if self.undo is not None:
            self.undo.push_edit(edit)
        else:
            edit.apply(self.workspace)

    def _is_preset(self, flt: HouseholdFilter) -> bool:
        return any(flt == p for p in PRESETS.values())

    # --- user actions ---------------------------------------------------
    def apply_preset(self, key: str) -> None:
        self.propose(PRESETS[key])

    def _desil_set(self, flt: HouseholdFilter) -> set[int]:
        return set(range(11)) if not flt.desil else set(flt.desil)

    def toggle_desil(self, d: int) -> None:
        chosen = self._desil_set(self.current) ^ {d}
        self.set_desil(() if chosen >= set(range(11)) else tuple(sorted(chosen)))

    def set_desil(self, desil: tuple[int, ...]) -> None:
        self.propose(replace(self.current, desil=tuple(desil)))

    def toggle_ppks(self, code: int) -> None:
        chosen = set(self.current.ppks_any) ^ {code}
        self.propose(replace(self.current, ppks_any=tuple(sorted(chosen))))

    def toggle_receives(self, key: str) -> None:
        chosen = list(self.current.receives_any)
        chosen.remove(key) if key in chosen else chosen.append(key)
        self.propose(replace(self.current, receives_any=tuple(chosen)))

    def toggle_lacks(self, key: str) -> None:
        chosen = [k for k in self.current.lacks_all if k != "*"]
        chosen.remove(key) if key in chosen else chosen.append(key)
        self.propose(replace(self.current, lacks_all=tuple(chosen)))

    def toggle_lacks_everything(self) -> None:
        on = "*" in self.current.lacks_all
        self.propose(replace(self.current, lacks_all=() if on else ("*",)))

    def set_stale(self, months: int) -> None:
        """Keep households not verified in the last ``months`` months (0: no condition)."""
        self.propose(replace(self.current, stale_months=max(int(months), 0)))

    def set_unit(self, code: str | None) -> None:
        self.propose(replace(self.current, units=() if not code else (code,)))

    def _on_ppks_item(self, item: QTreeWidgetItem, column: int) -> None:
        if self._syncing or column != 0:
            return
        chosen = tuple(
            code
            for code, it in self.ppks_items.items()
            if it.checkState(0) == Qt.CheckState.Checked
        )
        if tuple(sorted(chosen)) != tuple(sorted(self.current.ppks_any)):
            self.propose(replace(self.current, ppks_any=chosen))

    def _on_unit_picked(self, combo: QComboBox) -> None:
        code = combo.currentData()
        if code is None:  # "all" at this level: fall back to the level above
            if combo is self.desa_combo:
                code = self.kec_combo.currentData()
            elif combo is self.kec_combo:
                code = self.kab_combo.currentData()
        self.set_unit(code)

    # --- following the model --------------------------------------------
    def _on_data_changed(self, *_):
        self._rebuild_program_rows(self.workspace.households)
        self._sync(self.workspace.filter)
        self.recount()

    def _on_filter_changed(self, flt: HouseholdFilter) -> None:
        if self._pending is None:
            self._sync(flt)
        self._count_timer.start()

    def _sync(self, flt: HouseholdFilter) -> None:
        """Show ``flt`` in every chip without emitting anything."""
        self._syncing = True
        try:
            desil = self._desil_set(flt)
            for d, chip in self.desil_chips.items():
                chip.setChecked(d in desil)
            for code, item in self.ppks_items.items():
                state = Qt.CheckState.Checked if code in flt.ppks_any else Qt.CheckState.Unchecked
                if item.checkState(0) != state:
                    item.setCheckState(0, state)
            for group in self.ppks_group_items.values():
                if group.checkState(0) != Qt.CheckState.Unchecked:
                    group.setExpanded(True)
            everything = "*" in flt.lacks_all
            for key, chip in self.receive_chips.items():
                chip.setChecked(key in flt.receives_any)
                # a program the file does not carry cannot be chosen (but can be cleared)
                chip.setEnabled(not chip.unknown_text or chip.isChecked())
            for key, chip in self.lack_chips.items():
                chip.setChecked(key in flt.lacks_all)
                chip.setEnabled(not everything and (not chip.unknown_text or key in flt.lacks_all))
            for key, label in self.unknown_labels.items():
                named = key in flt.receives_any or key in flt.lacks_all
                label.setVisible(not named)
                self.receive_chips[key].setVisible(named)
                self.lack_chips[key].setVisible(named)
            self.lack_everything_chip.setChecked(everything)
            for key, chip in self.preset_buttons.items():
                chip.setChecked(same_filter(flt, PRESETS[key]))
            self._sync_units(flt)
            self._fill_stale(flt)
        finally:
            self._syncing = False
        self._fit_tree()

    def _sync_units(self, flt: HouseholdFilter) -> None:
        v = self.workspace.villages
        counts = self.counts
        kab_code = kec_code = desa_code = None
        many = len(flt.units) > 1
        if len(flt.units) == 1:
            digits = "".join(ch for ch in flt.units[0] if ch.isdigit())
            kab_code = digits[:4] if len(digits) >= 4 else None
            kec_code = digits[:6] if len(digits) >= 6 else None
            desa_code = digits if len(digits) == 10 else None
        self.units_note.setVisible(many)
        if many:
            self.units_note.setText(
                self.tr("{n} wilayah dipilih. Pilih satu di atas untuk menggantinya.").format(
                    n=len(flt.units)
                )
            )

        def fill(combo: QComboBox, idx, codes, names, cnt, current) -> None:
            combo.blockSignals(True)
            combo.clear()
            total = int(np.sum(cnt)) if cnt is not None else None
            all_text = self.tr("Semua")
            combo.addItem(f"{all_text} ({num(total)})" if total is not None else all_text, None)
            for i in idx:
                text = str(names[i]) if cnt is None else f"{names[i]} ({num(cnt[i])})"
                combo.addItem(text, str(codes[i]))
            pos = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(pos, 0))
            combo.blockSignals(False)

        if v is None:
            for c in (self.kab_combo, self.kec_combo, self.desa_combo):
                c.clear()
            return
        c_kab = counts.kabupaten if counts is not None else None
        c_kec = counts.kecamatan if counts is not None else None
        c_desa = counts.villages if counts is not None else None
        fill(self.kab_combo, range(len(v.kab_codes)), v.kab_codes, v.kab_names, c_kab, kab_code)
        kec_i = np.flatnonzero(v.kec_codes.astype("U4") == kab_code) if kab_code else []
        fill(self.kec_combo, kec_i, v.kec_codes, v.kec_names, c_kec, kec_code)
        self.kec_combo.setEnabled(bool(kab_code))
        desa_i = []
        if kec_code:
            desa_i = np.flatnonzero(v.codes.astype("U6") == kec_code)
            desa_i = desa_i[np.argsort(v.names[desa_i].astype(str), kind="stable")]
        fill(self.desa_combo, desa_i, v.codes, v.names, c_desa, desa_code)
        self.desa_combo.setEnabled(bool(kec_code))
        if kab_code and counts is not None:
            # the "all" entries of lower levels count within the level above
            kec_total = int(counts.kabupaten[np.searchsorted(v.kab_codes, kab_code)])
            self.kec_combo.setItemText(0, f"{self.tr('Semua')} ({num(kec_total)})")
        if kec_code and counts is not None:
            desa_total = int(counts.kecamatan[np.searchsorted(v.kec_codes, kec_code)])
            self.desa_combo.setItemText(0, f"{self.tr('Semua')} ({num(desa_total)})")

    def recount(self) -> None:
        """Recompute every count from the workspace (a few ms at a million households)."""
        table = self.workspace.households
        if table is None:
            self.counts = None
            self.summary.setText(self.tr("Belum ada data rumah tangga."))
            return
        flt = self.workspace.filter
        self.counts = c = chip_counts(table, flt)
        for d, chip in self.desil_chips.items():
            chip.set_count(int(c.desil[d]))
        unknown_ppks = self.tr("Berkas tidak memuat kolom PPKS: tidak diketahui.")
        self.ppks_note.setVisible(not c.ppks_carried)
        for code, item in self.ppks_items.items():
            item.setText(1, num(c.ppks[code - 1]) if c.ppks_carried else "–")
            item.setToolTip(1, "" if c.ppks_carried else unknown_ppks)
        for key, chip in self.receive_chips.items():
            chip.set_count(c.receives.get(key, 0))
        for key, chip in self.lack_chips.items():
            chip.set_count(c.lacks.get(key, 0))
            unknown = c.unknown.get(key, 0)
            if key not in c.not_carried:
                chip.set_note(
                    self.tr("{n} RT lain: penerimaannya tidak diketahui (tidak dihitung).").format(
                        n=num(unknown)
                    )
                    if unknown
                    else ""
                )
        self.lack_everything_chip.set_count(c.lacks_everything)
        self.lack_everything_chip.set_unknown(
            self.tr("tidak diketahui") if len(c.not_carried) == len(c.unknown) else ""
        )
        self.lack_everything_chip.set_note(self._not_carried_note(c))
        for key, chip in self.preset_buttons.items():
            chip.set_count(self._preset_count(key))
            if PRESETS[key].lacks_all or PRESETS[key].receives_any:
                chip.set_note(self._not_carried_note(c))
        self.summary.setText(
            self.tr("{n} dari {total} rumah tangga cocok").format(
                n=num(c.households), total=num(c.total)
            )
        )
        if self._pending is None:
            self._syncing = True
            try:
                self._sync_units(flt)
                self._fill_stale(flt)
            finally:
                self._syncing = False

    def _not_carried_note(self, c: ChipCounts) -> str:
        """Tooltip line naming the programs the register does not carry ("" if none)."""
        if not c.not_carried:
            return ""
        table = self.workspace.households
        names = {p.key: p.name for p in received_programs()}
        if table is not None:
            names.update(table.program_names)
        return self.tr(
            "Tidak ada di berkas, tidak diperiksa (tidak diketahui): {programs}."
        ).format(programs=", ".join(short_program_name(names.get(k, k)) for k in c.not_carried))

    def _preset_count(self, key: str) -> int:
        table = self.workspace.households
        cache = self._preset_cache
        if cache is None or cache[0] is not table:
            cache = (table, {k: int(p.mask(table).sum()) for k, p in PRESETS.items()})
            self._preset_cache = cache
        return cache[1][key]


if __name__ == "__main__":
    import sys

    from widgets.base.demo import run_example

    sys.exit(run_example(FilterPanel, "Filter"))
