"""Lists of families as workbooks: masked by default, RAHASIA and logged when they carry names.

Per-mentor family lists and referral lists per village share one shape:
a title line, a line that says what the sheet counts, a bold header and
one row per family. A list with names and addresses is personal data
(UU 27/2022): it is written only when asked, marked RAHASIA in the first
row of every sheet and in the header and footer of every printed page,
written whole or not at all, and leaves one line in the personal-data
export log; when the log cannot be written the list is removed again, so
names never leave the program unlogged. A masked list (IDs, masked NIK
and names) is written with the same guard but needs no log.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gis.io.atomicfile import atomic_save
from gis.io.cells import xlsx_cell
from gis.io.exportlog import log_personal_export
from gis.io.outputguard import check_target
from gis.io.worksheets import RAHASIA

#: the row of the column headers on every list sheet (title and count above it)
HEADER_ROW = 3
#: the line on every printed page of a list with names
PAGE_MARK = "RAHASIA - UU 27/2022 Pelindungan Data Pribadi"
#: the title line of a list without names
MASKED_MARK = "Data pribadi disamarkan: tanpa nama lengkap, NIK utuh dan alamat."


@dataclass
class ListSheet:
    """One sheet of a list workbook: its title, count line, header and rows."""

    title: str
    header: tuple[str, ...]
    rows: list[list]
    note: str = ""


def write_list_workbook(
    path, sheets: list[ListSheet], *, personal: bool, overwrite: bool = False
) -> Path:
    """Write ``sheets`` to the XLSX at ``path`` (refused if it exists, unless ``overwrite``).

    ``personal`` marks every sheet and printed page RAHASIA; otherwise the
    first row says the personal data are masked.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = check_target(path, overwrite=overwrite)
    wb = Workbook()
    wb.remove(wb.active)
    for sheet in sheets:
        ws = wb.create_sheet(sheet.title[:31])
        ws["A1"] = RAHASIA if personal else MASKED_MARK
        ws["A1"].font = Font(bold=True, color="C53030" if personal else "000000")
        ws["A2"] = sheet.note
        for c, text in enumerate(sheet.header, start=1):
            xlsx_cell(ws, HEADER_ROW, c, text).font = Font(bold=True)
        for r_i, row in enumerate(sheet.rows, start=HEADER_ROW + 1):
            for c, value in enumerate(row, start=1):
                xlsx_cell(ws, r_i, c, value)
        ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
        ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        if personal:
            ws.oddHeader.center.text = PAGE_MARK
            ws.oddFooter.center.text = PAGE_MARK
    atomic_save(path, wb.save)
    return path


def export_personal_lists(
    path,
    sheets: list[ListSheet],
    *,
    log_path,
    what: str,
    people: int,
    villages,
    overwrite: bool = False,
    who: str | None = None,
    detail: dict | None = None,
) -> dict:
    """Write a RAHASIA list workbook and log the export; returns the log entry.

    The log line is appended only after the file is complete, and the file
    is removed again when the log cannot be written.
    """
    path = write_list_workbook(path, sheets, personal=True, overwrite=overwrite)
    try:
        return log_personal_export(
            log_path,
            what=what,
            files=[path],
            people=people,
            villages=sorted(villages),
            who=who,
            detail=detail,
        )
    except BaseException:
        Path(path).unlink(missing_ok=True)  # names must not leave the program unlogged
        raise
