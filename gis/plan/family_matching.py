"""Mentor matching for the register: the filtered families, the mentor pool, the results.

The solver in :mod:`gis.plan.matching` works on plain arrays; this module
builds them from a household table and a mentor table (points, village
areas, needs from the needs rules, desil classes) and turns the answer into
what people read: totals beside the naive pick, the load per agency and an
assignment table by ID only (no names, no NIP).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gis.plan.matching import MatchProblem, MatchResult, MatchRules, solve_matching
from gis.plan.travel_matching import solve_travel_matching


#: priority class labels when families are ranked by desil (missing desil last)
def _desil_classes(desil: np.ndarray) -> tuple[np.ndarray, dict[int, str]]:
    values = np.unique(desil)
    order = sorted(values.tolist(), key=lambda d: (d == 0, d))
    lut = np.zeros(max(11, int(values.max()) + 1 if len(values) else 11), dtype=np.int64)
    labels = {}
    for c, d in enumerate(order):
        lut[d] = c
        labels[c] = f"desil {d}" if d else "tanpa desil"
    return lut[desil], labels


@dataclass
class FamilyMatching:
    """A matching of the register's families (``families`` = row indices) to a mentor pool."""

    families: np.ndarray
    result: MatchResult
    class_labels: dict[int, str]
    approx: np.ndarray  # family placed at its village's point, not measured

    def summary(self) -> dict:
        out = self.result.summary(self.class_labels)
        ok = self.result.assigned
        out["approximate_places"] = {
            "families": int(self.approx.sum()),
            "assigned": int((self.approx & ok).sum()),
        }
        return out


def match_families(
    table, mentors, mask=None, rules: MatchRules | None = None, needs=None, travel=None
):
    """Match the families in ``mask`` (default: all) of a household table to a mentor pool.

    A family's point is its own, or its village's point (marked ``approx``);
    areas come from the village table; needs from
    :func:`gis.model.mentors.family_needs` unless given. With a ``travel``
    table (:class:`gis.model.travel.TravelTable`) the distance is the
    table's value between the family's and the mentor's villages.
    """
    from gis.model.mentors import family_needs

    rules = rules or MatchRules()
    families = np.flatnonzero(np.ones(len(table), bool) if mask is None else mask)
    vt = table.villages

    def area(village):
        if rules.same_area is None or len(vt) == 0:
            return np.full(len(village), -1, dtype=np.int64)
        index = vt.kec_index if rules.same_area == "kecamatan" else vt.kab_index
        return np.where(village >= 0, np.asarray(index)[np.maximum(village, 0)], -1)

    if needs is None:
        needs = family_needs(table)
    if rules.priority == "desil":
        klass, labels = _desil_classes(table.desil[families].astype(np.int64))
    else:
        klass, labels = np.zeros(len(families), dtype=np.int64), {0: "semua"}
    problem = MatchProblem(
        fam_lon=table.x[families],
        fam_lat=table.y[families],
        fam_area=area(table.village[families]),
        fam_needs=needs[families],
        fam_class=klass,
        men_lon=mentors.x,
        men_lat=mentors.y,
        men_area=area(mentors.village),
        men_comp=mentors.competence,
        men_cap=mentors.capacity,
    )
    if travel is not None:
        result = solve_travel_matching(
            problem, rules, table.village[families], mentors.village, travel
        )
    else:
        result = solve_matching(problem, rules)
    return FamilyMatching(
        families=families,
        result=result,
        class_labels=labels,
        approx=np.asarray(table.approx[families], dtype=bool),
    )


def mentor_load(matching: FamilyMatching, mentors) -> list[dict]:
    """Per agency: mentors, capacity, families assigned (optimised), capacity used."""
    mentor = matching.result.mentor
    assigned = np.bincount(mentor[mentor >= 0], minlength=len(mentors))
    rows = []
    for agency in sorted(set(mentors.agency.tolist())):
        sel = mentors.agency == agency
        cap = int(mentors.capacity[sel].sum())
        got = int(assigned[sel].sum())
        rows.append(
            {
                "agency": agency,
                "mentors": int(sel.sum()),
                "capacity": cap,
                "families": got,
                "mentors_used": int((assigned[sel] > 0).sum()),
                "share_used": round(got / cap, 4) if cap else None,
            }
        )
    return rows


def assignment_rows(matching: FamilyMatching, table, mentors) -> list[list]:
    """One row per family, IDs only: family id, mentor id, km, approx place, reason."""
    r = matching.result
    codes = r.reason_codes()
    out = []
    for i, f in enumerate(matching.families.tolist()):
        m = int(r.mentor[i])
        out.append(
            [
                str(table.hh_id[f]),
                str(mentors.mentor_id[m]) if m >= 0 else "",
                f"{r.km[i]:.3f}" if m >= 0 else "",
                "ya" if matching.approx[i] else "tidak",
                "ya" if r.misfit[i] else "tidak",
                codes[i],
            ]
        )
    return out


ASSIGNMENT_HEADER = [
    "id_keluarga",
    "id_pendamping",
    "jarak_km",
    "letak_perkiraan",
    "kompetensi_tidak_sesuai",
    "alasan_tanpa_pendamping",
]


def assignment_header(unit: str = "km") -> list[str]:
    """The assignment table's columns; with a travel table in minutes, its minutes column."""
    if unit == "menit":
        return [("waktu_tempuh_menit" if c == "jarak_km" else c) for c in ASSIGNMENT_HEADER]
    return list(ASSIGNMENT_HEADER)
