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
    assert s.get("general/language") == "id" and s.language == "id"
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
    Settings().set("general/language", "en")
    raw = QSettings(str(fresh_settings.path), QSettings.Format.IniFormat)
    assert int(raw.value("meta/version")) == VERSION
    assert Settings().language == "en"


def test_unknown_language_falls_back_to_indonesian():
    s = Settings()
    s.set("general/language", "xx")
    assert s.language == "id"
