"""The coordination meeting's workbook: program synergy, referrals and mentor gaps.

Aggregates only (counts per village, per program, per combination): no
names, no IDs, like the budget tables. Written through the budget tables'
formatted writer, atomically, never over an existing file unless asked.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from gis.model.households import HouseholdTable
from gis.plan.budget_export import PRIVACY_LINE, Sheet, write_xlsx
from gis.plan.referral_tally import ZoneTally
from gis.plan.referrals import STATUS, STATUS_WORDS, Referrals

_BUCKETS = {
    "0": "0 program",
    "1": "1 program",
    "2": "2 program",
    "3+": "3 program atau lebih",
    "unknown": "tidak diketahui (register tidak memuat program apa pun untuk keluarga ini)",
}
_VILLAGE_WORDS = {
    "programs_and_mentors": "ada program dan pendamping",
    "programs_no_mentor": "ada program, tanpa pendamping",
    "mentors_no_program": "ada pendamping, tanpa program",
    "neither": "tanpa program dan tanpa pendamping",
    "programs_unknown": "program tidak diketahui",
}


def synergy_sheets(
    table: HouseholdTable,
    ref: Referrals,
    syn: dict,
    mentor_ind: dict | None = None,
    zones: ZoneTally | None = None,
) -> list[Sheet]:
    """Sinergi (families by programs received, combinations, villages), rujukan, desa, zona."""
    rows = [["Keluarga menurut jumlah program diketahui yang diterima", ""]]
    rows += [[f"  {_BUCKETS[k]}", v] for k, v in syn["programs_received"].items()]
    rows.append(["Kombinasi program terbanyak", ""])
    rows += [
        [f"  {c['label'] if c['programs'] else 'tanpa program'}", c["families"]]
        for c in syn["combinations"]
    ]
    if "villages" in syn:
        rows.append(["Desa: program dan pendamping", ""])
        rows += [[f"  {_VILLAGE_WORDS[k]}", v] for k, v in syn["villages"].items()]
    sheets = [Sheet("Sinergi", [("Keterangan", "text"), ("Jumlah", "int")], rows, slug="sinergi")]
    counts = ref.counts()
    # a program the register does not carry: only "unknown" is a count, the rest is "-"
    absent = set(table.missing_programs()) | (set(ref.keys) - set(table.program_keys))
    sheets.append(
        Sheet(
            "Rujukan per program",
            [("Program", "text")] + [(STATUS_WORDS[s], "int") for s in STATUS],
            [
                [k] + [None if k in absent and s != "unknown" else counts[k][s] for s in STATUS]
                for k in ref.keys
            ],
            slug="rujukan",
        )
    )
    vt = table.villages
    per = {k: ref.per_village(table, k) for k in ref.keys}
    cols = [("Kode desa", "text"), ("Desa", "text"), ("Kecamatan", "text")]
    cols += [(f"Dirujuk {k}", "int") for k in ref.keys]
    cols += [(f"Tidak diketahui {k}", "int") for k in ref.keys]
    if mentor_ind:
        cols += [
            ("Keluarga perlu pendamping", "int"),
            ("Kapasitas pendamping dalam jangkauan", "int"),
            ("Kekurangan pendamping", "int"),
        ]
    village_rows = []
    for v in range(len(vt)):
        row = [str(vt.codes[v]), str(vt.names[v]), str(vt.kec_names[vt.kec_index[v]])]
        # to refer: unknown ("-") where nobody is known to need it but some are unknown
        row += [
            None if per[k][0][v] == 0 and per[k][1][v] > 0 else int(per[k][0][v]) for k in ref.keys
        ]
        row += [int(per[k][1][v]) for k in ref.keys]
        if mentor_ind:
            for key in ("mentor_need", "mentor_capacity_reach", "mentor_gap"):
                value = mentor_ind[key].values[v]
                row.append(None if np.isnan(value) else int(value))
        village_rows.append(row)
    sheets.append(Sheet("Per desa", cols, village_rows, slug="desa"))
    if zones is not None:
        sheets.append(_zone_sheet(table, zones))
    return sheets


def _zone_sheet(table: HouseholdTable, zones: ZoneTally) -> Sheet:
    """Per zone: families, those also in another zone, to refer and unknown, receipt buckets.

    The rows of overlapping zones do not add up; the total rows say by how much.
    """
    absent = set(table.missing_programs()) | (set(zones.keys) - set(table.program_keys))
    cols = [("Zona", "text"), ("Keluarga", "int"), ("Juga di zona lain", "int")]
    cols += [(f"Dirujuk {k}", "int") for k in zones.keys]
    cols += [(f"Tidak diketahui {k}", "int") for k in zones.keys]
    cols += [
        (_BUCKETS[b] if b != "unknown" else "program tidak diketahui", "int") for b in _BUCKETS
    ]
    rows = []
    for i, name in enumerate(zones.names):
        row = [name, int(zones.families[i]), int(zones.in_other[i])]
        row += [None if k in absent else int(zones.refer[i, j]) for j, k in enumerate(zones.keys)]
        row += [int(zones.unknown[i, j]) for j in range(len(zones.keys))]
        row += [int(v) for v in zones.received[i]]
        rows.append(row)
    blank = [None] * (len(cols) - 2)
    twice = int(zones.families.sum()) - zones.distinct
    rows.append(["Jumlah zona", int(zones.families.sum())] + blank)
    rows.append(["− terhitung lebih dari sekali", twice] + blank)
    rows.append(["= keluarga berbeda", zones.distinct] + blank)
    return Sheet("Per zona", cols, rows, slug="zona")


def write_synergy_xlsx(
    path,
    table: HouseholdTable,
    ref: Referrals,
    syn: dict,
    mentor_ind=None,
    *,
    overwrite: bool = False,
    rules_text: str = "",
    zones: ZoneTally | None = None,
) -> Path:
    """The workbook for the coordination meeting (see the module docstring)."""
    metadata = [
        ("Judul", "Sinergi program dan pendamping"),
        ("Register", table.file_name or table.source or "-"),
        ("Keluarga dihitung", str(len(ref.families))),
        ("Aturan kelayakan", rules_text or "bawaan: desil 1-4"),
        ("Tidak diketahui", STATUS_WORDS["unknown"]),
        *([("Zona", zones.note())] if zones is not None else []),
        ("Privasi", PRIVACY_LINE),
    ]
    return write_xlsx(
        synergy_sheets(table, ref, syn, mentor_ind, zones),
        path,
        metadata=metadata,
        overwrite=overwrite,
    )
