"""The mentor matching saved with the scenario: IDs only, round trip, old and newer files."""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest

from gis.demo.data import load_dataset
from gis.demo.mentors import write_demo_mentors
from gis.io.nik import mask_id
from gis.model.mentors import load_mentors
from gis.plan.family_matching import match_families, mentor_load
from gis.plan.matching import MatchRules
from gis.plan.saved_matching import (
    MATCHING_VERSION,
    matching_fits,
    matching_record,
    saved_mentor_ids,
)
from gis.plan.scenario import (
    VERSION,
    Scenario,
    ScenarioFileError,
    open_scenario,
    save_scenario,
)


def _nip_as_id(src, dst):
    """The same mentor list, but with the NIP in the ID column (as some BKD exports do)."""
    with open(src, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    with open(dst, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        for row in rows:
            w.writerow({**row, "id_pendamping": row["nip"]})
    return dst


@pytest.fixture(scope="module")
def data(demo_paths, tmp_path_factory):
    ds = load_dataset(
        {
            "villages": demo_paths.villages,
            "households": demo_paths.households,
            "psks": demo_paths.psks,
        },
        label="uji",
    )
    table = ds.households
    folder = tmp_path_factory.mktemp("mentors")
    plain = write_demo_mentors(folder / "m.csv", table.villages, count=60)
    pools = {
        "own_id": load_mentors(plain, table.villages)[0],
        "nip_id": load_mentors(_nip_as_id(plain, folder / "nip.csv"), table.villages)[0],
    }
    return table, pools


def _record(table, pool, rules=None):
    mask = table.desil <= 2
    matching = match_families(table, pool, mask, rules or MatchRules(max_km=20.0))
    return matching, matching_record(matching, table, pool, mentor_load(matching, pool), "m.csv")


@pytest.mark.parametrize("kind", ["own_id", "nip_id"])
def test_round_trip_keeps_the_matching_and_its_pairs(data, kind, tmp_path):
    table, pools = data
    pool = pools[kind]
    rules = MatchRules(max_km=15.0, competence="hard", priority="desil")
    matching, record = _record(table, pool, rules)
    r = matching.result
    assert r.assigned.any() and (~r.assigned).any()
    s = Scenario(name="uji")
    s.evaluate(table)
    before = s.digest()
    s.matching = record
    assert s.digest() != before  # an unsaved change
    path = save_scenario(s, tmp_path / "m.skenario.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["version"] == VERSION  # an optional member: the previous reader still opens it
    back = open_scenario(path, table)
    assert back.matching == json.loads(json.dumps(record))
    saved = back.matching
    assert saved["version"] == MATCHING_VERSION
    assert saved["rules"] == {**rules.to_dict(), "penalty_km": None}
    assert saved["solver"]["status"] == r.status and saved["solver"]["objective"] == r.objective
    ids = saved_mentor_ids(pool)
    expected = [
        [str(table.hh_id[f]), str(ids[m])]
        for f, m in zip(matching.families.tolist(), r.mentor.tolist())
        if m >= 0
    ]
    assert saved["pairs"] == expected
    assert saved["summary"]["optimised"]["assigned"] == len(expected)
    assert matching_fits(saved, table, pool)
    other = pools["nip_id" if kind == "own_id" else "own_id"]
    assert not matching_fits(saved, table, other)  # other IDs: other data


@pytest.mark.parametrize("kind", ["own_id", "nip_id"])
def test_no_name_nik_kk_or_clear_nip_in_the_file(data, kind, tmp_path):
    table, pools = data
    pool = pools[kind]
    assert table.name is not None and pool.name is not None and pool.nip is not None
    matching, record = _record(table, pool)
    s = Scenario(name="uji", matching=record)
    text = save_scenario(s, tmp_path / "p.skenario.json").read_text(encoding="utf-8")
    fams = matching.families
    for arr in (table.name, table.nik, table.kk, table.address):
        if arr is not None:
            for value in np.asarray(arr)[fams]:
                if str(value).strip():
                    assert str(value) not in text
    for value in (*pool.name, *pool.nip):
        assert str(value) not in text
    if kind == "nip_id":  # the NIP used as ID is stored masked
        used = {p[1] for p in record["pairs"]}
        assert used and used <= {mask_id(v) for v in pool.nip}


def test_file_without_a_matching_opens_and_is_written_as_before(data, tmp_path):
    table, _ = data
    s = Scenario(name="lama")
    path = save_scenario(s, tmp_path / "lama.skenario.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert "matching" not in doc["scenario"]  # unchanged layout for files without one
    assert open_scenario(path).matching is None


def _write_with(tmp_path, data, change):
    table, pools = data
    _, record = _record(table, pools["own_id"])
    doc = json.loads(
        save_scenario(
            Scenario(matching=record), tmp_path / "a.skenario.json", overwrite=True
        ).read_text()
    )
    change(doc["scenario"]["matching"])
    path = tmp_path / "b.skenario.json"  # rewritten per case
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_newer_matching_layout_is_refused_and_a_broken_one_is_corrupt(data, tmp_path):
    path = _write_with(tmp_path, data, lambda m: m.update(version=MATCHING_VERSION + 1))
    text = path.read_bytes()
    with pytest.raises(ScenarioFileError) as err:
        open_scenario(path)
    assert err.value.code == "newer_version"
    assert err.value.found == MATCHING_VERSION + 1 and err.value.path.name == "b.skenario.json"
    assert path.read_bytes() == text  # reading never writes
    for broken in (
        lambda m: m.update(pairs=[["a"]]),
        lambda m: m.update(pairs=[[1, 2]]),
        lambda m: m.pop("summary"),
    ):
        with pytest.raises(ScenarioFileError) as err:
            open_scenario(_write_with(tmp_path, data, broken))
        assert err.value.code == "corrupt"
