"""The installer sources: the frozen entry point, the desktop entry and the icons.

The builds themselves are checked by ``make dist-check`` (after pytest in
``make test``): bundle, frozen self-test, .deb install/remove, NSIS.
"""

import importlib.util
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _entry():
    spec = importlib.util.spec_from_file_location(
        "sasaran_entry", ROOT / "installers" / "sasaran_entry.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("extra", [[], ["a", "b"]])
def test_frozen_entry_runs_python_c_like_python(monkeypatch, extra):
    """The bench starts children with ``sys.executable -c CODE``; frozen, that is us."""
    entry = _entry()
    code = "import sys; sys.modules['builtins']._sasaran_probe = list(sys.argv)"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "argv", ["/opt/sasaran/sasaran", "-c", code, *extra])
    assert entry.main() == 0
    import builtins

    assert builtins._sasaran_probe == ["-c", *extra]
    del builtins._sasaran_probe


def test_frozen_entry_runs_python_m(monkeypatch, capsys):
    entry = _entry()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "argv", ["sasaran", "-m", "json.tool", "--help"])
    with pytest.raises(SystemExit) as stop:
        entry.main()
    assert stop.value.code == 0
    assert "json.tool" in capsys.readouterr().out


def test_unfrozen_entry_goes_to_the_cli(monkeypatch):
    """Not frozen, ``-c`` is no special case: the CLI rejects it like any unknown option."""
    entry = _entry()
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "argv", ["sasaran", "-c", "print(1)"])
    with pytest.raises(SystemExit) as stop:
        entry.main()
    assert stop.value.code == 2


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_entry_is_valid():
    path = ROOT / "installers" / "linux" / "sasaran.desktop"
    done = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    text = path.read_text(encoding="utf-8")
    assert "Categories=Science;Geography;Maps;" in text and "Icon=sasaran" in text


def test_every_icon_size_is_there_and_square():
    from PySide6.QtGui import QImage

    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(ROOT / "resources" / "icons" / f"sasaran_{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()


def test_windows_icon_directory_lists_its_sizes():
    data = (ROOT / "installers" / "windows" / "sasaran.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        w, h, _, _, _, bpp, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert bpp == 32 and offset + length <= len(data)
        sizes.append(w or 256)
    assert sizes == [16, 24, 32, 48, 256]


def test_the_window_icon_carries_every_shipped_size(qapp):
    from desktop.app import app_icon

    sizes = {s.width() for s in app_icon().availableSizes()}
    assert sizes == {16, 24, 32, 48, 64, 128, 256}
