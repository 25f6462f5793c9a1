"""Every window fits a 1366x768 laptop with its buttons reachable, in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QWidget

from desktop.i18n import install_language
from widgets.base import screen_fit

#: a 1366x768 screen less a 40-pixel taskbar
LAPTOP = QRect(0, 0, 1366, 728)


@pytest.fixture
def laptop(monkeypatch):
    monkeypatch.setattr(screen_fit, "available_area", lambda _widget=None: LAPTOP)
    return LAPTOP


@pytest.fixture(params=["id", "en"])
def language(request, window):
    if request.param == "en":
        window.registry["settings.lang_en"].trigger()
    yield request.param
    install_language("id")


def _scrolled(button: QWidget, window: QWidget) -> bool:
    """True for a button inside scrolling content (reached by scrolling, not by the window)."""
    w = button.parentWidget()
    while w is not None and w is not window:
        if isinstance(w.parentWidget(), QAbstractScrollArea) and w is w.parentWidget().viewport():
            return True
        w = w.parentWidget()
    return False


def assert_fits(widget: QWidget, area: QRect) -> None:
    QApplication.processEvents()
    size = widget.size()
    assert size.width() + screen_fit.FRAME[0] <= area.width(), size
    assert size.height() + screen_fit.FRAME[1] <= area.height(), size
    assert widget.minimumSizeHint().height() <= size.height()
    inside = widget.rect()
    buttons = [
        b
        for b in widget.findChildren(QAbstractButton)
        if b.isVisibleTo(widget) and not b.size().isEmpty() and not _scrolled(b, widget)
    ]
    assert buttons
    for b in buttons:
        top_left = b.mapTo(widget, b.rect().topLeft())
        rect = QRect(top_left, b.size())
        assert inside.contains(rect), (b.text(), rect, inside)


def test_the_comparison_window_fits(window, laptop, language):
    view = window.show_comparison()
    assert_fits(view, laptop)
    for i in range(view.tabs.count()):
        view.tabs.setCurrentIndex(i)
        assert_fits(view, laptop)


def test_the_sheet_preview_fits(window, laptop, language):
    sheet = window.output_page.open_sheet()
    assert_fits(sheet, laptop)


def test_the_import_dialog_fits(window, laptop, language):
    dialog = window.layer_panel.open_import("households")
    assert_fits(dialog, laptop)
    dialog.close()


def test_fit_window_never_exceeds_the_screen(qtbot):
    for width, height in ((1300, 850), (1200, 800), (800, 600), (2000, 1500)):
        w = QWidget()
        qtbot.addWidget(w)
        got = screen_fit.fit_window(w, width, height, LAPTOP)
        assert got == (min(width, 1366 - 16), min(height, 728 - 40))
        assert LAPTOP.contains(QRect(w.pos(), w.size()))


def test_the_budget_meter_stays_in_view_while_programs_scroll(window, qtbot):
    from PySide6.QtWidgets import QScrollArea

    from gis.model.edits import AddZone
    from gis.model.zones import Zone

    v = window.workspace.villages
    for i in range(3):
        codes = tuple(v.codes[v.codes.astype("U6") == v.kec_codes[i]])
        AddZone(Zone(f"zona-{i + 1}", f"Kecamatan {v.kec_names[i]}", villages=codes)).apply(
            window.workspace
        )
    window.resize(1366, 728 - screen_fit.FRAME[1])
    window.show_step(window.STEP_NAMES.index("scenario"))
    panel = window.scenario_panel
    assert panel.wait(30)
    QApplication.processEvents()
    page = window.pages.currentWidget()
    area = page if isinstance(page, QScrollArea) else page.findChild(QScrollArea)
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0  # the page is taller than the dock: it scrolls
    dock = window.docks["steps"]
    for value in (0, bar.maximum() // 2, bar.maximum()):
        bar.setValue(value)
        QApplication.processEvents()
        meter = panel.meter
        assert meter.isVisible()
        assert meter.visibleRegion().boundingRect().size() == meter.size(), value
        top_left = meter.mapTo(dock, meter.rect().topLeft())
        assert dock.rect().contains(QRect(top_left, meter.size()))
    area.ensureWidgetVisible(panel.apply_all_button)  # editing the programs of a zone
    assert panel.meter.visibleRegion().boundingRect().size() == panel.meter.size()


def test_the_main_window_fits(window, laptop, language):
    window.resize(laptop.width() - screen_fit.FRAME[0], laptop.height() - screen_fit.FRAME[1])
    for step in range(len(window.STEP_NAMES)):
        window.show_step(step)
        QApplication.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() + screen_fit.FRAME[0] <= laptop.width(), (step, hint)
        assert hint.height() + screen_fit.FRAME[1] <= laptop.height(), (step, hint)
        assert window.width() + screen_fit.FRAME[0] <= laptop.width()
        for bar in window.toolbars.values():
            for action in bar.actions():
                button = bar.widgetForAction(action)
                if button is not None and button.isVisible():
                    rect = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
                    assert window.rect().contains(rect), (action.text(), rect)
