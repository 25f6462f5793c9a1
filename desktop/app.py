"""Start-up of the desktop application.

Creates the Qt application, loads the built-in demo province when the user
has opened nothing, and shows the main window. ``--screenshot`` starts the
same way, waits until the window is drawn, saves a PNG and exits, so that
docs and checks see exactly what a planner sees.
"""

from __future__ import annotations

import sys


def _window_class():
    """The fullest main window available (the workstation when it is installed)."""
    try:
        from desktop.main_window import MainWindow
    except ImportError:
        from desktop.basic_window import BasicWindow as MainWindow
    return MainWindow


def run(screenshot: str | None = None, size: str = "1600x1000") -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from gis.demo_data import load_demo_dataset
    from gis.workspace import Workspace

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Sasaran")
    app.setOrganizationName("Sasaran")
    workspace = Workspace(load_demo_dataset())
    window = _window_class()(workspace)
    w, h = (int(v) for v in size.lower().split("x"))
    window.resize(w, h)
    window.show()
    if screenshot:

        def grab_and_quit():
            app.processEvents()
            window.grab().save(screenshot, "PNG")
            app.quit()

        QTimer.singleShot(800, grab_and_quit)
    return app.exec()
