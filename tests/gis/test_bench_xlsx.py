"""The spreadsheet import row: a real workbook, imported by a real ``sasaran check``."""

import shutil

from gis.bench import xlsx_import
from gis.bench.context import CoreContext
from gis.bench.registry import GROUPS
from gis.io.readers import read_table


def test_workbook_keeps_ids_as_text_and_the_row_runs_the_check(demo_paths, tmp_path):
    from desktop.bench import entry_command

    folder = tmp_path / "prov"
    folder.mkdir()
    paths = {}
    for key, src in (("villages", demo_paths.villages), ("households", demo_paths.households)):
        paths[key] = str(shutil.copy(src, folder))
    book = xlsx_import._workbook(paths, 500)
    raw = read_table(book)
    assert len(raw.frame) == 500
    nik = raw.frame["nik"].dropna()
    assert len(nik) and all(isinstance(v, str) and len(v) == 16 for v in nik)
    assert xlsx_import._workbook(paths, 500) == book  # made once
    ctx = CoreContext(paths, repeat=1, entry=tuple(entry_command()))
    (r,) = xlsx_import.rows(ctx)
    assert r["value"] > 0 and r["target"] == 8000 and "XLSX" in r["name"]
    assert xlsx_import in GROUPS
