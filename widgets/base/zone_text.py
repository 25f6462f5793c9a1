"""Zone counts in the interface's words: the zone list and the scenario panel agree.

The numbers come from :mod:`gis.model.zone_tally` (own coordinates first, the
approximate ones apart, shared households, villages a drawn zone splits,
and the total row's arithmetic); this module only words them, through
``tr()`` so English follows the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gis.model.zone_tally import ZoneCount, ZoneCounts
from widgets.base.fmt import num


def tr(text: str) -> str:
    # the empty context is what pyside6-lupdate records for a module-level tr()
    return QCoreApplication.translate("", text)


def place_line(c: ZoneCount) -> str:
    """'berkoordinat: 1.583 · letak perkiraan: 1.948' (short: a narrow list)."""
    return tr("berkoordinat: {own} · letak perkiraan: {approx}").format(
        own=num(c.own), approx=num(c.approximate)
    )


def split_line(c: ZoneCount) -> str:
    """'membelah 854 RT perkiraan di 11 desa' for a drawn zone across villages."""
    if not c.split_approximate:
        return ""
    return tr("membelah {n} RT perkiraan di {m} desa").format(
        m=num(c.split_villages), n=num(c.split_approximate)
    )


def split_explanation(c: ZoneCount) -> str:
    """The long form of :func:`split_line`, for a tooltip."""
    if not c.split_approximate:
        return ""
    return (
        tr(
            "Zona membelah {m} desa yang memiliki {n} rumah tangga letak perkiraan; "
            "{k} di antaranya terhitung di zona ini."
        ).format(m=num(c.split_villages), n=num(c.split_approximate), k=num(c.split_inside))
        + " "
        + tr(
            "Zona memotong desa yang rumah tangganya tanpa koordinat: mereka "
            "ditempatkan menurut aturan di desanya, jadi terhitung di dalam atau di "
            "luar zona bukan karena letak rumahnya."
        )
    )


def zone_detail(c: ZoneCount) -> str:
    """Everything about one zone's count, one sentence per line (tooltips)."""
    lines = [
        tr("Di zona: {total} RT ({own} berkoordinat sendiri, {approx} letak perkiraan)").format(
            total=num(c.total), own=num(c.own), approx=num(c.approximate)
        ),
        tr("Dihitung di zona lain juga: {n} RT").format(n=num(c.shared)),
    ]
    if c.split_approximate:
        lines.append(split_explanation(c))
    return "\n".join(lines)


def total_text(t: ZoneCounts) -> str:
    """The total row: sum of the zones − extra counts = distinct households."""
    if t.counted_again:
        head = tr(
            "Jumlah semua zona: {sum} RT − {again} hitungan ganda ({several} RT berada di "
            "lebih dari satu zona) = {distinct} RT berbeda"
        ).format(
            sum=num(t.zone_sum),
            again=num(t.counted_again),
            several=num(t.in_several),
            distinct=num(t.distinct),
        )
    else:
        head = tr("Jumlah semua zona: {distinct} RT berbeda (zona tidak tumpang tindih)").format(
            distinct=num(t.distinct)
        )
    return (
        head
        + " · "
        + tr("{own} berkoordinat sendiri, {approx} letak perkiraan").format(
            own=num(t.distinct_own), approx=num(t.distinct_approximate)
        )
    )
