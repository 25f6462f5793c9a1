"""Per-mentor family lists with names and addresses: an explicit, logged, RAHASIA export.

A mentor needs to know whom to visit, so this list necessarily carries the
families' names and addresses (and the mentor's name). Like the field
verification worksheets it is written only when asked, marked RAHASIA on
the sheet and on every printed page, written whole or not at all, and every
export leaves one line in the personal-data export log (who, when, which
file, which villages, how many families).
"""

from __future__ import annotations

import numpy as np

from gis.io.personal_lists import HEADER_ROW, ListSheet, export_personal_lists

SHEET = "Daftar pendampingan"
__all__ = ["HEADER", "HEADER_ROW", "SHEET", "export_mentor_lists", "mentor_family_rows"]
HEADER = (
    "ID pendamping",
    "Nama pendamping",
    "Instansi / jenis",
    "ID keluarga",
    "Nama kepala keluarga",
    "Alamat",
    "Kode desa",
    "Desa/kelurahan",
    "Jarak (km)",
    "Letak perkiraan",
)


def mentor_family_rows(matching, table, mentors) -> list[list]:
    """One row per assigned family, grouped by mentor (mentor ID order), nearest first."""
    r = matching.result
    idx = np.flatnonzero(r.mentor >= 0)
    if len(idx) == 0:
        return []
    men = r.mentor[idx]
    order = np.lexsort((r.km[idx], np.asarray(mentors.mentor_id, dtype=str)[men]))
    vt = table.villages
    rows = []
    for i in idx[order].tolist():
        m, f = int(r.mentor[i]), int(matching.families[i])
        v = int(table.village[f])
        rows.append(
            [
                str(mentors.mentor_id[m]),
                "" if mentors.name is None else str(mentors.name[m]),
                str(mentors.agency[m]),
                str(table.hh_id[f]),
                "" if table.name is None else str(table.name[f]),
                "" if table.address is None else str(table.address[f]),
                str(vt.codes[v]) if v >= 0 else "",
                str(vt.names[v]) if v >= 0 else "",
                round(float(r.km[i]), 3),
                "ya" if matching.approx[i] else "tidak",
            ]
        )
    return rows


def export_mentor_lists(
    matching, table, mentors, path, *, log_path, overwrite: bool = False, who: str | None = None
) -> dict:
    """Write the per-mentor family lists (XLSX) and log the export; returns the log entry.

    Refuses to overwrite an existing file unless ``overwrite``; the log line
    is appended only after the file is complete, and the file is removed
    again when the log cannot be written (:mod:`gis.io.personal_lists`).
    """
    rows = mentor_family_rows(matching, table, mentors)
    mentors_listed = len({r[0] for r in rows})
    sheet = ListSheet(SHEET, HEADER, rows, f"{len(rows)} keluarga, {mentors_listed} pendamping")
    return export_personal_lists(
        path,
        [sheet],
        log_path=log_path,
        what="daftar keluarga per pendamping",
        people=len(rows),
        villages={r[6] for r in rows if r[6]},
        overwrite=overwrite,
        who=who,
        detail={"pendamping": mentors_listed},
    )
