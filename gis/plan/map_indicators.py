"""Mentors, referrals and program synergy as map indicators, and the mentor lines.

The choropleth's own indicators (:data:`gis.model.indicators.INDICATORS`)
need only the register. These need more: the mentor indicators a finished
matching (its mentor pool and its reach), the referral counts the scenario's
eligibility rules, and the synergy map the mentors' villages. They are
offered only when what they rest on is there (:func:`available`), so a
planner never picks a map that can only say "no data".

Everything is counted per village under the household filter, one
``bincount`` each; unknown stays NaN ("tidak ada data"), never 0. The
titles say the filter in force, in the interface's language (``lang``),
because a title built from data cannot be looked up in a translation file.
Counts only: no names, no IDs, nothing a web map could leak.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

import numpy as np

from gis.model.filter_text import describe_filter, normalised
from gis.model.filters import HouseholdFilter
from gis.model.households import HouseholdTable
from gis.model.indicators import Indicator, mentor_indicators, referral_indicator
from gis.plan.referrals import referrals

#: reach used for "no distance limit" (longer than any road in Indonesia)
NO_LIMIT_KM = 10_000.0
#: key prefix of the referral indicators: ``refer:PKH``
REFER = "refer:"
MENTOR_KEYS = ("mentor_need", "mentor_capacity_reach", "mentor_gap")
SYNERGY_KEYS = ("no_known_program", "program_mentor")

#: (Indonesian, English) title, unit and definition per key ({p}: the program)
_WORDS: dict[str, tuple[tuple[str, str], tuple[str, str], tuple[str, str]]] = {
    "mentor_need": (
        ("Keluarga perlu pendamping", "Families needing a mentor"),
        ("keluarga", "families"),
        (
            "Keluarga terpilih (filter) per desa yang perlu didampingi",
            "Selected (filtered) families per village that need a mentor",
        ),
    ),
    "mentor_capacity_reach": (
        ("Kapasitas pendamping dalam jangkauan", "Mentor capacity within reach"),
        ("keluarga", "families"),
        (
            "Kapasitas pendamping (keluarga) yang kantornya dalam jarak maksimum pencocokan "
            "dari titik desa",
            "Mentor capacity (families) whose office is within the matching's maximum "
            "distance of the village point",
        ),
    ),
    "mentor_gap": (
        ("Kekurangan pendamping", "Mentor gap"),
        ("keluarga", "families"),
        (
            "Keluarga perlu pendamping dikurangi kapasitas dalam jangkauan (0 bila cukup)",
            "Families needing a mentor minus the capacity within reach (0 when enough)",
        ),
    ),
    "refer": (
        ("Keluarga perlu dirujuk ke {p}", "Families to refer to {p}"),
        ("keluarga", "families"),
        (
            "Keluarga yang memenuhi syarat {p} (aturan kelayakan skenario) dan diketahui "
            "belum menerimanya; yang penerimaannya tidak diketahui tidak dihitung",
            "Families eligible for {p} (the scenario's eligibility rules) known not to "
            "receive it yet; families whose receipt is unknown are not counted",
        ),
    ),
    "no_known_program": (
        ("Keluarga tanpa program yang diketahui", "Families without any known program"),
        ("keluarga", "families"),
        (
            "Keluarga yang menurut register tidak menerima satu pun program yang dimuatnya "
            "(keluarga yang tak satu pun programnya diketahui tidak dihitung)",
            "Families the register says receive none of the programs it carries "
            "(families with no program known are not counted)",
        ),
    ),
    "program_mentor": (
        ("Program dan pendamping", "Programs and mentors"),
        ("", ""),
        (
            "Desa menurut ada tidaknya keluarga terpilih penerima program dan pendamping "
            "berkantor di desa itu",
            "Villages by whether selected families receive a program and a mentor has "
            "an office there",
        ),
    ),
}

#: the categories of ``program_mentor``: key, (Indonesian, English) label, colour
#: (Okabe-Ito, colour-blind safe); NaN where the programs are unknown
SYNERGY_CLASSES: tuple[tuple[str, tuple[str, str], str], ...] = (
    ("programs_and_mentors", ("program dan pendamping", "programs and mentors"), "#009e73"),
    ("programs_no_mentor", ("program tanpa pendamping", "programs, no mentor"), "#e69f00"),
    ("mentors_no_program", ("pendamping tanpa program", "mentor, no program"), "#0072b2"),
    ("neither", ("tanpa program dan pendamping", "neither"), "#cc79a7"),
)


@dataclass(frozen=True)
class Mentoring:
    """A matching and the mentor pool it was made with, as the map reads it.

    ``families`` are rows of the household table, ``mentor`` the index into
    ``pool`` (a :class:`gis.model.mentors.MentorTable`) of each family's
    mentor (-1 for none); ``max_km`` the matching's reach (None: no distance
    limit). Built from a finished matching (:meth:`of_matching`) or from the
    pairs a scenario saved (:meth:`of_record`), so a scenario opened again
    draws its lines again.
    """

    pool: object
    families: np.ndarray
    mentor: np.ndarray
    max_km: float | None = None

    @classmethod
    def of_matching(cls, pool, matching) -> Mentoring:
        """From a :class:`gis.plan.family_matching.FamilyMatching` made on ``pool``."""
        r = matching.result
        return cls(pool, np.asarray(matching.families), np.asarray(r.mentor), r.rules.max_km)

    @classmethod
    def of_record(cls, record: Mapping, table: HouseholdTable, pool) -> Mentoring:
        """From a scenario's saved matching (:mod:`gis.plan.saved_matching`), IDs only.

        The caller checks first that the record belongs to this register and
        pool (:func:`gis.plan.saved_matching.matching_fits`); a pair whose
        family or mentor ID is not found is left out.
        """
        from gis.plan.saved_matching import saved_mentor_ids

        rows = {str(h): i for i, h in enumerate(table.hh_id)}
        ids = {m: j for j, m in enumerate(saved_mentor_ids(pool).tolist())}
        pairs = [(rows.get(str(f), -1), ids.get(str(m), -1)) for f, m in record.get("pairs", [])]
        pairs = np.array([p for p in pairs if p[0] >= 0 and p[1] >= 0], dtype=np.int64)
        pairs = pairs.reshape(-1, 2)
        max_km = (record.get("rules") or {}).get("max_km")
        return cls(pool, pairs[:, 0], pairs[:, 1], None if max_km is None else float(max_km))


@dataclass(frozen=True)
class Segments:
    """One line per assigned family: from its point to its mentor's point.

    ``approx`` marks families placed at their village (no own coordinates);
    ``mentor`` is the index into the pool of each line's mentor.
    """

    fx: np.ndarray
    fy: np.ndarray
    mx: np.ndarray
    my: np.ndarray
    approx: np.ndarray
    mentor: np.ndarray

    def __len__(self) -> int:
        return len(self.fx)

    def in_box(self, west: float, south: float, east: float, north: float) -> np.ndarray:
        """Lines whose bounding box meets the box (a line crossing the view counts)."""
        x0, x1 = np.minimum(self.fx, self.mx), np.maximum(self.fx, self.mx)
        y0, y1 = np.minimum(self.fy, self.my), np.maximum(self.fy, self.my)
        return (x1 >= west) & (x0 <= east) & (y1 >= south) & (y0 <= north)


def mentor_segments(table: HouseholdTable, mentoring: Mentoring) -> Segments:
    """The assigned pairs of a matching as line ends, from the points the matching measured.

    A family's end is its point in the register (its own coordinates, or the
    point its village placed it at when ``approx``), exactly what the
    distance was measured from; pairs with an end unknown are left out.
    """
    mentor = np.asarray(mentoring.mentor, dtype=np.int64)
    ok = mentor >= 0
    fam = np.asarray(mentoring.families, dtype=np.int64)[ok]
    men = mentor[ok]
    pool = mentoring.pool
    fx, fy = table.x[fam], table.y[fam]
    mx, my = np.asarray(pool.x)[men], np.asarray(pool.y)[men]
    finite = ~(np.isnan(fx) | np.isnan(fy) | np.isnan(mx) | np.isnan(my))
    return Segments(
        fx=fx[finite],
        fy=fy[finite],
        mx=mx[finite],
        my=my[finite],
        approx=np.asarray(table.approx, dtype=bool)[fam][finite],
        mentor=men[finite],
    )


def synergy_village_classes(
    table: HouseholdTable, mask: np.ndarray | None, mentor_villages: np.ndarray
) -> np.ndarray:
    """Per village: index into :data:`SYNERGY_CLASSES`, -1 where unknown or out of scope.

    The same reading as :func:`gis.plan.referrals.synergy`: a village "has
    programs" when a selected family there is known to receive one, "has a
    mentor" when a mentor's office is there; a village whose selected
    families have no program known (or that has no selected family) is
    unknown, not "no program".
    """
    n = len(table.villages)
    sel = np.ones(len(table), dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
    village = table.village
    placed = sel & (village >= 0)
    got = table.programs & table.programs_known
    with_programs = np.bincount(village[placed & (got != 0)], minlength=n)[:n] > 0
    known = np.bincount(village[placed & (table.programs_known != 0)], minlength=n)[:n] > 0
    mv = np.asarray(mentor_villages, dtype=np.int64)
    with_mentors = np.bincount(mv[mv >= 0], minlength=n)[:n] > 0
    out = np.full(n, -1, dtype=np.int8)
    out[known & ~with_programs & ~with_mentors] = 3
    out[known & ~with_programs & with_mentors] = 2
    out[with_programs & ~with_mentors] = 1
    out[with_programs & with_mentors] = 0
    return out


def no_known_program_counts(
    table: HouseholdTable, mask: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray]:
    """Per village: selected families known to receive none of the programs, and those with
    at least one program known (the families the first count can speak for)."""
    n = len(table.villages)
    sel = np.ones(len(table), dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
    placed = sel & (table.village >= 0)
    v = table.village
    none = np.bincount(v[placed & table.received_nothing()], minlength=n)[:n]
    known = np.bincount(v[placed & ~table.programs_unknown()], minlength=n)[:n]
    return none, known


# --------------------------------------------------------------------- which, and titles


def _words(key: str) -> tuple[tuple[str, str], tuple[str, str], tuple[str, str]]:
    return _WORDS["refer" if key.startswith(REFER) else key]


def _lang(lang: str) -> int:
    return 1 if lang == "en" else 0


def base_title(key: str, lang: str = "id") -> str:
    """The indicator's title without the filter."""
    program = key[len(REFER) :] if key.startswith(REFER) else ""
    return _words(key)[0][_lang(lang)].format(p=program)


def definition(key: str, lang: str = "id") -> str:
    program = key[len(REFER) :] if key.startswith(REFER) else ""
    return _words(key)[2][_lang(lang)].format(p=program)


def unit(key: str, lang: str = "id") -> str:
    return _words(key)[1][_lang(lang)]


def title(key: str, flt: HouseholdFilter | None, table=None, lang: str = "id") -> str:
    """Title of ``key`` counted under ``flt``: the filter is named unless it is the default."""
    base = base_title(key, lang)
    if flt is None:
        return base
    n = normalised(flt)
    if n == normalised(HouseholdFilter()):
        return base
    f = describe_filter(n, table, lang=lang, short=True)
    form = "{0} among filtered HH ({1})" if lang == "en" else "{0} di antara RT terfilter ({1})"
    return form.format(base, f)


def is_extra(key: str | None) -> bool:
    """True for a key of this module (not of :data:`gis.model.indicators.INDICATORS`)."""
    return key is not None and (key.startswith(REFER) or key in MENTOR_KEYS + SYNERGY_KEYS)


def available(table: HouseholdTable | None, mentoring: Mentoring | None) -> list[str]:
    """The keys that can be drawn now, in the order a combo lists them.

    Referral per program and "families without a known program" need a
    register that carries programs (a program it never carries could only
    show "tidak diketahui"); the mentor indicators and the synergy map need a
    matching (its pool and reach).
    """
    if table is None:
        return []
    keys = []
    if mentoring is not None:
        keys += list(MENTOR_KEYS)
    carried = table.carried_programs()
    keys += [REFER + k for k in carried]
    if carried:
        keys.append("no_known_program")
        if mentoring is not None:
            keys.append("program_mentor")
    return keys


# ------------------------------------------------------------------------- computing


def compute(
    key: str,
    table: HouseholdTable,
    mask: np.ndarray | None = None,
    *,
    flt: HouseholdFilter | None = None,
    mentoring: Mentoring | None = None,
    rules: Mapping | None = None,
    lang: str = "id",
) -> Indicator:
    """Indicator ``key`` per village for the families in ``mask`` (``flt``'s mask when None).

    ``rules`` are the scenario's eligibility rules for the referral counts
    (the default rule, desil 1-4, for a program without one).
    """
    if mask is None and flt is not None:
        mask = flt.mask(table)
    t = title(key, flt, table, lang)
    u = unit(key, lang)
    d = definition(key, lang)
    n = len(table.villages)
    categories: tuple[tuple[str, str], ...] = ()
    if key in MENTOR_KEYS:
        if mentoring is None:
            raise ValueError(f"indicator {key!r} needs a mentor matching")
        pool, reach = mentoring.pool, mentoring.max_km
        ind = mentor_indicators(
            table, mask, pool.x, pool.y, pool.capacity, reach if reach else NO_LIMIT_KM
        )[key]
        note = ind.note
        if key != "mentor_need":
            note = (
                f"Jangkauan {reach:g} km dari titik desa."
                if reach
                else "Tanpa batas jarak: semua pendamping dihitung dalam jangkauan."
            )
        return replace(ind, title=t, unit=u, definition=d, note=note)
    if key.startswith(REFER):
        program = key[len(REFER) :]
        if program not in table.program_keys:
            raise ValueError(f"unknown program {program!r}")
        ref = referrals(table, mask, rules, keys=(program,))
        refer, unknown = ref.per_village(table, program)
        ind = referral_indicator(table, program, refer, unknown)
        return replace(ind, title=t, unit=u, definition=d)
    if key == "no_known_program":
        none, known = no_known_program_counts(table, mask)
        values = np.where(known > 0, none, np.nan)
        num, den = none, known
        note = "Keluarga yang tak satu pun programnya diketahui tidak dihitung."
    elif key == "program_mentor":
        if mentoring is None:
            raise ValueError(f"indicator {key!r} needs a mentor pool")
        cls = synergy_village_classes(table, mask, mentoring.pool.village)
        values = np.where(cls >= 0, cls, np.nan).astype(float)
        num = (cls >= 0).astype(np.int64)
        den = np.ones(n, dtype=np.int64)
        note = "Tidak ada data: desa tanpa keluarga terpilih yang programnya diketahui."
        categories = tuple((label[_lang(lang)], color) for _k, label, color in SYNERGY_CLASSES)
    else:
        raise ValueError(f"unknown indicator {key!r}")
    return Indicator(
        key=key,
        title=t,
        unit=u,
        definition=d,
        values=np.asarray(values, dtype=float),
        numerator=np.asarray(num, dtype=np.int64),
        denominator=np.asarray(den, dtype=np.int64),
        suppressed=np.zeros(n, dtype=bool),
        note=note,
        categories=categories,
    )


@dataclass(frozen=True)
class ExtraIndicators:
    """The extra maps of a workspace as it was at one moment, computed on demand.

    An output (the web map) is made of the workspace of the moment it was
    opened, like :class:`gis.maps.mapdata.MapData`; gis.maps cannot import
    this module, so the output is handed this object and asks it for the
    indicator the planner picks. Official outputs are worded in Indonesian.
    """

    table: HouseholdTable
    mask: np.ndarray | None = None
    flt: HouseholdFilter | None = None
    mentoring: Mentoring | None = None
    rules: Mapping | None = None

    @classmethod
    def of_workspace(cls, ws) -> ExtraIndicators | None:
        """The extra maps of ``ws`` now (None without households)."""
        if ws.households is None:
            return None
        return cls(ws.households, ws.mask.copy(), ws.filter, ws.mentoring, ws.referral_rules)

    def keys(self) -> list[str]:
        return available(self.table, self.mentoring)

    def compute(self, key: str) -> Indicator:
        return compute(
            key,
            self.table,
            self.mask,
            flt=self.flt,
            mentoring=self.mentoring,
            rules=self.rules,
            lang="id",
        )
