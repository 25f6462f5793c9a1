"""The mentor matching as a scenario keeps it: rules, solver, totals, pairs by ID only.

Issue 14 asks that the matching be "saved with the scenario (IDs only, no
personal data)". The record holds what the planner needs to see the matching
again and to know whether it still belongs to the data at hand: the rules,
the solver's status and objective, the totals (the same summary the panel
shows), the load per agency, the pairs as ``[family id, mentor id]`` and two
fingerprints (register and mentor pool). Family ids are the register's ID
column; mentor ids the mentor list's own ID, or the masked NIP when the list
used the NIP as its ID. No names, NIK, KK, NIP in clear or addresses.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

import numpy as np

from gis.io.nik import mask_id

#: version of the ``matching`` member; a reader refuses a higher one
MATCHING_VERSION = 1


def households_fingerprint(table) -> str:
    """The register as the pairs depend on it: the scenario fingerprint and the IDs."""
    h = hashlib.sha256(table.fingerprint().encode())
    h.update("\x1f".join(str(v) for v in table.hh_id).encode())
    return h.hexdigest()[:16]


def saved_mentor_ids(pool) -> np.ndarray:
    """The mentor IDs a file may hold: an ID that is the NIP in clear is masked."""
    ids = np.asarray(pool.mentor_id, dtype=object).astype(str)
    if pool.nip is not None:
        nip = np.asarray(pool.nip, dtype=object).astype(str)
        clear = (ids == nip) & (nip != "")
        ids = np.where(clear, [mask_id(v) for v in nip], ids)
    return ids


def mentors_fingerprint(pool) -> str:
    """Hash of the pool as the matching used it (IDs, agency, place, capacity, competence)."""
    h = hashlib.sha256()
    h.update("\x1f".join(saved_mentor_ids(pool).tolist()).encode())
    h.update("\x1f".join(str(a) for a in pool.agency).encode())
    for arr in (pool.village, pool.capacity, pool.competence, pool.from_psks):
        h.update(np.ascontiguousarray(arr).tobytes())
    h.update(str(len(pool)).encode())
    return h.hexdigest()[:16]


def matching_record(matching, table, pool, load, mentor_file: str = "") -> dict:
    """The ``matching`` member of a scenario for a finished matching (JSON-ready)."""
    r = matching.result
    hh = np.asarray(table.hh_id, dtype=object)[matching.families]
    ids = saved_mentor_ids(pool)
    pairs = [[str(hh[i]), str(ids[m])] for i, m in enumerate(r.mentor.tolist()) if m >= 0]
    summary = matching.summary()
    return {
        "version": MATCHING_VERSION,
        "rules": summary["rules"],
        "solver": {
            "status": summary["solver"]["status"],
            "optimal": summary["solver"]["optimal"],
            "objective": summary["solver"]["objective"],
        },
        "summary": summary,
        "load": load,
        "pairs": pairs,
        "data": {
            "households": households_fingerprint(table),
            "mentors": mentors_fingerprint(pool),
            "families": int(len(matching.families)),
            "mentor_count": int(len(pool)),
            "mentors_file": str(mentor_file).replace("\\", "/").rsplit("/", 1)[-1],
        },
    }


def check_matching(d) -> dict:
    """A ``matching`` member read from a file, its shape checked (ValueError if wrong).

    The version is checked by the caller (a newer one is refused, never guessed).
    """
    if not isinstance(d, Mapping):
        raise ValueError("matching is not an object")
    for key, kind in (("rules", Mapping), ("summary", Mapping), ("data", Mapping)):
        if not isinstance(d.get(key), kind):
            raise ValueError(f"matching.{key} missing or not an object")
    pairs = d.get("pairs")
    if not isinstance(pairs, list) or not all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(v, str) for v in p) for p in pairs
    ):
        raise ValueError("matching.pairs must be [family id, mentor id] pairs")
    if not isinstance(d.get("load", []), list):
        raise ValueError("matching.load must be a list")
    return dict(d)


def matching_fits(record: Mapping, table, pool) -> bool:
    """True if ``record`` was made on this register and this mentor pool."""
    data = record.get("data") or {}
    return (
        table is not None
        and pool is not None
        and data.get("households") == households_fingerprint(table)
        and data.get("mentors") == mentors_fingerprint(pool)
    )
