"""``sasaran sheet`` and ``sasaran webmap`` run headless through ``desktop.cli.main``."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.cli import main  # noqa: E402


def _data_args(demo_paths):
    return [
        "--villages",
        str(demo_paths.villages),
        "--households",
        str(demo_paths.households),
        "--psks",
        str(demo_paths.psks),
    ]


def _pdf_text(path):
    from PySide6.QtPdf import QPdfDocument

    from widgets.output.sheet_render import ensure_app

    ensure_app()
    doc = QPdfDocument()
    doc.load(str(path))
    return doc, re.sub(
        r"\s+", "", "".join(doc.getAllText(i).text() for i in range(doc.pageCount()))
    )


def test_sheet_writes_a3_pdf_and_never_overwrites(demo_paths, tmp_path, capsys):
    out = tmp_path / "lembar.pdf"
    argv = [
        "sheet",
        "--out",
        str(out),
        "--paper",
        "A3",
        "--orientation",
        "landscape",
        *_data_args(demo_paths),
    ]
    assert main(argv) == 0
    assert "Lembar peta ditulis" in capsys.readouterr().out
    doc, text = _pdf_text(out)
    assert doc.pageCount() == 1
    assert doc.pagePointSize(0).width() == pytest.approx(1190.55, abs=1.5)
    assert "Tanpaskenario" in text
    before = out.stat().st_mtime_ns
    assert main(argv) == 2
    assert "tidak ditimpa" in capsys.readouterr().err
    assert out.stat().st_mtime_ns == before
    assert main([*argv, "--overwrite"]) == 0


def test_sheet_series_and_scenario(demo_paths, tmp_path, capsys):
    from gis.model.zones import circle_zone
    from gis.plan.scenario import Scenario, save_scenario

    scen = Scenario(
        name="Prioritas Pesisir", zones=(circle_zone("z1", "Zona Teluk", 112.2, -3.9, 10),)
    )
    scen.budget_cap = 9_000_000_000
    path = save_scenario(scen, tmp_path / "skenario.json")
    out = tmp_path / "seri.pdf"
    argv = ["sheet", str(path), "--out", str(out), "--series", "kecamatan", *_data_args(demo_paths)]
    assert main(argv) == 0
    doc, text = _pdf_text(out)
    assert doc.pageCount() == 47
    assert "Skenario:PrioritasPesisir" in text
    assert "Paguanggaran" in text


def test_sheet_png_and_bad_inputs(demo_paths, tmp_path, capsys):
    png = tmp_path / "lembar.png"
    assert main(["sheet", "--out", str(png), "--dpi", "100", *_data_args(demo_paths)]) == 0
    assert png.stat().st_size > 50_000
    assert main(["sheet", "--out", str(tmp_path / "x.docx"), *_data_args(demo_paths)]) == 2
    assert ".pdf" in capsys.readouterr().err
    missing = tmp_path / "tidak_ada.gpkg"
    assert main(["sheet", "--out", str(tmp_path / "y.pdf"), "--villages", str(missing)]) == 2
    assert "tidak ditemukan" in capsys.readouterr().err
    assert (
        main(
            ["sheet", "--out", str(tmp_path / "z.pdf"), "--households", str(demo_paths.households)]
        )
        == 2
    )
    assert "--villages" in capsys.readouterr().err


def test_webmap_self_contained(demo_paths, tmp_path, capsys):
    out = tmp_path / "peta.html"
    zones = tmp_path / "zona.geojson"
    zones.write_text(
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "Zona Uji"},'
        ' "geometry": {"type": "Polygon", "coordinates": [[[112.1, -3.9], [112.3, -3.9], [112.3, -4.1], [112.1, -3.9]]]}}]}'
    )
    argv = ["webmap", "--out", str(out), "--zones", str(zones), *_data_args(demo_paths)]
    assert main(argv) == 0
    assert "terbuka tanpa internet" in capsys.readouterr().out
    html = out.read_text(encoding="utf-8")
    assert "Zona Uji" in html
    assert not re.search(r'<script[^>]+src="https?:', html)
    assert not re.search(r'<link[^>]+href="https?:', html)
    assert main(argv) == 2


def test_demo_province_by_default(tmp_path, monkeypatch, capsys):
    """Without data options the demo province is generated into the cache once."""
    import gis.demo.data as demo_data

    calls = []

    from gis.errors import SasaranError

    def stop(*a, **k):
        calls.append(1)
        raise SasaranError("dibatalkan", code="cancelled")

    monkeypatch.setattr(demo_data, "demo_map_data", stop)
    assert main(["webmap", "--out", str(tmp_path / "d.html")]) == 2
    assert calls == [1]
    assert "Dibatalkan" in capsys.readouterr().err
