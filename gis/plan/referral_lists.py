"""Referral lists per village: the families to refer to each program, masked unless asked.

A social worker of the SLRT goes to a village with a list: per program, the
families that fit it and do not receive it (:mod:`gis.plan.referrals`), and
apart from them the families whose receipt the register does not know
(unknown is never "no": they are checked, not referred). By default the
list carries the family ID, NIK and name masked as the attribute table
masks them, and the desil; names, full NIK and addresses are written only
when asked, as a RAHASIA workbook that leaves a line in the personal-data
export log (:mod:`gis.io.personal_lists`, shared with the mentor lists).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from gis.io.nik import mask_id, mask_name
from gis.io.personal_lists import ListSheet, export_personal_lists, write_list_workbook
from gis.model.households import HouseholdTable
from gis.plan.referrals import STATUS, Referrals

#: (status, sheet title) of the two sections of a list
SECTIONS = (("refer", "Perlu dirujuk"), ("unknown", "Penerimaan tidak diketahui"))
_PLACE = ("Kode desa", "Desa/kelurahan", "Program", "ID keluarga")
MASKED_HEADER = (*_PLACE, "NIK (disamarkan)", "Nama (disamarkan)", "Desil")
NAMED_HEADER = (*_PLACE, "NIK", "Nama kepala keluarga", "Alamat", "Desil")
_NOTES = {
    "refer": "{n} rujukan ({f} keluarga): memenuhi syarat program, register mencatat "
    "belum menerima.",
    "unknown": "{n} baris ({f} keluarga): memenuhi syarat, tetapi register tidak memuat "
    "penerimaan program ini (atau PPKS-nya); periksa dahulu, jangan dianggap belum menerima.",
}


def _entries(table: HouseholdTable, ref: Referrals, status: str, villages) -> tuple:
    """(family rows, program indices) of ``status``, ordered by village code, program, row."""
    j = STATUS.index(status)
    prog, pos = np.nonzero(ref.status == j)
    fam = ref.families[pos]
    village = table.village[fam].astype(np.int64)
    if villages is not None:
        keep = np.isin(village, np.asarray(villages, dtype=np.int64))
        fam, prog, village = fam[keep], prog[keep], village[keep]
    codes = np.asarray(table.villages.codes, dtype=str)
    # village rank by code; families without a village last
    rank = np.full(len(codes) + 1, len(codes), dtype=np.int64)
    rank[np.argsort(codes, kind="stable")] = np.arange(len(codes))
    order = np.lexsort((fam, prog, rank[np.where(village >= 0, village, len(codes))]))
    return fam[order], prog[order]


def referral_list_rows(
    table: HouseholdTable,
    ref: Referrals,
    status: str = "refer",
    villages: Sequence[int] | None = None,
    with_names: bool = False,
) -> list[list]:
    """One row per (family, program) of ``status`` in ``villages`` (indices; None = all).

    Masked (the default): village, program, family ID, masked NIK, masked
    name, desil. ``with_names``: full NIK, name and address instead.
    """
    fam, prog = _entries(table, ref, status, villages)
    vt = table.villages
    rows = []

    def text(key, f):
        value = table.text_at(key, f) if table.has_text(key) else None
        return "" if value is None else str(value)

    for f, p in zip(fam.tolist(), prog.tolist()):
        v = int(table.village[f])
        nik, name = text("nik", f), text("name", f)
        personal = (
            [nik, name, text("address", f)] if with_names else [mask_id(nik), mask_name(name)]
        )
        desil = int(table.desil[f])
        rows.append(
            [
                str(vt.codes[v]) if v >= 0 else "",
                str(vt.names[v]) if v >= 0 else "tanpa desa",
                ref.keys[p],
                str(table.hh_id[f]),
                *personal,
                desil if desil else "",
            ]
        )
    return rows


def referral_list_sheets(table, ref, villages=None, with_names: bool = False) -> list[ListSheet]:
    """The two sections (to refer; receipt unknown) as list sheets."""
    header = NAMED_HEADER if with_names else MASKED_HEADER
    sheets = []
    for status, title in SECTIONS:
        rows = referral_list_rows(table, ref, status, villages, with_names)
        families = len({r[3] for r in rows})
        sheets.append(
            ListSheet(title, header, rows, _NOTES[status].format(n=len(rows), f=families))
        )
    return sheets


def write_referral_lists(
    path,
    table: HouseholdTable,
    ref: Referrals,
    *,
    villages: Sequence[int] | None = None,
    with_names: bool = False,
    log_path=None,
    overwrite: bool = False,
    who: str | None = None,
) -> dict:
    """Write the referral lists (XLSX) to ``path``; with names, RAHASIA and logged.

    Returns what was written: ``path``, rows per section, ``families`` (each
    family once), the village codes and, with names, the log ``entry``.
    Refuses an existing file unless ``overwrite``; with names ``log_path``
    is required.
    """
    sheets = referral_list_sheets(table, ref, villages, with_names)
    ids = {r[3] for s in sheets for r in s.rows}
    codes = {r[0] for s in sheets for r in s.rows if r[0]}
    out = {
        "file": str(path),
        "with_names": with_names,
        "rows": {status: len(s.rows) for (status, _), s in zip(SECTIONS, sheets)},
        "families": len(ids),
        "villages": sorted(codes),
        "entry": None,
    }
    if with_names:
        if log_path is None:
            raise ValueError("a list with names needs the export log")
        out["entry"] = export_personal_lists(
            path,
            sheets,
            log_path=log_path,
            what="daftar rujukan program per desa",
            people=len(ids),
            villages=codes,
            overwrite=overwrite,
            who=who,
            detail={"program": list(ref.keys)},
        )
    else:
        write_list_workbook(path, sheets, personal=False, overwrite=overwrite)
    return out
