"""What a register did not say, worded once: unknown is never "no" or zero.

A P3KE sheet has no column for PIP or for household size; the households
in it are not "not receiving PIP" and do not have "0 jiwa". Every view,
sheet and export that shows persons or program receipt takes its words
from here, so the same unknown reads the same way everywhere. The words
are Indonesian (sheets and exports are Indonesian); the interface passes
``tr`` to show them in its own language.
"""

from __future__ import annotations

import numpy as np

from gis.numbers import format_number

#: a program receipt, PPKS or any other value the source did not give
UNKNOWN = "tidak diketahui"
#: persons when no household in the count has a known size
PERSONS_UNKNOWN = "–"
#: appended to a sum of persons when some households have no size
UNKNOWN_SIZE_NOTE = "{n} RT tanpa jumlah anggota"
#: the one statement of the size assumed for costs per person
ASSUMED_SIZE = "{n} RT tanpa jumlah anggota: biaya per orang dihitung {m} jiwa per RT"
#: a program the register has no column for
PROGRAM_NOT_CARRIED = "penerimaan {name} tidak diketahui (tidak ada di berkas)"
#: scenario households whose receipt of a program is unknown, counted as not receiving it
RECEIPT_UNKNOWN = "{n} RT terjangkau {name}: penerimaan {name} tidak diketahui, dianggap belum"


def _same(text: str) -> str:
    return text


def persons(members: np.ndarray) -> tuple[int, int, int]:
    """(persons in households of known size, households, households without size)."""
    members = np.asarray(members)
    known = members > 0
    return int(members[known].sum(dtype=np.int64)), len(members), int((~known).sum())


def persons_text(
    known_persons: int,
    households: int,
    unknown_size: int,
    fmt=format_number,
    tr=_same,
) -> str:
    """Persons as a reader can defend them: never ``0`` for an unknown size.

    "–" when every household counted has an unknown size; otherwise the sum
    over households of known size, followed by "(N RT tanpa jumlah anggota)"
    when some have none.
    """
    number, note = persons_parts(known_persons, households, unknown_size, fmt, tr)
    return f"{number} ({note})" if note else number


def persons_parts(
    known_persons: int,
    households: int,
    unknown_size: int,
    fmt=format_number,
    tr=_same,
) -> tuple[str, str]:
    """:func:`persons_text` in two parts: the number ("–" if all unknown) and the note ("" if none).

    For places that put the note elsewhere (after "jiwa", in a row of its own).
    """
    if households and unknown_size >= households:
        return PERSONS_UNKNOWN, ""
    note = tr(UNKNOWN_SIZE_NOTE).format(n=fmt(int(unknown_size))) if unknown_size else ""
    return fmt(int(known_persons)), note


def persons_of_text(members: np.ndarray, fmt=format_number, tr=_same) -> str:
    """:func:`persons_text` of a ``members`` column (0 = unknown)."""
    return persons_text(*persons(members), fmt=fmt, tr=tr)


def _decimal(value: float) -> str:
    return format_number(value, 1)


def assumed_size_text(
    unknown_size: int, assumed: float, fmt=format_number, tr=_same, fmt_decimal=_decimal
) -> str:
    """The one sentence stating the size assumed for per-person costs; "" when none is.

    ``fmt`` formats whole numbers, ``fmt_decimal`` a fractional assumed size.
    """
    if not unknown_size:
        return ""
    a = float(assumed)
    m = fmt(int(a)) if a.is_integer() else fmt_decimal(a)
    return tr(ASSUMED_SIZE).format(n=fmt(int(unknown_size)), m=m)
