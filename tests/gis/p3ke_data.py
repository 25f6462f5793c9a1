"""A register like a P3KE keluarga sheet: PKH, BPNT and SEMBAKO columns only.

The header is the real one (shared data, ``layouts/``): no household size,
no PPKS, no PIP, PBI, listrik, KKS or PKH Plus column. The rows are written
by the tests, for every desil 1-4 and every combination of the two programs
the sheet does carry, in several villages of :mod:`tests.gis.scenario_data`.
"""

from __future__ import annotations

import csv
from itertools import product
from pathlib import Path

from tests.conftest import shared_file
from tests.gis.scenario_data import V1, V2, V3

#: what the P3KE sheet does not say: unknown for every household
NOT_CARRIED = ("PIP", "PBI", "LISTRIK", "KKS", "PKH_PLUS")


def p3ke_header() -> list[str]:
    path = shared_file("data", "layouts", "p3ke_keluarga_kemenko_pmk_header.csv")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return next(csv.reader(fh))


def p3ke_rows(repeat: int = 2) -> list[dict]:
    """Households: desil 1-4 x (PKH yes/no) x (BPNT yes/no) x 3 villages, ``repeat`` times."""
    rows = []
    combos = product(range(repeat), (V1, V2, V3), (1, 2, 3, 4), (True, False), (True, False))
    for i, (_r, village, desil, pkh, bpnt) in enumerate(combos):
        rows.append(
            {"id": f"P3KE{i:05d}", "village": village, "desil": desil, "PKH": pkh, "BPNT": bpnt}
        )
    return rows


def write_p3ke(folder: Path, rows: list[dict] | None = None, name: str = "p3ke.csv") -> Path:
    """The rows as a P3KE keluarga CSV with the real header (other cells left blank)."""
    rows = p3ke_rows() if rows is None else rows
    header = p3ke_header()
    path = folder / name
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=header)
        w.writeheader()
        for r in rows:
            cells = dict.fromkeys(header, "")
            cells["ID Keluarga P3KE"] = r["id"]
            cells["Kode Kemdagri"] = r["village"]
            cells["Desil Kesejahteraan"] = str(r["desil"])
            cells["Persentil"] = str(r["desil"] * 10 - 5)
            cells["Penerima PKH"] = "Ya" if r["PKH"] else "Tidak"
            cells["Penerima BPNT"] = "Ya" if r["BPNT"] else "Tidak"
            cells["Penerima SEMBAKO"] = "Tidak"
            w.writerow(cells)
    return path
