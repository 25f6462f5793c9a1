"""Project files: save, move the folder with its data, reopen; changed and missing files."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import numpy as np
import pyogrio
import pytest
import shapely

from gis.io.project import (
    VERSION,
    ProjectFileError,
    check_files,
    fingerprint_file,
    is_project,
    open_project,
    relocate,
    save_project,
)
from gis.model.filters import HouseholdFilter
from gis.model.project_data import ProjectDataError, build_project, load_project_data
from gis.model.zones import Zone


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    """A small province with its register as CSV (so tests can edit it as a planner would)."""
    from gis.demo.province import generate_demo

    src = tmp_path_factory.mktemp("src")
    paths = generate_demo(src, households=1500, seed=7, villages=40)
    frame = pyogrio.read_dataframe(paths.households)
    frame = frame.drop(columns="geometry")
    csv = src / "rumah_tangga.csv"
    frame.to_csv(csv, index=False)
    return paths.villages, csv, paths.psks


def _project_folder(root: Path, province) -> dict:
    """Project folder ``root`` with data in ``root/data`` (copied, so tests may edit them)."""
    data = root / "data"
    data.mkdir(parents=True)
    out = {}
    for role, src in zip(("boundaries", "households", "psks"), province):
        out[role] = Path(shutil.copy(src, data / Path(src).name))
    return out


def _open_and_save(root: Path, files: dict, zones=(), flt=None, scenario=None):
    project = build_project(
        {role: {"path": p} for role, p in files.items()},
        zones=zones,
        flt=flt,
        scenario=scenario,
        map_view={"extent": [105.0, -3.0, 107.0, -1.5]},
        styles={"indicator": "desil_1_4", "method": "quantile", "classes": 5, "palette": "YlOrRd"},
    )
    loaded = load_project_data(project)
    path = save_project(project, root / "kerja.sasaran")
    return path, loaded


def _zones(villages):
    poly = shapely.box(*villages.geoms[0].bounds).buffer(0.01)
    return [
        Zone("z1", "Zona utara", geometry=poly),
        Zone("z2", "Desa pilihan", villages=tuple(villages.codes[:3])),
    ]


def test_save_move_reopen_same_data(tmp_path, province):
    root = tmp_path / "proyek"
    files = _project_folder(root, province)
    scenario = root / "rencana.skenario.json"
    scenario.write_text("{}", encoding="utf-8")
    from gis.model.villages import read_villages

    zones = _zones(read_villages(files["boundaries"]))
    flt = HouseholdFilter(desil=(1, 2, 3, 4), receives_any=("PKH",))
    path, first = _open_and_save(root, files, zones, flt, scenario)

    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["version"] == VERSION
    stored = [f["path"] for f in doc["data_files"]] + [doc["scenario"]]
    assert all(not os.path.isabs(p) and str(tmp_path) not in p for p in stored)
    assert {f["role"] for f in doc["data_files"]} == {"boundaries", "households", "psks"}
    register = next(f for f in doc["data_files"] if f["role"] == "households")
    assert register["mapping"]["format"] == "sasaran-column-mapping"  # the mapping used
    assert register["records"] == len(first.data.households)
    # no personal value of the register is in the project file
    names = first.data.households
    text = path.read_text(encoding="utf-8")
    for hh in list(names.hh_id[:20]):
        assert str(hh) not in text

    moved = tmp_path / "laptop_lain" / "proyek_pindah"
    moved.parent.mkdir()
    shutil.move(root, moved)
    reopened = open_project(moved / "kerja.sasaran")
    assert [c.state for c in check_files(reopened)] == ["ok", "ok", "ok"]
    assert reopened.scenario_path() == (moved / "rencana.skenario.json").resolve()
    again = load_project_data(reopened)
    assert again.data.households.fingerprint() == first.data.households.fingerprint()
    assert len(again.data.psks) == len(first.data.psks)
    assert again.filter == flt
    assert [z.zone_id for z in again.zones] == ["z1", "z2"]
    assert again.zones[0].geometry.equals(zones[0].geometry)
    assert again.zones[1].villages == zones[1].villages
    assert reopened.map_view["extent"] == [105.0, -3.0, 107.0, -1.5]
    assert reopened.styles["palette"] == "YlOrRd"
    assert not again.changed


def _append_row(csv: Path) -> None:
    lines = csv.read_text(encoding="utf-8").splitlines()
    head, last = lines[0].split(","), lines[-1].split(",")
    last[head.index("id_keluarga") if "id_keluarga" in head else 0] += "9"
    csv.write_text("\n".join([*lines, ",".join(last)]) + "\n", encoding="utf-8")


def test_changed_file_is_detected_and_described(tmp_path, province):
    root = tmp_path / "p"
    files = _project_folder(root, province)
    path, first = _open_and_save(root, files)
    n = len(first.data.households)

    _append_row(files["households"])
    project = open_project(path)
    checks = {c.entry.role: c for c in check_files(project)}
    assert checks["households"].state == "changed"
    assert "size" in checks["households"].differences
    assert checks["boundaries"].state == "ok"
    with pytest.raises(ProjectDataError) as err:
        load_project_data(project)
    assert err.value.code == "project_changed"

    loaded = load_project_data(project, accept_changed=True)
    assert loaded.record_changes["households"] == (n, n + 1)
    assert [c.entry.role for c in loaded.changed] == ["households"]
    # the project now knows the file as it is: saved again, it opens without a question
    save_project(project, path)
    assert all(c.ok for c in check_files(open_project(path)))


@pytest.mark.parametrize("where", ["start", "end"])
def test_same_size_edit_is_a_change(tmp_path, province, where):
    root = tmp_path / "p"
    files = _project_folder(root, province)
    path, _ = _open_and_save(root, files)
    csv = files["households"]
    data = bytearray(csv.read_bytes())
    # one digit changed in the first or the last row: same size, same length
    start = data.index(b"\n") + 1 if where == "start" else data.rindex(b"\n", 0, len(data) - 1) + 1
    i = next(k for k in range(start, len(data)) if chr(data[k]).isdigit())
    data[i] = ord("1") if data[i] != ord("1") else ord("2")
    stat = csv.stat()
    csv.write_bytes(bytes(data))
    os.utime(csv, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # even with the old time
    check = {c.entry.role: c for c in check_files(open_project(path))}["households"]
    assert check.state == "changed"
    assert check.differences == ("content",)


def test_missing_file_is_asked_for_then_relocated(tmp_path, province):
    root = tmp_path / "p"
    files = _project_folder(root, province)
    path, first = _open_and_save(root, files)
    elsewhere = tmp_path / "arsip"
    elsewhere.mkdir()
    moved = Path(shutil.move(files["households"], elsewhere / files["households"].name))

    project = open_project(path)
    with pytest.raises(ProjectDataError) as err:
        load_project_data(project)
    assert err.value.code == "project_missing"
    missing = [c for c in err.value.checks if c.state == "missing"]
    assert [c.entry.role for c in missing] == ["households"]

    # located: another file is not taken for it
    wrong = relocate(project, "households", files["psks"])
    assert wrong.state == "changed"
    right = relocate(project, "households", moved)
    assert right.state == "ok"
    again = load_project_data(project)
    assert again.data.households.fingerprint() == first.data.households.fingerprint()
    save_project(project, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    entry = next(f for f in doc["data_files"] if f["role"] == "households")
    assert entry["path"] == "../arsip/" + moved.name


def test_fingerprint_reads_both_ends_of_large_files(tmp_path):
    big = tmp_path / "besar.csv"
    body = np.full(3 << 20, ord("a"), dtype=np.uint8)
    big.write_bytes(body.tobytes())
    before = fingerprint_file(big)
    for pos in (0, len(body) - 1):
        edited = body.copy()
        edited[pos] = ord("b")
        big.write_bytes(edited.tobytes())
        assert fingerprint_file(big) != before
    big.write_bytes(body.tobytes())
    assert fingerprint_file(big) == before


def test_foreign_and_newer_files_are_refused(tmp_path):
    other = tmp_path / "x.sasaran"
    other.write_text(json.dumps({"format": "sasaran-skenario", "version": 1}), encoding="utf-8")
    with pytest.raises(ProjectFileError) as err:
        open_project(other)
    assert err.value.code == "not_a_project"
    assert not is_project(other)
    newer = tmp_path / "baru.sasaran"
    newer.write_text(json.dumps({"format": "sasaran-proyek", "version": VERSION + 1}))
    with pytest.raises(ProjectFileError) as err:
        open_project(newer)
    assert err.value.code == "project_newer"
    assert is_project(newer)
    broken = tmp_path / "rusak.sasaran"
    broken.write_text('{"format": "sasaran-proyek", "vers', encoding="utf-8")
    with pytest.raises(ProjectFileError) as err:
        open_project(broken)
    assert err.value.code == "project_corrupt"
    with pytest.raises(ProjectFileError) as err:
        open_project(tmp_path / "tidak_ada.sasaran")
    assert err.value.code == "not_found"


def test_the_mapping_kept_in_the_project_reads_the_register(tmp_path, province):
    """A column only the planner's mapping names (not recognised) is read again on reopening."""
    from gis.io.mapping import recognise

    root = tmp_path / "p"
    files = _project_folder(root, province)
    import pandas as pd

    frame = pd.read_csv(files["households"], dtype=str)
    frame = frame.rename(columns={"desil": "kelompok_x"})
    frame.to_csv(files["households"], index=False)
    mapping = recognise(list(frame.columns))
    assert "desil" not in mapping.fields  # nobody would find it without the planner
    mapping.fields["desil"] = "kelompok_x"
    project = build_project(
        {
            "boundaries": {"path": files["boundaries"]},
            "households": {"path": files["households"], "mapping": mapping.to_dict()},
        }
    )
    path = save_project(project, root / "kerja.sasaran")
    loaded = load_project_data(open_project(path))
    desil = loaded.data.households.desil
    expected = pd.to_numeric(frame["kelompok_x"]).to_numpy()
    assert len(desil) == len(expected)
    assert np.array_equal(np.sort(desil), np.sort(expected))
    assert desil.min() >= 1


def test_reopening_reads_the_snapshot_not_the_register(tmp_path, province, monkeypatch):
    """The second open of an unchanged project never parses the register file again."""
    import gis.io.readers as readers

    root = tmp_path / "proyek"
    files = _project_folder(root, province)
    path, first = _open_and_save(root, files)
    reads = []
    real = readers.read_table

    def counting(*args, **kwargs):
        reads.append(Path(args[0]).name)
        return real(*args, **kwargs)

    monkeypatch.setattr(readers, "read_table", counting)
    again = load_project_data(open_project(path))
    assert files["households"].name not in reads
    a, b = first.data.households, again.data.households
    assert len(a) == len(b) and a.fingerprint() == b.fingerprint()
    assert np.array_equal(np.asarray(a.nik, dtype=object), np.asarray(b.nik, dtype=object))
    # a changed register is read again, never taken from the stale snapshot
    with open(files["households"], "a", encoding="utf-8") as fh:
        fh.write("\n")
    reopened = load_project_data(open_project(path), accept_changed=True)
    assert files["households"].name in reads
    assert len(reopened.data.households) == len(a)


def test_a_project_saved_before_any_reading_reopens_from_the_snapshot(
    tmp_path, province, monkeypatch
):
    """No mapping stored yet (recognised automatically): the second open still skips the file."""
    import gis.io.readers as readers

    root = tmp_path / "proyek"
    files = _project_folder(root, province)
    project = build_project({role: {"path": p} for role, p in files.items()})
    path = save_project(project, root / "awal.sasaran")
    load_project_data(open_project(path))  # e.g. `sasaran sheet --project`: nothing saved
    reads = []
    real = readers.read_table
    monkeypatch.setattr(
        readers, "read_table", lambda *a, **k: reads.append(Path(a[0]).name) or real(*a, **k)
    )
    load_project_data(open_project(path))
    assert files["households"].name not in reads
