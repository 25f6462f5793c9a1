"""Autosave never follows a scenario id out of the recovery folder.

The id comes from the scenario file, i.e. from anyone; these tests open
scenario files whose id is a path and check where the copy goes and what a
discard deletes.
"""

from __future__ import annotations

import json

import pytest

from gis.plan.scenario import (
    RECOVERY_SUFFIX,
    Scenario,
    discard_recovery,
    list_recoveries,
    open_scenario,
    recovery_path,
    save_scenario,
    write_recovery,
)

HOSTILE_IDS = [
    "../../korban",
    "../korban",
    "/tmp/korban",
    "..",
    ".",
    "",
    "a/b",
    "a\\..\\..\\korban",
    "C:\\Windows\\korban",
    "CON",
    "nul",
    "x" * 300,
    "id\x00nul",
    "ünïcödé-id",
]


def _from_file(tmp_path, sid: str) -> Scenario:
    """A scenario opened from a file whose ``id`` is ``sid``."""
    path = tmp_path / f"asal-{len(list(tmp_path.glob('asal-*')))}.skenario.json"
    save_scenario(Scenario(name="Dari berkas"), path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["scenario"]["id"] = sid
    path.write_text(json.dumps(doc), encoding="utf-8")
    return open_scenario(path)


@pytest.mark.parametrize("sid", HOSTILE_IDS)
def test_autosave_stays_in_the_recovery_folder(tmp_path, sid):
    work = tmp_path / "kerja"
    folder = work / "a" / "b" / "pemulihan"
    scenario = _from_file(tmp_path, sid)
    before = {p for p in tmp_path.rglob("*") if p.is_file()}
    written = write_recovery(scenario, folder)
    assert written.parent == folder and written.name.endswith(RECOVERY_SUFFIX)
    assert written == recovery_path(folder, scenario)
    new = {p for p in tmp_path.rglob("*") if p.is_file()} - before
    assert new == {written}  # nothing written anywhere else
    assert not (tmp_path / "korban").exists() and not (work / "korban").exists()
    # the copy is found and recovered under the file's own id
    (rec,) = list_recoveries(folder)
    assert rec.readable and rec.scenario_id == scenario.scenario_id and rec.path == written
    assert discard_recovery(recovery_path(folder, scenario), folder)
    assert list(folder.iterdir()) == []


def test_well_formed_ids_keep_their_name(tmp_path):
    s = Scenario(name="Biasa")
    assert recovery_path(tmp_path, s).name == f"{s.scenario_id}{RECOVERY_SUFFIX}"
    other = _from_file(tmp_path, "skenario_kantor-2025")
    assert recovery_path(tmp_path, other).name == f"skenario_kantor-2025{RECOVERY_SUFFIX}"
    # different hostile ids never share one copy
    names = {recovery_path(tmp_path, _from_file(tmp_path, sid)).name for sid in HOSTILE_IDS}
    assert len(names) == len(set(HOSTILE_IDS))


def test_discard_deletes_only_recovery_files_inside_the_folder(tmp_path):
    folder = tmp_path / "pemulihan"
    folder.mkdir()
    victims = [
        tmp_path / "laporan.xlsx",
        tmp_path / f"lain{RECOVERY_SUFFIX}",
        folder / "catatan.txt",
    ]
    for v in victims:
        v.write_text("punya saya")
    for v in victims:
        assert discard_recovery(v, folder) is False
    assert discard_recovery(folder / ".." / f"lain{RECOVERY_SUFFIX}", folder) is False
    assert discard_recovery(folder / "catatan.txt") is False  # not a recovery file at all
    assert all(v.read_text() == "punya saya" for v in victims)
    mine = folder / f"0123456789abcdef{RECOVERY_SUFFIX}"
    mine.write_text("{}")
    assert discard_recovery(mine, folder) is True and not mine.exists()
    assert discard_recovery(mine, folder) is False  # already gone: fine
