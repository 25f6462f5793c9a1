"""``--project P.sasaran`` instead of naming each data file, for every data command."""

from __future__ import annotations

import json
import shutil
from importlib import resources
from pathlib import Path

import pyogrio
import pytest

from desktop.cli import main
from gis.io.project import save_project
from gis.model.filters import HouseholdFilter
from gis.model.project_data import build_project

SCENARIO = (
    Path(str(resources.files("resources").joinpath("scenarios"))) / "skenario_a.skenario.json"
)


@pytest.fixture
def project(tmp_path, demo_paths):
    """A project beside its data and the example scenario, with a filter."""
    data = tmp_path / "data"
    data.mkdir()
    files = {
        "boundaries": shutil.copy(demo_paths.villages, data / "desa.gpkg"),
        "households": shutil.copy(demo_paths.households, data / "rt.gpkg"),
        "psks": shutil.copy(demo_paths.psks, data / "psks.gpkg"),
    }
    scenario = shutil.copy(SCENARIO, tmp_path / "a.skenario.json")
    p = build_project(
        {r: {"path": f} for r, f in files.items()},
        flt=HouseholdFilter(desil=(1, 2, 3)),
        scenario=scenario,
    )
    path = save_project(p, tmp_path / "kerja.sasaran")
    return path, {k: Path(v) for k, v in files.items()}


def test_stats_from_project_equals_named_files(project, capsys):
    path, files = project
    named = ["--households", str(files["households"]), "--villages", str(files["boundaries"])]
    assert main(["stats", *named, "--psks", str(files["psks"]), "--desil", "1-3", "--json"]) == 0
    by_files = json.loads(capsys.readouterr().out)
    assert main(["stats", "--project", str(path), "--json"]) == 0  # the project's filter
    by_project = json.loads(capsys.readouterr().out)
    assert by_project["area"] == by_files["area"]
    assert by_project["filter"] == by_files["filter"]


def test_scenario_commands_from_project(project, capsys):
    path, files = project
    named = ["--households", str(files["households"]), "--villages", str(files["boundaries"])]
    assert main(["scenario", "evaluate", str(SCENARIO), *named, "--json"]) == 0
    by_files = json.loads(capsys.readouterr().out)
    # the project's current scenario when none is named
    assert main(["scenario", "evaluate", "--project", str(path), "--json"]) == 0
    by_project = json.loads(capsys.readouterr().out)
    assert by_project["results"] == by_files["results"]
    assert main(["compare", str(SCENARIO), str(SCENARIO), "--project", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["files"] == [SCENARIO.name] * 2


def test_webmap_from_project(project, tmp_path, capsys):
    path, _ = project
    out = tmp_path / "peta.html"
    assert main(["webmap", "--project", str(path), "--out", str(out)]) == 0
    assert out.stat().st_size > 10_000
    assert "Skenario A" in out.read_text(encoding="utf-8")  # the project's scenario


def test_changed_and_missing_files_stop_the_command(project, capsys):
    path, files = project
    layer = pyogrio.list_layers(files["households"])[0][0]
    one = pyogrio.read_dataframe(files["households"], layer=layer, max_features=1)
    one["id_keluarga"] = one["id_keluarga"].astype(str) + "77"
    pyogrio.write_dataframe(one, files["households"], layer=layer, append=True)

    assert main(["stats", "--project", str(path), "--json"]) == 2
    err = capsys.readouterr().err
    assert "rt.gpkg" in err and "berubah" in err and str(path.parent) not in err
    assert main(["stats", "--project", str(path), "--json", "--accept-changed"]) == 0
    out, err = capsys.readouterr()
    assert "Peringatan" in err and "rt.gpkg" in err
    assert json.loads(out)["area"]["households"] > 0

    files["psks"].unlink()
    assert main(["stats", "--project", str(path)]) == 2
    err = capsys.readouterr().err
    assert "psks.gpkg" in err and "tidak ditemukan" in err


def test_neither_project_nor_files(capsys):
    assert main(["stats", "--json"]) == 2
    assert "--project" in capsys.readouterr().err


def test_sheet_from_project(project, tmp_path, capsys):
    path, _ = project
    out = tmp_path / "lembar.png"
    assert main(["sheet", "--project", str(path), "--out", str(out), "--dpi", "40"]) == 0
    assert out.stat().st_size > 10_000
    assert "Lembar peta ditulis" in capsys.readouterr().out
