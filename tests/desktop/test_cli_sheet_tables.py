"""``sasaran sheet --synergy-table --gap-table``: the meeting tables printed headless."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.cli import main  # noqa: E402


def _data_args(demo_paths):
    return [
        "--villages",
        str(demo_paths.villages),
        "--households",
        str(demo_paths.households),
        "--psks",
        str(demo_paths.psks),
    ]


def _pdf_text(path) -> str:
    from PySide6.QtPdf import QPdfDocument

    from widgets.output.sheet_render import ensure_app

    ensure_app()
    doc = QPdfDocument()
    doc.load(str(path))
    return re.sub(r"\s+", "", "".join(doc.getAllText(i).text() for i in range(doc.pageCount())))


def test_sheet_prints_synergy_and_gap_tables(demo_paths, tmp_path, capsys):
    from gis.demo.mentors import write_demo_mentors
    from gis.model.villages import read_villages

    mentors = write_demo_mentors(
        tmp_path / "pendamping.csv", read_villages(demo_paths.villages), 60, 7
    )
    out = tmp_path / "rapat.pdf"
    argv = ["sheet", "--out", str(out), *_data_args(demo_paths), "--desil", "1"]
    argv += [
        "--synergy-table",
        "--upset-chart",
        "--gap-table",
        "--mentors",
        str(mentors),
        "--max-km",
        "8",
    ]
    assert main([*argv, "--match"]) == 0, capsys.readouterr().err
    text = _pdf_text(out)
    for needle in (
        "KELUARGAMENURUTJUMLAHPROGRAM",
        "KOMBINASIPROGRAMTERBANYAK",
        "KOMBINASIPROGRAM(UPSET)",
        "DESA:PROGRAMDANPENDAMPING",
        "KESENJANGANPENDAMPING(8KM)",
        "HASILPENCOCOKANPENDAMPING",
        "Keluarga:RTdesil1",
        "pendamping.csv+PSKS",
        "8kmdarititikdesa",
    ):
        assert needle in text, needle
    # without --match no matching totals; without a pool no gap table, said in words
    assert main([*argv, "--overwrite"]) == 0
    assert "HASILPENCOCOKAN" not in _pdf_text(out)
    bare = ["sheet", "--out", str(tmp_path / "x.pdf"), *_data_args(demo_paths)]
    assert main([*bare, "--gap-table", "--no-psks-mentors"]) == 2
    assert "memerlukan pendamping" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_sheet_tables_from_a_project(demo_paths, tmp_path, capsys):
    """With --project the tables count the project's families, filter and PSKS persons."""
    import shutil

    from gis.io.project import save_project
    from gis.model.filters import HouseholdFilter
    from gis.model.project_data import build_project

    files = {
        "boundaries": shutil.copy(demo_paths.villages, tmp_path / "desa.gpkg"),
        "households": shutil.copy(demo_paths.households, tmp_path / "rt.gpkg"),
        "psks": shutil.copy(demo_paths.psks, tmp_path / "psks.gpkg"),
    }
    project = build_project(
        {r: {"path": f} for r, f in files.items()}, flt=HouseholdFilter(desil=(1, 2, 3))
    )
    path = save_project(project, tmp_path / "kerja.sasaran")
    out = tmp_path / "proyek.pdf"
    argv = ["sheet", "--project", str(path), "--out", str(out), "--synergy-table", "--gap-table"]
    assert main(argv) == 0, capsys.readouterr().err
    text = _pdf_text(out)
    assert "Keluarga:RTdesil1-3" in text and "Pendamping:PSKS" in text
    assert "KESENJANGANPENDAMPING(15KM)" in text
