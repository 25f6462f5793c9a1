"""The UpSet chart of program combinations: its bars and set sizes equal a pandas count."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from gis.model.filters import HouseholdFilter
from gis.plan.combinations import TOP
from tests.gis.test_meeting_tables import grid_villages, random_register
from widgets.scenario.upset_chart import UpsetChart


def pandas_counts(table, mask):
    """Known programs received per family, counted again with pandas."""
    df = pd.DataFrame(
        {
            "got": (table.programs & table.programs_known).astype(np.int64),
            "known": table.programs_known.astype(np.int64),
        }
    )[np.asarray(mask, dtype=bool)]
    df = df[df.known != 0]
    combos = df[df.got != 0].got.value_counts()
    names = {
        v: frozenset(k for b, k in enumerate(table.program_keys) if v >> b & 1)
        for v in combos.index
    }
    sizes = {
        k: int(((df.got // (1 << b)) % 2).sum())
        for b, k in enumerate(table.program_keys)
        if ((df.known // (1 << b)) % 2).any()
    }
    return combos, names, sizes


def check_bars(chart, table, mask):
    combos, names, sizes = pandas_counts(table, mask)
    bars = chart.bars
    assert len(bars) == min(TOP, len(combos))
    # the bars are the largest combination counts, largest first, each with its programs
    assert [n for _, n in bars] == sorted(combos.values, reverse=True)[: len(bars)]
    by_name = {names[v]: int(c) for v, c in combos.items()}
    for label, n in bars:
        assert by_name[frozenset(label.split("+"))] == n
    assert dict(zip(chart.data.programs, chart.data.set_sizes)) == sizes
    assert chart.data.other_combos == combos.sum() - sum(n for _, n in bars)


@pytest.mark.parametrize("desil", [(1,), (1, 2), ()])
def test_bars_follow_the_workspace_filter(qtbot, ws, desil):
    chart = UpsetChart(ws)
    qtbot.addWidget(chart)
    ws.set_filter(HouseholdFilter(desil=desil))
    chart.refresh()
    check_bars(chart, ws.households, ws.mask)
    assert "Filter:" in chart.note.text()
    # the programs the register does not carry are no rows of the matrix
    assert not set(chart.data.programs) & set(ws.households.missing_programs())
    chart.resize(520, 380)
    chart.show()
    image = chart.plot.grab().toImage()
    blue = sum(
        image.pixelColor(x, y).name() == "#2b6cb0"
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    )
    assert blue > 50  # the bars are painted


@pytest.mark.parametrize("seed", range(3))
def test_unknown_receipt_is_stated_never_counted(qtbot, tmp_path, seed):
    table = random_register(grid_villages(tmp_path), seed)
    mask = table.desil <= 3
    chart = UpsetChart()
    qtbot.addWidget(chart)
    chart.show_data(table, mask, "Desil 1-3")
    check_bars(chart, table, mask)
    known = table.programs_known[mask]
    nothing = int((known == 0).sum())
    partly = int(((known != 0) & (known != np.bitwise_or.reduce(known))).sum())
    assert nothing > 0 and partly > 0
    d = chart.data
    assert (d.nothing_known, d.partly_known) == (nothing, partly)
    text = chart.note.text().replace(".", "")
    assert "Desil 1-3" in text
    assert f"{nothing} keluarga tanpa keterangan program" in text
    assert f"{partly} keluarga dengan sebagian program tidak diketahui" in text
    none = int(((known != 0) & ((table.programs[mask] & known) == 0)).sum())
    assert d.receives_none == none


def test_mentor_tab_shows_the_chart_and_it_recounts(qtbot, ws):
    from widgets.scenario.mentor_panel import MentorPanel

    ws.set_filter(HouseholdFilter(desil=(1,)))
    panel = MentorPanel(ws)
    qtbot.addWidget(panel)
    before = panel.upset.bars
    check_bars(panel.upset, ws.households, ws.mask)
    ws.set_filter(HouseholdFilter(desil=(3, 4)))
    qtbot.waitUntil(lambda: panel.upset.bars != before, timeout=5_000)
    check_bars(panel.upset, ws.households, ws.mask)
