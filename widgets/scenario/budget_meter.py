"""The yearly budget cap and the meter of cost against it.

A part of the scenario panel: the cap check box and amount, the bar
(green, amber near the cap, red when the cap binds, blue without a cap)
and the lines under it (households reached, persons, cost, how far the
cap binds, the multi-year commitment, households of assumed size and
receipts the register does not know). It is given what to show
(:meth:`BudgetView.show_summary` with an allocation's summary, or one of
the empty, pending and error states) and says when the planner edits the
cap (:attr:`BudgetView.sig_cap_wanted`); the panel writes the cap into the
scenario through the undo stack. The main window may move the bar and its
lines into the step's pinned header: they are updated through this part
wherever they sit.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from gis.model.unknowns import RECEIPT_UNKNOWN
from widgets.base.fmt import assumed_size, num, persons_split
from widgets.base.gis_text import gis_text
from widgets.base.money_edit import MoneyEdit
from widgets.scenario.scenario_common import program_label, rupiah_short

RED = "#c53030"
_AMBER = "#d69e2e"
_GREEN = "#2f855a"
_BLUE = "#2b6cb0"


def html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class BudgetMeter(QWidget):
    """Cost against the cap as a bar: green, amber near the cap, red when the cap binds.

    ``state`` is one of ``"empty"``, ``"free"`` (no cap), ``"ok"``, ``"near"``,
    ``"binds"``, ``"error"``.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = "empty"
        self.fraction = 0.0
        self.text = ""
        self.busy = False
        self.setMinimumHeight(28)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(260, 30)

    def set_state(self, state: str, fraction: float, text: str) -> None:
        self.state = state
        self.fraction = max(0.0, min(1.0, float(fraction)))
        self.text = text
        self.setToolTip(text)
        self.update()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.update()

    def color(self) -> QColor:
        return QColor(
            {
                "free": _BLUE,
                "ok": _GREEN,
                "near": _AMBER,
                "binds": RED,
                "error": "#718096",
            }.get(self.state, "#a0aec0")
        )

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(QPen(QColor("#a0aec0"), 1))
        p.setBrush(QColor("#edf2f7"))
        p.drawRoundedRect(r, 4, 4)
        if self.fraction > 0:
            fill = QRectF(r.left(), r.top(), r.width() * self.fraction, r.height())
            c = self.color()
            if self.busy:
                c.setAlpha(150)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(c)
            p.drawRoundedRect(fill, 4, 4)
        p.setPen(QColor("#ffffff") if self.fraction > 0.55 else QColor("#1a202c"))
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        text = QFontMetrics(font).elidedText(
            self.text, Qt.TextElideMode.ElideRight, int(r.width()) - 12
        )
        p.drawText(r.adjusted(6, 0, -6, 0), Qt.AlignmentFlag.AlignCenter, text)
        p.end()


class BudgetView(QWidget):
    """The cap row, the meter bar and the figures under it.

    Signals
    -------
    sig_cap_wanted(object)
        The planner set the cap to an amount in Rupiah, or None (no cap).
    """

    sig_cap_wanted = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.cap_check = QCheckBox(self.tr("Pagu per tahun"))
        self.cap_edit = MoneyEdit()
        self.cap_edit.edit.setToolTip(
            self.tr(
                "Pagu anggaran per tahun dalam Rupiah: 2 miliar, 2,5 M, 2.000.000.000 atau "
                "2000 juta. Yang terbaca tampil di sampingnya."
            )
        )
        self.cap_check.toggled.connect(self._cap_edited)
        self.cap_edit.sig_value_changed.connect(self._cap_edited)
        self.meter = BudgetMeter()
        self.meter_detail = QLabel()
        self.meter_detail.setWordWrap(True)
        self.meter_detail.setTextFormat(Qt.TextFormat.RichText)
        cap_row = QHBoxLayout()
        cap_row.setContentsMargins(0, 0, 0, 0)
        cap_row.addWidget(self.cap_check, 0, Qt.AlignmentFlag.AlignTop)
        cap_row.addWidget(self.cap_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(cap_row)
        layout.addWidget(self.meter)
        layout.addWidget(self.meter_detail)

    # --- the cap -----------------------------------------------------------------------

    def show_cap(self, cap: int | None) -> None:
        """Show the scenario's cap (no signal goes out)."""
        self.cap_check.blockSignals(True)
        self.cap_check.setChecked(cap is not None)
        self.cap_edit.setEnabled(cap is not None)
        if cap is not None:
            self.cap_edit.set_value(cap)
        self.cap_check.blockSignals(False)

    def _cap_edited(self, *_args) -> None:
        on = self.cap_check.isChecked()
        self.cap_edit.setEnabled(on)
        if on and self.cap_edit.value() is None:
            self.cap_edit.edit.setFocus()  # a cap needs an amount: the field waits for it
            return
        self.sig_cap_wanted.emit(self.cap_edit.value() if on else None)

    # --- the meter ---------------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        self.meter.set_busy(busy)

    def show_error(self, why: str) -> None:
        self.meter.set_state("error", 1.0, self.tr("Tidak dapat dihitung"))
        self.meter_detail.setText(f"<span style='color:{RED}'>{html_escape(why)}</span>")

    def show_no_data(self) -> None:
        self.meter.set_state("empty", 0.0, self.tr("Belum ada data rumah tangga"))
        self.meter_detail.setText(self.tr("Muat data di langkah 1 untuk menghitung biaya."))

    def show_pending(self) -> None:
        self.meter.set_state("empty", 0.0, self.tr("Menghitung…"))
        self.meter_detail.setText("")

    def show_cancelled(self) -> None:
        self.meter.set_busy(False)
        self.meter_detail.setText(
            self.tr("Perhitungan dibatalkan; angka di atas belum mengikuti perubahan terakhir.")
        )

    def show_summary(self, s: dict, programs, has_zones: bool) -> None:
        """The bar and the lines of an allocation's ``summary`` (``programs``: its cost table)."""
        cost, cap = s["cost"], s["budget_cap"]
        if not has_zones:
            state, frac = "empty", 0.0
            text = self.tr("Belum ada zona")
        elif cap is None:
            state, frac = "free", 1.0 if cost else 0.0
            text = self.tr("{cost} per tahun (tanpa pagu)").format(cost=rupiah_short(cost))
        elif s["cap_binds"]:
            state, frac = "binds", 1.0
            text = self.tr("Perlu {need} · pagu {cap}").format(
                need=rupiah_short(s["eligible_cost"]), cap=rupiah_short(cap)
            )
        else:
            frac = cost / cap if cap else 1.0
            state = "near" if frac >= 0.9 else "ok"
            text = self.tr("{cost} dari pagu {cap} ({pct})").format(
                cost=rupiah_short(cost),
                cap=rupiah_short(cap),
                pct=f"{num(round(100 * frac))} %",
            )
        self.meter.set_state(state, frac, text)
        # "–" when no reached household has a size; the count and the assumed size
        # are stated once, below, in the shared wording
        persons = persons_split(
            s["persons_reached"], s["households_reached"], s.get("reached_unknown_size", 0)
        )[0]
        lines = [
            self.tr("<b>{n}</b> RT terjangkau · {p} jiwa · biaya {cost}/tahun").format(
                n=num(s["households_reached"]),
                p=persons,
                cost=rupiah_short(cost),
            )
        ]
        if s["cap_binds"]:
            lines.append(
                self.tr(
                    "<span style='color:{red}'>Pagu mengikat: <b>{n}</b> RT layak terpotong</span> "
                    "(sisa pagu {left})"
                ).format(red=RED, n=num(s["households_cut"]), left=rupiah_short(s["remaining"]))
            )
        elif cap is not None:
            lines.append(self.tr("Sisa pagu {left}").format(left=rupiah_short(s["remaining"])))
        if s.get("commitment") and s["commitment"] != cost:
            lines.append(
                self.tr("Komitmen program multi-tahun: {c}").format(c=rupiah_short(s["commitment"]))
            )
        if s.get("reached_unknown_size"):
            # the one wording of the assumed size (gis.model.unknowns), as on sheets and exports
            lines.append(
                html_escape(assumed_size(s["reached_unknown_size"], programs.unknown_members))
            )
        for key, p in s.get("by_program", {}).items():
            if p.get("receipt_unknown"):
                lines.append(
                    html_escape(
                        gis_text(RECEIPT_UNKNOWN).format(
                            n=num(p["receipt_unknown"]), name=program_label(programs, key)
                        )
                    )
                )
        self.meter_detail.setText("<br>".join(lines))
