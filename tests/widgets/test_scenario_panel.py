"""The scenario panel on the demo province: meter, cut list, files, unsaved changes, recovery."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from gis.model.edits import AddZone, RemoveZone, SetFilter
from gis.model.filters import HouseholdFilter
from gis.model.zones import Zone
from gis.plan.allocation import EligibilityRule, allocate
from gis.plan.scenario import list_recoveries, open_scenario
from tests.widgets.test_examples import run_examples
from widgets.base import files
from widgets.base.undo import UndoStack
from widgets.scenario.program_table_dialog import ProgramTableDialog
from widgets.scenario.scenario_common import example_scenarios
from widgets.scenario.scenario_panel import (
    DEFAULT_ZONE_PROGRAMS,
    ScenarioPanel,
    desil_text,
    parse_desil,
)

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = dict(example_scenarios())

#: fixtures: demo_data, demo_ws (the shipped demo province), answers (message boxes)
pytest_plugins = ["tests.widgets.scenario_helpers"]


def kecamatan_zone(ws, i: int = 0, zone_id: str = "zona-1") -> Zone:
    v = ws.villages
    kec = v.kec_codes[i]
    codes = tuple(v.codes[v.codes.astype("U6") == kec])
    return Zone(zone_id, f"Kecamatan {v.kec_names[i]}", villages=codes)


@pytest.fixture
def panel(qtbot, demo_ws, tmp_path):
    p = ScenarioPanel(
        demo_ws, UndoStack(demo_ws), recovery_folder=tmp_path / "pemulihan", autosave_minutes=0
    )
    qtbot.addWidget(p)
    p.resize(420, 760)
    return p


def settle(panel) -> None:
    assert panel.wait(30)
    assert not panel.busy


def direct(panel):
    """The allocation of the panel's scenario computed straight from gis."""
    return allocate(panel.workspace.households, panel.scenario)


def test_desil_text_round_trip():
    assert parse_desil("1-4") == (1, 2, 3, 4)
    assert parse_desil("1, 2 5") == (1, 2, 5)
    assert parse_desil("1 - 4") == parse_desil("1–4") == (1, 2, 3, 4)
    assert parse_desil("") == ()
    assert parse_desil("1-x") is None and parse_desil("11") is None
    assert desil_text((1, 2, 3, 4, 7)) == "1-4, 7"


def test_zones_follow_the_workspace_with_default_programs(panel, demo_ws):
    AddZone(kecamatan_zone(demo_ws)).apply(demo_ws)
    sc = panel.scenario
    assert [z.zone_id for z in sc.zones] == ["zona-1"]
    assert sc.zone_programs["zona-1"] == DEFAULT_ZONE_PROGRAMS
    # the planner changes the zone's programs; deleting and undoing keeps them
    panel.set_zone_programs("zona-1", ("PKH", "PIP"))
    inverse = RemoveZone("zona-1").apply(demo_ws)
    assert sc.zones == () and "zona-1" not in sc.zone_programs
    inverse.apply(demo_ws)
    assert sc.zone_programs["zona-1"] == ("PKH", "PIP")
    # the boxes of the selected zone show what it delivers
    assert panel._program_checks["PIP"].isChecked()
    assert not panel._program_checks["SEMBAKO"].isChecked()
    panel._program_checks["SEMBAKO"].click()
    assert set(sc.zone_programs["zona-1"]) == {"PKH", "PIP", "SEMBAKO"}
    # the filter of the workspace is the scenario's
    SetFilter(HouseholdFilter(desil=(1, 2))).apply(demo_ws)
    assert sc.filter.desil == (1, 2)


def test_meter_follows_an_amount_edited_in_the_program_table(panel, demo_ws, qtbot):
    AddZone(kecamatan_zone(demo_ws)).apply(demo_ws)
    settle(panel)
    before = panel.allocation.summary["cost"]
    assert before == direct(panel).summary["cost"] > 0
    assert panel.meter.state == "free"  # no cap yet

    dlg = ProgramTableDialog(panel.scenario.programs, panel)
    qtbot.addWidget(dlg)
    old = panel.scenario.programs.get("SEMBAKO").lines[0].amount
    assert dlg.edit_cell("SEMBAKO", "bantuan_pangan", "amount", str(old + 100_000))
    assert panel.busy  # the meter waits for the pause after the edit
    settle(panel)
    after = panel.allocation.summary["cost"]
    sembako = panel.allocation.summary["by_program"]["SEMBAKO"]["households"]
    assert after - before == sembako * 100_000 * 12
    assert after == direct(panel).summary["cost"]
    assert panel.is_dirty()
    dlg.reject()  # "Batalkan perubahan": the table and the meter go back
    settle(panel)
    assert panel.scenario.programs.get("SEMBAKO").lines[0].amount == old
    assert panel.allocation.summary["cost"] == before


def test_a_binding_cap_turns_the_meter_red_and_lists_who_is_cut(panel, demo_ws, qtbot):
    AddZone(kecamatan_zone(demo_ws)).apply(demo_ws)
    settle(panel)
    full = panel.allocation.summary["cost"]
    # the planner ticks the cap and types half the cost, in millions
    panel.cap_check.setChecked(True)
    assert panel.cap_edit.set_text(f"{round(full / 2e6)} juta")
    settle(panel)
    s = panel.allocation.summary
    assert panel.scenario.budget_cap == round(full / 2e6) * 1_000_000
    assert s["cap_binds"] and s["households_cut"] > 0
    assert panel.meter.state == "binds"
    img = panel.meter.grab().toImage()
    red = QColor(img.pixelColor(4, img.height() // 2))
    assert red.red() > 150 and red.green() < 100 and red.blue() < 100
    model = panel.cut_model
    assert model.rowCount() == s["households_cut"] == direct(panel).summary["households_cut"]
    assert "Terpotong" in panel.tabs.tabText(2) and "(" in panel.tabs.tabText(2)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert not any(w in " ".join(headers).lower() for w in ("nama", "nik", "alamat"))
    # in priority order, with the reason; desil never decreases down the list
    desil = [int(model.value(r, "desil")) for r in range(model.rowCount())]
    assert desil == sorted(desil)
    assert model.value(0, "reason") == "di luar pagu (urutan prioritas)"
    assert panel.cut["hh_id"][0] in demo_ws.households.hh_id
    # lifting the cap: nobody is cut, the meter is no longer red
    panel.cap_check.setChecked(False)
    settle(panel)
    assert panel.meter.state == "free" and model.rowCount() == 0


def test_rules_and_priority_are_edited_in_the_tables(panel, demo_ws):
    AddZone(kecamatan_zone(demo_ws)).apply(demo_ws)
    rows = {
        panel.rules_table.item(r, 0).data(Qt.ItemDataRole.UserRole): r
        for r in range(panel.rules_table.rowCount())
    }
    assert set(rows) == set(DEFAULT_ZONE_PROGRAMS)
    panel.rules_table.item(rows["PKH"], 1).setText("1-2")
    assert panel.scenario.rule("PKH").desil == (1, 2)
    panel.rules_table.item(rows["PKH"], 1).setText("desil satu")  # unreadable: kept
    assert panel.scenario.rule("PKH").desil == (1, 2)
    panel.rules_table.item(rows["PBI"], 2).setCheckState(Qt.CheckState.Unchecked)
    assert panel.scenario.rule("PBI") == EligibilityRule((1, 2, 3, 4), (), False)
    settle(panel)
    assert panel.allocation.summary["cost"] == direct(panel).summary["cost"]

    panel.priority_list.setCurrentRow(1)
    panel._move_priority(-1)
    assert panel.scenario.priority == ("-ppks_count", "desil", "-members")
    panel._flip_priority()
    assert panel.scenario.priority[0] == "ppks_count"
    assert "paling sedikit" in panel.priority_list.item(0).text()


def test_save_and_reopen(panel, demo_ws, tmp_path, monkeypatch, answers):
    AddZone(kecamatan_zone(demo_ws)).apply(demo_ws)
    panel.name_edit.setText("")
    panel.name_edit.textEdited.emit("Skenario uji")
    panel.set_budget_cap(2_000_000_000)
    target = tmp_path / "uji"
    monkeypatch.setattr(files, "ask_save_path", lambda *a, **k: str(target))
    assert panel.save_as()
    path = tmp_path / "uji.skenario.json"
    assert panel.file_path == path and not panel.is_dirty()
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["scenario"]["name"] == "Skenario uji"
    assert doc["scenario"]["results"]["cost"] == direct(panel).summary["cost"]
    text = path.read_text(encoding="utf-8")
    assert str(tmp_path) not in text  # no folders in a scenario file

    # a second session opens it: same plan, zones back in the workspace
    other_ws = type(demo_ws)(demo_ws.data)
    other = ScenarioPanel(other_ws, recovery_folder=tmp_path / "r2", autosave_minutes=0)
    assert other.open_file(path)
    assert other.scenario.digest() == panel.scenario.digest()
    assert [z.zone_id for z in other_ws.zones] == ["zona-1"]
    assert other.name_edit.text() == "Skenario uji" and other.cap_check.isChecked()
    assert not other.is_dirty()
    assert not answers.asked  # no question on a clean open

    # Save as onto an existing file: only after a yes
    before = path.read_bytes()
    other.scenario.notes = "catatan baru"
    monkeypatch.setattr(files, "ask_save_path", lambda *a, **k: str(path))
    monkeypatch.setattr(files, "confirm_overwrite", lambda *a, **k: False)
    assert not other.save_as()
    assert path.read_bytes() == before
    monkeypatch.setattr(files, "confirm_overwrite", lambda *a, **k: True)
    assert other.save_as()
    assert json.loads(path.read_text(encoding="utf-8"))["scenario"]["notes"] == "catatan baru"
    other.deleteLater()


@pytest.mark.parametrize(
    ("case", "words"),
    [
        ("truncated", ["rusak", "tidak diubah"]),
        ("newer", ["lebih baru", "tidak diubah"]),
        ("other", ["bukan berkas skenario"]),
    ],
)
def test_bad_files_are_worded_and_left_untouched(panel, demo_ws, tmp_path, answers, case, words):
    AddZone(kecamatan_zone(demo_ws)).apply(demo_ws)
    src = EXAMPLES["Skenario A"]
    bad = tmp_path / f"{case}.skenario.json"
    if case == "truncated":
        bad.write_bytes(src.read_bytes()[:700])
    elif case == "newer":
        doc = json.loads(src.read_text(encoding="utf-8"))
        doc["version"] = 7
        bad.write_text(json.dumps(doc), encoding="utf-8")
    else:
        bad.write_text(json.dumps({"type": "FeatureCollection", "features": []}), encoding="utf-8")
    before = bad.read_bytes()
    mtime = bad.stat().st_mtime_ns
    digest = panel.scenario.digest()
    assert not panel.open_file(bad)
    assert len(answers.asked) == 1
    msg = answers.asked[0]
    assert msg.title == "Skenario tidak dapat dibuka"
    assert bad.name in msg.text
    for w in words:
        assert w in msg.text
    if case == "newer":
        assert "7" in msg.detail and "1" in msg.detail
    assert bad.read_bytes() == before and bad.stat().st_mtime_ns == mtime
    assert panel.scenario.digest() == digest  # the open scenario is untouched
    assert [z.zone_id for z in demo_ws.zones] == ["zona-1"]


def test_a_file_from_other_data_is_opened_only_when_asked(panel, demo_ws, tmp_path, answers):
    doc = json.loads(EXAMPLES["Skenario A"].read_text(encoding="utf-8"))
    doc["scenario"]["data"]["fingerprint"] = "0000000000000000"
    other = tmp_path / "lain.skenario.json"
    other.write_text(json.dumps(doc), encoding="utf-8")
    before = other.read_bytes()

    answers.queue.append("Batal")
    assert not panel.open_file(other)
    assert "data rumah tangga lain" in answers.asked[-1].text
    assert demo_ws.zones == []

    answers.queue.append("Buka dan hitung ulang")
    assert panel.open_file(other)
    assert panel.scenario.name == "Skenario A"
    assert panel.stale_label.isVisibleTo(panel)
    assert panel.is_dirty()  # its stored figures are for other data: saving is offered
    settle(panel)
    assert panel.scenario.data.fingerprint == demo_ws.households.fingerprint()
    assert panel.allocation.summary == direct(panel).summary
    assert other.read_bytes() == before


def test_unsaved_changes_prompt(panel, demo_ws, tmp_path, monkeypatch, answers, qtbot):
    assert panel.maybe_save()  # nothing changed: no question
    assert not answers.asked
    panel.name_edit.textEdited.emit("Perubahan")
    assert panel.is_dirty()
    qtbot.waitUntil(lambda: "perubahan belum disimpan" in panel.file_label.text())

    answers.queue.append("Batal")
    assert not panel.maybe_save()
    assert set(answers.asked[-1].buttons) == {"Simpan", "Jangan simpan", "Batal"}

    target = tmp_path / "disimpan.skenario.json"
    monkeypatch.setattr(files, "ask_save_path", lambda *a, **k: str(target))
    answers.queue.append("Simpan")
    assert panel.maybe_save()
    assert target.exists() and not panel.is_dirty()

    panel.scenario.author = "Bidang Perencanaan"
    answers.queue.append("Jangan simpan")
    assert panel.maybe_save()
    assert json.loads(target.read_text(encoding="utf-8"))["scenario"]["author"] == ""

    # opening another scenario asks first, and "Batal" keeps everything
    panel.scenario.author = "lagi"
    answers.queue.append("Batal")
    assert not panel.open_file(EXAMPLES["Skenario B"])
    assert panel.scenario.author == "lagi"


def test_recovery_is_offered_after_a_crash(qtbot, demo_data, tmp_path, answers):
    from gis.model.workspace import Workspace

    folder = tmp_path / "pemulihan"
    ws1 = Workspace(demo_data)
    first = ScenarioPanel(ws1, recovery_folder=folder, autosave_minutes=0)
    AddZone(kecamatan_zone(ws1, 2, "zona-7")).apply(ws1)
    first.name_edit.textEdited.emit("Belum sempat disimpan")
    first.set_budget_cap(1_500_000_000)
    copy = first.autosave_now()
    assert copy is not None and copy.parent == folder
    assert first.autosave_now() is None  # nothing new since the last copy
    # the application dies here: no maybe_save, the copy stays
    first.deleteLater()
    del first
    assert len(list_recoveries(folder)) == 1

    ws2 = Workspace(demo_data)
    second = ScenarioPanel(ws2, recovery_folder=folder, autosave_minutes=0)
    qtbot.addWidget(second)
    answers.queue.append("Nanti")
    assert not second.offer_recovery()
    assert "Belum sempat disimpan" in answers.asked[-1].text
    assert copy.exists()

    answers.queue.append("Pulihkan")
    assert second.offer_recovery()
    assert second.scenario.name == "Belum sempat disimpan"
    assert second.scenario.budget_cap == 1_500_000_000
    assert [z.zone_id for z in ws2.zones] == ["zona-7"]
    assert second.is_dirty()  # recovered, not yet saved to a file
    settle(second)
    assert second.allocation.summary == direct(second).summary

    # saving it removes the recovery copy
    assert second.save_as(tmp_path / "pulih.skenario.json")
    assert not copy.exists() and list_recoveries(folder) == []


def test_autosave_timer_writes_a_copy(qtbot, demo_ws, tmp_path):
    folder = tmp_path / "auto"
    p = ScenarioPanel(demo_ws, recovery_folder=folder, autosave_minutes=0.001)
    qtbot.addWidget(p)
    p.name_edit.textEdited.emit("Otomatis")
    qtbot.waitUntil(lambda: len(list_recoveries(folder)) == 1, timeout=5000)
    sc = open_scenario(list_recoveries(folder)[0].path)
    assert sc.name == "Otomatis"


def test_example_opens_as_a_copy(panel, demo_ws, answers, monkeypatch, tmp_path):
    assert panel.open_file(EXAMPLES["Skenario A"])
    assert not answers.asked  # computed on this very data: no warning
    assert panel.file_path is None and "contoh" in panel.file_label.text()
    settle(panel)
    stored = json.loads(EXAMPLES["Skenario A"].read_text(encoding="utf-8"))["scenario"]["results"]
    assert panel.allocation.summary["cost"] == stored["cost"]
    assert panel.meter.state == "binds"
    # "Simpan" of an example asks for a new file, never writes into resources/
    asked = []
    monkeypatch.setattr(files, "ask_save_path", lambda *a, **k: asked.append(a) or "")
    assert not panel.save()
    assert asked


def test_no_data_and_bad_programs_are_said_in_the_meter(qtbot, demo_ws, tmp_path):
    from gis.model.workspace import Workspace

    empty = ScenarioPanel(Workspace(), recovery_folder=tmp_path, autosave_minutes=0)
    qtbot.addWidget(empty)
    settle(empty)
    assert empty.meter.state == "empty" and "data" in empty.meter.text.lower()

    p = ScenarioPanel(demo_ws, recovery_folder=tmp_path, autosave_minutes=0)
    qtbot.addWidget(p)
    AddZone(kecamatan_zone(demo_ws)).apply(demo_ws)
    p.set_zone_programs("zona-1", ("PKH", "TIDAK_ADA"))
    settle(p)
    assert p.meter.state == "error"
    assert "tidak ada di tabel biaya" in p.error and "TIDAK_ADA" in p.error


def test_panels_run_on_their_own(tmp_path):
    """Each panel module starts on the demo province, shows, and closes (DESIGN 10)."""
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", SASARAN_EXAMPLE_SECONDS="1.5")
    env.pop("SASARAN_DEMO_DIR", None)  # the shipped demo: the examples were made on it
    names = tuple(
        f"scenario.{n}"
        for n in ("scenario_panel", "program_table_dialog", "suggest_panel", "comparison_view")
    )
    run_examples(names, env, tmp_path, seconds=90)


def test_models_outlive_the_panels(demo_ws, tmp_path):
    """A deleted panel never breaks the scenario or workspace that it watched."""
    import shiboken6

    from gis.plan.scenario import Scenario
    from widgets.scenario.comparison_view import ComparisonView
    from widgets.scenario.suggest_panel import SuggestPanel

    sc = Scenario()
    widgets = [
        ScenarioPanel(demo_ws, scenario=sc, recovery_folder=tmp_path, autosave_minutes=0),
        SuggestPanel(demo_ws, sc),
        ProgramTableDialog(sc.programs),
        ComparisonView(demo_ws),
    ]
    for w in widgets:
        shiboken6.delete(w)
    AddZone(kecamatan_zone(demo_ws)).apply(demo_ws)
    sc.programs.set_amount("PKH", "anak_sd", 1_000_000)
    sc.budget_cap = 5_000_000
    demo_ws.set_show_personal(True)
    demo_ws.set_data(demo_ws.data)


def test_a_slow_evaluation_shows_progress_and_can_be_cancelled(panel, demo_ws, qtbot, monkeypatch):
    import widgets.scenario.plan_evaluator as sp
    from gis.errors import Cancelled

    def slow(table, generation, *, masks, progress=None, cancelled=None, **plan):
        progress(0.5, "setengah")
        end = time.monotonic() + 10  # never hold a pool thread past the test
        while not cancelled() and time.monotonic() < end:
            time.sleep(0.01)
        raise Cancelled()

    monkeypatch.setattr(sp, "evaluate_plan", slow)
    AddZone(kecamatan_zone(demo_ws)).apply(demo_ws)
    panel.refresh()
    qtbot.waitUntil(lambda: panel.job_strip.isVisibleTo(panel), timeout=5000)
    qtbot.waitUntil(lambda: panel.job_strip.bar.value() > 0, timeout=5000)
    assert panel.busy
    panel.job_strip.cancel_button.click()
    qtbot.waitUntil(lambda: not panel.busy, timeout=5000)
    assert not panel.job_strip.isVisibleTo(panel)
    assert "dibatalkan" in panel.meter_detail.text()


def test_a_scenario_opened_before_the_data_says_so_when_they_arrive(qtbot, demo_data, tmp_path):
    from gis.model.workspace import Workspace

    doc = json.loads(EXAMPLES["Skenario A"].read_text(encoding="utf-8"))
    doc["scenario"]["data"]["fingerprint"] = "1111111111111111"
    early = tmp_path / "awal.skenario.json"
    early.write_text(json.dumps(doc), encoding="utf-8")
    ws = Workspace()
    p = ScenarioPanel(ws, recovery_folder=tmp_path / "r", autosave_minutes=0)
    qtbot.addWidget(p)
    assert p.open_file(early)  # no data yet: nothing to check against
    assert not p.stale_label.isVisibleTo(p)
    ws.set_data(demo_data)
    settle(p)
    assert p.stale_label.isVisibleTo(p)
    assert p.scenario.data.fingerprint == demo_data.households.fingerprint()


def _other_register(data):
    """The same province with another register (as after importing a newer export)."""
    import dataclasses

    import numpy as np

    table = data.households
    other = dataclasses.replace(table, desil=np.roll(table.desil, 1).copy())
    assert other.fingerprint() != table.fingerprint()
    return dataclasses.replace(data, households=other)


@pytest.mark.parametrize("zones", [0, 1, 2])
def test_a_new_unsaved_scenario_is_never_from_other_data(panel, demo_ws, zones):
    for i in range(zones):
        AddZone(kecamatan_zone(demo_ws, i, f"zona-{i + 1}")).apply(demo_ws)
    settle(panel)  # the panel's scenario: new, never saved
    assert panel.scenario.data is not None and panel.file_path is None
    for _ in range(2):  # an import, then another
        demo_ws.set_data(_other_register(demo_ws.data))
        settle(panel)
        assert not panel.stale_label.isVisibleTo(panel)
        assert panel.scenario.data.fingerprint == demo_ws.households.fingerprint()


def test_a_saved_scenario_says_its_file_holds_other_data(panel, demo_ws, tmp_path):
    AddZone(kecamatan_zone(demo_ws)).apply(demo_ws)
    settle(panel)
    assert panel.save_as(tmp_path / "rencana.skenario.json")
    demo_ws.set_data(_other_register(demo_ws.data))
    settle(panel)
    assert panel.stale_label.isVisibleTo(panel)
    assert panel.save()  # the file now holds this data: nothing to warn about
    assert not panel.stale_label.isVisibleTo(panel)
