"""``sasaran selftest``: each check passes on a whole installation and fails,
worded in Indonesian and naming the file, when what it checks is missing.

The web-map window and the sheet are exercised on the frozen and installed
builds by ``make dist-check``; here the quick checks run in-process.
"""

import json
import sys

import pytest

from desktop.cli import main

QUICK = ["terjemahan", "proj", "gdal", "geopackage", "geoparquet", "folium"]


def _run(capsys, *ids, json_out=True):
    argv = ["selftest"] + (["--json"] if json_out else [])
    for check_id in ids:
        argv += ["--only", check_id]
    code = main(argv)
    return code, capsys.readouterr().out


def test_quick_checks_pass_on_this_installation(capsys):
    code, out = _run(capsys, *QUICK)
    result = json.loads(out)
    assert code == 0, out
    assert result["ok"] is True
    assert [c["id"] for c in result["checks"]] == QUICK
    assert all(c["ok"] and c["detail"] for c in result["checks"])


@pytest.mark.parametrize(
    "missing", ["wilayah_demo.gpkg", "rumah_tangga_demo.gpkg", "psks_demo.gpkg"]
)
def test_a_missing_demo_file_fails_and_is_named(tmp_path, monkeypatch, capsys, missing):
    import gis.demo.data as demo

    real = demo.demo_paths()
    for path in real.values():  # a copy of the shipped folder without one file
        if path.name != missing:
            (tmp_path / path.name).write_bytes(path.read_bytes())
    monkeypatch.setattr(demo, "demo_dir", lambda: tmp_path)
    code, out = _run(capsys, "sumber_daya", json_out=False)
    assert code == 1
    assert "[GAGAL] Sumber daya dan data demo" in out
    assert missing in out and "Pasang ulang" in out
    assert str(tmp_path) not in out  # the file by its name, not a machine path
    assert "1 dari 1 pemeriksaan gagal." in out


@pytest.mark.parametrize("damage", ["missing", "empty", "garbage"])
def test_a_missing_or_damaged_translation_fails(tmp_path, monkeypatch, capsys, damage):
    import desktop.i18n as i18n

    real = i18n.i18n_dir()
    (tmp_path / "qt_id.qm").write_bytes((real / "qt_id.qm").read_bytes())
    if damage == "empty":
        (tmp_path / "sasaran_en.qm").write_bytes(b"")
    elif damage == "garbage":
        (tmp_path / "sasaran_en.qm").write_bytes(b"not a qm file" * 10)
    monkeypatch.setattr(i18n, "i18n_dir", lambda: tmp_path)
    code, out = _run(capsys, "terjemahan")
    result = json.loads(out)
    assert code == 1 and result["ok"] is False
    (check,) = result["checks"]
    assert not check["ok"] and "sasaran_en.qm" in check["detail"]


def test_a_failing_check_does_not_stop_the_others(monkeypatch, capsys):
    import pyproj.datadir

    monkeypatch.setattr(pyproj.datadir, "get_data_dir", lambda: "/nonexistent-proj-data")
    code, out = _run(capsys, "proj", "folium")
    result = json.loads(out)
    assert code == 1
    assert [(c["id"], c["ok"]) for c in result["checks"]] == [("proj", False), ("folium", True)]
    assert "proj.db" in result["checks"][0]["detail"]


def test_webmap_window_as_root_with_sandbox_is_refused_in_words(monkeypatch, capsys):
    """Chromium would end the whole program as root with its sandbox on: say so instead."""
    import desktop.selftest as selftest

    monkeypatch.setattr(selftest.os, "geteuid", lambda: 0)
    monkeypatch.setattr(selftest.sys, "platform", "linux")
    monkeypatch.delenv("QTWEBENGINE_DISABLE_SANDBOX", raising=False)
    monkeypatch.delenv("QTWEBENGINE_CHROMIUM_FLAGS", raising=False)
    code, out = _run(capsys, "jendela_peta_web")
    (check,) = json.loads(out)["checks"]
    assert code == 1 and not check["ok"]
    assert (
        "QTWEBENGINE_DISABLE_SANDBOX=1" in check["detail"] and "pengguna biasa" in check["detail"]
    )


def test_matching_and_xlsx_checks_pass_on_this_installation(capsys):
    """The exact solver beats the naive pick; a 16-digit NIK survives XLSX."""
    code, out = _run(capsys, "xlsx", "pencocokan")
    result = json.loads(out)
    assert code == 0, out
    assert [c["id"] for c in result["checks"]] == ["xlsx", "pencocokan"]
    assert "2.1 km" in result["checks"][1]["detail"]
    assert "3.9 km" in result["checks"][1]["detail"]


@pytest.mark.parametrize(
    ("check_id", "module"),
    [
        ("pencocokan", "scipy.spatial"),
        ("pencocokan", "ortools.graph.python.min_cost_flow"),
        ("xlsx", "python_calamine"),
        ("xlsx", "openpyxl"),
    ],
)
def test_a_trimmed_library_part_fails_its_check_by_name(monkeypatch, capsys, check_id, module):
    """A bundle that lost a library part the app needs says which one."""
    monkeypatch.setitem(sys.modules, module, None)  # import now raises ImportError
    code, out = _run(capsys, check_id)
    (check,) = json.loads(out)["checks"]
    assert code == 1 and not check["ok"]
    assert module in check["detail"] and "Pasang ulang" in check["detail"]
