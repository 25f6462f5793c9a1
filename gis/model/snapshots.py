"""Two snapshots of a register: which families are the same, and what changed between them.

A register is renewed (DTKS to DTSEN, refreshed about quarterly); the
planner asks what changed: who entered, who left, who moved village, whose
desil went up or down, who gained or lost a program, and how many
"graduated" (left desil 1-4 or left the register), the seed's own measure
of success. Families are matched as the registers themselves tie them: by
KK number first, then the NIK of the head, then the register's own ID. A
key counts only where it is intact (16 digits, as :mod:`gis.io.nik` keeps them) and
unique on both sides; a family not matched is reported with why: its key
was shared by several families (``duplicate_key``), it had no usable key
at all (``no_key``), or no family of the other snapshot carries it
(``absent``: a true entry or exit).

Matching turns every key into an int64 and joins by sorting, so two
registers of a million families match in seconds; the changes after matching are
``bincount`` over unit codes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from gis.model.households import HouseholdTable

#: the keys in the order they are tried
KEYS = ("kk", "nik", "id")
#: reasons a family is not matched
UNMATCHED = ("duplicate_key", "no_key", "absent")
#: unit levels: length of the code prefix of a 10-digit village code
LEVELS = {"desa": 10, "kecamatan": 6, "kabupaten": 4}


def _digit_keys(values, n: int) -> np.ndarray:
    """16-digit numbers as int64, -1 where missing or not exactly 16 digits.

    A number that went through a float, lost a digit or carries letters is
    no key (it could tie the wrong family); this is the fast form of
    :func:`gis.io.nik.check_ids`'s "digits intact" test, vectorised over the
    whole column because it runs on two million values.
    """
    out = np.full(n, -1, dtype=np.int64)
    if values is None or not n:
        return out
    try:  # the usual case: text or empty cells, checked in Arrow's C++ kernels
        arr = pa.array(values, type=pa.string(), from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # numbers among the text: slower, same rule
        text = np.asarray(values, dtype=object).astype("U17")
        ok = (np.char.str_len(text) == 16) & np.char.isdigit(text)
        out[ok] = text[ok].astype(np.int64)
        return out
    good = pc.and_(pc.equal(pc.utf8_length(arr), 16), pc.utf8_is_digit(arr))
    ok = good.to_numpy(zero_copy_only=False)
    ok = np.where(pd.isna(ok), False, ok).astype(bool)
    out[ok] = pc.cast(arr.filter(pa.array(ok)), pa.int64()).to_numpy()
    return out


def _keys(old: HouseholdTable, new: HouseholdTable, key: str) -> tuple[np.ndarray, np.ndarray]:
    """Integer key per family of both snapshots (-1 where missing or damaged)."""
    if key == "id":
        ids = np.concatenate([old.hh_id, new.hh_id]).astype(object)
        try:
            text = pc.utf8_trim_whitespace(pa.array(ids, type=pa.string(), from_pandas=True))
        except (pa.ArrowInvalid, pa.ArrowTypeError):  # numeric IDs: as the table prints them
            text = pa.array([None if v is None else str(v).strip() for v in ids], pa.string())
        text = pc.if_else(pc.equal(text, ""), pa.scalar(None, pa.string()), text)
        encoded = text.dictionary_encode()
        codes = pc.fill_null(encoded.indices, -1).to_numpy().astype(np.int64)
        return codes[: len(old)], codes[len(old) :]
    return (
        _digit_keys(getattr(old, key), len(old)),
        _digit_keys(getattr(new, key), len(new)),
    )


def _shared(keys: np.ndarray) -> np.ndarray:
    """True where a valid key occurs more than once on its side."""
    out = np.zeros(len(keys), dtype=bool)
    valid = keys >= 0
    if valid.any():
        _u, inverse, counts = np.unique(keys[valid], return_inverse=True, return_counts=True)
        out[valid] = counts[inverse.reshape(-1)] > 1
    return out


@dataclass
class SnapshotMatch:
    """Which family of the old snapshot is which of the new.

    Attributes
    ----------
    old_to_new : int64 per old family, index in the new snapshot or -1
    new_to_old : int64 per new family, index in the old snapshot or -1
    method_old : object per old family, "kk" / "nik" / "id" or None
    reason_old, reason_new : object per family, a :data:`UNMATCHED` reason or None
    """

    old_to_new: np.ndarray
    new_to_old: np.ndarray
    method_old: np.ndarray
    reason_old: np.ndarray
    reason_new: np.ndarray

    def counts(self) -> dict:
        """Matched per key and unmatched per reason (computed once: the reason
        columns are text, slow to compare at a million families)."""
        cached = self.__dict__.get("_counts")
        if cached is not None:
            return cached
        methods = pd.Series(self.method_old).value_counts()
        self.__dict__["_counts"] = {
            "matched": {k: int(methods.get(k, 0)) for k in KEYS},
            "unmatched_old": {r: int(np.count_nonzero(self.reason_old == r)) for r in UNMATCHED},
            "unmatched_new": {r: int(np.count_nonzero(self.reason_new == r)) for r in UNMATCHED},
        }
        return self.__dict__["_counts"]


def match_snapshots(old: HouseholdTable, new: HouseholdTable) -> SnapshotMatch:
    """Match families of ``old`` and ``new`` by KK, then head's NIK, then ID."""
    n_old, n_new = len(old), len(new)
    o2n = np.full(n_old, -1, dtype=np.int64)
    n2o = np.full(n_new, -1, dtype=np.int64)
    method = np.full(n_old, None, dtype=object)
    dup_old = np.zeros(n_old, dtype=bool)
    dup_new = np.zeros(n_new, dtype=bool)
    any_old = np.zeros(n_old, dtype=bool)
    any_new = np.zeros(n_new, dtype=bool)
    for key in KEYS:
        ko, kn = _keys(old, new, key)
        any_old |= ko >= 0
        any_new |= kn >= 0
        # a key shared by several families of either side ties none of them
        shared_o, shared_n = _shared(ko), _shared(kn)
        dup_old |= shared_o & (o2n < 0)
        dup_new |= shared_n & (n2o < 0)
        free_o = np.flatnonzero((o2n < 0) & (ko >= 0) & ~shared_o)
        free_n = np.flatnonzero((n2o < 0) & (kn >= 0) & ~shared_n)
        if not len(free_o) or not len(free_n):
            continue
        order = np.argsort(kn[free_n], kind="stable")
        sorted_keys = kn[free_n][order]
        pos = np.minimum(np.searchsorted(sorted_keys, ko[free_o]), len(sorted_keys) - 1)
        hit = sorted_keys[pos] == ko[free_o]
        i, j = free_o[hit], free_n[order[pos[hit]]]
        o2n[i] = j
        n2o[j] = i
        method[i] = key
    reason_old = np.full(n_old, None, dtype=object)
    reason_new = np.full(n_new, None, dtype=object)
    for reason, rold, rnew in (
        ("absent", np.ones(n_old, bool), np.ones(n_new, bool)),
        ("no_key", ~any_old, ~any_new),
        ("duplicate_key", dup_old, dup_new),
    ):  # later reasons win: a shared key explains more than "absent"
        reason_old[(o2n < 0) & rold] = reason
        reason_new[(n2o < 0) & rnew] = reason
    match = SnapshotMatch(o2n, n2o, method, reason_old, reason_new)
    match.counts()  # counted with the matching, not with every change table after it
    return match


def _unit_index(
    old: HouseholdTable, new: HouseholdTable, level: str
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The unit codes at ``level`` of both snapshots, sorted, and each family's
    number in them ("" is the unit of families whose village is unknown)."""
    width = f"U{LEVELS[level]}"

    def per_village(vt) -> np.ndarray:
        return vt.codes.astype("U10").astype(width) if len(vt) else np.zeros(0, dtype=width)

    vo, vn = per_village(old.villages), per_village(new.villages)
    units = np.unique(np.concatenate([vo, vn, np.array([""], dtype=width)]))
    blank = int(np.searchsorted(units, ""))

    def per_family(table, per_v) -> np.ndarray:
        number = np.append(np.searchsorted(units, per_v), blank)  # last: village -1
        return number[np.where(table.village >= 0, table.village, len(per_v))]

    return units, per_family(old, vo), per_family(new, vn)


@dataclass
class SnapshotDiff:
    """What changed between two snapshots, for the whole area and per unit.

    Attributes
    ----------
    transition : 11 x 11 int64, families matched with desil ``i`` before and
        ``j`` after (0 = desil missing)
    per_unit : DataFrame indexed by unit code: entries, exits, moved_in,
        moved_out, desil_up, desil_down, graduated, net, and
        ``gained_<KEY>`` / ``lost_<KEY>`` per program known in both
    """

    level: str
    transition: np.ndarray
    per_unit: pd.DataFrame
    match_counts: dict

    def totals(self) -> dict[str, int]:
        return {k: int(v) for k, v in self.per_unit.sum(numeric_only=True).items()}


def diff_snapshots(
    old: HouseholdTable, new: HouseholdTable, match: SnapshotMatch, level: str = "desa"
) -> SnapshotDiff:
    """Entries, exits, moves, desil changes, program changes and graduation per unit.

    Exits and graduation count in the family's old unit, entries in its new
    unit; a move counts out of the old unit and into the new one. A matched
    family whose desil is missing on either side moves neither up nor down.
    """
    units, uo, un = _unit_index(old, new, level)
    matched = np.flatnonzero(match.old_to_new >= 0)
    j = match.old_to_new[matched]
    d_old = old.desil[matched].astype(np.int64)
    d_new = new.desil[j].astype(np.int64)
    transition = np.bincount(d_old * 11 + d_new, minlength=121).reshape(11, 11)
    both = (d_old > 0) & (d_new > 0)
    moved = uo[matched] != un[j]
    poor_before = (old.desil >= 1) & (old.desil <= 4)
    exits = match.old_to_new < 0
    left_poor = np.zeros(len(old), dtype=bool)
    left_poor[matched] = (new.desil[j] >= 5) & poor_before[matched]
    uo_m = uo[matched]  # the old unit of each matched family, indexed once
    parts = [
        ("entries", un[match.new_to_old < 0]),
        ("exits", uo[exits]),
        ("moved_out", uo_m[moved]),
        ("moved_in", un[j][moved]),
        ("desil_up", uo_m[both & (d_new > d_old)]),
        ("desil_down", uo_m[both & (d_new < d_old)]),
        ("graduated", uo[(exits & poor_before) | left_poor]),
    ]
    known_o, known_n = old.programs_known[matched], new.programs_known[j]
    prog_o, prog_n = old.programs[matched], new.programs[j]
    for key in old.program_keys:
        if key not in new.program_keys:
            continue
        bo, bn = np.uint32(old.program_bit(key)), np.uint32(new.program_bit(key))
        known = ((known_o & bo) != 0) & ((known_n & bn) != 0)
        had = (prog_o & bo) != 0
        has = (prog_n & bn) != 0
        parts.append((f"gained_{key}", uo_m[known & ~had & has]))
        parts.append((f"lost_{key}", uo_m[known & had & ~has]))
    # one bincount per part over integer unit numbers: counting unit code
    # strings (value_counts) took most of a second at a million families
    counts = {name: np.bincount(idx, minlength=len(units)) for name, idx in parts}
    frame = pd.DataFrame(counts, index=pd.Index(units.astype(object)), dtype=np.int64)
    frame = frame[frame.to_numpy().any(axis=1)]
    frame["net"] = frame["entries"] + frame["moved_in"] - frame["exits"] - frame["moved_out"]
    frame.index.name = level
    return SnapshotDiff(level, transition, frame.sort_index(), match.counts())


def area_changes(
    old: HouseholdTable,
    new: HouseholdTable,
    match: SnapshotMatch,
    old_in: np.ndarray,
    new_in: np.ndarray,
) -> dict[str, int]:
    """The changes of one area (an intervention zone), given which families of
    each snapshot lie in it: a family moves in or out when it crosses the
    area's edge, wherever its village is."""
    matched = np.flatnonzero(match.old_to_new >= 0)
    j = match.old_to_new[matched]
    was, now = old_in[matched], new_in[j]
    d_old = old.desil[matched].astype(np.int64)
    d_new = new.desil[j].astype(np.int64)
    both = was & (d_old > 0) & (d_new > 0)
    exits = old_in & (match.old_to_new < 0)
    poor = (old.desil >= 1) & (old.desil <= 4)
    out = {
        "entries": int(np.count_nonzero(new_in & (match.new_to_old < 0))),
        "exits": int(np.count_nonzero(exits)),
        "moved_in": int(np.count_nonzero(~was & now)),
        "moved_out": int(np.count_nonzero(was & ~now)),
        "desil_up": int(np.count_nonzero(both & (d_new > d_old))),
        "desil_down": int(np.count_nonzero(both & (d_new < d_old))),
        "graduated": int(
            np.count_nonzero(exits & poor) + np.count_nonzero(was & poor[matched] & (d_new >= 5))
        ),
    }
    out["net"] = out["entries"] + out["moved_in"] - out["exits"] - out["moved_out"]
    return out


def village_values(diff: SnapshotDiff, villages, column: str = "net") -> np.ndarray:
    """One column of a village-level diff as int64 per village of ``villages``.

    A village absent from ``per_unit`` had no family enter, leave, move or
    change there, so its value is a true 0 (both snapshots cover the area).
    """
    if diff.level != "desa":
        raise ValueError(f"village values need a diff by desa, not {diff.level!r}")
    codes = np.asarray(villages.codes).astype(str)
    col = diff.per_unit[column] if column in diff.per_unit else pd.Series(dtype=np.int64)
    return col.reindex(codes, fill_value=0).to_numpy(np.int64)
