"""The app starts on the demo province; --screenshot writes what a user sees."""

import subprocess
import sys

from PySide6.QtGui import QImage


def test_screenshot_command_writes_png(tmp_path):
    out = tmp_path / "layar.png"
    proc = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--screenshot", str(out), "--size", "1000x700"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1000, 700)
    # the map is drawn: some pixels carry the village fill, not only the background
    colors = {img.pixelColor(x, y).name() for x in range(0, 1000, 25) for y in range(0, 700, 25)}
    assert len(colors) > 2
