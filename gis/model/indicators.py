"""Indicators per village for choropleths: who is poor, who is missed, who serves them.

A map sheet or web map colours villages by one number each. The numbers a
planner asks for are few and fixed in meaning, so they are defined here once
(on top of :mod:`gis.model.aggregate`, one ``bincount`` each) and every map uses
the same definitions, with NaN for "no data" where the denominator is zero.

PPKS (problem types) include specific personal data (disability, HIV,
children; UU 27/2022): a village rate computed from fewer than
``min_count`` households with a PPKS is suppressed (NaN, reported in
``suppressed``) so that a printed sheet cannot point at a single family.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from gis.model.aggregate import village_desil_counts
from gis.model.filter_text import indicator_title
from gis.model.households import HouseholdTable

#: key -> (legend title, unit, one-line definition)
INDICATORS: dict[str, tuple[str, str, str]] = {
    "desil_1_4": (
        "Rumah tangga desil 1-4",
        "RT",
        "Jumlah rumah tangga desil 1-4 per desa",
    ),
    "d12_no_aid": (
        "Desil 1-2 tanpa bantuan",
        "%",
        "Persentase rumah tangga desil 1-2 yang tidak menerima program apa pun",
    ),
    "ppks_per_1000": (
        "PPKS per 1.000 RT",
        "per 1.000 RT",
        "Rumah tangga dengan sedikitnya satu PPKS per 1.000 rumah tangga",
    ),
    "psks_per_1000_d14": (
        "PSKS per 1.000 RT desil 1-4",
        "per 1.000 RT",
        "Jumlah PSKS (12 jenis) per 1.000 rumah tangga desil 1-4",
    ),
    "verif_progress": (
        "Kemajuan verifikasi",
        "%",
        "Persentase rumah tangga putaran verifikasi terakhir yang sudah diverifikasi",
    ),
    "data_age": (
        "Umur data",
        "bulan",
        "Rata-rata bulan sejak verifikasi terakhir, atau sejak tanggal data register",
    ),
    "verif_errors": (
        "Temuan kesalahan data",
        "%",
        "Persentase rumah tangga terverifikasi yang tidak ditemukan atau tidak layak",
    ),
}

#: indicators computed from the verification provenance (gis.model.verification)
VERIFICATION_INDICATORS = ("verif_progress", "data_age", "verif_errors")

#: PPKS rates from fewer households than this are not shown
MIN_SENSITIVE_COUNT = 5


@dataclass(frozen=True)
class Indicator:
    """One number per village of ``table.villages``.

    Attributes
    ----------
    key, title, unit, definition
        See :data:`INDICATORS`.
    values
        float per village; NaN = no data (or suppressed).
    numerator, denominator
        The counts behind ``values`` (for tooltips and tallies).
    suppressed
        True where a value was hidden because it rests on too few households.
    note
        Sentence for the sheet when something was suppressed, else "".
    categories
        For a map of kinds rather than amounts: ``(label, colour)`` of value
        0, 1, ... (see :func:`gis.maps.classify.categorical`); empty for amounts.
    """

    key: str
    title: str
    unit: str
    definition: str
    values: np.ndarray
    numerator: np.ndarray
    denominator: np.ndarray
    suppressed: np.ndarray
    note: str = ""
    categories: tuple[tuple[str, str], ...] = ()


def _per_village(table: HouseholdTable, sel: np.ndarray) -> np.ndarray:
    v = table.village[sel]
    return np.bincount(v[v >= 0], minlength=len(table.villages))[: len(table.villages)]


def _programs_note(table: HouseholdTable) -> str:
    """Sentence naming the programs the register does not carry ("" if it carries all)."""
    missing = table.missing_programs()
    if not missing:
        return ""
    names = ", ".join(missing)
    return f"Tidak ada di berkas (tidak diketahui, tidak dihitung): {names}."


def _ratio(num: np.ndarray, den: np.ndarray, scale: float) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den > 0, scale * num / np.maximum(den, 1), np.nan)


def compute(
    key: str,
    table: HouseholdTable,
    mask: np.ndarray | None = None,
    psks=None,
    min_count: int = MIN_SENSITIVE_COUNT,
    flt=None,
    desil_key: np.ndarray | None = None,
) -> Indicator:
    """Indicator ``key`` (see :data:`INDICATORS`) per village.

    Parameters
    ----------
    key
        Indicator key.
    table
        The household register.
    mask
        Households to count (a filter or an area); all when None. The
        indicator's own desil condition is applied on top.
    psks
        :class:`gis.model.psks.PsksTable`, needed for ``psks_per_1000_d14``.
    min_count
        Smallest number of PPKS households a village rate may rest on.
    flt
        :class:`gis.model.filters.HouseholdFilter` behind ``mask`` (its mask when
        ``mask`` is None): the title then says what is counted under it
        (see :func:`gis.model.filter_text.indicator_title`), so a map coloured
        under "desil 1-2 belum menerima program apa pun" is not titled
        "Rumah tangga desil 1-4".
    desil_key
        :func:`gis.model.aggregate.village_desil_key` of ``table`` when the
        caller keeps it (the workspace does): the village x desil counts then
        pick one column instead of building the key from two.

    Returns
    -------
    Indicator
    """
    if key not in INDICATORS:
        raise ValueError(f"unknown indicator {key!r}")
    title, unit, definition = INDICATORS[key]
    if flt is not None:
        title = indicator_title(key, flt, table)
        if mask is None:
            mask = flt.mask(table)
    n = len(table.villages)
    sel = np.ones(len(table), dtype=bool) if mask is None else mask
    vd = village_desil_counts(table, sel, desil_key)[1:]  # (villages, 11)
    total = vd.sum(axis=1)
    d14 = vd[:, 1:5].sum(axis=1)
    suppressed = np.zeros(n, dtype=bool)
    note = ""
    if key == "desil_1_4":
        num, den = d14, total
        values = np.where(total > 0, d14, np.nan).astype(float)
    elif key == "d12_no_aid":
        # only households with at least one known program can be "without aid";
        # a household the register says nothing about is left out of both counts
        d12 = (table.desil == 1) | (table.desil == 2)
        known = ~table.programs_unknown()
        num = _per_village(table, sel & d12 & table.received_nothing())
        den = _per_village(table, sel & d12 & known)
        values = _ratio(num, den, 100.0)
        note = _programs_note(table)
    elif key == "ppks_per_1000":
        known = table.ppks_known
        num = _per_village(table, sel & known & (table.ppks != 0))
        den = _per_village(table, sel & known) if not known.all() else total
        values = _ratio(num, den, 1000.0)
        if not table.carries_ppks:
            note = "Berkas tidak memuat kolom PPKS: PPKS tidak diketahui (bukan nol)."
        suppressed = (num > 0) & (num < min_count)
        values[suppressed] = np.nan
        if suppressed.any():
            note = (
                f"PPKS desa dengan kurang dari {min_count} RT tidak ditampilkan "
                f"({int(suppressed.sum())} desa) untuk melindungi data pribadi."
            )
    elif key in VERIFICATION_INDICATORS:
        num, den, values, note = _verification(key, table, sel)
    else:
        if psks is None:
            num = np.zeros(n, dtype=np.int64)
            values = np.full(n, np.nan)
            den = d14
            note = "Data PSKS tidak dimuat."
        else:
            pv = psks.village[psks.is_psks]
            num = np.bincount(pv[pv >= 0], minlength=n)[:n]
            den = d14
            values = _ratio(num, den, 1000.0)
    return Indicator(
        key=key,
        title=title,
        unit=unit,
        definition=definition,
        values=np.asarray(values, dtype=float),
        numerator=np.asarray(num, dtype=np.int64),
        denominator=np.asarray(den, dtype=np.int64),
        suppressed=suppressed,
        note=note,
    )


def _snapshot_date(table: HouseholdTable):
    """The register's own date (``tanggal_data``) as datetime64[D], NaT when unknown."""
    try:
        return np.datetime64(str(table.snapshot).strip()[:10], "D")
    except ValueError:
        return np.datetime64("NaT")


def _verification(key: str, table: HouseholdTable, sel: np.ndarray, today=None):
    """Numerator, denominator, values and note of a verification indicator.

    Without verification columns the register says nothing about rounds: the
    progress and error rates are unknown (NaN), never 0 %. Data age then
    falls back to the register's own date, and is unknown without it.
    """
    from gis.model.verification import ERROR_STATUSES, Provenance, months_since

    prov = table.verification
    n = len(table.villages)
    none = "Register tanpa kolom hasil verifikasi: tidak diketahui (bukan nol)."
    if key == "data_age":
        p = prov if prov is not None else Provenance.empty(len(table))
        when = np.where(np.isnat(p.verified_on), _snapshot_date(table), p.verified_on)
        age = months_since(when.astype("datetime64[D]"), today or date.today())
        known = sel & ~np.isnan(age) & (table.village >= 0)
        num = _per_village(table, known)
        total = np.bincount(table.village[known], weights=age[known], minlength=n)[:n]
        values = _ratio(total, num, 1.0)
        note = (
            ""
            if known.any() or not len(table)
            else ("Tanggal verifikasi dan tanggal data register tidak diketahui.")
        )
        return num, num, values, note
    if prov is None:
        zeros = np.zeros(n, dtype=np.int64)
        return zeros, zeros, np.full(n, np.nan), none
    if key == "verif_progress":
        latest = prov.latest_round()
        planned = sel & (prov.planned == latest) if latest else np.zeros(len(table), bool)
        num = _per_village(table, planned & (prov.round_id == latest))
        den = _per_village(table, planned)
        return num, den, _ratio(num, den, 100.0), ""
    verified = sel & (prov.status != None)  # noqa: E711 (object array)
    num = _per_village(table, verified & np.isin(prov.status.astype(str), ERROR_STATUSES))
    den = _per_village(table, verified)
    return num, den, _ratio(num, den, 100.0), ""


def village_indicators(
    table: HouseholdTable, mask=None, psks=None, min_count: int = MIN_SENSITIVE_COUNT, flt=None
) -> dict[str, Indicator]:
    """All indicators of :data:`INDICATORS` per village."""
    return {key: compute(key, table, mask, psks, min_count, flt) for key in INDICATORS}


#: mentor and referral indicators (apart from :data:`INDICATORS`: they need a
#: mentor pool or the referral engine's counts) key -> (title, unit, definition)
MENTOR_INDICATORS: dict[str, tuple[str, str, str]] = {
    "mentor_need": (
        "Keluarga perlu pendamping",
        "keluarga",
        "Keluarga terpilih (filter) per desa yang perlu didampingi",
    ),
    "mentor_capacity_reach": (
        "Kapasitas pendamping dalam jangkauan",
        "keluarga",
        "Jumlah kapasitas pendamping yang kantornya dalam jarak maksimum dari titik desa "
        "(satu pendamping dihitung di setiap desa yang dijangkaunya)",
    ),
    "mentor_gap": (
        "Kekurangan pendamping",
        "keluarga",
        "Keluarga perlu pendamping dikurangi kapasitas dalam jangkauan (0 bila cukup)",
    ),
    "refer": (
        "Keluarga perlu dirujuk",
        "keluarga",
        "Keluarga yang memenuhi syarat program dan diketahui belum menerimanya",
    ),
}


def village_points(table: HouseholdTable) -> tuple[np.ndarray, np.ndarray]:
    """A point inside each village (NaN for villages without polygon)."""
    import shapely

    geoms = table.villages.geoms
    x = np.full(len(geoms), np.nan)
    y = np.full(len(geoms), np.nan)
    has = table.villages.has_polygon
    if has.any():
        pts = shapely.point_on_surface(geoms[has])
        x[has], y[has] = shapely.get_x(pts), shapely.get_y(pts)
    return x, y


def _indicator(key, table_values, num, den, note="", title=None) -> Indicator:
    t, unit, definition = MENTOR_INDICATORS[key]
    return Indicator(
        key=key,
        title=title or t,
        unit=unit,
        definition=definition,
        values=np.asarray(table_values, dtype=float),
        numerator=np.asarray(num, dtype=np.int64),
        denominator=np.asarray(den, dtype=np.int64),
        suppressed=np.zeros(len(num), dtype=bool),
        note=note,
    )


def mentor_indicators(
    table: HouseholdTable,
    mask: np.ndarray | None,
    mentor_x: np.ndarray,
    mentor_y: np.ndarray,
    mentor_capacity: np.ndarray,
    max_km: float,
) -> dict[str, Indicator]:
    """Per village: families needing a mentor, capacity within reach, and the gap.

    Reach is the great-circle distance from a point inside the village to the
    mentor's point. A village with no family in the selection has no value
    (NaN), not zero; a village without polygon has no point and no capacity
    value.
    """
    from scipy.spatial import cKDTree

    sel = np.ones(len(table), dtype=bool) if mask is None else mask
    need = _per_village(table, sel)
    vx, vy = village_points(table)
    n = len(need)
    capacity = np.zeros(n, dtype=np.int64)

    def xyz(lon, lat):
        lo, la = np.radians(lon), np.radians(lat)
        return np.column_stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)])

    ok_m = ~np.isnan(mentor_x) & (np.asarray(mentor_capacity) > 0)
    ok_v = ~np.isnan(vx)
    if ok_m.any() and ok_v.any():
        tree = cKDTree(xyz(mentor_x[ok_m], mentor_y[ok_m]))
        cap = np.asarray(mentor_capacity, dtype=np.int64)[ok_m]
        chord = 2.0 * np.sin(max_km / (2.0 * 6371.0088))
        hits = tree.query_ball_point(xyz(vx[ok_v], vy[ok_v]), chord)
        capacity[ok_v] = [int(cap[h].sum()) for h in hits]
    has = need > 0
    gap = np.maximum(need - capacity, 0)
    reach_values = np.where(ok_v, capacity, np.nan)
    reach_note = f"Jangkauan {max_km:g} km dari titik desa."
    return {
        "mentor_need": _indicator("mentor_need", np.where(has, need, np.nan), need, need),
        "mentor_capacity_reach": _indicator(
            "mentor_capacity_reach", reach_values, capacity, need, reach_note
        ),
        "mentor_gap": _indicator(
            "mentor_gap", np.where(has & ok_v, gap, np.nan), gap, need, reach_note
        ),
    }


def referral_indicator(
    table: HouseholdTable, program: str, refer: np.ndarray, unknown: np.ndarray
) -> Indicator:
    """Families to refer to ``program`` per village, from the referral engine's counts.

    Where the register does not say whether families receive the program the
    count is unknown: a village whose fitting families are all unknown has no
    value (NaN), never 0, and the note says how many are unknown.
    """
    refer = np.asarray(refer, dtype=np.int64)[: len(table.villages)]
    unknown = np.asarray(unknown, dtype=np.int64)[: len(table.villages)]
    values = np.where((refer == 0) & (unknown > 0), np.nan, refer).astype(float)
    note = ""
    if unknown.any():
        note = (
            f"Penerimaan {program} tidak diketahui untuk {int(unknown.sum())} keluarga "
            "yang memenuhi syarat (tidak dihitung)."
        )
    return _indicator(
        "refer", values, refer, refer + unknown, note, title=f"Keluarga perlu dirujuk ke {program}"
    )
