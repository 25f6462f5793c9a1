"""Each part of the scenario panel works alone, without the panel around it.

The panel (widgets/scenario/scenario_panel.py) only composes these parts;
here each is given a scenario, a summary or a cut of the shipped demo
province and shown to do its one job.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gis.model.edits import AddZone
from gis.model.zones import Zone
from gis.plan.allocation import EligibilityRule
from gis.plan.scenario import Scenario
from widgets.base.fmt import num
from widgets.scenario.budget_meter import BudgetView
from widgets.scenario.cut_list import CutList
from widgets.scenario.eligibility_editor import EligibilityEditor
from widgets.scenario.plan_evaluator import PlanEvaluator, ZoneMasks, evaluate_plan
from widgets.scenario.scenario_common import rupiah_short
from widgets.scenario.scenario_files import ScenarioFiles
from widgets.scenario.scenario_notes import ScenarioNotes
from widgets.scenario.zone_programs import ZoneProgramsEditor

#: fixtures: demo_data, demo_ws (the shipped demo province), answers (message boxes)
pytest_plugins = ["tests.widgets.scenario_helpers"]


@pytest.fixture
def zoned(demo_ws):
    """The demo workspace with its first two kecamatan drawn as zones."""
    v = demo_ws.villages
    for i in range(2):
        codes = tuple(v.codes[v.codes.astype("U6") == v.kec_codes[i]])
        AddZone(Zone(f"zona-{i + 1}", f"Kecamatan {v.kec_names[i]}", villages=codes)).apply(demo_ws)
    return demo_ws


def scenario_on(ws, cap=None, programs=("PKH", "SEMBAKO")) -> Scenario:
    sc = Scenario(name="Uji bagian")
    for z in ws.zones:
        sc.add_zone(z, programs)
    sc.filter = ws.filter
    sc.budget_cap = cap
    return sc


def evaluated(ws, sc):
    """(allocation, cut) of the scenario's plan, computed as the panel's evaluator does."""
    _, alloc, cut, _ = evaluate_plan(
        ws.households,
        1,
        masks=ZoneMasks.of(ws, sc.zones),
        zones=tuple(sc.zones),
        zone_programs=dict(sc.zone_programs),
        rules=dict(sc.rules),
        programs=sc.programs.copy(),
        budget_cap=sc.budget_cap,
        priority=tuple(sc.priority),
        household_filter=sc.filter,
    )
    return alloc, cut


@pytest.mark.parametrize(("cap_share", "state"), [(None, "free"), (0.3, "binds"), (2.0, "ok")])
def test_the_budget_meter_shows_the_figures_of_a_summary(qtbot, zoned, cap_share, state):
    free = evaluated(zoned, scenario_on(zoned))[0].summary["cost"]
    cap = None if cap_share is None else int(free * cap_share)
    sc = scenario_on(zoned, cap)
    s = evaluated(zoned, sc)[0].summary
    view = BudgetView()
    qtbot.addWidget(view)
    view.show_summary(s, sc.programs, has_zones=True)
    assert view.meter.state == state
    detail = view.meter_detail.text()
    assert f"<b>{num(s['households_reached'])}</b>" in detail
    assert rupiah_short(s["cost"]) in detail
    if state == "binds":
        assert rupiah_short(s["eligible_cost"]) in view.meter.text
        assert f"<b>{num(s['households_cut'])}</b>" in detail
    elif state == "ok":
        assert rupiah_short(cap) in view.meter.text
        assert view.meter.fraction == pytest.approx(s["cost"] / cap)
    view.show_summary(s, sc.programs, has_zones=False)
    assert view.meter.state == "empty"
    view.show_error("zona <rusak>")
    assert view.meter.state == "error" and "&lt;rusak&gt;" in view.meter_detail.text()


def test_the_budget_view_says_what_cap_the_planner_wants(qtbot):
    view = BudgetView()
    qtbot.addWidget(view)
    wanted = []
    view.sig_cap_wanted.connect(wanted.append)
    view.show_cap(None)
    assert not view.cap_check.isChecked() and not view.cap_edit.isEnabled() and not wanted
    view.cap_check.setChecked(True)  # no amount yet: nothing is asked for
    assert wanted == [] and view.cap_edit.isEnabled()
    view.cap_edit.set_value(2_000_000_000)
    view.cap_check.setChecked(False)
    view.cap_check.setChecked(True)
    assert wanted[-2:] == [None, 2_000_000_000]
    before = list(wanted)
    view.show_cap(750_000_000)  # showing the scenario's cap asks for nothing
    assert wanted == before and view.cap_edit.value() == 750_000_000


def test_the_cut_list_shows_a_cut_without_personal_data(qtbot, zoned):
    sc = scenario_on(zoned)
    free = evaluated(zoned, sc)[0].summary["cost"]
    sc.budget_cap = int(free * 0.5)
    _, cut = evaluated(zoned, sc)
    assert cut is not None and len(cut["row"]) > 0
    part = CutList(zoned)
    qtbot.addWidget(part)
    part.show_cut(cut)
    model = part.cut_model
    assert model.rowCount() == len(cut["row"])
    assert num(len(cut["row"])) in part.cut_label.text()
    assert rupiah_short(int(cut["short_by"].max())) in part.cut_label.text()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert not any(h in ("Nama", "NIK", "Alamat") for h in headers)
    ranks = [int(r) for r in cut["rank"]]
    assert ranks == sorted(ranks)  # in priority order
    assert model.value(0, "rank") == num(ranks[0] + 1)
    part.show_cut(None)
    assert model.rowCount() == 0 and "Tidak ada" in part.cut_label.text()


def test_the_eligibility_editor_writes_rules_and_priority_into_the_scenario(qtbot, zoned):
    sc = scenario_on(zoned)
    part = EligibilityEditor(sc)
    qtbot.addWidget(part)
    table = part.rules_table
    assert [table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(table.rowCount())] == [
        "PKH",
        "SEMBAKO",
    ]
    table.item(0, 1).setText("1 - 3")
    assert sc.rule("PKH").desil == (1, 2, 3)
    table.item(1, 3).setText("8, 9")
    assert sc.rule("SEMBAKO").ppks_any == (8, 9)
    table.item(1, 3).setText("99")  # unreadable: the rule stays
    assert sc.rule("SEMBAKO").ppks_any == (8, 9)
    part.set_rule("PKH", None)
    assert "PKH" not in sc.rules
    part.set_rule("SEMBAKO", EligibilityRule((1, 2), (), True))
    assert sc.rule("SEMBAKO").desil == (1, 2)
    keys = list(sc.priority)
    part.show_priority()
    part.priority_list.setCurrentRow(0)
    part.flip_priority()
    assert sc.priority[0] == (keys[0][1:] if keys[0].startswith("-") else "-" + keys[0])
    if len(keys) > 1:
        part.show_priority()
        part.priority_list.setCurrentRow(0)
        part.move_priority(1)
        assert sc.priority[1].lstrip("-") == keys[0].lstrip("-")


def test_the_zone_programs_editor_ticks_programs_and_follows_the_current_zone(qtbot, zoned):
    sc = scenario_on(zoned, programs=("PKH",))
    part = ZoneProgramsEditor(zoned, sc)
    qtbot.addWidget(part)
    assert part.zone_table.rowCount() == 2
    assert part.zone_table.item(0, 2).text() == "–"  # no figures before an evaluation
    zoned.set_current_zone("zona-2")
    part.select_zone("zona-2")
    assert part.selected_zone_id() == "zona-2"
    part._program_checks["SEMBAKO"].setChecked(True)
    assert sc.zone_programs["zona-2"] == ("PKH", "SEMBAKO")
    assert sc.zone_programs["zona-1"] == ("PKH",)
    part.apply_programs_to_all()
    assert sc.zone_programs["zona-1"] == ("PKH", "SEMBAKO")
    part.zone_table.selectRow(0)
    assert zoned.current_zone == "zona-1"
    alloc, _ = evaluated(zoned, sc)
    part.set_allocation(alloc)
    part.show_zones()
    by_zone = {z["zone_id"]: z for z in alloc.summary["by_zone"]}
    assert part.zone_table.item(0, 2).text() == num(by_zone["zona-1"]["reached"])


def test_the_notes_part_writes_author_and_notes(qtbot):
    sc = Scenario(name="Catatan", author="Bappeda", notes="awal")
    part = ScenarioNotes(sc)
    qtbot.addWidget(part)
    assert part.author_edit.text() == "Bappeda" and part.notes_edit.toPlainText() == "awal"
    part.author_edit.textEdited.emit("Dinas Sosial")
    part.notes_edit.setPlainText("pagu dari APBD")
    assert sc.author == "Dinas Sosial" and sc.notes == "pagu dari APBD"


def test_the_file_controller_saves_and_reopens(qtbot, tmp_path, answers, monkeypatch):
    adopted = []

    def adopt(sc, path, saved):
        adopted.append(sc)
        files.track(sc, path, saved)

    files = ScenarioFiles(
        lambda: None, adopt, recovery_folder=tmp_path / "pemulihan", autosave_minutes=0
    )
    qtbot.addWidget(files)
    sc = Scenario(name="Rapat Senin", budget_cap=1_500_000_000)
    files.track(sc, None, saved=False)
    assert files.is_dirty() and "belum ada" in files.file_label.text()
    assert files.autosave_now() is not None  # unsaved: a recovery copy is written
    assert list((tmp_path / "pemulihan").iterdir())
    assert files.save_as(tmp_path / "rapat")
    path = tmp_path / "rapat.skenario.json"
    assert files.file_path == path and path.is_file() and not files.is_dirty()
    assert not list((tmp_path / "pemulihan").iterdir())  # saved: the copy is gone
    assert "rapat.skenario.json" in files.file_label.text()
    sc.name = "Rapat Selasa"
    assert files.is_dirty()
    answers.queue.append("Jangan simpan")
    assert files.open_file(path)
    reopened = adopted[-1]
    assert reopened is not sc and reopened.name == "Rapat Senin"
    assert reopened.budget_cap == 1_500_000_000
    assert files.file_path == path and not files.is_dirty()
    (tmp_path / "rusak.skenario.json").write_text("{ bukan json", encoding="utf-8")
    assert not files.open_file(tmp_path / "rusak.skenario.json")
    assert "tidak dapat dibuka" in answers.asked[-1].title
    assert adopted[-1] is reopened


def test_the_plan_evaluator_evaluates_alone(qtbot, zoned):
    sc = scenario_on(zoned)
    ev = PlanEvaluator(zoned, lambda: sc, debounce_ms=0)
    results = []
    ev.sig_evaluated.connect(lambda alloc, ref: results.append((alloc, ref)))
    ev.schedule()
    assert ev.busy
    assert ev.wait(30)
    qtbot.waitUntil(lambda: bool(results), timeout=30000)
    alloc, ref = results[-1]
    assert ev.allocation is alloc and not ev.busy and ev.error == ""
    assert alloc.summary["cost"] == evaluated(zoned, sc)[0].summary["cost"]
    assert ref.fingerprint
