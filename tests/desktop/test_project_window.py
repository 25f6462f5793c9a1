"""Berkas > Simpan proyek / Buka proyek in the window, and opening at start.

Save a project over files opened from the command line, move the project
folder with its data, reopen: the same data, zones, filter and map view.
A changed file is read only when the planner says so, and what differs is
said; a missing one is asked for.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyogrio
import pytest
import shapely

from desktop import project_actions
from gis.model.edits import AddZone, SetFilter
from gis.model.filters import HouseholdFilter
from gis.model.zones import Zone


def _copy_data(folder: Path, demo_paths) -> dict[str, Path]:
    data = folder / "data"
    data.mkdir(parents=True)
    return {
        "boundaries": Path(shutil.copy(demo_paths.villages, data / "desa.gpkg")),
        "households": Path(shutil.copy(demo_paths.households, data / "register.gpkg")),
        "psks": Path(shutil.copy(demo_paths.psks, data / "psks.gpkg")),
    }


def _wait(qtbot, job):
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    qtbot.wait(10)
    assert job.error is None, job.error


def _saved_project(qtbot, window, tmp_path, demo_paths):
    """Files opened as ``sasaran FILE...``, a zone and a filter, saved as a project."""
    root = tmp_path / "proyek"
    files = _copy_data(root, demo_paths)
    # given in any order, named by nothing: recognised by content
    _wait(
        qtbot,
        project_actions.open_files(
            window, [files["psks"], files["households"], files["boundaries"]]
        ),
    )
    ws = window.workspace
    assert Path(window.data_sources["households"]["path"]) == files["households"]
    v = ws.villages
    zone = Zone("z-uji", "Zona uji", geometry=shapely.box(*v.geoms[0].bounds))
    AddZone(zone).apply(ws)
    SetFilter(HouseholdFilter(desil=(1, 2))).apply(ws)
    window.canvas.zoom_to_bounds(*v.geoms[0].bounds, margin=0.0)
    window.canvas.set_classification("equal", 4, "Blues")
    window.canvas.set_layer_visible("psks", False)
    window.canvas.set_layer_opacity("batas_desa", 0.5)
    extent = window.canvas.view_bounds()
    path = project_actions.save(window, path=root / "kerja")
    assert path == root / "kerja.sasaran" and path.is_file()
    assert window.settings.get("projects/last") == str(path)
    return (
        root,
        files,
        {"n": len(ws.households), "fp": ws.households.fingerprint(), "extent": extent},
    )


def test_save_move_folder_reopen(qtbot, window, tmp_path, demo_paths):
    root, _files, before = _saved_project(qtbot, window, tmp_path, demo_paths)
    moved = tmp_path / "flashdisk" / "proyek_usb"
    moved.parent.mkdir()
    shutil.move(root, moved)
    window.workspace.set_filter(HouseholdFilter())
    window.canvas.set_classification("quantile", 5, "YlOrRd")
    window.canvas.set_layer_visible("psks", True)
    window.canvas.set_layer_opacity("batas_desa", 1.0)
    _wait(qtbot, project_actions.open_path(window, moved / "kerja.sasaran"))
    ws = window.workspace
    assert ws.households.fingerprint() == before["fp"]
    assert [z.zone_id for z in ws.zones] == ["z-uji"]
    assert ws.filter.desil == (1, 2)
    assert window.project_path == (moved / "kerja.sasaran").resolve()
    got = window.canvas.view_bounds()
    w = before["extent"][2] - before["extent"][0]
    assert all(abs(a - b) < 0.2 * w for a, b in zip(got, before["extent"]))
    assert window.settings.get("projects/recent")[0] == str(window.project_path)
    window.recent_projects_menu.aboutToShow.emit()
    entries = window.recent_projects_menu.actions()
    assert [a.text() for a in entries] == ["kerja.sasaran — proyek_usb", "kerja.sasaran — proyek"]
    # the one in the old folder is gone: listed, but cannot be chosen
    assert [a.isEnabled() for a in entries] == [True, False]
    assert window.canvas.classification == ("equal", 4, "Blues")
    assert window.layer_panel.palette_combo.currentData() == "Blues"
    looks = {i.name: i for i in window.canvas.layers()}
    assert not looks["psks"].visible and looks["batas_desa"].opacity == 0.5


def _add_household_row(path: Path) -> None:
    layer = pyogrio.list_layers(path)[0][0]
    one = pyogrio.read_dataframe(path, layer=layer, max_features=1)
    one["id_keluarga"] = one["id_keluarga"].astype(str) + "99"  # a new family, not a duplicate
    pyogrio.write_dataframe(one, path, layer=layer, append=True)


@pytest.mark.parametrize("answer", [False, True])
def test_changed_file_is_a_question(qtbot, window, tmp_path, demo_paths, monkeypatch, answer):
    root, files, before = _saved_project(qtbot, window, tmp_path, demo_paths)
    _add_household_row(files["households"])
    asked = []

    def read_changed(_win, checks):
        asked.append([c.entry.role for c in checks])
        return answer

    monkeypatch.setattr(project_actions, "ask_read_changed", read_changed)
    fp = window.workspace.households.fingerprint()
    job = project_actions.open_path(window, root / "kerja.sasaran")
    assert asked == [["households"]]
    if not answer:
        assert job is None
        assert window.workspace.households.fingerprint() == fp  # nothing silently different
        return
    _wait(qtbot, job)
    assert window.workspace.households.fingerprint() != before["fp"]
    assert len(window.workspace.households) == before["n"] + 1
    text = window.change_note.informativeText()
    assert "register.gpkg" in text and "berubah" in text
    assert f"{before['n']:,}".replace(",", ".") in text  # the count before and after


def test_missing_file_is_asked_for(qtbot, window, tmp_path, demo_paths, monkeypatch):
    root, files, before = _saved_project(qtbot, window, tmp_path, demo_paths)
    away = tmp_path / "arsip"
    away.mkdir()
    moved = shutil.move(files["households"], away / "register.gpkg")
    asked = []
    answers = iter(["", str(moved)])

    def locate(_win, check):
        asked.append(check.entry.name)
        return next(answers)

    monkeypatch.setattr(project_actions, "ask_locate", locate)
    assert project_actions.open_path(window, root / "kerja.sasaran") is None  # gave up
    _wait(qtbot, project_actions.open_path(window, root / "kerja.sasaran"))
    assert asked == ["register.gpkg", "register.gpkg"]
    assert window.workspace.households.fingerprint() == before["fp"]


def test_start_reopens_the_last_project_or_the_demo(qtbot, window, tmp_path, demo_paths):
    from desktop.app import _start_job

    root, _files, before = _saved_project(qtbot, window, tmp_path, demo_paths)
    window.project_path = None
    _wait(qtbot, _start_job(window, window.settings, [], demo=False))
    assert window.project_path == (root / "kerja.sasaran").resolve()
    _wait(qtbot, _start_job(window, window.settings, [], demo=True))
    assert window.workspace.data.synthetic
    assert window.data_synthetic
    # the demo never overwrites the project that was open: saving asks for a name
    assert window.project_path is None


def test_file_arguments_reach_the_app(monkeypatch, capsys):
    """``sasaran x.skenario.json`` opens the app on it (it was "invalid choice")."""
    import desktop.app
    from desktop.cli import main

    seen = {}
    monkeypatch.setattr(desktop.app, "run", lambda **kw: seen.update(kw) or 0)
    assert main(["--size", "800x600", "x.skenario.json", "desa.gpkg"]) == 0
    assert seen["files"] == ["x.skenario.json", "desa.gpkg"] and seen["size"] == "800x600"
    seen.clear()
    assert main(["--demo"]) == 0
    assert seen["demo"] is True and not seen.get("files")
    seen.clear()
    with pytest.raises(SystemExit):  # --help is the whole command's, subcommands listed
        main(["--help"])
    assert "stats" in capsys.readouterr().out and not seen


def test_a_scenario_alone_opens_on_the_start_data(qtbot, window, tmp_path):
    """``sasaran x.skenario.json``: the scenario on the demo (no project yet)."""
    from importlib import resources

    from desktop.app import _start_job

    examples = Path(str(resources.files("resources").joinpath("scenarios")))
    scenario = Path(
        shutil.copy(examples / "skenario_a.skenario.json", tmp_path / "x.skenario.json")
    )
    # opening itself (and its question about other data) is the scenario panel's own test
    opened: list[Path] = []
    window.scenario_panel.open_file = lambda p: opened.append(Path(p)) or True
    job = _start_job(window, window.settings, [str(scenario)], demo=False)
    _wait(qtbot, job)
    qtbot.waitUntil(lambda: opened == [scenario], timeout=5000)
    assert window.workspace.data.synthetic


def _import(qtbot, window, kind: str, path: Path, mapping: dict | None = None) -> None:
    """Step 1 as a planner does it: the import dialog, a column chosen by hand, "Pakai"."""
    dialog = window.layer_panel.open_import(kind)
    job = dialog.load_file(str(path))
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    if kind != "boundaries":
        qtbot.waitUntil(lambda: dialog.raw is not None, timeout=20_000)
    for field, column in (mapping or {}).items():
        combo = dialog.field_combos[field]
        combo.setCurrentIndex(combo.findData(column))
    job = dialog.run_import()
    qtbot.waitUntil(lambda: job.done and dialog.result is not None, timeout=30_000)
    assert dialog.apply()
    dialog.close()


def test_imported_files_and_the_hand_mapping_are_saved(qtbot, window, tmp_path, demo_paths):
    import pandas as pd

    root = tmp_path / "proyek"
    files = _copy_data(root, demo_paths)
    frame = pyogrio.read_dataframe(files["households"]).drop(columns="geometry")
    frame = frame.rename(columns={"desil": "kelompok_x"})
    csv = root / "data" / "register.csv"
    frame.to_csv(csv, index=False)
    _import(qtbot, window, "boundaries", files["boundaries"])
    _import(qtbot, window, "households", csv, {"desil": "kelompok_x"})
    before = window.workspace.households
    assert before.desil.min() >= 1  # the hand mapping was used
    path = project_actions.save(window, path=root / "kerja.sasaran")

    _wait(qtbot, project_actions.open_path(window, path))
    again = window.workspace.households
    assert again is not before
    assert again.fingerprint() == before.fingerprint()
    assert window.data_sources["households"]["mapping"]["fields"]["desil"] == "kelompok_x"
    assert (
        pd.Series(again.desil).value_counts().to_dict()
        == pd.Series(before.desil).value_counts().to_dict()
    )
