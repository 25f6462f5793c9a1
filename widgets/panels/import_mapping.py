"""The column mapping of a file being imported: which column feeds which field.

The "Pemetaan kolom" tab of the import dialog, as a part usable alone: one
row per field (the fields the file feeds first), each a list of the file's
columns; for a register also one row per program received, where two
columns can be joined. The editor shows a
:class:`gis.io.mapping.ColumnMapping` (:meth:`ColumnMappingEditor.fill`) and
gives back the mapping its rows now show
(:meth:`ColumnMappingEditor.current_mapping`); saving and loading a mapping
file is the dialog's (its buttons only say they were pressed).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gis.io.codelists import received_programs
from gis.io.mapping import FIELDS, ColumnMapping

_PSKS_FIELDS = ("psks_id", "psks_type", "psks_name", "capacity", "village_code", "lon", "lat")


class ColumnMappingEditor(QWidget):
    """Field -> column choices of one file.

    Signals
    -------
    sig_save_wanted, sig_load_wanted
        The planner pressed "Simpan pemetaan..." or "Muat pemetaan...".
    """

    sig_save_wanted = Signal()
    sig_load_wanted = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.mapping_form = QFormLayout()
        self.field_combos: dict[str, QComboBox] = {}
        self.program_combos: dict[str, QComboBox] = {}
        self.mapping_note = QLabel()
        self.mapping_note.setWordWrap(True)
        mp_body = QWidget()
        mp_body.setLayout(self.mapping_form)
        mp_scroll = QScrollArea()
        mp_scroll.setWidgetResizable(True)
        mp_scroll.setWidget(mp_body)
        save_map = QPushButton(self.tr("Simpan pemetaan..."))
        save_map.clicked.connect(self.sig_save_wanted.emit)
        load_map = QPushButton(self.tr("Muat pemetaan..."))
        load_map.clicked.connect(self.sig_load_wanted.emit)
        self.mapping_buttons = (save_map, load_map)
        mp_buttons = QHBoxLayout()
        mp_buttons.addWidget(save_map)
        mp_buttons.addWidget(load_map)
        mp_buttons.addStretch(1)
        mpl = QVBoxLayout(self)
        mpl.setContentsMargins(0, 0, 0, 0)
        mpl.addWidget(self.mapping_note)
        mpl.addWidget(mp_scroll, 1)
        mpl.addLayout(mp_buttons)

    @staticmethod
    def fields_for_kind(kind: str) -> list[str]:
        """The fields a file of ``kind`` can feed, in the order of :data:`FIELDS`."""
        if kind == "psks":
            return [f for f in FIELDS if f in _PSKS_FIELDS]
        return [f for f in FIELDS if not f.startswith("psks_") and f != "capacity"]

    def fill(self, columns: list[str] | None, mapping: ColumnMapping | None, kind: str) -> None:
        """One row per field with the column feeding it (``columns`` None: nothing read yet)."""
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.field_combos.clear()
        self.program_combos.clear()
        if columns is None or mapping is None:
            return
        cols = list(columns)
        none = self.tr("(tidak dipakai)")

        def combo_for(current: list[str] | str | None) -> QComboBox:
            c = QComboBox()
            c.addItem(none, None)
            for col in cols:
                c.addItem(col, col)
            if isinstance(current, list) and len(current) > 1:
                c.addItem(" + ".join(current), list(current))
                c.setCurrentIndex(c.count() - 1)
            elif current:
                value = current[0] if isinstance(current, list) else current
                c.setCurrentIndex(max(c.findData(value), 0))
            c.setEnabled(kind == "households")
            return c

        fields = self.fields_for_kind(kind)
        # the fields this file feeds first, then the rest
        fields.sort(key=lambda f: f not in mapping.fields)
        for fld in fields:
            c = combo_for(mapping.fields.get(fld))
            self.field_combos[fld] = c
            self.mapping_form.addRow(FIELDS[fld], c)
        if kind == "households":
            keys = [p.key for p in received_programs()] + [
                k for k in mapping.programs if k not in {p.key for p in received_programs()}
            ]
            names = {p.key: p.name for p in received_programs()} | mapping.program_names
            for key in keys:
                c = combo_for(mapping.programs.get(key))
                self.program_combos[key] = c
                self.mapping_form.addRow(
                    self.tr("Penerima {name}").format(name=names.get(key, key)), c
                )
            layout = mapping.layout or self.tr("tidak dikenal")
            unmapped = ", ".join(mapping.unmapped) or "–"
            self.mapping_note.setText(
                self.tr("Format: {layout} ({level}). Kolom yang tidak dipakai: {unmapped}").format(
                    layout=layout,
                    level=self.tr("satu baris per orang")
                    if mapping.level == "individu"
                    else self.tr("satu baris per keluarga"),
                    unmapped=unmapped,
                )
            )
        else:
            self.mapping_note.setText(
                self.tr("Kolom PSKS dikenali otomatis; pemetaan ini hanya untuk diperiksa.")
            )
        for b in self.mapping_buttons:
            b.setEnabled(kind == "households")

    def current_mapping(
        self, base: ColumnMapping | None, columns: list[str] | None
    ) -> ColumnMapping:
        """``base`` with the columns the combos now show (``columns``: those of the file)."""
        base = base or ColumnMapping()
        fields = dict(base.fields)
        for fld, c in self.field_combos.items():
            value = c.currentData()
            if value:
                fields[fld] = value if isinstance(value, str) else value[0]
            else:
                fields.pop(fld, None)
        programs = dict(base.programs)
        for key, c in self.program_combos.items():
            value = c.currentData()
            if value:
                programs[key] = [value] if isinstance(value, str) else list(value)
            else:
                programs.pop(key, None)
        cols = list(columns or [])
        used = set(fields.values()) | {c for v in programs.values() for c in v}
        level = "individu" if any(h in fields for h in ("member_id", "relation")) else "keluarga"
        return replace(
            base,
            fields=fields,
            programs=programs,
            level=level,
            unmapped=[c for c in cols if c not in used],
        )
