"""Numbers as a planner reads them: ``12.345`` in Indonesian, ``12,345`` in English.

The application sets the default QLocale from the chosen language at start,
so every view formats through here and never with Python's ``:,``.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def num(value) -> str:
    """A whole number with the locale's thousands separator; "–" for None."""
    if value is None:
        return "–"
    return QLocale().toString(int(value))


def dec(value, decimals: int = 1) -> str:
    """A decimal number with the locale's separators; "–" for None or NaN."""
    if value is None or value != value:
        return "–"
    return QLocale().toString(float(value), "f", decimals)


def pct(part, whole, decimals: int = 1) -> str:
    """``part`` as a percentage of ``whole`` ("–" when ``whole`` is 0)."""
    if not whole:
        return "–"
    return dec(100.0 * part / whole, decimals) + " %"
