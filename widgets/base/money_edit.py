"""A Rupiah amount typed the way planners write it, said back in words beside it.

A spin box "in juta Rp" turned a budget typed in full Rupiah into Rp 200
triliun without a word. This field takes what a planner writes ("2 miliar",
"2,5 M", "2.000.000.000", "2000 juta", "Rp 750 jt"), reads it exactly
through :func:`gis.plan.money.parse_rupiah`, shows beside it what it read
("= Rp 2 miliar") while the planner types, and refuses a negative or absurd
amount with a sentence instead of keeping a wrong one. The amount is
committed on Enter or when the field loses focus; until then the old value
stands.

Ctrl+Z in the field undoes typing as long as there is typing to undo; after
a commit it reaches the window's undo stack, so a changed budget is undone
like any other edit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from gis.plan.money import MAX_RUPIAH, MoneyError, parse_rupiah, words_rupiah
from widgets.base.fmt import num

_RED = "#c53030"


def tr(text: str) -> str:
    # the empty context is what pyside6-lupdate records for a module-level tr()
    return QCoreApplication.translate("", text)


def english() -> bool:
    """True when numbers follow the English interface (``2.5 billion``, ``2,500``)."""
    return QLocale().language() == QLocale.Language.English


def say_rupiah(value: int) -> str:
    """An amount in words in the interface language ("Rp 2,5 miliar" / "Rp 2.5 billion")."""
    return words_rupiah(value, "en" if english() else "id")


def amount_error_text(exc: BaseException) -> str:
    """One sentence for a :class:`gis.plan.money.MoneyError` (or a budget or cost out of range)."""
    code = getattr(exc, "code", "")
    data = getattr(exc, "data", {}) or {}
    ceiling = say_rupiah(int(data.get("ceiling") or MAX_RUPIAH))
    text = str(data.get("text", "")).strip()
    if code == "amount_empty":
        return tr("Isi jumlahnya, misalnya 2 miliar atau 2.000.000.000.")
    if code == "amount_unparseable":
        return tr(
            "“{text}” tidak terbaca sebagai jumlah Rupiah. Tulis misalnya 2 miliar, 2,5 M, "
            "2.000.000.000 atau 2000 juta."
        ).format(text=text)
    if code == "amount_negative" or (code == "bad_budget" and data.get("reason") == "negative"):
        return tr("Jumlah tidak boleh negatif. Isi 0 atau lebih.")
    if code in ("amount_absurd", "bad_budget"):
        return tr(
            "Terlalu besar: lebih dari {ceiling} per tahun, di atas anggaran provinsi mana "
            "pun. Periksa satuannya (juta, miliar)."
        ).format(ceiling=ceiling)
    if code == "amount_overflow":
        return tr(
            "Biaya total melampaui batas hitung ({ceiling}). Periksa besaran di tabel biaya "
            "program: ada angka yang jauh terlalu besar."
        ).format(ceiling=ceiling)
    if code == "absurd_cost":
        return tr(
            "Biaya per rumah tangga program {key} melebihi {ceiling} per tahun. Periksa "
            "besaran, satuan dan porsi per anggota di tabel biaya program."
        ).format(key=data.get("key", ""), ceiling=ceiling)
    return str(exc)


class _AmountLine(QLineEdit):
    """A line edit that leaves Ctrl+Z / Ctrl+Y to the window when it has no typing to undo."""

    def event(self, e) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride:
            ctrl_y = (
                e.key() == Qt.Key.Key_Y and e.modifiers() == Qt.KeyboardModifier.ControlModifier
            )
            undo = e.matches(QKeySequence.StandardKey.Undo)
            redo = e.matches(QKeySequence.StandardKey.Redo) or ctrl_y
            if (undo and not self.isUndoAvailable()) or (redo and not self.isRedoAvailable()):
                e.ignore()
                return False
        return super().event(e)


class MoneyEdit(QWidget):
    """A Rupiah amount: a line edit and, beside it, what was read in words.

    Parameters
    ----------
    ceiling
        Largest amount accepted (default :data:`gis.plan.money.MAX_RUPIAH`).
    allow_zero
        False refuses 0 (a budget of nothing).

    Signals
    -------
    sig_value_changed(int)
        The planner committed a new amount (Enter or leaving the field);
        not emitted by :meth:`set_value`.
    sig_refused(str)
        The committed text was refused; the sentence says why.
    """

    sig_value_changed = Signal(object)
    sig_refused = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        ceiling: int = MAX_RUPIAH,
        allow_zero: bool = True,
    ):
        super().__init__(parent)
        self._ceiling = int(ceiling)
        self._allow_zero = allow_zero
        self._value: int | None = None
        self._error = ""
        self.edit = _AmountLine()
        self.edit.setPlaceholderText(tr("mis. 2 miliar"))
        self.edit.setToolTip(
            tr(
                "Rupiah per tahun. Boleh ditulis 2 miliar, 2,5 M, 2.000.000.000, 2000 juta "
                "atau Rp 750 jt."
            )
        )
        self.edit.setMinimumWidth(110)
        self.words = QLabel()
        self.words.setObjectName("money_words")
        self.words.setWordWrap(True)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.message = QLabel()
        self.message.setObjectName("money_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {_RED};")
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.words, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.edit.textEdited.connect(self._preview)
        self.edit.editingFinished.connect(self.commit)
        self._show()

    # --- reading -----------------------------------------------------------------

    def value(self) -> int | None:
        """The amount in whole Rupiah (None when none was given yet)."""
        return self._value

    def error(self) -> str:
        """Why the typed text is refused ("" when it is not)."""
        return self._error

    def text(self) -> str:
        return self.edit.text()

    # --- writing -----------------------------------------------------------------

    def set_value(self, rupiah: int | None) -> None:
        """Show ``rupiah`` (digits in the field, words beside it); no signal."""
        self._value = None if rupiah is None else int(rupiah)
        self._error = ""
        # setText also clears the field's own undo history: the next Ctrl+Z is the window's
        self.edit.setText("" if self._value is None else num(self._value))
        self._show()

    def set_text(self, text: str) -> bool:
        """Type ``text`` and commit it, as the planner would (scripts and tests)."""
        self.edit.setText(text)
        return self.commit()

    def setEnabled(self, on: bool) -> None:  # noqa: N802 (Qt API)
        super().setEnabled(on)
        self._show()

    def commit(self) -> bool:
        """Read the field; a new valid amount is kept and announced, a bad one refused."""
        text = self.edit.text()
        try:
            value = self._parse(text)
        except MoneyError as exc:
            self._error = amount_error_text(exc)
            if self._value is not None:
                self._error += " " + tr("Yang dipakai tetap {amount}.").format(
                    amount=say_rupiah(self._value)
                )
            self._show()
            self.sig_refused.emit(self._error)
            return False
        self._error = ""
        changed = value != self._value
        self._value = value
        if text != num(value):
            self.edit.setText(num(value))
        self._show()
        if changed:
            self.sig_value_changed.emit(value)
        return True

    def _parse(self, text: str) -> int:
        return parse_rupiah(
            text,
            ceiling=self._ceiling,
            allow_zero=self._allow_zero,
            decimal="." if english() else ",",
        )

    def _preview(self, text: str) -> None:
        """While typing: what the text reads as, or why it cannot be used (nothing is kept)."""
        try:
            value = self._parse(text)
        except MoneyError as exc:
            self._show(error=amount_error_text(exc) if text.strip() else "")
            return
        self._show(preview=value)

    def _show(self, preview: int | None = None, error: str | None = None) -> None:
        error = self._error if error is None else error
        self.message.setText(error)
        self.message.setVisible(bool(error))
        if error:
            # what was typed is not read: nothing is said back for it
            self.words.setText("")
            self.edit.setStyleSheet(f"QLineEdit {{ border: 1px solid {_RED}; }}")
            return
        self.edit.setStyleSheet("")
        value = self._value if preview is None else preview
        self.words.setStyleSheet("" if self.isEnabled() else "color: palette(mid);")
        self.words.setText("" if value is None else "= " + say_rupiah(value))
