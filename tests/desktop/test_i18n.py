"""The English translation file keeps up with the interface strings.

A string added to the code without an English entry shows up in Indonesian
to an English-speaking user; this test fails instead, the same way
``pyside6-lupdate`` would flag it, so the file is refreshed with the change.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop.i18n import i18n_dir

ROOT = Path(__file__).resolve().parents[2]


def _lupdate() -> str:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    return str(tool) if tool.exists() else shutil.which("pyside6-lupdate") or "pyside6-lupdate"


def test_every_interface_string_has_an_english_translation(tmp_path):
    ts = tmp_path / "sasaran_en.ts"
    shutil.copy(i18n_dir() / "sasaran_en.ts", ts)
    sources = sorted(str(p) for d in ("desktop", "widgets") for p in (ROOT / d).rglob("*.py"))
    subprocess.run(
        [_lupdate(), "-no-obsolete", *sources, "-ts", str(ts)], check=True, capture_output=True
    )
    missing = [
        f"{ctx.findtext('name') or '(module)'}: {msg.findtext('source')!r}"
        for ctx in ET.parse(ts).getroot()
        for msg in ctx.findall("message")
        if msg.find("translation").get("type") == "unfinished" or not msg.findtext("translation")
    ]
    assert not missing, "untranslated (see desktop/i18n.py to refresh):\n" + "\n".join(missing[:20])


def test_the_compiled_file_holds_every_translation():
    """A stale .qm (lrelease not run after editing the .ts) lacks the newest texts."""
    qm = (i18n_dir() / "sasaran_en.qm").read_bytes()
    texts = {
        m.findtext("translation")
        for m in ET.parse(i18n_dir() / "sasaran_en.ts").getroot().iter("message")
    }
    absent = sorted(t for t in texts if t and t.encode("utf-16-be") not in qm)
    assert not absent, "run pyside6-lrelease (see desktop/i18n.py); missing: " + "; ".join(
        absent[:10]
    )
