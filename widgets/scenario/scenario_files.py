"""The scenario's file: open, save, save as, unsaved changes, autosave and recovery.

A part of the scenario panel: the open button (with its menu of example
scenarios and "new"), the save buttons, the line naming the file and
whether it has unsaved changes, and the actions the main window puts in
its menu. It keeps what the file is (its path, the digest of what was
last saved or autosaved, the data its results were computed on) and
never what the scenario is: the scenario it tracks comes from the
caller (:meth:`ScenarioFiles.track`) and a scenario read from a file is
handed back through ``adopt``, so the panel that edits it stays the one
owner. Corrupt, newer-version and foreign files get a worded message and
are never written; a file computed on other data is opened only when the
planner agrees; an example opens as a copy, so saving asks for a new file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gis.errors import SasaranError
from gis.plan.scenario import (
    SUFFIX,
    Scenario,
    ScenarioDataMismatch,
    ScenarioFileError,
    discard_recovery,
    list_recoveries,
    open_scenario,
    recovery_path,
    save_scenario,
    write_recovery,
)
from widgets.base import files
from widgets.base.messages import describe
from widgets.scenario.scenario_common import ask, example_scenarios, inform, scenario_error_text


def default_recovery_folder() -> Path:
    """``<AppDataLocation>/pemulihan``: where autosave copies go unless told otherwise."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".sasaran") / "pemulihan"


def file_name(name: str) -> str:
    """A file name for a scenario called ``name`` (what Save as suggests)."""
    stem = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in name.strip().lower())
    return (stem.strip("_") or "skenario") + SUFFIX


class ScenarioFiles(QWidget):
    """File buttons, file line and the file logic of one edited scenario.

    Parameters
    ----------
    households
        Returns the household table now loaded (None before data): opened
        files are checked against it.
    adopt
        ``adopt(scenario, path, saved)``: use a scenario read from a file
        (the caller then calls :meth:`track`).
    before_write
        Called before a save, so the file holds the results of the plan as it is.
    recovery_folder, autosave_minutes
        Where autosave copies go and how often (0: never).

    Signals
    -------
    sig_dirty_changed(bool), sig_file_changed(str), sig_message(str)
        As the panel's signals of the same names.
    sig_stale(bool)
        The results shown were (True) or no longer are (False) computed on
        other data than the file's.
    sig_new
        The planner asked for a new scenario (the panel makes it).
    """

    sig_dirty_changed = Signal(bool)
    sig_file_changed = Signal(str)
    sig_message = Signal(str)
    sig_stale = Signal(bool)
    sig_new = Signal()

    def __init__(
        self,
        households: Callable[[], object],
        adopt: Callable[[Scenario, Path | None, bool], None],
        *,
        before_write: Callable[[], None] | None = None,
        recovery_folder: str | Path | None = None,
        autosave_minutes: float = 5,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._households = households
        self._adopt = adopt
        self._before_write = before_write or (lambda: None)
        self.recovery_folder = Path(recovery_folder or default_recovery_folder())
        self._scenario: Scenario | None = None
        self._path: Path | None = None
        self._file_data: str | None = None  # see track
        self._saved_digest: str | None = None
        self._autosaved_digest: str | None = None
        self._example = ""
        self._dirty = False
        self._build()
        self.autosave_timer = QTimer(self)
        self.autosave_timer.timeout.connect(self.autosave_now)
        if autosave_minutes and autosave_minutes > 0:
            self.autosave_timer.start(int(autosave_minutes * 60_000))

    def _build(self) -> None:
        self.action_new = QAction(self.tr("Skenario baru"), self)
        self.action_new.setToolTip(self.tr("Skenario baru dengan zona yang ada di peta"))
        self.action_open = QAction(self.tr("Buka skenario…"), self)
        self.action_save = QAction(self.tr("Simpan skenario"), self)
        self.action_save_as = QAction(self.tr("Simpan skenario sebagai…"), self)
        self.action_new.triggered.connect(self.sig_new.emit)
        self.action_open.triggered.connect(lambda: self.open_file())
        self.action_save.triggered.connect(lambda: self.save())
        self.action_save_as.triggered.connect(lambda: self.save_as())
        self.examples_menu = QMenu(self.tr("Buka contoh"), self)
        for name, path in example_scenarios():
            a = self.examples_menu.addAction(name)
            a.triggered.connect(lambda _=False, p=path: self.open_file(p))

        self.open_button = QToolButton()
        self.open_button.setText(self.tr("Buka…"))
        self.open_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.open_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        open_menu = QMenu(self.open_button)
        open_menu.addAction(self.action_open)
        open_menu.addMenu(self.examples_menu)
        open_menu.addSeparator()
        open_menu.addAction(self.action_new)
        self.open_button.setMenu(open_menu)
        self.open_button.clicked.connect(lambda: self.open_file())
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.clicked.connect(lambda: self.save())
        self.save_as_button = QPushButton(self.tr("Simpan sebagai…"))
        self.save_as_button.clicked.connect(lambda: self.save_as())
        file_row = QHBoxLayout()
        file_row.setContentsMargins(0, 0, 0, 0)
        for w in (self.open_button, self.save_button, self.save_as_button):
            w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            file_row.addWidget(w)
        self.file_label = QLabel()
        self.file_label.setStyleSheet("color: palette(dark);")
        self.file_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(file_row)
        layout.addWidget(self.file_label)

    # --- what the file is --------------------------------------------------------------

    @property
    def file_path(self) -> Path | None:
        return self._path

    @property
    def scenario(self) -> Scenario | None:
        return self._scenario

    def track(self, scenario: Scenario, path: str | Path | None, saved: bool) -> None:
        """``scenario`` is now the one edited, from file ``path`` (None: no file yet).

        ``saved`` says whether it matches that file. The autosave copy of a
        scenario closed by this is deleted (it is no longer needed).
        """
        old = self._scenario
        if old is not None and old.scenario_id != scenario.scenario_id:
            discard_recovery(recovery_path(self.recovery_folder, old), self.recovery_folder)
        self._scenario = scenario
        self._path = Path(path) if path else None
        # the data a file holds results of: only they can be "other data" (a
        # new scenario has no file, and results of this session are not a file's)
        self._file_data = scenario.data.fingerprint if scenario.data is not None else None
        self._example = ""
        self._saved_digest = scenario.digest() if saved else None
        self._autosaved_digest = None
        self.update_dirty()
        self.sig_file_changed.emit(str(self._path or ""))

    def computed_on(self, fingerprint: str) -> None:
        """Results were computed on data ``fingerprint``: say so if the file's were not."""
        if self._file_data is not None and self._file_data != fingerprint:
            # the file's results were computed on other data (a file opened before
            # loading, a new register since it was saved)
            self.sig_stale.emit(True)

    def is_dirty(self) -> bool:
        return self._scenario is not None and self._scenario.digest() != self._saved_digest

    def update_dirty(self) -> None:
        """The file line again, and :attr:`sig_dirty_changed` if that changed."""
        dirty = self.is_dirty()
        if self._path:
            name = self._path.name
        elif self._example:
            name = self.tr("salinan contoh {name}").format(name=self._example.split(".")[0])
        else:
            name = self.tr("belum ada")
        mark = self.tr(" · perubahan belum disimpan") if dirty else ""
        self.file_label.setText(self.tr("Berkas: {name}{mark}").format(name=name, mark=mark))
        self.file_label.setToolTip(str(self._path) if self._path else "")
        if dirty != self._dirty:
            self._dirty = dirty
            self.sig_dirty_changed.emit(dirty)

    def _folder(self) -> str:
        return str(self._path.parent) if self._path else ""

    def _filters(self) -> str:
        return self.tr("Skenario Sasaran (*{suffix})").format(suffix=SUFFIX)

    # --- open --------------------------------------------------------------------------

    def open_file(self, path: str | Path | None = None) -> bool:
        """Open a scenario file (asks for one when ``path`` is None); True if opened.

        Corrupt, newer-version and foreign files get a message and are left
        untouched; a file computed on other data is opened only when the
        planner agrees, and is then re-evaluated on the current data.
        """
        if path is None:
            path = files.ask_open_path(
                self, self.tr("Buka skenario"), self._folder(), self._filters()
            )
            if not path:
                return False
        path = Path(path)
        stale = False
        try:
            sc = open_scenario(path, self._households())
        except ScenarioDataMismatch as exc:
            text, detail = scenario_error_text(exc, path)
            answer = ask(
                self,
                self.tr("Skenario dari data lain"),
                text,
                [
                    ("open", self.tr("Buka dan hitung ulang"), QMessageBox.ButtonRole.AcceptRole),
                    ("cancel", self.tr("Batal"), QMessageBox.ButtonRole.RejectRole),
                ],
                informative=detail,
                icon=QMessageBox.Icon.Warning,
                default="open",
                escape="cancel",
            )
            if answer != "open":
                return False
            sc = exc.data.get("scenario")
            stale = True
        except (ScenarioFileError, SasaranError, OSError) as exc:
            text, detail = scenario_error_text(exc, path)
            inform(self, self.tr("Skenario tidak dapat dibuka"), text, detail=detail)
            return False
        if not self.maybe_save():
            return False
        examples = {p.resolve() for _, p in example_scenarios()}
        is_example = path.resolve() in examples
        # an example is opened as a copy: saving asks for a new file, never writes resources
        self._adopt(sc, None if is_example else path, not stale)
        if is_example:
            self._example = path.name
            self.update_dirty()
        if stale:
            self.sig_stale.emit(True)
        self.sig_message.emit(self.tr("Skenario dibuka: {name}").format(name=path.name))
        return True

    # --- save --------------------------------------------------------------------------

    def save(self) -> bool:
        """Save to the scenario's file (Save as when it has none); True if saved."""
        if self._path is None:
            return self.save_as()
        return self._write(self._path, overwrite=True)

    def save_as(self, path: str | Path | None = None) -> bool:
        """Save to a new file; an existing file is replaced only after a yes."""
        if path is None:
            suggested = str(Path(self._folder()) / file_name(self._scenario.name))
            path = files.ask_save_path(
                self, self.tr("Simpan skenario sebagai"), suggested, self._filters()
            )
            if not path:
                return False
        path = Path(path)
        if not path.name.endswith(SUFFIX):
            path = path.with_name(path.name.removesuffix(".json") + SUFFIX)
        overwrite = False
        if path.exists():
            if not files.confirm_overwrite(self, path):
                return False
            overwrite = True
        return self._write(path, overwrite=overwrite)

    def _write(self, path: Path, overwrite: bool) -> bool:
        self._before_write()
        try:
            save_scenario(self._scenario, path, overwrite=overwrite)
        except (OSError, SasaranError) as exc:
            text, detail = scenario_error_text(exc, path)
            inform(self, self.tr("Skenario tidak tersimpan"), text, detail=detail)
            return False
        self._path = path
        self._saved_digest = self._scenario.digest()
        data = self._scenario.data
        self._file_data = data.fingerprint if data is not None else None
        discard_recovery(recovery_path(self.recovery_folder, self._scenario), self.recovery_folder)
        self._autosaved_digest = None
        self.sig_stale.emit(False)
        self.update_dirty()
        self.sig_file_changed.emit(str(path))
        self.sig_message.emit(self.tr("Skenario disimpan: {name}").format(name=path.name))
        return True

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means "stay" (the caller must not close).

        The main window calls this before closing and before anything that
        replaces the scenario.
        """
        if not self.is_dirty():
            return True
        answer = ask(
            self,
            self.tr("Perubahan belum disimpan"),
            self.tr("Perubahan pada “{name}” belum disimpan.").format(
                name=self._scenario.name or self.tr("tanpa nama")
            ),
            [
                ("save", self.tr("Simpan"), QMessageBox.ButtonRole.AcceptRole),
                ("discard", self.tr("Jangan simpan"), QMessageBox.ButtonRole.DestructiveRole),
                ("cancel", self.tr("Batal"), QMessageBox.ButtonRole.RejectRole),
            ],
            informative=self.tr("Simpan perubahan sebelum melanjutkan?"),
            default="save",
            escape="cancel",
        )
        if answer == "save":
            return self.save()
        if answer == "discard":
            discard_recovery(
                recovery_path(self.recovery_folder, self._scenario), self.recovery_folder
            )
            self._saved_digest = self._scenario.digest()
            self.update_dirty()
            return True
        return False

    # --- autosave and recovery ---------------------------------------------------------

    def autosave_now(self) -> Path | None:
        """Write a recovery copy if there are changes since the last save or autosave."""
        if not self.is_dirty():
            return None
        digest = self._scenario.digest()
        if digest == self._autosaved_digest:
            return None
        try:
            path = write_recovery(self._scenario, self.recovery_folder, original=self._path)
        except OSError as exc:
            self.sig_message.emit(self.tr("Simpan otomatis gagal: {why}").format(why=describe(exc)))
            return None
        self._autosaved_digest = digest
        self.sig_message.emit(self.tr("Salinan otomatis skenario disimpan."))
        return path

    def offer_recovery(self) -> bool:
        """Offer the autosave copies left by a session that did not close; True if one was opened.

        Call once at start, after the data are loaded. Each readable copy is
        offered, newest first: recover it, delete it, or decide later (the
        copy stays).
        """
        for rec in list_recoveries(self.recovery_folder):
            if not rec.readable:
                continue
            if self._scenario is not None and rec.scenario_id == self._scenario.scenario_id:
                continue
            when = rec.written_at.replace("T", " ").replace("Z", " UTC")
            text = self.tr(
                "Sasaran tidak ditutup dengan benar. Ada salinan otomatis skenario "
                "“{name}” dari {when}."
            ).format(name=rec.name or self.tr("tanpa nama"), when=when)
            info = (
                self.tr("Berkas asli: {file}.").format(file=rec.original)
                if rec.original
                else self.tr("Skenario ini belum pernah disimpan ke berkas.")
            )
            answer = ask(
                self,
                self.tr("Pulihkan skenario?"),
                text,
                [
                    ("recover", self.tr("Pulihkan"), QMessageBox.ButtonRole.AcceptRole),
                    ("discard", self.tr("Buang salinan"), QMessageBox.ButtonRole.DestructiveRole),
                    ("later", self.tr("Nanti"), QMessageBox.ButtonRole.RejectRole),
                ],
                informative=info,
                default="recover",
                escape="later",
            )
            if answer == "discard":
                discard_recovery(rec.path, self.recovery_folder)
                continue
            if answer != "recover":
                return False
            if not self.maybe_save():
                return False
            try:
                sc = open_scenario(rec.path, self._households(), accept_data_mismatch=True)
            except (ScenarioFileError, OSError) as exc:
                text, detail = scenario_error_text(exc, rec.path)
                inform(self, self.tr("Salinan tidak dapat dibuka"), text, detail=detail)
                continue
            self._adopt(sc, None, False)
            self.sig_message.emit(self.tr("Skenario dipulihkan: {name}").format(name=sc.name))
            return True
        return False
