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

from gis.io.atomicfile import atomic_save
from gis.io.cells import xlsx_cell
from gis.io.exportlog import log_personal_export
from gis.io.outputguard import check_target
from gis.io.worksheets import RAHASIA

SHEET = "Daftar pendampingan"
HEADER_ROW = 3
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
    again when the log cannot be written.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = check_target(path, overwrite=overwrite)
    rows = mentor_family_rows(matching, table, mentors)
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws["A1"] = RAHASIA
    ws["A1"].font = Font(bold=True, color="C53030")
    ws["A2"] = f"{len(rows)} keluarga, {len({r[0] for r in rows})} pendamping"
    for c, text in enumerate(HEADER, start=1):
        xlsx_cell(ws, HEADER_ROW, c, text).font = Font(bold=True)
    for r_i, row in enumerate(rows, start=HEADER_ROW + 1):
        for c, value in enumerate(row, start=1):
            xlsx_cell(ws, r_i, c, value)
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
    ws.oddHeader.center.text = "RAHASIA - UU 27/2022 Pelindungan Data Pribadi"
    ws.oddFooter.center.text = "RAHASIA - UU 27/2022 Pelindungan Data Pribadi"
    atomic_save(path, wb.save)
    villages = sorted({r[6] for r in rows if r[6]})
    try:
        return log_personal_export(
            log_path,
            what="daftar keluarga per pendamping",
            files=[path],
            people=len(rows),
            villages=villages,
            who=who,
            detail={"pendamping": len({r[0] for r in rows})},
        )
    except BaseException:
        path.unlink(missing_ok=True)  # names must not leave the program unlogged
        raise
