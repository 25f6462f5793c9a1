"""Sheets rendered headless to PDF and PNG, checked through QtPdf: size, text, pixels, pages."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtGui import QColor, QImage  # noqa: E402

from gis.maps.sheet_layout import MapItem, SheetSpec, compose  # noqa: E402
from tests.output_fixtures import small_map_data  # noqa: E402
from widgets.output.sheet_render import export_sheets, render_image, render_pdf, render_png  # noqa: E402


@pytest.fixture(scope="module")
def data(demo_paths):
    return small_map_data(demo_paths)


def _pdf(qapp, path):
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    doc.load(str(path))
    assert doc.status() == QPdfDocument.Status.Ready
    return doc


def _text(doc, page: int) -> str:
    """Page text with all whitespace removed (the PDF may split words into glyph runs)."""
    return re.sub(r"\s+", "", doc.getAllText(page).text())


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def test_a3_pdf_page_size_text_and_map_pixels(qapp, data, tmp_path):
    spec = SheetSpec(paper="A3")
    layout = compose(spec, data)
    out = render_pdf(layout, tmp_path / "lembar.pdf")
    doc = _pdf(qapp, out)
    assert doc.pageCount() == 1
    size = doc.pagePointSize(0)
    assert size.width() == pytest.approx(420 / 25.4 * 72, abs=1.5)  # A3 landscape
    assert size.height() == pytest.approx(297 / 25.4 * 72, abs=1.5)
    text = _text(doc, 0)
    for needle in (
        layout.title,
        "LEGENDA",
        "tidak ada data",
        "Sumber data",
        "DTSEN (sintetis)",
        "Data agregat; tidak memuat data pribadi",
        "Datum: WGS 84",
        "Skala 1:",
        "Skenario Uji",
        "DINAS SOSIAL",
    ):
        assert _squash(needle) in text, needle
    for label in layout.classes.labels:
        assert _squash(label) in text
    # pixels: render the page and probe inside the map frame
    img = doc.render(0, QSize(1190, 842))
    k = img.width() / layout.width_mm
    frame = layout.find(MapItem, "map")[0].rect
    colors = set()
    for fx in (0.3, 0.4, 0.5, 0.6, 0.7):
        for fy in (0.3, 0.4, 0.5, 0.6, 0.7):
            c = img.pixelColor(int((frame.x + fx * frame.w) * k), int((frame.y + fy * frame.h) * k))
            colors.add(c.name())
    class_colors = set(layout.classes.colors)
    sea = "#d9e8f5"
    assert colors & class_colors, colors  # choropleth drawn
    assert sea in colors or len(colors) > 3
    # the border of the map frame is dark
    edge = img.pixelColor(int((frame.x + frame.w / 2) * k), int(frame.y * k))
    assert edge.lightness() < 100


def test_png_300_dpi(qapp, data, tmp_path):
    layout = compose(SheetSpec(), data)
    out = render_png(layout, tmp_path / "lembar.png", dpi=300)
    img = QImage(str(out))
    assert img.width() == round(297 / 25.4 * 300)
    assert img.height() == round(210 / 25.4 * 300)
    assert abs(img.dotsPerMeterX() - 300 / 0.0254) < 2
    with pytest.raises(FileExistsError):
        render_png(layout, out)


def test_series_one_page_per_kecamatan(qapp, data, tmp_path):
    out = export_sheets(SheetSpec(), data, tmp_path / "seri.pdf", series="kecamatan")
    doc = _pdf(qapp, out)
    assert doc.pageCount() == 47
    first, last = _text(doc, 0), _text(doc, 46)
    assert "KECAMATAN" in first and "RINGKASANLEMBARINI" in first
    assert first != last


def test_households_only_when_asked_and_then_noted(qapp, data, tmp_path):
    plain = compose(SheetSpec(), data)
    shown = compose(SheetSpec(show_households=True), data)
    doc = _pdf(qapp, render_pdf(shown, tmp_path / "titik.pdf"))
    assert "PERHATIAN" in _text(doc, 0)
    a, b = render_image(plain, 40), render_image(shown, 40)
    frame = plain.find(MapItem, "map")[0].rect
    k = 40 / 25.4
    diff = 0
    for x in range(int(frame.x * k), int(frame.right * k), 3):
        for y in range(int(frame.y * k), int(frame.bottom * k), 3):
            diff += a.pixel(x, y) != b.pixel(x, y)
    assert diff > 50  # dots drawn only on request
    assert QColor(a.pixel(2, 2)).name() == "#ffffff"


def test_print_without_dialog(qapp, data, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from widgets.output.sheet_render import print_sheets

    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "cetak.pdf"))
    assert print_sheets(compose(SheetSpec(), data), interactive=False, printer=printer)
    assert _pdf(qapp, tmp_path / "cetak.pdf").pageCount() == 1


def test_preview_widget_renders_and_exports(qtbot, data, tmp_path):
    from widgets.output.sheet_preview import SheetPreview

    w = SheetPreview(data)
    qtbot.addWidget(w)
    w.resize(1100, 700)
    w.show()
    qtbot.waitUntil(lambda: w.current_image() is not None, timeout=20_000)
    assert w.current_image().width() > 300
    w.series.setCurrentIndex(w.series.findData("kecamatan"))
    assert w.page.maximum() == 47
    w.households.setChecked(True)
    assert w.warning.isVisibleTo(w)
    w.series.setCurrentIndex(0)
    with qtbot.waitSignal(w.sig_exported, timeout=20_000) as blocker:
        w.export_to(tmp_path / "pratinjau.pdf")
    assert os.path.exists(blocker.args[0])
    w.close()
