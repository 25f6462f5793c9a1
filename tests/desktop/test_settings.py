"""Settings: declared once with defaults, typed, versioned, never the user's real file in tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QSettings

from desktop.settings import SETTINGS, VERSION, Settings, settings_file


def test_tests_use_a_private_file(fresh_settings):
    assert settings_file() == fresh_settings.path
    assert settings_file() != fresh_settings.real


def test_defaults_types_and_round_trip():
    s = Settings()
    for key, spec in SETTINGS.items():
        value = s.get(key)
        assert isinstance(value, spec.type), key
    assert s.get("interface/language") == "id" and s.language == "id"
    s.set("map/classes", 7)
    s.set("window/state", QByteArray(b"\x00\x01abc"))
    s.sync()
    again = Settings()
    assert again.get("map/classes") == 7
    assert bytes(again.get("window/state")) == b"\x00\x01abc"


def test_recent_files_first_unique_and_bounded():
    s = Settings()
    for i in range(12):
        s.add_recent(f"/data/f{i}.gpkg")
    s.add_recent("/data/f5.gpkg")
    recent = Settings().get("files/recent")
    assert recent[0] == "/data/f5.gpkg" and len(recent) == 10 and len(set(recent)) == 10


def test_undeclared_keys_are_refused():
    with pytest.raises(KeyError):
        Settings().get("map/colour")
    with pytest.raises(KeyError):
        Settings().set("secret/show_nik", True)


def test_version_is_recorded(fresh_settings):
    Settings().set("interface/language", "en")
    raw = QSettings(str(fresh_settings.path), QSettings.Format.IniFormat)
    assert int(raw.value("meta/version")) == VERSION
    assert Settings().language == "en"


def test_unknown_language_falls_back_to_indonesian():
    s = Settings()
    s.set("interface/language", "xx")
    assert s.language == "id"


def _read_in_new_process(path, code: str) -> str:
    """Run ``code`` in a fresh interpreter on the settings file ``path`` (a restart).

    QSettings caches a file per process, so only a new process reads what
    the next start of Sasaran would read.
    """
    import os
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    env = dict(os.environ, SASARAN_SETTINGS_FILE=str(path), PYTHONPATH=str(repo))
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=repo, env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_language_survives_a_restart(fresh_settings, lang):
    s = Settings()
    s.set("interface/language", "id" if lang == "en" else "en")
    s.set("interface/language", lang)
    s.sync()
    read = "from desktop.settings import Settings; print(Settings().language)"
    assert _read_in_new_process(fresh_settings.path, read) == lang


def test_a_language_stored_by_version_1_is_kept(fresh_settings):
    """Files written before the fix hold the language where the next start did not look.

    (Layout 1 wrote "general/language", which the INI file stores as [%General].)
    """
    fresh_settings.path.parent.mkdir(parents=True, exist_ok=True)
    fresh_settings.path.write_text(
        "[%General]\nlanguage=en\n\n[meta]\nversion=1\n\n[map]\nclasses=7\n", encoding="utf-8"
    )
    s = Settings()
    assert s.language == "en"
    assert s.get("map/classes") == 7
    s.sync()
    assert "interface/language" in QSettings(str(s.path), QSettings.Format.IniFormat).allKeys()
    read = "from desktop.settings import Settings; print(Settings().language)"
    assert _read_in_new_process(fresh_settings.path, read) == "en"
