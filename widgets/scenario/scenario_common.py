"""What the scenario, suggestion and comparison panels say the same way.

Rupiah amounts as a budget meeting reads them ("Rp 12,0 miliar"), program
names short enough for a narrow panel, the wording of scenario-file
problems, and one question box whose answer tests can give by clicking
its button. Kept apart so the four panels never disagree on a number or a
sentence.
"""

from __future__ import annotations

import contextlib
import weakref
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from gis.errors import SasaranError
from gis.plan.money import MAX_RUPIAH
from widgets.base.fmt import dec, num
from widgets.base.messages import describe
from widgets.base.money_edit import amount_error_text, say_rupiah


def tr(text: str) -> str:
    # the empty context is what pyside6-lupdate records for a module-level tr()
    return QCoreApplication.translate("", text)


# --- money ---------------------------------------------------------------------------


def rupiah(value) -> str:
    """Whole Rupiah with the locale's thousands separator: ``Rp 12.000.000``; "–" for None."""
    if value is None:
        return "–"
    return "Rp " + num(round(value))


def rupiah_short(value) -> str:
    """Rupiah rounded to what a meeting says: ``Rp 12,0 miliar``, ``Rp 250 juta``."""
    if value is None:
        return "–"
    v = float(value)
    sign = "-" if v < 0 else ""
    a = abs(v)
    if a >= 1e12:
        return f"{sign}Rp {dec(a / 1e12, 2)} " + tr("triliun")
    if a >= 1e9:
        return f"{sign}Rp {dec(a / 1e9, 2)} " + tr("miliar")
    if a >= 1e6:
        return f"{sign}Rp {dec(a / 1e6, 1)} " + tr("juta")
    return sign + rupiah(a)


def percent(part, whole, decimals: int = 1) -> str:
    """``part / whole`` as a percentage ("–" when ``whole`` is 0 or None)."""
    if not whole or part is None:
        return "–"
    return dec(100.0 * part / whole, decimals) + " %"


def share(value, decimals: int = 1) -> str:
    """A fraction 0..1 as a percentage ("–" for None)."""
    return "–" if value is None else dec(100.0 * value, decimals) + " %"


# --- programs ------------------------------------------------------------------------


def short_program(program) -> str:
    """A program's name short enough for a narrow column: the acronym in brackets, else the name.

    "Program Keluarga Harapan (PKH)" -> "PKH"; "PBI Jaminan Kesehatan (PBI-JK)" -> "PBI-JK".
    """
    key = getattr(program, "key", "")
    name = getattr(program, "name", "") or key
    if "(" in name and name.rstrip().endswith(")"):
        inner = name[name.rfind("(") + 1 : name.rstrip().rfind(")")].strip()
        if inner and len(inner) <= 12 and " " not in inner.strip():
            return inner.split("/")[0]
        name = name[: name.rfind("(")].strip()
    if name.startswith("Program "):
        name = name[len("Program ") :]
    if "/" in name:
        name = name.split("/")[0].strip()
    if len(name) <= 16:
        return name
    # a long descriptive name: the key says it shorter ("UMKM") when it is a word
    if key and len(key) <= 12:
        return key.replace("_", " ")
    return name[:15] + "…"


def program_label(table, key: str) -> str:
    """Short name of program ``key`` in ``table`` (the key itself if the table lacks it)."""
    return short_program(table.get(key)) if key in table else key


# --- scenario files ------------------------------------------------------------------


def scenario_error_text(exc: BaseException, path: str | Path | None = None) -> tuple[str, str]:
    """The sentence for a scenario-file problem, and a detail line (may be "").

    The sentence says what happened and that nothing was changed; the detail
    carries what a support person would ask for (versions, parser message).
    """
    code = getattr(exc, "code", "")
    name = Path(path).name if path else (exc.path.name if getattr(exc, "path", None) else "")
    data = getattr(exc, "data", {}) or {}
    if code == "corrupt":
        text = tr(
            "Berkas skenario {name} rusak atau terpotong dan tidak dapat dibuka. "
            "Berkas tidak diubah. Bila ada, buka salinan cadangan atau salinan pemulihan."
        ).format(name=name)
        return text, str(data.get("detail") or exc)
    if code == "newer_version":
        detail = tr("Versi format berkas: {found}; versi ini membaca sampai versi {supported}.")
        return describe(exc), detail.format(
            found=data.get("found", "?"), supported=data.get("supported", "?")
        )
    if code == "data_mismatch":
        exp = data.get("expected")
        detail = ""
        if exp is not None and hasattr(exp, "households"):
            detail = tr("Dihitung pada: {file} ({n} rumah tangga{snap}).").format(
                file=exp.households_file or tr("berkas tanpa nama"),
                n=num(exp.households),
                snap=f", {exp.snapshot}" if exp.snapshot else "",
            )
        return describe(exc), detail
    if code == "bad_budget" and name:
        reason = {
            "amount_negative": tr("nilainya negatif."),
            "amount_unparseable": tr("nilainya bukan angka."),
        }.get(data.get("reason"))
        if reason is None:
            reason = tr("nilainya melebihi batas {ceiling} per tahun.").format(
                ceiling=say_rupiah(int(data.get("ceiling") or MAX_RUPIAH))
            )
        text = tr(
            "Pagu anggaran di berkas skenario {name} tidak dapat dipakai: {reason} Berkas tidak "
            "diubah; perbaiki nilai budget_cap di berkas itu atau buka salinan lain."
        ).format(name=name, reason=reason)
        return text, "budget_cap"
    if code in ("bad_budget", "amount_overflow", "absurd_cost") or code.startswith("amount_"):
        return amount_error_text(exc), ""
    if code == "unknown_program":
        return describe(exc), tr("Program: {key}").format(key=data.get("key", "?"))
    if isinstance(exc, SasaranError):
        return describe(exc), ""
    if isinstance(exc, (OSError, ValueError)):
        return describe(exc), type(exc).__name__
    return str(exc), ""


# --- questions -----------------------------------------------------------------------


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    choices: list[tuple[str, str, QMessageBox.ButtonRole]],
    *,
    informative: str = "",
    detail: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    default: str | None = None,
    escape: str | None = None,
) -> str:
    """Ask with named buttons; returns the key of the button pressed (``escape``'s if closed).

    ``choices`` are ``(key, label, role)``. Tests answer by replacing
    ``QMessageBox.exec`` with a function that clicks the button they want.
    """
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    if detail:
        box.setDetailedText(detail)
    buttons = {}
    for key, label, role in choices:
        buttons[key] = box.addButton(label, role)
    if default in buttons:
        box.setDefaultButton(buttons[default])
    if escape in buttons:
        box.setEscapeButton(buttons[escape])
    box.exec()
    clicked = box.clickedButton()
    for key, b in buttons.items():
        if b is clicked:
            return key
    return escape or choices[-1][0]


def inform(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    informative: str = "",
    detail: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> None:
    """A message with one "Tutup" button."""
    ask(
        parent,
        title,
        text,
        [("close", tr("Tutup"), QMessageBox.ButtonRole.AcceptRole)],
        informative=informative,
        detail=detail,
        icon=icon,
    )


def year_text(value) -> str:
    return "–" if value is None else str(int(value))


def locale_int(text: str) -> int | None:
    """An amount typed with or without thousands separators ("3.000.000", "3,000,000", "3000000")."""
    cleaned = "".join(ch for ch in str(text) if ch.isdigit() or ch == "-")
    if not cleaned or cleaned == "-":
        return None
    try:
        return int(cleaned)
    except ValueError:
        return None


def group_digits(value: int) -> str:
    return QLocale().toString(int(value))


# --- examples and locale ---------------------------------------------------------------


def example_scenarios() -> list[tuple[str, Path]]:
    """The example scenarios shipped for the demo province: (name, path), in file order."""
    import json
    from importlib import resources

    folder = Path(str(resources.files("resources").joinpath("scenarios")))
    out = []
    for path in sorted(folder.glob("*.skenario.json")):
        try:
            name = json.loads(path.read_text(encoding="utf-8"))["scenario"]["name"]
        except (OSError, ValueError, KeyError, TypeError):
            name = path.name.split(".")[0]
        out.append((str(name), path))
    return out


def indonesian_numbers() -> None:
    """Indonesian number format when nothing chose one (a panel run on its own)."""
    if QLocale().language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))


# --- model connections -----------------------------------------------------------------


class Links:
    """The psygnal connections of one widget, undone when the widget is destroyed.

    Models outlive views: a scenario or a workspace keeps emitting after a
    panel is gone, and a slot of a deleted Qt object would raise inside
    the model's emission. Slots are held weakly, so the links never keep
    a widget alive.
    """

    def __init__(self, widget):
        self._items: list[tuple[object, weakref.WeakMethod]] = []
        widget.destroyed.connect(self.disconnect_all)

    def connect(self, signal, slot) -> None:
        signal.connect(slot)
        self._items.append((signal, weakref.WeakMethod(slot)))

    def disconnect(self, signal, slot) -> None:
        with contextlib.suppress(Exception):
            signal.disconnect(slot)
        self._items = [
            (s, r) for s, r in self._items if not ((s is signal or s == signal) and r() == slot)
        ]

    def disconnect_all(self, *_args) -> None:
        items, self._items = self._items, []
        for signal, ref in items:
            slot = ref()
            if slot is not None:
                with contextlib.suppress(Exception):
                    signal.disconnect(slot)


class JobStrip(QWidget):
    """A thin line under a panel while its background job runs: what, how far, "Batal".

    It shows only when the job takes longer than a moment, so quick
    recomputations do not flicker; a panel that starts a newer job simply
    watches that one instead.
    """

    def __init__(self, parent: QWidget | None = None, delay_ms: int = 300):
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

        from widgets.base.progress_dialog import ProgressBar

        super().__init__(parent)
        self.job = None
        self.label = QLabel()
        self.bar = ProgressBar()
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(tr("Batal"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._appear)
        self.hide()

    def watch(self, job, text: str) -> None:
        """Follow ``job`` (the strip appears if it is still running after the delay)."""
        self.job = job
        self.label.setText(text)
        self.bar.set_fraction(0.0)
        self.cancel_button.setEnabled(True)
        job.sig_progress.connect(self._on_progress)
        job.sig_done.connect(self._on_done)
        self._timer.start()

    def _appear(self) -> None:
        if self.job is not None and not self.job.done:
            self.show()

    def _on_progress(self, fraction: float, _message: str = "") -> None:
        if self.sender() is self.job:
            self.bar.set_fraction(fraction)

    def _on_done(self) -> None:
        if self.sender() is self.job or self.job is None or self.job.done:
            self._timer.stop()
            self.hide()

    def cancel(self) -> None:
        if self.job is not None and not self.job.done:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
