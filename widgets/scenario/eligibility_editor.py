"""Who is eligible for each program, and the priority order when the cap binds.

The "Kelayakan" tab of the scenario panel, as a part of its own: a table
of one eligibility rule per program the zones deliver (desil, "not yet
receiving", PPKS codes), a button back to the default rule, and the list
of priority keys with buttons to move, flip, add and remove them. It
shows the scenario it is given (:meth:`EligibilityEditor.set_scenario`,
then :meth:`show_rules` / :meth:`show_priority` when the panel sees the
scenario change) and writes every edit straight into the scenario's
methods, so undo, the meter and the file follow from the model. Typed
text that cannot be read is shown back as the rule it was.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gis.io.codelists import ppks_types
from gis.plan.allocation import DEFAULT_PRIORITY, DEFAULT_RULE, PRIORITY_FIELDS, EligibilityRule
from gis.plan.scenario import Scenario
from widgets.scenario.scenario_common import program_label, tr


def parse_desil(text: str) -> tuple[int, ...] | None:
    """ "1-4", "1, 2, 5", "1-2 5" -> desil values; "" -> () (any desil); None if unreadable."""
    out: set[int] = set()
    text = re.sub(r"\s*[-–]\s*", "-", text.strip())  # "1 - 4" and "1–4" are ranges too
    for part in text.replace(";", ",").replace(" ", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            if "-" in part:
                a, b = (int(x) for x in part.split("-", 1))
                if a > b:
                    a, b = b, a
                out.update(range(a, b + 1))
            else:
                out.add(int(part))
        except ValueError:
            return None
    if any(d < 0 or d > 10 for d in out):
        return None
    return tuple(sorted(out))


def desil_text(values) -> str:
    """Desil values as ranges: (1, 2, 3, 4) -> "1-4"; () -> "" (any)."""
    vals = sorted(set(values))
    parts = []
    i = 0
    while i < len(vals):
        j = i
        while j + 1 < len(vals) and vals[j + 1] == vals[j] + 1:
            j += 1
        parts.append(str(vals[i]) if i == j else f"{vals[i]}-{vals[j]}")
        i = j + 1
    return ", ".join(parts)


def parse_codes(text: str) -> tuple[int, ...] | None:
    """PPKS codes typed as "8, 9" (1-26); None if unreadable."""
    try:
        vals = tuple(sorted({int(x) for x in text.replace(";", ",").split(",") if x.strip()}))
    except ValueError:
        return None
    if any(v < 1 or v > 26 for v in vals):
        return None
    return vals


def priority_label(key: str) -> str:
    """What a priority key means, in a sentence fragment."""
    desc = key.startswith("-")
    name = key.lstrip("-")
    labels = {
        "desil": (tr("Desil terendah lebih dulu"), tr("Desil tertinggi lebih dulu")),
        "ppks_count": (
            tr("Jenis PPKS paling sedikit lebih dulu"),
            tr("Jenis PPKS paling banyak lebih dulu"),
        ),
        "members": (
            tr("Anggota rumah tangga paling sedikit lebih dulu"),
            tr("Anggota rumah tangga paling banyak lebih dulu"),
        ),
        "cost": (tr("Biaya termurah lebih dulu"), tr("Biaya termahal lebih dulu")),
        "received_count": (
            tr("Paling sedikit program yang sudah diterima lebih dulu"),
            tr("Paling banyak program yang sudah diterima lebih dulu"),
        ),
    }
    pair = labels.get(name)
    return pair[1 if desc else 0] if pair else key


class EligibilityEditor(QWidget):
    """Eligibility rule per program and the priority order of one scenario."""

    def __init__(self, scenario: Scenario | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._scenario = scenario
        self._build()
        if scenario is not None:
            self.show_rules()
            self.show_priority()

    def _build(self) -> None:
        self.rules_table = QTableWidget(0, 4)
        self.rules_table.setHorizontalHeaderLabels(
            [
                self.tr("Program"),
                self.tr("Desil"),
                self.tr("Belum menerima"),
                self.tr("PPKS"),
            ]
        )
        tips = [
            "",
            self.tr("Desil yang layak, mis. 1-4 atau 1, 2 (kosong = semua desil)"),
            self.tr(
                "Hanya rumah tangga yang belum menerima program ini menurut register. "
                "Bila register tidak memuat program itu, penerimaannya tidak diketahui: "
                "rumah tangga tetap layak dan dihitung terpisah di ringkasan."
            ),
            self.tr("Kode PPKS, mis. 8, 9 (kosong = tanpa syarat PPKS)"),
        ]
        for c, tip in enumerate(tips):
            self.rules_table.horizontalHeaderItem(c).setToolTip(tip)
        self.rules_table.verticalHeader().hide()
        self.rules_table.setWordWrap(False)
        h = self.rules_table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            h.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.rules_table.itemChanged.connect(self._rule_edited)
        self.rules_reset = QPushButton(self.tr("Aturan bawaan"))
        self.rules_reset.setToolTip(
            self.tr("Program terpilih kembali ke aturan bawaan: desil 1-4 yang belum menerima")
        )
        self.rules_reset.clicked.connect(self._reset_rule)
        rules_hint = QLabel(
            self.tr(
                "Aturan bawaan: desil 1-4 yang belum menerima program itu. Penerimaan yang "
                "tidak tercatat di register dianggap belum, dan disebut di ringkasan."
            )
        )
        rules_hint.setWordWrap(True)
        rules_hint.setStyleSheet("color: palette(dark);")

        self.priority_list = QListWidget()
        self.priority_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.priority_list.setMaximumHeight(110)
        up = QToolButton()
        up.setText(self.tr("Naik"))
        up.clicked.connect(lambda: self.move_priority(-1))
        down = QToolButton()
        down.setText(self.tr("Turun"))
        down.clicked.connect(lambda: self.move_priority(1))
        flip = QToolButton()
        flip.setText(self.tr("Balik arah"))
        flip.clicked.connect(self.flip_priority)
        self.add_priority = QToolButton()
        self.add_priority.setText(self.tr("Tambah"))
        self.add_priority.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_priority.setMenu(QMenu(self.add_priority))
        self.add_priority.menu().aboutToShow.connect(self._fill_priority_menu)
        remove = QToolButton()
        remove.setText(self.tr("Hapus"))
        remove.clicked.connect(self.remove_priority)
        reset = QToolButton()
        reset.setText(self.tr("Bawaan"))
        reset.clicked.connect(lambda: self._scenario.set_priority(DEFAULT_PRIORITY))
        prow = QHBoxLayout()
        prow.setContentsMargins(0, 0, 0, 0)
        for b in (up, down, flip, self.add_priority, remove, reset):
            prow.addWidget(b)
        prow.addStretch(1)
        ptitle = QLabel(self.tr("<b>Urutan prioritas</b> bila pagu tidak cukup"))
        phint = QLabel(
            self.tr(
                "Rumah tangga diurutkan menurut baris pertama, lalu baris berikutnya bila "
                "sama; sisa seri menurut urutan register."
            )
        )
        phint.setWordWrap(True)
        phint.setStyleSheet("color: palette(dark);")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Siapa yang layak</b> per program")))
        # eligibility starts from the filter's households: the panel says which
        self.filter_label = QLabel()
        self.filter_label.setWordWrap(True)
        layout.addWidget(self.filter_label)
        layout.addWidget(self.rules_table, 1)
        rrow = QHBoxLayout()
        rrow.addWidget(rules_hint, 1)
        rrow.addWidget(self.rules_reset)
        layout.addLayout(rrow)
        layout.addWidget(ptitle)
        layout.addWidget(self.priority_list)
        layout.addLayout(prow)
        layout.addWidget(phint)

    # --- the model ---------------------------------------------------------------------

    @property
    def scenario(self) -> Scenario | None:
        return self._scenario

    def set_scenario(self, scenario: Scenario) -> None:
        """Edit ``scenario`` from now on (the caller shows it when it is ready)."""
        self._scenario = scenario

    # --- eligibility ---------------------------------------------------------------------

    def show_rules(self) -> None:
        sc = self._scenario
        names = {p.code: p.name for p in ppks_types()}
        self.rules_table.blockSignals(True)
        used = sc.programs_used()
        self.rules_table.setRowCount(len(used))
        for r, k in enumerate(used):
            rule = sc.rule(k)
            item = QTableWidgetItem(program_label(sc.programs, k))
            item.setData(Qt.ItemDataRole.UserRole, k)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            default = k not in sc.rules or rule == DEFAULT_RULE
            item.setToolTip(
                (sc.programs.get(k).name if k in sc.programs else k)
                + ("" if not default else "\n" + self.tr("aturan bawaan"))
            )
            self.rules_table.setItem(r, 0, item)
            d = QTableWidgetItem(desil_text(rule.desil) if rule.desil else self.tr("semua"))
            self.rules_table.setItem(r, 1, d)
            lack = QTableWidgetItem(self.tr("ya") if rule.lacks_program else self.tr("tidak"))
            lack.setFlags(
                (lack.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable
            )
            lack.setCheckState(
                Qt.CheckState.Checked if rule.lacks_program else Qt.CheckState.Unchecked
            )
            self.rules_table.setItem(r, 2, lack)
            p = QTableWidgetItem(", ".join(str(c) for c in rule.ppks_any) or self.tr("semua"))
            if rule.ppks_any:
                p.setToolTip("\n".join(f"{c} {names.get(c, '')}" for c in rule.ppks_any))
            self.rules_table.setItem(r, 3, p)
        self.rules_table.blockSignals(False)

    def _rule_edited(self, item: QTableWidgetItem) -> None:
        sc = self._scenario
        key_item = self.rules_table.item(item.row(), 0)
        if key_item is None:
            return
        key = key_item.data(Qt.ItemDataRole.UserRole)
        rule = sc.rule(key)
        c = item.column()
        new = rule
        if c == 1:
            text = item.text().strip()
            values = () if text.lower() in ("", self.tr("semua")) else parse_desil(text)
            if values is not None:
                new = EligibilityRule(values, rule.ppks_any, rule.lacks_program)
        elif c == 2:
            new = EligibilityRule(
                rule.desil, rule.ppks_any, item.checkState() == Qt.CheckState.Checked
            )
        elif c == 3:
            text = item.text().strip()
            values = () if text.lower() in ("", self.tr("semua")) else parse_codes(text)
            if values is not None:
                new = EligibilityRule(rule.desil, values, rule.lacks_program)
        if new != rule:
            self.set_rule(key, new)
        else:
            QTimer.singleShot(0, self.show_rules)  # unreadable input: show the rule again

    def set_rule(self, key: str, rule: EligibilityRule | None) -> None:
        """Eligibility rule of program ``key`` (None or the default rule: back to default)."""
        self._scenario.set_rule(key, None if rule == DEFAULT_RULE else rule)

    def _reset_rule(self) -> None:
        r = self.rules_table.currentRow()
        item = self.rules_table.item(r, 0) if r >= 0 else None
        if item is not None:
            self.set_rule(item.data(Qt.ItemDataRole.UserRole), None)

    # --- priority ------------------------------------------------------------------------

    def show_priority(self) -> None:
        current = self.priority_list.currentRow()
        self.priority_list.clear()
        for i, key in enumerate(self._scenario.priority, start=1):
            item = QListWidgetItem(f"{i}. {priority_label(key)}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.priority_list.addItem(item)
        if 0 <= current < self.priority_list.count():
            self.priority_list.setCurrentRow(current)

    def move_priority(self, step: int) -> None:
        """Move the selected priority key ``step`` rows (-1 up, 1 down)."""
        r = self.priority_list.currentRow()
        keys = list(self._scenario.priority)
        if r < 0 or not 0 <= r + step < len(keys):
            return
        keys[r], keys[r + step] = keys[r + step], keys[r]
        self._scenario.set_priority(keys)
        self.priority_list.setCurrentRow(r + step)

    def flip_priority(self) -> None:
        """The selected priority key the other way round (lowest first <-> highest first)."""
        r = self.priority_list.currentRow()
        keys = list(self._scenario.priority)
        if r < 0:
            return
        k = keys[r]
        keys[r] = k[1:] if k.startswith("-") else "-" + k
        self._scenario.set_priority(keys)
        self.priority_list.setCurrentRow(r)

    def remove_priority(self) -> None:
        r = self.priority_list.currentRow()
        keys = list(self._scenario.priority)
        if 0 <= r < len(keys):
            del keys[r]
            self._scenario.set_priority(keys)

    def _fill_priority_menu(self) -> None:
        menu = self.add_priority.menu()
        menu.clear()
        used = {k.lstrip("-") for k in self._scenario.priority}
        for name in PRIORITY_FIELDS:
            if name in used:
                continue
            key = name if name in ("desil", "cost", "received_count") else "-" + name
            a = menu.addAction(priority_label(key))
            a.triggered.connect(
                lambda _=False, k=key: self._scenario.set_priority([*self._scenario.priority, k])
            )
        if menu.isEmpty():
            menu.addAction(self.tr("(semua sudah dipakai)")).setEnabled(False)
