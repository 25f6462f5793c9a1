"""Field worksheets of a verification round: XLSX out, filled XLSX back in.

A verifier gets one workbook: the households to find (ID, KK, head's name,
address, village, why chosen, where the register puts them) and the fields
to fill in (status from a drop-down list, corrected desil, GPS coordinates,
date, verifier, note). These are the only files Sasaran writes with names
and addresses, so each sheet says RAHASIA with the UU 27/2022 line on the
sheet and in the printed header, and every workbook written is logged
(:mod:`gis.io.exportlog`) by the caller.

Columns the verifier must not change (ID, KK, name, address, village code)
are locked (sheet protection without a password: a hint, not a lock) and
sealed by a hidden check column: a hash of their values when written. On
reading, a row whose sealed values no longer hash the same was typed over
and is reported, not applied. Reading finds the columns by their header, so a
verifier who moved or added a column is still read right.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from gis.errors import ReadError
from gis.io.atomicfile import atomic_save
from gis.io.cells import xlsx_cell
from gis.io.outputguard import check_targets

#: the confidentiality line on every sheet and printed page
RAHASIA = (
    "RAHASIA - berisi data pribadi (UU No. 27 Tahun 2022 tentang Pelindungan Data "
    "Pribadi). Hanya untuk verifikasi lapangan; jangan disalin atau disebarkan."
)
SHEET = "Verifikasi"
META_SHEET = "_putaran"
HEADER_ROW = 4

#: (key, header) of the columns the verifier reads; the first five are sealed
GIVEN = (
    ("hh_id", "ID keluarga"),
    ("kk", "No. KK"),
    ("name", "Nama kepala keluarga"),
    ("address", "Alamat"),
    ("village_code", "Kode desa"),
    ("village_name", "Desa"),
    ("kecamatan", "Kecamatan"),
    ("desil", "Desil (register)"),
    ("reasons", "Alasan dipilih"),
    ("lon", "Bujur (register)"),
    ("lat", "Lintang (register)"),
)
SEALED = ("hh_id", "kk", "name", "address", "village_code")
#: (key, header) of the columns the verifier fills in
FILLED = (
    ("status", "Status"),
    ("desil_new", "Desil hasil verifikasi"),
    ("gps_lon", "Bujur GPS"),
    ("gps_lat", "Lintang GPS"),
    ("date", "Tanggal verifikasi"),
    ("verifier", "Petugas"),
    ("note", "Catatan"),
)
CHECK = ("check", "_cek")
COLUMNS = (("no", "No"), *GIVEN, *FILLED, CHECK)


def seal(values: list) -> str:
    """Short hash of the sealed values of one row (empty cells as empty text)."""
    text = "\x1f".join("" if v is None else str(v).strip() for v in values)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _text(v) -> str:
    return "" if v is None or (isinstance(v, float) and np.isnan(v)) else str(v)


@dataclass
class WorksheetRows:
    """What one worksheet holds: the round's rows for one verifier."""

    verifier: str
    frame: pd.DataFrame  # columns: the keys of GIVEN


def write_worksheet(path: Path, rows: WorksheetRows, *, round_id: str, created: date, statuses):
    """Write one verifier's workbook to ``path`` (atomically)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws["A1"] = RAHASIA
    ws["A1"].font = Font(bold=True, color="C00000")
    xlsx_cell(ws, 2, 1, f"Putaran verifikasi {round_id} - petugas: {rows.verifier}")
    ws["A3"] = (
        "Isi kolom berwarna kuning. Status dipilih dari daftar. Kolom lain jangan diubah. "
        "Keluarga baru: tambahkan baris dengan status 'keluarga baru' dan kode desa."
    )
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="FFF2CC")
    for c, (_key, title) in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=HEADER_ROW, column=c, value=title)
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    frame = rows.frame
    n = len(frame)
    first = HEADER_ROW + 1
    cols = {key: frame[key].tolist() for key, _ in GIVEN}
    fill_cols = {key: i for i, (key, _) in enumerate(COLUMNS, start=1) if key in dict(FILLED)}
    check_col = len(COLUMNS)
    for i in range(n):
        r = first + i
        ws.cell(row=r, column=1, value=i + 1)
        for c, (key, _title) in enumerate(GIVEN, start=2):
            v = cols[key][i]
            if isinstance(v, float) and np.isnan(v):
                v = None
            elif isinstance(v, np.generic):
                v = v.item()
            xlsx_cell(ws, r, c, v)
        ws.cell(row=r, column=fill_cols["verifier"], value=rows.verifier)
        ws.cell(row=r, column=check_col, value=seal([cols[k][i] for k in SEALED]))
    # room for new families and the fill colour on every row a verifier may use
    last = first + n + 20
    unlocked = Protection(locked=False)
    for c in fill_cols.values():
        for r in range(first, last):
            cell = ws.cell(row=r, column=c)
            cell.fill = fill
            cell.protection = unlocked
    for r in range(first + n, last):  # new-family rows: everything but the check is free
        for c in range(2, check_col):
            ws.cell(row=r, column=c).protection = unlocked
    letter = {key: ws.cell(row=1, column=c).column_letter for c, (key, _) in enumerate(COLUMNS, 1)}
    status_list = DataValidation(
        type="list", formula1='"' + ",".join(statuses) + '"', allow_blank=True
    )
    status_list.error = "Pilih status dari daftar."
    status_list.showErrorMessage = True
    desil_rule = DataValidation(type="whole", operator="between", formula1="1", formula2="10")
    desil_rule.showErrorMessage = True
    lon_rule = DataValidation(type="decimal", operator="between", formula1="94", formula2="142")
    lat_rule = DataValidation(type="decimal", operator="between", formula1="-12", formula2="7")
    date_rule = DataValidation(
        type="date",
        operator="greaterThanOrEqual",
        formula1=f"DATE({created.year},{created.month},{created.day})",
    )
    for rule, key in (
        (status_list, "status"),
        (desil_rule, "desil_new"),
        (lon_rule, "gps_lon"),
        (lat_rule, "gps_lat"),
        (date_rule, "date"),
    ):
        rule.showErrorMessage = True
        ws.add_data_validation(rule)
        rule.add(f"{letter[key]}{first}:{letter[key]}{last - 1}")
    for r in range(first, last):
        ws.cell(row=r, column=fill_cols["date"]).number_format = "yyyy-mm-dd"
    ws.column_dimensions[letter["check"]].hidden = True
    for key, width in (
        ("name", 24),
        ("address", 30),
        ("reasons", 28),
        ("status", 16),
        ("note", 24),
    ):
        ws.column_dimensions[letter[key]].width = width
    ws.freeze_panes = ws.cell(row=first, column=3)
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.oddHeader.center.text = "RAHASIA - UU 27/2022 Pelindungan Data Pribadi"
    ws.oddFooter.center.text = f"{round_id} - {rows.verifier} - &P/&N"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"

    meta = wb.create_sheet(META_SHEET)
    meta["A1"] = RAHASIA
    for r, (k, v) in enumerate(
        (("putaran", round_id), ("petugas", rows.verifier), ("dibuat", created.isoformat())),
        start=2,
    ):
        meta.cell(row=r, column=1, value=k)
        xlsx_cell(meta, r, 2, v)
    meta.sheet_state = "hidden"
    atomic_save(path, wb.save)


def worksheet_name(verifier: str) -> str:
    """A file name for a verifier's workbook: letters, digits, ``-`` and ``_`` only."""
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in verifier).strip("_")
    return f"lembar_verifikasi_{safe or 'petugas'}.xlsx"


def write_worksheets(
    folder: Path,
    per_verifier: list[WorksheetRows],
    *,
    round_id: str,
    created: date,
    statuses,
    overwrite: bool = False,
) -> list[Path]:
    """One workbook per verifier in ``folder``; every target checked before any is written."""
    paths = [Path(folder) / worksheet_name(w.verifier) for w in per_verifier]
    check_targets(paths, overwrite=overwrite)
    for path, rows in zip(paths, per_verifier, strict=True):
        write_worksheet(path, rows, round_id=round_id, created=created, statuses=statuses)
    return paths


@dataclass
class ReadSheet:
    """A filled worksheet as read: its round, verifier and rows (all text, as typed)."""

    file: str
    round_id: str
    verifier: str
    frame: pd.DataFrame  # keys of GIVEN + FILLED + "check", "row" (sheet row); raw cell values
    missing_columns: tuple[str, ...] = ()
    created: date | None = None


def _cell_value(v):
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, str):
        v = v.strip()
        return v or None
    return v


def read_worksheet(path: str | Path) -> ReadSheet:
    """Read one filled workbook; columns found by their header text."""
    from openpyxl import load_workbook

    path = Path(path)
    if not path.is_file():
        raise ReadError(code="not_found", path=path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # not a workbook at all
        raise ReadError(code="not_worksheet", path=path.name) from exc
    try:
        if SHEET not in wb.sheetnames:
            raise ReadError(code="not_worksheet", path=path.name)
        meta = {}
        if META_SHEET in wb.sheetnames:
            for row in wb[META_SHEET].iter_rows(min_row=2, max_col=2, values_only=True):
                if row[0]:
                    meta[str(row[0])] = _text(row[1])
        rows = list(wb[SHEET].iter_rows(min_row=HEADER_ROW, values_only=True))
    finally:
        wb.close()
    if not rows:
        raise ReadError(code="not_worksheet", path=path.name)
    by_title = {title: key for key, title in COLUMNS}
    header = [by_title.get(_text(h).strip()) for h in rows[0]]
    if "hh_id" not in header or "status" not in header:
        raise ReadError(code="not_worksheet", path=path.name)
    wanted = [key for key, _ in COLUMNS if key != "no"]
    data = {key: [] for key in wanted}
    sheet_rows = []
    for r, values in enumerate(rows[1:], start=HEADER_ROW + 1):
        got = {k: _cell_value(v) for k, v in zip(header, values, strict=False) if k}
        if not any(got.get(k) is not None for k, _ in FILLED if k != "verifier") and not got.get(
            "hh_id"
        ):
            continue  # an empty row (or a prepared new-family row left empty)
        for key in wanted:
            data[key].append(got.get(key))
        sheet_rows.append(r)
    frame = pd.DataFrame(data, dtype=object)
    frame["row"] = np.asarray(sheet_rows, dtype=np.int64)
    return ReadSheet(
        file=path.name,
        round_id=meta.get("putaran", ""),
        verifier=meta.get("petugas", ""),
        frame=frame,
        missing_columns=tuple(k for k in wanted if k not in header),
        created=_iso_date(meta.get("dibuat", "")),
    )


def _iso_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
