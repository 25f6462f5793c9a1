"""Verification rounds (verivali): which households to check, who checks them, what was found.

A register is never quite true: families move, die, find work or fall into
poverty between two updates, and numbers are damaged on the way through
spreadsheets. A Dinas Sosial answers with verification rounds: community
social workers (PSM) and district welfare workers (TKSK) visit the
households of a set of villages and report what they found. This module
plans a round (ready selection criteria, villages assigned to verifiers with
a count per verifier) and keeps the result of rounds as *provenance* per
household (last verified, by whom, with which status), which
:mod:`gis.model.round_results` fills from the returned worksheets.

Criteria follow the table's own meaning of unknown: an exclusion suspect is
a poor household *known* to receive none of the programs
(:meth:`HouseholdTable.received_nothing`); a household the register says
nothing about is not a suspect, it is unknown. A household with no KK or NIK
column at all is not "damaged" either: the register did not carry it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from gis.errors import SasaranError
from gis.io.nik import IdStatus, check_ids
from gis.model.households import HouseholdTable

#: the statuses a verifier may report, as they appear in the worksheet's list
STATUSES: tuple[str, ...] = (
    "ditemukan",
    "pindah",
    "meninggal",
    "tidak ditemukan",
    "tidak layak",
    "keluarga baru",
)

#: statuses that are found errors of the register (the error-rate indicator)
ERROR_STATUSES: tuple[str, ...] = ("tidak ditemukan", "tidak layak")

#: selection criteria: key -> label (Bahasa Indonesia, shown in the worksheet)
CRITERIA: dict[str, str] = {
    "eksklusi": "desil 1-4 tidak menerima program apa pun",
    "inklusi": "desil 7-10 menerima bantuan",
    "id_rusak": "NIK/KK rusak atau ganda",
    "tanpa_koordinat": "tanpa koordinat",
    "belum_diverifikasi": "belum diverifikasi",
}


class RoundError(SasaranError):
    """A round cannot be planned as asked (codes: ``unknown_criterion``, ``no_verifiers``)."""


@dataclass
class Provenance:
    """Verification history per household, parallel to a :class:`HouseholdTable`.

    Attributes
    ----------
    verified_on : datetime64[D], NaT where never verified
    verifier : object, None where never verified
    status : object (one of :data:`STATUSES`), None where never verified
    round_id : object, the round of the last verification, None where never verified
    planned : object, the last round the household was planned in (verified
        or still pending), None where never planned
    """

    verified_on: np.ndarray
    verifier: np.ndarray
    status: np.ndarray
    round_id: np.ndarray
    planned: np.ndarray | None = None

    def __post_init__(self) -> None:
        if self.planned is None:
            self.planned = np.full(len(self.verified_on), None, dtype=object)

    @classmethod
    def empty(cls, n: int) -> Provenance:
        none = np.full(n, None, dtype=object)
        return cls(
            np.full(n, np.datetime64("NaT"), dtype="datetime64[D]"),
            none.copy(),
            none.copy(),
            none.copy(),
            none.copy(),
        )

    def __len__(self) -> int:
        return len(self.verified_on)

    def take(self, index: np.ndarray) -> Provenance:
        return Provenance(
            self.verified_on[index],
            self.verifier[index],
            self.status[index],
            self.round_id[index],
            self.planned[index],
        )

    def latest_round(self) -> str | None:
        """The round planned most recently: the planned round with the latest
        verification in it (None when no round was ever planned)."""
        planned = pd.Series(self.planned, dtype=object)
        if not planned.notna().any():
            return None
        done = planned.notna().to_numpy() & (self.planned == self.round_id)
        if done.any():
            last = pd.Series(self.verified_on[done]).groupby(planned[done].to_numpy()).max()
            return str(last.sort_index().idxmax())
        return str(planned.dropna().astype(str).max())


def months_since(when: np.ndarray, today: date) -> np.ndarray:
    """Whole months from each date to ``today`` (float, NaN where the date is NaT)."""
    when = np.asarray(when, dtype="datetime64[D]")
    t = np.datetime64(today, "M").astype(np.int64)
    m = when.astype("datetime64[M]").astype(np.int64)
    out = (t - m).astype(np.float64)
    # a month is only complete once the day of the month is reached again
    day = (when - when.astype("datetime64[M]")).astype(np.int64)
    out -= day > today.day - 1
    out[np.isnat(when)] = np.nan
    return out


def damaged_ids(table: HouseholdTable) -> np.ndarray:
    """True where the household's KK or head's NIK is damaged, missing or shared by several.

    Only columns the register carried count: without a KK column nothing is
    said about KK numbers.
    """
    out = np.zeros(len(table), dtype=bool)
    for values, kind in ((table.kk, "kk"), (table.nik, "nik")):
        if values is None:
            continue
        chk = check_ids(values, kind=kind)
        out |= chk.status != IdStatus.OK
        # both families sharing a number are to be checked, not only the second
        value = pd.Series(chk.value, dtype=object)
        out |= value.notna().to_numpy() & value.duplicated(keep=False).to_numpy()
    return out


@dataclass
class Selection:
    """Households chosen for a round and why (one bool array per criterion)."""

    mask: np.ndarray
    reasons: dict[str, np.ndarray]

    def reason_text(self, index: np.ndarray) -> np.ndarray:
        """Per household of ``index``: the labels of its criteria, joined by ``"; "``.

        Worded once per combination of criteria, not per household.
        """
        keys = [k for k in CRITERIA if k in self.reasons]
        code = np.zeros(len(index), dtype=np.int64)
        for bit, k in enumerate(keys):
            code |= self.reasons[k][index].astype(np.int64) << bit
        unique, inverse = np.unique(code, return_inverse=True)
        words = [
            "; ".join(CRITERIA[k] for bit, k in enumerate(keys) if int(c) >> bit & 1)
            for c in unique
        ]
        return np.asarray(words + [""], dtype=object)[inverse.reshape(-1)]


def select_households(
    table: HouseholdTable,
    criteria: Iterable[str],
    *,
    provenance: Provenance | None = None,
    months: int = 12,
    today: date | None = None,
    villages: np.ndarray | None = None,
) -> Selection:
    """Households meeting any of ``criteria`` (keys of :data:`CRITERIA`) in ``villages``.

    ``villages`` is a bool mask over ``table.villages`` (None: all villages).
    ``belum_diverifikasi`` takes households never verified or verified more
    than ``months`` months before ``today``.
    """
    criteria = list(dict.fromkeys(criteria))
    unknown = [c for c in criteria if c not in CRITERIA]
    if unknown:
        raise RoundError(code="unknown_criterion", criterion=unknown[0], known=tuple(CRITERIA))
    desil = table.desil
    reasons: dict[str, np.ndarray] = {}
    for key in criteria:
        if key == "eksklusi":
            reasons[key] = (desil >= 1) & (desil <= 4) & table.received_nothing()
        elif key == "inklusi":
            reasons[key] = (desil >= 7) & (table.programs != 0)
        elif key == "id_rusak":
            reasons[key] = damaged_ids(table)
        elif key == "tanpa_koordinat":
            reasons[key] = np.isnan(table.x) | table.approx
        else:
            prov = provenance or table.verification or Provenance.empty(len(table))
            age = months_since(prov.verified_on, today or date.today())
            reasons[key] = np.isnan(age) | (age >= months)
    mask = np.zeros(len(table), dtype=bool)
    for r in reasons.values():
        mask |= r
    if villages is not None:
        in_area = np.zeros(len(table), dtype=bool)
        known = table.village >= 0
        in_area[known] = np.asarray(villages, dtype=bool)[table.village[known]]
        mask &= in_area
        reasons = {k: r & in_area for k, r in reasons.items()}
    return Selection(mask, reasons)


@dataclass(frozen=True)
class Verifier:
    """A PSM or TKSK who visits households; ``village`` is -1 where unknown."""

    name: str
    village: int = -1


def assign_villages(
    table: HouseholdTable,
    counts: np.ndarray,
    verifiers: Sequence[Verifier],
    fixed: dict[int, str] | None = None,
) -> dict[int, str]:
    """Village index -> verifier name for every village with households to check.

    ``counts`` is households to check per village. Villages stay whole (one
    verifier walks one village). ``fixed`` assignments are kept; the others
    go, largest village first, to the least loaded verifier of the village's
    own kecamatan when there is one, else to the least loaded of all, so the
    load evens out and a TKSK stays in their district.
    """
    if not verifiers:
        raise RoundError(code="no_verifiers")
    names = [v.name for v in verifiers]
    load = dict.fromkeys(names, 0)
    out: dict[int, str] = {}
    for v, name in (fixed or {}).items():
        if counts[v] > 0:
            out[v] = name
            load[name] = load.get(name, 0) + int(counts[v])
    kec = table.villages.kec_index
    by_kec: dict[int, list[str]] = {}
    for ver in verifiers:
        if ver.village >= 0:
            by_kec.setdefault(int(kec[ver.village]), []).append(ver.name)
    todo = [int(v) for v in np.flatnonzero(counts > 0) if int(v) not in out]
    todo.sort(key=lambda v: (-int(counts[v]), v))
    for v in todo:
        pool = by_kec.get(int(kec[v])) or names
        name = min(pool, key=lambda n: (load[n], names.index(n)))
        out[v] = name
        load[name] += int(counts[v])
    return out


@dataclass
class Round:
    """A planned round: who is visited, why, and by whom.

    Attributes
    ----------
    round_id : short name of the round, written on every worksheet
    created : the day the round was planned (results dated before it are impossible)
    households : int64 indices into the household table, grouped by verifier then village
    reasons : object, the selection reasons of each household of ``households``
    verifier : object, the verifier of each household of ``households``
    """

    round_id: str
    created: date
    households: np.ndarray
    reasons: np.ndarray
    verifier: np.ndarray
    village_verifier: dict[int, str] = field(default_factory=dict)

    def counts_per_verifier(self) -> dict[str, int]:
        names, counts = np.unique(self.verifier.astype(str), return_counts=True)
        return dict(zip(names.tolist(), counts.tolist(), strict=True))


def plan_round(
    table: HouseholdTable,
    selection: Selection,
    verifiers: Sequence[Verifier],
    *,
    round_id: str,
    created: date | None = None,
    fixed: dict[int, str] | None = None,
) -> Round:
    """A round over the selected households with a known village, villages assigned."""
    chosen = np.flatnonzero(selection.mask & (table.village >= 0))
    counts = np.bincount(table.village[chosen], minlength=len(table.villages))
    assignment = assign_villages(table, counts, verifiers, fixed)
    lookup = np.full(len(table.villages), "", dtype=object)
    for v, name in assignment.items():
        lookup[v] = name
    who = lookup[table.village[chosen]]
    order = np.lexsort((table.row[chosen], table.village[chosen], who.astype(str)))
    chosen = chosen[order]
    return Round(
        round_id=round_id,
        created=created or date.today(),
        households=chosen,
        reasons=selection.reason_text(chosen),
        verifier=who[order],
        village_verifier=assignment,
    )


def verifiers_from_psks(psks) -> list[Verifier]:
    """PSM (type 2) and TKSK (type 10) of a PSKS layer as verifiers, by their id."""
    keep = np.isin(psks.type, (2, 10))
    return [
        Verifier(str(i), int(v))
        for i, v in zip(psks.psks_id[keep], psks.village[keep], strict=True)
    ]
