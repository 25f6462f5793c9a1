"""``sasaran stats``, ``sheet`` and ``webmap`` print the filter and carry it into their files."""

from __future__ import annotations

import json
import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.cli import main  # noqa: E402
from tests.desktop.test_cli_output import _data_args, _pdf_text  # noqa: E402

SENTENCE = "RT desil 1-2 yang belum menerima program apa pun yang tercatat"
LINE = f"Filter: Miskin belum dibantu (exclusion error): {SENTENCE}"
TITLE = "RT terfilter (desil 1-2, belum menerima program apa pun)"


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_sheet_with_filter_options(demo_paths, tmp_path, capsys):
    out = tmp_path / "lembar.pdf"
    argv = ["sheet", "--out", str(out), "--desil", "1-2", "--lacks", "*", *_data_args(demo_paths)]
    assert main(argv) == 0
    assert LINE in capsys.readouterr().out
    _doc, text = _pdf_text(out)
    assert _squeeze(TITLE.upper()) in text
    assert _squeeze(LINE) in text
    assert "RUMAHTANGGADESIL1-4" not in text.upper()


def test_webmap_takes_the_scenarios_filter(demo_paths, tmp_path, capsys):
    from gis.model.filters import HouseholdFilter
    from gis.plan.scenario import Scenario, save_scenario

    scen = Scenario(name="Belum dibantu", filter=HouseholdFilter(desil=(1, 2), lacks_all=("*",)))
    path = save_scenario(scen, tmp_path / "skenario.json")
    out = tmp_path / "peta.html"
    assert main(["webmap", str(path), "--out", str(out), *_data_args(demo_paths)]) == 0
    assert LINE in capsys.readouterr().out
    html = out.read_text(encoding="utf-8")
    head = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert head.startswith(TITLE) and LINE in head
    assert "Rumah tangga desil 1-4" not in html
    # filter options replace the scenario's filter, and say so
    other = tmp_path / "lain.html"
    argv = ["webmap", str(path), "--out", str(other), "--desil", "7-10", *_data_args(demo_paths)]
    assert main(argv) == 0
    assert "Filter: RT desil 7-10" in capsys.readouterr().out


def test_stats_prints_the_filter(demo_paths, capsys):
    argv = ["stats", "--households", str(demo_paths.households)]
    argv += ["--villages", str(demo_paths.villages), "--desil", "1-2", "--lacks", "*"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == LINE
    assert main([*argv, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["filter_text"] == LINE.removeprefix("Filter: ")


def test_scenario_evaluate_and_compare_print_each_filter(demo_paths, tmp_path, capsys):
    from gis.model.filters import HouseholdFilter
    from gis.model.zones import circle_zone
    from gis.plan.scenario import Scenario, save_scenario

    zone = circle_zone("z1", "Zona Teluk", 112.2, -3.9, 10)
    a = Scenario(name="Belum dibantu", filter=HouseholdFilter(desil=(1, 2), lacks_all=("*",)))
    a.add_zone(zone, ("PKH",))
    b = Scenario(name="Semua")  # no filter: every household
    b.add_zone(zone, ("PKH",))
    pa = save_scenario(a, tmp_path / "a.json")
    pb = save_scenario(b, tmp_path / "b.json")
    data = ["--households", str(demo_paths.households), "--villages", str(demo_paths.villages)]
    assert main(["scenario", "evaluate", str(pa), *data]) == 0
    assert f"  {LINE}" in capsys.readouterr().out.splitlines()
    assert main(["compare", str(pa), str(pb), *data]) == 0
    out = capsys.readouterr().out.splitlines()
    assert f"  Filter Belum dibantu: {LINE.removeprefix('Filter: ')}" in out
    assert "  Filter Semua: Semua rumah tangga" in out
