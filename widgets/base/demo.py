"""The demo province for the app and for each widget run on its own.

Every widget module can be started alone against the demo data
(``python -m widgets.panels.filter_panel``; DESIGN convention 10), and the app
opens the same province when the user has opened nothing. The shipped
files in ``resources/demo`` are used when present; a checkout without them
generates the province once into the user's cache folder. The environment
variable ``SASARAN_DEMO_DIR`` points at another folder holding the three
demo files (tests use a small generated province that way), and
``SASARAN_EXAMPLE_SECONDS`` closes an example window after that many
seconds (the example test runs each module briefly; ``SASARAN_EXAMPLE_GRAB``
names a PNG to save the window into just before).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from gis.demo.data import DEMO_FILES, DEMO_HOUSEHOLDS, DEMO_SEED, demo_paths
from gis.model.workspace import Dataset, Workspace
from widgets.base.worker import sub_progress


def _complete(paths: dict[str, Path]) -> bool:
    return all(p.exists() for p in paths.values())


def cache_folder() -> Path:
    """Where a generated demo province is kept (``SASARAN_CACHE_DIR`` overrides)."""
    env = os.environ.get("SASARAN_CACHE_DIR")
    if env:
        return Path(env)
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation)
    return Path(base or Path.home() / ".cache") / "sasaran"


def demo_files() -> tuple[dict[str, Path], bool]:
    """Paths of the demo files and whether they still have to be generated."""
    env = os.environ.get("SASARAN_DEMO_DIR")
    if env:
        folder = Path(env)
        return {k: folder / name for k, name in DEMO_FILES.items()}, False
    shipped = demo_paths()
    if _complete(shipped):
        return shipped, False
    folder = cache_folder() / f"demo-{DEMO_HOUSEHOLDS}-{DEMO_SEED}"
    paths = {k: folder / name for k, name in DEMO_FILES.items()}
    return paths, not _complete(paths)


def load_demo(progress=None, cancelled=None) -> Dataset:
    """The demo province as a :class:`Dataset` marked synthetic (a background job).

    Generates it into the cache first when neither shipped nor cached files exist.
    """
    from gis.demo.data import load_dataset

    say = progress or (lambda f, m="": None)
    paths, generate = demo_files()
    if generate:
        from gis.demo.province import generate_demo

        folder = paths["villages"].parent
        folder.mkdir(parents=True, exist_ok=True)
        generate_demo(
            folder,
            households=DEMO_HOUSEHOLDS,
            seed=DEMO_SEED,
            progress=sub_progress(say, 0.0, 0.6),
            cancelled=cancelled,
            overwrite=True,
        )
        say = sub_progress(say, 0.6, 1.0)
    return load_dataset(paths, say, cancelled)


def demo_workspace() -> Workspace:
    """A workspace holding the demo province (loaded on the calling thread)."""
    return Workspace(load_demo())


def run_example(make: Callable[[Workspace], object], title: str = "") -> int:
    """Show ``make(workspace)`` on the demo province; the body of each ``__main__``.

    ``make`` returns the widget to show, or ``(widget, keep)`` where ``keep``
    holds anything else that must stay alive while the window is open.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication.instance() or QApplication(sys.argv[:1])
    workspace = demo_workspace()
    made = make(workspace)
    widget = made[0] if isinstance(made, tuple) else made
    assert isinstance(widget, QWidget)
    if title:
        widget.setWindowTitle(f"{title} — Sasaran (DATA SINTETIS)")
    widget.resize(max(widget.sizeHint().width(), 420), max(widget.sizeHint().height(), 520))
    widget.show()
    seconds = os.environ.get("SASARAN_EXAMPLE_SECONDS")
    grab = os.environ.get("SASARAN_EXAMPLE_GRAB")  # save a PNG of the window before closing

    def close() -> None:
        if grab:
            widget.grab().save(grab, "PNG")
        app.quit()

    if seconds:
        QTimer.singleShot(int(float(seconds) * 1000), close)
    return app.exec()
