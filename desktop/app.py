"""Start-up of the desktop application.

Creates the Qt application, installs the interface language, shows the
main window at once and loads data in the background (the window is usable
while it loads; a progress window appears only if loading takes more than a
moment). What is loaded: the files named on the command line (a project, or
boundaries, a register and PSKS recognised by content, and a scenario);
else the project open when the app last closed; else, or with ``--demo``,
the built-in demo province.

``--screenshot FILE`` starts the same way, waits until the map is drawn
(data loaded, map rendered, not merely shown), saves a PNG of the main
window at ``--size`` and exits, so that docs and checks see exactly what a
planner sees. It ignores and never writes the saved window layout, and
without files it shows the demo rather than the last project.

With ``SASARAN_REPORT_READY=1`` in the environment the app prints
``SASARAN_READY <seconds>`` on stderr at its first full paint on data (the
start-up benchmark reads it).
"""

from __future__ import annotations

import os
import sys
import time

_T0 = time.perf_counter()


def _parse_size(size: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in size.lower().split("x"))
    except ValueError:
        raise SystemExit(f"ukuran tidak sah: {size!r} (contoh: 1600x1000)") from None
    return max(w, 320), max(h, 240)


def _settle(window, app) -> None:
    """Finish pending drawing: queued events, then the map's deferred redraws."""
    for _ in range(3):
        app.processEvents()
    if window.canvas is not None:
        window.canvas.flush()
    app.processEvents()


def app_icon():
    """The Sasaran icon at every shipped size (``resources/icons``, from ``sasaran.svg``)."""
    from importlib import resources

    from PySide6.QtGui import QIcon

    icon = QIcon()
    folder = resources.files("resources").joinpath("icons")
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(folder.joinpath(f"sasaran_{size}.png")))
    return icon


def _start_job(window, settings, files, demo: bool):
    """The first loading job: files, else the last project, else the demo."""
    from PySide6.QtCore import QTimer

    from desktop import project_actions
    from desktop.actions import load_demo

    job = None
    window.pending_scenario = None
    if files:
        job = project_actions.open_files(window, files)
    if job is None and not demo:
        last = project_actions.last_project(settings)
        if last is not None:
            job = project_actions.open_path(window, last)
    job = job if job is not None else load_demo(window)
    scenario = window.pending_scenario
    if scenario is not None:  # ``sasaran x.skenario.json``: on the data just loaded
        job.sig_finished.connect(
            lambda _r: QTimer.singleShot(0, lambda: window.scenario_panel.open_file(scenario))
        )
    return job


def run(
    screenshot: str | None = None,
    size: str = "1600x1000",
    files: list[str] | tuple[str, ...] = (),
    demo: bool = False,
) -> int:
    """Run the desktop app; with ``screenshot`` save a PNG once drawn and exit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.i18n import install_language
    from desktop.main_window import MainWindow
    from desktop.settings import APPLICATION, ORGANISATION, Settings
    from gis.model.workspace import Workspace

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("sasaran")  # matches installers/linux/sasaran.desktop
    settings = Settings()
    install_language(settings.language, app)

    window = MainWindow(Workspace(), settings, restore=not screenshot)
    if screenshot:
        window.resize(*_parse_size(size))
    elif settings.get("window/geometry").isEmpty():
        screen = app.primaryScreen()
        avail = screen.availableGeometry() if screen is not None else None
        w, h = _parse_size(size)
        if avail is not None:
            w, h = min(w, int(avail.width() * 0.95)), min(h, int(avail.height() * 0.95))
        window.resize(w, h)
    window.show()

    outcome = {"code": 0}
    report = os.environ.get("SASARAN_REPORT_READY") == "1"

    def on_loaded() -> None:
        if job.error is not None:
            outcome["code"] = 1
            print(f"Sasaran: data tidak dapat dimuat: {job.error}", file=sys.stderr)
            if screenshot:
                app.exit(1)
            return
        QTimer.singleShot(0, ready)

    def ready() -> None:
        _settle(window, app)
        image = window.grab()
        if report:
            print(f"SASARAN_READY {time.perf_counter() - _T0:.3f}", file=sys.stderr, flush=True)
        if screenshot:
            ok = image.save(screenshot, "PNG")
            if not ok:
                print(f"Sasaran: tidak dapat menyimpan {screenshot}", file=sys.stderr)
            app.exit(0 if ok else 1)

    # a screenshot without files shows the demo: the same picture on every machine
    job = _start_job(window, settings, list(files), demo or bool(screenshot))
    job.sig_done.connect(on_loaded)
    code = app.exec()
    return code or outcome["code"]
