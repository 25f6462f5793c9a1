"""Every user setting, declared once with its default and the version that added it.

Settings live in QSettings under the organisation and application name
"Sasaran" (an INI file on every platform, so it can be read and deleted by
hand). Nothing else in the program calls QSettings directly: views that
need a remembered value (the last folder, the language) get it from here
through the main window, so there is one list of what is stored and one
place to migrate it (DESIGN convention 6).

The environment variable ``SASARAN_SETTINGS_FILE`` points the whole program
at another INI file. Tests use it (through an autouse fixture) so they can
never read or change the user's real settings.

Never stored here: anything that unmasks personal data (that choice lasts
one session) and the data themselves.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Sasaran"
APPLICATION = "Sasaran"
#: version of the settings layout; raise it and add a migration when keys change
VERSION = 2
#: version of the dock/toolbar layout saved with QMainWindow.saveState
WINDOW_STATE_VERSION = 2  # 2: rounds and register comparison docked at the bottom
RECENT_LIMIT = 10
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}


@dataclass(frozen=True)
class Setting:
    """One stored value: key, default, type and the settings version that added it."""

    key: str
    default: object
    type: type
    since: int
    doc: str


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        # not "general/...": QSettings' INI format keeps the root keys in a [General]
        # section, so a group named "general" is written as [%General] and read
        # back as "General/..." by the next start, and the choice was lost
        Setting("interface/language", "id", str, 2, "Bahasa antarmuka: 'id' atau 'en'."),
        Setting("files/recent", [], list, 1, "Berkas data yang terakhir dibuka, terbaru dulu."),
        Setting("projects/recent", [], list, 2, "Proyek (.sasaran) terakhir, terbaru dulu."),
        Setting("projects/last", "", str, 2, "Proyek yang dibuka lagi saat aplikasi mulai."),
        Setting("window/geometry", QByteArray(), QByteArray, 1, "Letak dan ukuran jendela utama."),
        Setting("window/state", QByteArray(), QByteArray, 1, "Letak panel dan bilah alat."),
        Setting("window/step", 0, int, 1, "Langkah kerja yang terakhir dibuka (0-4)."),
        Setting("folders/open", "", str, 1, "Folder terakhir untuk membuka data."),
        Setting("folders/save", "", str, 1, "Folder terakhir untuk menyimpan hasil."),
        Setting(
            "folders/last", "", str, 2, "Folder terakhir yang dipakai di dialog berkas mana pun."
        ),
        Setting("map/indicator", "desil_1_4", str, 1, "Indikator warna desa."),
        Setting("map/method", "quantile", str, 1, "Metode pembagian kelas."),
        Setting("map/classes", 5, int, 1, "Jumlah kelas."),
        Setting("map/palette", "YlOrRd", str, 1, "Palet warna."),
    )
}

#: the language key of layout 1, in both spellings QSettings may hand back
_OLD_LANGUAGE_KEYS = ("general/language", "General/language")


def _language_to_interface_group(q: QSettings) -> None:
    """1 -> 2: the language moves out of the "general" group, which did not survive a restart."""
    for key in _OLD_LANGUAGE_KEYS:
        value = q.value(key, None)
        if value is not None:
            if q.value("interface/language", None) is None:
                q.setValue("interface/language", value)
            q.remove(key)


# migrations[v] turns a layout of version v into v + 1
_MIGRATIONS: dict[int, object] = {1: _language_to_interface_group}


def settings_file() -> Path:
    """The INI file in use (the override from the environment, else the user's)."""
    override = os.environ.get("SASARAN_SETTINGS_FILE")
    if override:
        return Path(override)
    q = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)
    return Path(q.fileName())


class Settings:
    """Typed access to the declared settings.

    Parameters
    ----------
    path
        INI file to use; default :func:`settings_file`.
    """

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path is not None else settings_file()
        self._q = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._migrate()

    def _migrate(self) -> None:
        stored = self._q.value("meta/version", None)
        version = int(stored) if stored is not None else None
        if version is None:
            if self._q.allKeys():
                version = 1  # written before versions were recorded
            else:
                self._q.setValue("meta/version", VERSION)
                return
        while version < VERSION:
            _MIGRATIONS[version](self._q)
            version += 1
        if version != int(stored or 0):
            self._q.setValue("meta/version", version)

    @staticmethod
    def _declared(key: str) -> Setting:
        try:
            return SETTINGS[key]
        except KeyError:
            raise KeyError(f"undeclared setting {key!r}; declare it in desktop.settings") from None

    def get(self, key: str):
        """The stored value of ``key`` converted to its declared type, else the default."""
        s = self._declared(key)
        value = self._q.value(key, None)
        if value is None:
            return s.default.copy() if isinstance(s.default, list) else s.default
        try:
            if s.type is list:
                return [value] if isinstance(value, str) else list(value)
            if s.type is QByteArray:
                return value if isinstance(value, QByteArray) else QByteArray(value)
            if s.type is bool:
                return value in (True, "true", "1", 1)
            return s.type(value)
        except (TypeError, ValueError):
            return s.default

    def set(self, key: str, value) -> None:
        self._declared(key)
        self._q.setValue(key, value)

    def reset(self, key: str) -> None:
        self._declared(key)
        self._q.remove(key)

    def sync(self) -> None:
        self._q.sync()

    def add_recent(self, path: str) -> list[str]:
        """Put ``path`` first in the recent-files list (no duplicates, at most 10)."""
        recent = [p for p in self.get("files/recent") if p != str(path)]
        recent.insert(0, str(path))
        recent = recent[:RECENT_LIMIT]
        self.set("files/recent", recent)
        return recent

    @property
    def language(self) -> str:
        lang = self.get("interface/language")
        return lang if lang in LANGUAGES else "id"
