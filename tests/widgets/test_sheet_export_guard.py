"""The sheet preview asks about every file a PNG series would replace, and writes none unasked."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from tests.output_fixtures import small_map_data  # noqa: E402
from widgets.base import files  # noqa: E402


@pytest.fixture(scope="module")
def data(demo_paths):
    return small_map_data(demo_paths)


@pytest.mark.parametrize("existing", ["seri-002.png", "seri-047.png"])
def test_png_series_asks_about_every_page(qtbot, data, tmp_path, monkeypatch, existing):
    from widgets.output.sheet_preview import SheetPreview

    w = SheetPreview(data)
    qtbot.addWidget(w)
    w.series.setCurrentIndex(w.series.findData("kecamatan"))
    page = tmp_path / existing
    page.write_bytes(b"punya saya")
    asked: list[str] = []
    monkeypatch.setattr(files, "ask_save_path", lambda *a, **k: str(tmp_path / "seri.png"))
    monkeypatch.setattr(files, "confirm_overwrite", lambda parent, p: asked.append(str(p)))
    submitted: list = []
    monkeypatch.setattr(w, "_submit", lambda fn: submitted.append(fn))
    w._export("png")
    assert asked and existing in asked[0]  # the page that exists is named in the question
    assert submitted == []  # "no": nothing is exported
    assert sorted(p.name for p in tmp_path.iterdir()) == [existing]
    assert page.read_bytes() == b"punya saya"
    assert len(w.export_files(tmp_path / "seri.png")) == 47
    w.close()
