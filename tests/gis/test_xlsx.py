"""XLSX registers read through calamine give what openpyxl gave, without openpyxl.

Workbooks are written here with openpyxl (which stays the writer) and read
back; the values the reader hands over must be the ones openpyxl's
read-only mode would have handed over, cell kind by cell kind.
"""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from gis.io.readers import list_layers, read_table

NIKS = [3201011504890001, 3374014506780003, 1901034105850002]


def _workbook(path, cells, *, cover: bool = False, offset: tuple[int, int] = (0, 0)):
    wb = openpyxl.Workbook()
    ws = wb.active
    if cover:
        ws.title = "Sampul"
        ws["B2"] = "LAPORAN DATA KELUARGA"
        ws.merge_cells("B2:F2")
        ws = wb.create_sheet("Data")
    r0, c0 = offset
    for i, row in enumerate(cells):
        for j, value in enumerate(row):
            if value is not None:
                ws.cell(row=r0 + i + 1, column=c0 + j + 1, value=value)
    wb.save(path)
    return path


def _no_openpyxl_reading(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("openpyxl used to read")

    monkeypatch.setattr(openpyxl, "load_workbook", refuse)


@pytest.mark.parametrize("offset", [(0, 0), (3, 0), (2, 2)])
@pytest.mark.parametrize("cover", [False, True])
def test_cells_come_back_as_openpyxl_gave_them(tmp_path, monkeypatch, offset, cover):
    header = ["ID Keluarga", "Kode Kemdagri", "Desil", "NIK", "Tanggal", "Aktif", "Luas"]
    rows = [
        ["K1", "1901032001", 1, NIKS[0], dt.datetime(1985, 5, 1), True, 12.5],
        ["K2", "1901011001", 10, str(NIKS[1]), dt.datetime(1990, 1, 2, 7, 30), False, 3],
        ["K3", None, None, "3,20101E+15", None, None, None],
    ]
    path = _workbook(tmp_path / "r.xlsx", [header, *rows], cover=cover, offset=offset)
    _no_openpyxl_reading(monkeypatch)
    table = read_table(path)

    assert table.layer == ("Data" if cover else "Sheet")
    assert list(table.frame.columns)[-len(header) :] == header
    first = offset[0] + 2
    assert table.rows.tolist() == [first, first + 1, first + 2]  # as the user sees them
    nik = table.frame["NIK"].tolist()
    assert type(nik[0]) is int and nik[0] == NIKS[0]  # written as plain digits: exact
    assert nik[1] == str(NIKS[1])  # text stays text
    assert nik[2] == "3,20101E+15"  # damaged text stays the text the NIK check flags
    assert table.frame["Desil"].tolist()[:2] == [1, 10]
    assert all(type(v) is int for v in table.frame["Desil"].tolist()[:2])
    assert table.frame["Tanggal"].tolist()[:2] == ["1985-05-01", "1990-01-02T07:30:00"]
    assert table.frame["Aktif"].tolist()[:2] == [True, False]
    assert table.frame["Luas"].tolist()[:2] == [12.5, 3]
    assert table.frame["Kode Kemdagri"].isna().tolist() == [False, False, True]


def test_numeric_nik_written_as_exponent_stays_a_float(tmp_path, monkeypatch):
    path = _workbook(tmp_path / "r.xlsx", [["ID Keluarga", "Kode Kemdagri", "NIK"]])
    # what Excel writes for a NIK typed into a number cell
    import zipfile

    wb = openpyxl.load_workbook(path)
    ws = wb.active
    for i, nik in enumerate(NIKS, 2):
        ws.cell(row=i, column=1, value=f"K{i}")
        ws.cell(row=i, column=2, value="1901032001")
        ws.cell(row=i, column=3, value=nik)
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    for nik in NIKS:
        sheet = sheet.replace(f"<v>{nik}</v>".encode(), f"<v>{nik / 1e15!r}E+15</v>".encode())
    parts["xl/worksheets/sheet1.xml"] = sheet
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    _no_openpyxl_reading(monkeypatch)
    values = read_table(path).frame["NIK"].tolist()
    assert all(type(v) is float for v in values)


def test_sheets_listed_without_openpyxl(tmp_path, monkeypatch):
    path = _workbook(tmp_path / "r.xlsx", [["ID Keluarga", "Desil"], ["K1", 1]], cover=True)
    _no_openpyxl_reading(monkeypatch)
    assert [name for name, _, _ in list_layers(path)] == ["Sampul", "Data"]
