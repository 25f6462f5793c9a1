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


def persons(members) -> str:
    """Persons of a ``members`` column as :func:`gis.model.unknowns.persons_text` words them.

    "–" when no household has a known size, otherwise the known sum and
    "(N RT tanpa jumlah anggota)"; never "0" for an unknown size.
    """
    from gis.model.unknowns import persons_of_text
    from widgets.base.gis_text import gis_text

    return persons_of_text(members, fmt=num, tr=gis_text)


def persons_count(known_persons: int, households: int, unknown_size: int) -> str:
    """:func:`persons` from counts already made (see :func:`gis.model.unknowns.persons_text`)."""
    from gis.model.unknowns import persons_text
    from widgets.base.gis_text import gis_text

    return persons_text(known_persons, households, unknown_size, fmt=num, tr=gis_text)


def assumed_size(unknown_size: int, assumed: float) -> str:
    """The one sentence stating the household size assumed for costs ("" if none is)."""
    from gis.model.unknowns import assumed_size_text
    from widgets.base.gis_text import gis_text

    return assumed_size_text(unknown_size, assumed, fmt=num, tr=gis_text, fmt_decimal=dec)


def persons_split(known_persons: int, households: int, unknown_size: int) -> tuple[str, str]:
    """(number, note) of :func:`gis.model.unknowns.persons_parts` in the interface language."""
    from gis.model.unknowns import persons_parts
    from widgets.base.gis_text import gis_text

    return persons_parts(known_persons, households, unknown_size, fmt=num, tr=gis_text)
