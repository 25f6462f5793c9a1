"""Every command of the main window, declared once (Picard's action registry).

An action is an id, a text in Bahasa Indonesia (the source language of the
interface; English comes from the translation files), a shortcut, an icon,
where it is placed, and a handler. Handlers are small functions of the main
window that call into the panels; the main window itself only places the
actions in menus and toolbars (DESIGN convention 5).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QStyle

#: steps of the planner's work, in order: id, label (translated at use)
STEPS: tuple[tuple[str, str], ...] = (
    ("load", QT_TRANSLATE_NOOP("Actions", "1 Muat data")),
    ("filter", QT_TRANSLATE_NOOP("Actions", "2 Saring")),
    ("zones", QT_TRANSLATE_NOOP("Actions", "3 Zona")),
    ("scenario", QT_TRANSLATE_NOOP("Actions", "4 Skenario")),
    ("print", QT_TRANSLATE_NOOP("Actions", "5 Cetak")),
)

#: menus: id, title
MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("Actions", "&Berkas")),
    ("edit", QT_TRANSLATE_NOOP("Actions", "&Sunting")),
    ("view", QT_TRANSLATE_NOOP("Actions", "&Tampilan")),
    ("map", QT_TRANSLATE_NOOP("Actions", "&Peta")),
    ("zones", QT_TRANSLATE_NOOP("Actions", "&Zona")),
    ("scenario", QT_TRANSLATE_NOOP("Actions", "S&kenario")),
    ("settings", QT_TRANSLATE_NOOP("Actions", "Pe&ngaturan")),
    ("help", QT_TRANSLATE_NOOP("Actions", "Ban&tuan")),
)


@dataclass(frozen=True)
class ActionSpec:
    """One command: where it goes and what it does."""

    id: str
    text: str
    handler: Callable | None = None  # handler(window, checked)
    shortcut: str | QKeySequence.StandardKey | None = None
    icon: QStyle.StandardPixmap | None = None
    tip: str = ""
    menu: str | None = None
    toolbar: bool = False
    checkable: bool = False
    group: str | None = None


def declared(text: str) -> str:
    """A text declared above with QT_TRANSLATE_NOOP (context "Actions"), translated."""
    return QCoreApplication.translate("Actions", text)


def tr(text: str) -> str:
    # the empty context is what pyside6-lupdate records for a module-level tr()
    return QCoreApplication.translate("", text)


# --- handlers: one line or a few each; the work happens in the panels ---------


def _open_project(win, _checked=False):
    from desktop.project_actions import open_path

    open_path(win)


def _save_project(win, _checked=False):
    from desktop.project_actions import save

    save(win)


def _save_project_as(win, _checked=False):
    from desktop.project_actions import save

    save(win, as_new=True)


def _open_households(win, _checked=False):
    win.layer_panel.open_import("households")


def _open_psks(win, _checked=False):
    win.layer_panel.open_import("psks")


def _open_boundaries(win, _checked=False):
    win.layer_panel.open_import("boundaries")


def load_demo(win, _checked=False):
    """Load the demo province in the background; returns the job.

    A progress window appears only if loading takes more than 1.5 s (the
    shipped demo loads in well under a second; generating it takes longer).
    """
    from desktop.project_actions import remember_demo
    from widgets.base.demo import load_demo as load
    from widgets.base.progress_dialog import ProgressDialog
    from widgets.base.worker import run_job

    job = run_job(load, parent=win)
    job.sig_finished.connect(win.workspace.set_data)
    job.sig_finished.connect(lambda _data: remember_demo(win))
    job.sig_failed.connect(lambda exc: _error(win, tr("Provinsi demo tidak dapat dimuat"), exc))
    win.progress_dialog = ProgressDialog(
        job, tr("Memuat provinsi demo (data sintetis)..."), win, delay_ms=1500
    )
    win.status.showMessage(tr("Memuat provinsi demo..."))
    return job


def _error(win, title: str, exc) -> None:
    from widgets.base.files import show_error
    from widgets.base.messages import describe

    show_error(win, title, describe(exc))


def _export_zones(win, _checked=False):
    win.zone_list.export_dialog()


def _quit(win, _checked=False):
    win.close()


def _show_step(index: int):
    def handler(win, _checked=False):
        win.show_step(index)

    return handler


def _toggle_dock(name: str):
    def handler(win, checked=False):
        win.docks[name].setVisible(bool(checked))

    return handler


def _zoom_full(win, _checked=False):
    if win.canvas is not None:
        win.canvas.zoom_full()


def _zoom_selection(win, _checked=False):
    if win.canvas is not None:
        win.canvas.zoom_to_selection()


def _toggle_personal(win, checked=False):
    from widgets.base.privacy import set_personal_visible

    shown = set_personal_visible(win.workspace, bool(checked), win)
    win.registry["privacy.show_personal"].setChecked(shown)


def set_language(win, lang: str) -> None:
    """Remember the language and apply it to every window now: menus, toolbars, docks, panels."""
    from desktop.i18n import install_language

    if lang == win.settings.language:
        return
    win.settings.set("interface/language", lang)
    win.settings.sync()
    install_language(lang)
    win.retranslate(lang)
    win.status.showMessage(tr("Bahasa antarmuka diganti."), 10000)


def _set_language(lang: str):
    def handler(win, _checked=False):
        set_language(win, lang)

    return handler


def _about(win, _checked=False):
    QMessageBox.about(
        win,
        tr("Tentang Sasaran"),
        tr(
            "<b>Sasaran</b> — GIS untuk penargetan bantuan sosial yang tepat sasaran.<br>"
            "Data pribadi disamarkan secara bawaan (UU 27/2022)."
        ),
    )


def _reset_layout(win, _checked=False):
    win.reset_layout()


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "file.open_project",
        QT_TRANSLATE_NOOP("Actions", "Buka proyek..."),
        _open_project,
        "Ctrl+Shift+O",
        tip=QT_TRANSLATE_NOOP("Actions", "Buka proyek Sasaran: data, zona, skenario dan peta"),
        menu="file",
    ),
    ActionSpec(
        "file.save_project",
        QT_TRANSLATE_NOOP("Actions", "Simpan proyek"),
        _save_project,
        "Ctrl+Alt+S",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Simpan berkas data, zona, filter, skenario dan tampilan peta sebagai proyek"
        ),
        menu="file",
    ),
    ActionSpec(
        "file.save_project_as",
        QT_TRANSLATE_NOOP("Actions", "Simpan proyek sebagai..."),
        _save_project_as,
        menu="file",
    ),
    ActionSpec(
        "file.open_households",
        QT_TRANSLATE_NOOP("Actions", "Buka data rumah tangga..."),
        _open_households,
        QKeySequence.StandardKey.Open,
        QStyle.StandardPixmap.SP_DialogOpenButton,
        QT_TRANSLATE_NOOP("Actions", "Buka register rumah tangga (DTSEN, DTKS, P3KE, BDT)"),
        menu="file",
        toolbar=True,
    ),
    ActionSpec(
        "file.open_psks",
        QT_TRANSLATE_NOOP("Actions", "Buka data PSKS..."),
        _open_psks,
        menu="file",
    ),
    ActionSpec(
        "file.open_boundaries",
        QT_TRANSLATE_NOOP("Actions", "Buka batas wilayah..."),
        _open_boundaries,
        menu="file",
    ),
    ActionSpec(
        "file.demo",
        QT_TRANSLATE_NOOP("Actions", "Muat provinsi demo"),
        load_demo,
        tip=QT_TRANSLATE_NOOP("Actions", "Data sintetis untuk mencoba aplikasi"),
        menu="file",
    ),
    ActionSpec(
        "file.export_zones",
        QT_TRANSLATE_NOOP("Actions", "Ekspor zona..."),
        _export_zones,
        tip=QT_TRANSLATE_NOOP("Actions", "Simpan zona sebagai GeoPackage atau GeoJSON"),
        menu="file",
    ),
    ActionSpec(
        "file.quit",
        QT_TRANSLATE_NOOP("Actions", "Keluar"),
        _quit,
        QKeySequence.StandardKey.Quit,
        menu="file",
    ),
    ActionSpec(
        "view.zoom_full",
        QT_TRANSLATE_NOOP("Actions", "Seluruh wilayah"),
        _zoom_full,
        "Ctrl+0",
        QStyle.StandardPixmap.SP_DesktopIcon,
        QT_TRANSLATE_NOOP("Actions", "Tampilkan seluruh provinsi"),
        menu="map",
        toolbar=True,
    ),
    ActionSpec(
        "view.zoom_selection",
        QT_TRANSLATE_NOOP("Actions", "Perbesar ke pilihan"),
        _zoom_selection,
        "Ctrl+Shift+0",
        menu="map",
    ),
    ActionSpec(
        "privacy.show_personal",
        QT_TRANSLATE_NOOP("Actions", "Tampilkan data pribadi (sesi ini)"),
        _toggle_personal,
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Nama, NIK dan No. KK disamarkan; membukanya perlu konfirmasi (UU 27/2022)"
        ),
        menu="view",
        checkable=True,
    ),
    ActionSpec(
        "view.reset_layout",
        QT_TRANSLATE_NOOP("Actions", "Kembalikan tata letak"),
        _reset_layout,
        menu="view",
    ),
    ActionSpec(
        "settings.lang_id",
        QT_TRANSLATE_NOOP("Actions", "Bahasa Indonesia"),
        _set_language("id"),
        menu="settings",
        checkable=True,
        group="language",
    ),
    ActionSpec(
        "settings.lang_en",
        QT_TRANSLATE_NOOP("Actions", "English"),
        _set_language("en"),
        menu="settings",
        checkable=True,
        group="language",
    ),
    ActionSpec(
        "help.about",
        QT_TRANSLATE_NOOP("Actions", "Tentang Sasaran"),
        _about,
        menu="help",
    ),
) + tuple(
    ActionSpec(
        f"step.{key}",
        label,
        _show_step(i),
        f"Ctrl+{i + 1}",
        checkable=True,
        group="steps",
    )
    for i, (key, label) in enumerate(STEPS)
)

#: docks whose visibility the View menu toggles: dock name, action text
DOCK_ACTIONS: tuple[tuple[str, str], ...] = (
    ("steps", QT_TRANSLATE_NOOP("Actions", "Panel langkah")),
    ("layers", QT_TRANSLATE_NOOP("Actions", "Lapisan")),
    ("table", QT_TRANSLATE_NOOP("Actions", "Tabel atribut")),
    ("identify", QT_TRANSLATE_NOOP("Actions", "Info")),
    ("charts", QT_TRANSLATE_NOOP("Actions", "Grafik")),
    ("rounds", QT_TRANSLATE_NOOP("Actions", "Verifikasi lapangan")),
    ("mentors", QT_TRANSLATE_NOOP("Actions", "Pendamping keluarga")),
)


class ActionRegistry(QObject):
    """The QActions of one main window, by id, built from :data:`SPECS`.

    ``registry[id]`` is the QAction; :meth:`retranslate` re-reads every text
    after the language changed.
    """

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.specs: dict[str, ActionSpec] = {}
        self._actions: dict[str, QAction] = {}
        self._groups: dict[str, QActionGroup] = {}
        style = QApplication.style()
        specs = list(SPECS) + [
            ActionSpec(
                f"dock.{name}",
                text,
                _toggle_dock(name),
                menu="view",
                checkable=True,
            )
            for name, text in DOCK_ACTIONS
        ]
        for spec in specs:
            action = QAction(window)
            action.setObjectName(spec.id)
            action.setCheckable(spec.checkable)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            if spec.icon is not None and style is not None:
                action.setIcon(style.standardIcon(spec.icon))
            if spec.group:
                group = self._groups.get(spec.group)
                if group is None:
                    group = self._groups[spec.group] = QActionGroup(self)
                    group.setExclusive(True)
                group.addAction(action)
            if spec.handler is not None:
                action.triggered.connect(lambda checked=False, h=spec.handler: h(window, checked))
            self.specs[spec.id] = spec
            self._actions[spec.id] = action
        self.retranslate()

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def __contains__(self, action_id: str) -> bool:
        return action_id in self._actions

    def ids(self, menu: str | None = None) -> list[str]:
        """Action ids in declaration order, optionally only those of one menu."""
        return [i for i, s in self.specs.items() if menu is None or s.menu == menu]

    def retranslate(self) -> None:
        for action_id, action in self._actions.items():
            spec = self.specs[action_id]
            action.setText(declared(spec.text))
            tip = declared(spec.tip) if spec.tip else declared(spec.text).replace("&", "")
            action.setToolTip(tip)
            action.setStatusTip(tip if spec.tip else "")


def menu_title(menu_id: str) -> str:
    return declared(dict(MENUS)[menu_id])
