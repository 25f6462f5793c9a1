"""Comparison and budget tables in XLSX (read back with openpyxl) and CSV."""

import csv

import openpyxl
import pytest

from gis.model.zones import Zone
from gis.plan.allocation import allocate
from gis.plan.budget_export import (
    NUMBER_FORMATS,
    PRIVACY_LINE,
    comparison_sheets,
    csv_paths,
    export_comparison,
    metadata_rows,
    scenario_budget_sheets,
    write_csv,
    write_xlsx,
)
from gis.plan.compare import compare
from gis.plan.scenario import DataRef, Scenario
from tests.gis.scenario_data import ROWS, V1, V2, V4, make_table, simple_programs, village_table

RUPIAH = NUMBER_FORMATS["rupiah"]


@pytest.fixture(scope="module")
def table(tmp_path_factory):
    return make_table(village_table(tmp_path_factory.mktemp("desa")), ROWS, personal=True)


@pytest.fixture(scope="module")
def comparison(table):
    a = Scenario(name="Skenario A", programs=simple_programs(), budget_cap=250)
    a.add_zone(Zone("a", "Barat", villages=(V1, V2)), ("A",))
    b = Scenario(name="Skenario B", programs=simple_programs())
    b.add_zone(Zone("b", "Timur", villages=(V4,)), ("A", "M"))
    for s in (a, b):
        s.evaluate(table)
    return compare(table, [a, b])


def cells(ws) -> list[list]:
    return [[c.value for c in row] for row in ws.iter_rows()]


def test_xlsx_sheets_styles_and_values(comparison, table, tmp_path):
    path = tmp_path / "banding.xlsx"
    written = export_comparison(comparison, xlsx=path, data=DataRef.of(table))
    assert written == [path]
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [
        "Ringkasan",
        "Anggaran per program",
        "Per zona",
        "Selisih per desa",
        "Tabel biaya program",
        "Sumber",
    ]
    ws = wb["Ringkasan"]
    assert [c.value for c in ws[1]] == ["Indikator", "Skenario A", "Skenario B"]
    head = ws["B1"]
    assert head.font.bold and head.fill.fgColor.rgb.endswith("1F4E78")
    assert ws.freeze_panes == "B2"
    rows = {r[0]: r[1:] for r in cells(ws)[1:]}
    # A: cap 250 reaches rows 2 then 0 (desil 1, most PPKS first) -> 200; B: rows 6, 7 with A + M (60 a year)
    assert rows["Rumah tangga terjangkau"] == [2, 2]
    assert rows["Biaya per tahun"] == [200, 320]
    assert rows["Pagu anggaran per tahun"] == [250, "tanpa pagu"]
    assert rows["Rumah tangga terpotong pagu"] == [1, 0]
    assert rows["Komitmen total (program multi-tahun)"] == [200, 440]
    assert rows["  cakupan (%)"] == [0.5, 0.5]
    by_label = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    assert by_label["Biaya per tahun"][1].number_format == RUPIAH
    assert by_label["  cakupan (%)"][1].number_format == NUMBER_FORMATS["percent"]
    assert by_label["Rumah tangga terjangkau"][1].number_format == NUMBER_FORMATS["int"]
    assert ws.column_dimensions["A"].width > 30
    budget = wb["Anggaran per program"]
    assert budget.freeze_panes == "A2"
    brows = cells(budget)
    assert brows[0][:3] == ["Skenario", "Program", "Nama program"]
    assert ["Skenario B", "M", "Program M", 2, 2, 6, 120, 240] in brows
    assert [
        "Skenario B",
        "JUMLAH",
        "Semua program (RT dihitung sekali)",
        2,
        2,
        6,
        320,
        440,
    ] in brows
    assert budget["G2"].number_format == RUPIAH
    villages = cells(wb["Selisih per desa"])
    assert villages[0][:3] == ["Kode desa", "Desa/kelurahan", "Kecamatan"]
    assert [V1, "Satu", "Kec Satu", 1, 0, -1, 100, 0] in villages
    prog = cells(wb["Tabel biaya program"])
    assert any(r[3] == "M" and r[12] == 2 for r in prog[1:])


def test_sources_sheet_has_year_source_and_privacy(comparison, table, tmp_path):
    path = export_comparison(comparison, xlsx=tmp_path / "b.xlsx", data=DataRef.of(table))[0]
    meta = {r[0]: r[1] for r in cells(openpyxl.load_workbook(path)["Sumber"])[1:]}
    assert meta["Privasi"] == PRIVACY_LINE
    assert "tahun 2025" in meta["Tabel biaya program (Skenario A)"]
    assert meta["Data rumah tangga"] == "rumah_tangga_uji.csv"
    assert meta["Sidik jari data"] == table.fingerprint()
    assert "per anggota" in meta["Aturan perkiraan"]


def test_no_personal_data_in_exports(comparison, table, tmp_path):
    path = export_comparison(comparison, xlsx=tmp_path / "b.xlsx", csv_path=tmp_path / "b.csv")
    wb = openpyxl.load_workbook(path[0])
    texts = [str(v) for ws in wb for row in cells(ws) for v in row if v is not None]
    texts += [p.read_text(encoding="utf-8-sig") for p in path[1:]]
    blob = "\n".join(texts)
    for arr in (table.name, table.nik, table.kk, table.address, table.hh_id):
        for value in arr:
            assert str(value) not in blob


def test_existing_files_are_kept_unless_asked(comparison, tmp_path):
    path = tmp_path / "b.xlsx"
    path.write_bytes(b"keep me")
    with pytest.raises(FileExistsError):
        export_comparison(comparison, xlsx=path)
    assert path.read_bytes() == b"keep me"
    # all or nothing: an existing CSV target stops the XLSX too
    csv_target = tmp_path / "c.csv"
    csv_paths(comparison_sheets(comparison), csv_target)[2].write_text("keep")
    with pytest.raises(FileExistsError):
        export_comparison(comparison, xlsx=tmp_path / "new.xlsx", csv_path=csv_target)
    assert not (tmp_path / "new.xlsx").exists() and not csv_target.exists()
    export_comparison(comparison, xlsx=path, overwrite=True)
    assert openpyxl.load_workbook(path).sheetnames[0] == "Ringkasan"


def test_csv_files(comparison, tmp_path):
    sheets = comparison_sheets(comparison)
    paths = write_csv(sheets, tmp_path / "banding.csv")
    assert [p.name for p in paths] == [
        "banding.csv",
        "banding-anggaran.csv",
        "banding-zona.csv",
        "banding-selisih_desa.csv",
    ]
    raw = paths[0].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the text right
    rows = list(csv.reader(paths[0].read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["Indikator", "Skenario A", "Skenario B"]
    by = {r[0]: r[1:] for r in rows[1:]}
    assert by["Biaya per tahun"] == ["200", "320"]
    assert by["  cakupan (%)"] == ["50.00", "50.00"]
    assert by["Pagu anggaran per tahun"] == ["250", "tanpa pagu"]
    with pytest.raises(FileExistsError):
        write_csv(sheets, tmp_path / "banding.csv")
    semi = write_csv(sheets[:1], tmp_path / "titik_koma.csv", sep=";")
    assert (
        semi[0].read_text(encoding="utf-8-sig").splitlines()[0] == "Indikator;Skenario A;Skenario B"
    )


def test_budget_sheets_of_one_scenario(table, tmp_path):
    s = Scenario(name="Tunggal", programs=simple_programs())
    s.add_zone(Zone("a", "Barat", villages=(V1, V2)), ("A", "B"))
    alloc = allocate(table, s)
    sheets = scenario_budget_sheets(s, alloc)
    assert [x.name for x in sheets] == ["Anggaran per program", "Per zona", "Per desil"]
    desil = {r[0]: r[1:] for r in sheets[2].rows}
    # rows 0, 2 (desil 1: A 100 + B 40 / 30), row 1 (desil 2: 100 + 20)
    assert desil["desil 1"] == [2, 2, 0, 7, 270]
    assert desil["desil 2"] == [1, 1, 0, 2, 120]
    path = write_xlsx(sheets, tmp_path / "anggaran.xlsx", metadata=metadata_rows([s]))
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Anggaran per program", "Per zona", "Per desil", "Sumber"]
    assert wb["Per desil"]["F2"].number_format == RUPIAH
