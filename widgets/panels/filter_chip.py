"""The chip of the filter panel and the wording of its presets.

A chip is a checkable button showing a label over a live count (or
"tidak diketahui" when the register says nothing about that choice), with
a tooltip that can carry a note; it re-words itself on a language switch.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QSizePolicy,
    QToolButton,
    QWidget,
)

from widgets.base.fmt import num

# ---------------------------------------------------------------------------
# widgets

_CHIP_STYLE = """
QToolButton {
    border: 1px solid palette(mid); border-radius: 10px; padding: 2px 6px;
    background: palette(base);
}
QToolButton:checked { background: #2b6cb0; color: white; border-color: #2b6cb0; }
QToolButton:disabled { color: palette(mid); }
"""


def tr(text: str) -> str:
    # the empty context is what pyside6-lupdate records for a module-level tr()
    return QCoreApplication.translate("", text)


def preset_titles() -> dict[str, tuple[str, str]]:
    """Preset key -> (button text, explanation), worded for the panel."""
    return {
        "desil_1_4": (
            tr("Desil 1-4"),
            tr("Sasaran bantuan yang lazim: 40 % termiskin (desil 1-4)."),
        ),
        "exclusion_error": (
            tr("Miskin belum dibantu"),
            tr(
                "Exclusion error: rumah tangga desil 1-2 yang tidak menerima satu pun program "
                "yang tercatat di berkas."
            ),
        ),
        "inclusion_error": (
            tr("Mampu tetapi dibantu"),
            tr(
                "Inclusion error: rumah tangga desil 7-10 yang menerima PKH, Sembako, PIP, "
                "PBI-JK atau subsidi listrik."
            ),
        ),
        "all": (tr("Semua"), tr("Semua rumah tangga, tanpa syarat.")),
    }


class Chip(QToolButton):
    """A checkable chip showing a label and a live count."""

    def __init__(self, label: str, tooltip: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setCheckable(True)
        self.setStyleSheet(_CHIP_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.label = label
        self.count: int | None = None
        self._tip = tooltip
        self.note = ""
        # shown instead of the count when the register says nothing about this choice
        self.unknown_text = ""
        self._render()

    def set_count(self, count: int | None) -> None:
        if count != self.count:
            self.count = count
            self._render()

    def set_unknown(self, text: str) -> None:
        """Show ``text`` ("tidak diketahui") instead of a count; "" shows the count again."""
        if text != self.unknown_text:
            self.unknown_text = text
            self._render()

    def set_note(self, note: str) -> None:
        """An extra tooltip line (e.g. how many households are unknown for this choice)."""
        if note != self.note:
            self.note = note
            self._render()

    def retranslate_texts(self, translate) -> None:
        """The label and tip in the new language, the count in its number format."""
        self.label = translate(self.label)
        self._tip = translate(self._tip)
        self._render()

    def _render(self) -> None:
        count = "" if self.count is None else num(self.count)
        if self.unknown_text:
            count = self.unknown_text
        if self.label and count:
            self.setText(f"{self.label}\n{count}")
        else:
            self.setText(self.label or count)
        self.setToolTip(self._tip + ("\n" + self.note if self.note else ""))
