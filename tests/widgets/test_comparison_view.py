"""The comparison view: Skenario A and B from the examples, figures, charts, map, exports."""

from __future__ import annotations

import csv
import json

import numpy as np
import pyqtgraph as pg
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from gis.plan.budget_export import csv_paths
from gis.plan.compare import compare
from gis.plan.scenario import Scenario, open_scenario
from widgets.base import files
from widgets.scenario.comparison_view import GAIN, LOSS, ComparisonView, cell_text
from widgets.scenario.scenario_common import example_scenarios, rupiah

#: fixtures: demo_data, demo_ws (the shipped demo province), answers (message boxes)
pytest_plugins = ["tests.widgets.scenario_helpers"]

EXAMPLES = dict(example_scenarios())


@pytest.fixture
def view(qtbot, demo_ws):
    v = ComparisonView(demo_ws, debounce_ms=10)
    qtbot.addWidget(v)
    v.resize(1000, 760)
    v.show()
    return v


@pytest.fixture
def ab(view, demo_ws):
    """Skenario A and B opened through the "Contoh" menu, compared."""
    pair = view.examples_button.menu().actions()[0]
    assert pair.text() == "Skenario A dan Skenario B"
    pair.trigger()
    assert view.wait(30)
    table = demo_ws.households
    want = compare(
        table,
        [open_scenario(EXAMPLES[n], table) for n in ("Skenario A", "Skenario B")],
        psks=demo_ws.psks,
    )
    return view, want


def bar_heights(plot: pg.PlotWidget) -> list[list[float]]:
    return [
        list(item.opts["height"])
        for item in plot.getPlotItem().items
        if isinstance(item, pg.BarGraphItem)
    ]


def test_metrics_table_shows_gis_compare_figures(ab):
    view, want = ab
    comp = view.comparison
    assert comp.names == ["Skenario A", "Skenario B"]
    assert view.metrics.horizontalHeaderItem(2).text() == "Skenario B"
    mb = want.metrics[1]
    assert view.metric_text("Biaya per tahun", 1) == rupiah(mb.cost)
    assert view.metric_text("Rumah tangga terjangkau", 0) == cell_text(
        want.metrics[0].households, "int"
    )
    assert view.metric_text("desil 1", 1) == cell_text(mb.households_by_desil[1], "int")
    assert view.metric_text("Biaya per RT desil 1-2 terjangkau", 1) == rupiah(
        round(mb.cost_per_d12)
    )
    assert view.metric_text("cakupan (%)", 0) == cell_text(
        want.metrics[0].d12_nothing_coverage, "percent"
    )
    assert view.metric_text("Jumlah zona", 0) == "3" and view.metric_text("Jumlah zona", 1) == "1"
    assert view.metric_text("PSKS per 1.000 RT terjangkau", 1) == cell_text(
        mb.psks_per_household * 1000, "float"
    )
    assert "Semua skenario dihitung" in view.status.text()


def test_charts_follow_the_metrics(ab):
    view, want = ab
    cost = bar_heights(view.cost_plot)
    assert cost == [[m.cost / 1e9 for m in want.metrics]]
    desil = bar_heights(view.desil_plot)
    assert desil == [list(map(float, m.households_by_desil[1:11])) for m in want.metrics]
    cov = bar_heights(view.coverage_plot)[0]
    assert cov == pytest.approx([100 * m.d12_nothing_coverage for m in want.metrics])


def test_village_differences_and_the_gain_loss_map(ab, qtbot):
    view, want = ab
    rows = want.villages.rows(changed_only=True)
    m = view.village_model
    assert m.rowCount() == len(rows) > 0
    assert m.headerData(4, Qt.Orientation.Horizontal) == "RT Skenario B"
    assert m.headerData(5, Qt.Orientation.Horizontal) == "Selisih Skenario B"
    by_code = {r["code"]: r for r in rows}
    first = m.index(0, 0).data()
    assert m.index(0, 5).data(Qt.ItemDataRole.UserRole) == by_code[first]["delta"][1]
    assert abs(by_code[first]["delta"][1]) == max(abs(r["delta"][1]) for r in rows)
    # a header click sorts numbers as numbers
    view.villages.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    deltas = [m.value(r, 5) for r in range(m.rowCount())]
    assert deltas == sorted(deltas) and deltas[0] < 0 < deltas[-1]
    assert m.index(0, 5).data().startswith("-") and m.index(m.rowCount() - 1, 5).data()[0] == "+"

    status = view.map_status()
    assert list(status) == list(want.villages.status(1))
    gains, losses = int((status == "naik").sum()), int((status == "turun").sum())
    assert gains and losses
    labels = [label.text for _, label in view.map_legend.items]
    assert any(f"Naik ({gains} desa)" in x for x in labels)
    assert any(f"Turun ({losses} desa)" in x for x in labels)
    view.tabs.setCurrentIndex(3)
    qtbot.wait(50)
    img = view.map.grab().toImage()
    seen = set()
    for y in range(0, img.height(), 3):
        for x in range(0, img.width(), 3):
            seen.add(img.pixelColor(x, y).name())
    assert QColor(GAIN).name() in seen and QColor(LOSS).name() in seen


def test_xlsx_export_written_readable_and_never_overwritten_silently(ab, tmp_path, monkeypatch):
    view, want = ab
    out = tmp_path / "perbandingan"
    monkeypatch.setattr(files, "ask_save_path", lambda *a, **k: str(out))
    assert view.export_xlsx()
    assert view.wait(30)
    path = tmp_path / "perbandingan.xlsx"
    wb = load_workbook(path)
    assert {"Ringkasan", "Selisih per desa", "Sumber"} <= set(wb.sheetnames)
    ws = wb["Ringkasan"]
    header = [c.value for c in ws[1]]
    assert header == ["Indikator", "Skenario A", "Skenario B"]
    rows = {r[0].value.strip(): [c.value for c in r[1:]] for r in ws.iter_rows(min_row=2)}
    assert rows["Biaya per tahun"] == [m.cost for m in want.metrics]
    assert rows["Rumah tangga terjangkau"] == [m.households for m in want.metrics]
    assert "tersimpan" in view.status.text().lower()

    before = path.read_bytes()
    monkeypatch.setattr(files, "ask_save_path", lambda *a, **k: str(path))
    monkeypatch.setattr(files, "confirm_overwrite", lambda *a, **k: False)
    assert not view.export_xlsx()
    assert path.read_bytes() == before
    asked = []
    monkeypatch.setattr(files, "confirm_overwrite", lambda _p, name: asked.append(name) or True)
    assert view.export_xlsx()
    assert view.wait(30)
    assert asked == ["perbandingan.xlsx"]
    assert load_workbook(path)["Ringkasan"]["B1"].value == "Skenario A"


def test_csv_export_writes_every_table(ab, tmp_path):
    view, want = ab
    target = tmp_path / "banding.csv"
    assert view.export_csv(target)
    assert view.wait(30)
    paths = csv_paths(view.sheets, target)
    assert all(p.exists() for p in paths) and len(paths) == len(view.sheets)
    with target.open(encoding="utf-8-sig") as f:
        rows = {r[0].strip(): r[1:] for r in csv.reader(f)}
    assert rows["Biaya per tahun"] == [str(m.cost) for m in want.metrics]


def test_files_current_scenario_and_limits(view, demo_ws, tmp_path, answers, monkeypatch):
    bad = tmp_path / "rusak.skenario.json"
    bad.write_bytes(EXAMPLES["Skenario A"].read_bytes()[:400])
    assert not view.add_file(bad)
    assert "rusak" in answers.asked[-1].text and view.scenarios == []
    # several files picked at once: the readable ones are added
    import widgets.scenario.comparison_view as cvmod

    monkeypatch.setattr(
        cvmod, "ask_open_paths", lambda *a, **k: [str(bad), str(EXAMPLES["Skenario B"])]
    )
    view.add_file_button.click()
    assert [s.name for s in view.scenarios] == ["Skenario B"]
    view.clear()

    doc = json.loads(EXAMPLES["Skenario C"].read_text(encoding="utf-8"))
    doc["scenario"]["data"]["fingerprint"] = "ffffffffffffffff"
    other = tmp_path / "lain.skenario.json"
    other.write_text(json.dumps(doc), encoding="utf-8")
    assert view.add_file(other)  # compared on today's data, with a note
    assert view.list.item(0).text().endswith("*")

    current = Scenario(name="Skenario C")
    current.budget_cap = 1_000_000
    cv = ComparisonView(demo_ws, current=lambda: current, debounce_ms=10)
    assert cv.add_current()
    current.budget_cap = 5  # later edits do not change what is compared
    assert cv.scenarios[0].budget_cap == 1_000_000
    assert cv.add_file(other)
    assert cv.wait(30)
    assert cv.comparison.names == ["Skenario C", "Skenario C (2)"]
    cv.deleteLater()

    for name in ("Skenario A", "Skenario B", "Skenario C", "Skenario A"):
        assert view.add_example(name)
    assert len(view.scenarios) == 5
    assert not view.add_example("Skenario B")
    assert "2 sampai 5" in answers.asked[-1].text
    assert not view.examples_button.isEnabled()
    view.list.setCurrentRow(2)
    view._make_base()
    assert view.scenarios[0].name == "Skenario B"
    assert view.wait(30)
    assert view.comparison.names[0] == "Skenario B"
    view.remove(0)
    view.remove(0)
    view.remove(0)
    view.remove(0)
    assert view.wait(30)
    assert view.comparison is None and "Tambahkan 1 skenario lagi" in view.status.text()
    assert not view.xlsx_button.isEnabled()
    assert np.all([not b for b in bar_heights(view.cost_plot)])
