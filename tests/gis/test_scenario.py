"""The scenario model and file: round trip, atomic writes, bad files, privacy, recovery."""

import json
import os
from importlib import resources
from pathlib import Path

import numpy as np
import pytest
import shapely

from gis.errors import SasaranError
from gis.model.filters import HouseholdFilter
from gis.model.zones import Zone
from gis.plan.allocation import EligibilityRule
from gis.plan.programs import CostLine, Program
from gis.plan.scenario import (
    FORMAT,
    MIGRATIONS,
    VERSION,
    DataRef,
    Scenario,
    ScenarioDataMismatch,
    ScenarioFileError,
    discard_recovery,
    list_recoveries,
    open_scenario,
    recovery_path,
    save_scenario,
    write_recovery,
)
from tests.gis.scenario_data import ROWS, V1, V2, V3, make_table, simple_programs, village_table


@pytest.fixture(scope="module")
def villages(tmp_path_factory):
    return village_table(tmp_path_factory.mktemp("desa"))


@pytest.fixture(scope="module")
def table(villages):
    return make_table(villages, ROWS, personal=True)


def full_scenario(table) -> Scenario:
    programs = simple_programs()
    programs.add(
        Program(
            "KERJA",
            "Penempatan kerja",
            (CostLine("latih", "Pelatihan", "per_household", "year", 5_000_000, 2025, "APBD"),),
            user_defined=True,
        )
    )
    s = Scenario(
        name="Skenario uji",
        notes="Catatan rapat: fokus desil 1-2.",
        author="Bappeda",
        filter=HouseholdFilter(desil=(1, 2, 3, 4), units=("9901",), label="Desil 1-4"),
        programs=programs,
        budget_cap=1_000,
        priority=("desil", "-members"),
    )
    ring = shapely.Polygon([(106.0, -2.0), (106.123456789, -2.0), (106.05, -1.9)])
    s.add_zone(Zone("p1", "Poligon", geometry=ring), ("A", "KERJA"))
    s.add_zone(Zone("d1", "Desa", villages=(V1, V2)), ("B",))
    s.set_rule("A", EligibilityRule(desil=(1, 2), ppks_any=(9,), lacks_program=False))
    s.evaluate(table)
    return s


def test_round_trip_keeps_everything(table, tmp_path):
    s = full_scenario(table)
    path = save_scenario(s, tmp_path / "a.skenario.json")
    back = open_scenario(path, table)
    assert back.to_dict() == s.to_dict()
    assert back.zones[0].geometry.equals_exact(s.zones[0].geometry, 0)
    assert back.zones[1].villages == (V1, V2)
    assert back.zone_programs == {"p1": ("A", "KERJA"), "d1": ("B",)}
    assert back.rule("A") == EligibilityRule(desil=(1, 2), ppks_any=(9,), lacks_program=False)
    assert back.rule("B") == EligibilityRule()
    assert back.programs == s.programs and back.programs.get("KERJA").user_defined
    assert back.budget_cap == 1_000 and back.priority == ("desil", "-members")
    assert back.results == s.results and back.data == s.data and not back.stale
    assert back.digest() == s.digest()
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["format"] == FORMAT and doc["version"] == VERSION
    assert doc["scenario"]["zones"]["type"] == "FeatureCollection"
    assert doc["scenario"]["zones"]["features"][1]["geometry"] is None


def test_no_personal_data_and_no_paths_in_the_file(table, tmp_path):
    s = full_scenario(table)
    table_with_path = make_table(table.villages, ROWS, personal=True)
    table_with_path.file_name = str(tmp_path / "rahasia" / "rumah_tangga.csv")
    s.evaluate(table_with_path)
    text = save_scenario(s, tmp_path / "p.skenario.json").read_text(encoding="utf-8")
    for arr in (table.name, table.nik, table.kk, table.address, table.hh_id):
        for value in arr:
            assert str(value) not in text
    assert "Rahasia" not in text
    assert str(tmp_path) not in text and "/rahasia/" not in text
    assert json.loads(text)["scenario"]["data"]["households_file"] == "rumah_tangga.csv"


def test_existing_file_is_not_overwritten_unless_asked(table, tmp_path):
    s = full_scenario(table)
    path = save_scenario(s, tmp_path / "a.skenario.json")
    before = path.read_bytes()
    s.name = "Nama lain"
    with pytest.raises(FileExistsError):
        save_scenario(s, path)
    assert path.read_bytes() == before
    save_scenario(s, path, overwrite=True)
    assert open_scenario(path).name == "Nama lain"


def test_crash_during_save_leaves_the_old_file_intact(table, tmp_path, monkeypatch):
    s = full_scenario(table)
    path = save_scenario(s, tmp_path / "a.skenario.json")
    before = path.read_bytes()
    s.notes = "perubahan yang belum tersimpan"

    def crash(src, dst):
        raise OSError("power cut")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        save_scenario(s, path, overwrite=True)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.skenario.json"]  # no temp file left
    assert open_scenario(path).notes == "Catatan rapat: fokus desil 1-2."


def _expect(path: Path, code: str):
    before = path.read_bytes()
    with pytest.raises(ScenarioFileError) as e:
        open_scenario(path)
    assert isinstance(e.value, SasaranError)
    assert e.value.code == code
    assert path.read_bytes() == before  # opening never writes
    return e.value


def test_corrupt_and_truncated_files(table, tmp_path):
    good = save_scenario(full_scenario(table), tmp_path / "good.skenario.json").read_bytes()
    truncated = tmp_path / "truncated.skenario.json"
    truncated.write_bytes(good[: len(good) // 2])
    _expect(truncated, "corrupt")
    garbage = tmp_path / "garbage.skenario.json"
    garbage.write_bytes(b"\x00\xff\x10 not json")
    _expect(garbage, "corrupt")
    empty = tmp_path / "empty.skenario.json"
    empty.write_bytes(b"")
    _expect(empty, "corrupt")
    doc = json.loads(good)
    doc["scenario"]["zones"]["features"][0]["geometry"] = {"type": "Point", "coordinates": [1, 2]}
    wrong = tmp_path / "wrong.skenario.json"
    wrong.write_text(json.dumps(doc))
    err = _expect(wrong, "corrupt")
    assert "Point" in err.detail
    doc = json.loads(good)
    del doc["scenario"]["program_table"]
    missing = tmp_path / "missing.skenario.json"
    missing.write_text(json.dumps(doc))
    _expect(missing, "corrupt")
    doc = json.loads(good)
    doc["scenario"]["program_table"]["programs"][0]["lines"][0]["unit"] = "per_week"
    bad_table = tmp_path / "badtable.skenario.json"
    bad_table.write_text(json.dumps(doc))
    _expect(bad_table, "corrupt")
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"type": "FeatureCollection", "features": []}))
    _expect(other, "not_a_scenario")
    with pytest.raises(ScenarioFileError) as e:
        open_scenario(tmp_path / "none.skenario.json")
    assert e.value.code == "not_found"


def test_newer_version_is_refused_with_both_versions(table, tmp_path):
    doc = json.loads(save_scenario(full_scenario(table), tmp_path / "a.skenario.json").read_text())
    doc["version"] = VERSION + 1
    doc["scenario"]["something_new"] = {"x": 1}
    path = tmp_path / "new.skenario.json"
    path.write_text(json.dumps(doc))
    err = _expect(path, "newer_version")
    assert err.found == VERSION + 1 and err.supported == VERSION


def test_other_data_is_a_warning_the_caller_can_accept(table, villages, tmp_path):
    s = full_scenario(table)
    path = save_scenario(s, tmp_path / "a.skenario.json")
    other = make_table(villages, ROWS[:-1])
    before = path.read_bytes()
    with pytest.raises(ScenarioDataMismatch) as e:
        open_scenario(path, other)
    err = e.value
    assert isinstance(err, ScenarioFileError) and err.code == "data_mismatch"
    assert err.scenario.name == s.name and err.scenario.stale
    assert err.expected == s.data and err.found == other.fingerprint()
    assert path.read_bytes() == before
    loaded = open_scenario(path, other, accept_data_mismatch=True)
    assert loaded.stale and loaded.results == s.results
    loaded.evaluate(other)
    assert not loaded.stale and loaded.data.fingerprint == other.fingerprint()
    # the same data: no warning
    assert not open_scenario(path, table, fingerprint=table.fingerprint()).stale


def test_version_0_file_opens_through_the_migration(table, tmp_path):
    assert 0 in MIGRATIONS
    v0 = {
        "type": "sasaran-scenario",
        "version": 0,
        "name": "Draf lama",
        "notes": "dari uji coba",
        "author": "Dinsos",
        "zones": [
            {"id": "a", "name": "Desa A", "villages": [V1, V3], "programs": ["PKH", "SEMBAKO"]},
            {
                "id": "b",
                "name": "Poligon B",
                "wkt": "POLYGON ((106 -2, 106.1 -2, 106.1 -1.9, 106 -2))",
                "programs": ["PBI"],
            },
        ],
        "desil": [1, 2],
        "budget": 5_000_000_000,
        "fingerprint": table.fingerprint(),
        "households": len(table),
        "saved": "2024-05-01T08:00:00Z",
    }
    path = tmp_path / "lama.json"
    path.write_text(json.dumps(v0))
    s = open_scenario(path, table)
    assert s.name == "Draf lama" and s.author == "Dinsos"
    assert s.zones[0].villages == (V1, V3) and s.zones[0].geometry is None
    assert s.zones[1].geometry.geom_type == "Polygon"
    assert s.zone_programs == {"a": ("PKH", "SEMBAKO"), "b": ("PBI",)}
    assert s.rule("PBI").desil == (1, 2) and s.rule("PKH").lacks_program
    assert s.budget_cap == 5_000_000_000
    assert "versi 0" in s.notes and s.notes.startswith("dari uji coba")
    assert "PKH" in s.programs and s.programs.year is not None
    assert s.data.fingerprint == table.fingerprint()
    assert json.loads(path.read_text()) == v0  # the old file is not rewritten
    # saving writes the current version, which opens the same way
    again = open_scenario(save_scenario(s, tmp_path / "baru.skenario.json"))
    assert again.to_dict() == s.to_dict()


def test_events_and_digest_track_edits(table):
    s = Scenario(programs=simple_programs())
    seen = []
    s.events.zones.connect(lambda *a: seen.append("zones"))
    s.events.zone_programs.connect(lambda *a: seen.append("programs"))
    s.events.budget_cap.connect(lambda *a: seen.append("cap"))
    d0 = s.digest()
    s.add_zone(Zone("z", "Z", villages=(V1,)), ("A",))
    s.budget_cap = 500
    assert seen == ["zones", "programs", "cap"]
    d1 = s.digest()
    assert d1 != d0
    s.evaluate(table)
    assert s.digest() == d1  # results are not an edit
    s.remove_zone("z")
    assert s.zones == () and s.zone_programs == {} and s.digest() != d1
    s.add_zone(Zone("y", "Y"), ())
    with pytest.raises(ValueError):
        s.add_zone(Zone("y", "Y lagi"), ())


def test_recovery_copies(table, tmp_path):
    folder = tmp_path / "pemulihan"
    a = full_scenario(table)
    b = Scenario(name="Kedua", programs=simple_programs())
    pa = write_recovery(a, folder, original=tmp_path / "kantor" / "a.skenario.json")
    pb = write_recovery(b, folder)
    assert pa == recovery_path(folder, a) and pa.parent == folder
    os.utime(pa, (1, 1))
    (folder / "rusak.pemulihan.json").write_text("{ terpotong")
    found = list_recoveries(folder)
    assert {r.name for r in found if r.readable} == {a.name, "Kedua"}
    broken = [r for r in found if not r.readable]
    assert len(broken) == 1 and broken[0].error == "corrupt"
    rec_a = next(r for r in found if r.name == a.name)
    assert rec_a.original == "a.skenario.json" and rec_a.scenario_id == a.scenario_id
    assert str(tmp_path) not in pa.read_text()
    # a recovery copy is a scenario file
    assert open_scenario(pa).to_dict() == a.to_dict()
    # autosaving again replaces the copy of the same scenario
    a.notes = "lebih baru"
    write_recovery(a, folder)
    assert open_scenario(pa).notes == "lebih baru"
    assert len(list_recoveries(folder)) == 3
    discard_recovery(pa)
    discard_recovery(pa)  # already gone: fine
    assert pb.exists() and not pa.exists()
    assert list_recoveries(tmp_path / "none") == []


def test_data_ref_keeps_file_names_only(table):
    ref = DataRef.of(table)
    d = ref.to_dict()
    d["households_file"] = "C:\\Users\\dinsos\\data\\rt.xlsx"
    assert DataRef.from_dict(d).households_file == "rt.xlsx"


# --- the shipped examples --------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_table():
    from gis.demo.data import demo_paths
    from gis.model.importer import load_households
    from gis.model.villages import read_villages

    paths = demo_paths()
    table, _ = load_households(paths["households"], read_villages(paths["villages"]))
    return table


def example_files() -> list[Path]:
    folder = Path(str(resources.files("resources").joinpath("scenarios")))
    return sorted(folder.glob("*.skenario.json"))


def test_examples_open_on_the_demo_data_and_their_results_are_current(demo_table):
    files = example_files()
    assert [f.name for f in files] == [
        "skenario_a.skenario.json",
        "skenario_b.skenario.json",
        "skenario_c.skenario.json",
    ]
    fp = demo_table.fingerprint()
    names = []
    for f in files:
        s = open_scenario(f, demo_table, fingerprint=fp)  # raises on a data mismatch
        names.append(s.name)
        stored = s.results
        assert all(z.kind == "villages" for z in s.zones)
        s.evaluate(demo_table)
        assert s.results == stored, f.name
        assert s.results["households_reached"] > 0
    assert names == ["Skenario A", "Skenario B", "Skenario C"]
    a, b = (open_scenario(f) for f in files[:2])
    assert a.budget_cap == b.budget_cap and a.results["cap_binds"]
    assert np.isin(["KERJA", "UMKM"], open_scenario(files[2]).programs_used()).all()
