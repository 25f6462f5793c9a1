"""What the main window remembers between sessions, through :mod:`desktop.settings`.

Window geometry and dock layout, the step last open, the last folders, the
recent files and the map's indicator and classification. Kept apart from the
main window so that the window only places things. A screenshot run neither
reads nor writes any of it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.settings import WINDOW_STATE_VERSION
from widgets.base import files


def tr(text: str) -> str:
    # the empty context is what pyside6-lupdate records for a module-level tr()
    return QCoreApplication.translate("", text)


def restore_window(win) -> bool:
    """Geometry, dock layout, folders and map style from the settings; True if a layout was restored."""
    s = win.settings
    win.layer_panel.folder = s.get("folders/open")
    win.zone_list.folder = s.get("folders/save")
    files.set_last_folder(s.get("folders/last"))
    geometry = s.get("window/geometry")
    if not geometry.isEmpty():
        win.restoreGeometry(geometry)
    restored = False
    state = s.get("window/state")
    if not state.isEmpty():
        restored = win.restoreState(state, WINDOW_STATE_VERSION)
    if win.canvas is not None:
        apply_map_style(win)
        win.canvas.sig_legend_changed.connect(lambda: remember_map_style(win))
    return restored


def save_window(win) -> None:
    s = win.settings
    if win.zone_list.folder:
        s.set("folders/save", win.zone_list.folder)
    if win.layer_panel.folder:
        s.set("folders/open", win.layer_panel.folder)
    if files.last_folder():
        s.set("folders/last", files.last_folder())
    s.set("window/geometry", win.saveGeometry())
    s.set("window/state", win.saveState(WINDOW_STATE_VERSION))
    s.set("window/step", win.step)
    s.sync()


def apply_map_style(win) -> None:
    from gis.model.indicators import INDICATORS

    s, canvas = win.settings, win.canvas
    key = s.get("map/indicator") or None
    try:
        if key is None or key in INDICATORS:
            canvas.set_indicator(key)
        canvas.set_classification(s.get("map/method"), s.get("map/classes"), s.get("map/palette"))
    except ValueError:  # a stored value this version does not know: keep the defaults
        pass


def remember_map_style(win) -> None:
    s, canvas = win.settings, win.canvas
    method, k, palette = canvas.classification
    s.set("map/indicator", canvas.indicator_key or "")
    s.set("map/method", method)
    s.set("map/classes", k)
    s.set("map/palette", palette)


def remember_file(win, _kind: str, path: str) -> None:
    """A file was loaded: first in the recent list, its folder the next start."""
    win.settings.add_recent(path)
    win.settings.set("folders/open", win.layer_panel.folder)


def fill_recent_menu(win, menu) -> None:
    menu.clear()
    recent = win.settings.get("files/recent")
    if not recent:
        menu.addAction(tr("(belum ada)")).setEnabled(False)
    for path in recent:
        action = menu.addAction(Path(path).name)
        action.setToolTip(path)
        action.setStatusTip(path)
        action.setEnabled(Path(path).exists())
        action.triggered.connect(lambda _=False, p=path: open_recent(win, p))


def open_recent(win, path: str):
    """The import dialog with ``path`` already being read (the planner checks and loads)."""
    dialog = win.layer_panel.open_import("households")
    dialog.load_file(path)
    return dialog
