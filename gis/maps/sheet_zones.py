"""The zone table of a map sheet: households per zone, own coordinates first.

A sheet that shows intervention zones is brought to a meeting, so its zone
figures must be as defensible as the zone list's: the households located by
their own coordinates lead, the approximate ones are their own column, a
drawn zone across a village says how many approximate households it split,
and overlapping zones end in rows that show the arithmetic (sum of the
zones − counted in more than one zone = distinct households). The numbers
are :func:`gis.model.zone_tally.count_zones`'s; this module only lays them out as
table rows for :mod:`gis.maps.sheet_layout`.
"""

from __future__ import annotations

from dataclasses import dataclass

from gis.model.zone_tally import ZoneCounts, count_zones
from gis.model.zones import ZoneMasks
from gis.numbers import format_number

#: zones listed one by one on a sheet; the totals always cover every zone
MAX_ZONE_ROWS = 3


@dataclass(frozen=True)
class ZoneTable:
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    bold_rows: tuple[int, ...]
    col_fracs: tuple[float, ...] = (0.37, 0.22, 0.22, 0.19)


def sheet_zone_counts(data) -> ZoneCounts | None:
    """The zone counts of a :class:`gis.maps.mapdata.MapData` (cached on it), None without zones."""
    t = data.households
    if t is None or not data.zones:
        return None
    masks = data.cached("zone_masks", lambda: ZoneMasks(t))
    key = ("zone_counts", tuple(z.key() for z in data.zones))
    return data.cached(key, lambda: count_zones(t, data.zones, masks, data.mask))


def _n(value: int) -> str:
    return format_number(int(value))


def zone_table(data, compact: bool = False) -> ZoneTable | None:
    """Rows of the sheet's zone table, or None when there is nothing to count.

    Short labels, because a sheet's panel is narrow: one row per zone (at
    most :data:`MAX_ZONE_ROWS`; none when ``compact``, for a crowded panel),
    one row for the villages drawn zones split (marked ``*``), then the
    arithmetic: sum of the zones, − counted in more than one zone, = distinct
    households.
    """
    counts = sheet_zone_counts(data)
    if counts is None:
        return None
    rows: list[tuple[str, ...]] = []
    if not compact:
        for c in counts.zones[:MAX_ZONE_ROWS]:
            mark = " *" if c.split_approximate else ""
            rows.append((c.name + mark, _n(c.own), _n(c.approximate), _n(c.total)))
        rest = len(counts.zones) - MAX_ZONE_ROWS
        if rest > 0:
            rows.append((f"… dan {rest} zona lain", "", "", ""))
    split = [c for c in counts.zones if c.split_approximate]
    if split:
        n = sum(c.split_approximate for c in split)
        m = sum(c.split_villages for c in split)
        rows.append((f"* {_n(m)} desa terbelah", "", _n(n), ""))
    if counts.counted_again:
        own_sum = sum(c.own for c in counts.zones)
        approx_sum = sum(c.approximate for c in counts.zones)
        rows.append(
            (f"Jumlah {len(counts.zones)} zona", _n(own_sum), _n(approx_sum), _n(counts.zone_sum))
        )
        rows.append(
            (
                "− ganda (>1 zona)",
                _n(own_sum - counts.distinct_own),
                _n(approx_sum - counts.distinct_approximate),
                _n(counts.counted_again),
            )
        )
        label = "= RT berbeda"
    else:
        label = "RT berbeda"
    rows.append(
        (label, _n(counts.distinct_own), _n(counts.distinct_approximate), _n(counts.distinct))
    )
    title = "RUMAH TANGGA DI ZONA" + (" (setelah filter)" if data.mask is not None else "")
    return ZoneTable(
        title=title,
        header=("", "koordinat", "perkiraan", "jumlah"),
        rows=tuple(rows),
        bold_rows=(len(rows) - 1,),
    )


def zone_summary_rows(data) -> list[tuple[str, str, str]]:
    """The zone totals as rows of the summary table, for a panel too full for the zone table."""
    counts = sheet_zone_counts(data)
    if counts is None:
        return []
    # the distinct households; the label names what the overlap took off
    first = "RT di zona"
    if counts.counted_again:
        first += f" (−{_n(counts.counted_again)} ganda)"
    return [
        (first, _n(counts.distinct), ""),
        ("  di antaranya letak perkiraan", _n(counts.distinct_approximate), ""),
    ]


def zone_legend_label(data) -> str:
    """The legend's zone line with the zone households, for a panel with no room left."""
    counts = sheet_zone_counts(data)
    if counts is None:
        return "Zona intervensi"
    text = f"Zona intervensi: {_n(counts.distinct)} RT, {_n(counts.distinct_approximate)} perkiraan"
    if counts.counted_again:
        text += f", −{_n(counts.counted_again)} ganda"
    return text
