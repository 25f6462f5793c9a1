"""The output guard, the cell sanitiser and the masking of rejected rows (no Qt).

Files are built in the test; each test covers a class of input (every kind
of bad target, every formula start, every shape of a NIK in a wrong column).
"""

from __future__ import annotations

import csv
import errno
import os
import re
from pathlib import Path

import openpyxl
import pytest

from gis.io.atomicfile import atomic_save, atomic_write_text
from gis.io.cells import csv_cell, is_formula_like
from gis.io.outputguard import OutputError, OutputExists, check_targets
from gis.plan.budget_export import Sheet, write_csv, write_xlsx
from widgets.base.messages import describe

# --- the guard -----------------------------------------------------------------------------


def _worded(exc: BaseException, name: str, tmp_path: Path) -> str:
    text = describe(exc)
    assert name in text and str(tmp_path) not in text and "Errno" not in text
    return text


def test_guard_refuses_every_bad_target_before_writing_any(tmp_path):
    good = tmp_path / "a.csv"
    (tmp_path / "ada.csv").write_text("punya saya")
    (tmp_path / "map").mkdir()
    cases = {
        tmp_path / "tidak_ada" / "b.csv": "output_no_folder",
        tmp_path / "ada.csv" / "c.csv": "output_no_folder",  # a file where a folder should be
        tmp_path / "ada.csv": "output_exists",
        tmp_path / "map": "output_is_folder",
    }
    for bad, code in cases.items():
        with pytest.raises(OutputError) as info:
            check_targets([good, bad])
        assert info.value.code == code
        _worded(info.value, bad.name, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ada.csv", "map"]
    with pytest.raises(OutputExists):  # two outputs on one name: one would be lost
        check_targets([good, good])
    assert check_targets([good, tmp_path / "ada.csv"], overwrite=True)[1].name == "ada.csv"


def test_existing_target_is_still_a_file_exists_error(tmp_path):
    (tmp_path / "x.json").write_text("{}")
    with pytest.raises(FileExistsError) as info:
        check_targets([tmp_path / "x.json"])
    assert info.value.filename == str(tmp_path / "x.json")
    assert "sudah ada" in _worded(info.value, "x.json", tmp_path)


def test_read_only_folder_is_refused(tmp_path, monkeypatch):
    locked = tmp_path / "terkunci"
    locked.mkdir()
    real = os.access
    monkeypatch.setattr(
        os, "access", lambda p, m, *a, **k: False if Path(p) == locked else real(p, m, *a, **k)
    )
    with pytest.raises(OutputError) as info:
        check_targets([locked / "x.csv"])
    assert info.value.code == "output_read_only"
    assert "izin menulis" in _worded(info.value, "x.csv", tmp_path)


@pytest.mark.parametrize(
    "err,words",
    [
        (errno.ENOSPC, "disk penuh"),
        (errno.EACCES, "izin menulis"),
        (errno.EROFS, "izin menulis"),
        (errno.EIO, "galat sistem berkas"),
    ],
)
def test_failure_while_writing_is_worded_and_leaves_nothing(tmp_path, monkeypatch, err, words):
    target = tmp_path / "laporan.csv"
    target.write_text("versi lama")

    def fail(fd):
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr(os, "fsync", fail)
    for write in (
        lambda: atomic_write_text(target, "baru"),
        lambda: atomic_save(target, lambda tmp: Path(tmp).write_text("baru")),
    ):
        with pytest.raises(OutputError) as info:
            write()
        assert info.value.code == "output_failed"
        assert words in _worded(info.value, "laporan.csv", tmp_path)
        assert os.strerror(err) not in describe(info.value)
        assert [p.name for p in tmp_path.iterdir()] == ["laporan.csv"]
        assert target.read_text() == "versi lama"


@pytest.mark.parametrize(
    "exc",
    [
        FileExistsError(errno.EEXIST, "File exists", "/x/y/berkas.gpkg"),
        PermissionError(errno.EACCES, "Permission denied", "/x/y/berkas.gpkg"),
        OSError(errno.ENOSPC, "No space left on device", "/x/y/berkas.gpkg"),
        FileNotFoundError(errno.ENOENT, "No such file or directory", "/x/y/berkas.gpkg"),
    ],
)
def test_bare_os_errors_are_worded_by_file_name(exc):
    text = describe(exc)
    assert "berkas.gpkg" in text
    assert "/x/y" not in text and "Errno" not in text and str(exc.errno) not in text
    assert exc.strerror not in text


# --- cells -----------------------------------------------------------------------------------

HOSTILE = [
    '=HYPERLINK("http://contoh","klik")',
    "+62 812",
    "-1+1",
    "-cmd|' /C calc'!A0",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "Zona\x00\x01\x08\x0b\x0c\x0e\x1f\x7fA",
    "=\x07bel",
]


def _sheet(names) -> Sheet:
    return Sheet(
        name="Per zona",
        columns=[("Zona", "text"), ("RT", "int"), ("Biaya", "rupiah")],
        rows=[[n, -5, -1_500_000.0] for n in names] + [["-", 3, None], ["-12", 1, 2.5]],
        slug="zona",
    )


def test_xlsx_writes_every_name_as_text_and_numbers_as_numbers(tmp_path):
    path = write_xlsx([_sheet(HOSTILE)], tmp_path / "b.xlsx", metadata=[("Judul", "=x\x01")])
    ws = openpyxl.load_workbook(path)["Per zona"]
    for r, name in enumerate(HOSTILE, start=2):
        cell = ws.cell(row=r, column=1)
        clean = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", name)
        # (XML keeps a carriage return as a line break)
        assert cell.value == clean.replace("\r", "\n") and cell.data_type == "s"
        assert cell.quotePrefix == is_formula_like(clean)
        assert ws.cell(row=r, column=2).value == -5
        assert ws.cell(row=r, column=3).value == -1_500_000
    assert ws.cell(row=len(HOSTILE) + 3, column=1).value == "-12"
    meta = openpyxl.load_workbook(path)["Sumber"]
    assert meta["B2"].value == "=x" and meta["B2"].data_type == "s"


def test_csv_quotes_formula_starts_and_keeps_numbers(tmp_path):
    (path,) = write_csv([_sheet(HOSTILE)], tmp_path / "b.csv")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))[1:]
    for row, name in zip(rows, HOSTILE):
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", row[0])
        assert row[0].startswith("'") == (name[:1] in "=+-@\t\r")
        assert row[1] == "-5" and row[2] == "-1500000"
    assert rows[-2][0] == "-" and rows[-1][0] == "-12"


@pytest.mark.parametrize("value", [-3, -2.5, 0, 12, None, "-7", "+62", "-1,5", "-", "Desa"])
def test_numbers_and_plain_text_pass_unchanged(value):
    assert csv_cell(value) == value


# --- masking rejected rows --------------------------------------------------------------------

_NIKS = ["3201011504890001", "3201 0115 0489 0002", "3201011504890003.0", "32010115048900045"]
_SCIENTIFIC = ["3.201011504890001E+15", "3,20101E+15", "3.2e15", "3.2E15"]


@pytest.fixture
def shifted_csv(tmp_path):
    """Rows where a missing field shifts the NIK and the name into other columns."""
    head = "ID Keluarga P3KE,Kode Kemdagri,Desil Kesejahteraan,Nama,NIK,Alamat,Catatan"
    lines = [head, "A,1901032001,1,Siti Aminah,3201015504890009,Jl. Mawar 1,"]
    for nik in _NIKS + _SCIENTIFIC:
        lines.append(f'B{len(lines)},1901032001,"{nik}",Budi Santoso,,Jl. Melati 2,')
    lines.append("C,1901032001,7,Budi Santoso,3201011504890099,Jl. Kenanga 3,no 3201011504890077")
    # the desil is missing: every value moves one column to the left
    lines.append("D,1901032001,Rina Marlina,3201011504890066,Jl. Dahlia 5,,")
    lines.append(",1901032001,2,Wati Lestari,3201011504890088,Jl. Anggrek 4,")  # no id
    path = tmp_path / "geser.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _digits(text: str) -> list[str]:
    return re.findall(r"[0-9](?:[ .\-]?[0-9]){11,}", text)


def test_rejected_rows_csv_masks_by_value_and_by_column(shifted_csv, tmp_path):
    from gis.io.readers import read_table
    from gis.model.importer import build_households
    from gis.model.villages import VillageTable

    _, report = build_households(read_table(shifted_csv), VillageTable.empty())
    assert report.rejected >= len(_NIKS) + len(_SCIENTIFIC)
    out = report.write_problems(tmp_path / "ditolak.csv")
    text = out.read_text(encoding="utf-8-sig")
    assert _digits(text) == [], _digits(text)  # no NIK in clear, in any column
    for value in _SCIENTIFIC:
        assert value not in text
    names = ("Siti", "Aminah", "Budi", "Santoso", "Wati", "Rina", "Marlina", "Mawar", "Dahlia")
    for name in names:
        assert name not in text
    # the masked rows still say which row and which column to fix
    rows = list(csv.reader(text.splitlines()))[1:]
    assert any(r[1] == "Desil Kesejahteraan" and r[2] == "desil_out_of_range" for r in rows)
    # what the import dialog lists is the same masked text
    shown = "|".join(str(v) for *_, v, _ in report.masked_problem_rows())
    assert _digits(shown) == [] and "Budi" not in shown


@pytest.mark.parametrize("value", _NIKS + _SCIENTIFIC + ["NIK 3201011504890001 salah"])
def test_mask_ids_in_text_masks_every_nik_shape(value):
    from gis.io.nik import mask_ids_in_text

    masked = mask_ids_in_text(value)
    assert _digits(masked) == [] and value not in masked
    assert len(masked) == len(value)


@pytest.mark.parametrize("value", ["12", "1901032001", "-1,98", "106,11", "2025-10-01", "3.5e3"])
def test_mask_ids_in_text_leaves_ordinary_values(value):
    from gis.io.nik import mask_ids_in_text

    assert mask_ids_in_text(value) == value
