"""``sasaran FILE...``: what a file is, by content and not by name."""

from __future__ import annotations

import json
import shutil
from importlib import resources
from pathlib import Path

import pyogrio
import pytest

from gis.errors import ReadError
from gis.io.file_kind import file_kind

SCENARIO = (
    Path(str(resources.files("resources").joinpath("scenarios"))) / "skenario_a.skenario.json"
)


def test_kinds_by_content_under_any_name(tmp_path, demo_paths):
    # names that say nothing: the content decides
    named = {
        "boundaries": shutil.copy(demo_paths.villages, tmp_path / "data.gpkg"),
        "households": shutil.copy(demo_paths.households, tmp_path / "export (3).gpkg"),
        "psks": shutil.copy(demo_paths.psks, tmp_path / "lain.gpkg"),
        "scenario": shutil.copy(SCENARIO, tmp_path / "x.json"),
    }
    frame = pyogrio.read_dataframe(demo_paths.households).drop(columns="geometry")
    csv = tmp_path / "unduhan.csv"
    frame.to_csv(csv, index=False)
    named["households_csv"] = csv
    psks_csv = tmp_path / "tabel.csv"
    pyogrio.read_dataframe(demo_paths.psks).drop(columns="geometry").to_csv(psks_csv, index=False)
    named["psks_csv"] = psks_csv
    project = tmp_path / "kerja.sasaran"
    project.write_text(json.dumps({"format": "sasaran-proyek", "version": 1}), encoding="utf-8")
    named["project"] = project
    for kind, path in named.items():
        assert file_kind(path) == kind.split("_")[0], path


def test_unusable_files_raise_read_errors(tmp_path):
    with pytest.raises(ReadError) as err:
        file_kind(tmp_path / "tidak_ada.gpkg")
    assert err.value.code == "not_found"
    old = tmp_path / "lama.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ReadError) as err:
        file_kind(old)
    assert err.value.code == "unknown_format"
