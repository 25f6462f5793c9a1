"""Every ``sasaran`` command that writes answers a bad target in words and writes nothing half.

Run through ``desktop.cli.main``: the exit code, the message on stderr (file
by name, no errno, no absolute path, no traceback) and the folder afterwards.
"""

from __future__ import annotations

import csv
import json
import os
import re
from importlib import resources
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import openpyxl  # noqa: E402
import pytest  # noqa: E402

from desktop.cli import main  # noqa: E402

EXAMPLES = Path(str(resources.files("resources").joinpath("scenarios")))
A = EXAMPLES / "skenario_a.skenario.json"
B = EXAMPLES / "skenario_b.skenario.json"


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """The smallest demo province (40 villages, 7 kecamatan): series stay quick."""
    from gis.demo.province import generate_demo

    return generate_demo(tmp_path_factory.mktemp("tiny"), households=400, villages=40, seed=7)


def _tiny_args(tiny) -> list[str]:
    return ["--villages", str(tiny.villages), "--households", str(tiny.households)]


def _register(folder: Path) -> Path:
    src = folder / "rt.csv"
    src.write_text(
        "ID Keluarga P3KE,Kode Kemdagri,Desil Kesejahteraan,NIK\n"
        "A,1901032001,1,3201011504890001\n"
        "B,1901032001,12,3201011504890002\n",
        encoding="utf-8",
    )
    return src


def _assert_worded(err: str, name: str, tmp_path: Path) -> None:
    """The message names the file by name only, with no errno, path or traceback."""
    assert "Traceback" not in err
    line = next(x for x in err.splitlines() if x.startswith("Galat: "))
    assert name in line
    assert str(tmp_path) not in err
    assert "Errno" not in err and "Traceback" not in err
    assert not re.search(r"\b(No such file|Permission denied|Read-only)\b", err)


def _deny_write(monkeypatch, folder: Path) -> None:
    """Make ``folder`` read-only; as root chmod does not bind, so the OS check is told so."""
    folder.chmod(0o555)
    if os.access(folder, os.W_OK):  # root: permissions are not enforced
        real = os.access

        def access(path, mode, *a, **k):
            if Path(path) == folder and mode & os.W_OK:
                return False
            return real(path, mode, *a, **k)

        monkeypatch.setattr(os, "access", access)


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- check --rejected / --save-mapping --------------------------------------------------


@pytest.mark.parametrize("option", ["--rejected", "--save-mapping"])
def test_check_output_into_a_missing_folder_is_worded(tmp_path, capsys, option):
    src = _register(tmp_path)
    code = main(["check", str(src), option, str(tmp_path / "tidak_ada" / "keluar.csv")])
    assert code == 2
    err = capsys.readouterr().err
    _assert_worded(err, "keluar.csv", tmp_path)
    assert "Folder tidak_ada" in err and "tidak ada" in err
    assert _files(tmp_path) == ["rt.csv"]


@pytest.mark.parametrize("option", ["--rejected", "--save-mapping"])
def test_check_output_into_a_read_only_folder_is_worded(tmp_path, capsys, monkeypatch, option):
    src = _register(tmp_path)
    locked = tmp_path / "terkunci"
    locked.mkdir()
    _deny_write(monkeypatch, locked)
    try:
        assert main(["check", str(src), option, str(locked / "keluar.csv")]) == 2
    finally:
        locked.chmod(0o755)
    err = capsys.readouterr().err
    _assert_worded(err, "keluar.csv", tmp_path)
    assert "izin menulis" in err
    assert _files(locked) == []


def test_check_output_onto_a_file_as_folder_is_worded(tmp_path, capsys):
    src = _register(tmp_path)
    assert main(["check", str(src), "--rejected", str(src / "keluar.csv")]) == 2
    _assert_worded(capsys.readouterr().err, "keluar.csv", tmp_path)


def test_save_mapping_never_overwrites_unasked(tmp_path, capsys):
    src = _register(tmp_path)
    mine = tmp_path / "pemetaan.json"
    mine.write_text("punya saya", encoding="utf-8")
    rejected = tmp_path / "ditolak.csv"
    argv = ["check", str(src), "--save-mapping", str(mine), "--rejected", str(rejected)]
    assert main(argv) == 2
    _assert_worded(capsys.readouterr().err, "pemetaan.json", tmp_path)
    assert mine.read_text(encoding="utf-8") == "punya saya"
    assert not rejected.exists()  # all outputs are checked before any is written
    assert main([*argv, "--overwrite"]) == 0
    assert json.loads(mine.read_text(encoding="utf-8"))["format"] == "sasaran-column-mapping"
    assert rejected.exists()


# --- compare --xlsx / --csv --------------------------------------------------------------


@pytest.mark.parametrize("option", ["--xlsx", "--csv"])
def test_compare_output_into_a_missing_folder_is_worded(tiny, tmp_path, capsys, option):
    target = tmp_path / "tidak_ada" / ("banding.xlsx" if option == "--xlsx" else "banding.csv")
    code = main(["compare", str(A), str(B), *_tiny_args(tiny), option, str(target)])
    assert code == 2
    err = capsys.readouterr().err
    _assert_worded(err, target.name, tmp_path)
    assert "Folder tidak_ada" in err


def test_compare_output_into_a_read_only_folder_is_worded(tiny, tmp_path, capsys, monkeypatch):
    locked = tmp_path / "terkunci"
    locked.mkdir()
    _deny_write(monkeypatch, locked)
    argv = ["compare", str(A), str(B), *_tiny_args(tiny), "--csv", str(locked / "banding.csv")]
    try:
        assert main(argv) == 2
    finally:
        locked.chmod(0o755)
    err = capsys.readouterr().err
    _assert_worded(err, "banding.csv", tmp_path)
    assert "izin menulis" in err
    assert _files(locked) == []


def test_compare_checks_every_csv_before_writing_any(tiny, tmp_path, capsys):
    mine = tmp_path / "banding-zona.csv"
    mine.write_text("punya saya", encoding="utf-8")
    argv = ["compare", str(A), str(B), *_tiny_args(tiny)]
    argv += ["--xlsx", str(tmp_path / "banding.xlsx"), "--csv", str(tmp_path / "banding.csv")]
    assert main(argv) == 2
    _assert_worded(capsys.readouterr().err, "banding-zona.csv", tmp_path)
    assert _files(tmp_path) == ["banding-zona.csv"]
    assert mine.read_text(encoding="utf-8") == "punya saya"


@pytest.mark.parametrize(
    "name",
    [
        '=HYPERLINK("http://x","klik")',
        "+1+2",
        "-2+3",
        "@SUM(A1)",
        "\tTab",
        "Zona\x00\x07\x1bBel",
    ],
)
def test_compare_writes_hostile_names_as_text(tiny, tmp_path, capsys, name):
    """A scenario or zone name with a control character or a formula start stays plain text."""
    files = []
    for i, src in enumerate((A, B)):
        doc = json.loads(src.read_text(encoding="utf-8"))
        doc["scenario"]["name"] = f"{name}{i}"
        for z in doc["scenario"]["zones"]["features"]:
            z["properties"]["name"] = f"{name} zona"
        p = tmp_path / f"s{i}.skenario.json"
        p.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        files.append(str(p))
    xlsx, out_csv = tmp_path / "banding.xlsx", tmp_path / "banding.csv"
    argv = ["compare", *files, *_tiny_args(tiny), "--xlsx", str(xlsx), "--csv", str(out_csv)]
    assert main(argv) == 0, capsys.readouterr().err
    clean = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", name)
    wb = openpyxl.load_workbook(xlsx)
    texts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and cell.value.startswith(clean):
                    texts.append(cell)
    # the workbook shows the names exactly (no apostrophe), marked as text where needed
    assert texts, "the names reach the workbook as they are"
    if clean[:1] in "=+-@\t":
        assert all(c.quotePrefix for c in texts)
    # the CSV opened in a spreadsheet: every field that starts like a formula is quoted
    for p in tmp_path.glob("banding*.csv"):
        with p.open(encoding="utf-8-sig", newline="") as fh:
            for row in csv.reader(fh):
                for field in row:
                    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", field)
                    if field[:1] in ("=", "+", "@", "\t", "\r") or (
                        field[:1] == "-" and not re.fullmatch(r"-[0-9.,]+", field)
                    ):
                        assert len(field) == 1, (p.name, field)
    negative = [
        c.value
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, int | float) and c.value < 0
    ]
    assert all(isinstance(v, int | float) for v in negative)  # numbers stay numbers


# --- webmap / sheet ----------------------------------------------------------------------


def test_webmap_into_a_missing_folder_is_worded(tiny, tmp_path, capsys):
    target = tmp_path / "tidak_ada" / "peta.html"
    assert main(["webmap", "--out", str(target), *_tiny_args(tiny)]) == 2
    err = capsys.readouterr().err
    _assert_worded(err, "peta.html", tmp_path)
    assert ".tmp" not in err


def test_webmap_into_a_read_only_folder_is_worded(tiny, tmp_path, capsys, monkeypatch):
    locked = tmp_path / "terkunci"
    locked.mkdir()
    _deny_write(monkeypatch, locked)
    try:
        assert main(["webmap", "--out", str(locked / "peta.html"), *_tiny_args(tiny)]) == 2
    finally:
        locked.chmod(0o755)
    _assert_worded(capsys.readouterr().err, "peta.html", tmp_path)
    assert _files(locked) == []


@pytest.mark.parametrize("existing", [1, 2, 7])
def test_png_series_checks_every_page_before_writing(tiny, tmp_path, capsys, existing):
    out = tmp_path / "seri.png"
    page = tmp_path / f"seri-{existing:03d}.png"
    page.write_bytes(b"punya saya")
    argv = ["sheet", "--out", str(out), "--series", "kecamatan", "--dpi", "20", *_tiny_args(tiny)]
    assert main(argv) == 2
    _assert_worded(capsys.readouterr().err, page.name, tmp_path)
    assert _files(tmp_path) == [page.name]  # no page written, no temporary left
    assert page.read_bytes() == b"punya saya"
    assert main([*argv, "--overwrite"]) == 0
    assert _files(tmp_path) == [f"seri-{i:03d}.png" for i in range(1, 8)]


def test_sheet_into_a_missing_folder_is_worded(tiny, tmp_path, capsys):
    target = tmp_path / "tidak_ada" / "lembar.pdf"
    assert main(["sheet", "--out", str(target), *_tiny_args(tiny)]) == 2
    _assert_worded(capsys.readouterr().err, "lembar.pdf", tmp_path)
    assert not target.parent.exists()


# --- demo ----------------------------------------------------------------------------------


@pytest.mark.parametrize("villages,households", [(20, 100), (0, 100), (39, 100), (40, -1)])
def test_demo_too_small_is_worded(tmp_path, capsys, villages, households):
    argv = ["demo", "--out", str(tmp_path / "d"), "--villages", str(villages)]
    assert main([*argv, "--households", str(households)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Galat: ") and "40 desa" in err and "Traceback" not in err
    assert not (tmp_path / "d").exists() or _files(tmp_path / "d") == []


def test_demo_existing_file_is_named_not_errno(tmp_path, capsys):
    (tmp_path / "psks_demo.gpkg").write_bytes(b"punya saya")
    argv = ["demo", "--out", str(tmp_path), "--villages", "40", "--households", "50"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    _assert_worded(err, "psks_demo.gpkg", tmp_path)
    assert "17" not in err
    assert _files(tmp_path) == ["psks_demo.gpkg"]


def test_demo_into_a_read_only_folder_is_worded(tmp_path, capsys, monkeypatch):
    locked = tmp_path / "terkunci"
    locked.mkdir()
    _deny_write(monkeypatch, locked)
    argv = ["demo", "--out", str(locked), "--villages", "40", "--households", "50"]
    try:
        assert main(argv) == 2
    finally:
        locked.chmod(0o755)
    err = capsys.readouterr().err
    assert "izin menulis" in err and "Errno" not in err
    assert _files(locked) == []


# --- the same errors in the dialogs, in the interface language ---------------------------------


def test_output_errors_follow_the_interface_language(tmp_path, qapp):
    from desktop.i18n import install_language
    from gis.io.outputguard import OutputError, OutputExists
    from widgets.base.messages import describe

    cases = [
        (OutputExists(tmp_path / "a.csv"), "already exists"),
        (OutputError(code="output_no_folder", path=tmp_path / "x" / "a.csv"), "does not exist"),
        (OutputError(code="output_read_only", path=tmp_path / "a.csv"), "no write permission"),
        (
            OutputError(code="output_failed", path=tmp_path / "a.csv", reason="disk_full"),
            "disk full",
        ),
        (PermissionError(13, "Permission denied", str(tmp_path / "a.csv")), "no write permission"),
    ]
    indonesian = [describe(exc) for exc, _ in cases]
    install_language("en", qapp)
    try:
        for (exc, words), before in zip(cases, indonesian):
            text = describe(exc)
            assert words in text and "a.csv" in text and text != before
            assert str(tmp_path) not in text
    finally:
        install_language("id", qapp)
    assert [describe(exc) for exc, _ in cases] == indonesian
